mod common;
use common::*;
use predicates::prelude::*;

#[test]
fn default_model_is_reproducible_from_the_documented_command() {
    let d = tempfile::tempdir().unwrap();
    let m = d.path().join("default.model");
    // The command documented in README.md and `c2chat train --help`.
    c2chat()
        .args(["train", "corpora/train/conversations", "--out"])
        .arg(&m)
        .arg("-q")
        .assert()
        .success();
    assert_eq!(
        std::fs::read(&m).unwrap(),
        std::fs::read(root("models/default.model")).unwrap(),
        "retrain models/default.model and commit it"
    );
    let j = read_model_header(&m);
    assert_eq!(j["format"], "c2chat-model");
    assert_eq!(j["format_version"], 2);
    // Several files: the SHA-256 of their bytes one after the other, in name order (every
    // `*.jsonl` of the directory, one per writer), and their conversations counted.
    let dir = root("corpora/train/conversations");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no training files in {dir:?}");
    let mut all = Vec::new();
    let mut conversations = std::collections::BTreeSet::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        for line in String::from_utf8_lossy(&bytes).lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            conversations.insert(v["conversation_id"].as_str().unwrap().to_string());
        }
        all.extend(bytes);
    }
    use sha2::{Digest, Sha256};
    assert_eq!(
        j["training"]["data_sha256"].as_str().unwrap(),
        hex::encode(Sha256::digest(&all))
    );
    // Context features over whole conversations, cross-validated by conversation.
    assert_eq!(j["config"]["context_window"], 4);
    assert_eq!(j["training"]["cv_grouping"], "conversation");
    assert_eq!(j["training"]["n_conversations"], conversations.len());
}

#[test]
fn annotate_uses_the_model_and_records_its_evidence() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(root("corpora/demo"))
        .args(["--min-score", "0", "--out"])
        .arg(&out)
        .arg("-q")
        .assert()
        .success();
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert!(anns
        .iter()
        .all(|a| a["scores"].as_object().is_some_and(|s| s.len() == 14)));
    assert!(anns.iter().any(|a| a["evidence"]
        .as_object()
        .is_some_and(|e| e.values().any(|v| v
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "classifier")))));
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["model"]["path"], "builtin:default.model");
    // --no-model: no scores, no classifier evidence.
    let out2 = d.path().join("o2");
    c2chat()
        .arg("annotate")
        .arg(root("corpora/demo"))
        .arg("--no-model")
        .arg("--out")
        .arg(&out2)
        .arg("-q")
        .assert()
        .success();
    assert!(read_jsonl(&out2.join("annotations.jsonl"))
        .iter()
        .all(|a| a.get("scores").is_none()));
}

#[test]
fn bad_model_files_are_clear_errors() {
    let d = tempfile::tempdir().unwrap();
    let junk = d.path().join("junk.model");
    std::fs::write(&junk, [0u8, 159, 146, 150, 7, 7]).unwrap();
    c2chat()
        .arg("annotate")
        .arg(fixture("good.csv"))
        .arg("--model")
        .arg(&junk)
        .arg("--out")
        .arg(d.path().join("o"))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("not a c2chat model file")
                .and(predicate::str::contains("junk.model")),
        );
    let trunc = d.path().join("trunc.model");
    let bytes = std::fs::read(root("models/default.model")).unwrap();
    std::fs::write(&trunc, &bytes[..bytes.len() / 2]).unwrap();
    c2chat()
        .args(["evaluate", "--model"])
        .arg(&trunc)
        .arg("--data")
        .arg(root("corpora/train/train.jsonl"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("trunc.model"));
}

#[test]
fn train_and_evaluate_a_binary_csv_task() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("t.csv");
    let mut s = String::from("text,label\n");
    for i in 0..60 {
        s.push_str(&format!("send me a pic {i} pls,req\nsee you at training {i},none\nwhat time is the match {i},none\nsnap me a photo now {i},req\n"));
    }
    std::fs::write(&csv, s).unwrap();
    let m = d.path().join("b.model");
    c2chat()
        .arg("train")
        .arg(&csv)
        .args([
            "--label-col",
            "label",
            "--positive",
            "req",
            "--kind",
            "logistic",
            "--folds",
            "3",
            "--out",
        ])
        .arg(&m)
        .assert()
        .success()
        .stdout(predicate::str::contains("cross-validated"));
    c2chat()
        .args(["evaluate", "--model"])
        .arg(&m)
        .arg("--data")
        .arg(&csv)
        .args(["--positive", "req"])
        .assert()
        .success()
        .stdout(predicate::str::contains("roc_auc").and(predicate::str::contains("messages/s")));
    // The macro-F1 threshold objective and the n-gram options are recorded in the model.
    let train_macro = |out: &std::path::Path, extra: &[&str]| {
        c2chat()
            .arg("train")
            .arg(&csv)
            .args([
                "--positive",
                "req",
                "--threshold-metric",
                "macro-f1",
                "--word-ngrams",
                "1-3",
                "--char-ngrams",
                "0-0",
                "--folds",
                "3",
            ])
            .args(extra)
            .arg("--out")
            .arg(out)
            .assert()
            .success();
    };
    let mm = d.path().join("macro.model");
    train_macro(&mm, &[]);
    let model = read_model_header(&mm);
    assert_eq!(model["format_version"], 2, "compact by default");
    // The same training written as one JSON document: version 1, and the same predictions.
    let mj = d.path().join("macro.json");
    train_macro(&mj, &["--model-format", "json", "-q"]);
    let json = read_json(&mj);
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["heads"][0]["label"], model["heads"][0]["label"]);
    let eval = |m: &std::path::Path| {
        let out = c2chat()
            .args(["evaluate", "--model"])
            .arg(m)
            .arg("--data")
            .arg(&csv)
            .args(["--positive", "req"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        // Everything but the timing and the file's name.
        let kept: Vec<String> = text
            .lines()
            .filter(|l| !l.contains("messages/s") && !l.contains("macro."))
            .map(String::from)
            .collect();
        assert!(kept.iter().any(|l| l.contains("roc_auc")), "{text}");
        kept
    };
    assert_eq!(eval(&mm), eval(&mj), "the two forms score alike");
    assert_eq!(model["config"]["threshold_metric"], "macro_f1");
    assert_eq!(
        model["config"]["features"]["word_ngrams"],
        serde_json::json!([1, 3])
    );
    assert_eq!(
        model["config"]["features"]["char_ngrams"],
        serde_json::json!([0, 0])
    );
    assert!(model["features"]["terms"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t.as_str().unwrap().starts_with("w:")));
    for bad in [["--word-ngrams", "two"], ["--char-ngrams", "5-2"]] {
        c2chat()
            .arg("train")
            .arg(&csv)
            .args(["--positive", "req"])
            .args(bad)
            .arg("--out")
            .arg(d.path().join("bad.model"))
            .assert()
            .failure()
            .stderr(predicate::str::contains("ngrams"));
    }
    // Naive Bayes baseline trains too.
    c2chat()
        .arg("train")
        .arg(&csv)
        .args(["--positive", "req", "--kind", "bayes", "--out"])
        .arg(d.path().join("nb.model"))
        .assert()
        .success();
}

#[test]
fn default_model_leaves_benign_photo_requests_alone() {
    // Regression: the first default model labelled "can u send a pic of your puppy" as
    // coercive.image_request (score 0.95). Rows 1-5 and 8 are benign; 6-7 are requests for a
    // picture of the other person. The model alone may still score a benign request high
    // ("send me a photo of your dog"); the lexicon's `unless` exception frames its words
    // `excepted`, and that vetoes the classifier's label.
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(fixture("model/photo_requests.csv"))
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .assert()
        .success();
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    let score = |a: &serde_json::Value| a["scores"]["coercive.image_request"].as_f64().unwrap();
    for a in &anns {
        let id = a["message_id"].as_str().unwrap();
        let labels = a["labels"].as_array().unwrap();
        if ["6", "7"].contains(&id) {
            assert!(labels.iter().any(|l| l == "coercive.image_request"), "{a}");
            assert!(score(a) >= 0.9, "{a}");
        } else {
            assert!(labels.is_empty(), "benign message {id} labelled: {a}");
            let spans = a["spans"].as_array().unwrap();
            assert!(
                score(a) < 0.9 || spans.iter().all(|s| s["frame"] == "excepted"),
                "{a}"
            );
        }
    }
    assert_eq!(anns.len(), 8);
}
