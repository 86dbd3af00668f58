//! brat standoff: one `<stem>.txt` per conversation (one line per message, starting with its
//! speaker: `spk_01: text`), a `<stem>.ann` with `T` (text-bound) lines and `#` AnnotatorNotes
//! lines, plus `annotation.conf` and `visual.conf` for the collection.
//!
//! brat type names allow only `[A-Za-z0-9_-]`, so the `.` of a category id is written as `-`
//! (`coercive.image_request` → `coercive-image_request`) and turned back on import. Offsets
//! are code points into the `.txt`. brat cannot store a line break inside a span's text, so a
//! span crossing a line break is written as a discontinuous span (`s1 e1;s2 e2`, text joined
//! with a space, as brat itself does) and read back as the covering range; line breaks at a
//! span's edges are kept in the note as `range=START-END` (document code points).
//!
//! brat has no document-level annotations: every annotation is anchored in the text. What
//! belongs to a whole message is therefore put on a `Message` entity over the message's line
//! (speaker prefix included, so that an empty message has one too), as attributes, which brat
//! draws on the entity and lets a reviewer tick or change in the entity's dialog:
//! `Episode` and `Role` for a message in an episode, and one binary attribute
//! `Label_<type>` per message-level label (a label no span carries, e.g. a classifier's),
//! drawn as `(category)`. Import reads them all back.

use super::review::{locate_line, message_labels, speaker_prefix};
use super::{
    document_messages, file_stems, group_conversations, layout_review_document, list_files, locate,
    prepare_spans, read_sidecar, slice_chars, write_file, write_sidecar, CharIndex, DocLayout,
    ExportSummary, Format, ImpMessage, SIDECAR_SUFFIX,
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
        let layout = layout_review_document(conv, msgs);
        let mut ann = String::new();
        let mut n = 0usize;
        let mut attr = 0usize;
        for (i, a) in msgs.iter().enumerate() {
            let written = span_lines(
                a,
                layout.sidecar.messages[i].start,
                &mut ann,
                &mut n,
                summary,
            )?;
            types.extend(written.iter().cloned());
            let labels = message_labels(a, written.iter().map(String::as_str));
            for l in &labels {
                brat_type(l)?;
                types.insert(l.clone());
            }
            let w = MessageEntity {
                a,
                layout: &layout,
                i,
                labels: &labels,
            };
            w.write(&mut ann, &mut n, &mut attr, &mut episodes);
        }
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
    let (conf, visual) = collection_conf(&all, &episodes)?;
    write_file(&dir.join("annotation.conf"), conf.as_bytes(), summary)?;
    write_file(&dir.join("visual.conf"), visual.as_bytes(), summary)?;
    Ok(())
}

/// Write the `T` and `#` lines of message `a` (starting at document offset `start`); returns
/// the categories written.
fn span_lines(
    a: &Annotation,
    start: usize,
    ann: &mut String,
    n: &mut usize,
    summary: &mut ExportSummary,
) -> Result<Vec<String>> {
    let mut written = Vec::new();
    for sp in prepare_spans(a, summary)? {
        let frags = fragments(&a.text, sp.start, sp.end);
        if frags.is_empty() {
            summary.skipped_spans += 1;
            continue;
        }
        let t = brat_type(&sp.category)?;
        written.push(sp.category.clone());
        *n += 1;
        let offs: Vec<String> = frags
            .iter()
            .map(|(s, e)| format!("{} {}", start + s, start + e))
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
            let _ = write!(ann, " range={}-{}", start + sp.start, start + sp.end);
        }
        ann.push('\n');
        summary.spans += 1;
    }
    Ok(written)
}

/// The `annotation.conf` and `visual.conf` of a collection with categories `all` and
/// episode numbers `episodes`.
fn collection_conf(all: &[String], episodes: &BTreeSet<String>) -> Result<(String, String)> {
    let mut conf = String::from(
        "# c2chat categories. brat type names allow only [A-Za-z0-9_-], so the '.' of a\n\
         # category id is written as '-' (coercive.image_request -> coercive-image_request).\n\
         # A Message entity covers a whole message line; its Label_* attributes are the\n\
         # message-level labels (no span), Episode and Role its episode.\n\
         [entities]\n",
    );
    let mut visual = String::from("[labels]\n");
    for c in all {
        let t = brat_type(c)?;
        let _ = writeln!(conf, "{t}");
        let short = c.rsplit('.').next().unwrap_or(c);
        let _ = writeln!(visual, "{t} | {c} | {short}");
    }
    conf.push_str(&format!("{MESSAGE_TYPE}\n"));
    conf.push_str(
        "[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\
         [events]\n[attributes]\n",
    );
    conf.push_str(&episode_conf(episodes));
    let _ = writeln!(visual, "{MESSAGE_TYPE} | message | msg");
    for c in all {
        let t = brat_type(c)?;
        let _ = writeln!(conf, "{LABEL_ATTR}{t}\tArg:{MESSAGE_TYPE}");
        let _ = writeln!(visual, "{LABEL_ATTR}{t} | message label {c}");
    }
    visual.push_str("[drawing]\n");
    let _ = writeln!(visual, "{MESSAGE_TYPE}\tbgColor:#e6e6e6");
    for c in all {
        let colour = match crate::model::top_level(c) {
            "sexualised" => "#f4a6a6",
            "coercive" => "#f7c873",
            "victim_blaming" => "#c3a6f4",
            "protective" => "#a6e3a6",
            _ => "#d0d0d0",
        };
        let t = brat_type(c)?;
        let _ = writeln!(visual, "{t}\tbgColor:{colour}");
        let _ = writeln!(visual, "{LABEL_ATTR}{t}\tglyph:({c})");
    }
    Ok((conf, visual))
}

/// Roles an episode gives its messages' speakers (`crate::episode`).
pub const ROLES: [&str; 5] = [
    "harasser",
    "target",
    "bystander_defender",
    "bystander_assistant",
    "bystander_other",
];

/// The entity type of a whole message line; its attributes `Episode` (the episode's number
/// in the conversation, `e1`, since a document is one conversation), `Role` and
/// `Label_<type>` (binary, one per message-level label).
pub const MESSAGE_TYPE: &str = "Message";

/// The prefix of the binary attribute of a message-level label: `Label_coercive-secrecy`.
pub const LABEL_ATTR: &str = "Label_";

/// The `Message` entity of message `i` of a document, if it has anything to carry.
struct MessageEntity<'a> {
    a: &'a Annotation,
    layout: &'a DocLayout,
    i: usize,
    labels: &'a [String],
}

impl MessageEntity<'_> {
    /// Write the entity over the message's line and its attributes, if the message is in an
    /// episode or has message-level labels; the episode number used is added to `episodes`.
    fn write(
        &self,
        ann: &mut String,
        n: &mut usize,
        attr: &mut usize,
        episodes: &mut BTreeSet<String>,
    ) {
        let a = self.a;
        let episode = a.episode_id.as_ref().zip(a.role.as_ref());
        if episode.is_none() && self.labels.is_empty() {
            return;
        }
        let start = self.layout.line_starts[self.i];
        // The line as laid out, without trailing whitespace (the prefix of an empty message
        // is `spk_01: `).
        let line = format!("{}{}", speaker_prefix(&a.speaker), a.text);
        let line = line.as_str();
        let frags = fragments(line, 0, line.trim_end().chars().count());
        if frags.is_empty() {
            return; // cannot happen: the line starts with the speaker prefix
        }
        *n += 1;
        let offs: Vec<String> = frags
            .iter()
            .map(|(s, e)| format!("{} {}", start + s, start + e))
            .collect();
        let text: Vec<&str> = frags
            .iter()
            .map(|&(s, e)| slice_chars(line, s, e).unwrap_or_default())
            .collect();
        let _ = writeln!(
            ann,
            "T{n}\t{MESSAGE_TYPE} {}\t{}",
            offs.join(";"),
            text.join(" ")
        );
        if let Some((ep, role)) = episode {
            let number = ep.rsplit(':').next().unwrap_or(ep);
            for (name, value) in [("Episode", number), ("Role", role.as_str())] {
                *attr += 1;
                let _ = writeln!(ann, "A{attr}\t{name} T{n} {}", clean_note(value));
            }
            episodes.insert(number.to_string());
        }
        for l in self.labels {
            *attr += 1;
            // Checked by the caller.
            let t = brat_type(l).unwrap_or_default();
            let _ = writeln!(ann, "A{attr}\t{LABEL_ATTR}{t} T{n}");
        }
    }
}

/// The `annotation.conf` attribute lines for episodes, when any message is in one.
fn episode_conf(episodes: &BTreeSet<String>) -> String {
    if episodes.is_empty() {
        return String::new();
    }
    let mut numbers: Vec<&String> = episodes.iter().collect();
    numbers.sort_by_key(|e| (e.len(), e.as_str()));
    let values: Vec<String> = numbers.iter().map(|e| clean_note(e)).collect();
    format!(
        "Episode\tArg:{MESSAGE_TYPE}, Value:{}\nRole\tArg:{MESSAGE_TYPE}, Value:{}\n",
        values.join("|"),
        ROLES.join("|")
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
    /// Attributes: (target id, name, value (none for a binary attribute), line).
    attrs: Vec<(String, String, Option<String>, usize)>,
}

fn read_ann(
    ann: &str,
    path: &Path,
    doc: &str,
    msgs: &mut [(usize, usize, ImpMessage)],
) -> Result<()> {
    let ci = CharIndex::new(doc);
    let file = parse_ann(ann, path, ci.len())?;
    // Message entities by id: (the message they cover, the line of their `T` line).
    let mut message_entities: BTreeMap<String, (usize, usize)> = BTreeMap::new();
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
        if tb.category == MESSAGE_TYPE {
            // Message entities carry message-level labels, episodes and roles as attributes.
            let Some(k) = locate_line(msgs, s, e) else {
                return Err(bad(format!(
                    "{MESSAGE_TYPE} entity {s}..{e} is not within one message line"
                )));
            };
            message_entities.insert(id, (k, tb.line));
            continue;
        }
        if s == e {
            continue;
        }
        let Some(k) = locate(msgs, s, e) else {
            return Err(bad(format!("span {s}..{e} crosses a message boundary")));
        };
        let (ms, _, m) = &mut msgs[k];
        let sev = file.severity.get(&id).copied().unwrap_or(0);
        m.spans.push((s - *ms, e - *ms, tb.category, sev));
    }
    for (target, name, value, line) in file.attrs {
        let Some(&(k, _)) = message_entities.get(&target) else {
            continue; // attributes of other annotations are not c2chat's
        };
        let m = &mut msgs[k].2;
        let bad = |message: &str| crate::Error::input(path, Some(line as u64), message);
        match (name.as_str(), value) {
            ("Episode", Some(v)) => m.episode_id = Some(format!("{}:{v}", m.conversation_id)),
            ("Role", Some(v)) => m.role = Some(v),
            (n, None) if n.starts_with(LABEL_ATTR) => {
                let t = &n[LABEL_ATTR.len()..];
                if t.is_empty() {
                    return Err(bad("message label attribute without a category"));
                }
                m.labels.push(category_from_brat(t));
            }
            _ => {}
        }
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
        } else if id.starts_with('A') || id.starts_with('M') {
            // `A1\tName T3` (binary) or `A1\tName T3 Value`.
            let head = parts.next().unwrap_or_default();
            let mut w = head.split_whitespace();
            if let (Some(name), Some(target)) = (w.next(), w.next()) {
                let value = w.next().map(str::to_string);
                file.attrs
                    .push((target.to_string(), name.to_string(), value, lineno));
            }
        } else if id.starts_with('#') {
            let head = parts.next().unwrap_or_default();
            let note = parts.next().unwrap_or_default();
            if let Some(target) = head.strip_prefix("AnnotatorNotes ") {
                annotator_notes(&mut file, target.trim(), note, path, lineno)?;
            }
        }
        // Relations, events and normalisations are not c2chat's: skipped.
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
        assert_eq!(txt, "spk_a: hi 😀\nspk_a: u owe me");
        let annf = std::fs::read_to_string(dir.path().join("c1.ann")).unwrap();
        // "spk_a: hi 😀" is 11 code points, plus the joining newline and the second
        // speaker prefix (7): the span starts at 19.
        assert_eq!(
            annf,
            "T1\tcoercive-pressure 19 27\tu owe me\n\
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
        assert!(
            annf.starts_with("T1\tprotective 8 9;10 11\tb c\n"),
            "{annf}"
        );
        let back = import(dir.path()).unwrap();
        assert_eq!(back[0].spans[0].text, "b\nc");
    }

    /// A classifier-only label goes on a `Message` entity over the line (prefix included) as
    /// a binary attribute; episode and role as attributes; all come back.
    #[test]
    fn message_labels_and_episodes_are_attributes() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = ann("c1", "m1", "", &[]);
        a.evidence.insert(
            "coercive.secrecy".into(),
            vec![crate::model::Source::Classifier],
        );
        a.finalise();
        a.episode_id = Some("c1:e2".into());
        a.role = Some("target".into());
        super::super::export(&[a.clone()], Format::Brat, dir.path()).unwrap();
        let annf = std::fs::read_to_string(dir.path().join("c1.ann")).unwrap();
        assert_eq!(
            annf,
            "T1\tMessage 0 6\tspk_a:\nA1\tEpisode T1 e2\nA2\tRole T1 target\n\
             A3\tLabel_coercive-secrecy T1\n"
        );
        let conf = std::fs::read_to_string(dir.path().join("annotation.conf")).unwrap();
        assert!(
            conf.contains("\nLabel_protective-support\tArg:Message\n"),
            "{conf}"
        );
        let visual = std::fs::read_to_string(dir.path().join("visual.conf")).unwrap();
        assert!(visual.contains("\nLabel_coercive-secrecy\tglyph:(coercive.secrecy)\n"));
        let back = import(dir.path()).unwrap();
        assert_eq!(back[0].labels, a.labels);
        assert_eq!(back[0].episode_id.as_deref(), Some("c1:e2"));
        assert_eq!(back[0].role.as_deref(), Some("target"));
        assert!(back[0].spans.is_empty());
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
