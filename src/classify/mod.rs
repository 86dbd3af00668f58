//! The statistical classifier: TF-IDF word and character n-gram features (plus, optionally,
//! lexicon counts and conversation-context tokens), one binary head per label (logistic
//! regression, NB-weighted logistic regression, or naive Bayes), thresholds chosen by
//! cross-validation over whole conversations, a self-describing JSON model file, evaluation
//! and example loaders.
//!
//! The files are private; what the command line and other modules use is re-exported here.
//! * `context`: a message's conversation [`MessageContext`] (earlier messages' lexicon/pattern/rule
//!   labels and speakers, computed by [`crate::annotate`]) → context tokens.
//! * `features`: tokens (from [`crate::normalise::word_tokens`]) → bounded TF-IDF vectors
//!   ([`FeatureConfig`]), lexicon and context columns.
//! * `linear`: the learners on a `sprs` sparse matrix; logistic regression by argmin's
//!   L-BFGS (as linfa-logistic), or by linfa-logistic itself.
//! * `config`: the training settings, [`TrainConfig`] and [`ModelKind`].
//! * `train`: [`train()`], cross-validation (folds of whole conversations) and thresholds.
//! * `modelfile`: [`Model`] (save, load, predict).
//! * `eval`: [`evaluate`] and [`EvalReport`].
//! * `data`: [`TrainExample`], [`load_csv_examples`], [`load_jsonl_examples`],
//!   [`training_files`].
//!
//! Metrics and the threshold search come from [`crate::metrics`]. The files import each
//! other without a circle: `context` and `features` import no sibling; `data` imports
//! `context`; `linear` and `config` import `features`; `modelfile` imports `config`,
//! `context`, `features` and `linear`; `train` imports `config`, `data`, `features`, `linear`
//! and `modelfile`; `eval` imports `context`, `data`, `features` and `modelfile` (tests
//! aside). This file only declares and re-exports.

mod config;
mod context;
mod data;
mod eval;
mod features;
mod linear;
mod modelfile;
mod train;

pub use crate::metrics::{BinaryMetrics, ThresholdMetric};
pub use config::{
    ClassWeight, ModelKind, Solver, TrainConfig, DEFAULT_CONTEXT_WINDOW, MAX_CONTEXT_WINDOW,
};
pub use context::{ContextItem, MessageContext};
pub use data::{load_csv_examples, load_jsonl_examples, training_files, TrainExample};
pub use eval::{evaluate, EvalReport, LabelEval};
pub use features::{FeatureConfig, LexiconFn, Selection};
pub use linear::HeadMatrix;
pub use modelfile::{CvGrouping, CvMetrics, Head, Model, ModelFileFormat, TrainingInfo};
pub use train::train;

/// Synthetic labelled examples for the unit tests.
#[cfg(test)]
pub(crate) mod testdata;

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// The EDOS directory: `$C2CHAT_EDOS_DIR`, else `shared/edos` beside the crate's
    /// directory, else `/work/shared/edos`.
    fn edos_dir() -> Option<PathBuf> {
        let candidates = [
            std::env::var_os("C2CHAT_EDOS_DIR").map(PathBuf::from),
            Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/edos")),
            Some(PathBuf::from("/work/shared/edos")),
        ];
        candidates
            .into_iter()
            .flatten()
            .find(|d| d.join("edos_train.csv").is_file() && d.join("edos_dev.csv").is_file())
    }

    /// Train on EDOS train (task A, sexist vs not sexist) and check the dev macro-F1.
    #[test]
    fn edos_benchmark() {
        let Some(dir) = edos_dir() else {
            println!("edos_benchmark skipped: no EDOS data (set C2CHAT_EDOS_DIR)");
            return;
        };
        let load = |f: &str| {
            load_csv_examples(&dir.join(f), "text", "label_sexist", Some("sexist")).unwrap()
        };
        let (train_ex, dev) = (load("edos_train.csv"), load("edos_dev.csv"));
        assert_eq!((train_ex.len(), dev.len()), (14_000, 2_000));
        let t = std::time::Instant::now();
        // The documented benchmark command's settings (BENCHMARKS.md §2): all features that
        // pass min_df, alpha 0.1, and a threshold that maximises the two-class macro-F1.
        let mut cfg = TrainConfig::default();
        cfg.features.max_features = 1_000_000;
        cfg.alpha = 0.1;
        cfg.threshold_metric = ThresholdMetric::MacroF1;
        let model = train(
            &train_ex,
            &["sexist".to_string()],
            &cfg,
            None,
            String::new(),
        )
        .unwrap();
        let train_time = t.elapsed();
        let t = std::time::Instant::now();
        let report = evaluate(&model, &dev, None);
        let eval_time = t.elapsed();
        let f1 = report.binary_macro_f1.unwrap();
        println!(
            "EDOS dev macro-F1 {f1:.4} (train {train_time:.1?}, predict {eval_time:.1?} for 2,000)\n{}",
            report.render_text()
        );
        // CI's regression guard (the issue asks for >= 0.75; the documented run gives 0.781).
        assert!(f1 >= 0.77, "EDOS dev macro-F1 {f1:.4} < 0.77");
    }
}
