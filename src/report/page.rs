//! The page: header, contents, the sections in order, footer, the CSS and the script
//! (`assets/report.css`, `assets/report.js`, included at build time) through
//! `templates/report/page.html`.

use super::data::ReportData;
use super::sections::{sections, Section};
use super::VERSION;
use crate::bail;
use crate::error::Result;
use askama::Template;

/// The report's style sheet.
const CSS: &str = include_str!("../../assets/report.css");

/// Inline JavaScript: sortable tables (click or Enter on a column header) and opening every
/// `<details>` before printing. The report reads fully without it. Its SHA-256 is the only
/// script the page's Content-Security-Policy allows (without the file's final newline).
const JS: &str = include_str!("../../assets/report.js").trim_ascii_end();

#[derive(Template)]
#[template(path = "report/page.html")]
struct Page<'a> {
    title: &'a str,
    script_hash: String,
    css: &'a str,
    js: &'a str,
    sections: Vec<Section>,
    ui: &'a crate::ui::Ui,
}

/// The whole report as one self-contained HTML page.
pub(crate) fn render(d: &ReportData) -> Result<String> {
    let page = Page {
        title: &d.title,
        script_hash: crate::html::script_hash(JS),
        css: CSS,
        js: JS,
        sections: sections(d)?,
        ui: d.ui,
    };
    let html = super::markup::Markup::render(&page)?.into_string();
    if html.contains("http://") || html.contains("https://") {
        bail!("internal error: the report would contain a URL");
    }
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testdata::{collect, corpus};
    use crate::report::ReportOptions;
    use crate::stats::compare::CompareRow;
    use serde_json::Value;

    /// Section ids in page order.
    const SECTIONS: &str =
        "overview rates trend cooccurrence change terms kwic methodology caution";

    /// Render the report of the test corpus.
    fn render_corpus(
        manifest: Option<&Value>,
        compare_csv: Option<Vec<CompareRow>>,
        name: &str,
        opts: &ReportOptions,
    ) -> String {
        let d = ReportData::new(&collect(&corpus()), manifest, compare_csv, name, opts).unwrap();
        render(&d).unwrap()
    }

    fn figures(html: &str) -> Vec<&str> {
        html.split("<figure")
            .skip(1)
            .map(|f| f.split("</figure>").next().unwrap())
            .collect()
    }

    #[test]
    fn report_is_self_contained_accessible_and_masked() {
        let opts = ReportOptions::default();
        let html = render_corpus(None, None, "annotations.jsonl", &opts);
        for id in SECTIONS.split(' ') {
            assert!(html.contains(&format!("<h2 id=\"{id}\">")), "{id}");
        }
        let pos: Vec<usize> = SECTIONS
            .split(' ')
            .map(|id| html.find(&format!("<h2 id=\"{id}\">")).unwrap())
            .collect();
        assert!(pos.windows(2).all(|w| w[0] < w[1]), "sections out of order");
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(!html.contains("<script src") && !html.contains("url("));
        let figs = figures(&html);
        assert_eq!(figs.len(), 3);
        for f in &figs {
            assert!(f.contains("<figcaption>"));
            assert!(f.contains("<svg ") && f.contains("role=\"img\""));
            assert!(f.contains("aria-label=\"") && f.contains("<title>"));
            assert!(f.contains("<details><summary>") && f.contains("<table"));
        }
        // The sexualised span is masked in the terms and KWIC sections; the URL is defused.
        assert!(!html.contains("placeholder"));
        assert!(html.contains("p***"));
        assert!(html.contains("<td class=\"node\">p***</td>"));
        assert!(html.contains("no manifest.json"));
        // Messages of a conversation are not independent: the Caution section says so and
        // names the clustered trend test, which the trend table shows beside the plain one.
        let caution = &html[html.find("<h2 id=\"caution\">").unwrap()..];
        assert!(caution.contains("not independent") && caution.contains("Rao and Scott 1992"));
        let trend = &html[html.find("<h2 id=\"trend\">").unwrap()..];
        assert!(trend.contains(">z (clustered)</th>") && trend.contains("Direction (clustered)"));
        let open = render_corpus(
            None,
            None,
            "annotations.jsonl",
            &ReportOptions {
                unmask: true,
                ..opts.clone()
            },
        );
        assert!(open.contains("placeholder"));
        // Deterministic.
        assert_eq!(html, render_corpus(None, None, "annotations.jsonl", &opts));
        // The script's CSP hash matches the script.
        let hash = crate::html::script_hash(JS);
        assert!(html.contains(&format!("'sha256-{hash}'")));
        assert!(JS.lines().count() < 40);
    }

    #[test]
    fn manifest_facts_and_compare_csv_are_shown() {
        let m: Value = serde_json::json!({
            "c2chat_version": "9.9.9",
            "command_line": ["c2chat", "annotate", "in dir", "--out", "o", "--note", "https://example.org/x"],
            "inputs": [{"path": "in/x.csv", "sha256": "ab12", "corpus": {"name": "tiny", "redaction_status": "redacted"}}],
            "lexicon": {"name": "lex", "version": "1.2", "hash": "cafe"},
            "model": {"kind": "logistic", "cv": {"macro_f1": 0.812345}},
            "counts": {"read": 9, "annotated": 7, "rejected": 2},
            "finished": "2025-01-01T00:00:00Z"
        });
        let rows = vec![CompareRow {
            sample_a: "platform=x".into(),
            sample_b: "platform=y".into(),
            category: "coercive".into(),
            basis: "messages",
            a: 3,
            b: 1,
            c: 10,
            d: 10,
            norm_a: Some(300.0),
            norm_b: Some(100.0),
            ll: Some(1.1),
            ll_p: Some(0.29),
            ll_p_holm: None,
            chi2: None,
            chi2_p: None,
            log_ratio: Some(1.58),
            log_ratio_lo: Some(-0.5),
            log_ratio_hi: Some(3.6),
            pct_diff: Some(200.0),
            design_effect_a: None,
            design_effect_b: None,
            ll_clustered: None,
            ll_p_clustered: None,
            log_ratio_lo_clustered: None,
            log_ratio_hi_clustered: None,
        }];
        let html = render_corpus(Some(&m), Some(rows), "a.jsonl", &ReportOptions::default());
        assert!(html.contains("c2chat report: tiny"));
        assert!(html.contains("9 / 7 / 2"));
        assert!(html.contains("redacted"));
        assert!(html.contains("lex version 1.2"));
        assert!(html.contains("cv.macro_f1") && html.contains("0.8123"));
        assert!(html.contains("c2chat annotate &#39;in dir&#39; --out o"));
        assert!(html.contains("example.org/x") && !html.contains("https://"));
        assert!(html.contains("B = platform=y relative to A = platform=x"));
        assert!(html.contains("compare.csv"));
        assert!(html.contains("2025-01-01T00:00:00Z"));
    }
}
