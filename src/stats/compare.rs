//! Change and comparison: two sub-corpora compared per category, and trend across periods.
//!
//! One sign convention everywhere: every comparison measure is **B relative to A** (positive
//! when B has the higher rate), and when the samples are periods A is the earlier and B the
//! later (`--between` orders its ranges so; the report's "Change" section does the same), so a
//! positive Log Ratio always means the rate went up.
//!
//! Messages of one conversation are not independent draws, so beside the usual G² and Log
//! Ratio interval [`add_clustered`] gives conversation-clustered versions (first-order
//! Rao–Scott correction; design-effect-widened interval).

use super::measures::{
    cochran_armitage, cochran_armitage_clustered, design_effect, difference_design_effect, holm,
    log_likelihood, log_ratio, log_ratio_deff, pct_diff, pearson_chi2, rao_scott, trend_direction,
    ClusterSums, Signed, TrendTest, Z95,
};
use super::partial::{categories_with, group_by_label, group_label, Counts, Dim, Partial};
use super::period::{timestamp_date, Period, UNKNOWN};
use crate::error::{Context, Result};
use crate::model::Annotation;
use crate::{bail, err};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// Selects a sub-corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// `field=value`: messages whose meta field equals value (or, when a message has no meta
    /// field of that name, whose record field `conversation`, `corpus` or `speaker` does).
    Meta {
        /// The field name.
        field: String,
        /// The value it must equal.
        value: String,
    },
    /// `FROM..TO` (inclusive dates, either end may be omitted): messages whose timestamp's
    /// local date lies in the range. Messages without a timestamp never match.
    Range {
        /// The first date, if bounded below.
        from: Option<NaiveDate>,
        /// The last date, if bounded above.
        to: Option<NaiveDate>,
    },
}

impl Selector {
    /// Parse `2024-09-01..2025-08-31`, `..2025-01-01`, `2025-01-01..` or `platform=chat`.
    pub fn parse(s: &str) -> Result<Selector> {
        let s = s.trim();
        if let Some((a, b)) = s.split_once("..") {
            let date = |x: &str| -> Result<Option<NaiveDate>> {
                let x = x.trim();
                if x.is_empty() {
                    return Ok(None);
                }
                NaiveDate::parse_from_str(x, "%Y-%m-%d")
                    .map(Some)
                    .map_err(|_| err!("{x:?} in {s:?} is not a YYYY-MM-DD date"))
            };
            let (from, to) = (date(a)?, date(b)?);
            if from.is_none() && to.is_none() {
                bail!("range {s:?} has no start and no end");
            }
            if let (Some(f), Some(t)) = (from, to) {
                if f > t {
                    bail!("range {s:?} ends before it starts");
                }
            }
            return Ok(Selector::Range { from, to });
        }
        if let Some((f, v)) = s.split_once('=') {
            if f.trim().is_empty() {
                bail!("selector {s:?} has no field name");
            }
            return Ok(Selector::Meta {
                field: f.trim().to_string(),
                value: v.trim().to_string(),
            });
        }
        bail!("selector {s:?}: expected FIELD=VALUE or YYYY-MM-DD..YYYY-MM-DD")
    }

    /// The two selections of a comparison: `compare` is `FIELD=A,B`, `between` two ranges
    /// (`FROM..TO`), returned earlier first (by start, then end; an open start is earliest)
    /// whatever order they were given in, so B is the later range; neither gives `None`, both
    /// is an error.
    pub fn pair(
        compare: Option<&str>,
        between: Option<&[String]>,
    ) -> Result<Option<(Selector, Selector)>> {
        Ok(match (compare, between) {
            (Some(_), Some(_)) => bail!("use --compare or --between, not both"),
            (Some(c), None) => {
                let split = c
                    .split_once('=')
                    .and_then(|(field, vals)| vals.split_once(',').map(|(x, y)| (field, x, y)));
                let Some((field, x, y)) = split else {
                    bail!("--compare takes FIELD=A,B");
                };
                Some((
                    Selector::parse(&format!("{field}={x}"))?,
                    Selector::parse(&format!("{field}={y}"))?,
                ))
            }
            (None, Some([a, b])) => {
                let (a, b) = (Selector::parse(a)?, Selector::parse(b)?);
                if b.range_key() < a.range_key() {
                    Some((b, a))
                } else {
                    Some((a, b))
                }
            }
            (None, Some(r)) => bail!("--between takes two ranges, got {}", r.len()),
            (None, None) => None,
        })
    }

    /// The chronological sort key of a range (start, then end; open ends sort outermost);
    /// `None` for a field selector.
    fn range_key(&self) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            Selector::Range { from, to } => {
                Some((from.unwrap_or(NaiveDate::MIN), to.unwrap_or(NaiveDate::MAX)))
            }
            Selector::Meta { .. } => None,
        }
    }

    /// A short label for output (`platform=chat`, `2024-09-01..2025-08-31`).
    pub fn label(&self) -> String {
        match self {
            Selector::Meta { field, value } => format!("{field}={value}"),
            Selector::Range { from, to } => format!(
                "{}..{}",
                from.map(|d| d.to_string()).unwrap_or_default(),
                to.map(|d| d.to_string()).unwrap_or_default()
            ),
        }
    }

    /// Whether an annotation belongs to the selection (fails on an unparseable timestamp).
    pub fn matches(&self, a: &Annotation) -> Result<bool> {
        Ok(match self {
            Selector::Meta { field, value } => {
                super::names::field_value(a, field) == Some(value.as_str())
            }
            Selector::Range { from, to } => match a.timestamp.as_deref() {
                None => false,
                Some(t) if t.trim().is_empty() => false,
                Some(t) => {
                    let d =
                        timestamp_date(t).with_context(|| format!("message {}", a.message_id))?;
                    from.is_none_or(|f| d >= f) && to.is_none_or(|e| d <= e)
                }
            },
        })
    }
}

/// What a comparison counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// a, b = flagged messages; c, d = messages; norms per 1,000 messages.
    Messages,
    /// a, b = hits (spans); c, d = tokens; norms per 10,000 tokens.
    Tokens,
}

impl Basis {
    /// The name: `messages` or `tokens`.
    pub fn name(self) -> &'static str {
        match self {
            Basis::Messages => "messages",
            Basis::Tokens => "tokens",
        }
    }
    fn per(self) -> f64 {
        match self {
            Basis::Messages => 1_000.0,
            Basis::Tokens => 10_000.0,
        }
    }
}

/// How [`compare`] compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareOptions {
    /// What is counted: flagged messages or spans per token [default: messages].
    pub basis: Basis,
    /// Add Holm-adjusted LL p-values across the categories compared.
    pub holm: bool,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions {
            basis: Basis::Messages,
            holm: false,
        }
    }
}

/// One category compared between A and B: every signed measure is B relative to A (see the
/// module docs). `None` fields are undefined (see the measure docs). Serialised with the
/// names of compare.csv's columns (`ll_b_vs_a`, `log_ratio_b_vs_a`, ...; see
/// `render::COMPARE_COLUMNS`), which is what the Python package shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompareRow {
    /// The name of sample A (its selector).
    pub sample_a: String,
    /// The name of sample B.
    pub sample_b: String,
    /// The category id.
    pub category: String,
    /// [`Basis::name`].
    pub basis: &'static str,
    /// A's frequency: flagged messages (or spans).
    pub a: u64,
    /// B's frequency.
    pub b: u64,
    /// A's size: messages (or tokens).
    pub c: u64,
    /// B's size.
    pub d: u64,
    /// a/c and b/d per 1,000 messages (or per 10,000 tokens).
    pub norm_a: Option<f64>,
    /// b/d, normalised as `norm_a`.
    pub norm_b: Option<f64>,
    /// Signed 2-term G²: + when B has the higher rate (`ll_b_vs_a` in compare.csv).
    #[serde(rename = "ll_b_vs_a")]
    pub ll: Option<f64>,
    /// The χ²(1) p-value of `ll`.
    pub ll_p: Option<f64>,
    /// Holm-adjusted `ll_p` (only with `CompareOptions::holm`).
    pub ll_p_holm: Option<f64>,
    /// Pearson χ² of the 2×2 table (no continuity correction).
    pub chi2: Option<f64>,
    /// Its p-value.
    pub chi2_p: Option<f64>,
    /// Log Ratio log2(norm_b / norm_a): + when B has the higher rate (`log_ratio_b_vs_a`).
    #[serde(rename = "log_ratio_b_vs_a")]
    pub log_ratio: Option<f64>,
    /// Lower end of its 95% confidence interval.
    #[serde(rename = "log_ratio_b_vs_a_lo")]
    pub log_ratio_lo: Option<f64>,
    /// Upper end of its 95% confidence interval.
    #[serde(rename = "log_ratio_b_vs_a_hi")]
    pub log_ratio_hi: Option<f64>,
    /// %DIFF of B relative to A: (norm_b − norm_a)·100/norm_a (`pct_diff_b_vs_a`).
    #[serde(rename = "pct_diff_b_vs_a")]
    pub pct_diff: Option<f64>,
    /// A's conversation design effect for the category ([`design_effect`]); set by
    /// [`add_clustered`] (basis messages only), else `None`.
    pub design_effect_a: Option<f64>,
    /// B's conversation design effect.
    pub design_effect_b: Option<f64>,
    /// `ll` with the first-order Rao–Scott correction for conversation clustering: G²/d with
    /// d the design effect of the difference ([`difference_design_effect`]).
    #[serde(rename = "ll_b_vs_a_clustered")]
    pub ll_clustered: Option<f64>,
    /// The χ²(1) p-value of `ll_clustered`.
    pub ll_p_clustered: Option<f64>,
    /// The Log Ratio interval with each sample's variance multiplied by its design effect.
    #[serde(rename = "log_ratio_b_vs_a_lo_clustered")]
    pub log_ratio_lo_clustered: Option<f64>,
    /// Upper end of the clustered Log Ratio interval.
    #[serde(rename = "log_ratio_b_vs_a_hi_clustered")]
    pub log_ratio_hi_clustered: Option<f64>,
}

/// B relative to A for every reported category (for periods, A the earlier, B the later).
pub fn compare(
    sample_a: &str,
    a: &Counts,
    sample_b: &str,
    b: &Counts,
    opts: &CompareOptions,
) -> Vec<CompareRow> {
    compare_declared(sample_a, a, sample_b, b, opts, std::iter::empty())
}

/// [`compare`], with a row also for each `declared` category (the categories of the lexicon in
/// use, [`Partial::lexicon_categories`]) even when neither sample has a flag for it.
pub fn compare_declared<'d>(
    sample_a: &str,
    a: &Counts,
    sample_b: &str,
    b: &Counts,
    opts: &CompareOptions,
    declared: impl IntoIterator<Item = &'d str>,
) -> Vec<CompareRow> {
    let (c, d) = match opts.basis {
        Basis::Messages => (a.messages, b.messages),
        Basis::Tokens => (a.tokens, b.tokens),
    };
    let per = opts.basis.per();
    let declared: Vec<String> = declared.into_iter().map(str::to_string).collect();
    let ids = (a.category_ids().chain(b.category_ids())).chain(declared.iter().map(String::as_str));
    let mut rows: Vec<CompareRow> = categories_with(ids)
        .into_iter()
        .map(|cat| {
            let (fa, fb) = match opts.basis {
                Basis::Messages => (a.flagged(&cat), b.flagged(&cat)),
                Basis::Tokens => (a.hits(&cat), b.hits(&cat)),
            };
            // B relative to A: the formulas take the sample of interest (B) first.
            let ll = log_likelihood(fb, fa, d, c);
            let x2 = pearson_chi2(fa, fb, c, d);
            let lr = log_ratio(fb, fa, d, c, Z95);
            CompareRow {
                sample_a: sample_a.to_string(),
                sample_b: sample_b.to_string(),
                category: cat.clone(),
                basis: opts.basis.name(),
                a: fa,
                b: fb,
                c,
                d,
                norm_a: (c > 0).then(|| fa as f64 * per / c as f64),
                norm_b: (d > 0).then(|| fb as f64 * per / d as f64),
                ll: ll.map(|x| x.value),
                ll_p: ll.map(|x| x.p),
                ll_p_holm: None,
                chi2: x2.map(|x| x.0),
                chi2_p: x2.map(|x| x.1),
                log_ratio: lr.map(|x| x.value),
                log_ratio_lo: lr.map(|x| x.lo),
                log_ratio_hi: lr.map(|x| x.hi),
                pct_diff: pct_diff(fb, fa, d, c),
                design_effect_a: None,
                design_effect_b: None,
                ll_clustered: None,
                ll_p_clustered: None,
                log_ratio_lo_clustered: None,
                log_ratio_hi_clustered: None,
            }
        })
        .collect();
    if opts.holm {
        let idx: Vec<usize> = (0..rows.len())
            .filter(|&i| rows[i].ll_p.is_some())
            .collect();
        let ps: Vec<f64> = idx.iter().filter_map(|&i| rows[i].ll_p).collect();
        for (i, adj) in idx.into_iter().zip(holm(&ps)) {
            rows[i].ll_p_holm = Some(adj);
        }
    }
    rows
}

/// Fill the conversation-clustered measures of `rows` (from [`compare`] on basis messages)
/// from the per-conversation counts of sample A and of sample B: each sample's design effect,
/// the Rao–Scott-corrected G² and its p-value, and the Log Ratio interval widened by the
/// design effects (Kish 1965; Rao and Scott 1984). Rows on basis tokens are left alone
/// (token hits have no conversation design effect here).
pub fn add_clustered<'a>(
    rows: &mut [CompareRow],
    a: impl IntoIterator<Item = &'a Counts> + Clone,
    b: impl IntoIterator<Item = &'a Counts> + Clone,
) {
    let sums = |convs: &mut dyn Iterator<Item = &'a Counts>, cat: &str| {
        let mut s = ClusterSums::default();
        for c in convs {
            s.add(c.messages, c.flagged(cat));
        }
        s
    };
    for r in rows
        .iter_mut()
        .filter(|r| r.basis == Basis::Messages.name())
    {
        let sa = sums(&mut a.clone().into_iter(), &r.category);
        let sb = sums(&mut b.clone().into_iter(), &r.category);
        let (da, db) = (design_effect(&sa), design_effect(&sb));
        r.design_effect_a = da;
        r.design_effect_b = db;
        let adj = match (difference_design_effect(&sa, &sb), r.ll, r.ll_p) {
            (Some(d), Some(value), Some(p)) => Some(rao_scott(Signed { value, p }, d)),
            _ => None,
        };
        r.ll_clustered = adj.map(|x| x.value);
        r.ll_p_clustered = adj.map(|x| x.p);
        let lr = match (da, db) {
            // B relative to A: B's sample first, as in `compare`.
            (Some(da), Some(db)) => log_ratio_deff(r.b, r.a, r.d, r.c, Z95, (db, da)),
            _ => None,
        };
        r.log_ratio_lo_clustered = lr.map(|x| x.lo);
        r.log_ratio_hi_clustered = lr.map(|x| x.hi);
    }
}

/// A Cochran–Armitage trend for one group and category across ordered periods.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendRow {
    /// The non-period dimensions (`all` when the period is the only one).
    pub group_by: String,
    /// The group (`all` when the period is the only dimension).
    pub group: String,
    /// The group's value for each non-period dimension (empty when the period is the only one).
    pub key: Vec<String>,
    /// The category id.
    pub category: String,
    /// `week`, `month`, `year`, `school-year` or `term`.
    pub period: &'static str,
    /// Number of periods from first to last inclusive (gaps filled with empty periods).
    pub periods: usize,
    /// The label of the first period.
    pub first: String,
    /// The label of the last period.
    pub last: String,
    /// Messages over all the periods.
    pub messages: u64,
    /// Flagged messages over all the periods.
    pub flagged: u64,
    /// The Cochran–Armitage statistic (`None` when undefined).
    pub z: Option<f64>,
    /// Its two-sided p-value.
    pub p: Option<f64>,
    /// `increasing`, `decreasing` or `none` (two-sided p < 0.05).
    pub direction: &'static str,
    /// The conversation-clustered statistic: z divided by the square root of the pooled design
    /// effect of the periods over their conversations ([`cochran_armitage_clustered`]; never
    /// further from 0 than `z`); `None` when undefined or when the per-conversation counts of
    /// a period are missing.
    pub z_clustered: Option<f64>,
    /// Its two-sided p-value.
    pub p_clustered: Option<f64>,
    /// The direction by the clustered test.
    pub direction_clustered: &'static str,
}

/// Trend test per category over one ordered series of (period label, counts); scores are
/// 0..k−1 in the given order.
pub fn trend_series(
    series: &[(String, Counts)],
) -> Vec<(String, Option<super::measures::TrendTest>)> {
    trend_series_declared(series, &[], std::iter::empty())
        .into_iter()
        .map(|(c, t, _)| (c, t))
        .collect()
}

/// The plain and the conversation-clustered trend test per category (the categories seen and
/// the `declared` ones, see [`compare_declared`]). `clusters[i]` holds the per-conversation
/// counts of period i; when they do not add up to the period's messages (or are not given),
/// the clustered test is `None`.
fn trend_series_declared<'d>(
    series: &[(String, Counts)],
    clusters: &[Vec<&Counts>],
    declared: impl IntoIterator<Item = &'d str>,
) -> Vec<(String, Option<TrendTest>, Option<TrendTest>)> {
    let n: Vec<u64> = series.iter().map(|(_, c)| c.messages).collect();
    let complete = clusters.len() == series.len()
        && clusters
            .iter()
            .zip(&n)
            .all(|(cl, &m)| cl.iter().map(|c| c.messages).sum::<u64>() == m);
    let declared: Vec<String> = declared.into_iter().map(str::to_string).collect();
    let ids = series.iter().flat_map(|(_, c)| c.category_ids());
    categories_with(ids.chain(declared.iter().map(String::as_str)))
        .into_iter()
        .map(|cat| {
            let x: Vec<u64> = series.iter().map(|(_, c)| c.flagged(&cat)).collect();
            let t = cochran_armitage(&x, &n);
            let tc = complete
                .then(|| period_sums(clusters, &cat))
                .and_then(|s| cochran_armitage_clustered(&x, &n, &s));
            (cat, t, tc)
        })
        .collect()
}

/// Each period's cluster sums for `cat` over its conversations.
fn period_sums(clusters: &[Vec<&Counts>], cat: &str) -> Vec<ClusterSums> {
    clusters
        .iter()
        .map(|convs| {
            let mut s = ClusterSums::default();
            for c in convs {
                s.add(c.messages, c.flagged(cat));
            }
            s
        })
        .collect()
}

/// Trend across the period dimension of `p` (which must have exactly one), separately for
/// each combination of the other dimensions. The `unknown` period is left out; periods
/// between the first and last observed one that have no messages are filled in as empty, so
/// scores 0..k−1 are equally spaced in time.
pub fn trend(p: &Partial) -> Result<Vec<TrendRow>> {
    let pos: Vec<usize> = (0..p.dims.len())
        .filter(|&i| matches!(p.dims[i], Dim::Period(_)))
        .collect();
    let (pi, period) = match pos.as_slice() {
        [i] => match p.dims[*i] {
            Dim::Period(per) => (*i, per),
            _ => unreachable!("filtered to period dims"),
        },
        [] => bail!("trend needs a period grouping (week, month, year, school-year or term)"),
        _ => bail!("trend needs exactly one period grouping"),
    };
    let others: Vec<Dim> = p
        .dims
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != pi)
        .map(|(_, d)| d.clone())
        .collect();
    let mut by_group: BTreeMap<Vec<String>, BTreeMap<String, Counts>> = BTreeMap::new();
    for (key, c) in &p.groups {
        let label = &key[pi];
        if label == UNKNOWN {
            continue;
        }
        let rest: Vec<String> = key
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != pi)
            .map(|(_, v)| v.clone())
            .collect();
        by_group
            .entry(rest)
            .or_default()
            .entry(label.clone())
            .or_default()
            .merge(c);
    }
    let mut out = Vec::new();
    for (rest, periods) in by_group {
        let series = fill_periods(period, &periods)?;
        let messages: u64 = series.iter().map(|(_, c)| c.messages).sum();
        let (first, last) = match (series.first(), series.last()) {
            (Some(f), Some(l)) => (f.0.clone(), l.0.clone()),
            _ => continue,
        };
        let declared = p.lexicon_categories.iter().map(String::as_str);
        let clusters: Vec<Vec<&Counts>> = series
            .iter()
            .map(|(label, _)| {
                let mut key = rest.clone();
                key.insert(pi, label.clone());
                p.clusters(&key).collect()
            })
            .collect();
        for (cat, t, tc) in trend_series_declared(&series, &clusters, declared) {
            let flagged = series.iter().map(|(_, c)| c.flagged(&cat)).sum();
            out.push(TrendRow {
                group_by: group_by_label(&others),
                group: group_label(&rest),
                key: rest.clone(),
                category: cat,
                period: period.name(),
                periods: series.len(),
                first: first.clone(),
                last: last.clone(),
                messages,
                flagged,
                z: t.map(|t| t.z),
                p: t.map(|t| t.p),
                direction: trend_direction(t),
                z_clustered: tc.map(|t| t.z),
                p_clustered: tc.map(|t| t.p),
                direction_clustered: trend_direction(tc),
            });
        }
    }
    Ok(out)
}

/// Limit on filled periods, so a stray timestamp cannot make a series of millions.
const MAX_PERIODS: usize = 100_000;

fn fill_periods(
    period: Period,
    observed: &BTreeMap<String, Counts>,
) -> Result<Vec<(String, Counts)>> {
    let (Some(first), Some(last)) = (observed.keys().next(), observed.keys().next_back()) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    let mut cur = first.clone();
    loop {
        out.push((cur.clone(), observed.get(&cur).cloned().unwrap_or_default()));
        if &cur >= last {
            break;
        }
        if out.len() > MAX_PERIODS {
            bail!(
                "more than {MAX_PERIODS} {}s between {first} and {last}",
                period.name()
            );
        }
        cur = period
            .successor(&cur)
            .ok_or_else(|| err!("{cur:?} is not a {} label", period.name()))?;
    }
    if out.iter().filter(|(_, c)| c.messages > 0).count()
        != observed.values().filter(|c| c.messages > 0).count()
    {
        bail!("period labels of {} are not in sequence", period.name());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::measures::pooled_design_effect;
    use crate::stats::partial::tests::ann;

    #[test]
    fn selector_pair_reads_compare_and_between() {
        let (a, b) = Selector::pair(Some("platform=chat,game"), None)
            .unwrap()
            .unwrap();
        assert_eq!(
            (a.label(), b.label()),
            ("platform=chat".into(), "platform=game".into())
        );
        let r = [
            "2024-01-01..2024-06-30".to_string(),
            "2024-07-01..".to_string(),
        ];
        let (a, b) = Selector::pair(None, Some(&r)).unwrap().unwrap();
        assert!(matches!(a, Selector::Range { .. }) && matches!(b, Selector::Range { .. }));
        // The later range given first: A is still the earlier, B the later.
        let swapped = [r[1].clone(), r[0].clone()];
        let (a2, b2) = Selector::pair(None, Some(&swapped)).unwrap().unwrap();
        assert_eq!((&a2, &b2), (&a, &b));
        assert_eq!(b.label(), "2024-07-01..");
        assert!(Selector::pair(None, None).unwrap().is_none());
        for bad in ["platform", "platform=chat"] {
            let e = Selector::pair(Some(bad), None).unwrap_err().to_string();
            assert!(e.contains("FIELD=A,B"), "{e}");
        }
        assert!(Selector::pair(Some("platform=a,b"), Some(&r)).is_err());
        assert!(Selector::pair(None, Some(&r[..1])).is_err());
    }

    /// `n` messages in `year` of which `k` are flagged coercive.threat.
    fn year(out: &mut Vec<Annotation>, year: i32, platform: &str, n: usize, k: usize) {
        for i in 0..n {
            let labels: &[&str] = if i < k { &["coercive.threat"] } else { &[] };
            let ts = format!("{year}-03-{:02}T12:00:00Z", 1 + i % 28);
            out.push(ann(
                &format!("{platform}{year}-{i}"),
                &format!("c{}", i % 25),
                &format!("s{}", i % 40),
                Some(&ts),
                &[("platform", platform)],
                labels,
                8,
            ));
        }
    }

    fn sample(anns: &[Annotation], sel: &Selector) -> Counts {
        let keep: Vec<&Annotation> = anns.iter().filter(|a| sel.matches(a).unwrap()).collect();
        Partial::from_annotations(vec![], keep).unwrap().total
    }

    #[test]
    fn selectors() {
        let r = Selector::parse("2024-09-01..2025-08-31").unwrap();
        assert_eq!(r.label(), "2024-09-01..2025-08-31");
        let a = ann(
            "m",
            "c",
            "s",
            Some("2025-08-31T23:59:00+01:00"),
            &[("platform", "chat")],
            &[],
            1,
        );
        assert!(r.matches(&a).unwrap());
        let none = ann("m", "c", "s", None, &[], &[], 1);
        assert!(!r.matches(&none).unwrap());
        let open = Selector::parse("2025-09-01..").unwrap();
        assert!(!open.matches(&a).unwrap());
        let m = Selector::parse("platform=chat").unwrap();
        assert!(m.matches(&a).unwrap());
        assert!(!m.matches(&none).unwrap());
        assert!(Selector::parse("..").is_err());
        assert!(Selector::parse("2025-02-30..").is_err());
        assert!(Selector::parse("2025-01-02..2025-01-01").is_err());
        assert!(Selector::parse("platform").is_err());
    }

    #[test]
    fn sharp_fall_is_significant_and_decreasing() {
        // coercive.threat: 60/500 in 2024, 10/500 in 2025.
        let mut anns = Vec::new();
        year(&mut anns, 2024, "chat", 500, 60);
        year(&mut anns, 2025, "chat", 500, 10);
        let a = sample(&anns, &Selector::parse("2025-01-01..2025-12-31").unwrap());
        let b = sample(&anns, &Selector::parse("2024-01-01..2024-12-31").unwrap());
        // A = the earlier year, B = the later; measures are B relative to A.
        let rows = compare(
            "2024",
            &b,
            "2025",
            &a,
            &CompareOptions {
                basis: Basis::Messages,
                holm: true,
            },
        );
        let r = rows
            .iter()
            .find(|r| r.category == "coercive.threat")
            .unwrap();
        assert_eq!((r.a, r.b, r.c, r.d), (60, 10, 500, 500));
        // python (math + scipy.stats.chi2.sf): G² = 39.62432071801507, p = 3.078258191675823e-10.
        assert!(
            (r.ll.unwrap() + 39.624_320_718_015_07).abs() < 1e-9,
            "{r:?}"
        );
        assert!((r.ll_p.unwrap() - 3.078_258_191_675_823e-10).abs() < 1e-15);
        // log2(10/60) = −2.584962500721156; %DIFF = (0.02 − 0.12)·100/0.12 = −83.333…
        assert!((r.log_ratio.unwrap() + 2.584_962_500_721_156).abs() < 1e-12);
        assert!((r.pct_diff.unwrap() + 83.333_333_333_333_33).abs() < 1e-9);
        assert!(r.log_ratio_hi.unwrap() < 0.0);
        assert!(r.ll_p_holm.unwrap() < 0.05);
        // The top level moves with its only flagged child.
        let top = rows.iter().find(|r| r.category == "coercive").unwrap();
        assert_eq!(top.ll, r.ll);
        // Unflagged categories: G² 0, p 1, LR and %DIFF undefined, Holm p 1.
        let s = rows.iter().find(|r| r.category == "sexualised").unwrap();
        assert_eq!(
            (s.ll, s.ll_p, s.log_ratio, s.pct_diff),
            (Some(0.0), Some(1.0), None, None)
        );
        assert_eq!(s.ll_p_holm, Some(1.0));

        let p = Partial::from_annotations(vec![Dim::Period(Period::Year)], &anns).unwrap();
        let t = trend(&p).unwrap();
        let r = t.iter().find(|r| r.category == "coercive.threat").unwrap();
        // Two periods: CA z² equals Pearson χ² of the 2×2 table; python: z = −6.196971660197944.
        assert_eq!(
            (r.periods, r.first.as_str(), r.last.as_str()),
            (2, "2024", "2025")
        );
        assert!((r.z.unwrap() + 6.196_971_660_197_944).abs() < 1e-9);
        assert_eq!(r.direction, "decreasing");
        let chi = rows
            .iter()
            .find(|r| r.category == "coercive.threat")
            .unwrap()
            .chi2
            .unwrap();
        assert!((r.z.unwrap().powi(2) - chi).abs() < 1e-9);
    }

    #[test]
    fn clustered_comparison_is_never_sharper_and_leaves_tokens_alone() {
        // Ten conversations of 10 messages each side; B's 10 flags all in one conversation.
        let mut a_convs = Vec::new();
        let mut b_convs = Vec::new();
        for k in 0..10 {
            let mut x = Counts {
                messages: 10,
                tokens: 40,
                ..Counts::default()
            };
            x.flagged.insert("coercive".into(), 1);
            a_convs.push(x);
            let mut y = Counts {
                messages: 10,
                tokens: 40,
                ..Counts::default()
            };
            if k == 0 {
                y.flagged.insert("coercive".into(), 10);
            }
            b_convs.push(y);
        }
        let total = |v: &[Counts]| {
            let mut t = Counts::default();
            for c in v {
                t.merge(c);
            }
            t
        };
        let (ta, tb) = (total(&a_convs), total(&b_convs));
        let mut rows = compare("A", &ta, "B", &tb, &CompareOptions::default());
        add_clustered(&mut rows, a_convs.iter(), b_convs.iter());
        let r = rows.iter().find(|r| r.category == "coercive").unwrap();
        // A's flags are spread evenly (deff 1); B's sit in one conversation.
        assert_eq!(r.design_effect_a, Some(1.0));
        assert!(r.design_effect_b.unwrap() > 5.0);
        assert_eq!(r.ll, Some(0.0));
        assert_eq!(r.ll_clustered, Some(0.0));
        assert!(r.ll_p_clustered.unwrap() >= r.ll_p.unwrap());
        // Every row: the clustered p is never below the plain one.
        for r in rows.iter().filter(|r| r.ll_p.is_some()) {
            assert!(
                r.ll_p_clustered.unwrap() >= r.ll_p.unwrap() - 1e-15,
                "{}",
                r.category
            );
        }
        let mut tok = compare(
            "A",
            &ta,
            "B",
            &tb,
            &CompareOptions {
                basis: Basis::Tokens,
                holm: false,
            },
        );
        add_clustered(&mut tok, a_convs.iter(), b_convs.iter());
        assert!(tok
            .iter()
            .all(|r| r.ll_clustered.is_none() && r.design_effect_a.is_none()));
    }

    /// Twenty conversations of ten messages in `year`; `flags[k]` of conversation k flagged.
    fn conversations(out: &mut Vec<Annotation>, year: i32, flags: &[usize]) {
        for k in 0..20 {
            for i in 0..10 {
                let f = flags.get(k).copied().unwrap_or(0);
                let labels: &[&str] = if i < f { &["coercive.threat"] } else { &[] };
                let ts = format!("{year}-03-{:02}T12:00:00Z", 1 + i);
                let (id, conv) = (format!("{year}-{k}-{i}"), format!("y{year}c{k}"));
                out.push(ann(&id, &conv, "s", Some(&ts), &[], labels, 8));
            }
        }
    }

    #[test]
    fn clustered_trend_is_not_significant_when_the_rise_is_one_conversation() {
        // 2023: 3 flags in three conversations; 2024: 12 flags, 10 of them in one conversation.
        let mut anns = Vec::new();
        conversations(&mut anns, 2023, &[1, 1, 1]);
        conversations(&mut anns, 2024, &[10, 2]);
        let p = Partial::from_annotations(vec![Dim::Period(Period::Year)], &anns).unwrap();
        let t = trend(&p).unwrap();
        let r = t.iter().find(|r| r.category == "coercive.threat").unwrap();
        // Messages as independent: 3/200 → 12/200 is a significant rise (z² = Pearson χ²).
        assert_eq!(r.direction, "increasing", "{r:?}");
        // By conversation: the pooled design effect of the two years is about 7.3, so the
        // clustered z is z/√7.3 and no longer significant.
        assert_eq!(r.direction_clustered, "none", "{r:?}");
        let sums = |flags: &[u64]| {
            let mut s = ClusterSums::default();
            for k in 0..20 {
                s.add(10, flags.get(k).copied().unwrap_or(0));
            }
            s
        };
        let d = pooled_design_effect(&[sums(&[1, 1, 1]), sums(&[10, 2])]).unwrap();
        assert!(d > 7.0 && d < 7.5, "{d}");
        assert!((r.z_clustered.unwrap() - r.z.unwrap() / d.sqrt()).abs() < 1e-12);
        assert!(r.z_clustered.unwrap() < r.z.unwrap() && r.p_clustered > r.p);
        // Spread evenly, the same counts give (nearly) the plain test.
        let mut even = Vec::new();
        conversations(&mut even, 2023, &[1, 1, 1]);
        conversations(&mut even, 2024, &[1; 12]);
        let p = Partial::from_annotations(vec![Dim::Period(Period::Year)], &even).unwrap();
        let t = trend(&p).unwrap();
        let r = t.iter().find(|r| r.category == "coercive.threat").unwrap();
        assert_eq!(
            (r.direction, r.direction_clustered),
            ("increasing", "increasing")
        );
        // Without per-conversation counts (a partial built by hand) there is no clustered test.
        let mut bare = Partial::new(vec![Dim::Period(Period::Year)]);
        bare.groups = p.groups.clone();
        let t = trend(&bare).unwrap();
        let r = t.iter().find(|r| r.category == "coercive.threat").unwrap();
        assert!(r.z.is_some() && r.z_clustered.is_none());
        assert_eq!(r.direction_clustered, "none");
    }

    #[test]
    fn declared_categories_get_rows_when_nothing_is_flagged() {
        let mut anns = Vec::new();
        year(&mut anns, 2024, "chat", 10, 1);
        year(&mut anns, 2025, "chat", 10, 0);
        let a = sample(&anns, &Selector::parse("2024-01-01..2024-12-31").unwrap());
        let b = sample(&anns, &Selector::parse("2025-01-01..2025-12-31").unwrap());
        let opts = CompareOptions::default();
        let plain = compare("2024", &a, "2025", &b, &opts);
        assert!(plain.iter().all(|r| r.category != "swear"));
        let rows = compare_declared("2024", &a, "2025", &b, &opts, ["swear"]);
        let r = rows
            .iter()
            .find(|r| r.category == "swear")
            .expect("a row for swear");
        assert_eq!((r.a, r.b, r.c, r.d), (0, 0, 10, 10));
        // Trend too: a declared category has a trend row with no flags.
        let mut p =
            Partial::from_annotations(vec![Dim::Period(Period::Year)], anns.iter()).unwrap();
        p.declare_categories(["swear"]);
        let t = trend(&p).unwrap();
        let sw = t
            .iter()
            .find(|r| r.category == "swear")
            .expect("a trend row");
        assert_eq!((sw.flagged, sw.messages, sw.direction), (0, 20, "none"));
    }

    #[test]
    fn no_change_is_not_significant() {
        let mut anns = Vec::new();
        year(&mut anns, 2024, "chat", 500, 30);
        year(&mut anns, 2025, "chat", 500, 30);
        year(&mut anns, 2026, "chat", 500, 30);
        let a = sample(&anns, &Selector::parse("2025-01-01..2025-12-31").unwrap());
        let b = sample(&anns, &Selector::parse("..2024-12-31").unwrap());
        let rows = compare("2024", &b, "2025", &a, &CompareOptions::default());
        let r = rows
            .iter()
            .find(|r| r.category == "coercive.threat")
            .unwrap();
        assert_eq!(r.ll, Some(0.0));
        assert_eq!(r.log_ratio, Some(0.0));
        assert_eq!(r.pct_diff, Some(0.0));
        assert!(r.ll_p.unwrap() > 0.05);
        assert!(r.ll_p_holm.is_none());
        let p = Partial::from_annotations(vec![Dim::Period(Period::Year)], &anns).unwrap();
        let t = trend(&p).unwrap();
        let r = t.iter().find(|r| r.category == "coercive.threat").unwrap();
        assert_eq!(r.direction, "none");
        assert!(r.z.unwrap().abs() < 1e-12);
    }

    #[test]
    fn trend_fills_gaps_and_splits_other_dims() {
        // 2023: 10/100, 2024: none, 2025: 30/100 on "chat"; "game" only in 2025 (one period).
        let mut anns = Vec::new();
        year(&mut anns, 2023, "chat", 100, 10);
        year(&mut anns, 2025, "chat", 100, 30);
        year(&mut anns, 2025, "game", 50, 5);
        let dims = vec![Dim::Meta("platform".into()), Dim::Period(Period::Year)];
        let p = Partial::from_annotations(dims, &anns).unwrap();
        let t = trend(&p).unwrap();
        let chat = t
            .iter()
            .find(|r| r.group == "chat" && r.category == "coercive.threat")
            .unwrap();
        assert_eq!(chat.group_by, "platform");
        assert_eq!(chat.periods, 3);
        // With the empty 2024 the scores are 0 and 2; z is invariant to a scale of scores, so it
        // equals the two-period z: python ca([10,30],[100,100]) = 3.5355339059327373.
        assert!((chat.z.unwrap() - 3.535_533_905_932_737_3).abs() < 1e-9);
        assert_eq!(chat.direction, "increasing");
        let game = t
            .iter()
            .find(|r| r.group == "game" && r.category == "coercive.threat")
            .unwrap();
        assert_eq!((game.periods, game.z, game.direction), (1, None, "none"));
        assert!(trend(&Partial::new(vec![])).is_err());
    }
}
