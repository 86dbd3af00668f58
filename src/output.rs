//! Annotate's outputs: `annotations.jsonl`, `messages.csv`, `rejects.jsonl` and `manifest.json`,
//! each written atomically with mode 0600. The manifest never contains message text.

use crate::error::Result;
use crate::ingest::InputSummary;
use crate::model::{top_level, Annotation, CATEGORY_IDS, TOP_LEVEL_IDS};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// One JSON line per annotation.
pub fn annotation_line(a: &Annotation) -> String {
    let mut buf = Vec::new();
    push_annotation_line(&mut buf, a);
    buf.pop();
    String::from_utf8(buf).expect("JSON is UTF-8")
}

/// [`annotation_line`]'s bytes and a newline, added to `buf`.
fn push_annotation_line(buf: &mut Vec<u8>, a: &Annotation) {
    serde_json::to_writer(&mut *buf, a).expect("annotations serialise");
    buf.push(b'\n');
}

/// Annotations serialised per call of [`write_jsonl`]'s chunks.
const JSONL_CHUNK: usize = 256;

/// Write annotations as JSONL to any writer.
pub fn write_jsonl<W: Write>(w: &mut W, anns: &[Annotation]) -> Result<()> {
    write_chunked(w, anns, JSONL_CHUNK, |chunk| {
        let mut buf = Vec::new();
        for a in chunk {
            push_annotation_line(&mut buf, a);
        }
        Ok(buf)
    })
}

/// Write `items` to `w` in order, `chunk` items' bytes (made by `bytes`) at a time, on this
/// thread.
///
/// Not on rayon's pool: annotate's writer thread calls this while the pool annotates the
/// next batches, and work it handed the pool waited behind theirs, while the annotating
/// thread waited for the writer (a tenth of two cores idle; issue 23, session 33).
fn write_chunked<T, W: Write>(
    w: &mut W,
    items: &[T],
    chunk: usize,
    bytes: impl Fn(&[T]) -> Result<Vec<u8>>,
) -> Result<()> {
    for c in items.chunks(chunk) {
        w.write_all(&bytes(c)?)?;
    }
    Ok(())
}

/// Read `annotations.jsonl`. Errors name the file, line and problem, never the content
/// (serde's own messages can quote a value).
pub fn read_annotations(path: &Path) -> Result<Vec<Annotation>> {
    crate::io::check_output_set(path, &["messages.csv", "rejects.jsonl"])?;
    read_records(path, "an annotation record")
}

/// Read `episodes.jsonl` (annotate's episode records). Errors name the file, line and
/// problem, never the content.
pub fn read_episodes(path: &Path) -> Result<Vec<crate::episode::Episode>> {
    crate::io::check_output_set(path, &["annotations.jsonl", "messages.csv"])?;
    read_records(path, "an episode record")
}

/// The `episodes.jsonl` beside an `annotations.jsonl`, if there is one.
pub fn episodes_beside(annotations: &Path) -> Option<std::path::PathBuf> {
    let dir = match annotations.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let p = dir.join("episodes.jsonl");
    p.is_file().then_some(p)
}

/// The lexicon categories outside the contract recorded in the `manifest.json` beside an
/// `annotations.jsonl` (`lexicon.extra_categories`); empty when there is no manifest or it
/// records none.
pub fn extra_categories_beside(annotations: &Path) -> Vec<String> {
    let dir = match annotations.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let Ok(bytes) = std::fs::read(dir.join("manifest.json")) else {
        return Vec::new();
    };
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    v["lexicon"]["extra_categories"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c.as_str().map(str::to_string))
        .collect()
}

/// One JSON record per non-blank line; `what` names the record in errors.
fn read_records<T: serde::de::DeserializeOwned>(path: &Path, what: &str) -> Result<Vec<T>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| crate::err!("reading {} (must be UTF-8): {e}", path.display()))?;
    let mut out = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let a: T = serde_json::from_str(l).map_err(|e| {
            crate::Error::input(
                path,
                Some(i as u64 + 1),
                format!("not {what} ({})", crate::io::json_error_summary(&e)),
            )
        })?;
        out.push(a);
    }
    Ok(out)
}

/// The tidy per-message table: one 0/1 column per category (fine ids, then top levels), then
/// `flagged`, `severity`, `tokens`, and the message's `episode_id` and `role` (empty outside
/// an episode).
/// Meta columns are those of the first batch written (the header must come first in a
/// stream); keys first seen later stay in annotations.jsonl and are listed by
/// [`MessagesCsv::late_meta_keys`], which annotate reports as a manifest warning.
/// Categories outside the contract (an imported dictionary's `swear`) get columns after the
/// contract's: those of the lexicon in use ([`MessagesCsv::with_categories`]) and those on
/// the labels of the first batch, with their top levels.
pub struct MessagesCsv<W: Write> {
    w: W,
    meta_keys: Option<Vec<String>>,
    late_keys: std::collections::BTreeSet<String>,
    extra: Vec<String>,
}

impl<W: Write> MessagesCsv<W> {
    /// A table written to `w`; the header goes out with the first batch.
    pub fn new(w: W) -> Self {
        MessagesCsv {
            w,
            meta_keys: None,
            late_keys: Default::default(),
            extra: Vec::new(),
        }
    }

    /// Give the categories of the lexicon in use a column each (those outside the contract).
    pub fn with_categories<'a>(mut self, ids: impl IntoIterator<Item = &'a str>) -> Self {
        self.extra.extend(ids.into_iter().map(str::to_string));
        self
    }

    /// Meta keys seen after the header was written, which have no column (sorted).
    pub fn late_meta_keys(&self) -> Vec<String> {
        self.late_keys.iter().cloned().collect()
    }

    /// Write one row per annotation (the header first, on the first call).
    pub fn write(&mut self, anns: &[Annotation]) -> Result<()> {
        if self.meta_keys.is_none() {
            let mut keys: Vec<String> = Vec::new();
            for a in anns {
                for k in a.meta.keys() {
                    if !keys.contains(k) {
                        keys.push(k.clone());
                    }
                }
            }
            let mut header: Vec<String> = [
                "corpus",
                "message_id",
                "conversation_id",
                "speaker",
                "timestamp",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            header.extend(keys.iter().map(|k| format!("meta.{k}")));
            header.extend(CATEGORY_IDS.iter().map(|s| s.to_string()));
            header.extend(
                TOP_LEVEL_IDS
                    .iter()
                    .filter(|t| !CATEGORY_IDS.contains(t))
                    .map(|s| s.to_string()),
            );
            let seen = anns.iter().flat_map(|a| a.labels.iter());
            let extra = self.extra.iter().chain(seen).map(String::as_str);
            let contract = crate::stats::partial::categories().len();
            self.extra = crate::stats::partial::categories_with(extra).split_off(contract);
            header.extend(self.extra.iter().cloned());
            header.extend(
                ["flagged", "severity", "tokens", "episode_id", "role"]
                    .iter()
                    .map(|s| s.to_string()),
            );
            self.w
                .write_all(&csv_bytes(std::slice::from_ref(&header), |h, row| {
                    row.extend(h.iter().map(|c| Cow::Borrowed(c.as_str())));
                })?)?;
            self.meta_keys = Some(keys);
        }
        let keys = self.meta_keys.as_ref().expect("set above");
        for a in anns {
            for k in a.meta.keys() {
                if !keys.contains(k) && !self.late_keys.contains(k) {
                    self.late_keys.insert(k.clone());
                }
            }
        }
        // Rows are made a chunk of them into bytes at a time, and written in order.
        let extra = &self.extra;
        write_chunked(&mut self.w, anns, CSV_CHUNK, |chunk| {
            csv_bytes(chunk, |a, row| fill_row(row, a, keys, extra))
        })
    }

    /// Finish the table (a header alone if nothing was written) and return the writer.
    pub fn into_inner(mut self) -> Result<W> {
        if self.meta_keys.is_none() {
            self.write(&[])?;
        }
        Ok(self.w)
    }
}

/// Rows of `messages.csv` made per call of [`MessagesCsv::write`]'s chunks.
const CSV_CHUNK: usize = 1024;

/// The CSV bytes of `items`, one record each, its cells made by `fill` (through
/// [`crate::io::write_csv_record`], so every cell is made safe for spreadsheets).
fn csv_bytes<T>(
    items: &[T],
    fill: impl for<'a> Fn(&'a T, &mut Vec<Cow<'a, str>>),
) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut row: Vec<Cow<'_, str>> = Vec::new();
    for it in items {
        row.clear();
        fill(it, &mut row);
        crate::io::write_csv_record(&mut w, &row)?;
    }
    w.into_inner().map_err(|e| crate::err!("{}", e.error()))
}

/// One annotation's row of `messages.csv` (meta columns `keys`, extra categories `extra`).
/// Cells borrow from the annotation (flags are static "0"/"1"): no string per cell.
fn fill_row<'a>(row: &mut Vec<Cow<'a, str>>, a: &'a Annotation, keys: &[String], extra: &[String]) {
    let flag = |on: bool| Cow::Borrowed(if on { "1" } else { "0" });
    row.extend([
        Cow::Borrowed(a.corpus.as_str()),
        Cow::Borrowed(a.message_id.as_str()),
        Cow::Borrowed(a.conversation_id.as_str()),
        Cow::Borrowed(a.speaker.as_str()),
        Cow::Borrowed(a.timestamp.as_deref().unwrap_or_default()),
    ]);
    row.extend(
        keys.iter()
            .map(|k| Cow::Borrowed(a.meta.get(k).map_or("", String::as_str))),
    );
    for c in CATEGORY_IDS {
        row.push(flag(a.labels.iter().any(|l| l == c)));
    }
    for t in TOP_LEVEL_IDS.iter().filter(|t| !CATEGORY_IDS.contains(t)) {
        row.push(flag(a.labels.iter().any(|l| top_level(l) == *t)));
    }
    for c in extra {
        row.push(flag(a.labels.iter().any(|l| l == c || top_level(l) == c)));
    }
    row.push(flag(!a.labels.is_empty()));
    row.push(Cow::Owned(a.severity.to_string()));
    row.push(Cow::Owned(a.tokens.to_string()));
    row.push(Cow::Borrowed(a.episode_id.as_deref().unwrap_or_default()));
    row.push(Cow::Borrowed(a.role.as_deref().unwrap_or_default()));
}

/// The whole table for annotations in memory.
pub fn messages_csv(anns: &[Annotation]) -> Result<Vec<u8>> {
    let mut m = MessagesCsv::new(Vec::new());
    m.write(anns)?;
    m.into_inner()
}

/// Counts in the manifest. `read = annotated + rejected` always.
#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    /// Records read: annotated plus rejected.
    pub read: u64,
    /// Messages annotated.
    pub annotated: u64,
    /// Records rejected.
    pub rejected: u64,
    /// Messages with at least one label.
    pub flagged_messages: u64,
    /// Messages flagged per category (fine ids and top levels).
    pub flagged: BTreeMap<String, u64>,
}

impl Default for Counts {
    fn default() -> Self {
        let mut flagged: BTreeMap<String, u64> = BTreeMap::new();
        for c in CATEGORY_IDS.iter().chain(TOP_LEVEL_IDS) {
            flagged.insert(c.to_string(), 0);
        }
        Counts {
            read: 0,
            annotated: 0,
            rejected: 0,
            flagged_messages: 0,
            flagged,
        }
    }
}

impl Counts {
    /// Count `n` rejected records.
    pub fn add_rejected(&mut self, n: u64) {
        self.rejected += n;
        self.read += n;
    }

    /// Count a batch of annotations.
    pub fn add(&mut self, anns: &[Annotation]) {
        let flagged = &mut self.flagged;
        for a in anns {
            self.read += 1;
            self.annotated += 1;
            if !a.labels.is_empty() {
                self.flagged_messages += 1;
            }
            let mut tops: Vec<&str> = Vec::new();
            for l in &a.labels {
                if l.contains('.') {
                    *flagged.entry(l.clone()).or_default() += 1;
                }
                let t = top_level(l);
                if !tops.contains(&t) {
                    tops.push(t);
                }
            }
            for t in tops {
                *flagged.entry(t.to_string()).or_default() += 1;
            }
        }
    }
}

/// The run's provenance.
#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    /// The c2chat version of the run.
    pub c2chat_version: String,
    /// The command line (paths and flags only; never message text).
    pub command_line: Vec<String>,
    /// One account per input file.
    pub inputs: Vec<InputSummary>,
    /// The lexicon used.
    pub lexicon: LexiconInfo,
    /// The classifier model used, if any (its file, SHA-256, labels and training facts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<serde_json::Value>,
    /// The settings of the run, by name (`strict`, `dedupe`, `redact`, …).
    pub options: BTreeMap<String, serde_json::Value>,
    /// What was read, annotated, rejected and flagged.
    pub counts: Counts,
    /// Things the user should know about the run (never message text).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The output files, by name.
    pub outputs: Vec<String>,
    /// The length of each output file: readers check it (the manifest is the set's commit marker).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub output_bytes: BTreeMap<String, u64>,
    /// When the run started (RFC 3339, UTC).
    pub started: String,
    /// When the run finished (RFC 3339, UTC).
    pub finished: String,
}

/// The lexicon of a run, as the manifest records it.
#[derive(Debug, Clone, Serialize)]
pub struct LexiconInfo {
    /// The lexicon's name.
    pub name: String,
    /// Its version.
    pub version: String,
    /// The hash of its files.
    pub hash: String,
    /// Where it came from: its directory, or `builtin:NAME@VERSION`.
    pub path: String,
    /// The companion lexicons loaded with it (`core-cy@0.1.0`), whose files the hash covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub companions: Vec<String>,
    /// Its categories outside the contract (an imported dictionary's `swear`), which get
    /// their own columns in `messages.csv` and rows in `stats`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_categories: Vec<String>,
    /// With overlays stacked on the lexicon (`--lexicon core --lexicon DIR`): each layer's
    /// name, version, hash and path, base first; `hash` is then the hash over the layers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub layers: Vec<crate::lexicon::Layer>,
}

/// Now, RFC 3339 (UTC, seconds).
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anns(n: usize) -> Vec<Annotation> {
        (0..n)
            .map(|i| {
                Annotation::builder(format!("m{i}"), format!("text \"{i}\" é\n=1+{i}"))
                    .conversation(format!("c{}", i % 7))
                    .speaker(format!("s{}", i % 3))
                    .meta("platform", if i % 2 == 0 { "-x" } else { "y" })
                    .tokens(i)
                    .build()
            })
            .collect()
    }

    #[test]
    fn jsonl_chunks_are_the_lines_one_by_one_in_order() {
        // More than one chunk, and a last chunk that is not full.
        let a = anns(JSONL_CHUNK * 2 + 3);
        let mut out = Vec::new();
        write_jsonl(&mut out, &a).unwrap();
        let expected: String = a.iter().map(|x| annotation_line(x) + "\n").collect();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
        assert_eq!(
            annotation_line(&a[0]),
            serde_json::to_string(&a[0]).unwrap()
        );
    }

    #[test]
    fn csv_chunks_are_the_rows_one_by_one_in_order() {
        let a = anns(CSV_CHUNK * 2 + 5);
        let whole = messages_csv(&a).unwrap();
        // Every row through one csv writer, as before rows were made in chunks.
        let mut w = csv::Writer::from_writer(Vec::new());
        let keys = vec!["platform".to_string()];
        for x in &a {
            let mut row = Vec::new();
            fill_row(&mut row, x, &keys, &[]);
            crate::io::write_csv_record(&mut w, &row).unwrap();
        }
        let rows = w.into_inner().unwrap();
        let header_end = whole.iter().position(|&b| b == b'\n').unwrap() + 1;
        assert_eq!(whole[header_end..], rows[..]);
        let text = String::from_utf8(whole).unwrap();
        assert_eq!(text.lines().count(), a.len() + 1, "a header and a row each");
        assert!(
            text.contains(",'-x,"),
            "cells are still made safe for spreadsheets"
        );
    }
}
