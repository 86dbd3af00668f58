//! One file per section of the report, in page order. Each renders its part of
//! [`ReportData`] through its template (`templates/report/<id>.html`) into a [`Section`];
//! none computes a statistic.

mod caution;
mod change;
mod cooccurrence;
mod episodes;
mod kwic;
mod methodology;
mod overview;
mod rates;
mod terms;
mod trend;

use super::data::ReportData;
use super::markup::{Figures, Markup};
use crate::error::Result;

/// One section of the page: its id (the anchor), its title (heading and contents entry) and
/// its body.
#[derive(Debug, Clone)]
pub(crate) struct Section {
    /// The anchor id.
    pub(crate) id: &'static str,
    /// The heading.
    pub(crate) title: &'static str,
    /// The HTML under the heading.
    pub(crate) body: Markup,
}

/// Renders one section; figures are numbered across the page.
type Render = fn(&ReportData, &mut Figures) -> Result<Section>;

/// The sections in page order.
const ORDER: [Render; 10] = [
    overview::section,
    rates::section,
    trend::section,
    cooccurrence::section,
    change::section,
    episodes::section,
    terms::section,
    kwic::section,
    methodology::section,
    caution::section,
];

/// Every section of the report, in page order.
pub(crate) fn sections(d: &ReportData) -> Result<Vec<Section>> {
    let mut figures = Figures::new(d.ui);
    ORDER.iter().map(|render| render(d, &mut figures)).collect()
}
