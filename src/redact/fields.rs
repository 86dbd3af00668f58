//! Personal data in the fields around the text: ids, the speaker, meta keys and values, and
//! input paths. Every field that an output carries is scanned with the same detectors as the
//! text ([`detect`]), and either refused (the gate) or redacted.

use super::{detect, redact, NameList, PiiHit, Pseudonymiser};
use crate::model::Message;

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
    if detect(key, &NameList::empty()).is_empty() {
        key.to_string()
    } else {
        "(redacted key)".to_string()
    }
}

/// The hits in every non-text field of a message, meta keys included: (field name, hits).
pub fn field_hits(m: &Message, names: &NameList) -> Vec<(String, Vec<PiiHit>)> {
    let mut out = value_hits(m, names);
    for k in m.meta.keys() {
        let h = detect(k, names);
        if !h.is_empty() {
            out.push(("meta key".to_string(), h));
        }
    }
    out
}

/// As [`field_hits`] without the meta keys, which repeat on every row: a caller scanning many
/// messages checks each distinct key once (see [`key_hits`]).
pub fn value_hits(m: &Message, names: &NameList) -> Vec<(String, Vec<PiiHit>)> {
    let mut out = Vec::new();
    let mut check = |label: &dyn Fn() -> String, v: &str| {
        let h = detect(v, names);
        if !h.is_empty() {
            out.push((label(), h));
        }
    };
    check(&|| "message_id".to_string(), &m.message_id);
    check(&|| "conversation_id".to_string(), &m.conversation_id);
    if !m.speaker_pseudonymised {
        check(&|| "speaker".to_string(), &m.speaker);
    }
    for (k, v) in &m.meta {
        check(&|| format!("meta.{}", field_label(k)), v);
    }
    out
}

/// The hits in the distinct meta keys of some messages, each with the first message that has
/// it (by index).
pub fn key_hits(msgs: &[Message], names: &NameList) -> Vec<(usize, Vec<PiiHit>)> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (i, m) in msgs.iter().enumerate() {
        for k in m.meta.keys() {
            if seen.insert(k.as_str()) {
                let h = detect(k, names);
                if !h.is_empty() {
                    out.push((i, h));
                }
            }
        }
    }
    out
}

/// One redaction in a field other than the text: which field, what kind (never the value).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldRedaction {
    pub message_id: String,
    pub field: String,
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
    let conv_hits = detect(&m.conversation_id, names);
    if !conv_hits.is_empty() {
        m.conversation_id = p.conversation(&m.conversation_id);
    }
    let id_hits = detect(&m.message_id, names);
    if !id_hits.is_empty() {
        m.message_id = format!(
            "msg_{}",
            p.speaker(&format!("\u{0}message:{}", m.message_id))
        );
    }
    let id = m.message_id.clone();
    note("message_id", &id_hits, &id);
    note("conversation_id", &conv_hits, &id);
    if !m.speaker_pseudonymised {
        let h = detect(&m.speaker, names);
        if !h.is_empty() {
            m.speaker = p.speaker(&m.speaker);
            m.speaker_pseudonymised = true;
            note("speaker", &h, &id);
        }
    }
    let meta = std::mem::take(&mut m.meta);
    for (k, v) in meta {
        let (k2, kh) = redact(&k, names);
        let (v2, vh) = redact(&v, names);
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

/// An input path with any personal data in it replaced by placeholders (for manifests and
/// reports); the file-name forms that chat apps use ("WhatsApp Chat with NAME") included.
pub fn redact_path(path: &str, names: &NameList) -> String {
    redact(path, names).0
}

#[cfg(test)]
mod tests {
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
