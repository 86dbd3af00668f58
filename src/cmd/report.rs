//! `c2chat report`: a self-contained HTML report with charts.

use anyhow::Result;
use c2chat::report::{self, ReportOptions};
use c2chat::stats::Period;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Writes one HTML file with inline SVG charts and data tables; it loads nothing from \
anywhere else. Sections: overview, rates, trend, cooccurrence, change, terms, kwic, methodology, caution. \
manifest.json beside the annotations is read when present."
)]
pub struct Args {
    /// annotations.jsonl from annotate (or annotate's --out directory).
    #[arg(value_parser = super::annotations_path)]
    pub annotations: PathBuf,
    /// A `c2chat stats` output directory: its compare.csv is shown as the change table.
    #[arg(long, value_name = "DIR")]
    pub stats: Option<PathBuf>,
    /// Period of the trend chart (default: month, or term when the data span > 24 months).
    #[arg(long, value_parser = ["month", "term", "school-year", "year", "week"])]
    pub period: Option<String>,
    /// Unit of the "Change" section, whose earliest period (A) is compared with its latest
    /// (B): school-year (default; UK school year, 1 September to 31 August, labelled
    /// 2024/25), year, term, month or week.
    #[arg(long, value_parser = ["school-year", "year", "term", "month", "week"])]
    pub change_period: Option<String>,
    /// Show sexualised span texts as written (masked as first letter + *** by default).
    #[arg(long)]
    pub unmask: bool,
    /// Interface language of the page: en (English) or cy (Cymraeg; the Welsh strings are
    /// unreviewed until a Welsh speaker checks them, and the page says so).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub ui_lang: String,
    /// The HTML file to write.
    #[arg(long)]
    pub out: PathBuf,
    /// No progress or summary on the terminal.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(a: Args) -> Result<i32> {
    let opts = ReportOptions {
        period: a.period.as_deref().map(Period::parse).transpose()?,
        unmask: a.unmask,
        stats_dir: a.stats,
        ui_lang: a.ui_lang.parse()?,
        change_period: a.change_period.as_deref().map(Period::parse).transpose()?,
    };
    let bytes = report::write(
        &a.annotations,
        &opts,
        &a.out,
        &crate::cmd::progress::Bar::new("report", a.quiet),
    )?;
    if !a.quiet {
        outln!("wrote {} ({} bytes)", a.out.display(), bytes);
    }
    Ok(0)
}
