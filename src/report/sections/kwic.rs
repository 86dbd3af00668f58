//! Examples in context (KWIC): a few concordance lines per category, masked unless
//! `--unmask`.

use super::Section;
use crate::error::Result;
use crate::report::data::ReportData;
use crate::report::markup::{Cell, Figures, Markup, Table};
use crate::report::KWIC_LINES;
use askama::Template;

#[derive(Template)]
#[template(path = "report/kwic.html")]
struct Body<'a> {
    d: &'a ReportData,
    intro: String,
    table: Markup,
}

/// The KWIC section.
pub(super) fn section(d: &ReportData, _: &mut Figures) -> Result<Section> {
    let rows: Vec<Vec<Cell>> = d
        .kwic
        .iter()
        .map(|k| {
            vec![
                Cell::category(&k.category),
                Cell::code(k.row.message_id.as_str()),
                Cell::with_class("l", k.row.left.as_str()),
                Cell::with_class("node", k.row.node.as_str()),
                Cell::with_class("r", k.row.right.as_str()),
            ]
        })
        .collect();
    let table = Table {
        class: "kwic",
        caption: d.ui.s("report.kwic.caption"),
        head: &[
            d.ui.s("report.category"),
            d.ui.s("report.kwic.message"),
            d.ui.s("report.kwic.left"),
            d.ui.s("report.kwic.match"),
            d.ui.s("report.kwic.right"),
        ],
        rows: &rows,
    }
    .markup()?;
    Ok(Section {
        id: "kwic",
        title: d.ui.s("report.kwic.title"),
        body: Markup::render(&Body {
            d,
            intro: d
                .ui
                .f("report.kwic.intro", &[("n", &KWIC_LINES.to_string())]),
            table,
        })?,
    })
}
