//! WebAnno TSV 3.3, as read and written by WebAnno and INCEpTION.
//!
//! One `<stem>.tsv` per conversation; each message is one sentence. Categories go in a custom
//! span layer `webanno.custom.C2chatCategory` with one string feature `category` (create that
//! layer in the INCEpTION project before importing). Each message in an episode is covered by
//! a span of a second custom layer `webanno.custom.C2chatEpisode` with string features
//! `episode` and `role` (import reads only the category layer). Token offsets are **UTF-16 code units**
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

use super::{
    document_messages, file_stems, group_conversations, layout_document, list_files, locate,
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
/// The custom span layer over each message in an episode, with string features `episode`
/// (the episode id) and `role` (the speaker's role in it); not read back by import.
pub const EPISODE_LAYER: &str = "webanno.custom.C2chatEpisode";

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
        let layout = layout_document(conv, msgs);
        let u16b = utf16_boundaries(&layout.text);
        let mut out = format!(
            "#FORMAT=WebAnno TSV 3.3\n#T_SP={LAYER}|{FEATURE}\n#T_SP={EPISODE_LAYER}|episode|role\n\n"
        );
        let mut sent_no = 0usize;
        let mut next_id = 1usize;
        for (a, m) in msgs.iter().zip(&layout.sidecar.messages) {
            let spans = prepare_spans(a, summary)?;
            let toks = tokenise(&a.text, &spans);
            if toks.is_empty() {
                continue;
            }
            sent_no += 1;
            // Which spans cover each token; spans needing a disambiguation id.
            let mut cover: Vec<Vec<usize>> = vec![Vec::new(); toks.len()];
            let mut ntok = vec![0usize; spans.len()];
            for (ti, &(ts, te)) in toks.iter().enumerate() {
                for (si, sp) in spans.iter().enumerate() {
                    if sp.start <= ts && te <= sp.end {
                        cover[ti].push(si);
                        ntok[si] += 1;
                    }
                }
            }
            let mut ids: Vec<Option<usize>> = vec![None; spans.len()];
            for cv in &cover {
                for &si in cv {
                    if ids[si].is_none() && (ntok[si] > 1 || cv.len() > 1) {
                        ids[si] = Some(next_id);
                        next_id += 1;
                    }
                }
            }
            summary.spans += spans.len();
            let episode = episode_cells(a, toks.len(), &mut next_id);
            let chars: Vec<char> = a.text.chars().collect();
            let from_first: String = chars[toks[0].0..].iter().collect();
            out.push('\n');
            for line in from_first.split('\n') {
                let _ = writeln!(out, "#Text={}", escape_text(line));
            }
            for (ti, &(ts, te)) in toks.iter().enumerate() {
                // Token texts are informative only (readers use the offsets); a CR would end
                // the line for Java's reader, so it is shown as a space.
                let tok: String = chars[ts..te]
                    .iter()
                    .map(|&c| if c == '\r' { ' ' } else { c })
                    .collect();
                let b = u16b[m.start + ts];
                let e = u16b[m.start + te];
                let cell = if cover[ti].is_empty() {
                    "_".to_string()
                } else {
                    cover[ti]
                        .iter()
                        .map(|&si| {
                            let v = escape_value(&spans[si].category);
                            match ids[si] {
                                Some(id) => format!("{v}[{id}]"),
                                None => v,
                            }
                        })
                        .collect::<Vec<_>>()
                        .join("|")
                };
                let _ = writeln!(
                    out,
                    "{sent_no}-{}\t{b}-{e}\t{}\t{cell}\t{episode}",
                    ti + 1,
                    escape_value(&tok)
                );
            }
        }
        write_file(&dir.join(format!("{stem}.tsv")), out.as_bytes(), summary)?;
        write_sidecar(dir, stem, &layout.sidecar, summary)?;
        summary.documents += 1;
    }
    Ok(())
}

/// The episode layer's two cells (`episode\trole`) for every token of a message: its episode
/// id and role (with a disambiguation id over several tokens), or `_\t_`.
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

/// A parsed TSV document: its rebuilt text, sentence ranges and our layer's annotations,
/// all in UTF-16 offsets.
struct TsvDoc {
    text: Vec<u16>,
    sentences: Vec<(usize, usize)>,
    /// (begin, end, category, line of first unit)
    spans: Vec<(usize, usize, String, usize)>,
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
    let (col, ncols) = schema(&mut lines, path)?;
    let mut doc = TsvReader::new(path, col, ncols);
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

/// Read the schema lines (`#T_SP=`, `#T_RL=`, `#T_CH=`): the index of our layer's feature
/// among the annotation columns, and how many annotation columns there are.
fn schema<'a>(
    lines: &mut std::iter::Peekable<impl Iterator<Item = (usize, &'a str)>>,
    path: &Path,
) -> Result<(usize, usize)> {
    let mut col = None;
    let mut ncols = 0usize;
    while let Some(&(_, l)) = lines.peek() {
        let decl = ["#T_SP=", "#T_RL=", "#T_CH="]
            .iter()
            .find_map(|p| l.strip_prefix(p));
        let Some(decl) = decl else { break };
        lines.next();
        let fields: Vec<&str> = decl.split('|').collect();
        if l.starts_with("#T_SP=") && fields[0] == LAYER {
            if let Some(k) = fields[1..].iter().position(|f| *f == FEATURE) {
                col = Some(ncols + k);
            }
        }
        ncols += (fields.len() - 1).max(1);
    }
    let Some(col) = col else {
        return Err(crate::Error::input(
            path,
            None,
            format!("no span layer {LAYER}|{FEATURE} declared in the header"),
        ));
    };
    Ok((col, ncols))
}

/// The body of a TSV document, read one line at a time into a [`TsvDoc`].
struct TsvReader<'a> {
    path: &'a Path,
    /// Our feature's index among the annotation columns, and how many there are.
    col: usize,
    ncols: usize,
    /// The rebuilt document text so far.
    text: Vec<u16>,
    sentences: Vec<(usize, usize)>,
    /// The `#Text=` lines of the sentence whose header is being read.
    sent_text: Vec<u16>,
    in_header: bool,
    /// Where the current sentence starts in `text`, once its first token is read.
    sent_begin: Option<usize>,
    /// Disambiguation id -> index into `spans`.
    by_id: BTreeMap<u64, usize>,
    /// (begin, end, category, line of first unit); a blank category until one is given.
    spans: Vec<(usize, usize, String, usize)>,
}

impl<'a> TsvReader<'a> {
    fn new(path: &'a Path, col: usize, ncols: usize) -> Self {
        TsvReader {
            path,
            col,
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
        let cell = fields[3 + self.col];
        if cell == "_" || cell.is_empty() {
            return Ok(());
        }
        for raw in split_stack(cell) {
            self.value(n, b, e, &raw)?;
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

    /// One stacked value of our cell (`label`, `label[N]`, or blank), on a token at `b..e`:
    /// a new span, or an extension of the span with the same disambiguation id.
    fn value(&mut self, n: usize, b: usize, e: usize, raw: &str) -> Result<()> {
        let col = self.col;
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
        match id.and_then(|id| self.by_id.get(&id).copied()) {
            Some(k) => {
                let sp = &mut self.spans[k];
                if !blank && sp.2 != cat {
                    return Err(bad_line(
                        self.path,
                        n,
                        format!("id [{}] changes category", id.unwrap_or(0)),
                    ));
                }
                sp.0 = sp.0.min(b);
                sp.1 = sp.1.max(e);
            }
            None => {
                if let Some(id) = id {
                    self.by_id.insert(id, self.spans.len());
                }
                let cat = if blank { String::new() } else { cat };
                self.spans.push((b, e, cat, n + 1));
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
        self.spans.retain(|s| !s.2.is_empty());
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
        for (b, e, cat, line) in doc.spans {
            let (s, e) = (to_cp(b, line)?, to_cp(e, line)?);
            if s == e {
                continue;
            }
            let Some(k) = locate(&msgs, s, e) else {
                return Err(crate::Error::input(
                    &path,
                    Some(line as u64),
                    format!("span {b}-{e} crosses a message boundary"),
                ));
            };
            let (ms, _, m) = &mut msgs[k];
            m.spans.push((s - *ms, e - *ms, cat, 0));
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
            \n\
            \n#Text=😀 hi\n\
            1-1\t0-2\t😀\t_\t_\t_\n\
            1-2\t3-5\thi\t_\t_\t_\n\
            \n#Text=u owe me!\n\
            2-1\t6-7\tu\tcoercive.pressure[1]\t_\t_\n\
            2-2\t8-11\towe\tcoercive.pressure[1]|coercive.threat[2]\t_\t_\n\
            2-3\t12-14\tme\tcoercive.pressure[1]\t_\t_\n\
            2-4\t14-15\t!\t_\t_\t_\n";
        assert_eq!(tsv, expect);
        // UTF-16 length check, independently of the exporter.
        assert_eq!("😀 hi\n".encode_utf16().count(), 6);
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
