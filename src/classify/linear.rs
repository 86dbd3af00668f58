//! Binary linear learners on sparse TF-IDF rows.
//!
//! * [`fit_logistic_sparse`]: L2-regularised logistic regression solved by L-BFGS directly on
//!   the sparse rows. It minimises exactly linfa-logistic's objective,
//!   `Σᵢ sᵢ·ln(1 + exp(−yᵢ(w·xᵢ + b))) + ½·alpha·‖w‖²` (intercept not penalised), with
//!   optional sample weights `sᵢ` (linfa-logistic has none). linfa-logistic's argmin solver
//!   needs a dense matrix: on EDOS (14,000 × 10,000) one fit took about six minutes, hence
//!   this solver; tests check that both reach the same optimum on small data.
//! * [`fit_logistic_linfa`]: the same model fitted by linfa-logistic on a dense matrix (for
//!   small data; memory is checked by the caller). No sample weights: balancing is done by
//!   deterministic oversampling of the minority class.
//! * [`fit_naive_bayes`]: two-class multinomial naive Bayes, written out here because
//!   linfa-bayes 0.8.1's `MultinomialNb::fit` and `fit_with` both print every class
//!   histogram to stderr (a stray `dbg!`). Tests compare it with linfa-bayes on small data.
//!
//! Every learner returns a [`LinearHead`]: score = σ(w·x + b).

use super::features::SparseRow;
use crate::err;
use crate::error::Result;

/// A fitted binary linear scorer.
#[derive(Debug, Clone, PartialEq)]
pub struct LinearHead {
    pub weights: Vec<f64>,
    pub intercept: f64,
}

impl LinearHead {
    /// σ(w·x + b).
    pub fn score(&self, row: &SparseRow) -> f64 {
        sigmoid(self.margin(row))
    }

    /// w·x + b.
    pub fn margin(&self, row: &SparseRow) -> f64 {
        row.iter()
            .map(|&(c, v)| self.weights.get(c as usize).copied().unwrap_or(0.0) * v)
            .sum::<f64>()
            + self.intercept
    }
}

/// Rows in compressed sparse row form (f32 values, to halve the memory traffic of the
/// solver's passes over the data).
#[derive(Debug, Clone, Default)]
pub struct Csr {
    pub indptr: Vec<usize>,
    pub indices: Vec<u32>,
    pub values: Vec<f32>,
}

impl Csr {
    pub fn from_rows<'a>(rows: impl IntoIterator<Item = &'a SparseRow>) -> Csr {
        let mut m = Csr {
            indptr: vec![0],
            ..Default::default()
        };
        for r in rows {
            for &(c, v) in r {
                m.indices.push(c);
                m.values.push(v as f32);
            }
            m.indptr.push(m.indices.len());
        }
        m
    }

    pub fn n_rows(&self) -> usize {
        self.indptr.len() - 1
    }

    /// Row `i` as (columns, values).
    pub fn row(&self, i: usize) -> (&[u32], &[f32]) {
        let (a, b) = (self.indptr[i], self.indptr[i + 1]);
        (&self.indices[a..b], &self.values[a..b])
    }

    /// Row `i` as a [`SparseRow`].
    pub fn sparse_row(&self, i: usize) -> SparseRow {
        let (c, v) = self.row(i);
        c.iter().zip(v).map(|(&c, &v)| (c, f64::from(v))).collect()
    }
}

/// w·x for a CSR row (four accumulators, fixed order: deterministic).
fn row_dot(cols: &[u32], vals: &[f32], w: &[f64]) -> f64 {
    let mut acc = [0.0f64; 4];
    let chunks = cols.len() / 4 * 4;
    let mut k = 0;
    while k < chunks {
        for j in 0..4 {
            acc[j] += w[cols[k + j] as usize] * f64::from(vals[k + j]);
        }
        k += 4;
    }
    for j in chunks..cols.len() {
        acc[0] += w[cols[j] as usize] * f64::from(vals[j]);
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3])
}

/// Numerically stable logistic function.
pub fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// ln(1 + exp(−m)), stable.
fn log1p_exp_neg(m: f64) -> f64 {
    if m > 0.0 {
        (-m).exp().ln_1p()
    } else {
        -m + m.exp().ln_1p()
    }
}

/// Logistic regression settings shared by both solvers.
#[derive(Debug, Clone, Copy)]
pub struct LogisticParams {
    pub alpha: f64,
    pub max_iterations: u64,
    /// Stop when ‖g‖∞ ≤ tolerance · max(1, ‖g₀‖∞), or when the objective decreased by
    /// at most `tolerance` (relative) over the last five iterations.
    pub tolerance: f64,
}

/// The intercept that fits the (weighted) base rate, used as a start and for degenerate data.
fn prior_logit(y: &[bool], s: &[f64]) -> f64 {
    let (mut pos, mut all) = (0.0, 0.0);
    for (&yi, &si) in y.iter().zip(s) {
        all += si;
        if yi {
            pos += si;
        }
    }
    let p = (pos + 0.5) / (all + 1.0);
    (p / (1.0 - p)).ln()
}

/// Objective and gradient at `theta` = (w, b). `margins` is scratch of length n.
fn objective(x: &Csr, y: &[bool], s: &[f64], alpha: f64, theta: &[f64], grad: &mut [f64]) -> f64 {
    let d = theta.len() - 1;
    let b = theta[d];
    grad.iter_mut().for_each(|g| *g = 0.0);
    let mut f = 0.0;
    let mut gb = 0.0;
    for (i, (&yi, &si)) in y.iter().zip(s).enumerate() {
        let (cols, vals) = x.row(i);
        let z = row_dot(cols, vals, theta) + b;
        let (m, t) = if yi { (z, 1.0) } else { (-z, 0.0) };
        f += si * log1p_exp_neg(m);
        let r = si * (sigmoid(z) - t);
        if r != 0.0 {
            for (&c, &v) in cols.iter().zip(vals) {
                grad[c as usize] += r * f64::from(v);
            }
        }
        gb += r;
    }
    let mut reg = 0.0;
    for (g, &w) in grad[..d].iter_mut().zip(&theta[..d]) {
        reg += w * w;
        *g += alpha * w;
    }
    grad[d] = gb;
    f + 0.5 * alpha * reg
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn inf_norm(a: &[f64]) -> f64 {
    a.iter().fold(0.0, |m, x| m.max(x.abs()))
}

/// Fit L2 logistic regression on sparse rows with L-BFGS (memory 10, Armijo backtracking).
/// `weights` are per-sample weights (all 1 for none). Deterministic: sequential sums.
pub fn fit_logistic_sparse(
    x: &Csr,
    y: &[bool],
    weights: &[f64],
    n_features: usize,
    p: &LogisticParams,
) -> LinearHead {
    let npos = y.iter().filter(|&&v| v).count();
    if npos == 0 || npos == y.len() {
        return LinearHead {
            weights: vec![0.0; n_features],
            intercept: prior_logit(y, weights),
        };
    }
    let n = n_features + 1;
    let mut theta = vec![0.0; n];
    theta[n_features] = prior_logit(y, weights);
    let mut grad = vec![0.0; n];
    let mut f = objective(x, y, weights, p.alpha, &theta, &mut grad);
    let g0 = inf_norm(&grad).max(1.0);
    const M: usize = 10;
    let mut s_hist: Vec<Vec<f64>> = Vec::with_capacity(M);
    let mut y_hist: Vec<Vec<f64>> = Vec::with_capacity(M);
    let mut rho: Vec<f64> = Vec::with_capacity(M);
    let mut dir = vec![0.0; n];
    let mut new_theta = vec![0.0; n];
    let mut new_grad = vec![0.0; n];
    let mut alpha_buf = [0.0; M];
    const FTOL_WINDOW: usize = 5;
    let mut f_hist: Vec<f64> = vec![f];
    for _ in 0..p.max_iterations {
        if inf_norm(&grad) <= p.tolerance * g0 {
            break;
        }
        // Two-loop recursion: dir = −H·g.
        dir.copy_from_slice(&grad);
        let k = s_hist.len();
        for j in (0..k).rev() {
            let a = rho[j] * dot(&s_hist[j], &dir);
            alpha_buf[j] = a;
            for (d, yv) in dir.iter_mut().zip(&y_hist[j]) {
                *d -= a * yv;
            }
        }
        let gamma = if k > 0 {
            dot(&s_hist[k - 1], &y_hist[k - 1]) / dot(&y_hist[k - 1], &y_hist[k - 1])
        } else {
            1.0 / inf_norm(&grad).max(1e-12)
        };
        dir.iter_mut().for_each(|d| *d *= gamma);
        for j in 0..k {
            let bcoef = rho[j] * dot(&y_hist[j], &dir);
            for (d, sv) in dir.iter_mut().zip(&s_hist[j]) {
                *d += (alpha_buf[j] - bcoef) * sv;
            }
        }
        dir.iter_mut().for_each(|d| *d = -*d);
        let mut gd = dot(&grad, &dir);
        if gd >= 0.0 {
            // Not a descent direction: restart from steepest descent.
            s_hist.clear();
            y_hist.clear();
            rho.clear();
            let scale = 1.0 / inf_norm(&grad).max(1e-12);
            for (d, g) in dir.iter_mut().zip(&grad) {
                *d = -g * scale;
            }
            gd = dot(&grad, &dir);
        }
        // Armijo backtracking.
        let mut step = 1.0;
        let mut accepted = false;
        let mut new_f = f;
        for _ in 0..40 {
            for ((nt, t), d) in new_theta.iter_mut().zip(&theta).zip(&dir) {
                *nt = t + step * d;
            }
            new_f = objective(x, y, weights, p.alpha, &new_theta, &mut new_grad);
            if new_f.is_finite() && new_f <= f + 1e-4 * step * gd {
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if !accepted {
            break;
        }
        let sv: Vec<f64> = new_theta.iter().zip(&theta).map(|(a, b)| a - b).collect();
        let yv: Vec<f64> = new_grad.iter().zip(&grad).map(|(a, b)| a - b).collect();
        let sy = dot(&sv, &yv);
        if sy > 1e-10 * dot(&sv, &sv).sqrt() * dot(&yv, &yv).sqrt() {
            if s_hist.len() == M {
                s_hist.remove(0);
                y_hist.remove(0);
                rho.remove(0);
            }
            s_hist.push(sv);
            y_hist.push(yv);
            rho.push(1.0 / sy);
        }
        std::mem::swap(&mut theta, &mut new_theta);
        std::mem::swap(&mut grad, &mut new_grad);
        f = new_f;
        f_hist.push(f);
        // Relative decrease over the last FTOL_WINDOW iterations.
        if f_hist.len() > FTOL_WINDOW {
            let old = f_hist[f_hist.len() - 1 - FTOL_WINDOW];
            if old - f <= p.tolerance * f.abs().max(1e-12) {
                break;
            }
        }
    }
    let intercept = theta[n_features];
    theta.truncate(n_features);
    LinearHead {
        weights: theta,
        intercept,
    }
}

/// Deterministic oversampling for balancing without sample weights: every row once, plus
/// minority rows repeated (in order, cycling) until both classes have equal counts.
pub fn balanced_indices(y: &[bool]) -> Vec<usize> {
    let npos = y.iter().filter(|&&v| v).count();
    let nneg = y.len() - npos;
    let mut idx: Vec<usize> = (0..y.len()).collect();
    if npos == 0 || nneg == 0 || npos == nneg {
        return idx;
    }
    let minority = npos < nneg;
    let extra = npos.max(nneg) - npos.min(nneg);
    let members: Vec<usize> = (0..y.len()).filter(|&i| y[i] == minority).collect();
    idx.extend((0..extra).map(|k| members[k % members.len()]));
    idx
}

/// Fit the same model with linfa-logistic on a dense copy of `x` (f64). The caller bounds
/// memory (rows × n_features × 8 bytes, more when balancing oversamples).
pub fn fit_logistic_linfa(
    x: &Csr,
    y: &[bool],
    n_features: usize,
    balanced: bool,
    p: &LogisticParams,
) -> Result<LinearHead> {
    use linfa::prelude::*;
    use linfa_logistic::LogisticRegression;
    let npos = y.iter().filter(|&&v| v).count();
    if npos == 0 || npos == y.len() {
        let ones = vec![1.0; y.len()];
        return Ok(LinearHead {
            weights: vec![0.0; n_features],
            intercept: prior_logit(y, &ones),
        });
    }
    let idx: Vec<usize> = if balanced {
        balanced_indices(y)
    } else {
        (0..y.len()).collect()
    };
    let mut dense = ndarray::Array2::<f64>::zeros((idx.len(), n_features));
    for (r, &i) in idx.iter().enumerate() {
        let (cols, vals) = x.row(i);
        for (&c, &v) in cols.iter().zip(vals) {
            dense[[r, c as usize]] = f64::from(v);
        }
    }
    let t: ndarray::Array1<bool> = idx.iter().map(|&i| y[i]).collect();
    let ds = Dataset::new(dense, t);
    let fitted = LogisticRegression::default()
        .alpha(p.alpha)
        .max_iterations(p.max_iterations)
        .gradient_tolerance(p.tolerance.max(1e-12))
        .fit(&ds)
        .map_err(|e| err!("linfa-logistic failed: {e}"))?;
    // linfa's "positive" class is the more frequent one: orient the weights towards `true`.
    let sign = if fitted.labels().pos.class { 1.0 } else { -1.0 };
    Ok(LinearHead {
        weights: fitted.params().iter().map(|w| sign * w).collect(),
        intercept: sign * fitted.intercept(),
    })
}

/// Two-class multinomial naive Bayes with additive smoothing `alpha` on non-negative
/// features. Weighted counts (`weights`); with `uniform_prior` the class priors are equal.
pub fn fit_naive_bayes(
    x: &Csr,
    y: &[bool],
    weights: &[f64],
    n_features: usize,
    alpha: f64,
    uniform_prior: bool,
) -> LinearHead {
    let mut count = [vec![0.0; n_features], vec![0.0; n_features]];
    let mut class_w = [0.0f64; 2];
    for (i, (&yi, &si)) in y.iter().zip(weights).enumerate() {
        let c = usize::from(yi);
        class_w[c] += si;
        let (cols, vals) = x.row(i);
        for (&col, &v) in cols.iter().zip(vals) {
            if let Some(n) = count[c].get_mut(col as usize) {
                *n += si * f64::from(v).max(0.0);
            }
        }
    }
    if class_w[0] == 0.0 || class_w[1] == 0.0 {
        return LinearHead {
            weights: vec![0.0; n_features],
            intercept: prior_logit(y, weights),
        };
    }
    let total = |c: usize| count[c].iter().sum::<f64>() + alpha * n_features as f64;
    let (t0, t1) = (total(0).ln(), total(1).ln());
    let w = count[1]
        .iter()
        .zip(&count[0])
        .map(|(&p, &q)| ((p + alpha).ln() - t1) - ((q + alpha).ln() - t0))
        .collect();
    let intercept = if uniform_prior {
        0.0
    } else {
        class_w[1].ln() - class_w[0].ln()
    };
    LinearHead {
        weights: w,
        intercept,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small separable-ish synthetic problem: 6 features, label depends on features 0 and 1.
    fn toy(n: usize) -> (Csr, Vec<bool>) {
        let mut state: u64 = 7;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) as f64) / ((1u64 << 31) as f64)
        };
        let mut rows = Vec::new();
        let mut y = Vec::new();
        for _ in 0..n {
            let row: SparseRow = (0..6u32)
                .filter_map(|c| {
                    let v = next();
                    (v > 0.4).then_some((c, v))
                })
                .collect();
            let signal = row
                .iter()
                .map(|&(c, v)| match c {
                    0 => 2.0 * v,
                    1 => -1.5 * v,
                    _ => 0.0,
                })
                .sum::<f64>();
            y.push(signal + 0.6 * (next() - 0.5) > 0.3);
            rows.push(row);
        }
        (Csr::from_rows(&rows), y)
    }

    #[test]
    fn sparse_solver_matches_linfa_logistic() {
        let (rows, y) = toy(300);
        let p = LogisticParams {
            alpha: 1.0,
            max_iterations: 1000,
            tolerance: 1e-9,
        };
        let ones = vec![1.0; y.len()];
        let ours = fit_logistic_sparse(&rows, &y, &ones, 6, &p);
        let theirs = fit_logistic_linfa(&rows, &y, 6, false, &p).unwrap();
        for (a, b) in ours.weights.iter().zip(&theirs.weights) {
            assert!((a - b).abs() < 1e-3, "{:?} vs {:?}", ours, theirs);
        }
        assert!((ours.intercept - theirs.intercept).abs() < 1e-3);
        // The learned direction is the planted one.
        assert!(ours.weights[0] > 0.5 && ours.weights[1] < -0.5);
    }

    #[test]
    fn sample_weights_equal_duplication() {
        let (rows, y) = toy(200);
        let p = LogisticParams {
            alpha: 0.5,
            max_iterations: 1000,
            tolerance: 1e-10,
        };
        // Weight 2 on positives == every positive row twice.
        let w: Vec<f64> = y.iter().map(|&v| if v { 2.0 } else { 1.0 }).collect();
        let a = fit_logistic_sparse(&rows, &y, &w, 6, &p);
        let mut rows2: Vec<SparseRow> = (0..rows.n_rows()).map(|i| rows.sparse_row(i)).collect();
        let mut y2 = y.clone();
        for (i, &v) in y.iter().enumerate() {
            if v {
                rows2.push(rows.sparse_row(i));
                y2.push(true);
            }
        }
        let rows2 = Csr::from_rows(&rows2);
        let b = fit_logistic_sparse(&rows2, &y2, &vec![1.0; y2.len()], 6, &p);
        for (x, z) in a.weights.iter().zip(&b.weights) {
            assert!((x - z).abs() < 1e-4);
        }
    }

    #[test]
    fn single_class_data_gives_prior_only() {
        let raw = vec![vec![(0u32, 1.0)], vec![(1u32, 1.0)]];
        let rows = Csr::from_rows(&raw);
        let y = vec![false, false];
        let p = LogisticParams {
            alpha: 1.0,
            max_iterations: 10,
            tolerance: 1e-6,
        };
        let h = fit_logistic_sparse(&rows, &y, &[1.0, 1.0], 2, &p);
        assert_eq!(h.weights, vec![0.0, 0.0]);
        assert!(h.score(&raw[0]) < 0.5);
    }

    #[test]
    fn balanced_indices_equalise_classes() {
        let y = vec![true, false, false, false, false, true, false];
        let idx = balanced_indices(&y);
        let pos = idx.iter().filter(|&&i| y[i]).count();
        assert_eq!(pos, idx.len() - pos);
        assert_eq!(&idx[..7], &[0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(&idx[7..], &[0, 5, 0]);
    }

    #[test]
    fn naive_bayes_matches_linfa_bayes() {
        use linfa::prelude::*;
        use linfa_bayes::{MultinomialNbParams, NaiveBayes};
        let (rows, y) = toy(60);
        let ones = vec![1.0; y.len()];
        let ours = fit_naive_bayes(&rows, &y, &ones, 6, 1.0, false);
        let mut x = ndarray::Array2::<f64>::zeros((rows.n_rows(), 6));
        for i in 0..rows.n_rows() {
            for (c, v) in rows.sparse_row(i) {
                x[[i, c as usize]] = v;
            }
        }
        let t: ndarray::Array1<usize> = y.iter().map(|&v| usize::from(v)).collect();
        let ds = Dataset::new(x.clone(), t);
        // (linfa-bayes prints its histograms here; the test harness captures it.)
        let nb = MultinomialNbParams::new().alpha(1.0).fit(&ds).unwrap();
        let (proba, classes) = nb.predict_proba(x.view());
        let pos_col = classes.iter().position(|&&c| c == 1).unwrap();
        for i in 0..rows.n_rows() {
            let theirs = proba[[i, pos_col]];
            assert!(
                (ours.score(&rows.sparse_row(i)) - theirs).abs() < 1e-9,
                "row {i}"
            );
        }
    }
}
