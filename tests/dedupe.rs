//! The duplicate check (`--dedupe global`) with a tiny memory cap, so that id hashes are
//! spilled to runs on disk and merged: the same rejects as with everything in memory, and no
//! temporary files left behind, also when the run fails.

mod common;
use common::*;
use std::path::Path;

const TEXTS: [&str; 6] = [
    "see you at lunch",
    "did you finish the maths homework",
    "send me a pic",
    "it was just banter",
    "leave her alone it is not funny",
    "ok",
];

/// A CSV of `ids` (one message each, in order), with a header.
fn write_csv(path: &Path, ids: &[String]) {
    let mut s = String::from("message_id,conversation_id,speaker,text\n");
    for (i, id) in ids.iter().enumerate() {
        s.push_str(&format!(
            "{id},c{},s{},{}\n",
            i / 20,
            i % 3,
            TEXTS[i % TEXTS.len()]
        ));
    }
    std::fs::write(path, s).unwrap();
}

/// `annotate` over `inputs` into `out`, with `memory_ids` hashes in memory (none: the
/// default) and `tmp` as the temporary directory.
fn run(
    inputs: &[&Path],
    out: &Path,
    tmp: &Path,
    memory_ids: Option<&str>,
) -> assert_cmd::assert::Assert {
    let mut c = c2chat();
    c.arg("annotate")
        .args(inputs)
        .args(["--no-model", "-q", "--out"])
        .arg(out)
        .env("TMPDIR", tmp);
    match memory_ids {
        Some(n) => c.env("C2CHAT_DEDUPE_MEMORY_IDS", n),
        None => c.env_remove("C2CHAT_DEDUPE_MEMORY_IDS"),
    };
    c.assert()
}

fn leftovers(tmp: &Path) -> Vec<String> {
    std::fs::read_dir(tmp)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with("c2chat-dedupe-"))
        .collect()
}

/// Two files: 2,000 distinct ids, then repeats of ids from far back (long spilled and
/// merged), of recent ones, and new ids.
fn corpus(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let mut first: Vec<String> = (0..2000).map(|i| format!("m{i}")).collect();
    first.push("m3".into()); // line 2002
    first.push("m1999".into()); // line 2003
    first.push("n1".into());
    let second: Vec<String> = ["m0", "n2", "m1000", "n1", "n3", "n2"]
        .map(String::from)
        .to_vec();
    let (a, b) = (dir.join("a.csv"), dir.join("b.csv"));
    write_csv(&a, &first);
    write_csv(&b, &second);
    (a, b)
}

#[test]
fn duplicates_far_apart_are_rejected_as_with_everything_in_memory() {
    let d = tempfile::tempdir().unwrap();
    let tmp = d.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let (a, b) = corpus(d.path());
    let (spilled, memory) = (d.path().join("spilled"), d.path().join("memory"));
    run(&[&a, &b], &spilled, &tmp, Some("7")).success();
    run(&[&a, &b], &memory, &tmp, None).success();
    let rejects = read_jsonl(&spilled.join("rejects.jsonl"));
    let got: Vec<String> = rejects
        .iter()
        .map(|r| {
            format!(
                "{}:{} {} {}",
                Path::new(r["file"].as_str().unwrap())
                    .file_name()
                    .unwrap()
                    .to_string_lossy(),
                r["line"],
                r["message_id"].as_str().unwrap_or("-"),
                r["reason"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "a.csv:2002 m3 duplicate message_id",
            "a.csv:2003 m1999 duplicate message_id",
            "b.csv:2 m0 duplicate message_id",
            "b.csv:4 m1000 duplicate message_id",
            "b.csv:5 n1 duplicate message_id",
            "b.csv:7 n2 duplicate message_id",
        ]
    );
    for f in ["rejects.jsonl", "annotations.jsonl", "episodes.jsonl"] {
        let s = std::fs::read(spilled.join(f)).unwrap();
        assert_eq!(s, std::fs::read(memory.join(f)).unwrap(), "{f} differs");
    }
    let anns = read_jsonl(&spilled.join("annotations.jsonl"));
    assert_eq!(anns.len(), 2001 + 2, "every first occurrence is annotated");
    assert!(leftovers(&tmp).is_empty(), "{:?}", leftovers(&tmp));
}

#[test]
fn a_failed_run_leaves_no_temporary_files() {
    let d = tempfile::tempdir().unwrap();
    let tmp = d.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let (a, _) = corpus(d.path());
    // The second input has no text column: an error after the first has been spilled.
    let bad = d.path().join("bad.csv");
    std::fs::write(&bad, "message_id,body\nx1,hello\n").unwrap();
    run(&[&a, &bad], &d.path().join("out"), &tmp, Some("5"))
        .failure()
        .stderr(predicates::str::contains("no text column"));
    assert!(leftovers(&tmp).is_empty(), "{:?}", leftovers(&tmp));
}

#[test]
fn a_bad_memory_setting_is_an_error_naming_it() {
    let d = tempfile::tempdir().unwrap();
    let (a, _) = corpus(d.path());
    run(&[&a], &d.path().join("out"), d.path(), Some("lots"))
        .failure()
        .stderr(predicates::str::contains("C2CHAT_DEDUPE_MEMORY_IDS"));
}
