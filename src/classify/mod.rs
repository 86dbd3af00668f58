//! The statistical classifier: TF-IDF word and character n-gram features, one binary head
//! per label (logistic regression, NB-weighted logistic regression, or naive Bayes),
//! thresholds chosen by cross-validation, a self-describing JSON model file, evaluation
//! and example loaders.
//!
//! * [`features`]: tokens (from [`crate::normalise::word_tokens`]) → bounded TF-IDF vectors.
//! * [`linear`]: the learners.
//! * [`train`]: [`TrainConfig`], [`train()`], cross-validation and thresholds.
//! * [`modelfile`]: [`Model`] (save, load, predict).
//! * [`eval`]: [`evaluate`] and [`EvalReport`].
//! * [`data`]: [`load_csv_examples`], [`load_jsonl_examples`].

pub mod data;
pub mod eval;
pub mod features;
pub mod linear;
pub mod modelfile;
pub mod train;

pub use data::{load_csv_examples, load_jsonl_examples};
pub use eval::{evaluate, BinaryMetrics, EvalReport, LabelEval, ThresholdMetric};
pub use features::{FeatureConfig, LexiconFn, Selection};
pub use modelfile::{CvMetrics, Head, Model, ModelKind, TrainingInfo};
pub use train::{train, ClassWeight, Solver, TrainConfig};

/// One labelled text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainExample {
    pub text: String,
    /// Category ids (or, for a binary task, `[positive]` or empty).
    pub labels: Vec<String>,
}

/// Synthetic, non-graphic training data for the tests.
#[cfg(test)]
pub(crate) mod testdata {
    use super::TrainExample;

    const FILLER: &[&str] = &[
        "see you at practice",
        "did you finish the homework",
        "good game last night",
        "my mum says hi",
        "the bus was late again",
        "what time is the match",
        "lol that video",
        "can you bring the charger",
        "maths test tomorrow",
        "we should go to the park",
        "that song is stuck in my head",
        "new trainers look good",
    ];
    /// (label, phrases)
    pub const CATEGORIES: &[(&str, &[&str])] = &[
        (
            "coercive.pressure",
            &[
                "u owe me",
                "if u cared u would",
                "just do it already",
                "stop being boring and do it",
            ],
        ),
        (
            "coercive.secrecy",
            &[
                "dont tell anyone",
                "keep this between us",
                "delete the chat after",
                "our little secret ok",
            ],
        ),
        (
            "protective",
            &[
                "tell a teacher",
                "block and report them",
                "you dont have to do that",
                "talk to your mum about it",
            ],
        ),
    ];

    /// A small deterministic generator.
    pub struct Lcg(pub u64);
    impl Lcg {
        pub fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 33) % n as u64) as usize
        }
    }

    /// `n` examples: one or two filler phrases, and with some probability a phrase of one or
    /// two categories (labelled with them).
    pub fn examples(n: usize, seed: u64) -> Vec<TrainExample> {
        let mut r = Lcg(seed);
        (0..n)
            .map(|_| {
                let mut parts = vec![FILLER[r.below(FILLER.len())].to_string()];
                let mut labels = Vec::new();
                for (label, phrases) in CATEGORIES {
                    if r.below(4) == 0 {
                        parts.push(phrases[r.below(phrases.len())].to_string());
                        labels.push(label.to_string());
                    }
                }
                if r.below(2) == 0 {
                    parts.push(FILLER[r.below(FILLER.len())].to_string());
                }
                // Shuffle the parts a little.
                let k = r.below(parts.len());
                parts.swap(0, k);
                labels.sort();
                TrainExample {
                    text: parts.join(" "),
                    labels,
                }
            })
            .collect()
    }

    pub fn label_set() -> Vec<String> {
        CATEGORIES.iter().map(|c| c.0.to_string()).collect()
    }
}

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
