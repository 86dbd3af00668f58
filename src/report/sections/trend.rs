//! Change over time: small multiples of the top-level categories' rates by period with
//! Wilson bands, their data table, and the Cochran–Armitage trend tests.

use super::Section;
use crate::error::Result;
use crate::report::charts::{trend_chart, TrendPanel};
use crate::report::data::{PeriodChoice, ReportData, Trend};
use crate::report::format::{self as fmt, ci, int, num, pval};
use crate::report::markup::{Cell, Figures, Markup, Table};
use crate::report::MAX_MONTHS_FOR_MONTHLY;
use askama::Template;

#[derive(Template)]
#[template(path = "report/trend.html")]
struct Body<'a> {
    d: &'a ReportData,
    intro: String,
    figure: Markup,
    tests: Markup,
}

/// The trend section.
pub(super) fn section(d: &ReportData, figures: &mut Figures) -> Result<Section> {
    let ui = d.ui;
    let (intro, figure, tests) = match &d.trend {
        Some(t) => (intro(d, t), figure(ui, t, figures)?, tests(ui, t)?),
        None => (String::new(), Markup::default(), Markup::default()),
    };
    Ok(Section {
        id: "trend",
        title: d.ui.s("report.trend.title"),
        body: Markup::render(&Body {
            d,
            intro,
            figure,
            tests,
        })?,
    })
}

/// The chart and its data table (period by top-level category).
/// The paragraph above the figure (HTML from the interface strings).
fn intro(d: &ReportData, t: &Trend) -> String {
    let ui = d.ui;
    let name = t.period.name();
    let undated = if d.totals.undated > 0 {
        ui.f(
            "report.trend.undated",
            &[("n", &fmt::int(d.totals.undated))],
        )
    } else {
        String::new()
    };
    let first = t.labels.first().map(String::as_str).unwrap_or_default();
    let last = t.labels.last().map(String::as_str).unwrap_or_default();
    let n = t.labels.len().to_string();
    let head = ui.f(
        "report.trend.intro",
        &[
            ("period", ui.s(&format!("period.{name}"))),
            ("n", &n),
            ("periods", ui.s(&format!("period.{name}s"))),
            ("first", &html_escape(first)),
            ("last", &html_escape(last)),
            ("undated", &undated),
        ],
    );
    let choice = match t.choice {
        PeriodChoice::Requested => ui.s("report.trend.requested").to_string(),
        PeriodChoice::LongSpanTerms => ui.f(
            "report.trend.long_span_terms",
            &[("months", &MAX_MONTHS_FOR_MONTHLY.to_string())],
        ),
        PeriodChoice::DefaultMonths => ui.s("report.trend.default_months").to_string(),
    };
    format!("{head} {choice} {}", ui.s("report.trend.test_note"))
}

/// `s` with the HTML special characters escaped.
fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn figure(ui: &crate::ui::Ui, t: &Trend, figures: &mut Figures) -> Result<Markup> {
    let period = ui.s(&format!("period.{}", t.period.name()));
    let panels: Vec<TrendPanel> = t
        .tops
        .iter()
        .map(|top| TrendPanel {
            category: top.category.to_string(),
            // The panel states the conversation-clustered test (see the Caution section).
            title: match &top.test {
                Some(r) => ui.f(
                    "report.trend.panel",
                    &[
                        ("category", top.category),
                        (
                            "direction",
                            ui.s(&format!("direction.{}", r.direction_clustered)),
                        ),
                        ("p", &pval(r.p_clustered)),
                    ],
                ),
                None => top.category.to_string(),
            },
            points: top.points.clone(),
        })
        .collect();
    let svg = trend_chart(
        &t.labels,
        &panels,
        &ui.f("report.trend.chart", &[("period", period)]),
    )?;
    let mut rows = Vec::new();
    for (i, label) in t.labels.iter().enumerate() {
        for top in &t.tops {
            let s = &top.points[i];
            rows.push(vec![
                Cell::text(label.as_str()),
                Cell::category(top.category),
                Cell::num(int(s.messages)),
                Cell::num(int(s.flagged)),
                Cell::num(num(s.per_1000, 2)),
                Cell::num(ci(s.per_1000_lo, s.per_1000_hi, 2)),
            ]);
        }
    }
    let table = Table {
        class: "sortable",
        caption: &ui.f("report.trend.caption", &[("period", period)]),
        head: &[
            ui.s("report.period"),
            ui.s("report.category"),
            ui.s("report.messages"),
            ui.s("report.flagged"),
            ui.s("report.per_1000"),
            ui.s("report.ci95"),
        ],
        rows: &rows,
    }
    .markup()?;
    figures.figure(
        "fig-trend",
        &ui.f("report.trend.figure", &[("period", period)]),
        &svg,
        &table,
    )
}

/// The trend test of each category.
fn tests(ui: &crate::ui::Ui, t: &Trend) -> Result<Markup> {
    let rows: Vec<Vec<Cell>> = t
        .tests
        .iter()
        .map(|r| {
            vec![
                Cell::category(&r.category),
                Cell::num(r.periods.to_string()),
                Cell::num(int(r.flagged)),
                Cell::num(num(r.z, 2)),
                Cell::num(pval(r.p)),
                Cell::num(num(r.z_clustered, 2)),
                Cell::num(pval(r.p_clustered)),
                Cell::text(ui.s(&format!("direction.{}", r.direction_clustered))),
            ]
        })
        .collect();
    Table {
        class: "sortable",
        caption: ui.s("report.trend.test_caption"),
        head: &[
            ui.s("report.category"),
            ui.s("report.trend.periods"),
            ui.s("report.flagged"),
            "z",
            "p",
            ui.s("report.trend.z_clustered"),
            ui.s("report.trend.p_clustered"),
            ui.s("report.trend.direction_clustered"),
        ],
        rows: &rows,
    }
    .markup()
}
