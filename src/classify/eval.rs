//! Evaluation of a model against labelled examples: per-label precision/recall/F1, 2×2
//! confusion matrices, rank-based ROC-AUC, macro averages, and a text rendering. The
//! metrics themselves are [`crate::metrics`]'s.

use super::data::TrainExample;
use super::features::LexiconFn;
use super::modelfile::Model;
use crate::metrics::{macro_mean, BinaryMetrics, Confusion};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Evaluation of one label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelEval {
    /// The label (category id, or the positive class of a binary task).
    pub label: String,
    /// The head's threshold the metrics are taken at.
    pub threshold: f64,
    /// Counts, precision, recall, F1 and ROC-AUC at the threshold.
    #[serde(flatten)]
    pub metrics: BinaryMetrics,
    /// `[[tn, fp], [fn, tp]]` (rows gold negative/positive, columns predicted).
    pub confusion: [[u64; 2]; 2],
}

/// The result of [`evaluate`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvalReport {
    /// The model's kind as in its file (`"nb_logistic_regression"`, …).
    pub model_kind: String,
    /// Examples scored.
    pub n_examples: usize,
    /// One entry per model label, in the model's order.
    pub labels: Vec<LabelEval>,
    /// Mean over the model's labels of precision.
    pub macro_precision: f64,
    /// Mean over the model's labels of recall.
    pub macro_recall: f64,
    /// Mean over the model's labels of positive-class F1.
    pub macro_f1: f64,
    /// F1 over all (example, label) decisions pooled.
    pub micro_f1: f64,
    /// For a single-label (binary) model: mean of positive- and negative-class F1, the
    /// usual "macro-F1" of a binary task such as EDOS task A.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub binary_macro_f1: Option<f64>,
    /// Gold labels that the model does not predict, with their counts (ignored above).
    pub unknown_gold_labels: BTreeMap<String, u64>,
}

/// Score `examples` with `model` and compare with their gold labels. A model with context
/// features scores each example in its [`TrainExample::context`] (empty unless filled, by
/// [`crate::annotate::Annotator::fill_contexts`]).
pub fn evaluate(
    model: &Model,
    examples: &[TrainExample],
    lexicon: Option<LexiconFn>,
) -> EvalReport {
    let texts: Vec<&str> = examples.iter().map(|e| e.text.as_str()).collect();
    let contexts: Vec<super::context::MessageContext> = if model.context_window() > 0 {
        examples.iter().map(|e| e.context.clone()).collect()
    } else {
        Vec::new()
    };
    let scores = model.predict_scores_in_context(&texts, &contexts, lexicon);
    let mut unknown: BTreeMap<String, u64> = BTreeMap::new();
    let known: BTreeSet<&str> = model.labels.iter().map(String::as_str).collect();
    for e in examples {
        let set: BTreeSet<&str> = e.labels.iter().map(String::as_str).collect();
        for l in set {
            if !known.contains(l) {
                *unknown.entry(l.to_string()).or_default() += 1;
            }
        }
    }
    let mut labels = Vec::new();
    let mut pooled = Confusion::default();
    for head in &model.heads {
        let s: Vec<f64> = scores
            .iter()
            .map(|m| m.get(&head.label).copied().unwrap_or(0.0))
            .collect();
        let g: Vec<bool> = examples
            .iter()
            .map(|e| e.labels.contains(&head.label))
            .collect();
        let m = BinaryMetrics::compute(&s, &g, head.threshold);
        pooled.add(&m.counts());
        labels.push(LabelEval {
            label: head.label.clone(),
            threshold: head.threshold,
            confusion: m.confusion(),
            metrics: m,
        });
    }
    let mean = |f: fn(&BinaryMetrics) -> f64| {
        macro_mean(&labels.iter().map(|l| f(&l.metrics)).collect::<Vec<_>>())
    };
    EvalReport {
        model_kind: model.kind.as_str().to_string(),
        n_examples: examples.len(),
        macro_precision: mean(|m| m.precision),
        macro_recall: mean(|m| m.recall),
        macro_f1: mean(|m| m.f1),
        micro_f1: pooled.f1(),
        binary_macro_f1: (labels.len() == 1).then(|| labels[0].metrics.two_class_macro_f1()),
        labels,
        unknown_gold_labels: unknown,
    }
}

impl EvalReport {
    /// A plain-text table of the report.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "model: {}   examples: {}",
            self.model_kind, self.n_examples
        );
        let w = self
            .labels
            .iter()
            .map(|l| l.label.len())
            .max()
            .unwrap_or(5)
            .max(5);
        let _ = writeln!(
            out,
            "{:<w$}  {:>9}  {:>7}  {:>9}  {:>6}  {:>6}  {:>7}  {:>6}  {:>6}  {:>6}  {:>6}",
            "label",
            "threshold",
            "support",
            "precision",
            "recall",
            "f1",
            "roc_auc",
            "tp",
            "fp",
            "fn",
            "tn"
        );
        for l in &self.labels {
            let m = &l.metrics;
            let auc = m
                .roc_auc
                .map(|a| format!("{a:.4}"))
                .unwrap_or_else(|| "n/a".into());
            let _ = writeln!(
                out,
                "{:<w$}  {:>9.4}  {:>7}  {:>9.4}  {:>6.4}  {:>6.4}  {:>7}  {:>6}  {:>6}  {:>6}  {:>6}",
                l.label, l.threshold, m.support, m.precision, m.recall, m.f1, auc, m.tp, m.fp, m.fn_, m.tn
            );
        }
        let _ = writeln!(
            out,
            "macro: precision {:.4}  recall {:.4}  f1 {:.4}   micro f1 {:.4}",
            self.macro_precision, self.macro_recall, self.macro_f1, self.micro_f1
        );
        if let Some(b) = self.binary_macro_f1 {
            let _ = writeln!(
                out,
                "binary macro-F1 (mean of positive and negative class F1): {b:.4}"
            );
        }
        for (l, n) in &self.unknown_gold_labels {
            let _ = writeln!(
                out,
                "note: gold label {l:?} ({n} examples) is not predicted by this model"
            );
        }
        out
    }
}
