//! Overall agreement across categories and percentile-bootstrap intervals for κ and α
//! (`c2chat agree`; method in `docs/statistics.md`).
//!
//! Every statistic of [`crate::agree`] at message level is a function of sums over items of a
//! few per-item numbers (the Cohen 2×2 cells, Fleiss' per-item agreement, Krippendorff's
//! pairable values and disagreements). Those sums are kept per resampling unit (a
//! conversation, or a message whose conversation is unknown), so a resample only adds up the
//! units it draws.
//!
//! Overall figures pool the fine category ids as De Vries et al. (2008) pool kappa: the mean
//! observed and the mean chance agreement over categories, κ = (P̄o − P̄e) / (1 − P̄e); for α,
//! 1 − ΣD_o / ΣD_e. A category nobody used adds P_o = P_e = 1 (D_o = D_e = 0) and changes
//! neither.
//!
//! Invariant: resample `i` draws from its own [`SplitMix64`], seeded by the `i`-th output of
//! a generator seeded with the seed, and sums its units in unit order, so the intervals do not
//! depend on the thread count.

use crate::metrics::percentile_interval;
use crate::rng::SplitMix64;
use rayon::prelude::*;
use serde::Serialize;

/// The default number of resamples.
pub const DEFAULT_RESAMPLES: u32 = 1000;
/// The default seed.
pub const DEFAULT_SEED: u64 = 1;
/// The confidence level.
pub const LEVEL: f64 = 0.95;

/// Per-item sums: Cohen cells (a, b) as 2a + b; Fleiss items, Σ P_i, positive ratings;
/// Krippendorff Σ disagreement, positive and negative pairable values.
pub(crate) const SLOTS: usize = 10;
const COHEN: usize = 0;
const F_ITEMS: usize = 4;
const F_P: usize = 5;
const F_POS: usize = 6;
const A_DIS: usize = 7;
const A_T: usize = 8;
const A_F: usize = 9;

/// One item's contribution for one category: `row[j]` is annotator j's rating.
pub(crate) fn item_sums(row: &[Option<bool>]) -> [f64; SLOTS] {
    let mut s = [0.0; SLOTS];
    let k = row.len();
    if k == 2 {
        if let (Some(a), Some(b)) = (row[0], row[1]) {
            s[COHEN + 2 * usize::from(a) + usize::from(b)] = 1.0;
        }
    }
    if k >= 2 && row.iter().all(Option::is_some) {
        let pos = row.iter().filter(|v| **v == Some(true)).count();
        let neg = k - pos;
        s[F_ITEMS] = 1.0;
        s[F_P] = (pos * pos + neg * neg - k) as f64 / (k * (k - 1)) as f64;
        s[F_POS] = pos as f64;
    }
    let t = row.iter().filter(|v| **v == Some(true)).count();
    let m = row.iter().flatten().count();
    if m >= 2 {
        let f = m - t;
        s[A_DIS] = (m * m - t * t - f * f) as f64 / (m - 1) as f64;
        s[A_T] = t as f64;
        s[A_F] = f as f64;
    }
    s
}

/// (observed, expected) agreement of κ from summed slots: Cohen's with two annotators,
/// Fleiss' with more; `None` without items.
fn kappa_parts(s: &[f64], annotators: usize) -> Option<(f64, f64)> {
    if annotators == 2 {
        let n: f64 = s[COHEN..COHEN + 4].iter().sum();
        if n <= 0.0 {
            return None;
        }
        let po = (s[COHEN] + s[COHEN + 3]) / n;
        let pa = (s[COHEN + 2] + s[COHEN + 3]) / n;
        let pb = (s[COHEN + 1] + s[COHEN + 3]) / n;
        Some((po, pa * pb + (1.0 - pa) * (1.0 - pb)))
    } else {
        let items = s[F_ITEMS];
        if items <= 0.0 {
            return None;
        }
        let p1 = s[F_POS] / (items * annotators as f64);
        Some((s[F_P] / items, p1 * p1 + (1.0 - p1) * (1.0 - p1)))
    }
}

/// (D_o, D_e) of α from summed slots; `None` with fewer than two pairable values.
fn alpha_parts(s: &[f64]) -> Option<(f64, f64)> {
    let n = s[A_T] + s[A_F];
    if n < 2.0 {
        return None;
    }
    let d_o = s[A_DIS] / n;
    let d_e = (n * n - s[A_T] * s[A_T] - s[A_F] * s[A_F]) / (n * (n - 1.0));
    Some((d_o, d_e))
}

fn kappa_of((po, pe): (f64, f64)) -> Option<f64> {
    (pe < 1.0 - 1e-12).then(|| (po - pe) / (1.0 - pe))
}

fn alpha_of((d_o, d_e): (f64, f64)) -> Option<f64> {
    (d_e > 1e-12).then(|| 1.0 - d_o / d_e)
}

/// κ and α of each category, then the pooled κ and α over the categories flagged in
/// `pooled`; `totals` holds `SLOTS` sums per category. Undefined values are NaN.
fn statistics(totals: &[f64], annotators: usize, pooled: &[bool]) -> Vec<f64> {
    let mut out = Vec::with_capacity(2 * pooled.len() + 2);
    let (mut po, mut pe, mut nk) = (0.0, 0.0, 0usize);
    let (mut d_o, mut d_e) = (0.0, 0.0);
    for (c, s) in totals.chunks(SLOTS).enumerate() {
        let kp = kappa_parts(s, annotators);
        let ap = alpha_parts(s);
        out.push(kp.and_then(kappa_of).unwrap_or(f64::NAN));
        out.push(ap.and_then(alpha_of).unwrap_or(f64::NAN));
        if pooled[c] {
            if let Some((o, e)) = kp {
                po += o;
                pe += e;
                nk += 1;
            }
            if let Some((o, e)) = ap {
                d_o += o;
                d_e += e;
            }
        }
    }
    let k = if nk == 0 {
        None
    } else {
        kappa_of((po / nk as f64, pe / nk as f64))
    };
    out.push(k.unwrap_or(f64::NAN));
    out.push(alpha_of((d_o, d_e)).unwrap_or(f64::NAN));
    out
}

/// Per-unit sums for every category, and which categories the overall figures pool.
#[derive(Debug, Clone)]
pub(crate) struct UnitSums {
    /// Categories (rows of the agreement table), in order.
    pub categories: Vec<String>,
    /// Whether each category enters the pooled figures (the fine category ids).
    pub pooled: Vec<bool>,
    /// Annotators.
    pub annotators: usize,
    /// `units × categories × SLOTS` sums.
    pub sums: Vec<f64>,
}

impl UnitSums {
    fn width(&self) -> usize {
        self.categories.len() * SLOTS
    }

    fn units(&self) -> usize {
        self.sums.len() / self.width().max(1)
    }

    fn full(&self) -> Vec<f64> {
        let mut totals = vec![0.0; self.width()];
        for u in self.sums.chunks(self.width()) {
            for (t, x) in totals.iter_mut().zip(u) {
                *t += x;
            }
        }
        statistics(&totals, self.annotators, &self.pooled)
    }

    fn resample(&self, state: u64, weights: &mut Vec<u32>, totals: &mut Vec<f64>) -> Vec<f64> {
        let n = self.units();
        weights.clear();
        weights.resize(n, 0);
        let mut rng = SplitMix64::from_state(state);
        for _ in 0..n {
            weights[rng.index(n)] += 1;
        }
        totals.clear();
        totals.resize(self.width(), 0.0);
        for (u, &w) in weights.iter().enumerate().filter(|(_, &w)| w > 0) {
            let sums = &self.sums[u * self.width()..(u + 1) * self.width()];
            for (t, x) in totals.iter_mut().zip(sums) {
                *t += f64::from(w) * x;
            }
        }
        statistics(totals, self.annotators, &self.pooled)
    }
}

/// Overall agreement across the fine category ids (pooled as the module explains).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overall {
    /// `cohen` (two annotators) or `fleiss` (more): which κ `kappa` is.
    pub kappa_kind: String,
    /// Pooled κ; `None` when undefined.
    pub kappa: Option<f64>,
    /// Pooled Krippendorff's α (nominal); `None` when undefined.
    pub alpha: Option<f64>,
}

/// A statistic, its value on the data and its 95% percentile-bootstrap interval.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CiRow {
    /// A category (row of the agreement table), or `(overall)`.
    pub category: String,
    /// `kappa` (of `Overall::kappa_kind`) or `alpha`.
    pub statistic: String,
    /// The value on the data as they are.
    pub estimate: Option<f64>,
    /// 2.5th percentile over the resamples where it is defined.
    pub low: Option<f64>,
    /// 97.5th percentile.
    pub high: Option<f64>,
    /// Resamples where the statistic is defined (has variation behind it).
    pub defined: u32,
}

/// The bootstrap: what was resampled and the intervals.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgreementBootstrap {
    /// Resamples drawn.
    pub resamples: u32,
    /// Their seed.
    pub seed: u64,
    /// 0.95.
    pub level: f64,
    /// `conversation` when every message has a conversation id, `message` when none has,
    /// `conversation or message` when some have (each such message is its own unit).
    pub unit: String,
    /// Units resampled.
    pub units: usize,
    /// `(overall)` first, then every category with a defined estimate.
    pub intervals: Vec<CiRow>,
}

/// The overall figures, and the bootstrap when `resamples > 0` and there are units.
pub(crate) fn overall_and_bootstrap(
    u: &UnitSums,
    unit: &str,
    resamples: u32,
    seed: u64,
) -> (Overall, Option<AgreementBootstrap>) {
    let full = u.full();
    let nc = u.categories.len();
    let num = |x: f64| x.is_finite().then_some(x);
    let overall = Overall {
        kappa_kind: if u.annotators == 2 { "cohen" } else { "fleiss" }.to_string(),
        kappa: num(full[2 * nc]),
        alpha: num(full[2 * nc + 1]),
    };
    if resamples == 0 || u.units() == 0 {
        return (overall, None);
    }
    let mut master = SplitMix64::from_state(seed);
    let states: Vec<u64> = (0..resamples).map(|_| master.next_u64()).collect();
    let draws: Vec<Vec<f64>> = states
        .par_iter()
        .map_init(
            || (Vec::new(), Vec::new()),
            |(w, t), &s| u.resample(s, w, t),
        )
        .collect();
    let row = |category: &str, statistic: &str, i: usize| {
        let mut v: Vec<f64> = draws
            .iter()
            .map(|d| d[i])
            .filter(|x| x.is_finite())
            .collect();
        let defined = v.len() as u32;
        let ci = percentile_interval(&mut v, LEVEL);
        CiRow {
            category: category.to_string(),
            statistic: statistic.to_string(),
            estimate: num(full[i]),
            low: ci.map(|c| c.0),
            high: ci.map(|c| c.1),
            defined,
        }
    };
    let mut intervals = vec![
        row("(overall)", "kappa", 2 * nc),
        row("(overall)", "alpha", 2 * nc + 1),
    ];
    for (c, name) in u.categories.iter().enumerate() {
        for (j, stat) in ["kappa", "alpha"].into_iter().enumerate() {
            if full[2 * c + j].is_finite() {
                intervals.push(row(name, stat, 2 * c + j));
            }
        }
    }
    let b = AgreementBootstrap {
        resamples,
        seed,
        level: LEVEL,
        unit: unit.to_string(),
        units: u.units(),
        intervals,
    };
    (overall, Some(b))
}
