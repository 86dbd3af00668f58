//! Reliability properties: span offsets, interruption, determinism across threads with the defaults.
mod common;
use common::*;
use proptest::prelude::*;
use std::sync::OnceLock;

fn matcher() -> &'static c2chat::matcher::Matcher {
    static M: OnceLock<c2chat::matcher::Matcher> = OnceLock::new();
    M.get_or_init(|| {
        c2chat::matcher::Matcher::new(
            c2chat::lexicon::Lexicon::load(&root("lexicons/core")).unwrap(),
        )
        .unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    /// Every span's text equals the original substring at its code-point offsets, whatever the input.
    #[test]
    fn span_text_is_the_original_substring(
        words in proptest::collection::vec(prop_oneof![
            Just("send"), Just("s3nd"), Just("a"), Just("pic"), Just("p1c"), Just("pleeease"), Just("u"), Just("owe"),
            Just("me"), Just("don't"), Just("tell"), Just("anyone"), Just("😀"), Just("ÉCOLE"), Just("report"), Just("it"),
            Just("s e n d"), Just("\u{200B}"), Just("just"), Just("banter"), Just("ur"), Just("so"), Just("fit"),
        ], 0..14),
        seps in proptest::collection::vec(prop_oneof![Just(" "), Just("  "), Just(", "), Just("\n"), Just("’")], 14)
    ) {
        let text: String = words.iter().zip(&seps).map(|(w, s)| format!("{w}{s}")).collect();
        let (spans, _) = matcher().match_text(&text);
        let chars: Vec<char> = text.chars().collect();
        for s in spans {
            prop_assert!(s.start < s.end && s.end <= chars.len());
            let sub: String = chars[s.start..s.end].iter().collect();
            prop_assert_eq!(sub, s.text);
        }
    }
}

#[test]
fn killed_annotate_leaves_no_partial_output_and_a_rerun_matches() {
    let d = tempfile::tempdir().unwrap();
    let corpus = d.path().join("big.csv");
    c2chat()
        .args(["synth", "--messages", "300000", "--seed", "4", "--out"])
        .arg(&corpus)
        .assert()
        .success();
    let out = d.path().join("o");
    let bin = assert_cmd::cargo::cargo_bin("c2chat");
    let mut child = std::process::Command::new(&bin)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("annotate")
        .arg(&corpus)
        .arg("--no-model")
        .arg("-q")
        .arg("--out")
        .arg(&out)
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    let finished_early = child.try_wait().unwrap().is_some();
    child.kill().ok();
    child.wait().unwrap();
    if !finished_early {
        for f in [
            "annotations.jsonl",
            "messages.csv",
            "rejects.jsonl",
            "manifest.json",
        ] {
            assert!(!out.join(f).exists(), "{f} exists after a kill");
        }
    }
    // A re-run completes and equals a run into a fresh directory.
    c2chat()
        .arg("annotate")
        .arg(&corpus)
        .args(["--no-model", "-q", "--out"])
        .arg(&out)
        .assert()
        .success();
    let fresh = d.path().join("fresh");
    c2chat()
        .arg("annotate")
        .arg(&corpus)
        .args(["--no-model", "-q", "--threads", "1", "--out"])
        .arg(&fresh)
        .assert()
        .success();
    assert_eq!(
        std::fs::read(out.join("annotations.jsonl")).unwrap(),
        std::fs::read(fresh.join("annotations.jsonl")).unwrap()
    );
    // Temporary files of the killed run are left only as hidden .c2chat-tmp-* files, never as outputs.
    for e in std::fs::read_dir(&out).unwrap() {
        let n = e.unwrap().file_name().to_string_lossy().to_string();
        assert!(
            n.starts_with(".c2chat-tmp-")
                || [
                    "annotations.jsonl",
                    "episodes.jsonl",
                    "messages.csv",
                    "rejects.jsonl",
                    "manifest.json"
                ]
                .contains(&n.as_str()),
            "{n}"
        );
    }
}

#[test]
fn defaults_give_identical_bytes_across_thread_counts() {
    let d = tempfile::tempdir().unwrap();
    for t in ["1", "2", "7"] {
        c2chat()
            .arg("annotate")
            .arg(root("corpora/dev"))
            .args(["-q", "--threads", t, "--out"])
            .arg(d.path().join(t))
            .assert()
            .success();
    }
    for f in [
        "annotations.jsonl",
        "episodes.jsonl",
        "messages.csv",
        "rejects.jsonl",
    ] {
        for t in ["2", "7"] {
            assert_eq!(
                std::fs::read(d.path().join("1").join(f)).unwrap(),
                std::fs::read(d.path().join(t).join(f)).unwrap(),
                "{f} with {t} threads"
            );
        }
    }
}

fn annotate_file(path: &std::path::Path, out: &std::path::Path) -> assert_cmd::assert::Assert {
    c2chat()
        .arg("annotate")
        .arg(path)
        .args(["--no-model", "--allow-pii", "-q", "--out"])
        .arg(out)
        .assert()
}

fn counts(out: &std::path::Path) -> (u64, u64, u64) {
    let m = read_json(&out.join("manifest.json"));
    let c = &m["counts"];
    (
        c["read"].as_u64().unwrap(),
        c["annotated"].as_u64().unwrap(),
        c["rejected"].as_u64().unwrap(),
    )
}

#[test]
fn nul_bytes_deep_json_and_garbage_never_panic_and_reconcile() {
    let d = tempfile::tempdir().unwrap();
    // NUL bytes inside a message: kept in the text, removed by the normaliser.
    let nul = d.path().join("nul.csv");
    std::fs::write(&nul, b"message_id,text\n1,\"send\x00 a pic\"\n2,ok\n").unwrap();
    annotate_file(&nul, &d.path().join("o1")).success();
    assert_eq!(counts(&d.path().join("o1")), (2, 2, 0));
    // Deeply nested JSON: a reject, not a crash.
    let deep = d.path().join("deep.jsonl");
    let nested = format!("{{\"message_id\":\"a\",\"text\":\"hi\",\"x\":{}{}}}\n{{\"message_id\":\"b\",\"text\":\"ok\"}}\n", "[".repeat(5000), "]".repeat(5000));
    std::fs::write(&deep, nested).unwrap();
    annotate_file(&deep, &d.path().join("o2")).success();
    assert_eq!(counts(&d.path().join("o2")), (2, 1, 1));
    let rej = std::fs::read_to_string(d.path().join("o2/rejects.jsonl")).unwrap();
    assert!(
        rej.contains("invalid JSON") && rej.contains("\"line\":1"),
        "{rej}"
    );
    // Binary garbage named .csv: either a clear error naming the file, or rejects that reconcile.
    let garbage = d.path().join("garbage.csv");
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    std::fs::write(&garbage, bytes).unwrap();
    let out = d.path().join("o3");
    let a = c2chat()
        .arg("annotate")
        .arg(&garbage)
        .args(["--no-model", "--allow-pii", "-q", "--out"])
        .arg(&out)
        .assert();
    let code = a.get_output().status.code().unwrap();
    if code == 0 {
        let (r, n, j) = counts(&out);
        assert_eq!(r, n + j);
    } else {
        assert_eq!(code, 2);
        assert!(String::from_utf8_lossy(&a.get_output().stderr).contains("garbage.csv"));
    }
}

#[test]
fn a_50_mb_single_message_is_annotated() {
    let d = tempfile::tempdir().unwrap();
    let big = d.path().join("big.csv");
    let mut text = String::with_capacity(50 << 20);
    while text.len() < 50 << 20 {
        text.push_str("lol ok see you at the bus stop ");
    }
    text.push_str("send me a pic of u");
    std::fs::write(&big, format!("message_id,text\nbig,\"{text}\"\n")).unwrap();
    let out = d.path().join("o");
    annotate_file(&big, &out).success();
    assert_eq!(counts(&out), (1, 1, 0));
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert!(anns[0]["labels"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l == "coercive.image_request"));
}
