//! Training settings: [`TrainConfig`] and the enums it uses ([`ModelKind`], [`ClassWeight`],
//! [`Solver`]; [`ThresholdMetric`] lives in [`crate::metrics`]). The whole `TrainConfig` is
//! stored in the model file under `"config"`, so field names and serde attributes here are
//! part of the model format.
//!
//! Depends on `features` (for [`FeatureConfig`]) and [`crate::metrics`] only; `train` and
//! `modelfile` both depend on this module.

use super::features::FeatureConfig;
use crate::bail;
use crate::error::Result;
use crate::metrics::ThresholdMetric;
use serde::{Deserialize, Serialize};

/// The learner that produced the heads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModelKind {
    /// L2 logistic regression on TF-IDF features.
    LogisticRegression,
    /// Logistic regression on TF-IDF features scaled by naive-Bayes log-count ratios
    /// (NBSVM-style, Wang & Manning 2012); the stored weights already include the scaling.
    NbLogisticRegression,
    /// Two-class multinomial naive Bayes (baseline).
    NaiveBayes,
}

impl ModelKind {
    /// The kind's name as written in the model file (`"nb_logistic_regression"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            ModelKind::LogisticRegression => "logistic_regression",
            ModelKind::NbLogisticRegression => "nb_logistic_regression",
            ModelKind::NaiveBayes => "naive_bayes",
        }
    }
}

/// Per-class weighting of the training loss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClassWeight {
    /// Every example weighs 1.
    None,
    /// Weight `n / (2 · n_class)` per example (as scikit-learn's "balanced"). The sparse
    /// solver and naive Bayes use sample weights; the linfa solver, which has none,
    /// oversamples the minority class deterministically instead.
    Balanced,
}

/// Which solver fits the logistic-regression kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Solver {
    /// argmin's L-BFGS (as linfa-logistic uses it) with the cost and gradient computed on
    /// sparse rows (same objective as linfa-logistic); fast, low memory.
    SparseLbfgs,
    /// linfa-logistic on a dense matrix: bounded by `max_dense_bytes`, slow on large data
    /// (on 14,000 × 10,000 features one fit took minutes); meant for small corpora.
    Linfa,
}

/// Training settings (stored in the model).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrainConfig {
    /// The learner.
    pub kind: ModelKind,
    /// Feature extraction.
    pub features: FeatureConfig,
    /// L2 regularisation strength of logistic regression (linfa-logistic's `alpha`; the
    /// loss is summed over examples, so alpha = 1/C of scikit-learn).
    pub alpha: f64,
    /// Iterations of the logistic-regression solver at most.
    pub max_iterations: u64,
    /// Stopping tolerance of the solvers: relative to the starting gradient (and, divided
    /// by 10, to the starting objective for one iteration's decrease) for the sparse solver,
    /// absolute gradient tolerance for linfa's.
    pub tolerance: f64,
    /// Additive smoothing of naive Bayes (also of the NB ratios of `nb_logistic_regression`).
    pub nb_smoothing: f64,
    /// Per-class weighting of the loss.
    pub class_weight: ClassWeight,
    /// The solver of the logistic-regression kinds.
    pub solver: Solver,
    /// Folds for threshold selection; below 2 disables CV (threshold 0.5).
    pub cv_folds: usize,
    /// What each label's threshold maximises on the out-of-fold scores.
    pub threshold_metric: ThresholdMetric,
    /// Seed of the cross-validation fold assignment.
    pub seed: u64,
    /// Labels with fewer positive (or negative) training examples are skipped.
    pub min_examples_per_class: usize,
    /// Upper bound of one dense matrix for the linfa solver (rows × features × 8 bytes).
    pub max_dense_bytes: u64,
    /// Context features: how many earlier messages of the conversation (their lexicon,
    /// pattern and rule labels, and whether the same speaker wrote them) each message's
    /// features include; 0 = none. A model file without this field (written before context
    /// features) has none, whatever the default for training.
    #[serde(default)]
    pub context_window: usize,
}

/// The context window `c2chat train` uses unless told otherwise.
pub const DEFAULT_CONTEXT_WINDOW: usize = 4;

/// The largest context window accepted.
pub const MAX_CONTEXT_WINDOW: usize = 64;

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            kind: ModelKind::NbLogisticRegression,
            features: FeatureConfig::default(),
            alpha: 0.1,
            max_iterations: 300,
            tolerance: 1e-4,
            nb_smoothing: 1.0,
            class_weight: ClassWeight::Balanced,
            solver: Solver::SparseLbfgs,
            cv_folds: 5,
            threshold_metric: ThresholdMetric::F1,
            seed: 42,
            min_examples_per_class: 2,
            max_dense_bytes: 1 << 30,
            context_window: DEFAULT_CONTEXT_WINDOW,
        }
    }
}

impl TrainConfig {
    /// Check the settings (feature settings included); the error names the bad one.
    pub fn validate(&self) -> Result<()> {
        self.features.validate()?;
        if !(self.alpha.is_finite() && self.alpha > 0.0) {
            bail!("alpha must be a positive number, got {}", self.alpha);
        }
        if !(self.nb_smoothing.is_finite() && self.nb_smoothing > 0.0) {
            bail!(
                "nb_smoothing must be a positive number, got {}",
                self.nb_smoothing
            );
        }
        if !(self.tolerance.is_finite() && self.tolerance > 0.0) {
            bail!(
                "tolerance must be a positive number, got {}",
                self.tolerance
            );
        }
        if self.max_iterations == 0 {
            bail!("max_iterations must be at least 1");
        }
        if self.context_window > MAX_CONTEXT_WINDOW {
            bail!(
                "context_window must be at most {MAX_CONTEXT_WINDOW}, got {}",
                self.context_window
            );
        }
        Ok(())
    }
}
