//! Methodology: the lexicon, model, options and inputs of the annotation run, and how the
//! numbers are made.

use super::Section;
use crate::error::Result;
use crate::report::data::ReportData;
use crate::report::format as fmt;
use crate::report::markup::{Figures, Markup};
use crate::report::VERSION;
use askama::Template;

#[derive(Template)]
#[template(path = "report/methodology.html")]
struct Body<'a> {
    d: &'a ReportData,
}

/// The methodology section.
pub(super) fn section(d: &ReportData, _: &mut Figures) -> Result<Section> {
    Ok(Section {
        id: "methodology",
        title: d.ui.s("report.methodology.title"),
        body: Markup::render(&Body { d })?,
    })
}
