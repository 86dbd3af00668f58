//! One command language: typing mistakes are errors, quiet means quiet, a closed pipe is
//! not an error, every flag has help, and CSV cells cannot run as spreadsheet formulas.

mod common;
use c2chat::model::{Annotation, Source};
use common::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// One annotation line (synthetic, non-graphic): "send it now or else ok" with one meta
/// field and, for each label, a span over "send".
fn ann(id: &str, conv: &str, speaker: &str, meta: (&str, &str), labels: &[&str]) -> String {
    let b = Annotation::builder(id, "send it now or else ok")
        .corpus("t")
        .conversation(conv)
        .speaker(speaker)
        .timestamp("2025-01-10T10:00:00Z")
        .meta(meta.0, meta.1)
        .tokens(6)
        .rule_id("p");
    let a = labels
        .iter()
        .fold(b, |b, c| b.span(*c, 0, 4, 2, Source::Pattern))
        .build();
    serde_json::to_string(&a).unwrap()
}

/// 40 messages over two platforms; snapchat has more coercive messages.
fn corpus(dir: &Path) -> PathBuf {
    let p = dir.join("a.jsonl");
    let mut f = std::fs::File::create(&p).unwrap();
    for i in 0..40 {
        let platform = if i % 2 == 0 { "snapchat" } else { "whatsapp" };
        let labels: &[&str] = if i % 4 == 0 || i == 1 {
            &["coercive.pressure"]
        } else {
            &[]
        };
        let meta = ("platform", platform);
        writeln!(
            f,
            "{}",
            ann(
                &format!("m{i}"),
                &format!("c{}", i % 5),
                &format!("s{}", i % 3),
                meta,
                labels
            )
        )
        .unwrap();
    }
    p
}

fn fails_with(args: &[&str], p: &Path, want: &[&str]) {
    let out = c2chat().args(args).arg(p).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?}");
    for w in want {
        assert!(err.contains(w), "{args:?}: want {w:?} in {err}");
    }
}

#[test]
fn unknown_fields_values_and_categories_are_errors_that_suggest() {
    let d = tempfile::tempdir().unwrap();
    let p = corpus(d.path());
    let out = d.path().join("s");
    let o = out.to_str().unwrap();
    let whatsapp = [
        r#"unknown value of platform "whatsap""#,
        r#""snapchat", "whatsapp""#,
        r#"did you mean "whatsapp"?"#,
    ];
    fails_with(
        &["keywords", "--compare", "platform=snapchat,whatsap"],
        &p,
        &whatsapp,
    );
    fails_with(
        &[
            "keywords",
            "--a",
            "platform=snapchat",
            "--b",
            "platform=whatsap",
        ],
        &p,
        &whatsapp,
    );
    fails_with(
        &[
            "stats",
            "--out",
            o,
            "--compare",
            "platform=snapchat,whatsap",
        ],
        &p,
        &whatsapp,
    );
    fails_with(
        &[
            "stats",
            "--out",
            o,
            "--compare",
            "platfrom=snapchat,whatsapp",
        ],
        &p,
        &[r#"did you mean "platform"?"#],
    );
    fails_with(
        &["stats", "--out", o, "--by", "Year"],
        &p,
        &[
            r#"unknown field "Year""#,
            r#"did you mean "year"?"#,
            r#""platform""#,
        ],
    );
    assert!(!out.exists(), "nothing is written on a typing mistake");
    fails_with(
        &["concordance", "--category", "sexualised.nonsense"],
        &p,
        &[
            r#"unknown category "sexualised.nonsense""#,
            r#""coercive.pressure""#,
        ],
    );
    fails_with(
        &["concordance", "--category", "coersive"],
        &p,
        &[r#"did you mean "coercive"?"#],
    );
    let pack = d.path().join("pack");
    fails_with(
        &[
            "teach",
            "--out",
            pack.to_str().unwrap(),
            "--category",
            "coersive",
        ],
        &p,
        &[r#"did you mean "coercive"?"#],
    );
    // Valid names still work; zero collocate hits is an empty table, not an error.
    c2chat()
        .args([
            "stats",
            "--out",
            o,
            "--by",
            "platform,year",
            "--compare",
            "platform=snapchat,whatsapp",
            "-q",
        ])
        .arg(&p)
        .assert()
        .success();
    c2chat()
        .args(["stats", "--out", o, "--compare", "speaker=s0,s1", "-q"])
        .arg(&p)
        .assert()
        .success();
    let got = c2chat()
        .args(["collocates", "--node", "zzzz"])
        .arg(&p)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(got).unwrap().lines().count(), 1);
}

#[test]
fn keywords_compare_is_the_documented_form_and_equals_a_b() {
    let d = tempfile::tempdir().unwrap();
    let p = corpus(d.path());
    let run = |args: &[&str]| {
        c2chat()
            .arg("keywords")
            .arg(&p)
            .args(args)
            .args(["--min-freq", "1"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let new = run(&["--compare", "platform=snapchat,whatsapp"]);
    assert_eq!(
        new,
        run(&["--a", "platform=snapchat", "--b", "platform=whatsapp"])
    );
    assert!(String::from_utf8(new).unwrap().starts_with("term,"));
    let help = c2chat()
        .args(["keywords", "--help"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let help = String::from_utf8(help).unwrap();
    assert!(
        help.contains("--compare <FIELD=A,B>") && !help.contains("--a <"),
        "{help}"
    );
}

#[test]
fn evaluate_gold_ids_that_match_no_message() {
    let d = tempfile::tempdir().unwrap();
    let p = corpus(d.path());
    let gold = d.path().join("gold.jsonl");
    std::fs::write(
        &gold,
        "{\"message_id\":\"x1\",\"gold\":[\"coercive\"]}\n{\"message_id\":\"x2\",\"gold\":[]}\n",
    )
    .unwrap();
    let out = c2chat()
        .arg("evaluate")
        .arg("--gold")
        .arg(&gold)
        .arg(&p)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("none of the 2 gold message ids"), "{err}");
    std::fs::write(
        &gold,
        "{\"message_id\":\"m0\",\"gold\":[\"coercive\"]}\n{\"message_id\":\"x2\",\"gold\":[]}\n",
    )
    .unwrap();
    let out = c2chat()
        .arg("evaluate")
        .arg("--gold")
        .arg(&gold)
        .arg(&p)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("warning: 1 of 2 gold message ids match no message"),
        "{err}"
    );
}

/// Run with standard output closed before the command writes: exit 0, nothing on stderr.
fn closed_stdout(args: &[&str]) {
    let bin = assert_cmd::cargo::cargo_bin("c2chat");
    let mut child = std::process::Command::new(bin)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    assert!(
        !err.contains("Broken pipe") && !err.contains("panicked"),
        "{args:?}: {err}"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let d = tempfile::tempdir().unwrap();
    let p = corpus(d.path());
    let p = p.to_str().unwrap();
    closed_stdout(&["lexicon", "terms", "lexicons/core"]);
    closed_stdout(&["concordance", p, "--category", "coercive"]);
    closed_stdout(&["stats", p, "--out", d.path().join("s").to_str().unwrap()]);
    closed_stdout(&["annotate", "tests/fixtures/good.csv", "--format", "jsonl"]);
}

#[test]
fn quiet_is_quiet() {
    let d = tempfile::tempdir().unwrap();
    let p = corpus(d.path());
    for args in [
        vec!["stats", "--partial", "-q", "--out"],
        vec![
            "stats",
            "-q",
            "--by",
            "platform",
            "--compare",
            "platform=snapchat,whatsapp",
            "--out",
        ],
        vec!["concordance", "--category", "coercive", "-q", "--out"],
    ] {
        let out = c2chat()
            .args(&args)
            .arg(d.path().join("q"))
            .arg(&p)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(
            out.stdout.is_empty() && out.stderr.is_empty(),
            "{args:?}: {:?} {:?}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(d.path().join("q/partial.json").exists());
}

#[test]
fn help_documents_exit_codes_and_columns() {
    let help = |args: &[&str]| {
        String::from_utf8(
            c2chat()
                .args(args)
                .arg("--help")
                .assert()
                .success()
                .get_output()
                .stdout
                .clone(),
        )
        .unwrap()
    };
    assert!(help(&["annotate"]).contains("4 refused because residual PII remains"));
    let h = help(&["collocates"]);
    assert!(
        h.contains("j = co-occurrences") && h.contains("f1 = node") && h.contains("n = tokens"),
        "{h}"
    );
    let h = help(&["stats"]);
    assert!(
        h.contains("a, b = flagged messages") && h.contains("c, d = messages"),
        "{h}"
    );
}

// ---- CSV formula injection ----

fn risky_corpus(dir: &Path) -> PathBuf {
    let p = dir.join("r.jsonl");
    let mut f = std::fs::File::create(&p).unwrap();
    for i in 0..12 {
        let (club, labels): (&str, &[&str]) = if i < 6 {
            ("=SUM(1,2)", &["coercive.pressure"])
        } else {
            ("chess", &[])
        };
        let labels = if i == 7 {
            &["coercive.pressure"][..]
        } else {
            labels
        };
        let meta = ("@club", club);
        writeln!(
            f,
            "{}",
            ann(
                &format!("=id{i}"),
                &format!("-c{}", i % 2),
                &format!("+spk{}", i % 3),
                meta,
                labels
            )
        )
        .unwrap();
    }
    p
}

fn assert_neutralised(csv: &str, cells: &[&str]) {
    for c in cells {
        assert!(csv.contains(&format!("'{c}")), "want '{c} in {csv}");
    }
    // No numeric cell is touched: negative numbers stay numbers.
    for line in csv.lines() {
        for cell in line.split(',') {
            let bare = cell.trim_start_matches('\'');
            if cell.starts_with('\'') {
                assert!(bare.parse::<f64>().is_err(), "number quoted: {cell}");
            }
        }
    }
}

#[test]
fn csv_cells_cannot_run_as_formulas() {
    let d = tempfile::tempdir().unwrap();
    let p = risky_corpus(d.path());
    let s = d.path().join("s");
    c2chat()
        .arg("stats")
        .arg(&p)
        .args([
            "--by",
            "@club",
            "--compare",
            "@club=chess,=SUM(1,2)",
            "-q",
            "--out",
        ])
        .arg(&s)
        .assert()
        .success();
    let read = |f: &str| std::fs::read_to_string(s.join(f)).unwrap();
    assert_neutralised(&read("stats.csv"), &["=SUM(1,2)"]);
    assert_neutralised(&read("speakers.csv"), &["+spk0"]);
    let compare = read("compare.csv");
    assert_neutralised(&compare, &["@club=chess", "@club==SUM(1,2)"]);
    assert!(
        compare.contains(",-"),
        "a negative number, unquoted: {compare}"
    );
    let kwic = c2chat()
        .arg("concordance")
        .arg(&p)
        .args(["--category", "coercive"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_neutralised(&String::from_utf8(kwic).unwrap(), &["=id0", "-c0"]);
    // --raw-csv writes the cells as given.
    c2chat()
        .arg("stats")
        .arg(&p)
        .args(["--by", "@club", "-q", "--raw-csv", "--out"])
        .arg(&s)
        .assert()
        .success();
    // The group column comes first (`@club,category,measure,value`).
    assert!(read("stats.csv").contains("\n\"=SUM(1,2)\",") && !read("stats.csv").contains('\''));
    let kwic = c2chat()
        .arg("concordance")
        .arg(&p)
        .args(["--category", "coercive", "--raw-csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(kwic).unwrap().contains("\n=id0,"));
}

#[test]
fn messages_csv_cells_cannot_run_as_formulas() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in.csv");
    std::fs::write(
        &input,
        "conversation_id,message_id,timestamp,speaker,text,club\n\
         c1,m1,2025-01-10T16:00:00Z,=spk,hey how was school,-2+3\n\
         c1,m2,2025-01-10T16:01:00Z,spk_b,fine thanks,-1.19\n",
    )
    .unwrap();
    c2chat()
        .arg("annotate")
        .arg(&input)
        .args(["-q", "--out"])
        .arg(d.path().join("o"))
        .assert()
        .success();
    let csv = std::fs::read_to_string(d.path().join("o/messages.csv")).unwrap();
    assert_neutralised(&csv, &["=spk", "-2+3"]);
    assert!(csv.contains(",-1.19,"), "{csv}");
    c2chat()
        .arg("annotate")
        .arg(&input)
        .args(["-q", "--raw-csv", "--out"])
        .arg(d.path().join("r"))
        .assert()
        .success();
    let csv = std::fs::read_to_string(d.path().join("r/messages.csv")).unwrap();
    assert!(csv.contains(",=spk,") && csv.contains(",-2+3,"), "{csv}");
}

#[test]
fn teach_takes_the_annotations_file_as_a_positional_argument() {
    let d = tempfile::tempdir().unwrap();
    let p = corpus(d.path());
    c2chat()
        .arg("teach")
        .arg(&p)
        .args(["--category", "coercive", "--max", "2", "-q", "--out"])
        .arg(d.path().join("pack"))
        .assert()
        .success();
    assert!(d.path().join("pack/pack.md").exists());
}

#[test]
fn review_writes_a_private_page_and_review_page_is_the_same() {
    use std::os::unix::fs::PermissionsExt;
    let d = tempfile::tempdir().unwrap();
    let p = corpus(d.path());
    let page = |args: &[&str], out: &str| {
        c2chat()
            .args(args)
            .arg(&p)
            .args(["-q", "--category", "coercive", "--out"])
            .arg(d.path().join(out))
            .assert()
            .success();
        std::fs::read_to_string(d.path().join(out)).unwrap()
    };
    let a = page(&["review"], "a.html");
    let b = page(&["review", "page"], "b.html");
    assert_eq!(a, b);
    assert_eq!(a.matches("<section class=\"card\"").count(), 11);
    // No speaker id (s0, s1, s2), and only the flagged messages' ids (m0, m1, m4, …).
    assert!(!a.contains("\"s0\"") && a.contains("Pupil A"));
    assert!(a.contains("data-mid=\"m4\"") && !a.contains("\"m2\""));
    let mode = std::fs::metadata(d.path().join("a.html"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    // The subcommand layout: flags belong to the page, a typo in a category suggests.
    fails_with(
        &["review", "--category", "coercve", "--out", "x.html"],
        &p,
        &["did you mean"],
    );
}

/// Every command that reads annotations takes annotate's --out directory as well as the
/// annotations.jsonl in it, with the same result; a directory without one is an error that
/// names it.
#[test]
fn annotation_readers_take_annotates_out_directory() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("ann");
    std::fs::create_dir(&dir).unwrap();
    let file = dir.join("annotations.jsonl");
    std::fs::rename(corpus(d.path()), &file).unwrap();
    let run = |args: &[&str], input: &Path, out: &str| {
        let o = c2chat()
            .args(args)
            .arg(input)
            .arg("--out")
            .arg(d.path().join(out))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{args:?} {}: {err}", input.display());
        o.stdout
    };
    let cases: [(&[&str], &str); 6] = [
        (&["report", "-q"], "r.html"),
        (&["stats", "-q"], "s"),
        (&["wordlist", "-q"], "w"),
        (&["concordance", "--category", "coercive", "-q"], "c"),
        (
            &["teach", "--category", "coercive", "--max", "2", "-q"],
            "t",
        ),
        (&["export", "--to", "inception", "-q"], "e"),
    ];
    for (args, out) in cases {
        run(args, &file, &format!("{out}-file"));
        run(args, &dir, &format!("{out}-dir"));
        let (a, b) = (
            d.path().join(format!("{out}-file")),
            d.path().join(format!("{out}-dir")),
        );
        assert_eq!(tree_bytes(&a), tree_bytes(&b), "{args:?}");
        assert!(!tree_bytes(&a).is_empty(), "{args:?}");
    }
    let empty = d.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    for cmd in ["report", "stats", "teach", "export", "evaluate", "agree"] {
        fails_with(&[cmd], &empty, &["empty", "without annotations.jsonl"]);
    }
}

/// The files under `p` (or `p` itself), by relative path, with their bytes.
fn tree_bytes(p: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    if p.is_file() {
        return vec![(PathBuf::new(), std::fs::read(p).unwrap())];
    }
    let mut v = Vec::new();
    for e in std::fs::read_dir(p).unwrap() {
        let e = e.unwrap().path();
        for (rel, bytes) in tree_bytes(&e) {
            v.push((Path::new(e.file_name().unwrap()).join(rel), bytes));
        }
    }
    v.sort();
    v
}
