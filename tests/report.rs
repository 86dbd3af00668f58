mod common;
use c2chat::model::{Annotation, Source};
use common::*;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

const SECTIONS: [&str; 10] = [
    "overview",
    "rates",
    "trend",
    "cooccurrence",
    "change",
    "episodes",
    "terms",
    "kwic",
    "methodology",
    "caution",
];

/// Annotate the demo corpus into `dir` with the core lexicon, or with the test fixture
/// lexicon when the core lexicon is not there (or does not load).
fn annotate_demo(dir: &Path) -> PathBuf {
    let out = dir.join("ann");
    let core = root("lexicons/core");
    let with_core = core.join("lexicon.toml").is_file()
        && c2chat()
            .arg("annotate")
            .arg(root("corpora/demo"))
            .arg("--lexicon")
            .arg(&core)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap()
            .status
            .success();
    if !with_core {
        c2chat()
            .arg("annotate")
            .arg(root("corpora/demo"))
            .arg("--lexicon")
            .arg(fixture("lexicon"))
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
    }
    out.join("annotations.jsonl")
}

fn report(ann: &Path, out: &Path, extra: &[&str]) -> String {
    let ok = c2chat()
        .arg("report")
        .arg(ann)
        .args(extra)
        .arg("--out")
        .arg(out)
        .assert()
        .success();
    if extra.contains(&"--quiet") {
        ok.stdout(predicate::str::is_empty());
    } else {
        ok.stdout(predicate::str::contains("wrote"));
    }
    std::fs::read_to_string(out).unwrap()
}

/// The text between two section headings.
fn section<'a>(html: &'a str, id: &str, next: &str) -> &'a str {
    let a = html.find(&format!("<h2 id=\"{id}\">")).unwrap();
    let b = html.find(&format!("<h2 id=\"{next}\">")).unwrap();
    &html[a..b]
}

/// Whether `needle` occurs in `hay` with no letter or digit right before or after it.
fn has_word(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let s = from + i;
        let e = s + needle.len();
        let before = hay[..s].chars().next_back();
        let after = hay[e..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = s + needle.len().max(1);
    }
    false
}

fn sexualised_span_texts(ann: &Path) -> Vec<String> {
    let mut v: Vec<String> = read_jsonl(ann)
        .iter()
        .flat_map(|a| a["spans"].as_array().unwrap().clone())
        .filter(|s| s["category"].as_str().unwrap().starts_with("sexualised"))
        .map(|s| s["text"].as_str().unwrap().to_lowercase())
        .collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn demo_report_is_self_contained_accessible_masked_and_deterministic() {
    let d = tempfile::tempdir().unwrap();
    let ann = annotate_demo(d.path());
    let html = report(&ann, &d.path().join("r1.html"), &[]);
    // Every section, in order.
    let pos: Vec<usize> = SECTIONS
        .iter()
        .map(|id| {
            html.find(&format!("<h2 id=\"{id}\">"))
                .unwrap_or_else(|| panic!("no section {id}"))
        })
        .collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "sections out of order");
    // Nothing external.
    assert!(!html.contains("http://"), "http:// in report");
    assert!(!html.contains("https://"), "https:// in report");
    assert!(!html.contains("<script src"));
    assert!(!html.contains("<link"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("url("), "url( in CSS");
    assert!(!html.contains("@import"));
    // Charts: at least three inline SVGs, each in a figure with a caption, an accessible
    // name and a data table.
    assert!(html.matches("<svg").count() >= 3);
    let figures: Vec<&str> = html
        .split("<figure")
        .skip(1)
        .map(|f| f.split("</figure>").next().unwrap())
        .collect();
    assert!(figures.len() >= 3);
    assert_eq!(figures.len(), html.matches("<svg").count());
    for f in &figures {
        assert!(f.contains("<figcaption>"), "figure without caption");
        assert!(f.contains("role=\"img\""));
        assert!(f.contains("aria-label=\""));
        assert!(f.contains("<title>"));
        assert!(f.contains("<table"), "figure without a data table");
    }
    // Facts from the manifest.
    assert!(html.contains("c2chat report: demo"));
    assert!(html.contains("Redaction status"));
    assert!(html.contains("redacted"));
    assert!(html.contains("112 / 112 / 0"));
    assert!(html.contains("2024-09-09 to 2026-07-02"));
    assert!(html.contains("content hash"));
    // Sexualised span texts are masked in the terms and KWIC sections.
    let texts = sexualised_span_texts(&ann);
    let shown = section(&html, "terms", "methodology").to_lowercase();
    if !texts.is_empty() {
        assert!(shown.contains("***"));
    }
    for t in &texts {
        let t = t.replace('\'', "&#39;");
        assert!(!has_word(&shown, &t), "unmasked sexualised span {t:?}");
    }
    // Deterministic: a second run gives the same bytes.
    let again = report(&ann, &d.path().join("r2.html"), &[]);
    assert!(again == html, "two runs differ");
    // --unmask shows them.
    if let Some(t) = texts.first() {
        let open = report(&ann, &d.path().join("r3.html"), &["--unmask"]);
        let shown = section(&open, "terms", "methodology").to_lowercase();
        assert!(has_word(&shown, &t.replace('\'', "&#39;")));
    }
}

#[test]
fn period_and_stats_compare_options() {
    let d = tempfile::tempdir().unwrap();
    let ann = annotate_demo(d.path());
    let html = report(&ann, &d.path().join("t.html"), &["--period", "term"]);
    assert!(html.contains("by term"));
    assert!(html.contains("2024/25-autumn"));
    // The default change table compares school years, the later (B) relative to the
    // earlier (A).
    let html = report(&ann, &d.path().join("m.html"), &[]);
    assert!(html.contains("B = 2025/26 relative to A = 2024/25"));
    // --change-period year: calendar years instead.
    let html = report(&ann, &d.path().join("y.html"), &["--change-period", "year"]);
    assert!(!section(&html, "change", "terms").contains("2024/25"));
    // With --stats DIR holding compare.csv, that table is shown.
    let stats = d.path().join("stats");
    c2chat()
        .arg("stats")
        .arg(&ann)
        .args(["--compare", "platform=snapchat,whatsapp", "--holm", "--out"])
        .arg(&stats)
        .assert()
        .success();
    let html = report(
        &ann,
        &d.path().join("s.html"),
        &["--stats", stats.to_str().unwrap()],
    );
    assert!(html.contains("B = platform=whatsapp relative to A = platform=snapchat"));
    assert!(!html.contains("https://"));
}

#[test]
fn bad_inputs_are_errors_naming_the_file() {
    let d = tempfile::tempdir().unwrap();
    let missing = d.path().join("nope.jsonl");
    c2chat()
        .arg("report")
        .arg(&missing)
        .arg("--out")
        .arg(d.path().join("r.html"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("nope.jsonl"));
    let bad = d.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"not\": \"an annotation\"}\n").unwrap();
    c2chat()
        .arg("report")
        .arg(&bad)
        .arg("--out")
        .arg(d.path().join("r.html"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("bad.jsonl:1"));
    let ann = annotate_demo(d.path());
    c2chat()
        .arg("report")
        .arg(&ann)
        .args(["--stats", "/nonexistent/stats/dir", "--out"])
        .arg(d.path().join("r.html"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("/nonexistent/stats/dir"));
    assert!(!d.path().join("r.html").exists());
}

#[test]
fn no_manifest_and_no_timestamps_still_give_every_section() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("a.jsonl");
    let line = Annotation::builder("m1", "u owe me")
        .corpus("t")
        .conversation("c1")
        .speaker("s1")
        .tokens(3)
        .rule_id("lex:u owe me")
        .span("coercive.pressure", 0, 8, 2, Source::Lexicon)
        .build();
    // A planted sexualised span (a placeholder word) must be masked.
    let planted = Annotation::builder("m2", "ur a placeholder lol")
        .corpus("t")
        .conversation("c1")
        .speaker("s2")
        .tokens(4)
        .rule_id("lex:placeholder")
        .span("sexualised.names", 5, 16, 1, Source::Lexicon)
        .build();
    let [line, planted] = [line, planted].map(|a| serde_json::to_string(&a).unwrap());
    std::fs::write(&p, format!("{line}\n{planted}\n")).unwrap();
    let html = report(&p, &d.path().join("r.html"), &["--quiet"]);
    assert!(!html.contains("placeholder"));
    assert!(html.contains("p***"));
    let open = report(&p, &d.path().join("u.html"), &["--quiet", "--unmask"]);
    assert!(open.contains("placeholder"));
    for id in SECTIONS {
        assert!(html.contains(&format!("<h2 id=\"{id}\">")), "{id}");
    }
    assert!(html.contains("no manifest.json"));
    assert!(html.contains("No message has a timestamp"));
    assert!(html.contains("u owe me"));
}

/// `--ui-lang cy`: the page is in Welsh (every section heading from ui/cy.toml), says that the
/// Welsh is unreviewed, and carries the same numbers as the English page.
#[test]
fn welsh_interface_report() {
    let d = tempfile::tempdir().unwrap();
    let ann = annotate_demo(d.path());
    let en = report(&ann, &d.path().join("en.html"), &["--quiet"]);
    let cy = report(
        &ann,
        &d.path().join("cy.html"),
        &["--ui-lang", "cy", "--quiet"],
    );
    assert!(cy.contains("<html lang=\"cy-GB\">"));
    assert!(en.contains("<html lang=\"en-GB\">"));
    let cy_ui = c2chat::ui::Ui::builtin(c2chat::ui::UiLang::Cy);
    let en_ui = c2chat::ui::Ui::builtin(c2chat::ui::UiLang::En);
    for id in SECTIONS {
        let key = format!("report.{id}.title");
        assert_ne!(cy_ui.s(&key), en_ui.s(&key), "{key} is not translated");
        let heading = |ui: &c2chat::ui::Ui| format!("<h2 id=\"{id}\">{}</h2>", ui.s(&key));
        assert!(cy.contains(&heading(cy_ui)), "{id}");
        assert!(!cy.contains(&heading(en_ui)), "{id}");
    }
    // (up to its first apostrophe, which the page escapes)
    let note = cy_ui.s("meta.review_note").split('\'').next().unwrap();
    assert!(note.len() > 20 && cy.contains(note), "{note}");
    assert!(!en.contains(note));
    // The same rates table rows (numbers do not depend on the language).
    let rows = |html: &str| -> Vec<String> {
        html.lines()
            .filter(|l| l.starts_with("<tr><td class=\"cat\">"))
            .map(str::to_string)
            .collect()
    };
    let (en_rates, cy_rates) = (
        rows(section(&en, "rates", "trend")),
        rows(section(&cy, "rates", "trend")),
    );
    assert!(en_rates.len() >= 19, "{}", en_rates.len());
    assert_eq!(en_rates, cy_rates);
    // A typo is an error with a suggestion.
    c2chat()
        .arg("report")
        .arg(&ann)
        .args(["--ui-lang", "cym", "--out"])
        .arg(d.path().join("x.html"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("did you mean \"cy\""));
}

#[test]
fn episodes_section_shows_rates_and_masked_timelines() {
    let d = tempfile::tempdir().unwrap();
    let ann = annotate_demo(d.path());
    let html = report(&ann, &d.path().join("r.html"), &["--period", "term"]);
    let sec = section(&html, "episodes", "terms");
    assert!(sec.contains("Episodes and bystanders"), "{sec}");
    assert!(sec.contains("id=\"fig-interventions\""));
    assert!(sec.contains("2024/25-autumn"));
    assert!(sec.contains("id=\"fig-episode-1\""));
    assert!(sec.contains("Pupil A") && sec.contains("harasser"));
    // No message text, no speaker or conversation ids.
    let eps = c2chat::output::read_episodes(&ann.with_file_name("episodes.jsonl")).unwrap();
    assert!(!eps.is_empty());
    for a in c2chat::output::read_annotations(&ann).unwrap() {
        let words: Vec<&str> = a.text.split_whitespace().collect();
        if words.len() >= 4 {
            assert!(
                !sec.contains(&a.text),
                "message text {:?} in the section",
                a.text
            );
        }
    }
    for e in &eps {
        assert!(!sec.contains(&e.episode_id), "{}", e.episode_id);
        for p in &e.participants {
            assert!(!has_word(sec, &p.speaker), "{}", p.speaker);
        }
    }
    // Without episodes.jsonl the section says so.
    let solo = d.path().join("solo");
    std::fs::create_dir(&solo).unwrap();
    std::fs::copy(&ann, solo.join("annotations.jsonl")).unwrap();
    let html = report(
        &solo.join("annotations.jsonl"),
        &d.path().join("r2.html"),
        &[],
    );
    assert!(section(&html, "episodes", "terms").contains("no <code>episodes.jsonl</code>"));
}

/// Methodology says where the flags come from (the same counts as `stats`' `evidence.csv`:
/// lexicon, pattern, rule, classifier only) and that the model's cross-validated figures come
/// from synthetic training data.
#[test]
fn methodology_shows_evidence_sources_and_synthetic_model_figures() {
    let d = tempfile::tempdir().unwrap();
    let ann = annotate_demo(d.path());
    let html = report(&ann, &d.path().join("r.html"), &[]);
    let m = section(&html, "methodology", "caution");
    assert!(m.contains("Where the flags come from"), "{m}");
    let manifest = std::fs::read_to_string(ann.with_file_name("manifest.json")).unwrap();
    if manifest.contains("\"model\"") {
        assert!(m.contains("synthetic training data"), "{m}");
    }
    let s = d.path().join("s");
    c2chat()
        .arg("stats")
        .arg(&ann)
        .args(["-q", "--out"])
        .arg(&s)
        .assert()
        .success();
    let mut rdr = csv::Reader::from_path(s.join("evidence.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    let get = |cat: &str, src: &str| {
        rows.iter()
            .find(|r| &r[0] == cat && &r[1] == src)
            .map(|r| (r[2].to_string(), r[3].to_string()))
            .unwrap()
    };
    let mut checked = 0;
    for top in ["sexualised", "coercive", "victim_blaming", "protective"] {
        let (lex, flagged) = get(top, "lexicon");
        if flagged == "0" {
            continue;
        }
        let cells: Vec<String> = ["pattern", "rule", "classifier_only"]
            .iter()
            .map(|s| get(top, s).0)
            .collect();
        let row = format!(
            "</span>{top}</td><td class=\"n\">{flagged}</td><td class=\"n\">{lex}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
            cells[0], cells[1], cells[2]
        );
        assert!(m.contains(&row), "{row} not in {m}");
        checked += 1;
    }
    assert!(
        checked >= 2,
        "the demo flags at least two top-level categories"
    );
}

/// The change table fits a 1,280 px window (no horizontal scrolling), measured in headless
/// Chromium; skipped (with a note) when Chromium is not installed.
#[test]
fn change_table_fits_a_1280px_window_in_chromium() {
    let Some(chrome) = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| Path::new(p).is_file())
    else {
        eprintln!("SKIP: no chromium");
        return;
    };
    let d = tempfile::tempdir().unwrap();
    let ann = annotate_demo(d.path());
    let html = report(&ann, &d.path().join("r.html"), &[]);
    assert!(html.contains("<table class=\"sortable change\">"));
    // Drop the page's Content-Security-Policy so a measuring script can run.
    let start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .unwrap();
    let end = start + html[start..].find('>').unwrap() + 1;
    let probe = "<script>addEventListener('load',function(){var t=document.querySelector(\
                 'table.change'),p=document.createElement('pre');p.id='probe';p.textContent=\
                 t.scrollWidth+'/'+t.parentElement.clientWidth;document.body.appendChild(p)});\
                 </script></body>";
    let page = format!("{}{}", &html[..start], &html[end..]).replace("</body>", probe);
    let file = d.path().join("probe.html");
    std::fs::write(&file, page).unwrap();
    let profile = d.path().join("profile");
    let out = std::process::Command::new("timeout")
        .arg("120")
        .arg(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--window-size=1280,2400",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", file.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let Some(i) = dom.find("<pre id=\"probe\">") else {
        eprintln!(
            "SKIP: chromium did not render ({})",
            String::from_utf8_lossy(&out.stderr)
        );
        return;
    };
    let v = &dom[i + 16..];
    let v = &v[..v.find('<').unwrap()];
    let (table, room) = v.split_once('/').unwrap();
    let (table, room): (u32, u32) = (table.parse().unwrap(), room.parse().unwrap());
    assert!(table <= room, "change table {table} px wide in {room} px");
}

/// The cells of the change table's row for `category` (the category cell first).
fn change_row(html: &str, category: &str) -> Vec<String> {
    let change = section(html, "change", "terms");
    let row = change
        .split("<tr>")
        .find(|r| r.contains(&format!("</span>{}</td>", category.replace('.', ".<wbr>"))))
        .unwrap_or_else(|| panic!("no change row for {category}"));
    row.split("<td")
        .skip(1)
        .map(|c| {
            let c = &c[c.find('>').unwrap() + 1..];
            c[..c.find("</td>").unwrap()].to_string()
        })
        .collect()
}

#[test]
fn report_change_and_stats_between_agree_on_the_sign() {
    let d = tempfile::tempdir().unwrap();
    let ann = annotate_demo(d.path());
    let html = report(&ann, &d.path().join("r.html"), &[]);
    assert!(section(&html, "change", "terms").contains("Log Ratio (B vs A)"));
    // The same two school years with stats --between, given later first on purpose.
    let stats = d.path().join("stats");
    c2chat()
        .arg("stats")
        .arg(&ann)
        .args([
            "--between",
            "2025-09-01..2026-08-31",
            "2024-09-01..2025-08-31",
            "--out",
        ])
        .arg(&stats)
        .assert()
        .success();
    let mut rdr = csv::Reader::from_path(stats.join("compare.csv")).unwrap();
    let h = rdr.headers().unwrap().clone();
    let col = |n: &str| h.iter().position(|x| x == n).unwrap();
    let mut signed = 0;
    for r in rdr.records().map(|r| r.unwrap()) {
        assert_eq!(&r[col("sample_a")], "2024-09-01..2025-08-31");
        let cells = change_row(&html, &r[col("category")]);
        let two = |k: &str| match &r[col(k)] {
            "" => "—".to_string(),
            // The report never shows a negative zero (G² of −0.002 is 0.00).
            v => c2chat::stats::render::fixed(v.parse::<f64>().unwrap(), 2),
        };
        // Cells: category, A, A rate, B, B rate, G², p, p (Holm), p (clustered), Log Ratio,
        // CI (clustered), %DIFF.
        assert_eq!(cells[1], format!("{} / {}", &r[col("a")], &r[col("c")]));
        assert_eq!(cells[5], two("ll_b_vs_a"), "{cells:?}");
        assert_eq!(cells[9], two("log_ratio_b_vs_a"), "{cells:?}");
        let ci = match (
            two("log_ratio_b_vs_a_lo_clustered"),
            two("log_ratio_b_vs_a_hi_clustered"),
        ) {
            (lo, _) if lo == "—" => lo,
            (lo, hi) => format!("{lo} – {hi}"),
        };
        assert_eq!(cells[10], ci, "{cells:?}");
        if r[col("log_ratio_b_vs_a")]
            .parse::<f64>()
            .is_ok_and(|v| v.abs() > 0.5)
        {
            signed += 1;
        }
    }
    assert!(signed > 0, "no category changed enough to check the sign");
}
