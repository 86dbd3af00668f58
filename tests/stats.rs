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
    let ll: f64 = row[col("ll_b_vs_a")].parse().unwrap();
    let p_: f64 = row[col("ll_p")].parse().unwrap();
    let lr: f64 = row[col("log_ratio_b_vs_a")].parse().unwrap();
    let pd: f64 = row[col("pct_diff_b_vs_a")].parse().unwrap();
    // B (the later year, 2025) relative to A (2024): the rate fell, so LL and Log Ratio are
    // negative, p tiny; Log Ratio log2(10/60) = −2.585; %DIFF (0.02 − 0.12)·100/0.12 = −83.3.
    assert_eq!(&row[col("sample_a")], "2024-01-01..2024-12-31");
    assert!(ll < -30.0 && p_ < 1e-6, "{ll} {p_}");
    assert!((lr - (10.0f64 / 60.0).log2()).abs() < 1e-9);
    assert!((pd + 250.0 / 3.0).abs() < 1e-9, "{pd}");
    // The ranges given later first: the same file (A is always the earlier range).
    let swapped = d.path().join("swapped");
    c2chat()
        .arg("stats")
        .arg(&p)
        .args([
            "--period",
            "year",
            "--between",
            "2025-01-01..2025-12-31",
            "2024-01-01..2024-12-31",
            "--holm",
            "--out",
        ])
        .arg(&swapped)
        .assert()
        .success();
    assert_eq!(
        std::fs::read(swapped.join("compare.csv")).unwrap(),
        std::fs::read(out.join("compare.csv")).unwrap()
    );
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
    assert_eq!(row[col("log_ratio_b_vs_a")].parse::<f64>().unwrap(), 0.0);
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
        "evidence.csv",
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

/// A small corpus for the corpus-linguistics commands (issue 20), as annotations.jsonl.
fn corpus_file(dir: &std::path::Path) -> std::path::PathBuf {
    let p = dir.join("a.jsonl");
    let anns = [
        Annotation::builder("1", "OK u OWE me... Send Me a pic 😉 now!!")
            .conversation("c1")
            .speaker("s1")
            .rule_id("lex:send_me_a_pic")
            .span_over(
                "Send Me a pic",
                "coercive.image_request",
                2,
                Source::Lexicon,
            )
            .build(),
        Annotation::builder("2", "<media> send me it, ur a tease 😉")
            .conversation("c1")
            .speaker("s2")
            .rule_id("lex:tease")
            .span_over("tease", "sexualised.names", 1, Source::Lexicon)
            .build(),
        Annotation::builder("3", "lol 😉 <media> ok")
            .conversation("c2")
            .speaker("s1")
            .build(),
    ];
    let text: String = anns
        .iter()
        .map(|a| serde_json::to_string(a).unwrap() + "\n")
        .collect();
    std::fs::write(&p, text).unwrap();
    p
}

fn stdout_of(args: &[&str], file: &std::path::Path) -> String {
    let out = c2chat()
        .arg(args[0])
        .arg(file)
        .args(&args[1..])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// Issue 20 item 1: KWIC as written, emoji and phrase nodes, `<media>` not a word.
#[test]
fn kwic_as_written_emoji_and_phrase_nodes() {
    let d = tempfile::tempdir().unwrap();
    let p = corpus_file(d.path());
    let s = stdout_of(&["concordance", "--node", "send me", "--context", "3"], &p);
    assert!(s.contains("1,c1,u OWE me...,Send Me,a pic 😉,"), "{s}");
    // The sexualised word stays masked in the context by default.
    assert!(s.contains("2,c1,,send me,\"it, ur a\","), "{s}");
    let s = stdout_of(&["concordance", "--node", "😉", "--context", "2"], &p);
    assert_eq!(s.lines().count(), 4, "{s}");
    assert!(s.contains("a t***,😉,") && !s.contains("tease"), "{s}");
    assert!(s.contains("3,c2,lol,😉,<media> ok,"), "{s}");
    let s = stdout_of(
        &[
            "collocates",
            "--node",
            "😉",
            "--window",
            "3",
            "--min-freq",
            "1",
        ],
        &p,
    );
    // Tokens: 10 + 7 + 3 (no "media", no punctuation); "ok" is within 3 tokens of the wink.
    assert!(s.contains("\nok,1,3,2,20,"), "{s}");
    assert!(!s.contains("media") && !s.contains("\n<"), "{s}");
    let s = stdout_of(&["collocates", "--node", "send me", "--min-freq", "1"], &p);
    assert!(s.contains("\npic,1,2,1,20,"), "{s}");
}

/// Issue 20 item 2: `wordlist` with rank, frequency, per million and range; n-grams,
/// sub-corpora, stop lists, TSV and masking.
#[test]
fn wordlist_frequencies_ngrams_subcorpora_and_stop_list() {
    let d = tempfile::tempdir().unwrap();
    let p = corpus_file(d.path());
    let s = stdout_of(&["wordlist", "-q"], &p);
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines[0], "rank,item,frequency,per_million,range");
    // 😉 ×3 in two conversations, of 20 tokens: 150,000 per million.
    assert_eq!(lines[1], "1,😉,3,150000,2");
    assert!(s.contains(",t***,1,50000,1") && !s.contains("tease"), "{s}");
    assert!(!s.contains("media"), "{s}");
    assert!(stdout_of(&["wordlist", "-q", "--unmask"], &p).contains(",tease,1,"));
    let s = stdout_of(
        &["wordlist", "-q", "--ngram", "2", "--category", "coercive"],
        &p,
    );
    assert!(
        s.lines().nth(1).unwrap().starts_with("1,") && s.contains(",send me,1,"),
        "{s}"
    );
    assert!(!s.contains("lol"), "{s}");
    let s = stdout_of(&["wordlist", "-q", "--flagged"], &p);
    assert!(s.contains(",owe,") && !s.contains(",lol,"), "{s}");
    let s = stdout_of(&["wordlist", "-q", "--unflagged"], &p);
    assert!(s.contains(",lol,1,") && !s.contains(",owe,"), "{s}");
    let stop = d.path().join("stop.txt");
    std::fs::write(&stop, "# mine\nME\n").unwrap();
    let s = stdout_of(&["wordlist", "-q", "--stop", stop.to_str().unwrap()], &p);
    assert!(!s.contains(",me,") && s.contains(",send,"), "{s}");
    let s = stdout_of(&["wordlist", "-q", "--stop", "builtin"], &p);
    assert!(
        !s.contains(",me,") && !s.contains(",a,") && s.contains(",pic,"),
        "{s}"
    );
    let out = d.path().join("w.tsv");
    c2chat()
        .arg("wordlist")
        .arg(&p)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let t = std::fs::read_to_string(&out).unwrap();
    assert!(
        t.starts_with("rank\titem\tfrequency\tper_million\trange\n1\t😉\t3\t"),
        "{t}"
    );
    c2chat()
        .arg("wordlist")
        .arg(&p)
        .args(["--category", "coerciv"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("coercive"));
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
    assert!(csv.starts_with("lang,category,measure,value\n"), "{csv}");
    for lang in ["cy", "en", "mixed"] {
        assert!(
            csv.contains(&format!("\n{lang},coercive,messages,10\n")),
            "{lang}: {csv}"
        );
    }
    let cmp = std::fs::read_to_string(out.join("compare.csv")).unwrap();
    assert!(cmp.contains("lang=cy") && cmp.contains("lang=en"), "{cmp}");
}

/// A shard directory: `annotations.jsonl` (messages `(id, conv, speaker, date)`, platform
/// chat) and `episodes.jsonl` (JSON lines as given).
fn episode_shard(dir: &std::path::Path, msgs: &[(&str, &str, &str, &str)], eps: &[String]) {
    std::fs::create_dir_all(dir).unwrap();
    let mut f = std::fs::File::create(dir.join("annotations.jsonl")).unwrap();
    for (id, conv, sp, date) in msgs {
        let a = Annotation::builder(*id, "ok see you later")
            .corpus("t")
            .conversation(*conv)
            .speaker(*sp)
            .timestamp(format!("{date}T10:00:00Z"))
            .meta("platform", "chat")
            .tokens(4)
            .rule_id("p")
            .build();
        writeln!(f, "{}", serde_json::to_string(&a).unwrap()).unwrap();
    }
    std::fs::write(dir.join("episodes.jsonl"), eps.join("\n") + "\n").unwrap();
}

/// An episode record opening at `first`; `resp` = (role, messages_after, seconds_after).
fn episode_json(
    conv: &str,
    n: u32,
    first: &str,
    acts: &[&str],
    resp: Option<(&str, u32, u32)>,
) -> String {
    let acts: Vec<serde_json::Value> = acts
        .iter()
        .map(|a| serde_json::json!({"message_id": first, "speaker": "s1", "act": a}))
        .collect();
    let resp = resp.map(|(role, m, s)| {
        serde_json::json!({"message_id": first, "speaker": "s3", "role": role,
            "messages_after": m, "seconds_after": s})
    });
    serde_json::json!({
        "episode_id": format!("{conv}:e{n}"), "conversation_id": conv,
        "first_message_id": first, "last_message_id": first, "start": null, "end": null,
        "acts": acts, "episode_type": "image_based_coercion", "severity": 2,
        "participants": [{"speaker": "s1", "role": "harasser"}, {"speaker": "s2", "role": "target"},
            {"speaker": "s3", "role": "bystander_defender"}],
        "first_protective_response": resp, "messages": 3
    })
    .to_string()
}

#[test]
fn episode_partials_merge_to_the_single_run_exactly() {
    let d = tempfile::tempdir().unwrap();
    let (a, b) = (d.path().join("a"), d.path().join("b"));
    let d1 = "bystander_defender";
    episode_shard(
        &a,
        &[
            ("m1", "c1", "s1", "2025-01-05"),
            ("m2", "c1", "s2", "2025-01-05"),
            ("m3", "c2", "s3", "2025-02-01"),
        ],
        &[
            episode_json(
                "c1",
                1,
                "m1",
                &["image_request", "refusal", "pressure"],
                Some((d1, 2, 120)),
            ),
            episode_json("c2", 1, "m3", &["threat"], None),
        ],
    );
    episode_shard(
        &b,
        &[
            ("n1", "c1", "s2", "2025-01-20"),
            ("n2", "c9", "s4", "2025-02-03"),
        ],
        &[
            episode_json("c1", 2, "n1", &["pressure"], Some((d1, 4, 600))),
            episode_json(
                "c9",
                1,
                "n2",
                &["threat", "refusal"],
                Some(("target", 1, 30)),
            ),
        ],
    );
    let args = ["--by", "platform", "--period", "month"];
    for (i, s) in [&a, &b].iter().enumerate() {
        c2chat()
            .arg("stats")
            .arg(s.join("annotations.jsonl"))
            .args(args)
            .args(["--partial", "-q", "--out"])
            .arg(d.path().join(format!("p{i}")))
            .assert()
            .success();
    }
    c2chat()
        .args(["stats", "merge", "-q"])
        .arg(d.path().join("p1/partial.json"))
        .arg(d.path().join("p0/partial.json"))
        .arg("--out")
        .arg(d.path().join("merged"))
        .assert()
        .success();
    c2chat()
        .arg("stats")
        .arg(a.join("annotations.jsonl"))
        .arg(b.join("annotations.jsonl"))
        .args(args)
        .args(["-q", "--out"])
        .arg(d.path().join("single"))
        .assert()
        .success();
    for f in ["episode_stats.csv", "episode_stats.json", "partial.json"] {
        assert_eq!(
            std::fs::read(d.path().join("merged").join(f)).unwrap(),
            std::fs::read(d.path().join("single").join(f)).unwrap(),
            "{f}"
        );
    }
    let mut rdr = csv::Reader::from_path(d.path().join("single/episode_stats.csv")).unwrap();
    let h = rdr.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    let get = |r: usize, c: &str| rows[r][h.iter().position(|x| x == c).unwrap()].to_string();
    // January: c1 across both shards (s1, s2), episodes c1:e1 and c1:e2, both interventions.
    assert_eq!(
        (get(0, "platform"), get(0, "month")),
        ("chat".into(), "2025-01".into())
    );
    assert!(!h.iter().any(|c| c == "group" || c == "group_by"), "{h:?}");
    assert_eq!(
        (get(0, "conversations"), get(0, "pupils")),
        ("1".into(), "2".into())
    );
    assert_eq!(
        (get(0, "episodes"), get(0, "interventions")),
        ("2".into(), "2".into())
    );
    assert_eq!(get(0, "median_messages_to_intervention"), "3");
    assert_eq!(get(0, "median_minutes_to_intervention"), "6");
    assert_eq!(
        (get(0, "escalations"), get(0, "escalation_share")),
        ("1".into(), "0.5".into())
    );
    // February: 2 episodes, none by a bystander (the target reported).
    assert_eq!(
        (get(1, "episodes"), get(1, "interventions")),
        ("2".into(), "0".into())
    );
    assert_eq!(get(1, "intervention_rate_lo"), "0");
    assert_eq!(get(1, "role_bystander_defender"), "2");
    // February relative to January.
    c2chat()
        .arg("stats")
        .arg(a.join("annotations.jsonl"))
        .arg(b.join("annotations.jsonl"))
        .args([
            "--between",
            "2025-01-01..2025-01-31",
            "2025-02-01..2025-02-28",
            "-q",
            "--out",
        ])
        .arg(d.path().join("cmp"))
        .assert()
        .success();
    let mut rdr = csv::Reader::from_path(d.path().join("cmp/episode_compare.csv")).unwrap();
    let h = rdr.headers().unwrap().clone();
    let r = rdr.records().next().unwrap().unwrap();
    let col = |c: &str| r[h.iter().position(|x| x == c).unwrap()].to_string();
    assert_eq!(col("rate_a"), "1");
    assert_eq!(col("rate_b"), "0");
    assert_eq!(col("risk_ratio_corrected"), "true");
    // (0.5/3)/(2.5/3) = 0.2 with 0.5 added to each cell.
    let rr: f64 = col("risk_ratio_b_over_a").parse().unwrap();
    assert!((rr - 0.2).abs() < 1e-12, "{rr}");
    // z = −1/√(0.25·1) = −2, p = 0.0455.
    let z: f64 = col("z_b_vs_a").parse().unwrap();
    assert!((z + 2.0).abs() < 1e-12, "{z}");
    let p: f64 = col("p_value").parse().unwrap();
    assert!((p - 0.045_500_263_896_358_4).abs() < 1e-9, "{p}");
}

/// The terminal summary names the group of each trend line (`platform=chat`), so lines of
/// different groups are not mistaken for one another.
#[test]
fn terminal_summary_names_the_group_of_each_trend_line() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("a.jsonl");
    let mut f = std::fs::File::create(&p).unwrap();
    let msgs = [
        ("chat", "01"),
        ("chat", "02"),
        ("game", "01"),
        ("game", "03"),
    ];
    for (i, (platform, month)) in msgs.iter().enumerate() {
        let a = Annotation::builder(format!("m{i}"), "ok see you later")
            .conversation("c1")
            .speaker("s1")
            .timestamp(format!("2025-{month}-10T10:00:00Z"))
            .meta("platform", *platform)
            .tokens(4)
            .build();
        writeln!(f, "{}", serde_json::to_string(&a).unwrap()).unwrap();
    }
    drop(f);
    let out = c2chat()
        .arg("stats")
        .arg(&p)
        .args(["--by", "platform", "--period", "month", "--out"])
        .arg(d.path().join("s"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8(out).unwrap();
    for platform in ["chat", "game"] {
        assert!(
            s.lines().any(|l| l
                .trim_start()
                .starts_with(&format!("trend platform={platform} coercive "))),
            "{s}"
        );
    }
}

/// After `lexicon import --from liwc`, the dictionary's categories (`swear`, and `insult`
/// even though nothing is flagged for it) get their columns in `messages.csv`, their rows in
/// `stats.csv` and `compare`, and their bars in the report.
#[test]
fn imported_dictionary_categories_flow_through_export_stats_and_report() {
    let d = tempfile::tempdir().unwrap();
    let dic = d.path().join("mini.dic");
    std::fs::write(
        &dic,
        "%\n1\tswear\n2\tinsult\n%\nblimey\t1\ndang\t1\nnincompoop\t2\n",
    )
    .unwrap();
    let lex = d.path().join("lex");
    c2chat()
        .args(["lexicon", "import", "--from", "liwc"])
        .arg(&dic)
        .arg("--out")
        .arg(&lex)
        .assert()
        .success();
    let input = d.path().join("in.csv");
    std::fs::write(
        &input,
        "message_id,conversation_id,speaker,timestamp,text\n\
         1,c1,s1,2025-01-10T10:00:00Z,blimey that was quick\n\
         2,c1,s2,2025-01-10T10:01:00Z,see you later\n\
         3,c2,s1,2025-02-10T10:00:00Z,dang it\n",
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
    let mut rdr = csv::Reader::from_path(out.join("messages.csv")).unwrap();
    let h = rdr.headers().unwrap().clone();
    let col = |n: &str| h.iter().position(|x| x == n);
    let (swear, insult) = (
        col("swear").expect("swear column"),
        col("insult").expect("insult"),
    );
    assert!(col("coercive").is_some(), "{h:?}");
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    let swears: Vec<&str> = rows.iter().map(|r| &r[swear]).collect();
    assert_eq!(swears, vec!["1", "0", "1"]);
    assert!(rows.iter().all(|r| &r[insult] == "0"));

    let ann = out.join("annotations.jsonl");
    let s = d.path().join("s");
    c2chat()
        .arg("stats")
        .arg(&ann)
        .args([
            "--period",
            "month",
            "--between",
            "2025-01-01..2025-01-31",
            "2025-02-01..2025-02-28",
            "-q",
            "--out",
        ])
        .arg(&s)
        .assert()
        .success();
    let stats = std::fs::read_to_string(s.join("stats.csv")).unwrap();
    assert!(stats.contains("\n2025-01,swear,flagged,1\n"), "{stats}");
    assert!(stats.contains("\n2025-02,swear,flagged,1\n"), "{stats}");
    assert!(stats.contains("\n2025-01,insult,flagged,0\n"), "{stats}");
    let cmp = std::fs::read_to_string(s.join("compare.csv")).unwrap();
    assert!(cmp.lines().any(|l| l.contains(",swear,")), "{cmp}");
    let report = d.path().join("r.html");
    c2chat()
        .arg("report")
        .arg(&ann)
        .arg("--out")
        .arg(&report)
        .assert()
        .success();
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("</span>swear<"), "no swear row in the report");
}

/// Whole-corpus `stats.csv` values of one category: measure → value.
fn whole_corpus_measures(
    ann: &std::path::Path,
    out: &std::path::Path,
    category: &str,
) -> std::collections::BTreeMap<String, f64> {
    c2chat()
        .arg("stats")
        .arg(ann)
        .arg("--out")
        .arg(out)
        .assert()
        .success();
    let mut rdr = csv::Reader::from_path(out.join("stats.csv")).unwrap();
    let h = rdr.headers().unwrap().clone();
    let col = |n: &str| h.iter().position(|x| x == n).unwrap();
    rdr.records()
        .map(|r| r.unwrap())
        .filter(|r| &r[col("category")] == category && !r[col("value")].is_empty())
        .map(|r| {
            (
                r[col("measure")].to_string(),
                r[col("value")].parse().unwrap(),
            )
        })
        .collect()
}

/// `n` messages, the first `k` flagged coercive.threat, in conversations given by `conv(i)`.
fn write_convs(path: &std::path::Path, n: usize, k: usize, conv: impl Fn(usize) -> String) {
    let mut f = std::fs::File::create(path).unwrap();
    for i in 0..n {
        let b = Annotation::builder(format!("m{i}"), "or else ok")
            .corpus("t")
            .conversation(conv(i))
            .speaker(format!("s{}", i % 7))
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
fn clustered_intervals_widen_only_when_flags_cluster_in_conversations() {
    let d = tempfile::tempdir().unwrap();
    // 200 messages in 10 conversations of 20; all 10 flags in the first conversation.
    let one = d.path().join("one.jsonl");
    write_convs(&one, 200, 10, |i| format!("c{}", i / 20));
    let m = whole_corpus_measures(&one, &d.path().join("s1"), "coercive.threat");
    assert_eq!(m["flagged"], 10.0);
    let (w, c) = (
        m["per_1000_hi"] - m["per_1000_lo"],
        m["per_1000_hi_clustered"] - m["per_1000_lo_clustered"],
    );
    assert!(c > 2.0 * w, "clustered {c} vs Wilson {w}");
    assert!(m["design_effect"] > 5.0, "{m:?}");
    // 200 messages, one per conversation: (nearly) the Wilson interval.
    let each = d.path().join("each.jsonl");
    write_convs(&each, 200, 10, |i| format!("c{i}"));
    let m = whole_corpus_measures(&each, &d.path().join("s2"), "coercive.threat");
    assert!(
        (m["per_1000_lo_clustered"] - m["per_1000_lo"]).abs() < 0.5,
        "{m:?}"
    );
    assert!(
        (m["per_1000_hi_clustered"] - m["per_1000_hi"]).abs() < 0.5,
        "{m:?}"
    );
    assert!(m["design_effect"] < 1.01, "{m:?}");
}

#[test]
fn clustered_intervals_merge_exactly_when_a_conversation_spans_shards() {
    // Every conversation is split across the two shards; merged stats equal one run.
    let d = tempfile::tempdir().unwrap();
    let all = d.path().join("all.jsonl");
    write_convs(&all, 120, 30, |i| format!("c{}", i % 6));
    let text = std::fs::read_to_string(&all).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let (s1, s2) = (d.path().join("s1.jsonl"), d.path().join("s2.jsonl"));
    std::fs::write(&s1, lines[..50].join("\n") + "\n").unwrap();
    std::fs::write(&s2, lines[50..].join("\n") + "\n").unwrap();
    for (i, s) in [&s1, &s2].iter().enumerate() {
        c2chat()
            .arg("stats")
            .arg(s)
            .args(["--by", "speaker", "--partial", "--out"])
            .arg(d.path().join(format!("p{i}")))
            .assert()
            .success();
    }
    c2chat()
        .args(["stats", "merge"])
        .arg(d.path().join("p0/partial.json"))
        .arg(d.path().join("p1/partial.json"))
        .arg("--out")
        .arg(d.path().join("merged"))
        .assert()
        .success();
    c2chat()
        .arg("stats")
        .arg(&all)
        .args(["--by", "speaker", "--out"])
        .arg(d.path().join("single"))
        .assert()
        .success();
    let single = std::fs::read_to_string(d.path().join("single/stats.csv")).unwrap();
    assert!(single.contains("per_1000_hi_clustered"));
    assert_eq!(
        std::fs::read_to_string(d.path().join("merged/stats.csv")).unwrap(),
        single
    );
}
