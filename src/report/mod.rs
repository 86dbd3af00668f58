//! A self-contained HTML report over `annotations.jsonl`: overview, rates with Wilson
//! intervals, trend with confidence bands, category co-occurrence, change between the earliest
//! and latest academic year, top terms and pattern ids, masked KWIC lines, methodology and a
//! plain-language caution.
//!
//! The output is one HTML file with inline CSS, inline SVG charts (plotters' SVG backend) and
//! a few lines of optional inline JavaScript for table sorting. It references nothing outside
//! itself: no scripts, fonts, images or links. Every chart sits in a `<figure>` with a caption,
//! an accessible name and a data table. The bytes depend only on the inputs (dates come from
//! the manifest, never the clock).
//!
//! Two steps: `data::ReportData::new` computes every statistic from one pass over the
//! annotations (`collect::Collected`), the manifest and any `compare.csv`; then each file of
//! `sections` renders one section of it through an askama template (`templates/report/`),
//! and `page` puts the sections, the CSS and the script (`assets/`) into the page.

mod charts;
mod collect;
mod compare_csv;
mod data;
mod episode_charts;
mod episodes;
mod format;
mod manifest;
mod markup;
mod page;
mod sections;
#[cfg(test)]
mod testdata;

/// The report's colour of a category (six hex digits), shared with the REFI-QDA codebook.
pub(crate) use charts::cat_color_hex;

use crate::error::Result;
use crate::stats::Period;
use std::path::{Path, PathBuf};

/// The c2chat version, shown in the report.
pub(crate) const VERSION: &str = env!("CARGO_PKG_VERSION");
/// Messages kept per category as concordance samples.
pub(crate) const KWIC_MESSAGES: usize = 3;
/// Concordance lines shown per category.
pub(crate) const KWIC_LINES: usize = 3;
/// Terms and pattern ids shown per category.
pub(crate) const TOP_TERMS: usize = 10;
/// With no `--period`, months are used unless the dated messages span more than this many
/// months; then school terms.
pub(crate) const MAX_MONTHS_FOR_MONTHLY: i64 = 24;
/// Refuse to chart more periods than this (choose a coarser `--period`).
pub(crate) const MAX_PERIODS: usize = 2_000;

/// What the report is built from, besides the annotations.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Period for the trend chart; `None` = month, or term when the data span > 24 months.
    pub period: Option<Period>,
    /// Show sexualised span texts as written (masked as first letter + `***` by default).
    pub unmask: bool,
    /// A `c2chat stats` output directory; its `compare.csv` replaces the computed change table.
    pub stats_dir: Option<PathBuf>,
    /// The interface language of the page (`--ui-lang`).
    pub ui_lang: crate::ui::UiLang,
    /// The unit of the "Change" section (`--change-period`): its earliest period is
    /// compared with its latest; `None` = [`Period::SchoolYear`] (1 September – 31 August).
    pub change_period: Option<Period>,
}

/// Build the report for an annotations file: reads `manifest.json` beside it and, with
/// `stats_dir`, that directory's `compare.csv`.
pub fn build(
    annotations: &Path,
    opts: &ReportOptions,
    progress: &dyn crate::pipeline::Progress,
) -> Result<String> {
    let manifest = manifest::read_manifest(annotations)?;
    let cmp = match &opts.stats_dir {
        Some(dir) => {
            if !dir.is_dir() {
                crate::bail!("--stats {}: not a directory", dir.display());
            }
            let p = dir.join("compare.csv");
            if p.is_file() {
                Some(compare_csv::read_compare_csv(&p)?)
            } else {
                None
            }
        }
        None => None,
    };
    let c = collect::Collected::read(annotations, progress)?;
    let name = annotations
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| annotations.display().to_string());
    let mut d = data::ReportData::new(&c, manifest.as_ref(), cmp, &name, opts)?;
    d.episodes = episodes::read(annotations, c.choose_period(opts.period))?;
    page::render(&d)
}

/// Build and write the report (atomically); returns its length in bytes.
pub fn write(
    annotations: &Path,
    opts: &ReportOptions,
    out: &Path,
    progress: &dyn crate::pipeline::Progress,
) -> Result<usize> {
    let html = build(annotations, opts, progress)?;
    crate::io::write_atomic(out, html.as_bytes())?;
    Ok(html.len())
}
