mod common;
use c2chat::model::{Annotation, Source};
use common::*;
use std::io::Write;

/// Annotation lines: `n` messages in `year`, the first `k` flagged coercive.threat.
fn write_year(f: &mut impl Write, year: u32, n: usize, k: usize, conv_prefix: &str) {
    for i in 0..n {
        let platform = if i % 2 == 0 { "snapchat" } else { "whatsapp" };
        let b = Annotation::builder(format!("{year}-{i}"), "or else ok")
            .corpus("t")
            .conversation(format!("{conv_prefix}{}", i % 40))
            .speaker(format!("s{}", i % 25))
            .timestamp(format!(
                "{year}-{:02}-{:02}T10:00:00Z",
                1 + (i % 12),
                1 + (i % 28)
            ))
            .meta("platform", platform)
            .tokens(3)
            .rule_id("p");
        let b = if i < k {
            b.span("coercive.threat", 0, 4, 2, Source::Pattern)
        } else {
            b
        };
        writeln!(f, "{}", serde_json::to_string(&b.build()).unwrap()).unwrap();
    }
}

#[test]
fn planted_fall_is_significant_and_no_change_is_not() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("a.jsonl");
    let mut f = std::fs::File::create(&p).unwrap();
    write_year(&mut f, 2024, 500, 60, "x");
    write_year(&mut f, 2025, 500, 10, "y");
    drop(f);
    let out = d.path().join("s");
    c2chat()
        .arg("stats")
        .arg(&p)
        .args([
            "--period",
            "year",
            "--between",
            "2024-01-01..2024-12-31",
            "2025-01-01..2025-12-31",
            "--holm",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    let mut rdr = csv::Reader::from_path(out.join("compare.csv")).unwrap();
    let h = rdr.headers().unwrap().clone();
    let col = |n: &str| h.iter().position(|x| x == n).unwrap();
    let row = rdr
        .records()
        .map(|r| r.unwrap())
        .find(|r| &r[col("category")] == "coercive.threat")
        .unwrap();
    let ll: f64 = row[col("ll")].parse().unwrap();
    let p_: f64 = row[col("ll_p")].parse().unwrap();
    let lr: f64 = row[col("log_ratio")].parse().unwrap();
    // A = 2024 overuses the category: positive LL, p tiny; Log Ratio log2(60/10) = 2.585.
    assert!(ll > 30.0 && p_ < 1e-6, "{ll} {p_}");
    assert!((lr - (6.0f64).log2()).abs() < 1e-9);
    let trend = std::fs::read_to_string(out.join("trend.csv")).unwrap();
    assert!(
        trend
            .lines()
            .any(|l| l.contains("coercive.threat") && l.contains("decreasing")),
        "{trend}"
    );

    // No change: 30/500 in both years.
    let p2 = d.path().join("b.jsonl");
    let mut f = std::fs::File::create(&p2).unwrap();
    write_year(&mut f, 2024, 500, 30, "x");
    write_year(&mut f, 2025, 500, 30, "y");
    drop(f);
    let out2 = d.path().join("s2");
    c2chat()
        .arg("stats")
        .arg(&p2)
        .args([
            "--period",
            "year",
            "--between",
            "2024-01-01..2024-12-31",
            "2025-01-01..2025-12-31",
            "--out",
        ])
        .arg(&out2)
        .assert()
        .success();
    let mut rdr = csv::Reader::from_path(out2.join("compare.csv")).unwrap();
    let row = rdr
        .records()
        .map(|r| r.unwrap())
        .find(|r| &r[col("category")] == "coercive.threat")
        .unwrap();
    let p_: f64 = row[col("ll_p")].parse().unwrap();
    assert!(p_ > 0.5, "{p_}");
    let trend = std::fs::read_to_string(out2.join("trend.csv")).unwrap();
    assert!(
        !trend.lines().any(|l| l.contains("coercive.threat,")
            && (l.contains("decreasing") || l.contains("increasing"))),
        "{trend}"
    );
}

#[test]
fn shard_partials_merge_to_the_single_run_exactly() {
    let d = tempfile::tempdir().unwrap();
    let (s1, s2, all) = (
        d.path().join("s1.jsonl"),
        d.path().join("s2.jsonl"),
        d.path().join("all.jsonl"),
    );
    let mut f1 = std::fs::File::create(&s1).unwrap();
    write_year(&mut f1, 2024, 300, 40, "x");
    let mut f2 = std::fs::File::create(&s2).unwrap();
    write_year(&mut f2, 2025, 200, 5, "y");
    drop((f1, f2));
    let mut both = std::fs::read(&s1).unwrap();
    both.extend(std::fs::read(&s2).unwrap());
    std::fs::write(&all, both).unwrap();
    let args = ["--by", "platform,speaker", "--period", "month"];
    for (i, s) in [&s1, &s2].iter().enumerate() {
        c2chat()
            .arg("stats")
            .arg(s)
            .args(args)
            .arg("--partial")
            .arg("--out")
            .arg(d.path().join(format!("p{i}")))
            .assert()
            .success();
    }
    c2chat()
        .args(["stats", "merge"])
        .arg(d.path().join("p1/partial.json"))
        .arg(d.path().join("p0/partial.json"))
        .arg("--out")
        .arg(d.path().join("merged"))
        .assert()
        .success();
    c2chat()
        .arg("stats")
        .arg(&all)
        .args(args)
        .arg("--out")
        .arg(d.path().join("single"))
        .assert()
        .success();
    for f in [
        "stats.csv",
        "stats.json",
        "speakers.csv",
        "dispersion.csv",
        "cooccurrence_message.csv",
        "partial.json",
    ] {
        assert_eq!(
            std::fs::read(d.path().join("merged").join(f)).unwrap(),
            std::fs::read(d.path().join("single").join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn kwic_masks_sexualised_terms_by_default() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("k.jsonl");
    let a = Annotation::builder("1", "ur such a tease lol")
        .conversation("c")
        .speaker("s")
        .tokens(5)
        .rule_id("lex:tease")
        .span("sexualised.names", 10, 15, 1, Source::Lexicon)
        .build();
    std::fs::write(&p, format!("{}\n", serde_json::to_string(&a).unwrap())).unwrap();
    let out = c2chat()
        .arg("concordance")
        .arg(&p)
        .args(["--category", "sexualised"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8(out).unwrap();
    assert!(s.contains("t***") && !s.contains("tease"), "{s}");
    let out = c2chat()
        .arg("concordance")
        .arg(&p)
        .args(["--category", "sexualised", "--unmask"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out).unwrap().contains("tease"));
}

/// `--by lang` groups by the detected language of each message (`lang` in annotations.jsonl),
/// and `--compare lang=cy,en` compares Welsh with English messages.
#[test]
fn stats_by_detected_language() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("a.jsonl");
    let mut f = std::fs::File::create(&p).unwrap();
    for i in 0..30 {
        let lang = ["cy", "en", "mixed"][i % 3];
        let mut a = Annotation::builder(format!("m{i}"), "testun").build();
        a.lang = lang.to_string();
        writeln!(f, "{}", serde_json::to_string(&a).unwrap()).unwrap();
    }
    drop(f);
    let out = d.path().join("s");
    c2chat()
        .arg("stats")
        .arg(&p)
        .args(["--by", "lang", "--compare", "lang=cy,en", "--out"])
        .arg(&out)
        .assert()
        .success();
    let csv = std::fs::read_to_string(out.join("stats.csv")).unwrap();
    for lang in ["cy", "en", "mixed"] {
        assert!(
            csv.contains(&format!("lang,{lang},coercive,messages,10")),
            "{lang}: {csv}"
        );
    }
    let cmp = std::fs::read_to_string(out.join("compare.csv")).unwrap();
    assert!(cmp.contains("lang=cy") && cmp.contains("lang=en"), "{cmp}");
}
