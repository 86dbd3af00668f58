//! Issue 21: annotation tools keep everything. For every importable export format, exporting
//! the demo annotations and importing them back gives, for every message, the same label set
//! (classifier-only labels included), the same labelling spans (start, end, category), the
//! same message, conversation and speaker ids and text, and (where the format carries them)
//! the same episode and role.
//!
//! The input is `tests/golden/annotate/annotations.jsonl`, which `tests/golden.rs` pins to be
//! exactly what `c2chat annotate corpora/demo` (built-in lexicon and model) writes.

mod common;
use c2chat::export::{export, import, Format};
use c2chat::model::Annotation;
use common::*;
use std::collections::{BTreeMap, BTreeSet};

type Spans = BTreeSet<(usize, usize, String)>;

/// The spans that label the message (the ones exports carry), without empty ones.
fn labelling_spans(a: &Annotation) -> Spans {
    a.spans
        .iter()
        .filter(|s| s.is_labelling() && s.start < s.end)
        .map(|s| (s.start, s.end, s.category.clone()))
        .collect()
}

fn demo() -> Vec<Annotation> {
    c2chat::output::read_annotations(&root("tests/golden/annotate/annotations.jsonl")).unwrap()
}

/// Whether the format carries a message's episode and role (every annotation-tool format
/// c2chat had when this test was written; a new one opts in here).
fn carries_episodes(f: Format) -> bool {
    matches!(
        f,
        Format::Brat | Format::WebAnno | Format::LabelStudio | Format::Doccano | Format::Qdpx
    )
}

#[test]
fn every_format_round_trips_the_demo_losslessly() {
    let anns = demo();
    let ids: BTreeSet<&str> = anns.iter().map(|a| a.message_id.as_str()).collect();
    assert_eq!(ids.len(), anns.len(), "demo message ids are unique");
    // The case this test is about: labels that no span carries (the classifier's).
    let message_level = anns
        .iter()
        .filter(|a| {
            let cats: BTreeSet<String> = labelling_spans(a).into_iter().map(|s| s.2).collect();
            a.labels.iter().any(|l| !cats.contains(l))
        })
        .count();
    assert!(message_level > 0, "the demo has classifier-only labels");
    assert!(anns
        .iter()
        .any(|a| a.episode_id.is_some() && a.role.is_some()));
    let mut tried = 0;
    for fmt in Format::ALL.into_iter().filter(|f| f.importable()) {
        tried += 1;
        let dir = tempfile::tempdir().unwrap();
        export(&anns, fmt, dir.path()).unwrap();
        let back = import(fmt, dir.path()).unwrap();
        assert_eq!(back.len(), anns.len(), "{fmt}: message count");
        let by_id: BTreeMap<&str, &Annotation> =
            back.iter().map(|a| (a.message_id.as_str(), a)).collect();
        assert_eq!(by_id.len(), back.len(), "{fmt}: duplicate message ids");
        for a in &anns {
            let id = a.message_id.as_str();
            let b = by_id
                .get(id)
                .unwrap_or_else(|| panic!("{fmt}: {id} missing"));
            assert_eq!(b.labels, a.labels, "{fmt} {id}: labels");
            assert_eq!(labelling_spans(b), labelling_spans(a), "{fmt} {id}: spans");
            assert_eq!(
                (&b.conversation_id, &b.speaker, &b.text, &b.timestamp),
                (&a.conversation_id, &a.speaker, &a.text, &a.timestamp),
                "{fmt} {id}: conversation, speaker, text, timestamp"
            );
            if carries_episodes(fmt) {
                assert_eq!(
                    (&b.episode_id, &b.role),
                    (&a.episode_id, &a.role),
                    "{fmt} {id}: episode and role"
                );
            }
        }
    }
    assert!(
        tried >= 4,
        "brat, webanno, labelstudio and doccano at least"
    );
}
