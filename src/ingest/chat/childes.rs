//! CHILDES CHAT transcripts (`.cha`).
//!
//! Tab-initial lines continue the previous line (joined with a space). `@Participants`
//! declares `CODE [Name] Role` entries; utterances are `*CODE:\ttext`; dependent tiers
//! `%tier:\ttext` attach to the preceding utterance as `meta[tier]` (repeats joined
//! with a newline). Media bullets (`\u{15}start_end\u{15}`) are removed from the text and
//! kept in `meta["bullet"]`. Transcription codes (`[/]`, `&-um`, `xxx`) are kept.

use super::{
    base_meta, err_at, ext_fits, naive_rfc3339, numbered_lines, ChatFormat, ChatParse, ChatReader,
    ChatRecord, ParseContext,
};
use crate::error::Result;
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

/// CHILDES CHAT transcripts.
pub(super) struct Childes;

impl ChatReader for Childes {
    fn format(&self) -> ChatFormat {
        ChatFormat::Childes
    }

    fn detect(&self, _path: &Path, ext: Option<&str>, head: &str) -> bool {
        ext == Some("cha") || (ext_fits(ext, "cha") && sniff(head))
    }

    fn parse(&self, path: &Path, stem: &str, text: &str, _ctx: &ParseContext) -> Result<ChatParse> {
        parse(path, stem, text)
    }
}

fn sniff(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .is_some_and(|l| l.starts_with("@UTF8") || l.starts_with("@Begin"))
}

fn parse(path: &Path, stem: &str, text: &str) -> Result<ChatParse> {
    let (logical, last_line) = logical_lines(path, text)?;
    let mut t = Transcript::new(path, stem);
    for (line, l) in logical {
        if t.ended {
            t.out.skipped.push((line, "line after @End".into()));
            continue;
        }
        match l.chars().next() {
            Some('@') => t.header(line, &l)?,
            Some('*') => t.utterance(line, &l)?,
            Some('%') => t.tier(line, &l)?,
            _ => return Err(err_at(
                path,
                line,
                "expected a CHAT line (@Header, *SPEAKER:, %tier: or a tab-indented continuation)",
            )),
        }
    }
    t.finish(last_line)
}

/// The logical lines of a transcript, numbered by the line they start on (tab-initial lines
/// continue the previous one, joined with a space; blank lines are left out), and the last
/// non-blank line.
fn logical_lines(path: &Path, text: &str) -> Result<(Vec<(u64, String)>, u64)> {
    let mut logical: Vec<(u64, String)> = Vec::new();
    let mut last_line = 1;
    for (line, l) in numbered_lines(text) {
        if l.trim().is_empty() {
            continue;
        }
        last_line = line;
        if !l.starts_with('\t') {
            logical.push((line, l.to_string()));
            continue;
        }
        let Some((_, prev)) = logical.last_mut() else {
            return Err(err_at(
                path,
                line,
                "continuation line (starting with a tab) before any header or utterance",
            ));
        };
        prev.push(' ');
        prev.push_str(l.trim());
    }
    if logical.is_empty() {
        return Err(err_at(
            path,
            1,
            "empty file (expected a CHAT transcript starting with @Begin)",
        ));
    }
    Ok((logical, last_line))
}

/// `@Participants` entries `CODE [Name] Role`, separated by commas: code -> role.
fn participants(path: &Path, line: u64, value: &str) -> Result<IndexMap<String, String>> {
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
    Ok(p)
}

/// A transcript being read, one logical line at a time.
struct Transcript<'a> {
    path: &'a Path,
    stem: &'a str,
    out: ChatParse,
    begun: bool,
    ended: bool,
    /// `@Participants`: code -> role.
    participants: Option<IndexMap<String, String>>,
    /// `@Date`, as RFC 3339.
    when: Option<String>,
}

impl<'a> Transcript<'a> {
    fn new(path: &'a Path, stem: &'a str) -> Self {
        Transcript {
            path,
            stem,
            out: ChatParse::default(),
            begun: false,
            ended: false,
            participants: None,
            when: None,
        }
    }

    /// A `@Header` line.
    fn header(&mut self, line: u64, l: &str) -> Result<()> {
        let name = l
            .split(|c: char| c == ':' || c.is_whitespace())
            .next()
            .unwrap_or("");
        let value = l.split_once(':').map_or("", |(_, v)| v.trim());
        match name {
            "@Begin" => self.begun = true,
            "@End" => self.ended = true,
            "@Participants" => self.participants = Some(participants(self.path, line, value)?),
            "@Date" => {
                self.when = Some(date(value).ok_or_else(|| {
                    err_at(
                        self.path,
                        line,
                        format!("@Date {value:?}: expected dd-MMM-yyyy, e.g. 01-JAN-2020"),
                    )
                })?);
            }
            _ => {} // other headers (@Languages, @ID, @Comment, @G...) carry no messages
        }
        Ok(())
    }

    /// A `*SPEAKER:\ttext` utterance: one record.
    fn utterance(&mut self, line: u64, l: &str) -> Result<()> {
        let path = self.path;
        if !self.begun {
            return Err(err_at(path, line, "utterance before @Begin"));
        }
        let Some((code, body)) = split_code(l) else {
            return Err(err_at(path, line, "expected '*SPEAKER:\\ttext'"));
        };
        let Some(parts) = self.participants.as_ref() else {
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
        let n = self.out.records.len() + 1;
        self.out.records.push(ChatRecord {
            conversation_id: self.stem.to_string(),
            message_id: format!("{}-{n}", self.stem),
            timestamp: self.when.clone(),
            speaker_name: format!("{code} ({role})"),
            speaker_id: None,
            text: clean,
            meta,
            line,
        });
        Ok(())
    }

    /// A `%tier:\ttext` dependent tier: `meta[tier]` of the preceding utterance.
    fn tier(&mut self, line: u64, l: &str) -> Result<()> {
        let Some((tier, body)) = split_code(l) else {
            return Err(err_at(self.path, line, "expected '%tier:\\ttext'"));
        };
        let Some(rec) = self.out.records.last_mut() else {
            return Err(err_at(
                self.path,
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
        Ok(())
    }

    /// The records, once the required headers are known to be there.
    fn finish(self, last_line: u64) -> Result<ChatParse> {
        if !self.begun {
            return Err(err_at(self.path, 1, "missing @Begin"));
        }
        if self.participants.is_none() {
            return Err(err_at(self.path, 1, "missing @Participants header"));
        }
        if !self.ended {
            return Err(err_at(
                self.path,
                last_line,
                "missing @End (truncated file?)",
            ));
        }
        Ok(self.out)
    }
}
