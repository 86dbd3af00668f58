//! Evaluation of a model against labelled examples: per-label precision/recall/F1, 2×2
//! confusion matrices, rank-based ROC-AUC, macro averages, and a text rendering.

use super::features::LexiconFn;
use super::modelfile::Model;
use super::TrainExample;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Binary metrics of one label at one threshold.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct BinaryMetrics {
    /// Examples carrying the label (gold positives).
    pub support: u64,
    pub tp: u64,
    pub fp: u64,
    #[serde(rename = "fn")]
    pub fn_: u64,
    pub tn: u64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// F1 of the negative class (for two-class macro-F1).
    pub f1_negative: f64,
    /// Rank-based ROC-AUC (ties count one half); `None` when one class is absent.
    pub roc_auc: Option<f64>,
}

impl BinaryMetrics {
    /// Metrics of `scores` against `gold` when predicting positive for `score >= threshold`.
    pub fn compute(scores: &[f64], gold: &[bool], threshold: f64) -> BinaryMetrics {
        let (mut tp, mut fp, mut fn_, mut tn) = (0u64, 0u64, 0u64, 0u64);
        for (&s, &g) in scores.iter().zip(gold) {
            match (s >= threshold, g) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                (false, true) => fn_ += 1,
                (false, false) => tn += 1,
            }
        }
        let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        BinaryMetrics {
            support: tp + fn_,
            tp,
            fp,
            fn_,
            tn,
            precision: ratio(tp, tp + fp),
            recall: ratio(tp, tp + fn_),
            f1: ratio(2 * tp, 2 * tp + fp + fn_),
            f1_negative: ratio(2 * tn, 2 * tn + fp + fn_),
            roc_auc: roc_auc(scores, gold),
        }
    }

    /// `[[tn, fp], [fn, tp]]`: rows are gold (negative, positive), columns predicted.
    pub fn confusion(&self) -> [[u64; 2]; 2] {
        [[self.tn, self.fp], [self.fn_, self.tp]]
    }

    /// Mean of the positive- and negative-class F1 (EDOS task A's macro-F1).
    pub fn two_class_macro_f1(&self) -> f64 {
        (self.f1 + self.f1_negative) / 2.0
    }
}

/// ROC-AUC by the Mann–Whitney statistic with average ranks for ties.
pub fn roc_auc(scores: &[f64], gold: &[bool]) -> Option<f64> {
    let npos = gold.iter().filter(|&&g| g).count();
    let nneg = gold.len() - npos;
    if npos == 0 || nneg == 0 {
        return None;
    }
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    let mut rank_sum_pos = 0.0;
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && scores[idx[j + 1]] == scores[idx[i]] {
            j += 1;
        }
        // Ranks i+1 ..= j+1 share their average.
        let avg = (i + j + 2) as f64 / 2.0;
        for &k in &idx[i..=j] {
            if gold[k] {
                rank_sum_pos += avg;
            }
        }
        i = j + 1;
    }
    let (np, nn) = (npos as f64, nneg as f64);
    Some((rank_sum_pos - np * (np + 1.0) / 2.0) / (np * nn))
}

/// What a per-label threshold is chosen to maximise on out-of-fold scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThresholdMetric {
    /// F1 of the positive class (the label's own F1).
    #[default]
    F1,
    /// Mean of the positive- and negative-class F1 (the macro-F1 of a binary task, as
    /// EDOS task A scores it).
    MacroF1,
}

/// The threshold maximising F1 of `scores` against `gold` (midpoint between the lowest
/// score predicted positive and the next lower score; ties in F1 keep the higher
/// threshold). Returns 0.5 when there is no positive example.
pub fn best_f1_threshold(scores: &[f64], gold: &[bool]) -> f64 {
    best_threshold(scores, gold, ThresholdMetric::F1)
}

/// The threshold maximising `metric` of `scores` against `gold` (midpoint between the
/// lowest score predicted positive and the next lower score; ties keep the higher
/// threshold). Returns 0.5 when there is no positive example.
pub fn best_threshold(scores: &[f64], gold: &[bool], metric: ThresholdMetric) -> f64 {
    let npos = gold.iter().filter(|&&g| g).count();
    if npos == 0 || scores.is_empty() {
        return 0.5;
    }
    let nneg = gold.len() - npos;
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let (mut tp, mut fp) = (0usize, 0usize);
    let mut best = (-1.0f64, 0.5f64);
    let mut i = 0;
    while i < idx.len() {
        // Take the whole group of equal scores.
        let s = scores[idx[i]];
        while i < idx.len() && scores[idx[i]] == s {
            if gold[idx[i]] {
                tp += 1;
            } else {
                fp += 1;
            }
            i += 1;
        }
        let f1 = 2.0 * tp as f64 / (tp + fp + npos) as f64;
        let value = match metric {
            ThresholdMetric::F1 => f1,
            ThresholdMetric::MacroF1 => {
                // Negatives: tn = nneg - fp, false "negatives" of that class = fp + fn.
                let tn = (nneg - fp) as f64;
                let fneg = (npos - tp) as f64;
                let denom = 2.0 * tn + fp as f64 + fneg;
                let f1_neg = if denom > 0.0 { 2.0 * tn / denom } else { 0.0 };
                (f1 + f1_neg) / 2.0
            }
        };
        if value > best.0 {
            let next = if i < idx.len() { scores[idx[i]] } else { 0.0 };
            best = (value, (s + next) / 2.0);
        }
    }
    best.1
}

/// Evaluation of one label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelEval {
    pub label: String,
    pub threshold: f64,
    #[serde(flatten)]
    pub metrics: BinaryMetrics,
    /// `[[tn, fp], [fn, tp]]` (rows gold negative/positive, columns predicted).
    pub confusion: [[u64; 2]; 2],
}

/// The result of [`evaluate`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvalReport {
    pub model_kind: String,
    pub n_examples: usize,
    pub labels: Vec<LabelEval>,
    /// Means over the model's labels of precision, recall and positive-class F1.
    pub macro_precision: f64,
    pub macro_recall: f64,
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

/// Score `examples` with `model` and compare with their gold labels.
pub fn evaluate(
    model: &Model,
    examples: &[TrainExample],
    lexicon: Option<LexiconFn>,
) -> EvalReport {
    let texts: Vec<&str> = examples.iter().map(|e| e.text.as_str()).collect();
    let scores = model.predict_scores(&texts, lexicon);
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
    let (mut tp, mut fp, mut fn_) = (0u64, 0u64, 0u64);
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
        tp += m.tp;
        fp += m.fp;
        fn_ += m.fn_;
        labels.push(LabelEval {
            label: head.label.clone(),
            threshold: head.threshold,
            confusion: m.confusion(),
            metrics: m,
        });
    }
    let k = labels.len().max(1) as f64;
    let mean = |f: &dyn Fn(&LabelEval) -> f64| labels.iter().map(f).sum::<f64>() / k;
    EvalReport {
        model_kind: model.kind.as_str().to_string(),
        n_examples: examples.len(),
        macro_precision: mean(&|l| l.metrics.precision),
        macro_recall: mean(&|l| l.metrics.recall),
        macro_f1: mean(&|l| l.metrics.f1),
        micro_f1: if tp == 0 {
            0.0
        } else {
            2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
        },
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_matches_pairwise_count() {
        let scores = [0.9, 0.8, 0.8, 0.4, 0.3, 0.8, 0.1];
        let gold = [true, false, true, true, false, false, false];
        // Independent O(n²) count: P(score_pos > score_neg) + ½ P(equal).
        let mut num = 0.0;
        let mut den = 0.0;
        for i in 0..7 {
            for j in 0..7 {
                if gold[i] && !gold[j] {
                    den += 1.0;
                    if scores[i] > scores[j] {
                        num += 1.0;
                    } else if scores[i] == scores[j] {
                        num += 0.5;
                    }
                }
            }
        }
        let auc = roc_auc(&scores, &gold).unwrap();
        assert!((auc - num / den).abs() < 1e-12);
        assert_eq!(roc_auc(&[0.1, 0.2], &[true, true]), None);
    }

    #[test]
    fn counts_and_f1() {
        let m = BinaryMetrics::compute(&[0.9, 0.6, 0.4, 0.2], &[true, false, true, false], 0.5);
        assert_eq!((m.tp, m.fp, m.fn_, m.tn), (1, 1, 1, 1));
        assert_eq!(m.confusion(), [[1, 1], [1, 1]]);
        assert!((m.f1 - 0.5).abs() < 1e-12);
        assert!((m.two_class_macro_f1() - 0.5).abs() < 1e-12);
    }

    #[test]
    fn best_threshold_is_optimal_by_brute_force() {
        let scores = [0.95, 0.9, 0.7, 0.7, 0.6, 0.55, 0.3, 0.2, 0.2, 0.05];
        let gold = [
            true, false, true, true, false, true, false, true, false, false,
        ];
        let t = best_f1_threshold(&scores, &gold);
        let got = BinaryMetrics::compute(&scores, &gold, t).f1;
        let best = scores
            .iter()
            .map(|&c| BinaryMetrics::compute(&scores, &gold, c).f1)
            .fold(0.0, f64::max);
        assert!((got - best).abs() < 1e-12, "{t} {got} {best}");
        // The threshold lies strictly between two distinct scores.
        assert!(!scores.contains(&t));
    }

    #[test]
    fn macro_f1_threshold_is_optimal_and_differs_from_f1() {
        // Positives spread down the ranking: F1 is best when everything is called positive,
        // which leaves the negative class with F1 0; macro-F1 stops after six.
        let scores = [0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.35];
        let gold = [
            true, false, false, true, true, true, false, false, true, true,
        ];
        let macro_of = |t: f64| BinaryMetrics::compute(&scores, &gold, t).two_class_macro_f1();
        let best_macro = scores.iter().map(|&c| macro_of(c)).fold(0.0, f64::max);
        let tm = best_threshold(&scores, &gold, ThresholdMetric::MacroF1);
        assert!((macro_of(tm) - best_macro).abs() < 1e-12, "{tm}");
        let tf = best_threshold(&scores, &gold, ThresholdMetric::F1);
        assert_eq!(tf, best_f1_threshold(&scores, &gold));
        assert!(
            tm > tf,
            "macro-F1 threshold {tm} should be stricter than F1's {tf}"
        );
        assert!(macro_of(tm) > macro_of(tf));
    }

    proptest::proptest! {
        #[test]
        fn both_threshold_metrics_reach_the_brute_force_optimum(
            pairs in proptest::collection::vec((0u8..20, proptest::bool::ANY), 1..40)
        ) {
            let scores: Vec<f64> = pairs.iter().map(|p| f64::from(p.0) / 20.0).collect();
            let gold: Vec<bool> = pairs.iter().map(|p| p.1).collect();
            proptest::prop_assume!(gold.iter().any(|&g| g));
            for metric in [ThresholdMetric::F1, ThresholdMetric::MacroF1] {
                let value = |t: f64| {
                    let m = BinaryMetrics::compute(&scores, &gold, t);
                    match metric {
                        ThresholdMetric::F1 => m.f1,
                        ThresholdMetric::MacroF1 => m.two_class_macro_f1(),
                    }
                };
                let best = scores.iter().map(|&c| value(c)).fold(0.0, f64::max);
                let t = best_threshold(&scores, &gold, metric);
                proptest::prop_assert!((value(t) - best).abs() < 1e-12, "{:?} {} {}", metric, value(t), best);
            }
        }
    }
}
