//! `c2chat teach` end to end on the demo corpus: `--title`, `--ui-lang cy`, `--prompts FILE`
//! with edited facilitator notes, excerpts that never repeat a message, and the browser check
//! of the pack skipping cleanly without Chromium.

mod common;
use common::*;
use std::path::{Path, PathBuf};

/// `annotate corpora/demo` into `d/o`; returns the annotations path.
fn demo(d: &Path) -> PathBuf {
    let out = d.join("o");
    c2chat()
        .arg("annotate")
        .arg(root("corpora/demo"))
        .args(["-q", "--out"])
        .arg(&out)
        .assert()
        .success();
    out.join("annotations.jsonl")
}

fn teach(ann: &Path, out: &Path, extra: &[&str]) -> (String, String) {
    c2chat()
        .arg("teach")
        .arg(ann)
        .args(["--max", "0", "--date", "2026-01-01", "-q", "--out"])
        .arg(out)
        .args(extra)
        .assert()
        .success();
    (
        std::fs::read_to_string(out.join("pack.md")).unwrap(),
        std::fs::read_to_string(out.join("pack.html")).unwrap(),
    )
}

#[test]
fn demo_pack_title_welsh_edited_notes_and_no_repeated_message() {
    let d = tempfile::tempdir().unwrap();
    let ann = demo(d.path());
    let (md, html) = teach(&ann, &d.path().join("en"), &["--title", "Year 9 <PSHE>"]);
    assert!(md.starts_with("# Year 9 \\<PSHE\\>\n"), "{md}");
    assert!(html.contains("<h1>Year 9 &lt;PSHE&gt;</h1>"));
    for out in [&md, &html] {
        assert!(!out.contains("seeds/"), "{out}");
        assert!(!out.contains("image_request") && !out.contains("image\\_request"));
        assert!(out.contains("How to run this session") && out.contains("Glossary"));
    }
    // No message line is shown twice (the demo's flagged messages cluster in conversations).
    let mut lines: Vec<&str> = md.lines().filter(|l| l.starts_with("- **Pupil")).collect();
    let n = lines.len();
    lines.sort();
    lines.dedup_by(|a, b| a == b && !a.ends_with(": no") && !a.ends_with(": ok"));
    assert_eq!(lines.len(), n);

    let (md, html) = teach(&ann, &d.path().join("cy"), &["--ui-lang", "cy"]);
    assert!(md.starts_with("# Pecyn addysgu c2chat\n"));
    assert!(html.contains("<html lang=\"cy-GB\">") && html.contains("Disgybl A"));
    assert!(md.contains("## Sut i gynnal y sesiwn hon") && md.contains("## Geirfa"));

    let text = std::fs::read_to_string(root("lexicons/teach-prompts.toml")).unwrap();
    let edited = d.path().join("prompts.toml");
    std::fs::write(
        &edited,
        text.replace(
            "Agree ground rules first",
            "Our own first step: agree ground rules",
        ),
    )
    .unwrap();
    let (md, _) = teach(
        &ann,
        &d.path().join("edited"),
        &["--prompts", edited.to_str().unwrap()],
    );
    assert!(md.contains("Our own first step: agree ground rules"));
    // A category typo in an edited file's points is an error naming the file, with a suggestion.
    std::fs::write(
        &edited,
        text.replace("\"coercive.threat\" = [", "\"coercive.thret\" = ["),
    )
    .unwrap();
    c2chat()
        .arg("teach")
        .arg(&ann)
        .args(["-q", "--prompts"])
        .arg(&edited)
        .arg("--out")
        .arg(d.path().join("bad"))
        .assert()
        .failure()
        .stderr(predicates::str::contains("coercive.thret"))
        .stderr(predicates::str::contains("coercive.threat"));
    c2chat()
        .arg("teach")
        .arg(&ann)
        .args(["-q", "--ui-lang", "cym", "--out"])
        .arg(d.path().join("bad"))
        .assert()
        .failure()
        .stderr(predicates::str::contains("\"cy\""));
}

#[test]
fn browser_check_of_the_pack_skips_cleanly_without_chromium() {
    let d = tempfile::tempdir().unwrap();
    let pack = d.path().join("pack.html");
    std::fs::write(&pack, "<!DOCTYPE html><p>x</p>").unwrap();
    let out = std::process::Command::new("bash")
        .arg(root("tests/browser/check_pack.sh"))
        .arg(&pack)
        .arg(d.path().join("b"))
        .env("C2CHAT_CHROMIUM", d.path().join("no-such-chromium"))
        .env_remove("CI")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("SKIP"),
        "{out:?}"
    );
}
