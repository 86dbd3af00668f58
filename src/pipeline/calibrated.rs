//! A model scorer with a stacked overlay's local classifier thresholds
//! ([`crate::lexicon::Lexicon::classifier_min`]): a classifier label of a category needs its
//! local threshold as well as the model's own.

use crate::annotate::{ModelScorer, Scorer};
use crate::classify::MessageContext;
use std::collections::BTreeMap;

/// [`ModelScorer`] with per-category floors.
pub struct Calibrated<'a> {
    /// The model's scorer.
    pub inner: ModelScorer<'a>,
    /// A classifier label of a category needs at least this score (none: the model's alone).
    pub floors: &'a BTreeMap<String, f64>,
}

impl Scorer for Calibrated<'_> {
    fn context_window(&self) -> usize {
        self.inner.context_window()
    }

    fn scores(
        &self,
        texts: &[&str],
        contexts: &[MessageContext],
        hits: &[&[String]],
    ) -> Vec<crate::scores::Scores> {
        self.inner.scores(texts, contexts, hits)
    }

    fn scores_normalised(
        &self,
        texts: &[&str],
        normalised: &[&str],
        contexts: &[MessageContext],
        hits: &[&[String]],
    ) -> Vec<crate::scores::Scores> {
        self.inner
            .scores_normalised(texts, normalised, contexts, hits)
    }

    fn is_positive(&self, category: &str, score: f64) -> bool {
        self.inner.is_positive(category, score)
            && self.floors.get(category).is_none_or(|&f| score >= f)
    }

    fn local_floor(&self, category: &str) -> f64 {
        self.floors.get(category).copied().unwrap_or(0.0)
    }
}
