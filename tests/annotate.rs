mod common;
use common::*;
use predicates::prelude::*;

fn annotate(
    inputs: &[&std::path::Path],
    out: &std::path::Path,
    extra: &[&str],
) -> assert_cmd::assert::Assert {
    let mut c = c2chat();
    c.arg("annotate").arg("--no-model");
    for i in inputs {
        c.arg(i);
    }
    c.arg("--lexicon")
        .arg(fixture("lexicon"))
        .arg("--out")
        .arg(out)
        .args(extra)
        .assert()
}

fn by_id(anns: &[serde_json::Value], id: &str) -> serde_json::Value {
    anns.iter()
        .find(|a| a["message_id"] == id)
        .unwrap_or_else(|| panic!("no {id}"))
        .clone()
}

fn labels(a: &serde_json::Value) -> Vec<String> {
    a["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn annotates_csv_with_true_offsets_rules_and_meta() {
    let d = tempfile::tempdir().unwrap();
    annotate(&[&fixture("good.csv")], d.path(), &[])
        .success()
        .stdout(predicate::str::contains("10 messages read"));
    let anns = read_jsonl(&d.path().join("annotations.jsonl"));
    assert_eq!(anns.len(), 10);
    // Every span's text equals the original substring (code points).
    for a in &anns {
        let chars: Vec<char> = a["text"].as_str().unwrap().chars().collect();
        for s in a["spans"].as_array().unwrap() {
            let (st, en) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            let sub: String = chars[st..en].iter().collect();
            assert_eq!(sub, s["text"].as_str().unwrap());
        }
    }
    let m3 = by_id(&anns, "m3");
    assert_eq!(labels(&m3), vec!["coercive.image_request"]);
    assert_eq!(m3["spans"][0]["text"], "S3ND a p1c");
    assert_eq!(m3["spans"][0]["start"], 4);
    assert_eq!(m3["meta"]["platform"], "snapchat");
    // Refusal then persistence by the requester: rule-based pressure.
    let m5 = by_id(&anns, "m5");
    assert_eq!(labels(&m5), vec!["coercive.pressure"]);
    assert_eq!(m5["spans"][0]["source"], "rule");
    // Threat after refusal raised to severity 3.
    let m6 = by_id(&anns, "m6");
    assert!(labels(&m6).contains(&"coercive.secrecy".to_string()));
    assert_eq!(m6["severity"], 3);
    // Precision exceptions.
    assert!(labels(&by_id(&anns, "m7")).is_empty());
    assert!(labels(&by_id(&anns, "m10")).is_empty());
    assert_eq!(labels(&by_id(&anns, "m9")), vec!["protective"]);
    // messages.csv is tidy: one row per message.
    let csv = std::fs::read_to_string(d.path().join("messages.csv")).unwrap();
    assert_eq!(csv.lines().count(), 11);
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .contains("coercive.image_request"));
}

#[test]
fn jsonl_input_and_obfuscation_offsets() {
    let d = tempfile::tempdir().unwrap();
    annotate(&[&fixture("good.jsonl")], d.path(), &[]).success();
    let anns = read_jsonl(&d.path().join("annotations.jsonl"));
    let a = by_id(&anns, "j1-1");
    assert_eq!(labels(&a), vec!["coercive.image_request"]);
    assert_eq!(a["spans"][0]["text"], "s e n d a pic");
    assert_eq!(by_id(&anns, "j1-2")["meta"]["n"], "3");
}

#[test]
fn late_meta_keys_are_reported_in_the_manifest() {
    // messages.csv's header is written with the first batch (8,192 messages); a meta key that
    // first appears later has no column, and the manifest says so instead of staying silent.
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("late.jsonl");
    let mut s = String::new();
    for i in 0..8300 {
        let extra = if i >= 8200 { r#","school":"s1""# } else { "" };
        s.push_str(&format!(
            r#"{{"message_id":"m{i}","conversation_id":"c{}","speaker":"p{}","text":"see you at training {i}","year":"9"{extra}}}"#,
            i / 10,
            i % 3
        ));
        s.push('\n');
    }
    std::fs::write(&input, s).unwrap();
    let out = d.path().join("out");
    annotate(&[&input], &out, &[]).success();
    let warnings = read_json(&out.join("manifest.json"))["warnings"].clone();
    let w = warnings.as_array().unwrap();
    assert!(
        w.iter()
            .any(|w| w.as_str().unwrap().contains("messages.csv")
                && w.as_str().unwrap().ends_with(": school")),
        "{warnings}"
    );
    let csv = std::fs::read_to_string(out.join("messages.csv")).unwrap();
    assert!(csv.lines().next().unwrap().contains("meta.year"));
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert_eq!(by_id(&anns, "m8299")["meta"]["school"], "s1");
    // Without late keys there is no such warning.
    let early = d.path().join("early");
    annotate(&[&fixture("good.jsonl")], &early, &[]).success();
    let w = read_json(&early.join("manifest.json"))["warnings"].to_string();
    assert!(!w.contains("messages.csv"), "{w}");
}

#[test]
fn dedupe_none_keeps_repeated_ids_and_says_so() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("none");
    annotate(&[&fixture("bad/mixed.csv")], &out, &["--dedupe", "none"]).success();
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["options"]["dedupe"], "none");
    let rejects = read_jsonl(&out.join("rejects.jsonl"));
    assert!(rejects
        .iter()
        .all(|r| !r["reason"].as_str().unwrap().contains("duplicate")));
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert_eq!(anns.iter().filter(|a| a["message_id"] == "b1").count(), 2);
    let c = &m["counts"];
    assert_eq!(
        c["read"].as_u64().unwrap(),
        c["annotated"].as_u64().unwrap() + c["rejected"].as_u64().unwrap()
    );
    // The default is global, and says so.
    let out = d.path().join("global");
    annotate(&[&fixture("bad/mixed.csv")], &out, &[]).success();
    assert_eq!(
        read_json(&out.join("manifest.json"))["options"]["dedupe"],
        "global"
    );
    c2chat()
        .args(["annotate", "--dedupe", "sometimes"])
        .arg(fixture("bad/mixed.csv"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("--dedupe"));
}

#[test]
fn bad_rows_become_rejects_and_counts_reconcile() {
    let d = tempfile::tempdir().unwrap();
    annotate(
        &[&fixture("bad/mixed.csv"), &fixture("bad/mixed.jsonl")],
        d.path(),
        &[],
    )
    .success();
    let rejects = read_jsonl(&d.path().join("rejects.jsonl"));
    let reasons: Vec<String> = rejects
        .iter()
        .map(|r| {
            format!(
                "{}:{} {}",
                r["file"].as_str().unwrap().rsplit('/').next().unwrap(),
                r["line"],
                r["reason"].as_str().unwrap()
            )
        })
        .collect();
    let has = |s: &str| reasons.iter().any(|r| r.contains(s));
    assert!(has("mixed.csv:3 invalid UTF-8"), "{reasons:?}");
    assert!(has("mixed.csv:4 wrong field count"), "{reasons:?}");
    assert!(has("mixed.csv:5 empty text"), "{reasons:?}");
    assert!(has("mixed.csv:6 duplicate message_id"), "{reasons:?}");
    assert!(has("mixed.csv:7 unparsable timestamp"), "{reasons:?}");
    assert!(has("mixed.csv:8 wrong field count"), "{reasons:?}");
    assert!(has("mixed.jsonl:2 invalid JSON"), "{reasons:?}");
    assert!(has("mixed.jsonl:3 not a JSON object"), "{reasons:?}");
    assert!(
        has("mixed.jsonl:4 field \"text\" is not a string"),
        "{reasons:?}"
    );
    let m = read_json(&d.path().join("manifest.json"));
    let c = &m["counts"];
    assert_eq!(c["read"], 12);
    assert_eq!(c["annotated"], 3);
    assert_eq!(c["rejected"], 9);
    assert_eq!(
        c["read"].as_u64().unwrap(),
        c["annotated"].as_u64().unwrap() + c["rejected"].as_u64().unwrap()
    );
    assert_eq!(m["inputs"].as_array().unwrap().len(), 2);
    assert_eq!(m["inputs"][0]["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(m["lexicon"]["name"], "fixture");
    // The manifest never carries message text.
    let raw = std::fs::read_to_string(d.path().join("manifest.json")).unwrap();
    assert!(!raw.contains("fine message") && !raw.contains("ok again"));
}

#[test]
fn strict_makes_rejects_fatal() {
    let d = tempfile::tempdir().unwrap();
    annotate(&[&fixture("bad/mixed.csv")], d.path(), &["--strict"])
        .code(3)
        .stderr(predicate::str::contains("mixed.csv:3"));
}

#[test]
fn unusable_files_are_clear_errors() {
    let d = tempfile::tempdir().unwrap();
    annotate(&[&fixture("bad/no_text_col.csv")], d.path(), &[])
        .code(2)
        .stderr(predicate::str::contains(
            "no_text_col.csv:1: no text column \"text\"",
        ));
    annotate(&[&fixture("bad/empty.csv")], d.path(), &[])
        .code(2)
        .stderr(predicate::str::contains("empty.csv: empty file"));
    annotate(&[&fixture("does/not/exist.csv")], d.path(), &[])
        .code(2)
        .stderr(predicate::str::contains("no such file"));
    // Column mapping fixes the missing text column.
    annotate(
        &[&fixture("bad/no_text_col.csv")],
        d.path(),
        &["--text-col", "body"],
    )
    .success();
}

#[test]
fn deterministic_bytes_across_runs_and_threads() {
    let d1 = tempfile::tempdir().unwrap();
    let d2 = tempfile::tempdir().unwrap();
    annotate(
        &[&fixture("good.csv"), &fixture("good.jsonl")],
        d1.path(),
        &["--threads", "1"],
    )
    .success();
    annotate(
        &[&fixture("good.csv"), &fixture("good.jsonl")],
        d2.path(),
        &["--threads", "2"],
    )
    .success();
    for f in ["annotations.jsonl", "messages.csv", "rejects.jsonl"] {
        assert_eq!(
            std::fs::read(d1.path().join(f)).unwrap(),
            std::fs::read(d2.path().join(f)).unwrap(),
            "{f}"
        );
    }
}

#[cfg(unix)]
#[test]
fn outputs_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let d = tempfile::tempdir().unwrap();
    annotate(&[&fixture("good.csv")], d.path(), &[]).success();
    for f in [
        "annotations.jsonl",
        "messages.csv",
        "rejects.jsonl",
        "manifest.json",
    ] {
        let mode = std::fs::metadata(d.path().join(f))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600, "{f}");
    }
}

#[test]
fn streams_jsonl_from_stdin_to_stdout() {
    let input = std::fs::read(fixture("good.jsonl")).unwrap();
    let out = c2chat()
        .args([
            "annotate",
            "-",
            "--no-model",
            "--format",
            "jsonl",
            "--lexicon",
        ])
        .arg(fixture("lexicon"))
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let lines: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["labels"][0], "coercive.image_request");
}

#[test]
fn bad_lexicon_names_file_and_line() {
    let d = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("bad/lex_toml.txt"), d.path().join("lexicon.toml")).unwrap();
    std::fs::write(d.path().join("e.tsv"), "term\tcategory\tseverity\tmatch\tnote\nok\tprotective\t1\tword\t\nbad\tprotective\t7\tword\t\n").unwrap();
    let o = tempfile::tempdir().unwrap();
    c2chat()
        .arg("annotate")
        .arg("--no-model")
        .arg(fixture("good.csv"))
        .arg("--lexicon")
        .arg(d.path())
        .arg("--out")
        .arg(o.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "e.tsv:3: severity must be 1, 2 or 3",
        ));
    std::fs::write(
        d.path().join("e.tsv"),
        "term\tcategory\tseverity\tmatch\tnote\n",
    )
    .unwrap();
    std::fs::write(d.path().join("patterns.toml"), "[[pattern]]\nid = \"a\"\ncategory = \"protective\"\nseverity = 1\nregex = 'ok'\n\n[[pattern]]\nid = \"b\"\ncategory = \"protective\"\nseverity = 1\nregex = '(unclosed'\n").unwrap();
    c2chat()
        .arg("annotate")
        .arg("--no-model")
        .arg(fixture("good.csv"))
        .arg("--lexicon")
        .arg(d.path())
        .arg("--out")
        .arg(o.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "patterns.toml:7: pattern b: invalid regex",
        ));
}
