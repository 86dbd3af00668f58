//! Evaluate annotations against gold labels: P/R/F1 per category id and per top-level
//! category, micro and macro averages, the false-positive rate on unflagged gold messages,
//! and the list of errors.

use crate::error::{Context, Error, Result};
use crate::metrics::{f1_from_precision_recall, macro_mean, ratio, Confusion};
use crate::model::{top_level, Annotation};
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
    fn new(category: &str, tp: u64, fp: u64, fn_: u64) -> Prf {
        let c = Confusion { tp, fp, fn_, tn: 0 };
        let (p, r) = (c.precision(), c.recall());
        Prf {
            category: category.into(),
            tp,
            fp,
            r#fn: fn_,
            support: c.support(),
            precision: p,
            recall: r,
            f1: f1_from_precision_recall(p, r),
        }
    }
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

/// Evaluate annotations against gold. Macro averages run over every category present in
/// gold or predictions (a category predicted but never in gold scores F1 = 0).
pub fn evaluate(gold: &Gold, anns: &[Annotation]) -> Report {
    let by_id: BTreeMap<&str, &Annotation> =
        anns.iter().map(|a| (a.message_id.as_str(), a)).collect();
    let bare_tops = bare_only_tops(gold);
    let mut fine = Vec::new();
    let mut top = Vec::new();
    let mut missing = Vec::new();
    let mut errors = Vec::new();
    let (mut negs, mut negs_flagged) = (0, 0);
    for (id, g) in gold {
        let Some(a) = by_id.get(id.as_str()) else {
            missing.push(id.clone());
            continue;
        };
        let p = coarsen_to_gold(&bare_tops, &a.labels);
        if g.is_empty() {
            negs += 1;
            if !p.is_empty() {
                negs_flagged += 1;
            }
        }
        for c in p.difference(g) {
            errors.push(ErrorRow {
                message_id: id.clone(),
                kind: "false_positive",
                category: c.clone(),
                text: a.text.clone(),
            });
        }
        for c in g.difference(&p) {
            errors.push(ErrorRow {
                message_id: id.clone(),
                kind: "false_negative",
                category: c.clone(),
                text: a.text.clone(),
            });
        }
        let gt: BTreeSet<String> = g.iter().map(|l| top_level(l).to_string()).collect();
        let pt: BTreeSet<String> = p.iter().map(|l| top_level(l).to_string()).collect();
        fine.push((g.clone(), p));
        top.push((gt, pt));
    }
    let (per, micro, macro_f1) = score(&fine);
    let (per_top, micro_top, macro_top) = score(&top);
    Report {
        messages: fine.len() as u64,
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
    s
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
}
