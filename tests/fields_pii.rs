//! Issue 15.1: personal data in every field, not only the text.

mod common;
use common::*;

const VALUES: &[&str] = &[
    "sam@example.com",
    "mum@example.com",
    "900123",
    "jess@example.com",
    "Fakename",
];

fn corpus(d: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf, std::path::PathBuf) {
    let csv = d.join("m.csv");
    std::fs::write(
        &csv,
        "message_id,conversation_id,speaker,parent_email,child_phone,text\n\
         m1,Jess Fakename and Sam,sam@example.com,mum@example.com,07700 900123,see you at 4\n\
         m2,c2,s2,,,ok\n",
    )
    .unwrap();
    let jsonl = d.join("m.jsonl");
    std::fs::write(
        &jsonl,
        "{\"message_id\":\"j1\",\"conversation_id\":\"c3\",\"speaker\":\"s3\",\"text\":\"hi\",\"jess@example.com\":\"1\"}\n",
    )
    .unwrap();
    let names = d.join("names.txt");
    std::fs::write(&names, "Jess Fakename\n").unwrap();
    (csv, jsonl, names)
}

fn assert_clean(dir: &std::path::Path) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let body = std::fs::read_to_string(e.path()).unwrap_or_default();
        for v in VALUES {
            assert!(!body.contains(v), "{v} reached {}", e.path().display());
        }
    }
}

#[test]
fn the_gate_refuses_personal_data_in_ids_speakers_and_meta() {
    let d = tempfile::tempdir().unwrap();
    let (csv, jsonl, names) = corpus(d.path());
    for input in [&csv, &jsonl] {
        let out = d.path().join("o");
        let a = c2chat()
            .arg("annotate")
            .arg(input)
            .args(["--no-model", "--names"])
            .arg(&names)
            .arg("--out")
            .arg(&out)
            .assert()
            .code(4);
        let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
        for v in VALUES {
            assert!(!err.contains(v), "{v} in stderr");
        }
        assert!(!out.join("annotations.jsonl").exists());
    }
}

#[test]
fn annotate_redact_leaves_no_value_in_any_field_of_any_output() {
    let d = tempfile::tempdir().unwrap();
    let (csv, jsonl, names) = corpus(d.path());
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(&csv)
        .arg(&jsonl)
        .args(["--no-model", "--redact", "-q", "--names"])
        .arg(&names)
        .arg("--out")
        .arg(&out)
        .env("C2CHAT_KEY_FILE", d.path().join("key"))
        .assert()
        .success();
    assert_clean(&out);
    let a = read_jsonl(&out.join("annotations.jsonl"));
    assert_eq!(a.len(), 3);
    assert!(a[0]["speaker"].as_str().unwrap().starts_with("spk_"));
    let log = std::fs::read_to_string(out.join("redaction_log.jsonl")).unwrap();
    assert!(
        log.contains("\"field\":\"speaker\"") && log.contains("meta key"),
        "{log}"
    );
}

#[test]
fn redact_command_redacts_every_field() {
    let d = tempfile::tempdir().unwrap();
    let (csv, jsonl, names) = corpus(d.path());
    let out = d.path().join("r");
    c2chat()
        .arg("redact")
        .arg(&csv)
        .arg(&jsonl)
        .arg("--names")
        .arg(&names)
        .arg("--out")
        .arg(&out)
        .env("C2CHAT_KEY_FILE", d.path().join("key"))
        .assert()
        .success();
    assert_clean(&out);
    // And the redacted corpus passes the gate.
    c2chat()
        .arg("annotate")
        .arg(&out)
        .args(["--no-model", "-q", "--names"])
        .arg(&names)
        .arg("--out")
        .arg(d.path().join("o"))
        .assert()
        .success();
}

#[test]
fn a_name_in_an_input_path_never_reaches_the_manifest() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("Jess Fakename");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("m.csv"), "message_id,text\nm1,hello\n").unwrap();
    std::fs::write(d.path().join("names.txt"), "Jess Fakename\n").unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(dir.join("m.csv"))
        .args(["--no-model", "-q", "--names"])
        .arg(d.path().join("names.txt"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let m = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    let inputs = &read_json(&out.join("manifest.json"))["inputs"];
    assert!(!inputs.to_string().contains("Fakename"), "{m}");
    assert!(!m.contains("Fakename"), "{m}");
}

#[test]
fn whatsapp_file_names_never_reach_ids_and_same_names_do_not_collide() {
    let d = tempfile::tempdir().unwrap();
    let src = fixture("chat/whatsapp_android.txt");
    for sub in ["a", "b"] {
        let dir = d.path().join(sub);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(&src, dir.join("WhatsApp Chat with Jordan Ellis.txt")).unwrap();
    }
    std::fs::write(d.path().join("names.txt"), "Jordan Ellis\n").unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(d.path().join("a"))
        .arg(d.path().join("b"))
        .args(["--no-model", "-q", "--strict", "--allow-pii", "--names"])
        .arg(d.path().join("names.txt"))
        .arg("--out")
        .arg(&out)
        .env("C2CHAT_KEY_FILE", d.path().join("key"))
        .assert()
        .success();
    let a = read_jsonl(&out.join("annotations.jsonl"));
    assert!(a.len() >= 2);
    for r in &a {
        for f in ["message_id", "conversation_id", "corpus"] {
            assert!(!r[f].as_str().unwrap().contains("Jordan"), "{f}: {}", r[f]);
        }
    }
    let m = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(!m.contains("Jordan"), "the manifest names the file");
}

#[test]
fn a_phone_number_split_across_two_messages_is_refused_and_redacted() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("s.csv");
    std::fs::write(
        &csv,
        "message_id,conversation_id,speaker,text\nm1,c1,s1,my number is 07700 900\nm2,c1,s2,go on\nm3,c1,s1,123\n",
    )
    .unwrap();
    c2chat()
        .arg("annotate")
        .arg(&csv)
        .args(["--no-model", "--out"])
        .arg(d.path().join("o"))
        .assert()
        .code(4);
    let out = d.path().join("r");
    c2chat()
        .arg("annotate")
        .arg(&csv)
        .args(["--no-model", "--redact", "-q", "--out"])
        .arg(&out)
        .env("C2CHAT_KEY_FILE", d.path().join("key"))
        .assert()
        .success();
    let a = read_jsonl(&out.join("annotations.jsonl"));
    assert!(
        !a[0]["text"].as_str().unwrap().contains("900"),
        "{}",
        a[0]["text"]
    );
    assert!(
        !a[2]["text"].as_str().unwrap().contains("123"),
        "{}",
        a[2]["text"]
    );
}

#[test]
fn a_discord_username_known_to_the_reader_is_replaced_in_text() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("chat.json");
    std::fs::write(
        &f,
        r#"{"guild":{"id":"1","name":"Study"},"channel":{"id":"20","type":"GuildTextChat","name":"general"},"messages":[
{"id":"201","type":"Default","timestamp":"2024-03-12T16:04:00.000+00:00","content":"see you at 4","author":{"id":"2001","name":"jess_m_2011","nickname":"Jess","isBot":false},"attachments":[]},
{"id":"202","type":"Default","timestamp":"2024-03-12T16:05:00.000+00:00","content":"add jess_m_2011 to the group","author":{"id":"2002","name":"sam_k","nickname":"Sam","isBot":false},"attachments":[]}]}"#,
    )
    .unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(&f)
        .args(["--no-model", "-q", "--input-format", "discord", "--out"])
        .arg(&out)
        .env("C2CHAT_KEY_FILE", d.path().join("key"))
        .assert()
        .success();
    let a = std::fs::read_to_string(out.join("annotations.jsonl")).unwrap();
    assert!(!a.contains("jess_m_2011"), "{a}");
}
