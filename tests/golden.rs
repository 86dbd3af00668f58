//! Golden tests: the exact bytes c2chat writes for the demo corpus (`corpora/demo`, synthetic
//! and non-graphic), pinned before any refactor (issue 16).
//!
//! Pinned, under `tests/golden/`:
//! - `annotate/`: `annotations.jsonl`, `episodes.jsonl`, `messages.csv`, `rejects.jsonl` byte for byte from
//!   `c2chat annotate corpora/demo --out DIR` (built-in lexicon and model), and `manifest.json`
//!   without its volatile fields (`started`, `finished`, `command_line`, each input's `path`);
//!   everything else in it (counts, lexicon hash, model sha, options, output_bytes…) is pinned.
//! - `report.html`: `c2chat report DIR/annotations.jsonl --out FILE`. The report copies three
//!   run facts from the manifest (`Annotated at`, `Command line (annotate)`, `Annotation run`),
//!   which hold the clock and the temp dir; their values are replaced by `[normalised]`.
//! - `teach/`: `pack.md` and `pack.html` from `c2chat teach … --date 2026-01-01`.
//! - `teach-episodes/`: the same from `c2chat teach … --episodes --date 2026-01-01`.
//! - `review.html`: `c2chat review DIR/annotations.jsonl --out FILE`.
//! - `brat/`: every file of `c2chat export … --to brat` (the listing too), with
//!   `c2chat-export.json`.
//!
//! Update mode: after an intended change of output, run
//!
//! ```text
//! C2CHAT_BLESS=1 cargo test --release --test golden
//! ```
//!
//! which rewrites the expected files instead of comparing (and removes stale brat files);
//! review the diff with `git diff tests/golden` before committing it. On a mismatch the test
//! prints the first differing line of each file (file, line number) and fails.

mod common;
use common::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Run c2chat with a throwaway key file; panics with stderr unless it exits 0.
fn run(tmp: &Path, args: &[&str]) {
    let out = c2chat()
        .env("C2CHAT_KEY_FILE", tmp.join("key"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "c2chat {args:?} exited {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn golden_dir() -> PathBuf {
    root("tests/golden")
}

fn blessing() -> bool {
    std::env::var_os("C2CHAT_BLESS").is_some_and(|v| v == "1")
}

/// `annotate corpora/demo --out TMP/NAME` with extra flags; returns the output directory.
fn annotate(tmp: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let out = tmp.join(name);
    let mut args = vec!["annotate", "corpora/demo", "--out", s(&out), "-q"];
    args.extend_from_slice(extra);
    run(tmp, &args);
    out
}

/// The manifest without the fields that depend on the clock or the temp dir.
fn normalised_manifest(p: &Path) -> Vec<u8> {
    let raw = std::fs::read(p).unwrap();
    let mut m: serde_json::Value = serde_json::from_slice(&raw).unwrap();
    // Re-serialising must reproduce the file, so only the removed fields escape the pin.
    let mut again = serde_json::to_vec_pretty(&m).unwrap();
    again.push(b'\n');
    if again != raw {
        let mut diffs = Vec::new();
        first_difference("manifest.json (re-serialised)", &raw, &again, &mut diffs);
        panic!("{}", diffs.join("\n"));
    }
    let o = m.as_object_mut().expect("manifest is an object");
    for k in ["started", "finished", "command_line"] {
        assert!(o.shift_remove(k).is_some(), "manifest has no {k:?}");
    }
    for input in o["inputs"].as_array_mut().expect("manifest inputs") {
        assert!(input
            .as_object_mut()
            .unwrap()
            .shift_remove("path")
            .is_some());
    }
    let mut v = serde_json::to_vec_pretty(&m).unwrap();
    v.push(b'\n');
    v
}

/// The report with the run facts copied from the manifest (clock, temp dir) replaced.
fn normalised_report(p: &Path) -> Vec<u8> {
    let html = std::fs::read_to_string(p).unwrap();
    let volatile = [
        "<dt>Annotated at</dt><dd>",
        "<dt>Command line (annotate)</dt><dd>",
        "<dt>Annotation run</dt><dd>",
    ];
    let mut seen = [0usize; 3];
    let mut out = String::with_capacity(html.len());
    for line in html.split_inclusive('\n') {
        match volatile.iter().position(|v| line.starts_with(v)) {
            Some(i) => {
                assert!(line.trim_end().ends_with("</dd>"), "report line {line:?}");
                seen[i] += 1;
                out.push_str(volatile[i]);
                out.push_str("[normalised]</dd>\n");
            }
            None => out.push_str(line),
        }
    }
    assert_eq!(seen, [1, 1, 1], "report run facts {volatile:?}");
    out.into_bytes()
}

/// Record the first line where `want` and `got` differ (1-based), or nothing if equal.
fn first_difference(name: &str, want: &[u8], got: &[u8], diffs: &mut Vec<String>) {
    if want == got {
        return;
    }
    let show = |l: Option<&[u8]>| match l {
        None => "<end of file>".to_string(),
        Some(l) => {
            let t = String::from_utf8_lossy(l);
            let t: String = t.chars().take(400).collect();
            format!("{t:?}")
        }
    };
    let (mut w, mut g) = (
        want.split_inclusive(|&b| b == b'\n'),
        got.split_inclusive(|&b| b == b'\n'),
    );
    let mut n = 0;
    loop {
        n += 1;
        let (a, b) = (w.next(), g.next());
        if a != b {
            diffs.push(format!(
                "{name}: first difference at line {n}\n  expected: {}\n  actual:   {}",
                show(a),
                show(b)
            ));
            return;
        }
    }
}

/// Compare (or, when blessing, write) one expected file.
fn check(rel: &str, got: &[u8], diffs: &mut Vec<String>) {
    let p = golden_dir().join(rel);
    if blessing() {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, got).unwrap();
        return;
    }
    match std::fs::read(&p) {
        Ok(want) => first_difference(&format!("tests/golden/{rel}"), &want, got, diffs),
        Err(e) => diffs.push(format!(
            "tests/golden/{rel}: {e} (C2CHAT_BLESS=1 writes it)"
        )),
    }
}

fn listing(dir: &Path) -> BTreeSet<String> {
    match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .map(|e| {
                let e = e.unwrap();
                assert!(
                    e.file_type().unwrap().is_file(),
                    "{:?} is not a file",
                    e.path()
                );
                e.file_name().into_string().unwrap()
            })
            .collect(),
        Err(_) => BTreeSet::new(),
    }
}

#[test]
fn demo_outputs_match_golden() {
    let t = tempfile::tempdir().unwrap();
    let tmp = t.path();
    let mut diffs = Vec::new();

    // 1. annotate, defaults (built-in lexicon and model).
    let out = annotate(tmp, "out", &[]);
    for f in [
        "annotations.jsonl",
        "episodes.jsonl",
        "messages.csv",
        "rejects.jsonl",
    ] {
        check(
            &format!("annotate/{f}"),
            &std::fs::read(out.join(f)).unwrap(),
            &mut diffs,
        );
    }
    check(
        "annotate/manifest.json",
        &normalised_manifest(&out.join("manifest.json")),
        &mut diffs,
    );
    let ann = out.join("annotations.jsonl");

    // 2. report (it has no date flag: see normalised_report).
    let report = tmp.join("report.html");
    run(tmp, &["report", s(&ann), "--out", s(&report), "-q"]);
    check("report.html", &normalised_report(&report), &mut diffs);

    // 3. teaching pack with a fixed provenance date.
    let pack = tmp.join("pack");
    let args = [
        "teach",
        s(&ann),
        "--out",
        s(&pack),
        "--date",
        "2026-01-01",
        "-q",
    ];
    run(tmp, &args);
    assert_eq!(
        listing(&pack),
        BTreeSet::from(["pack.html", "pack.md"].map(String::from)),
        "teach outputs"
    );
    for f in ["pack.md", "pack.html"] {
        check(
            &format!("teach/{f}"),
            &std::fs::read(pack.join(f)).unwrap(),
            &mut diffs,
        );
    }

    // 3b. episode pack (`teach --episodes`), same date.
    let epack = tmp.join("epack");
    let args = [
        "teach",
        s(&ann),
        "--episodes",
        "--out",
        s(&epack),
        "--date",
        "2026-01-01",
        "-q",
    ];
    run(tmp, &args);
    for f in ["pack.md", "pack.html"] {
        check(
            &format!("teach-episodes/{f}"),
            &std::fs::read(epack.join(f)).unwrap(),
            &mut diffs,
        );
    }

    // 3c. review page (`c2chat review`): deterministic, keyed by the annotations' sha256.
    let review = tmp.join("review.html");
    run(tmp, &["review", s(&ann), "--out", s(&review), "-q"]);
    check("review.html", &std::fs::read(&review).unwrap(), &mut diffs);

    // 4. brat export: every file, and no other.
    let brat = tmp.join("brat");
    run(
        tmp,
        &["export", s(&ann), "--to", "brat", "--out", s(&brat), "-q"],
    );
    let got = listing(&brat);
    assert!(got.contains("c2chat-export.json"), "{got:?}");
    let gold_brat = golden_dir().join("brat");
    if blessing() {
        for stale in listing(&gold_brat).difference(&got) {
            std::fs::remove_file(gold_brat.join(stale)).unwrap();
        }
    } else {
        let want = listing(&gold_brat);
        if want != got {
            diffs.push(format!(
                "tests/golden/brat: file listing differs\n  only expected: {:?}\n  only actual:   {:?}",
                want.difference(&got).collect::<Vec<_>>(),
                got.difference(&want).collect::<Vec<_>>()
            ));
        }
    }
    for f in &got {
        check(
            &format!("brat/{f}"),
            &std::fs::read(brat.join(f)).unwrap(),
            &mut diffs,
        );
    }

    if blessing() {
        eprintln!("C2CHAT_BLESS=1: rewrote {}", golden_dir().display());
    }
    assert!(
        diffs.is_empty(),
        "{} golden file(s) differ (if the change is intended: C2CHAT_BLESS=1 cargo test --release --test golden, then review git diff tests/golden):\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}

/// The thread count never changes the output: `--threads 1` against the default.
#[test]
fn annotate_one_thread_matches_default() {
    let t = tempfile::tempdir().unwrap();
    let tmp = t.path();
    let many = annotate(tmp, "default", &[]);
    let one = annotate(tmp, "one", &["--threads", "1"]);
    let mut diffs = Vec::new();
    for f in [
        "annotations.jsonl",
        "episodes.jsonl",
        "messages.csv",
        "rejects.jsonl",
    ] {
        let (a, b) = (
            std::fs::read(many.join(f)).unwrap(),
            std::fs::read(one.join(f)).unwrap(),
        );
        first_difference(&format!("{f} (--threads 1)"), &a, &b, &mut diffs);
    }
    first_difference(
        "manifest.json (--threads 1)",
        &normalised_manifest(&many.join("manifest.json")),
        &normalised_manifest(&one.join("manifest.json")),
        &mut diffs,
    );
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}
