//! Reading a `.qdpx` back as gold annotations (see [`super`]).

use super::{norm_guid, one_line, MAP_DIR, QDE_ENTRY, QDPX_FILE, SOURCES_DIR};
use crate::error::Result;
use crate::export::{list_files, CharIndex, Format, ImpMessage, Sidecar, SIDECAR_FORMAT};
use crate::model::{is_known_category, top_level, Annotation, Source, TOP_LEVEL_IDS};
use crate::{bail, err};
use roxmltree::Node;
use std::collections::{BTreeSet, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest entry read from a `.qdpx` (a guard against zip bombs).
const MAX_ENTRY: u64 = 1 << 30;

/// What a code of the project means to c2chat.
#[derive(Debug, Clone)]
enum Code {
    /// A c2chat category.
    Label(String),
    /// Below a c2chat top-level code but not a category: an error when used.
    Unknown(String),
    /// A code of the team's own, outside the c2chat top-level codes: left out.
    Other,
}

/// The open project: the zip, its entry names and where errors point.
struct Project {
    file: PathBuf,
    zip: zip::ZipArchive<std::fs::File>,
    /// Lower-cased name (`\` as `/`) -> the entry's index.
    names: HashMap<String, usize>,
}

impl Project {
    fn open(file: &Path) -> Result<Project> {
        let f = std::fs::File::open(file).map_err(|e| crate::Error::file(file, e))?;
        let zip = zip::ZipArchive::new(f).map_err(|e| {
            err!(
                "{}: not a REFI-QDA project (a .qdpx is a zip holding {QDE_ENTRY}): {e}",
                file.display()
            )
        })?;
        let mut names = HashMap::new();
        for (i, n) in zip.file_names().enumerate() {
            let n = n.map_err(|e| err!("{}: entry {i}: {e}", file.display()))?;
            names.insert(n.replace('\\', "/").to_lowercase(), i);
        }
        Ok(Project {
            file: file.to_path_buf(),
            zip,
            names,
        })
    }

    /// The bytes of entry `name` (matched ignoring case), or `None` when absent.
    fn entry(&mut self, name: &str) -> Result<Option<Vec<u8>>> {
        let Some(&i) = self.names.get(&name.to_lowercase()) else {
            return Ok(None);
        };
        let here = format!("{}: entry {name}", self.file.display());
        let e = self.zip.by_index(i).map_err(|e| err!("{here}: {e}"))?;
        if e.size() > MAX_ENTRY {
            bail!("{here}: larger than {MAX_ENTRY} bytes");
        }
        let mut out = Vec::new();
        e.take(MAX_ENTRY + 1)
            .read_to_end(&mut out)
            .map_err(|e| err!("{here}: cannot be unpacked ({e})"))?;
        if out.len() as u64 > MAX_ENTRY {
            bail!("{here}: larger than {MAX_ENTRY} bytes");
        }
        Ok(Some(out))
    }

    /// The text of entry `name`, which must exist and be UTF-8 (a byte-order mark dropped).
    fn text(&mut self, name: &str, what: &str) -> Result<String> {
        let here = format!("{}: entry {name}", self.file.display());
        let bytes = self
            .entry(name)?
            .ok_or_else(|| err!("{here} ({what}) is missing from the project"))?;
        let s = String::from_utf8(bytes).map_err(|e| {
            err!(
                "{here}: not UTF-8 (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            )
        })?;
        Ok(s.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(s))
    }

    /// `file: entry project.qde, line N` for an element.
    fn at(&self, n: Node) -> String {
        let p = n.document().text_pos_at(n.range().start);
        format!("{}: entry {QDE_ENTRY}, line {}", self.file.display(), p.row)
    }
}

/// The `.qdpx` to read: the file given, or the one in an export directory.
fn project_file(input: &Path) -> Result<PathBuf> {
    if !input.is_dir() {
        return Ok(input.to_path_buf());
    }
    let found = list_files(input, ".qdpx")?;
    match &found[..] {
        [one] => Ok(one.clone()),
        [] => bail!(
            "{}: no .qdpx file in this directory (an export writes {QDPX_FILE})",
            input.display()
        ),
        _ => bail!(
            "{}: {} .qdpx files in this directory; import one of them by name",
            input.display(),
            found.len()
        ),
    }
}

/// Child elements of `n` named `name` (any namespace).
fn kids<'a, 'i>(n: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    n.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

fn kid<'a, 'i>(n: Node<'a, 'i>, name: &'static str) -> Option<Node<'a, 'i>> {
    kids(n, name).next()
}

pub(crate) fn import(input: &Path) -> Result<Vec<Annotation>> {
    let file = project_file(input)?;
    let mut p = Project::open(&file)?;
    let qde = p.text(QDE_ENTRY, "the project XML")?;
    let doc = roxmltree::Document::parse(&qde).map_err(|e| {
        err!(
            "{}: entry {QDE_ENTRY}: not well-formed XML ({e})",
            file.display()
        )
    })?;
    let root = doc.root_element();
    if root.tag_name().name() != "Project" {
        bail!(
            "{}: entry {QDE_ENTRY}: the root element is <{}>, not a REFI-QDA <Project>",
            file.display(),
            root.tag_name().name()
        );
    }
    let mut codes = HashMap::new();
    if let Some(cs) = kid(root, "CodeBook").and_then(|b| kid(b, "Codes")) {
        for c in kids(cs, "Code") {
            read_code(&p, c, None, &mut codes)?;
        }
    }
    let mut out = Vec::new();
    if let Some(sources) = kid(root, "Sources") {
        for (k, ts) in kids(sources, "TextSource").enumerate() {
            out.extend(read_source(&mut p, ts, k, &codes)?);
        }
    }
    Ok(out)
}

/// A code and its children into `codes` (GUID -> meaning); `parent` is the parent's path.
fn read_code(
    p: &Project,
    c: Node,
    parent: Option<&str>,
    codes: &mut HashMap<String, Code>,
) -> Result<()> {
    let g = c
        .attribute("guid")
        .ok_or_else(|| err!("{}: a <Code> without a guid", p.at(c)))?;
    let name = c.attribute("name").unwrap_or("").trim();
    let path = if is_known_category(name) {
        name.to_string()
    } else {
        match parent {
            Some(pp) => format!("{pp}.{name}"),
            None => name.to_string(),
        }
    };
    let meaning = if !TOP_LEVEL_IDS.contains(&top_level(&path)) {
        Code::Other
    } else if is_known_category(&path) {
        Code::Label(path.clone())
    } else {
        Code::Unknown(path.clone())
    };
    codes.insert(norm_guid(g), meaning);
    for k in kids(c, "Code") {
        read_code(p, k, Some(&path), codes)?;
    }
    Ok(())
}

/// A message of a source: its line and text in code points.
struct Line {
    line_start: usize,
    text_start: usize,
    end: usize,
    msg: ImpMessage,
    labels: BTreeSet<String>,
}

fn read_source(
    p: &mut Project,
    ts: Node,
    k: usize,
    codes: &HashMap<String, Code>,
) -> Result<Vec<Annotation>> {
    let at = p.at(ts);
    let g = ts
        .attribute("guid")
        .ok_or_else(|| err!("{at}: a <TextSource> without a guid"))?;
    let name = ts
        .attribute("name")
        .map(str::to_string)
        .unwrap_or_else(|| format!("source{}", k + 1));
    let text = source_text(p, ts, &name)?;
    let map_name = format!("{MAP_DIR}{}.json", norm_guid(g));
    let mut lines = match p.entry(&map_name)? {
        Some(bytes) => {
            let here = format!("{}: entry {map_name}", p.file.display());
            let sc: Sidecar = serde_json::from_slice(&bytes).map_err(|e| {
                err!(
                    "{here}: not a c2chat message map ({})",
                    crate::io::json_error_summary(&e)
                )
            })?;
            if sc.format != SIDECAR_FORMAT {
                bail!("{here}: unsupported format (expected {SIDECAR_FORMAT})");
            }
            mapped_lines(&text, &sc, &here)?
        }
        None => plain_lines(&text, &name),
    };
    let n = text.chars().count();
    let src_codings = kids(ts, "Coding").collect::<Vec<_>>();
    for c in src_codings {
        if let Some(label) = coding_label(p, c, codes)? {
            for l in lines.iter_mut() {
                l.labels.insert(label.clone());
            }
        }
    }
    for sel in kids(ts, "PlainTextSelection") {
        let here = p.at(sel);
        let pos = |a: &str| -> Result<usize> {
            let v = sel
                .attribute(a)
                .ok_or_else(|| err!("{here}: a <PlainTextSelection> without {a}"))?;
            v.trim()
                .parse::<usize>()
                .map_err(|_| err!("{here}: {a} {v:?} is not a position (a whole number)"))
        };
        let (s, e) = (pos("startPosition")?, pos("endPosition")?);
        if s > e || e > n {
            bail!("{here}: selection {s}..{e} lies outside text source {name:?} ({n} code points)");
        }
        let sev = severity(sel);
        for c in kids(sel, "Coding") {
            if let Some(label) = coding_label(p, c, codes)? {
                apply(&mut lines, s, e, &label, sev);
            }
        }
    }
    let where_ = format!("{at} (text source {name:?})");
    lines
        .into_iter()
        .map(|l| {
            let mut a = l.msg.into_annotation(Format::Qdpx, &where_)?;
            if !l.labels.is_empty() {
                for lab in l.labels {
                    a.evidence.entry(lab).or_default().push(Source::Gold);
                }
                a.finalise();
            }
            Ok(a)
        })
        .collect()
}

/// The text of a source: its `PlainTextContent`, or the `sources/` entry its
/// `plainTextPath` names (`internal://…`).
fn source_text(p: &mut Project, ts: Node, name: &str) -> Result<String> {
    let at = p.at(ts);
    if let Some(c) = kid(ts, "PlainTextContent") {
        return Ok(c.text().unwrap_or("").to_string());
    }
    let Some(path) = ts.attribute("plainTextPath") else {
        bail!("{at}: text source {name:?} has neither plainTextPath nor PlainTextContent");
    };
    let Some(inner) = path.strip_prefix("internal://") else {
        bail!(
            "{at}: text source {name:?} points outside the project ({path:?}); export the \
             project with its sources included"
        );
    };
    p.text(
        &format!("{SOURCES_DIR}{inner}"),
        &format!("the text of source {name:?}"),
    )
}

/// Messages as c2chat's map records them, checked against the source text.
fn mapped_lines(text: &str, sc: &Sidecar, here: &str) -> Result<Vec<Line>> {
    let ci = CharIndex::new(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(sc.messages.len());
    let mut prev_end = 0usize;
    for (i, m) in sc.messages.iter().enumerate() {
        let ok = m.start <= m.end
            && m.start >= prev_end
            && ci
                .slice(m.start, m.end)
                .is_some_and(|sub| one_line(sub) == one_line(&m.text));
        if !ok {
            bail!(
                "{here}: message {i} ({:?}) no longer matches the source text (was the text \
                 edited?)",
                m.message_id
            );
        }
        let line_start = chars[prev_end..m.start]
            .iter()
            .rposition(|c| *c == '\n')
            .map_or(prev_end, |k| prev_end + k + 1);
        prev_end = m.end;
        out.push(Line {
            line_start,
            text_start: m.start,
            end: m.end,
            msg: ImpMessage::from_sidecar(&sc.conversation_id, m),
            labels: BTreeSet::new(),
        });
    }
    Ok(out)
}

/// Messages of a source without c2chat's map: one per non-blank line, `speaker: text`.
fn plain_lines(text: &str, name: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0usize;
    for (i, raw) in text.split('\n').enumerate() {
        let line_start = pos;
        pos += raw.chars().count() + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            continue;
        }
        let (speaker, body) = match line.split_once(": ") {
            Some((s, b)) if !s.trim().is_empty() && !s.contains(char::is_whitespace) => (s, b),
            _ => ("", line),
        };
        let text_start = line_start + line.chars().count() - body.chars().count();
        out.push(Line {
            line_start,
            text_start,
            end: line_start + line.chars().count(),
            msg: ImpMessage {
                message_id: format!("{name}:{}", i + 1),
                conversation_id: name.to_string(),
                speaker: speaker.to_string(),
                text: body.to_string(),
                ..Default::default()
            },
            labels: BTreeSet::new(),
        });
    }
    out
}

/// The label a `<Coding>` gives, `None` for a code outside c2chat's.
fn coding_label(p: &Project, c: Node, codes: &HashMap<String, Code>) -> Result<Option<String>> {
    let here = p.at(c);
    let target = kid(c, "CodeRef")
        .and_then(|r| r.attribute("targetGUID"))
        .ok_or_else(|| err!("{here}: a <Coding> without a <CodeRef targetGUID=…>"))?;
    match codes.get(&norm_guid(target)) {
        None => bail!("{here}: the coding refers to code {target}, which is not in the codebook"),
        Some(Code::Other) => Ok(None),
        Some(Code::Label(l)) => Ok(Some(l.clone())),
        Some(Code::Unknown(path)) => {
            let hint = crate::suggest::closest(path, crate::model::CATEGORY_IDS.iter().copied())
                .map(|s| format!(" (did you mean {s}?)"))
                .unwrap_or_default();
            bail!(
                "{here}: code {path:?} is below a c2chat top-level code but is not a c2chat \
                 category{hint}; rename it in the QDA tool, or move it out from under the \
                 c2chat codes"
            )
        }
    }
}

/// The severity c2chat wrote in a selection's description (`severity N; …`), else 0.
fn severity(sel: Node) -> u8 {
    kid(sel, "Description")
        .and_then(|d| d.text())
        .and_then(|t| t.trim().strip_prefix("severity "))
        .and_then(|t| t.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|d| d.parse().ok())
        .unwrap_or(0)
}

/// Code the selection `[s, e)` with `label` on every message it covers: a span over the text
/// it covers, or a message-level label when it covers the speaker prefix and reaches the end
/// of the line, or lies within the prefix (a selection that only runs on into the next
/// line's prefix does not code that message).
fn apply(lines: &mut [Line], s: usize, e: usize, label: &str, sev: u8) {
    if s == e {
        return;
    }
    for l in lines.iter_mut() {
        if e <= l.line_start || s >= l.end.max(l.line_start + 1) {
            continue;
        }
        let (ts, te) = (s.max(l.text_start), e.min(l.end));
        let touches_prefix = s < l.text_start;
        let whole_line = touches_prefix && e >= l.end;
        let prefix_only = s >= l.line_start && ts >= te;
        if whole_line || prefix_only {
            l.labels.insert(label.to_string());
        } else if ts < te {
            l.msg
                .spans
                .push((ts - l.text_start, te - l.text_start, label.to_string(), sev));
        }
    }
}
