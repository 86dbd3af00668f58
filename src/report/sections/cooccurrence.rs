//! Co-occurrence: a heatmap of the messages flagged for each pair of sub-categories.

use super::Section;
use crate::error::Result;
use crate::report::charts::heatmap_chart;
use crate::report::data::ReportData;
use crate::report::markup::{Cell, Figures, Markup, Table};
use askama::Template;

#[derive(Template)]
#[template(path = "report/cooccurrence.html")]
struct Body {
    figure: Markup,
}

/// The co-occurrence section.
pub(super) fn section(d: &ReportData, figures: &mut Figures) -> Result<Section> {
    let m = &d.cooccurrence;
    let svg = heatmap_chart(
        &m.categories,
        &m.counts,
        "Heatmap: number of messages flagged for each pair of categories",
    )?;
    let mut head: Vec<&str> = vec!["Category"];
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
        caption: "Messages flagged for both categories (diagonal: for the category)",
        head: &head,
        rows: &rows,
    }
    .markup()?;
    let figure = figures.figure(
        "fig-cooccurrence",
        "Message-level co-occurrence of categories (counts of messages).",
        &svg,
        &table,
    )?;
    Ok(Section {
        id: "cooccurrence",
        title: "Co-occurrence",
        body: Markup::render(&Body { figure })?,
    })
}
