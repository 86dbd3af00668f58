//! Redact: residual-PII detection with typed placeholders ([`detect`], [`redact`]), the
//! PII gate summary ([`PiiScan`]), the redaction log ([`RedactionLogEntry`]) and keyed
//! pseudonyms ([`Pseudonymiser`]).
//!
//! Nothing here ever logs or prints a detected value: only kinds, counts and positions.

pub mod fields;
mod forms;
pub mod names;
pub mod pii;
pub mod pseudonym;

pub use fields::{detect_field, detect_split_phones, redact_field};
pub use names::NameList;
pub use pii::{detect, detect_with_stats, redact, redact_with_stats, DetectStats, PiiHit, PiiKind};
pub use pseudonym::{
    ensure_outside, key_is_weak, key_path, key_path_checked, PseudonymRegistry, Pseudonymiser,
    SpeakerNameReplacer,
};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One line of a redaction log: where a value was replaced, never the value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedactionLogEntry {
    /// The message id.
    pub message_id: String,
    /// What kind of personal data was replaced.
    pub kind: PiiKind,
    /// Code points into the ORIGINAL text, end-exclusive.
    pub start: usize,
    /// The code point after the replaced stretch.
    pub end: usize,
}

impl RedactionLogEntry {
    /// Log entries for one message's hits.
    pub fn from_hits(message_id: &str, hits: &[PiiHit]) -> Vec<RedactionLogEntry> {
        hits.iter()
            .map(|h| RedactionLogEntry {
                message_id: message_id.to_string(),
                kind: h.kind,
                start: h.start,
                end: h.end,
            })
            .collect()
    }
}

/// A summary of residual PII over many messages, for the annotate gate: counts per kind and
/// the first file:line of each kind. Its `Display` never shows a value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PiiScan {
    /// Hits per kind.
    pub counts: BTreeMap<PiiKind, usize>,
    /// Where each kind was first found: file and 1-based line.
    pub first: BTreeMap<PiiKind, (String, u64)>,
}

impl PiiScan {
    /// An empty scan.
    pub fn new() -> Self {
        PiiScan::default()
    }

    /// Record one message's hits (file and 1-based line of the message).
    pub fn add(&mut self, file: &str, line: u64, hits: &[PiiHit]) {
        for h in hits {
            *self.counts.entry(h.kind).or_insert(0) += 1;
            self.first
                .entry(h.kind)
                .or_insert_with(|| (file.to_string(), line));
        }
    }

    /// Fold another scan in (e.g. from a parallel batch). "First" keeps the earlier
    /// (file, line) in order of the scan added first.
    pub fn merge(&mut self, other: &PiiScan) {
        for (k, n) in &other.counts {
            *self.counts.entry(*k).or_insert(0) += n;
        }
        for (k, pos) in &other.first {
            self.first.entry(*k).or_insert_with(|| pos.clone());
        }
    }

    /// Total hits.
    pub fn total(&self) -> usize {
        self.counts.values().sum()
    }

    /// No PII found.
    pub fn is_clean(&self) -> bool {
        self.total() == 0
    }
}

impl std::fmt::Display for PiiScan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_clean() {
            return f.write_str("no residual PII found");
        }
        write!(f, "residual PII found ({} items):", self.total())?;
        for (k, n) in &self.counts {
            write!(f, "\n  {:<8} {:>6}", k.as_str(), n)?;
            if let Some((file, line)) = self.first.get(k) {
                write!(f, "  first at {file}:{line}")?;
            }
        }
        Ok(())
    }
}

/// Chat-export speaker names become keyed pseudonyms the moment ingest reads them.
impl crate::ingest::SpeakerNames for Pseudonymiser {
    fn pseudonym(&self, name: &str) -> String {
        self.speaker(name)
    }
    fn conversation(&self, key: &str) -> String {
        Pseudonymiser::conversation(self, key)
    }
    fn name_replacer(&self, names: &[String]) -> Box<dyn Fn(&str) -> String + '_> {
        let r = Pseudonymiser::name_replacer(self, names);
        Box::new(move |t| r.replace(t))
    }
}

/// Redact one message in place; returns its log entries.
pub fn redact_message(m: &mut crate::model::Message, names: &NameList) -> Vec<RedactionLogEntry> {
    redact_message_counted(m, names).0
}

/// [`redact_message`], with the counts of decisions (such as ambiguous names left alone)
/// for the redaction log's summary.
pub fn redact_message_counted(
    m: &mut crate::model::Message,
    names: &NameList,
) -> (Vec<RedactionLogEntry>, DetectStats) {
    let (text, hits, stats) = redact_with_stats(&m.text, names);
    if hits.is_empty() {
        return (Vec::new(), stats);
    }
    m.text = text;
    (RedactionLogEntry::from_hits(&m.message_id, &hits), stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_entries_carry_no_value() {
        let text = "mail name@example.com";
        let (_, hits) = redact(text, &NameList::empty());
        let log = RedactionLogEntry::from_hits("m1", &hits);
        let json = serde_json::to_string(&log).unwrap();
        assert_eq!(
            json,
            r#"[{"message_id":"m1","kind":"EMAIL","start":5,"end":21}]"#
        );
        assert!(!json.contains("example"));
        let back: Vec<RedactionLogEntry> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, log);
    }

    #[test]
    fn scan_counts_and_first_positions_without_values() {
        let names = NameList::empty();
        let mut scan = PiiScan::new();
        let rows = [
            ("a.csv", 2, "hi"),
            ("a.csv", 3, "call 07700 900123 or name@example.com"),
            ("b.csv", 9, "or 07700 900456"),
        ];
        for (file, line, text) in rows {
            scan.add(file, line, &detect(text, &names));
        }
        assert_eq!(scan.total(), 3);
        assert_eq!(scan.counts[&PiiKind::Phone], 2);
        assert_eq!(scan.first[&PiiKind::Phone], ("a.csv".to_string(), 3));
        let shown = scan.to_string();
        assert!(
            shown.contains("PHONE") && shown.contains("a.csv:3"),
            "{shown}"
        );
        assert!(shown.contains("EMAIL"));
        for (_, _, text) in rows {
            for w in text.split_whitespace().filter(|w| w.len() > 4) {
                assert!(!shown.contains(w), "value {w} leaked: {shown}");
            }
        }
        let mut merged = PiiScan::new();
        merged.merge(&scan);
        merged.merge(&scan);
        assert_eq!(merged.total(), 6);
        assert_eq!(merged.first, scan.first);
        assert_eq!(PiiScan::new().to_string(), "no residual PII found");
    }

    fn fixture_texts(name: &str) -> Vec<String> {
        let path = format!("{}/tests/fixtures/pii/{name}", env!("CARGO_MANIFEST_DIR"));
        let mut r = csv::Reader::from_path(&path).unwrap();
        let headers = r.headers().unwrap().clone();
        assert_eq!(
            headers.iter().collect::<Vec<_>>(),
            [
                "conversation_id",
                "message_id",
                "timestamp",
                "speaker",
                "text"
            ]
        );
        r.records().map(|rec| rec.unwrap()[4].to_string()).collect()
    }

    fn fixture_names() -> NameList {
        NameList::new(["Jordan Fakename", "Riley"]).unwrap()
    }

    /// Every planted value and the kind it must be redacted as.
    const PLANTED: &[(&str, PiiKind)] = &[
        ("07700 900123", PiiKind::Phone),
        ("07700-900-456", PiiKind::Phone),
        ("+44 7700 900789", PiiKind::Phone),
        ("+447700900321", PiiKind::Phone),
        ("(0)7700 900654", PiiKind::Phone),
        ("01632 960123", PiiKind::Phone),
        ("01632-960456", PiiKind::Phone),
        ("name@example.com", PiiKind::Email),
        ("fake.user01@example.com", PiiKind::Email),
        ("https://example.com/profile", PiiKind::Url),
        ("www.example.org", PiiKind::Url),
        ("example.org/u/fake01", PiiKind::Url),
        ("@fake_handle_01", PiiKind::Handle),
        ("@fake_handle_02", PiiKind::Handle),
        ("SW1A 1AA", PiiKind::Postcode),
        ("cf10 1aa", PiiKind::Postcode),
        ("CF101AA", PiiKind::Postcode),
        ("192.0.2.15", PiiKind::Ip),
        ("203.0.113.7", PiiKind::Ip),
        ("2001:db8::1", PiiKind::Ip),
        ("03/03/2011", PiiKind::Dob),
        ("3 March 2011", PiiKind::Dob),
        ("2011-03-03", PiiKind::Dob),
        ("14.07.2010", PiiKind::Dob),
        ("21/06/2025", PiiKind::Date),
        ("4111 1111 1111 1111", PiiKind::Number),
        ("4111-1111-1111-1111", PiiKind::Number),
        ("123456789", PiiKind::Number),
        ("Jordan Fakename", PiiKind::Name),
        ("riley", PiiKind::Name),
        ("RILEY", PiiKind::Name),
        ("14 Fakewood Road", PiiKind::Address),
        ("12-34-56", PiiKind::Bank),
        ("87654321", PiiKind::Bank),
    ];

    /// Planted items in a text as (code-point start, end, kind).
    fn planted_items(text: &str) -> Vec<(usize, usize, PiiKind)> {
        let mut out = Vec::new();
        for (v, k) in PLANTED {
            for (b, _) in text.match_indices(v) {
                let s = text[..b].chars().count();
                out.push((s, s + v.chars().count(), *k));
            }
        }
        out
    }

    #[test]
    fn planted_fixture_fully_redacted_with_recall_and_precision() {
        let names = fixture_names();
        let texts = fixture_texts("planted.csv");
        assert!(texts.len() >= 25);
        let (mut expected, mut found, mut hits_total, mut hits_true) =
            (0usize, 0usize, 0usize, 0usize);
        let mut per_kind: BTreeMap<PiiKind, (usize, usize)> = BTreeMap::new();
        for text in &texts {
            let items = planted_items(text);
            assert!(!items.is_empty(), "row without a planted item: {text}");
            let (out, hits) = redact(text, &names);
            for (v, _) in PLANTED {
                assert!(!out.contains(v), "{v:?} survived in {out:?}");
            }
            expected += items.len();
            for &(s, e, k) in &items {
                let caught = hits
                    .iter()
                    .any(|h| h.kind == k && h.start <= s && h.end >= e);
                let entry = per_kind.entry(k).or_insert((0, 0));
                entry.0 += 1;
                if caught {
                    found += 1;
                    entry.1 += 1;
                }
            }
            hits_total += hits.len();
            hits_true += hits
                .iter()
                .filter(|h| {
                    items
                        .iter()
                        .any(|&(s, e, k)| h.kind == k && h.start < e && s < h.end)
                })
                .count();
        }
        let recall = found as f64 / expected as f64;
        let precision = hits_true as f64 / hits_total as f64;
        println!(
            "planted PII: {expected} items, {found} caught, {hits_total} hits, {hits_true} true; \
             recall {recall:.3}, precision {precision:.3}"
        );
        for (k, (n, c)) in &per_kind {
            println!("  {:<8} {c}/{n}", k.as_str());
        }
        assert_eq!(found, expected, "recall {recall}");
        assert_eq!(hits_true, hits_total, "precision {precision}");
        assert_eq!(per_kind.len(), PiiKind::ALL.len(), "every kind is planted");
    }

    #[test]
    fn benign_fixture_untouched() {
        let names = fixture_names();
        let texts = fixture_texts("benign.csv");
        assert!(texts.len() >= 20);
        for text in &texts {
            let (out, hits) = redact(text, &names);
            assert_eq!(&out, text, "benign text changed: {hits:?}");
        }
    }

    #[test]
    fn redaction_is_idempotent_on_random_fixture_mixtures() {
        let names = fixture_names();
        let mut lines = fixture_texts("planted.csv");
        lines.extend(fixture_texts("benign.csv"));
        let seps = ["", " ", "@", ".", "/", "-", ":", "[", "]", "\n", "😀"];
        let mut rng = crate::rng::SplitMix64::from_state(1);
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..1 + rng.index(4) {
                let line: Vec<char> = lines[rng.index(lines.len())].chars().collect();
                let a = rng.index(line.len());
                let b = a + rng.index(line.len() - a + 1);
                text.extend(&line[a..b]);
                text.push_str(seps[rng.index(seps.len())]);
            }
            let (once, hits) = redact(&text, &names);
            let (twice, again) = redact(&once, &names);
            assert_eq!(twice, once, "not idempotent on {text:?}");
            assert!(again.is_empty());
            let n = text.chars().count();
            for w in hits.windows(2) {
                assert!(w[0].end <= w[1].start, "overlap in {text:?}");
            }
            assert!(hits.iter().all(|h| h.start < h.end && h.end <= n));
            assert_eq!(detect(&text, &names), hits, "detect and redact disagree");
        }
    }

    #[test]
    fn redaction_is_deterministic() {
        let names = fixture_names();
        for text in fixture_texts("planted.csv") {
            assert_eq!(redact(&text, &names), redact(&text, &names));
        }
    }
}
