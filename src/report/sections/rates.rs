//! Rates by category: a bar chart with Wilson intervals and its data table.

use super::Section;
use crate::error::Result;
use crate::report::charts::rates_chart;
use crate::report::data::ReportData;
use crate::report::format::{ci, int, num};
use crate::report::markup::{Cell, Figures, Markup, Table};
use askama::Template;

#[derive(Template)]
#[template(path = "report/rates.html")]
struct Body {
    figure: Markup,
}

/// The rates section.
pub(super) fn section(d: &ReportData, figures: &mut Figures) -> Result<Section> {
    let svg = rates_chart(
        &d.rates,
        "Bar chart: flagged messages per 1,000 messages for each category, with 95% Wilson intervals",
    )?;
    let rows: Vec<Vec<Cell>> = d
        .rates
        .iter()
        .map(|r| {
            vec![
                Cell::category(&r.category),
                Cell::num(int(r.flagged)),
                Cell::num(int(r.messages)),
                Cell::num(num(r.per_1000, 2)),
                Cell::num(ci(r.per_1000_lo, r.per_1000_hi, 2)),
                Cell::num(int(r.hits)),
                Cell::num(num(r.per_10k_tokens, 2)),
            ]
        })
        .collect();
    let table = Table {
        class: "sortable",
        caption: "Flagged messages per category (whole corpus)",
        head: &[
            "Category",
            "Flagged messages",
            "Messages",
            "Per 1,000",
            "95% CI",
            "Spans",
            "Spans per 10,000 tokens",
        ],
        rows: &rows,
    }
    .markup()?;
    let figure = figures.figure(
        "fig-rates",
        "Flagged messages per 1,000 messages by category, with 95% Wilson intervals.",
        &svg,
        &table,
    )?;
    Ok(Section {
        id: "rates",
        title: "Rates by category",
        body: Markup::render(&Body { figure })?,
    })
}
