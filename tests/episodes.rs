//! Episodes end to end: `annotate` writes `episodes.jsonl` as part of its output set, and an
//! episode that spans two batches of 8,192 messages is the same as when its conversation is
//! annotated alone. Messages are invented for these tests.

mod common;
use common::*;

/// One conversation (`cx`) with an episode: a request, a refusal, pressure, a bystander's
/// challenge, a report.
const CONV: [(&str, &str); 6] = [
    ("p1", "send me a pic of u"),
    ("p2", "no"),
    ("p1", "come on just one"),
    ("p3", "mate leave her alone thats not ok"),
    ("p2", "im blocking u and telling my mum"),
    ("p3", "good"),
];

fn conv_rows(first_minute: usize) -> String {
    CONV.iter()
        .enumerate()
        .map(|(i, (spk, text))| {
            let m = first_minute + i;
            format!(
                "cx,x{i},2025-03-01T{:02}:{:02}:00Z,{spk},{text}\n",
                10 + m / 60,
                m % 60
            )
        })
        .collect()
}

fn annotate(csv: &std::path::Path, out: &std::path::Path) {
    c2chat()
        .arg("annotate")
        .arg(csv)
        .args(["--no-model", "-q", "--out"])
        .arg(out)
        .assert()
        .success();
}

#[test]
fn an_episode_across_two_batches_equals_the_conversation_alone() {
    let d = tempfile::tempdir().unwrap();
    let header = "conversation_id,message_id,timestamp,speaker,text\n";
    // 8,189 harmless one-message conversations, then the episode: its messages are rows
    // 8,190 to 8,195, across the first batch boundary (8,192).
    let mut big = String::from(header);
    for i in 0..8189 {
        big.push_str(&format!(
            "f{i},f{i},2025-03-01T09:00:00Z,q{},what time is practice\n",
            i % 50
        ));
    }
    big.push_str(&conv_rows(0));
    let alone = format!("{header}{}", conv_rows(0));
    let (big_csv, alone_csv) = (d.path().join("big.csv"), d.path().join("alone.csv"));
    std::fs::write(&big_csv, big).unwrap();
    std::fs::write(&alone_csv, alone).unwrap();
    let (o1, o2) = (d.path().join("o1"), d.path().join("o2"));
    annotate(&big_csv, &o1);
    annotate(&alone_csv, &o2);
    let e1 = read_jsonl(&o1.join("episodes.jsonl"));
    let e2 = read_jsonl(&o2.join("episodes.jsonl"));
    assert_eq!(e1, e2);
    assert_eq!(e1.len(), 1);
    let e = &e1[0];
    assert_eq!(e["episode_id"], "cx:e1");
    assert_eq!(e["first_message_id"], "x0");
    assert_eq!(e["last_message_id"], "x4");
    let roles: Vec<(String, String)> = e["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["speaker"].as_str().unwrap().into(),
                p["role"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want = [
        ("p1", "harasser"),
        ("p2", "target"),
        ("p3", "bystander_defender"),
    ];
    assert_eq!(roles, want.map(|(s, r)| (s.to_string(), r.to_string())));
    let r = &e["first_protective_response"];
    assert_eq!(r["message_id"], "x3");
    assert_eq!(r["role"], "bystander_defender");
    assert_eq!(r["messages_after"], 3);
    assert_eq!(r["seconds_after"], 180);
    // Each annotation of the conversation carries the episode and its speaker's role.
    let anns = read_jsonl(&o1.join("annotations.jsonl"));
    let x: Vec<&serde_json::Value> = anns
        .iter()
        .filter(|a| a["conversation_id"] == "cx")
        .collect();
    assert!(x.iter().all(|a| a["episode_id"] == "cx:e1"));
    assert_eq!(x[1]["role"], "target");
    assert!(anns
        .iter()
        .filter(|a| a["conversation_id"] != "cx")
        .all(|a| a.get("episode_id").is_none() && a.get("role").is_none()));
    // episodes.jsonl is part of the output set: listed in the manifest, mode 0600.
    let m = read_json(&o1.join("manifest.json"));
    assert!(m["outputs"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f == "episodes.jsonl"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(o1.join("episodes.jsonl"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn the_demo_has_episodes_of_several_types() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(root("corpora/demo"))
        .args(["-q", "--out"])
        .arg(&out)
        .assert()
        .success();
    let eps = read_jsonl(&out.join("episodes.jsonl"));
    let types: std::collections::BTreeSet<&str> = eps
        .iter()
        .map(|e| e["episode_type"].as_str().unwrap())
        .collect();
    assert!(types.len() >= 3, "{types:?}");
    // Every episode id in annotations.jsonl has a record, and the reverse.
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    let in_anns: std::collections::BTreeSet<&str> = anns
        .iter()
        .filter_map(|a| a["episode_id"].as_str())
        .collect();
    let in_eps: std::collections::BTreeSet<&str> = eps
        .iter()
        .map(|e| e["episode_id"].as_str().unwrap())
        .collect();
    assert_eq!(in_anns, in_eps);
    // The library reader reads the same records back, typed.
    let typed = c2chat::output::read_episodes(&out.join("episodes.jsonl")).unwrap();
    assert_eq!(typed.len(), eps.len());
    assert_eq!(
        c2chat::output::episodes_beside(&out.join("annotations.jsonl")),
        Some(out.join("episodes.jsonl"))
    );
    // A broken line is an error naming the file and line.
    let bad = d.path().join("bad");
    std::fs::create_dir(&bad).unwrap();
    std::fs::write(bad.join("episodes.jsonl"), "{\"episode_id\": 3}\n").unwrap();
    let e = c2chat::output::read_episodes(&bad.join("episodes.jsonl"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("episodes.jsonl") && e.contains('1'), "{e}");
}

#[test]
fn a_directory_input_skips_episodes_jsonl() {
    // Regression: episodes.jsonl, one of c2chat's own outputs, must not be read as messages.
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    let header = "conversation_id,message_id,timestamp,speaker,text\n";
    std::fs::write(dir.join("data.csv"), format!("{header}{}", conv_rows(0))).unwrap();
    let first = d.path().join("first");
    annotate(&dir.join("data.csv"), &first);
    std::fs::copy(first.join("episodes.jsonl"), dir.join("episodes.jsonl")).unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(&dir)
        .args(["--no-model", "-q", "--out"])
        .arg(&out)
        .assert()
        .success();
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["counts"]["read"], 6);
    assert!(m["warnings"].to_string().contains("episodes.jsonl"));
}
