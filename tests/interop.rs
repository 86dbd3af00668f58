mod common;
use common::*;
use predicates::prelude::*;
use std::collections::BTreeSet;

/// The spans that label their message (frame `direct`, or absent as in imported gold; a
/// `generic` victim-blaming span labels too): the ones exports carry.
fn spans_of(anns: &[serde_json::Value]) -> BTreeSet<(String, u64, u64, String, String)> {
    let labelling = |s: &serde_json::Value| match s["frame"].as_str() {
        None | Some("direct") => true,
        Some("generic") => s["category"]
            .as_str()
            .unwrap()
            .starts_with("victim_blaming"),
        Some(_) => false,
    };
    let mut out = BTreeSet::new();
    for a in anns {
        for s in a["spans"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| labelling(s))
        {
            out.insert((
                a["message_id"].as_str().unwrap().to_string(),
                s["start"].as_u64().unwrap(),
                s["end"].as_u64().unwrap(),
                s["category"].as_str().unwrap().to_string(),
                s["text"].as_str().unwrap().to_string(),
            ));
        }
    }
    out
}

fn annotated() -> (tempfile::TempDir, std::path::PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("ann");
    c2chat()
        .arg("annotate")
        .arg("--no-model")
        .arg(fixture("good.csv"))
        .arg(fixture("good.jsonl"))
        .arg("--lexicon")
        .arg(fixture("lexicon"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    (d, out.join("annotations.jsonl"))
}

#[test]
fn export_then_import_gives_identical_spans_for_every_format() {
    let (d, ann) = annotated();
    let anns = read_jsonl(&ann);
    let original = spans_of(&anns);
    assert!(original.len() >= 6);
    // Regression: spans that do not label (here an entry's `unless` exception) were exported
    // and came back as gold labels.
    let all: usize = anns
        .iter()
        .map(|a| a["spans"].as_array().unwrap().len())
        .sum();
    assert!(all > original.len(), "the fixture has a non-labelling span");
    for fmt in ["brat", "webanno", "labelstudio", "doccano"] {
        let dir = d.path().join(format!("x-{fmt}"));
        c2chat()
            .arg("export")
            .arg(&ann)
            .args(["--to", fmt])
            .arg("--out")
            .arg(&dir)
            .assert()
            .success();
        let gold = d.path().join(format!("{fmt}.jsonl"));
        c2chat()
            .arg("import")
            .arg(&dir)
            .args(["--from", fmt])
            .arg("--out")
            .arg(&gold)
            .assert()
            .success();
        let back = read_jsonl(&gold);
        assert_eq!(spans_of(&back), original, "{fmt}");
        assert!(back.iter().all(|a| a["spans"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["source"] == "gold")));
        // The imported file works as gold for evaluate.
        c2chat()
            .args(["evaluate", "--gold"])
            .arg(&gold)
            .arg(&ann)
            .assert()
            .success()
            .stdout(predicate::str::contains("macro-F1: 1.000"));
    }
    // brat layout.
    let brat = d.path().join("x-brat");
    assert!(brat.join("annotation.conf").exists());
    let ann_file = std::fs::read_to_string(brat.join("c1.ann")).unwrap();
    assert!(
        ann_file
            .lines()
            .any(|l| l.starts_with("T1\tcoercive-image_request ")),
        "{ann_file}"
    );
    // Export refuses a non-empty directory.
    c2chat()
        .arg("export")
        .arg(&ann)
        .args(["--to", "brat"])
        .arg("--out")
        .arg(&brat)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not empty"));
}

#[test]
fn agree_reports_kappa_and_alpha_between_sets() {
    let (d, ann) = annotated();
    // A second annotator who misses one label.
    let second = d.path().join("second.jsonl");
    let text = std::fs::read_to_string(&ann).unwrap();
    let mut lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for l in lines.iter_mut() {
        if l["message_id"] == "m9" {
            l["labels"] = serde_json::json!([]);
            l["spans"] = serde_json::json!([]);
        }
    }
    std::fs::write(
        &second,
        lines
            .iter()
            .map(|l| l.to_string() + "\n")
            .collect::<String>(),
    )
    .unwrap();
    let out = c2chat()
        .arg("agree")
        .arg(&ann)
        .arg(&second)
        .arg("--out")
        .arg(d.path().join("agree"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8(out).unwrap();
    assert!(s.contains("protective"), "{s}");
    assert!(d.path().join("agree/agreement.json").exists());
    let j = read_json(&d.path().join("agree/agreement.json"));
    assert!(j.to_string().contains("alpha"));
    c2chat()
        .arg("agree")
        .arg(&ann)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("at least two"));
}

/// Issue 20: `agree` reads the gold files `evaluate` reads (JSONL and CSV), gives an overall
/// kappa and alpha with 95% bootstrap intervals, and the same seed gives the same bytes.
#[test]
fn agree_reads_evaluate_gold_files_with_overall_and_intervals() {
    let d = tempfile::tempdir().unwrap();
    let (jsonl, csv) = (d.path().join("coder1.jsonl"), d.path().join("coder2.csv"));
    let mut j = String::new();
    let mut c = String::from("message_id,gold\n");
    for i in 0..60 {
        let a = ["coercive.pressure", "", "victim_blaming.blame", ""][i % 4];
        let b = if i % 10 == 0 { "" } else { a };
        let list = if a.is_empty() {
            String::new()
        } else {
            format!("\"{a}\"")
        };
        j.push_str(&format!("{{\"message_id\":\"m{i}\",\"gold\":[{list}]}}\n"));
        c.push_str(&format!("m{i},{b}\n"));
    }
    std::fs::write(&jsonl, j).unwrap();
    std::fs::write(&csv, c).unwrap();
    let run = |seed: &str| {
        let out = c2chat()
            .arg("agree")
            .arg(&jsonl)
            .arg(&csv)
            .args(["--bootstrap", "200", "--seed", seed])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let s = run("3");
    let overall: Vec<&str> = s.lines().filter(|l| l.starts_with("(overall)\t")).collect();
    assert_eq!(overall.len(), 2, "{s}");
    for l in &overall {
        let f: Vec<&str> = l.split('\t').collect();
        let (est, lo, hi): (f64, f64, f64) = (
            f[2].parse().unwrap(),
            f[3].parse().unwrap(),
            f[4].parse().unwrap(),
        );
        assert!(lo <= est && est <= hi && hi <= 1.0, "{l}");
        assert_eq!(&f[7..10], ["message", "60", "3"], "{l}");
    }
    assert!(overall[0].starts_with("(overall)\tcohen_kappa\t"), "{s}");
    assert_eq!(run("3"), s);
    assert_ne!(run("4"), s);
}

/// Issue 15 item 5: an export that did not finish (no completion marker) is refused by
/// import with advice; a brat `.txt` without its `.ann` is an error, even with --foreign.
#[test]
fn interrupted_export_is_refused_by_import() {
    let (d, ann) = annotated();
    let dir = d.path().join("x-brat");
    c2chat()
        .arg("export")
        .arg(&ann)
        .args(["--to", "brat"])
        .arg("--out")
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains("c2chat-export.json"));
    let marker = read_json(&dir.join("c2chat-export.json"));
    assert_eq!(marker["tool"], "brat");
    assert!(marker["documents"].as_u64().unwrap() >= 2);
    // Simulate the kill: everything but the marker was written.
    std::fs::remove_file(dir.join("c2chat-export.json")).unwrap();
    let gold = d.path().join("gold.jsonl");
    c2chat()
        .arg("import")
        .arg(&dir)
        .args(["--from", "brat", "--out"])
        .arg(&gold)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(dir.display().to_string()))
        .stderr(predicate::str::contains("c2chat-export.json"))
        .stderr(predicate::str::contains("--foreign"));
    assert!(!gold.exists());
    // A document without its annotations would read as a negative: an error either way.
    std::fs::remove_file(dir.join("c1.ann")).unwrap();
    c2chat()
        .arg("import")
        .arg(&dir)
        .args(["--from", "brat", "--foreign", "--out"])
        .arg(&gold)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("c1.ann is missing"));
}

/// Issue 15 item 8: an export error never prints message text (here a phone number).
#[test]
fn export_errors_never_print_message_text() {
    let d = tempfile::tempdir().unwrap();
    let ann = d.path().join("a.jsonl");
    let rec = serde_json::json!({
        "corpus": "t", "message_id": "m1", "conversation_id": "c1", "speaker": "spk_a",
        "timestamp": null, "meta": {}, "text": "ring 07700 900123 tonight",
        "labels": ["protective"], "severity": 1, "tokens": 4,
        "spans": [{"start": 0, "end": 4, "text": "07700 900123", "category": "protective",
                   "severity": 1, "source": "lexicon", "rule_id": "lex:x"}]
    });
    std::fs::write(&ann, format!("{rec}\n")).unwrap();
    for fmt in ["brat", "doccano"] {
        let out = c2chat()
            .arg("export")
            .arg(&ann)
            .args(["--to", fmt, "--out"])
            .arg(d.path().join(fmt))
            .assert()
            .failure()
            .get_output()
            .stderr
            .clone();
        let err = String::from_utf8_lossy(&out);
        assert!(err.contains("m1") && err.contains("0..4"), "{err}");
        assert!(
            !err.contains("900123") && !err.contains("ring"),
            "leak: {err}"
        );
    }
    // A value of the wrong type: serde would quote it.
    let bad = serde_json::json!({"message_id": "m1", "text": 7, "tokens": "07700 900123"});
    std::fs::write(&ann, format!("{bad}\n")).unwrap();
    let out = c2chat()
        .arg("export")
        .arg(&ann)
        .args(["--to", "brat", "--out"])
        .arg(d.path().join("x"))
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&out);
    assert!(err.contains("a.jsonl:1"), "{err}");
    assert!(!err.contains("900123"), "leak: {err}");
}
