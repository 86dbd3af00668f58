//! The shard-and-merge recipe of docs/scale.md gives the same result as a single run.
mod common;
use common::*;

#[test]
fn shard_and_merge_recipe_equals_a_single_run() {
    let d = tempfile::tempdir().unwrap();
    let corpus = d.path().join("corpus.csv");
    c2chat()
        .args(["synth", "--messages", "3000", "--seed", "9", "--out"])
        .arg(&corpus)
        .assert()
        .success();
    let bin = assert_cmd::cargo::cargo_bin("c2chat");
    let work = d.path().join("work");
    let st = std::process::Command::new("bash")
        .arg(root("scripts/shard_and_merge.sh"))
        .arg(&corpus)
        .arg(&work)
        .args(["4", "2"])
        .env("C2CHAT", &bin)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert!(st.success());
    // The single run.
    let single = d.path().join("single");
    c2chat()
        .arg("annotate")
        .arg(&corpus)
        .arg("--out")
        .arg(&single)
        .arg("-q")
        .assert()
        .success();
    c2chat()
        .arg("stats")
        .arg(single.join("annotations.jsonl"))
        .arg("--out")
        .arg(single.join("stats"))
        .arg("-q")
        .assert()
        .success();
    for f in [
        "stats.csv",
        "stats.json",
        "dispersion.csv",
        "cooccurrence_message.csv",
        "speakers.csv",
    ] {
        assert_eq!(
            std::fs::read(work.join("merged").join(f)).unwrap(),
            std::fs::read(single.join("stats").join(f)).unwrap(),
            "{f}"
        );
    }
    // Identical annotations, except the corpus name (stdin has no directory to name it by).
    let load = |p: std::path::PathBuf| {
        let mut v: Vec<String> = read_jsonl(&p)
            .into_iter()
            .map(|mut a| {
                a.as_object_mut().unwrap().remove("corpus");
                a.to_string()
            })
            .collect();
        v.sort();
        v
    };
    let (a, b) = (
        load(work.join("annotations.jsonl")),
        load(single.join("annotations.jsonl")),
    );
    assert_eq!(a.len(), 3000);
    assert!(a == b, "sharded annotations differ from the single run");
}
