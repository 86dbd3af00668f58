//! Matched terms and patterns: the most frequent lexicon terms and pattern or rule ids per
//! category.

use super::Section;
use crate::error::Result;
use crate::report::data::ReportData;
use crate::report::format::int;
use crate::report::markup::{Cell, Figures, Markup, Table};
use crate::report::TOP_TERMS;
use askama::Template;

#[derive(Template)]
#[template(path = "report/terms.html")]
struct Body<'a> {
    d: &'a ReportData,
    intro: String,
    table: Markup,
}

/// The terms section.
pub(super) fn section(d: &ReportData, _: &mut Figures) -> Result<Section> {
    let rows: Vec<Vec<Cell>> = d
        .terms
        .iter()
        .map(|r| {
            vec![
                Cell::category(&r.category),
                Cell::num(int(r.spans)),
                Cell::counts(r.terms.clone(), false),
                Cell::counts(r.ids.clone(), true),
            ]
        })
        .collect();
    let table = Table {
        class: "sortable",
        caption: d.ui.s("report.terms.caption"),
        head: &[
            d.ui.s("report.category"),
            d.ui.s("report.spans"),
            d.ui.s("report.terms.lexicon_terms"),
            d.ui.s("report.terms.patterns"),
        ],
        rows: &rows,
    }
    .markup()?;
    Ok(Section {
        id: "terms",
        title: d.ui.s("report.terms.title"),
        body: Markup::render(&Body {
            d,
            intro: d
                .ui
                .f("report.terms.intro", &[("n", &TOP_TERMS.to_string())]),
            table,
        })?,
    })
}
