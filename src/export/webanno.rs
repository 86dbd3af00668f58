//! WebAnno TSV 3.3, as read and written by WebAnno and INCEpTION.
//!
//! One `<stem>.tsv` per conversation; each message is one sentence, which starts with its
//! speaker (`spk_01: text`; the speaker's tokens are part of the sentence). Categories go in a
//! custom span layer `webanno.custom.C2chatCategory` with one string feature `category`
//! (create that layer in the INCEpTION project before importing). TSV has no document-level
//! annotations, so what belongs to a whole message is a span over the whole sentence (in
//! INCEpTION, a layer with sentence granularity): a message in an episode is covered by a span
//! of `webanno.custom.C2chatEpisode` (string features `episode` and `role`), and each
//! message-level label (a label no span carries, e.g. a classifier's) by a span of
//! `webanno.custom.C2chatMessage` (string feature `label`; stacked when there are several).
//! Import reads all three layers back (the last two only if declared). Token offsets are **UTF-16 code units**
//! (Java `char`s) into the document text, which INCEpTION rebuilds from the `#Text=` lines:
//! each sentence text is placed at its first token's offset, followed by a line break, and
//! gaps are padded with spaces. We lay the document out as the messages joined with `"\n"`
//! and write every sentence from its first token, so the offsets agree with that rebuild.
//!
//! Tokens: runs of letters/digits/other symbols, each ASCII punctuation character alone,
//! whitespace separating (whitespace where a span starts or ends becomes a token), and every
//! token is split at span boundaries, so spans are always whole tokens and round-trip
//! exactly. Multi-token (and stacked) spans carry disambiguation ids (`label[N]`).
//! Messages with no token (empty or blank) get no sentence; the sidecar keeps them.
//! Feature values and token texts are escaped as in the 3.3 specification
//! (`\ [ ] | _ -> ; TAB LF *`), `#Text=` lines as well (backslash, TAB, CR, FF, BS and other
//! control characters; a line break inside a message starts a new `#Text=` line).

use super::review::{locate_line, message_labels};
use super::{
    document_messages, file_stems, group_conversations, layout_review_document, list_files, locate,
    prepare_spans, read_sidecar, utf16_boundaries, write_file, write_sidecar, ExpSpan,
    ExportSummary, Format, ImpMessage, SIDECAR_SUFFIX,
};
use crate::error::{Context, Result};
use crate::model::Annotation;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The custom span layer.
pub const LAYER: &str = "webanno.custom.C2chatCategory";
/// The layer's string feature that holds the category.
const FEATURE: &str = "category";
/// The custom span layer over each message (sentence) in an episode, with string features
/// `episode` (the episode id) and `role` (the speaker's role in it).
pub const EPISODE_LAYER: &str = "webanno.custom.C2chatEpisode";
/// The custom span layer over a message (sentence) for each of its message-level labels,
/// with the string feature [`MESSAGE_FEATURE`].
pub const MESSAGE_LAYER: &str = "webanno.custom.C2chatMessage";
/// The message layer's feature.
const MESSAGE_FEATURE: &str = "label";

/// Escape a feature value or token text (TSV 3.3 reserved characters).
pub fn escape_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '|' => out.push_str("\\|"),
            '_' => out.push_str("\\_"),
            ';' => out.push_str("\\;"),
            '*' => out.push_str("\\*"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '-' if it.peek() == Some(&'>') => {
                it.next();
                out.push_str("\\->");
            }
            _ => out.push(c),
        }
    }
    out
}

/// Inverse of [`escape_value`].
pub fn unescape_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        if cs[i] == '\\' && i + 1 < cs.len() {
            let n = cs[i + 1];
            match n {
                '\\' | '[' | ']' | '|' | '_' | ';' | '*' => {
                    out.push(n);
                    i += 2;
                    continue;
                }
                't' => {
                    out.push('\t');
                    i += 2;
                    continue;
                }
                'n' => {
                    out.push('\n');
                    i += 2;
                    continue;
                }
                '-' if cs.get(i + 2) == Some(&'>') => {
                    out.push_str("->");
                    i += 3;
                    continue;
                }
                _ => {}
            }
        }
        out.push(cs[i]);
        i += 1;
    }
    out
}

/// Escape one `#Text=` line (TSV 3.2+ text escaping; contains no `\n`).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{0c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\u{08}' => out.push_str("\\b"),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 32 && !(8..14).contains(&(c as u32)) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Inverse of [`escape_text`].
pub fn unescape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\\' {
            let rep = match it.peek() {
                Some('t') => Some('\t'),
                Some('n') => Some('\n'),
                Some('f') => Some('\u{0c}'),
                Some('r') => Some('\r'),
                Some('b') => Some('\u{08}'),
                Some('\\') => Some('\\'),
                Some(&n) if (n as u32) < 32 && !(8..14).contains(&(n as u32)) => Some(n),
                _ => None,
            };
            if let Some(r) = rep {
                it.next();
                out.push(r);
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Sep,
    CoveredSpace,
    Punct,
    Word,
}

/// Token ranges (code points, relative to the message) for `text`, split at span boundaries.
fn tokenise(text: &str, spans: &[ExpSpan]) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    // Whitespace becomes part of a token only where a span starts or ends in it.
    let mut covered = vec![false; n];
    let mut cuts = BTreeSet::new();
    for s in spans {
        let mut i = s.start;
        while i < s.end && chars[i].is_whitespace() {
            covered[i] = true;
            i += 1;
        }
        let mut j = s.end;
        while j > s.start && chars[j - 1].is_whitespace() {
            covered[j - 1] = true;
            j -= 1;
        }
        cuts.insert(s.start);
        cuts.insert(s.end);
    }
    let class = |i: usize| {
        let c = chars[i];
        if c.is_whitespace() {
            if covered[i] {
                Class::CoveredSpace
            } else {
                Class::Sep
            }
        } else if c.is_ascii_punctuation() {
            Class::Punct
        } else {
            Class::Word
        }
    };
    let mut toks = Vec::new();
    let mut cur: Option<(usize, Class)> = None;
    for i in 0..n {
        let cl = class(i);
        if let Some((s, c)) = cur {
            if c != cl || c == Class::Punct || cuts.contains(&i) {
                toks.push((s, i));
                cur = None;
            }
        }
        if cl != Class::Sep && cur.is_none() {
            cur = Some((i, cl));
        }
    }
    if let Some((s, _)) = cur {
        toks.push((s, n));
    }
    toks
}

pub(crate) fn export(anns: &[Annotation], dir: &Path, summary: &mut ExportSummary) -> Result<()> {
    let convs = group_conversations(anns);
    let stems = file_stems(&convs.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>());
    for (stem, (conv, msgs)) in stems.iter().zip(&convs) {
        let layout = layout_review_document(conv, msgs);
        let u16b = utf16_boundaries(&layout.text);
        let mut out = format!(
            "#FORMAT=WebAnno TSV 3.3\n#T_SP={LAYER}|{FEATURE}\n#T_SP={EPISODE_LAYER}|episode|role\n\
             #T_SP={MESSAGE_LAYER}|{MESSAGE_FEATURE}\n\n"
        );
        let mut sent_no = 0usize;
        let mut next_id = 1usize;
        let chars: Vec<char> = layout.text.chars().collect();
        for (i, a) in msgs.iter().enumerate() {
            let line_start = layout.line_starts[i];
            let plen = layout.sidecar.messages[i].start - line_start;
            let prefix: String = chars[line_start..line_start + plen].iter().collect();
            let spans = prepare_spans(a, summary)?;
            // Tokens relative to the line: the speaker prefix's, then the message's.
            let mut toks = prefix_tokens(&prefix);
            toks.extend(
                tokenise(&a.text, &spans)
                    .into_iter()
                    .map(|(s, e)| (s + plen, e + plen)),
            );
            if toks.is_empty() {
                continue;
            }
            sent_no += 1;
            summary.spans += spans.len();
            let shifted: Vec<(usize, usize)> = spans
                .iter()
                .map(|s| (s.start + plen, s.end + plen))
                .collect();
            let cells = category_cells(&spans, &shifted, &toks, &mut next_id);
            let episode = episode_cells(a, toks.len(), &mut next_id);
            let labels = message_labels(a, spans.iter().map(|s| s.category.as_str()));
            let label_cell = label_cells(&labels, toks.len(), &mut next_id);
            let line_chars = &chars[line_start..layout.sidecar.messages[i].end];
            let from_first: String = line_chars[toks[0].0..].iter().collect();
            out.push('\n');
            for l in from_first.split('\n') {
                let _ = writeln!(out, "#Text={}", escape_text(l));
            }
            for (ti, &(ts, te)) in toks.iter().enumerate() {
                // Token texts are informative only (readers use the offsets); a CR would end
                // the line for Java's reader, so it is shown as a space.
                let tok: String = line_chars[ts..te]
                    .iter()
                    .map(|&c| if c == '\r' { ' ' } else { c })
                    .collect();
                let b = u16b[line_start + ts];
                let e = u16b[line_start + te];
                let _ = writeln!(
                    out,
                    "{sent_no}-{}\t{b}-{e}\t{}\t{}\t{episode}\t{label_cell}",
                    ti + 1,
                    escape_value(&tok),
                    cells[ti]
                );
            }
        }
        write_file(&dir.join(format!("{stem}.tsv")), out.as_bytes(), summary)?;
        write_sidecar(dir, stem, &layout.sidecar, summary)?;
        summary.documents += 1;
    }
    Ok(())
}

/// Tokens of a speaker prefix (`spk_01: `, [`super::review::speaker_prefix`]): the speaker's
/// whitespace-separated parts, whole, then the colon.
fn prefix_tokens(prefix: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = prefix.chars().collect();
    let name = chars.len().saturating_sub(2);
    let mut toks = Vec::new();
    let mut cur: Option<usize> = None;
    for (i, c) in chars[..name].iter().enumerate() {
        match (c.is_whitespace(), cur) {
            (true, Some(s)) => {
                toks.push((s, i));
                cur = None;
            }
            (false, None) => cur = Some(i),
            _ => {}
        }
    }
    if let Some(s) = cur {
        toks.push((s, name));
    }
    if chars.len() >= 2 {
        toks.push((name, name + 1));
    }
    toks
}

/// The category column for each token (`toks`, relative to the line) of a sentence whose
/// spans lie at `shifted` (relative to the line): stacked values, with a disambiguation id
/// for a span over several tokens or sharing a token with another span; `_` for none.
fn category_cells(
    spans: &[ExpSpan],
    shifted: &[(usize, usize)],
    toks: &[(usize, usize)],
    next_id: &mut usize,
) -> Vec<String> {
    let mut cover: Vec<Vec<usize>> = vec![Vec::new(); toks.len()];
    let mut ntok = vec![0usize; spans.len()];
    for (ti, &(ts, te)) in toks.iter().enumerate() {
        for (si, &(ss, se)) in shifted.iter().enumerate() {
            if ss <= ts && te <= se {
                cover[ti].push(si);
                ntok[si] += 1;
            }
        }
    }
    let mut ids: Vec<Option<usize>> = vec![None; spans.len()];
    for cv in &cover {
        for &si in cv {
            if ids[si].is_none() && (ntok[si] > 1 || cv.len() > 1) {
                ids[si] = Some(*next_id);
                *next_id += 1;
            }
        }
    }
    cover
        .iter()
        .map(|cv| {
            if cv.is_empty() {
                return "_".to_string();
            }
            cv.iter()
                .map(|&si| {
                    let v = escape_value(&spans[si].category);
                    match ids[si] {
                        Some(id) => format!("{v}[{id}]"),
                        None => v,
                    }
                })
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect()
}

/// The message layer's cell for every token of a sentence: each message-level label (with a
/// disambiguation id over several tokens or when stacked), or `_`.
fn label_cells(labels: &[String], ntok: usize, next_id: &mut usize) -> String {
    if labels.is_empty() {
        return "_".to_string();
    }
    let with_ids = ntok > 1 || labels.len() > 1;
    labels
        .iter()
        .map(|l| {
            let v = escape_value(l);
            if with_ids {
                let id = *next_id;
                *next_id += 1;
                format!("{v}[{id}]")
            } else {
                v
            }
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// The episode layer's two cells (`episode\trole`) for every token of a sentence: its
/// episode id and role (with a disambiguation id over several tokens), or `_\t_`.
fn episode_cells(a: &Annotation, ntok: usize, next_id: &mut usize) -> String {
    let (Some(ep), Some(role)) = (&a.episode_id, &a.role) else {
        return "_\t_".to_string();
    };
    let (ep, role) = (escape_value(ep), escape_value(role));
    if ntok > 1 {
        let id = *next_id;
        *next_id += 1;
        format!("{ep}[{id}]\t{role}[{id}]")
    } else {
        format!("{ep}\t{role}")
    }
}

/// What one of our columns holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// [`LAYER`]: a span's category.
    Category,
    /// [`EPISODE_LAYER`] `episode`: the message's episode id.
    Episode,
    /// [`EPISODE_LAYER`] `role`: its speaker's role.
    Role,
    /// [`MESSAGE_LAYER`]: a message-level label.
    Label,
}

/// A span of one of our columns: (kind, begin, end, value, line of first unit).
type TsvSpan = (Kind, usize, usize, String, usize);

/// A parsed TSV document: its rebuilt text, sentence ranges and our layers' annotations,
/// all in UTF-16 offsets.
struct TsvDoc {
    text: Vec<u16>,
    sentences: Vec<(usize, usize)>,
    spans: Vec<TsvSpan>,
}

/// Split a cell on unescaped `|`.
fn split_stack(cell: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut it = cell.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            cur.push(c);
            if let Some(n) = it.next() {
                cur.push(n);
            }
        } else if c == '|' {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    out.push(cur);
    out
}

/// Bad input at the 0-based line index `n` of `path` (reported 1-based).
fn bad_line(path: &Path, n: usize, message: impl Into<String>) -> crate::Error {
    crate::Error::input(path, Some(n as u64 + 1), message)
}

fn parse_tsv(src: &str, path: &Path) -> Result<TsvDoc> {
    let mut lines = src.lines().enumerate().peekable();
    let Some((_, first)) = lines.next() else {
        return Err(crate::Error::input(path, None, "empty file"));
    };
    check_version(first, path)?;
    let (cols, ncols) = schema(&mut lines, path)?;
    let mut doc = TsvReader::new(path, cols, ncols);
    for (n, line) in lines {
        doc.line(n, line)?;
    }
    doc.finish()
}

/// The first line must declare WebAnno TSV 3.2 or later.
fn check_version(first: &str, path: &Path) -> Result<()> {
    let version = first
        .trim_start_matches('\u{feff}')
        .strip_prefix("#FORMAT=WebAnno TSV ")
        .ok_or_else(|| bad_line(path, 0, "missing #FORMAT=WebAnno TSV header"))?;
    let (major, minor) = version
        .trim()
        .split_once('.')
        .and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?)))
        .ok_or_else(|| bad_line(path, 0, "bad format version (expected e.g. 3.3)"))?;
    if major != 3 || minor < 2 {
        return Err(bad_line(
            path,
            0,
            format!("WebAnno TSV {version} is not supported (need 3.2 or later)"),
        ));
    }
    Ok(())
}

/// Read the schema lines (`#T_SP=`, `#T_RL=`, `#T_CH=`): the index among the annotation
/// columns of each of our features that is declared (the category layer must be), and how
/// many annotation columns there are.
fn schema<'a>(
    lines: &mut std::iter::Peekable<impl Iterator<Item = (usize, &'a str)>>,
    path: &Path,
) -> Result<(Vec<(Kind, usize)>, usize)> {
    const OURS: [(&str, &str, Kind); 4] = [
        (LAYER, FEATURE, Kind::Category),
        (EPISODE_LAYER, "episode", Kind::Episode),
        (EPISODE_LAYER, "role", Kind::Role),
        (MESSAGE_LAYER, MESSAGE_FEATURE, Kind::Label),
    ];
    let mut cols = Vec::new();
    let mut ncols = 0usize;
    while let Some(&(_, l)) = lines.peek() {
        let decl = ["#T_SP=", "#T_RL=", "#T_CH="]
            .iter()
            .find_map(|p| l.strip_prefix(p));
        let Some(decl) = decl else { break };
        lines.next();
        let fields: Vec<&str> = decl.split('|').collect();
        for (layer, feature, kind) in OURS {
            if l.starts_with("#T_SP=") && fields[0] == layer {
                if let Some(k) = fields[1..].iter().position(|f| *f == feature) {
                    cols.push((kind, ncols + k));
                }
            }
        }
        ncols += (fields.len() - 1).max(1);
    }
    if !cols.iter().any(|(k, _)| *k == Kind::Category) {
        return Err(crate::Error::input(
            path,
            None,
            format!("no span layer {LAYER}|{FEATURE} declared in the header"),
        ));
    }
    Ok((cols, ncols))
}

/// The body of a TSV document, read one line at a time into a [`TsvDoc`].
struct TsvReader<'a> {
    path: &'a Path,
    /// Our features' indices among the annotation columns, and how many there are.
    cols: Vec<(Kind, usize)>,
    ncols: usize,
    /// The rebuilt document text so far.
    text: Vec<u16>,
    sentences: Vec<(usize, usize)>,
    /// The `#Text=` lines of the sentence whose header is being read.
    sent_text: Vec<u16>,
    in_header: bool,
    /// Where the current sentence starts in `text`, once its first token is read.
    sent_begin: Option<usize>,
    /// (column, disambiguation id) -> index into `spans`.
    by_id: BTreeMap<(usize, u64), usize>,
    /// Our spans; a blank value until one is given.
    spans: Vec<TsvSpan>,
}

impl<'a> TsvReader<'a> {
    fn new(path: &'a Path, cols: Vec<(Kind, usize)>, ncols: usize) -> Self {
        TsvReader {
            path,
            cols,
            ncols,
            text: Vec::new(),
            sentences: Vec::new(),
            sent_text: Vec::new(),
            in_header: false,
            sent_begin: None,
            by_id: BTreeMap::new(),
            spans: Vec::new(),
        }
    }

    fn close_sentence(&mut self) {
        if let Some(b) = self.sent_begin.take() {
            self.sentences.push((b, self.text.len().saturating_sub(1)));
        }
    }

    /// One line after the schema: a blank line, a sentence header line or a token line.
    fn line(&mut self, n: usize, line: &str) -> Result<()> {
        if line.is_empty() {
            if self.in_header && self.sent_begin.is_none() {
                return Err(bad_line(self.path, n, "sentence header without tokens"));
            }
            self.close_sentence();
            self.in_header = false;
            return Ok(());
        }
        if line.starts_with('#') && self.sent_begin.is_none() {
            self.in_header = true;
            if let Some(t) = line.strip_prefix("#Text=") {
                self.sent_text.extend(unescape_text(t).encode_utf16());
                self.sent_text.push(b'\n' as u16);
            }
            return Ok(());
        }
        self.token(n, line)
    }

    /// A token (or sub-token) line: its offsets and our column's cell.
    fn token(&mut self, n: usize, line: &str) -> Result<()> {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 3 + self.ncols {
            return Err(bad_line(
                self.path,
                n,
                format!(
                    "expected {} tab-separated fields, found {}",
                    3 + self.ncols,
                    fields.len()
                ),
            ));
        }
        let (b, e) = fields[1]
            .split_once('-')
            .and_then(|(b, e)| Some((b.parse::<usize>().ok()?, e.parse::<usize>().ok()?)))
            .ok_or_else(|| bad_line(self.path, n, "bad offsets field (expected BEGIN-END)"))?;
        if b > e {
            return Err(bad_line(
                self.path,
                n,
                format!("offsets {b}-{e} are reversed"),
            ));
        }
        if self.sent_begin.is_none() {
            self.start_sentence(n, b, fields[0].contains('.'))?;
        }
        if e > self.text.len() {
            return Err(bad_line(
                self.path,
                n,
                format!("offsets {b}-{e} are past the sentence text"),
            ));
        }
        for (kind, col) in self.cols.clone() {
            let cell = fields[3 + col];
            if cell == "_" || cell.is_empty() {
                continue;
            }
            for raw in split_stack(cell) {
                self.value(n, (kind, col), b, e, &raw)?;
            }
        }
        Ok(())
    }

    /// The first token of a sentence, at UTF-16 offset `b`: place the sentence text there.
    fn start_sentence(&mut self, n: usize, b: usize, is_sub: bool) -> Result<()> {
        if !self.in_header || is_sub {
            return Err(bad_line(
                self.path,
                n,
                "token line outside a sentence (missing #Text=)",
            ));
        }
        let text = &mut self.text;
        if text.len() > b {
            if text.len() != b + 1 || text.last() != Some(&(b'\n' as u16)) {
                return Err(bad_line(
                    self.path,
                    n,
                    format!("token offset {b} overlaps the previous sentence"),
                ));
            }
            text.pop();
        }
        while text.len() < b {
            text.push(b' ' as u16);
        }
        self.sent_begin = Some(text.len());
        text.append(&mut self.sent_text);
        self.in_header = false;
        Ok(())
    }

    /// One stacked value of our cell (`label`, `label[N]`, or blank) in column `col`, on a
    /// token at `b..e`: a new span, or an extension of the span with the same disambiguation
    /// id in that column.
    fn value(
        &mut self,
        n: usize,
        (kind, col): (Kind, usize),
        b: usize,
        e: usize,
        raw: &str,
    ) -> Result<()> {
        let at = || format!("{}:{}", self.path.display(), n + 1);
        let (val, id) = if raw.ends_with(']') && !raw.ends_with("\\]") {
            let k = raw.rfind('[').ok_or_else(|| {
                bad_line(
                    self.path,
                    n,
                    format!("bad value in column {} (unmatched ']')", 4 + col),
                )
            })?;
            let id: u64 = raw[k + 1..raw.len() - 1].parse().with_context(|| {
                format!("{}: bad disambiguation id in column {}", at(), 4 + col)
            })?;
            (&raw[..k], Some(id))
        } else {
            (raw, None)
        };
        let cat = unescape_value(val);
        let blank = val.is_empty() || val == "_" || val == "*";
        match id.and_then(|id| self.by_id.get(&(col, id)).copied()) {
            Some(k) => {
                let sp = &mut self.spans[k];
                if !blank && sp.3 != cat {
                    return Err(bad_line(
                        self.path,
                        n,
                        format!("id [{}] changes value", id.unwrap_or(0)),
                    ));
                }
                sp.1 = sp.1.min(b);
                sp.2 = sp.2.max(e);
            }
            None => {
                if let Some(id) = id {
                    self.by_id.insert((col, id), self.spans.len());
                }
                let cat = if blank { String::new() } else { cat };
                self.spans.push((kind, b, e, cat, n + 1));
            }
        }
        Ok(())
    }

    /// The document, once the last line is read.
    fn finish(mut self) -> Result<TsvDoc> {
        if self.in_header && self.sent_begin.is_none() {
            return Err(crate::Error::input(
                self.path,
                None,
                "sentence header without tokens at the end of the file",
            ));
        }
        self.close_sentence();
        if self.text.last() == Some(&(b'\n' as u16)) {
            self.text.pop();
        }
        self.spans.retain(|s| !s.3.is_empty());
        Ok(TsvDoc {
            text: self.text,
            sentences: self.sentences,
            spans: self.spans,
        })
    }
}

pub(crate) fn import(input: &Path) -> Result<Vec<Annotation>> {
    let files = if input.is_dir() {
        list_files(input, ".tsv")?
    } else {
        vec![input.to_path_buf()]
    };
    let mut out = Vec::new();
    for path in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let stem = name.trim_end_matches(".tsv").to_string();
        let src = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {} (must be UTF-8)", path.display()))?;
        let doc = parse_tsv(&src, &path)?;
        let mut text = String::from_utf16(&doc.text)
            .with_context(|| format!("{}: document text is not valid UTF-16", path.display()))?;
        let u16b = utf16_boundaries(&text);
        let to_cp = |u: usize, line: usize| -> Result<usize> {
            u16b.binary_search(&u).map_err(|_| {
                crate::Error::input(
                    &path,
                    Some(line as u64),
                    format!("offset {u} is inside a character (offsets must be UTF-16 code units)"),
                )
            })
        };
        let where_ = path.display().to_string();
        let sidecar_path = path.with_file_name(format!("{stem}{SIDECAR_SUFFIX}"));
        let sidecar = read_sidecar(&sidecar_path)?;
        let mut msgs: Vec<(usize, usize, ImpMessage)> = match &sidecar {
            Some(sc) => {
                // Trailing blank messages have no sentence: pad like the rebuild does.
                let want = sc.messages.last().map(|m| m.end).unwrap_or(0);
                let have = text.chars().count();
                for _ in have..want {
                    text.push(' ');
                }
                document_messages(&text, Some(sc), &stem, &where_)?
            }
            None => {
                let ci = super::CharIndex::new(&text);
                let mut v = Vec::new();
                for (i, &(b, e)) in doc.sentences.iter().enumerate() {
                    let (s, e) = (to_cp(b, 0)?, to_cp(e, 0)?);
                    let t = ci.slice(s, e).unwrap_or_default().to_string();
                    v.push((
                        s,
                        e,
                        ImpMessage {
                            message_id: format!("{stem}:{}", i + 1),
                            conversation_id: stem.clone(),
                            text: t,
                            ..Default::default()
                        },
                    ));
                }
                v
            }
        };
        for (kind, b, e, value, line) in doc.spans {
            let (s, e) = (to_cp(b, line)?, to_cp(e, line)?);
            if s == e {
                continue;
            }
            let found = match kind {
                Kind::Category => locate(&msgs, s, e),
                _ => locate_line(&msgs, s, e),
            };
            let Some(k) = found else {
                return Err(crate::Error::input(
                    &path,
                    Some(line as u64),
                    format!("span {b}-{e} crosses a message boundary"),
                ));
            };
            let (ms, _, m) = &mut msgs[k];
            match kind {
                Kind::Category => m.spans.push((s - *ms, e - *ms, value, 0)),
                Kind::Episode => m.episode_id = Some(value),
                Kind::Role => m.role = Some(value),
                Kind::Label => m.labels.push(value),
            }
        }
        for (_, _, m) in msgs {
            out.push(m.into_annotation(Format::WebAnno, &where_)?);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{ann, round_trip};
    use super::*;

    #[test]
    fn round_trip_webanno() {
        round_trip(Format::WebAnno);
    }

    #[test]
    fn escaping_inverts() {
        for s in ["a_b", "x[1]|y", "\\", "a->b;c*", "t\tn\nz", "-", ">", "_"] {
            assert_eq!(unescape_value(&escape_value(s)), s);
            assert_eq!(unescape_text(&escape_text(s)), s);
        }
        assert_eq!(
            escape_value("coercive.image_request"),
            "coercive.image\\_request"
        );
        assert_eq!(escape_text("a\\b\tc\rd"), "a\\\\b\\tc\\rd");
    }

    #[test]
    fn utf16_offsets_and_ids() {
        let dir = tempfile::tempdir().unwrap();
        // The emoji is one code point but two UTF-16 units.
        let a = ann("c", "m1", "😀 hi", &[]);
        let b = ann(
            "c",
            "m2",
            "u owe me!",
            &[(0, 8, "coercive.pressure"), (2, 5, "coercive.threat")],
        );
        super::super::export(&[a, b], Format::WebAnno, dir.path()).unwrap();
        let tsv = std::fs::read_to_string(dir.path().join("c.tsv")).unwrap();
        let expect = "#FORMAT=WebAnno TSV 3.3\n\
            #T_SP=webanno.custom.C2chatCategory|category\n\
            #T_SP=webanno.custom.C2chatEpisode|episode|role\n\
            #T_SP=webanno.custom.C2chatMessage|label\n\
            \n\
            \n#Text=spk_a: 😀 hi\n\
            1-1\t0-5\tspk\\_a\t_\t_\t_\t_\n\
            1-2\t5-6\t:\t_\t_\t_\t_\n\
            1-3\t7-9\t😀\t_\t_\t_\t_\n\
            1-4\t10-12\thi\t_\t_\t_\t_\n\
            \n#Text=spk_a: u owe me!\n\
            2-1\t13-18\tspk\\_a\t_\t_\t_\t_\n\
            2-2\t18-19\t:\t_\t_\t_\t_\n\
            2-3\t20-21\tu\tcoercive.pressure[1]\t_\t_\t_\n\
            2-4\t22-25\towe\tcoercive.pressure[1]|coercive.threat[2]\t_\t_\t_\n\
            2-5\t26-28\tme\tcoercive.pressure[1]\t_\t_\t_\n\
            2-6\t28-29\t!\t_\t_\t_\t_\n";
        assert_eq!(tsv, expect);
        // UTF-16 length check, independently of the exporter.
        assert_eq!("spk_a: 😀 hi\n".encode_utf16().count(), 13);
        assert_eq!(prefix_tokens("a b: "), vec![(0, 1), (2, 3), (3, 4)]);
        assert_eq!(prefix_tokens("?: "), vec![(0, 1), (1, 2)]);
    }

    #[test]
    fn tokens_split_at_span_boundaries() {
        let sp = |s, e| ExpSpan {
            start: s,
            end: e,
            category: "protective".into(),
            severity: 0,
            sources: vec![],
            rules: vec![],
        };
        assert_eq!(tokenise("hello, world", &[]), vec![(0, 5), (5, 6), (7, 12)]);
        assert_eq!(tokenise("hello", &[sp(1, 3)]), vec![(0, 1), (1, 3), (3, 5)]);
        assert_eq!(tokenise("a  b", &[sp(1, 4)]), vec![(0, 1), (1, 3), (3, 4)]);
        assert_eq!(tokenise("a b c", &[sp(0, 5)]), vec![(0, 1), (2, 3), (4, 5)]);
        assert_eq!(tokenise("   ", &[]), vec![]);
    }

    /// Parse a file laid out the way INCEpTION exports it (with a sub-token line, another
    /// layer, trailing tabs and no sidecar).
    #[test]
    fn reads_foreign_tsv() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("doc.tsv");
        let src = "#FORMAT=WebAnno TSV 3.3\n\
            #T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n\
            #T_SP=webanno.custom.C2chatCategory|category\n\
            \n\
            \n#Text=Café ok\n\
            1-1\t0-4\tCafé\t_\t_\tprotective\t\n\
            1-1.1\t0-2\tCa\t_\t_\tsexualised.jokes\t\n\
            1-2\t5-7\tok\t_\t_\t_\t\n\
            \n#Text=😀😀 x\n\
            2-1\t10-14\t😀😀\t_\t_\tcoercive.threat[3]\t\n\
            2-2\t15-16\tx\t_\t_\tcoercive.threat[3]\t\n";
        std::fs::write(&p, src).unwrap();
        let back = import(&p).unwrap();
        assert_eq!(back.len(), 2);
        assert_eq!(back[0].text, "Café ok");
        let s0: Vec<_> = back[0]
            .spans
            .iter()
            .map(|s| (s.start, s.end, s.text.as_str()))
            .collect();
        assert_eq!(s0, vec![(0, 2, "Ca"), (0, 4, "Café")]);
        // Sentence 2 starts at UTF-16 offset 8 after "Café ok\n"; its first token is at 10,
        // so the rebuild pads two spaces and the sentence text begins at the emoji.
        assert_eq!(back[1].text, "😀😀 x");
        assert_eq!(back[1].spans[0].text, "😀😀 x");
        assert_eq!((back[1].spans[0].start, back[1].spans[0].end), (0, 4));
    }

    #[test]
    fn malformed_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bad.tsv");
        let head = "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.C2chatCategory|category\n\n\n";
        std::fs::write(&p, format!("{head}#Text=ab\n1-1\t0-x\tab\t_\n")).unwrap();
        let e = format!("{:#}", import(&p).unwrap_err());
        assert!(e.contains("bad.tsv:6"), "{e}");
        std::fs::write(&p, format!("{head}#Text=ab\n1-1\t0-2\tab\n")).unwrap();
        let e = format!("{:#}", import(&p).unwrap_err());
        assert!(e.contains("bad.tsv:6"), "{e}");
        std::fs::write(&p, format!("{head}#Text=😀\n1-1\t0-1\tx\tprotective\n")).unwrap();
        let e = format!("{:#}", import(&p).unwrap_err());
        assert!(
            e.contains("bad.tsv:6") && e.contains("inside a character"),
            "{e}"
        );
        std::fs::write(&p, "#FORMAT=WebAnno TSV 3.3\n#T_SP=other.Layer|value\n\n\n").unwrap();
        let e = format!("{:#}", import(&p).unwrap_err());
        assert!(e.contains("no span layer"), "{e}");
    }
}
