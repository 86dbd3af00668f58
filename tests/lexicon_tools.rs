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
    for (kind, at, also) in [
        ("duplicate", "e.tsv:7", ""),
        ("shadowed", "e.tsv:3", "report*"),
        ("empty-term", "e.tsv:5", ""),
        ("regex-error", "e.tsv:6", ""),
        ("no-definition", "coercive.secrecy", ""),
        ("no-prompt", "coercive.secrecy", ""),
        ("no-general-prompts", "protective", ""),
    ] {
        assert!(
            s.lines()
                .any(|l| l.starts_with(&format!("{kind}\t")) && l.contains(at) && l.contains(also)),
            "{kind} {at}: {s}"
        );
    }
}

#[test]
fn a_misspelt_category_field_is_an_error_naming_the_line() {
    let d = tempfile::tempdir().unwrap();
    let lex = d.path().join("lex");
    std::fs::create_dir(&lex).unwrap();
    std::fs::write(
        lex.join("lexicon.toml"),
        "name = \"x\"\nversion = \"1\"\n[[categories]]\nid = \"protective\"\npromt = \"Why?\"\n",
    )
    .unwrap();
    c2chat()
        .args(["lexicon", "lint"])
        .arg(&lex)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("lexicon.toml:5").and(predicate::str::contains("promt")));
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

/// `lexicon export core DIR/lex`: an editable copy of the core lexicon.
fn exported_core(d: &std::path::Path) -> std::path::PathBuf {
    let lex = d.join("lex");
    c2chat()
        .args(["lexicon", "export", "core"])
        .arg(&lex)
        .assert()
        .success();
    lex
}

/// Annotate two small conversations with `lex`; the rule ids of each message's spans.
fn rule_ids(d: &std::path::Path, lex: &std::path::Path, name: &str) -> Vec<Vec<String>> {
    let input = d.join("rules.csv");
    std::fs::write(
        &input,
        "conversation_id,message_id,speaker,text\n\
         c1,m1,spk_a,send me a pic\nc1,m2,spk_b,no\nc1,m3,spk_a,come on\n\
         c2,m4,spk_c,send me a pic\nc2,m5,spk_d,hmm whatever\nc2,m6,spk_c,come on\n",
    )
    .unwrap();
    let out = d.join(name);
    c2chat()
        .env("C2CHAT_KEY_FILE", d.join("key"))
        .args(["annotate", "--no-model", "-q"])
        .arg(&input)
        .arg("--lexicon")
        .arg(lex)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    read_jsonl(&out.join("annotations.jsonl"))
        .iter()
        .map(|a| {
            a["spans"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|s| s["rule_id"].as_str())
                .filter(|r| r.starts_with("rule."))
                .map(String::from)
                .collect()
        })
        .collect()
}

#[test]
fn conversation_rules_come_from_rules_toml() {
    let d = tempfile::tempdir().unwrap();
    let lex = exported_core(d.path());
    let rules = std::fs::read_to_string(lex.join("rules.toml")).unwrap();
    assert!(rules.contains("refusal = ") && rules.contains("window = 8"));
    let pressure = vec!["rule.pressure_after_refusal".to_string()];
    // Without a refusal, "come on" after one's own request is still a nudge (the `nudge` regex).
    let nudge = vec!["rule.pressure_after_request".to_string()];
    // The core rules: "no" is a refusal, "hmm whatever" is not.
    let core = rule_ids(d.path(), &lex, "core");
    assert_eq!(core[2], pressure);
    assert_eq!(core[5], nudge);
    // A lexicon whose refusal regex knows only "hmm whatever".
    let edited: String = rules
        .lines()
        .map(|l| {
            if l.starts_with("refusal = ") {
                "refusal = '^hmm whatever$'".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(lex.join("rules.toml"), edited).unwrap();
    let changed = rule_ids(d.path(), &lex, "edited");
    assert_eq!(changed[2], nudge);
    assert_eq!(changed[5], pressure);
    // Without rules.toml the lexicon gets the built-in core rules.
    std::fs::remove_file(lex.join("rules.toml")).unwrap();
    assert_eq!(rule_ids(d.path(), &lex, "none"), core);
}

#[test]
fn malformed_rules_toml_is_an_error_naming_the_file() {
    let d = tempfile::tempdir().unwrap();
    let lex = exported_core(d.path());
    for (text, want) in [
        ("window = \"eight\"\n", "rules.toml:1:"),
        ("window = 8\nrefusals = 'no'\n", "rules.toml:2:"),
        ("refusal = '(no'\n", "rules.toml: refusal: invalid regex"),
    ] {
        std::fs::write(lex.join("rules.toml"), text).unwrap();
        c2chat()
            .args(["lexicon", "lint"])
            .arg(&lex)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(want));
    }
}
