//! Co-occurrence: a heatmap of the messages flagged for each pair of sub-categories.

use super::Section;
use crate::error::Result;
use crate::report::charts::heatmap_chart;
use crate::report::data::ReportData;
use crate::report::markup::{Cell, Figures, Markup, Table};
use askama::Template;

#[derive(Template)]
#[template(path = "report/cooccurrence.html")]
struct Body<'a> {
    d: &'a ReportData,
    figure: Markup,
}

/// The co-occurrence section.
pub(super) fn section(d: &ReportData, figures: &mut Figures) -> Result<Section> {
    let m = &d.cooccurrence;
    let svg = heatmap_chart(
        &m.categories,
        &m.counts,
        d.ui.s("report.cooccurrence.chart"),
    )?;
    let mut head: Vec<&str> = vec![d.ui.s("report.category")];
    head.extend(m.categories.iter().map(String::as_str));
    let rows: Vec<Vec<Cell>> = m
        .categories
        .iter()
        .zip(&m.counts)
        .map(|(cat, row)| {
            let mut r = vec![Cell::text(cat.as_str())];
            r.extend(row.iter().map(|v| Cell::num(v.to_string())));
            r
        })
        .collect();
    let table = Table {
        class: "rowhead",
        caption: d.ui.s("report.cooccurrence.caption"),
        head: &head,
        rows: &rows,
    }
    .markup()?;
    let figure = figures.figure(
        "fig-cooccurrence",
        d.ui.s("report.cooccurrence.figure"),
        &svg,
        &table,
    )?;
    Ok(Section {
        id: "cooccurrence",
        title: d.ui.s("report.cooccurrence.title"),
        body: Markup::render(&Body { d, figure })?,
    })
}
