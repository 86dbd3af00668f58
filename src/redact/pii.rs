//! Residual-PII detection and typed placeholders.
//!
//! [`detect`] finds e-mail addresses, URLs, phone numbers, @handles, UK postcodes, IP
//! addresses, dates of birth, long digit runs and listed names; [`redact`] replaces each
//! with a typed placeholder (`[EMAIL]`, `[NAME_2]`, ...). Offsets are code points.

use super::names::{is_word_char, resolve_overlaps, NameList};
use chrono::NaiveDate;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A kind of personal data. The order is the tie-break order for equal-length overlaps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum PiiKind {
    /// An e-mail address, also spelled out ("jo at example dot com").
    Email,
    /// A web address, with or without a scheme.
    Url,
    /// A phone number (UK forms, international, or loosely written).
    Phone,
    /// A social-media handle ("@jo_99", "my snap is jo99").
    Handle,
    /// A UK postcode.
    Postcode,
    /// A house number and street ("14 Fakewood Road"), with or without a postcode.
    Address,
    /// An IPv4 or IPv6 address.
    Ip,
    /// A date with birth-date context ("dob", "born", "birthday" … just before it).
    Dob,
    /// Any other full date (with a year): an event date can identify as well.
    Date,
    /// A bank sort code or account number (with "sort code" / "account" just before it).
    Bank,
    /// Nine or more digits, or digits in groups of three or four: an identifying number.
    Number,
    /// A name from the names list.
    Name,
}

impl PiiKind {
    /// Every kind, in order.
    pub const ALL: [PiiKind; 12] = [
        PiiKind::Email,
        PiiKind::Url,
        PiiKind::Phone,
        PiiKind::Handle,
        PiiKind::Postcode,
        PiiKind::Address,
        PiiKind::Ip,
        PiiKind::Dob,
        PiiKind::Date,
        PiiKind::Bank,
        PiiKind::Number,
        PiiKind::Name,
    ];

    /// `EMAIL`, `URL`, `PHONE`, `HANDLE`, `POSTCODE`, `ADDRESS`, `IP`, `DOB`, `DATE`, `BANK`,
    /// `NUMBER`, `NAME`.
    pub fn as_str(self) -> &'static str {
        match self {
            PiiKind::Email => "EMAIL",
            PiiKind::Url => "URL",
            PiiKind::Phone => "PHONE",
            PiiKind::Handle => "HANDLE",
            PiiKind::Postcode => "POSTCODE",
            PiiKind::Address => "ADDRESS",
            PiiKind::Ip => "IP",
            PiiKind::Dob => "DOB",
            PiiKind::Date => "DATE",
            PiiKind::Bank => "BANK",
            PiiKind::Number => "NUMBER",
            PiiKind::Name => "NAME",
        }
    }

    /// The generic placeholder, e.g. `[EMAIL]`. Names are numbered by [`redact`]
    /// (`[NAME_1]`); `[NAME]` is the generic form.
    pub fn placeholder(self) -> &'static str {
        match self {
            PiiKind::Email => "[EMAIL]",
            PiiKind::Url => "[URL]",
            PiiKind::Phone => "[PHONE]",
            PiiKind::Handle => "[HANDLE]",
            PiiKind::Postcode => "[POSTCODE]",
            PiiKind::Address => "[ADDRESS]",
            PiiKind::Ip => "[IP]",
            PiiKind::Dob => "[DOB]",
            PiiKind::Date => "[DATE]",
            PiiKind::Bank => "[BANK]",
            PiiKind::Number => "[NUMBER]",
            PiiKind::Name => "[NAME]",
        }
    }
}

impl std::fmt::Display for PiiKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PiiKind {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        PiiKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| crate::err!("unknown PII kind {s:?}"))
    }
}

/// One detected item: `start`/`end` are code points into the text, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PiiHit {
    /// What was found.
    pub kind: PiiKind,
    /// The first code point.
    pub start: usize,
    /// The code point after the item.
    pub end: usize,
}

/// Placeholders (ours and the teaching pack's) are never matched, so redaction is idempotent.
pub(crate) fn placeholder_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"\[(?:EMAIL|URL|PHONE|HANDLE|POSTCODE|ADDRESS|IP|DOB|DATE|BANK|NUMBER|NAME|NAME_[0-9]+|RARE|SEXUALISED TERM)\]",
        )
        .expect("valid placeholder regex")
    })
}

/// Validates a regex candidate (byte range) and returns the accepted, possibly trimmed, range.
type Check = fn(&str, usize, usize) -> Option<(usize, usize)>;

struct Detector {
    kind: PiiKind,
    /// The regex source, compiled on first use ([`Detector::re`]): a short text (a command
    /// line, a small file) needs only the detectors whose [`Needs`] it meets (issue 23).
    src: String,
    re: OnceLock<Regex>,
    check: Check,
    /// Cheap precondition on the whole text.
    needs: Needs,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Needs {
    Any,
    At,
    Digit,
    Slash,
    Colons,
    Dot,
}

const URL_CHARS: &str = r#"[^\s<>"'\[\]{}|\\^`]"#;
const MONTHS: &str = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

/// One row of the detector table: what it finds, its pattern, the check of each candidate
/// and the precondition on the whole text. The order of rows does not matter: overlapping
/// candidates are resolved by length, start and kind.
type Row<P> = (PiiKind, P, Check, Needs);

/// An e-mail address.
const EMAIL: &str = r"(?i)[a-z0-9][a-z0-9._%+\-]*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,24}";
/// An e-mail address spelled out: "jo [at] example dot com".
const SPELLED_EMAIL: &str = r"(?i)\b[a-z0-9][a-z0-9._%+\-]*(?:\s*(?:\[at\]|\(at\)|\{at\}|<at>)\s*|\s+@\s*|\s*@\s+|\s+at\s+)[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>)\s*|\s+dot\s+|\.)[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)+";
/// An @handle.
const AT_HANDLE: &str = r"@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?";
/// A sort code, or six digits (the check wants "sort code" context for those).
const SORT_CODE: &str = r"\b\d{2}[\- \u{2013}]\d{2}[\- \u{2013}]\d{2}\b|\b\d{6}\b";
/// Eight digits, possibly split in two: an account number with "account" context.
const ACCOUNT: &str = r"\b\d{4}[ \-]?\d{4}\b";
/// A UK postcode.
const POSTCODE: &str = r"(?i)\b(?:[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA)\b";
/// An IPv4 address.
const IPV4: &str = r"\b(?:\d{1,3}\.){3}\d{1,3}\b";
/// An IPv6 address candidate.
const IPV6: &str = r"(?i)[0-9a-f:][0-9a-f:.]{1,44}";
/// Nine or more digits.
const LONG_NUMBER: &str = r"\b\d{9,}\b";
/// Digits in three or more groups of three or four.
const GROUPED_NUMBER: &str = r"\b\d{3,4}(?:[ \-]\d{3,4}){2,}\b";

/// The detectors whose patterns are fixed strings, by kind.
const FIXED: &[Row<&str>] = {
    use super::forms;
    use Needs::{Any, At, Colons, Digit, Dot};
    &[
        (PiiKind::Email, EMAIL, check_email, At),
        (
            PiiKind::Email,
            SPELLED_EMAIL,
            forms::check_spelled_email,
            Any,
        ),
        (
            PiiKind::Handle,
            forms::PLATFORM_HANDLE,
            forms::check_platform_handle,
            Any,
        ),
        (PiiKind::Handle, AT_HANDLE, check_handle, At),
        (
            PiiKind::Address,
            forms::ADDRESS_CAPITALISED,
            forms::check_address,
            Digit,
        ),
        (
            PiiKind::Address,
            forms::ADDRESS_LOWER,
            forms::check_address_lower,
            Digit,
        ),
        (PiiKind::Bank, SORT_CODE, forms::check_sort_code, Digit),
        (PiiKind::Bank, ACCOUNT, forms::check_account, Digit),
        (PiiKind::Postcode, POSTCODE, check_postcode, Digit),
        (PiiKind::Ip, IPV4, check_ipv4, Dot),
        (PiiKind::Ip, IPV6, check_ipv6, Colons),
        (PiiKind::Number, LONG_NUMBER, check_number, Digit),
        (PiiKind::Number, GROUPED_NUMBER, check_number, Digit),
    ]
};

/// URL detectors: with a scheme, starting `www.`, a bare domain with a path, a bare domain
/// with a common top-level domain.
fn url_rows() -> Vec<Row<String>> {
    vec![
        (
            PiiKind::Url,
            format!(r"(?i)\b(?:https?|ftp)://{URL_CHARS}+"),
            check_url,
            Needs::Slash,
        ),
        (
            PiiKind::Url,
            format!(r"(?i)\bwww\.[a-z0-9\-]+(?:\.[a-z0-9\-]+)+(?:[/?#]{URL_CHARS}*)?"),
            check_url,
            Needs::Dot,
        ),
        (
            PiiKind::Url,
            format!(
                r"(?i)\b[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{{2,24}}/{URL_CHARS}*"
            ),
            check_bare_url,
            Needs::Slash,
        ),
        (
            PiiKind::Url,
            super::forms::BARE_DOMAIN.to_string(),
            super::forms::check_bare_domain,
            Needs::Dot,
        ),
    ]
}

/// Phone detectors: UK mobile and landline numbers, international numbers, and loosely
/// written mobile numbers.
fn phone_rows() -> Vec<Row<String>> {
    // Separator inside phone numbers (an en or em dash too).
    let s = "[ .\\-\u{2013}\u{2014}]?";
    let mobile = format!(
        r"(?:(?:\+44|\b0044){s}(?:\(0\){s})?|\(0\){s}|\b0)7\d{{3}}(?:{s}\d{{6}}|{s}\d{{3}}{s}\d{{3}})"
    );
    let landline = format!(
        r"(?:(?:\+44|\b0044){s}(?:\(0\){s})?|\(0\){s}|\b0)(?:1\d{{3}}{s}\d{{5,6}}|1\d{{2}}{s}\d{{3}}{s}\d{{4}}|2\d{s}\d{{4}}{s}\d{{4}}|[38]\d{{2}}{s}\d{{3}}{s}\d{{4}})|\(0(?:1\d{{3}}\){s}\d{{5,6}}|1\d{{2}}\){s}\d{{3}}{s}\d{{4}}|2\d\){s}\d{{4}}{s}\d{{4}})"
    );
    let intl =
        r"\+[1-9]\d{0,2}(?:[ .\-]?(?:\(\d{1,4}\)|\d{1,6}))(?:[ .\-]?(?:\(\d{1,4}\)|\d{2,6})){0,6}";
    let loose = "(?:\\+\\s?)?\\d(?:[ .\\-\u{2013}\u{2014}\u{a0}]{0,3}\\d){9,13}";
    vec![
        (PiiKind::Phone, mobile, check_phone, Needs::Digit),
        (PiiKind::Phone, landline, check_phone, Needs::Digit),
        (
            PiiKind::Phone,
            intl.to_string(),
            check_intl_phone,
            Needs::Digit,
        ),
        (
            PiiKind::Phone,
            loose.to_string(),
            check_loose_phone,
            Needs::Digit,
        ),
    ]
}

/// Date detectors (found as [`PiiKind::Dob`]; [`run_detector`] makes those without
/// birth-date context [`PiiKind::Date`]): day first, year first, and with a month name
/// after or before the day.
fn date_rows() -> Vec<Row<String>> {
    vec![
        (
            PiiKind::Dob,
            r"\b\d{1,2}([/.\-])\d{1,2}([/.\-])(?:\d{4}|\d{2})\b".to_string(),
            check_dmy,
            Needs::Digit,
        ),
        (
            PiiKind::Dob,
            r"\b\d{4}([/.\-])\d{1,2}([/.\-])\d{1,2}\b".to_string(),
            check_ymd,
            Needs::Digit,
        ),
        (
            PiiKind::Dob,
            format!(r"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{MONTHS})(?:,?\s+\d{{4}})?\b"),
            check_text_date,
            Needs::Digit,
        ),
        (
            PiiKind::Dob,
            format!(r"(?i)\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"),
            check_text_date,
            Needs::Digit,
        ),
    ]
}

/// Every detector, compiled once.
fn detectors() -> &'static [Detector] {
    static D: OnceLock<Vec<Detector>> = OnceLock::new();
    D.get_or_init(|| {
        let fixed = FIXED
            .iter()
            .map(|&(kind, pat, check, needs)| (kind, pat.to_string(), check, needs));
        fixed
            .chain(url_rows())
            .chain(phone_rows())
            .chain(date_rows())
            .map(|(kind, src, check, needs)| Detector {
                kind,
                src,
                re: OnceLock::new(),
                check,
                needs,
            })
            .collect()
    })
}

/// The relaxed pre-pass over every detector's pattern, in [`detectors`] order (see
/// [`crate::prepass`]), built on first use; `None` if it could not be built (then every
/// detector runs, with the same results). Each text is scanned once and only the detectors
/// that may match it run: most texts and message ids have no personal data, yet a digit
/// alone sent each of them through ~15 regex searches (issue 23, session 20).
fn detector_prepass() -> Option<&'static crate::prepass::PrePass> {
    static P: OnceLock<Option<crate::prepass::PrePass>> = OnceLock::new();
    P.get_or_init(|| {
        let srcs: Vec<&str> = detectors().iter().map(|d| d.src.as_str()).collect();
        crate::prepass::PrePass::new(&srcs).ok()
    })
    .as_ref()
}

/// The pre-pass over the detectors that need no particular character ([`Needs::Any`]), with
/// their indices among [`detectors`] (ascending): for texts in which no other detector can
/// run, most of them. Its lazy DFA is a fraction of [`detector_prepass`]'s, whose states kept
/// growing on varied text (issue 23, session 31).
fn any_prepass() -> Option<(&'static crate::prepass::PrePass, &'static [usize])> {
    static P: OnceLock<Option<(crate::prepass::PrePass, Vec<usize>)>> = OnceLock::new();
    P.get_or_init(|| {
        let at: Vec<usize> = (0..detectors().len())
            .filter(|&i| detectors()[i].needs == Needs::Any)
            .collect();
        let srcs: Vec<&str> = at.iter().map(|&i| detectors()[i].src.as_str()).collect();
        crate::prepass::PrePass::new(&srcs).ok().map(|p| (p, at))
    })
    .as_ref()
    .map(|(p, at)| (p, at.as_slice()))
}

impl Detector {
    /// The compiled regex (compiled on first use; every source is checked by a test).
    fn re(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(&self.src).expect("valid PII regex"))
    }
}

pub(super) fn before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

pub(super) fn after(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

pub(super) fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

fn check_email(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let b = before(t, s);
    if b.is_some_and(|c| is_word_char(c) || ".%+-".contains(c)) {
        return None;
    }
    if after(t, e).is_some_and(is_word_char) {
        return None;
    }
    Some((s, e))
}

/// Trim trailing sentence punctuation and an unbalanced closing bracket.
pub(super) fn trim_url(t: &str, s: usize, mut e: usize) -> (usize, usize) {
    while let Some(c) = t[s..e].chars().next_back() {
        let unbalanced_paren =
            c == ')' && t[s..e].matches('(').count() < t[s..e].matches(')').count();
        if ".,;:!?'\"".contains(c) || unbalanced_paren {
            e -= c.len_utf8();
        } else {
            break;
        }
    }
    (s, e)
}

fn check_url(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if before(t, s).is_some_and(|c| c == '@' || c == '.') {
        return None;
    }
    let (s, e) = trim_url(t, s, e);
    let body = &t[s..e];
    // Something must follow the scheme or "www.".
    let rest = body.split_once("://").map(|(_, r)| r).unwrap_or(body);
    (rest.len() > 3).then_some((s, e))
}

fn check_bare_url(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if before(t, s).is_some_and(|c| c == '@' || c == '.' || c == '/' || c == ':') {
        return None;
    }
    let (s, e) = trim_url(t, s, e);
    let body = &t[s..e];
    let domain = body.split('/').next().unwrap_or("");
    // The top-level domain is letters only (already enforced) and the domain has a letter
    // before it, so "1.5/10" or "v2.0/..." are not URLs.
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2
        || !labels[..labels.len() - 1]
            .iter()
            .any(|l| l.chars().any(|c| c.is_ascii_alphabetic()))
    {
        return None;
    }
    // "yes.no/maybe", "ok.so/what": two short words with a full stop typed without a space.
    let tld = labels[labels.len() - 1].to_ascii_lowercase();
    const WORD_TLDS: &[&str] = &[
        "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my",
        "no", "of", "on", "or", "so", "to", "us", "we",
    ];
    if labels.len() == 2 && labels[0].len() <= 4 && WORD_TLDS.contains(&tld.as_str()) {
        return None;
    }
    Some((s, e))
}

pub(super) fn phone_bounds_ok(t: &str, s: usize, e: usize) -> bool {
    let b = before(t, s);
    if b.is_some_and(|c| {
        is_word_char(c)
            || c == '+'
            || c == '/'
            || c == '.' && before(t, s - 1).is_some_and(is_digit)
    }) {
        return false;
    }
    let a = after(t, e);
    if a.is_some_and(is_word_char) {
        return false;
    }
    // "07700 900123.5" or "...123/4" is not a phone number.
    if a.is_some_and(|c| c == '/' || c == '.' && after(t, e + 1).is_some_and(is_digit)) {
        return false;
    }
    true
}

fn check_phone(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    phone_bounds_ok(t, s, e).then_some((s, e))
}

/// A UK mobile number written loosely: digits spaced out ("0 7 7 0 0 …"), grouped
/// oddly, or with `0044`. A candidate that runs into more digits is cut back to the longest
/// prefix that is a mobile number.
fn check_loose_phone(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    // The candidate's digits, and the byte offset just past each one.
    let (digits, ends): (Vec<u8>, Vec<usize>) = t[s..e]
        .bytes()
        .enumerate()
        .filter(|(_, b)| b.is_ascii_digit())
        .map(|(i, b)| (b, s + i + 1))
        .unzip();
    let plus = t[s..].starts_with('+');
    (1..=digits.len())
        .rev()
        .find(|&k| uk_mobile_bytes(&digits[..k], plus) && phone_bounds_ok(t, s, ends[k - 1]))
        .map(|k| (s, ends[k - 1]))
}

/// Whether a digit string is a UK mobile number (`07` + 9 digits, or with `44` / `0044`
/// instead of the `0`; `plus` if a `+` came before the digits).
pub(crate) fn uk_mobile_digits(d: &str, plus: bool) -> bool {
    uk_mobile_bytes(d.as_bytes(), plus)
}

/// [`uk_mobile_digits`] of ASCII digits, without building the national form.
fn uk_mobile_bytes(d: &[u8], plus: bool) -> bool {
    let after_zero = if plus {
        match d.strip_prefix(b"44") {
            Some(r) => r,
            None => return false,
        }
    } else if let Some(r) = d.strip_prefix(b"0044") {
        r
    } else {
        match d.strip_prefix(b"0") {
            Some(r) => r,
            None => return false,
        }
    };
    after_zero.len() == 10 && after_zero[0] == b'7'
}

fn check_intl_phone(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if !phone_bounds_ok(t, s, e) {
        return None;
    }
    let digits = t[s..e].chars().filter(|c| c.is_ascii_digit()).count();
    // Country code (1-3 digits) + 7-14 digits.
    (8..=17).contains(&digits).then_some((s, e))
}

fn check_handle(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if before(t, s).is_some_and(|c| is_word_char(c) || ".%+-@/".contains(c)) {
        return None;
    }
    if after(t, e).is_some_and(|c| is_word_char(c) || c == '@') {
        return None;
    }
    let body = &t[s + 1..e];
    if !body.chars().any(|c| c.is_ascii_alphabetic() || c == '_') {
        return None;
    }
    // "@4pm", "@10am" are times.
    static TIME: OnceLock<Regex> = OnceLock::new();
    let time = TIME.get_or_init(|| {
        Regex::new(r"(?i)^\d{1,2}(?:[:.]\d{2})?(?:am|pm)$").expect("valid time regex")
    });
    (!time.is_match(body)).then_some((s, e))
}

fn check_postcode(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let pc = &t[s..e];
    // "Room B12 3PQ", "lab C3 4AB": a room, seat or class code, not a postcode.
    if super::forms::room_context(t, s) {
        return None;
    }
    // Chat spellings that happen to fit the postcode shape ("gr8 2nd") are allowed in lower case.
    if pc.chars().all(|c| !c.is_ascii_uppercase()) {
        let outward = pc.split(' ').next().unwrap_or("");
        if outward.len() < pc.len()
            && ["gr8", "m8", "l8", "w8", "b4", "h8", "d8", "sk8"].contains(&outward)
        {
            return None;
        }
        // Leetspeak such as "n00dz" fits the shape N0 0DZ; real districts almost never start
        // with 0, so an unspaced lower-case candidate whose district starts with 0 is not one.
        let district_zero = pc
            .char_indices()
            .find(|(_, c)| c.is_ascii_digit())
            .is_some_and(|(_, c)| c == '0');
        if !pc.contains(' ') && district_zero {
            return None;
        }
    }
    Some((s, e))
}

fn check_ipv4(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if before(t, s) == Some('.')
        || (after(t, e) == Some('.') && after(t, e + 1).is_some_and(is_digit))
    {
        return None;
    }
    t[s..e]
        .split('.')
        .all(|o| o.parse::<u16>().is_ok_and(|v| v <= 255))
        .then_some((s, e))
}

fn check_ipv6(t: &str, s: usize, mut e: usize) -> Option<(usize, usize)> {
    while t[s..e].ends_with('.') {
        e -= 1;
    }
    if before(t, s).is_some_and(|c| is_word_char(c) || c == ':' || c == '.') {
        return None;
    }
    if after(t, e).is_some_and(|c| is_word_char(c) || c == ':') {
        return None;
    }
    let cand = &t[s..e];
    if cand.matches(':').count() < 2 || cand.chars().filter(|c| c.is_ascii_hexdigit()).count() < 2 {
        return None;
    }
    cand.parse::<std::net::Ipv6Addr>().ok().map(|_| (s, e))
}

/// Whether the text just before `s` talks about a birth date.
fn dob_context(t: &str, s: usize) -> bool {
    let start = t[..s].char_indices().rev().nth(29).map_or(0, |(i, _)| i);
    let ctx = t[start..s].to_lowercase();
    [
        "dob",
        "d.o.b",
        "born",
        "birthday",
        "bday",
        "b-day",
        "b'day",
        "date of birth",
    ]
    .iter()
    .any(|w| ctx.contains(w))
}

fn valid_date(y: i32, m: u32, d: u32) -> bool {
    (1900..=2100).contains(&y) && NaiveDate::from_ymd_opt(y, m, d).is_some()
}

fn date_bounds_ok(t: &str, s: usize, e: usize) -> bool {
    let b = before(t, s);
    let a = after(t, e);
    !(b.is_some_and(|c| "/.-".contains(c) && before(t, s - 1).is_some_and(is_digit))
        || a.is_some_and(|c| "/.-".contains(c) && after(t, e + 1).is_some_and(is_digit)))
}

/// The three numeric parts of a date candidate `t[s..e]` written with one separator used
/// twice (`3/3/2011`, `2011-03-03`), if it is not part of a longer digit-separator run.
fn date_parts(t: &str, s: usize, e: usize) -> Option<[&str; 3]> {
    if !date_bounds_ok(t, s, e) {
        return None;
    }
    let cand = &t[s..e];
    let seps: Vec<char> = cand.chars().filter(|c| !c.is_ascii_digit()).collect();
    if seps.len() != 2 || seps[0] != seps[1] {
        return None;
    }
    let mut it = cand.split(seps[0]);
    Some([it.next()?, it.next()?, it.next()?])
}

fn check_dmy(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let parts = date_parts(t, s, e)?;
    let (a, b, y) = (
        parts[0].parse::<u32>().ok()?,
        parts[1].parse::<u32>().ok()?,
        parts[2].parse::<i32>().ok()?,
    );
    let y = if parts[2].len() == 2 {
        // Two-digit years only with birth-date context ("dob 03/03/11").
        if !dob_context(t, s) {
            return None;
        }
        if y <= 30 {
            2000 + y
        } else {
            1900 + y
        }
    } else {
        y
    };
    // Day-first (UK) or month-first (US).
    (valid_date(y, b, a) || valid_date(y, a, b)).then_some((s, e))
}

fn check_ymd(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let parts = date_parts(t, s, e)?;
    let y = parts[0].parse::<i32>().ok()?;
    let m = parts[1].parse::<u32>().ok()?;
    let d = parts[2].parse::<u32>().ok()?;
    valid_date(y, m, d).then_some((s, e))
}

fn month_number(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    let names = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    names
        .iter()
        .position(|m| w.starts_with(m))
        .map(|i| i as u32 + 1)
}

fn check_text_date(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let cand = &t[s..e];
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for w in cand.split(|c: char| c.is_whitespace() || c == ',') {
        if w.is_empty() || w.eq_ignore_ascii_case("of") {
            continue;
        }
        let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.is_empty() {
            month = month_number(w);
        } else if digits.len() == 4 {
            year = digits.parse::<i32>().ok();
        } else {
            day = digits.parse::<u32>().ok();
        }
    }
    let (day, month) = (day?, month?);
    match year {
        Some(y) => valid_date(y, month, day).then_some((s, e)),
        // A day and month without a year only with birth-date context ("birthday is 3 March").
        None => (dob_context(t, s) && valid_date(2000, month, day)).then_some((s, e)),
    }
}

fn check_number(t: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let b = before(t, s);
    let a = after(t, e);
    // Part of a decimal ("3.141592653"), a phone's "+", or a longer dotted/comma'd number.
    if b.is_some_and(|c| c == '+' || (".,".contains(c) && before(t, s - 1).is_some_and(is_digit))) {
        return None;
    }
    if a.is_some_and(|c| ".,".contains(c) && after(t, e + 1).is_some_and(is_digit)) {
        return None;
    }
    let digits = t[s..e].chars().filter(|c| c.is_ascii_digit()).count();
    // A list of years ("2023 2024 2025") is not an identifier.
    let years = t[s..e]
        .split([' ', '-'])
        .all(|g| g.len() == 4 && g.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y)));
    (digits >= 9 && !years).then_some((s, e))
}

/// Candidates of one detector, as byte ranges. A rejected candidate is retried one character
/// later so that a valid match overlapping it is not lost.
fn run_detector(d: &Detector, text: &str, out: &mut Vec<(usize, usize, PiiKind)>) {
    let mut pos = 0;
    while pos <= text.len() {
        let Some(m) = d.re().find_at(text, pos) else {
            break;
        };
        if let Some((s, e)) = (d.check)(text, m.start(), m.end()) {
            if s < e {
                // The date detectors find dates; only those after birth-date words are DOBs.
                let kind = if d.kind == PiiKind::Dob && !dob_context(text, s) {
                    PiiKind::Date
                } else {
                    d.kind
                };
                out.push((s, e, kind));
            }
            pos = m.end().max(m.start() + 1);
        } else {
            pos = m.start() + 1;
        }
        while pos < text.len() && !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
}

/// One pass of detection, as non-overlapping byte ranges sorted by start; `skipped` counts
/// ambiguous name occurrences left alone.
fn detect_bytes(text: &str, names: &NameList, skipped: &mut usize) -> Vec<(usize, usize, PiiKind)> {
    let has_at = text.contains('@');
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    let has_slash = text.contains('/');
    let has_dot = text.contains('.');
    let colons = text.bytes().filter(|&b| b == b':').count();
    let mut cands: Vec<(usize, usize, PiiKind)> = Vec::new();
    // Most texts have no digit, `@`, `.`, `/` or colons: only the detectors that need none of
    // them can run, and a pre-pass of those alone picks them.
    let only_any = !(has_at || has_digit || has_slash || has_dot || colons >= 2);
    let picked = match only_any {
        true => any_prepass().and_then(|(p, at)| {
            p.picked(text)
                .map(|picked| picked.into_iter().map(|i| at[i]).collect::<Vec<_>>())
        }),
        false => detector_prepass().and_then(|p| p.picked(text)),
    };
    for (i, d) in detectors().iter().enumerate() {
        if picked
            .as_ref()
            .is_some_and(|p| p.binary_search(&i).is_err())
        {
            continue;
        }
        let go = match d.needs {
            Needs::Any => true,
            Needs::At => has_at,
            Needs::Digit => has_digit,
            Needs::Slash => has_slash,
            Needs::Colons => colons >= 2,
            Needs::Dot => has_dot,
        };
        if go {
            run_detector(d, text, &mut cands);
        }
    }
    let (found, kept) = names.find_counted(text);
    *skipped += kept;
    for (s, e, _) in found {
        cands.push((s, e, PiiKind::Name));
    }
    if cands.is_empty() {
        return cands;
    }
    let protected: Vec<(usize, usize)> = placeholder_re()
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    cands.retain(|&(s, e, _)| protected.iter().all(|&(ps, pe)| e <= ps || s >= pe));
    resolve_overlaps(text, cands, |k| *k as usize)
}

/// Byte offset of every char start, plus the text length (index = code point offset).
fn char_starts(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

fn cp_of(starts: &[usize], byte: usize) -> usize {
    starts.binary_search(&byte).unwrap_or_else(|i| i)
}

/// Counts of decisions made while detecting, for the redaction log (never any text).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DetectStats {
    /// Occurrences of listed names that are also common words ("will", "may", "hope") left
    /// in place: no capital letter inside a sentence and no name context.
    pub ambiguous_names_kept: usize,
}

impl DetectStats {
    /// Add another pass's counts to these.
    pub fn add(&mut self, other: DetectStats) {
        self.ambiguous_names_kept += other.ambiguous_names_kept;
    }
}

/// Every PII item in `text` (code-point offsets, sorted, non-overlapping): exactly the
/// stretches [`redact`] replaces. Overlapping candidates are resolved longest first, then
/// earliest, then by [`PiiKind`] order. Items that only appear once their neighbours are
/// replaced (e.g. "@foo" right after a replaced e-mail address) are included, so that
/// redaction is idempotent.
pub fn detect(text: &str, names: &NameList) -> Vec<PiiHit> {
    detect_with_stats(text, names).0
}

/// [`detect`], with the counts of decisions made on the way.
pub fn detect_with_stats(text: &str, names: &NameList) -> (Vec<PiiHit>, DetectStats) {
    let mut stats = DetectStats::default();
    let first = detect_bytes(text, names, &mut stats.ambiguous_names_kept);
    if first.is_empty() {
        return (Vec::new(), stats);
    }
    let starts = char_starts(text);
    let mut hits: Vec<PiiHit> = first
        .iter()
        .map(|&(s, e, kind)| PiiHit {
            kind,
            start: cp_of(&starts, s),
            end: cp_of(&starts, e),
        })
        .collect();
    // Re-scan the redacted text until nothing new appears. Each round replaces at least one
    // original character, so this ends. (Decisions are counted in the first round only.)
    loop {
        let (rendered, map) = render(text, &hits, names);
        let more = detect_bytes(&rendered, names, &mut 0);
        if more.is_empty() {
            break;
        }
        let rstarts = char_starts(&rendered);
        for (s, e, kind) in more {
            let (cs, ce) = (cp_of(&rstarts, s), cp_of(&rstarts, e));
            // Placeholders are protected, so every char of a new hit maps to an original one.
            let (Some(Some(os)), Some(Some(oe))) = (map.get(cs), map.get(ce - 1)) else {
                continue;
            };
            hits.push(PiiHit {
                kind,
                start: *os,
                end: oe + 1,
            });
        }
        hits.sort_by_key(|h| (h.start, h.end, h.kind));
    }
    (hits, stats)
}

/// The text with each hit replaced by its placeholder, and for each char of the result the
/// code-point index of the original char it is (`None` inside placeholders).
pub(crate) fn render(
    text: &str,
    hits: &[PiiHit],
    names: &NameList,
) -> (String, Vec<Option<usize>>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(chars.len());
    let mut i = 0;
    for h in hits {
        if h.start < i || h.end > chars.len() {
            continue;
        }
        for (k, c) in chars[i..h.start].iter().enumerate() {
            out.push(*c);
            map.push(Some(i + k));
        }
        let ph = placeholder_for(h, &chars, names);
        map.extend(std::iter::repeat_n(None, ph.chars().count()));
        out.push_str(&ph);
        i = h.end;
    }
    for (k, c) in chars[i..].iter().enumerate() {
        out.push(*c);
        map.push(Some(i + k));
    }
    (out, map)
}

fn placeholder_for(h: &PiiHit, chars: &[char], names: &NameList) -> String {
    if h.kind == PiiKind::Name {
        let s: String = chars[h.start..h.end].iter().collect();
        if let Some(i) = names.index_of(&s) {
            return format!("[NAME_{i}]");
        }
    }
    h.kind.placeholder().to_string()
}

/// Replace every PII item with its typed placeholder (`[EMAIL]`, `[URL]`, `[PHONE]`,
/// `[HANDLE]`, `[POSTCODE]`, `[ADDRESS]`, `[IP]`, `[DOB]`, `[DATE]`, `[BANK]`, `[NUMBER]`,
/// `[NAME_n]`). Returns the redacted text and the hits, in code points of the ORIGINAL text.
/// Idempotent.
pub fn redact(text: &str, names: &NameList) -> (String, Vec<PiiHit>) {
    let (out, hits, _) = redact_with_stats(text, names);
    (out, hits)
}

/// [`redact`], with the counts of decisions made on the way.
pub fn redact_with_stats(text: &str, names: &NameList) -> (String, Vec<PiiHit>, DetectStats) {
    let (hits, stats) = detect_with_stats(text, names);
    if hits.is_empty() {
        return (text.to_string(), hits, stats);
    }
    let (out, _) = render(text, &hits, names);
    (out, hits, stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_detector_regex_compiles() {
        // Detectors are compiled on first use (issue 23); each source must still be valid.
        for d in detectors() {
            assert!(Regex::new(&d.src).is_ok(), "{}", d.src);
        }
    }

    #[test]
    fn the_pre_pass_picks_every_detector_that_matches() {
        // The planted and written-out PII fixtures (every kind), with emoji and accents put
        // next to them, and after redaction (placeholders): a detector whose regex matches
        // a text is always picked, and most texts pick few.
        let pre = detector_prepass().expect("the detector pre-pass builds");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pii");
        let mut texts = Vec::new();
        for f in ["planted.csv", "forms.csv"] {
            let mut r = csv::Reader::from_path(dir.join(f)).unwrap();
            for rec in r.records() {
                for cell in rec.unwrap().iter() {
                    texts.push(cell.to_string());
                    texts.push(format!("😏{cell}é"));
                    texts.push(redact(cell, &NameList::empty()).0);
                }
            }
        }
        assert!(texts.len() > 300, "{}", texts.len());
        let (mut picked_total, mut matched_total) = (0, 0);
        for t in &texts {
            let picked = pre.picked(t).expect("the lazy DFA does not give up");
            for (i, d) in detectors().iter().enumerate() {
                if d.re().is_match(t) {
                    matched_total += 1;
                    assert!(picked.contains(&i), "{} not picked for {t:?}", d.src);
                }
            }
            picked_total += picked.len();
        }
        assert!(matched_total > 100, "{matched_total}");
        assert!(
            picked_total < texts.len() * detectors().len() / 2,
            "{picked_total}"
        );
    }

    fn kinds(text: &str) -> Vec<(String, PiiKind)> {
        let chars: Vec<char> = text.chars().collect();
        detect(text, &NameList::empty())
            .into_iter()
            .map(|h| (chars[h.start..h.end].iter().collect(), h.kind))
            .collect()
    }

    fn one(text: &str, want: &str, kind: PiiKind) {
        let got = kinds(text);
        assert_eq!(got, vec![(want.to_string(), kind)], "in {text:?}");
    }

    #[test]
    fn kind_strings_and_placeholders() {
        let s: Vec<&str> = PiiKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            s,
            [
                "EMAIL", "URL", "PHONE", "HANDLE", "POSTCODE", "ADDRESS", "IP", "DOB", "DATE",
                "BANK", "NUMBER", "NAME"
            ]
        );
        for k in PiiKind::ALL {
            assert_eq!(k.placeholder(), format!("[{}]", k.as_str()));
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
            assert_eq!(k.as_str().parse::<PiiKind>().unwrap(), k);
        }
    }

    #[test]
    fn emails_and_handles() {
        one(
            "mail me at name@example.com ok",
            "name@example.com",
            PiiKind::Email,
        );
        one(
            "first.last+tag@mail.example.co.uk.",
            "first.last+tag@mail.example.co.uk",
            PiiKind::Email,
        );
        one(
            "follow @fake_handle_01 now",
            "@fake_handle_01",
            PiiKind::Handle,
        );
        one("(@fake.handle)", "@fake.handle", PiiKind::Handle);
        assert!(kinds("meet @4pm or @ 5").is_empty());
        assert!(kinds("lol @ 10").is_empty());
    }

    #[test]
    fn urls() {
        one(
            "see https://example.com/profile.",
            "https://example.com/profile",
            PiiKind::Url,
        );
        one(
            "go to www.example.org, now",
            "www.example.org",
            PiiKind::Url,
        );
        one("example.com/x is it", "example.com/x", PiiKind::Url);
        one(
            "(http://example.org/a_(b))",
            "http://example.org/a_(b)",
            PiiKind::Url,
        );
        assert!(kinds("and/or 7/10 1.5/10 v2.0/3 yes.no/maybe").is_empty());
        one("youtu.be/abc", "youtu.be/abc", PiiKind::Url);
    }

    #[test]
    fn phones() {
        for p in [
            "07700 900123",
            "07700900123",
            "07700-900-456",
            "07700 900 456",
            "+44 7700 900789",
            "+447700900789",
            "+44 (0)7700 900789",
            "(0)7700 900123",
            "01632 960123",
            "01632-960123",
            "0113 496 0000",
            "020 7946 0018",
            "+44 20 7946 0018",
            "(01632) 960123",
            "+1 555 0100 1234",
            "+353 1 234 5678",
        ] {
            one(&format!("call {p} ok"), p, PiiKind::Phone);
        }
        // A longer digit run is not a phone number.
        assert_eq!(
            kinds("ref 077009001234"),
            vec![("077009001234".into(), PiiKind::Number)]
        );
    }

    #[test]
    fn postcodes_ips_numbers() {
        one("live near SW1A 1AA", "SW1A 1AA", PiiKind::Postcode);
        one("its cf10 1aa innit", "cf10 1aa", PiiKind::Postcode);
        one("M11AE", "M11AE", PiiKind::Postcode);
        assert!(detect("send n00dz", &NameList::empty()).is_empty());
        assert!(kinds("gr8 2nd go").is_empty());
        one("ip 192.0.2.15.", "192.0.2.15", PiiKind::Ip);
        one("ip 2001:db8::1 ok", "2001:db8::1", PiiKind::Ip);
        one(
            "ip 2001:0db8:0000:0000:0000:ff00:0042:8329",
            "2001:0db8:0000:0000:0000:ff00:0042:8329",
            PiiKind::Ip,
        );
        assert!(kinds("999.1.1.1 and 16:30:45 and 1.2.3.4.5").is_empty());
        one(
            "card 4111 1111 1111 1111",
            "4111 1111 1111 1111",
            PiiKind::Number,
        );
        one(
            "card 4111-1111-1111-1111!",
            "4111-1111-1111-1111",
            PiiKind::Number,
        );
        one("id 123456789", "123456789", PiiKind::Number);
        one("nhs 943 476 5919", "943 476 5919", PiiKind::Number);
        assert!(kinds("pi is 3.14159265358 and 12345678, 2023 2024 2025").is_empty());
    }

    #[test]
    fn dates_of_birth() {
        one("dob 03/03/2011", "03/03/2011", PiiKind::Dob);
        one("dob: 3-3-2011", "3-3-2011", PiiKind::Dob);
        one("bday 03.03.2011", "03.03.2011", PiiKind::Dob);
        one("born on 3 March 2011", "3 March 2011", PiiKind::Dob);
        one("born March 3rd, 2011", "March 3rd, 2011", PiiKind::Dob);
        one("born 2011-03-03", "2011-03-03", PiiKind::Dob);
        one("dob 03/03/11", "03/03/11", PiiKind::Dob);
        one("my birthday is 3rd of March", "3rd of March", PiiKind::Dob);
        assert!(kinds("03/03/11 and 31/02/2011 and 3 March and 3/3").is_empty());
    }

    #[test]
    fn full_dates_without_birth_words_are_dates() {
        // Redacted all the same, but not claimed to be dates of birth.
        one("the party is on 12/12/2024", "12/12/2024", PiiKind::Date);
        one("trip on 2025-06-03 yay", "2025-06-03", PiiKind::Date);
        one("see u 3 March 2025", "3 March 2025", PiiKind::Date);
        // Birth words further back than the context window do not count.
        one(
            "my birthday was great and then on the long walk home 3 March 2025",
            "3 March 2025",
            PiiKind::Date,
        );
        let (red, _) = redact("party 12/12/2024, born 03/03/2011", &NameList::empty());
        assert_eq!(red, "party [DATE], born [DOB]");
    }

    #[test]
    fn benign_numbers_untouched() {
        for t in [
            "7/10",
            "10/10 would again",
            "16:30",
            "at 4pm",
            "in 2024",
            "year 9",
            "£20",
            "3 goals",
            "room 101",
            "page 42",
            "13 years old",
            "150 likes",
            "2-1 win",
            "score 3:2",
        ] {
            assert_eq!(redact(t, &NameList::empty()).0, t);
        }
    }

    #[test]
    fn names_are_numbered_by_list_order() {
        let names = NameList::new(["Jordan Fakename", "Sam"]).unwrap();
        let (out, hits) = redact("sam told JORDAN FAKENAME and Sam again", &names);
        assert_eq!(out, "[NAME_2] told [NAME_1] and [NAME_2] again");
        assert!(hits.iter().all(|h| h.kind == PiiKind::Name));
        assert_eq!(hits.len(), 3);
    }

    #[test]
    fn offsets_are_code_points() {
        let t = "😀😀 call 07700 900123";
        let hits = detect(t, &NameList::empty());
        assert_eq!(hits.len(), 1);
        let sub: String = t
            .chars()
            .skip(hits[0].start)
            .take(hits[0].end - hits[0].start)
            .collect();
        assert_eq!(sub, "07700 900123");
        assert_eq!(hits[0].start, 8);
    }

    #[test]
    fn overlaps_longest_then_kind_order() {
        // Same span as PHONE and NUMBER: PHONE wins by kind order.
        one("07700900123", "07700900123", PiiKind::Phone);
        // The e-mail contains a would-be bare URL and handle: the longest wins.
        one("name@example.com/x", "name@example.com", PiiKind::Email);
    }

    #[test]
    fn placeholders_never_match() {
        let names = NameList::new(["Email", "Url", "Name", "Rare"]).unwrap();
        let t = "[EMAIL] [URL] [NAME_1] [RARE] [SEXUALISED TERM] [NUMBER]";
        assert!(detect(t, &names).is_empty());
    }

    #[test]
    fn uk_mobile_digit_forms() {
        for (d, plus) in [
            ("07700900123", false),
            ("00447700900123", false),
            ("447700900123", true),
        ] {
            assert!(uk_mobile_digits(d, plus), "{d} {plus}");
        }
        for (d, plus) in [
            ("0770090012", false),
            ("077009001234", false),
            ("08700900123", false),
            ("447700900123", false),
            ("07700900123", true),
            ("00447700900123", true),
            ("0044770090012", false),
            ("", false),
            ("0", false),
        ] {
            assert!(!uk_mobile_digits(d, plus), "{d} {plus}");
        }
    }

    /// Issue 15 item 4: the forms pupils actually write.
    #[test]
    fn loose_phone_forms() {
        for p in [
            "0044 7700 900123",
            "0044-7700-900123",
            "07700\u{2013}900123",
            "07700 \u{2013} 900123",
            "+44 7700\u{2014}900123",
            "0 7 7 0 0 9 0 0 1 2 3",
            "07 70 09 00 12 3",
            "0 7700 900 123",
        ] {
            one(&format!("call {p} ok"), p, PiiKind::Phone);
        }
        // Cut back to the number when more digits follow.
        one(
            "0 7 7 0 0 9 0 0 1 2 3 4pm",
            "0 7 7 0 0 9 0 0 1 2 3",
            PiiKind::Phone,
        );
        for t in [
            "1 2 3 4 5 6 7 8 9 10",
            "07 07 2024",
            "year 7 8 9 10 11",
            "from 0 to 100",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
        }
    }

    /// On a text in which only the detectors that need no particular character can run, the
    /// small pre-pass picks what the full one picks of those.
    #[test]
    fn the_small_prepass_picks_what_the_full_one_picks_of_its_detectors() {
        let (small, at) = any_prepass().unwrap();
        assert!(!at.is_empty() && at.len() < detectors().len());
        let full = detector_prepass().unwrap();
        let mut texts = crate::test_corpora::texts_of("corpora/dev/messages.csv");
        texts.extend(
            [
                "jess at example dot com",
                "tiktok jessfakename",
                "add me on snap",
            ]
            .map(String::from),
        );
        let mut some = 0;
        for t in &texts {
            let got: Vec<usize> = small
                .picked(t)
                .unwrap()
                .into_iter()
                .map(|i| at[i])
                .collect();
            let want: Vec<usize> = full
                .picked(t)
                .unwrap()
                .into_iter()
                .filter(|i| at.contains(i))
                .collect();
            assert_eq!(got, want, "{t}");
            some += usize::from(!got.is_empty());
        }
        assert!(some >= 3, "{some}");
    }

    #[test]
    fn spelled_out_emails() {
        for e in [
            "jess at example dot com",
            "jess[at]example[dot]com",
            "jess @ example.com",
            "jess(at)example(dot)org",
            "jess.f at example dot co dot uk",
            "JESS AT EXAMPLE DOT COM",
        ] {
            one(&format!("mail {e} ok"), e, PiiKind::Email);
        }
        for t in [
            "i'm at home",
            "look at him dot dot dot",
            "lol @ u",
            "meet at the park",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
        }
        // "look at example.com" is the bare domain, not an address.
        one("look at example.com", "example.com", PiiKind::Url);
    }

    #[test]
    fn handles_after_a_platform_word() {
        for (t, h) in [
            ("add me on snap: jess_m_2011", "jess_m_2011"),
            ("my snap is jessfake11", "jessfake11"),
            ("insta is jess.fakename", "jess.fakename"),
            ("tiktok jessfakename", "jessfakename"),
            ("discord jessf#1234", "jessf#1234"),
            ("my @ is jess_m", "jess_m"),
            ("xbox gamertag FakeTag99", "FakeTag99"),
        ] {
            one(t, h, PiiKind::Handle);
        }
        for t in [
            "insta is down",
            "snap me later",
            "tiktok is so funny",
            "discord server is dead",
            "my snap streak is 200",
            "add me on snap",
            "insta stories",
            "i'm 13 on insta",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
        }
    }

    #[test]
    fn bare_domains_addresses_and_bank_details() {
        one(
            "see jessfakename.example.com",
            "jessfakename.example.com",
            PiiKind::Url,
        );
        one("its jess-site.co.uk", "jess-site.co.uk", PiiKind::Url);
        one("14 Fakewood Road", "14 Fakewood Road", PiiKind::Address);
        one("at 3a Sample Close.", "3a Sample Close", PiiKind::Address);
        one("its 9 fakewood road", "9 fakewood road", PiiKind::Address);
        one("sort code 12-34-56", "12-34-56", PiiKind::Bank);
        one("sortcode: 123456", "123456", PiiKind::Bank);
        one("account 12345678", "12345678", PiiKind::Bank);
        one("acc no 1234 5678", "1234 5678", PiiKind::Bank);
        for t in [
            "e.g. this",
            "node.js and file.txt",
            "it's a 10 minute walk",
            "a 20 mile drive",
            "2 main roads",
            "the code is 123456",
            "ticket 12345678",
            "12-34-56 are the answers",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
        }
    }

    #[test]
    fn room_codes_are_not_postcodes() {
        for t in [
            "Room B12 3PQ",
            "meet in room B12 3PQ",
            "lab C3 4AB",
            "seat B4 5XY",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
        }
        one("i live in B12 3PQ", "B12 3PQ", PiiKind::Postcode);
    }

    #[test]
    fn names_without_accents_parts_joined_and_elongated() {
        let names = NameList::new(["Siobhán Testwright", "Jess Fakename"]).unwrap();
        for (t, want) in [
            ("Siobhan said hi", "[NAME_1] said hi"),
            ("SIOBHÁN!!", "[NAME_1]!!"),
            ("ask testwright", "ask [NAME_1]"),
            ("Fakename was there", "[NAME_2] was there"),
            ("JessFakename", "[NAME_2]"),
            ("lol jess_fakename", "lol [NAME_2]"),
            ("Jessss come here", "[NAME_2] come here"),
            ("omg jesssss", "omg [NAME_2]"),
        ] {
            assert_eq!(redact(t, &names).0, want, "{t}");
        }
        for t in ["Jessica and Jessie", "fakenames", "jes"] {
            assert_eq!(redact(t, &names).0, t);
        }
    }

    #[test]
    fn common_word_names_need_a_capital_or_name_context() {
        let names = NameList::new(["Will", "May", "Hope"]).unwrap();
        for t in [
            "i will share it with everyone",
            "Will you come?",
            "you may go. Hope it goes well",
            "WILL YOU STOP",
        ] {
            let (out, hits, stats) = redact_with_stats(t, &names);
            assert_eq!(out, t);
            assert!(hits.is_empty());
            assert!(stats.ambiguous_names_kept >= 1, "{t}");
        }
        let (_, _, stats) = redact_with_stats("i will share it, you may, we hope", &names);
        assert_eq!(stats.ambiguous_names_kept, 3);
        for (t, want) in [
            ("my friend will is coming", "my friend [NAME_1] is coming"),
            ("I told Will yesterday", "I told [NAME_1] yesterday"),
            ("may said no", "[NAME_2] said no"),
            ("Hope's bag", "[NAME_3]'s bag"),
            ("my bestie hope", "my bestie [NAME_3]"),
        ] {
            let (out, _, stats) = redact_with_stats(t, &names);
            assert_eq!(out, want, "{t}");
            assert_eq!(stats.ambiguous_names_kept, 0, "{t}");
        }
    }

    #[test]
    fn known_usernames_can_be_added() {
        let mut names = NameList::new(["Jess Fakename"]).unwrap();
        let t = "lol sammy_fake99 said that";
        assert_eq!(redact(t, &names).0, t);
        names.add_known(["sammy_fake99"]).unwrap();
        assert_eq!(redact(t, &names).0, "lol [NAME_2] said that");
        assert_eq!(names.index_of("Jess Fakename"), Some(1));
    }

    #[test]
    fn redaction_reaches_a_fixpoint() {
        // "@foo" is glued to an e-mail address; once that is replaced it reads as a handle.
        let names = NameList::empty();
        let (once, _) = redact("a@example.com@fake_handle_01", &names);
        assert_eq!(redact(&once, &names).0, once);
        assert!(!once.contains("fake_handle"), "{once}");
    }
}
