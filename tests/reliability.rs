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
    for t in ["1", "2"] {
        c2chat()
            .arg("annotate")
            .arg(root("corpora/dev"))
            .args(["-q", "--threads", t, "--out"])
            .arg(d.path().join(t))
            .assert()
            .success();
    }
    for f in ["annotations.jsonl", "messages.csv", "rejects.jsonl"] {
        assert_eq!(
            std::fs::read(d.path().join("1").join(f)).unwrap(),
            std::fs::read(d.path().join("2").join(f)).unwrap(),
            "{f}"
        );
    }
}
