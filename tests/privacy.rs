mod common;
use common::*;
use predicates::prelude::*;

const PLANTED: &[&str] = &[
    "07700 900123",
    "07700-900-456",
    "+44 7700 900789",
    "+447700900321",
    "01632 960123",
    "01632-960456",
    "name@example.com",
    "fake.user01@example.com",
    "https://example.com/profile",
    "www.example.org",
    "example.org/u/fake01",
    "@fake_handle_01",
    "@fake_handle_02",
    "SW1A 1AA",
    "cf10 1aa",
    "CF101AA",
    "192.0.2.15",
    "203.0.113.7",
    "2001:db8::1",
    "03/03/2011",
    "3 March 2011",
    "2011-03-03",
    "14.07.2010",
    "21/06/2025",
    "4111 1111 1111 1111",
    "4111-1111-1111-1111",
    "123456789",
    "7700 900654",
];

fn all_output_text(dir: &std::path::Path) -> String {
    let mut s = String::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            s.push_str(&std::fs::read_to_string(&p).unwrap());
        }
    }
    s
}

fn key_env(c: &mut assert_cmd::Command, key: &std::path::Path) {
    c.env("C2CHAT_KEY_FILE", key);
}

#[test]
fn annotate_refuses_planted_pii_without_showing_values() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    let a = c2chat()
        .arg("annotate")
        .arg(fixture("pii/planted.csv"))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(4);
    let err = String::from_utf8(a.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("PHONE") && err.contains("planted.csv:2"),
        "{err}"
    );
    for v in PLANTED {
        assert!(!err.contains(v), "value {v} leaked into stderr");
    }
    assert!(
        !out.join("annotations.jsonl").exists(),
        "refusal must leave no output"
    );
    // Streaming to stdout also refuses.
    c2chat()
        .arg("annotate")
        .arg(fixture("pii/planted.csv"))
        .args(["--format", "jsonl"])
        .assert()
        .code(4)
        .stdout(predicate::str::is_empty());
}

#[test]
fn annotate_redact_leaves_no_planted_value_in_any_output() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(fixture("pii/planted.csv"))
        .arg("--redact")
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let all = all_output_text(&out);
    for v in PLANTED {
        assert!(!all.contains(v), "{v} survived");
    }
    assert!(all.contains("[PHONE]") && all.contains("[EMAIL]") && all.contains("[POSTCODE]"));
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["options"]["redact"], true);
    assert!(m["options"]["redactions"].as_u64().unwrap() >= 30);
}

#[test]
fn allow_pii_is_recorded_in_the_manifest() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(fixture("pii/planted.csv"))
        .arg("--allow-pii")
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["options"]["allow_pii"], true);
    assert!(m["options"]["pii_found"]["PHONE"].as_u64().unwrap() >= 8);
}

#[test]
fn benign_numbers_pass_the_gate_untouched() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("redact")
        .arg(fixture("pii/benign.csv"))
        .arg("--out")
        .arg(&out)
        .arg("--keep-speakers")
        .env("C2CHAT_KEY_FILE", d.path().join("k/key"))
        .assert()
        .success();
    let orig: Vec<String> = csv::Reader::from_path(fixture("pii/benign.csv"))
        .unwrap()
        .records()
        .map(|r| r.unwrap()[4].to_string())
        .collect();
    let red: Vec<String> = read_jsonl(&out.join("messages.jsonl"))
        .iter()
        .map(|m| m["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(orig, red);
    assert_eq!(
        std::fs::read_to_string(out.join("redaction_log.jsonl")).unwrap(),
        ""
    );
    c2chat()
        .arg("annotate")
        .arg(fixture("pii/benign.csv"))
        .arg("--out")
        .arg(d.path().join("a"))
        .assert()
        .success();
}

#[test]
fn redact_pseudonymises_with_a_private_stable_key() {
    let d = tempfile::tempdir().unwrap();
    let key = d.path().join("keys/key");
    let run = |out: &str, key: &std::path::Path| {
        let mut c = c2chat();
        key_env(&mut c, key);
        c.arg("redact")
            .arg(fixture("pii/planted.csv"))
            .arg("--conversations")
            .arg("--out")
            .arg(d.path().join(out))
            .assert()
            .success();
        read_jsonl(&d.path().join(out).join("messages.jsonl"))
    };
    let a = run("a", &key);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let b = run("b", &key);
    assert_eq!(
        std::fs::read(d.path().join("a/messages.jsonl")).unwrap(),
        std::fs::read(d.path().join("b/messages.jsonl")).unwrap()
    );
    let s = a[0]["speaker"].as_str().unwrap();
    assert!(s.starts_with("spk_") && s.len() == 12, "{s}");
    assert!(a[0]["conversation_id"]
        .as_str()
        .unwrap()
        .starts_with("conv_"));
    let other = run("c", &d.path().join("other/key"));
    assert_ne!(a[0]["speaker"], other[0]["speaker"]);
    assert_eq!(a[0]["speaker"], b[0]["speaker"]);
    let all = all_output_text(&d.path().join("a"));
    for v in PLANTED {
        assert!(!all.contains(v), "{v} survived");
    }
    // Longer pseudonyms extend the same HMAC; fewer than 8 digits are refused.
    let mut c = c2chat();
    key_env(&mut c, &key);
    c.arg("redact")
        .arg(fixture("pii/planted.csv"))
        .args(["--pseudonym-digits", "12", "--out"])
        .arg(d.path().join("long"))
        .assert()
        .success();
    let long = read_jsonl(&d.path().join("long/messages.jsonl"));
    let l = long[0]["speaker"].as_str().unwrap();
    assert!(l.len() == 16 && l.starts_with(s), "{l} vs {s}");
    assert_eq!(
        read_json(&d.path().join("long/manifest.json"))["pseudonym_digits"],
        12
    );
    let mut c = c2chat();
    key_env(&mut c, &key);
    c.arg("redact")
        .arg(fixture("pii/planted.csv"))
        .args(["--pseudonym-digits", "6", "--out"])
        .arg(d.path().join("short"))
        .assert()
        .failure()
        .stderr(predicates::str::contains("pseudonym-digits"));
    // The key may not live inside the output directory.
    let mut c = c2chat();
    key_env(&mut c, &d.path().join("inside/key"));
    c.arg("redact")
        .arg(fixture("pii/benign.csv"))
        .arg("--out")
        .arg(d.path().join("inside"))
        .assert()
        .code(2);
}

#[test]
fn chat_export_speaker_names_never_reach_outputs() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    let mut c = c2chat();
    key_env(&mut c, &d.path().join("k/key"));
    c.arg("annotate")
        .arg(fixture("chat/whatsapp_android.txt"))
        .arg("--allow-pii")
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert!(!anns.is_empty());
    let all = all_output_text(&out);
    for name in ["Alex", "Sam"] {
        assert!(!all.contains(name), "{name} leaked");
    }
    assert!(anns
        .iter()
        .all(|a| a["speaker"].as_str().unwrap().starts_with("spk_")));
    // System lines are counted as `system` (outside `read`), so read = annotated + rejected
    // still holds.
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(
        m["counts"]["read"].as_u64().unwrap(),
        m["counts"]["annotated"].as_u64().unwrap() + m["counts"]["rejected"].as_u64().unwrap()
    );
    assert!(m["inputs"][0]["system"].as_u64().unwrap() >= 1);
}

#[test]
fn redacted_chat_speakers_match_their_names_in_text_and_annotate() {
    // Regression: redact pseudonymised chat-export speakers twice (the display name at ingest,
    // then that pseudonym again), so the speaker column no longer matched the pseudonym that
    // replaced the same person's name in message text, nor annotate's speaker for the file.
    let d = tempfile::tempdir().unwrap();
    let key = d.path().join("k/key");
    let input = fixture("chat/whatsapp_mention.txt");
    let mut c = c2chat();
    key_env(&mut c, &key);
    c.arg("redact")
        .arg(&input)
        .arg("--out")
        .arg(d.path().join("r"))
        .assert()
        .success();
    let red = read_jsonl(&d.path().join("r/messages.jsonl"));
    let (jordan, casey) = (
        red[0]["speaker"].as_str().unwrap(),
        red[1]["speaker"].as_str().unwrap(),
    );
    assert_ne!(jordan, casey);
    assert_eq!(red[1]["text"], format!("{jordan} its on the class page"));
    assert_eq!(red[2]["text"], format!("thanks {casey}"));
    assert_eq!(red[2]["speaker"], jordan);
    let mut c = c2chat();
    key_env(&mut c, &key);
    c.arg("annotate")
        .arg(&input)
        .arg("--no-model")
        .arg("--out")
        .arg(d.path().join("a"))
        .assert()
        .success();
    let anns = read_jsonl(&d.path().join("a/annotations.jsonl"));
    let speakers: Vec<&str> = anns
        .iter()
        .map(|a| a["speaker"].as_str().unwrap())
        .collect();
    assert_eq!(speakers, vec![jordan, casey, jordan]);
}

#[test]
fn teaching_pack_has_no_pii_and_no_original_ids() {
    let d = tempfile::tempdir().unwrap();
    let ann = d.path().join("a");
    c2chat()
        .arg("annotate")
        .arg(root("corpora/demo"))
        .arg("--out")
        .arg(&ann)
        .assert()
        .success();
    let pack = d.path().join("pack");
    c2chat()
        .arg("teach")
        .arg(ann.join("annotations.jsonl"))
        .args([
            "--mask-style",
            "full",
            "--context-messages",
            "1",
            "--date",
            "2026-01-01",
            "--out",
        ])
        .arg(&pack)
        .assert()
        .success()
        .stdout(predicate::str::contains("excerpts"));
    let md = std::fs::read_to_string(pack.join("pack.md")).unwrap();
    let html = std::fs::read_to_string(pack.join("pack.html")).unwrap();
    assert!(md.contains("Pupil A") && html.contains("<mark"));
    for a in read_jsonl(&ann.join("annotations.jsonl")) {
        for id in [&a["message_id"], &a["conversation_id"], &a["speaker"]] {
            let id = id.as_str().unwrap();
            assert!(
                !md.contains(id) && !html.contains(id),
                "original id {id} in the pack"
            );
        }
    }
    assert!(!html.contains("http://") && !html.contains("https://"));
}
