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
    figure: Markup,
    tests: Markup,
}

/// The trend section.
pub(super) fn section(d: &ReportData, figures: &mut Figures) -> Result<Section> {
    let (figure, tests) = match &d.trend {
        Some(t) => (figure(t, figures)?, tests(t)?),
        None => (Markup::default(), Markup::default()),
    };
    Ok(Section {
        id: "trend",
        title: "Change over time",
        body: Markup::render(&Body { d, figure, tests })?,
    })
}

/// The chart and its data table (period by top-level category).
fn figure(t: &Trend, figures: &mut Figures) -> Result<Markup> {
    let period = t.period.name();
    let panels: Vec<TrendPanel> = t
        .tops
        .iter()
        .map(|top| TrendPanel {
            category: top.category.to_string(),
            title: match &top.test {
                Some(r) => format!(
                    "{}: trend {} (p = {})",
                    top.category,
                    r.direction,
                    pval(r.p)
                ),
                None => top.category.to_string(),
            },
            points: top.points.clone(),
        })
        .collect();
    let svg = trend_chart(
        &t.labels,
        &panels,
        &format!(
            "Line charts: flagged messages per 1,000 messages by {period} for each top-level category, with 95% bands"
        ),
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
        caption: &format!("Flagged messages by {period} and top-level category"),
        head: &[
            "Period",
            "Category",
            "Messages",
            "Flagged",
            "Per 1,000",
            "95% CI",
        ],
        rows: &rows,
    }
    .markup()?;
    figures.figure(
        "fig-trend",
        &format!(
            "Flagged messages per 1,000 messages by {period}, per top-level category, with 95% Wilson bands."
        ),
        &svg,
        &table,
    )
}

/// The trend test of each category.
fn tests(t: &Trend) -> Result<Markup> {
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
                Cell::text(r.direction),
            ]
        })
        .collect();
    Table {
        class: "sortable",
        caption: "Cochran–Armitage trend test per category",
        head: &["Category", "Periods", "Flagged", "z", "p", "Direction"],
        rows: &rows,
    }
    .markup()
}
