//! Telegram Desktop "Export chat history" / "Export Telegram data" JSON.

use super::{
    base_meta, err_at, ext_fits, has_json_key, json_id, json_kind, jsonpos, naive_rfc3339,
    parse_json, ChatFormat, ChatParse, ChatReader, ChatRecord,
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

    fn parse(&self, path: &Path, stem: &str, text: &str) -> Result<ChatParse> {
        parse(path, stem, text)
    }
}

fn parse(path: &Path, stem: &str, text: &str) -> Result<ChatParse> {
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
