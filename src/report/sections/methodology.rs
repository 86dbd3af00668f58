//! Methodology: the lexicon, model, options and inputs of the annotation run, and how the
//! numbers are made.

use super::Section;
use crate::error::Result;
use crate::report::data::ReportData;
use crate::report::format as fmt;
use crate::report::format::int;
use crate::report::markup::{Cell, Figures, Markup, Table};
use crate::report::VERSION;
use askama::Template;

#[derive(Template)]
#[template(path = "report/methodology.html")]
struct Body<'a> {
    d: &'a ReportData,
    evidence: Markup,
}

/// The methodology section.
pub(super) fn section(d: &ReportData, _: &mut Figures) -> Result<Section> {
    Ok(Section {
        id: "methodology",
        title: d.ui.s("report.methodology.title"),
        body: Markup::render(&Body {
            d,
            evidence: evidence_table(d)?,
        })?,
    })
}

/// Flagged messages per category by kind of evidence: lexicon, pattern, rule, classifier
/// only (the classifier column of `evidence.csv` is left out: it overlaps the others).
fn evidence_table(d: &ReportData) -> Result<Markup> {
    let ui = d.ui;
    // Indices into EVIDENCE_SOURCES: lexicon, pattern, rule, classifier_only.
    let shown = [0usize, 1, 2, 4];
    let rows: Vec<Vec<Cell>> = d
        .evidence
        .iter()
        .map(|r| {
            let mut cells = vec![Cell::category(&r.category), Cell::num(int(r.flagged))];
            cells.extend(shown.iter().map(|&i| Cell::num(int(r.by_source[i]))));
            cells
        })
        .collect();
    Table {
        class: "sortable",
        caption: ui.s("report.methodology.evidence_caption"),
        head: &[
            ui.s("report.category"),
            ui.s("report.flagged"),
            ui.s("report.methodology.source_lexicon"),
            ui.s("report.methodology.source_pattern"),
            ui.s("report.methodology.source_rule"),
            ui.s("report.methodology.source_classifier_only"),
        ],
        rows: &rows,
    }
    .markup()
}
