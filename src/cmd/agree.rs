//! `c2chat agree`: inter-annotator agreement.

use anyhow::{bail, Result};
use c2chat::agree::{
    agreement_report_with, read_set, render_agreement_tsv, AgreeOptions, AgreementSet,
};
use c2chat::agree_ci::{DEFAULT_RESAMPLES, DEFAULT_SEED};
use c2chat::export::{import, labelstudio, Format};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Sets: annotations.jsonl (annotate, import) or gold files as evaluate --gold reads them \
(JSONL {\"message_id\",\"gold\":[…]} or CSV with message_id and gold columns, ids separated by ;). Per \
category at message level: Cohen's kappa (two sets), Fleiss' kappa (all sets), Krippendorff's alpha \
(nominal, missing data allowed). Overall kappa and alpha pooled over the category ids (De Vries et al. \
2008), with 95% percentile-bootstrap intervals (overall and per category) that resample conversations \
(messages when no conversation id is known; gold files carry none), seeded and reproducible. Span-level \
P/R/F1 (exact and overlapping) of each set with spans against the first. Method: docs/statistics.md."
)]
pub struct Args {
    /// Annotation sets: annotations.jsonl (or annotate's --out directory) / imported gold /
    /// evaluate gold files (or, with --from, tool exports).
    #[arg(required = true, value_parser = super::annotations_path)]
    pub files: Vec<PathBuf>,
    /// Read the files as tool exports. A single Label Studio export is split by annotator.
    #[arg(long)]
    pub from: Option<Format>,
    /// Bootstrap resamples for the 95% intervals of kappa and alpha (0: none).
    #[arg(long, default_value_t = DEFAULT_RESAMPLES)]
    pub bootstrap: u32,
    /// The bootstrap's seed (same seed and data, same intervals, whatever the thread count).
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// Also write agreement.tsv and agreement.json here.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Accepted for consistency: the agreement table is the result and is still printed.
    #[arg(long, short)]
    pub quiet: bool,
}

fn set(name: String, annotations: Vec<c2chat::model::Annotation>) -> AgreementSet {
    AgreementSet {
        name,
        annotations,
        labels_only: false,
    }
}

pub fn run(a: Args) -> Result<i32> {
    let mut sets = Vec::new();
    match a.from {
        Some(Format::LabelStudio) if a.files.len() == 1 => {
            for (name, anns) in labelstudio::import_by_annotator(&a.files[0])? {
                sets.push(set(name, anns));
            }
        }
        Some(f) => {
            for p in &a.files {
                sets.push(set(p.display().to_string(), import(f, p)?));
            }
        }
        None => {
            for p in &a.files {
                sets.push(read_set(p)?);
            }
        }
    }
    if sets.len() < 2 {
        bail!(
            "agreement needs at least two annotation sets (got {})",
            sets.len()
        );
    }
    let r = agreement_report_with(
        &sets,
        &AgreeOptions {
            resamples: a.bootstrap,
            seed: a.seed,
        },
    );
    let tsv = render_agreement_tsv(&r);
    super::write_stdout(tsv.as_bytes())?;
    if let Some(out) = a.out {
        std::fs::create_dir_all(&out)?;
        c2chat::io::write_atomic(&out.join("agreement.tsv"), tsv.as_bytes())?;
        c2chat::io::write_atomic(&out.join("agreement.json"), &serde_json::to_vec_pretty(&r)?)?;
    }
    Ok(0)
}
