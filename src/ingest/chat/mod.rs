//! Readers for chat exports and data donations, one file per format behind the
//! [`ChatReader`] trait and the [`READERS`] registry (`TEMPLATE.md` in this directory shows how
//! to add one): WhatsApp text exports (Android and iOS), Telegram Desktop JSON (`result.json`),
//! DiscordChatExporter JSON, CHILDES CHAT transcripts (`.cha`), and the data downloads of
//! Instagram (`messages/inbox/<thread>/message_N.json`), Snapchat (`chat_history.json`) and
//! TikTok (`user_data.json`).
//!
//! Each reader turns one file into [`ChatRecord`]s (one per message or utterance), `system`
//! entries (line, reason) for platform notices that are not messages (system lines, service
//! messages, join and pin notices, deleted-message placeholders: counted, not rejected) and
//! `skipped` entries (line, reason) for entries that should be messages but cannot be used
//! (rejected downstream). Nothing is dropped silently. Structural problems (not this format at
//! all, truncated JSON, undeclared CHAT speakers, invalid UTF-8) are errors naming the file and
//! the 1-based line.
//!
//! Conventions shared by all readers:
//! - `speaker_name` is the RAW display name from the export and `speaker_id` the stable account
//!   id where the platform has one (Telegram `from_id`, Discord `author.id`, the Snapchat and
//!   TikTok username); the caller must pseudonymise both. Chat titles, thread folder names and
//!   attachment file names are never copied into records (they can be names); conversation
//!   keys that can name someone go through [`ParseContext::conversation_id`].
//! - Timestamps are RFC 3339. Naive local times (WhatsApp, Telegram `date`, TikTok `Date`) are
//!   local time in `--timezone` (default UTC) and rendered in UTC with a `Z` suffix; CHILDES
//!   `@Date` is midnight UTC. Discord timestamps carry an offset and are passed through as given.
//! - A message that is only media (a photo, a file, a sticker) has the text [`MEDIA`].
//! - `line` is the 1-based line of the file where the message starts, for JSON too (the line
//!   of the message object's opening brace).
//! - `meta` always starts with `platform` (`whatsapp`, `telegram`, `discord`, `childes`,
//!   `instagram`, `snapchat`, `tiktok`).

mod childes;
mod discord;
mod instagram;
mod jsonpos;
mod snapchat;
mod telegram;
mod tiktok;
mod whatsapp;

use crate::error::Result;
use crate::ingest::time::TimeOptions;
use indexmap::IndexMap;
use serde_json::Value;
use std::path::Path;

/// The text of a message that is only media (photo, video, file, sticker...). The normaliser
/// never makes words of it, so it is never counted or matched.
pub const MEDIA: &str = "<media>";

/// The chat export formats this module reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChatFormat {
    /// WhatsApp text exports (Android and iOS).
    WhatsApp,
    /// Telegram Desktop JSON (`result.json`).
    Telegram,
    /// DiscordChatExporter JSON.
    Discord,
    /// CHILDES CHAT transcripts (`.cha`).
    Childes,
    /// Instagram data downloads (`messages/inbox/<thread>/message_N.json`).
    Instagram,
    /// Snapchat data downloads (`chat_history.json`).
    Snapchat,
    /// TikTok data downloads (`user_data.json`).
    TikTok,
}

impl ChatFormat {
    /// All formats, in a fixed order.
    pub const ALL: [ChatFormat; 7] = [
        ChatFormat::WhatsApp,
        ChatFormat::Telegram,
        ChatFormat::Discord,
        ChatFormat::Childes,
        ChatFormat::Instagram,
        ChatFormat::Snapchat,
        ChatFormat::TikTok,
    ];

    /// The lower-case name, also used as `meta["platform"]`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChatFormat::WhatsApp => "whatsapp",
            ChatFormat::Telegram => "telegram",
            ChatFormat::Discord => "discord",
            ChatFormat::Childes => "childes",
            ChatFormat::Instagram => "instagram",
            ChatFormat::Snapchat => "snapchat",
            ChatFormat::TikTok => "tiktok",
        }
    }

    /// Parse a name as given by [`ChatFormat::as_str`] (case-insensitive; `chat`/`cha` mean CHILDES).
    pub fn from_name(name: &str) -> Option<ChatFormat> {
        match name.trim().to_ascii_lowercase().as_str() {
            "whatsapp" => Some(ChatFormat::WhatsApp),
            "telegram" => Some(ChatFormat::Telegram),
            "discord" => Some(ChatFormat::Discord),
            "childes" | "chat" | "cha" => Some(ChatFormat::Childes),
            "instagram" => Some(ChatFormat::Instagram),
            "snapchat" => Some(ChatFormat::Snapchat),
            "tiktok" => Some(ChatFormat::TikTok),
            _ => None,
        }
    }
}

/// One message (or CHILDES utterance) from a chat export, before pseudonymisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatRecord {
    /// Telegram chat id, Discord channel id, the file stem (WhatsApp, CHILDES), or a
    /// [`ParseContext::conversation_id`] (Instagram, Snapchat, TikTok).
    pub conversation_id: String,
    /// `{chat id}-{message id}` (Telegram), the message id (Discord), else `{conversation}-{n}`.
    pub message_id: String,
    /// RFC 3339.
    pub timestamp: Option<String>,
    /// The RAW display name (CHILDES: `CODE (Role)`); pseudonymise before use.
    pub speaker_name: String,
    /// The RAW stable account id, where the platform has one; pseudonymise before use.
    pub speaker_id: Option<String>,
    /// The message text ([`MEDIA`] for a message that is only media).
    pub text: String,
    /// Extra fields, starting with `platform`.
    pub meta: IndexMap<String, String>,
    /// 1-based line where the message starts.
    pub line: u64,
}

/// The result of reading one chat export.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChatParse {
    /// The messages, in file order.
    pub records: Vec<ChatRecord>,
    /// Entries that should be messages but cannot be used: (1-based line, reason).
    pub skipped: Vec<(u64, String)>,
    /// Platform notices that are not messages: (1-based line, reason).
    pub system: Vec<(u64, String)>,
    /// Other RAW names the reader knows for speakers (a Discord username beside the nickname
    /// shown): replaced in message text like the display names.
    pub known_names: Vec<String>,
}

/// What a reader needs besides the text.
pub struct ParseContext<'a> {
    /// `--date-order` and `--timezone` (and `--time-format` for free-form dates).
    pub time: &'a TimeOptions,
    /// A conversation id for a key that may name someone (a thread folder, a friend's
    /// username): ingest uses keyed pseudonyms (`conv_…`).
    pub conversation_id: &'a dyn Fn(&str) -> String,
    /// The tag that ids derived from the file use (a hash of its path, from ingest), instead
    /// of the file name, which may name someone ("WhatsApp Chat with NAME.txt").
    pub file_tag: Option<&'a str>,
}

/// An unkeyed conversation id (`conv_` + 16 hex digits of SHA-256), for [`parse_chat`].
pub fn hashed_conversation_id(key: &str) -> String {
    use sha2::Digest;
    let h = hex::encode(sha2::Sha256::digest(key.as_bytes()));
    format!("conv_{}", &h[..16])
}

/// One chat export format: detection and parsing. Implementations are unit structs listed in
/// [`READERS`]; `TEMPLATE.md` beside this file shows how to add one.
pub trait ChatReader: Sync {
    /// The format this reader reads.
    fn format(&self) -> ChatFormat;
    /// Whether a file is in this format, from its path, its lower-case extension and the
    /// start of its text (`head`, which may be cut anywhere). Readers are asked in
    /// [`READERS`] order and the first that answers `true` wins.
    fn detect(&self, path: &Path, ext: Option<&str>, head: &str) -> bool;
    /// Read a whole export (valid UTF-8, without a BOM). `stem` is the file stem, used for
    /// ids where the export has none.
    fn parse(&self, path: &Path, stem: &str, text: &str, ctx: &ParseContext) -> Result<ChatParse>;
}

/// Every reader, in detection order (the data-donation readers first: their files also have
/// keys that the Telegram sniffer accepts).
pub static READERS: &[&dyn ChatReader] = &[
    &childes::Childes,
    &instagram::Instagram,
    &snapchat::Snapchat,
    &tiktok::TikTok,
    &discord::Discord,
    &telegram::Telegram,
    &whatsapp::WhatsApp,
];

/// The reader for a format.
pub fn reader(format: ChatFormat) -> &'static dyn ChatReader {
    *READERS
        .iter()
        .find(|r| r.format() == format)
        .unwrap_or_else(|| unreachable!("every ChatFormat has a reader in READERS"))
}

/// Extensions that belong to one kind of export: a file with one of them is offered only to
/// the readers of that kind (`own`); any other extension is sniffed by content.
fn ext_fits(ext: Option<&str>, own: &str) -> bool {
    ext == Some(own) || !matches!(ext, Some("cha" | "json" | "txt"))
}

/// Guess the format of a file from its extension and its first bytes (`head` may be cut
/// anywhere). `.cha` is CHILDES; `.json` is Telegram or Discord by its keys; `.txt` is
/// WhatsApp if the first non-empty line has the WhatsApp shape. `.csv`, `.tsv` and `.jsonl`
/// are never chat exports. Other extensions are sniffed by content.
pub fn detect_format(path: &Path, head: &[u8]) -> Option<ChatFormat> {
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}');
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase());
    if matches!(ext.as_deref(), Some("csv" | "tsv" | "jsonl" | "ndjson")) {
        return None;
    }
    READERS
        .iter()
        .find(|r| r.detect(path, ext.as_deref(), text))
        .map(|r| r.format())
}

/// Whether `"key"` occurs as an object key (followed by `:`) somewhere in `text`.
fn has_json_key(text: &str, key: &str) -> bool {
    let needle = format!("\"{key}\"");
    let mut from = 0;
    while let Some(pos) = text[from..].find(&needle) {
        let at = from + pos;
        let escaped = text[..at].ends_with('\\');
        let after = text[at + needle.len()..].trim_start();
        if !escaped && after.starts_with(':') {
            return true;
        }
        from = at + needle.len();
    }
    false
}

/// Read one chat export with default time options (RFC 3339 / UTC, day-month order from the
/// file) and unkeyed conversation ids. `path` names the file in errors and gives the file stem
/// used for WhatsApp/CHILDES conversation and message ids.
pub fn parse_chat(format: ChatFormat, path: &Path, bytes: &[u8]) -> Result<ChatParse> {
    let time = TimeOptions::default();
    let ctx = ParseContext {
        time: &time,
        conversation_id: &hashed_conversation_id,
        file_tag: None,
    };
    parse_chat_with(format, path, bytes, &ctx)
}

/// Read one chat export under `ctx`.
pub fn parse_chat_with(
    format: ChatFormat,
    path: &Path,
    bytes: &[u8],
    ctx: &ParseContext,
) -> Result<ChatParse> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = e.valid_up_to();
            let line = bytes[..good].iter().filter(|b| **b == b'\n').count() as u64 + 1;
            return Err(err_at(
                path,
                line,
                format!("invalid UTF-8 (first bad byte at offset {good})"),
            ));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let stem = match ctx.file_tag {
        Some(t) => t.to_string(),
        None => path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "chat".to_string()),
    };
    reader(format).parse(path, &stem, text, ctx)
}

/// Bad input at `path:line`.
fn err_at(path: &Path, line: u64, msg: impl std::fmt::Display) -> crate::Error {
    crate::Error::input(path, Some(line), msg.to_string())
}

fn base_meta(format: ChatFormat) -> IndexMap<String, String> {
    let mut m = IndexMap::new();
    m.insert("platform".to_string(), format.as_str().to_string());
    m
}

/// `YYYY-MM-DDTHH:MM:SSZ`, or `None` if the date or time does not exist.
fn naive_rfc3339(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> Option<String> {
    if !(0..=9999).contains(&y) {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y, mo, d)?.and_hms_opt(h, mi, s)?;
    Some(format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z"))
}

/// Lines split on `\n` with a trailing `\r` removed, numbered from 1.
fn numbered_lines(text: &str) -> impl Iterator<Item = (u64, &str)> {
    text.split('\n').enumerate().map(|(i, l)| {
        let l = l.strip_suffix('\r').unwrap_or(l);
        (i as u64 + 1, l)
    })
}

/// Parse JSON, mapping errors to `file:line: invalid JSON: ...`.
fn parse_json(path: &Path, text: &str) -> Result<Value> {
    serde_json::from_str(text).map_err(|e| {
        let what = if e.is_eof() {
            "truncated JSON"
        } else {
            "invalid JSON"
        };
        err_at(path, e.line().max(1) as u64, format!("{what}: {e}"))
    })
}

/// A JSON scalar as an id string (numbers and strings; nothing else).
fn json_id(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The top-level object of a JSON export and its `messages` array; `what` names the export
/// in errors ("a DiscordChatExporter export"), which give the file and line.
fn object_with_messages<'v>(
    path: &Path,
    root: &'v Value,
    pos: &jsonpos::Positions,
    what: &str,
) -> Result<(&'v serde_json::Map<String, Value>, &'v Vec<Value>)> {
    let Some(obj) = root.as_object() else {
        return Err(err_at(
            path,
            1,
            format!("expected {what} (an object), found {}", json_kind(root)),
        ));
    };
    match obj.get("messages") {
        Some(Value::Array(a)) => Ok((obj, a)),
        Some(other) => Err(err_at(
            path,
            pos.key_line("/messages"),
            format!("\"messages\" is {}, not an array", json_kind(other)),
        )),
        None => Err(err_at(
            path,
            1,
            format!("expected {what} with a \"messages\" array"),
        )),
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests;
