//! Test fixtures shared by the report's unit tests.

use super::collect::Collected;
use crate::model::{Annotation, Source, Span};
use crate::stats::partial::tests::ann;

/// A message of conversation `conv` by `s1` at `ts` with `labels` (4 tokens).
pub(crate) fn dated(id: &str, conv: &str, ts: &str, labels: &[&str]) -> Annotation {
    ann(id, conv, "s1", Some(ts), &[], labels, 4)
}

/// A small corpus over two academic years: one undated message, a `+01:00` timestamp, and a
/// sexualised lexicon span next to a URL.
pub(crate) fn corpus() -> Vec<Annotation> {
    let mut v = vec![
        dated("1", "c1", "2024-09-10T10:00:00Z", &["coercive.threat"]),
        dated("2", "c1", "2024-11-02T10:00:00Z", &[]),
        dated("3", "c2", "2025-01-15T10:00:00Z", &["protective"]),
        dated("4", "c2", "2025-10-01T10:00:00Z", &["coercive.threat"]),
        dated(
            "5",
            "c3",
            "2025-10-20T10:00:00+01:00",
            &["coercive.pressure", "victim_blaming.blame"],
        ),
        ann("6", "c3", "s2", None, &[], &[], 3),
    ];
    // A sexualised span with a placeholder word, and a URL in the text.
    let mut a = dated("7", "c4", "2025-11-01T09:00:00Z", &[]);
    a.text = "you are placeholder see https://example.com/x".into();
    a.spans = vec![Span {
        start: 8,
        end: 19,
        text: "placeholder".into(),
        category: "sexualised.names".into(),
        severity: 1,
        source: Source::Lexicon,
        rule_id: "lex:placeholder".into(),
        frame: Default::default(),
    }];
    a.labels = vec!["sexualised.names".into()];
    v.push(a);
    v
}

/// One pass over `anns`.
pub(crate) fn collect(anns: &[Annotation]) -> Collected {
    let mut c = Collected::default();
    for a in anns {
        c.add(a).unwrap();
    }
    c
}
