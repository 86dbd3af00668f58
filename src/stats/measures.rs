//! Pure statistical formulas. Every function takes integer counts (or p-values) and returns
//! floats; nothing here knows about annotations. References are in `docs/statistics.md`.

use serde::{Deserialize, Serialize};
use statrs::distribution::{ChiSquared, ContinuousCDF, Normal};

/// The 0.975 quantile of the standard normal distribution (two-sided 95%).
pub const Z95: f64 = 1.959_963_984_540_054;

/// Significance level used to call a trend "increasing"/"decreasing".
pub const ALPHA: f64 = 0.05;

/// Upper-tail probability of χ²(1) at `x` (the p-value of a 1-df statistic).
pub fn chi2_1_sf(x: f64) -> f64 {
    if !x.is_finite() || x <= 0.0 {
        return if x.is_finite() { 1.0 } else { 0.0 };
    }
    match ChiSquared::new(1.0) {
        Ok(d) => d.sf(x).clamp(0.0, 1.0),
        Err(_) => f64::NAN,
    }
}

/// Two-sided p-value of a standard normal statistic.
pub fn normal_two_sided_p(z: f64) -> f64 {
    match Normal::new(0.0, 1.0) {
        Ok(d) => (2.0 * d.sf(z.abs())).clamp(0.0, 1.0),
        Err(_) => f64::NAN,
    }
}

/// Wilson (1927) score interval for `successes` out of `n` at normal quantile `z`,
/// as proportions in [0, 1]. `None` when `n == 0`.
pub fn wilson(successes: u64, n: u64, z: f64) -> Option<(f64, f64)> {
    if n == 0 || successes > n {
        return None;
    }
    let p = successes as f64 / n as f64;
    Some(wilson_p(p, n as f64, z, successes == 0, successes == n))
}

/// The Wilson interval of a proportion `p` from a (possibly fractional, effective) sample
/// size `n_f > 0`; `zero`/`all` pin the bounds to exactly 0 and 1 (no rounding noise).
fn wilson_p(p: f64, n_f: f64, z: f64, zero: bool, all: bool) -> (f64, f64) {
    let z2 = z * z;
    let denom = 1.0 + z2 / n_f;
    let centre = p + z2 / (2.0 * n_f);
    let half = z * (p * (1.0 - p) / n_f + z2 / (4.0 * n_f * n_f)).sqrt();
    let lo = if zero {
        0.0
    } else {
        ((centre - half) / denom).max(0.0)
    };
    let hi = if all {
        1.0
    } else {
        ((centre + half) / denom).min(1.0)
    };
    (lo, hi)
}

/// Exact integer sums over the clusters (conversations) of one group for one category:
/// what [`design_effect`] and [`clustered_wilson`] need. Adding a cluster twice is not the
/// same as adding it once with doubled counts, so build it from whole clusters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClusterSums {
    /// Clusters with at least one message (k).
    pub clusters: u64,
    /// Messages, Σ mᵢ (n).
    pub n: u64,
    /// Flagged messages, Σ yᵢ (y).
    pub y: u64,
    /// Σ yᵢ².
    pub yy: u128,
    /// Σ yᵢ·mᵢ.
    pub ym: u128,
    /// Σ mᵢ².
    pub mm: u128,
}

impl ClusterSums {
    /// Add one cluster of `m` messages of which `y` are flagged (`m == 0` is ignored).
    pub fn add(&mut self, m: u64, y: u64) {
        if m == 0 {
            return;
        }
        let (m2, y2) = (m as u128, y as u128);
        self.clusters += 1;
        self.n += m;
        self.y += y;
        self.yy += y2 * y2;
        self.ym += y2 * m2;
        self.mm += m2 * m2;
    }
}

/// Kish's design effect of a proportion under cluster sampling: the cluster-robust
/// (linearisation, ratio-estimator) variance of p̂ = y/n over the simple-random-sampling
/// variance p̂(1 − p̂)/n,
///
///   deff = k/(k − 1) · Σ (yᵢ − p̂·mᵢ)² / (n · p̂(1 − p̂) · n)
///        = k/(k − 1) · (n²Σyᵢ² − 2ny·Σyᵢmᵢ + y²Σmᵢ²) / (n · y · (n − y)),
///
/// computed from exact integers (so independent of cluster order), floored at 1 so the
/// interval is never narrower than Wilson's (Korn and Graubard 1998 cap n_eff at n). When it cannot be estimated
/// (fewer than two clusters, or no or every message flagged) the worst case of Kish's
/// deff = 1 + (m̄ − 1)ρ with ρ = 1 is used: deff = m̄ = n/k. `None` when n = 0.
pub fn design_effect(s: &ClusterSums) -> Option<f64> {
    if s.n == 0 || s.y > s.n {
        return None;
    }
    let worst = (s.n as f64 / s.clusters.max(1) as f64).max(1.0);
    let Some(num) = scaled_residuals(s) else {
        return Some(worst);
    };
    let k = s.clusters as f64;
    let den = s.n as f64 * s.y as f64 * (s.n - s.y) as f64;
    Some((k / (k - 1.0) * num / den).max(1.0))
}

/// n²·Σ(yᵢ − p̂mᵢ)² = n²Σyᵢ² − 2ny·Σyᵢmᵢ + y²Σmᵢ² (exact while it fits in u128); `None` when
/// a design effect cannot be estimated (fewer than two clusters, or no or every message
/// flagged).
fn scaled_residuals(s: &ClusterSums) -> Option<f64> {
    if s.n == 0 || s.y > s.n || s.clusters < 2 || s.y == 0 || s.y == s.n {
        return None;
    }
    let (n, y) = (s.n as u128, s.y as u128);
    let num = n
        .checked_mul(n)
        .and_then(|n2| n2.checked_mul(s.yy))
        .and_then(|a| y.checked_mul(y)?.checked_mul(s.mm)?.checked_add(a))
        .and_then(|a| a.checked_sub(n.checked_mul(2)?.checked_mul(y)?.checked_mul(s.ym)?));
    let num = match num {
        Some(x) => x as f64,
        // Beyond u128 (n of the order of 10⁹ and more): the same sum in floating point.
        None => {
            let (nf, yf) = (s.n as f64, s.y as f64);
            (nf * nf * s.yy as f64 - 2.0 * nf * yf * s.ym as f64 + yf * yf * s.mm as f64).max(0.0)
        }
    };
    Some(num)
}

/// The numerator and the denominator of the unfloored design effect of one sample,
/// k/(k − 1)·Σ(yᵢ − p̂mᵢ)² and n·p̂(1 − p̂) (see [`scaled_residuals`]).
fn deff_parts(s: &ClusterSums) -> Option<(f64, f64)> {
    let num = scaled_residuals(s)?;
    let k = s.clusters as f64;
    let nf = s.n as f64;
    Some((
        k / (k - 1.0) * num / (nf * nf),
        s.y as f64 * (s.n - s.y) as f64 / nf,
    ))
}

/// The pooled design effect of several samples (the periods of a trend), each with its own
/// clusters and its own rate: the variance-weighted mean of their design effects,
///
///   d = Σ_j k_j/(k_j − 1)·Σᵢ (y_ji − p̂_j m_ji)² / Σ_j n_j p̂_j(1 − p̂_j),
///
/// over the samples where a design effect can be estimated ([`design_effect`]; residuals are
/// taken about each sample's own rate, so a real change between samples does not inflate it).
/// Floored at 1; when no sample allows an estimate, the worst case m̄ = Σn/Σk. `None` when
/// there are no messages. With one sample it is [`design_effect`].
pub fn pooled_design_effect(samples: &[ClusterSums]) -> Option<f64> {
    let n: u64 = samples.iter().map(|s| s.n).sum();
    if n == 0 {
        return None;
    }
    let (num, den) = samples
        .iter()
        .filter_map(deff_parts)
        .fold((0.0, 0.0), |(a, b), (x, y)| (a + x, b + y));
    if den > 0.0 {
        return Some((num / den).max(1.0));
    }
    let k: u64 = samples.iter().map(|s| s.clusters).sum();
    Some((n as f64 / k.max(1) as f64).max(1.0))
}

/// The conversation-clustered Wilson interval: the Wilson score interval of p̂ = y/n with
/// the effective sample size n/deff ([`design_effect`]) in place of n (Kish 1965; Korn and
/// Graubard 1998). With one message per cluster it is (nearly) the Wilson interval; when
/// flags sit in a few clusters it is wider. `None` when n = 0.
pub fn clustered_wilson(s: &ClusterSums, z: f64) -> Option<(f64, f64)> {
    let deff = design_effect(s)?;
    let p = s.y as f64 / s.n as f64;
    Some(wilson_p(p, s.n as f64 / deff, z, s.y == 0, s.y == s.n))
}

/// The design effect of the difference between the proportions of two independent clustered
/// samples, for the first-order Rao–Scott correction of a 2×2 test (Rao and Scott 1981, 1984).
/// Under the null hypothesis p_a = p_b = p, Var(p̂_b − p̂_a) = p(1 − p)(deff_a/n_a + deff_b/n_b)
/// against p(1 − p)(1/n_a + 1/n_b) for independent messages, so
///
///   d = (deff_a/n_a + deff_b/n_b) / (1/n_a + 1/n_b),
///
/// a weighted mean of the two samples' [`design_effect`]s (each ≥ 1), and G²/d or X²/d is
/// referred to χ²(1). `None` when a sample has no messages.
pub fn difference_design_effect(a: &ClusterSums, b: &ClusterSums) -> Option<f64> {
    let (da, db) = (design_effect(a)?, design_effect(b)?);
    let (na, nb) = (a.n as f64, b.n as f64);
    Some((da / na + db / nb) / (1.0 / na + 1.0 / nb))
}

/// A signed statistic (G² or X²) divided by a design effect `d` ≥ 1 (the first-order Rao–Scott
/// correction, [`difference_design_effect`]), with its χ²(1) p-value.
pub fn rao_scott(s: Signed, d: f64) -> Signed {
    let x = s.value.abs() / d.max(1.0);
    Signed {
        value: s.value.signum() * x,
        p: chi2_1_sf(x),
    }
}

/// A signed log-likelihood statistic with its χ²(1) p-value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Signed {
    /// The statistic, signed + when corpus 1 (A) overuses the item relative to corpus 2 (B).
    pub value: f64,
    /// The χ²(1) p-value.
    pub p: f64,
}

/// Log-likelihood G², 2-term form (Rayson & Garside 2000; UCREL LL wizard):
/// E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d), G² = 2(a ln(a/E1) + b ln(b/E2)), a zero term
/// contributes 0. Signed + when a/c > b/d. `None` when a corpus is empty or a count exceeds
/// its corpus size.
pub fn log_likelihood(a: u64, b: u64, c: u64, d: u64) -> Option<Signed> {
    if c == 0 || d == 0 || a > c || b > d {
        return None;
    }
    let (af, bf, cf, df) = (a as f64, b as f64, c as f64, d as f64);
    let e1 = cf * (af + bf) / (cf + df);
    let e2 = df * (af + bf) / (cf + df);
    let term = |o: f64, e: f64| if o > 0.0 { o * (o / e).ln() } else { 0.0 };
    let g2 = (2.0 * (term(af, e1) + term(bf, e2))).max(0.0);
    let sign = if af / cf >= bf / df { 1.0 } else { -1.0 };
    Some(Signed {
        value: sign * g2,
        p: chi2_1_sf(g2),
    })
}

/// Pearson χ² for the 2×2 table [[a, c−a], [b, d−b]] without continuity correction, with its
/// χ²(1) p-value (unsigned). `None` when any row or column total is zero.
pub fn pearson_chi2(a: u64, b: u64, c: u64, d: u64) -> Option<(f64, f64)> {
    if a > c || b > d {
        return None;
    }
    let o = [[a as f64, (c - a) as f64], [b as f64, (d - b) as f64]];
    let rows = [c as f64, d as f64];
    let cols = [(a + b) as f64, ((c - a) + (d - b)) as f64];
    let n = rows[0] + rows[1];
    if rows.contains(&0.0) || cols.contains(&0.0) {
        return None;
    }
    let mut x2 = 0.0;
    for (i, row) in o.iter().enumerate() {
        for (j, obs) in row.iter().enumerate() {
            let e = rows[i] * cols[j] / n;
            x2 += (obs - e) * (obs - e) / e;
        }
    }
    Some((x2, chi2_1_sf(x2)))
}

/// Log Ratio (Hardie 2014) with a 95% confidence interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LogRatio {
    /// log2((a/c)/(b/d)).
    pub value: f64,
    /// Lower end of the interval.
    pub lo: f64,
    /// Upper end of the interval.
    pub hi: f64,
}

/// Log Ratio = log2((a/c)/(b/d)); a zero frequency is replaced by 0.5. The interval uses the
/// standard error √(1/a + 1/b) of the natural-log ratio (with the same 0.5 replacement),
/// converted to log2: value ± z·SE/ln 2. `None` when both a and b are zero or a size is zero.
pub fn log_ratio(a: u64, b: u64, c: u64, d: u64, z: f64) -> Option<LogRatio> {
    log_ratio_deff(a, b, c, d, z, (1.0, 1.0))
}

/// [`log_ratio`] with each sample's variance inflated by its design effect (`deff.0` for the
/// sample of `a`, `deff.1` for that of `b`; [`design_effect`]): SE = √(deff_a/a + deff_b/b),
/// the delta-method standard error of a log ratio of clustered proportions (Kish 1965).
/// With both design effects 1 it is [`log_ratio`].
pub fn log_ratio_deff(
    a: u64,
    b: u64,
    c: u64,
    d: u64,
    z: f64,
    deff: (f64, f64),
) -> Option<LogRatio> {
    if c == 0 || d == 0 || (a == 0 && b == 0) {
        return None;
    }
    let fix = |x: u64| if x == 0 { 0.5 } else { x as f64 };
    let (af, bf) = (fix(a), fix(b));
    let value = ((af / c as f64) / (bf / d as f64)).log2();
    let se = (deff.0 / af + deff.1 / bf).sqrt();
    let half = z * se / std::f64::consts::LN_2;
    Some(LogRatio {
        value,
        lo: value - half,
        hi: value + half,
    })
}

/// Two-proportion z test (pooled): z = (p_b − p_a) / √(p(1 − p)(1/n_a + 1/n_b)) with
/// p = (x_a + x_b)/(n_a + n_b); returns (z, two-sided p). Positive z: B's proportion is
/// higher. `None` when a sample is empty or the pooled proportion is 0 or 1 (no variance).
pub fn two_proportion_z(x_a: u64, n_a: u64, x_b: u64, n_b: u64) -> Option<(f64, f64)> {
    if n_a == 0 || n_b == 0 || x_a > n_a || x_b > n_b {
        return None;
    }
    let (na, nb) = (n_a as f64, n_b as f64);
    let pooled = (x_a + x_b) as f64 / (na + nb);
    let se = (pooled * (1.0 - pooled) * (1.0 / na + 1.0 / nb)).sqrt();
    if se <= 0.0 || !se.is_finite() {
        return None;
    }
    let z = (x_b as f64 / nb - x_a as f64 / na) / se;
    Some((z, normal_two_sided_p(z)))
}

/// A risk ratio (B relative to A) with a 95% confidence interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RiskRatio {
    /// (x_b/n_b)/(x_a/n_a).
    pub value: f64,
    /// Lower end of the interval.
    pub lo: f64,
    /// Upper end of the interval.
    pub hi: f64,
    /// Whether 0.5 was added to each cell because one was zero.
    pub corrected: bool,
}

/// Risk ratio of B relative to A, (x_b/n_b)/(x_a/n_a), with the log-method interval of Katz et
/// al. (1978): exp(ln RR ± z·√(1/x_b − 1/n_b + 1/x_a − 1/n_a)). When any cell of the 2×2 table
/// (x_a, n_a − x_a, x_b, n_b − x_b) is zero, 0.5 is added to each cell (x + 0.5, n + 1) for
/// the value and the interval. `None` when a sample is empty.
pub fn risk_ratio(x_a: u64, n_a: u64, x_b: u64, n_b: u64, z: f64) -> Option<RiskRatio> {
    if n_a == 0 || n_b == 0 || x_a > n_a || x_b > n_b {
        return None;
    }
    let corrected = x_a == 0 || x_b == 0 || x_a == n_a || x_b == n_b;
    let (k, m) = if corrected { (0.5, 1.0) } else { (0.0, 0.0) };
    let (xa, na) = (x_a as f64 + k, n_a as f64 + m);
    let (xb, nb) = (x_b as f64 + k, n_b as f64 + m);
    let ln = ((xb / nb) / (xa / na)).ln();
    let se = (1.0 / xb - 1.0 / nb + 1.0 / xa - 1.0 / na).max(0.0).sqrt();
    Some(RiskRatio {
        value: ln.exp(),
        lo: (ln - z * se).exp(),
        hi: (ln + z * se).exp(),
        corrected,
    })
}

/// %DIFF (Gabrielatos & Marchi 2011): (normA − normB)·100/normB with norm = a/c, b/d.
/// `None` when normB is zero (undefined) or a size is zero.
pub fn pct_diff(a: u64, b: u64, c: u64, d: u64) -> Option<f64> {
    if c == 0 || d == 0 || b == 0 {
        return None;
    }
    let na = a as f64 / c as f64;
    let nb = b as f64 / d as f64;
    Some((na - nb) * 100.0 / nb)
}

/// Holm (1979) step-down adjusted p-values, in the input order. Sort ascending,
/// adj_(i) = max_{j ≤ i} min(1, (m − j + 1)·p_(j)). Ties keep input order (stable sort).
pub fn holm(p: &[f64]) -> Vec<f64> {
    let m = p.len();
    let mut idx: Vec<usize> = (0..m).collect();
    idx.sort_by(|&i, &j| p[i].total_cmp(&p[j]));
    let mut out = vec![0.0; m];
    let mut running: f64 = 0.0;
    for (rank, &i) in idx.iter().enumerate() {
        let adj = ((m - rank) as f64 * p[i]).min(1.0);
        running = running.max(adj);
        out[i] = running;
    }
    out
}

/// Result of the Cochran–Armitage test for trend.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TrendTest {
    /// The statistic: positive when the proportion rises with the score.
    pub z: f64,
    /// Its two-sided normal p-value.
    pub p: f64,
}

/// Cochran (1954) / Armitage (1955) test for trend in proportions `x[i]/n[i]` with scores
/// 0..k−1: T = Σ t_i (x_i − n_i p̄), Var(T) = p̄(1−p̄)[Σ n_i t_i² − (Σ n_i t_i)²/N],
/// z = T/√Var(T), two-sided normal p (the same statistic as R's `prop.trend.test`, z² = χ²).
/// `None` when there are fewer than two groups or the variance is zero.
pub fn cochran_armitage(x: &[u64], n: &[u64]) -> Option<TrendTest> {
    if x.len() != n.len() || x.iter().zip(n).any(|(a, b)| a > b) {
        return None;
    }
    let xf: Vec<f64> = x.iter().map(|&v| v as f64).collect();
    let nf: Vec<f64> = n.iter().map(|&v| v as f64).collect();
    cochran_armitage_f64(&xf, &nf)
}

/// The conversation-clustered Cochran–Armitage test: the plain test with χ² = z² divided by
/// the pooled design effect d of the periods ([`pooled_design_effect`] over `clusters`, the
/// conversations of each period), i.e. z/√d — the first-order Rao–Scott correction (Rao and
/// Scott 1981, 1984) with a common design effect, as Rao and Scott (1992) suggest for a trend
/// in clustered binary data. d ≥ 1, so it is never more significant than the plain test.
/// `None` when the plain test is undefined or there are no messages in `clusters`.
pub fn cochran_armitage_clustered(
    x: &[u64],
    n: &[u64],
    clusters: &[ClusterSums],
) -> Option<TrendTest> {
    let t = cochran_armitage(x, n)?;
    let d = pooled_design_effect(clusters)?;
    let z = t.z / d.sqrt();
    Some(TrendTest {
        z,
        p: normal_two_sided_p(z),
    })
}

/// [`cochran_armitage`] over (possibly fractional, effective) counts.
fn cochran_armitage_f64(x: &[f64], n: &[f64]) -> Option<TrendTest> {
    if x.len() != n.len() || x.len() < 2 {
        return None;
    }
    let big_n: f64 = n.iter().sum();
    let big_x: f64 = x.iter().sum();
    if big_n <= 0.0 {
        return None;
    }
    let pbar = big_x / big_n;
    let mut t_stat = 0.0;
    let mut s_nt = 0.0;
    let mut s_nt2 = 0.0;
    for (i, (&xi, &ni)) in x.iter().zip(n).enumerate() {
        let t = i as f64;
        t_stat += t * (xi - ni * pbar);
        s_nt += ni * t;
        s_nt2 += ni * t * t;
    }
    let var = pbar * (1.0 - pbar) * (s_nt2 - s_nt * s_nt / big_n);
    if var.is_nan() || var <= 1e-12 {
        return None;
    }
    let z = t_stat / var.sqrt();
    Some(TrendTest {
        z,
        p: normal_two_sided_p(z),
    })
}

/// "increasing" / "decreasing" when p < [`ALPHA`], else "none".
pub fn trend_direction(t: Option<TrendTest>) -> &'static str {
    match t {
        Some(t) if t.p < ALPHA && t.z > 0.0 => "increasing",
        Some(t) if t.p < ALPHA && t.z < 0.0 => "decreasing",
        _ => "none",
    }
}

/// Gries' (2008) DP and Lijffijt & Gries' (2012) DPnorm.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Dispersion {
    /// DP: 0 for an even spread over the parts, towards 1 for one concentrated in few.
    pub dp: f64,
    /// DPnorm: DP scaled to [0, 1].
    pub dp_norm: f64,
}

/// DP = ½ Σ |t_i − w_i| with t_i = freq_i/Σfreq and w_i = size_i/Σsize; DPnorm = DP/(1 − min w_i).
/// Computed exactly in integers as ½ Σ |freq_i·S − size_i·F| / (F·S), so the result does not
/// depend on the order of the parts. `None` when the item never occurs or the sizes sum to
/// zero. With a single part DPnorm is 0.
pub fn gries_dp(freqs: &[u64], sizes: &[u64]) -> Option<Dispersion> {
    if freqs.len() != sizes.len() || freqs.is_empty() {
        return None;
    }
    let f: u128 = freqs.iter().map(|&v| v as u128).sum();
    let s: u128 = sizes.iter().map(|&v| v as u128).sum();
    if f == 0 || s == 0 {
        return None;
    }
    let num: u128 = freqs
        .iter()
        .zip(sizes)
        .map(|(&fi, &si)| (fi as u128 * s).abs_diff(si as u128 * f))
        .sum();
    let min_s = sizes.iter().copied().min().unwrap_or(0) as u128;
    let dp = num as f64 / (2.0 * f as f64 * s as f64);
    let dp_norm = if s > min_s {
        num as f64 / (2.0 * f as f64 * (s - min_s) as f64)
    } else {
        0.0
    };
    Some(Dispersion { dp, dp_norm })
}

/// Collocation measures for co-occurrence frequency `j`, node frequency `f1`, collocate
/// frequency `f2` and corpus size `n` (tokens).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Association {
    /// MI = log2(J·N/(F1·F2)) (Church & Hanks 1990).
    pub mi: f64,
    /// logDice = 14 + log2(2J/(F1+F2)) (Rychlý 2008).
    pub log_dice: f64,
    /// G², 4-cell (Dunning 1993) over [[J, F1−J], [F2−J, N−F1−F2+J]] (cells clamped at 0).
    pub ll: f64,
    /// t = (J − F1·F2/N)/√J.
    pub t_score: f64,
}

/// Association measures; `None` when any of j, f1, f2, n is zero.
pub fn association(j: u64, f1: u64, f2: u64, n: u64) -> Option<Association> {
    if j == 0 || f1 == 0 || f2 == 0 || n == 0 {
        return None;
    }
    let (jf, f1f, f2f, nf) = (j as f64, f1 as f64, f2 as f64, n as f64);
    let mi = (jf * nf / (f1f * f2f)).log2();
    let log_dice = 14.0 + (2.0 * jf / (f1f + f2f)).log2();
    let t_score = (jf - f1f * f2f / nf) / jf.sqrt();
    let o11 = jf;
    let o12 = (f1f - jf).max(0.0);
    let o21 = (f2f - jf).max(0.0);
    let o22 = (nf - f1f - f2f + jf).max(0.0);
    Some(Association {
        mi,
        log_dice,
        ll: g2_2x2([o11, o12, o21, o22]),
        t_score,
    })
}

/// G² over a 2×2 table of observed counts [o11, o12, o21, o22]: 2 Σ O ln(O/E), E from the margins.
pub fn g2_2x2(o: [f64; 4]) -> f64 {
    let r1 = o[0] + o[1];
    let r2 = o[2] + o[3];
    let c1 = o[0] + o[2];
    let c2 = o[1] + o[3];
    let n = r1 + r2;
    if n <= 0.0 {
        return 0.0;
    }
    let e = [r1 * c1 / n, r1 * c2 / n, r2 * c1 / n, r2 * c2 / n];
    let mut s = 0.0;
    for i in 0..4 {
        if o[i] > 0.0 && e[i] > 0.0 {
            s += o[i] * (o[i] / e[i]).ln();
        }
    }
    (2.0 * s).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol * b.abs().max(1.0)
    }

    #[test]
    fn z95_is_the_normal_quantile() {
        // scipy.stats.norm.ppf(0.975) = 1.959963984540054
        let n = Normal::new(0.0, 1.0).unwrap();
        assert!(close(n.inverse_cdf(0.975), Z95, 1e-9));
    }

    #[test]
    fn wilson_12_of_100() {
        // Expected from scipy 1.17 `binomtest(12, 100).proportion_ci(0.95, method="wilson")`
        // ×1000: (69.99406437019489, 198.1209942671142); the closed form in python agrees.
        let (lo, hi) = wilson(12, 100, Z95).unwrap();
        assert!(close(lo * 1000.0, 69.994_064_370_194_89, 1e-10));
        assert!(close(hi * 1000.0, 198.120_994_267_114_2, 1e-10));
        // 0/50: scipy gives (0, 71.34759913335873).
        let (lo, hi) = wilson(0, 50, Z95).unwrap();
        assert_eq!(lo, 0.0);
        assert!(close(hi * 1000.0, 71.347_599_133_358_73, 1e-10));
        assert!(wilson(1, 0, Z95).is_none());
        assert!(wilson(5, 4, Z95).is_none());
    }

    fn sums(clusters: &[(u64, u64)]) -> ClusterSums {
        let mut s = ClusterSums::default();
        for &(m, y) in clusters {
            s.add(m, y);
        }
        s
    }

    #[test]
    fn clustered_interval_widens_when_flags_cluster() {
        // 10 conversations of 20 messages; all 10 flags in one conversation. Expected from
        // python (direct sum k/(k−1)·Σ(yᵢ − p mᵢ)²/n² over p(1−p)/n, then the Wilson closed
        // form with n/deff): deff = 10.526315789473685, interval
        // (0.00856500690026868, 0.24279629474708597); Wilson (0.0273826456, 0.0895781481).
        let mut one: Vec<(u64, u64)> = vec![(20, 10)];
        one.extend(std::iter::repeat_n((20, 0), 9));
        let s = sums(&one);
        assert!(close(
            design_effect(&s).unwrap(),
            10.526_315_789_473_685,
            1e-12
        ));
        let (lo, hi) = clustered_wilson(&s, Z95).unwrap();
        assert!(close(lo, 0.008_565_006_900_268_68, 1e-10), "{lo}");
        assert!(close(hi, 0.242_796_294_747_085_97, 1e-10), "{hi}");
        let (wlo, whi) = wilson(10, 200, Z95).unwrap();
        assert!(lo < wlo && hi > whi);
        // Order of the clusters does not matter (exact integer sums).
        one.reverse();
        assert_eq!(sums(&one), s);
    }

    #[test]
    fn clustered_interval_is_wilson_with_one_message_per_conversation() {
        // 200 conversations of one message, 10 flagged: deff = n/(n − 1) = 1.0050251256281406
        // (python gives the same); the interval (0.02734217847828864, 0.08970223127268265)
        // is within 0.0002 of Wilson's.
        let mut one: Vec<(u64, u64)> = vec![(1, 1); 10];
        one.extend(std::iter::repeat_n((1, 0), 190));
        let s = sums(&one);
        assert!(close(design_effect(&s).unwrap(), 200.0 / 199.0, 1e-12));
        let (lo, hi) = clustered_wilson(&s, Z95).unwrap();
        let (wlo, whi) = wilson(10, 200, Z95).unwrap();
        assert!(close(lo, 0.027_342_178_478_288_64, 1e-10), "{lo}");
        assert!(close(hi, 0.089_702_231_272_682_65, 1e-10), "{hi}");
        assert!((lo - wlo).abs() < 2e-4 && (hi - whi).abs() < 2e-4);
        // Never narrower than Wilson: deff is floored at 1 (an even spread of 2 per 20).
        let even = sums(&[(20, 2); 10]);
        assert_eq!(design_effect(&even), Some(1.0));
        assert_eq!(clustered_wilson(&even, Z95), wilson(20, 200, Z95));
    }

    #[test]
    fn rao_scott_divides_the_test_by_the_design_effect_of_the_difference() {
        // A: all 10 flags in one of 10 conversations of 20 (deff 10.526315789473685);
        // B: 200 one-message conversations, 30 flagged (deff 200/199).
        let mut one: Vec<(u64, u64)> = vec![(20, 10)];
        one.extend(std::iter::repeat_n((20, 0), 9));
        let a = sums(&one);
        let mut many: Vec<(u64, u64)> = vec![(1, 1); 30];
        many.extend(std::iter::repeat_n((1, 0), 170));
        let b = sums(&many);
        // Equal n: d is the plain mean of the two design effects.
        let d = difference_design_effect(&a, &b).unwrap();
        let want = (10.526_315_789_473_685 + 200.0 / 199.0) / 2.0;
        assert!(close(d, want, 1e-12), "{d}");
        let g = log_likelihood(30, 10, 200, 200).unwrap();
        let adj = rao_scott(g, d);
        assert!(close(adj.value, g.value / d, 1e-12));
        assert!(adj.p > g.p, "clustering makes the difference less certain");
        assert!(g.p < 0.01 && adj.p > 0.05, "{} {}", g.p, adj.p);
        // Sign kept; a design effect below 1 never sharpens the test.
        let neg = Signed {
            value: -4.0,
            p: chi2_1_sf(4.0),
        };
        assert_eq!(rao_scott(neg, 0.5), neg);
        assert!(difference_design_effect(&a, &ClusterSums::default()).is_none());
    }

    #[test]
    fn clustered_log_ratio_interval_is_wider_by_the_design_effects() {
        let plain = log_ratio(30, 10, 200, 200, Z95).unwrap();
        assert_eq!(
            log_ratio_deff(30, 10, 200, 200, Z95, (1.0, 1.0)),
            Some(plain)
        );
        let wide = log_ratio_deff(30, 10, 200, 200, Z95, (1.0, 10.0)).unwrap();
        assert_eq!(wide.value, plain.value);
        // SE √(1/30 + 10/10) against √(1/30 + 1/10).
        let ratio = (wide.hi - wide.value) / (plain.hi - plain.value);
        let want = ((1.0 / 30.0 + 1.0) / (1.0 / 30.0 + 0.1_f64)).sqrt();
        assert!(close(ratio, want, 1e-12), "{ratio}");
    }

    #[test]
    fn clustered_interval_worst_case_when_not_estimable() {
        // No flags in 10 conversations of 20: deff = m̄ = 20, so n_eff = 10 conversations.
        let none = sums(&[(20, 0); 10]);
        assert_eq!(design_effect(&none), Some(20.0));
        let (lo, hi) = clustered_wilson(&none, Z95).unwrap();
        assert_eq!(lo, 0.0);
        assert!(close(hi, wilson(0, 10, Z95).unwrap().1, 1e-12));
        // One conversation: as wide as one message.
        let single = sums(&[(50, 5)]);
        assert_eq!(design_effect(&single), Some(50.0));
        assert!(clustered_wilson(&ClusterSums::default(), Z95).is_none());
    }

    #[test]
    fn log_likelihood_worked_example() {
        // a=100, b=50, c=d=10000. By hand: E1=E2=75;
        // G² = 2(100 ln(100/75) + 50 ln(50/75)) = 2(28.768207 − 20.273255) = 16.989904.
        // scipy.stats.power_divergence([100,50],[75,75],lambda_="log-likelihood") gives
        // 16.98990367953973, p = 3.757911819191863e-05 (chi2.sf).
        let ll = log_likelihood(100, 50, 10_000, 10_000).unwrap();
        assert!(close(ll.value, 16.989_903_679_539_73, 1e-12));
        assert!(close(ll.p, 3.757_911_819_191_863e-5, 1e-6));
        // Reversed corpora: same magnitude, negative sign (underuse in corpus 1).
        let rev = log_likelihood(50, 100, 10_000, 10_000).unwrap();
        assert!(close(rev.value, -16.989_903_679_539_73, 1e-12));
        // Zero term contributes 0: a=0, b=10, c=d=100 -> E2=5, G²=2·10·ln 2 = 13.862944.
        let z = log_likelihood(0, 10, 100, 100).unwrap();
        assert!(close(z.value, -20.0 * std::f64::consts::LN_2, 1e-12));
        assert_eq!(log_likelihood(0, 0, 10, 10).unwrap().value, 0.0);
        assert!(log_likelihood(1, 1, 0, 10).is_none());
    }

    #[test]
    fn pearson_chi2_2x2() {
        // scipy.stats.chi2_contingency([[100,9900],[50,9950]], correction=False):
        // statistic 16.79261125104954, p 4.169533567037187e-05.
        let (x2, p) = pearson_chi2(100, 50, 10_000, 10_000).unwrap();
        assert!(close(x2, 16.792_611_251_049_54, 1e-12));
        assert!(close(p, 4.169_533_567_037_187e-5, 1e-6));
        assert!(pearson_chi2(0, 0, 10, 10).is_none());
    }

    #[test]
    fn log_ratio_and_interval() {
        // log2((100/10000)/(50/10000)) = 1 exactly. SE = sqrt(1/100+1/50) = 0.17320508;
        // half-width = 1.959964·0.17320508/ln 2 = 0.48975994 -> (0.51024006, 1.48975994)
        // (python: 0.5102400619322829, 1.4897599380677171).
        let lr = log_ratio(100, 50, 10_000, 10_000, Z95).unwrap();
        assert!(close(lr.value, 1.0, 1e-12));
        assert!(close(lr.lo, 0.510_240_061_932_282_9, 1e-9));
        assert!(close(lr.hi, 1.489_759_938_067_717_1, 1e-9));
        // Zero replaced by 0.5: log2((0.5/1000)/(8/2000)) = log2(1/8) = −3.
        let z = log_ratio(0, 8, 1000, 2000, Z95).unwrap();
        assert!(close(z.value, -3.0, 1e-12));
        // SE = sqrt(1/0.5 + 1/8) = 1.4577379737113252 (python).
        assert!(close(
            (z.hi - z.value) * std::f64::consts::LN_2 / Z95,
            1.457_737_973_711_325_2,
            1e-9
        ));
        assert!(log_ratio(0, 0, 10, 10, Z95).is_none());
    }

    #[test]
    fn pct_diff_example() {
        // normA = 0.01, normB = 0.005: (0.01 − 0.005)·100/0.005 = 100.
        assert!(close(
            pct_diff(100, 50, 10_000, 10_000).unwrap(),
            100.0,
            1e-12
        ));
        // A half as frequent: (0.005 − 0.01)·100/0.01 = −50.
        assert!(close(
            pct_diff(50, 100, 10_000, 10_000).unwrap(),
            -50.0,
            1e-12
        ));
        assert!(pct_diff(3, 0, 10, 10).is_none());
    }

    #[test]
    fn holm_by_hand() {
        // p = [0.01, 0.04, 0.03, 0.005], m = 4. Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03,
        // 0.03·2 = 0.06, 0.04·1 = 0.04 -> monotone max 0.06. Input order: [0.03, 0.06, 0.06, 0.02]
        // (same as statsmodels' multipletests(method="holm")).
        let adj = holm(&[0.01, 0.04, 0.03, 0.005]);
        let want = [0.03, 0.06, 0.06, 0.02];
        for (a, w) in adj.iter().zip(want) {
            assert!(close(*a, w, 1e-12), "{adj:?}");
        }
        assert_eq!(holm(&[0.9, 0.8]), vec![1.0, 1.0]);
        assert!(holm(&[]).is_empty());
    }

    #[test]
    fn cochran_armitage_matches_r_example() {
        // R's ?prop.trend.test example: smokers c(83,90,129,70), patients c(86,93,136,82)
        // -> X-squared = 8.2249, p-value = 0.004132 (R documentation). z² must equal it.
        let t = cochran_armitage(&[83, 90, 129, 70], &[86, 93, 136, 82]).unwrap();
        assert!((t.z * t.z - 8.2249).abs() < 1e-4);
        assert!((t.p - 0.004132).abs() < 1e-6);
        assert!(t.z < 0.0);
        // 15/100, 10/100, 5/100 by hand: p̄ = 0.1, T = 0·6 + 1·0 + 2·(−5) = −10,
        // Var = 0.09·(500 − 300²/300) = 18 -> z = −10/√18 = −2.3570226; p = 0.0184221.
        let t = cochran_armitage(&[15, 10, 5], &[100, 100, 100]).unwrap();
        assert!(close(t.z, -2.357_022_603_955_158, 1e-12));
        assert!(close(t.p, 0.018_422_125_454_099_027, 1e-6));
        assert_eq!(trend_direction(Some(t)), "decreasing");
        assert!(cochran_armitage(&[0, 0], &[10, 10]).is_none());
        assert!(cochran_armitage(&[1], &[10]).is_none());
        assert_eq!(trend_direction(None), "none");
    }

    #[test]
    fn clustered_trend_divides_chi_square_by_the_pooled_design_effect() {
        // Period 1: 3 of 20 conversations of 10 have one flag each; period 2: one conversation
        // has all 10 of its messages flagged and another 2. By hand (and python):
        // period 1: p = 0.015, Σ(y − pm)² = 3·0.85² + 17·0.15² = 2.55, ×20/19, over
        // n p(1 − p) = 2.955; period 2: p = 0.06, Σ = 9.4² + 1.4² + 18·0.6² = 96.8, ×20/19,
        // over 11.28; pooled d = (2.55 + 96.8)·(20/19)/(2.955 + 11.28) = 7.346606769822342.
        let mut p1: Vec<(u64, u64)> = vec![(10, 1); 3];
        p1.extend(std::iter::repeat_n((10, 0), 17));
        let mut p2: Vec<(u64, u64)> = vec![(10, 10), (10, 2)];
        p2.extend(std::iter::repeat_n((10, 0), 18));
        let periods = [sums(&p1), sums(&p2)];
        let d = pooled_design_effect(&periods).unwrap();
        let want = (2.55 + 96.8) * (20.0 / 19.0) / (2.955 + 11.28);
        assert!(close(d, want, 1e-12), "{d} {want}");
        // One sample: its own design effect.
        let one = pooled_design_effect(&periods[1..2]).unwrap();
        assert!(close(one, design_effect(&periods[1]).unwrap(), 1e-12));
        let plain = cochran_armitage(&[3, 12], &[200, 200]).unwrap();
        let c = cochran_armitage_clustered(&[3, 12], &[200, 200], &periods).unwrap();
        assert!(close(c.z, plain.z / want.sqrt(), 1e-12), "{c:?}");
        assert!(plain.p < 0.05 && c.p > 0.05, "{plain:?} {c:?}");
        // Flags spread evenly: d is floored at 1 and the clustered test is the plain one.
        let even = [sums(&[(10, 1); 20]), sums(&[(10, 1); 20])];
        assert_eq!(pooled_design_effect(&even), Some(1.0));
        // Not estimable in any period (no flags): the worst case m̄ = 10.
        assert_eq!(pooled_design_effect(&[sums(&[(10, 0); 4])]), Some(10.0));
        assert!(pooled_design_effect(&[]).is_none());
        assert!(cochran_armitage_clustered(&[3, 12], &[200, 200], &[]).is_none());
    }

    #[test]
    fn dp_worked_example() {
        // Five parts of sizes 9,10,10,10,11 (w = .18,.2,.2,.2,.22) and frequencies 1..5
        // (t = 1/15..5/15): ½(|.0667−.18|+|.1333−.2|+|.2−.2|+|.2667−.2|+|.3333−.22|) = 0.18;
        // DPnorm = 0.18/(1−0.18) = 0.2195122 (hand + python). This is Gries' (2008) example as
        // we recall it; the arithmetic here is our own.
        let d = gries_dp(&[1, 2, 3, 4, 5], &[9, 10, 10, 10, 11]).unwrap();
        assert!(close(d.dp, 0.18, 1e-12));
        assert!(close(d.dp_norm, 0.219_512_195_121_951_2, 1e-12));
        // All in one of five equal parts: DP = ½(0.8 + 4·0.2) = 0.8; DPnorm = 0.8/0.8 = 1.
        let d = gries_dp(&[2, 0, 0, 0, 0], &[10; 5]).unwrap();
        assert!(close(d.dp, 0.8, 1e-12));
        assert!(close(d.dp_norm, 1.0, 1e-12));
        assert!(gries_dp(&[0, 0], &[1, 1]).is_none());
    }

    #[test]
    fn association_measures() {
        // J=10, F1=50, F2=40, N=10000 (python math):
        // MI = log2(10·10000/2000) = log2(50) = 5.643856189774724;
        // logDice = 14 + log2(20/90) = 11.830074998557688;
        // t = (10 − 0.2)/√10 = 3.0990321069650117;
        // LL (4-cell) = scipy chi2_contingency([[10,40],[30,9920]], correction=False,
        //   lambda_="log-likelihood").statistic = 63.35913371010133.
        let a = association(10, 50, 40, 10_000).unwrap();
        assert!(close(a.mi, 5.643_856_189_774_724, 1e-12));
        assert!(close(a.log_dice, 11.830_074_998_557_688, 1e-12));
        assert!(close(a.t_score, 3.099_032_106_965_011_7, 1e-12));
        assert!(close(a.ll, 63.359_133_710_101_33, 1e-9));
        // logDice maximum is 14 (J = F1 = F2).
        assert!(close(
            association(5, 5, 5, 100).unwrap().log_dice,
            14.0,
            1e-12
        ));
        assert!(association(0, 5, 5, 100).is_none());
    }
}
