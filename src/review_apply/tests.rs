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

const CATS: &[&str] = &["coercive.image_request", "coercive.pressure", "protective"];

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
    write(&dir.join("out"), &applied, &ov, "tiny-local", "tiny", CATS).unwrap();
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
        labelled(&lex, "send a pic for the timetable"),
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

/// An annotation whose `label` rests on the classifier alone, at `score`.
fn classifier_flag(id: &str, label: &str, score: f64) -> Annotation {
    let mut a = Annotation::builder(id, "words the classifier read")
        .conversation("c1")
        .build();
    a.evidence
        .insert(label.to_string(), vec![crate::model::Source::Classifier]);
    a.scores = Some([(label.to_string(), score)].into_iter().collect());
    a.finalise();
    a
}

/// An annotation whose `label` rests on a conversation rule's span (and the classifier).
fn rule_flag(id: &str, label: &str, rule: &str) -> Annotation {
    let mut a = classifier_flag(id, label, 0.5);
    a.evidence.clear();
    a.spans.push(crate::model::Span {
        start: 0,
        end: 5,
        text: "words".into(),
        category: label.into(),
        severity: 2,
        source: crate::model::Source::Rule,
        rule_id: rule.into(),
        frame: Default::default(),
    });
    a.finalise();
    a
}

fn files_of(dir: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = walk(dir)
        .into_iter()
        .map(|p| {
            let t = std::fs::read_to_string(&p).unwrap();
            (p.strip_prefix(dir).unwrap().display().to_string(), t)
        })
        .collect();
    out.sort();
    out
}

fn walk(d: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(d).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn a_local_threshold_rests_on_rejected_classifier_flags_and_stops_below_accepted_ones() {
    let l = "coercive.pressure";
    let anns = vec![
        classifier_flag("m1", l, 0.95),
        classifier_flag("m2", l, 0.97),
        classifier_flag("m3", l, 0.96),
        classifier_flag("m4", l, 0.99),
        classifier_flag("m5", l, 0.93),
    ];
    let lex = Lexicon::load(&base(tempfile::tempdir().unwrap().path())).unwrap();
    let ds = vec![
        (1, decision("m1", l, "reject", None)),
        (2, decision("m2", l, "reject", None)),
        (3, decision("m3", l, "accept", None)),
        (4, decision("m4", l, "reject", None)),
        (5, decision("m5", l, "reject", None)),
    ];
    let a = apply(&anns, &ds, Path::new("d.jsonl"), &lex, "").unwrap();
    assert_eq!(a.thresholds.len(), 1, "{:?}", a.thresholds);
    let t = &a.thresholds[0];
    // Just above the highest rejected score below the accepted 0.96; m2 and m4 stay flagged.
    assert_eq!((t.min_score, t.rejected_max), (0.950001, 0.95));
    assert_eq!(t.rejected, ["m1", "m5"]);
    assert_eq!(
        (t.accepted_min, t.accepted_message_id.as_str()),
        (Some(0.96), "m3")
    );
    assert_eq!((t.message_id.as_str(), t.reviewer.as_str()), ("m1", "AB"));
    let left: Vec<&str> = a.skipped.iter().map(|s| s.message_id.as_str()).collect();
    assert_eq!(left, ["m2", "m4"], "{:?}", a.skipped);
    assert!(a.exceptions.is_empty() && a.rules_off.is_empty());

    // Every rejected flag at or above the accepted one: no threshold, and the reason given.
    let a = apply(&anns, &ds[1..4], Path::new("d.jsonl"), &lex, "").unwrap();
    assert!(a.thresholds.is_empty());
    assert!(
        a.skipped[0].reason.contains("no local threshold"),
        "{:?}",
        a.skipped
    );
    // Nothing accepted: nothing bounds a threshold, so none (one rejection must not switch the
    // label's classifier off).
    let a = apply(&anns, &ds[..2], Path::new("d.jsonl"), &lex, "").unwrap();
    assert!(a.thresholds.is_empty());
    assert!(a.skipped[0].reason.contains("bounds"), "{:?}", a.skipped);
    // A rejected flag with lexicon evidence too is for an exception, not a threshold.
    let mut mixed = classifier_flag("m6", l, 0.94);
    mixed
        .evidence
        .get_mut(l)
        .unwrap()
        .push(crate::model::Source::Lexicon);
    let mut anns2 = anns.clone();
    anns2.push(mixed);
    let ds2 = vec![
        (1, decision("m6", l, "reject", None)),
        (2, decision("m3", l, "accept", None)),
    ];
    let a = apply(&anns2, &ds2, Path::new("d.jsonl"), &lex, "").unwrap();
    assert!(a.thresholds.is_empty(), "{:?}", a.thresholds);
}

#[test]
fn a_rule_is_switched_off_only_when_its_flags_were_rejected_and_none_accepted() {
    let (l, r) = ("coercive.pressure", crate::rules::PRESSURE_RULE);
    let d = tempfile::tempdir().unwrap();
    let lex = Lexicon::load(&base(d.path())).unwrap();
    let anns = vec![
        rule_flag("m1", l, r),
        rule_flag("m2", l, r),
        rule_flag("m3", l, r),
    ];
    let rej = |id: &str| decision(id, l, "reject", None);
    let one = apply(&anns, &[(1, rej("m1"))], Path::new("d"), &lex, "").unwrap();
    assert!(one.rules_off.is_empty() && one.skipped[0].reason.contains("only after 2"));
    let ds = vec![(1, rej("m1")), (2, rej("m2"))];
    let two = apply(&anns, &ds, Path::new("d"), &lex, "").unwrap();
    assert_eq!(two.rules_off.len(), 1);
    assert_eq!(two.rules_off[0].rejected, ["m1", "m2"]);
    let mut ds = ds;
    ds.push((3, decision("m3", l, "accept", None)));
    let kept = apply(&anns, &ds, Path::new("d"), &lex, "").unwrap();
    assert!(kept.rules_off.is_empty());
    assert!(
        kept.skipped[0].reason.contains("stays on"),
        "{:?}",
        kept.skipped
    );

    // Stacked, the rule no longer gives the category; diff shows it.
    let ov = d.path().join("out/lexicons/tiny-local");
    write(&d.path().join("out"), &two, &ov, "tiny-local", "tiny", CATS).unwrap();
    let s = stacked(d.path(), &ov);
    let changes = crate::lexicon::diff::diff(&lex, &s);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].kind, "rule-off");
    // The manifest's layer names the switched-off rule.
    assert_eq!(s.layers[1].rules_off, [format!("{r}/{l}")]);
    assert!(s.layers[0].rules_off.is_empty());
    let req = crate::model::Span {
        category: "coercive.image_request".into(),
        source: crate::model::Source::Lexicon,
        ..rule_flag("x", l, r).spans[0].clone()
    };
    fn conv(spans: &[Vec<crate::model::Span>]) -> Vec<crate::rules::RuleInput<'_>> {
        let msgs = [("s1", "send a pic"), ("s2", "no"), ("s1", "send a pic")];
        msgs.iter()
            .zip(spans)
            .map(|((sp, t), s)| crate::rules::RuleInput {
                speaker: sp,
                normalised: t,
                text: t,
                spans: s,
            })
            .collect()
    }
    let spans = [vec![req.clone()], vec![], vec![req]];
    let fired = |lex: &Lexicon| {
        let rules = crate::rules::Rules::new(&lex.rules, None).unwrap();
        rules.apply(&conv(&spans))[2]
            .iter()
            .any(|s| s.rule_id == r && s.category == l)
    };
    assert!(fired(&lex), "the rule fires below the overlay");
    assert!(!fired(&s), "and not with it");
}

#[test]
fn a_threshold_stacks_shows_in_diff_and_lint_checks_it() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path();
    let base_lex = Lexicon::load(&base(dir)).unwrap();
    let l = "protective";
    let anns = vec![
        classifier_flag("m1", l, 0.91),
        classifier_flag("m2", l, 0.98),
    ];
    let ds = vec![
        (1, decision("m1", l, "reject", None)),
        (2, decision("m2", l, "accept", None)),
    ];
    let a = apply(&anns, &ds, Path::new("d"), &base_lex, "").unwrap();
    let ov = dir.join("out/lexicons/tiny-local");
    write(&dir.join("out"), &a, &ov, "tiny-local", "tiny", CATS).unwrap();
    let lex = stacked(dir, &ov);
    assert_eq!(lex.classifier_min.get(l), Some(&0.910001));
    let changes = crate::lexicon::diff::diff(&base_lex, &lex);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(
        (changes[0].kind.as_str(), changes[0].item.as_str()),
        ("threshold-raised", "protective (classifier)")
    );
    let f = crate::lexicon::lint::lint_overlay(&base_lex, &ov).unwrap();
    assert!(f.is_empty(), "{f:?}");
    // Hand-edited above the accepted flag it records, or above 1 with every entry excepted:
    let t = ov.join("thresholds.toml");
    let text = std::fs::read_to_string(&t).unwrap();
    std::fs::write(&t, text.replace("min_score = 0.910001", "min_score = 0.99")).unwrap();
    let f = crate::lexicon::lint::lint_overlay(&base_lex, &ov).unwrap();
    assert!(
        f.iter()
            .any(|f| f.kind == "threshold-too-high" && f.message.contains("m2")),
        "{f:?}"
    );
    std::fs::write(&t, text.replace("min_score = 0.910001", "min_score = 1.5")).unwrap();
    let x = ov.join("exceptions.toml");
    let mut xs = std::fs::read_to_string(&x).unwrap();
    xs.push_str("\n[[exception]]\nid = 'x-hand-1'\nsource = 'lexicon'\nrule_id = 'lex:report it'\ncategory = 'protective'\nunless = '\\w'\nreviewer = 'AB'\ndecided_at = '2026-01-01T00:00:00Z'\nmessage_id = 'm9'\n");
    std::fs::write(&x, xs).unwrap();
    let f = crate::lexicon::lint::lint_overlay(&base_lex, &ov).unwrap();
    let kinds: Vec<&str> = f.iter().map(|f| f.kind.as_str()).collect();
    assert!(kinds.contains(&"category-silenced"), "{f:?}");
    assert!(kinds.contains(&"threshold-too-high"), "{f:?}");
}

#[test]
fn reapplying_merges_into_the_overlay_and_the_same_decisions_change_nothing() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path();
    let (lex, ov, anns) = loop_once(dir);
    let before = files_of(&ov);
    // The same decisions again: nothing added, not a byte changed.
    let ds = vec![
        (1, decision("m1", "coercive.image_request", "reject", None)),
        (2, decision("m2", "coercive.image_request", "accept", None)),
    ];
    let again = apply(&anns, &ds, Path::new("d"), &lex, "").unwrap();
    let w = write(&dir.join("out"), &again, &ov, "tiny-local", "tiny", CATS).unwrap();
    assert!(!w.created && w.added.is_empty(), "{w:?}");
    assert_eq!(files_of(&ov), before);
    // A confirmed entry stays confirmed; a new round adds its new items only.
    accept(&ov, "p-m3-1", "CD", "2026-01-02T00:00:00Z").unwrap();
    let lex2 = stacked(dir, &ov);
    let more = vec![
        annotate(&lex2, "m1", "send a pic of u for the yearbook pls"),
        annotate(&lex2, "m2", "omg just do it already"),
    ];
    let ds = vec![
        (1, decision("m1", "coercive.image_request", "reject", None)),
        (2, decision("m2", "coercive.pressure", "reject", None)),
    ];
    let round2 = apply(&more, &ds, Path::new("d"), &lex2, "").unwrap();
    let w = write(&dir.join("out"), &round2, &ov, "tiny-local", "tiny", CATS).unwrap();
    assert!(!w.created);
    assert_eq!(w.added.exceptions, round2.exceptions.len());
    assert_eq!(w.version, "0.2.0");
    let o = Overlay::load(&ov, CATS).unwrap();
    assert_eq!(o.exceptions.len(), 2 + round2.exceptions.len());
    let mut ids: Vec<&str> = o.exceptions.iter().map(|(x, _)| x.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), o.exceptions.len(), "ids stay unique: {ids:?}");
    assert!(o.pending().is_empty(), "the accepted entry stays accepted");
    let lex3 = stacked(dir, &ov);
    assert!(labelled(&lex3, "omg just do it already").is_empty());
    assert!(labelled(&lex3, FP).is_empty());
    assert_eq!(
        labelled(&lex3, "ur so annoying just do it"),
        ["coercive.pressure"]
    );
    // An overlay of another base is refused.
    let e = write(&dir.join("out"), &round2, &ov, "x-local", "other", CATS).unwrap_err();
    assert!(e.to_string().contains("not of \"other\""), "{e}");
}
