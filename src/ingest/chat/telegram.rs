//! Telegram Desktop "Export chat history" / "Export Telegram data" JSON.
//!
//! The speaker is the account (`from_id`, e.g. `user1000000001`), so two people who share a
//! display name stay apart; the display name (`from`) is kept for `meta.display_name`.
//! Service messages (calls, joins, pins) are `system`. A photo, file or sticker without text
//! has the text `<media>`.

use super::{
    base_meta, err_at, ext_fits, has_json_key, json_id, json_kind, jsonpos, parse_json, ChatFormat,
    ChatParse, ChatReader, ChatRecord, ParseContext, MEDIA,
};
use crate::error::Result;
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

/// `2024-03-01T18:22:05` (naive, local time in `--timezone`) -> `2024-03-01T18:22:05Z` (in
/// UTC); values with an offset are kept if they are valid RFC 3339.
fn date(s: &str, ctx: &ParseContext) -> Option<String> {
    if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
        return crate::ingest::time::localise(t, ctx.time.timezone).ok();
    }
    chrono::DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|_| s.to_string())
}

/// Telegram Desktop JSON.
pub(super) struct Telegram;

impl ChatReader for Telegram {
    fn format(&self) -> ChatFormat {
        ChatFormat::Telegram
    }

    fn detect(&self, _path: &Path, ext: Option<&str>, head: &str) -> bool {
        let k = |key: &str| has_json_key(head, key);
        ext_fits(ext, "json")
            && head.trim_start().starts_with('{')
            && (k("chats")
                || (k("messages")
                    && (k("from_id") || k("date") || k("actor_id") || (k("type") && k("name")))))
    }

    fn parse(&self, path: &Path, stem: &str, text: &str, ctx: &ParseContext) -> Result<ChatParse> {
        parse(path, stem, text, ctx)
    }
}

fn parse(path: &Path, stem: &str, text: &str, ctx: &ParseContext) -> Result<ChatParse> {
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
        let chat_id = json_id(chat.get("id")).unwrap_or_else(|| format!("{stem}-chat{}", ci + 1));
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
            match message(m, line, &chat_id, chat_type, ctx) {
                Outcome::Record(r) => out.records.push(*r),
                Outcome::Skip(why) => out.skipped.push((line, why)),
                Outcome::System(why) => out.system.push((line, why)),
            }
        }
    }
    Ok(out)
}

/// What one entry of `messages` is.
enum Outcome {
    Record(Box<ChatRecord>),
    /// Should be a message but cannot be used (rejected downstream).
    Skip(String),
    /// A service message: not a message at all.
    System(String),
}

fn message(
    m: &Value,
    line: u64,
    chat_id: &str,
    chat_type: Option<&str>,
    ctx: &ParseContext,
) -> Outcome {
    let skip = Outcome::Skip;
    let Some(m) = m.as_object() else {
        return skip(format!("message is {}, not an object", json_kind(m)));
    };
    match m.get("type").and_then(Value::as_str) {
        Some("message") => {}
        Some("service") => {
            let action = m.get("action").and_then(Value::as_str).unwrap_or("unknown");
            return Outcome::System(format!("service message ({action})"));
        }
        Some(t) => return skip(format!("unsupported message type {t:?}")),
        None => return skip("missing \"type\"".into()),
    }
    let Some(id) = json_id(m.get("id")) else {
        return skip("missing \"id\"".into());
    };
    let timestamp = match m.get("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(d)) => match date(d, ctx) {
            Some(t) => Some(t),
            None => return skip(format!("unparsable \"date\" {d:?}")),
        },
        Some(other) => return skip(format!("\"date\" is {}, not a string", json_kind(other))),
    };
    let body = match m.get("text").or_else(|| m.get("text_entities")) {
        None => Some(String::new()),
        Some(v) => flatten_text(v),
    };
    let Some(mut body) = body else {
        return skip("unsupported \"text\" value (expected a string or an array)".into());
    };
    let from_id = m
        .get("from_id")
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty());
    let speaker = m
        .get("from")
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .or(from_id)
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
        if body.trim().is_empty() {
            body = MEDIA.to_string();
        }
    }
    Outcome::Record(Box::new(ChatRecord {
        conversation_id: chat_id.to_string(),
        message_id: format!("{chat_id}-{id}"),
        timestamp,
        speaker_name: speaker,
        speaker_id: from_id.map(str::to_string),
        text: body,
        meta,
        line,
    }))
}
