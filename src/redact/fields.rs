//! PII outside message text: every field that an output carries (ids, the speaker, meta keys
//! and values, input paths) is scanned with the same detectors as the text, and refused (the
//! gate) or redacted; and phone numbers split across consecutive messages of one speaker.

use super::names::NameList;
use super::pii::{detect, render, uk_mobile_digits, PiiHit, PiiKind};
use super::Pseudonymiser;
use crate::model::Message;
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

/// The fields of a message other than its text that outputs carry, as (field name, value).
/// A speaker that was already pseudonymised at ingest is not scanned (it is a pseudonym).
pub fn message_fields(m: &Message) -> Vec<(String, &str)> {
    let mut v: Vec<(String, &str)> = vec![
        ("message_id".to_string(), m.message_id.as_str()),
        ("conversation_id".to_string(), m.conversation_id.as_str()),
    ];
    if !m.speaker_pseudonymised {
        v.push(("speaker".to_string(), m.speaker.as_str()));
    }
    for (k, val) in &m.meta {
        v.push(("meta key".to_string(), k.as_str()));
        v.push((format!("meta.{}", field_label(k)), val.as_str()));
    }
    v
}

/// A field name safe to show: a meta key that itself holds personal data is not shown.
fn field_label(key: &str) -> String {
    if detect_field(key, &NameList::empty()).is_empty() {
        key.to_string()
    } else {
        "(redacted key)".to_string()
    }
}

/// The hits in every non-text field of a message, meta keys included: (field name, hits).
pub fn field_hits(m: &Message, names: &NameList) -> Vec<(String, Vec<PiiHit>)> {
    let mut out = value_hits(m, names);
    for k in m.meta.keys() {
        let h = detect_field(k, names);
        if !h.is_empty() {
            out.push(("meta key".to_string(), h));
        }
    }
    out
}

/// The hits in an id: every kind but plain long numbers (platform ids).
fn id_hits(v: &str, names: &NameList) -> Vec<PiiHit> {
    let mut h = detect_field(v, names);
    h.retain(|x| x.kind != PiiKind::Number);
    h
}

/// As [`field_hits`] without the meta keys, which repeat on every row: a caller scanning many
/// messages scans each distinct value once (see [`batch_field_hits`]).
pub fn value_hits(m: &Message, names: &NameList) -> Vec<(String, Vec<PiiHit>)> {
    let mut out = Vec::new();
    // Ids: long numbers are what platforms use as ids (Telegram chats, Discord snowflakes),
    // not personal data in themselves; every other kind counts.
    for (label, v) in [
        ("message_id", &m.message_id),
        ("conversation_id", &m.conversation_id),
    ] {
        let h = id_hits(v, names);
        if !h.is_empty() {
            out.push((label.to_string(), h));
        }
    }
    let mut check = |label: &dyn Fn() -> String, v: &str| {
        let h = detect_field(v, names);
        if !h.is_empty() {
            out.push((label(), h));
        }
    };
    if !m.speaker_pseudonymised {
        check(&|| "speaker".to_string(), &m.speaker);
    }
    for (k, v) in &m.meta {
        check(&|| format!("meta.{}", field_label(k)), v);
    }
    out
}

/// The hits in every non-text field of a batch of messages, by message index (one entry per
/// message with hits). Values that repeat across the batch (conversation ids, speakers, meta keys
/// and values) are scanned once each, so the cost is one scan per message id plus one per
/// distinct value; every occurrence of a value with hits is reported at its own message.
pub fn batch_field_hits(msgs: &[Message], names: &NameList) -> Vec<(usize, Vec<PiiHit>)> {
    use rayon::prelude::*;
    // Distinct values: (value, is an id) -> the messages holding it.
    let mut distinct: foldhash::HashMap<(&str, bool), Vec<usize>> = Default::default();
    for (i, m) in msgs.iter().enumerate() {
        distinct
            .entry((m.conversation_id.as_str(), true))
            .or_default()
            .push(i);
        if !m.speaker_pseudonymised {
            distinct
                .entry((m.speaker.as_str(), false))
                .or_default()
                .push(i);
        }
        for (k, v) in &m.meta {
            distinct.entry((k.as_str(), false)).or_default().push(i);
            distinct.entry((v.as_str(), false)).or_default().push(i);
        }
    }
    let mut per_msg: Vec<Vec<PiiHit>> = msgs
        .par_iter()
        .map(|m| id_hits(&m.message_id, names))
        .collect();
    let found: Vec<(Vec<PiiHit>, &Vec<usize>)> = distinct
        .par_iter()
        .filter_map(|((v, is_id), idx)| {
            let h = if *is_id {
                id_hits(v, names)
            } else {
                detect_field(v, names)
            };
            (!h.is_empty()).then_some((h, idx))
        })
        .collect();
    for (h, idx) in found {
        for &i in idx {
            per_msg[i].extend(h.iter().copied());
        }
    }
    per_msg
        .into_iter()
        .enumerate()
        .filter(|(_, h)| !h.is_empty())
        .collect()
}

/// One redaction in a field other than the text: which field, what kind (never the value).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldRedaction {
    /// The message id (after redaction, as in the output).
    pub message_id: String,
    /// The field: `message_id`, `conversation_id`, `speaker`, `meta.KEY`, or `meta key` (a key
    /// itself).
    pub field: String,
    /// What kind of personal data it held.
    pub kind: super::PiiKind,
}

/// Redact every non-text field of a message in place. Ids and the speaker, which must stay
/// distinct, are replaced by their keyed pseudonyms when they hold personal data; meta keys and
/// values get typed placeholders as the text does. Returns what was done (fields and kinds only).
pub fn redact_fields(m: &mut Message, names: &NameList, p: &Pseudonymiser) -> Vec<FieldRedaction> {
    let mut log = Vec::new();
    let mut note = |field: &str, hits: &[PiiHit], id: &str| {
        for h in hits {
            log.push(FieldRedaction {
                message_id: id.to_string(),
                field: field.to_string(),
                kind: h.kind,
            });
        }
    };
    // Ids first, so the log names the message by its new id.
    let conv_hits = id_hits(&m.conversation_id, names);
    if !conv_hits.is_empty() {
        m.conversation_id = p.conversation(&m.conversation_id);
    }
    let msg_hits = id_hits(&m.message_id, names);
    if !msg_hits.is_empty() {
        m.message_id = format!(
            "msg_{}",
            p.speaker(&format!("\u{0}message:{}", m.message_id))
        );
    }
    let id = m.message_id.clone();
    note("message_id", &msg_hits, &id);
    note("conversation_id", &conv_hits, &id);
    if !m.speaker_pseudonymised {
        let h = detect_field(&m.speaker, names);
        if !h.is_empty() {
            m.speaker = p.speaker(&m.speaker);
            m.speaker_pseudonymised = true;
            note("speaker", &h, &id);
        }
    }
    let meta = std::mem::take(&mut m.meta);
    for (k, v) in meta {
        let (k2, kh) = redact_field(&k, names);
        let (v2, vh) = redact_field(&v, names);
        note("meta key", &kh, &id);
        note(
            &format!(
                "meta.{}",
                if kh.is_empty() { &k2 } else { "(redacted key)" }
            ),
            &vh,
            &id,
        );
        m.meta.insert(k2, v2);
    }
    log
}

/// Phone numbers split across consecutive messages of one speaker, within each conversation of
/// a batch of messages (in their order): (index into `msgs`, hit).
pub fn split_phone_hits(msgs: &[Message]) -> Vec<(usize, PiiHit)> {
    use rayon::prelude::*;
    let mut groups: indexmap::IndexMap<&str, Vec<usize>, foldhash::fast::RandomState> =
        Default::default();
    for (i, m) in msgs.iter().enumerate() {
        groups
            .entry(m.conversation_id.as_str())
            .or_default()
            .push(i);
    }
    let groups: Vec<Vec<usize>> = groups.into_values().collect();
    let mut out: Vec<(usize, PiiHit)> = groups
        .par_iter()
        .flat_map_iter(|idx| {
            let pairs: Vec<(&str, &str)> = idx
                .iter()
                .map(|&i| (msgs[i].speaker.as_str(), msgs[i].text.as_str()))
                .collect();
            detect_split_phones(&pairs)
                .into_iter()
                .map(|(k, h)| (idx[k], h))
                .collect::<Vec<_>>()
        })
        .collect();
    out.sort_by_key(|(i, h)| (*i, h.start));
    out
}

/// Replace the parts of split phone numbers by `[PHONE]` (hits from [`split_phone_hits`]);
/// returns the log entries (kind and offsets into the original text, never the value).
pub fn redact_split_phones(
    msgs: &mut [Message],
    hits: &[(usize, PiiHit)],
) -> Vec<super::RedactionLogEntry> {
    let mut log = Vec::new();
    for (i, h) in hits.iter().rev() {
        let m = &mut msgs[*i];
        let chars: Vec<char> = m.text.chars().collect();
        if h.end > chars.len() || h.start >= h.end {
            continue;
        }
        let mut t: String = chars[..h.start].iter().collect();
        t.push_str(PiiKind::Phone.placeholder());
        t.extend(&chars[h.end..]);
        m.text = t;
        log.push(super::RedactionLogEntry {
            message_id: m.message_id.clone(),
            kind: h.kind,
            start: h.start,
            end: h.end,
        });
    }
    log.reverse();
    log
}

/// An input path with any personal data in it replaced by placeholders (for manifests and
/// reports); the file-name forms that chat apps use ("WhatsApp Chat with NAME") included.
pub fn redact_path(path: &str, names: &NameList) -> String {
    redact_field(path, names).0
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

#[cfg(test)]
mod message_field_tests {
    use super::*;
    use indexmap::IndexMap;

    fn msg() -> Message {
        let mut meta = IndexMap::new();
        meta.insert("parent_email".to_string(), "mum@example.com".to_string());
        meta.insert("child_phone".to_string(), "07700 900123".to_string());
        meta.insert("jess@example.com".to_string(), "x".to_string());
        Message {
            corpus: "c".into(),
            conversation_id: "Jess Fakename and Sam".into(),
            message_id: "m1".into(),
            timestamp: None,
            speaker: "sam@example.com".into(),
            text: "see you at 4".into(),
            meta,
            speaker_pseudonymised: false,
            file: "f.csv".into(),
            line: 2,
        }
    }

    fn names() -> NameList {
        NameList::new(["Jess Fakename"]).unwrap()
    }

    #[test]
    fn every_field_is_scanned() {
        let hits = field_hits(&msg(), &names());
        let fields: Vec<&str> = hits.iter().map(|(f, _)| f.as_str()).collect();
        assert!(fields.contains(&"speaker"), "{fields:?}");
        assert!(fields.contains(&"meta.parent_email"), "{fields:?}");
        assert!(fields.contains(&"meta.child_phone"), "{fields:?}");
        assert!(fields.contains(&"meta key"), "{fields:?}");
        assert!(fields.contains(&"conversation_id"), "{fields:?}");
    }

    #[test]
    fn batch_scan_reports_every_occurrence_of_a_repeated_value() {
        let mut other = msg();
        other.message_id = "m2".into();
        let plain = Message {
            conversation_id: "c9".into(),
            message_id: "m3".into(),
            speaker: "s9".into(),
            meta: IndexMap::new(),
            ..msg()
        };
        let hits = batch_field_hits(&[msg(), plain, other], &names());
        let idx: Vec<usize> = hits.iter().map(|(i, _)| *i).collect();
        assert_eq!(idx, vec![0, 2]);
        // The same fields as the one-message scan.
        let one: usize = field_hits(&msg(), &names())
            .iter()
            .map(|(_, h)| h.len())
            .sum();
        assert_eq!(hits[0].1.len(), one);
    }

    #[test]
    fn redacted_fields_hold_no_value() {
        let d = tempfile::tempdir().unwrap();
        let p = Pseudonymiser::load_or_create(&d.path().join("key")).unwrap();
        let mut m = msg();
        let log = redact_fields(&mut m, &names(), &p);
        let all = serde_json::to_string(&(&m.speaker, &m.conversation_id, &m.meta)).unwrap();
        for v in ["example.com", "900123", "Jess", "Fakename"] {
            assert!(!all.contains(v), "{v} in {all}");
        }
        assert!(m.speaker.starts_with("spk_"));
        assert!(log.iter().any(|r| r.field == "meta key"));
        assert!(field_hits(&m, &names()).is_empty());
        // Stable: the same speaker gets the same pseudonym.
        let mut m2 = msg();
        redact_fields(&mut m2, &names(), &p);
        assert_eq!(m.speaker, m2.speaker);
    }
}
