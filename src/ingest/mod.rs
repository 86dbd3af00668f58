//! Ingest: CSV and JSONL (and chat exports) from files, directories or `-` (stdin) into
//! [`Message`]s, with a reject record for every unusable row. Nothing is dropped silently:
//! `read = messages + rejects`.

pub mod chat;
mod csvrec;
mod jsonrec;
pub mod seen;
mod table;
pub mod time;

pub use table::{stream_table, Row, Table};
pub use time::{parse_timestamp, DateOrder, TimeOptions};

use seen::SeenIds;

use crate::error::{Context, Result};
use crate::model::{Message, Reject};
use crate::{bail, err};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Column names for the message fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Columns {
    /// The message text [default: `text`].
    pub text: String,
    /// The message id [default: `message_id`].
    pub id: String,
    /// The conversation id [default: `conversation_id`].
    pub conversation: String,
    /// The speaker id [default: `speaker`].
    pub speaker: String,
    /// The timestamp [default: `timestamp`].
    pub time: String,
}

impl Default for Columns {
    fn default() -> Self {
        Columns {
            text: "text".into(),
            id: "message_id".into(),
            conversation: "conversation_id".into(),
            speaker: "speaker".into(),
            time: "timestamp".into(),
        }
    }
}

/// Column overrides from the command line (they beat `corpus.toml`).
#[derive(Debug, Clone, Default)]
pub struct ColumnFlags {
    /// `--text-col`.
    pub text: Option<String>,
    /// `--id-col`.
    pub id: Option<String>,
    /// `--conversation-col`.
    pub conversation: Option<String>,
    /// `--speaker-col`.
    pub speaker: Option<String>,
    /// `--time-col`.
    pub time: Option<String>,
}

/// The optional `corpus.toml` beside the data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CorpusInfo {
    /// The corpus name given to its messages (else the directory name).
    #[serde(default)]
    pub name: String,
    /// What the corpus is, in a sentence or two (shown in reports).
    #[serde(default)]
    pub description: String,
    /// When the data was collected, as free text.
    #[serde(default)]
    pub collection_period: String,
    /// The ethics approval the data was collected under.
    #[serde(default)]
    pub ethics_reference: String,
    /// Whether and how the data was redacted, as free text.
    #[serde(default)]
    pub redaction_status: String,
    /// Column names, where they differ from the defaults (command-line flags beat them).
    #[serde(default)]
    pub columns: Option<Columns>,
    /// What to do with a column before anything else sees it: `drop` (removed at once) or
    /// `pseudonymise` (replaced by a keyed pseudonym), e.g. `parent_email = "drop"`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub column_policy: std::collections::BTreeMap<String, ColumnPolicy>,
    /// The data files of this directory (relative paths). When given, a directory input
    /// reads only these (so gold files or notes beside the data are not ingested).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<String>>,
}

/// What happens to a column declared in `corpus.toml`'s `[column_policy]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColumnPolicy {
    /// Removed as the row is read: no output ever carries it.
    Drop,
    /// Replaced by its keyed pseudonym as the row is read.
    Pseudonymise,
    /// Kept (scanned for personal data like every field).
    Keep,
}

/// A row's fields: the five core columns ([`Columns`]) taken out by position as the row is
/// read, the other columns in input order (a message's `meta`). Reading a CSV row into one map
/// and removing the core columns from it again was a third of ingest's time (issue 23,
/// session 32).
struct Fields {
    /// Text, id, conversation, speaker, timestamp: the value of each core column the row has.
    core: [Option<String>; 5],
    meta: IndexMap<String, String>,
}

impl Columns {
    /// Which core field (the index into [`Fields::core`]) a column holds: the first of text,
    /// id, conversation, speaker and timestamp that it names, or `None` for a meta column.
    fn role(&self, name: &str) -> Option<usize> {
        [
            &self.text,
            &self.id,
            &self.conversation,
            &self.speaker,
            &self.time,
        ]
        .iter()
        .position(|c| c.as_str() == name)
    }
}

impl Fields {
    fn new(meta_capacity: usize) -> Fields {
        Fields {
            core: Default::default(),
            meta: IndexMap::with_capacity(meta_capacity),
        }
    }

    /// Every field of a record, in its order (each name once).
    fn of(cols: &Columns, fields: impl ExactSizeIterator<Item = (String, String)>) -> Fields {
        let mut f = Fields::new(fields.len());
        for (k, v) in fields {
            f.put(cols.role(&k), &k, v);
        }
        f
    }

    /// Adds a column's value, given its role ([`Columns::role`]); only a meta column's name is
    /// kept.
    fn put(&mut self, role: Option<usize>, name: &str, v: String) {
        match role {
            Some(r) => self.core[r] = Some(v),
            None => {
                self.meta.insert(name.to_string(), v);
            }
        }
    }

    /// The value of a column, core or meta.
    fn get_mut(&mut self, cols: &Columns, name: &str) -> Option<&mut String> {
        match cols.role(name) {
            Some(r) => self.core[r].as_mut(),
            None => self.meta.get_mut(name),
        }
    }

    /// Removes a column, core or meta.
    fn remove(&mut self, cols: &Columns, name: &str) {
        match cols.role(name) {
            Some(r) => self.core[r] = None,
            None => {
                self.meta.shift_remove(name);
            }
        }
    }
}

/// Apply the column policy of `corpus.toml` to a row's fields.
fn apply_policy(
    policy: &std::collections::BTreeMap<String, ColumnPolicy>,
    names: Option<&dyn SpeakerNames>,
    cols: &Columns,
    fields: &mut Fields,
) {
    for (col, p) in policy {
        match p {
            ColumnPolicy::Drop => fields.remove(cols, col),
            ColumnPolicy::Pseudonymise => {
                if let (Some(v), Some(n)) = (fields.get_mut(cols, col), names) {
                    if !v.trim().is_empty() {
                        *v = n.pseudonym(v);
                    }
                }
            }
            ColumnPolicy::Keep => {}
        }
    }
}

/// Whether any directory input declares a column to pseudonymise (so a key is needed).
pub fn needs_key(inputs: &[PathBuf]) -> Result<bool> {
    for p in inputs {
        let dir = if p.is_dir() {
            p.clone()
        } else {
            p.parent().map(Path::to_path_buf).unwrap_or_default()
        };
        let dir = if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        };
        if p.as_os_str() != "-"
            && corpus_info(&dir)?.is_some_and(|i| {
                i.column_policy
                    .values()
                    .any(|v| *v == ColumnPolicy::Pseudonymise)
            })
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Input formats. The names ([`InputFormat::as_str`], [`FromStr`](std::str::FromStr),
/// serde) are the lower-case variant names: `csv`, `jsonl`, `whatsapp`, ….
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// CSV with a header row (delimiter detected or given).
    Csv,
    /// JSON Lines: one JSON object per line.
    Jsonl,
    /// A WhatsApp text export (Android or iOS).
    Whatsapp,
    /// A Telegram Desktop JSON export (`result.json`).
    Telegram,
    /// A DiscordChatExporter JSON export.
    Discord,
    /// A CHILDES CHAT transcript (`.cha`).
    Childes,
    /// An Instagram data download (`message_N.json`).
    Instagram,
    /// A Snapchat data download (`chat_history.json`).
    Snapchat,
    /// A TikTok data download (`user_data.json`).
    Tiktok,
    /// Rows handed over in memory ([`Table`]), by the Python package say; never a file's
    /// format, so not in [`InputFormat::ALL`].
    Table,
}

impl InputFormat {
    /// Every format, in the order the command line lists them.
    pub const ALL: [InputFormat; 9] = [
        InputFormat::Csv,
        InputFormat::Jsonl,
        InputFormat::Whatsapp,
        InputFormat::Telegram,
        InputFormat::Discord,
        InputFormat::Childes,
        InputFormat::Instagram,
        InputFormat::Snapchat,
        InputFormat::Tiktok,
    ];

    /// The name: `csv`, `jsonl`, `whatsapp`, `telegram`, `discord`, `childes`, `instagram`,
    /// `snapchat` or `tiktok`.
    pub fn as_str(self) -> &'static str {
        match self {
            InputFormat::Csv => "csv",
            InputFormat::Jsonl => "jsonl",
            InputFormat::Whatsapp => "whatsapp",
            InputFormat::Telegram => "telegram",
            InputFormat::Discord => "discord",
            InputFormat::Childes => "childes",
            InputFormat::Instagram => "instagram",
            InputFormat::Snapchat => "snapchat",
            InputFormat::Tiktok => "tiktok",
            InputFormat::Table => "table",
        }
    }

    fn chat(self) -> Option<chat::ChatFormat> {
        match self {
            InputFormat::Whatsapp => Some(chat::ChatFormat::WhatsApp),
            InputFormat::Telegram => Some(chat::ChatFormat::Telegram),
            InputFormat::Discord => Some(chat::ChatFormat::Discord),
            InputFormat::Childes => Some(chat::ChatFormat::Childes),
            InputFormat::Instagram => Some(chat::ChatFormat::Instagram),
            InputFormat::Snapchat => Some(chat::ChatFormat::Snapchat),
            InputFormat::Tiktok => Some(chat::ChatFormat::TikTok),
            InputFormat::Csv | InputFormat::Jsonl | InputFormat::Table => None,
        }
    }

    fn from_chat(c: chat::ChatFormat) -> InputFormat {
        match c {
            chat::ChatFormat::WhatsApp => InputFormat::Whatsapp,
            chat::ChatFormat::Telegram => InputFormat::Telegram,
            chat::ChatFormat::Discord => InputFormat::Discord,
            chat::ChatFormat::Childes => InputFormat::Childes,
            chat::ChatFormat::Instagram => InputFormat::Instagram,
            chat::ChatFormat::Snapchat => InputFormat::Snapchat,
            chat::ChatFormat::TikTok => InputFormat::Tiktok,
        }
    }
}

/// Pseudonymises speaker names from chat exports the moment they are read (implemented by
/// the keyed pseudonyms in `redact`; wired up by the command layer).
pub trait SpeakerNames: Send + Sync {
    /// The pseudonym for a display name or a stable account id.
    fn pseudonym(&self, name: &str) -> String;
    /// The conversation id for a key that may name someone (a thread folder, a username).
    fn conversation(&self, key: &str) -> String;
    /// A function replacing any of the given display names in a text by their pseudonyms.
    fn name_replacer(&self, names: &[String]) -> Box<dyn Fn(&str) -> String + '_>;
}

/// One input file's account: `read = messages + rejected`. Platform notices in chat exports
/// (system lines, service messages, deleted-message placeholders) are not messages: they are
/// counted in `system`, outside `read`.
#[derive(Debug, Clone, Serialize)]
pub struct InputSummary {
    /// The file as given (`-` for standard input).
    pub path: String,
    /// SHA-256 of the bytes read, in hex.
    pub sha256: String,
    /// The format it was read as.
    pub format: InputFormat,
    /// Records read: messages plus rejected records.
    pub read: u64,
    /// Records rejected (each has a line in `rejects.jsonl`).
    pub rejected: u64,
    /// Chat-export entries that are platform notices, not messages (not in `read`).
    pub system: u64,
    /// The `corpus.toml` beside the file, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corpus: Option<CorpusInfo>,
}

/// `Display` as `as_str()`, and `FromStr` of exactly those names, for a setting with `ALL` and
/// `as_str`; `$what` names it in errors.
macro_rules! named_setting {
    ($t:ident, $what:literal) => {
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $t {
            type Err = crate::Error;
            fn from_str(s: &str) -> Result<Self> {
                $t::ALL
                    .into_iter()
                    .find(|x| x.as_str() == s)
                    .ok_or_else(|| {
                        let names = $t::ALL.map($t::as_str).join(", ");
                        err!("unknown {} {s:?} (expected one of {names})", $what)
                    })
            }
        }
    };
}

named_setting!(InputFormat, "input format");

/// Which repeated message ids are rejected as duplicates. The names ([`Dedupe::as_str`],
/// [`FromStr`](std::str::FromStr), serde) are `global` and `none`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dedupe {
    /// Across every input of the run, exactly, in bounded memory: up to 917,504 id hashes
    /// (16 bytes each) in memory, then sorted runs of hashes in a private temporary directory
    /// under `$TMPDIR` (removed at the end), with about one byte per spilled id in memory
    /// (see [`seen`]).
    #[default]
    Global,
    /// No duplicate check (ids deduplicated upstream): memory stays flat.
    None,
}

impl Dedupe {
    /// Both settings, default first.
    pub const ALL: [Dedupe; 2] = [Dedupe::Global, Dedupe::None];

    /// The name: `global` or `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            Dedupe::Global => "global",
            Dedupe::None => "none",
        }
    }
}

named_setting!(Dedupe, "dedupe setting");

/// Options for ingest.
#[derive(Clone, Default)]
pub struct IngestOptions {
    /// Column names from the command line (they beat `corpus.toml`).
    pub columns: ColumnFlags,
    /// Which repeated message ids are rejected.
    pub dedupe: Dedupe,
    /// The input format; `None` decides it per file (by extension and name, else sniffed).
    pub format: Option<InputFormat>,
    /// Needed to read chat exports (speaker names are pseudonymised at once).
    pub speaker_names: Option<std::sync::Arc<dyn SpeakerNames>>,
    /// CSV delimiter; `None` detects it from the header line (`,` `;` tab `|`).
    pub delimiter: Option<u8>,
    /// How timestamps are read (`--time-format`, `--date-order`, `--timezone`).
    pub time: TimeOptions,
}

/// Everything ingest produced.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The messages, in input order.
    pub messages: Vec<Message>,
    /// The records that could not be used, in input order.
    pub rejects: Vec<Reject>,
    /// One account per input file.
    pub inputs: Vec<InputSummary>,
}

/// Files that c2chat itself writes beside data (logs, manifests, rejects): a directory input
/// skips them, so `redact raw/ --out r/` then `annotate r/` reads only the data.
pub const OWN_OUTPUTS: &[&str] = &[
    "rejects.jsonl",
    "episodes.jsonl",
    "redaction_log.jsonl",
    "manifest.json",
    "errors.jsonl",
    "report.json",
];

/// Expand inputs: files as given, directories recursively (sorted) for *.csv / *.jsonl, `-` as stdin.
pub fn expand_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    Ok(expand_inputs_skipping(inputs)?.0)
}

/// [`expand_inputs`], also returning the files of directory inputs that were skipped as
/// c2chat's own outputs (or its temporary files).
pub fn expand_inputs_skipping(inputs: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for p in inputs {
        if p.as_os_str() == "-" {
            out.push(p.clone());
        } else if p.is_dir() {
            let mut found = Vec::new();
            match corpus_info(p)?.and_then(|i| i.files) {
                Some(files) => {
                    for f in files {
                        let fp = p.join(&f);
                        if !fp.is_file() {
                            bail!(
                                "{}: corpus.toml lists {f:?}, which is not a file",
                                p.display()
                            );
                        }
                        found.push(fp);
                    }
                }
                None => walk(p, &mut found, &mut skipped)?,
            }
            if found.is_empty() {
                bail!("{}: no .csv or .jsonl files in this directory", p.display());
            }
            out.extend(found);
        } else if p.exists() {
            out.push(p.clone());
        } else {
            bail!("{}: no such file or directory", p.display());
        }
    }
    Ok((out, skipped))
}

fn walk(d: &Path, out: &mut Vec<PathBuf>, skipped: &mut Vec<PathBuf>) -> Result<()> {
    let mut ents: Vec<PathBuf> = std::fs::read_dir(d)
        .with_context(|| format!("reading directory {}", d.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()?;
    ents.sort();
    for p in ents {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_dir() {
            walk(&p, out, skipped)?;
        } else if OWN_OUTPUTS.contains(&name) || name.starts_with(".c2chat-tmp-") {
            if format_from_ext(&p).is_some() || name.ends_with(".json") {
                skipped.push(p);
            }
        } else if format_from_ext(&p).is_some() || is_chat_candidate(&p) {
            out.push(p);
        }
    }
    Ok(())
}

fn format_from_ext(p: &Path) -> Option<InputFormat> {
    match p.extension()?.to_str()? {
        "csv" => Some(InputFormat::Csv),
        "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
        _ => None,
    }
}

/// A .txt/.json/.cha file in a directory that looks like a chat export.
fn is_chat_candidate(p: &Path) -> bool {
    let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
    if !matches!(ext, "txt" | "json" | "cha") {
        return false;
    }
    let mut head = vec![0u8; 4096];
    let n = std::fs::File::open(p)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    chat::detect_format(p, &head[..n]).is_some()
}

/// Sniff CSV vs JSONL from content.
fn sniff(bytes: &[u8]) -> InputFormat {
    let first = bytes
        .iter()
        .find(|b| !(b.is_ascii_whitespace() || **b == 0xEF || **b == 0xBB || **b == 0xBF));
    if first == Some(&b'{') {
        InputFormat::Jsonl
    } else {
        InputFormat::Csv
    }
}

/// Load `corpus.toml` from a directory, if present.
pub fn corpus_info(dir: &Path) -> Result<Option<CorpusInfo>> {
    let p = dir.join("corpus.toml");
    if !p.exists() {
        return Ok(None);
    }
    let t = std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
    let info: CorpusInfo = toml::from_str(&t).map_err(|e| {
        let line = e
            .span()
            .map(|s| t[..s.start].matches('\n').count() + 1)
            .unwrap_or(1);
        crate::Error::input(&p, Some(line as u64), e.message())
    })?;
    Ok(Some(info))
}

fn resolve_columns(info: Option<&CorpusInfo>, flags: &ColumnFlags) -> Columns {
    let mut c = info.and_then(|i| i.columns.clone()).unwrap_or_default();
    if let Some(v) = &flags.text {
        c.text = v.clone();
    }
    if let Some(v) = &flags.id {
        c.id = v.clone();
    }
    if let Some(v) = &flags.conversation {
        c.conversation = v.clone();
    }
    if let Some(v) = &flags.speaker {
        c.speaker = v.clone();
    }
    if let Some(v) = &flags.time {
        c.time = v.clone();
    }
    c
}

/// Whether a timestamp is valid RFC 3339.
pub fn valid_timestamp(s: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(s).is_ok()
}

/// One item from the stream: a message or a reject.
pub type Item = std::result::Result<Message, Reject>;

/// A reader that hashes what passes through it (for the manifest's SHA-256 of each input).
struct HashingReader<R> {
    inner: R,
    hasher: sha2::Sha256,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use sha2::Digest;
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// Ingest all inputs, in order, into memory.
pub fn ingest(inputs: &[PathBuf], opts: &IngestOptions) -> Result<Corpus> {
    let mut messages = Vec::new();
    let mut rejects = Vec::new();
    let summaries = stream(inputs, opts, |item| {
        match item {
            Ok(m) => messages.push(m),
            Err(r) => rejects.push(r),
        }
        Ok(())
    })?;
    Ok(Corpus {
        messages,
        rejects,
        inputs: summaries,
    })
}

/// Stream every input, in order, calling `sink` for each message or reject. Memory stays
/// bounded by one record plus the duplicate check's bounded memory set (unless `opts.dedupe`
/// is [`Dedupe::None`]), which spills sorted runs of id hashes to a private temporary
/// directory, removed when this returns (see [`seen`]).
pub fn stream(
    inputs: &[PathBuf],
    opts: &IngestOptions,
    mut sink: impl FnMut(Item) -> Result<()>,
) -> Result<Vec<InputSummary>> {
    let files = expand_inputs(inputs)?;
    let mut summaries = Vec::new();
    let mut seen = SeenIds::new(opts.dedupe)?;
    for f in files {
        let is_stdin = f.as_os_str() == "-";
        let (raw, name, dir): (Box<dyn Read>, String, PathBuf) = if is_stdin {
            (
                Box::new(std::io::stdin()),
                "<stdin>".to_string(),
                std::env::current_dir()?,
            )
        } else {
            let file =
                std::fs::File::open(&f).with_context(|| format!("reading {}", f.display()))?;
            let dir = f
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("."));
            (Box::new(file), f.display().to_string(), dir)
        };
        let mut rdr = std::io::BufReader::with_capacity(
            1 << 16,
            HashingReader {
                inner: raw,
                hasher: Default::default(),
            },
        );
        let head = std::io::BufRead::fill_buf(&mut rdr)
            .with_context(|| format!("reading {name}"))?
            .to_vec();
        let info = if is_stdin { None } else { corpus_info(&dir)? };
        let cols = resolve_columns(info.as_ref(), &opts.columns);
        let format = opts
            .format
            .or_else(|| format_from_ext(&f))
            .or_else(|| chat::detect_format(&f, &head).map(InputFormat::from_chat))
            .unwrap_or_else(|| sniff(&head));
        let corpus_name = info
            .as_ref()
            .map(|i| i.name.clone())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| match format {
                // Instagram thread folders are named after people: never a corpus name.
                InputFormat::Instagram => "instagram".into(),
                _ => dir
                    .file_name()
                    .map(|s| s.to_string_lossy().to_string())
                    .unwrap_or_else(|| "corpus".into()),
            });
        let stem = if is_stdin {
            "stdin".to_string()
        } else {
            file_tag(&f, opts.speaker_names.as_deref())
        };
        if let Some(i) = &info {
            if i.column_policy
                .values()
                .any(|v| *v == ColumnPolicy::Pseudonymise)
                && opts.speaker_names.is_none()
            {
                bail!("{name}: corpus.toml asks to pseudonymise columns, which needs the pseudonym key (this command does not load one)");
            }
        }
        let ctx = FileCtx {
            name: &name,
            policy: info.as_ref().map(|i| &i.column_policy),
            names: opts.speaker_names.as_deref(),
            delimiter: opts.delimiter,
            corpus: &corpus_name,
            stem: &stem,
            stem_sep: ":",
            cols: &cols,
            time: &opts.time,
        };
        let (mut msgs, mut rej, mut system) = (0u64, 0u64, 0u64);
        let mut counted = |item: Item| {
            match &item {
                Ok(_) => msgs += 1,
                Err(_) => rej += 1,
            }
            sink(item)
        };
        match format {
            InputFormat::Csv => read_csv(&mut rdr, &ctx, &mut seen, &mut counted)?,
            InputFormat::Jsonl => read_jsonl(&mut rdr, &ctx, &mut seen, &mut counted)?,
            InputFormat::Table => {
                bail!("{name}: a file cannot be read as format \"table\" (rows in memory)")
            }
            other => {
                let cf = other.chat().expect("a chat format");
                let names = opts.speaker_names.as_deref().ok_or_else(|| {
                    err!("{name}: reading a {} export needs keyed pseudonyms for speaker names (this command does not support chat exports)", cf.as_str())
                })?;
                system = read_chat(&mut rdr, cf, &f, &ctx, names, &mut seen, &mut counted)?
            }
        }
        // Drain anything left (e.g. after an unrecoverable CSV error) so the hash covers the file.
        std::io::copy(&mut rdr, &mut std::io::sink())?;
        let sha = {
            use sha2::Digest;
            hex::encode(rdr.into_inner().hasher.finalize())
        };
        summaries.push(InputSummary {
            path: name,
            sha256: sha,
            format,
            read: msgs + rej,
            rejected: rej,
            system,
            corpus: info,
        });
    }
    Ok(summaries)
}

/// A file's tag for ids derived from it (`f` and 10 hex digits): a hash of its absolute path,
/// keyed when keyed pseudonyms are at hand, so that neither a name in the file name (WhatsApp's
/// "WhatsApp Chat with NAME.txt") reaches an id nor two files of the same name collide.
fn file_tag(path: &Path, names: Option<&dyn SpeakerNames>) -> String {
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let key = abs.to_string_lossy();
    let base = match names {
        Some(n) => n.pseudonym(&format!("\u{0}file:{key}")),
        None => key.to_string(),
    };
    format!("f{}", &crate::io::sha256_hex(base.as_bytes())[..10])
}

struct FileCtx<'a> {
    name: &'a str,
    policy: Option<&'a std::collections::BTreeMap<String, ColumnPolicy>>,
    names: Option<&'a dyn SpeakerNames>,
    delimiter: Option<u8>,
    corpus: &'a str,
    stem: &'a str,
    /// Between `stem` and the line in the id of a row without one.
    stem_sep: &'a str,
    cols: &'a Columns,
    time: &'a TimeOptions,
}

type Sink<'s> = &'s mut dyn FnMut(Item) -> Result<()>;

/// Build a message from field values, or the reason it is rejected.
fn build(
    ctx: &FileCtx,
    line: u64,
    mut fields: Fields,
    seen: &mut SeenIds,
    per_row_conversation: bool,
) -> Result<Item> {
    if let Some(p) = ctx.policy {
        apply_policy(p, ctx.names, ctx.cols, &mut fields);
    }
    let reject = |reason: String, id: Option<String>| Reject {
        file: ctx.name.to_string(),
        line,
        reason,
        message_id: id,
    };
    let [text, id, conv, speaker, ts] = fields.core;
    let text = text.unwrap_or_default();
    // Ids that are missing or empty are derived from the file's tag and line: unique and marked
    // (never the file name, and never one shared value that would merge rows).
    let id = id
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| format!("{}{}{line}", ctx.stem, ctx.stem_sep));
    // Without a conversation column (a survey, say), each row is its own conversation; an
    // empty conversation id is likewise its own, marked conversation.
    let conv = match conv {
        None if per_row_conversation => id.clone(),
        Some(v) if !v.trim().is_empty() => v,
        _ => format!("{}{id}", crate::model::EMPTY_CONVERSATION_PREFIX),
    };
    let speaker = match speaker {
        Some(v) if !v.trim().is_empty() => v,
        _ => format!("{}{id}", crate::model::UNKNOWN_SPEAKER_PREFIX),
    };
    let ts = ts.filter(|s| !s.trim().is_empty());
    if text.trim().is_empty() {
        return Ok(Err(reject("empty text".into(), Some(id))));
    }
    let ts = match ts.map(|t| parse_timestamp(&t, ctx.time)).transpose() {
        Ok(ts) => ts,
        Err(e) => return Ok(Err(reject(e.to_string(), Some(id)))),
    };
    if !seen.insert(&id)? {
        return Ok(Err(reject("duplicate message_id".into(), Some(id))));
    }
    Ok(Ok(Message {
        corpus: ctx.corpus.to_string(),
        conversation_id: conv,
        message_id: id,
        timestamp: ts,
        speaker,
        text,
        meta: fields.meta,
        speaker_pseudonymised: false,
        file: ctx.name.to_string(),
        line,
    }))
}

fn reject(ctx: &FileCtx, line: u64, reason: impl Into<String>) -> Item {
    Err(Reject {
        file: ctx.name.to_string(),
        line,
        reason: reason.into(),
        message_id: None,
    })
}

fn read_csv(
    rdr: &mut dyn std::io::BufRead,
    ctx: &FileCtx,
    seen: &mut SeenIds,
    sink: Sink,
) -> Result<()> {
    let head = rdr.fill_buf()?;
    if head.starts_with(b"\xEF\xBB\xBF") {
        rdr.consume(3);
    }
    let head = rdr.fill_buf()?;
    if head.is_empty() {
        bail!("{}: empty file (no header row)", ctx.name);
    }
    let first_line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    let delimiter = ctx
        .delimiter
        .unwrap_or_else(|| csvrec::sniff_delimiter(first_line));
    let mut recs = csvrec::CsvRecords::new(rdr, delimiter);
    let headers = match recs.next_item() {
        Ok(Some(csvrec::CsvItem::Record(_, h))) => h,
        Ok(None) => bail!("{}: empty file (no header row)", ctx.name),
        Ok(Some(csvrec::CsvItem::Unclosed(l))) => {
            return Err(crate::Error::input(
                ctx.name,
                Some(l),
                "the header row has a quote that is never closed",
            ))
        }
        Err(e) => {
            return Err(crate::Error::input(
                ctx.name,
                Some(1),
                format!("cannot read the header row: {e}"),
            ))
        }
    };
    let headers: Vec<String> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            String::from_utf8(h.to_vec())
                .map(|s| s.trim().to_string())
                .map_err(|_| err!("{}:1: header {} is not valid UTF-8", ctx.name, i + 1))
        })
        .collect::<Result<_>>()?;
    check_csv_header(ctx, &headers, delimiter)?;
    for col in ctx.policy.into_iter().flat_map(|p| p.keys()) {
        crate::suggest::check(
            "column (corpus.toml [column_policy])",
            col,
            headers.iter().map(String::as_str),
        )
        .map_err(|e| err!("{}:1: {e}", ctx.name))?;
    }
    recs.columns = headers.len();
    let per_row_conversation = !headers.contains(&ctx.cols.conversation);
    let roles: Vec<Option<usize>> = headers.iter().map(|h| ctx.cols.role(h)).collect();
    let metas = roles.iter().filter(|r| r.is_none()).count();
    loop {
        let (line, rec) = match recs.next_item() {
            Ok(None) => break,
            Ok(Some(csvrec::CsvItem::Record(l, r))) => (l, r),
            Ok(Some(csvrec::CsvItem::Unclosed(l))) => {
                sink(reject(
                    ctx,
                    l,
                    "unclosed quote: a quoted field opened on this line runs into the following records",
                ))?;
                continue;
            }
            Err(e) => {
                sink(reject(
                    ctx,
                    recs.lines_read(),
                    format!("unreadable CSV record: {e}"),
                ))?;
                break;
            }
        };
        if rec.len() != headers.len() {
            sink(reject(
                ctx,
                line,
                format!(
                    "wrong field count: expected {}, found {}",
                    headers.len(),
                    rec.len()
                ),
            ))?;
            continue;
        }
        let mut fields = Fields::new(metas);
        let mut bad = None;
        for ((h, &role), v) in headers.iter().zip(&roles).zip(rec) {
            match String::from_utf8(v) {
                Ok(s) => fields.put(role, h, s),
                Err(_) => {
                    bad = Some(format!("invalid UTF-8 in column {h:?}"));
                    break;
                }
            }
        }
        let item = match bad {
            Some(reason) => reject(ctx, line, reason),
            None => build(ctx, line, fields, seen, per_row_conversation)?,
        };
        sink(item)?;
    }
    Ok(())
}

/// The header must name the text column once, and no column twice.
fn check_csv_header(ctx: &FileCtx, headers: &[String], delimiter: u8) -> Result<()> {
    if headers.iter().all(|h| h.is_empty()) {
        bail!("{}: empty file (no header row)", ctx.name);
    }
    if !headers.contains(&ctx.cols.text) {
        let shown = match delimiter {
            b'\t' => "tab".to_string(),
            d => format!("{:?}", d as char),
        };
        bail!(
            "{}:1: no text column {:?} (columns: {}; delimiter {shown}); use --text-col, --delimiter or corpus.toml [columns]",
            ctx.name,
            ctx.cols.text,
            headers.join(", ")
        );
    }
    let mut dup = HashSet::new();
    for h in headers {
        if !dup.insert(h) {
            bail!("{}:1: duplicate column {:?} in the header", ctx.name, h);
        }
    }
    Ok(())
}

/// Read one chat export; returns the number of `system` entries (platform notices, which are
/// neither messages nor rejects). Speakers are pseudonymised from the stable account id where
/// the platform has one (`meta.display_name` then holds the pseudonymised display name, which
/// is also what that name becomes in message text), else from the display name.
fn read_chat(
    rdr: &mut dyn std::io::BufRead,
    cf: chat::ChatFormat,
    path: &Path,
    ctx: &FileCtx,
    names: &dyn SpeakerNames,
    seen: &mut SeenIds,
    sink: Sink,
) -> Result<u64> {
    let mut bytes = Vec::new();
    rdr.read_to_end(&mut bytes)
        .with_context(|| format!("reading {}", ctx.name))?;
    let conversation_id = |key: &str| names.conversation(key);
    let pctx = chat::ParseContext {
        time: ctx.time,
        conversation_id: &conversation_id,
        file_tag: Some(ctx.stem),
    };
    let parsed = chat::parse_chat_with(cf, path, &bytes, &pctx)?;
    let speakers: Vec<String> = {
        let mut v: Vec<String> = parsed
            .records
            .iter()
            .map(|r| r.speaker_name.clone())
            .chain(parsed.known_names.iter().cloned())
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let replace = names.name_replacer(&speakers);
    // Records and skipped lines in file order, so rejects interleave as they occur.
    let mut skipped = parsed.skipped.into_iter().peekable();
    for r in parsed.records {
        while skipped.peek().is_some_and(|(l, _)| *l < r.line) {
            let (l, why) = skipped.next().expect("peeked");
            sink(reject(ctx, l, format!("not a message: {why}")))?;
        }
        let reject_with = |reason: &str| Reject {
            file: ctx.name.to_string(),
            line: r.line,
            reason: reason.into(),
            message_id: Some(r.message_id.clone()),
        };
        let item = if r.text.trim().is_empty() {
            Err(reject_with("empty text"))
        } else if r.timestamp.as_deref().is_some_and(|t| !valid_timestamp(t)) {
            Err(reject_with("unparsable timestamp"))
        } else if !seen.insert(&r.message_id)? {
            Err(reject_with("duplicate message_id"))
        } else {
            let mut meta = IndexMap::new();
            meta.insert("platform".to_string(), cf.as_str().to_string());
            let speaker = match &r.speaker_id {
                Some(id) => {
                    if *id != r.speaker_name {
                        meta.insert("display_name".into(), names.pseudonym(&r.speaker_name));
                    }
                    names.pseudonym(id)
                }
                None => names.pseudonym(&r.speaker_name),
            };
            for (k, v) in r.meta {
                meta.insert(k, v);
            }
            Ok(Message {
                corpus: ctx.corpus.to_string(),
                conversation_id: r.conversation_id,
                message_id: r.message_id,
                timestamp: r.timestamp,
                speaker,
                text: replace(&r.text),
                meta,
                speaker_pseudonymised: true,
                file: ctx.name.to_string(),
                line: r.line,
            })
        };
        sink(item)?;
    }
    for (l, why) in skipped {
        sink(reject(ctx, l, format!("not a message: {why}")))?;
    }
    Ok(parsed.system.len() as u64)
}

fn read_jsonl(
    rdr: &mut dyn std::io::BufRead,
    ctx: &FileCtx,
    seen: &mut SeenIds,
    sink: Sink,
) -> Result<()> {
    let mut any_text_col = false;
    let mut any_obj = false;
    let mut any_line = false;
    let mut buf = Vec::new();
    let mut line = 0u64;
    loop {
        buf.clear();
        let n = rdr.read_until(b'\n', &mut buf)?;
        if n == 0 {
            break;
        }
        line += 1;
        let mut raw = buf.strip_suffix(b"\n").unwrap_or(&buf);
        raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if line == 1 {
            raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
        }
        if raw.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        any_line = true;
        let Ok(s) = std::str::from_utf8(raw) else {
            sink(reject(ctx, line, "invalid UTF-8"))?;
            continue;
        };
        let fields = match jsonrec::parse(s) {
            Ok(jsonrec::Parsed::Object(fields)) => fields,
            Ok(jsonrec::Parsed::NotObject) => {
                sink(reject(ctx, line, "not a JSON object"))?;
                continue;
            }
            Err(e) => {
                sink(reject(ctx, line, format!("invalid JSON: {e}")))?;
                continue;
            }
        };
        any_obj = true;
        if let Some((_, t)) = fields.iter().find(|(k, _)| *k == ctx.cols.text) {
            any_text_col = true;
            if !t.is_string() {
                sink(reject(
                    ctx,
                    line,
                    format!("field {:?} is not a string", ctx.cols.text),
                ))?;
                continue;
            }
        }
        let per_row = !fields.iter().any(|(k, _)| *k == ctx.cols.conversation);
        let fields = fields.into_iter().map(|(k, v)| (k, v.into_text()));
        sink(build(
            ctx,
            line,
            Fields::of(ctx.cols, fields),
            seen,
            per_row,
        )?)?;
    }
    if !any_line {
        bail!("{}: empty file", ctx.name);
    }
    if any_obj && !any_text_col {
        bail!(
            "{}: no record has a text field {:?}; use --text-col or corpus.toml [columns]",
            ctx.name,
            ctx.cols.text
        );
    }
    Ok(())
}

/// Indices of messages in conversation order: grouped by conversation (in order of first
/// appearance), in file order, or in timestamp order where every message of the
/// conversation has a timestamp (stable for equal times).
pub fn conversation_order(messages: &[Message]) -> Vec<Vec<usize>> {
    order_by_conversation(
        messages.len(),
        |i| &messages[i].conversation_id,
        |i| messages[i].timestamp.as_deref(),
    )
}

/// [`conversation_order`] over any `n` records, given each one's conversation id and
/// timestamp (annotations use it too, for episodes). Conversations are ordered in parallel,
/// on rayon's pool.
pub fn order_by_conversation<'a>(
    n: usize,
    conversation: impl Fn(usize) -> &'a str,
    timestamp: impl Fn(usize) -> Option<&'a str> + Sync,
) -> Vec<Vec<usize>> {
    use rayon::prelude::*;
    group_by_conversation(n, conversation)
        .into_par_iter()
        .map(|idx| order_within(idx, &timestamp))
        .collect()
}

/// [`order_by_conversation`] on this thread alone: for a thread beside a busy pool (annotate's
/// writer, which builds episodes), where work handed to the pool would wait behind it.
pub fn order_by_conversation_here<'a>(
    n: usize,
    conversation: impl Fn(usize) -> &'a str,
    timestamp: impl Fn(usize) -> Option<&'a str>,
) -> Vec<Vec<usize>> {
    group_by_conversation(n, conversation)
        .into_iter()
        .map(|idx| order_within(idx, &timestamp))
        .collect()
}

/// Indices `0..n` grouped by conversation, in order of first appearance, in file order.
fn group_by_conversation<'a>(n: usize, conversation: impl Fn(usize) -> &'a str) -> Vec<Vec<usize>> {
    let mut groups: IndexMap<&str, Vec<usize>, foldhash::fast::RandomState> = IndexMap::default();
    for i in 0..n {
        groups.entry(conversation(i)).or_default().push(i);
    }
    groups.into_values().collect()
}

/// One conversation's indices in timestamp order (stable) if every one has a timestamp, else
/// as they are.
fn order_within<'a>(idx: Vec<usize>, timestamp: &impl Fn(usize) -> Option<&'a str>) -> Vec<usize> {
    let times: Option<Vec<chrono::DateTime<chrono::FixedOffset>>> = idx
        .iter()
        .map(|&i| timestamp(i).and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok()))
        .collect();
    match times {
        Some(times) => {
            let mut pairs: Vec<(chrono::DateTime<chrono::FixedOffset>, usize)> =
                times.into_iter().zip(idx.iter().copied()).collect();
            pairs.sort_by_key(|p| p.0);
            pairs.into_iter().map(|p| p.1).collect()
        }
        None => idx,
    }
}
