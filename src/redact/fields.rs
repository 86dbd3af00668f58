//! PII outside message text: field values (ids, speakers, meta keys and values, file paths)
//! and phone numbers split across consecutive messages of one speaker.

use super::names::NameList;
use super::pii::{detect, render, uk_mobile_digits, PiiHit, PiiKind};
use regex::Regex;
use std::sync::OnceLock;

/// "WhatsApp Chat with NAME.txt" (the app's default export name), anywhere in a path.
fn whatsapp_name_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\bWhatsApp[ _]Chat[ _](?:with|-)[ _]+([^/\\\n]+?)(?:[ _]*\(\d+\))?(?:\.(?:txt|zip))?(?:$|[/\\])",
        )
        .expect("valid WhatsApp file-name regex")
    })
}

/// Every PII item in a field value (a conversation or message id, a speaker, a meta key or
/// value, a file path): the text detectors of [`detect`], plus names joined by `_`
/// ("jess_fakename_and_sam"), plus the name in WhatsApp's default export file name
/// ("WhatsApp Chat with Jordan Ellis.txt"), found without a names list. Code-point offsets,
/// sorted, non-overlapping (longest first).
pub fn detect_field(value: &str, names: &NameList) -> Vec<PiiHit> {
    let mut cands: Vec<PiiHit> = detect(value, names);
    if value.contains('_') {
        // Same length in code points, so offsets carry over.
        let spaced = value.replace('_', " ");
        cands.extend(
            detect(&spaced, names)
                .into_iter()
                .filter(|h| h.kind == PiiKind::Name),
        );
    }
    for c in whatsapp_name_re().captures_iter(value) {
        if let Some(m) = c.get(1) {
            let start = value[..m.start()].chars().count();
            let end = start + m.as_str().chars().count();
            if start < end {
                cands.push(PiiHit {
                    kind: PiiKind::Name,
                    start,
                    end,
                });
            }
        }
    }
    choose_longest(cands)
}

/// Non-overlapping hits: longest first, then earliest, then by kind; sorted by start.
fn choose_longest(mut cands: Vec<PiiHit>) -> Vec<PiiHit> {
    cands.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(a.start.cmp(&b.start))
            .then(a.kind.cmp(&b.kind))
    });
    let mut chosen: Vec<PiiHit> = Vec::new();
    for h in cands {
        if chosen.iter().all(|c| h.end <= c.start || c.end <= h.start) {
            chosen.push(h);
        }
    }
    chosen.sort_by_key(|h| (h.start, h.end, h.kind));
    chosen
}

/// A field value with every item of [`detect_field`] replaced by its typed placeholder
/// (`[EMAIL]`, `[NAME_1]`, a WhatsApp file-name contact as `[NAME]` unless listed, …), and
/// the hits (code points of the original value).
pub fn redact_field(value: &str, names: &NameList) -> (String, Vec<PiiHit>) {
    let hits = detect_field(value, names);
    if hits.is_empty() {
        return (value.to_string(), hits);
    }
    (render(value, &hits, names).0, hits)
}

/// A digit run (with spaces, dots, dashes) at the end of a message, in bytes.
fn tail_digits(text: &str) -> Option<(usize, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?:\+|\b)\d[\d .\-\u{2013}\u{2014}]*\s*$").expect("valid tail regex")
    });
    let m = re.find(text)?;
    let trimmed = text[m.start()..m.end()].trim_end_matches(|c: char| !c.is_ascii_digit());
    Some((m.start(), m.start() + trimmed.len()))
}

/// A digit run (with spaces, dots, dashes) at the start of a message, in bytes; `whole` if
/// nothing else follows it.
fn head_digits(text: &str) -> Option<(usize, usize, bool)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE
        .get_or_init(|| Regex::new(r"^\s*\d[\d .\-\u{2013}\u{2014}]*").expect("valid head regex"));
    let m = re.find(text)?;
    let lead = text.len() - text.trim_start().len();
    let body = text[lead..m.end()].trim_end_matches(|c: char| !c.is_ascii_digit());
    let end = lead + body.len();
    if text[end..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric())
    {
        return None; // "123abc" does not continue a number
    }
    Some((lead, end, text[end..].trim().is_empty()))
}

fn digits_of(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn cp_hit(text: &str, s: usize, e: usize) -> PiiHit {
    let start = text[..s].chars().count();
    PiiHit {
        kind: PiiKind::Phone,
        start,
        end: start + text[s..e].chars().count(),
    }
}

/// Phone numbers split across consecutive messages of one speaker ("07700 900" then
/// "123"), which no single message shows. `messages` are (speaker, text) in conversation
/// order; a number may continue in the speaker's next message (other speakers' messages
/// in between are skipped) and, if that message is only digits, in the one after. Returns
/// (message index, hit in that message's code points) for every part, sorted. Parts that
/// already form a whole number in one message are left to [`detect`].
pub fn detect_split_phones<S: AsRef<str>, T: AsRef<str>>(
    messages: &[(S, T)],
) -> Vec<(usize, PiiHit)> {
    let next_same = |i: usize| {
        let who = messages[i].0.as_ref();
        (i + 1..messages.len()).find(|&j| messages[j].0.as_ref() == who)
    };
    let mut out: Vec<(usize, PiiHit)> = Vec::new();
    for i in 0..messages.len() {
        let t0 = messages[i].1.as_ref();
        let Some((s0, e0)) = tail_digits(t0) else {
            continue;
        };
        let mut digits = digits_of(&t0[s0..e0]);
        let plus = t0[s0..].starts_with('+');
        if digits.len() < 2 || uk_mobile_digits(&digits, plus) {
            continue;
        }
        let mut parts = vec![(i, cp_hit(t0, s0, e0))];
        let mut cur = i;
        for _ in 0..2 {
            let Some(j) = next_same(cur) else { break };
            let tj = messages[j].1.as_ref();
            let Some((s, e, whole)) = head_digits(tj) else {
                break;
            };
            digits.push_str(&digits_of(&tj[s..e]));
            parts.push((j, cp_hit(tj, s, e)));
            if uk_mobile_digits(&digits, plus) {
                out.extend(parts.iter().copied());
                break;
            }
            if !whole || digits.len() >= 14 {
                break;
            }
            cur = j;
        }
    }
    out.sort_by_key(|(i, h)| (*i, h.start, h.end));
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(value: &str, hits: &[PiiHit]) -> Vec<(String, PiiKind)> {
        let chars: Vec<char> = value.chars().collect();
        hits.iter()
            .map(|h| (chars[h.start..h.end].iter().collect(), h.kind))
            .collect()
    }

    #[test]
    fn fields_are_scanned_like_text() {
        let names = NameList::new(["Jess Fakename"]).unwrap();
        let none = NameList::empty();
        // An e-mail address as speaker; a parent_email meta value.
        for v in ["jess.fakename@example.com", "parent01@example.org"] {
            let hits = detect_field(v, &none);
            assert_eq!(shown(v, &hits), vec![(v.to_string(), PiiKind::Email)]);
            assert_eq!(redact_field(v, &none).0, "[EMAIL]");
        }
        // A conversation id holding a listed name.
        let id = "Jess Fakename and Sam";
        assert_eq!(
            shown(id, &detect_field(id, &names)),
            vec![("Jess Fakename".into(), PiiKind::Name)]
        );
        assert_eq!(redact_field(id, &names).0, "[NAME_1] and Sam");
        let id = "chat_jess_fakename_2024";
        assert_eq!(redact_field(id, &names).0, "chat_[NAME_1]_2024");
        // WhatsApp's default file name, without a names list.
        let path = "exports/WhatsApp Chat with Jordan Ellis.txt";
        assert_eq!(
            shown(path, &detect_field(path, &none)),
            vec![("Jordan Ellis".into(), PiiKind::Name)]
        );
        assert_eq!(
            redact_field(path, &none).0,
            "exports/WhatsApp Chat with [NAME].txt"
        );
        let path = "WhatsApp Chat - Year 9 Group (2).zip";
        assert_eq!(
            redact_field(path, &none).0,
            "WhatsApp Chat - [NAME] (2).zip"
        );
        // Ordinary values are untouched.
        for v in ["conv_001", "spk_a1b2c3d4", "platform", "snapchat", "m12"] {
            assert!(detect_field(v, &names).is_empty(), "{v}");
        }
    }

    #[test]
    fn phone_split_across_messages_of_one_speaker() {
        let conv = [
            ("spk_a", "my number is 07700 900"),
            ("spk_b", "ok go on"),
            ("spk_a", "123"),
            ("spk_a", "text me"),
        ];
        let hits = detect_split_phones(&conv);
        assert_eq!(
            hits,
            vec![
                (
                    0,
                    PiiHit {
                        kind: PiiKind::Phone,
                        start: 13,
                        end: 22
                    }
                ),
                (
                    2,
                    PiiHit {
                        kind: PiiKind::Phone,
                        start: 0,
                        end: 3
                    }
                ),
            ]
        );
        // Three parts, and a +44 start.
        let conv = [("a", "its +44 7700"), ("a", "900"), ("a", "123 ok")];
        let hits = detect_split_phones(&conv);
        assert_eq!(hits.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 1, 2]);
        // Another speaker's digits do not continue the number.
        let conv = [("a", "call 07700 900"), ("b", "123")];
        assert!(detect_split_phones(&conv).is_empty());
        // Scores and whole numbers are not split numbers.
        let conv = [
            ("a", "it finished 2 1"),
            ("a", "3 goals"),
            ("a", "07700 900123"),
            ("a", "456"),
        ];
        assert!(
            detect_split_phones(&conv).is_empty(),
            "{:?}",
            detect_split_phones(&conv)
        );
    }
}
