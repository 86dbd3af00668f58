mod common;
use common::*;
use predicates::prelude::*;

#[test]
fn lint_reports_each_kind_of_problem() {
    let out = c2chat()
        .args(["lexicon", "lint"])
        .arg(fixture("lintlex"))
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8(out).unwrap();
    assert!(
        s.lines()
            .any(|l| l.starts_with("duplicate\t") && l.contains("e.tsv:7")),
        "{s}"
    );
    assert!(
        s.lines()
            .any(|l| l.starts_with("shadowed\t") && l.contains("e.tsv:3") && l.contains("report*")),
        "{s}"
    );
    assert!(
        s.lines()
            .any(|l| l.starts_with("empty-term\t") && l.contains("e.tsv:5")),
        "{s}"
    );
    assert!(
        s.lines()
            .any(|l| l.starts_with("regex-error\t") && l.contains("e.tsv:6")),
        "{s}"
    );
    assert!(
        s.lines()
            .any(|l| l.starts_with("no-definition\t") && l.contains("coercive.secrecy")),
        "{s}"
    );
}

#[test]
fn liwc_import_round_trips_into_a_working_lexicon_with_longest_match_precedence() {
    let d = tempfile::tempdir().unwrap();
    let lex = d.path().join("lex");
    c2chat()
        .args(["lexicon", "import", "--from", "liwc"])
        .arg(fixture("import/small.dic"))
        .arg("--out")
        .arg(&lex)
        .assert()
        .success()
        .stdout(predicate::str::contains("2 categories, 5 entries"));
    // `helpful` is an exact entry in support and challenge; `help*` (support only) must not win over it,
    // and `helping` falls to the wildcard.
    let input = d.path().join("in.csv");
    std::fs::write(
        &input,
        "message_id,text\n1,that was helpful\n2,i am helping\n3,that's not ok\n",
    )
    .unwrap();
    let out = d.path().join("out");
    c2chat()
        .arg("annotate")
        .arg("--no-model")
        .arg(&input)
        .arg("--lexicon")
        .arg(&lex)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    let labels = |i: usize| {
        anns[i]["labels"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(labels(0), vec!["challenge", "support"]);
    assert_eq!(
        anns[0]["spans"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["rule_id"] == "lex:helpful")
            .count(),
        2
    );
    assert_eq!(labels(1), vec!["support"]);
    assert_eq!(labels(2), vec!["challenge"]);
    // The terms listing shows the normalised forms.
    c2chat()
        .args(["lexicon", "terms"])
        .arg(&lex)
        .assert()
        .success()
        .stdout(predicate::str::contains("help*\thelp\tsupport\tPrefix"));
}

#[test]
fn liwc_import_errors_name_file_and_line() {
    let d = tempfile::tempdir().unwrap();
    c2chat()
        .args(["lexicon", "import", "--from", "liwc"])
        .arg(fixture("import/bad_id.dic"))
        .arg("--out")
        .arg(d.path().join("x"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad_id.dic:4: category id \"9\" is not in the header",
        ));
}

#[test]
fn hurtlex_import() {
    let d = tempfile::tempdir().unwrap();
    let lex = d.path().join("hl");
    c2chat()
        .args(["lexicon", "import", "--from", "hurtlex"])
        .arg(fixture("import/hurtlex_small.tsv"))
        .arg("--out")
        .arg(&lex)
        .assert()
        .success()
        .stdout(predicate::str::contains("2 categories, 3 entries"));
    let tsv = std::fs::read_to_string(lex.join("entries.tsv")).unwrap();
    assert!(tsv.contains("placeholder insult\thurtlex.qas\t2\tphrase"));
    assert!(tsv.contains("mock*\thurtlex.qas\t1\tprefix"));
}
