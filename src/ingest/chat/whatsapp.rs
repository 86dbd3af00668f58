//! WhatsApp "Export chat" text files.
//!
//! Android: `dd/mm/yyyy, hh:mm - Name: text`; iOS: `[dd/mm/yyyy, hh:mm:ss] Name: text`.
//! Also 2-digit years, optional seconds, 12-hour clocks (`am`/`pm`, any case, after a
//! space, a no-break space or U+202F), `.`/`-` date separators and a missing comma.
//! Year-first ISO dates (`2024-03-12 16:04 - Name: text`, `[2024-03-12, 16:04:05] Name: text`)
//! too. Day/month order is decided from the whole file (see [`month_first`]); when the file
//! cannot decide it, `--date-order` does, else reading stops with an error naming the flag.
//! Times are local time in `--timezone` (default UTC).
//!
//! System lines (encryption notice, joins, leaves, adds, group creation, subject changes) and
//! deleted-message placeholders go to `system`, not `skipped`: they are not messages.

use super::{
    base_meta, err_at, ext_fits, numbered_lines, ChatFormat, ChatParse, ChatReader, ChatRecord,
    ParseContext, MEDIA,
};
use crate::error::Result;
use crate::ingest::time::DateOrder;
use regex::Regex;
use std::path::Path;
use std::sync::OnceLock;

const DATE: &str = r"(?:(?P<a>[0-9]{1,2})[/.\-](?P<b>[0-9]{1,2})[/.\-](?P<y>[0-9]{4}|[0-9]{2})|(?P<iy>[0-9]{4})-(?P<im>[0-9]{1,2})-(?P<id>[0-9]{1,2})),?[ \x{A0}\x{202F}]";
const TIME: &str = r"(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?:[ \x{A0}\x{202F}]?(?P<ap>[aApP])\.?[ \x{A0}\x{202F}]?[mM]\.?)?";

fn android() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(r"^{DATE}{TIME} - (?P<rest>.*)$")).expect("valid Android regex")
    })
}

fn ios() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(r"^\[{DATE}{TIME}\] (?P<rest>.*)$")).expect("valid iOS regex")
    })
}

const EXPECTED: &str = "expected a WhatsApp line such as 'dd/mm/yyyy, hh:mm - Name: text' \
                        or '[dd/mm/yyyy, hh:mm:ss] Name: text'";

/// The date of a line: `a/b/year` (day and month in an order decided for the whole file) or
/// year-first ISO (`2024-03-12`).
#[derive(Clone, Copy)]
enum LineDate {
    DayMonth { a: u32, b: u32, year: i32 },
    Iso { year: i32, month: u32, day: u32 },
}

/// A line that starts a new entry (message or system line).
struct Head<'a> {
    date: LineDate,
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
    let num = |name: &str| -> Option<u32> {
        c.name(name)
            .map(|m| m.as_str().parse().ok())
            .unwrap_or(Some(0))
    };
    let date = if let Some(y) = c.name("iy") {
        LineDate::Iso {
            year: y.as_str().parse().ok()?,
            month: num("im")?,
            day: num("id")?,
        }
    } else {
        let y = c.name("y")?.as_str();
        let year: i32 = y.parse().ok()?;
        LineDate::DayMonth {
            a: num("a")?,
            b: num("b")?,
            year: if y.len() == 2 { 2000 + year } else { year },
        }
    };
    Some(Head {
        date,
        hour: num("h")?,
        min: num("mi")?,
        sec: num("s")?,
        pm: c.name("ap").map(|m| m.as_str().eq_ignore_ascii_case("p")),
        rest: c.name("rest")?.as_str(),
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

/// System texts that iOS exports attribute to the group, sometimes without the U+200E mark.
const SYSTEM_PHRASES: &[&str] = &[
    "messages and calls are end-to-end encrypted",
    "joined using this group's invite link",
    "created group",
    "changed the subject",
    "changed this group's icon",
    "changed the group description",
    "deleted this group's icon",
];

fn is_system_phrase(body: &str) -> bool {
    let lower = body.to_lowercase();
    SYSTEM_PHRASES.iter().any(|p| lower.contains(p))
}

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

    fn parse(&self, path: &Path, stem: &str, text: &str, ctx: &ParseContext) -> Result<ChatParse> {
        parse(path, stem, text, ctx)
    }
}

/// Whether `a/b` dates are month-first, decided from the whole file: a first field above 12
/// means day-first, a second field above 12 month-first (both is an error). Otherwise
/// `--date-order`, else the one order under which the dates never go backwards, else an error
/// naming the flag. `None` if no line has an `a/b` date.
fn month_first(path: &Path, text: &str, order: Option<DateOrder>) -> Result<Option<bool>> {
    let mut dates: Vec<(u64, u32, u32, i32)> = Vec::new();
    for (n, raw) in numbered_lines(text) {
        if let Some(Head {
            date: LineDate::DayMonth { a, b, year },
            ..
        }) = head(strip_lrm(raw))
        {
            dates.push((n, a, b, year));
        }
    }
    let Some(&(first, ..)) = dates.first() else {
        return Ok(None);
    };
    let day_first_at = dates.iter().find(|d| d.1 > 12).map(|d| d.0);
    let month_first_at = dates.iter().find(|d| d.2 > 12).map(|d| d.0);
    let flag = |o: DateOrder| format!("--date-order {}", o.as_str());
    match (day_first_at, month_first_at, order) {
        (Some(d), Some(m), _) => Err(err_at(
            path,
            d.max(m),
            format!(
                "dates are neither all dd/mm nor all mm/dd \
                 (line {d} is day-first, line {m} month-first)"
            ),
        )),
        (Some(d), None, Some(o @ DateOrder::Mdy)) => Err(err_at(
            path,
            d,
            format!("this date is day-first, which contradicts {}", flag(o)),
        )),
        (None, Some(m), Some(o @ DateOrder::Dmy)) => Err(err_at(
            path,
            m,
            format!("this date is month-first, which contradicts {}", flag(o)),
        )),
        (Some(_), None, _) => Ok(Some(false)),
        (None, Some(_), _) => Ok(Some(true)),
        (None, None, Some(DateOrder::Dmy)) => Ok(Some(false)),
        (None, None, Some(DateOrder::Mdy)) => Ok(Some(true)),
        (None, None, o) => {
            let keys = |mf: bool| {
                dates
                    .iter()
                    .map(|&(_, a, b, y)| if mf { (y, a, b) } else { (y, b, a) })
                    .collect::<Vec<_>>()
            };
            let sorted = |v: Vec<(i32, u32, u32)>| v.windows(2).all(|w| w[0] <= w[1]);
            match (sorted(keys(false)), sorted(keys(true))) {
                (true, false) => Ok(Some(false)),
                (false, true) => Ok(Some(true)),
                _ => Err(err_at(
                    path,
                    first,
                    format!(
                        "cannot tell whether dates are day/month or month/day (no day above 12{}); \
                         give --date-order dmy or --date-order mdy",
                        if o.is_some() { "; --date-order ymd does not fit" } else { "" }
                    ),
                )),
            }
        }
    }
}

/// The line's time as RFC 3339 UTC, or `None` if the date or time does not exist.
fn timestamp(h: &Head, month_first: bool, ctx: &ParseContext) -> Option<String> {
    let (year, month, day) = match h.date {
        LineDate::Iso { year, month, day } => (year, month, day),
        LineDate::DayMonth { a, b, year } if month_first => (year, a, b),
        LineDate::DayMonth { a, b, year } => (year, b, a),
    };
    let hour = match h.pm {
        None if h.hour <= 23 => h.hour,
        Some(pm) if (1..=12).contains(&h.hour) => h.hour % 12 + if pm { 12 } else { 0 },
        _ => return None,
    };
    let naive =
        chrono::NaiveDate::from_ymd_opt(year, month, day)?.and_hms_opt(hour, h.min, h.sec)?;
    crate::ingest::time::localise(naive, ctx.time.timezone).ok()
}

fn invalid_time(path: &Path, line: u64, h: &Head) -> crate::Error {
    let date = match h.date {
        LineDate::DayMonth { a, b, year } => format!("{a}/{b}/{year}"),
        LineDate::Iso { year, month, day } => format!("{year}-{month}-{day}"),
    };
    err_at(
        path,
        line,
        format!(
            "invalid date or time in WhatsApp line ({date} {}:{:02}; check --timezone)",
            h.hour, h.min
        ),
    )
}

/// What a timestamped line is: a message (speaker, body) or not a message (reason).
fn classify(rest: &str) -> std::result::Result<(String, &str), &'static str> {
    let Some((name, body)) = rest.split_once(": ") else {
        return Err("system line");
    };
    // Quoted names come from system lines such as `X changed the subject to "a: b"`.
    let speaker = clean_name(name);
    if speaker.is_empty() || name.contains(['"', '\u{201c}', '\u{201d}']) {
        return Err("system line");
    }
    if is_deleted(body) {
        return Err("deleted message");
    }
    // iOS marks system texts (attributed to the group) with a leading U+200E.
    if !is_media(body) && (body.starts_with('\u{200e}') || is_system_phrase(body)) {
        return Err("system line");
    }
    Ok((speaker, body))
}

/// A finished message entry as a record (media-only messages become `<media>`).
fn record(e: Entry, stem: &str, n: usize) -> Option<ChatRecord> {
    let Entry::Message {
        line,
        ts,
        speaker,
        text,
        media,
        caption,
    } = e
    else {
        return None;
    };
    let mut meta = base_meta(ChatFormat::WhatsApp);
    let mut text = if media {
        meta.insert("media".into(), "omitted".into());
        let cap = caption.join("\n");
        if cap.trim().is_empty() {
            MEDIA.to_string()
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
    Some(ChatRecord {
        conversation_id: stem.to_string(),
        message_id: format!("{stem}-{n}"),
        timestamp: Some(ts),
        speaker_name: speaker,
        speaker_id: None,
        text,
        meta,
        line,
    })
}

fn parse(path: &Path, stem: &str, text: &str, ctx: &ParseContext) -> Result<ChatParse> {
    // An undecidable order is reported at the first a/b date, after any structural error
    // before it.
    let order = month_first(path, text, ctx.time.date_order);
    let mut out = ChatParse::default();
    let mut cur: Option<Entry> = None;
    let flush = |e: Option<Entry>, out: &mut ChatParse| {
        if let Some(r) = e.and_then(|e| record(e, stem, out.records.len() + 1)) {
            out.records.push(r);
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
        let month_first = match h.date {
            LineDate::Iso { .. } => false,
            LineDate::DayMonth { .. } => order
                .as_ref()
                .map_err(|e| crate::err!("{e}"))?
                .unwrap_or(false),
        };
        let ts = timestamp(&h, month_first, ctx).ok_or_else(|| invalid_time(path, line, &h))?;
        match classify(h.rest) {
            Err(why) => {
                out.system.push((line, why.to_string()));
                cur = Some(Entry::Other);
            }
            Ok((speaker, body)) => {
                cur = Some(Entry::Message {
                    line,
                    ts,
                    speaker,
                    text: body.to_string(),
                    media: is_media(body),
                    caption: Vec::new(),
                });
            }
        }
    }
    flush(cur.take(), &mut out);
    if out.records.is_empty() && out.system.is_empty() {
        return Err(err_at(path, 1, "empty file (no WhatsApp lines)"));
    }
    Ok(out)
}
