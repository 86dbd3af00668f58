//! Binary linear learners on sparse TF-IDF rows.
//!
//! * [`fit_logistic_sparse`]: L2-regularised logistic regression minimised by argmin's L-BFGS
//!   (memory 10, More–Thuente line search: the solver and settings linfa-logistic uses) on
//!   a sparse `sprs` matrix. The objective is linfa-logistic's,
//!   `Σᵢ sᵢ·ln(1 + exp(−yᵢ(w·xᵢ + b))) + ½·alpha·‖w‖²` (intercept not penalised), with
//!   optional sample weights `sᵢ` (linfa-logistic has none). linfa-logistic itself needs a
//!   dense matrix: on EDOS (14,000 × 10,000) one fit took about six minutes, hence this
//!   sparse cost and gradient; tests check that both reach the same optimum on small data.
//! * [`fit_logistic_linfa`]: the same model fitted by linfa-logistic on a dense matrix (for
//!   small data; memory is checked by the caller). No sample weights: balancing is done by
//!   deterministic oversampling of the minority class.
//! * [`fit_naive_bayes`]: two-class multinomial naive Bayes, written out here because
//!   linfa-bayes 0.8.1's `MultinomialNb::fit` and `fit_with` both print every class
//!   histogram to stderr (a stray `dbg!`). Tests compare it with linfa-bayes on small data.
//!
//! Every learner returns a [`LinearHead`]: score = σ(w·x + b).

use super::features::SparseRow;
use crate::error::{Context, Result};
use argmin::core::{CostFunction, Executor, Gradient};
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::quasinewton::LBFGS;
use ndarray::Array1;
use std::cell::RefCell;

/// A fitted binary linear scorer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LinearHead {
    /// One weight per feature column.
    pub weights: Vec<f64>,
    /// The bias b.
    pub intercept: f64,
}

/// σ(w·x + b) for a feature row (columns beyond `weights` count 0): how every head scores.
pub(crate) fn linear_score(weights: &[f64], intercept: f64, row: &SparseRow) -> f64 {
    let z = row
        .iter()
        .map(|&(c, v)| weights.get(c as usize).copied().unwrap_or(0.0) * v)
        .sum::<f64>()
        + intercept;
    sigmoid(z)
}

/// [`linear_score`] of every head (`weights[i]`, `intercepts[i]`) for one row, in head order.
/// Each head's sum is the same as `linear_score`'s, bit for bit (its products added in row
/// order), but four heads are summed in one pass over the row, so that their additions do
/// not wait on each other: one head at a time, every addition waited for the previous one
/// (issue 23, session 24).
pub(crate) fn linear_scores(weights: &[&[f64]], intercepts: &[f64], row: &SparseRow) -> Vec<f64> {
    let mut out = Vec::with_capacity(weights.len());
    let mut heads = weights.chunks_exact(4);
    for ws in heads.by_ref() {
        out.extend(sums::<4>([ws[0], ws[1], ws[2], ws[3]], row));
    }
    for &w in heads.remainder() {
        out.extend(sums::<1>([w], row));
    }
    for (z, b) in out.iter_mut().zip(intercepts) {
        *z = sigmoid(*z + b);
    }
    out
}

/// w·x for `N` heads at once, each in row order from −0.0 (as `Iterator::sum` of f64 starts).
fn sums<const N: usize>(ws: [&[f64]; N], row: &SparseRow) -> [f64; N] {
    let mut z = [-0.0f64; N];
    for &(c, v) in row {
        for (z, w) in z.iter_mut().zip(&ws) {
            *z += w.get(c as usize).copied().unwrap_or(0.0) * v;
        }
    }
    z
}

/// Every head's weights laid out feature by feature (`w[c * heads + h]`) for scoring many rows:
/// each feature of a row then reads one run of adjacent weights instead of one weight from
/// each head's own array (fourteen cache lines, far apart, per feature), and the heads' sums
/// are added side by side. Each head's sum is [`linear_score`]'s, bit for bit: its products
/// are added in row order from −0.0, and a feature beyond the weights adds `0.0 * v`.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadMatrix {
    heads: usize,
    w: Vec<f64>,
}

impl HeadMatrix {
    /// The matrix of heads with these weights (`weights[h]`; a shorter head counts 0 for the
    /// columns it lacks).
    pub(crate) fn new(weights: &[&[f64]]) -> HeadMatrix {
        let heads = weights.len();
        let features = weights.iter().map(|w| w.len()).max().unwrap_or(0);
        let mut w = vec![0.0; heads * features];
        for (h, ws) in weights.iter().enumerate() {
            for (c, &x) in ws.iter().enumerate() {
                w[c * heads + h] = x;
            }
        }
        HeadMatrix { heads, w }
    }

    /// How many heads it holds.
    pub fn heads(&self) -> usize {
        self.heads
    }

    /// How many feature columns it holds.
    pub fn features(&self) -> usize {
        self.w.len().checked_div(self.heads).unwrap_or(0)
    }

    /// [`linear_scores`] of every head for one row, in head order (same bits).
    pub(crate) fn scores(&self, intercepts: &[f64], row: &SparseRow) -> Vec<f64> {
        let h = self.heads;
        let mut z = vec![-0.0f64; h];
        for &(c, v) in row {
            let at = c as usize * h;
            match self.w.get(at..at + h) {
                Some(ws) => {
                    for (z, w) in z.iter_mut().zip(ws) {
                        *z += w * v;
                    }
                }
                None => {
                    for z in z.iter_mut() {
                        *z += 0.0 * v;
                    }
                }
            }
        }
        for (z, b) in z.iter_mut().zip(intercepts) {
            *z = sigmoid(*z + b);
        }
        z
    }
}

impl LinearHead {
    /// σ(w·x + b).
    pub(crate) fn score(&self, row: &SparseRow) -> f64 {
        linear_score(&self.weights, self.intercept, row)
    }

    /// All weights 0, the intercept fitting the (weighted) base rate: the model of data with
    /// one class only.
    fn prior_only(y: &[bool], s: &[f64], n_features: usize) -> LinearHead {
        LinearHead {
            weights: vec![0.0; n_features],
            intercept: prior_logit(y, s),
        }
    }
}

/// The training matrix: sprs's `CsMat` in compressed sparse rows, with f32 values and u32
/// column indices (half the memory traffic of f64 and usize on the solver's passes over
/// the data) and usize row pointers. Its column count is the number of features.
pub(crate) type FeatureMatrix = sprs::CsMatI<f32, u32, usize>;

/// The rows as a [`FeatureMatrix`] of `n_features` columns. Each row's columns must be
/// increasing and below `n_features` (as `features` writes them).
pub(crate) fn feature_matrix<'a>(
    rows: impl IntoIterator<Item = &'a SparseRow>,
    n_features: usize,
) -> Result<FeatureMatrix> {
    let (mut indptr, mut indices, mut values) = (vec![0], Vec::new(), Vec::new());
    for r in rows {
        for &(c, v) in r {
            indices.push(c);
            values.push(v as f32);
        }
        indptr.push(indices.len());
    }
    let shape = (indptr.len() - 1, n_features);
    FeatureMatrix::try_new(shape, indptr, indices, values)
        .map_err(|(_, _, _, e)| crate::Error::external(e))
        .context("internal error: building the feature matrix")
}

/// w·x for one row (four accumulators, fixed order: deterministic).
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
fn sigmoid(z: f64) -> f64 {
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
pub(crate) struct LogisticParams {
    /// L2 regularisation strength.
    pub alpha: f64,
    /// L-BFGS iterations at most.
    pub max_iterations: u64,
    /// The sparse solver stops when ‖g‖₂ ≤ tolerance · max(1, ‖g₀‖₂) or when an iteration
    /// lowers the objective by less than tolerance/10 · max(1, f₀) (g₀, f₀: gradient and
    /// objective at the start; the objective ends near half of f₀ on typical data, so this is
    /// close to the hand-written solver's "less than `tolerance` relative over five
    /// iterations"). linfa-logistic takes it as its absolute gradient tolerance.
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

/// A point θ with the objective and gradient there.
type Evaluated = (Array1<f64>, f64, Array1<f64>);

/// The weighted, L2-regularised logistic loss of `x`, `y` as an argmin problem over
/// θ = (w, b).
struct LogisticLoss<'a> {
    x: &'a FeatureMatrix,
    y: &'a [bool],
    s: &'a [f64],
    alpha: f64,
    /// The last point evaluated, with its objective and gradient. The More–Thuente line
    /// search asks for the objective and then the gradient at each trial point, and L-BFGS
    /// for the gradient where the search stopped: one pass over the data serves all three.
    last: RefCell<Option<Evaluated>>,
}

impl LogisticLoss<'_> {
    /// Objective and gradient at θ (cached for the last θ).
    fn eval(&self, theta: &Array1<f64>) -> (f64, Array1<f64>) {
        if let Some((at, f, g)) = self.last.borrow().as_ref() {
            if at == theta {
                return (*f, g.clone());
            }
        }
        let (f, g) = self.compute(theta);
        *self.last.borrow_mut() = Some((theta.clone(), f, g.clone()));
        (f, g)
    }

    /// Objective and gradient at θ: one pass over the rows, sums in a fixed order.
    fn compute(&self, theta: &Array1<f64>) -> (f64, Array1<f64>) {
        let owned;
        let theta = match theta.as_slice() {
            Some(t) => t,
            None => {
                owned = theta.to_vec();
                &owned
            }
        };
        let d = theta.len() - 1;
        let b = theta[d];
        let mut grad = vec![0.0; theta.len()];
        let (mut f, mut gb) = (0.0, 0.0);
        for ((row, &yi), &si) in self.x.outer_iterator().zip(self.y).zip(self.s) {
            let (cols, vals) = (row.indices(), row.data());
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
            *g += self.alpha * w;
        }
        grad[d] = gb;
        (f + 0.5 * self.alpha * reg, Array1::from(grad))
    }
}

impl CostFunction for LogisticLoss<'_> {
    type Param = Array1<f64>;
    type Output = f64;

    fn cost(&self, theta: &Self::Param) -> std::result::Result<f64, argmin::core::Error> {
        Ok(self.eval(theta).0)
    }
}

impl Gradient for LogisticLoss<'_> {
    type Param = Array1<f64>;
    type Gradient = Array1<f64>;

    fn gradient(
        &self,
        theta: &Self::Param,
    ) -> std::result::Result<Array1<f64>, argmin::core::Error> {
        Ok(self.eval(theta).1)
    }
}

/// An argmin error as the library's error.
fn solver_error(e: argmin::core::Error) -> crate::Error {
    crate::Error::External(e.into()).context("L-BFGS (argmin) failed")
}

/// Fit L2 logistic regression on the rows of `x` (its columns are the features) with
/// argmin's L-BFGS and More–Thuente line search, starting from w = 0 and the prior
/// intercept. `weights` are per-sample weights (all 1 for none). Deterministic: sequential
/// sums.
pub(crate) fn fit_logistic_sparse(
    x: &FeatureMatrix,
    y: &[bool],
    weights: &[f64],
    p: &LogisticParams,
) -> Result<LinearHead> {
    let n_features = x.cols();
    let npos = y.iter().filter(|&&v| v).count();
    if npos == 0 || npos == y.len() {
        return Ok(LinearHead::prior_only(y, weights, n_features));
    }
    let mut theta0 = Array1::zeros(n_features + 1);
    theta0[n_features] = prior_logit(y, weights);
    let loss = LogisticLoss {
        x,
        y,
        s: weights,
        alpha: p.alpha,
        last: RefCell::new(None),
    };
    let (f0, g0) = loss.eval(&theta0);
    let g0 = g0.dot(&g0).sqrt();
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 10)
        .with_tolerance_grad(p.tolerance * g0.max(1.0))
        .and_then(|s| s.with_tolerance_cost(0.1 * p.tolerance * f0.abs().max(1.0)))
        .map_err(solver_error)?;
    let mut result = Executor::new(loss, solver)
        .configure(|state| state.param(theta0).max_iters(p.max_iterations))
        .run()
        .map_err(solver_error)?;
    let mut theta = result
        .state
        .take_best_param()
        .ok_or_else(|| crate::err!("internal error: L-BFGS returned no parameters"))?
        .to_vec();
    let intercept = theta[n_features];
    theta.truncate(n_features);
    Ok(LinearHead {
        weights: theta,
        intercept,
    })
}

/// Deterministic oversampling for balancing without sample weights: every row once, plus
/// minority rows repeated (in order, cycling) until both classes have equal counts.
fn balanced_indices(y: &[bool]) -> Vec<usize> {
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
/// memory (rows × features × 8 bytes, more when balancing oversamples).
pub(crate) fn fit_logistic_linfa(
    x: &FeatureMatrix,
    y: &[bool],
    balanced: bool,
    p: &LogisticParams,
) -> Result<LinearHead> {
    use linfa::prelude::*;
    use linfa_logistic::LogisticRegression;
    let npos = y.iter().filter(|&&v| v).count();
    if npos == 0 || npos == y.len() {
        return Ok(LinearHead::prior_only(y, &vec![1.0; y.len()], x.cols()));
    }
    let idx: Vec<usize> = if balanced {
        balanced_indices(y)
    } else {
        (0..y.len()).collect()
    };
    let mut dense = ndarray::Array2::<f64>::zeros((idx.len(), x.cols()));
    for (r, &i) in idx.iter().enumerate() {
        if let Some(row) = x.outer_view(i) {
            for (c, &v) in row.iter() {
                dense[[r, c]] = f64::from(v);
            }
        }
    }
    let t: ndarray::Array1<bool> = idx.iter().map(|&i| y[i]).collect();
    let ds = Dataset::new(dense, t);
    let fitted = LogisticRegression::default()
        .alpha(p.alpha)
        .max_iterations(p.max_iterations)
        .gradient_tolerance(p.tolerance.max(1e-12))
        .fit(&ds)
        .map_err(crate::Error::external)
        .context("linfa-logistic failed")?;
    // linfa's "positive" class is the more frequent one: orient the weights towards `true`.
    let sign = if fitted.labels().pos.class { 1.0 } else { -1.0 };
    Ok(LinearHead {
        weights: fitted.params().iter().map(|w| sign * w).collect(),
        intercept: sign * fitted.intercept(),
    })
}

/// Two-class multinomial naive Bayes with additive smoothing `alpha` on non-negative
/// features. Weighted counts (`weights`); with `uniform_prior` the class priors are equal.
pub(crate) fn fit_naive_bayes(
    x: &FeatureMatrix,
    y: &[bool],
    weights: &[f64],
    alpha: f64,
    uniform_prior: bool,
) -> LinearHead {
    let n_features = x.cols();
    let mut count = [vec![0.0; n_features], vec![0.0; n_features]];
    let mut class_w = [0.0f64; 2];
    for ((row, &yi), &si) in x.outer_iterator().zip(y).zip(weights) {
        let c = usize::from(yi);
        class_w[c] += si;
        for (col, &v) in row.iter() {
            count[c][col] += si * f64::from(v).max(0.0);
        }
    }
    if class_w[0] == 0.0 || class_w[1] == 0.0 {
        return LinearHead::prior_only(y, weights, n_features);
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
    use proptest::prelude::*;

    proptest! {
        /// Scoring heads four at a time, or all at once from a [`HeadMatrix`], gives each head's
        /// `linear_score`, bit for bit: rows empty or not, columns past a head's weights, zero
        /// and negative values and weights (signed zeros included), and head counts that leave
        /// a remainder.
        #[test]
        fn heads_scored_together_are_each_head_scored_alone(
            heads in prop::collection::vec(
                (prop::collection::vec(prop_oneof![Just(0.0), Just(-0.0), -3.0..3.0f64], 0..12),
                 prop_oneof![Just(0.0), Just(-0.0), -2.0..2.0f64]),
                1..11),
            cols in prop::collection::btree_map(0u32..14, prop_oneof![Just(0.0), Just(-0.0), -1.5..1.5f64], 0..10),
        ) {
            let row: SparseRow = cols.into_iter().collect();
            let weights: Vec<&[f64]> = heads.iter().map(|h| h.0.as_slice()).collect();
            let intercepts: Vec<f64> = heads.iter().map(|h| h.1).collect();
            let together = linear_scores(&weights, &intercepts, &row);
            let matrix = HeadMatrix::new(&weights).scores(&intercepts, &row);
            prop_assert_eq!(together.len(), heads.len());
            prop_assert_eq!(matrix.len(), heads.len());
            for (i, (w, b)) in heads.iter().enumerate() {
                let alone = linear_score(w, *b, &row).to_bits();
                prop_assert_eq!(together[i].to_bits(), alone, "head {}", i);
                prop_assert_eq!(matrix[i].to_bits(), alone, "head {} (matrix)", i);
            }
        }
    }

    /// A small separable-ish synthetic problem: 6 features, label depends on features 0 and 1.
    fn toy(n: usize) -> (Vec<SparseRow>, Vec<bool>) {
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
        (rows, y)
    }

    fn matrix(rows: &[SparseRow]) -> FeatureMatrix {
        feature_matrix(rows, 6).unwrap()
    }

    #[test]
    fn sparse_solver_matches_linfa_logistic() {
        let (rows, y) = toy(300);
        let x = matrix(&rows);
        let p = LogisticParams {
            alpha: 1.0,
            max_iterations: 1000,
            tolerance: 1e-9,
        };
        let ones = vec![1.0; y.len()];
        let ours = fit_logistic_sparse(&x, &y, &ones, &p).unwrap();
        let theirs = fit_logistic_linfa(&x, &y, false, &p).unwrap();
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
        let a = fit_logistic_sparse(&matrix(&rows), &y, &w, &p).unwrap();
        let mut rows2 = rows.clone();
        let mut y2 = y.clone();
        for (i, &v) in y.iter().enumerate() {
            if v {
                rows2.push(rows[i].clone());
                y2.push(true);
            }
        }
        let b = fit_logistic_sparse(&matrix(&rows2), &y2, &vec![1.0; y2.len()], &p).unwrap();
        for (x, z) in a.weights.iter().zip(&b.weights) {
            assert!((x - z).abs() < 1e-4);
        }
    }

    #[test]
    fn single_class_data_gives_prior_only() {
        let raw = vec![vec![(0u32, 1.0)], vec![(1u32, 1.0)]];
        let rows = feature_matrix(&raw, 2).unwrap();
        let y = vec![false, false];
        let p = LogisticParams {
            alpha: 1.0,
            max_iterations: 10,
            tolerance: 1e-6,
        };
        let h = fit_logistic_sparse(&rows, &y, &[1.0, 1.0], &p).unwrap();
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
        let ours = fit_naive_bayes(&matrix(&rows), &y, &ones, 1.0, false);
        let mut x = ndarray::Array2::<f64>::zeros((rows.len(), 6));
        for (i, row) in rows.iter().enumerate() {
            for &(c, v) in row {
                x[[i, c as usize]] = f64::from(v as f32);
            }
        }
        let t: ndarray::Array1<usize> = y.iter().map(|&v| usize::from(v)).collect();
        let ds = Dataset::new(x.clone(), t);
        // (linfa-bayes prints its histograms here; the test harness captures it.)
        let nb = MultinomialNbParams::new().alpha(1.0).fit(&ds).unwrap();
        let (proba, classes) = nb.predict_proba(x.view());
        let pos_col = classes.iter().position(|&&c| c == 1).unwrap();
        for (i, row) in rows.iter().enumerate() {
            let theirs = proba[[i, pos_col]];
            let row: SparseRow = row.iter().map(|&(c, v)| (c, f64::from(v as f32))).collect();
            assert!((ours.score(&row) - theirs).abs() < 1e-9, "row {i}");
        }
    }
}
