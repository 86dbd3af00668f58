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
    samples: String,
    table: Markup,
}

/// The change section.
pub(super) fn section(d: &ReportData, _: &mut Figures) -> Result<Section> {
    let ui = d.ui;
    let table = match d.change.rows.first() {
        Some(first) => table(ui, first, &d.change.rows)?,
        None => Markup::default(),
    };
    let samples = match &d.change.source {
        ChangeSource::Csv => ui.s("report.change.from_csv").to_string(),
        ChangeSource::Computed(s) => {
            // The period name (`school-year`) is shown in the page's language.
            let args: Vec<(&str, &str)> = s
                .how
                .1
                .iter()
                .map(|(k, v)| match *k {
                    "period" => (*k, ui.s(&format!("period.{v}"))),
                    _ => (*k, v.as_str()),
                })
                .collect();
            let how = ui.f(s.how.0, &args);
            let (na, nb) = (fmt::int(s.a.messages), fmt::int(s.b.messages));
            ui.f(
                "report.change.samples",
                &[
                    ("a", &s.label_a),
                    ("na", &na),
                    ("b", &s.label_b),
                    ("nb", &nb),
                    ("how", &how),
                ],
            )
        }
        ChangeSource::None => String::new(),
    };
    Ok(Section {
        id: "change",
        title: ui.s("report.change.title"),
        body: Markup::render(&Body { d, samples, table })?,
    })
}

/// The comparison table; `first` names the samples and the basis.
fn table(ui: &crate::ui::Ui, first: &CompareRow, rows: &[CompareRow]) -> Result<Markup> {
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
                Cell::num(pval(r.ll_p_clustered)),
                Cell::num(num(r.log_ratio, 2)),
                Cell::num(match r.log_ratio_lo_clustered {
                    Some(_) => ci(r.log_ratio_lo_clustered, r.log_ratio_hi_clustered, 2),
                    None => ci(r.log_ratio_lo, r.log_ratio_hi, 2),
                }),
                Cell::num(num(r.pct_diff, 1)),
            ]
        })
        .collect();
    let (per, unit) = if first.basis == "tokens" {
        (
            ui.s("report.change.per_10k_tokens"),
            ui.s("report.change.unit_tokens"),
        )
    } else {
        (
            ui.s("report.change.per_1000"),
            ui.s("report.change.unit_messages"),
        )
    };
    let (ha, hb) = (format!("A: {unit}"), format!("B: {unit}"));
    // The Log Ratio interval is clustered by conversation when the rows carry it (always
    // when computed here; a compare.csv from an older c2chat has only the independent one).
    let lr_ci = if rows.iter().any(|r| r.log_ratio_lo_clustered.is_some()) {
        ui.s("report.change.log_ratio_ci_clustered")
    } else {
        ui.s("report.change.log_ratio_ci")
    };
    let (pa, pb) = (format!("A {per}"), format!("B {per}"));
    Table {
        // `change`: smaller type and wrapping numbers, so the table fits a 1,280 px window.
        class: "sortable change",
        caption: &ui.f(
            "report.change.caption",
            &[("a", &first.sample_a), ("b", &first.sample_b)],
        ),
        head: &[
            ui.s("report.category"),
            &ha,
            &pa,
            &hb,
            &pb,
            "G² (B vs A)",
            "p",
            "p (Holm)",
            ui.s("report.change.p_clustered"),
            "Log Ratio (B vs A)",
            lr_ci,
            "%DIFF (B vs A)",
        ],
        rows: &cells,
    }
    .markup()
}
