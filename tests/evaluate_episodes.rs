//! `evaluate --episodes`: boundary P/R/F1, type accuracy and role F1 computed by hand on a
//! tiny fixture; errors on bad gold; roles in a three-speaker conversation after annotate.
//! Messages are invented for these tests.

mod common;
use c2chat::episode::{Episode, Participant};
use c2chat::episode_eval::{evaluate_episodes, load_gold_episodes, GoldEpisode};
use c2chat::model::Annotation;
use common::*;
use std::collections::BTreeMap;

/// Conversation `c` with messages `<c>1` .. `<c>n`.
fn conv(c: &str, n: usize) -> Vec<Annotation> {
    (1..=n)
        .map(|i| {
            Annotation::builder(format!("{c}{i}"), "words")
                .conversation(c)
                .speaker("s")
                .build()
        })
        .collect()
}

fn roles(r: &[(&str, &str)]) -> BTreeMap<String, String> {
    r.iter()
        .map(|(s, r)| (s.to_string(), r.to_string()))
        .collect()
}

fn gold(c: &str, id: &str, first: &str, last: &str, ty: &str, r: &[(&str, &str)]) -> GoldEpisode {
    GoldEpisode {
        conversation_id: c.into(),
        episode_id: id.into(),
        first_message_id: first.into(),
        last_message_id: last.into(),
        episode_type: ty.into(),
        roles: roles(r),
    }
}

fn pred(c: &str, id: &str, first: &str, last: &str, ty: &str, r: &[(&str, &str)]) -> Episode {
    Episode {
        episode_id: id.into(),
        conversation_id: c.into(),
        first_message_id: first.into(),
        last_message_id: last.into(),
        start: None,
        end: None,
        acts: vec![],
        episode_type: ty.into(),
        severity: 0,
        participants: r
            .iter()
            .map(|(s, r)| Participant {
                speaker: s.to_string(),
                role: r.to_string(),
            })
            .collect(),
        first_protective_response: None,
        messages: 0,
    }
}

#[test]
fn hand_computed_boundaries_types_and_roles() {
    let mut anns = conv("a", 10);
    anns.extend(conv("b", 10));
    let coercion = "image_based_coercion";
    let g = vec![
        // Matched by p1: spans 2-6 and 2-5 overlap 4 >= 5/2.
        gold(
            "a",
            "g1",
            "a2",
            "a6",
            coercion,
            &[
                ("x", "harasser"),
                ("y", "target"),
                ("z", "bystander_defender"),
            ],
        ),
        // p2 opens at b1 too but spans 1-2 against 1-10: overlap 2 < 10/2, no match.
        gold(
            "b",
            "g2",
            "b1",
            "b10",
            "exposure",
            &[("x", "harasser"), ("w", "bystander_other")],
        ),
        // Nothing predicted.
        gold(
            "a",
            "g3",
            "a8",
            "a9",
            "sexualised_bullying",
            &[("q", "harasser")],
        ),
    ];
    let p = vec![
        pred(
            "a",
            "p1",
            "a2",
            "a5",
            "exposure",
            &[
                ("x", "harasser"),
                ("y", "bystander_defender"),
                ("z", "bystander_defender"),
            ],
        ),
        pred("b", "p2", "b1", "b2", "exposure", &[("x", "harasser")]),
    ];
    let r = evaluate_episodes(&g, &p, &anns).unwrap();
    // Boundaries: 1 match of 2 predicted and 3 gold: P 1/2, R 1/3, F1 0.4.
    assert_eq!((r.gold, r.predicted, r.matched), (3, 2, 1));
    assert!((r.boundaries.precision - 0.5).abs() < 1e-12);
    assert!((r.boundaries.recall - 1.0 / 3.0).abs() < 1e-12);
    assert!((r.boundaries.f1 - 0.4).abs() < 1e-12);
    // Type: the one match disagrees.
    assert_eq!((r.type_correct, r.type_accuracy), (0, 0.0));
    assert_eq!(r.unmatched_gold, ["g2", "g3"]);
    assert_eq!(r.unmatched_predicted, ["p2"]);
    // Roles. Matched: x harasser tp, y target->defender (fn target, fp defender), z defender tp.
    // Unmatched gold: x harasser fn, w other fn, q harasser fn. Unmatched predicted: x harasser fp.
    // harasser tp1 fp1 fn2: P 1/2 R 1/3 F1 0.4; target tp0 fn1: F1 0; defender tp1 fp1:
    // P 1/2 R 1 F1 2/3; other fn1: F1 0; assistant absent. Macro over 4 roles: (0.4+0+2/3+0)/4.
    let f1 = |role: &str| {
        let p = r
            .roles
            .per_role
            .iter()
            .find(|p| p.category == role)
            .unwrap();
        (p.tp, p.fp, p.r#fn, p.f1)
    };
    let (tp, fp, fn_, h) = f1("harasser");
    assert_eq!((tp, fp, fn_), (1, 1, 2));
    assert!((h - 0.4).abs() < 1e-12);
    assert_eq!(f1("target"), (0, 0, 1, 0.0));
    let (tp, fp, fn_, d) = f1("bystander_defender");
    assert_eq!((tp, fp, fn_), (1, 1, 0));
    assert!((d - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(f1("bystander_other"), (0, 0, 1, 0.0));
    assert_eq!(f1("bystander_assistant"), (0, 0, 0, 0.0));
    let want = (0.4 + 0.0 + 2.0 / 3.0 + 0.0) / 4.0;
    assert!(
        (r.roles.macro_f1 - want).abs() < 1e-12,
        "{}",
        r.roles.macro_f1
    );
    assert_eq!(r.roles.confusion["target"]["bystander_defender"], 1);
}

#[test]
fn bad_gold_lines_are_errors_naming_file_and_line() {
    let d = tempfile::tempdir().unwrap();
    let ok = r#"{"conversation_id":"a","episode_id":"a:e1","first_message_id":"a1","last_message_id":"a2","episode_type":"exposure","roles":{"x":"harasser"}}"#;
    let cases = [
        ("not json", "not a gold episode record"),
        (
            &ok.replace("\"harasser\"", "\"harraser\""),
            "did you mean \"harasser\"?",
        ),
        (
            &ok.replace("\"exposure\"", "\"exposures\""),
            "did you mean \"exposure\"?",
        ),
        (
            &ok.replace("\"roles\"", "\"role\""),
            "not a gold episode record",
        ),
        (ok, "duplicate episode_id a:e1"),
    ];
    for (i, (line, want)) in cases.iter().enumerate() {
        let p = d.path().join(format!("g{i}.jsonl"));
        std::fs::write(&p, format!("{ok}\n\n{line}\n")).unwrap();
        let e = load_gold_episodes(&p).unwrap_err().to_string();
        assert!(e.contains(&format!("g{i}.jsonl:3")), "{e}");
        assert!(e.contains(want), "{e}");
    }
}

#[test]
fn three_speakers_harasser_target_defender_through_the_cli() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("c.csv");
    std::fs::write(
        &csv,
        "conversation_id,message_id,timestamp,speaker,text\n\
         cx,x1,2025-03-01T10:00:00Z,p1,send me a pic of u\n\
         cx,x2,2025-03-01T10:01:00Z,p2,no\n\
         cx,x3,2025-03-01T10:02:00Z,p1,come on just one\n\
         cx,x4,2025-03-01T10:03:00Z,p3,mate leave her alone thats not ok\n\
         cx,x5,2025-03-01T10:04:00Z,p2,im blocking u and telling my mum\n",
    )
    .unwrap();
    let out = d.path().join("out");
    c2chat()
        .arg("annotate")
        .arg(&csv)
        .args(["--no-model", "-q", "--out"])
        .arg(&out)
        .assert()
        .success();
    let gold = d.path().join("gold.jsonl");
    std::fs::write(
        &gold,
        r#"{"conversation_id":"cx","episode_id":"cx:e1","first_message_id":"x1","last_message_id":"x5","episode_type":"image_based_coercion","roles":{"p1":"harasser","p2":"target","p3":"bystander_defender"}}"#,
    )
    .unwrap();
    let rep = d.path().join("rep");
    let o = c2chat()
        .args(["evaluate", "--json", "--episodes"])
        .arg(&gold)
        .arg(out.join("annotations.jsonl"))
        .arg("--out")
        .arg(&rep)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&o.get_output().stdout).unwrap();
    assert_eq!(v["matched"], 1);
    assert_eq!(v["type_accuracy"], 1.0);
    assert_eq!(v["roles"]["macro_f1"], 1.0, "{v}");
    for role in ["harasser", "target", "bystander_defender"] {
        assert_eq!(v["roles"]["confusion"][role][role], 1, "{role}: {v}");
    }
    let f = rep.join("episode_report.json");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&std::fs::read(&f).unwrap()).unwrap(),
        v
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&f).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // A typo in the gold file is an error naming the file and line.
    std::fs::write(&gold, "{}\n").unwrap();
    c2chat()
        .args(["evaluate", "--episodes"])
        .arg(&gold)
        .arg(out.join("annotations.jsonl"))
        .assert()
        .failure()
        .stderr(predicates::str::contains("gold.jsonl:1"));
}
