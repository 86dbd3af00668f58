//! Annotate: match every message (in parallel, order preserved), apply the
//! conversation-aware rules, optionally add classifier labels, and build [`Annotation`]s.

use crate::ingest::conversation_order;
use crate::matcher::Matcher;
use crate::model::{Annotation, Message, Source, Span};
use crate::rules::{RuleInput, Rules};
use rayon::prelude::*;
use std::collections::BTreeMap;

/// Something that scores texts per category and says which scores are labels.
pub trait Scorer: Sync {
    /// Scores per category for each text.
    fn scores(&self, texts: &[&str]) -> Vec<BTreeMap<String, f64>>;
    /// Whether a score is over the category's threshold.
    fn is_positive(&self, category: &str, score: f64) -> bool;
}

/// The annotation engine.
pub struct Annotator<'a> {
    pub matcher: &'a Matcher,
    pub rules: Rules,
    pub scorer: Option<&'a dyn Scorer>,
    /// Progress (hidden unless on a terminal with a large input).
    pub progress: indicatif::ProgressBar,
}

struct Matched {
    spans: Vec<Span>,
    normalised: String,
    tokens: usize,
}

impl Annotator<'_> {
    /// Annotate messages; the result is in the same order as the input.
    pub fn annotate(&self, messages: &[Message]) -> Vec<Annotation> {
        let mut matched: Vec<Matched> = messages
            .par_iter()
            .map(|m| {
                let (spans, n) = self.matcher.match_text(&m.text);
                self.progress.inc(1);
                Matched {
                    spans,
                    tokens: n.token_count(),
                    normalised: n.text().to_string(),
                }
            })
            .collect();

        for conv in conversation_order(messages) {
            let extra = {
                let inputs: Vec<RuleInput> = conv
                    .iter()
                    .map(|&i| RuleInput {
                        speaker: &messages[i].speaker,
                        normalised: &matched[i].normalised,
                        text: &messages[i].text,
                        spans: &matched[i].spans,
                    })
                    .collect();
                self.rules.apply(&inputs)
            };
            for (&i, add) in conv.iter().zip(extra) {
                matched[i].spans.extend(add);
            }
        }

        let scores: Option<Vec<BTreeMap<String, f64>>> = self.scorer.map(|s| {
            messages
                .par_chunks(1024)
                .flat_map_iter(|chunk| {
                    let texts: Vec<&str> = chunk.iter().map(|m| m.text.as_str()).collect();
                    s.scores(&texts)
                })
                .collect()
        });

        self.progress.finish_and_clear();
        messages
            .iter()
            .zip(matched)
            .enumerate()
            .map(|(i, (m, mt))| {
                let mut a = Annotation {
                    corpus: m.corpus.clone(),
                    message_id: m.message_id.clone(),
                    conversation_id: m.conversation_id.clone(),
                    speaker: m.speaker.clone(),
                    timestamp: m.timestamp.clone(),
                    meta: m.meta.clone(),
                    text: m.text.clone(),
                    labels: Vec::new(),
                    severity: 0,
                    spans: mt.spans,
                    evidence: BTreeMap::new(),
                    scores: None,
                    tokens: mt.tokens,
                };
                if let (Some(sc), Some(all)) = (self.scorer, &scores) {
                    let s = &all[i];
                    for (cat, &v) in s {
                        if sc.is_positive(cat, v) {
                            a.evidence
                                .entry(cat.clone())
                                .or_default()
                                .push(Source::Classifier);
                            a.severity = a.severity.max(1);
                        }
                    }
                    a.scores = Some(
                        s.iter()
                            .map(|(k, v)| (k.clone(), (v * 1e6).round() / 1e6))
                            .collect(),
                    );
                }
                a.finalise();
                a
            })
            .collect()
    }
}
