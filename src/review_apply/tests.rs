use super::decisions::{read, Decision, DecisionSpan};
use super::*;
use crate::lexicon::overlay::{accept, load_stack, Overlay};
use crate::lexicon::{Lexicon, LexiconRef};
use crate::matcher::Matcher;
use crate::normalise::normalise;
use std::path::PathBuf;

/// A tiny base lexicon: an entry and a pattern for image requests, one protective entry.
fn base(dir: &Path) -> PathBuf {
    let d = dir.join("base");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(
        d.join("lexicon.toml"),
        "name = \"tiny\"\nversion = \"1.0.0\"\n[[categories]]\nid = \"coercive.image_request\"\ndefinition = \"d\"\n[[categories]]\nid = \"coercive.pressure\"\ndefinition = \"d\"\n[[categories]]\nid = \"protective\"\ndefinition = \"d\"\n",
    )
    .unwrap();
    std::fs::write(
        d.join("e.tsv"),
        "term\tcategory\tseverity\tmatch\tnote\tunless\nsend a pic\tcoercive.image_request\t2\tphrase\t\t\nreport it\tprotective\t1\tphrase\t\t\n",
    )
    .unwrap();
    std::fs::write(
        d.join("patterns.toml"),
        "[[pattern]]\nid = \"req.pic_of\"\ncategory = \"coercive.image_request\"\nseverity = 2\nregex = '''\\bpic of (u|you)\\b'''\n",
    )
    .unwrap();
    d
}

fn annotate(lex: &Lexicon, id: &str, text: &str) -> Annotation {
    let m = Matcher::new(lex.clone()).unwrap();
    let mut a = Annotation::builder(id, text).conversation("c1").build();
    a.spans = m.match_normalised(&normalise(text));
    a.finalise();
    a
}

fn labelled(lex: &Lexicon, text: &str) -> Vec<String> {
    annotate(lex, "x", text).labels
}

fn decision(id: &str, label: &str, action: &str, span: Option<(usize, usize)>) -> Decision {
    Decision {
        message_id: id.into(),
        conversation_id: "c1".into(),
        label: label.into(),
        action: action.into(),
        new_label: None,
        span: span.map(|(start, end)| DecisionSpan {
            start,
            end,
            source: None,
            rule_id: None,
        }),
        reviewer: "AB".into(),
        decided_at: "2026-01-01T10:00:00Z".into(),
        note: "timetable, not a person".into(),
        corpus: "t".into(),
        annotations_sha256: String::new(),
    }
}

const FP: &str = "can u send a pic of you with the trophy for the newsletter";
const TP: &str = "go on send a pic of you now";
const MISSED: &str = "ur such a tease just do it";

/// Annotate, reject the false positive, add the missed label with a span; write the overlay.
fn loop_once(dir: &Path) -> (Lexicon, PathBuf, Vec<Annotation>) {
    let lex = Lexicon::load(&base(dir)).unwrap();
    let anns = vec![
        annotate(&lex, "m1", FP),
        annotate(&lex, "m2", TP),
        annotate(&lex, "m3", MISSED),
    ];
    assert_eq!(anns[0].labels, ["coercive.image_request"]);
    let tease = MISSED.find("just do it").unwrap();
    let ds = vec![
        (1, decision("m1", "coercive.image_request", "reject", None)),
        (2, decision("m2", "coercive.image_request", "accept", None)),
        (
            3,
            decision("m3", "coercive.pressure", "add", Some((tease, tease + 10))),
        ),
    ];
    let applied = apply(&anns, &ds, Path::new("decisions.jsonl"), &lex, "").unwrap();
    assert_eq!(applied.exceptions.len(), 2, "{:?}", applied.exceptions);
    assert_eq!(applied.proposals.len(), 1);
    assert!(applied.gold[0].gold.is_empty() && applied.gold[0].reviewed);
    assert_eq!(applied.gold[2].gold, ["coercive.pressure"]);
    let ov = dir.join("out/lexicons/tiny-local");
    write(&dir.join("out"), &applied, &ov, "tiny-local", "tiny").unwrap();
    (lex, ov, anns)
}

fn stacked(dir: &Path, ov: &Path) -> Lexicon {
    load_stack(&[
        LexiconRef::Dir(dir.join("base")),
        LexiconRef::Dir(ov.to_path_buf()),
    ])
    .unwrap()
}

#[test]
fn an_exception_is_scoped_to_its_message_not_the_category() {
    let d = tempfile::tempdir().unwrap();
    let (_, ov, _) = loop_once(d.path());
    let lex = stacked(d.path(), &ov);
    assert!(labelled(&lex, FP).is_empty(), "the rejected flag is gone");
    assert_eq!(labelled(&lex, TP), ["coercive.image_request"]);
    // The same entry and pattern elsewhere still flag.
    assert_eq!(labelled(&lex, "send a pic pls"), ["coercive.image_request"]);
    assert_eq!(
        labelled(&lex, "send a pic of the timetable"),
        ["coercive.image_request"]
    );
    assert_eq!(lex.layers.len(), 2);
    assert_eq!(lex.layers[1].name, "tiny-local");
    assert_ne!(lex.hash, lex.layers[0].hash);
}

#[test]
fn a_proposed_entry_is_inactive_until_accepted() {
    let d = tempfile::tempdir().unwrap();
    let (_, ov, _) = loop_once(d.path());
    assert!(labelled(&stacked(d.path(), &ov), "omg just do it").is_empty());
    let o = Overlay::load(
        &ov,
        &["coercive.image_request", "coercive.pressure", "protective"],
    )
    .unwrap();
    let pending = o.pending();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].term, "just do it");
    assert!(accept(&ov, "p-m1-1", "CD", "2026-01-02T00:00:00Z")
        .unwrap_err()
        .to_string()
        .contains("did you mean \"p-m3-1\""));
    let a = accept(&ov, "p-m3-1", "CD", "2026-01-02T00:00:00Z").unwrap();
    assert_eq!(a.version, "0.1.1");
    let lex = stacked(d.path(), &ov);
    assert_eq!(labelled(&lex, "omg just do it"), ["coercive.pressure"]);
    assert!(accept(&ov, "p-m3-1", "CD", "x")
        .unwrap_err()
        .to_string()
        .contains("already accepted"));
}

#[test]
fn overlay_items_record_provenance_and_no_message_text() {
    let d = tempfile::tempdir().unwrap();
    let (_, ov, anns) = loop_once(d.path());
    let mut all = String::new();
    for f in ["lexicon.toml", "exceptions.toml", "entries/proposed.tsv"] {
        all.push_str(&std::fs::read_to_string(ov.join(f)).unwrap());
    }
    for a in &anns {
        assert!(
            !all.contains(&a.text),
            "message text of {} in the overlay",
            a.message_id
        );
        assert!(!all.contains(&normalise_str(&a.text)));
    }
    let o = Overlay::load(
        &ov,
        &["coercive.image_request", "coercive.pressure", "protective"],
    )
    .unwrap();
    for (x, _) in &o.exceptions {
        assert_eq!((x.reviewer.as_str(), x.message_id.as_str()), ("AB", "m1"));
        assert_eq!(x.decided_at, "2026-01-01T10:00:00Z");
        assert_eq!(x.note, "timetable, not a person");
    }
    let p = &o.pending()[0].provenance;
    assert_eq!(
        (
            p.reviewer.as_str(),
            p.message_id.as_str(),
            p.conversation_id.as_str()
        ),
        ("AB", "m3", "c1")
    );
}

#[test]
fn lexicon_diff_shows_what_the_overlay_changes() {
    let d = tempfile::tempdir().unwrap();
    let (base_lex, ov, _) = loop_once(d.path());
    accept(&ov, "p-m3-1", "CD", "2026-01-02T00:00:00Z").unwrap();
    let changes = crate::lexicon::diff::diff(&base_lex, &stacked(d.path(), &ov));
    let kinds: Vec<(&str, &str)> = changes
        .iter()
        .map(|c| (c.kind.as_str(), c.item.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("entry-added", "lex:just do it (coercive.pressure, phrase)"),
            (
                "exception-added",
                "lex:send a pic (coercive.image_request, phrase)"
            ),
            ("exception-added", "req.pic_of (coercive.image_request)"),
        ]
    );
    assert!(
        changes[1]
            .detail
            .contains(r"can\W+u\W+send\W+a\W+pic\W+of\W+you\b"),
        "{}",
        changes[1].detail
    );
}

#[test]
fn lint_flags_a_too_broad_exception_and_lists_proposals() {
    let d = tempfile::tempdir().unwrap();
    let (base_lex, ov, _) = loop_once(d.path());
    let f = crate::lexicon::lint::lint_overlay(&base_lex, &ov).unwrap();
    let kinds: Vec<&str> = f.iter().map(|f| f.kind.as_str()).collect();
    assert_eq!(kinds, ["proposed"], "{f:?}");
    let x = ov.join("exceptions.toml");
    let text = std::fs::read_to_string(&x).unwrap();
    let with_unless = |u: &str| {
        let mut done = false;
        let lines: Vec<String> = text
            .lines()
            .map(|l| {
                if !done && l.starts_with("unless = ") {
                    done = true;
                    format!("unless = '{u}'")
                } else {
                    l.to_string()
                }
            })
            .collect();
        lines.join("\n")
    };
    std::fs::write(&x, with_unless(r"\bsend\W+a\W+pic\b")).unwrap();
    let f = crate::lexicon::lint::lint_overlay(&base_lex, &ov).unwrap();
    assert!(
        f.iter()
            .any(|f| f.kind == "exception-too-broad" && f.message.contains("on its own")),
        "{f:?}"
    );
    std::fs::write(&x, with_unless(r"\w")).unwrap();
    let f = crate::lexicon::lint::lint_overlay(&base_lex, &ov).unwrap();
    assert!(
        f.iter()
            .any(|f| f.kind == "exception-too-broad" && f.message.contains("probe messages")),
        "{f:?}"
    );
}

#[test]
fn a_misspelt_label_is_an_error_naming_file_line_and_suggestion() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("decisions.jsonl");
    let mut good =
        serde_json::to_string(&decision("m1", "coercive.image_request", "reject", None)).unwrap();
    good.push('\n');
    let bad = good.replace("coercive.image_request", "coercive.imag_request");
    std::fs::write(&p, format!("{good}{bad}")).unwrap();
    let cats = ["coercive.image_request", "coercive.pressure"];
    let e = read(&p, &cats).unwrap_err().to_string();
    assert!(e.contains("decisions.jsonl:2"), "{e}");
    assert!(e.contains("did you mean \"coercive.image_request\""), "{e}");
    std::fs::write(
        &p,
        good.replace("\"action\":\"reject\"", "\"action\":\"rejct\""),
    )
    .unwrap();
    let e = read(&p, &cats).unwrap_err().to_string();
    assert!(
        e.contains(":1") && e.contains("did you mean \"reject\""),
        "{e}"
    );
    std::fs::write(&p, good.replace("\"note\"", "\"notes\"")).unwrap();
    let e = read(&p, &cats).unwrap_err().to_string();
    assert!(e.contains("did you mean \"note\""), "{e}");
}

#[test]
fn decisions_from_gold_reject_extra_flags_and_add_missed_labels() {
    let d = tempfile::tempdir().unwrap();
    let lex = Lexicon::load(&base(d.path())).unwrap();
    let anns = vec![annotate(&lex, "m1", FP), annotate(&lex, "m2", TP)];
    let g = d.path().join("gold.jsonl");
    std::fs::write(&g, "{\"message_id\":\"m1\",\"gold\":[]}\n{\"message_id\":\"m2\",\"gold\":[\"coercive.image_request\",\"coercive.pressure\"]}\n").unwrap();
    let gold = gold::read(&g).unwrap();
    let cats = ["coercive.image_request", "coercive.pressure", "protective"];
    let ds = gold::decisions_from_gold(
        &anns,
        &gold,
        &g,
        &cats,
        "script",
        "2026-01-01T00:00:00Z",
        "h",
    )
    .unwrap();
    let got: Vec<(&str, &str, &str)> = ds
        .iter()
        .map(|(_, d)| (d.message_id.as_str(), d.label.as_str(), d.action.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("m1", "coercive.image_request", "reject"),
            ("m2", "coercive.image_request", "accept"),
            ("m2", "coercive.pressure", "add"),
        ]
    );
    assert!(ds[0].1.span.as_ref().is_some_and(|s| s.rule_id.is_some()));
    std::fs::write(
        &g,
        "{\"message_id\":\"m1\",\"gold\":[\"coercive.presure\"]}\n",
    )
    .unwrap();
    let e = gold::decisions_from_gold(&anns, &gold::read(&g).unwrap(), &g, &cats, "s", "t", "h")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("gold.jsonl:1") && e.contains("did you mean \"coercive.pressure\""),
        "{e}"
    );
}
