//! DiscordChatExporter JSON (one channel per file).
//!
//! The speaker is the account (`author.id`), so two people who share a display name stay
//! apart; the nickname or name is kept for `meta.display_name`. Joins, pins, calls and other
//! non-user message types are `system`. A message with attachments or stickers and no text
//! has the text `<media>`.

use super::{
    base_meta, err_at, ext_fits, has_json_key, json_id, json_kind, jsonpos, parse_json, ChatFormat,
    ChatParse, ChatReader, ChatRecord, ParseContext, MEDIA,
};
use crate::error::Result;
use indexmap::IndexMap;
use serde_json::{Map, Value};
use std::path::Path;

/// Message types that people write; everything else (joins, pins, calls...) is skipped.
const USER_TYPES: &[&str] = &["Default", "Reply"];

/// DiscordChatExporter JSON.
pub(super) struct Discord;

impl ChatReader for Discord {
    fn format(&self) -> ChatFormat {
        ChatFormat::Discord
    }

    fn detect(&self, _path: &Path, ext: Option<&str>, head: &str) -> bool {
        let k = |key: &str| has_json_key(head, key);
        ext_fits(ext, "json")
            && head.trim_start().starts_with('{')
            && (k("guild") || (k("messages") && (k("channel") || k("author"))))
    }

    fn parse(
        &self,
        path: &Path,
        _stem: &str,
        text: &str,
        _ctx: &ParseContext,
    ) -> Result<ChatParse> {
        parse(path, text)
    }
}

fn parse(path: &Path, text: &str) -> Result<ChatParse> {
    let root = parse_json(path, text)?;
    let pos = jsonpos::scan(text, &["messages", "channel"]);
    let (obj, messages) =
        super::object_with_messages(path, &root, &pos, "a DiscordChatExporter export")?;
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
            out.system.push((line, format!("system message ({kind})")));
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
        let mut content = match m.get("content") {
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
        if let Some(user) = name_of("name").filter(|u| *u != speaker) {
            if !out.known_names.iter().any(|k| k == user) {
                out.known_names.push(user.to_string());
            }
        }
        let meta = meta(m, author, &mut content);
        out.records.push(ChatRecord {
            conversation_id: channel.clone(),
            message_id: id,
            timestamp,
            speaker_name: speaker.to_string(),
            speaker_id: json_id(author.and_then(|a| a.get("id"))),
            text: content,
            meta,
            line,
        });
    }
    Ok(out)
}

/// A message's meta (reply, attachments, edited, bot); an empty `content` with attachments or
/// stickers becomes the media placeholder.
fn meta(
    m: &Map<String, Value>,
    author: Option<&Value>,
    content: &mut String,
) -> IndexMap<String, String> {
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
    let stickers = m
        .get("stickers")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    if content.trim().is_empty() && attachments + stickers > 0 {
        *content = MEDIA.to_string();
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
    meta
}
