//! Inter-annotator agreement.
//!
//! Message level, per category (label present or not): Cohen's kappa (two annotators, items
//! rated by both), Fleiss' kappa (items rated by every annotator) and Krippendorff's alpha
//! (nominal, coincidence-matrix formulation, missing data allowed). Annotation sets are
//! aligned by `message_id`; a message absent from a set is missing data for that annotator.
//!
//! Span level, the first set being the reference: precision/recall/F1 per category and
//! micro-averaged, for exact matches (same start, end and category) and for overlaps (same
//! category, ranges overlap; a span counts as matched when it overlaps any span of the other
//! set, so precision and recall count matched candidate and matched reference spans
//! separately). Spans are de-duplicated on (start, end, category) and only messages present
//! in both sets are compared.

use crate::agree_ci::{
    self, AgreementBootstrap, Overall, UnitSums, DEFAULT_RESAMPLES, DEFAULT_SEED,
};
use crate::bail;
use crate::error::Result;
use crate::metrics::{f1_from_precision_recall, ratio};
use crate::model::{top_level, Annotation, Source, CATEGORY_IDS, TOP_LEVEL_IDS};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// Cohen's kappa with its ingredients.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Kappa {
    /// Items rated by both annotators.
    pub n: usize,
    /// Observed agreement (proportion of items with the same value).
    pub observed: f64,
    /// Agreement expected by chance from each annotator's own marginals.
    pub expected: f64,
    /// `(observed - expected) / (1 - expected)`; `None` when `expected == 1`.
    pub kappa: Option<f64>,
}

/// Cohen's kappa over paired nominal ratings. `None` for no pairs.
fn cohen_kappa<T: Ord>(pairs: &[(T, T)]) -> Option<Kappa> {
    if pairs.is_empty() {
        return None;
    }
    let n = pairs.len() as f64;
    let mut a: BTreeMap<&T, f64> = BTreeMap::new();
    let mut b: BTreeMap<&T, f64> = BTreeMap::new();
    let mut agree = 0usize;
    for (x, y) in pairs {
        *a.entry(x).or_default() += 1.0;
        *b.entry(y).or_default() += 1.0;
        if x == y {
            agree += 1;
        }
    }
    let observed = agree as f64 / n;
    let expected: f64 = a
        .iter()
        .map(|(k, ca)| (ca / n) * (b.get(k).copied().unwrap_or(0.0) / n))
        .sum();
    let kappa = if expected < 1.0 - 1e-12 {
        Some((observed - expected) / (1.0 - expected))
    } else {
        None
    };
    Some(Kappa {
        n: pairs.len(),
        observed,
        expected,
        kappa,
    })
}

/// Fleiss' kappa with its ingredients.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fleiss {
    /// Items rated by every annotator.
    pub items: usize,
    /// Ratings per item (the number of annotators).
    pub raters: usize,
    /// Mean per-item agreement P̄.
    pub p_bar: f64,
    /// Chance agreement P̄e = Σ p_j².
    pub p_e: f64,
    /// `(p_bar - p_e) / (1 - p_e)`; `None` when `p_e == 1`.
    pub kappa: Option<f64>,
}

/// Fleiss' kappa from an items × categories table of counts; every row must sum to the same
/// number of raters (at least 2).
fn fleiss_kappa(counts: &[Vec<usize>]) -> Result<Fleiss> {
    let Some(first) = counts.first() else {
        bail!("Fleiss' kappa needs at least one item");
    };
    let raters: usize = first.iter().sum();
    if raters < 2 {
        bail!("Fleiss' kappa needs at least two ratings per item");
    }
    let k = first.len();
    let mut col = vec![0usize; k];
    let mut p_sum = 0.0;
    for (i, row) in counts.iter().enumerate() {
        if row.len() != k || row.iter().sum::<usize>() != raters {
            bail!("Fleiss' kappa: item {i} does not have {raters} ratings over {k} categories");
        }
        let sq: usize = row.iter().map(|c| c * c).sum();
        p_sum += (sq - raters) as f64 / (raters * (raters - 1)) as f64;
        for (c, v) in col.iter_mut().zip(row) {
            *c += v;
        }
    }
    let items = counts.len();
    let total = (items * raters) as f64;
    let p_bar = p_sum / items as f64;
    let p_e: f64 = col.iter().map(|&c| (c as f64 / total).powi(2)).sum();
    let kappa = if p_e < 1.0 - 1e-12 {
        Some((p_bar - p_e) / (1.0 - p_e))
    } else {
        None
    };
    Ok(Fleiss {
        items,
        raters,
        p_bar,
        p_e,
        kappa,
    })
}

/// Krippendorff's alpha with its ingredients.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alpha {
    /// Units with at least two values (the others are not pairable and are ignored).
    pub units: usize,
    /// Pairable values n.. (the total of the coincidence matrix).
    pub values: usize,
    /// Observed disagreement D_o.
    pub d_o: f64,
    /// Expected disagreement D_e.
    pub d_e: f64,
    /// `1 - D_o / D_e`; `None` when there is no variation (D_e = 0) or nothing pairable.
    pub alpha: Option<f64>,
}

/// Krippendorff's alpha for nominal data: `units[u][coder]` is the value coder gave unit u,
/// `None` when missing. Works for any number of coders.
fn krippendorff_alpha_nominal<T: Ord>(units: &[Vec<Option<T>>]) -> Alpha {
    let mut marg: BTreeMap<&T, f64> = BTreeMap::new();
    let mut disagree = 0.0; // Σ_{c≠k} o_ck
    let mut pairable = 0usize;
    for unit in units {
        let mut cnt: BTreeMap<&T, usize> = BTreeMap::new();
        for v in unit.iter().flatten() {
            *cnt.entry(v).or_default() += 1;
        }
        let m: usize = cnt.values().sum();
        if m < 2 {
            continue;
        }
        pairable += 1;
        let sq: usize = cnt.values().map(|c| c * c).sum();
        disagree += (m * m - sq) as f64 / (m - 1) as f64;
        for (v, c) in cnt {
            *marg.entry(v).or_default() += c as f64;
        }
    }
    let n: f64 = marg.values().sum();
    if n < 2.0 {
        return Alpha {
            units: pairable,
            values: n as usize,
            d_o: 0.0,
            d_e: 0.0,
            alpha: None,
        };
    }
    let sq: f64 = marg.values().map(|c| c * c).sum();
    let d_o = disagree / n;
    let d_e = (n * n - sq) / (n * (n - 1.0));
    let alpha = if d_e > 1e-12 {
        Some(1.0 - d_o / d_e)
    } else {
        None
    };
    Alpha {
        units: pairable,
        values: n as usize,
        d_o,
        d_e,
        alpha,
    }
}

/// Span-level precision / recall / F1 for one category (or `"(micro)"` for all). The
/// numerators differ: with overlap matching one candidate span can match several reference
/// spans and the other way round, so matched candidate and matched reference spans are
/// counted apart. Computed with [`crate::metrics`]; undefined values are `None`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpanPrf {
    /// The category id, or `"(micro)"` for the pooled counts.
    pub category: String,
    /// Spans in the reference set.
    pub reference: usize,
    /// Spans in the candidate set.
    pub candidate: usize,
    /// Reference spans matched by a candidate span (recall numerator).
    pub matched_reference: usize,
    /// Candidate spans matched by a reference span (precision numerator).
    pub matched_candidate: usize,
    /// `matched_candidate / candidate`; `None` without candidate spans.
    pub precision: Option<f64>,
    /// `matched_reference / reference`; `None` without reference spans.
    pub recall: Option<f64>,
    /// Harmonic mean of precision and recall (0 when both are 0); `None` unless both are
    /// defined.
    pub f1: Option<f64>,
}

impl SpanPrf {
    fn new(category: &str, r: usize, c: usize, mr: usize, mc: usize) -> SpanPrf {
        let defined_ratio = |a: usize, b: usize| (b > 0).then(|| ratio(a as u64, b as u64));
        let precision = defined_ratio(mc, c);
        let recall = defined_ratio(mr, r);
        SpanPrf {
            category: category.to_string(),
            reference: r,
            candidate: c,
            matched_reference: mr,
            matched_candidate: mc,
            precision,
            recall,
            f1: precision
                .zip(recall)
                .map(|(p, q)| f1_from_precision_recall(p, q)),
        }
    }
}

/// Span-level comparison of a candidate set against a reference set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpanScores {
    /// Messages present in both sets (only these are compared).
    pub messages: usize,
    /// Of those, messages whose text differs between the sets (offsets may not agree).
    pub text_mismatches: usize,
    /// Exact match: same start, end and category. Per category, then `(micro)`.
    pub exact: Vec<SpanPrf>,
    /// Overlap match: same category and overlapping ranges. Per category, then `(micro)`.
    pub overlap: Vec<SpanPrf>,
}

/// The category name of the pooled (micro-averaged) span row.
const MICRO: &str = "(micro)";

type SpanKey = (usize, usize, String);

fn span_index(anns: &[Annotation]) -> BTreeMap<&str, (&str, BTreeSet<SpanKey>)> {
    let mut m: BTreeMap<&str, (&str, BTreeSet<SpanKey>)> = BTreeMap::new();
    for a in anns {
        let e = m
            .entry(a.message_id.as_str())
            .or_insert((a.text.as_str(), BTreeSet::new()));
        for s in &a.spans {
            e.1.insert((s.start, s.end, s.category.clone()));
        }
    }
    m
}

/// Order categories: contract order first, then any others alphabetically.
fn ordered<'a>(cats: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let set: BTreeSet<&String> = cats.into_iter().collect();
    let mut out: Vec<String> = CATEGORY_IDS
        .iter()
        .filter(|c| set.iter().any(|s| s.as_str() == **c))
        .map(|c| c.to_string())
        .collect();
    for s in set {
        if !out.contains(s) {
            out.push(s.clone());
        }
    }
    out
}

/// Compare `candidate` spans against `reference` spans.
fn compare_spans(reference: &[Annotation], candidate: &[Annotation]) -> SpanScores {
    let r = span_index(reference);
    let c = span_index(candidate);
    // category -> [ref, cand, exact tp, overlap matched ref, overlap matched cand]
    let mut acc: BTreeMap<String, [usize; 5]> = BTreeMap::new();
    let mut messages = 0;
    let mut text_mismatches = 0;
    for (id, (rt, rs)) in &r {
        let Some((ct, cs)) = c.get(id) else { continue };
        messages += 1;
        if rt != ct {
            text_mismatches += 1;
        }
        for s in rs {
            let e = acc.entry(s.2.clone()).or_default();
            e[0] += 1;
            if cs.contains(s) {
                e[2] += 1;
            }
            if cs.iter().any(|o| o.2 == s.2 && o.0 < s.1 && s.0 < o.1) {
                e[3] += 1;
            }
        }
        for s in cs {
            let e = acc.entry(s.2.clone()).or_default();
            e[1] += 1;
            if rs.iter().any(|o| o.2 == s.2 && o.0 < s.1 && s.0 < o.1) {
                e[4] += 1;
            }
        }
    }
    let mut exact = Vec::new();
    let mut overlap = Vec::new();
    let mut tot = [0usize; 5];
    for cat in ordered(acc.keys()) {
        let v = acc[&cat];
        for (t, x) in tot.iter_mut().zip(v) {
            *t += x;
        }
        exact.push(SpanPrf::new(&cat, v[0], v[1], v[2], v[2]));
        overlap.push(SpanPrf::new(&cat, v[0], v[1], v[3], v[4]));
    }
    exact.push(SpanPrf::new(MICRO, tot[0], tot[1], tot[2], tot[2]));
    overlap.push(SpanPrf::new(MICRO, tot[0], tot[1], tot[3], tot[4]));
    SpanScores {
        messages,
        text_mismatches,
        exact,
        overlap,
    }
}

/// Whether a row is a category id or a top-level group of categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A category id (`coercive.pressure`): the label itself.
    Category,
    /// A top-level category (`coercive`): any label under it.
    TopLevel,
}

/// Message-level agreement on one category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryAgreement {
    /// The category id or top-level name.
    pub category: String,
    /// Which of the two `category` is.
    pub level: Level,
    /// Messages given this label, per annotator (annotator order).
    pub positives: Vec<usize>,
    /// Only with exactly two annotators.
    pub cohen: Option<Kappa>,
    /// Items rated by every annotator; `None` with fewer than two annotators or no such item.
    pub fleiss: Option<Fleiss>,
    /// Krippendorff's alpha over all items (missing ratings allowed); `None` with fewer
    /// than two annotators.
    pub alpha: Option<Alpha>,
}

/// One annotation set as read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnnotatorInfo {
    /// The set's name (its file, or the annotator of a Label Studio export).
    pub name: String,
    /// Distinct messages in the set.
    pub messages: usize,
    /// Spans over all its lines.
    pub spans: usize,
    /// Lines repeating a message id already seen in this set (their labels are merged).
    pub duplicate_messages: usize,
    /// A gold file of labels without spans (`evaluate --gold` format): left out of the
    /// span-level comparison.
    pub labels_only: bool,
}

/// The span-level comparison of one set (the candidate) against the first (the reference).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpanComparison {
    /// Name of the reference set.
    pub reference: String,
    /// Name of the candidate set.
    pub candidate: String,
    /// The scores.
    #[serde(flatten)]
    pub scores: SpanScores,
}

/// Agreement between annotation sets: what `c2chat agree` prints (as TSV) and writes (as
/// JSON).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgreementReport {
    /// The sets, in the order given.
    pub annotators: Vec<AnnotatorInfo>,
    /// Messages in any set.
    pub items: usize,
    /// Messages in every set.
    pub items_in_all: usize,
    /// Message-level agreement per category id (contract order, then others), then per
    /// top-level category.
    pub categories: Vec<CategoryAgreement>,
    /// κ and α pooled over the category ids ([`crate::agree_ci`]).
    pub overall: Overall,
    /// 95% bootstrap intervals of κ and α, overall and per category (none for 0 resamples).
    pub bootstrap: Option<AgreementBootstrap>,
    /// The first set against each other set with spans.
    pub spans: Vec<SpanComparison>,
}

/// One annotation set for [`agreement_report_with`].
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementSet {
    /// Its name in the report.
    pub name: String,
    /// Its annotations (one per message; repeated ids are merged).
    pub annotations: Vec<Annotation>,
    /// Labels only (a gold file): no span-level comparison.
    pub labels_only: bool,
}

/// Options of [`agreement_report_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgreeOptions {
    /// Bootstrap resamples (0: no intervals) [default: 1000].
    pub resamples: u32,
    /// The bootstrap's seed [default: 1].
    pub seed: u64,
}

impl Default for AgreeOptions {
    fn default() -> Self {
        AgreeOptions {
            resamples: DEFAULT_RESAMPLES,
            seed: DEFAULT_SEED,
        }
    }
}

/// Read one set for agreement: a gold file as `evaluate --gold` reads it
/// ([`crate::evaluate::load_gold`]: CSV with `message_id` and `gold` columns, or JSONL lines
/// `{"message_id", "gold"}` without a `text` field), else `annotations.jsonl` (from
/// `annotate` or `import`).
pub fn read_set(path: &Path) -> Result<AgreementSet> {
    let name = path.display().to_string();
    if !is_gold_file(path)? {
        return Ok(AgreementSet {
            name,
            annotations: crate::output::read_annotations(path)?,
            labels_only: false,
        });
    }
    let annotations = crate::evaluate::load_gold(path)?
        .into_iter()
        .map(|(id, labels)| {
            labels
                .into_iter()
                .fold(Annotation::builder(id, ""), |b, l| b.label(l, Source::Gold))
                .build()
        })
        .collect();
    Ok(AgreementSet {
        name,
        annotations,
        labels_only: true,
    })
}

/// CSV, or JSONL whose first record has a `gold` list or no `text`.
fn is_gold_file(path: &Path) -> Result<bool> {
    if path.extension().is_some_and(|e| e == "csv") {
        return Ok(true);
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| crate::err!("reading {} (must be UTF-8): {e}", path.display()))?;
    let Some((i, first)) = text.lines().enumerate().find(|(_, l)| !l.trim().is_empty()) else {
        return Ok(false);
    };
    let v: serde_json::Value = serde_json::from_str(first).map_err(|e| {
        crate::error::Error::input(
            path,
            Some(i as u64 + 1),
            format!("invalid JSON: {}", crate::io::json_error_summary(&e)),
        )
    })?;
    Ok(v.get("gold").is_some() || v.get("text").is_none())
}

/// Agreement between named annotation sets (the first is the span reference), with the
/// default bootstrap.
pub fn agreement_report(sets: &[(String, Vec<Annotation>)]) -> AgreementReport {
    let sets: Vec<AgreementSet> = sets
        .iter()
        .map(|(name, anns)| AgreementSet {
            name: name.clone(),
            annotations: anns.clone(),
            labels_only: false,
        })
        .collect();
    agreement_report_with(&sets, &AgreeOptions::default())
}

type Labels<'a> = BTreeMap<&'a str, BTreeSet<&'a str>>;

/// Each set's labels by message id, its summary, and every label seen.
fn collect_labels(
    sets: &[AgreementSet],
) -> (Vec<AnnotatorInfo>, Vec<Labels<'_>>, BTreeSet<String>) {
    let mut annotators = Vec::with_capacity(sets.len());
    let mut labels = Vec::with_capacity(sets.len());
    let mut seen_labels: BTreeSet<String> = BTreeSet::new();
    for set in sets {
        let mut m: Labels = BTreeMap::new();
        let mut dups = 0;
        for a in &set.annotations {
            let e = m.entry(a.message_id.as_str());
            if matches!(e, std::collections::btree_map::Entry::Occupied(_)) {
                dups += 1;
            }
            let ls = e.or_default();
            for l in &a.labels {
                ls.insert(l.as_str());
                seen_labels.insert(l.clone());
            }
        }
        annotators.push(AnnotatorInfo {
            name: set.name.clone(),
            messages: m.len(),
            spans: set.annotations.iter().map(|a| a.spans.len()).sum(),
            duplicate_messages: dups,
            labels_only: set.labels_only,
        });
        labels.push(m);
    }
    (annotators, labels, seen_labels)
}

/// The rows of the table: contract ids, other labels seen, then top-level ids.
fn category_rows(seen_labels: &BTreeSet<String>) -> Vec<(String, Level)> {
    let mut rows: Vec<(String, Level)> = CATEGORY_IDS
        .iter()
        .map(|c| (c.to_string(), Level::Category))
        .collect();
    for l in ordered(seen_labels.iter()) {
        if !CATEGORY_IDS.contains(&l.as_str()) {
            rows.push((l, Level::Category));
        }
    }
    for t in TOP_LEVEL_IDS {
        if !CATEGORY_IDS.contains(t) {
            rows.push((t.to_string(), Level::TopLevel));
        }
    }
    rows
}

/// Each item's resampling unit (index), and the unit kind: the item's conversation (the
/// first non-empty conversation id any set gives it), or the item alone.
fn units_of(sets: &[AgreementSet], items: &BTreeSet<&str>) -> (Vec<usize>, &'static str) {
    let mut conv: BTreeMap<&str, &str> = BTreeMap::new();
    for set in sets {
        for a in &set.annotations {
            if !a.conversation_id.is_empty() {
                conv.entry(a.message_id.as_str())
                    .or_insert(a.conversation_id.as_str());
            }
        }
    }
    let mut index: BTreeMap<(bool, &str), usize> = BTreeMap::new();
    let (mut with, mut without) = (0, 0);
    let unit = items
        .iter()
        .map(|id| {
            let key = match conv.get(id) {
                Some(c) => {
                    with += 1;
                    (true, *c)
                }
                None => {
                    without += 1;
                    (false, *id)
                }
            };
            let next = index.len();
            *index.entry(key).or_insert(next)
        })
        .collect();
    let kind = match (with, without) {
        (_, 0) => "conversation",
        (0, _) => "message",
        _ => "conversation or message",
    };
    (unit, kind)
}

/// Agreement between annotation sets (the first is the span reference), with overall κ/α and
/// the bootstrap `opts` asks for.
pub fn agreement_report_with(sets: &[AgreementSet], opts: &AgreeOptions) -> AgreementReport {
    let k = sets.len();
    let (annotators, labels, seen_labels) = collect_labels(sets);
    let items: BTreeSet<&str> = labels.iter().flat_map(|m| m.keys().copied()).collect();
    let items_in_all = items
        .iter()
        .filter(|id| labels.iter().all(|m| m.contains_key(*id)))
        .count();
    let rows = category_rows(&seen_labels);
    let (unit_of, unit_kind) = units_of(sets, &items);
    let n_units = unit_of.iter().map(|u| u + 1).max().unwrap_or(0);
    let mut sums = UnitSums {
        categories: rows.iter().map(|(c, _)| c.clone()).collect(),
        pooled: rows.iter().map(|(_, l)| *l == Level::Category).collect(),
        annotators: k,
        sums: vec![0.0; n_units * rows.len() * agree_ci::SLOTS],
    };
    let mut categories = Vec::with_capacity(rows.len());
    for (ci, (cat, level)) in rows.into_iter().enumerate() {
        let has = |set: &BTreeSet<&str>| match level {
            Level::Category => set.contains(cat.as_str()),
            Level::TopLevel => set.iter().any(|l| top_level(l) == cat),
        };
        // items × annotators
        let table: Vec<Vec<Option<bool>>> = items
            .iter()
            .map(|id| labels.iter().map(|m| m.get(id).map(has)).collect())
            .collect();
        let width = sums.categories.len() * agree_ci::SLOTS;
        for (row, &u) in table.iter().zip(&unit_of) {
            let at = u * width + ci * agree_ci::SLOTS;
            for (t, x) in sums.sums[at..at + agree_ci::SLOTS]
                .iter_mut()
                .zip(agree_ci::item_sums(row))
            {
                *t += x;
            }
        }
        categories.push(category_agreement(cat, level, &table, k));
    }
    let (overall, bootstrap) =
        agree_ci::overall_and_bootstrap(&sums, unit_kind, opts.resamples, opts.seed);
    let spans = sets
        .iter()
        .skip(1)
        .filter(|s| !s.labels_only && !sets[0].labels_only)
        .map(|s| SpanComparison {
            reference: sets[0].name.clone(),
            candidate: s.name.clone(),
            scores: compare_spans(&sets[0].annotations, &s.annotations),
        })
        .collect();
    AgreementReport {
        annotators,
        items: items.len(),
        items_in_all,
        categories,
        overall,
        bootstrap,
        spans,
    }
}

/// Cohen, Fleiss and Krippendorff on one category's items × annotators table.
fn category_agreement(
    category: String,
    level: Level,
    table: &[Vec<Option<bool>>],
    k: usize,
) -> CategoryAgreement {
    let positives = (0..k)
        .map(|j| table.iter().filter(|r| r[j] == Some(true)).count())
        .collect();
    let cohen = if k == 2 {
        let pairs: Vec<(bool, bool)> = table.iter().filter_map(|r| Some((r[0]?, r[1]?))).collect();
        cohen_kappa(&pairs)
    } else {
        None
    };
    let full: Vec<Vec<usize>> = table
        .iter()
        .filter(|r| r.iter().all(Option::is_some))
        .map(|r| {
            let pos = r.iter().filter(|v| **v == Some(true)).count();
            vec![k - pos, pos]
        })
        .collect();
    let fleiss = if k >= 2 {
        fleiss_kappa(&full).ok()
    } else {
        None
    };
    let alpha = (k >= 2).then(|| krippendorff_alpha_nominal(table));
    CategoryAgreement {
        category,
        level,
        positives,
        cohen,
        fleiss,
        alpha,
    }
}

fn num(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => crate::stats::render::fixed(x, 4),
        _ => "NA".to_string(),
    }
}

fn cell(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == '\t' || c == '\n' || c == '\r' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// The second table: κ and α overall and per category, with their bootstrap intervals.
fn render_intervals(out: &mut String, r: &AgreementReport) {
    out.push_str(
        "\ncategory\tstatistic\testimate\tci_low\tci_high\tresamples_defined\tresamples\tunit\tunits\tseed\n",
    );
    let kind = &r.overall.kappa_kind;
    match &r.bootstrap {
        Some(b) => {
            for c in &b.intervals {
                let stat = match c.statistic.as_str() {
                    "kappa" => format!("{kind}_kappa"),
                    s => s.to_string(),
                };
                let _ = writeln!(
                    out,
                    "{}\t{stat}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    cell(&c.category),
                    num(c.estimate),
                    num(c.low),
                    num(c.high),
                    c.defined,
                    b.resamples,
                    b.unit,
                    b.units,
                    b.seed
                );
            }
        }
        None => {
            for (stat, v) in [
                (format!("{kind}_kappa"), r.overall.kappa),
                ("alpha".to_string(), r.overall.alpha),
            ] {
                let _ = writeln!(
                    out,
                    "(overall)\t{stat}\t{}\tNA\tNA\t0\t0\tNA\t0\tNA",
                    num(v)
                );
            }
        }
    }
}

/// Three tab-separated tables separated by blank lines: message-level agreement per category;
/// κ and α overall (pooled over the category ids) and per category with 95% bootstrap
/// intervals; span-level P/R/F1 (first set as reference). Undefined values are `NA`.
pub fn render_agreement_tsv(r: &AgreementReport) -> String {
    let mut out = String::from("category\tlevel");
    for a in &r.annotators {
        let _ = write!(out, "\tpositives:{}", cell(&a.name));
    }
    out.push_str(
        "\tcohen_n\tcohen_observed\tcohen_expected\tcohen_kappa\
         \tfleiss_items\tfleiss_kappa\talpha_units\talpha_values\talpha_nominal\n",
    );
    for c in &r.categories {
        let level = match c.level {
            Level::Category => "category",
            Level::TopLevel => "top_level",
        };
        let _ = write!(out, "{}\t{level}", cell(&c.category));
        for p in &c.positives {
            let _ = write!(out, "\t{p}");
        }
        match &c.cohen {
            Some(k) => {
                let _ = write!(
                    out,
                    "\t{}\t{}\t{}\t{}",
                    k.n,
                    num(Some(k.observed)),
                    num(Some(k.expected)),
                    num(k.kappa)
                );
            }
            None => out.push_str("\t0\tNA\tNA\tNA"),
        }
        match &c.fleiss {
            Some(f) => {
                let _ = write!(out, "\t{}\t{}", f.items, num(f.kappa));
            }
            None => out.push_str("\t0\tNA"),
        }
        match &c.alpha {
            Some(a) => {
                let _ = writeln!(out, "\t{}\t{}\t{}", a.units, a.values, num(a.alpha));
            }
            None => out.push_str("\t0\t0\tNA\n"),
        }
    }
    render_intervals(&mut out, r);
    out.push_str(
        "\nreference\tcandidate\tmatch\tcategory\treference_spans\tcandidate_spans\
         \tmatched_reference\tmatched_candidate\tprecision\trecall\tf1\n",
    );
    for s in &r.spans {
        for (kind, rows) in [("exact", &s.scores.exact), ("overlap", &s.scores.overlap)] {
            for p in rows {
                let _ = writeln!(
                    out,
                    "{}\t{}\t{kind}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    cell(&s.reference),
                    cell(&s.candidate),
                    cell(&p.category),
                    p.reference,
                    p.candidate,
                    p.matched_reference,
                    p.matched_candidate,
                    num(p.precision),
                    num(p.recall),
                    num(p.f1)
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    /// Wikipedia "Cohen's kappa" worked example: 50 proposals, yes/yes 20, yes/no 5,
    /// no/yes 10, no/no 15 → p_o = 0.7, p_e = 0.5, κ = 0.4.
    #[test]
    fn cohen_textbook() {
        let mut pairs = Vec::new();
        pairs.extend(std::iter::repeat_n((true, true), 20));
        pairs.extend(std::iter::repeat_n((true, false), 5));
        pairs.extend(std::iter::repeat_n((false, true), 10));
        pairs.extend(std::iter::repeat_n((false, false), 15));
        let k = cohen_kappa(&pairs).unwrap();
        assert_eq!(k.n, 50);
        assert!(close(k.observed, 0.7, 1e-12));
        assert!(close(k.expected, 0.5, 1e-12));
        assert!(close(k.kappa.unwrap(), 0.4, 1e-12));
        assert!(cohen_kappa::<bool>(&[]).is_none());
        // Everybody says "no" to everything: chance agreement is 1, kappa undefined.
        assert_eq!(cohen_kappa(&[(false, false); 3]).unwrap().kappa, None);
    }

    /// Fleiss (1971) as on Wikipedia: 10 subjects, 14 raters, 5 categories →
    /// P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    #[test]
    fn fleiss_textbook() {
        let t = vec![
            vec![0, 0, 0, 0, 14],
            vec![0, 2, 6, 4, 2],
            vec![0, 0, 3, 5, 6],
            vec![0, 3, 9, 2, 0],
            vec![2, 2, 8, 1, 1],
            vec![7, 7, 0, 0, 0],
            vec![3, 2, 6, 3, 0],
            vec![2, 5, 3, 2, 2],
            vec![6, 5, 2, 1, 0],
            vec![0, 2, 2, 3, 7],
        ];
        let f = fleiss_kappa(&t).unwrap();
        assert_eq!((f.items, f.raters), (10, 14));
        assert!(close(f.p_bar, 0.378, 5e-4), "{}", f.p_bar);
        assert!(close(f.p_e, 0.213, 5e-4), "{}", f.p_e);
        assert!(close(f.kappa.unwrap(), 0.210, 5e-4), "{:?}", f.kappa);
        assert!(fleiss_kappa(&[vec![1, 1], vec![2, 1]]).is_err());
        assert!(fleiss_kappa(&[]).is_err());
    }

    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C:
    /// 4 observers × 12 units, nominal values 1..5 with missing data → α = 0.743
    /// (coincidence marginals n_1..n_5 = 9, 13, 10, 5, 3; n.. = 40).
    #[test]
    fn krippendorff_reference_example() {
        const X: Option<u32> = None;
        let s = Some;
        let obs: [[Option<u32>; 12]; 4] = [
            [
                s(1),
                s(2),
                s(3),
                s(3),
                s(2),
                s(1),
                s(4),
                s(1),
                s(2),
                X,
                X,
                X,
            ],
            [
                s(1),
                s(2),
                s(3),
                s(3),
                s(2),
                s(2),
                s(4),
                s(1),
                s(2),
                s(5),
                X,
                s(3),
            ],
            [
                X,
                s(3),
                s(3),
                s(3),
                s(2),
                s(3),
                s(4),
                s(2),
                s(2),
                s(5),
                s(1),
                X,
            ],
            [
                s(1),
                s(2),
                s(3),
                s(3),
                s(2),
                s(4),
                s(4),
                s(1),
                s(2),
                s(5),
                s(1),
                X,
            ],
        ];
        let units: Vec<Vec<Option<u32>>> = (0..12)
            .map(|u| obs.iter().map(|o| o[u]).collect())
            .collect();
        let a = krippendorff_alpha_nominal(&units);
        assert_eq!(a.values, 40);
        assert_eq!(a.units, 11);
        assert!(close(a.alpha.unwrap(), 0.743, 5e-4), "{:?}", a.alpha);
        // Same data as strings.
        let su: Vec<Vec<Option<String>>> = units
            .iter()
            .map(|u| u.iter().map(|v| v.map(|x| format!("v{x}"))).collect())
            .collect();
        assert_eq!(krippendorff_alpha_nominal(&su).alpha, a.alpha);
    }

    /// The coincidence-matrix result checked against the direct pairwise-disagreement
    /// definition (D_o over within-unit pairs, D_e over all pooled pairs), computed here
    /// independently, on data with missing values and an unpairable unit.
    #[test]
    fn alpha_matches_pairwise_definition() {
        let data: Vec<Vec<Option<u8>>> = vec![
            vec![Some(0), Some(0), None],
            vec![Some(1), Some(0), Some(1)],
            vec![Some(1), Some(1), Some(1)],
            vec![None, Some(0), None],
            vec![Some(0), Some(1), Some(0)],
        ];
        // Direct: D_o = mean over pairable units of within-unit pair disagreement weighted by
        // m_u/(m_u-1); D_e = disagreement over all pairs of pooled pairable values.
        let mut pooled = Vec::new();
        let mut num_o = 0.0;
        for u in &data {
            let v: Vec<u8> = u.iter().flatten().copied().collect();
            if v.len() < 2 {
                continue;
            }
            let m = v.len() as f64;
            let mut dis = 0.0;
            for i in 0..v.len() {
                for j in 0..v.len() {
                    if i != j && v[i] != v[j] {
                        dis += 1.0;
                    }
                }
            }
            num_o += dis / (m - 1.0);
            pooled.extend(v);
        }
        let n = pooled.len() as f64;
        let mut dis_e = 0.0;
        for i in 0..pooled.len() {
            for j in 0..pooled.len() {
                if i != j && pooled[i] != pooled[j] {
                    dis_e += 1.0;
                }
            }
        }
        let expect = 1.0 - (num_o / n) / (dis_e / (n * (n - 1.0)));
        let a = krippendorff_alpha_nominal(&data);
        assert!(close(a.alpha.unwrap(), expect, 1e-12));
        assert_eq!(
            krippendorff_alpha_nominal::<u8>(&[vec![Some(1), Some(1)]]).alpha,
            None
        );
    }

    fn msg(id: &str, text: &str, spans: &[(usize, usize, &str)]) -> Annotation {
        spans
            .iter()
            .fold(
                Annotation::builder(id, text)
                    .conversation("c")
                    .speaker("s")
                    .rule_id("gold"),
                |b, &(s, e, c)| b.span(c, s, e, 0, Source::Gold),
            )
            .build()
    }

    /// The Cohen textbook table laid out as 50 messages labelled by two annotators: the
    /// report's kappa for that category must be 0.4.
    #[test]
    fn report_reproduces_cohen_example() {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let cat = "coercive.pressure";
        let cells = [
            (true, true, 20),
            (true, false, 5),
            (false, true, 10),
            (false, false, 15),
        ];
        let mut n = 0;
        for (x, y, count) in cells {
            for _ in 0..count {
                n += 1;
                let id = format!("m{n}");
                let yes = [(0, 8, cat)];
                a.push(msg(&id, "u owe me", if x { &yes } else { &[] }));
                b.push(msg(&id, "u owe me", if y { &yes } else { &[] }));
            }
        }
        // A message only one annotator saw: missing data, not disagreement.
        a.push(msg("extra", "u owe me", &[(0, 8, cat)]));
        let r = agreement_report(&[("a".into(), a), ("b".into(), b)]);
        assert_eq!((r.items, r.items_in_all), (51, 50));
        let row = r.categories.iter().find(|c| c.category == cat).unwrap();
        assert_eq!(row.positives, vec![26, 30]);
        let k = row.cohen.as_ref().unwrap();
        assert_eq!(k.n, 50);
        assert!(close(k.kappa.unwrap(), 0.4, 1e-12));
        assert_eq!(row.fleiss.as_ref().unwrap().items, 50);
        // Two coders, binary, no missing: Fleiss equals Scott's pi and alpha is
        // 1 - (1-π)·(n-1)/n with n = 100 pooled values (p_yes = 55/100).
        let pe = 0.55f64.powi(2) + 0.45f64.powi(2);
        let pi = (0.7 - pe) / (1.0 - pe);
        assert!(close(
            row.fleiss.as_ref().unwrap().kappa.unwrap(),
            pi,
            1e-12
        ));
        let alpha = row.alpha.as_ref().unwrap();
        assert_eq!(alpha.units, 50);
        assert!(close(
            alpha.alpha.unwrap(),
            1.0 - (1.0 - pi) * 99.0 / 100.0,
            1e-12
        ));
        // The top-level row sees the same labels.
        let top = r
            .categories
            .iter()
            .find(|c| c.category == "coercive" && c.level == Level::TopLevel)
            .unwrap();
        assert_eq!(top.cohen, row.cohen);
        let tsv = render_agreement_tsv(&r);
        assert!(tsv.starts_with("category\tlevel\tpositives:a\tpositives:b\tcohen_n"));
        let line = tsv
            .lines()
            .find(|l| l.starts_with("coercive.pressure\t"))
            .unwrap();
        assert!(line.contains("\t50\t0.7000\t0.5000\t0.4000\t"), "{line}");
    }

    #[test]
    fn span_scores() {
        let r = vec![
            msg(
                "1",
                "send me a pic or else",
                &[
                    (0, 13, "coercive.image_request"),
                    (14, 21, "coercive.threat"),
                ],
            ),
            msg("2", "tell a teacher", &[(0, 14, "protective")]),
            msg("3", "only in reference", &[(0, 4, "protective")]),
        ];
        let c = vec![
            msg(
                "1",
                "send me a pic or else",
                &[
                    (0, 13, "coercive.image_request"),
                    (17, 21, "coercive.threat"),
                    (0, 4, "coercive.pressure"),
                ],
            ),
            msg(
                "2",
                "tell a teacher",
                &[(0, 4, "protective"), (7, 14, "protective")],
            ),
        ];
        let s = compare_spans(&r, &c);
        assert_eq!(s.messages, 2);
        let get = |v: &[SpanPrf], cat: &str| v.iter().find(|p| p.category == cat).unwrap().clone();
        let ex = get(&s.exact, MICRO);
        // reference 3 spans (msg 3 ignored), candidate 5, exact matches 1.
        assert_eq!(
            (ex.reference, ex.candidate, ex.matched_reference),
            (3, 5, 1)
        );
        assert!(close(ex.precision.unwrap(), 0.2, 1e-12));
        assert!(close(ex.recall.unwrap(), 1.0 / 3.0, 1e-12));
        assert!(close(ex.f1.unwrap(), 0.25, 1e-12));
        let ov = get(&s.overlap, MICRO);
        // All 3 reference spans are overlapped; 4 of 5 candidate spans overlap (not pressure).
        assert_eq!((ov.matched_reference, ov.matched_candidate), (3, 4));
        let pr = get(&s.overlap, "protective");
        assert_eq!(
            (
                pr.reference,
                pr.candidate,
                pr.matched_reference,
                pr.matched_candidate
            ),
            (1, 2, 1, 2)
        );
        let cp = get(&s.exact, "coercive.pressure");
        assert_eq!(cp.recall, None);
        assert_eq!(cp.precision, Some(0.0));
        assert_eq!(cp.f1, None);
        // Contract order of CATEGORY_IDS, then micro.
        let order: Vec<&str> = s.exact.iter().map(|p| p.category.as_str()).collect();
        assert_eq!(
            order,
            vec![
                "coercive.image_request",
                "coercive.pressure",
                "coercive.threat",
                "protective",
                MICRO
            ]
        );
        let rep = agreement_report(&[("gold".into(), r), ("tool".into(), c)]);
        let tsv = render_agreement_tsv(&rep);
        assert!(
            tsv.contains("\ngold\ttool\texact\t(micro)\t3\t5\t1\t1\t0.2000\t0.3333\t0.2500\n"),
            "{tsv}"
        );
    }

    #[test]
    fn three_annotators_and_degenerate_sets() {
        let sets: Vec<(String, Vec<Annotation>)> = (0..3)
            .map(|i| {
                let mut v = vec![msg("1", "tell a teacher", &[(0, 14, "protective")])];
                if i != 2 {
                    v.push(msg("2", "ok", &[]));
                }
                (format!("c{i}"), v)
            })
            .collect();
        let r = agreement_report(&sets);
        let p = r
            .categories
            .iter()
            .find(|c| c.category == "protective")
            .unwrap();
        assert!(p.cohen.is_none());
        assert_eq!(p.fleiss.as_ref().unwrap().items, 1);
        // Unit 1: all yes; unit 2: two "no" — perfect agreement.
        assert_eq!(p.alpha.as_ref().unwrap().alpha, Some(1.0));
        assert_eq!(r.spans.len(), 2);
        let empty = agreement_report(&[]);
        assert_eq!(empty.items, 0);
        let _ = render_agreement_tsv(&empty);
        let one = agreement_report(&sets[..1]);
        assert!(one
            .categories
            .iter()
            .all(|c| c.alpha.is_none() && c.fleiss.is_none()));
        assert!(serde_json::to_string(&r).is_ok());
    }

    /// Two annotators over `n` conversations of four messages each; B drops A's label on every
    /// `miss`-th message of category 1 and adds category 2 on every `extra`-th.
    fn two_sets(n: usize, miss: usize, extra: usize) -> Vec<AgreementSet> {
        let (c1, c2) = ("coercive.pressure", "victim_blaming.blame");
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for i in 0..4 * n {
            let conv = format!("c{}", i / 4);
            let mk = |labels: &[&str]| {
                labels
                    .iter()
                    .fold(
                        Annotation::builder(format!("m{i}"), "hi").conversation(conv.clone()),
                        |b, l| b.label(*l, Source::Gold),
                    )
                    .build()
            };
            let la: Vec<&str> = match i % 3 {
                0 => vec![c1],
                1 => vec![c2],
                _ => vec![],
            };
            let mut lb = la.clone();
            if i % miss == 0 {
                lb.retain(|l| *l != c1);
            }
            if i % extra == 0 && !lb.contains(&c2) {
                lb.push(c2);
            }
            a.push(mk(&la));
            b.push(mk(&lb));
        }
        ["a", "b"]
            .into_iter()
            .zip([a, b])
            .map(|(name, annotations)| AgreementSet {
                name: name.into(),
                annotations,
                labels_only: false,
            })
            .collect()
    }

    /// Issue 20: the overall κ pools the categories (De Vries): one category used gives that
    /// category's κ; the bootstrap is seeded, contains the estimate and does not depend on the
    /// thread count; the unit is the conversation.
    #[test]
    fn overall_kappa_and_bootstrap_intervals() {
        let sets = two_sets(30, 5, 7);
        let opts = AgreeOptions {
            resamples: 400,
            seed: 7,
        };
        let r = agreement_report_with(&sets, &opts);
        let kappa = |c: &str| {
            r.categories
                .iter()
                .find(|x| x.category == c)
                .and_then(|x| x.cohen.as_ref()?.kappa)
                .unwrap()
        };
        let (k1, k2) = (kappa("coercive.pressure"), kappa("victim_blaming.blame"));
        // By hand: pooled κ = (mean P_o − mean P_e) / (1 − mean P_e) over the two used
        // categories (unused ones add P_o = P_e = 1 and change nothing).
        let parts = |c: &str| {
            let k = r.categories.iter().find(|x| x.category == c).unwrap();
            let k = k.cohen.as_ref().unwrap();
            (k.observed, k.expected)
        };
        let ((o1, e1), (o2, e2)) = (parts("coercive.pressure"), parts("victim_blaming.blame"));
        let pooled = ((o1 + o2) / 2.0 - (e1 + e2) / 2.0) / (1.0 - (e1 + e2) / 2.0);
        assert!(close(r.overall.kappa.unwrap(), pooled, 1e-12));
        // A weighted mean of the two (weights 1 − P_e).
        assert!(r.overall.kappa.unwrap() <= k1.max(k2) && r.overall.kappa.unwrap() >= k1.min(k2));
        assert_eq!(r.overall.kappa_kind, "cohen");
        let b = r.bootstrap.as_ref().unwrap();
        assert_eq!(
            (b.unit.as_str(), b.units, b.resamples),
            ("conversation", 30, 400)
        );
        for c in &b.intervals {
            let (lo, hi, est) = (c.low.unwrap(), c.high.unwrap(), c.estimate.unwrap());
            assert!(lo <= est && est <= hi, "{c:?}");
        }
        let est = |c: &str, s: &str| {
            b.intervals
                .iter()
                .find(|x| x.category == c && x.statistic == s)
                .unwrap()
                .estimate
                .unwrap()
        };
        assert!(close(est("coercive.pressure", "kappa"), k1, 1e-12));
        let alpha1 = r.categories[..]
            .iter()
            .find(|x| x.category == "coercive.pressure")
            .and_then(|x| x.alpha.as_ref()?.alpha)
            .unwrap();
        assert!(close(est("coercive.pressure", "alpha"), alpha1, 1e-12));
        assert!(close(est("(overall)", "kappa"), pooled, 1e-12));
        // Reproducible, whatever the thread count; another seed gives other draws.
        let on = |threads: usize| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap()
                .install(|| agreement_report_with(&sets, &opts))
        };
        assert_eq!(on(1), r);
        assert_eq!(on(3), r);
        let other = agreement_report_with(&sets, &AgreeOptions { seed: 8, ..opts });
        assert_ne!(other.bootstrap, r.bootstrap);
        let none = agreement_report_with(
            &sets,
            &AgreeOptions {
                resamples: 0,
                ..opts
            },
        );
        assert!(none.bootstrap.is_none());
        assert_eq!(none.overall, r.overall);
        let tsv = render_agreement_tsv(&r);
        assert!(tsv.contains("\n(overall)\tcohen_kappa\t"), "{tsv}");
    }

    /// Issue 20: `agree` reads the gold files `evaluate` reads (JSONL and CSV); without
    /// conversation ids the bootstrap resamples messages, and labels-only sets get no
    /// span comparison.
    #[test]
    fn gold_files_as_evaluate_reads_them() {
        let d = tempfile::tempdir().unwrap();
        let jsonl = d.path().join("gold.jsonl");
        let csv = d.path().join("gold.csv");
        let mut j = String::new();
        let mut c = String::from("message_id,gold\n");
        for i in 0..40 {
            let (ga, gb) = match i % 4 {
                0 => ("coercive.pressure", "coercive.pressure"),
                1 => ("coercive.pressure", ""),
                2 => ("", ""),
                _ => ("protective.support", "protective.support"),
            };
            let list = if ga.is_empty() {
                "[]".to_string()
            } else {
                format!("[\"{ga}\"]")
            };
            j.push_str(&format!("{{\"message_id\":\"m{i}\",\"gold\":{list}}}\n"));
            c.push_str(&format!("m{i},{gb}\n"));
        }
        std::fs::write(&jsonl, j).unwrap();
        std::fs::write(&csv, c).unwrap();
        let sets = vec![read_set(&jsonl).unwrap(), read_set(&csv).unwrap()];
        assert!(sets
            .iter()
            .all(|s| s.labels_only && s.annotations.len() == 40));
        let r = agreement_report_with(&sets, &AgreeOptions::default());
        assert_eq!((r.items, r.items_in_all), (40, 40));
        let row = r
            .categories
            .iter()
            .find(|x| x.category == "coercive.pressure")
            .unwrap();
        assert_eq!(row.positives, vec![20, 10]);
        assert!(r.spans.is_empty());
        let b = r.bootstrap.as_ref().unwrap();
        assert_eq!((b.unit.as_str(), b.units), ("message", 40));
        assert!(r.overall.kappa.is_some() && r.overall.alpha.is_some());
        // A bad gold line is an error naming the file and line.
        let bad = d.path().join("bad.jsonl");
        std::fs::write(
            &bad,
            "{\"message_id\":\"m1\",\"gold\":[]}\n{\"message_id\":\"m2\"}\n",
        )
        .unwrap();
        let e = read_set(&bad).unwrap_err().to_string();
        assert!(e.contains("bad.jsonl") && e.contains('2'), "{e}");
    }
}
