//! Annotate: match every message (in parallel, order preserved), apply the
//! conversation-aware rules, optionally add classifier labels, and build [`Annotation`]s.

use crate::ingest::conversation_order;
use crate::matcher::Matcher;
use crate::model::{Annotation, Message, Source, Span};
use crate::rules::{ConvState, RuleInput, Rules};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};

/// Something that scores texts per category and says which scores are labels.
pub trait Scorer: Sync {
    /// Scores per category for each text.
    fn scores(&self, texts: &[&str]) -> Vec<BTreeMap<String, f64>>;
    /// Whether a score is over the category's threshold.
    fn is_positive(&self, category: &str, score: f64) -> bool;
}

/// The annotation engine.
pub struct Annotator<'a> {
    /// The compiled lexicon.
    pub matcher: &'a Matcher,
    /// The conversation rules.
    pub rules: &'a Rules,
    /// The classifier, if any.
    pub scorer: Option<&'a dyn Scorer>,
}

struct Matched {
    spans: Vec<Span>,
    normalised: String,
    tokens: usize,
}

/// State carried across batches: the conversation rules' memory (dropped once a conversation
/// is idle) and each conversation's latest timestamp, to count messages that arrive out of order.
#[derive(Default)]
pub struct StreamState {
    convs: HashMap<String, ConvState>,
    last_time: HashMap<u64, i64>,
    /// Messages whose timestamp is earlier than one already seen, in an earlier batch, of the same conversation.
    pub out_of_order: u64,
}

fn conv_key(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

impl Annotator<'_> {
    /// Annotate messages held in memory; the result is in the same order as the input.
    pub fn annotate(&self, messages: Vec<Message>) -> Vec<Annotation> {
        self.annotate_batch(messages, &mut StreamState::default())
    }

    /// Annotate one batch of a stream, in input order. Within the batch, each conversation is
    /// taken in conversation order (timestamp order where every message has one); across
    /// batches, in arrival order, with the rules' state carried in `st`.
    pub fn annotate_batch(&self, messages: Vec<Message>, st: &mut StreamState) -> Vec<Annotation> {
        let mut matched: Vec<Matched> = messages
            .par_iter()
            .map(|m| {
                let (spans, n) = self.matcher.match_text(&m.text);
                Matched {
                    spans,
                    tokens: n.token_count(),
                    normalised: n.text().to_string(),
                }
            })
            .collect();

        for conv in conversation_order(&messages) {
            let cid = &messages[conv[0]].conversation_id;
            let key = conv_key(cid);
            let before = st.last_time.get(&key).copied();
            let mut latest = before;
            for &i in &conv {
                if let Some(t) = messages[i]
                    .timestamp
                    .as_deref()
                    .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                    .map(|t| t.timestamp())
                {
                    if before.is_some_and(|b| t < b) {
                        st.out_of_order += 1;
                    }
                    latest = Some(latest.map_or(t, |l| l.max(t)));
                }
            }
            if let Some(l) = latest {
                st.last_time.insert(key, l);
            }
            let state = st.convs.entry(cid.clone()).or_default();
            for &i in &conv {
                let input = RuleInput {
                    speaker: &messages[i].speaker,
                    normalised: &matched[i].normalised,
                    text: &messages[i].text,
                    spans: &matched[i].spans,
                };
                let add = self.rules.step(state, &input);
                matched[i].spans.extend(add);
            }
            if self.rules.is_idle(state) {
                st.convs.remove(cid);
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

        messages
            .into_iter()
            .zip(matched)
            .enumerate()
            .map(|(i, (m, mt))| {
                let mut a = Annotation {
                    corpus: m.corpus,
                    message_id: m.message_id,
                    conversation_id: m.conversation_id,
                    speaker: m.speaker,
                    timestamp: m.timestamp,
                    meta: m.meta,
                    text: m.text,
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

/// A trained classifier as an annotation scorer (lexicon-count features, when the model has
/// them, come from the same matcher).
pub struct ModelScorer<'a> {
    /// The trained model.
    pub model: &'a crate::classify::Model,
    /// The matcher for the model's lexicon-count features (when it has them).
    pub matcher: Option<&'a Matcher>,
    /// A score must also reach this to make a label (the classifier supplements the lexicon,
    /// so by default it labels only when confident); 0 uses the model's own CV thresholds.
    pub min_score: f64,
}

impl Scorer for ModelScorer<'_> {
    fn scores(&self, texts: &[&str]) -> Vec<BTreeMap<String, f64>> {
        match self.matcher {
            Some(m) => {
                let f = |t: &str| m.categories_hit(t);
                self.model.predict_scores(texts, Some(&f))
            }
            None => self.model.predict_scores(texts, None),
        }
    }

    fn is_positive(&self, category: &str, score: f64) -> bool {
        self.model
            .heads
            .iter()
            .find(|h| h.label == category)
            .is_some_and(|h| score >= h.threshold.max(self.min_score))
    }
}
