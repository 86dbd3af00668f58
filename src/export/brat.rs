//! brat standoff: one `<stem>.txt` per conversation (messages joined with `"\n"`), a
//! `<stem>.ann` with `T` (text-bound) lines and `#` AnnotatorNotes lines, plus
//! `annotation.conf` and `visual.conf` for the collection.
//!
//! brat type names allow only `[A-Za-z0-9_-]`, so the `.` of a category id is written as `-`
//! (`coercive.image_request` → `coercive-image_request`) and turned back on import. Offsets
//! are code points into the `.txt`. brat cannot store a line break inside a span's text, so a
//! span crossing a line break is written as a discontinuous span (`s1 e1;s2 e2`, text joined
//! with a space, as brat itself does) and read back as the covering range; line breaks at a
//! span's edges are kept in the note as `range=START-END` (document code points).

use super::{
    document_messages, file_stems, group_conversations, layout_document, list_files, locate,
    prepare_spans, read_sidecar, slice_chars, write_file, write_sidecar, CharIndex, ExportSummary,
    Format, ImpMessage, SIDECAR_SUFFIX,
};
use crate::bail;
use crate::error::{Context, Result};
use crate::model::{Annotation, CATEGORY_IDS};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The brat type name for a category id (`.` → `-`).
pub fn brat_type(category: &str) -> Result<String> {
    if category.is_empty()
        || !category
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    {
        bail!(
            "category {category:?} cannot be written as a brat type \
             (only letters, digits, '_' and '.' are supported)"
        );
    }
    Ok(category.replace('.', "-"))
}

/// The category id for a brat type name (`-` → `.`).
pub fn category_from_brat(t: &str) -> String {
    t.replace('-', ".")
}

/// Characters that end a line for brat's line-oriented `.ann` reader.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0b}'
            | '\u{0c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Split `[start, end)` (code points into `text`) into fragments without line breaks.
fn fragments(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<usize> = None;
    for (i, c) in text.chars().enumerate().skip(start).take(end - start) {
        if is_line_break(c) {
            if let Some(s) = cur.take() {
                out.push((s, i));
            }
        } else if cur.is_none() {
            cur = Some(i);
        }
    }
    if let Some(s) = cur {
        out.push((s, end));
    }
    out
}

fn clean_note(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_whitespace() || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect()
}

pub(crate) fn export(anns: &[Annotation], dir: &Path, summary: &mut ExportSummary) -> Result<()> {
    let convs = group_conversations(anns);
    let stems = file_stems(&convs.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>());
    let mut types: BTreeSet<String> = BTreeSet::new();
    let mut episodes: BTreeSet<String> = BTreeSet::new();
    for (stem, (conv, msgs)) in stems.iter().zip(&convs) {
        let layout = layout_document(conv, msgs);
        let mut ann = String::new();
        let mut n = 0usize;
        for (a, m) in msgs.iter().zip(&layout.sidecar.messages) {
            for sp in prepare_spans(a, summary)? {
                let frags = fragments(&a.text, sp.start, sp.end);
                if frags.is_empty() {
                    summary.skipped_spans += 1;
                    continue;
                }
                let t = brat_type(&sp.category)?;
                types.insert(sp.category.clone());
                n += 1;
                let offs: Vec<String> = frags
                    .iter()
                    .map(|(s, e)| format!("{} {}", m.start + s, m.start + e))
                    .collect();
                let text: Vec<&str> = frags
                    .iter()
                    .map(|&(s, e)| slice_chars(&a.text, s, e).unwrap_or_default())
                    .collect();
                let _ = writeln!(ann, "T{n}\t{t} {}\t{}", offs.join(";"), text.join(" "));
                let sources: Vec<&str> = sp.sources.iter().map(|s| s.as_str()).collect();
                let rules: Vec<String> = sp.rules.iter().map(|r| clean_note(r)).collect();
                let _ = write!(
                    ann,
                    "#{n}\tAnnotatorNotes T{n}\tseverity={} source={} rule={}",
                    sp.severity,
                    sources.join(","),
                    rules.join(",")
                );
                // Line breaks at the edges cannot be in a fragment: keep the exact range.
                let cover = (frags[0].0, frags[frags.len() - 1].1);
                if cover != (sp.start, sp.end) {
                    let _ = write!(ann, " range={}-{}", m.start + sp.start, m.start + sp.end);
                }
                ann.push('\n');
                summary.spans += 1;
            }
        }
        episode_entities(msgs, &layout, &mut ann, &mut n, &mut episodes);
        write_file(
            &dir.join(format!("{stem}.txt")),
            layout.text.as_bytes(),
            summary,
        )?;
        write_file(&dir.join(format!("{stem}.ann")), ann.as_bytes(), summary)?;
        write_sidecar(dir, stem, &layout.sidecar, summary)?;
        summary.documents += 1;
    }
    let mut all: Vec<String> = CATEGORY_IDS.iter().map(|s| s.to_string()).collect();
    for t in types {
        if !all.contains(&t) {
            all.push(t);
        }
    }
    let (conf_episodes, visual_episodes) = episode_conf(&episodes);
    let mut conf = String::from(
        "# c2chat categories. brat type names allow only [A-Za-z0-9_-], so the '.' of a\n\
         # category id is written as '-' (coercive.image_request -> coercive-image_request).\n\
         [entities]\n",
    );
    let mut visual = String::from("[labels]\n");
    for c in &all {
        let t = brat_type(c)?;
        let _ = writeln!(conf, "{t}");
        let short = c.rsplit('.').next().unwrap_or(c);
        let _ = writeln!(visual, "{t} | {c} | {short}");
    }
    conf.push_str(&conf_episodes.0);
    conf.push_str(
        "[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\
         [events]\n[attributes]\n",
    );
    conf.push_str(&conf_episodes.1);
    visual.push_str(&visual_episodes.0);
    visual.push_str("[drawing]\n");
    visual.push_str(&visual_episodes.1);
    for c in &all {
        let colour = match crate::model::top_level(c) {
            "sexualised" => "#f4a6a6",
            "coercive" => "#f7c873",
            "victim_blaming" => "#c3a6f4",
            "protective" => "#a6e3a6",
            _ => "#d0d0d0",
        };
        let _ = writeln!(visual, "{}\tbgColor:{colour}", brat_type(c)?);
    }
    write_file(&dir.join("annotation.conf"), conf.as_bytes(), summary)?;
    write_file(&dir.join("visual.conf"), visual.as_bytes(), summary)?;
    Ok(())
}

/// Roles an episode gives its messages' speakers (`crate::episode`).
pub const ROLES: [&str; 5] = [
    "harasser",
    "target",
    "bystander_defender",
    "bystander_assistant",
    "bystander_other",
];

/// The entity type of a whole message in an episode; its attributes `Episode` (the episode's
/// number in the conversation, `e1`, since a document is one conversation) and `Role`.
pub const MESSAGE_TYPE: &str = "Message";

/// A `Message` entity over each message of the document that falls in an episode, with its
/// `Episode` and `Role` attributes; the episode numbers used are added to `episodes`.
fn episode_entities(
    msgs: &[&Annotation],
    layout: &super::DocLayout,
    ann: &mut String,
    n: &mut usize,
    episodes: &mut BTreeSet<String>,
) {
    let mut attr = 0usize;
    for (a, m) in msgs.iter().zip(&layout.sidecar.messages) {
        let (Some(ep), Some(role)) = (&a.episode_id, &a.role) else {
            continue;
        };
        let frags = fragments(&a.text, 0, a.text.chars().count());
        if frags.is_empty() {
            continue;
        }
        let number = ep.rsplit(':').next().unwrap_or(ep);
        *n += 1;
        let offs: Vec<String> = frags
            .iter()
            .map(|(s, e)| format!("{} {}", m.start + s, m.start + e))
            .collect();
        let text: Vec<&str> = frags
            .iter()
            .map(|&(s, e)| slice_chars(&a.text, s, e).unwrap_or_default())
            .collect();
        let _ = writeln!(
            ann,
            "T{n}\t{MESSAGE_TYPE} {}\t{}",
            offs.join(";"),
            text.join(" ")
        );
        for (name, value) in [("Episode", number), ("Role", role.as_str())] {
            attr += 1;
            let _ = writeln!(ann, "A{attr}\t{name} T{n} {}", clean_note(value));
        }
        episodes.insert(number.to_string());
    }
}

/// The `annotation.conf` lines (entities, attributes) and `visual.conf` lines (labels,
/// drawing) for message entities, when any message is in an episode.
fn episode_conf(episodes: &BTreeSet<String>) -> ((String, String), (String, String)) {
    if episodes.is_empty() {
        return Default::default();
    }
    let mut numbers: Vec<&String> = episodes.iter().collect();
    numbers.sort_by_key(|e| (e.len(), e.as_str()));
    let values: Vec<String> = numbers.iter().map(|e| clean_note(e)).collect();
    (
        (
            format!("{MESSAGE_TYPE}\n"),
            format!(
                "Episode\tArg:{MESSAGE_TYPE}, Value:{}\nRole\tArg:{MESSAGE_TYPE}, Value:{}\n",
                values.join("|"),
                ROLES.join("|")
            ),
        ),
        (
            format!("{MESSAGE_TYPE} | message in an episode | msg\n"),
            format!("{MESSAGE_TYPE}\tbgColor:#e6e6e6\n"),
        ),
    )
}

struct TextBound {
    line: usize,
    category: String,
    frags: Vec<(usize, usize)>,
    text: Option<String>,
}

pub(crate) fn import(input: &Path) -> Result<Vec<Annotation>> {
    if !input.is_dir() {
        bail!(
            "{}: brat import expects the directory holding the .txt/.ann files",
            input.display()
        );
    }
    let mut out = Vec::new();
    for txt in list_files(input, ".txt")? {
        let name = txt
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let stem = name.trim_end_matches(".txt").to_string();
        let doc = std::fs::read_to_string(&txt)
            .with_context(|| format!("reading {} (must be UTF-8)", txt.display()))?;
        let sidecar = read_sidecar(&input.join(format!("{stem}{SIDECAR_SUFFIX}")))?;
        let mut msgs =
            document_messages(&doc, sidecar.as_ref(), &stem, &txt.display().to_string())?;
        let ann_path = input.join(format!("{stem}.ann"));
        if !ann_path.is_file() {
            // Read as "no spans", it would turn every flag of the document into a negative.
            bail!(
                "{}: {stem}.ann is missing, so the annotations of {name} are unknown; restore it \
                 (brat needs an .ann beside every .txt, empty if nothing is annotated) or move \
                 {name} out of the directory",
                input.display()
            );
        }
        let ann = std::fs::read_to_string(&ann_path)
            .with_context(|| format!("reading {} (must be UTF-8)", ann_path.display()))?;
        read_ann(&ann, &ann_path, &doc, &mut msgs)?;
        for (_, _, m) in msgs {
            out.push(m.into_annotation(Format::Brat, &txt.display().to_string())?);
        }
    }
    Ok(out)
}

/// What an `.ann` file says: its text-bound annotations by id, and the severity and
/// `range=` notes (`AnnotatorNotes`) by target id.
#[derive(Default)]
struct AnnFile {
    tbs: BTreeMap<String, TextBound>,
    severity: BTreeMap<String, u8>,
    ranges: BTreeMap<String, (usize, usize)>,
}

fn read_ann(
    ann: &str,
    path: &Path,
    doc: &str,
    msgs: &mut [(usize, usize, ImpMessage)],
) -> Result<()> {
    let ci = CharIndex::new(doc);
    let file = parse_ann(ann, path, ci.len())?;
    for (id, tb) in file.tbs {
        let bad = |message: String| crate::Error::input(path, Some(tb.line as u64), message);
        if let Some(t) = &tb.text {
            let pieces: Vec<&str> = tb
                .frags
                .iter()
                .map(|&(s, e)| ci.slice(s, e).unwrap_or_default())
                .collect();
            if pieces.join(" ") != *t {
                // Never the text itself: it may hold personal data.
                return Err(bad(
                    "the span text field does not match the document at its offsets \
                     (offsets must be code points)"
                        .into(),
                ));
            }
        }
        let mut s = tb.frags.iter().map(|f| f.0).min().unwrap_or(0);
        let mut e = tb.frags.iter().map(|f| f.1).max().unwrap_or(0);
        // A `range=` note restores line breaks at the span's edges, if it still fits.
        if let Some(&(rs, re)) = file.ranges.get(&id) {
            let breaks = |a, b| ci.slice(a, b).is_some_and(|t| t.chars().all(is_line_break));
            if rs <= s && e <= re && breaks(rs, s) && breaks(e, re) {
                (s, e) = (rs, re);
            }
        }
        if s == e || tb.category == MESSAGE_TYPE {
            // Message entities carry episodes and roles (c2chat's own), not categories.
            continue;
        }
        let Some(k) = locate(msgs, s, e) else {
            return Err(bad(format!("span {s}..{e} crosses a message boundary")));
        };
        let (ms, _, m) = &mut msgs[k];
        let sev = file.severity.get(&id).copied().unwrap_or(0);
        m.spans.push((s - *ms, e - *ms, tb.category, sev));
    }
    Ok(())
}

/// Read the lines of an `.ann` file whose document has `doc_len` code points.
fn parse_ann(ann: &str, path: &Path, doc_len: usize) -> Result<AnnFile> {
    let mut file = AnnFile::default();
    for (i, raw) in ann.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let id = parts.next().unwrap_or_default();
        if id.starts_with('T') {
            let (head, text) = (parts.next(), parts.next());
            let tb = text_bound(head, text, path, lineno, doc_len)?;
            file.tbs.insert(id.to_string(), tb);
        } else if id.starts_with('#') {
            let head = parts.next().unwrap_or_default();
            let note = parts.next().unwrap_or_default();
            if let Some(target) = head.strip_prefix("AnnotatorNotes ") {
                annotator_notes(&mut file, target.trim(), note, path, lineno)?;
            }
        }
        // Relations, events, attributes (a message's `Episode` and `Role`) and
        // normalisations are not read back: episodes come from annotate, not the tool.
    }
    Ok(file)
}

/// A text-bound annotation line (`T1\tTYPE START END[;START END…]\ttext`), from its
/// second and third fields.
fn text_bound(
    head: Option<&str>,
    text: Option<&str>,
    path: &Path,
    lineno: usize,
    doc_len: usize,
) -> Result<TextBound> {
    let bad = |message: &str| crate::Error::input(path, Some(lineno as u64), message);
    let at = || format!("{}:{lineno}", path.display());
    let Some(head) = head else {
        return Err(bad("text-bound annotation without type and offsets"));
    };
    let (ty, offs) = head
        .split_once(' ')
        .ok_or_else(|| bad("expected \"TYPE START END\""))?;
    let mut frags = Vec::new();
    for f in offs.split(';') {
        let mut it = f.split_whitespace();
        let (Some(a), Some(b), None) = (it.next(), it.next(), it.next()) else {
            return Err(bad(
                "bad offsets field (expected \"START END\" or \"S1 E1;S2 E2\")",
            ));
        };
        let s: usize = a
            .parse()
            .with_context(|| format!("{}: bad start offset (not a number)", at()))?;
        let e: usize = b
            .parse()
            .with_context(|| format!("{}: bad end offset (not a number)", at()))?;
        if s > e || e > doc_len {
            // The numbers are not echoed: a garbled field could be message text.
            return Err(bad(&format!(
                "offsets reversed or outside the document ({doc_len} code points)"
            )));
        }
        frags.push((s, e));
    }
    Ok(TextBound {
        line: lineno,
        category: category_from_brat(ty),
        frags,
        text: text.map(str::to_string),
    })
}

/// The `severity=N` and `range=S-E` words of an `AnnotatorNotes` line about `target`.
fn annotator_notes(
    file: &mut AnnFile,
    target: &str,
    note: &str,
    path: &Path,
    lineno: usize,
) -> Result<()> {
    for w in note.split_whitespace() {
        if let Some(v) = w.strip_prefix("severity=") {
            let v: u8 = v.parse().with_context(|| {
                format!(
                    "{}:{lineno}: bad severity in AnnotatorNotes (expected 0-255)",
                    path.display()
                )
            })?;
            file.severity.insert(target.to_string(), v);
        }
        if let Some(v) = w.strip_prefix("range=") {
            if let Some((a, b)) = v.split_once('-') {
                if let (Ok(a), Ok(b)) = (a.parse(), b.parse()) {
                    file.ranges.insert(target.to_string(), (a, b));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{ann, round_trip};
    use super::*;

    #[test]
    fn round_trip_brat() {
        round_trip(Format::Brat);
    }

    #[test]
    fn writes_expected_standoff() {
        let dir = tempfile::tempdir().unwrap();
        let a = ann("c1", "m1", "hi 😀", &[]);
        let b = ann("c1", "m2", "u owe me", &[(0, 8, "coercive.pressure")]);
        super::super::export(&[a, b], Format::Brat, dir.path()).unwrap();
        let txt = std::fs::read_to_string(dir.path().join("c1.txt")).unwrap();
        assert_eq!(txt, "hi 😀\nu owe me");
        let annf = std::fs::read_to_string(dir.path().join("c1.ann")).unwrap();
        // "hi 😀" is 4 code points, plus the joining newline: the span starts at 5.
        assert_eq!(
            annf,
            "T1\tcoercive-pressure 5 13\tu owe me\n\
             #1\tAnnotatorNotes T1\tseverity=2 source=lexicon rule=lex:test\n"
        );
        let conf = std::fs::read_to_string(dir.path().join("annotation.conf")).unwrap();
        assert!(conf.contains("\nvictim_blaming-minimising\n"));
        assert!(!conf.lines().any(|l| !l.starts_with('#') && l.contains('.')));
    }

    #[test]
    fn line_breaks_become_fragments() {
        let dir = tempfile::tempdir().unwrap();
        let a = ann("c", "m", "ab\ncd", &[(1, 4, "protective")]);
        super::super::export(&[a], Format::Brat, dir.path()).unwrap();
        let annf = std::fs::read_to_string(dir.path().join("c.ann")).unwrap();
        assert!(annf.starts_with("T1\tprotective 1 2;3 4\tb c\n"), "{annf}");
        let back = import(dir.path()).unwrap();
        assert_eq!(back[0].spans[0].text, "b\nc");
    }

    #[test]
    fn mapping_inverts() {
        for c in CATEGORY_IDS {
            assert_eq!(category_from_brat(&brat_type(c).unwrap()), *c);
        }
        assert!(brat_type("bad-name").is_err());
        assert!(brat_type("bad name").is_err());
    }

    #[test]
    fn foreign_document_without_sidecar() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("doc.txt"), "first line\nsecond 😀 line").unwrap();
        std::fs::write(
            dir.path().join("doc.ann"),
            "T1\tprotective 20 24\tline\nR1\tRel Arg1:T1 Arg2:T1\n",
        )
        .unwrap();
        let back = import(dir.path()).unwrap();
        assert_eq!(back.len(), 2);
        assert_eq!(back[1].message_id, "doc:2");
        assert_eq!(back[1].spans[0].start, 9);
        assert_eq!(back[1].spans[0].text, "line");
        assert_eq!(back[1].labels, vec!["protective".to_string()]);
    }

    #[test]
    fn malformed_ann_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("d.txt"), "abc\ndef").unwrap();
        std::fs::write(
            dir.path().join("d.ann"),
            "T1\tprotective 0 3\tabc\nT2\tprotective x 3\tabc\n",
        )
        .unwrap();
        let e = format!("{:#}", import(dir.path()).unwrap_err());
        assert!(e.contains("d.ann:2"), "{e}");
        std::fs::write(dir.path().join("d.ann"), "T1\tprotective 0 3\tabd\n").unwrap();
        let e = format!("{:#}", import(dir.path()).unwrap_err());
        assert!(e.contains("d.ann:1") && e.contains("does not match"), "{e}");
        std::fs::write(dir.path().join("d.ann"), "T1\tprotective 2 3;4 5\tc d\n").unwrap();
        let e = format!("{:#}", import(dir.path()).unwrap_err());
        assert!(e.contains("d.ann:1") && e.contains("crosses"), "{e}");
        std::fs::write(dir.path().join("d.ann"), "T1\tprotective 0 99\tabc\n").unwrap();
        let e = format!("{:#}", import(dir.path()).unwrap_err());
        assert!(e.contains("outside"), "{e}");
    }
}
