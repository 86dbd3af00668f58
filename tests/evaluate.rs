//! `c2chat evaluate --gold`: per-case accuracy by functionality on the functional test suite
//! (corpora/check), bootstrap intervals over conversations and evidence sources, on the
//! terminal and in report.json.
mod common;
use common::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The functionality ids of corpora/check (its `context` rows are not one).
fn functionalities() -> BTreeSet<String> {
    let mut r = csv::Reader::from_path(root("corpora/check/messages.csv")).unwrap();
    let col = r
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "functionality")
        .unwrap();
    r.records()
        .map(|x| x.unwrap()[col].to_string())
        .filter(|f| f != "context")
        .collect()
}

/// Annotate corpora/check into `dir` and return its annotations.jsonl. The suite is synthetic
/// (no personal data), so the PII gate's false alarms are allowed through.
fn annotate_check(dir: &Path) -> PathBuf {
    let out = dir.join("check");
    c2chat()
        .arg("annotate")
        .arg(root("corpora/check"))
        .arg("--out")
        .arg(&out)
        .args(["-q"])
        .assert()
        .success();
    out.join("annotations.jsonl")
}

fn evaluate(anns: &Path, extra: &[&str]) -> std::process::Output {
    c2chat()
        .args(["evaluate", "--gold"])
        .arg(root("corpora/check/gold.jsonl"))
        .arg(anns)
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn evaluate_by_functionality_on_the_check_suite() {
    let d = tempfile::tempdir().unwrap();
    let anns = annotate_check(d.path());
    let ev = d.path().join("ev");
    let ev_arg = ev.to_str().unwrap();
    let out = evaluate(&anns, &["--by", "functionality", "--out", ev_arg]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The existing report comes first, unchanged; the table after it.
    let table_at = text
        .find("per-case accuracy by functionality")
        .expect(&text);
    assert!(text.find("per top-level category:").unwrap() < table_at);
    let table = &text[table_at..];
    let ids = functionalities();
    assert_eq!(ids.len(), 17, "{ids:?}");
    for id in &ids {
        assert!(
            table.contains(&format!("\n{id} ")),
            "{id} missing:\n{table}"
        );
    }
    assert!(!table.contains("\ncontext "), "{table}");
    assert!(table.contains("skipped 53 context messages"), "{table}");
    assert!(text.contains("bootstrap intervals (1000 resamples of 395 conversations, seed 1"));
    assert!(text.contains("macro-F1 (top-level categories)"), "{text}");
    assert!(text.contains("evidence sources:"), "{text}");

    // report.json keeps its fields and adds the new ones.
    let r = read_json(&ev.join("report.json"));
    for old in [
        "messages",
        "macro_f1",
        "macro_f1_top_level",
        "false_positive_rate",
        "errors",
    ] {
        assert!(r.get(old).is_some(), "{old}");
    }
    assert_eq!(r["messages"], 448);
    let g = &r["by_group"];
    assert_eq!(g["field"], "functionality");
    assert_eq!(g["context_skipped"], 53);
    let groups = g["groups"].as_array().unwrap();
    let names: BTreeSet<String> = groups
        .iter()
        .map(|x| x["group"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ids);
    let cases: u64 = groups.iter().map(|x| x["cases"].as_u64().unwrap()).sum();
    assert_eq!(cases + 53, 448);
    assert_eq!(g["all"]["cases"], 448);
    for x in groups {
        let (lo, acc, hi) = (
            x["ci_low"].as_f64().unwrap(),
            x["accuracy"].as_f64().unwrap(),
            x["ci_high"].as_f64().unwrap(),
        );
        assert!(lo <= acc && acc <= hi, "{x}");
    }
    let b = &r["bootstrap"];
    assert_eq!(b["conversations"], 395);
    assert_eq!(b["macro_f1"]["estimate"], r["macro_f1"]);
    assert_eq!(
        b["false_positive_rate"]["estimate"],
        r["false_positive_rate"]
    );
    let predicted = &r["evidence_sources"]["predicted"];
    let sources: Vec<&str> = predicted["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources, ["lexicon", "pattern", "rule", "classifier"]);
    let fps = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "false_positive")
        .count();
    assert_eq!(
        r["evidence_sources"]["false_positives"]["labels"],
        fps as u64
    );

    // The same seed gives the same output; another seed other intervals; 0 turns it off.
    let again = evaluate(&anns, &["--by", "functionality"]);
    assert_eq!(String::from_utf8(again.stdout).unwrap(), text);
    let other = evaluate(&anns, &["--seed", "2"]).stdout;
    let other = String::from_utf8(other).unwrap();
    assert!(other.contains("seed 2;") && !other.contains("per-case accuracy"));
    let intervals = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| l.starts_with("  ") && l.ends_with(']'))
            .map(String::from)
            .collect()
    };
    assert_eq!(intervals(&text).len(), 3, "{text}");
    assert_ne!(intervals(&other), intervals(&text));
    let off = String::from_utf8(evaluate(&anns, &["--bootstrap", "0"]).stdout).unwrap();
    assert!(!off.contains("bootstrap intervals"), "{off}");
    let report = text.split("\n95% bootstrap").next().unwrap();
    assert!(off.starts_with(report) && report.contains("errors: "));
}

#[test]
fn evaluate_by_a_misspelt_field_suggests_the_closest() {
    let d = tempfile::tempdir().unwrap();
    let anns = annotate_check(d.path());
    let out = evaluate(&anns, &["--by", "functionalty"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(out.stdout.is_empty());
    assert!(
        err.contains("unknown meta field \"functionalty\"")
            && err.contains("did you mean \"functionality\"?"),
        "{err}"
    );
}

#[test]
fn evaluate_help_documents_the_new_flags() {
    let out = c2chat().args(["evaluate", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for flag in ["--by <FIELD>", "--bootstrap <N>", "--seed <S>"] {
        assert!(help.contains(flag), "{flag}: {help}");
    }
    assert!(
        help.contains("[default: 1000]") && help.contains("[default: 1]"),
        "{help}"
    );
    // The flags belong to --gold mode.
    let out = c2chat()
        .args([
            "evaluate", "--model", "builtin", "--data", "x.jsonl", "--by", "f",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
