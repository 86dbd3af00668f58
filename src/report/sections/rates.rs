//! Rates by category: a bar chart with conversation-clustered intervals and its data table
//! (with the Wilson interval beside the clustered one).

use super::Section;
use crate::error::Result;
use crate::report::charts::rates_chart;
use crate::report::data::ReportData;
use crate::report::format::{ci, int, num};
use crate::report::markup::{Cell, Figures, Markup, Table};
use askama::Template;

#[derive(Template)]
#[template(path = "report/rates.html")]
struct Body<'a> {
    d: &'a ReportData,
    figure: Markup,
}

/// The rates section.
pub(super) fn section(d: &ReportData, figures: &mut Figures) -> Result<Section> {
    let svg = rates_chart(&d.rates, d.ui.s("report.rates.chart"))?;
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
                Cell::num(ci(r.per_1000_lo_clustered, r.per_1000_hi_clustered, 2)),
                Cell::num(num(r.design_effect, 1)),
                Cell::num(int(r.hits)),
                Cell::num(num(r.per_10k_tokens, 2)),
            ]
        })
        .collect();
    let table = Table {
        class: "sortable",
        caption: d.ui.s("report.rates.caption"),
        head: &[
            d.ui.s("report.category"),
            d.ui.s("report.rates.flagged_messages"),
            d.ui.s("report.messages"),
            d.ui.s("report.per_1000"),
            d.ui.s("report.rates.ci95_wilson"),
            d.ui.s("report.rates.ci95_clustered"),
            d.ui.s("report.rates.design_effect"),
            d.ui.s("report.spans"),
            d.ui.s("report.rates.spans_per_10k"),
        ],
        rows: &rows,
    }
    .markup()?;
    let figure = figures.figure("fig-rates", d.ui.s("report.rates.figure"), &svg, &table)?;
    Ok(Section {
        id: "rates",
        title: d.ui.s("report.rates.title"),
        body: Markup::render(&Body { d, figure })?,
    })
}
