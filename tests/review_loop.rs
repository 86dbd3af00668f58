//! The review loop end to end on a tiny invented corpus: annotate, review decisions, `review
//! apply`, `lexicon accept`, annotate again with the overlay stacked on its base.
mod common;
use common::*;
use std::path::Path;

const HEAD: &str = "conversation_id,message_id,timestamp,speaker,text\n";

fn tiny_lexicon(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(
        dir.join("lexicon.toml"),
        "name = \"tiny\"\nversion = \"1.0.0\"\n[[categories]]\nid = \"coercive.image_request\"\ndefinition = \"d\"\n[[categories]]\nid = \"coercive.pressure\"\ndefinition = \"d\"\n[[categories]]\nid = \"protective\"\ndefinition = \"d\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("e.tsv"),
        "term\tcategory\tseverity\tmatch\tnote\tunless\nsend a pic\tcoercive.image_request\t2\tphrase\t\t\n",
    )
    .unwrap();
}

fn annotate(input: &Path, out: &Path, lexicons: &[&Path]) {
    let mut c = c2chat();
    c.arg("annotate")
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(["--no-model", "--quiet"]);
    for l in lexicons {
        c.arg("--lexicon").arg(l);
    }
    c.assert().success();
}

fn labels(out: &Path) -> std::collections::BTreeMap<String, Vec<String>> {
    read_jsonl(&out.join("annotations.jsonl"))
        .iter()
        .map(|a| {
            let l = a["labels"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_string());
            (a["message_id"].as_str().unwrap().to_string(), l.collect())
        })
        .collect()
}

#[test]
fn a_rejected_false_positive_stays_unflagged_and_a_true_positive_still_flags() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    let lex = p.join("lex/tiny");
    tiny_lexicon(&lex);
    let fp = "can u send a pic for the team newsletter";
    std::fs::write(
        p.join("run1.csv"),
        format!("{HEAD}c1,m1,2026-01-05T16:00:00Z,s1,{fp}\nc1,m2,2026-01-05T16:01:00Z,s2,go on send a pic now\nc2,m3,2026-01-05T17:00:00Z,s3,pls let me see a selfie\n"),
    )
    .unwrap();
    annotate(&p.join("run1.csv"), &p.join("a1"), &[&lex]);
    assert_eq!(labels(&p.join("a1"))["m1"], ["coercive.image_request"]);
    let sha = c2chat::io::sha256_file(&p.join("a1/annotations.jsonl")).unwrap();
    let start = "pls let me ".len();
    let decisions = format!(
        "{{\"message_id\":\"m1\",\"conversation_id\":\"c1\",\"label\":\"coercive.image_request\",\"action\":\"reject\",\"span\":null,\"reviewer\":\"AB\",\"decided_at\":\"2026-01-06T09:00:00Z\",\"note\":\"newsletter photo\",\"corpus\":\"\",\"annotations_sha256\":\"{sha}\"}}\n\
         {{\"message_id\":\"m2\",\"conversation_id\":\"c1\",\"label\":\"coercive.image_request\",\"action\":\"accept\",\"span\":null,\"reviewer\":\"AB\",\"decided_at\":\"2026-01-06T09:01:00Z\",\"note\":\"\",\"corpus\":\"\",\"annotations_sha256\":\"{sha}\"}}\n\
         {{\"message_id\":\"m3\",\"conversation_id\":\"c2\",\"label\":\"coercive.image_request\",\"action\":\"add\",\"span\":{{\"start\":{start},\"end\":{}}},\"reviewer\":\"AB\",\"decided_at\":\"2026-01-06T09:02:00Z\",\"note\":\"asks for a photo\",\"corpus\":\"\",\"annotations_sha256\":\"{sha}\"}}\n",
        start + "see a selfie".len()
    );
    std::fs::write(p.join("decisions.jsonl"), decisions).unwrap();
    c2chat()
        .args(["review", "apply"])
        .arg(p.join("decisions.jsonl"))
        .arg("--annotations")
        .arg(p.join("a1/annotations.jsonl"))
        .arg("--lexicon")
        .arg(&lex)
        .arg("--out")
        .arg(p.join("r"))
        .assert()
        .success();
    let ov = p.join("r/lexicons/tiny-local");
    let gold = read_jsonl(&p.join("r/gold.jsonl"));
    assert_eq!(gold[0]["gold"], serde_json::json!([]));
    assert_eq!(
        gold[2]["gold"],
        serde_json::json!(["coercive.image_request"])
    );
    let overlay_text: String = ["exceptions.toml", "entries/proposed.tsv", "lexicon.toml"]
        .iter()
        .map(|f| std::fs::read_to_string(ov.join(f)).unwrap())
        .collect();
    assert!(!overlay_text.contains(fp));
    c2chat()
        .args(["lexicon", "accept"])
        .arg(&ov)
        .args(["p-m3-1", "--by", "CD", "--quiet"])
        .assert()
        .success();

    std::fs::write(
        p.join("run2.csv"),
        format!("{HEAD}c9,n1,2026-02-01T16:00:00Z,s7,{fp}\nc9,n2,2026-02-01T16:01:00Z,s8,send a pic of u tonight\nc8,n3,2026-02-01T17:00:00Z,s6,can i see a selfie later\n"),
    )
    .unwrap();
    annotate(&p.join("run2.csv"), &p.join("a2"), &[&lex, &ov]);
    let l = labels(&p.join("a2"));
    assert!(l["n1"].is_empty(), "{l:?}");
    assert_eq!(l["n2"], ["coercive.image_request"]);
    assert_eq!(l["n3"], ["coercive.image_request"]);
    // Without the overlay the same messages flag as before.
    annotate(&p.join("run2.csv"), &p.join("b2"), &[&lex]);
    assert_eq!(labels(&p.join("b2"))["n1"], ["coercive.image_request"]);

    let m = read_json(&p.join("a2/manifest.json"));
    let layers = m["lexicon"]["layers"].as_array().unwrap();
    let names: Vec<&str> = layers.iter().map(|l| l["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["tiny", "tiny-local"]);
    assert_eq!(layers[1]["version"], "0.1.1");
    let base = read_json(&p.join("b2/manifest.json"));
    assert_eq!(layers[0]["hash"], base["lexicon"]["hash"]);
    assert_eq!(layers[1]["hash"].as_str().unwrap().len(), 64);
    assert_ne!(m["lexicon"]["hash"], base["lexicon"]["hash"]);

    let out = c2chat()
        .args(["lexicon", "diff"])
        .arg(&lex)
        .arg(&ov)
        .assert()
        .success();
    let s = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        s.lines()
            .any(|l| l.starts_with("exception-added\tlex:send a pic (coercive.image_request")),
        "{s}"
    );
    assert!(
        s.lines()
            .any(|l| l.starts_with("entry-added\tlex:see a selfie (coercive.image_request")),
        "{s}"
    );
}

#[test]
fn a_misspelt_label_in_decisions_names_file_line_and_suggestion() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    std::fs::write(
        p.join("in.csv"),
        format!("{HEAD}c1,m1,2026-01-05T16:00:00Z,s1,send me a pic\n"),
    )
    .unwrap();
    annotate(&p.join("in.csv"), &p.join("a"), &[]);
    std::fs::write(
        p.join("decisions.jsonl"),
        "{\"message_id\":\"m1\",\"conversation_id\":\"c1\",\"label\":\"coercive.imagerequest\",\"action\":\"reject\",\"span\":null,\"reviewer\":\"AB\",\"decided_at\":\"2026-01-06T09:00:00Z\",\"note\":\"\"}\n",
    )
    .unwrap();
    let out = c2chat()
        .args(["review", "apply"])
        .arg(p.join("decisions.jsonl"))
        .arg("--annotations")
        .arg(p.join("a/annotations.jsonl"))
        .arg("--out")
        .arg(p.join("r"))
        .assert()
        .failure();
    let e = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(e.contains("decisions.jsonl:1"), "{e}");
    assert!(e.contains("did you mean \"coercive.image_request\""), "{e}");
}

fn decision_line(id: &str, conv: &str, label: &str, action: &str) -> String {
    format!(
        "{{\"message_id\":\"{id}\",\"conversation_id\":\"{conv}\",\"label\":\"{label}\",\"action\":\"{action}\",\"span\":null,\"reviewer\":\"AB\",\"decided_at\":\"2026-01-06T09:00:00Z\",\"note\":\"test\"}}\n"
    )
}

fn review_apply(decisions: &Path, annotations: &Path, lexicons: &[&Path], out: &Path) -> String {
    let mut c = c2chat();
    c.args(["review", "apply"])
        .arg(decisions)
        .arg("--annotations")
        .arg(annotations)
        .arg("--out")
        .arg(out);
    for l in lexicons {
        c.arg("--lexicon").arg(l);
    }
    let o = c.assert().success();
    String::from_utf8(o.get_output().stdout.clone()).unwrap()
}

fn dir_bytes(d: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(d).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(dir_bytes(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn a_second_review_round_merges_into_the_overlay() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    let lex = p.join("lex/tiny");
    tiny_lexicon(&lex);
    std::fs::write(
        p.join("run1.csv"),
        format!("{HEAD}c1,m1,2026-01-05T16:00:00Z,s1,can u send a pic for the team newsletter\nc1,m2,2026-01-05T16:01:00Z,s2,go on send a pic now\n"),
    )
    .unwrap();
    annotate(&p.join("run1.csv"), &p.join("a1"), &[&lex]);
    let dec1 = p.join("d1.jsonl");
    std::fs::write(
        &dec1,
        decision_line("m1", "c1", "coercive.image_request", "reject")
            + &decision_line("m2", "c1", "coercive.image_request", "accept"),
    )
    .unwrap();
    let a1 = p.join("a1/annotations.jsonl");
    let s = review_apply(&dec1, &a1, &[&lex], &p.join("r"));
    assert!(s.contains("(new, version 0.1.0)"), "{s}");
    let ov = p.join("r/lexicons/tiny-local");
    let before = dir_bytes(&ov);
    // The same decisions again: accepted, and nothing changes.
    let s = review_apply(&dec1, &a1, &[&lex], &p.join("r"));
    assert!(
        s.contains("merged into, version 0.1.0): added 0 exceptions"),
        "{s}"
    );
    assert_eq!(dir_bytes(&ov), before);

    // Round 2, annotated with the overlay: a new false positive is rejected into the same overlay.
    std::fs::write(
        p.join("run2.csv"),
        format!("{HEAD}c2,n1,2026-02-01T16:00:00Z,s3,pls send a pic for the art poster\nc2,n2,2026-02-01T16:01:00Z,s4,send a pic of u tonight\n"),
    )
    .unwrap();
    annotate(&p.join("run2.csv"), &p.join("a2"), &[&lex, &ov]);
    assert_eq!(labels(&p.join("a2"))["n1"], ["coercive.image_request"]);
    let dec2 = p.join("d2.jsonl");
    std::fs::write(
        &dec2,
        decision_line("n1", "c2", "coercive.image_request", "reject"),
    )
    .unwrap();
    let s = review_apply(
        &dec2,
        &p.join("a2/annotations.jsonl"),
        &[&lex, &ov],
        &p.join("r"),
    );
    assert!(
        s.contains("merged into, version 0.2.0): added 1 exceptions"),
        "{s}"
    );
    annotate(&p.join("run2.csv"), &p.join("b2"), &[&lex, &ov]);
    let l = labels(&p.join("b2"));
    assert!(l["n1"].is_empty(), "{l:?}");
    assert_eq!(l["n2"], ["coercive.image_request"]);
    annotate(&p.join("run1.csv"), &p.join("b1"), &[&lex, &ov]);
    assert!(
        labels(&p.join("b1"))["m1"].is_empty(),
        "round 1's exception stays"
    );
}

/// Whether `label` rests on the classifier in annotation `a`, and its score.
fn classifier_evidence(a: &serde_json::Value, label: &str) -> (bool, f64) {
    let ev = a["evidence"][label]
        .as_array()
        .is_some_and(|v| v.iter().any(|s| s == "classifier"));
    (ev, a["scores"][label].as_f64().unwrap_or(0.0))
}

#[test]
fn a_rejected_classifier_flag_raises_that_labels_local_threshold_and_accepted_ones_stay() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    c2chat()
        .args([
            "synth",
            "--messages",
            "3000",
            "--seed",
            "3",
            "--flagged-share",
            "0.3",
            "--out",
        ])
        .arg(p.join("s.csv"))
        .assert()
        .success();
    let mut c = c2chat();
    c.arg("annotate")
        .arg(p.join("s.csv"))
        .arg("--out")
        .arg(p.join("a"))
        .arg("-q");
    c.assert().success();
    let anns = read_jsonl(&p.join("a/annotations.jsonl"));
    // The label with the most classifier-only flags of distinct scores.
    let mut by_label: std::collections::BTreeMap<String, Vec<(f64, usize)>> = Default::default();
    for (i, a) in anns.iter().enumerate() {
        for (l, ev) in a["evidence"].as_object().into_iter().flatten() {
            if ev
                .as_array()
                .is_some_and(|v| v.len() == 1 && v[0] == "classifier")
            {
                by_label
                    .entry(l.clone())
                    .or_default()
                    .push((classifier_evidence(a, l).1, i));
            }
        }
    }
    let (label, mut flags) = by_label
        .into_iter()
        .max_by_key(|(_, v)| v.len())
        .expect("the default model flags something alone in the synthetic corpus");
    flags.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (lo, hi) = (flags[0], flags[flags.len() - 1]);
    assert!(hi.0 > lo.0 + 1e-5, "{label}: {flags:?}");
    let id = |k: usize| anns[k]["message_id"].as_str().unwrap().to_string();
    let conv = |k: usize| anns[k]["conversation_id"].as_str().unwrap().to_string();
    std::fs::write(
        p.join("d.jsonl"),
        decision_line(&id(lo.1), &conv(lo.1), &label, "reject")
            + &decision_line(&id(hi.1), &conv(hi.1), &label, "accept"),
    )
    .unwrap();
    review_apply(
        &p.join("d.jsonl"),
        &p.join("a/annotations.jsonl"),
        &[],
        &p.join("r"),
    );
    let ov = p.join("r/lexicons/core-local");
    let t = std::fs::read_to_string(ov.join("thresholds.toml")).unwrap();
    assert!(t.contains(&format!("category = '{label}'")), "{t}");
    let core = Path::new("core");
    let mut c = c2chat();
    c.arg("annotate")
        .arg(p.join("s.csv"))
        .arg("--out")
        .arg(p.join("b"))
        .arg("-q");
    c.arg("--lexicon").arg(core).arg("--lexicon").arg(&ov);
    c.assert().success();
    let after = read_jsonl(&p.join("b/annotations.jsonl"));
    let mut dropped = 0;
    for (a, b) in anns.iter().zip(&after) {
        let (was, score) = classifier_evidence(a, &label);
        let (now, _) = classifier_evidence(b, &label);
        // Classifier evidence of the label goes where its score is not above the rejected one
        // (scores are rounded to 6 decimals: one step above is left out).
        if score <= lo.0 {
            assert!(!now, "{}", a["message_id"]);
        } else if score >= lo.0 + 2e-6 {
            assert_eq!(now, was, "{}", a["message_id"]);
        }
        dropped += usize::from(was && !now);
        // Other labels are untouched.
        for (l, ev) in a["evidence"].as_object().into_iter().flatten() {
            if *l != label {
                assert_eq!(&b["evidence"][l], ev, "{} {l}", a["message_id"]);
            }
        }
    }
    assert!(dropped >= 1);
    assert!(
        classifier_evidence(&after[hi.1], &label).0,
        "the accepted flag stays"
    );
    // The run's manifest names the threshold itself, not only the overlay's hash.
    let m = read_json(&p.join("b/manifest.json"));
    let layer = &m["lexicon"]["layers"][1];
    assert_eq!(layer["name"], "core-local");
    let min = layer["thresholds"][&label]
        .as_f64()
        .expect("threshold listed");
    assert!(min > lo.0 && min <= hi.0, "{min} {lo:?} {hi:?}");
    assert!(m["lexicon"]["layers"][0].get("thresholds").is_none());
    let out = c2chat()
        .args(["lexicon", "diff", "core"])
        .arg(&ov)
        .assert()
        .success();
    let s = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        s.contains(&format!("threshold-raised\t{label} (classifier)")),
        "{s}"
    );
}
