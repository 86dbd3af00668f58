//! The precision cases the core lexicon must respect, and its lint. (The dev-set floors are in
//! tests/floors.rs.)
mod common;
use common::*;

#[test]
fn hard_negatives_are_not_flagged_and_negated_blame_is_protective() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("hn.csv");
    let negatives = [
        "send me the pic of the homework",
        "can u send the timetable pic",
        "send me a pic of your puppy",
        "I'll kill you if you spoil it",
        "this homework is killing me",
        "don't tell her about the surprise party",
        "sharing nudes of under 18s is illegal",
        "it's so hot today",
        "the teacher exposed our class",
    ];
    let mut csv = String::from("message_id,conversation_id,text\n");
    for (i, t) in negatives.iter().enumerate() {
        csv.push_str(&format!("n{i},c{i},\"{t}\"\n"));
    }
    csv.push_str("b1,cb,\"it's not her fault\"\n");
    csv.push_str("p1,cp,\"send me a pic of u\"\n");
    std::fs::write(&input, csv).unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .assert()
        .success();
    for a in read_jsonl(&out.join("annotations.jsonl")) {
        let labels: Vec<&str> = a["labels"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap())
            .collect();
        match a["message_id"].as_str().unwrap() {
            "b1" => assert_eq!(labels, vec!["protective.support"]),
            "p1" => assert!(labels.contains(&"coercive.image_request"), "{labels:?}"),
            _ => assert!(labels.is_empty(), "{} -> {labels:?}", a["text"]),
        }
    }
}

#[test]
fn core_lexicon_lints_clean_and_is_large_enough() {
    c2chat()
        .args(["lexicon", "lint"])
        .arg(root("lexicons/core"))
        .assert()
        .success();
    let out = c2chat()
        .args(["lexicon", "terms"])
        .arg(root("lexicons/core"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let terms = String::from_utf8(out).unwrap();
    let mut per: std::collections::BTreeMap<String, usize> = Default::default();
    for l in terms.lines().skip(1) {
        *per.entry(l.split('\t').nth(2).unwrap().to_string())
            .or_default() += 1;
    }
    let patterns = std::fs::read_to_string(root("lexicons/core/patterns.toml")).unwrap();
    let total: usize = per.values().sum();
    assert!(total >= 600, "{total} entries");
    assert!(patterns.matches("[[pattern]]").count() >= 80);
    // Every fine category has entries or patterns; the bare top-level `protective` has none of
    // its own since v1.2 (its four sub-categories carry them).
    for c in c2chat::model::CATEGORY_IDS
        .iter()
        .filter(|c| c.contains('.'))
    {
        let p = patterns.matches(&format!("category = \"{c}\"")).count();
        assert!(per.get(*c).copied().unwrap_or(0) + p >= 30, "{c}");
    }
}
