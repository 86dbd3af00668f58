//! Export annotations to annotation tools (brat, WebAnno/INCEpTION, Label Studio, doccano)
//! and import them back as gold annotations.
//!
//! Offsets inside c2chat are Unicode code points, end-exclusive. brat, Label Studio and
//! doccano count code points too; WebAnno TSV counts UTF-16 code units (Java `char`s) and is
//! converted in [`webanno`].
//!
//! brat and WebAnno documents are one file per conversation (messages joined with `"\n"`);
//! beside each we write a `<stem>.c2chat.json` sidecar holding the message ids, speakers,
//! timestamps, original texts and offsets, so that an import restores the message structure.
//! Without a sidecar (a document that did not come from c2chat) each line (brat) or sentence
//! (WebAnno) becomes one message with id `<stem>:<n>`.
//!
//! Nothing is dropped on the way out and back ([`review`]): a label that no exported span
//! carries (a classifier-only label) goes out as a message-level label (Label Studio
//! `<Choices>`, doccano `cats`, a brat attribute on a `Message` entity, a WebAnno message
//! layer), and so do the episode and role; brat and WebAnno lines start with the speaker
//! (`spk_01: …`), and Label Studio and doccano tasks carry the conversation around the message.

pub mod brat;
pub mod corpus_tools;
pub mod doccano;
pub mod labelstudio;
pub mod qdpx;
pub(crate) mod review;
pub mod webanno;

use crate::bail;
use crate::error::{Context, Result};
use crate::model::{Annotation, Source};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// An annotation-tool format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// brat standoff: `.txt` and `.ann` per conversation.
    Brat,
    /// WebAnno TSV 3.3 (WebAnno, INCEpTION): one `.tsv` per conversation.
    WebAnno,
    /// Label Studio: `tasks.json` and `labeling_config.xml`.
    LabelStudio,
    /// doccano sequence labelling: JSONL, one message per line.
    Doccano,
    /// VRT for CWB / CQPweb and (No)Sketch Engine: `corpus.vrt` (export only).
    Vrt,
    /// Plain text per category for AntConc and #LancsBox: `<category>/<conversation>.txt`
    /// (export only).
    Txt,
    /// REFI-QDA project exchange for NVivo, ATLAS.ti, MAXQDA and QualCoder: `project.qdpx`.
    Qdpx,
}

impl Format {
    /// Every annotation-tool format (export and import), in a fixed order. [`Format::Vrt`] and
    /// [`Format::Txt`] are for corpus tools and export only.
    pub const ALL: [Format; 5] = [
        Format::Brat,
        Format::WebAnno,
        Format::LabelStudio,
        Format::Doccano,
        Format::Qdpx,
    ];

    /// The name: `brat`, `webanno`, `labelstudio`, `doccano`, `vrt`, `txt` or `qdpx`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Brat => "brat",
            Format::WebAnno => "webanno",
            Format::LabelStudio => "labelstudio",
            Format::Doccano => "doccano",
            Format::Vrt => "vrt",
            Format::Txt => "txt",
            Format::Qdpx => "qdpx",
        }
    }

    /// Whether `import` reads this format back (the corpus-tool formats are export only).
    pub fn importable(self) -> bool {
        !matches!(self, Format::Vrt | Format::Txt)
    }

    /// The `rule_id` given to imported spans.
    pub fn import_rule_id(self) -> String {
        format!("import:{}", self.as_str())
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self> {
        let k = s.trim().to_ascii_lowercase().replace(['-', '_'], "");
        match k.as_str() {
            "brat" => Ok(Format::Brat),
            "webanno" | "webannotsv" | "inception" => Ok(Format::WebAnno),
            "labelstudio" | "ls" => Ok(Format::LabelStudio),
            "doccano" => Ok(Format::Doccano),
            "vrt" | "cwb" | "cqpweb" | "sketchengine" => Ok(Format::Vrt),
            "txt" | "text" | "antconc" | "lancsbox" => Ok(Format::Txt),
            "qdpx" | "refiqda" | "refi" | "qde" => Ok(Format::Qdpx),
            _ => bail!(
                "unknown format {s:?} (expected brat, webanno, labelstudio, doccano, vrt, txt \
                 or qdpx)"
            ),
        }
    }
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExportSummary {
    /// The format written.
    pub format: Format,
    /// The directory written into.
    pub out_dir: PathBuf,
    /// Every file written, in writing order.
    pub files: Vec<PathBuf>,
    /// Documents (conversations for brat/WebAnno, tasks/lines for Label Studio/doccano).
    pub documents: usize,
    /// Messages written.
    pub messages: usize,
    /// Spans written (after merging duplicates).
    pub spans: usize,
    /// Spans with the same (start, end, category) as another in the same message, merged.
    pub merged_duplicate_spans: usize,
    /// Spans left out: zero-length spans, and (brat) spans made only of line breaks.
    pub skipped_spans: usize,
}

/// Export `anns` in format `to` into `out_dir` (created if needed).
///
/// Files are written without a per-file sync; once every file is written they are synced in
/// one batch (and the directory after them), and only then is the completion marker
/// [`MARKER_FILE`] written, atomically and last. An interrupted export therefore has no
/// marker, and [`import`] refuses it. A marker left by an earlier export into the same
/// directory is removed before anything else is written.
pub fn export(anns: &[Annotation], to: Format, out_dir: &Path) -> Result<ExportSummary> {
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("creating directory {}", out_dir.display()))?;
    let marker = out_dir.join(MARKER_FILE);
    if marker.exists() {
        std::fs::remove_file(&marker)
            .with_context(|| format!("removing the old marker {}", marker.display()))?;
        sync_dir(out_dir)?;
    }
    crate::io::fault_point("export:read");
    let mut summary = ExportSummary {
        format: to,
        out_dir: out_dir.to_path_buf(),
        files: Vec::new(),
        documents: 0,
        messages: anns.len(),
        spans: 0,
        merged_duplicate_spans: 0,
        skipped_spans: 0,
    };
    match to {
        Format::Brat => brat::export(anns, out_dir, &mut summary)?,
        Format::WebAnno => webanno::export(anns, out_dir, &mut summary)?,
        Format::LabelStudio => labelstudio::export(anns, out_dir, &mut summary)?,
        Format::Doccano => doccano::export(anns, out_dir, &mut summary)?,
        Format::Vrt => corpus_tools::export_vrt(anns, out_dir, &mut summary)?,
        Format::Txt => corpus_tools::export_txt(anns, out_dir, &mut summary)?,
        Format::Qdpx => qdpx::export(anns, out_dir, &mut summary)?,
    }
    crate::io::fault_point("export:write");
    sync_files(&summary.files)?;
    sync_dir(out_dir)?;
    crate::io::fault_point("export:commit");
    write_marker(&summary)?;
    sync_dir(out_dir)?;
    summary.files.push(marker);
    Ok(summary)
}

/// How [`import_with`] treats a directory.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Read a directory that c2chat did not export (no [`MARKER_FILE`]), e.g. a brat
    /// collection annotated from scratch. Its documents are taken as found; a brat `.txt`
    /// without its `.ann` is still an error.
    pub foreign: bool,
}

/// Import gold annotations from `input` (the export directory, or for Label Studio, doccano
/// and WebAnno also a single file). Spans get `source = gold`, `rule_id = "import:<format>"`,
/// severity 0 unless the format carries one (brat notes); labels are derived from the spans.
///
/// A directory must hold the completion marker [`MARKER_FILE`] of a finished export, and
/// every file it lists; see [`import_with`] for directories from elsewhere. A single file is
/// taken as given (it is usually the tool's own export); if a marker sits beside it, the
/// file must be one it lists.
pub fn import(from: Format, input: &Path) -> Result<Vec<Annotation>> {
    import_with(from, input, ImportOptions::default())
}

/// [`import`] with options.
pub fn import_with(from: Format, input: &Path, opts: ImportOptions) -> Result<Vec<Annotation>> {
    if !from.importable() {
        bail!(
            "{}: {from} is an export-only format for corpus tools; import reads brat, webanno, \
             labelstudio, doccano or qdpx",
            input.display()
        );
    }
    check_complete(from, input, opts)?;
    match from {
        Format::Brat => brat::import(input),
        Format::WebAnno => webanno::import(input),
        Format::LabelStudio => labelstudio::import(input),
        Format::Doccano => doccano::import(input),
        Format::Qdpx => qdpx::import(input),
        Format::Vrt | Format::Txt => unreachable!("checked above"),
    }
}

// ---------------------------------------------------------------------------------------
// The completion marker
// ---------------------------------------------------------------------------------------

/// The completion marker an export writes last.
pub const MARKER_FILE: &str = "c2chat-export.json";
/// Its `format` field.
pub const MARKER_FORMAT: &str = "c2chat-export/1";

/// The contents of [`MARKER_FILE`]: what a finished export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportMarker {
    /// The marker's own format, [`MARKER_FORMAT`].
    pub format: String,
    /// The annotation-tool format.
    pub tool: Format,
    /// The c2chat version that wrote the export.
    pub c2chat_version: String,
    /// Documents written ([`ExportSummary::documents`]).
    pub documents: usize,
    /// Messages written.
    pub messages: usize,
    /// Spans written.
    pub spans: usize,
    /// Names of every file written (not the marker), sorted.
    pub files: Vec<String>,
}

fn file_name_of(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}

fn write_marker(summary: &ExportSummary) -> Result<()> {
    let mut files: Vec<String> = summary.files.iter().map(|p| file_name_of(p)).collect();
    files.sort();
    files.dedup();
    let m = ExportMarker {
        format: MARKER_FORMAT.to_string(),
        tool: summary.format,
        c2chat_version: env!("CARGO_PKG_VERSION").to_string(),
        documents: summary.documents,
        messages: summary.messages,
        spans: summary.spans,
        files,
    };
    let mut bytes = serde_json::to_vec_pretty(&m)?;
    bytes.push(b'\n');
    crate::io::write_atomic(&summary.out_dir.join(MARKER_FILE), &bytes)
}

fn how_to_fix(dir: &Path, from: Format) -> String {
    format!(
        "re-run `c2chat export ANNOTATIONS --to {from} --out EMPTY_DIR` and import that \
         directory; for a {from} directory that c2chat did not export, use `c2chat import {} \
         --from {from} --foreign`",
        dir.display()
    )
}

/// Read and check the marker of an export directory.
pub fn read_marker(dir: &Path) -> Result<ExportMarker> {
    let path = dir.join(MARKER_FILE);
    let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
    let m: ExportMarker = serde_json::from_slice(&bytes).map_err(|e| {
        crate::err!(
            "{}: not a c2chat export marker ({})",
            path.display(),
            crate::io::json_error_summary(&e)
        )
    })?;
    if m.format != MARKER_FORMAT {
        bail!(
            "{}: unsupported marker format (expected {MARKER_FORMAT})",
            path.display()
        );
    }
    Ok(m)
}

/// Refuse an incomplete export directory (see [`import`]).
pub(crate) fn check_complete(from: Format, input: &Path, opts: ImportOptions) -> Result<()> {
    if !input.is_dir() {
        return check_single_file(input);
    }
    let marker_path = input.join(MARKER_FILE);
    if !marker_path.exists() {
        if opts.foreign {
            return Ok(());
        }
        bail!(
            "{}: no {MARKER_FILE}, so this is not a finished c2chat export (the export may have \
             been interrupted, or the directory copied only in part); {}",
            input.display(),
            how_to_fix(input, from)
        );
    }
    let m = read_marker(input)?;
    if m.tool != from {
        bail!(
            "{}: this directory holds a {} export, not {from}; import it with --from {}",
            input.display(),
            m.tool,
            m.tool
        );
    }
    let listed: HashSet<&str> = m.files.iter().map(String::as_str).collect();
    for f in &m.files {
        if !input.join(f).is_file() {
            bail!(
                "{}: {f} is missing ({} files listed in {MARKER_FILE}): the directory is \
                 incomplete; {}",
                input.display(),
                m.files.len(),
                how_to_fix(input, from)
            );
        }
    }
    let doc_suffix = match from {
        Format::Brat => ".txt",
        Format::WebAnno => ".tsv",
        Format::LabelStudio | Format::Doccano | Format::Vrt | Format::Txt | Format::Qdpx => {
            return Ok(())
        }
    };
    for p in list_files(input, doc_suffix)? {
        let name = file_name_of(&p);
        if !listed.contains(name.as_str()) {
            bail!(
                "{}: document {name} is not listed in {MARKER_FILE} (added after the export?); \
                 move it elsewhere, or import with --foreign to read every document as found",
                input.display()
            );
        }
    }
    Ok(())
}

/// A single file is accepted as given, unless a marker beside it does not list it.
fn check_single_file(input: &Path) -> Result<()> {
    let Some(dir) = input.parent().filter(|d| !d.as_os_str().is_empty()) else {
        return Ok(());
    };
    if !dir.join(MARKER_FILE).is_file() {
        return Ok(());
    }
    let m = read_marker(dir)?;
    let name = file_name_of(input);
    if !m.files.contains(&name) {
        bail!(
            "{}: not listed in {} (a file added after the export?); import a listed file, or \
             move this one out of the export directory",
            input.display(),
            dir.join(MARKER_FILE).display()
        );
    }
    Ok(())
}

/// Sync every file written, in one batch after all writing (a per-file sync as each file
/// was written made a 1M-document export take hours). The syncs are issued from 16 threads
/// at once so that the file system can commit them together; they wait on the disk, not
/// the CPU.
fn sync_files(files: &[PathBuf]) -> Result<()> {
    const THREADS: usize = 16;
    let sync = |p: &PathBuf| {
        std::fs::File::open(p)
            .and_then(|f| f.sync_all())
            .with_context(|| format!("syncing {}", p.display()))
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS.min(files.len()))
            .map(|k| scope.spawn(move || files.iter().skip(k).step_by(THREADS).try_for_each(sync)))
            .collect();
        handles.into_iter().try_for_each(|h| {
            h.join()
                .unwrap_or_else(|_| Err(crate::err!("a sync thread panicked")))
        })
    })
}

/// Sync a directory's entries (file creations and renames).
fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|f| f.sync_all())
        .with_context(|| format!("syncing directory {}", dir.display()))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Read `annotations.jsonl` for export ([`crate::output::read_annotations`]: errors name the
/// file, line and problem, never the content).
pub fn read_annotations(path: &Path) -> Result<Vec<Annotation>> {
    crate::output::read_annotations(path)
}

// ---------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------

/// A span ready for export: code points relative to its message, duplicates merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExpSpan {
    /// First code point, relative to the message.
    pub start: usize,
    /// The code point after the span.
    pub end: usize,
    /// The category id.
    pub category: String,
    /// The highest severity of the merged spans.
    pub severity: u8,
    /// The sources of the merged spans, sorted.
    pub sources: Vec<Source>,
    /// The rule ids of the merged spans, sorted.
    pub rules: Vec<String>,
}

/// Validate a message's labelling spans against its text and merge spans with equal
/// (start, end, category). Zero-length spans are skipped (counted in the summary). Spans in a
/// frame that does not label (negated, quoted, reported, hypothetical, unanchored, excepted)
/// are not exported: an annotation tool shows them as labels, and its export would come back
/// as gold that claims them (`annotations.jsonl` keeps them, with their frame).
pub(crate) fn prepare_spans(a: &Annotation, summary: &mut ExportSummary) -> Result<Vec<ExpSpan>> {
    let n = a.text.chars().count();
    let mut merged: BTreeMap<(usize, usize, String), ExpSpan> = BTreeMap::new();
    for s in a.spans.iter().filter(|s| s.is_labelling()) {
        if s.start > s.end || s.end > n {
            bail!(
                "message {:?}: span {}..{} ({}) is outside the text ({} code points)",
                a.message_id,
                s.start,
                s.end,
                s.category,
                n
            );
        }
        let sub = slice_chars(&a.text, s.start, s.end).unwrap_or_default();
        if sub != s.text {
            // Never the texts themselves: they may hold personal data.
            bail!(
                "message {:?}: span {}..{} ({}): its \"text\" field does not match the message \
                 text at these offsets (offsets must be code points)",
                a.message_id,
                s.start,
                s.end,
                s.category
            );
        }
        if s.category.trim().is_empty() {
            bail!(
                "message {:?}: span {}..{} has an empty category",
                a.message_id,
                s.start,
                s.end
            );
        }
        if s.start == s.end {
            summary.skipped_spans += 1;
            continue;
        }
        let key = (s.start, s.end, s.category.clone());
        match merged.get_mut(&key) {
            Some(e) => {
                summary.merged_duplicate_spans += 1;
                e.severity = e.severity.max(s.severity);
                if !e.sources.contains(&s.source) {
                    e.sources.push(s.source);
                    e.sources.sort();
                }
                if !e.rules.contains(&s.rule_id) {
                    e.rules.push(s.rule_id.clone());
                    e.rules.sort();
                }
            }
            None => {
                merged.insert(
                    key,
                    ExpSpan {
                        start: s.start,
                        end: s.end,
                        category: s.category.clone(),
                        severity: s.severity,
                        sources: vec![s.source],
                        rules: vec![s.rule_id.clone()],
                    },
                );
            }
        }
    }
    Ok(merged.into_values().collect())
}

/// Group annotations by conversation, keeping first-appearance order of conversations and
/// input order of messages.
pub(crate) fn group_conversations(anns: &[Annotation]) -> Vec<(String, Vec<&Annotation>)> {
    let mut groups: IndexMap<&str, Vec<&Annotation>> = IndexMap::new();
    for a in anns {
        groups
            .entry(a.conversation_id.as_str())
            .or_default()
            .push(a);
    }
    groups
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

/// Safe, unique file stems for conversation ids: `[A-Za-z0-9_-]` kept, anything else
/// becomes `_`, at most 80 characters, de-duplicated case-insensitively with `_2`, `_3`, …
pub(crate) fn file_stems<S: AsRef<str>>(ids: &[S]) -> Vec<String> {
    let mut used: HashSet<String> = HashSet::new();
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let mut base: String = id
            .as_ref()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .take(80)
            .collect();
        if base.is_empty() || base.starts_with('-') {
            base = format!("c{base}");
        }
        let mut name = base.clone();
        let mut k = 2;
        while used.contains(&name.to_ascii_lowercase()) {
            name = format!("{base}_{k}");
            k += 1;
        }
        used.insert(name.to_ascii_lowercase());
        out.push(name);
    }
    out
}

/// The sidecar written beside a brat or WebAnno document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Sidecar {
    /// [`SIDECAR_FORMAT`].
    pub format: String,
    /// The conversation the document holds.
    pub conversation_id: String,
    /// Its messages, in document order.
    pub messages: Vec<SidecarMessage>,
}

pub(crate) const SIDECAR_FORMAT: &str = "c2chat-document/1";
pub(crate) const SIDECAR_SUFFIX: &str = ".c2chat.json";

/// One message of a document: `start`/`end` are code points into the document text
/// (messages joined with `"\n"`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct SidecarMessage {
    /// The message id.
    pub message_id: String,
    /// The corpus name.
    #[serde(default)]
    pub corpus: String,
    /// The speaker id.
    pub speaker: String,
    /// The timestamp (RFC 3339).
    pub timestamp: Option<String>,
    /// Extra fields.
    #[serde(default)]
    pub meta: IndexMap<String, String>,
    /// Tokens in the message.
    #[serde(default)]
    pub tokens: usize,
    /// Where the message starts in the document.
    pub start: usize,
    /// Where it ends.
    pub end: usize,
    /// The original message text.
    pub text: String,
    /// The message's episode (written by formats that have nowhere else to keep it: qdpx).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub episode_id: Option<String>,
    /// Its speaker's role in that episode (as `episode_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// A conversation laid out as one document.
pub(crate) struct DocLayout {
    /// The document text: the messages joined with `"\n"`.
    pub text: String,
    /// Where each message lies in it.
    pub sidecar: Sidecar,
    /// Where each message's line starts (before its speaker prefix, if any).
    pub line_starts: Vec<usize>,
}

/// A conversation as one document without speaker prefixes (brat and WebAnno now use
/// [`layout_review_document`]; kept for document formats that show speakers otherwise).
#[allow(dead_code)]
pub(crate) fn layout_document(conversation_id: &str, msgs: &[&Annotation]) -> DocLayout {
    layout(conversation_id, msgs, false)
}

/// [`layout_document`] with each line starting with its speaker ([`review::speaker_prefix`],
/// `spk_01: `); the sidecar's offsets are those of the message texts after the prefixes.
pub(crate) fn layout_review_document(conversation_id: &str, msgs: &[&Annotation]) -> DocLayout {
    layout(conversation_id, msgs, true)
}

fn layout(conversation_id: &str, msgs: &[&Annotation], speakers: bool) -> DocLayout {
    let mut text = String::new();
    let mut pos = 0usize;
    let mut messages = Vec::with_capacity(msgs.len());
    let mut line_starts = Vec::with_capacity(msgs.len());
    for (i, a) in msgs.iter().enumerate() {
        if i > 0 {
            text.push('\n');
            pos += 1;
        }
        line_starts.push(pos);
        if speakers {
            let prefix = review::speaker_prefix(&a.speaker);
            pos += prefix.chars().count();
            text.push_str(&prefix);
        }
        let len = a.text.chars().count();
        text.push_str(&a.text);
        messages.push(SidecarMessage {
            message_id: a.message_id.clone(),
            corpus: a.corpus.clone(),
            speaker: a.speaker.clone(),
            timestamp: a.timestamp.clone(),
            meta: a.meta.clone(),
            tokens: a.tokens,
            start: pos,
            end: pos + len,
            text: a.text.clone(),
            episode_id: None,
            role: None,
        });
        pos += len;
    }
    DocLayout {
        text,
        sidecar: Sidecar {
            format: SIDECAR_FORMAT.to_string(),
            conversation_id: conversation_id.to_string(),
            messages,
        },
        line_starts,
    }
}

pub(crate) fn write_sidecar(
    dir: &Path,
    stem: &str,
    sidecar: &Sidecar,
    summary: &mut ExportSummary,
) -> Result<()> {
    let path = dir.join(format!("{stem}{SIDECAR_SUFFIX}"));
    let mut bytes = serde_json::to_vec_pretty(sidecar)?;
    bytes.push(b'\n');
    write_file(&path, &bytes, summary)
}

pub(crate) fn read_sidecar(path: &Path) -> Result<Option<Sidecar>> {
    if !path.exists() {
        return Ok(None);
    }
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let sc: Sidecar = serde_json::from_slice(&bytes).map_err(|e| {
        crate::err!(
            "{}: not a c2chat document sidecar ({})",
            path.display(),
            crate::io::json_error_summary(&e)
        )
    })?;
    if sc.format != SIDECAR_FORMAT {
        bail!(
            "{}: unsupported sidecar format (expected {SIDECAR_FORMAT})",
            path.display()
        );
    }
    Ok(Some(sc))
}

/// Write one export file (mode 0600) without syncing it: [`export`] syncs every file in one
/// batch at the end, before writing the completion marker.
pub(crate) fn write_file(path: &Path, bytes: &[u8], summary: &mut ExportSummary) -> Result<()> {
    use std::io::Write;
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    let mut f = o
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // An existing file keeps its mode on open: make it private too.
        f.set_permissions(std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("setting mode 0600 on {}", path.display()))?;
    }
    f.write_all(bytes)
        .with_context(|| format!("writing {}", path.display()))?;
    summary.files.push(path.to_path_buf());
    Ok(())
}

/// Files in `dir` whose names end with `suffix`, sorted by name.
pub(crate) fn list_files(dir: &Path, suffix: &str) -> Result<Vec<PathBuf>> {
    let rd =
        std::fs::read_dir(dir).with_context(|| format!("reading directory {}", dir.display()))?;
    let mut out = Vec::new();
    for e in rd {
        let e = e.with_context(|| format!("reading directory {}", dir.display()))?;
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if p.is_file() && name.ends_with(suffix) && !name.starts_with('.') {
            out.push(p);
        }
    }
    out.sort();
    Ok(out)
}

/// Code-point slice of `s`, or `None` when out of range.
pub(crate) fn slice_chars(s: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    let b0 = char_to_byte(s, start)?;
    let b1 = b0 + char_to_byte(&s[b0..], end - start)?;
    Some(&s[b0..b1])
}

/// Byte offset of code point `cp` in `s` (`cp == len` gives `s.len()`).
pub(crate) fn char_to_byte(s: &str, cp: usize) -> Option<usize> {
    if cp == 0 {
        return Some(0);
    }
    let mut it = s.char_indices();
    match it.nth(cp) {
        Some((b, _)) => Some(b),
        None => {
            if s.chars().count() == cp {
                Some(s.len())
            } else {
                None
            }
        }
    }
}

/// Code-point indexing into a string without rescanning it for every slice.
pub(crate) struct CharIndex<'a> {
    s: &'a str,
    bytes: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    /// The index of `s`.
    pub fn new(s: &'a str) -> Self {
        let mut bytes: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
        bytes.push(s.len());
        CharIndex { s, bytes }
    }

    /// Length in code points.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// Code points `start..end`, or `None` when the range is reversed or too long.
    pub fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end || end > self.len() {
            return None;
        }
        Some(&self.s[self.bytes[start]..self.bytes[end]])
    }
}

/// UTF-16 offset of every code-point boundary of `s` (length = code points + 1).
pub(crate) fn utf16_boundaries(s: &str) -> Vec<usize> {
    let mut v = Vec::with_capacity(s.len() + 1);
    let mut u = 0usize;
    v.push(0);
    for c in s.chars() {
        u += c.len_utf16();
        v.push(u);
    }
    v
}

/// A message read back from a tool: spans as (start, end, category, severity) in code points.
#[derive(Debug, Clone, Default)]
pub(crate) struct ImpMessage {
    /// The corpus name.
    pub corpus: String,
    /// The message id.
    pub message_id: String,
    /// The conversation id.
    pub conversation_id: String,
    /// The speaker id.
    pub speaker: String,
    /// The timestamp (RFC 3339).
    pub timestamp: Option<String>,
    /// Extra fields.
    pub meta: IndexMap<String, String>,
    /// Tokens in the message.
    pub tokens: usize,
    /// The message text.
    pub text: String,
    /// (start, end, category, severity), code points into `text`.
    pub spans: Vec<(usize, usize, String, u8)>,
    /// Message-level labels (no span), e.g. a classifier's.
    pub labels: Vec<String>,
    /// The episode the message falls in, when the format carries it.
    pub episode_id: Option<String>,
    /// Its speaker's role in that episode.
    pub role: Option<String>,
}

impl ImpMessage {
    /// A message as the sidecar records it, without spans yet.
    pub fn from_sidecar(conversation_id: &str, m: &SidecarMessage) -> Self {
        ImpMessage {
            corpus: m.corpus.clone(),
            message_id: m.message_id.clone(),
            conversation_id: conversation_id.to_string(),
            speaker: m.speaker.clone(),
            timestamp: m.timestamp.clone(),
            meta: m.meta.clone(),
            tokens: m.tokens,
            text: m.text.clone(),
            episode_id: m.episode_id.clone(),
            role: m.role.clone(),
            ..Default::default()
        }
    }

    /// Build the gold [`Annotation`]; `where_` names the source for error messages.
    pub fn into_annotation(self, fmt: Format, where_: &str) -> Result<Annotation> {
        let n = self.text.chars().count();
        let mut spans: BTreeMap<(usize, usize, String), u8> = BTreeMap::new();
        for (s, e, cat, sev) in self.spans {
            if s > e || e > n {
                bail!(
                    "{where_}: span {s}..{e} ({cat}) is outside message {:?} ({n} code points)",
                    self.message_id
                );
            }
            let v = spans.entry((s, e, cat)).or_insert(0);
            *v = (*v).max(sev);
        }
        let rule = fmt.import_rule_id();
        let spans = spans
            .into_iter()
            .map(|((start, end, category), severity)| crate::model::Span {
                start,
                end,
                text: slice_chars(&self.text, start, end)
                    .unwrap_or_default()
                    .to_string(),
                category,
                severity,
                source: Source::Gold,
                rule_id: rule.clone(),
                frame: Default::default(),
            })
            .collect();
        // Message-level labels are gold evidence without a span; `finalise` adds the spans'.
        let mut evidence: BTreeMap<String, Vec<Source>> = BTreeMap::new();
        for l in self.labels {
            let l = l.trim();
            if !l.is_empty() {
                evidence.insert(l.to_string(), vec![Source::Gold]);
            }
        }
        let mut a = Annotation {
            corpus: self.corpus,
            message_id: self.message_id,
            conversation_id: self.conversation_id,
            speaker: self.speaker,
            timestamp: self.timestamp,
            meta: self.meta,
            text: self.text,
            labels: Vec::new(),
            severity: 0,
            spans,
            evidence,
            scores: None,
            tokens: self.tokens,
            lang: String::new(),
            episode_id: self.episode_id.filter(|e| !e.is_empty()),
            role: self.role.filter(|r| !r.is_empty()),
            refusal: false,
        };
        a.finalise();
        Ok(a)
    }
}

/// Message-level structure of a document whose text is known: either from the sidecar
/// (verified against `doc_text`, allowing `lenient` whitespace-only differences) or one
/// message per `\n`-separated line.
pub(crate) fn document_messages(
    doc_text: &str,
    sidecar: Option<&Sidecar>,
    stem: &str,
    where_: &str,
) -> Result<Vec<(usize, usize, ImpMessage)>> {
    let mut out = Vec::new();
    match sidecar {
        Some(sc) => {
            let ci = CharIndex::new(doc_text);
            let mut prev_end = 0;
            for (i, m) in sc.messages.iter().enumerate() {
                if m.start < prev_end || (i > 0 && m.start == prev_end) {
                    bail!("{where_}: sidecar message offsets overlap or are out of order");
                }
                prev_end = m.end;
                let ok = match ci.slice(m.start, m.end) {
                    Some(sub) => same_modulo_whitespace(sub, &m.text),
                    None => false,
                };
                if !ok {
                    bail!(
                        "{where_}: the document text no longer matches message {:?} recorded in \
                         the sidecar (was the text edited?)",
                        m.message_id
                    );
                }
                out.push((
                    m.start,
                    m.end,
                    ImpMessage::from_sidecar(&sc.conversation_id, m),
                ));
            }
        }
        None => {
            let mut pos = 0usize;
            for (i, line) in doc_text.split('\n').enumerate() {
                let len = line.chars().count();
                out.push((
                    pos,
                    pos + len,
                    ImpMessage {
                        message_id: format!("{stem}:{}", i + 1),
                        conversation_id: stem.to_string(),
                        text: line.to_string(),
                        ..Default::default()
                    },
                ));
                pos += len + 1;
            }
        }
    }
    Ok(out)
}

/// Equal, except that whitespace characters may have become spaces (WebAnno rebuilds
/// inter-sentence whitespace as spaces).
fn same_modulo_whitespace(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let mut ia = a.chars();
    let mut ib = b.chars();
    loop {
        match (ia.next(), ib.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) => {
                if x != y && !(x.is_whitespace() && y.is_whitespace()) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// Find the message containing doc range `[s, e)` (messages sorted by start, disjoint);
/// returns its index.
pub(crate) fn locate(msgs: &[(usize, usize, ImpMessage)], s: usize, e: usize) -> Option<usize> {
    let k = msgs.partition_point(|(ms, _, _)| *ms <= s);
    let k = k.checked_sub(1)?;
    let (ms, me, _) = &msgs[k];
    (*ms <= s && e <= *me).then_some(k)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::CATEGORY_IDS;

    /// A synthetic annotation with a span (severity 2, from the lexicon) over each
    /// `(start, end, category)` (code points).
    pub fn ann(conv: &str, id: &str, text: &str, spans: &[(usize, usize, &str)]) -> Annotation {
        let b = Annotation::builder(id, text)
            .corpus("synthetic")
            .conversation(conv)
            .speaker("spk_a")
            .timestamp("2024-01-01T10:00:00Z")
            .rule_id("lex:test");
        spans
            .iter()
            .fold(b, |b, &(s, e, c)| b.span(c, s, e, 2, Source::Lexicon))
            .build()
    }

    fn find(text: &str, needle: &str) -> (usize, usize) {
        let b = text.find(needle).unwrap();
        let s = text[..b].chars().count();
        (s, s + needle.chars().count())
    }

    /// A synthetic corpus with non-ASCII text, multi-token and overlapping spans, a message
    /// with a line break, an empty message and awkward conversation ids.
    pub fn corpus() -> Vec<Annotation> {
        let mut out = Vec::new();
        let t1 = "send me a pic 😀 or else";
        let (a, b) = find(t1, "send me a pic");
        let (c, d) = find(t1, "or else");
        out.push(ann(
            "conv/1 é",
            "m1",
            t1,
            &[
                (a, b, "coercive.image_request"),
                (c, d, "coercive.threat"),
                (a, d, "coercive.pressure"),
            ],
        ));
        let t2 = "Café 🙈🙈 she shouldn't have sent it";
        let (a, b) = find(t2, "she shouldn't have sent it");
        let (c, d) = find(t2, "🙈🙈");
        out.push(ann(
            "conv/1 é",
            "m2",
            t2,
            &[(a, b, "victim_blaming.blame"), (c, d, "sexualised.jokes")],
        ));
        let t3 = "  u owe me [x] | y_z\\w\tok\nit was just banter";
        let (a, b) = find(t3, "u owe me");
        let (c, d) = find(t3, "[x] | y_z\\w");
        let (e, f) = find(t3, "ok\nit was");
        let (g, h) = find(t3, "just banter");
        out.push(ann(
            "conv/1 é",
            "m3",
            t3,
            &[
                (a, b, "coercive.pressure"),
                (c, d, "sexualised.names"),
                (e, f, "coercive.secrecy"),
                (g, h, "victim_blaming.minimising"),
            ],
        ));
        out.push(ann("conv/1 é", "m4", "", &[]));
        out.push(ann("conv/1 é", "m5", "   ", &[]));
        let t6 = "tell a teacher, ok? naïve😀x";
        let (a, b) = find(t6, "tell a teacher");
        let (c, d) = find(t6, "ï");
        let (e, f) = find(t6, "😀");
        let (g, h) = find(t6, " ok? ");
        let (i, j) = find(t6, "a teacher");
        out.push(ann(
            "conv:2",
            "m6",
            t6,
            &[
                (a, b, "protective"),
                (c, d, "sexualised.appearance"),
                (e, f, "protective"),
                (g, h, "coercive.secrecy"),
                (i, j, "protective"),
            ],
        ));
        out.push(ann("CONV:2", "m7", "no flags here", &[]));
        // Classifier-only labels (no span), on a message with spans and on an empty one,
        // and episodes.
        let classifier = |a: &mut Annotation, cat: &str| {
            a.evidence.insert(cat.to_string(), vec![Source::Classifier]);
            a.finalise();
        };
        classifier(&mut out[1], "protective.challenge");
        classifier(&mut out[3], "coercive.secrecy");
        classifier(&mut out[3], "sexualised.jokes");
        classifier(&mut out[6], "protective.support");
        for (i, ep, role) in [(0, "conv/1 é:e1", "harasser"), (5, "conv:2:e1", "target")] {
            out[i].episode_id = Some(ep.to_string());
            out[i].role = Some(role.to_string());
        }
        out
    }

    pub fn span_keys(anns: &[Annotation]) -> BTreeMap<String, Vec<(usize, usize, String, String)>> {
        anns.iter()
            .map(|a| {
                let mut v: Vec<_> = a
                    .spans
                    .iter()
                    .filter(|s| s.start < s.end)
                    .map(|s| (s.start, s.end, s.category.clone(), s.text.clone()))
                    .collect();
                v.sort();
                v.dedup();
                (a.message_id.clone(), v)
            })
            .collect()
    }

    /// Export then import: same spans per message, same texts and metadata.
    pub fn round_trip(fmt: Format) {
        let dir = tempfile::tempdir().unwrap();
        let input = corpus();
        let summary = export(&input, fmt, dir.path()).unwrap();
        assert!(!summary.files.is_empty());
        assert_eq!(summary.messages, input.len());
        let back = import(fmt, dir.path()).unwrap();
        let expect = span_keys(&input);
        let got = span_keys(&back);
        assert_eq!(got, expect, "{fmt}: spans differ after round trip");
        let by_id: BTreeMap<_, _> = back.iter().map(|a| (a.message_id.clone(), a)).collect();
        for a in &input {
            let b = by_id[&a.message_id];
            assert_eq!(b.text, a.text, "{fmt}: text of {}", a.message_id);
            assert_eq!(b.conversation_id, a.conversation_id, "{fmt}");
            assert_eq!(b.speaker, a.speaker, "{fmt}");
            assert_eq!(b.timestamp, a.timestamp, "{fmt}");
            assert_eq!(b.labels, a.labels, "{fmt}: labels of {}", a.message_id);
            assert_eq!(
                b.episode_id, a.episode_id,
                "{fmt}: episode of {}",
                a.message_id
            );
            assert_eq!(b.role, a.role, "{fmt}: role of {}", a.message_id);
            for s in &b.spans {
                assert_eq!(s.source, Source::Gold);
                assert_eq!(s.rule_id, format!("import:{fmt}"));
            }
        }
        assert_eq!(back.len(), input.len(), "{fmt}: message count");
    }

    /// Pseudo-random messages over an awkward alphabet (astral emoji, combining marks,
    /// escapes, tabs, CR/LF) with random non-empty spans: every format must round-trip.
    #[test]
    fn random_round_trips() {
        const ALPHABET: &[&str] = &[
            "a", "b", "é", "e\u{301}", "😀", "🙈", " ", " ", "\t", "\n", "\r", "[", "]", "|", "_",
            "\\", "*", ";", "->", "-", ">", ".", "'", "ß", "漢", "#", "\u{a0}",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut rnd = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut anns = Vec::new();
        for m in 0..60 {
            let len = rnd(25);
            let text: String = (0..len).map(|_| ALPHABET[rnd(ALPHABET.len())]).collect();
            let chars: Vec<char> = text.chars().collect();
            let mut spans = Vec::new();
            for _ in 0..rnd(4) {
                if chars.is_empty() {
                    break;
                }
                let s = rnd(chars.len());
                let e = s + 1 + rnd(chars.len() - s);
                // brat cannot hold a span made only of line breaks.
                if chars[s..e].iter().all(|c| matches!(c, '\n' | '\r')) {
                    continue;
                }
                spans.push((s, e, CATEGORY_IDS[rnd(CATEGORY_IDS.len())]));
            }
            let mut a = ann(&format!("conv{}", m % 4), &format!("m{m}"), &text, &spans);
            if rnd(3) == 0 {
                let cat = CATEGORY_IDS[rnd(CATEGORY_IDS.len())];
                a.evidence.insert(cat.to_string(), vec![Source::Classifier]);
                a.finalise();
            }
            anns.push(a);
        }
        for fmt in Format::ALL {
            let dir = tempfile::tempdir().unwrap();
            export(&anns, fmt, dir.path()).unwrap();
            let back = import(fmt, dir.path()).unwrap();
            assert_eq!(span_keys(&back), span_keys(&anns), "{fmt}");
            let by_id: BTreeMap<_, _> = back.iter().map(|a| (&a.message_id, a)).collect();
            for a in &anns {
                assert_eq!(by_id[&a.message_id].text, a.text, "{fmt}");
                assert_eq!(by_id[&a.message_id].labels, a.labels, "{fmt}");
            }
        }
    }

    #[test]
    fn format_parses() {
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>().unwrap(), f);
        }
        assert_eq!(
            "Label-Studio".parse::<Format>().unwrap(),
            Format::LabelStudio
        );
        assert!("conll".parse::<Format>().is_err());
    }

    #[test]
    fn stems_are_safe_and_unique() {
        let s = file_stems(&["conv/1 é", "conv_1__", "CONV_1__", "", "../x", "-a"]);
        assert_eq!(s[0], "conv_1__");
        assert_eq!(s[1], "conv_1___2");
        assert_eq!(s[2], "CONV_1___3");
        assert_eq!(s[3], "c");
        assert_eq!(s[4], "___x");
        assert_eq!(s[5], "c-a");
        for x in &s {
            assert!(x
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'));
        }
    }

    #[test]
    fn char_helpers() {
        let t = "a😀é";
        assert_eq!(slice_chars(t, 1, 2), Some("😀"));
        assert_eq!(slice_chars(t, 0, 3), Some(t));
        assert_eq!(slice_chars(t, 2, 4), None);
        assert_eq!(utf16_boundaries(t), vec![0, 1, 3, 4]);
    }

    #[test]
    fn export_rejects_bad_offsets() {
        let mut a = ann("c", "m", "hello", &[(0, 5, "protective")]);
        a.spans[0].end = 9;
        let dir = tempfile::tempdir().unwrap();
        for f in Format::ALL {
            let e = export(std::slice::from_ref(&a), f, dir.path()).unwrap_err();
            assert!(e.to_string().contains("outside"), "{e}");
        }
        let mut b = ann("c", "m", "héllo", &[(0, 2, "protective")]);
        b.spans[0].text = "h\u{e9}l".into();
        let e = export(&[b], Format::Doccano, dir.path()).unwrap_err();
        assert!(e.to_string().contains("does not match"), "{e}");
    }

    /// Issue 15 item 5: an export without its completion marker (killed midway) is refused.
    #[test]
    fn interrupted_export_is_refused_by_import() {
        for fmt in Format::ALL {
            let dir = tempfile::tempdir().unwrap();
            let s = export(&corpus(), fmt, dir.path()).unwrap();
            assert_eq!(s.files.last().unwrap(), &dir.path().join(MARKER_FILE));
            let m = read_marker(dir.path()).unwrap();
            assert_eq!((m.tool, m.documents, m.messages), (fmt, s.documents, 7));
            assert_eq!(m.files.len(), s.files.len() - 1);
            assert!(!m.files.iter().any(|f| f == MARKER_FILE));
            std::fs::remove_file(dir.path().join(MARKER_FILE)).unwrap();
            let e = format!("{:#}", import(fmt, dir.path()).unwrap_err());
            assert!(
                e.contains(&dir.path().display().to_string())
                    && e.contains(MARKER_FILE)
                    && e.contains("interrupted")
                    && e.contains("--foreign"),
                "{fmt}: {e}"
            );
            // A directory from elsewhere can still be read, on request.
            let back = import_with(fmt, dir.path(), ImportOptions { foreign: true }).unwrap();
            assert_eq!(span_keys(&back), span_keys(&corpus()), "{fmt}");
        }
    }

    #[test]
    fn missing_listed_file_or_unlisted_document_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let input = corpus();
        export(&input, Format::Brat, dir.path()).unwrap();
        // A .txt without its .ann would read as a document with no flags: an error.
        std::fs::remove_file(dir.path().join("conv_2.ann")).unwrap();
        let e = format!("{:#}", import(Format::Brat, dir.path()).unwrap_err());
        assert!(e.contains("conv_2.ann is missing"), "{e}");
        std::fs::remove_file(dir.path().join(MARKER_FILE)).unwrap();
        let e = format!(
            "{:#}",
            import_with(Format::Brat, dir.path(), ImportOptions { foreign: true }).unwrap_err()
        );
        assert!(
            e.contains("conv_2.ann is missing") && e.contains("conv_2.txt"),
            "{e}"
        );
        // A document added after the export.
        let dir = tempfile::tempdir().unwrap();
        export(&input, Format::WebAnno, dir.path()).unwrap();
        std::fs::copy(dir.path().join("conv_2.tsv"), dir.path().join("extra.tsv")).unwrap();
        let e = format!("{:#}", import(Format::WebAnno, dir.path()).unwrap_err());
        assert!(e.contains("extra.tsv is not listed"), "{e}");
        // Wrong tool.
        let e = format!("{:#}", import(Format::Brat, dir.path()).unwrap_err());
        assert!(e.contains("webanno export"), "{e}");
    }

    #[test]
    fn single_files_are_taken_as_given_unless_the_marker_beside_them_disagrees() {
        let dir = tempfile::tempdir().unwrap();
        let input = corpus();
        export(&input, Format::LabelStudio, dir.path()).unwrap();
        let tasks = dir.path().join(labelstudio::TASKS_FILE);
        assert_eq!(
            span_keys(&import(Format::LabelStudio, &tasks).unwrap()),
            span_keys(&input)
        );
        // The same file elsewhere, without a marker: read as given.
        let other = tempfile::tempdir().unwrap();
        let copy = other.path().join("project-1.json");
        std::fs::copy(&tasks, &copy).unwrap();
        assert_eq!(
            import(Format::LabelStudio, &copy).unwrap().len(),
            input.len()
        );
        // A stray file inside an export directory.
        let stray = dir.path().join("stray.json");
        std::fs::copy(&tasks, &stray).unwrap();
        let e = format!("{:#}", import(Format::LabelStudio, &stray).unwrap_err());
        assert!(e.contains("stray.json") && e.contains("not listed"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        export(&input, Format::Doccano, dir.path()).unwrap();
        let f = dir.path().join(doccano::FILE);
        assert_eq!(import(Format::Doccano, &f).unwrap().len(), input.len());
    }

    #[test]
    fn a_failed_reexport_removes_the_old_marker_first() {
        let dir = tempfile::tempdir().unwrap();
        export(&corpus(), Format::Brat, dir.path()).unwrap();
        let mut bad = corpus();
        let span = bad[0].spans[0].clone();
        bad[3].spans.push(span); // outside the empty message m4
        assert!(export(&bad, Format::Brat, dir.path()).is_err());
        assert!(!dir.path().join(MARKER_FILE).exists());
        assert!(import(Format::Brat, dir.path()).is_err());
    }

    #[test]
    fn export_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let s = export(&corpus(), Format::Brat, dir.path()).unwrap();
        for f in &s.files {
            let mode = std::fs::metadata(f).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", f.display());
        }
    }

    /// Issue 15 item 8: errors name the file, line and field, never message text.
    #[test]
    fn errors_never_quote_message_text() {
        const SECRET: &str = "07700 900123";
        let text = format!("call me on {SECRET} ok");
        let dir = tempfile::tempdir().unwrap();
        // Export: span text disagreeing with the message.
        let mut a = ann("c", "m", &text, &[(0, 4, "protective")]);
        a.spans[0].text = SECRET.into();
        let e = format!("{:#}", export(&[a], Format::Brat, dir.path()).unwrap_err());
        assert!(e.contains("\"m\"") && e.contains("0..4"), "{e}");
        let mut errors = vec![e];
        // brat import: .ann text disagreeing with the document.
        let b = tempfile::tempdir().unwrap();
        std::fs::write(b.path().join("d.txt"), &text).unwrap();
        std::fs::write(
            b.path().join("d.ann"),
            format!("T1\tprotective 0 4\t{SECRET}\n"),
        )
        .unwrap();
        errors.push(format!("{:#}", brat::import(b.path()).unwrap_err()));
        std::fs::write(
            b.path().join("d.ann"),
            format!("T1\tprotective {SECRET}\tx\n"),
        )
        .unwrap();
        errors.push(format!("{:#}", brat::import(b.path()).unwrap_err()));
        // Label Studio: value.text disagreeing with the task text.
        let ls = b.path().join("ls.json");
        let task = serde_json::json!([{"data": {"text": text}, "annotations": [{"result": [
            {"value": {"start": 0, "end": 4, "text": SECRET, "labels": ["protective"]}}]}]}]);
        std::fs::write(&ls, task.to_string()).unwrap();
        errors.push(format!(
            "{:#}",
            import(Format::LabelStudio, &ls).unwrap_err()
        ));
        // A value of the wrong type in annotations.jsonl, a sidecar and doccano.
        let jl = b.path().join("annotations.jsonl");
        let mut rec = serde_json::to_value(ann("c", "m", &text, &[])).unwrap();
        rec["tokens"] = serde_json::json!(SECRET);
        std::fs::write(&jl, format!("{rec}\n")).unwrap();
        let e = format!("{:#}", read_annotations(&jl).unwrap_err());
        assert!(
            e.contains("annotations.jsonl:1") && e.contains("wrong type"),
            "{e}"
        );
        errors.push(e);
        let sc = serde_json::json!({"format": SIDECAR_FORMAT, "conversation_id": "c", "messages": [
            {"message_id": "m", "speaker": "s", "timestamp": null, "start": SECRET, "end": 1,
             "text": "t"}]});
        std::fs::write(b.path().join("d.c2chat.json"), sc.to_string()).unwrap();
        errors.push(format!("{:#}", brat::import(b.path()).unwrap_err()));
        let dc = b.path().join("d.jsonl");
        std::fs::write(&dc, format!("{{\"text\": \"{SECRET}\"")).unwrap();
        errors.push(format!("{:#}", import(Format::Doccano, &dc).unwrap_err()));
        for e in &errors {
            assert!(!e.contains("900123") && !e.contains("call me"), "leak: {e}");
        }
    }

    #[test]
    fn duplicate_spans_are_merged() {
        let mut a = ann("c", "m", "u owe me", &[(0, 5, "coercive.pressure")]);
        let mut dup = a.spans[0].clone();
        dup.source = Source::Pattern;
        dup.severity = 3;
        a.spans.push(dup);
        let dir = tempfile::tempdir().unwrap();
        let s = export(&[a], Format::Brat, dir.path()).unwrap();
        assert_eq!(s.spans, 1);
        assert_eq!(s.merged_duplicate_spans, 1);
        let back = import(Format::Brat, dir.path()).unwrap();
        assert_eq!(back[0].spans.len(), 1);
        assert_eq!(back[0].spans[0].severity, 3);
        assert_eq!(back[0].severity, 3);
    }
}
