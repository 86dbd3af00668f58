//! Readers for chat exports: WhatsApp text exports (Android and iOS), Telegram Desktop JSON
//! (`result.json`), DiscordChatExporter JSON and CHILDES CHAT transcripts (`.cha`).
//!
//! Each reader turns one file into [`ChatRecord`]s (one per message or utterance) plus a list
//! of `skipped` entries (line, reason) for everything that is in the export but is not a
//! message: system lines, service messages, deleted messages. Nothing is dropped silently.
//! Structural problems (not this format at all, truncated JSON, undeclared CHAT speakers,
//! invalid UTF-8) are errors naming the file and the 1-based line.
//!
//! Conventions shared by all readers:
//! - `speaker_name` is the RAW display name from the export; the caller must pseudonymise it.
//!   Chat titles and attachment file names are never copied into records (they can be names).
//! - Timestamps are RFC 3339. Naive local times (WhatsApp, Telegram `date`, CHILDES `@Date`)
//!   are treated as UTC and rendered with a `Z` suffix: wall-clock time, not a true instant.
//!   Discord timestamps carry an offset and are passed through as given.
//! - `line` is the 1-based line of the file where the message starts, for JSON too (the line
//!   of the message object's opening brace).
//! - `meta` always starts with `platform` (`whatsapp`, `telegram`, `discord`, `childes`).

use anyhow::{anyhow, Result};
use indexmap::IndexMap;
use serde_json::Value;
use std::path::Path;

/// The chat export formats this module reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChatFormat {
    WhatsApp,
    Telegram,
    Discord,
    Childes,
}

impl ChatFormat {
    /// All formats, in a fixed order.
    pub const ALL: [ChatFormat; 4] = [
        ChatFormat::WhatsApp,
        ChatFormat::Telegram,
        ChatFormat::Discord,
        ChatFormat::Childes,
    ];

    /// The lower-case name, also used as `meta["platform"]`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChatFormat::WhatsApp => "whatsapp",
            ChatFormat::Telegram => "telegram",
            ChatFormat::Discord => "discord",
            ChatFormat::Childes => "childes",
        }
    }

    /// Parse a name as given by [`ChatFormat::as_str`] (case-insensitive; `chat`/`cha` mean CHILDES).
    pub fn from_name(name: &str) -> Option<ChatFormat> {
        match name.trim().to_ascii_lowercase().as_str() {
            "whatsapp" => Some(ChatFormat::WhatsApp),
            "telegram" => Some(ChatFormat::Telegram),
            "discord" => Some(ChatFormat::Discord),
            "childes" | "chat" | "cha" => Some(ChatFormat::Childes),
            _ => None,
        }
    }
}

/// One message (or CHILDES utterance) from a chat export, before pseudonymisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatRecord {
    /// Telegram chat id, Discord channel id, or the file stem (WhatsApp, CHILDES).
    pub conversation_id: String,
    /// `{chat id}-{message id}` (Telegram), the message id (Discord), else `{file_stem}-{n}`.
    pub message_id: String,
    /// RFC 3339; naive times are treated as UTC (`Z`).
    pub timestamp: Option<String>,
    /// The RAW display name (CHILDES: `CODE (Role)`); pseudonymise before use.
    pub speaker_name: String,
    pub text: String,
    pub meta: IndexMap<String, String>,
    /// 1-based line where the message starts.
    pub line: u64,
}

/// The result of reading one chat export.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChatParse {
    pub records: Vec<ChatRecord>,
    /// Entries that are not messages: (1-based line, reason).
    pub skipped: Vec<(u64, String)>,
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
    match ext.as_deref() {
        Some("cha") => Some(ChatFormat::Childes),
        Some("json") => sniff_json(text),
        Some("txt") => whatsapp::sniff(text).then_some(ChatFormat::WhatsApp),
        Some("csv") | Some("tsv") | Some("jsonl") | Some("ndjson") => None,
        _ => {
            if sniff_childes(text) {
                Some(ChatFormat::Childes)
            } else if let Some(f) = sniff_json(text) {
                Some(f)
            } else {
                whatsapp::sniff(text).then_some(ChatFormat::WhatsApp)
            }
        }
    }
}

fn sniff_childes(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .is_some_and(|l| l.starts_with("@UTF8") || l.starts_with("@Begin"))
}

fn sniff_json(text: &str) -> Option<ChatFormat> {
    if !text.trim_start().starts_with('{') {
        return None;
    }
    let k = |key: &str| has_json_key(text, key);
    if k("guild") || (k("messages") && (k("channel") || k("author"))) {
        Some(ChatFormat::Discord)
    } else if k("chats")
        || (k("messages")
            && (k("from_id") || k("date") || k("actor_id") || (k("type") && k("name"))))
    {
        Some(ChatFormat::Telegram)
    } else {
        None
    }
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

/// Read one chat export. `path` names the file in errors and gives the file stem used for
/// WhatsApp/CHILDES conversation and message ids.
pub fn parse_chat(format: ChatFormat, path: &Path, bytes: &[u8]) -> Result<ChatParse> {
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
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "chat".to_string());
    match format {
        ChatFormat::WhatsApp => whatsapp::parse(path, &stem, text),
        ChatFormat::Telegram => telegram::parse(path, &stem, text),
        ChatFormat::Discord => discord::parse(path, text),
        ChatFormat::Childes => childes::parse(path, &stem, text),
    }
}

fn err_at(path: &Path, line: u64, msg: impl std::fmt::Display) -> anyhow::Error {
    anyhow!("{}:{}: {}", path.display(), line, msg)
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

mod whatsapp {
    //! WhatsApp "Export chat" text files.
    //!
    //! Android: `dd/mm/yyyy, hh:mm - Name: text`; iOS: `[dd/mm/yyyy, hh:mm:ss] Name: text`.
    //! Also 2-digit years, optional seconds, 12-hour clocks (`am`/`pm`, any case, after a
    //! space, a no-break space or U+202F), `.`/`-` date separators and a missing comma.
    //! Dates are day-first unless some date in the file only makes sense month-first
    //! (second field above 12), as in US-locale exports; a file with both is an error.

    use super::ChatRecord;
    use super::{base_meta, err_at, naive_rfc3339, numbered_lines, ChatFormat, ChatParse};
    use anyhow::Result;
    use regex::Regex;
    use std::path::Path;
    use std::sync::OnceLock;

    const DATE: &str =
        r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4}|[0-9]{2}),?[ \x{A0}\x{202F}]";
    const TIME: &str = r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?:[ \x{A0}\x{202F}]?([aApP])\.?[ \x{A0}\x{202F}]?[mM]\.?)?";

    fn android() -> &'static Regex {
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| {
            Regex::new(&format!(r"^{DATE}{TIME} - (.*)$")).expect("valid Android regex")
        })
    }

    fn ios() -> &'static Regex {
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| {
            Regex::new(&format!(r"^\[{DATE}{TIME}\] (.*)$")).expect("valid iOS regex")
        })
    }

    const EXPECTED: &str = "expected a WhatsApp line such as 'dd/mm/yyyy, hh:mm - Name: text' \
                            or '[dd/mm/yyyy, hh:mm:ss] Name: text'";

    /// A line that starts a new entry (message or system line).
    struct Head<'a> {
        a: u32,
        b: u32,
        year: i32,
        hour: u32,
        min: u32,
        sec: u32,
        /// `Some(true)` for pm, `Some(false)` for am, `None` for a 24-hour clock.
        pm: Option<bool>,
        /// Everything after the timestamp: `Name: text` or a system text.
        rest: &'a str,
    }

    fn head(line: &str) -> Option<Head<'_>> {
        let c = android().captures(line).or_else(|| ios().captures(line))?;
        let num = |i: usize| -> Option<u32> {
            c.get(i).map(|m| m.as_str().parse().ok()).unwrap_or(Some(0))
        };
        let y = c.get(3)?.as_str();
        let year: i32 = y.parse().ok()?;
        Some(Head {
            a: num(1)?,
            b: num(2)?,
            year: if y.len() == 2 { 2000 + year } else { year },
            hour: num(4)?,
            min: num(5)?,
            sec: num(6)?,
            pm: c.get(7).map(|m| m.as_str().eq_ignore_ascii_case("p")),
            rest: c.get(8)?.as_str(),
        })
    }

    fn strip_lrm(line: &str) -> &str {
        line.trim_start_matches('\u{200e}')
    }

    /// Whether the first non-empty line looks like a WhatsApp line.
    pub(super) fn sniff(text: &str) -> bool {
        text.lines()
            .map(|l| strip_lrm(l.trim_end_matches('\r')))
            .find(|l| !l.trim().is_empty())
            .is_some_and(|l| head(l).is_some())
    }

    /// Bidirectional controls that exports wrap around names and phone numbers.
    fn is_bidi(c: char) -> bool {
        matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }

    /// Clean a display name: bidi controls, surrounding space and the `~ ` prefix that new
    /// exports put before names of people not in the exporter's contacts.
    fn clean_name(name: &str) -> String {
        let n: String = name.chars().filter(|c| !is_bidi(*c)).collect();
        let n = n.trim();
        let n = match n.strip_prefix('~') {
            Some(r) => r.trim_start_matches([' ', '\u{a0}', '\u{202f}']),
            None => n,
        };
        n.trim().to_string()
    }

    fn is_media(text: &str) -> bool {
        let t = text.trim_matches(|c: char| c.is_whitespace() || is_bidi(c));
        let lower = t.to_lowercase();
        lower == "<media omitted>"
            || (lower.starts_with("<attached: ") && lower.ends_with('>'))
            || lower.ends_with(" (file attached)")
            || [
                "image omitted",
                "video omitted",
                "audio omitted",
                "sticker omitted",
                "gif omitted",
                "document omitted",
                "contact card omitted",
            ]
            .iter()
            .any(|m| lower == *m || lower.ends_with(&format!(" {m}")))
    }

    fn is_deleted(text: &str) -> bool {
        let t = text
            .trim_matches(|c: char| c.is_whitespace() || is_bidi(c))
            .trim_end_matches('.');
        t == "This message was deleted" || t == "You deleted this message"
    }

    const EDITED: &str = "<This message was edited>";

    enum Entry {
        Message {
            line: u64,
            ts: String,
            speaker: String,
            text: String,
            media: bool,
            /// Caption lines after a media line.
            caption: Vec<String>,
        },
        /// A system line (or deleted message) and its continuation lines: not a message.
        Other,
    }

    pub(super) fn parse(path: &Path, stem: &str, text: &str) -> Result<ChatParse> {
        // Pass 1: day-first or month-first?
        let mut day_first_at = None;
        let mut month_first_at = None;
        for (n, raw) in numbered_lines(text) {
            if let Some(h) = head(strip_lrm(raw)) {
                if h.a > 12 && day_first_at.is_none() {
                    day_first_at = Some(n);
                }
                if h.b > 12 && month_first_at.is_none() {
                    month_first_at = Some(n);
                }
            }
        }
        let month_first = match (day_first_at, month_first_at) {
            (Some(d), Some(m)) => {
                return Err(err_at(
                    path,
                    d.max(m),
                    format!(
                        "dates are neither all dd/mm nor all mm/dd \
                         (line {d} is day-first, line {m} month-first)"
                    ),
                ))
            }
            (None, Some(_)) => true,
            _ => false,
        };

        let mut out = ChatParse::default();
        let mut cur: Option<Entry> = None;
        let mut n = 0u64;
        let mut flush = |e: Option<Entry>, out: &mut ChatParse| {
            if let Some(Entry::Message {
                line,
                ts,
                speaker,
                text,
                media,
                caption,
            }) = e
            {
                n += 1;
                let mut meta = base_meta(ChatFormat::WhatsApp);
                let mut text = if media {
                    meta.insert("media".into(), "omitted".into());
                    let cap = caption.join("\n");
                    if cap.trim().is_empty() {
                        "<Media omitted>".to_string()
                    } else {
                        cap
                    }
                } else {
                    text
                };
                let trimmed = text.trim_end_matches(['\n', '\r']);
                if let Some(t) = trimmed.strip_suffix(EDITED) {
                    meta.insert("edited".into(), "true".into());
                    text = t
                        .trim_end_matches(|c: char| c.is_whitespace() || is_bidi(c))
                        .to_string();
                } else {
                    text.truncate(trimmed.len());
                }
                out.records.push(ChatRecord {
                    conversation_id: stem.to_string(),
                    message_id: format!("{stem}-{n}"),
                    timestamp: Some(ts),
                    speaker_name: speaker,
                    text,
                    meta,
                    line,
                });
            }
        };

        for (line, raw) in numbered_lines(text) {
            let l = strip_lrm(raw);
            let Some(h) = head(l) else {
                match cur.as_mut() {
                    None if l.trim().is_empty() => {}
                    None => return Err(err_at(path, line, EXPECTED)),
                    Some(Entry::Message {
                        text,
                        media,
                        caption,
                        ..
                    }) => {
                        if *media {
                            caption.push(raw.to_string());
                        } else {
                            text.push('\n');
                            text.push_str(raw);
                        }
                    }
                    Some(Entry::Other) => {}
                }
                continue;
            };
            flush(cur.take(), &mut out);
            let (day, month) = if month_first { (h.b, h.a) } else { (h.a, h.b) };
            let hour = match h.pm {
                None if h.hour <= 23 => Some(h.hour),
                Some(pm) if (1..=12).contains(&h.hour) => {
                    Some(h.hour % 12 + if pm { 12 } else { 0 })
                }
                _ => None,
            };
            let ts = hour
                .and_then(|hour| naive_rfc3339(h.year, month, day, hour, h.min, h.sec))
                .ok_or_else(|| {
                    err_at(
                        path,
                        line,
                        format!(
                            "invalid date or time in WhatsApp line ({}/{}/{} {}:{:02})",
                            h.a, h.b, h.year, h.hour, h.min
                        ),
                    )
                })?;
            let Some((name, body)) = h.rest.split_once(": ") else {
                out.skipped.push((line, "system line".into()));
                cur = Some(Entry::Other);
                continue;
            };
            // Quoted names come from system lines such as `X changed the subject to "a: b"`.
            let speaker = clean_name(name);
            if speaker.is_empty() || name.contains(['"', '\u{201c}', '\u{201d}']) {
                out.skipped.push((line, "system line".into()));
                cur = Some(Entry::Other);
                continue;
            }
            if is_deleted(body) {
                out.skipped.push((line, "deleted message".into()));
                cur = Some(Entry::Other);
                continue;
            }
            let media = is_media(body);
            // iOS marks system texts (attributed to the group) with a leading U+200E.
            if !media && body.starts_with('\u{200e}') {
                out.skipped.push((line, "system line".into()));
                cur = Some(Entry::Other);
                continue;
            }
            cur = Some(Entry::Message {
                line,
                ts,
                speaker,
                text: body.to_string(),
                media,
                caption: Vec::new(),
            });
        }
        flush(cur.take(), &mut out);
        if out.records.is_empty() && out.skipped.is_empty() {
            return Err(err_at(path, 1, "empty file (no WhatsApp lines)"));
        }
        Ok(out)
    }
}

mod jsonpos {
    //! Line numbers for JSON values: serde_json's `Value` forgets positions, so a light scan
    //! of the (already validated) text finds the line of selected keys and of the elements
    //! of arrays stored under those keys. Paths are JSON pointers (`/chats/list/0/messages`).

    use std::collections::HashMap;

    #[derive(Debug, Default)]
    pub(super) struct Positions {
        /// Pointer of a value stored under a tracked key -> line of the key.
        pub keys: HashMap<String, u64>,
        /// Pointer of an array stored under a tracked key -> line of each element's start.
        pub elems: HashMap<String, Vec<u64>>,
    }

    impl Positions {
        pub fn key_line(&self, pointer: &str) -> u64 {
            self.keys.get(pointer).copied().unwrap_or(1)
        }

        /// Line of element `i` of the array at `pointer`, or `i + 1` if unknown.
        pub fn elem_line(&self, pointer: &str, i: usize) -> u64 {
            self.elems
                .get(pointer)
                .and_then(|v| v.get(i))
                .copied()
                .unwrap_or(i as u64 + 1)
        }
    }

    enum Frame {
        Obj {
            ptr: String,
            key: Option<String>,
            expect_key: bool,
        },
        Arr {
            ptr: String,
            next: usize,
            track: bool,
        },
    }

    fn escape(seg: &str) -> String {
        seg.replace('~', "~0").replace('/', "~1")
    }

    /// Index just past the string starting at `b[i] == b'"'`.
    fn string_end(b: &[u8], i: usize) -> usize {
        let mut j = i + 1;
        while j < b.len() {
            match b[j] {
                b'\\' => j += 2,
                b'"' => return j + 1,
                _ => j += 1,
            }
        }
        b.len()
    }

    pub(super) fn scan(text: &str, tracked: &[&str]) -> Positions {
        let b = text.as_bytes();
        let mut pos = Positions::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut line = 1u64;
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            match c {
                b'\n' => {
                    line += 1;
                    i += 1;
                }
                b' ' | b'\t' | b'\r' | b':' => i += 1,
                b',' => {
                    if let Some(Frame::Obj { expect_key, .. }) = stack.last_mut() {
                        *expect_key = true;
                    }
                    i += 1;
                }
                b'}' | b']' => {
                    stack.pop();
                    i += 1;
                }
                b'"' if matches!(
                    stack.last(),
                    Some(Frame::Obj {
                        expect_key: true,
                        ..
                    })
                ) =>
                {
                    let end = string_end(b, i);
                    let raw = &text[i..end];
                    let k: String = serde_json::from_str(raw).unwrap_or_else(|_| raw.to_string());
                    if let Some(Frame::Obj {
                        ptr,
                        key,
                        expect_key,
                    }) = stack.last_mut()
                    {
                        if tracked.contains(&k.as_str()) {
                            pos.keys.insert(format!("{ptr}/{}", escape(&k)), line);
                        }
                        *key = Some(k);
                        *expect_key = false;
                    }
                    i = end;
                }
                _ => {
                    // A value starts here.
                    let container = c == b'{' || c == b'[';
                    let mut child_ptr = String::new();
                    let mut track = false;
                    match stack.last_mut() {
                        None => {}
                        Some(Frame::Arr {
                            ptr,
                            next,
                            track: tr,
                        }) => {
                            if *tr {
                                pos.elems.entry(ptr.clone()).or_default().push(line);
                            }
                            if container {
                                child_ptr = format!("{ptr}/{next}");
                            }
                            *next += 1;
                        }
                        Some(Frame::Obj { ptr, key, .. }) => {
                            let k = key.as_deref().unwrap_or("");
                            track = tracked.contains(&k);
                            if container {
                                child_ptr = format!("{ptr}/{}", escape(k));
                            }
                        }
                    }
                    match c {
                        b'{' => {
                            stack.push(Frame::Obj {
                                ptr: child_ptr,
                                key: None,
                                expect_key: true,
                            });
                            i += 1;
                        }
                        b'[' => {
                            stack.push(Frame::Arr {
                                ptr: child_ptr,
                                next: 0,
                                track,
                            });
                            i += 1;
                        }
                        b'"' => i = string_end(b, i),
                        _ => {
                            i += 1;
                            while i < b.len()
                                && !matches!(
                                    b[i],
                                    b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n'
                                )
                            {
                                i += 1;
                            }
                        }
                    }
                }
            }
        }
        pos
    }
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

mod telegram {
    //! Telegram Desktop "Export chat history" / "Export Telegram data" JSON.

    use super::{
        base_meta, err_at, json_id, json_kind, jsonpos, naive_rfc3339, parse_json, ChatFormat,
        ChatParse, ChatRecord,
    };
    use anyhow::Result;
    use serde_json::{Map, Value};
    use std::path::Path;

    /// Concatenate a `text` value: a string, or an array of strings and `{"type","text"}`
    /// entity objects. `None` for any other shape.
    fn flatten_text(v: &Value) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Array(parts) => {
                let mut out = String::new();
                for p in parts {
                    match p {
                        Value::String(s) => out.push_str(s),
                        Value::Object(o) => match o.get("text") {
                            Some(Value::String(s)) => out.push_str(s),
                            None | Some(Value::Null) => {}
                            Some(_) => return None,
                        },
                        _ => return None,
                    }
                }
                Some(out)
            }
            Value::Null => Some(String::new()),
            _ => None,
        }
    }

    /// `2024-03-01T18:22:05` (naive) -> `2024-03-01T18:22:05Z`; values with an offset are
    /// kept if they are valid RFC 3339.
    fn date(s: &str) -> Option<String> {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
            use chrono::{Datelike, Timelike};
            return naive_rfc3339(
                t.year(),
                t.month(),
                t.day(),
                t.hour(),
                t.minute(),
                t.second(),
            );
        }
        chrono::DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|_| s.to_string())
    }

    pub(super) fn parse(path: &Path, stem: &str, text: &str) -> Result<ChatParse> {
        let root = parse_json(path, text)?;
        let pos = jsonpos::scan(text, &["messages", "list", "chats", "left_chats"]);
        let Some(obj) = root.as_object() else {
            return Err(err_at(
                path,
                1,
                format!(
                    "expected a Telegram export object, found {}",
                    json_kind(&root)
                ),
            ));
        };
        // (JSON pointer of the chat object, the chat)
        let mut chats: Vec<(String, &Map<String, Value>)> = Vec::new();
        if obj.contains_key("chats") || obj.contains_key("left_chats") {
            for group in ["chats", "left_chats"] {
                let Some(g) = obj.get(group) else { continue };
                let gptr = format!("/{group}");
                let Some(list) = g.get("list").and_then(Value::as_array) else {
                    return Err(err_at(
                        path,
                        pos.key_line(&gptr),
                        format!("\"{group}\" has no \"list\" array"),
                    ));
                };
                let lptr = format!("{gptr}/list");
                for (i, c) in list.iter().enumerate() {
                    let Some(c) = c.as_object() else {
                        return Err(err_at(
                            path,
                            pos.elem_line(&lptr, i),
                            format!("{group}.list[{i}] is {}, not a chat object", json_kind(c)),
                        ));
                    };
                    chats.push((format!("{lptr}/{i}"), c));
                }
            }
        } else if obj.contains_key("messages") {
            chats.push((String::new(), obj));
        } else {
            return Err(err_at(
                path,
                1,
                "expected a Telegram export: {\"name\",\"type\",\"id\",\"messages\":[...]} \
                 or {\"chats\":{\"list\":[...]}}",
            ));
        }

        let mut out = ChatParse::default();
        for (ci, (cptr, chat)) in chats.iter().enumerate() {
            let mptr = format!("{cptr}/messages");
            let chat_id =
                json_id(chat.get("id")).unwrap_or_else(|| format!("{stem}-chat{}", ci + 1));
            let messages = match chat.get("messages") {
                Some(Value::Array(a)) => a,
                None => continue, // a chat listed without its messages (not exported)
                Some(other) => {
                    return Err(err_at(
                        path,
                        pos.key_line(&mptr),
                        format!("\"messages\" is {}, not an array", json_kind(other)),
                    ))
                }
            };
            let chat_type = chat.get("type").and_then(Value::as_str);
            for (i, m) in messages.iter().enumerate() {
                let line = pos.elem_line(&mptr, i);
                let mut skip = |reason: String| out.skipped.push((line, reason));
                let Some(m) = m.as_object() else {
                    skip(format!("message is {}, not an object", json_kind(m)));
                    continue;
                };
                match m.get("type").and_then(Value::as_str) {
                    Some("message") => {}
                    Some("service") => {
                        let action = m.get("action").and_then(Value::as_str).unwrap_or("unknown");
                        skip(format!("service message ({action})"));
                        continue;
                    }
                    Some(t) => {
                        skip(format!("unsupported message type {t:?}"));
                        continue;
                    }
                    None => {
                        skip("missing \"type\"".into());
                        continue;
                    }
                }
                let Some(id) = json_id(m.get("id")) else {
                    skip("missing \"id\"".into());
                    continue;
                };
                let timestamp = match m.get("date") {
                    None | Some(Value::Null) => None,
                    Some(Value::String(d)) => match date(d) {
                        Some(t) => Some(t),
                        None => {
                            skip(format!("unparsable \"date\" {d:?}"));
                            continue;
                        }
                    },
                    Some(other) => {
                        skip(format!("\"date\" is {}, not a string", json_kind(other)));
                        continue;
                    }
                };
                let body = match m.get("text").or_else(|| m.get("text_entities")) {
                    None => Some(String::new()),
                    Some(v) => flatten_text(v),
                };
                let Some(body) = body else {
                    skip("unsupported \"text\" value (expected a string or an array)".into());
                    continue;
                };
                let speaker = m
                    .get("from")
                    .and_then(Value::as_str)
                    .filter(|s| !s.trim().is_empty())
                    .or_else(|| m.get("from_id").and_then(Value::as_str))
                    .unwrap_or("unknown")
                    .to_string();
                let mut meta = base_meta(ChatFormat::Telegram);
                if let Some(t) = chat_type {
                    meta.insert("chat_type".into(), t.to_string());
                }
                if let Some(r) = json_id(m.get("reply_to_message_id")) {
                    meta.insert("reply_to_message_id".into(), r);
                }
                if m.contains_key("forwarded_from") {
                    meta.insert("forwarded".into(), "true".into());
                }
                if m.get("edited").is_some_and(|v| !v.is_null()) {
                    meta.insert("edited".into(), "true".into());
                }
                let media = m
                    .get("media_type")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .or_else(|| m.contains_key("photo").then(|| "photo".to_string()))
                    .or_else(|| m.contains_key("file").then(|| "file".to_string()));
                if let Some(media) = media {
                    meta.insert("media".into(), media);
                }
                out.records.push(ChatRecord {
                    conversation_id: chat_id.clone(),
                    message_id: format!("{chat_id}-{id}"),
                    timestamp,
                    speaker_name: speaker,
                    text: body,
                    meta,
                    line,
                });
            }
        }
        Ok(out)
    }
}

mod discord {
    //! DiscordChatExporter JSON (one channel per file).

    use super::{
        base_meta, err_at, json_id, json_kind, jsonpos, parse_json, ChatFormat, ChatParse,
        ChatRecord,
    };
    use anyhow::Result;
    use serde_json::Value;
    use std::path::Path;

    /// Message types that people write; everything else (joins, pins, calls...) is skipped.
    const USER_TYPES: &[&str] = &["Default", "Reply"];

    pub(super) fn parse(path: &Path, text: &str) -> Result<ChatParse> {
        let root = parse_json(path, text)?;
        let pos = jsonpos::scan(text, &["messages", "channel"]);
        let Some(obj) = root.as_object() else {
            return Err(err_at(
                path,
                1,
                format!(
                    "expected a DiscordChatExporter object, found {}",
                    json_kind(&root)
                ),
            ));
        };
        let messages = match obj.get("messages") {
            Some(Value::Array(a)) => a,
            Some(other) => {
                return Err(err_at(
                    path,
                    pos.key_line("/messages"),
                    format!("\"messages\" is {}, not an array", json_kind(other)),
                ))
            }
            None => {
                return Err(err_at(
                    path,
                    1,
                    "expected a DiscordChatExporter export with a \"messages\" array",
                ))
            }
        };
        let Some(channel) = json_id(obj.get("channel").and_then(|c| c.get("id"))) else {
            return Err(err_at(
                path,
                pos.key_line("/channel"),
                "missing \"channel\".\"id\"",
            ));
        };
        let mut out = ChatParse::default();
        for (i, m) in messages.iter().enumerate() {
            let line = pos.elem_line("/messages", i);
            let mut skip = |reason: String| out.skipped.push((line, reason));
            let Some(m) = m.as_object() else {
                skip(format!("message is {}, not an object", json_kind(m)));
                continue;
            };
            let Some(id) = json_id(m.get("id")) else {
                skip("missing \"id\"".into());
                continue;
            };
            let kind = m.get("type").and_then(Value::as_str).unwrap_or("Default");
            if !USER_TYPES.contains(&kind) {
                skip(format!("system message ({kind})"));
                continue;
            }
            let timestamp = match m.get("timestamp") {
                None | Some(Value::Null) => None,
                Some(Value::String(t)) if chrono::DateTime::parse_from_rfc3339(t).is_ok() => {
                    Some(t.clone())
                }
                Some(other) => {
                    skip(format!("unparsable \"timestamp\" {other}"));
                    continue;
                }
            };
            let content = match m.get("content") {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => {
                    skip(format!("\"content\" is {}, not a string", json_kind(other)));
                    continue;
                }
            };
            let author = m.get("author");
            let name_of = |k: &str| {
                author
                    .and_then(|a| a.get(k))
                    .and_then(Value::as_str)
                    .filter(|s| !s.trim().is_empty())
            };
            let Some(speaker) = name_of("nickname").or_else(|| name_of("name")) else {
                skip("missing \"author\" name".into());
                continue;
            };
            let mut meta = base_meta(ChatFormat::Discord);
            if let Some(r) = json_id(m.get("reference").and_then(|r| r.get("messageId"))) {
                meta.insert("reply_to".into(), r);
            }
            let attachments = m
                .get("attachments")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            if attachments > 0 {
                meta.insert("attachments".into(), attachments.to_string());
            }
            if m.get("timestampEdited").is_some_and(|v| !v.is_null()) {
                meta.insert("edited".into(), "true".into());
            }
            if author
                .and_then(|a| a.get("isBot"))
                .and_then(Value::as_bool)
                .unwrap_or(false)
            {
                meta.insert("bot".into(), "true".into());
            }
            out.records.push(ChatRecord {
                conversation_id: channel.clone(),
                message_id: id,
                timestamp,
                speaker_name: speaker.to_string(),
                text: content,
                meta,
                line,
            });
        }
        Ok(out)
    }
}

mod childes {
    //! CHILDES CHAT transcripts (`.cha`).
    //!
    //! Tab-initial lines continue the previous line (joined with a space). `@Participants`
    //! declares `CODE [Name] Role` entries; utterances are `*CODE:\ttext`; dependent tiers
    //! `%tier:\ttext` attach to the preceding utterance as `meta[tier]` (repeats joined
    //! with a newline). Media bullets (`\u{15}start_end\u{15}`) are removed from the text and
    //! kept in `meta["bullet"]`. Transcription codes (`[/]`, `&-um`, `xxx`) are kept.

    use super::{
        base_meta, err_at, naive_rfc3339, numbered_lines, ChatFormat, ChatParse, ChatRecord,
    };
    use anyhow::Result;
    use indexmap::IndexMap;
    use std::path::Path;

    const MONTHS: [&str; 12] = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ];

    /// `01-JAN-2020` -> `2020-01-01T00:00:00Z`.
    fn date(s: &str) -> Option<String> {
        let mut it = s.trim().split('-');
        let d: u32 = it.next()?.parse().ok()?;
        let m = it.next()?.to_ascii_uppercase();
        let y: i32 = it.next()?.parse().ok()?;
        if it.next().is_some() {
            return None;
        }
        let mo = MONTHS.iter().position(|x| *x == m)? as u32 + 1;
        naive_rfc3339(y, mo, d, 0, 0, 0)
    }

    /// Remove media bullets; return the cleaned, whitespace-collapsed text and the bullets.
    fn strip_bullets(s: &str) -> (String, Vec<String>) {
        let mut text = String::new();
        let mut bullets = Vec::new();
        let mut rest = s;
        while let Some(a) = rest.find('\u{15}') {
            text.push_str(&rest[..a]);
            text.push(' ');
            let after = &rest[a + 1..];
            match after.find('\u{15}') {
                Some(b) => {
                    let inner = after[..b].trim();
                    if !inner.is_empty() {
                        bullets.push(inner.to_string());
                    }
                    rest = &after[b + 1..];
                }
                None => {
                    rest = after; // an unpaired bullet mark: drop it
                }
            }
        }
        text.push_str(rest);
        (
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            bullets,
        )
    }

    /// Split `X:\tvalue` after a one-character sigil; `None` without a colon.
    fn split_code(l: &str) -> Option<(&str, &str)> {
        let body = l.get(1..)?;
        let (code, value) = body.split_once(':')?;
        Some((code.trim(), value.trim()))
    }

    pub(super) fn parse(path: &Path, stem: &str, text: &str) -> Result<ChatParse> {
        // Logical lines: tab-initial lines continue the previous one.
        let mut logical: Vec<(u64, String)> = Vec::new();
        let mut last_line = 1;
        for (line, l) in numbered_lines(text) {
            if l.trim().is_empty() {
                continue;
            }
            last_line = line;
            if l.starts_with('\t') {
                match logical.last_mut() {
                    Some((_, prev)) => {
                        prev.push(' ');
                        prev.push_str(l.trim());
                    }
                    None => return Err(err_at(
                        path,
                        line,
                        "continuation line (starting with a tab) before any header or utterance",
                    )),
                }
            } else {
                logical.push((line, l.to_string()));
            }
        }
        if logical.is_empty() {
            return Err(err_at(
                path,
                1,
                "empty file (expected a CHAT transcript starting with @Begin)",
            ));
        }

        let mut out = ChatParse::default();
        let mut begun = false;
        let mut ended = false;
        let mut participants: Option<IndexMap<String, String>> = None;
        let mut when: Option<String> = None;
        for (line, l) in logical {
            if ended {
                out.skipped.push((line, "line after @End".into()));
                continue;
            }
            match l.chars().next() {
                Some('@') => {
                    let name = l
                        .split(|c: char| c == ':' || c.is_whitespace())
                        .next()
                        .unwrap_or("");
                    let value = l.split_once(':').map_or("", |(_, v)| v.trim());
                    match name {
                        "@Begin" => begun = true,
                        "@End" => ended = true,
                        "@Participants" => {
                            let mut p = IndexMap::new();
                            for entry in value.split(',') {
                                let words: Vec<&str> = entry.split_whitespace().collect();
                                match words.as_slice() {
                                    [] => {}
                                    [one] => {
                                        return Err(err_at(
                                            path,
                                            line,
                                            format!("@Participants entry {one:?} needs a code and a role"),
                                        ))
                                    }
                                    [code, .., role] => {
                                        p.insert(code.to_string(), role.to_string());
                                    }
                                }
                            }
                            if p.is_empty() {
                                return Err(err_at(path, line, "@Participants declares nobody"));
                            }
                            participants = Some(p);
                        }
                        "@Date" => {
                            when = Some(date(value).ok_or_else(|| {
                                err_at(
                                    path,
                                    line,
                                    format!("@Date {value:?}: expected dd-MMM-yyyy, e.g. 01-JAN-2020"),
                                )
                            })?);
                        }
                        _ => {} // other headers (@Languages, @ID, @Comment, @G...) carry no messages
                    }
                }
                Some('*') => {
                    if !begun {
                        return Err(err_at(path, line, "utterance before @Begin"));
                    }
                    let Some((code, body)) = split_code(&l) else {
                        return Err(err_at(path, line, "expected '*SPEAKER:\\ttext'"));
                    };
                    let Some(parts) = participants.as_ref() else {
                        return Err(err_at(
                            path,
                            line,
                            "utterance before @Participants (missing @Participants header)",
                        ));
                    };
                    let Some(role) = parts.get(code) else {
                        return Err(err_at(
                            path,
                            line,
                            format!("speaker {code:?} is not declared in @Participants"),
                        ));
                    };
                    let (clean, bullets) = strip_bullets(body);
                    let mut meta = base_meta(ChatFormat::Childes);
                    if !bullets.is_empty() {
                        meta.insert("bullet".into(), bullets.join(" "));
                    }
                    let n = out.records.len() + 1;
                    out.records.push(ChatRecord {
                        conversation_id: stem.to_string(),
                        message_id: format!("{stem}-{n}"),
                        timestamp: when.clone(),
                        speaker_name: format!("{code} ({role})"),
                        text: clean,
                        meta,
                        line,
                    });
                }
                Some('%') => {
                    let Some((tier, body)) = split_code(&l) else {
                        return Err(err_at(path, line, "expected '%tier:\\ttext'"));
                    };
                    let Some(rec) = out.records.last_mut() else {
                        return Err(err_at(
                            path,
                            line,
                            format!("dependent tier %{tier} before any utterance"),
                        ));
                    };
                    rec.meta
                        .entry(tier.to_string())
                        .and_modify(|v| {
                            v.push('\n');
                            v.push_str(body);
                        })
                        .or_insert_with(|| body.to_string());
                }
                _ => {
                    return Err(err_at(
                        path,
                        line,
                        "expected a CHAT line (@Header, *SPEAKER:, %tier: or a tab-indented continuation)",
                    ))
                }
            }
        }
        if !begun {
            return Err(err_at(path, 1, "missing @Begin"));
        }
        if participants.is_none() {
            return Err(err_at(path, 1, "missing @Participants header"));
        }
        if !ended {
            return Err(err_at(path, last_line, "missing @End (truncated file?)"));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/chat");

    fn fixture(name: &str) -> (PathBuf, Vec<u8>) {
        let p = Path::new(FIXTURES).join(name);
        let b = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        (p, b)
    }

    fn parse_fixture(format: ChatFormat, name: &str) -> ChatParse {
        let (p, b) = fixture(name);
        parse_chat(format, &p, &b).unwrap_or_else(|e| panic!("{e:#}"))
    }

    fn parse_err(format: ChatFormat, name: &str, bytes: &[u8]) -> String {
        match parse_chat(format, Path::new(name), bytes) {
            Ok(r) => panic!("{name}: expected an error, got {r:?}"),
            Err(e) => format!("{e:#}"),
        }
    }

    /// 1-based line of the first line of `text` containing `needle` (an independent count).
    fn line_of(text: &str, needle: &str) -> u64 {
        text.lines()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} not in text")) as u64
            + 1
    }

    fn speakers(p: &ChatParse) -> Vec<&str> {
        p.records.iter().map(|r| r.speaker_name.as_str()).collect()
    }

    // ---------------------------------------------------------------- detection

    #[test]
    fn detects_fixtures_by_extension_and_by_content() {
        let cases = [
            ("whatsapp_android.txt", Some(ChatFormat::WhatsApp)),
            ("whatsapp_ios.txt", Some(ChatFormat::WhatsApp)),
            ("whatsapp_bad.txt", None),
            ("telegram_result.json", Some(ChatFormat::Telegram)),
            ("telegram_full.json", Some(ChatFormat::Telegram)),
            ("telegram_bad.json", Some(ChatFormat::Telegram)),
            ("discord.json", Some(ChatFormat::Discord)),
            ("discord_bad.json", Some(ChatFormat::Discord)),
            ("sample.cha", Some(ChatFormat::Childes)),
            ("childes_bad.cha", Some(ChatFormat::Childes)),
        ];
        for (name, want) in cases {
            let (p, b) = fixture(name);
            assert_eq!(detect_format(&p, &b), want, "{name}");
            // A short head (cut mid-line, maybe mid-character) is enough.
            assert_eq!(
                detect_format(&p, &b[..b.len().min(200)]),
                want,
                "{name} head"
            );
            // Without a telling extension, content sniffing gives the same answer.
            assert_eq!(
                detect_format(Path::new("export.dat"), &b),
                want,
                "{name} sniffed"
            );
        }
        let (_, b) = fixture("whatsapp_android.txt");
        assert_eq!(detect_format(Path::new("x.csv"), &b), None);
        assert_eq!(detect_format(Path::new("x.json"), b"{\"a\": 1}"), None);
        assert_eq!(detect_format(Path::new("x.json"), b"[1, 2]"), None);
        assert_eq!(detect_format(Path::new("x"), b""), None);
        // A key-looking string inside a value is not a key.
        assert!(!has_json_key(r#"{"a": "\"guild\": 1"}"#, "guild"));
        assert!(has_json_key("{\"guild\" :\n{}}", "guild"));
    }

    #[test]
    fn format_names_round_trip() {
        for f in ChatFormat::ALL {
            assert_eq!(ChatFormat::from_name(f.as_str()), Some(f));
            assert_eq!(ChatFormat::from_name(&f.as_str().to_uppercase()), Some(f));
        }
        assert_eq!(ChatFormat::from_name("cha"), Some(ChatFormat::Childes));
        assert_eq!(ChatFormat::from_name("csv"), None);
    }

    // ---------------------------------------------------------------- WhatsApp

    #[test]
    fn whatsapp_android_fixture() {
        let (_, bytes) = fixture("whatsapp_android.txt");
        let text = String::from_utf8(bytes).unwrap();
        let p = parse_fixture(ChatFormat::WhatsApp, "whatsapp_android.txt");
        // Every timestamped line is either a record or a skipped entry.
        let stamped = text
            .lines()
            .filter(|l| l.starts_with("0") || l.starts_with("1"))
            .count();
        assert_eq!(p.records.len() + p.skipped.len(), stamped);
        assert_eq!(p.records.len(), 6);
        assert_eq!(
            speakers(&p),
            ["Alex", "Sam", "Jordan", "Sam", "Alex", "Jordan"]
        );
        let lines: Vec<u64> = p.records.iter().map(|r| r.line).collect();
        assert_eq!(
            lines,
            [
                line_of(&text, "q4 yet"),
                line_of(&text, "page 52"),
                line_of(&text, "Media omitted"),
                line_of(&text, "banter"),
                line_of(&text, "ring me"),
                line_of(&text, "practice"),
            ]
        );
        let skipped: Vec<(u64, &str)> = p.skipped.iter().map(|(l, r)| (*l, r.as_str())).collect();
        assert_eq!(
            skipped,
            [
                (line_of(&text, "end-to-end"), "system line"),
                (line_of(&text, "created group"), "system line"),
                (line_of(&text, "added Sam"), "system line"),
                (line_of(&text, "was deleted"), "deleted message"),
                (line_of(&text, "Sam left"), "system line"),
            ]
        );
        let r = &p.records;
        assert_eq!(r[1].text, "yeah its on page 52\nthe one with the triangles");
        assert_eq!(r[0].timestamp.as_deref(), Some("2024-03-01T18:22:00Z"));
        // 13/03 only makes sense day-first.
        assert_eq!(r[5].timestamp.as_deref(), Some("2024-03-13T21:40:00Z"));
        assert_eq!(r[2].text, "<Media omitted>");
        assert_eq!(r[2].meta.get("media").map(String::as_str), Some("omitted"));
        assert_eq!(r[3].text, "it was just banter tbh");
        assert_eq!(r[3].meta.get("edited").map(String::as_str), Some("true"));
        for (i, rec) in r.iter().enumerate() {
            assert_eq!(rec.conversation_id, "whatsapp_android");
            assert_eq!(rec.message_id, format!("whatsapp_android-{}", i + 1));
            assert_eq!(
                rec.meta.get_index(0),
                Some((&"platform".to_string(), &"whatsapp".to_string()))
            );
            assert!(
                chrono::DateTime::parse_from_rfc3339(rec.timestamp.as_deref().unwrap()).is_ok()
            );
        }
    }

    #[test]
    fn whatsapp_ios_fixture() {
        let (_, bytes) = fixture("whatsapp_ios.txt");
        let text = String::from_utf8(bytes).unwrap();
        let p = parse_fixture(ChatFormat::WhatsApp, "whatsapp_ios.txt");
        let stamped = text
            .lines()
            .filter(|l| l.trim_start_matches('\u{200e}').starts_with('['))
            .count();
        assert_eq!(p.records.len() + p.skipped.len(), stamped);
        assert_eq!(
            speakers(&p),
            ["Alex", "Sam", "Jordan", "Alex", "Sam", "Jordan", "Alex"]
        );
        assert_eq!(
            p.skipped,
            [
                (line_of(&text, "end-to-end"), "system line".to_string()),
                (line_of(&text, "added Sam"), "system line".to_string()),
                (line_of(&text, "Jordan left"), "system line".to_string()),
            ]
        );
        let r = &p.records;
        // Multi-line message, blank line kept.
        assert_eq!(r[1].text, "nearly\njust need the title\n\nand the pictures");
        assert_eq!(r[1].line, line_of(&text, "nearly"));
        // 12-hour clock with U+202F: pm, 11:59 pm, 12 am (midnight), 12 pm (noon).
        assert_eq!(r[0].timestamp.as_deref(), Some("2024-03-01T18:22:05Z"));
        assert_eq!(r[4].timestamp.as_deref(), Some("2024-03-01T23:59:59Z"));
        assert_eq!(r[5].timestamp.as_deref(), Some("2024-03-02T00:00:01Z"));
        assert_eq!(r[6].timestamp.as_deref(), Some("2024-03-02T12:30:00Z"));
        // image omitted (line starting with U+200E), <Media omitted>, <attached: ...>.
        for rec in &r[2..5] {
            assert_eq!(rec.text, "<Media omitted>");
            assert_eq!(rec.meta.get("media").map(String::as_str), Some("omitted"));
        }
        assert_eq!(r[2].line, line_of(&text, "image omitted"));
        assert!(r[5].meta.get("media").is_none());
    }

    fn wa(text: &str) -> Result<ChatParse> {
        parse_chat(ChatFormat::WhatsApp, Path::new("chat.txt"), text.as_bytes())
    }

    #[test]
    fn whatsapp_variants() {
        // dd/mm/yy with a 12-hour clock and U+202F before "pm", CRLF line ends.
        let p = wa("01/03/24, 6:05\u{202f}pm - Alex: hi\r\nsecond line\r\n02/03/24, 12:00 am - Sam: yo\r\n").unwrap();
        assert_eq!(
            p.records[0].timestamp.as_deref(),
            Some("2024-03-01T18:05:00Z")
        );
        assert_eq!(p.records[0].text, "hi\nsecond line");
        assert_eq!(
            p.records[1].timestamp.as_deref(),
            Some("2024-03-02T00:00:00Z")
        );
        // The iOS edited marker comes after a U+200E.
        let p = wa("[01/03/2024, 10:00:00] Alex: see u there \u{200e}<This message was edited>\n")
            .unwrap();
        assert_eq!(p.records[0].text, "see u there");
        assert_eq!(
            p.records[0].meta.get("edited").map(String::as_str),
            Some("true")
        );
        // "p. m." style markers (Spanish locales).
        let p = wa("1/3/24, 6:05\u{a0}p.\u{a0}m. - Alex: hola\n").unwrap();
        assert_eq!(
            p.records[0].timestamp.as_deref(),
            Some("2024-03-01T18:05:00Z")
        );
        // Month-first (US) exports are recognised by a second field above 12.
        let p = wa("3/1/24, 10:00 - Alex: a\n3/13/24, 10:00 - Sam: b\n").unwrap();
        assert_eq!(
            p.records[0].timestamp.as_deref(),
            Some("2024-03-01T10:00:00Z")
        );
        assert_eq!(
            p.records[1].timestamp.as_deref(),
            Some("2024-03-13T10:00:00Z")
        );
        // Both orders in one file is an error naming the later line.
        let e = wa("13/01/24, 10:00 - Alex: a\n01/13/24, 10:00 - Sam: b\n").unwrap_err();
        assert!(format!("{e}").starts_with("chat.txt:2: "), "{e}");
        // A date that does not exist.
        let e = wa("01/03/2024, 10:00 - Alex: a\n31/02/2024, 10:00 - Sam: b\n").unwrap_err();
        assert!(
            format!("{e}").starts_with("chat.txt:2: invalid date"),
            "{e}"
        );
        let e = wa("01/03/2024, 13:00 pm - Alex: a\n").unwrap_err();
        assert!(format!("{e}").starts_with("chat.txt:1: "), "{e}");
        // Names: bidi marks around phone numbers, the "~ " prefix for non-contacts.
        let p = wa("01/03/2024, 10:00 - \u{202a}+44 7700 900123\u{202c}: hey\n\
                    01/03/2024, 10:01 - ~\u{202f}Sam: ok\n")
        .unwrap();
        assert_eq!(speakers(&p), ["+44 7700 900123", "Sam"]);
        // A subject change quoting a colon is a system line, not a message from `Alex changed...`.
        let p = wa(
            "01/03/2024, 10:00 - Alex changed the subject to \"plans: friday\"\n\
                    01/03/2024, 10:01 - Alex: ok\n",
        )
        .unwrap();
        assert_eq!(p.skipped, [(1, "system line".to_string())]);
        assert_eq!(p.records.len(), 1);
        // Continuation lines of a system line are not glued to the next message.
        let p = wa("01/03/2024, 10:00 - Alex added Sam\nand Jordan\n01/03/2024, 10:01 - Sam: hi\n")
            .unwrap();
        assert_eq!(p.records[0].text, "hi");
        // An attachment with a caption keeps the caption as text.
        let p =
            wa("01/03/2024, 10:00 - Sam: IMG-20240301-WA0001.jpg (file attached)\nat the park\n")
                .unwrap();
        assert_eq!(p.records[0].text, "at the park");
        assert_eq!(
            p.records[0].meta.get("media").map(String::as_str),
            Some("omitted")
        );
        // iOS without seconds, leading blank lines and a BOM are fine.
        let p = wa("\u{feff}\n\n[01/03/2024, 10:00] Alex: x\n").unwrap();
        assert_eq!(p.records[0].line, 3);
        assert_eq!(
            p.records[0].timestamp.as_deref(),
            Some("2024-03-01T10:00:00Z")
        );
    }

    #[test]
    fn whatsapp_errors() {
        let (p, b) = fixture("whatsapp_bad.txt");
        let e = format!(
            "{:#}",
            parse_chat(ChatFormat::WhatsApp, &p, &b).unwrap_err()
        );
        assert!(
            e.contains("whatsapp_bad.txt:1: expected a WhatsApp line"),
            "{e}"
        );
        let e = wa("\n\nnot a chat\n01/03/2024, 10:00 - Alex: x\n").unwrap_err();
        assert!(format!("{e}").starts_with("chat.txt:3: "), "{e}");
        assert!(format!("{}", wa("").unwrap_err()).starts_with("chat.txt:1: empty file"));
    }

    // ---------------------------------------------------------------- Telegram

    #[test]
    fn telegram_single_chat_fixture() {
        let (_, bytes) = fixture("telegram_result.json");
        let text = String::from_utf8(bytes).unwrap();
        let p = parse_fixture(ChatFormat::Telegram, "telegram_result.json");
        // The message object's `{` is on the line before its `"id"`.
        let obj_line = |id: u32| line_of(&text, &format!("\"id\": {id},")) - 1;
        assert_eq!(
            p.skipped,
            [(obj_line(101), "service message (phone_call)".to_string())]
        );
        let ids: Vec<&str> = p.records.iter().map(|r| r.message_id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "4000000001-102",
                "4000000001-103",
                "4000000001-104",
                "4000000001-105"
            ]
        );
        let lines: Vec<u64> = p.records.iter().map(|r| r.line).collect();
        assert_eq!(
            lines,
            [obj_line(102), obj_line(103), obj_line(104), obj_line(105)]
        );
        assert_eq!(speakers(&p), ["Alex", "Sam", "Alex", "Sam"]);
        let r = &p.records;
        assert!(r.iter().all(|r| r.conversation_id == "4000000001"));
        assert_eq!(r[0].text, "are u coming to the match");
        assert_eq!(r[0].timestamp.as_deref(), Some("2024-03-01T18:22:05Z"));
        // Entity array concatenated.
        assert_eq!(r[1].text, "yes definitely see @fake_handle_01 there");
        assert_eq!(
            r[1].meta.get("reply_to_message_id").map(String::as_str),
            Some("102")
        );
        assert_eq!(r[2].text, "");
        assert_eq!(r[2].meta.get("media").map(String::as_str), Some("photo"));
        assert_eq!(r[3].text, "u owe me for the ticket\nits 5 quid");
        assert_eq!(r[3].meta.get("edited").map(String::as_str), Some("true"));
        assert_eq!(
            r[0].meta.get("platform").map(String::as_str),
            Some("telegram")
        );
        assert_eq!(
            r[0].meta.get("chat_type").map(String::as_str),
            Some("personal_chat")
        );
    }

    #[test]
    fn telegram_full_export_fixture() {
        let (_, bytes) = fixture("telegram_full.json");
        let text = String::from_utf8(bytes).unwrap();
        let p = parse_fixture(ChatFormat::Telegram, "telegram_full.json");
        let obj_line = |id: u32| line_of(&text, &format!("\"id\": {id},")) - 1;
        assert_eq!(
            p.skipped,
            [(obj_line(1), "service message (create_group)".to_string())]
        );
        assert_eq!(p.records.len(), 2);
        let r = &p.records;
        assert_eq!(
            (r[0].conversation_id.as_str(), r[0].message_id.as_str()),
            ("4000000002", "4000000002-2")
        );
        assert_eq!(r[0].line, obj_line(2));
        assert_eq!(r[0].meta.get("forwarded").map(String::as_str), Some("true"));
        assert_eq!(
            (r[1].conversation_id.as_str(), r[1].message_id.as_str()),
            ("4000000003", "4000000003-7")
        );
        assert_eq!(r[1].line, obj_line(7));
        // "from": null falls back to from_id.
        assert_eq!(r[1].speaker_name, "user1000000004");
        assert_eq!(r[1].text, "https://example.com/kit is the kit list");
    }

    #[test]
    fn telegram_errors() {
        let (p, b) = fixture("telegram_bad.json");
        let e = format!(
            "{:#}",
            parse_chat(ChatFormat::Telegram, &p, &b).unwrap_err()
        );
        let last = String::from_utf8(b.clone()).unwrap().lines().count() as u64;
        assert!(
            e.contains(&format!("telegram_bad.json:{}: invalid JSON", last + 1)),
            "{e}"
        );
        // Cut without a trailing newline: reported as truncated, on the last line.
        let cut = &b[..b.len() - 1];
        let e = parse_err(ChatFormat::Telegram, "t.json", cut);
        assert!(
            e.starts_with(&format!("t.json:{last}: truncated JSON")),
            "{e}"
        );
        let e = parse_err(ChatFormat::Telegram, "t.json", b"[1]");
        assert!(
            e.starts_with("t.json:1: expected a Telegram export object"),
            "{e}"
        );
        let e = parse_err(ChatFormat::Telegram, "t.json", b"{\"a\": 1}");
        assert!(e.starts_with("t.json:1: expected a Telegram export"), "{e}");
        let e = parse_err(
            ChatFormat::Telegram,
            "t.json",
            b"{\n\"id\": 1,\n\"messages\": 5}",
        );
        assert!(e.starts_with("t.json:3: \"messages\" is a number"), "{e}");
        let e = parse_err(
            ChatFormat::Telegram,
            "t.json",
            b"{\"chats\":\n {\"list\": [\n  {}, 7]}}",
        );
        assert!(e.starts_with("t.json:3: chats.list[1] is a number"), "{e}");
        // Bad records are skipped with a reason, not fatal.
        let p = parse_chat(
            ChatFormat::Telegram,
            Path::new("t.json"),
            br#"{"id": 9, "messages": [3, {"type": "message"}, {"type": "message", "id": 2, "date": "yesterday"}, {"type": "message", "id": 3, "text": 5}, {"type": "sticker", "id": 4}]}"#,
        )
        .unwrap();
        let reasons: Vec<&str> = p.skipped.iter().map(|(_, r)| r.as_str()).collect();
        assert_eq!(
            reasons,
            [
                "message is a number, not an object",
                "missing \"id\"",
                "unparsable \"date\" \"yesterday\"",
                "unsupported \"text\" value (expected a string or an array)",
                "unsupported message type \"sticker\"",
            ]
        );
        assert!(p.records.is_empty());
    }

    // ---------------------------------------------------------------- Discord

    #[test]
    fn discord_fixture() {
        let (_, bytes) = fixture("discord.json");
        let text = String::from_utf8(bytes).unwrap();
        let p = parse_fixture(ChatFormat::Discord, "discord.json");
        let obj_line = |id: u32| line_of(&text, &format!("\"id\": \"900000000000000{id}\",")) - 1;
        assert_eq!(
            p.skipped,
            [
                (
                    obj_line(104),
                    "system message (ChannelPinnedMessage)".to_string()
                ),
                (
                    obj_line(105),
                    "system message (GuildMemberJoin)".to_string()
                ),
            ]
        );
        assert_eq!(speakers(&p), ["Alex", "sam_k", "Jordan", "StudyBot"]);
        let lines: Vec<u64> = p.records.iter().map(|r| r.line).collect();
        assert_eq!(
            lines,
            [obj_line(101), obj_line(102), obj_line(103), obj_line(106)]
        );
        let r = &p.records;
        assert!(r.iter().all(|r| r.conversation_id == "900000000000000010"));
        assert_eq!(r[0].message_id, "900000000000000101");
        assert_eq!(
            r[0].timestamp.as_deref(),
            Some("2024-03-01T18:22:05.123+00:00")
        );
        assert_eq!(r[1].text, "no\nask miss tomorrow, she won't mind");
        assert_eq!(
            r[1].meta.get("reply_to").map(String::as_str),
            Some("900000000000000101")
        );
        assert_eq!(r[2].text, "");
        assert_eq!(r[2].meta.get("attachments").map(String::as_str), Some("2"));
        assert!(r[0].meta.get("attachments").is_none());
        assert_eq!(
            r[3].timestamp.as_deref(),
            Some("2024-03-01T19:30:00.5+01:00")
        );
        assert_eq!(r[3].meta.get("bot").map(String::as_str), Some("true"));
        assert_eq!(r[3].meta.get("edited").map(String::as_str), Some("true"));
        assert!(r
            .iter()
            .all(|r| r.meta.get("platform").map(String::as_str) == Some("discord")));
    }

    #[test]
    fn discord_errors() {
        let (p, b) = fixture("discord_bad.json");
        let text = String::from_utf8(b.clone()).unwrap();
        let e = format!("{:#}", parse_chat(ChatFormat::Discord, &p, &b).unwrap_err());
        let want = format!(
            "discord_bad.json:{}: \"messages\" is an object, not an array",
            line_of(&text, "\"messages\"")
        );
        assert!(e.contains(&want), "{e}");
        let e = parse_err(ChatFormat::Discord, "d.json", b"{\"messages\": []}");
        assert!(e.starts_with("d.json:1: missing \"channel\".\"id\""), "{e}");
        let e = parse_err(
            ChatFormat::Discord,
            "d.json",
            b"{\"channel\": {\"id\": \"1\"}}",
        );
        assert!(
            e.starts_with("d.json:1: expected a DiscordChatExporter export"),
            "{e}"
        );
        let e = parse_err(
            ChatFormat::Discord,
            "d.json",
            b"{\"channel\": {\"id\": \"1\"},\n\"messages\": [\n",
        );
        assert!(e.starts_with("d.json:3: truncated JSON"), "{e}");
        let p = parse_chat(
            ChatFormat::Discord,
            Path::new("d.json"),
            b"{\"channel\": {\"id\": 1}, \"messages\": [\n{\"id\": \"5\", \"timestamp\": \"noon\", \"author\": {\"name\": \"a\"}},\n{\"id\": \"6\", \"content\": \"x\"}]}",
        )
        .unwrap();
        assert_eq!(
            p.skipped,
            [
                (2, "unparsable \"timestamp\" \"noon\"".to_string()),
                (3, "missing \"author\" name".to_string()),
            ]
        );
    }

    // ---------------------------------------------------------------- CHILDES

    #[test]
    fn childes_fixture() {
        let (_, bytes) = fixture("sample.cha");
        let text = String::from_utf8(bytes).unwrap();
        let p = parse_fixture(ChatFormat::Childes, "sample.cha");
        let utterances = text.lines().filter(|l| l.starts_with('*')).count();
        assert_eq!(p.records.len(), utterances);
        assert!(p.skipped.is_empty());
        // INV is declared on a continuation line of @Participants.
        assert_eq!(
            speakers(&p),
            [
                "INV (Investigator)",
                "CHI (Target_Child)",
                "MOT (Mother)",
                "CHI (Target_Child)"
            ]
        );
        let lines: Vec<u64> = p.records.iter().map(|r| r.line).collect();
        assert_eq!(
            lines,
            [
                line_of(&text, "*INV:"),
                line_of(&text, "poster about"),
                line_of(&text, "*MOT:"),
                line_of(&text, "grown up"),
            ]
        );
        let r = &p.records;
        assert!(r
            .iter()
            .all(|r| r.timestamp.as_deref() == Some("2020-01-01T00:00:00Z")));
        assert!(r.iter().all(|r| r.conversation_id == "sample"));
        assert_eq!(r[3].message_id, "sample-4");
        // Bullets stripped from text, kept in meta; continuation joined with a space.
        assert_eq!(r[0].text, "what did you do at school today ?");
        assert_eq!(r[0].meta.get("bullet").map(String::as_str), Some("0_2500"));
        assert_eq!(r[1].text, "we made a poster about keeping safe online .");
        assert!(!r.iter().any(|r| r.text.contains('\u{15}')));
        // Dependent tiers, with a continued %mor and a repeated %com.
        assert_eq!(
            r[0].meta.get("com").map(String::as_str),
            Some("child points at drawing")
        );
        assert!(r[1]
            .meta
            .get("mor")
            .is_some_and(|m| m.ends_with("part|keep-PRESP adj|safe adv|online .")));
        assert_eq!(r[3].meta.get("act").map(String::as_str), Some("draws"));
        assert_eq!(
            r[3].meta.get("com").map(String::as_str),
            Some("laughs\nlooks up")
        );
        assert!(r[2].meta.get("com").is_none());
        let keys: Vec<&str> = r[3].meta.keys().map(String::as_str).collect();
        assert_eq!(keys, ["platform", "act", "com"]);
    }

    fn cha(text: &str) -> String {
        parse_err(ChatFormat::Childes, "t.cha", text.as_bytes())
    }

    #[test]
    fn childes_errors() {
        let (p, b) = fixture("childes_bad.cha");
        let text = String::from_utf8(b.clone()).unwrap();
        let e = format!("{:#}", parse_chat(ChatFormat::Childes, &p, &b).unwrap_err());
        let want = format!(
            "childes_bad.cha:{}: speaker \"FAT\" is not declared",
            line_of(&text, "*FAT:")
        );
        assert!(e.contains(&want), "{e}");
        let e = cha("@Begin\n@Date:\t01-JAN-2020\n*CHI:\thi .\n@End\n");
        assert!(
            e.starts_with("t.cha:3: utterance before @Participants"),
            "{e}"
        );
        let e = cha("@Begin\n@End\n");
        assert!(e.starts_with("t.cha:1: missing @Participants"), "{e}");
        let e = cha("@Begin\n@Participants:\tCHI Target_Child\n*CHI:\thi .\n");
        assert!(e.starts_with("t.cha:3: missing @End"), "{e}");
        let e = cha("@Begin\n@Participants:\tCHI Target_Child\n%com:\tearly\n@End\n");
        assert!(
            e.starts_with("t.cha:3: dependent tier %com before any utterance"),
            "{e}"
        );
        let e = cha("@Begin\n@Participants:\tCHI Target_Child\n@Date:\t31-FEB-2020\n@End\n");
        assert!(e.starts_with("t.cha:3: @Date"), "{e}");
        let e = cha("@Begin\n@Participants:\tCHI\n@End\n");
        assert!(e.starts_with("t.cha:2: @Participants entry"), "{e}");
        let e = cha("@Begin\n@Participants:\tCHI Target_Child\nhello\n@End\n");
        assert!(e.starts_with("t.cha:3: expected a CHAT line"), "{e}");
        let e = cha("*CHI:\thi\n");
        assert!(e.starts_with("t.cha:1: utterance before @Begin"), "{e}");
        let e = cha("\tcontinued\n");
        assert!(e.starts_with("t.cha:1: continuation line"), "{e}");
        assert!(cha("").starts_with("t.cha:1: empty file"));
        // Without @Date there is no timestamp; lines after @End are reported.
        let p = parse_chat(
            ChatFormat::Childes,
            Path::new("t.cha"),
            b"@Begin\n@Participants:\tCHI Alex Target_Child\n*CHI:\thi .\n@End\n*CHI:\tlate .\n",
        )
        .unwrap();
        assert_eq!(p.records[0].timestamp, None);
        assert_eq!(p.records[0].speaker_name, "CHI (Target_Child)");
        assert_eq!(p.skipped, [(5, "line after @End".to_string())]);
    }

    // ---------------------------------------------------------------- robustness

    #[test]
    fn invalid_utf8_names_file_and_line() {
        for f in ChatFormat::ALL {
            let bytes = b"line one\nline two\nbad \xff byte\n";
            let e = parse_err(f, "dir/x.in", bytes);
            assert!(e.starts_with("dir/x.in:3: invalid UTF-8"), "{f:?}: {e}");
        }
    }

    #[test]
    fn json_positions_survive_tricky_strings() {
        let text = "{\"a\": \"}]{[\\\"messages\\\": [\",\n \"messages\": [\n  \"x\\\\\", {\"messages\": []},\n  [1, {\"k\": \"v\"}],\n  -1.5e3, null\n ]}";
        let v: Value = serde_json::from_str(text).unwrap();
        assert_eq!(v["messages"].as_array().map(Vec::len), Some(5));
        let pos = jsonpos::scan(text, &["messages"]);
        assert_eq!(pos.key_line("/messages"), 2);
        assert_eq!(
            pos.elems.get("/messages").cloned(),
            Some(vec![3, 3, 4, 5, 5])
        );
        assert_eq!(pos.key_line("/messages/1/messages"), 3);
        assert_eq!(pos.elem_line("/nothing", 4), 5);
    }

    const ALL_FIXTURES: &[&str] = &[
        "whatsapp_android.txt",
        "whatsapp_ios.txt",
        "whatsapp_bad.txt",
        "telegram_result.json",
        "telegram_full.json",
        "telegram_bad.json",
        "discord.json",
        "discord_bad.json",
        "sample.cha",
        "childes_bad.cha",
    ];

    /// Parse with every reader; an error must name the file.
    fn survive(path: &Path, bytes: &[u8]) {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let _ = detect_format(path, bytes);
        for f in ChatFormat::ALL {
            if let Err(e) = parse_chat(f, path, bytes) {
                assert!(format!("{e}").contains(name), "{f:?}: {e}");
            }
        }
    }

    #[test]
    fn truncated_fixtures_never_panic() {
        for name in ALL_FIXTURES {
            let (p, b) = fixture(name);
            for cut in 0..b.len() {
                survive(&p, &b[..cut]);
            }
        }
    }

    #[test]
    fn random_and_mutated_bytes_never_panic() {
        let mut rng = crate::rng::SplitMix64::from_state(1);
        let interesting: &[u8] = b"\n\r\t \"\\{}[],:*%@/-01239apm~\x15\xe2\x80\x8e\xaf\xff";
        for i in 0..300 {
            let len = rng.index(200);
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    if i % 2 == 0 {
                        rng.next_u64() as u8
                    } else {
                        interesting[rng.index(interesting.len())]
                    }
                })
                .collect();
            survive(Path::new("random.bin"), &bytes);
        }
        for name in ALL_FIXTURES {
            let (p, b) = fixture(name);
            for _ in 0..150 {
                let mut m = b.clone();
                for _ in 0..1 + rng.index(4) {
                    let at = rng.index(m.len());
                    match rng.index(3) {
                        0 => m[at] = interesting[rng.index(interesting.len())],
                        1 => {
                            m.remove(at);
                        }
                        _ => m.insert(at, interesting[rng.index(interesting.len())]),
                    }
                }
                survive(&p, &m);
            }
        }
    }
}
