//! `c2chat review apply`: turn review decisions (`decisions.jsonl`, or decisions derived by
//! diffing a gold file against the annotations) into reviewed gold (`gold.jsonl`) and a local
//! lexicon overlay ([`crate::lexicon::overlay`]): for each rejected flag an exception on the
//! entry or pattern that fired, scoped to the words around the span in that message
//! ([`scope`]); for rejected flags that rest on the classifier or a conversation rule, a local
//! classifier threshold or a rule switched off, scoped by the review's evidence
//! ([`calibrate`]); for each missed label with a selected span a proposed entry, inactive until
//! `c2chat lexicon accept`. A later round merges into the same overlay
//! ([`crate::lexicon::overlay::write_merge`]).
//!
//! Invariant: nothing here writes message text into an overlay: exceptions hold the normalised
//! words around a span (never the whole message), proposals the normalised words of a
//! reviewer-selected span, thresholds scores and message ids; provenance is reviewer, time,
//! message id and note.

pub mod calibrate;
pub mod decisions;
pub mod gold;
pub mod scope;

use crate::error::{Error, Result};
use crate::lexicon::overlay::{
    Exception, NewEntry, OverlayItems, Provenance, RuleOff, Threshold, Written,
};
use crate::lexicon::Lexicon;
use crate::model::{Annotation, Source};
use crate::normalise::normalise_str;
use decisions::Decision;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One line of the reviewed `gold.jsonl` (`c2chat evaluate --gold` reads it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldRow {
    /// The message.
    pub message_id: String,
    /// Its conversation.
    pub conversation_id: String,
    /// The labels after the decisions.
    pub gold: Vec<String>,
    /// Whether any decision was about this message (otherwise the tool's labels stand).
    pub reviewed: bool,
}

/// A decision that changed the gold but not the overlay, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// The message.
    pub message_id: String,
    /// The label.
    pub label: String,
    /// Why no exception or proposal was made.
    pub reason: String,
}

/// What applying the decisions gives.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    /// One row per annotation, in file order.
    pub gold: Vec<GoldRow>,
    /// Exceptions for rejected flags.
    pub exceptions: Vec<Exception>,
    /// Proposed entries for missed labels.
    pub proposals: Vec<NewEntry>,
    /// Local classifier thresholds for rejected flags with classifier evidence.
    pub thresholds: Vec<Threshold>,
    /// Rules switched off for rejected flags that rested on a rule.
    pub rules_off: Vec<RuleOff>,
    /// Decisions that made no overlay item, with the reason.
    pub skipped: Vec<Skipped>,
    /// Decisions by action.
    pub actions: BTreeMap<String, usize>,
}

/// Longest proposal, in words: a proposal is a term or phrase, not a message.
pub const MAX_PROPOSAL_WORDS: usize = 6;

/// Apply `decisions` (with their lines in `source`, for errors) to `anns` (whose file hashes
/// to `annotations_sha256`), against the lexicon `lex` the annotations were made with.
pub fn apply(
    anns: &[Annotation],
    decisions: &[(u64, Decision)],
    source: &Path,
    lex: &Lexicon,
    annotations_sha256: &str,
) -> Result<Applied> {
    let by_id: BTreeMap<&str, &Annotation> =
        anns.iter().map(|a| (a.message_id.as_str(), a)).collect();
    let mut labels: BTreeMap<&str, BTreeSet<String>> = anns
        .iter()
        .map(|a| (a.message_id.as_str(), a.labels.iter().cloned().collect()))
        .collect();
    let mut reviewed = BTreeSet::new();
    let mut out = Applied::default();
    let mut seen = calibrate::Seen::default();
    for (line, d) in decisions {
        let bad = |m: String| Error::input(source, Some(*line), m);
        let ann = *by_id.get(d.message_id.as_str()).ok_or_else(|| {
            bad(format!(
                "message_id {} is not in the annotations",
                d.message_id
            ))
        })?;
        if !d.conversation_id.is_empty() && d.conversation_id != ann.conversation_id {
            return Err(bad(format!(
                "message {} is in conversation {}, not {}",
                d.message_id, ann.conversation_id, d.conversation_id
            )));
        }
        if !d.annotations_sha256.is_empty() && d.annotations_sha256 != annotations_sha256 {
            return Err(bad(format!(
                "the decision was made on annotations with sha256 {}, not these ({annotations_sha256})",
                d.annotations_sha256
            )));
        }
        let given = ann.labels.contains(&d.label);
        if d.action != "add" && !given {
            return Err(bad(format!(
                "{} {}: the tool did not give this message that label (use action add for a missed label)",
                d.action, d.label
            )));
        }
        reviewed.insert(ann.message_id.as_str());
        *out.actions.entry(d.action.clone()).or_default() += 1;
        let set = labels
            .get_mut(ann.message_id.as_str())
            .expect("every message");
        match d.action.as_str() {
            "accept" => seen.note(ann, d, &d.label, false),
            "reject" => {
                set.remove(&d.label);
                except(ann, d, lex, &mut out);
                seen.note(ann, d, &d.label, true);
            }
            "relabel" => {
                let new = d.new_label.clone().unwrap_or_default();
                set.remove(&d.label);
                set.insert(new.clone());
                except(ann, d, lex, &mut out);
                seen.note(ann, d, &d.label, true);
                let range = d
                    .span
                    .as_ref()
                    .map(|s| (s.start, s.end))
                    .or_else(|| first_span(ann, &d.label));
                propose(ann, d, &new, range, lex, &mut out).map_err(bad)?;
            }
            _ => {
                set.insert(d.label.clone());
                let range = d.span.as_ref().map(|s| (s.start, s.end));
                if !given {
                    propose(ann, d, &d.label, range, lex, &mut out).map_err(bad)?;
                }
            }
        }
    }
    seen.finish(&mut out);
    out.gold = anns
        .iter()
        .map(|a| GoldRow {
            message_id: a.message_id.clone(),
            conversation_id: a.conversation_id.clone(),
            gold: labels[a.message_id.as_str()].iter().cloned().collect(),
            reviewed: reviewed.contains(a.message_id.as_str()),
        })
        .collect();
    Ok(out)
}

fn provenance(d: &Decision) -> Provenance {
    Provenance {
        reviewer: d.reviewer.clone(),
        decided_at: d.decided_at.clone(),
        message_id: d.message_id.clone(),
        conversation_id: d.conversation_id.clone(),
        note: d.note.clone(),
    }
}

/// The first labelling lexicon or pattern span of `label` (for a relabel without a span).
fn first_span(ann: &Annotation, label: &str) -> Option<(usize, usize)> {
    ann.spans
        .iter()
        .find(|s| {
            s.category == label
                && s.is_labelling()
                && matches!(s.source, Source::Lexicon | Source::Pattern)
        })
        .map(|s| (s.start, s.end))
}

/// Exceptions for a rejected (or relabelled) label: one on each labelling lexicon or pattern
/// span of it in the message (all must go for the label to go).
fn except(ann: &Annotation, d: &Decision, lex: &Lexicon, out: &mut Applied) {
    let skip = |out: &mut Applied, reason: String| {
        out.skipped.push(Skipped {
            message_id: ann.message_id.clone(),
            label: d.label.clone(),
            reason,
        })
    };
    let spans: Vec<_> = ann
        .spans
        .iter()
        .filter(|s| s.category == d.label && s.is_labelling())
        .collect();
    // Classifier and rule evidence is for [`calibrate`].
    for s in spans {
        let known = match s.source {
            Source::Lexicon => {
                let term = s.rule_id.strip_prefix("lex:").unwrap_or(&s.rule_id);
                lex.entries
                    .iter()
                    .any(|e| e.term == term && e.category == s.category)
            }
            Source::Pattern => lex
                .patterns
                .iter()
                .any(|p| p.id == s.rule_id && p.category == s.category),
            _ => continue,
        };
        if !known {
            skip(
                out,
                format!("{} is not in lexicon {}: no exception", s.rule_id, lex.name),
            );
            continue;
        }
        let unless = match scope::unless_for(&ann.text, s.start, s.end) {
            Ok(u) => u,
            Err(why) => {
                skip(
                    out,
                    format!("{}: {why}; label removed from gold only", s.rule_id),
                );
                continue;
            }
        };
        let source = s.source.as_str().to_string();
        if out
            .exceptions
            .iter()
            .any(|x| x.source == source && x.rule_id == s.rule_id && x.unless == unless)
        {
            continue;
        }
        let p = provenance(d);
        let k = out
            .exceptions
            .iter()
            .filter(|x| x.message_id == ann.message_id)
            .count()
            + 1;
        out.exceptions.push(Exception {
            id: format!("x-{}-{k}", ann.message_id),
            source,
            rule_id: s.rule_id.clone(),
            category: s.category.clone(),
            unless,
            reviewer: p.reviewer,
            decided_at: p.decided_at,
            message_id: p.message_id,
            conversation_id: p.conversation_id,
            note: p.note,
        });
    }
}

/// A proposed entry of `label` from the chars `range` of the message (the reviewer's
/// selection). Without a range, or when the words cannot make an entry, the decision is
/// recorded as skipped. A range outside the message is an error.
fn propose(
    ann: &Annotation,
    d: &Decision,
    label: &str,
    range: Option<(usize, usize)>,
    lex: &Lexicon,
    out: &mut Applied,
) -> std::result::Result<(), String> {
    let mut skip = |reason: &str| {
        out.skipped.push(Skipped {
            message_id: ann.message_id.clone(),
            label: label.to_string(),
            reason: reason.to_string(),
        });
        Ok(())
    };
    let Some((start, end)) = range else {
        return skip("no span selected: label added to gold only, no proposed entry");
    };
    let chars: Vec<char> = ann.text.chars().collect();
    if end > chars.len() || start >= end {
        return Err(format!(
            "span {start}..{end} is outside message {} ({} chars)",
            ann.message_id,
            chars.len()
        ));
    }
    let picked: String = chars[start..end].iter().collect();
    let term = normalise_str(&picked)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let whole = normalise_str(&ann.text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let n = term.split(' ').filter(|w| !w.is_empty()).count();
    if term.is_empty() {
        return skip("the selected span normalises to nothing");
    }
    if n > MAX_PROPOSAL_WORDS || (term == whole && n > 3) {
        return skip(
            "the selected span is too long for an entry (select the words that carry the label)",
        );
    }
    if lex
        .entries
        .iter()
        .any(|e| e.key == term && e.category == label)
    {
        return skip("already an entry of the lexicon (excepted or framed in this message)");
    }
    if out
        .proposals
        .iter()
        .any(|p| p.term == term && p.category == label)
    {
        return Ok(());
    }
    let k = out
        .proposals
        .iter()
        .filter(|p| p.provenance.message_id == ann.message_id)
        .count()
        + 1;
    out.proposals.push(NewEntry {
        id: format!("p-{}-{k}", ann.message_id),
        kind: if n > 1 { "phrase" } else { "word" }.into(),
        term,
        category: label.to_string(),
        provenance: provenance(d),
    });
    Ok(())
}

/// Write `DIR/gold.jsonl` and the overlay `overlay_dir` (named `name`, on lexicon `base`, whose
/// categories are `cat_ids`): a new overlay, or the items it lacks merged into an existing one.
pub fn write(
    out_dir: &Path,
    applied: &Applied,
    overlay_dir: &Path,
    name: &str,
    base: &str,
    cat_ids: &[&str],
) -> Result<Written> {
    let mut g = String::new();
    for r in &applied.gold {
        g.push_str(&serde_json::to_string(r)?);
        g.push('\n');
    }
    let items = OverlayItems {
        exceptions: applied.exceptions.clone(),
        entries: applied.proposals.clone(),
        thresholds: applied.thresholds.clone(),
        rules_off: applied.rules_off.clone(),
    };
    let written = crate::lexicon::overlay::write_merge(overlay_dir, name, base, cat_ids, &items)?;
    crate::io::write_atomic(&out_dir.join("gold.jsonl"), g.as_bytes())?;
    Ok(written)
}

#[cfg(test)]
mod tests;
