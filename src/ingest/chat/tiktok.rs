//! TikTok "Download your data" (JSON): `user_data.json` (newer downloads:
//! `user_data_tiktok.json`).
//!
//! Structure followed (2023–2024 downloads): `{"Direct Messages": {"Chat History": {"ChatHistory":
//! {"Chat History with <username>:": [{"Date": "YYYY-MM-DD HH:MM:SS", "From": "<username>",
//! "Content": "..."}]}}}}`; `"Direct Message"` (singular) is accepted for the outer key. Every
//! other section of the download (activity, profile, comments) is ignored.
//!
//! TikTok has no account id in this file other than the username, which is the account
//! handle: it is the speaker (`speaker_id`), pseudonymised. The conversation id is a keyed
//! pseudonym of the other person's username. `Date` is local time in `--timezone` (default
//! UTC, which is what TikTok writes). A message that is only a link to a TikTok video, or an
//! empty message with a media marker, is `<media>`.

use super::{
    base_meta, err_at, ext_fits, has_json_key, json_kind, jsonpos, parse_json, ChatFormat,
    ChatParse, ChatReader, ChatRecord, ParseContext, MEDIA,
};
use crate::error::Result;
use serde_json::{Map, Value};
use std::path::Path;

/// TikTok data downloads.
pub(super) struct TikTok;

impl ChatReader for TikTok {
    fn format(&self) -> ChatFormat {
        ChatFormat::TikTok
    }

    fn detect(&self, path: &Path, ext: Option<&str>, head: &str) -> bool {
        let k = |key: &str| has_json_key(head, key);
        // The messages are deep inside a large file: the name says more than the head.
        let named = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.to_ascii_lowercase().starts_with("user_data"));
        ext_fits(ext, "json")
            && head.trim_start().starts_with('{')
            && (named || k("ChatHistory") || k("Direct Messages") || k("Direct Message"))
    }

    fn parse(&self, path: &Path, _stem: &str, text: &str, ctx: &ParseContext) -> Result<ChatParse> {
        parse(path, text, ctx)
    }
}

const PREFIX: &str = "Chat History with ";

/// The `ChatHistory` object and its JSON pointer.
fn chat_history(root: &Map<String, Value>) -> Option<(String, &Map<String, Value>)> {
    for outer in ["Direct Messages", "Direct Message"] {
        let Some(dm) = root.get(outer).and_then(Value::as_object) else {
            continue;
        };
        for mid in ["Chat History", "Direct Messages"] {
            if let Some(ch) = dm
                .get(mid)
                .and_then(|v| v.get("ChatHistory"))
                .and_then(Value::as_object)
            {
                return Some((
                    format!(
                        "/{}/{}/ChatHistory",
                        jsonpos::escape(outer),
                        jsonpos::escape(mid)
                    ),
                    ch,
                ));
            }
        }
    }
    None
}

/// A shared TikTok video: nothing but a link to tiktok.
fn is_video_link(s: &str) -> bool {
    let s = s.trim();
    (s.starts_with("https://") || s.starts_with("http://"))
        && !s.contains(char::is_whitespace)
        && s.split('/').nth(2).is_some_and(|h| h.contains("tiktok"))
}

fn parse(path: &Path, text: &str, ctx: &ParseContext) -> Result<ChatParse> {
    let root = parse_json(path, text)?;
    let Some(obj) = root.as_object() else {
        return Err(err_at(
            path,
            1,
            format!(
                "expected a TikTok user_data object, found {}",
                json_kind(&root)
            ),
        ));
    };
    let Some((ptr, history)) = chat_history(obj) else {
        return Err(err_at(
            path,
            1,
            "no \"Direct Messages\" → \"Chat History\" → \"ChatHistory\" section \
             (is this a TikTok user_data.json with messages?)",
        ));
    };
    let keys: Vec<&str> = history.keys().map(String::as_str).collect();
    let pos = jsonpos::scan(text, &keys);
    let mut out = ChatParse::default();
    for (key, list) in history {
        let lptr = format!("{ptr}/{}", jsonpos::escape(key));
        let Some(list) = list.as_array() else {
            if list.is_null() {
                continue; // a conversation listed without messages
            }
            return Err(err_at(
                path,
                pos.key_line(&lptr),
                format!("a chat history is {}, not an array", json_kind(list)),
            ));
        };
        let other = key
            .strip_prefix(PREFIX)
            .unwrap_or(key)
            .trim_end_matches(':')
            .trim();
        let conv = (ctx.conversation_id)(&format!("tiktok:{other}"));
        for (i, m) in list.iter().enumerate() {
            let line = pos.elem_line(&lptr, i);
            let mut skip = |why: String| out.skipped.push((line, why));
            let Some(m) = m.as_object() else {
                skip(format!("message is {}, not an object", json_kind(m)));
                continue;
            };
            let str_of = |k: &str| m.get(k).and_then(Value::as_str).map(str::trim);
            let Some(from) = str_of("From").filter(|s| !s.is_empty()) else {
                skip("missing \"From\"".into());
                continue;
            };
            let ts = match str_of("Date") {
                None => None,
                Some(d) => match chrono::NaiveDateTime::parse_from_str(d, "%Y-%m-%d %H:%M:%S")
                    .ok()
                    .and_then(|n| crate::ingest::time::localise(n, ctx.time.timezone).ok())
                {
                    Some(t) => Some(t),
                    None => {
                        skip(format!("unparsable \"Date\" {d:?}"));
                        continue;
                    }
                },
            };
            let content = str_of("Content").unwrap_or_default();
            let mut meta = base_meta(ChatFormat::TikTok);
            let text = if is_video_link(content) {
                meta.insert("media".into(), "video_link".into());
                MEDIA.to_string()
            } else {
                content.to_string()
            };
            out.records.push(ChatRecord {
                conversation_id: conv.clone(),
                message_id: format!("{conv}-{}", i + 1),
                timestamp: ts,
                speaker_name: from.to_string(),
                speaker_id: Some(from.to_string()),
                text,
                meta,
                line,
            });
        }
    }
    Ok(out)
}
