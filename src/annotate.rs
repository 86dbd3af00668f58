//! Annotate: match every message (in parallel, order preserved), apply the
//! conversation-aware rules, compute each message's conversation context when the scorer
//! uses one, optionally add classifier labels, and build [`Annotation`]s; with a classifier, the
//! rules then walk each conversation again seeing its labels (`Annotator::classifier_walk`).
//!
//! The conversation walk ([`Annotator::annotate_batch`]'s, also behind
//! [`Annotator::fill_contexts`] for training and evaluation) is the one place contexts are
//! computed: a message's context is the labels (from lexicon, pattern and rule spans that
//! label, never the classifier's) and speakers of the earlier messages of its conversation
//! within the scorer's window. Across batches [`StreamState`] carries each open
//! conversation's last window, so contexts do not depend on where batches end.

use crate::classify::{ContextItem, MessageContext, TrainExample};
use crate::ingest::conversation_order;
use crate::lexicon::{for_message, MessageLiterals};
use crate::matcher::Matcher;
use crate::model::{Annotation, Message, Source, Span};
use crate::rules::{ConvState, Revisit, Rules, Step};
use crate::spill::SpillMap;
use rayon::prelude::*;
use std::collections::{BTreeMap, VecDeque};

/// Batches a conversation's state stays in memory after its last message before it is
/// spilled ([`StreamState::spilling`]).
const SPILL_IDLE: u64 = 1;

/// Messages scored per call of [`Scorer::scores`] (in parallel over chunks).
const SCORE_CHUNK: usize = 1024;

/// Something that scores messages per category and says which scores are labels.
pub trait Scorer: Sync {
    /// How many earlier messages of its conversation make a message's context for this
    /// scorer; 0 (the default): it scores texts alone, and no context is computed.
    fn context_window(&self) -> usize {
        0
    }
    /// Scores per category for each text; `contexts[i]` is `texts[i]`'s conversation
    /// context (`contexts` is empty when [`Scorer::context_window`] is 0); `hits[i]` the
    /// categories of `texts[i]`'s lexicon and pattern spans that are not excepted, from the
    /// annotator's own matching ([`crate::matcher::Matcher::categories_hit`]).
    fn scores(
        &self,
        texts: &[&str],
        contexts: &[MessageContext],
        hits: &[&[String]],
    ) -> Vec<crate::scores::Scores>;
    /// [`Scorer::scores`], given each text's normalised form as well (`normalised[i]` is
    /// [`crate::normalise::normalise`]'s text of `texts[i]`, which the annotator's matching has
    /// made), so that a scorer that normalises need not do it again. Same scores as
    /// [`Scorer::scores`]; by default it is that.
    fn scores_normalised(
        &self,
        texts: &[&str],
        normalised: &[&str],
        contexts: &[MessageContext],
        hits: &[&[String]],
    ) -> Vec<crate::scores::Scores> {
        let _ = normalised;
        self.scores(texts, contexts, hits)
    }
    /// Whether a score is over the category's threshold.
    fn is_positive(&self, category: &str, score: f64) -> bool;
    /// A local floor for a category's classifier score that a researcher set (a stacked
    /// overlay's `thresholds.toml`); 0 without one. Labels given below the model's threshold
    /// (follow-ups, `follow_up_score`) still need it.
    fn local_floor(&self, _category: &str) -> f64 {
        0.0
    }
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

/// One batch's messages matched ([`Annotator::match_batch`]), in input order.
pub(crate) struct BatchMatches(Vec<Matched>);

struct Matched {
    spans: Vec<Span>,
    /// The categories of the lexicon and pattern spans that are not excepted, before the
    /// rules add theirs (the classifier's lexicon features; empty without a scorer).
    hits: Vec<String>,
    normalised: String,
    /// The required literals of `normalised`, found once for the passes that follow
    /// ([`crate::lexicon::for_message`]).
    literals: MessageLiterals,
    tokens: usize,
    /// The message's language ([`crate::lang`]).
    lang: &'static str,
    /// What the conversation walk found (anchored, refusal).
    step: Step,
}

/// What the context of one conversation remembers: its labelled messages still within the
/// window (position in the conversation, speaker, labels), oldest first, and the position of
/// the next message. Messages without labels add no context token, so they are only counted.
#[derive(Default, serde::Serialize, serde::Deserialize)]
struct ConvWindow {
    pos: usize,
    recent: VecDeque<(usize, String, Vec<String>)>,
}

impl ConvWindow {
    /// The context of the next message, written by `speaker`.
    fn context(&self, speaker: &str) -> MessageContext {
        MessageContext {
            items: self
                .recent
                .iter()
                .rev()
                .map(|(p, s, labels)| ContextItem {
                    distance: self.pos - p,
                    same_speaker: s == speaker,
                    labels: labels.clone(),
                })
                .collect(),
        }
    }

    /// Add the next message, and forget what falls out of every later message's window.
    fn push(&mut self, speaker: &str, labels: Vec<String>, window: usize) {
        if !labels.is_empty() {
            self.recent
                .push_back((self.pos, speaker.to_string(), labels));
        }
        self.pos += 1;
        while self.recent.front().is_some_and(|r| r.0 + window < self.pos) {
            self.recent.pop_front();
        }
    }
}

/// The labels a message's spans give it, as context for the messages after it: the
/// categories of its labelling spans (lexicon, pattern, rule), sorted and de-duplicated.
fn context_labels(spans: &[Span]) -> Vec<String> {
    let mut labels: Vec<String> = spans
        .iter()
        .filter(|s| s.is_labelling())
        .map(|s| s.category.clone())
        .collect();
    labels.sort();
    labels.dedup();
    labels
}

/// One conversation's state during the first walk ([`Annotator::conversation_pass`]), taken out
/// of [`StreamState`] and put back after.
struct ConvWalk {
    state: ConvState,
    /// The context window, when the scorer uses one.
    window: Option<ConvWindow>,
    /// The conversation's latest timestamp (before the walk: in earlier batches).
    latest: Option<i64>,
    /// Its messages in this batch earlier than its latest timestamp in earlier batches.
    late: u64,
}

/// Mutable references to `items` grouped as `groups` says (disjoint sets of indices, as a
/// conversation order's are), so that each group can be worked on by another thread.
fn grouped<'a, T>(items: &'a mut [T], groups: &[Vec<usize>]) -> Vec<Vec<&'a mut T>> {
    let mut slots: Vec<Option<&'a mut T>> = items.iter_mut().map(Some).collect();
    groups
        .iter()
        .map(|g| {
            g.iter()
                .map(|&i| slots[i].take().expect("an index in one group only"))
                .collect()
        })
        .collect()
}

/// State carried across batches: the conversation rules' memory (dropped once a conversation
/// is idle), each conversation's context window (dropped once nothing labelled is within
/// it), and each conversation's latest timestamp, to count messages that arrive out of order.
/// A conversation that stops while its state is live keeps it until the end; made with
/// [`StreamState::spilling`], such state goes to a temporary file once its conversation has
/// been absent for a batch ([`crate::spill`]), with the same annotations.
#[derive(Default)]
pub struct StreamState {
    /// Per conversation, what it carries to its next batch. One map for every part: a map
    /// each (and a table of every conversation's latest timestamp) kept an index entry per
    /// conversation in each, most of a long run's memory growth (issue 23, session 32).
    convs: SpillMap<Carried>,
    /// Messages whose timestamp is earlier than one already seen, in an earlier batch, of the same conversation.
    pub out_of_order: u64,
}

/// What a conversation carries from one batch to the next ([`StreamState`]); an absent part
/// is its default.
#[derive(Default, serde::Serialize, serde::Deserialize)]
struct Carried {
    /// The rules' state, unless idle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rules: Option<ConvState>,
    /// The second walk's rule state ([`Annotator::classifier_walk`]), unless idle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    after: Option<ConvState>,
    /// The context window, while it holds a labelled message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    window: Option<ConvWindow>,
    /// The latest timestamp of its messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    latest: Option<i64>,
}

impl Carried {
    fn is_empty(&self) -> bool {
        self.rules.is_none()
            && self.after.is_none()
            && self.window.is_none()
            && self.latest.is_none()
    }
}

impl StreamState {
    /// State that spills conversations absent from the last batch to a temporary file
    /// ([`crate::spill`]); call [`StreamState::take_error`] after each batch.
    pub fn spilling() -> StreamState {
        StreamState {
            convs: SpillMap::spilling(SPILL_IDLE),
            ..StreamState::default()
        }
    }

    /// The first error met while spilling state or reading it back, if any.
    pub fn take_error(&mut self) -> Option<crate::Error> {
        self.convs.take_error()
    }

    /// Conversations whose state is held (in memory or spilled).
    pub fn held(&self) -> usize {
        self.convs.len()
    }

    /// Conversations whose state is in memory.
    pub fn in_memory(&self) -> usize {
        self.convs.in_memory()
    }

    /// Whether a conversation's state is on disk.
    pub fn is_spilled(&self, conversation: &str) -> bool {
        self.convs.is_spilled(conversation)
    }

    /// What each of the conversations `ids` carries, taken out of the map (its default if
    /// none).
    fn take<'a>(&mut self, ids: impl Iterator<Item = &'a str>) -> Vec<Carried> {
        ids.map(|id| self.convs.remove(id).unwrap_or_default())
            .collect()
    }

    /// Put back what [`StreamState::take`] took, after a walk (nothing for a conversation
    /// that carries nothing).
    fn put<'a>(&mut self, ids: impl Iterator<Item = &'a str>, all: Vec<Carried>) {
        for (id, c) in ids.zip(all) {
            if !c.is_empty() {
                self.convs.insert(id, c);
            }
        }
    }

    /// A batch has been annotated.
    fn tick(&mut self) {
        self.convs.tick();
    }

    /// The latest timestamp of a conversation's messages `conv` and how many of them are earlier
    /// than `before`, its latest in earlier batches.
    fn times(messages: &[Message], conv: &[usize], before: Option<i64>) -> (Option<i64>, u64) {
        let mut latest = before;
        let mut late = 0;
        for &i in conv {
            if let Some(t) = messages[i]
                .timestamp
                .as_deref()
                .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                .map(|t| t.timestamp())
            {
                if before.is_some_and(|b| t < b) {
                    late += 1;
                }
                latest = Some(latest.map_or(t, |l| l.max(t)));
            }
        }
        (latest, late)
    }
}

impl Annotator<'_> {
    /// Annotate messages held in memory; the result is in the same order as the input.
    pub fn annotate(&self, messages: Vec<Message>) -> Vec<Annotation> {
        self.annotate_batch(messages, &mut StreamState::default())
    }

    /// Match every message, in parallel, in input order.
    fn match_all(&self, messages: &[Message]) -> Vec<Matched> {
        messages
            .par_iter()
            .map(|m| {
                let (spans, n) = self.matcher.match_text(&m.text);
                let hits = if self.scorer.is_some() {
                    crate::matcher::categories_of(&spans)
                } else {
                    Vec::new()
                };
                Matched {
                    lang: crate::lang::LangId::builtin().detect(n.text(), &m.text),
                    hits,
                    spans,
                    tokens: n.token_count(),
                    normalised: n.text().to_string(),
                    literals: MessageLiterals::default(),
                    step: Step::default(),
                }
            })
            .collect()
    }

    /// The conversation walk: each conversation in conversation order, the rules' spans added
    /// to `matched`, and, with `window` > 0, each message's context (in input order; empty
    /// without a window). State is carried in `st`. Conversations are walked in parallel, each
    /// with its own state taken out of `st` and put back after (nothing a conversation's walk
    /// reads belongs to another). Returns the contexts and the conversation order.
    fn conversation_pass(
        &self,
        messages: &[Message],
        matched: &mut [Matched],
        st: &mut StreamState,
        window: usize,
    ) -> (Vec<MessageContext>, Vec<Vec<usize>>) {
        let order = conversation_order(messages);
        let mut contexts = if window > 0 {
            vec![MessageContext::default(); messages.len()]
        } else {
            Vec::new()
        };
        let ids = || {
            order
                .iter()
                .map(|c| messages[c[0]].conversation_id.as_str())
        };
        let mut carried = st.take(ids());
        let mut walks: Vec<ConvWalk> = carried
            .iter_mut()
            .map(|c| ConvWalk {
                state: c.rules.take().unwrap_or_default(),
                window: (window > 0).then(|| c.window.take().unwrap_or_default()),
                latest: c.latest,
                late: 0,
            })
            .collect();
        let groups = grouped(matched, &order);
        let mut ctx_groups = grouped(&mut contexts, if window > 0 { &order } else { &[] });
        ctx_groups.resize_with(order.len(), Vec::new);
        walks
            .par_iter_mut()
            .zip(groups)
            .zip(ctx_groups)
            .zip(&order)
            .for_each(|(((walk, mts), ctxs), conv)| {
                self.walk_conversation(messages, conv, walk, mts, ctxs, window)
            });
        for (c, walk) in carried.iter_mut().zip(walks) {
            st.out_of_order += walk.late;
            c.latest = walk.latest;
            c.rules = Some(walk.state).filter(|s| !self.rules.is_idle(s));
            c.window = walk.window.filter(|w| !w.recent.is_empty());
        }
        st.put(ids(), carried);
        (contexts, order)
    }

    /// One conversation's walk ([`Annotator::conversation_pass`]): `mts[k]` and `ctxs[k]`
    /// belong to message `conv[k]` (`ctxs` is empty without a window).
    fn walk_conversation(
        &self,
        messages: &[Message],
        conv: &[usize],
        walk: &mut ConvWalk,
        mut mts: Vec<&mut Matched>,
        ctxs: Vec<&mut MessageContext>,
        window: usize,
    ) {
        (walk.latest, walk.late) = StreamState::times(messages, conv, walk.latest);
        for (mt, &i) in mts.iter_mut().zip(conv) {
            let m = &messages[i];
            let mt = &mut **mt;
            mt.step = for_message(&mt.normalised, &mt.literals, || {
                self.rules.step_spans(
                    &mut walk.state,
                    &m.speaker,
                    &mt.normalised,
                    &m.text,
                    mt.tokens,
                    &mut mt.spans,
                )
            });
        }
        let Some(w) = &mut walk.window else {
            return;
        };
        for ((ctx, mt), &i) in ctxs.into_iter().zip(&mts).zip(conv) {
            *ctx = w.context(&messages[i].speaker);
            w.push(&messages[i].speaker, context_labels(&mt.spans), window);
        }
    }

    /// Fill in each example's conversation context for a window of `window` messages, by the
    /// same conversation walk as annotation, with this annotator's lexicon and rules (its
    /// scorer is not used): examples with the same conversation id form a conversation, in
    /// slice order; one without is a conversation of its own, and one without a speaker is
    /// nobody else's (as ingest treats rows without them).
    pub fn fill_contexts(&self, examples: &mut [TrainExample], window: usize) {
        if window == 0 {
            for e in examples.iter_mut() {
                e.context = MessageContext::default();
            }
            return;
        }
        let messages: Vec<Message> = examples
            .iter()
            .enumerate()
            .map(|(i, e)| Message {
                corpus: String::new(),
                conversation_id: e
                    .conversation_id
                    .clone()
                    .unwrap_or_else(|| format!("{}{i}", crate::model::EMPTY_CONVERSATION_PREFIX)),
                message_id: i.to_string(),
                timestamp: None,
                speaker: e
                    .speaker
                    .clone()
                    .unwrap_or_else(|| format!("{}{i}", crate::model::UNKNOWN_SPEAKER_PREFIX)),
                text: e.text.clone(),
                meta: Default::default(),
                speaker_pseudonymised: false,
                file: String::new(),
                line: 0,
            })
            .collect();
        let mut matched = self.match_all(&messages);
        let (contexts, _) =
            self.conversation_pass(&messages, &mut matched, &mut StreamState::default(), window);
        for (e, c) in examples.iter_mut().zip(contexts) {
            e.context = c;
        }
    }

    /// Annotate one batch of a stream, in input order. Within the batch, each conversation is
    /// taken in conversation order (timestamp order where every message has one); across
    /// batches, in arrival order, with the rules' state and the contexts' windows carried in
    /// `st`, so that a stream cut into batches of any size gives the same annotations.
    pub fn annotate_batch(&self, messages: Vec<Message>, st: &mut StreamState) -> Vec<Annotation> {
        let matched = self.match_batch(&messages);
        self.annotate_matched(messages, matched, st)
    }

    /// The first, stateless step of [`Annotator::annotate_batch`]: each message matched on its
    /// own (lexicon, patterns, frames, language). It reads no [`StreamState`], so a run can
    /// match the next batch while it finishes this one ([`crate::pipeline`]).
    pub(crate) fn match_batch(&self, messages: &[Message]) -> BatchMatches {
        BatchMatches(self.match_all(messages))
    }

    /// The rest of [`Annotator::annotate_batch`], on `messages` matched by
    /// [`Annotator::match_batch`]: the conversation walks, the classifier and the annotations.
    pub(crate) fn annotate_matched(
        &self,
        messages: Vec<Message>,
        matched: BatchMatches,
        st: &mut StreamState,
    ) -> Vec<Annotation> {
        let window = self.scorer.map_or(0, |s| s.context_window());
        let mut matched = matched.0;
        debug_assert_eq!(matched.len(), messages.len());
        let (contexts, order) = self.conversation_pass(&messages, &mut matched, st, window);

        let scores: Option<Vec<crate::scores::Scores>> = self.scorer.map(|s| {
            messages
                .par_chunks(SCORE_CHUNK)
                .enumerate()
                .flat_map_iter(|(c, chunk)| {
                    let texts: Vec<&str> = chunk.iter().map(|m| m.text.as_str()).collect();
                    let at = c * SCORE_CHUNK;
                    let ctx = contexts.get(at..at + chunk.len()).unwrap_or(&[]);
                    let mt = &matched[at..at + chunk.len()];
                    let hits: Vec<&[String]> = mt.iter().map(|m| m.hits.as_slice()).collect();
                    let normalised: Vec<&str> = mt.iter().map(|m| m.normalised.as_str()).collect();
                    s.scores_normalised(&texts, &normalised, ctx, &hits)
                })
                .collect()
        });

        // Moved out, not copied: the annotations need them, and the classifier walk after them.
        let normalised: Vec<(String, MessageLiterals)> = matched
            .iter_mut()
            .map(|m| {
                (
                    std::mem::take(&mut m.normalised),
                    std::mem::take(&mut m.literals),
                )
            })
            .collect();
        // In parallel (input order kept): building and finalising annotations was serial work
        // on the thread that also writes the output.
        // Each message's scores are moved into its annotation (rounded in place), not copied.
        let mut scores: Vec<Option<crate::scores::Scores>> = match scores {
            Some(all) => all.into_iter().map(Some).collect(),
            None => Vec::new(),
        };
        scores.resize_with(messages.len(), || None);
        let mut anns: Vec<Annotation> = messages
            .into_par_iter()
            .zip(matched)
            .zip(scores)
            .map(|((m, mt), scores)| {
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
                    lang: mt.lang.to_string(),
                    episode_id: None,
                    role: None,
                    refusal: mt.step.refusal,
                };
                // A short reply with nothing harmful in it or open before it: no classifier label;
                // the person asked saying no: no classifier protective label (a refusal).
                // A secret with a harmless reason and nothing harmful open: no classifier secrecy.
                let alone = mt.tokens <= self.rules.short_reply && !mt.step.anchored;
                let refusal = mt.step.refusal;
                // The person asked answering in a two-person exchange: no classifier challenge
                // (their pushback is not a bystander's; lexicon and pattern challenges stay).
                let answer = mt.step.answer;
                let benign = !mt.step.anchored && mt.step.benign_secret;
                if let (Some(sc), Some(mut s)) = (self.scorer, scores) {
                    for (cat, &v) in &s {
                        let vetoed = alone
                            || (refusal && crate::model::top_level(cat) == "protective")
                            || (answer && cat == "protective.challenge")
                            || (benign && cat.starts_with("coercive.secrecy"));
                        if !vetoed && sc.is_positive(cat, v) {
                            a.evidence
                                .entry(cat.to_string())
                                .or_default()
                                .push(Source::Classifier);
                            a.severity = a.severity.max(1);
                        }
                    }
                    for v in s.values_mut() {
                        *v = (*v * 1e6).round() / 1e6;
                    }
                    a.scores = Some(s);
                }
                a.finalise();
                a
            })
            .collect();
        if self.scorer.is_some() {
            self.classifier_walk(&mut anns, &normalised, &order, st);
        }
        st.tick();
        anns
    }

    /// The second conversation walk, after the classifier: the rules again, with a state of
    /// their own carried in `st`, seeing the classifier-only labels too ([`Rules::revisit`]).
    /// A message it adds to gets its new spans and refusal flag and is finalised again.
    /// Whether `a`, the next message of its conversation (`state`: the second walk's), is a
    /// follow-up to its speaker's open image request after an answer, with a classifier pressure
    /// score of at least `follow_up_score` that did not already label it, no protective label,
    /// and not a refusal.
    fn follow_up_pressure(&self, state: &ConvState, a: &Annotation) -> bool {
        let min = self.rules.follow_up_score();
        if min <= 0.0 || a.refusal || a.evidence.contains_key(PRESSURE) {
            return false;
        }
        let protective = a
            .labels
            .iter()
            .any(|l| crate::model::top_level(l) == "protective");
        let floor = self.scorer.map_or(0.0, |s| s.local_floor(PRESSURE));
        let score = a.scores.as_ref().and_then(|s| s.get(PRESSURE)).copied();
        !protective
            && score.is_some_and(|v| v >= min.max(floor))
            && self.rules.follows_up(state, &a.speaker)
    }

    /// The second walk over a batch's conversations (`order`, as the first walk took them), in
    /// parallel, each with its own state taken out of `st` and put back after.
    fn classifier_walk(
        &self,
        anns: &mut [Annotation],
        normalised: &[(String, MessageLiterals)],
        order: &[Vec<usize>],
        st: &mut StreamState,
    ) {
        let mut carried = st.take(order.iter().map(|c| anns[c[0]].conversation_id.as_str()));
        let mut states: Vec<ConvState> = carried
            .iter_mut()
            .map(|c| c.after.take().unwrap_or_default())
            .collect();
        states
            .par_iter_mut()
            .zip(grouped(anns, order))
            .zip(order)
            .for_each(|((state, group), conv)| {
                for (a, &i) in group.into_iter().zip(conv) {
                    let (text, literals) = &normalised[i];
                    for_message(text, literals, || self.revisit_message(state, a, text));
                }
            });
        for (c, state) in carried.iter_mut().zip(states) {
            c.after = Some(state).filter(|s| !self.rules.is_idle(s));
        }
        st.put(
            order.iter().map(|c| anns[c[0]].conversation_id.as_str()),
            carried,
        );
    }

    /// One message of the second walk ([`Annotator::classifier_walk`]), its conversation's
    /// state in `state`.
    fn revisit_message(&self, state: &mut ConvState, a: &mut Annotation, normalised: &str) {
        // A follow-up by the speaker of an open image request, after an answer: a lower
        // pressure score suffices (`follow_up_score` in rules.toml).
        let follow_up = self.follow_up_pressure(state, a);
        let mut classifier: Vec<String> = a
            .evidence
            .iter()
            .filter(|(_, src)| src.contains(&Source::Classifier))
            .map(|(c, _)| c.clone())
            .collect();
        if follow_up {
            classifier.push(PRESSURE.to_string());
            classifier.sort();
            a.evidence
                .entry(PRESSURE.to_string())
                .or_default()
                .push(Source::Classifier);
            a.severity = a.severity.max(1);
            a.finalise();
        }
        let m = Revisit {
            speaker: &a.speaker,
            normalised,
            text: &a.text,
            tokens: a.tokens,
            spans: &a.spans,
            classifier: &classifier,
        };
        let Some(r) = self.rules.revisit(state, &m) else {
            return;
        };
        let new_refusal = r.refusal && !a.refusal;
        if r.spans == a.spans && !new_refusal {
            return;
        }
        a.spans = r.spans;
        a.refusal |= r.refusal;
        // The classifier's labels stay (the person asked saying no gets no classifier
        // protective label, as in the first walk); the spans' are made again.
        let mut ev: BTreeMap<String, Vec<Source>> = classifier
            .into_iter()
            .filter(|c| !(a.refusal && crate::model::top_level(c) == "protective"))
            .map(|c| (c, vec![Source::Classifier]))
            .collect();
        a.severity = u8::from(!ev.is_empty());
        a.evidence = std::mem::take(&mut ev);
        a.finalise();
    }
}

/// The category a follow-up's classifier score can label ([`Annotator::follow_up_pressure`]).
const PRESSURE: &str = "coercive.pressure";

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
    /// Where to keep the model's [`crate::classify::HeadMatrix`] once a batch of at least
    /// [`MATRIX_FROM`] texts makes it (the owner of the model keeps it across runs); `None`:
    /// every head is scored from its own weights. The scores are the same bits either way.
    pub matrix: Option<&'a std::sync::OnceLock<crate::classify::HeadMatrix>>,
}

/// The smallest batch for which the scorer lays out the heads' weights feature by feature
/// (about 1 ms and 8 bytes per weight, once): a few messages are scored without it, so a short
/// run starts no slower.
pub const MATRIX_FROM: usize = 256;

impl Scorer for ModelScorer<'_> {
    fn context_window(&self) -> usize {
        self.model.context_window()
    }

    fn scores(
        &self,
        texts: &[&str],
        contexts: &[MessageContext],
        hits: &[&[String]],
    ) -> Vec<crate::scores::Scores> {
        match self.matcher {
            Some(_) => self.model.predict_scores_with_hits(texts, contexts, hits),
            None => self.model.predict_scores_in_context(texts, contexts, None),
        }
    }

    fn scores_normalised(
        &self,
        _texts: &[&str],
        normalised: &[&str],
        contexts: &[MessageContext],
        hits: &[&[String]],
    ) -> Vec<crate::scores::Scores> {
        let hits = self.matcher.map(|_| hits);
        let matrix = self.matrix.and_then(|m| match m.get() {
            Some(built) => Some(built),
            None if normalised.len() >= MATRIX_FROM => {
                Some(m.get_or_init(|| self.model.head_matrix()))
            }
            None => None,
        });
        self.model
            .predict_scores_normalised_with(matrix, normalised, contexts, hits)
    }

    fn is_positive(&self, category: &str, score: f64) -> bool {
        self.model
            .heads
            .iter()
            .find(|h| h.label == category)
            .is_some_and(|h| score >= h.threshold.max(self.min_score))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_hands_out_each_item_once_in_group_order() {
        let mut items = vec![10, 11, 12, 13, 14];
        let groups = vec![vec![3, 0], vec![1], vec![4, 2]];
        for (g, refs) in grouped(&mut items, &groups).into_iter().enumerate() {
            for r in refs {
                *r += 100 * (g + 1);
            }
        }
        assert_eq!(items, vec![110, 211, 312, 113, 314]);
        let none: Vec<Vec<&mut usize>> = grouped(&mut items, &[]);
        assert!(none.is_empty());
    }

    #[test]
    #[should_panic(expected = "one group only")]
    fn grouped_refuses_an_index_in_two_groups() {
        let mut items = vec![1, 2];
        let _ = grouped(&mut items, &[vec![0], vec![0]]);
    }
}
