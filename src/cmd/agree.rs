//! `c2chat agree`: inter-annotator agreement.

use anyhow::{bail, Result};
use c2chat::agree::{agreement_report, render_agreement_tsv};
use c2chat::export::{import, labelstudio, Format};
use c2chat::output::read_annotations;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Per category at message level: Cohen's kappa (two sets), Fleiss' kappa (all sets), \
Krippendorff's alpha (nominal, missing data allowed); span-level P/R/F1 (exact and overlapping) of each set against the first."
)]
pub struct Args {
    /// Annotation sets: annotations.jsonl / imported gold files (or, with --from, tool exports).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Read the files as tool exports. A single Label Studio export is split by annotator.
    #[arg(long)]
    pub from: Option<Format>,
    /// Also write agreement.tsv and agreement.json here.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Accepted for consistency: the agreement table is the result and is still printed.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(a: Args) -> Result<i32> {
    let mut sets = Vec::new();
    match a.from {
        Some(Format::LabelStudio) if a.files.len() == 1 => {
            for (name, anns) in labelstudio::import_by_annotator(&a.files[0])? {
                sets.push((name, anns));
            }
        }
        Some(f) => {
            for p in &a.files {
                sets.push((p.display().to_string(), import(f, p)?));
            }
        }
        None => {
            for p in &a.files {
                sets.push((p.display().to_string(), read_annotations(p)?));
            }
        }
    }
    if sets.len() < 2 {
        bail!(
            "agreement needs at least two annotation sets (got {})",
            sets.len()
        );
    }
    let r = agreement_report(&sets);
    let tsv = render_agreement_tsv(&r);
    super::write_stdout(tsv.as_bytes())?;
    if let Some(out) = a.out {
        std::fs::create_dir_all(&out)?;
        c2chat::io::write_atomic(&out.join("agreement.tsv"), tsv.as_bytes())?;
        c2chat::io::write_atomic(&out.join("agreement.json"), &serde_json::to_vec_pretty(&r)?)?;
    }
    Ok(0)
}
