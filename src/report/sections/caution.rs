//! Caution: what a flag is not, in plain language.

use super::Section;
use crate::error::Result;
use crate::report::data::ReportData;
use crate::report::markup::{Figures, Markup};
use askama::Template;

#[derive(Template)]
#[template(path = "report/caution.html")]
struct Body<'a> {
    d: &'a ReportData,
}

/// The caution section.
pub(super) fn section(d: &ReportData, _: &mut Figures) -> Result<Section> {
    Ok(Section {
        id: "caution",
        title: d.ui.s("report.caution.title"),
        body: Markup::render(&Body { d })?,
    })
}
