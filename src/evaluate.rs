//! Evaluate annotations against gold labels: P/R/F1 per category id and per top-level
//! category, micro and macro averages, the false-positive rate on unflagged gold messages,
//! the list of errors, and which kinds of evidence (lexicon, pattern, rule, classifier) the
//! predicted labels and the false positives rest on.
//!
//! [`evaluate_with`] adds, on request, 95% percentile-bootstrap intervals that resample
//! conversations (messages of one conversation are not independent), and HateCheck-style
//! per-case accuracy by a metadata field such as `functionality` (`corpora/check`).
//!
//! Invariant: evaluation reads annotations and gold; it never annotates. Its output depends
//! only on them and the options (the bootstrap's draws come from [`SplitMix64`] seeded per
//! resample, so the thread count does not change them).

use crate::error::{Context, Error, Result};
use crate::metrics::{f1_from_precision_recall, macro_mean, percentile_interval, ratio, Confusion};
use crate::model::{top_level, Annotation, Source};
use crate::rng::SplitMix64;
use crate::stats::measures::{wilson, Z95};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Gold labels by message id.
pub type Gold = BTreeMap<String, BTreeSet<String>>;

/// Load gold labels: JSONL with `message_id` and `gold` (a list of ids), or CSV with
/// `message_id` and `gold` columns (ids separated by `;`).
pub fn load_gold(path: &Path) -> Result<Gold> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let bad = |line: u64, message: String| Error::input(path, Some(line), message);
    let mut gold = Gold::new();
    let is_csv = path.extension().is_some_and(|e| e == "csv");
    if is_csv {
        let mut rdr = csv::Reader::from_reader(text.as_bytes());
        let h = rdr.headers()?.clone();
        let column = |name: &str| {
            h.iter()
                .position(|c| c == name)
                .ok_or_else(|| bad(1, format!("no {name} column")))
        };
        let (idc, gc) = (column("message_id")?, column("gold")?);
        for r in rdr.records() {
            let r = r.map_err(|e| Error::input(path, None, e.to_string()))?;
            let line = r.position().map(|p| p.line()).unwrap_or(0);
            let id = r
                .get(idc)
                .ok_or_else(|| bad(line, "missing message_id".into()))?;
            let labels = r
                .get(gc)
                .unwrap_or("")
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            if gold.insert(id.to_string(), labels).is_some() {
                return Err(bad(line, format!("duplicate message_id {id}")));
            }
        }
    } else {
        for (i, l) in text.lines().enumerate() {
            if l.trim().is_empty() {
                continue;
            }
            let line = i as u64 + 1;
            let v: serde_json::Value =
                serde_json::from_str(l).map_err(|e| bad(line, format!("invalid JSON: {e}")))?;
            let id = v
                .get("message_id")
                .and_then(|x| x.as_str())
                .ok_or_else(|| bad(line, "no message_id".into()))?;
            let labels = v
                .get("gold")
                .or_else(|| v.get("labels"))
                .and_then(|x| x.as_array())
                .ok_or_else(|| bad(line, "no gold list".into()))?
                .iter()
                .map(|x| {
                    x.as_str()
                        .map(String::from)
                        .ok_or_else(|| bad(line, "gold labels must be strings".into()))
                })
                .collect::<Result<BTreeSet<String>>>()?;
            if gold.insert(id.to_string(), labels).is_some() {
                return Err(bad(line, format!("duplicate message_id {id}")));
            }
        }
    }
    Ok(gold)
}

/// Precision, recall and F1 for one category (or `"micro"` for the pooled counts).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Prf {
    /// The category id or top-level name.
    pub category: String,
    /// Messages with the category in gold and in the annotations.
    pub tp: u64,
    /// Messages annotated with the category but without it in gold.
    pub fp: u64,
    /// Messages with the category in gold but not annotated with it.
    pub r#fn: u64,
    /// Gold messages with the category: `tp + fn`.
    pub support: u64,
    /// `tp / (tp + fp)`, 0 when nothing is annotated with the category.
    pub precision: f64,
    /// `tp / (tp + fn)`, 0 when gold has no such message.
    pub recall: f64,
    /// Harmonic mean of precision and recall, 0 when both are 0.
    pub f1: f64,
}

impl Prf {
    /// The scores of `category` from its counts: precision and recall are 0 when their
    /// denominator is, and F1 is their harmonic mean ([`f1_from_precision_recall`]).
    pub(crate) fn new(category: &str, tp: u64, fp: u64, fn_: u64) -> Prf {
        let c = Confusion { tp, fp, fn_, tn: 0 };
        Prf {
            category: category.into(),
            tp,
            fp,
            r#fn: fn_,
            support: c.support(),
            precision: c.precision(),
            recall: c.recall(),
            f1: f1_of(&c),
        }
    }
}

/// F1 as the report computes it: the harmonic mean of precision and recall (the bootstrap
/// uses the same, so that its estimate is the report's figure to the last bit).
fn f1_of(c: &Confusion) -> f64 {
    f1_from_precision_recall(c.precision(), c.recall())
}

/// One disagreement with gold.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorRow {
    /// The message.
    pub message_id: String,
    /// `"false_positive"` or `"false_negative"`.
    pub kind: &'static str,
    /// The category id annotated without gold support, or in gold but not annotated.
    pub category: String,
    /// The message text (left out of the JSON when empty, as in `report.json`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// The evaluation of annotations against gold.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Gold messages found among the annotations (the others are in
    /// `missing_from_annotations`).
    pub messages: u64,
    /// Of those, messages with no gold label.
    pub gold_negatives: u64,
    /// Of the gold negatives, messages with any annotated label.
    pub negatives_flagged: u64,
    /// `negatives_flagged / gold_negatives` (0 without gold negatives).
    pub false_positive_rate: f64,
    /// Per category id in gold or annotations, sorted.
    pub per_category: Vec<Prf>,
    /// Per top-level category, sorted.
    pub per_top_level: Vec<Prf>,
    /// Category ids pooled.
    pub micro: Prf,
    /// Mean F1 over `per_category`.
    pub macro_f1: f64,
    /// Mean F1 over `per_top_level`.
    pub macro_f1_top_level: f64,
    /// Top-level categories pooled.
    pub micro_top_level: Prf,
    /// Gold message ids with no annotated message.
    pub missing_from_annotations: Vec<String>,
    /// Every false positive and false negative, by message id.
    pub errors: Vec<ErrorRow>,
    /// Which kinds of evidence the predicted labels, and the false positives among them,
    /// rest on.
    pub evidence_sources: EvidenceSources,
    /// 95% percentile-bootstrap intervals over conversations ([`Options::bootstrap`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bootstrap: Option<Bootstrap>,
    /// Per-case accuracy by a metadata field ([`Options::by`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by_group: Option<ByGroup>,
}

fn score(pairs: &[(BTreeSet<String>, BTreeSet<String>)]) -> (Vec<Prf>, Prf, f64) {
    let mut cats: BTreeSet<String> = BTreeSet::new();
    for (g, p) in pairs {
        cats.extend(g.iter().cloned());
        cats.extend(p.iter().cloned());
    }
    let mut per = Vec::new();
    let mut pooled = Confusion::default();
    for c in &cats {
        let mut counts = Confusion::default();
        for (g, p) in pairs {
            counts.record(g.contains(c), p.contains(c));
        }
        pooled.add(&counts);
        per.push(Prf::new(c, counts.tp, counts.fp, counts.fn_));
    }
    let macro_f1 = macro_mean(&per.iter().map(|p| p.f1).collect::<Vec<_>>());
    (
        per,
        Prf::new("micro", pooled.tp, pooled.fp, pooled.fn_),
        macro_f1,
    )
}

/// The top-level ids that gold uses only bare (`protective` in gold written before the
/// protective sub-categories existed): never one of their sub-categories.
fn bare_only_tops(gold: &Gold) -> BTreeSet<String> {
    let labels = || gold.values().flatten();
    let bare: BTreeSet<&str> = labels()
        .filter(|l| !l.contains('.'))
        .map(|l| l.as_str())
        .collect();
    let sub: BTreeSet<&str> = labels()
        .filter(|l| l.contains('.'))
        .map(|l| top_level(l))
        .collect();
    bare.difference(&sub).map(|s| s.to_string()).collect()
}

/// The predicted labels as gold can judge them: a sub-category (`protective.support`) of a
/// top-level id that gold uses only bare counts as that id.
fn coarsen_to_gold(bare_tops: &BTreeSet<String>, predicted: &[String]) -> BTreeSet<String> {
    predicted
        .iter()
        .map(|l| {
            let top = top_level(l);
            if top != l && bare_tops.contains(top) {
                top.to_string()
            } else {
                l.clone()
            }
        })
        .collect()
}

/// One gold message found among the annotations, as the evaluation judges it.
struct Case<'a> {
    /// The annotated message.
    ann: &'a Annotation,
    /// Its gold ids.
    gold: &'a BTreeSet<String>,
    /// The predicted ids at gold's level ([`coarsen_to_gold`]).
    pred: BTreeSet<String>,
    /// The top-level categories of `gold`.
    gold_top: BTreeSet<String>,
    /// The top-level categories of `pred`.
    pred_top: BTreeSet<String>,
}

/// The top-level categories of `ids`.
fn tops(ids: &BTreeSet<String>) -> BTreeSet<String> {
    ids.iter().map(|l| top_level(l).to_string()).collect()
}

/// The gold messages found among the annotations, in gold's order, and the gold ids that
/// match no annotated message.
fn cases<'a>(gold: &'a Gold, anns: &'a [Annotation]) -> (Vec<Case<'a>>, Vec<String>) {
    let by_id: BTreeMap<&str, &Annotation> =
        anns.iter().map(|a| (a.message_id.as_str(), a)).collect();
    let bare_tops = bare_only_tops(gold);
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for (id, g) in gold {
        let Some(a) = by_id.get(id.as_str()) else {
            missing.push(id.clone());
            continue;
        };
        let pred = coarsen_to_gold(&bare_tops, &a.labels);
        found.push(Case {
            ann: a,
            gold: g,
            gold_top: tops(g),
            pred_top: tops(&pred),
            pred,
        });
    }
    (found, missing)
}

/// Evaluate annotations against gold. Macro averages run over every category present in
/// gold or predictions (a category predicted but never in gold scores F1 = 0). No bootstrap
/// and no grouping: see [`evaluate_with`].
pub fn evaluate(gold: &Gold, anns: &[Annotation]) -> Report {
    let (cases, missing) = cases(gold, anns);
    report(&cases, missing)
}

/// The report of `cases` without the optional parts.
fn report(cases: &[Case], missing: Vec<String>) -> Report {
    let mut errors = Vec::new();
    let (mut negs, mut negs_flagged) = (0, 0);
    for c in cases {
        if c.gold.is_empty() {
            negs += 1;
            if !c.pred.is_empty() {
                negs_flagged += 1;
            }
        }
        let row = |kind, category: &String| ErrorRow {
            message_id: c.ann.message_id.clone(),
            kind,
            category: category.clone(),
            text: c.ann.text.clone(),
        };
        errors.extend(c.pred.difference(c.gold).map(|x| row("false_positive", x)));
        errors.extend(c.gold.difference(&c.pred).map(|x| row("false_negative", x)));
    }
    let fine: Vec<_> = cases
        .iter()
        .map(|c| (c.gold.clone(), c.pred.clone()))
        .collect();
    let top: Vec<_> = cases
        .iter()
        .map(|c| (c.gold_top.clone(), c.pred_top.clone()))
        .collect();
    let (per, micro, macro_f1) = score(&fine);
    let (per_top, micro_top, macro_top) = score(&top);
    Report {
        messages: cases.len() as u64,
        gold_negatives: negs,
        negatives_flagged: negs_flagged,
        false_positive_rate: ratio(negs_flagged, negs),
        per_category: per,
        per_top_level: per_top,
        micro,
        macro_f1,
        macro_f1_top_level: macro_top,
        micro_top_level: micro_top,
        missing_from_annotations: missing,
        errors,
        evidence_sources: evidence_sources(cases),
        bootstrap: None,
        by_group: None,
    }
}

/// The default number of bootstrap resamples ([`Options::bootstrap`]).
pub const DEFAULT_RESAMPLES: u32 = 1000;

/// The default seed of the bootstrap ([`Options::seed`]).
pub const DEFAULT_SEED: u64 = 1;

/// The confidence level of the bootstrap and Wilson intervals.
pub const LEVEL: f64 = 0.95;

/// What [`evaluate_with`] adds to the report of [`evaluate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Per-case accuracy by this metadata field of the annotations (`meta[FIELD]`), or none.
    pub by: Option<String>,
    /// Bootstrap resamples of conversations for the 95% intervals; 0 for none.
    pub bootstrap: u32,
    /// The bootstrap's seed: the same seed, annotations and gold give the same intervals.
    pub seed: u64,
}

impl Default for Options {
    /// No grouping, [`DEFAULT_RESAMPLES`] resamples, [`DEFAULT_SEED`].
    fn default() -> Options {
        Options {
            by: None,
            bootstrap: DEFAULT_RESAMPLES,
            seed: DEFAULT_SEED,
        }
    }
}

/// [`evaluate`], plus the bootstrap intervals ([`Report::bootstrap`]) and the per-case
/// accuracy by a metadata field ([`Report::by_group`]) that `options` ask for.
///
/// # Errors
///
/// [`Error::Unknown`] (with the closest name as a suggestion) when `options.by` names a
/// field that no annotation has in its `meta`.
pub fn evaluate_with(gold: &Gold, anns: &[Annotation], options: &Options) -> Result<Report> {
    if let Some(field) = &options.by {
        check_field(anns, field)?;
    }
    let (cases, missing) = cases(gold, anns);
    let mut r = report(&cases, missing);
    r.by_group = options.by.as_deref().map(|f| by_group(&cases, f));
    r.bootstrap = bootstrap(&cases, options.bootstrap, options.seed, |c| {
        c.ann.conversation_id.as_str()
    });
    Ok(r)
}

/// A statistic and its percentile-bootstrap interval.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Interval {
    /// The statistic on the data as they are (the figure in the report).
    pub estimate: f64,
    /// The 2.5th percentile of the statistic over the resamples.
    pub low: f64,
    /// The 97.5th percentile of the statistic over the resamples.
    pub high: f64,
}

/// 95% percentile-bootstrap intervals: conversations are drawn with replacement (as many as
/// there are), each resample's statistics are computed from the messages of the conversations
/// drawn, and the interval runs from the 2.5th to the 97.5th percentile (type 7).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Bootstrap {
    /// Resamples drawn.
    pub resamples: u32,
    /// The seed they were drawn with.
    pub seed: u64,
    /// The confidence level (0.95).
    pub level: f64,
    /// Conversations with an evaluated message: the units resampled.
    pub conversations: u64,
    /// Mean F1 over top-level categories ([`Report::macro_f1_top_level`]).
    pub macro_f1_top_level: Interval,
    /// Mean F1 over category ids ([`Report::macro_f1`]).
    pub macro_f1: Interval,
    /// The share of gold negatives flagged ([`Report::false_positive_rate`]); none without
    /// gold negatives.
    pub false_positive_rate: Option<Interval>,
}

/// Confusion cells within a category's three slots.
const TP: usize = 0;
const FP: usize = 1;
const FN: usize = 2;

/// Each resampling unit's contribution to the confusion counts, computed once, so that a
/// resample only adds up the counts of the units it draws.
///
/// Slots: `3k + cell` for the k-th category id, `3(ids + k) + cell` for the k-th top-level
/// category, then gold negatives and flagged gold negatives.
struct Tallies {
    /// Category ids in gold or predictions.
    ids: usize,
    /// Top-level categories in gold or predictions.
    tops: usize,
    /// Unit `u`'s non-zero `(slot, count)` pairs are `entries[starts[u]..starts[u + 1]]`.
    starts: Vec<usize>,
    entries: Vec<(u32, u32)>,
}

/// Which unit of resampling a case belongs to (its conversation).
type UnitOf = for<'x, 'a> fn(&'x Case<'a>) -> &'x str;

/// Each distinct string of `names`, numbered in sorted order.
fn numbered<'c>(names: impl Iterator<Item = &'c String>) -> BTreeMap<&'c str, usize> {
    let all: BTreeSet<&str> = names.map(String::as_str).collect();
    all.into_iter().enumerate().map(|(i, s)| (s, i)).collect()
}

impl Tallies {
    /// The tallies of `cases` grouped into units by `unit_of` (units in sorted order).
    fn new(cases: &[Case], unit_of: UnitOf) -> Tallies {
        let ids = numbered(cases.iter().flat_map(|c| c.gold.iter().chain(&c.pred)));
        let tops = numbered(
            cases
                .iter()
                .flat_map(|c| c.gold_top.iter().chain(&c.pred_top)),
        );
        let negatives = 3 * (ids.len() + tops.len());
        let mut units: BTreeMap<&str, BTreeMap<u32, u32>> = BTreeMap::new();
        for c in cases {
            let unit = units.entry(unit_of(c)).or_default();
            let mut add = |slot: usize| *unit.entry(slot as u32).or_default() += 1;
            let mut tally = |gold: &BTreeSet<String>, pred: &BTreeSet<String>, first: usize| {
                let numbers = if first == 0 { &ids } else { &tops };
                for cat in gold.union(pred) {
                    let cell = match (gold.contains(cat), pred.contains(cat)) {
                        (true, true) => TP,
                        (false, _) => FP,
                        (true, false) => FN,
                    };
                    add(3 * (first + numbers[cat.as_str()]) + cell);
                }
            };
            tally(c.gold, &c.pred, 0);
            tally(&c.gold_top, &c.pred_top, ids.len());
            if c.gold.is_empty() {
                add(negatives);
                if !c.pred.is_empty() {
                    add(negatives + 1);
                }
            }
        }
        let mut starts = vec![0];
        let mut entries = Vec::new();
        for counts in units.values() {
            entries.extend(counts.iter().map(|(&s, &n)| (s, n)));
            starts.push(entries.len());
        }
        Tallies {
            ids: ids.len(),
            tops: tops.len(),
            starts,
            entries,
        }
    }

    fn units(&self) -> usize {
        self.starts.len() - 1
    }

    fn slots(&self) -> usize {
        3 * (self.ids + self.tops) + 2
    }

    /// Add unit `u`'s counts, `weight` times, to `totals`.
    fn add_unit(&self, u: usize, weight: u64, totals: &mut [u64]) {
        for &(slot, n) in &self.entries[self.starts[u]..self.starts[u + 1]] {
            totals[slot as usize] += weight * u64::from(n);
        }
    }

    /// `[top-level macro-F1, macro-F1 over ids, share of gold negatives flagged]` from summed
    /// counts, computed as [`score`] and [`report`] compute them: the macro average runs over
    /// the categories present (in gold or predicted) in the sample.
    fn stats(&self, totals: &[u64]) -> [f64; 3] {
        let macro_f1 = |first: usize, n: usize| {
            let f1s: Vec<f64> = (first..first + n)
                .map(|k| &totals[3 * k..3 * k + 3])
                .filter(|t| t.iter().any(|&x| x > 0))
                .map(|t| {
                    let (tp, fp, fn_) = (t[TP], t[FP], t[FN]);
                    f1_of(&Confusion { tp, fp, fn_, tn: 0 })
                })
                .collect();
            macro_mean(&f1s)
        };
        let negatives = 3 * (self.ids + self.tops);
        [
            macro_f1(self.ids, self.tops),
            macro_f1(0, self.ids),
            ratio(totals[negatives + 1], totals[negatives]),
        ]
    }

    /// The statistics of one resample: `units()` units drawn with replacement from a generator
    /// started at `state`. `weights` and `totals` are scratch space.
    fn resample(&self, state: u64, weights: &mut Vec<u64>, totals: &mut Vec<u64>) -> [f64; 3] {
        let n = self.units();
        weights.clear();
        weights.resize(n, 0);
        let mut rng = SplitMix64::from_state(state);
        for _ in 0..n {
            weights[rng.index(n)] += 1;
        }
        totals.clear();
        totals.resize(self.slots(), 0);
        for (u, &w) in weights.iter().enumerate().filter(|(_, &w)| w > 0) {
            self.add_unit(u, w, totals);
        }
        self.stats(totals)
    }

    /// The statistics of the sample as it is (every unit once).
    fn full(&self) -> [f64; 3] {
        let mut totals = vec![0; self.slots()];
        for u in 0..self.units() {
            self.add_unit(u, 1, &mut totals);
        }
        self.stats(&totals)
    }
}

/// Percentile-bootstrap intervals of `cases`, resampling the units `unit_of` names (the
/// conversations, in [`evaluate_with`]); `None` for 0 resamples or no case. Resample `i`
/// draws from its own generator, seeded by the `i`-th output of a generator seeded with
/// `seed`, so the result does not depend on how the resamples are spread over threads.
fn bootstrap(cases: &[Case], resamples: u32, seed: u64, unit_of: UnitOf) -> Option<Bootstrap> {
    if resamples == 0 || cases.is_empty() {
        return None;
    }
    let t = Tallies::new(cases, unit_of);
    let mut master = SplitMix64::from_state(seed);
    let states: Vec<u64> = (0..resamples).map(|_| master.next_u64()).collect();
    let draws: Vec<[f64; 3]> = states
        .par_iter()
        .map_init(
            || (Vec::new(), Vec::new()),
            |(w, totals), &s| t.resample(s, w, totals),
        )
        .collect();
    let full = t.full();
    let interval = |i: usize| {
        let mut v: Vec<f64> = draws.iter().map(|d| d[i]).collect();
        let (low, high) = percentile_interval(&mut v, LEVEL)?;
        Some(Interval {
            estimate: full[i],
            low,
            high,
        })
    };
    let has_negatives = cases.iter().any(|c| c.gold.is_empty());
    Some(Bootstrap {
        resamples,
        seed,
        level: LEVEL,
        conversations: t.units() as u64,
        macro_f1_top_level: interval(0)?,
        macro_f1: interval(1)?,
        false_positive_rate: interval(2).filter(|_| has_negatives),
    })
}

/// Per-case accuracy of one group of messages (HateCheck's per-functionality pass rate).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GroupRow {
    /// The field's value (`direct_request`), or `all` for every evaluated message.
    pub group: String,
    /// Evaluated messages in the group.
    pub cases: u64,
    /// Cases whose predicted top-level categories are exactly gold's.
    pub correct: u64,
    /// `correct / cases` (0 without cases).
    pub accuracy: f64,
    /// Lower end of the 95% Wilson interval of `accuracy` (0 without cases).
    pub ci_low: f64,
    /// Upper end of the 95% Wilson interval of `accuracy` (0 without cases).
    pub ci_high: f64,
    /// Cases whose predicted category ids (at gold's level) are exactly gold's.
    pub correct_fine: u64,
    /// `correct_fine / cases` (0 without cases).
    pub accuracy_fine: f64,
}

impl GroupRow {
    fn new(group: &str, cases: &[&Case]) -> GroupRow {
        let n = cases.len() as u64;
        let correct = cases.iter().filter(|c| c.pred_top == c.gold_top).count() as u64;
        let correct_fine = cases.iter().filter(|c| c.pred == *c.gold).count() as u64;
        let (ci_low, ci_high) = wilson(correct, n, Z95).unwrap_or((0.0, 0.0));
        GroupRow {
            group: group.to_string(),
            cases: n,
            correct,
            accuracy: ratio(correct, n),
            ci_low,
            ci_high,
            correct_fine,
            accuracy_fine: ratio(correct_fine, n),
        }
    }
}

/// Per-case accuracy by the values of a metadata field ([`Options::by`]).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ByGroup {
    /// The field (`functionality`).
    pub field: String,
    /// One row per value, sorted by value; context messages are not a group.
    pub groups: Vec<GroupRow>,
    /// Evaluated messages whose value is `context` or empty, or that lack the field: context
    /// for the cases, not cases themselves. They count in `all` and every other figure of the
    /// report.
    pub context_skipped: u64,
    /// Every evaluated message, context messages included.
    pub all: GroupRow,
}

/// Whether a field value marks a context message rather than a case.
fn is_context(value: &str) -> bool {
    let v = value.trim();
    v.is_empty() || v.eq_ignore_ascii_case("context")
}

/// `Ok` when some annotation has `field` in its `meta`, else an unknown-field error that
/// suggests the closest field they have.
fn check_field(anns: &[Annotation], field: &str) -> Result<()> {
    let fields: BTreeSet<&str> = anns
        .iter()
        .flat_map(|a| a.meta.keys().map(String::as_str))
        .collect();
    crate::suggest::check("meta field", field, fields)?;
    Ok(())
}

/// Per-case accuracy of `cases` by their value of `field`.
fn by_group(cases: &[Case], field: &str) -> ByGroup {
    let mut groups: BTreeMap<&str, Vec<&Case>> = BTreeMap::new();
    let mut context_skipped = 0;
    for c in cases {
        match c.ann.meta.get(field).map(String::as_str) {
            Some(v) if !is_context(v) => groups.entry(v).or_default().push(c),
            _ => context_skipped += 1,
        }
    }
    let all: Vec<&Case> = cases.iter().collect();
    ByGroup {
        field: field.to_string(),
        groups: groups.iter().map(|(g, cs)| GroupRow::new(g, cs)).collect(),
        context_skipped,
        all: GroupRow::new("all", &all),
    }
}

/// How many labels rest on one kind of evidence.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SourceShare {
    /// The kind of evidence.
    pub source: Source,
    /// Labels with this kind among their evidence.
    pub labels: u64,
    /// `labels` over all the labels counted.
    pub share: f64,
    /// Labels whose only kind of evidence is this one.
    pub only: u64,
    /// `only` over all the labels counted.
    pub only_share: f64,
}

/// Which kinds of evidence a set of predicted labels rests on. A label can have several, so
/// the `share`s can sum to more than 1; the `only` counts and `no_evidence` sum to at most
/// `labels`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EvidenceShares {
    /// The labels counted: each predicted id (at gold's level) of each evaluated message.
    pub labels: u64,
    /// Labels without recorded evidence (annotation files written without `evidence`).
    pub no_evidence: u64,
    /// Lexicon, pattern, rule and classifier, in that order (and gold, when some label has it).
    pub sources: Vec<SourceShare>,
}

/// Which kinds of evidence the predicted labels rest on, and which the false positives do.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EvidenceSources {
    /// Every predicted label of the evaluated messages.
    pub predicted: EvidenceShares,
    /// The predicted labels that gold does not have (the `false_positive` errors).
    pub false_positives: EvidenceShares,
}

/// Counts behind [`EvidenceShares`].
#[derive(Default)]
struct SourceCounts {
    labels: u64,
    no_evidence: u64,
    with: BTreeMap<Source, u64>,
    only: BTreeMap<Source, u64>,
}

impl SourceCounts {
    fn add(&mut self, sources: &BTreeSet<Source>) {
        self.labels += 1;
        for s in sources {
            *self.with.entry(*s).or_default() += 1;
        }
        match sources.len() {
            0 => self.no_evidence += 1,
            1 => sources
                .iter()
                .for_each(|s| *self.only.entry(*s).or_default() += 1),
            _ => {}
        }
    }

    fn shares(&self) -> EvidenceShares {
        use Source::*;
        let count = |m: &BTreeMap<Source, u64>, s| m.get(&s).copied().unwrap_or(0);
        let sources = [Lexicon, Pattern, Rule, Classifier, Gold]
            .into_iter()
            .filter(|&s| s != Gold || self.with.contains_key(&s))
            .map(|s| SourceShare {
                source: s,
                labels: count(&self.with, s),
                share: ratio(count(&self.with, s), self.labels),
                only: count(&self.only, s),
                only_share: ratio(count(&self.only, s), self.labels),
            })
            .collect();
        EvidenceShares {
            labels: self.labels,
            no_evidence: self.no_evidence,
            sources,
        }
    }
}

/// The kinds of evidence of every predicted label of `cases`, and of the false positives. A
/// sub-category counted as its bare top-level id ([`coarsen_to_gold`]) lends that id its
/// evidence.
fn evidence_sources(cases: &[Case]) -> EvidenceSources {
    let (mut all, mut fps) = (SourceCounts::default(), SourceCounts::default());
    for c in cases {
        let mut by_label: BTreeMap<&str, BTreeSet<Source>> = c
            .pred
            .iter()
            .map(|l| (l.as_str(), BTreeSet::new()))
            .collect();
        for (label, sources) in &c.ann.evidence {
            let at_gold_level = if c.pred.contains(label) {
                label.as_str()
            } else {
                top_level(label)
            };
            if let Some(set) = by_label.get_mut(at_gold_level) {
                set.extend(sources.iter().copied());
            }
        }
        for (label, sources) in &by_label {
            all.add(sources);
            if !c.gold.contains(*label) {
                fps.add(sources);
            }
        }
    }
    EvidenceSources {
        predicted: all.shares(),
        false_positives: fps.shares(),
    }
}

/// A plain-text rendering (no message text).
pub fn render(r: &Report) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let table = |s: &mut String, rows: &[Prf]| {
        let _ = writeln!(
            s,
            "{:<28} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}",
            "category", "tp", "fp", "fn", "P", "R", "F1"
        );
        for p in rows {
            let _ = writeln!(
                s,
                "{:<28} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}",
                p.category, p.tp, p.fp, p.r#fn, p.precision, p.recall, p.f1
            );
        }
    };
    let _ = writeln!(
        s,
        "messages evaluated: {}  (gold negatives: {}, of which flagged: {} = {:.1}%)",
        r.messages,
        r.gold_negatives,
        r.negatives_flagged,
        100.0 * r.false_positive_rate
    );
    let _ = writeln!(s, "\nper category id:");
    table(&mut s, &r.per_category);
    let _ = writeln!(
        s,
        "micro P/R/F1: {:.3} / {:.3} / {:.3}   macro-F1: {:.3}",
        r.micro.precision, r.micro.recall, r.micro.f1, r.macro_f1
    );
    let _ = writeln!(s, "\nper top-level category:");
    table(&mut s, &r.per_top_level);
    let _ = writeln!(
        s,
        "micro P/R/F1: {:.3} / {:.3} / {:.3}   macro-F1: {:.3}",
        r.micro_top_level.precision,
        r.micro_top_level.recall,
        r.micro_top_level.f1,
        r.macro_f1_top_level
    );
    if !r.missing_from_annotations.is_empty() {
        let _ = writeln!(
            s,
            "\nwarning: {} gold messages have no annotation",
            r.missing_from_annotations.len()
        );
    }
    let _ = writeln!(s, "\nerrors: {} (message_id kind category)", r.errors.len());
    for e in &r.errors {
        let _ = writeln!(s, "  {} {} {}", e.message_id, e.kind, e.category);
    }
    render_extras(&mut s, r);
    s
}

/// The optional parts of the report, after the errors: bootstrap intervals, evidence
/// sources, and the per-case accuracy by group.
fn render_extras(s: &mut String, r: &Report) {
    if let Some(b) = &r.bootstrap {
        render_bootstrap(s, b);
    }
    render_evidence(s, &r.evidence_sources);
    if let Some(g) = &r.by_group {
        render_by_group(s, g);
    }
}

/// `name estimate [low, high]` for each bootstrapped statistic.
fn render_bootstrap(s: &mut String, b: &Bootstrap) {
    use std::fmt::Write;
    let _ = writeln!(
        s,
        "\n{:.0}% bootstrap intervals ({} resamples of {} conversations, seed {}; percentiles 2.5-97.5):",
        100.0 * b.level,
        b.resamples,
        b.conversations,
        b.seed
    );
    let line = |s: &mut String, name: &str, i: &Interval| {
        let _ = writeln!(
            s,
            "  {name:<32} {:.3} [{:.3}, {:.3}]",
            i.estimate, i.low, i.high
        );
    };
    line(s, "macro-F1 (top-level categories)", &b.macro_f1_top_level);
    line(s, "macro-F1 (category ids)", &b.macro_f1);
    if let Some(i) = &b.false_positive_rate {
        line(s, "share of gold negatives flagged", i);
    }
}

/// One table: each kind of evidence, over all predicted labels and over false positives.
fn render_evidence(s: &mut String, e: &EvidenceSources) {
    use std::fmt::Write;
    let (p, f) = (&e.predicted, &e.false_positives);
    let _ = writeln!(
        s,
        "\nevidence sources: {} predicted labels, {} of them false positives (a label can have several sources; only = its sole source):",
        p.labels, f.labels
    );
    let _ = writeln!(
        s,
        "{:<12} {:>9} {:>7} {:>6} {:>7}   {:>9} {:>7} {:>6} {:>7}",
        "source", "predicted", "share", "only", "share", "false pos", "share", "only", "share"
    );
    let pct = |x: f64| format!("{:.1}%", 100.0 * x);
    for (a, b) in p.sources.iter().zip(&f.sources) {
        let _ = writeln!(
            s,
            "{:<12} {:>9} {:>7} {:>6} {:>7}   {:>9} {:>7} {:>6} {:>7}",
            a.source.as_str(),
            a.labels,
            pct(a.share),
            a.only,
            pct(a.only_share),
            b.labels,
            pct(b.share),
            b.only,
            pct(b.only_share)
        );
    }
    if p.no_evidence > 0 {
        let _ = writeln!(
            s,
            "{:<12} {:>9} {:>7} {:>6} {:>7}   {:>9}",
            "(none)",
            p.no_evidence,
            pct(ratio(p.no_evidence, p.labels)),
            "",
            "",
            f.no_evidence
        );
    }
}

/// The per-case accuracy table, one row per group, then every message, then the skipped count.
fn render_by_group(s: &mut String, g: &ByGroup) {
    use std::fmt::Write;
    let _ = writeln!(
        s,
        "\nper-case accuracy by {} (correct: the predicted top-level categories are gold's; \
95% Wilson interval; fine: the category ids are gold's):",
        g.field
    );
    let width = g
        .groups
        .iter()
        .map(|r| r.group.chars().count())
        .chain([g.field.chars().count(), 14])
        .max()
        .unwrap_or(14);
    let _ = writeln!(
        s,
        "{:<width$} {:>6} {:>7} {:>8}  {:<16} {:>6}",
        g.field, "cases", "correct", "accuracy", "95% interval", "fine"
    );
    let row = |s: &mut String, name: &str, r: &GroupRow| {
        let _ = writeln!(
            s,
            "{name:<width$} {:>6} {:>7} {:>8.3}  {:<16} {:>6.3}",
            r.cases,
            r.correct,
            r.accuracy,
            format!("[{:.3}, {:.3}]", r.ci_low, r.ci_high),
            r.accuracy_fine
        );
    };
    for r in &g.groups {
        row(s, &r.group, r);
    }
    row(s, "(all messages)", &g.all);
    if g.context_skipped > 0 {
        let _ = writeln!(
            s,
            "skipped {} context messages ({} \"context\" or empty): not a group, but counted in \
\"(all messages)\" and in every figure above",
            g.context_skipped, g.field
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sub_categories_count_as_a_top_level_id_that_gold_uses_bare() {
        use crate::model::{Annotation, Source};
        let ann = |id: &str, cat: &str| {
            Annotation::builder(id, "some text here")
                .span(cat, 0, 4, 1, Source::Lexicon)
                .build()
        };
        let anns = [
            ann("m1", "protective.support"),
            ann("m2", "protective.challenge"),
        ];
        let gold: Gold = [("m1", "protective"), ("m2", "protective")]
            .iter()
            .map(|(m, g)| (m.to_string(), [g.to_string()].into()))
            .collect();
        let r = evaluate(&gold, &anns);
        assert_eq!(r.macro_f1, 1.0, "{r:?}");
        // Gold that uses a sub-category is judged at that level.
        let mut gold2 = gold.clone();
        gold2.insert("m2".into(), ["protective.support".to_string()].into());
        let r = evaluate(&gold2, &anns);
        assert!(r.macro_f1 < 1.0, "{r:?}");
    }

    use super::*;

    fn ann(id: &str, labels: &[&str]) -> Annotation {
        labels
            .iter()
            .fold(
                Annotation::builder(id, "t")
                    .conversation("c")
                    .speaker("s")
                    .tokens(1),
                |b, l| b.label(*l, crate::model::Source::Classifier),
            )
            .build()
    }

    #[test]
    fn prf_by_hand() {
        let mut gold = Gold::new();
        gold.insert("1".into(), ["coercive.threat".to_string()].into());
        gold.insert("2".into(), ["coercive.threat".to_string()].into());
        gold.insert("3".into(), BTreeSet::new());
        gold.insert("4".into(), ["protective".to_string()].into());
        let anns = vec![
            ann("1", &["coercive.threat"]),
            ann("2", &["coercive.exposure"]),
            ann("3", &["coercive.threat"]),
            ann("4", &["protective"]),
        ];
        let r = evaluate(&gold, &anns);
        let t = r
            .per_category
            .iter()
            .find(|p| p.category == "coercive.threat")
            .unwrap();
        assert_eq!((t.tp, t.fp, t.r#fn), (1, 1, 1));
        assert!((t.f1 - 0.5).abs() < 1e-12);
        // top level: coercive tp=2 (1,2), fp=1 (3); protective tp=1
        let c = r
            .per_top_level
            .iter()
            .find(|p| p.category == "coercive")
            .unwrap();
        assert_eq!((c.tp, c.fp, c.r#fn), (2, 1, 0));
        assert_eq!(r.negatives_flagged, 1);
        assert!((r.false_positive_rate - 1.0).abs() < 1e-12);
        assert_eq!(r.errors.len(), 3);
    }

    /// A message of conversation `conv` with `labels`, each from `source`, and `meta` fields.
    fn msg(
        id: &str,
        conv: &str,
        labels: &[&str],
        source: Source,
        meta: &[(&str, &str)],
    ) -> Annotation {
        let b = meta.iter().fold(
            Annotation::builder(id, "t").conversation(conv),
            |b, (k, v)| b.meta(*k, *v),
        );
        labels.iter().fold(b, |b, l| b.label(*l, source)).build()
    }

    fn set(labels: &[&str]) -> BTreeSet<String> {
        labels.iter().map(|l| l.to_string()).collect()
    }

    /// 30 conversations of 4 messages with errors spread by a seeded generator: gold
    /// `coercive.threat`, `sexualised.names` or nothing, predictions mostly right.
    fn noisy_corpus() -> (Gold, Vec<Annotation>) {
        let mut rng = SplitMix64::from_state(99);
        let cats = [&["coercive.threat"][..], &["sexualised.names"], &[]];
        let (mut gold, mut anns) = (Gold::new(), Vec::new());
        for i in 0..120 {
            let id = format!("m{i:03}");
            let g = *rng.pick(&cats);
            let p = if rng.index(5) == 0 {
                *rng.pick(&cats)
            } else {
                g
            };
            gold.insert(id.clone(), set(g));
            anns.push(msg(&id, &format!("c{}", i / 4), p, Source::Lexicon, &[]));
        }
        (gold, anns)
    }

    fn with_bootstrap(resamples: u32, seed: u64) -> Options {
        Options {
            by: None,
            bootstrap: resamples,
            seed,
        }
    }

    #[test]
    fn bootstrap_is_deterministic_for_a_seed_whatever_the_threads() {
        let (gold, anns) = noisy_corpus();
        let run = |threads: usize, seed: u64| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| evaluate_with(&gold, &anns, &with_bootstrap(300, seed)))
                .unwrap()
                .bootstrap
                .unwrap()
        };
        let b = run(1, 7);
        assert_eq!(b, run(4, 7));
        assert_eq!(b, run(1, 7));
        assert_ne!(b, run(1, 8), "another seed, other draws");
        assert_eq!((b.resamples, b.seed, b.conversations), (300, 7, 30));
        let off = evaluate_with(&gold, &anns, &with_bootstrap(0, 7)).unwrap();
        assert!(off.bootstrap.is_none());
    }

    #[test]
    fn bootstrap_estimates_are_the_report_figures_inside_their_intervals() {
        let (gold, anns) = noisy_corpus();
        let r = evaluate_with(&gold, &anns, &Options::default()).unwrap();
        let b = r.bootstrap.as_ref().unwrap();
        let fpr = b.false_positive_rate.unwrap();
        for (i, figure) in [
            (b.macro_f1_top_level, r.macro_f1_top_level),
            (b.macro_f1, r.macro_f1),
            (fpr, r.false_positive_rate),
        ] {
            // The precomputed per-conversation counts give the report's figure exactly.
            assert_eq!(i.estimate, figure, "{b:?}");
            assert!(i.low < i.estimate && i.estimate < i.high, "{i:?}");
            assert!(i.high - i.low < 0.5, "{i:?}");
        }
        assert_eq!(b.resamples, DEFAULT_RESAMPLES);
        // Without gold negatives there is no interval for their share.
        let positives: Gold = gold.into_iter().filter(|(_, g)| !g.is_empty()).collect();
        let r = evaluate_with(&positives, &anns, &Options::default()).unwrap();
        assert!(r.bootstrap.unwrap().false_positive_rate.is_none());
    }

    #[test]
    fn bootstrap_resamples_conversations_not_messages() {
        // 20 conversations of 5 threats and 5 harmless messages; every error is in c00,
        // where the threats are missed and the harmless messages flagged.
        let (mut gold, mut anns) = (Gold::new(), Vec::new());
        for c in 0..20 {
            for m in 0..10 {
                let id = format!("c{c:02}m{m}");
                let threat = m < 5;
                let predicted = threat != (c == 0);
                gold.insert(
                    id.clone(),
                    set(if threat { &["coercive.threat"] } else { &[] }),
                );
                let p: &[&str] = if predicted { &["coercive.threat"] } else { &[] };
                anns.push(msg(&id, &format!("c{c:02}"), p, Source::Pattern, &[]));
            }
        }
        let (cases, _) = cases(&gold, &anns);
        let by_conv = bootstrap(&cases, 1000, 3, |c| c.ann.conversation_id.as_str()).unwrap();
        let by_msg = bootstrap(&cases, 1000, 3, |c| c.ann.message_id.as_str()).unwrap();
        assert_eq!((by_conv.conversations, by_msg.conversations), (20, 200));
        let width = |i: Interval| i.high - i.low;
        for (conv, msg) in [
            (by_conv.macro_f1, by_msg.macro_f1),
            (by_conv.macro_f1_top_level, by_msg.macro_f1_top_level),
            (
                by_conv.false_positive_rate.unwrap(),
                by_msg.false_positive_rate.unwrap(),
            ),
        ] {
            assert_eq!(conv.estimate, msg.estimate);
            assert!(width(conv) > 1.5 * width(msg), "{conv:?} {msg:?}");
        }
        // Drawing c00 0 to 3 times in 20: the share flagged runs from 0 to 15 in 100.
        let fpr = by_conv.false_positive_rate.unwrap();
        assert_eq!((fpr.low, fpr.estimate), (0.0, 0.05));
        assert!((fpr.high - 0.15).abs() < 1e-12, "{fpr:?}");
    }

    #[test]
    fn bootstrap_of_500_messages_resamples_167_conversations() {
        let (mut gold, mut anns) = (Gold::new(), Vec::new());
        let mut rng = SplitMix64::from_state(5);
        let cats = [
            "coercive.threat",
            "coercive.pressure",
            "protective.support",
            "sexualised.names",
        ];
        for i in 0..500 {
            let id = format!("m{i:03}");
            let g: &[&str] = if i % 3 == 0 {
                &[]
            } else {
                std::slice::from_ref(rng.pick(&cats))
            };
            let p: &[&str] = if rng.index(4) == 0 {
                std::slice::from_ref(rng.pick(&cats))
            } else {
                g
            };
            gold.insert(id.clone(), set(g));
            anns.push(msg(&id, &format!("c{}", i / 3), p, Source::Lexicon, &[]));
        }
        // No timing here (speed lives in benchmarks; a wall-clock limit failed on a loaded CI
        // machine): 1,000 resamples of 167 conversations complete and count whole conversations.
        let r = evaluate_with(&gold, &anns, &with_bootstrap(1000, 1)).unwrap();
        assert_eq!(r.bootstrap.unwrap().conversations, 167);
    }

    #[test]
    fn accuracy_by_group_counts_cases_and_skips_context() {
        let f = "functionality";
        let anns = vec![
            // Top-level and ids right (a sub-category judged as gold's bare id).
            msg(
                "a1",
                "c1",
                &["protective.support"],
                Source::Lexicon,
                &[(f, "alpha")],
            ),
            // Top-level right, id wrong.
            msg(
                "a2",
                "c2",
                &["coercive.pressure"],
                Source::Lexicon,
                &[(f, "alpha")],
            ),
            // Wrong: a false positive.
            msg(
                "a3",
                "c3",
                &["coercive.threat"],
                Source::Lexicon,
                &[(f, "alpha")],
            ),
            msg("b1", "c4", &[], Source::Lexicon, &[(f, "beta")]),
            msg(
                "x1",
                "c1",
                &["coercive.threat"],
                Source::Lexicon,
                &[(f, "context")],
            ),
            msg("x2", "c2", &[], Source::Lexicon, &[(f, " ")]),
            msg("x3", "c3", &[], Source::Lexicon, &[("other", "alpha")]),
        ];
        let gold: Gold = [
            ("a1", &["protective"][..]),
            ("a2", &["coercive.threat"]),
            ("a3", &[]),
            ("b1", &[]),
            ("x1", &["coercive.threat"]),
            ("x2", &["sexualised.names"]),
            ("x3", &[]),
        ]
        .iter()
        .map(|(m, g)| (m.to_string(), set(g)))
        .collect();
        let options = Options {
            by: Some(f.into()),
            bootstrap: 0,
            seed: 1,
        };
        let g = evaluate_with(&gold, &anns, &options)
            .unwrap()
            .by_group
            .unwrap();
        assert_eq!(g.field, f);
        assert_eq!(g.context_skipped, 3);
        let names: Vec<&str> = g.groups.iter().map(|r| r.group.as_str()).collect();
        assert_eq!(names, ["alpha", "beta"]);
        let a = &g.groups[0];
        assert_eq!((a.cases, a.correct, a.correct_fine), (3, 2, 1));
        assert!(
            (a.accuracy - 2.0 / 3.0).abs() < 1e-12 && (a.accuracy_fine - 1.0 / 3.0).abs() < 1e-12
        );
        let (lo, hi) = wilson(2, 3, Z95).unwrap();
        assert_eq!((a.ci_low, a.ci_high), (lo, hi));
        assert_eq!((g.groups[1].cases, g.groups[1].correct), (1, 1));
        // Context messages count in the overall row: 7 cases, x2 the one more error.
        assert_eq!((g.all.cases, g.all.correct, g.all.correct_fine), (7, 5, 4));
        let text = render(&evaluate_with(&gold, &anns, &options).unwrap());
        assert!(text.contains("skipped 3 context messages"), "{text}");
        assert!(
            text.contains("\nalpha ") && text.contains("\n(all messages) "),
            "{text}"
        );
    }

    #[test]
    fn an_unknown_field_is_an_error_that_suggests_the_closest() {
        let anns = vec![msg(
            "m1",
            "c1",
            &[],
            Source::Lexicon,
            &[("functionality", "x"), ("platform", "y")],
        )];
        let gold: Gold = [("m1".to_string(), BTreeSet::new())].into();
        let options = Options {
            by: Some("functionalty".into()),
            ..Options::default()
        };
        let e = evaluate_with(&gold, &anns, &options).unwrap_err();
        let Error::Unknown(u) = &e else {
            panic!("{e:?}")
        };
        assert_eq!(u.suggestion.as_deref(), Some("functionality"));
        assert_eq!(u.valid, ["functionality", "platform"]);
        assert!(
            e.to_string().contains("did you mean \"functionality\"?"),
            "{e}"
        );
    }

    #[test]
    fn evidence_sources_of_all_labels_and_of_false_positives() {
        let two = |id: &str, conv| {
            Annotation::builder(id, "t")
                .conversation(conv)
                .label("coercive.threat", Source::Lexicon)
                .label("coercive.threat", Source::Pattern)
                .label("sexualised.names", Source::Classifier)
                .build()
        };
        let anns = vec![
            // TP coercive.threat (lexicon + pattern), FP sexualised.names (classifier only).
            two("m1", "c1"),
            // FP coercive.pressure (pattern only).
            msg("m2", "c1", &["coercive.pressure"], Source::Pattern, &[]),
            // A sub-category judged as gold's bare `protective`, with its rule evidence: TP.
            msg("m3", "c2", &["protective.support"], Source::Rule, &[]),
            // Evidence of two sub-categories pooled on one coarsened label: FP (lexicon, rule).
            Annotation::builder("m4", "t")
                .label("protective.challenge", Source::Lexicon)
                .label("protective.reporting", Source::Rule)
                .build(),
            // A label read from a file without evidence.
            Annotation {
                evidence: BTreeMap::new(),
                ..msg("m5", "c3", &["coercive.threat"], Source::Lexicon, &[])
            },
        ];
        let gold: Gold = [
            ("m1", &["coercive.threat"][..]),
            ("m2", &[]),
            ("m3", &["protective"]),
            ("m4", &[]),
            ("m5", &["coercive.threat"]),
        ]
        .iter()
        .map(|(m, g)| (m.to_string(), set(g)))
        .collect();
        let e = evaluate(&gold, &anns).evidence_sources;
        let counts = |s: &EvidenceShares| -> Vec<(Source, u64, u64)> {
            s.sources
                .iter()
                .map(|x| (x.source, x.labels, x.only))
                .collect()
        };
        use Source::{Classifier, Lexicon, Pattern, Rule};
        assert_eq!((e.predicted.labels, e.predicted.no_evidence), (6, 1));
        assert_eq!(
            counts(&e.predicted),
            [
                (Lexicon, 2, 0),
                (Pattern, 2, 1),
                (Rule, 2, 1),
                (Classifier, 1, 1)
            ]
        );
        assert_eq!(
            (e.false_positives.labels, e.false_positives.no_evidence),
            (3, 0)
        );
        assert_eq!(
            counts(&e.false_positives),
            [
                (Lexicon, 1, 0),
                (Pattern, 1, 1),
                (Rule, 1, 0),
                (Classifier, 1, 1)
            ]
        );
        let classifier = &e.false_positives.sources[3];
        assert!((classifier.share - 1.0 / 3.0).abs() < 1e-12);
        assert!((classifier.only_share - 1.0 / 3.0).abs() < 1e-12);
        // The false positives are exactly the `false_positive` errors.
        let r = evaluate(&gold, &anns);
        let fp_errors = r
            .errors
            .iter()
            .filter(|x| x.kind == "false_positive")
            .count();
        assert_eq!(fp_errors as u64, e.false_positives.labels);
    }
}
