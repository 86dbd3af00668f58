//! `c2chat train`: fit a classifier (linfa-compatible logistic regression, NB-weighted
//! logistic regression, or naive Bayes) and write a self-describing model file.

use anyhow::{bail, Result};
use c2chat::classify::{train, ClassWeight, ModelKind, Solver, ThresholdMetric, TrainConfig};
use c2chat::lexicon::LexiconRef;
use c2chat::matcher::Matcher;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Data: JSONL with `text` and `gold` (or `labels`) lists of category ids (annotate/import output \
works), or CSV with --text-col and --label-col (with --positive for a binary task; otherwise ids separated by ';').\n\
EDOS (the BENCHMARKS.md run, dev macro-F1 0.781): c2chat train ../shared/edos/edos_train.csv --text-col text --label-col label_sexist \
--positive sexist --alpha 0.1 --max-features 1000000 --threshold-metric macro-f1 --out edos.model\n\
The default model: c2chat train corpora/train/train.jsonl --out models/default.model\n\
Training twice with the same data, options and seed gives identical files."
)]
pub struct Args {
    /// Labelled data: JSONL (text and gold/labels) or CSV (see --text-col, --label-col).
    pub data: PathBuf,
    /// The model file to write.
    #[arg(long)]
    pub out: PathBuf,
    #[command(flatten)]
    pub labelled: super::LabelledDataArgs,
    /// nb-logistic (default), logistic (L2 logistic regression), or bayes (multinomial NB baseline).
    #[arg(long, default_value = "nb-logistic", value_parser = ["nb-logistic", "logistic", "bayes"])]
    pub kind: String,
    /// Use linfa-logistic's solver instead of the sparse L-BFGS (same objective; dense, slower).
    #[arg(long)]
    pub linfa: bool,
    /// Minimum document frequency of a feature.
    #[arg(long)]
    pub min_df: Option<usize>,
    /// Maximum number of features kept (chi-square selection).
    #[arg(long)]
    pub max_features: Option<usize>,
    /// Word n-gram range, `MIN-MAX` (default 1-2; 0-0 turns word features off).
    #[arg(long, value_parser = parse_range)]
    pub word_ngrams: Option<[usize; 2]>,
    /// Character n-gram range within word boundaries, `MIN-MAX` (default 2-5; 0-0 turns them off).
    #[arg(long, value_parser = parse_range)]
    pub char_ngrams: Option<[usize; 2]>,
    /// L2-normalise word and character features as two blocks instead of one row.
    #[arg(long)]
    pub block_norm: bool,
    /// L2 regularisation strength.
    #[arg(long)]
    pub alpha: Option<f64>,
    /// Additive smoothing of naive Bayes and of the NB ratios of nb-logistic (default 1).
    #[arg(long)]
    pub nb_smoothing: Option<f64>,
    /// Class weighting: balanced or none.
    #[arg(long, value_parser = ["balanced", "none"])]
    pub class_weight: Option<String>,
    /// Cross-validation folds (thresholds are chosen on out-of-fold scores to maximise F1).
    #[arg(long)]
    pub folds: Option<usize>,
    /// What each label's threshold maximises on the out-of-fold scores: f1 (the label's F1;
    /// default) or macro-f1 (mean of the positive- and negative-class F1, the usual score of a
    /// binary task such as EDOS task A).
    #[arg(long, value_parser = ["f1", "macro-f1"])]
    pub threshold_metric: Option<String>,
    /// Random seed for the cross-validation folds (same data, options and seed give the
    /// same model file).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Add lexicon category counts as features (the model then requires this lexicon).
    #[arg(long)]
    pub lexicon: Option<String>,
    /// No progress or summary on the terminal.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Parse an n-gram range `MIN-MAX` (or a single `N`).
fn parse_range(s: &str) -> std::result::Result<[usize; 2], String> {
    let bad = || format!("expected MIN-MAX (for example 1-2), got {s:?}");
    let (a, b) = s.split_once('-').unwrap_or((s, s));
    let a: usize = a.trim().parse().map_err(|_| bad())?;
    let b: usize = b.trim().parse().map_err(|_| bad())?;
    Ok([a, b])
}

pub fn run(a: Args) -> Result<i32> {
    let examples = a.labelled.load(&a.data)?;
    if examples.is_empty() {
        bail!("{}: no training examples", a.data.display());
    }
    let labels: Vec<String> = match &a.labelled.positive {
        Some(p) => vec![p.clone()],
        None => {
            let mut l: Vec<String> = examples
                .iter()
                .flat_map(|e| e.labels.iter().cloned())
                .collect();
            l.sort();
            l.dedup();
            l
        }
    };
    let mut cfg = TrainConfig {
        kind: match a.kind.as_str() {
            "logistic" => ModelKind::LogisticRegression,
            "bayes" => ModelKind::NaiveBayes,
            _ => ModelKind::NbLogisticRegression,
        },
        ..TrainConfig::default()
    };
    if a.linfa {
        cfg.solver = Solver::Linfa;
    }
    if let Some(v) = a.min_df {
        cfg.features.min_df = v;
    }
    if let Some(v) = a.max_features {
        cfg.features.max_features = v;
    }
    if let Some(v) = a.word_ngrams {
        cfg.features.word_ngrams = v;
    }
    if let Some(v) = a.char_ngrams {
        cfg.features.char_ngrams = v;
    }
    if a.block_norm {
        cfg.features.block_norm = true;
    }
    if let Some(v) = a.alpha {
        cfg.alpha = v;
    }
    if let Some(v) = a.nb_smoothing {
        cfg.nb_smoothing = v;
    }
    if let Some(v) = &a.class_weight {
        cfg.class_weight = if v == "none" {
            ClassWeight::None
        } else {
            ClassWeight::Balanced
        };
    }
    if let Some(v) = a.folds {
        cfg.cv_folds = v;
    }
    if let Some(v) = &a.threshold_metric {
        cfg.threshold_metric = if v == "macro-f1" {
            ThresholdMetric::MacroF1
        } else {
            ThresholdMetric::F1
        };
    }
    if let Some(v) = a.seed {
        cfg.seed = v;
    }
    let sha = c2chat::io::sha256_file(&a.data)?;
    let progress = crate::cmd::progress::spinner(
        &format!(
            "train: {} examples, {} labels, {}-fold CV",
            examples.len(),
            labels.len(),
            cfg.cv_folds
        ),
        a.quiet,
    );
    let t = std::time::Instant::now();
    let model = match &a.lexicon {
        Some(l) => {
            let lex = LexiconRef::parse(l)?.load()?;
            let hash = lex.hash.clone();
            let m = Matcher::new(lex)?;
            let f = |t: &str| m.categories_hit(t);
            train(&examples, &labels, &cfg, Some((&f, hash)), sha)?
        }
        None => train(&examples, &labels, &cfg, None, sha)?,
    };
    progress.finish_and_clear();
    model.save(&a.out)?;
    if !a.quiet {
        outln!(
            "trained {:?} on {} examples, {} labels in {:.1}s -> {}",
            model.kind,
            examples.len(),
            model.labels.len(),
            t.elapsed().as_secs_f64(),
            a.out.display()
        );
        if let Some(f) = model.training.cv_macro_f1 {
            outln!("cross-validated macro-F1 (mean over labels): {f:.3}");
        }
        for (l, why) in &model.training.skipped_labels {
            outln!("skipped label {l}: {why}");
        }
    }
    Ok(0)
}
