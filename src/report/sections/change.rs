//! Change between periods: the comparison of two samples (log-likelihood, Log Ratio, %DIFF),
//! computed or read from `compare.csv`.

use super::Section;
use crate::error::Result;
use crate::report::data::{ChangeSource, ReportData};
use crate::report::format::{self as fmt, ci, int, num, pval};
use crate::report::markup::{Cell, Figures, Markup, Table};
use crate::stats::compare::CompareRow;
use askama::Template;

#[derive(Template)]
#[template(path = "report/change.html")]
struct Body<'a> {
    d: &'a ReportData,
    table: Markup,
}

/// The change section.
pub(super) fn section(d: &ReportData, _: &mut Figures) -> Result<Section> {
    let table = match d.change.rows.first() {
        Some(first) => table(first, &d.change.rows)?,
        None => Markup::default(),
    };
    Ok(Section {
        id: "change",
        title: "Change between periods",
        body: Markup::render(&Body { d, table })?,
    })
}

/// The comparison table; `first` names the samples and the basis.
fn table(first: &CompareRow, rows: &[CompareRow]) -> Result<Markup> {
    let cells: Vec<Vec<Cell>> = rows
        .iter()
        .map(|r| {
            vec![
                Cell::category(&r.category),
                Cell::num(format!("{} / {}", int(r.a), int(r.c))),
                Cell::num(num(r.norm_a, 2)),
                Cell::num(format!("{} / {}", int(r.b), int(r.d))),
                Cell::num(num(r.norm_b, 2)),
                Cell::num(num(r.ll, 2)),
                Cell::num(pval(r.ll_p)),
                Cell::num(pval(r.ll_p_holm)),
                Cell::num(num(r.log_ratio, 2)),
                Cell::num(ci(r.log_ratio_lo, r.log_ratio_hi, 2)),
                Cell::num(num(r.pct_diff, 1)),
            ]
        })
        .collect();
    let (per, unit) = if first.basis == "tokens" {
        ("per 10,000 tokens", "spans / tokens")
    } else {
        ("per 1,000", "flagged / messages")
    };
    let (ha, hb) = (format!("A: {unit}"), format!("B: {unit}"));
    let (pa, pb) = (format!("A {per}"), format!("B {per}"));
    Table {
        class: "sortable",
        caption: &format!(
            "A = {} compared with B = {}",
            first.sample_a, first.sample_b
        ),
        head: &[
            "Category",
            &ha,
            &pa,
            &hb,
            &pb,
            "G²",
            "p",
            "p (Holm)",
            "Log Ratio",
            "Log Ratio 95% CI",
            "%DIFF",
        ],
        rows: &cells,
    }
    .markup()
}
