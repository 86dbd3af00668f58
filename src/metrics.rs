//! Binary classification metrics shared by `classify`, `evaluate` and `agree`:
//! confusion counts, precision, recall and F1, macro averages, rank-based ROC-AUC, and the
//! threshold search that training uses to pick each label's threshold.
//! Percentiles (type 7) give `evaluate`'s percentile-bootstrap intervals.
//!
//! Invariant: this module depends on no other module of the crate.
//!
//! Every ratio whose denominator is zero is 0. F1 comes in two forms that are equal in exact
//! arithmetic but not always to the last bit: [`Confusion::f1`] (`2tp / (2tp + fp + fn)`,
//! used by the classifier and stored in model files) and [`f1_from_precision_recall`] (the
//! harmonic mean, used by `evaluate` and `agree`); each caller keeps its form so that its
//! outputs stay byte-identical.

use serde::{Deserialize, Serialize};

/// `a / b`, or 0 when `b` is 0.
pub(crate) fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Harmonic mean of precision and recall, or 0 when both are 0.
pub(crate) fn f1_from_precision_recall(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// Mean of `values` (summed in order), or 0 when there are none: the macro average of
/// per-label or per-category metrics.
pub(crate) fn macro_mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

/// The 2×2 confusion counts of one binary decision (gold vs predicted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Confusion {
    /// Gold positive, predicted positive.
    pub tp: u64,
    /// Gold negative, predicted positive.
    pub fp: u64,
    /// Gold positive, predicted negative.
    pub fn_: u64,
    /// Gold negative, predicted negative.
    pub tn: u64,
}

impl Confusion {
    /// Count one decision.
    pub(crate) fn record(&mut self, gold: bool, predicted: bool) {
        match (predicted, gold) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }

    /// Counts of `scores` against `gold` when predicting positive for `score >= threshold`.
    pub(crate) fn at_threshold(scores: &[f64], gold: &[bool], threshold: f64) -> Confusion {
        let mut c = Confusion::default();
        for (&s, &g) in scores.iter().zip(gold) {
            c.record(g, s >= threshold);
        }
        c
    }

    /// Add another set of counts (pooling for micro averages).
    pub(crate) fn add(&mut self, other: &Confusion) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
        self.tn += other.tn;
    }

    /// Gold positives: `tp + fn`.
    pub(crate) fn support(&self) -> u64 {
        self.tp + self.fn_
    }

    /// `tp / (tp + fp)`, 0 when nothing is predicted positive.
    pub(crate) fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// `tp / (tp + fn)`, 0 when there is no gold positive.
    pub(crate) fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// F1 of the positive class from the counts: `2tp / (2tp + fp + fn)`, 0 when the
    /// denominator is 0.
    pub(crate) fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    /// F1 of the negative class: `2tn / (2tn + fp + fn)`, 0 when the denominator is 0.
    pub(crate) fn f1_negative(&self) -> f64 {
        ratio(2 * self.tn, 2 * self.tn + self.fp + self.fn_)
    }

    /// Mean of the positive- and negative-class F1 (EDOS task A's macro-F1).
    pub(crate) fn two_class_macro_f1(&self) -> f64 {
        (self.f1() + self.f1_negative()) / 2.0
    }

    /// `[[tn, fp], [fn, tp]]`: rows are gold (negative, positive), columns predicted.
    pub(crate) fn matrix(&self) -> [[u64; 2]; 2] {
        [[self.tn, self.fp], [self.fn_, self.tp]]
    }
}

/// Binary metrics of one label at one threshold (stored in model files; the field names
/// are part of the model format).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BinaryMetrics {
    /// Examples carrying the label (gold positives).
    pub support: u64,
    /// True positives: gold positive, predicted positive.
    pub tp: u64,
    /// False positives: gold negative, predicted positive.
    pub fp: u64,
    /// False negatives: gold positive, predicted negative (`"fn"` in the file).
    #[serde(rename = "fn")]
    pub fn_: u64,
    /// True negatives: gold negative, predicted negative.
    pub tn: u64,
    /// `tp / (tp + fp)`, 0 when nothing is predicted positive.
    pub precision: f64,
    /// `tp / (tp + fn)`, 0 when there is no gold positive.
    pub recall: f64,
    /// F1 of the positive class, `2tp / (2tp + fp + fn)` (0 when that is 0/0).
    pub f1: f64,
    /// F1 of the negative class (for two-class macro-F1).
    pub f1_negative: f64,
    /// Rank-based ROC-AUC (ties count one half); `None` when one class is absent.
    pub roc_auc: Option<f64>,
}

impl BinaryMetrics {
    /// Metrics of `scores` against `gold` when predicting positive for `score >= threshold`.
    pub(crate) fn compute(scores: &[f64], gold: &[bool], threshold: f64) -> BinaryMetrics {
        let c = Confusion::at_threshold(scores, gold, threshold);
        BinaryMetrics {
            support: c.support(),
            tp: c.tp,
            fp: c.fp,
            fn_: c.fn_,
            tn: c.tn,
            precision: c.precision(),
            recall: c.recall(),
            f1: c.f1(),
            f1_negative: c.f1_negative(),
            roc_auc: roc_auc(scores, gold),
        }
    }

    /// The confusion counts.
    pub(crate) fn counts(&self) -> Confusion {
        Confusion {
            tp: self.tp,
            fp: self.fp,
            fn_: self.fn_,
            tn: self.tn,
        }
    }

    /// `[[tn, fp], [fn, tp]]`: rows are gold (negative, positive), columns predicted.
    pub(crate) fn confusion(&self) -> [[u64; 2]; 2] {
        self.counts().matrix()
    }

    /// Mean of the positive- and negative-class F1 (EDOS task A's macro-F1).
    pub(crate) fn two_class_macro_f1(&self) -> f64 {
        (self.f1 + self.f1_negative) / 2.0
    }
}

/// ROC-AUC by the Mann–Whitney statistic with average ranks for ties; `None` when `gold`
/// lacks either class.
pub(crate) fn roc_auc(scores: &[f64], gold: &[bool]) -> Option<f64> {
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

/// What a per-label threshold is chosen to maximise on out-of-fold scores (a training
/// setting, stored in model files as `"f1"` or `"macro_f1"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThresholdMetric {
    /// F1 of the positive class (the label's own F1).
    #[default]
    F1,
    /// Mean of the positive- and negative-class F1 (the macro-F1 of a binary task, as
    /// EDOS task A scores it).
    MacroF1,
}

impl ThresholdMetric {
    /// The value of this metric for `counts`.
    pub(crate) fn value(self, counts: &Confusion) -> f64 {
        match self {
            ThresholdMetric::F1 => counts.f1(),
            ThresholdMetric::MacroF1 => counts.two_class_macro_f1(),
        }
    }
}

/// The threshold maximising `metric` of `scores` against `gold` (midpoint between the
/// lowest score predicted positive and the next lower score, or half the lowest score when
/// all are predicted positive; ties keep the higher threshold). Returns 0.5 when there is no
/// positive example.
pub(crate) fn best_threshold(scores: &[f64], gold: &[bool], metric: ThresholdMetric) -> f64 {
    let npos = gold.iter().filter(|&&g| g).count() as u64;
    if npos == 0 || scores.is_empty() {
        return 0.5;
    }
    let nneg = gold.len() as u64 - npos;
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let (mut tp, mut fp) = (0u64, 0u64);
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
        let value = metric.value(&Confusion {
            tp,
            fp,
            fn_: npos - tp,
            tn: nneg - fp,
        });
        if value > best.0 {
            let next = if i < idx.len() { scores[idx[i]] } else { 0.0 };
            best = (value, (s + next) / 2.0);
        }
    }
    best.1
}

/// The `q`-quantile (`q` in [0, 1]) of ascending `sorted` values, interpolating linearly
/// between the two nearest ranks (Hyndman and Fan's type 7, numpy's default): rank
/// `q·(n−1)` counted from 0. `None` when there are no values.
pub(crate) fn percentile(sorted: &[f64], q: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = q.clamp(0.0, 1.0) * last as f64;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(last);
    Some(sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo]))
}

/// The central `level` interval (0.95: the 2.5th and 97.5th percentiles) of `values`, as a
/// percentile bootstrap reports it; `values` are sorted in place. `None` when there are none.
pub(crate) fn percentile_interval(values: &mut [f64], level: f64) -> Option<(f64, f64)> {
    values.sort_by(f64::total_cmp);
    let tail = (1.0 - level) / 2.0;
    Some((percentile(values, tail)?, percentile(values, 1.0 - tail)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_between_ranks() {
        let xs = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(percentile(&xs, 0.0), Some(1.0));
        assert_eq!(percentile(&xs, 1.0), Some(5.0));
        assert_eq!(percentile(&xs, 0.5), Some(3.0));
        // numpy.percentile([1, 2, 3, 4, 5], 2.5) = 1.1, 97.5 -> 4.9
        assert!((percentile(&xs, 0.025).unwrap() - 1.1).abs() < 1e-12);
        assert_eq!(percentile(&[], 0.5), None);
        assert_eq!(percentile(&[7.0], 0.975), Some(7.0));
        let mut v: Vec<f64> = (0..=100).rev().map(f64::from).collect();
        let (lo, hi) = percentile_interval(&mut v, 0.95).unwrap();
        assert!(
            (lo - 2.5).abs() < 1e-12 && (hi - 97.5).abs() < 1e-12,
            "{lo} {hi}"
        );
    }

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
        assert_eq!(m.counts().two_class_macro_f1(), m.two_class_macro_f1());
    }

    #[test]
    fn zero_denominators_give_zero() {
        let none = Confusion::default();
        assert_eq!(
            (
                none.precision(),
                none.recall(),
                none.f1(),
                none.f1_negative()
            ),
            (0.0, 0.0, 0.0, 0.0)
        );
        let only_fn = Confusion {
            fn_: 3,
            ..Default::default()
        };
        assert_eq!((only_fn.precision(), only_fn.f1()), (0.0, 0.0));
        assert_eq!(f1_from_precision_recall(0.0, 0.0), 0.0);
        assert_eq!(macro_mean(&[]), 0.0);
        assert_eq!(macro_mean(&[0.25, 0.75, 0.5]), 0.5);
        assert_eq!(ratio(1, 0), 0.0);
    }

    #[test]
    fn the_two_f1_forms_agree_up_to_rounding() {
        for tp in 0..12u64 {
            for fp in 0..12u64 {
                for fn_ in 0..12u64 {
                    let c = Confusion { tp, fp, fn_, tn: 0 };
                    let h = f1_from_precision_recall(c.precision(), c.recall());
                    assert!((c.f1() - h).abs() < 1e-15, "{c:?}");
                }
            }
        }
    }

    #[test]
    fn best_threshold_is_optimal_by_brute_force() {
        let scores = [0.95, 0.9, 0.7, 0.7, 0.6, 0.55, 0.3, 0.2, 0.2, 0.05];
        let gold = [
            true, false, true, true, false, true, false, true, false, false,
        ];
        let t = best_threshold(&scores, &gold, ThresholdMetric::F1);
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
