//! Companion lexicons (`with = [...]` in lexicon.toml) and Welsh initial mutations, on a small
//! hand-made Welsh companion (not the bundled core-cy), so these tests pin the mechanism.
mod common;
use c2chat::lexicon::Lexicon;
use c2chat::matcher::Matcher;
use common::*;
use std::path::Path;

/// `root/main` (a copy of lexicons/core with `with = ["cyx"]`) and `root/cyx`.
fn make(root: &Path, rules: &str, patterns: &str) -> std::path::PathBuf {
    let main = root.join("main");
    std::fs::create_dir_all(main.join("entries")).unwrap();
    let core = common::root("lexicons/core");
    for rel in ["patterns.toml", "rules.toml", "frames.toml"] {
        std::fs::copy(core.join(rel), main.join(rel)).unwrap();
    }
    for e in std::fs::read_dir(core.join("entries")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, main.join("entries").join(p.file_name().unwrap())).unwrap();
    }
    let toml = std::fs::read_to_string(core.join("lexicon.toml")).unwrap();
    assert!(toml.contains("with = [\"core-cy\"]"));
    let toml = toml.replacen("with = [\"core-cy\"]", "with = [\"cyx\"]", 1);
    std::fs::write(main.join("lexicon.toml"), toml).unwrap();
    let cy = root.join("cyx");
    std::fs::create_dir_all(cy.join("entries")).unwrap();
    std::fs::write(
        cy.join("lexicon.toml"),
        "name = \"cyx\"\nversion = \"0.0.1\"\nlanguage = \"cy\"\n",
    )
    .unwrap();
    // The bundled table (its rules are pinned one by one in src/lexicon/mutation.rs).
    std::fs::copy(
        common::root("lexicons/core-cy/mutations.toml"),
        cy.join("mutations.toml"),
    )
    .unwrap();
    std::fs::write(
        cy.join("entries/c.tsv"),
        "term\tcategory\tseverity\tmatch\tnote\tunless\n\
         anfon llun\tcoercive.image_request\t2\tphrase\tsource: test\t\\bgwaith cartref\\b\n\
         pert\tsexualised.appearance\t1\tword\tsource: test\t\n",
    )
    .unwrap();
    std::fs::write(cy.join("patterns.toml"), patterns).unwrap();
    std::fs::write(cy.join("rules.toml"), rules).unwrap();
    main
}

const PATTERN: &str = "[[pattern]]\nid = \"cy.show\"\ncategory = \"coercive.image_request\"\nseverity = 2\ndescription = \"show a picture\"\nregex = '''\\bdangos (dy|ei) <m:corff>\\b'''\n";

fn cats(m: &Matcher, text: &str) -> Vec<(String, String)> {
    let (spans, _) = m.match_text(text);
    spans
        .into_iter()
        .filter(|s| s.frame != c2chat::model::Frame::Excepted)
        .map(|s| {
            let covered: String = text.chars().skip(s.start).take(s.end - s.start).collect();
            (s.category, covered)
        })
        .collect()
}

#[test]
fn a_companion_adds_entries_that_match_mutated_forms_with_original_offsets() {
    let d = tempfile::tempdir().unwrap();
    let main = make(d.path(), "refusal = '''^\\s*na\\b'''\n", PATTERN);
    let lex = Lexicon::load(&main).unwrap();
    assert_eq!(lex.companions, vec!["cyx@0.0.1"]);
    let m = Matcher::new(lex).unwrap();
    // Radical and soft-mutated object, with the original (upper-case, accented) text covered.
    for (text, covered) in [
        ("Anfon llun plis", "Anfon llun"),
        ("wnei di anfon lun", "anfon lun"),
        ("ti'n bert", "bert"),
        ("mor bert", "bert"),
    ] {
        let got = cats(&m, text);
        assert!(got.iter().any(|(_, c)| c == covered), "{text}: {got:?}");
    }
    // A pattern's <m:corff> matches the soft form (dy gorff) and the aspirate one (ei chorff).
    for text in ["dangos dy gorff", "dangos ei chorff", "dangos ei gorff"] {
        let got = cats(&m, text);
        assert!(
            got.iter().any(|(c, _)| c == "coercive.image_request"),
            "{text}: {got:?}"
        );
    }
    // The entry's `unless` still applies to the mutated form; English words stay English.
    let got = cats(&m, "anfon lun o'r gwaith cartref");
    assert!(
        got.iter().all(|(c, _)| c != "coercive.image_request"),
        "{got:?}"
    );
    // The English core lexicon still works beside it.
    let got = cats(&m, "send me a pic");
    assert!(got.iter().any(|(c, _)| c == "coercive.image_request"));
}

#[test]
fn a_companion_refusal_cue_is_ored_with_the_main_one() {
    let d = tempfile::tempdir().unwrap();
    let main = make(d.path(), "refusal = '''^\\s*dim diolch\\b'''\n", PATTERN);
    let lex = Lexicon::load(&main).unwrap();
    let re = regex::Regex::new(&lex.rules.refusal).unwrap();
    assert!(re.is_match("dim diolch"));
    assert!(re.is_match("no way"));
}

#[test]
fn companion_mistakes_are_errors_naming_the_file() {
    let d = tempfile::tempdir().unwrap();
    // A numeric setting in a companion's rules.toml.
    let main = make(d.path(), "window = 3\n", PATTERN);
    let e = Lexicon::load(&main).unwrap_err().to_string();
    assert!(
        e.contains("cyx/rules.toml") && e.contains("regex cue"),
        "{e}"
    );
    // A typo in a cue name gets a suggestion.
    std::fs::write(d.path().join("cyx/rules.toml"), "refusl = 'na'\n").unwrap();
    let e = Lexicon::load(&main).unwrap_err().to_string();
    assert!(e.contains("refusal"), "{e}");
    // `<m:` without a closing `>`.
    std::fs::write(d.path().join("cyx/rules.toml"), "").unwrap();
    std::fs::write(
        d.path().join("cyx/patterns.toml"),
        PATTERN.replace("<m:corff>", "<m:corff"),
    )
    .unwrap();
    let e = Lexicon::load(&main).unwrap_err().to_string();
    assert!(e.contains("cyx/patterns.toml"), "{e}");
    // A Welsh lexicon without its mutation table.
    std::fs::write(d.path().join("cyx/patterns.toml"), PATTERN).unwrap();
    std::fs::remove_file(d.path().join("cyx/mutations.toml")).unwrap();
    let e = Lexicon::load(&main).unwrap_err().to_string();
    assert!(e.contains("mutations.toml"), "{e}");
    // A companion that is nowhere.
    std::fs::remove_dir_all(d.path().join("cyx")).unwrap();
    let e = format!("{:#}", Lexicon::load(&main).unwrap_err());
    assert!(e.contains("cyx") && e.contains("built in"), "{e}");
}

#[test]
fn the_hash_covers_the_companion() {
    let d = tempfile::tempdir().unwrap();
    let main = make(d.path(), "", PATTERN);
    let before = Lexicon::load(&main).unwrap().hash;
    std::fs::write(
        d.path().join("cyx/entries/c.tsv"),
        "term\tcategory\tseverity\tmatch\tnote\tunless\n",
    )
    .unwrap();
    assert_ne!(Lexicon::load(&main).unwrap().hash, before);
    // The annotate manifest names the companion.
    let out = d.path().join("o");
    let csv = d.path().join("m.csv");
    std::fs::write(&csv, "message_id,text\nm1,anfon lun plis\n").unwrap();
    c2chat()
        .arg("annotate")
        .arg(&csv)
        .arg("--lexicon")
        .arg(&main)
        .args(["--no-model", "-q", "--out"])
        .arg(&out)
        .assert()
        .success();
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["lexicon"]["companions"][0], "cyx@0.0.1", "{m}");
}
