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

// ------------------------------------------------- issue 14: dates, chat exports, data donations

/// Annotate with a private key file (chat exports pseudonymise speakers as they are read).
fn annotate_chat(
    inputs: &[std::path::PathBuf],
    out: &std::path::Path,
    extra: &[&str],
) -> assert_cmd::assert::Assert {
    let mut c = c2chat();
    c.env("C2CHAT_KEY_FILE", out.with_extension("key"))
        .arg("annotate")
        .arg("--no-model")
        .args(inputs)
        .arg("--lexicon")
        .arg(fixture("lexicon"))
        .arg("--out")
        .arg(out)
        .args(extra);
    c.assert()
}

fn reconciles(m: &serde_json::Value) {
    let c = &m["counts"];
    assert_eq!(
        c["read"].as_u64().unwrap(),
        c["annotated"].as_u64().unwrap() + c["rejected"].as_u64().unwrap()
    );
    let read: u64 = m["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["read"].as_u64().unwrap())
        .sum();
    assert_eq!(read, c["read"].as_u64().unwrap());
}

#[test]
fn day_month_timestamps_need_and_obey_the_time_flags() {
    // Regression: `--time-col Submitted` with `12/03/2024 16:04` rejected every row, with a
    // reason that did not say how to fix it.
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("forms.csv");
    std::fs::write(
        &csv,
        "message_id,Submitted,text\nf1,12/03/2024 16:04,see you at 4\nf2,12/07/2024 09:30,ok\n",
    )
    .unwrap();
    let out = d.path().join("none");
    // Every row rejected: an error (exit 2), with rejects.jsonl kept.
    annotate(&[&csv], &out, &["--time-col", "Submitted"]).code(2);
    let rejects = read_jsonl(&out.join("rejects.jsonl"));
    assert_eq!(rejects.len(), 2);
    assert!(rejects[0]["reason"]
        .as_str()
        .unwrap()
        .contains("--date-order"));
    let out = d.path().join("dmy");
    annotate(
        &[&csv],
        &out,
        &["--time-col", "Submitted", "--date-order", "dmy", "--strict"],
    )
    .success();
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert_eq!(anns[0]["timestamp"], "2024-03-12T16:04:00Z");
    reconciles(&read_json(&out.join("manifest.json")));
    // --time-format and --timezone: 12 July is summer time in London (UTC+1).
    let out = d.path().join("fmt");
    annotate(
        &[&csv],
        &out,
        &[
            "--time-col",
            "Submitted",
            "--time-format",
            "%d/%m/%Y %H:%M",
            "--timezone",
            "Europe/London",
        ],
    )
    .success();
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert_eq!(anns[0]["timestamp"], "2024-03-12T16:04:00Z");
    assert_eq!(anns[1]["timestamp"], "2024-07-12T08:30:00Z");
    // JSONL: year-first local times parse without flags; RFC 3339 is kept as given.
    let jsonl = d.path().join("m.jsonl");
    std::fs::write(
        &jsonl,
        "{\"message_id\": \"j1\", \"text\": \"hi\", \"timestamp\": \"2024-03-12 16:04:05\"}\n\
         {\"message_id\": \"j2\", \"text\": \"yo\", \"timestamp\": \"2024-03-12T16:04:05+01:00\"}\n\
         {\"message_id\": \"j3\", \"text\": \"no\", \"timestamp\": \"12/03/2024\"}\n",
    )
    .unwrap();
    let out = d.path().join("jsonl");
    annotate(&[&jsonl], &out, &[]).success();
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert_eq!(anns[0]["timestamp"], "2024-03-12T16:04:05Z");
    assert_eq!(anns[1]["timestamp"], "2024-03-12T16:04:05+01:00");
    let rejects = read_jsonl(&out.join("rejects.jsonl"));
    assert_eq!(rejects[0]["line"], 3);
    assert!(rejects[0]["reason"]
        .as_str()
        .unwrap()
        .contains("--date-order"));
    // Bad flag values are refused up front.
    for (flag, value, says) in [
        ("--timezone", "Mars/Olympus", "IANA"),
        ("--date-order", "dym", "dmy"),
        ("--time-format", "%Q", "strftime"),
    ] {
        c2chat()
            .args(["annotate", "--no-model", flag, value])
            .arg(&csv)
            .assert()
            .failure()
            .stderr(predicate::str::contains(says));
    }
}

#[test]
fn us_whatsapp_export_needs_date_order_and_counts_system_lines() {
    // Regression: `3/12/24, 4:04 PM` was silently read as 3 December.
    let d = tempfile::tempdir().unwrap();
    let input = vec![fixture("chat/whatsapp_us.txt")];
    annotate_chat(&input, &d.path().join("a"), &[])
        .code(2)
        .stderr(predicate::str::contains("whatsapp_us.txt:1: cannot tell"))
        .stderr(predicate::str::contains("--date-order"));
    // System lines are counted as `system`, not rejected: --strict passes.
    let out = d.path().join("b");
    annotate_chat(&input, &out, &["--date-order", "mdy", "--strict"]).success();
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert_eq!(anns.len(), 3);
    assert_eq!(anns[0]["timestamp"], "2024-03-12T16:06:00Z");
    // A media-only message is annotated as `<media>`, with no words.
    assert_eq!(anns[1]["text"], "<media>");
    assert_eq!(anns[1]["tokens"], 0);
    assert!(labels(&anns[1]).is_empty());
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["inputs"][0]["system"], 4);
    assert_eq!(m["counts"]["rejected"], 0);
    reconciles(&m);
    // An ordinary Android export (system lines, a deleted message) passes --strict too.
    let out = d.path().join("c");
    annotate_chat(
        &[fixture("chat/whatsapp_android.txt")],
        &out,
        &["--strict", "--allow-pii"],
    )
    .success();
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["inputs"][0]["system"], 5);
    reconciles(&m);
    // redact shares the flags.
    let mut c = c2chat();
    c.env("C2CHAT_KEY_FILE", d.path().join("r.key"))
        .arg("redact")
        .args(&input)
        .args(["--date-order", "mdy", "--out"])
        .arg(d.path().join("r"))
        .assert()
        .success();
    let red = read_jsonl(&d.path().join("r/messages.jsonl"));
    assert_eq!(red[0]["timestamp"], "2024-03-12T16:06:00Z");
}

#[test]
fn chat_speakers_are_accounts_not_display_names() {
    // Regression: Telegram and Discord users who share a display name were one speaker, and
    // media-only messages were rejected as empty.
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    annotate_chat(
        &[
            fixture("chat/telegram_same_name.json"),
            fixture("chat/discord_same_name.json"),
        ],
        &out,
        &["--strict"],
    )
    .success();
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert_eq!(anns.len(), 6);
    for part in anns.chunks(3) {
        let spk: Vec<&str> = part
            .iter()
            .map(|a| a["speaker"].as_str().unwrap())
            .collect();
        assert_ne!(spk[0], spk[1]);
        assert_eq!(spk[0], spk[2]);
        assert!(spk.iter().all(|s| s.starts_with("spk_")));
        // The display name is kept, pseudonymised: the same for all three.
        let shown: Vec<&str> = part
            .iter()
            .map(|a| a["meta"]["display_name"].as_str().unwrap())
            .collect();
        assert!(shown[0].starts_with("spk_") && !spk.contains(&shown[0]));
        assert!(shown.iter().all(|s| *s == shown[0]));
        assert_eq!(part[2]["text"], "<media>");
    }
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["inputs"][0]["system"], 1);
    assert_eq!(m["inputs"][1]["system"], 1);
    reconciles(&m);
    let all = std::fs::read_to_string(out.join("annotations.jsonl")).unwrap()
        + &std::fs::read_to_string(out.join("messages.csv")).unwrap();
    assert!(
        !all.to_lowercase().contains("alex"),
        "a display name leaked"
    );
}

#[test]
fn data_donation_readers_from_directories() {
    // Instagram, Snapchat and TikTok downloads, found by walking their directories.
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    annotate_chat(
        &[
            fixture("chat/instagram"),
            fixture("chat/snapchat"),
            fixture("chat/tiktok"),
        ],
        &out,
        &[],
    )
    .success();
    let m = read_json(&out.join("manifest.json"));
    let formats: Vec<&str> = m["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["format"].as_str().unwrap())
        .collect();
    assert_eq!(formats, ["instagram", "snapchat", "tiktok"]);
    let n = |i: usize, k: &str| m["inputs"][i][k].as_u64().unwrap();
    assert_eq!((n(0, "read"), n(0, "rejected"), n(0, "system")), (4, 0, 1));
    assert_eq!((n(1, "read"), n(1, "rejected"), n(1, "system")), (6, 1, 1));
    assert_eq!((n(2, "read"), n(2, "rejected"), n(2, "system")), (5, 1, 0));
    reconciles(&m);
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert_eq!(anns.len(), 13);
    for a in &anns {
        assert!(a["conversation_id"].as_str().unwrap().starts_with("conv_"));
        assert!(a["speaker"].as_str().unwrap().starts_with("spk_"));
        if a["text"] == "<media>" {
            assert_eq!(a["tokens"], 0);
        }
    }
    // Instagram text is repaired (emoji intact) and the name in it pseudonymised.
    let first = &anns[0];
    assert_eq!(first["meta"]["platform"], "instagram");
    assert_eq!(first["text"], "ok see you at 4 \u{1F600}");
    let mention = anns[3]["text"].as_str().unwrap();
    assert!(mention.starts_with("did spk_") && mention.ends_with(" finish the poster"));
    assert_eq!(
        anns.iter().filter(|a| a["text"] == "<media>").count(),
        5,
        "photo, share, Snapchat media and sticker, TikTok video link"
    );
    // (The manifest and rejects.jsonl name input files, whose folders can be named after
    // people: the data itself never carries those names.)
    let mut all = String::new();
    for f in ["annotations.jsonl", "messages.csv"] {
        all.push_str(&std::fs::read_to_string(out.join(f)).unwrap().to_lowercase());
    }
    assert_eq!(first["corpus"], "instagram");
    for name in [
        "siobh",
        "example",
        "sam_k2011",
        "jo_r2011",
        "alex_b2010",
        "netball",
    ] {
        assert!(!all.contains(name), "{name} leaked");
    }
}
