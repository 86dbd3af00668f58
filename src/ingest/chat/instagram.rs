//! Instagram "Download your information" (JSON) direct messages:
//! `your_instagram_activity/messages/inbox/<thread>/message_N.json` (older downloads:
//! `messages/inbox/<thread>/message_N.json`; Facebook Messenger downloads use the same shape).
//!
//! Structure followed (the 2022–2024 downloads): `{"participants": [{"name"}], "messages":
//! [{"sender_name", "timestamp_ms", "content"?, "photos"?, "videos"?, "audio_files"?, "gifs"?,
//! "files"?, "sticker"?, "share"?, "call_duration"?, "is_unsent"?, "reactions"?}], "title",
//! "thread_path"}`, newest message first. Strings are UTF-8 bytes written as Latin-1 code points
//! (`"Siobh\u00c3\u00a1n"`); [`repair_mojibake`] turns them back into text.
//!
//! Instagram downloads carry no account id for senders, only the display name, so the
//! (repaired) `sender_name` is the speaker, pseudonymised like a WhatsApp name. The thread folder
//! is named after people, so the conversation id is a keyed pseudonym of it; the title, share
//! links and attachment paths are never copied. Media-only messages are `<media>`; likes,
//! reactions, calls and unsent messages are `system`.

use super::{
    base_meta, ext_fits, has_json_key, json_kind, jsonpos, parse_json, ChatFormat, ChatParse,
    ChatReader, ChatRecord, ParseContext, MEDIA,
};
use crate::error::Result;
use serde_json::{Map, Value};
use std::path::Path;

/// Instagram (and Messenger) message downloads.
pub(super) struct Instagram;

impl ChatReader for Instagram {
    fn format(&self) -> ChatFormat {
        ChatFormat::Instagram
    }

    fn detect(&self, path: &Path, ext: Option<&str>, head: &str) -> bool {
        let k = |key: &str| has_json_key(head, key);
        let named = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("message_"));
        ext_fits(ext, "json")
            && head.trim_start().starts_with('{')
            && k("participants")
            && (k("sender_name") || k("timestamp_ms") || k("thread_path") || named)
    }

    fn parse(&self, path: &Path, stem: &str, text: &str, ctx: &ParseContext) -> Result<ChatParse> {
        parse(path, stem, text, ctx)
    }
}

/// Undo the download's encoding: a string whose characters are all below U+0100 is read as
/// Latin-1 bytes and decoded as UTF-8 (`"Siobh\u{c3}\u{a1}n"` -> `"Siobhán"`); anything else
/// (already proper text, or bytes that are not UTF-8) is returned unchanged.
pub fn repair_mojibake(s: &str) -> String {
    if s.is_ascii() || s.chars().any(|c| c as u32 > 0xFF) {
        return s.to_string();
    }
    let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8(bytes).unwrap_or_else(|_| s.to_string())
}

/// Kinds of attachment that make a message media.
const MEDIA_KEYS: &[&str] = &[
    "photos",
    "videos",
    "audio_files",
    "gifs",
    "files",
    "sticker",
    "share",
];

/// Instagram's own texts for likes and reactions (English downloads).
fn is_reaction(content: &str) -> bool {
    content == "Liked a message"
        || (content.starts_with("Reacted ") && content.ends_with(" to your message"))
}

fn thread_key(path: &Path, root: &Map<String, Value>, stem: &str) -> String {
    let folder = path
        .parent()
        .and_then(Path::file_name)
        .map(|f| f.to_string_lossy().to_string());
    root.get("thread_path")
        .and_then(Value::as_str)
        .map(str::to_string)
        .or(folder)
        .unwrap_or_else(|| stem.to_string())
}

fn parse(path: &Path, stem: &str, text: &str, ctx: &ParseContext) -> Result<ChatParse> {
    let root = parse_json(path, text)?;
    let pos = jsonpos::scan(text, &["messages"]);
    let (obj, messages) =
        super::object_with_messages(path, &root, &pos, "an Instagram message file")?;
    // thread_path ("inbox/<folder>") and the folder name give the same key for every
    // message_N.json of a thread.
    let key = thread_key(path, obj, stem);
    let key = key.rsplit('/').next().unwrap_or(&key).to_string();
    let conv = (ctx.conversation_id)(&format!("instagram:{key}"));
    let mut out = ChatParse::default();
    for (i, m) in messages.iter().enumerate() {
        let line = pos.elem_line("/messages", i);
        let Some(m) = m.as_object() else {
            out.skipped
                .push((line, format!("message is {}, not an object", json_kind(m))));
            continue;
        };
        let Some(sender) = m.get("sender_name").and_then(Value::as_str) else {
            out.skipped.push((line, "missing \"sender_name\"".into()));
            continue;
        };
        let Some(ms) = m.get("timestamp_ms").and_then(Value::as_i64) else {
            out.skipped
                .push((line, "missing or non-numeric \"timestamp_ms\"".into()));
            continue;
        };
        let Some(ts) = chrono::DateTime::from_timestamp_millis(ms)
            .filter(|t| chrono::Datelike::year(t) <= 9999 && chrono::Datelike::year(t) >= 0)
        else {
            out.skipped
                .push((line, format!("\"timestamp_ms\" {ms} is out of range")));
            continue;
        };
        let content = m
            .get("content")
            .and_then(Value::as_str)
            .map(repair_mojibake)
            .unwrap_or_default();
        if m.get("is_unsent").and_then(Value::as_bool) == Some(true) {
            out.system.push((line, "unsent message".into()));
            continue;
        }
        if m.contains_key("call_duration") {
            out.system.push((line, "call".into()));
            continue;
        }
        if is_reaction(&content) {
            out.system.push((line, "reaction".into()));
            continue;
        }
        let mut meta = base_meta(ChatFormat::Instagram);
        let media = MEDIA_KEYS.iter().find(|k| m.contains_key(**k));
        let text = match media {
            Some(kind) => {
                meta.insert("media".into(), kind.to_string());
                // "X sent an attachment." names the sender and says nothing else.
                if content.trim().is_empty() || content.ends_with(" sent an attachment.") {
                    MEDIA.to_string()
                } else {
                    content
                }
            }
            None => content,
        };
        out.records.push(ChatRecord {
            conversation_id: conv.clone(),
            message_id: format!("{conv}-{stem}-{}", i + 1),
            timestamp: Some(ts.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
            speaker_name: repair_mojibake(sender),
            speaker_id: None,
            text,
            meta,
            line,
        });
    }
    Ok(out)
}
