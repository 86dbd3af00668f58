//! WhatsApp "Export chat" text files.
//!
//! Android: `dd/mm/yyyy, hh:mm - Name: text`; iOS: `[dd/mm/yyyy, hh:mm:ss] Name: text`.
//! Also 2-digit years, optional seconds, 12-hour clocks (`am`/`pm`, any case, after a
//! space, a no-break space or U+202F), `.`/`-` date separators and a missing comma.
//! Dates are day-first unless some date in the file only makes sense month-first
//! (second field above 12), as in US-locale exports; a file with both is an error.

use super::ChatRecord;
use super::{
    base_meta, err_at, ext_fits, naive_rfc3339, numbered_lines, ChatFormat, ChatParse, ChatReader,
};
use anyhow::Result;
use regex::Regex;
use std::path::Path;
use std::sync::OnceLock;

const DATE: &str = r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4}|[0-9]{2}),?[ \x{A0}\x{202F}]";
const TIME: &str = r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?:[ \x{A0}\x{202F}]?([aApP])\.?[ \x{A0}\x{202F}]?[mM]\.?)?";

fn android() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(&format!(r"^{DATE}{TIME} - (.*)$")).expect("valid Android regex"))
}

fn ios() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(&format!(r"^\[{DATE}{TIME}\] (.*)$")).expect("valid iOS regex"))
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
    let num =
        |i: usize| -> Option<u32> { c.get(i).map(|m| m.as_str().parse().ok()).unwrap_or(Some(0)) };
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
fn sniff(text: &str) -> bool {
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

/// WhatsApp text exports.
pub(super) struct WhatsApp;

impl ChatReader for WhatsApp {
    fn format(&self) -> ChatFormat {
        ChatFormat::WhatsApp
    }

    fn detect(&self, _path: &Path, ext: Option<&str>, head: &str) -> bool {
        ext_fits(ext, "txt") && sniff(head)
    }

    fn parse(&self, path: &Path, stem: &str, text: &str) -> Result<ChatParse> {
        parse(path, stem, text)
    }
}

fn parse(path: &Path, stem: &str, text: &str) -> Result<ChatParse> {
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
            Some(pm) if (1..=12).contains(&h.hour) => Some(h.hour % 12 + if pm { 12 } else { 0 }),
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
