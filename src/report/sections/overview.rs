//! Overview: the corpus, its size, the period covered and the annotation run's counts.

use super::Section;
use crate::error::Result;
use crate::report::data::ReportData;
use crate::report::format as fmt;
use crate::report::markup::{Figures, Markup};
use askama::Template;

#[derive(Template)]
#[template(path = "report/overview.html")]
struct Body<'a> {
    d: &'a ReportData,
}

/// The overview section.
pub(super) fn section(d: &ReportData, _: &mut Figures) -> Result<Section> {
    Ok(Section {
        id: "overview",
        title: d.ui.s("report.overview.title"),
        body: Markup::render(&Body { d })?,
    })
}
