//! Detector patterns and checks for the forms pupils actually write (issue 15): spelled-out
//! e-mail addresses ("jess at example dot com"), handles after a platform word ("add me on
//! snap: jess_m_2011"), bare domains, street addresses without a postcode, bank sort codes
//! and account numbers, and the room codes that look like postcodes.

use super::names::{is_common_word, is_word_char};
use super::pii::{after, before, is_digit};

/// Top-level domains accepted for bare domains and spelled-out e-mail addresses.
const TLDS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "info", "biz", "io", "app", "dev", "tv", "me", "ie", "uk",
    "us", "ca", "au", "nz", "de", "fr", "es", "it", "nl", "eu",
];

/// The lower-cased word just before byte `s` (letters, digits, `'`, `/`).
fn word_before(t: &str, s: usize) -> String {
    let b = t[..s].trim_end();
    b.rsplit(|c: char| !(is_word_char(c) || c == '\'' || c == '/'))
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// The 40 characters before byte `s`, lower-cased.
fn context_before(t: &str, s: usize) -> String {
    let start = t[..s].char_indices().rev().nth(39).map_or(0, |(i, _)| i);
    t[start..s].to_lowercase()
}

/// Labels of a spelled-out address, split on `.`, `[dot]`, `(dot)`, ` dot ` and so on.
fn spelled_labels(domain: &str) -> Vec<String> {
    let mut d = domain.to_lowercase();
    for sep in ["[dot]", "(dot)", "{dot}", "<dot>"] {
        d = d.replace(sep, ".");
    }
    let d = d.split_whitespace().collect::<Vec<_>>().join(" ");
    d.replace(" dot ", ".")
        .split('.')
        .map(|l| l.trim().to_string())
        .collect()
}

/// "jess at example dot com", "jess[at]example[dot]com", "jess @ example.com".
pub(super) fn check_spelled_email(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if before(t, s).is_some_and(|c| is_word_char(c) || ".%+-@".contains(c)) {
        return None;
    }
    if after(t, e).is_some_and(|c| is_word_char(c) || c == '@') {
        return None;
    }
    let m = &t[s..e];
    let lower = m.to_lowercase();
    // Where the local part ends: the first "@" / "[at]" / " at ".
    let at_word = lower.find(" at ");
    let split = ["[at]", "(at)", "{at}", "<at>", "@"]
        .iter()
        .filter_map(|a| lower.find(a).map(|i| (i, a.len())))
        .chain(at_word.map(|i| (i, 4)))
        .min()?;
    let domain = &lower[split.0 + split.1..];
    let labels = spelled_labels(domain);
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty() || l.contains(' ')) {
        return None;
    }
    let tld = labels.last()?;
    if !TLDS.contains(&tld.as_str()) {
        return None;
    }
    // "look at example.com" is a bare domain, not an address: the word "at" needs a
    // spelled-out dot to count.
    let spelled_dot = ["dot", "[dot]", "(dot)", "{dot}", "<dot>"]
        .iter()
        .any(|d| domain.contains(d));
    if at_word.is_some_and(|i| i == split.0) && !spelled_dot {
        return None;
    }
    Some((s, e))
}

/// A platform word, then optional "is" / ":" / "=", then the handle (the last token).
pub(super) const PLATFORM_HANDLE: &str = r"(?i)(?:\b(?:snap(?:chat)?|insta(?:gram)?|tik ?tok|discord|twitter|kik|roblox|psn|xbox|gamertag|telegram|youtube|user ?name)\b|\bmy\s+@)(?:\s*(?::|=|-|@|\b(?:is|name|user|username|handle|tag|id|on|me)\b))*\s*[A-Za-z0-9_.]{2,30}(?:#\d{4})?";

/// Words that follow a platform word without being a handle ("snap streaks", "insta
/// stories"), beyond the common-word list.
const PLATFORM_WORDS: &[&str] = &[
    "streak",
    "story",
    "stories",
    "reel",
    "filter",
    "server",
    "account",
    "acc",
    "dm",
    "chat",
    "group",
    "call",
    "live",
    "update",
    "dance",
    "trend",
    "video",
    "vid",
    "post",
    "pic",
    "follower",
    "like",
    "notification",
    "map",
    "score",
    "feed",
    "page",
    "bio",
    "handle",
    "username",
    "tag",
    "id",
    "name",
    "user",
    "pfp",
    "gc",
    "vc",
    "snap",
    "insta",
    "tiktok",
    "discord",
    "gamertag",
    "channel",
    "profile",
    "status",
];

fn is_ordinary_word(w: &str) -> bool {
    let l = w.to_lowercase();
    let stem = l.strip_suffix('s').unwrap_or(&l);
    is_common_word(&l)
        || is_common_word(stem)
        || PLATFORM_WORDS.contains(&l.as_str())
        || PLATFORM_WORDS.contains(&stem)
}

/// The handle after a platform word: a token with a digit, `_`, `.` or `#1234`, or any
/// token that is not an ordinary word ("insta is jessfakename", not "insta is down").
pub(super) fn check_platform_handle(t: &str, _s: usize, e: usize) -> Option<(usize, usize)> {
    let mut e = e;
    while t[..e].ends_with('.') {
        e -= 1;
    }
    if after(t, e).is_some_and(|c| is_word_char(c) || c == '@') {
        return None;
    }
    let hs = t[..e]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || "_.#".contains(*c))
        .last()
        .map(|(i, _)| i)?;
    let h = &t[hs..e];
    if h.chars().filter(|c| c.is_ascii_alphanumeric()).count() < 3 || before(t, hs) == Some('@') {
        return None;
    }
    let marked = h.chars().any(|c| c.is_ascii_digit() || "_.#".contains(c));
    if !marked && is_ordinary_word(h) {
        return None;
    }
    // "#1234" alone, or a number with nothing else, is not a handle.
    if !h.chars().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some((hs, e))
}

/// A host name ending in a known top-level domain, without a scheme or path.
pub(super) const BARE_DOMAIN: &str = r"(?i)\b[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.(?:com|org|net|edu|gov|info|biz|io|app|dev|tv|me|ie|uk|co\.uk|org\.uk|ac\.uk|gov\.uk|com\.au)\b";

pub(super) fn check_bare_domain(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if before(t, s).is_some_and(|c| ".@/:-_".contains(c) || is_word_char(c)) {
        return None;
    }
    if after(t, e).is_some_and(|c| c == '@' || c == '-' || is_word_char(c))
        || (after(t, e) == Some('.') && after(t, e + 1).is_some_and(is_word_char))
    {
        return None;
    }
    let labels: Vec<&str> = t[s..e].split('.').collect();
    // A letter before the top-level domain, and a first label longer than one letter
    // ("v2.io"? fine; "a.me", "i.e" are not hosts).
    if labels[0].chars().count() < 2
        || !labels[..labels.len() - 1]
            .iter()
            .any(|l| l.chars().any(|c| c.is_ascii_alphabetic()))
    {
        return None;
    }
    Some((s, e))
}

/// "14 Fakewood Road", "3a Sample Close": a house number and one to three capitalised words
/// ending in a street word.
pub(super) const ADDRESS_CAPITALISED: &str = concat!(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}(?:",
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Place|Pl|Grove|Gardens|Gdns|Terrace|Court|Ct|Mews|Square|Sq|Walk|Row|Hill|Rise|View|Parade",
    r")\b"
);

/// "14 fakewood road": lower case, only unmistakable street words, and a street name that
/// is not an ordinary word ("a 10 minute walk" never matches).
pub(super) const ADDRESS_LOWER: &str = r"(?i)\b\d{1,4}[a-z]?,?\s+(?:[a-z']+\s+){1,2}(?:road|rd|street|avenue|lane|crescent|grove|gardens|terrace|mews|close|drive)\b";

fn address_number_ok(t: &str, s: usize) -> bool {
    // Not part of a decimal, a score or a longer number.
    !before(t, s).is_some_and(|c| is_digit(c) || ".,:/£$€-".contains(c))
}

/// Capitalised street names are accepted as written: they are often ordinary words
/// ("14 Church Road").
pub(super) fn check_address(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    address_number_ok(t, s).then_some((s, e))
}

pub(super) fn check_address_lower(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if !address_number_ok(t, s) {
        return None;
    }
    let words: Vec<&str> = t[s..e].split_whitespace().collect();
    let middle = &words[1..words.len().saturating_sub(1)];
    if middle.is_empty() || middle.iter().all(|w| is_common_word(&w.to_lowercase())) {
        return None;
    }
    Some((s, e))
}

/// "sort code 12-34-56" (or 123456), with "sort code", "sortcode" or "s/c" in the 40
/// characters before.
pub(super) fn check_sort_code(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if before(t, s).is_some_and(|c| c == '-' || c == '/' || c == '.' || c == '+') {
        return None;
    }
    let ctx = context_before(t, s);
    ["sort code", "sortcode", "sort-code", "s/c"]
        .iter()
        .any(|w| ctx.contains(w))
        .then_some((s, e))
}

/// An 8-digit account number with "account", "acc no", "acct" or "a/c" in the 40 characters
/// before.
pub(super) fn check_account(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if before(t, s).is_some_and(|c| c == '-' || c == '/' || c == '.' || c == '+') {
        return None;
    }
    let ctx = context_before(t, s);
    [
        "account",
        "acc no",
        "acc num",
        "acc number",
        "acct",
        "a/c",
        "acc:",
    ]
    .iter()
    .any(|w| ctx.contains(w))
    .then_some((s, e))
}

/// Whether the word before byte `s` names a room, seat or class ("Room B12 3PQ").
pub(super) fn room_context(t: &str, s: usize) -> bool {
    const ROOMS: &[&str] = &[
        "room",
        "rm",
        "classroom",
        "class",
        "block",
        "lab",
        "seat",
        "table",
        "locker",
        "bay",
        "gate",
        "platform",
        "form",
        "set",
        "group",
        "building",
        "unit",
        "studio",
        "hall",
        "code",
    ];
    ROOMS.contains(&word_before(t, s).as_str())
}
