//! Overlay items for rejected flags that rest on the classifier or on a conversation rule,
//! where no word-scoped exception can reach: a local classifier threshold per category, and a
//! rule switched off for a category. Both are scoped by the review's own evidence:
//!
//! - **threshold**: over the flags of a category, the new `min_score` is just above the
//!   highest score of a rejected classifier-only flag that lies below the lowest score of an
//!   accepted flag with classifier evidence (so no accepted flag loses its classifier
//!   evidence). Rejected flags at or above that accepted score are left alone, and without an
//!   accepted classifier flag of the category nothing bounds a threshold, so none is set (one
//!   rejection would otherwise switch the label's classifier off); both are reported.
//! - **rule off**: a rule is switched off for a category only when at least
//!   [`MIN_RULE_REJECTIONS`] of its flags were rejected and none accepted.

use super::{Applied, Skipped};
use crate::lexicon::overlay::{RuleOff, Threshold};
use crate::model::{Annotation, Source};
use crate::review_apply::decisions::Decision;
use std::collections::BTreeMap;

/// Rejected flags of a rule (and no accepted one) before the rule is switched off for the
/// category: one rejection is too little evidence to silence a rule everywhere.
pub const MIN_RULE_REJECTIONS: usize = 2;

/// Scores in `annotations.jsonl` are rounded to 6 decimals; a threshold is one step above.
const STEP: f64 = 1e-6;

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// What the review said about flags that rest on the classifier or a rule.
#[derive(Debug, Default)]
pub struct Seen {
    /// Per category: (score, decision) of each rejected flag whose only evidence is the
    /// classifier.
    rejected_scores: BTreeMap<String, Vec<(f64, Decision)>>,
    /// Per category: (score, message id) of each accepted flag with classifier evidence.
    accepted_scores: BTreeMap<String, Vec<(f64, String)>>,
    /// Per (rule, category): the decisions rejecting a flag with that rule's span.
    rejected_rules: BTreeMap<(String, String), Vec<Decision>>,
    /// Per (rule, category): accepted flags with that rule's span.
    accepted_rules: BTreeMap<(String, String), usize>,
}

impl Seen {
    /// Note a decision on label `label` of `ann` (`rejected`: reject or relabel; else accept).
    pub fn note(&mut self, ann: &Annotation, d: &Decision, label: &str, rejected: bool) {
        let ev = ann.evidence.get(label);
        let classifier = ev.is_some_and(|v| v.contains(&Source::Classifier));
        let only = ev.is_some_and(|v| v == &[Source::Classifier]);
        let score = ann.scores.as_ref().and_then(|s| s.get(label)).copied();
        match (classifier, score) {
            (true, Some(score)) if rejected && only => self
                .rejected_scores
                .entry(label.to_string())
                .or_default()
                .push((score, d.clone())),
            (true, Some(score)) if !rejected => self
                .accepted_scores
                .entry(label.to_string())
                .or_default()
                .push((score, ann.message_id.clone())),
            _ => {}
        }
        let mut rules: Vec<&str> = ann
            .spans
            .iter()
            .filter(|s| s.category == label && s.is_labelling() && s.source == Source::Rule)
            .map(|s| s.rule_id.as_str())
            .collect();
        rules.sort();
        rules.dedup();
        for r in rules {
            let key = (r.to_string(), label.to_string());
            if rejected {
                self.rejected_rules.entry(key).or_default().push(d.clone());
            } else {
                *self.accepted_rules.entry(key).or_default() += 1;
            }
        }
    }

    /// The thresholds and rules off the review supports, into `out` (with the reasons for
    /// those it does not support in `out.skipped`).
    pub fn finish(&self, out: &mut Applied) {
        for (cat, rejected) in &self.rejected_scores {
            self.threshold(cat, rejected, out);
        }
        for ((rule, cat), ds) in &self.rejected_rules {
            let accepted = self.accepted_rules.get(&(rule.clone(), cat.clone()));
            let d = &ds[0];
            let skip = |reason: String| Skipped {
                message_id: d.message_id.clone(),
                label: cat.clone(),
                reason,
            };
            if let Some(n) = accepted {
                out.skipped.push(skip(format!(
                    "{rule}: {n} accepted flag(s) of {cat} rest on it too, so it stays on ({} rejected)",
                    ds.len()
                )));
            } else if ds.len() < MIN_RULE_REJECTIONS {
                out.skipped.push(skip(format!(
                    "{rule}: {} rejected flag(s) of {cat} and none accepted; a rule is switched off only after {MIN_RULE_REJECTIONS}",
                    ds.len()
                )));
            } else {
                let mut ids: Vec<String> = ds.iter().map(|d| d.message_id.clone()).collect();
                ids.dedup();
                out.rules_off.push(RuleOff {
                    id: format!("r-{rule}-{cat}-{}", d.message_id),
                    rule_id: rule.clone(),
                    category: cat.clone(),
                    rejected: ids,
                    reviewer: d.reviewer.clone(),
                    decided_at: d.decided_at.clone(),
                    message_id: d.message_id.clone(),
                    conversation_id: d.conversation_id.clone(),
                    note: d.note.clone(),
                });
            }
        }
    }

    fn threshold(&self, cat: &str, rejected: &[(f64, Decision)], out: &mut Applied) {
        let accepted = self
            .accepted_scores
            .get(cat)
            .and_then(|v| v.iter().min_by(|a, b| a.0.total_cmp(&b.0)));
        let max = rejected.iter().map(|r| r.0).fold(f64::MIN, f64::max);
        let skip = |out: &mut Applied, reason: String| {
            out.skipped.push(Skipped {
                message_id: rejected[0].1.message_id.clone(),
                label: cat.to_string(),
                reason,
            })
        };
        let Some((cap, cap_id)) = accepted.map(|(s, id)| (*s, id.as_str())) else {
            return skip(out, format!("no accepted classifier flag of {cat} in this review bounds a local threshold (rejected classifier-only scores up to {max}): none set"));
        };
        // Room for a threshold strictly between the (rounded) scores.
        let below: Vec<&(f64, Decision)> = rejected
            .iter()
            .filter(|(s, _)| *s + 2.0 * STEP <= cap)
            .collect();
        let Some(top) = below.iter().max_by(|a, b| a.0.total_cmp(&b.0)) else {
            return skip(out, format!("every rejected classifier-only flag of {cat} (highest score {max}) scores at least as high as the accepted one of message {cap_id} ({cap}): no local threshold"));
        };
        let d = &top.1;
        let mut ids: Vec<String> = below.iter().map(|(_, d)| d.message_id.clone()).collect();
        ids.sort();
        ids.dedup();
        for (s, d) in rejected.iter().filter(|(s, _)| *s > top.0) {
            out.skipped.push(Skipped {
                message_id: d.message_id.clone(),
                label: cat.to_string(),
                reason: format!(
                    "classifier score {s} is not below the accepted classifier flag of message {cap_id} ({cap}): the local threshold stops below it"
                ),
            });
        }
        out.thresholds.push(Threshold {
            id: format!("t-{cat}-{}", d.message_id),
            category: cat.to_string(),
            min_score: round6(top.0 + STEP),
            rejected_max: top.0,
            rejected: ids,
            accepted_min: Some(cap),
            accepted_message_id: cap_id.to_string(),
            reviewer: d.reviewer.clone(),
            decided_at: d.decided_at.clone(),
            message_id: d.message_id.clone(),
            conversation_id: d.conversation_id.clone(),
            note: d.note.clone(),
        });
    }
}
