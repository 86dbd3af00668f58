//! Snapchat "My Data" downloads: `json/chat_history.json` (or `messages/json/chat_history.json`).
//!
//! Structure followed: the 2023–2024 download, an object keyed by conversation (the friend's
//! username, or a group id) whose values are arrays of `{"From", "Media Type", "Created":
//! "YYYY-MM-DD HH:MM:SS UTC", "Content", "Conversation Title", "IsSender", "Created(microseconds)",
//! "IsSaved", "Media IDs"}`. The older download (before 2023) is read too: `{"Received Saved Chat
//! History": [{"From", "Media Type", "Created", "Text"}], "Sent Saved Chat History": [{"To", ...}]}`,
//! where sent messages have no sender field and are attributed to `(account owner)`.
//!
//! Snapchat has no account id in this file other than the username, which is the account
//! handle: it is the speaker (`speaker_id`), pseudonymised. Conversation ids are keyed
//! pseudonyms of the conversation key; `Conversation Title` and media ids are never copied.
//! `Media Type` `TEXT` is text; `MEDIA`, `SNAP`, `STICKER`, `NOTE` (voice notes), `SHARE`,
//! `LOCATION` and other non-status types without text are `<media>`; `STATUS…` types
//! (participant added or removed, erased messages, screenshots) are `system`. Chats that were
//! not saved have no text and are rejected downstream as empty.

use super::{
    base_meta, err_at, ext_fits, has_json_key, json_kind, jsonpos, parse_json, ChatFormat,
    ChatParse, ChatReader, ChatRecord, ParseContext, MEDIA,
};
use crate::error::Result;
use serde_json::{Map, Value};
use std::path::Path;

/// Snapchat chat history downloads.
pub(super) struct Snapchat;

impl ChatReader for Snapchat {
    fn format(&self) -> ChatFormat {
        ChatFormat::Snapchat
    }

    fn detect(&self, path: &Path, ext: Option<&str>, head: &str) -> bool {
        let k = |key: &str| has_json_key(head, key);
        let named = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.eq_ignore_ascii_case("chat_history.json"));
        ext_fits(ext, "json")
            && head.trim_start().starts_with('{')
            && (named
                || k("Received Saved Chat History")
                || k("Sent Saved Chat History")
                || (k("Media Type") && (k("Conversation Title") || k("IsSender"))))
    }

    fn parse(&self, path: &Path, _stem: &str, text: &str, ctx: &ParseContext) -> Result<ChatParse> {
        parse(path, text, ctx)
    }
}

const OWNER: &str = "(account owner)";
const OLD_KEYS: [&str; 2] = ["Received Saved Chat History", "Sent Saved Chat History"];

/// `2024-03-12 16:04:05 UTC` -> `2024-03-12T16:04:05Z`.
fn created(s: &str) -> Option<String> {
    let t = s.trim();
    let t = t.strip_suffix("UTC").unwrap_or(t).trim();
    let n = chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S").ok()?;
    Some(
        n.and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    )
}

/// One usable message, before pseudonymisation.
struct Msg {
    conv: String,
    sender: String,
    ts: Option<String>,
    kind: String,
    text: String,
}

/// One message, or (is_system, reason) for an entry that is not one.
fn message(
    m: &Map<String, Value>,
    conv_key: Option<&str>,
    old_sent: bool,
) -> Result<Msg, (bool, String)> {
    let str_of = |k: &str| m.get(k).and_then(Value::as_str).map(str::trim);
    let kind = str_of("Media Type").unwrap_or("TEXT").to_ascii_uppercase();
    if kind.starts_with("STATUS") {
        return Err((true, format!("status message ({kind})")));
    }
    let sender = if old_sent {
        Some(OWNER)
    } else {
        str_of("From").filter(|s| !s.is_empty())
    };
    let Some(sender) = sender else {
        return Err((false, "missing \"From\"".into()));
    };
    // Old downloads: the conversation is the other person.
    let conv = match conv_key {
        Some(k) => k.to_string(),
        None => {
            let other = if old_sent { str_of("To") } else { Some(sender) };
            match other.filter(|s| !s.is_empty()) {
                Some(o) => o.to_string(),
                None => return Err((false, "missing \"To\"".into())),
            }
        }
    };
    let ts = match str_of("Created") {
        None => None,
        Some(c) => match created(c) {
            Some(t) => Some(t),
            None => return Err((false, format!("unparsable \"Created\" {c:?}"))),
        },
    };
    let body = str_of("Content")
        .or_else(|| str_of("Text"))
        .unwrap_or_default()
        .to_string();
    let text = if kind != "TEXT" && body.is_empty() {
        MEDIA.to_string()
    } else {
        body
    };
    Ok(Msg {
        conv,
        sender: sender.to_string(),
        ts,
        kind,
        text,
    })
}

/// The message arrays: (JSON pointer, conversation key or `None` for old downloads, whether
/// these are old "Sent" messages, the array).
type Lists<'a> = Vec<(String, Option<&'a str>, bool, &'a Vec<Value>)>;

fn lists<'a>(path: &Path, obj: &'a Map<String, Value>) -> Result<Lists<'a>> {
    let old = OLD_KEYS.iter().any(|k| obj.contains_key(*k));
    let mut out = Vec::new();
    for (k, v) in obj {
        let ptr = format!("/{}", jsonpos::escape(k));
        let Value::Array(a) = v else {
            if old && !OLD_KEYS.contains(&k.as_str()) {
                continue; // other sections of an old download
            }
            return Err(err_at(
                path,
                1,
                format!(
                    "expected a Snapchat chat history: conversation {} is {}, not an array",
                    out.len() + 1,
                    json_kind(v)
                ),
            ));
        };
        if old {
            if OLD_KEYS.contains(&k.as_str()) {
                out.push((ptr, None, k.starts_with("Sent"), a));
            }
        } else {
            out.push((ptr, Some(k.as_str()), false, a));
        }
    }
    Ok(out)
}

fn parse(path: &Path, text: &str, ctx: &ParseContext) -> Result<ChatParse> {
    let root = parse_json(path, text)?;
    let Some(obj) = root.as_object() else {
        return Err(err_at(
            path,
            1,
            format!(
                "expected a Snapchat chat history object, found {}",
                json_kind(&root)
            ),
        ));
    };
    let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    let pos = jsonpos::scan(text, &keys);
    let mut out = ChatParse::default();
    let mut counts: indexmap::IndexMap<String, usize> = indexmap::IndexMap::new();
    for (ptr, conv_key, old_sent, arr) in lists(path, obj)? {
        for (i, m) in arr.iter().enumerate() {
            let line = pos.elem_line(&ptr, i);
            let Some(m) = m.as_object() else {
                out.skipped
                    .push((line, format!("message is {}, not an object", json_kind(m))));
                continue;
            };
            let Msg {
                conv,
                sender,
                ts,
                kind,
                text,
            } = match message(m, conv_key, old_sent) {
                Ok(r) => r,
                Err((true, why)) => {
                    out.system.push((line, why));
                    continue;
                }
                Err((false, why)) => {
                    out.skipped.push((line, why));
                    continue;
                }
            };
            let conv = (ctx.conversation_id)(&format!("snapchat:{conv}"));
            let n = counts.entry(conv.clone()).or_default();
            *n += 1;
            let mut meta = base_meta(ChatFormat::Snapchat);
            if kind != "TEXT" {
                meta.insert("media".into(), kind.to_ascii_lowercase());
            }
            if m.get("IsSaved").and_then(Value::as_bool) == Some(true) {
                meta.insert("saved".into(), "true".into());
            }
            out.records.push(ChatRecord {
                message_id: format!("{conv}-{n}"),
                conversation_id: conv,
                timestamp: ts,
                speaker_name: sender.clone(),
                speaker_id: Some(sender),
                text,
                meta,
                line,
            });
        }
    }
    Ok(out)
}
