//! Conversation-aware rules (`source: rule`). They run after matching (and framing), over each
//! conversation in order, with a per-conversation state that remembers, within `window`
//! messages: who asked for an image, who refused whom, the last harmful message and its speaker,
//! and who said they hold an image or screenshot. Only labelling spans (see
//! [`Span::is_labelling`]) count. The rules:
//!
//! - `rule.pressure_after_refusal`: speaker A asks for an image (`coercive.image_request`),
//!   another speaker refuses (the `refusal` regex), and A then, within `window` messages of
//!   the refusal, asks again, insults, bargains, persists or nudges (any coercive or sexualised
//!   label, or the `persistence` or `nudge` regex): `coercive.pressure`.
//! - `rule.threat_after_refusal`: a threat or exposure from A after such a refusal is raised
//!   to severity 3 (`coercive.threat`); it is not also pressure unless its words persist or
//!   nudge.
//! - `rule.pressure_after_request`: A's own nudge ("??", "come on then", "ur taking ages",
//!   emoji only: the `nudge` regex) within `window` messages of A's request: `coercive.pressure`.
//! - `rule.challenge_after_harm`: another speaker's short challenge (`challenge` regex, "thats
//!   grim, stop") within `window` messages of a harmful message: `protective.challenge` — except
//!   a refusal ("stop") to a request, pressure, threat or secrecy, which is the target saying no.
//! - `rule.support_after_harm`: another speaker's support (`support` regex, "ignore him, u ok?")
//!   after a harmful message: `protective.support`.
//! - `rule.exposure_after_held_image`: A says they hold an image (`held_image` regex, or an
//!   exposure or threat label), then A refers to showing or spreading it (`exposure` regex):
//!   `coercive.exposure`, and `coercive.threat` too when there is a condition (`condition`).
//!   A message that both names someone else's image as held (a `held_image` match with an
//!   owner: "ur pics", "the pic she sent") and spreads it ("sending it in the gc") is the same
//!   act in one message.
//! - `rule.distress_report`: a first-person report that one's image or messages were spread, or
//!   that everyone is talking about one (`distress` regex): `protective.help_seeking`. Another
//!   speaker's support within `window` messages of it, or of a `protective.help_seeking` label,
//!   is anchored and gets `rule.support_after_harm`.
//!
//! Lexicon spans of the `needs_harm` categories (pressure and support in the core lexicon) label a message only when another harmful label is in the message or a harmful
//! message is open in the conversation; otherwise they are framed `unanchored`
//! ([`Rules::step_spans`]).
//!
//! With a classifier, the rules walk each conversation a second time after it
//! ([`Rules::revisit`]), with a state of their own that also counts the classifier's labels;
//! that walk only adds.
//!
//! The same text with nothing open in the state gets no label from the rules. The window and
//! the regexes live in the lexicon's `rules.toml` (a lexicon without one gets the built-in core
//! lexicon's, `lexicons/core/rules.toml`: see [`crate::lexicon::RulesConfig`]); `--rule-window`
//! overrides the window.

use crate::lexicon::{cue_regex, LazyRegex, RulesConfig};
use crate::model::{Frame, Source, Span};
use std::collections::HashMap;

/// The `rule_id` of pressure after a refusal.
pub const PRESSURE_RULE: &str = "rule.pressure_after_refusal";
/// The `rule_id` of a threat after a refusal.
pub const THREAT_RULE: &str = "rule.threat_after_refusal";
/// The `rule_id` of a nudge after one's own request.
pub const NUDGE_RULE: &str = "rule.pressure_after_request";
/// The `rule_id` of another speaker's challenge after a harmful message.
pub const CHALLENGE_RULE: &str = "rule.challenge_after_harm";
/// The `rule_id` of support after a harmful message.
pub const SUPPORT_RULE: &str = "rule.support_after_harm";
/// The `rule_id` of a reference to a held image.
pub const EXPOSURE_RULE: &str = "rule.exposure_after_held_image";
/// The `rule_id` of a first-person report of spread (help-seeking).
pub const DISTRESS_RULE: &str = "rule.distress_report";

/// Words that name whose image a `held_image` match is ("ur pics", "the pic she sent"): such a
/// match spread in the same message is exposure. "ive got the photos, sending them" is not.
const OWNERS: [&str; 10] = [
    "ur", "your", "her", "his", "their", "u", "you", "she", "he", "they",
];

/// Compiled rules.
pub struct Rules {
    /// Messages after a request (and after a refusal) the rules look at.
    pub window: usize,
    refusal: LazyRegex,
    persistence: LazyRegex,
    nudge: LazyRegex,
    challenge: LazyRegex,
    support: LazyRegex,
    held_image: LazyRegex,
    /// (rule id, category) pairs a local overlay switched off ([`RulesConfig::switched_off`]).
    off: Vec<(String, String)>,
    exposure: LazyRegex,
    condition: LazyRegex,
    benign_secret: LazyRegex,
    /// A first-person report of spread (`distress`; never matches when the setting is empty).
    distress: LazyRegex,
    needs_harm: Vec<String>,
    short_needs_harm: Vec<String>,
    /// Messages of at most this many tokens get classifier-only labels only when anchored
    /// (`short_reply` in `rules.toml`; see [`Rules::step_spans`]).
    pub short_reply: usize,
    /// The classifier pressure score that labels a follow-up ([`Rules::follows_up`]; 0: off).
    follow_up_score: f64,
}

/// One message for the second walk ([`Rules::revisit`]): what the first walk and the
/// classifier made of it.
pub struct Revisit<'a> {
    /// Who wrote the message.
    pub speaker: &'a str,
    /// Its normalised text.
    pub normalised: &'a str,
    /// Its text as written.
    pub text: &'a str,
    /// Its token count.
    pub tokens: usize,
    /// Its spans after the first walk (lexicon, pattern and rule spans).
    pub spans: &'a [Span],
    /// Its labels with classifier evidence.
    pub classifier: &'a [String],
}

/// What the second walk adds to one message.
#[derive(Debug, Clone, PartialEq)]
pub struct Revised {
    /// The message's spans: those of the first walk, with `unanchored` spans that a classifier
    /// label now anchors made `direct` again, and the rule spans the first walk did not give.
    pub spans: Vec<Span>,
    /// A refusal the first walk could not see (the act it answers has a classifier label).
    pub refusal: bool,
}

/// What the rules need to know of one message.
pub struct RuleInput<'a> {
    /// Who wrote the message.
    pub speaker: &'a str,
    /// Its normalised text (what the rule regexes see).
    pub normalised: &'a str,
    /// Its text as written.
    pub text: &'a str,
    /// The lexicon's spans on it.
    pub spans: &'a [Span],
}

/// The last harmful message of a conversation.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Harm {
    at: usize,
    speaker: String,
    /// A request, pressure, threat or secrecy: addressed to the other person, whose "stop" is
    /// a refusal rather than a bystander's challenge.
    addressed: bool,
    /// Said to the reader: "u", "ur", "you" in the message ("ur legs in that skirt tho").
    second_person: bool,
}

/// What [`Rules::step_spans`] found about one message, for the classifier's labels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Step {
    /// Something harmful is in the message or open in its conversation.
    pub anchored: bool,
    /// A refusal (the `refusal` regex) by someone other than the speaker of an open request,
    /// pressure, threat or secrecy: the person asked saying no, not a bystander's challenge.
    pub refusal: bool,
    /// Any answer, in a conversation of two speakers so far, to the other speaker's open
    /// request, pressure, threat or secrecy, or harmful words said to the reader ("ur legs in
    /// that skirt tho"): the person addressed pushing back ("thats not how it works", "shut
    /// up"), which is not a bystander's challenge either.
    pub answer: bool,
    /// The message gives a harmless reason for a secret ([`Rules::is_benign_secret`]), as the
    /// walk found it (the annotator reuses it rather than asking the regex again).
    pub benign_secret: bool,
}

/// What the rules remember of one conversation.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct ConvState {
    pos: usize,
    last_request: HashMap<String, usize>,
    refused_at: HashMap<String, usize>,
    harm: Option<Harm>,
    held: HashMap<String, usize>,
    /// The speaker and position of the last first-person report of harm (`distress`, or a
    /// `protective.help_seeking` label).
    distress: Option<(String, usize)>,
    /// The first speakers of the conversation (at most three are kept: enough to tell a
    /// two-person exchange from a group).
    speakers: Vec<String>,
    /// For each speaker of a request, the position of the last message by someone else after
    /// it (an answer, which makes the requester's next message a follow-up).
    #[serde(default)]
    answered: HashMap<String, usize>,
}

/// Whether a normalised message speaks to its reader ("u", "ur", "you", "your").
fn second_person(normalised: &str) -> bool {
    normalised
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| {
            matches!(
                w,
                "u" | "ur"
                    | "you"
                    | "your"
                    | "ya"
                    | "youre"
                    | "you're"
                    | "ure"
                    | "urself"
                    | "yourself"
            )
        })
}

/// Whether category `cat` is `id` or under it.
fn is_under(cat: &str, id: &str) -> bool {
    cat == id || cat.strip_prefix(id).is_some_and(|r| r.starts_with('.'))
}

impl Rules {
    /// Compile the rules of a lexicon; `window` overrides its window.
    pub fn new(cfg: &RulesConfig, window: Option<usize>) -> crate::Result<Rules> {
        // Compiled on first use (see `crate::lexicon::check_cue`).
        let c = |re: &str, what: &str| cue_regex(re, &format!("rules: {what}"));
        Ok(Rules {
            window: window.unwrap_or(cfg.window),
            refusal: c(&cfg.refusal, "refusal")?,
            persistence: c(&cfg.persistence, "persistence")?,
            nudge: c(&cfg.nudge, "nudge")?,
            challenge: c(&cfg.challenge, "challenge")?,
            support: c(&cfg.support, "support")?,
            held_image: c(&cfg.held_image, "held_image")?,
            exposure: c(&cfg.exposure, "exposure")?,
            condition: c(&cfg.condition, "condition")?,
            benign_secret: c(&cfg.benign_secret, "benign_secret")?,
            distress: if cfg.distress.trim().is_empty() {
                c(r"[^\s\S]", "distress")?
            } else {
                c(&cfg.distress, "distress")?
            },
            needs_harm: cfg.needs_harm.clone(),
            short_needs_harm: cfg.short_needs_harm.clone(),
            short_reply: cfg.short_reply,
            follow_up_score: cfg.follow_up_score,
            off: cfg.switched_off.clone(),
        })
    }

    /// Apply the rules to one whole conversation (messages in conversation order). Returns,
    /// for each message, the rule spans to add.
    pub fn apply(&self, conv: &[RuleInput]) -> Vec<Vec<Span>> {
        let mut st = ConvState::default();
        conv.iter().map(|m| self.step(&mut st, m)).collect()
    }

    fn within(&self, now: usize, at: Option<&usize>) -> bool {
        at.is_some_and(|&a| now - a <= self.window)
    }

    /// Feed the next message of a conversation and update its spans in place: frame the
    /// `needs_harm` spans that nothing harmful anchors `unanchored`, then add the rule spans.
    /// Returns whether the message is anchored (a harmful span of its own besides the
    /// `needs_harm` ones, a rule span, or a harmful message open in the conversation) and
    /// whether it is a refusal by the person a request, pressure, threat or secrecy addressed.
    pub fn step_spans(
        &self,
        st: &mut ConvState,
        speaker: &str,
        normalised: &str,
        text: &str,
        tokens: usize,
        spans: &mut Vec<Span>,
    ) -> Step {
        let refusal = self.is_refusal(st, st.pos, speaker, normalised);
        if st.speakers.len() < 3 && !st.speakers.iter().any(|s| s == speaker) {
            st.speakers.push(speaker.to_string());
        }
        let answer = st.speakers.len() <= 2
            && st.harm.as_ref().is_some_and(|h| {
                (h.addressed || h.second_person)
                    && h.speaker != speaker
                    && st.pos - h.at <= self.window
            });
        // A short reply is read against what came before; an opening message has nothing
        // before it, so its words are taken as they stand.
        let reply = tokens <= self.short_reply && st.pos > 0;
        let benign_secret = self.is_benign_secret(normalised);
        let anchored = self.unanchor(st, speaker, benign_secret, reply, spans);
        let add = self.step(
            st,
            &RuleInput {
                speaker,
                normalised,
                text,
                spans,
            },
        );
        let anchored = anchored || !add.is_empty();
        spans.extend(add);
        Step {
            anchored,
            refusal,
            answer,
            benign_secret,
        }
    }

    /// The second walk over a conversation, after the classifier: the same rules, with a state
    /// of their own (`st`, never the first walk's), that see the classifier's labels as well
    /// as the labelling spans. The first walk runs before the classifier (its labels make
    /// the classifier's context and anchoring), so a request or harmful act that only the
    /// classifier flags starts no rule state there; here it does: pressure after a refusal of
    /// it, a refusal of it, a challenge or support after it, `needs_harm` spans it anchors.
    /// Returns `None` when the message gains nothing (the first walk's result stands); it
    /// never takes away a span, a frame or a refusal that the first walk gave.
    pub fn revisit(&self, st: &mut ConvState, m: &Revisit) -> Option<Revised> {
        let reset = |s: &Span| {
            let mut s = s.clone();
            if s.frame == Frame::Unanchored {
                s.frame = Frame::Direct;
            }
            s
        };
        let mut work: Vec<Span> = m
            .spans
            .iter()
            .filter(|s| s.source != Source::Rule)
            .map(reset)
            .collect();
        work.extend(m.classifier.iter().map(|c| Span {
            start: 0,
            end: 0,
            text: String::new(),
            category: c.clone(),
            severity: 1,
            source: Source::Classifier,
            rule_id: String::new(),
            frame: Frame::Direct,
        }));
        let given = work.len();
        let step = self.step_spans(st, m.speaker, m.normalised, m.text, m.tokens, &mut work);
        let mut spans = m.spans.to_vec();
        let mut changed = false;
        let firsts = spans.iter_mut().filter(|s| s.source != Source::Rule);
        for (s, w) in firsts.zip(&work) {
            if s.frame == Frame::Unanchored && w.frame == Frame::Direct {
                s.frame = Frame::Direct;
                changed = true;
            }
        }
        for r in work.drain(given..) {
            let known = spans
                .iter()
                .any(|s| s.source == Source::Rule && s.category == r.category);
            if !known {
                spans.push(r);
                changed = true;
            }
        }
        (changed || step.refusal).then_some(Revised {
            spans,
            refusal: step.refusal,
        })
    }

    /// Frame `unanchored` the labelling spans of `needs_harm` categories (of `short_needs_harm`
    /// too in a short message, and secrecy with a harmless reason, `benign_secret`) when no other harmful span of the message and no
    /// harmful message open in the conversation anchors them.
    fn unanchor(
        &self,
        st: &ConvState,
        speaker: &str,
        benign: bool,
        reply: bool,
        spans: &mut [Span],
    ) -> bool {
        let needs = |c: &str| {
            let short_needs = reply && self.short_needs_harm.iter().any(|n| is_under(c, n));
            short_needs || self.needs_harm.iter().any(|n| is_under(c, n))
        };
        let harmful = |c: &str| {
            ["coercive", "sexualised", "victim_blaming"]
                .iter()
                .any(|t| is_under(c, t))
        };
        let open = st
            .harm
            .as_ref()
            .is_some_and(|h| st.pos - h.at <= self.window);
        let waits = |c: &str| needs(c) || (benign && is_under(c, "coercive.secrecy"));
        let anchored = open
            || spans.iter().any(|s| {
                let used = matches!(s.frame, Frame::Direct | Frame::Generic);
                used && harmful(&s.category) && !waits(&s.category)
            });
        if anchored {
            return true;
        }
        // After someone else's report of harm to them, protective words answer it.
        let distress = self.after_distress(st, speaker, st.pos);
        for s in spans.iter_mut() {
            let answers = distress && is_under(&s.category, "protective");
            if s.frame == Frame::Direct && waits(&s.category) && !answers {
                s.frame = Frame::Unanchored;
            }
        }
        false
    }

    /// Feed the next message of a conversation; returns the rule spans for it.
    pub fn step(&self, st: &mut ConvState, m: &RuleInput) -> Vec<Span> {
        let k = st.pos;
        st.pos += 1;
        let mut out = Vec::new();
        let whole = |category: &str, severity: u8, rule: &str| Span {
            start: 0,
            end: m.text.chars().count(),
            text: m.text.to_string(),
            category: category.into(),
            severity,
            source: Source::Rule,
            rule_id: rule.into(),
            frame: Frame::Direct,
        };
        let has = |id: &str| {
            m.spans
                .iter()
                .any(|s| s.is_labelling() && is_under(&s.category, id))
        };
        let harmful = has("coercive") || has("sexualised") || has("victim_blaming");
        let t = m.normalised;
        if self.within(k, st.refused_at.get(m.speaker)) {
            // A threat or exposure after the refusal is the threat below, not pressure as well
            // (unless its words also persist or nudge).
            let threatens = has("coercive.threat") || has("coercive.exposure");
            let persists = self.persistence.is_match(t) || self.nudge.is_match(t);
            if (harmful && !threatens) || persists {
                out.push(whole("coercive.pressure", 2, PRESSURE_RULE));
            }
            if threatens {
                out.push(whole("coercive.threat", 3, THREAT_RULE));
            }
        } else if self.within(k, st.last_request.get(m.speaker))
            && !harmful
            && self.nudge.is_match(t)
        {
            out.push(whole("coercive.pressure", 2, NUDGE_RULE));
        }
        out.extend(self.bystander(st, m, k, harmful || has("protective")));
        let exposes = has("coercive.exposure");
        let held = self.within(k, st.held.get(m.speaker)) || self.holds_theirs(t);
        if held && (exposes || self.exposure.is_match(t)) {
            if !exposes {
                out.push(whole("coercive.exposure", 2, EXPOSURE_RULE));
            }
            if self.condition.is_match(t) && !has("coercive.threat") {
                out.push(whole("coercive.threat", 3, EXPOSURE_RULE));
            }
        }
        if !has("protective") && self.distress.is_match(t) {
            out.push(whole("protective.help_seeking", 1, DISTRESS_RULE));
        }
        out.retain(|s| {
            !self
                .off
                .iter()
                .any(|(r, c)| *r == s.rule_id && *c == s.category)
        });
        self.remember(st, m, k, &out);
        out
    }

    /// Whether a message gives a harmless reason for a secret (`benign_secret`: a surprise, a
    /// spoiler, the speaker's own news). A classifier-only secrecy label is not given to it.
    pub fn is_benign_secret(&self, normalised: &str) -> bool {
        self.benign_secret.is_match(normalised)
    }

    /// Whether a message (not yet stepped) is a refusal by someone other than the speaker of the
    /// open harmful message, when that message addressed them (a request, pressure, a threat
    /// or a secrecy demand): the person asked saying no, not a bystander's challenge.
    /// `pos` is the message's position in the conversation.
    fn is_refusal(&self, st: &ConvState, pos: usize, speaker: &str, normalised: &str) -> bool {
        st.harm
            .as_ref()
            .is_some_and(|h| h.addressed && h.speaker != speaker && pos - h.at <= self.window)
            && self.refusal.is_match(normalised)
    }

    /// Whether the text names someone else's image as held (a `held_image` match with an
    /// owner word, [`OWNERS`]).
    fn holds_theirs(&self, normalised: &str) -> bool {
        self.held_image.find_iter(normalised).any(|m| {
            normalised[m.range()]
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| OWNERS.contains(&w))
        })
    }

    /// Whether someone other than `speaker` reported harm to themselves within the window
    /// before position `pos`.
    fn after_distress(&self, st: &ConvState, speaker: &str, pos: usize) -> bool {
        st.distress
            .as_ref()
            .is_some_and(|(s, at)| s != speaker && pos - at <= self.window)
    }

    /// Another speaker's challenge or support after a harmful message (support also after
    /// another speaker's report of harm to them).
    fn bystander(&self, st: &ConvState, m: &RuleInput, k: usize, flagged: bool) -> Vec<Span> {
        let after_harm = st
            .harm
            .as_ref()
            .is_some_and(|h| h.speaker != m.speaker && k - h.at <= self.window);
        let distress = self.after_distress(st, m.speaker, k);
        if flagged || !(after_harm || distress) {
            return Vec::new();
        }
        let t = m.normalised;
        let whole = |category: &str, rule: &str| Span {
            start: 0,
            end: m.text.chars().count(),
            text: m.text.to_string(),
            category: category.into(),
            severity: 1,
            source: Source::Rule,
            rule_id: rule.into(),
            frame: Frame::Direct,
        };
        let mut out = Vec::new();
        let refusal = self.is_refusal(st, k, m.speaker, t);
        if after_harm && self.challenge.is_match(t) && !refusal {
            out.push(whole("protective.challenge", CHALLENGE_RULE));
        }
        if self.support.is_match(t) {
            out.push(whole("protective.support", SUPPORT_RULE));
        }
        out
    }

    /// Update the state with message `m` (at position `k`) and the rule spans it got.
    fn remember(&self, st: &mut ConvState, m: &RuleInput, k: usize, added: &[Span]) {
        let labelled = m
            .spans
            .iter()
            .filter(|s| s.is_labelling())
            .chain(added)
            .map(|s| s.category.as_str());
        let cats: Vec<&str> = labelled.collect();
        let any = |id: &str| cats.iter().any(|c| is_under(c, id));
        if any("coercive") || any("sexualised") || any("victim_blaming") {
            let addressed = ["image_request", "pressure", "threat", "secrecy"]
                .iter()
                .any(|c| any(&format!("coercive.{c}")));
            st.harm = Some(Harm {
                at: k,
                speaker: m.speaker.to_string(),
                addressed,
                second_person: second_person(m.normalised),
            });
        }
        if self.held_image.is_match(m.normalised)
            || any("coercive.exposure")
            || any("coercive.threat")
        {
            st.held.insert(m.speaker.to_string(), k);
        }
        if self.distress.is_match(m.normalised) || any("protective.help_seeking") {
            st.distress = Some((m.speaker.to_string(), k));
        }
        for (req, &at) in &st.last_request {
            if req.as_str() != m.speaker && k - at <= self.window {
                st.answered.insert(req.clone(), k);
            }
        }
        if any("coercive.image_request") {
            st.last_request.insert(m.speaker.to_string(), k);
        } else if self.refusal.is_match(m.normalised) {
            let refused: Vec<String> = st
                .last_request
                .iter()
                .filter(|(req, &at)| req.as_str() != m.speaker && k - at <= self.window)
                .map(|(req, _)| req.clone())
                .collect();
            for req in refused {
                st.refused_at.insert(req, k);
            }
        }
    }

    /// Whether the next message of the conversation, by `speaker`, is a follow-up: `speaker`
    /// asked for an image within `window` messages and someone else has answered since.
    pub fn follows_up(&self, st: &ConvState, speaker: &str) -> bool {
        let Some(&at) = st.last_request.get(speaker) else {
            return false;
        };
        st.pos - at <= self.window && st.answered.get(speaker).is_some_and(|&a| a > at)
    }

    /// The classifier score of `coercive.pressure` that labels a follow-up (0: off).
    pub fn follow_up_score(&self) -> f64 {
        self.follow_up_score
    }

    /// Whether a conversation's state can be dropped (nothing within the window any more).
    pub fn is_idle(&self, st: &ConvState) -> bool {
        let live = |at: &usize| st.pos - at <= self.window;
        !st.last_request.values().any(live)
            && !st.refused_at.values().any(live)
            && !st.held.values().any(live)
            && !st.harm.as_ref().is_some_and(|h| live(&h.at))
            && !st.distress.as_ref().is_some_and(|d| live(&d.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn core_rules() -> RulesConfig {
        crate::lexicon::RulesConfig::builtin().unwrap()
    }

    fn span(cat: &str) -> Span {
        Span {
            start: 0,
            end: 1,
            text: "x".into(),
            category: cat.into(),
            severity: 2,
            source: Source::Pattern,
            rule_id: "p".into(),
            frame: Default::default(),
        }
    }

    #[test]
    fn pressure_after_refusal_and_threat_raise() {
        let rules = Rules::new(&core_rules(), Some(5)).unwrap();
        let req = [span("coercive.image_request")];
        let thr = [span("coercive.threat")];
        let conv = vec![
            RuleInput {
                speaker: "a",
                normalised: "send a pic",
                text: "send a pic",
                spans: &req,
            },
            RuleInput {
                speaker: "b",
                normalised: "no",
                text: "no",
                spans: &[],
            },
            RuleInput {
                speaker: "a",
                normalised: "come on",
                text: "come on",
                spans: &[],
            },
            RuleInput {
                speaker: "a",
                normalised: "or else",
                text: "or else",
                spans: &thr,
            },
            RuleInput {
                speaker: "b",
                normalised: "ok see u at school",
                text: "ok see u at school",
                spans: &[],
            },
        ];
        let out = rules.apply(&conv);
        assert!(out[0].is_empty() && out[1].is_empty() && out[4].is_empty());
        assert_eq!(out[2][0].category, "coercive.pressure");
        assert!(out[3]
            .iter()
            .any(|s| s.rule_id == THREAT_RULE && s.severity == 3));
        // The threat is not pressure as well.
        assert!(!out[3].iter().any(|s| s.category == "coercive.pressure"));
    }

    #[test]
    fn no_refusal_no_rule_and_window_limits() {
        let rules = Rules::new(&core_rules(), Some(1)).unwrap();
        let req = [span("coercive.image_request")];
        let conv = vec![
            RuleInput {
                speaker: "a",
                normalised: "send a pic",
                text: "send a pic",
                spans: &req,
            },
            RuleInput {
                speaker: "b",
                normalised: "no",
                text: "no",
                spans: &[],
            },
            RuleInput {
                speaker: "c",
                normalised: "lol",
                text: "lol",
                spans: &[],
            },
            RuleInput {
                speaker: "a",
                normalised: "come on",
                text: "come on",
                spans: &[],
            },
        ];
        assert!(rules.apply(&conv).iter().all(|v| v.is_empty()));
        let conv2 = vec![
            RuleInput {
                speaker: "a",
                normalised: "send a pic",
                text: "send a pic",
                spans: &req,
            },
            RuleInput {
                speaker: "a",
                normalised: "come on",
                text: "come on",
                spans: &[],
            },
        ];
        // Without a refusal, the requester's own nudge is still pressure (within the window).
        let out = rules.apply(&conv2);
        assert_eq!(out[1].len(), 1);
        assert_eq!(out[1][0].rule_id, NUDGE_RULE);
    }

    /// A conversation of (speaker, normalised text, lexicon category or "").
    fn run(rules: &Rules, conv: &[(&str, &str, &str)]) -> Vec<Vec<String>> {
        let spans: Vec<Vec<Span>> = conv
            .iter()
            .map(|(_, _, c)| if c.is_empty() { vec![] } else { vec![span(c)] })
            .collect();
        let inputs: Vec<RuleInput> = conv
            .iter()
            .zip(&spans)
            .map(|((sp, t, _), s)| RuleInput {
                speaker: sp,
                normalised: t,
                text: t,
                spans: s,
            })
            .collect();
        rules
            .apply(&inputs)
            .into_iter()
            .map(|v| v.into_iter().map(|s| s.category).collect())
            .collect()
    }

    /// A conversation of (speaker, text, lexicon category or "") messages.
    type Conv<'a> = &'a [(&'a str, &'a str, &'a str)];

    /// `Step::answer` for each message of a conversation, fed through `step_spans`.
    fn answers(rules: &Rules, conv: Conv) -> Vec<bool> {
        let mut st = ConvState::default();
        conv.iter()
            .map(|&(sp, t, c)| {
                let mut spans = if c.is_empty() { vec![] } else { vec![span(c)] };
                rules
                    .step_spans(&mut st, sp, t, t, t.split(' ').count(), &mut spans)
                    .answer
            })
            .collect()
    }

    /// The walk's `Step::benign_secret` (which the annotator reuses) is `is_benign_secret` of
    /// the message, whatever else the message holds.
    #[test]
    fn a_step_says_whether_the_message_gives_a_harmless_reason_for_a_secret() {
        let rules = Rules::new(&core_rules(), Some(5)).unwrap();
        let mut st = ConvState::default();
        let conv = [
            ("a", "dont tell anyone", "coercive.secrecy"),
            ("b", "its a surprise party for mo", ""),
            (
                "a",
                "keep it secret its for her birthday",
                "coercive.secrecy",
            ),
            ("b", "ok", ""),
            ("a", "send me a pic and dont tell", "coercive.image_request"),
        ];
        let mut seen = [false, false];
        for (sp, t, c) in conv {
            let mut spans = if c.is_empty() { vec![] } else { vec![span(c)] };
            let step = rules.step_spans(&mut st, sp, t, t, t.split(' ').count(), &mut spans);
            assert_eq!(step.benign_secret, rules.is_benign_secret(t), "{t}");
            seen[usize::from(step.benign_secret)] = true;
        }
        assert_eq!(seen, [true, true]);
    }

    #[test]
    fn the_person_addressed_answers_only_in_a_two_person_exchange() {
        let rules = Rules::new(&core_rules(), Some(3)).unwrap();
        // Two speakers: the reply to a request or to words said to the reader is an answer;
        // the harasser's own next message is not.
        let two: Conv = &[
            ("a", "send a pic", "coercive.image_request"),
            ("b", "thats not how it works", ""),
            ("a", "ur legs tho", "sexualised.appearance"),
            ("b", "shut up", ""),
            ("a", "lol", ""),
        ];
        assert_eq!(answers(&rules, two), [false, true, false, true, false]);
        // Words about someone absent (no "u") are not said to the reader; a third speaker makes
        // a group, where a challenge may be a bystander's; the window closes.
        let about: Conv = &[
            ("a", "shes fit", "sexualised.appearance"),
            ("b", "grim", ""),
        ];
        assert_eq!(answers(&rules, about), [false, false]);
        let group: Conv = &[
            ("c", "hi", ""),
            ("a", "send a pic", "coercive.image_request"),
            ("b", "thats not how it works", ""),
        ];
        assert_eq!(answers(&rules, group), [false, false, false]);
        let late: Conv = &[
            ("a", "send a pic", "coercive.image_request"),
            ("b", "1", ""),
            ("b", "2", ""),
            ("b", "3", ""),
            ("b", "4", ""),
        ];
        assert_eq!(answers(&rules, late), [false, true, true, true, false]);
    }

    #[test]
    fn the_same_text_gets_a_label_only_in_a_harmful_conversation() {
        let rules = Rules::new(&core_rules(), None).unwrap();
        let pairs: [(Conv, &str); 5] = [
            (
                &[
                    ("a", "send me a pic of u", "coercive.image_request"),
                    ("a", "ur taking ages", ""),
                ],
                "coercive.pressure",
            ),
            (
                &[
                    ("a", "rate her out of 10", "sexualised.appearance"),
                    ("c", "thats grim, stop", ""),
                ],
                "protective.challenge",
            ),
            (
                &[
                    ("a", "shes such a slag", "sexualised.names"),
                    ("c", "ignore him u ok?", ""),
                ],
                "protective.support",
            ),
            (
                &[
                    ("a", "ive still got ur pics", ""),
                    ("a", "everyones gonna see it", ""),
                ],
                "coercive.exposure",
            ),
            (
                &[
                    ("a", "send me a pic", "coercive.image_request"),
                    ("a", "🙄🙄", ""),
                ],
                "coercive.pressure",
            ),
        ];
        let harmless: [&[(&str, &str, &str)]; 5] = [
            &[("a", "r u ready yet", ""), ("a", "ur taking ages", "")],
            &[
                ("a", "look at this mouldy sandwich", ""),
                ("c", "thats grim, stop", ""),
            ],
            &[
                ("a", "my phone died lol", ""),
                ("c", "ignore him u ok?", ""),
            ],
            &[
                ("a", "the play video is up", ""),
                ("a", "everyones gonna see it", ""),
            ],
            &[("a", "did u see the match", ""), ("a", "🙄🙄", "")],
        ];
        for ((conv, want), calm) in pairs.iter().zip(harmless) {
            let last = |o: Vec<Vec<String>>| o.last().cloned().unwrap();
            assert!(
                last(run(&rules, conv)).contains(&want.to_string()),
                "{conv:?}"
            );
            assert!(last(run(&rules, calm)).is_empty(), "{calm:?}");
            assert_eq!(conv.last().unwrap().1, calm.last().unwrap().1);
        }
    }

    #[test]
    fn a_first_person_report_of_spread_is_help_seeking_and_anchors_support() {
        let rules = Rules::new(&core_rules(), None).unwrap();
        let out = run(
            &rules,
            &[
                (
                    "a",
                    "my ex posted my pic on his story and now everyones seen it",
                    "",
                ),
                ("b", "its not ur fault", ""),
            ],
        );
        assert!(
            out[0].contains(&"protective.help_seeking".to_string()),
            "{out:?}"
        );
        assert!(
            out[1].contains(&"protective.support".to_string()),
            "{out:?}"
        );
        // Someone else's picture is a report, not the speaker's own distress; support after
        // a lost match is not protective.
        for calm in [
            [
                ("a", "he posted her pic on his story", ""),
                ("b", "its not ur fault", ""),
            ],
            [
                ("a", "we lost 3-0 and i was in goal", ""),
                ("b", "its not ur fault", ""),
            ],
        ] {
            let out = run(&rules, &calm);
            assert!(
                !out[0].contains(&"protective.help_seeking".to_string()),
                "{out:?}"
            );
            assert!(out[1].is_empty(), "{out:?}");
        }
        // A short support span of the lexicon is anchored by the report, not by a lost match.
        for (first, want) in [
            (
                "someone airdropped a pic of me to the whole bus",
                Frame::Direct,
            ),
            ("we lost 3-0 and i was in goal", Frame::Unanchored),
        ] {
            let mut st = ConvState::default();
            let mut none = Vec::new();
            rules.step_spans(&mut st, "a", first, first, 9, &mut none);
            let mut spans = vec![span("protective.support")];
            spans[0].frame = Frame::Direct;
            rules.step_spans(&mut st, "b", "u ok", "u ok", 2, &mut spans);
            assert_eq!(spans[0].frame, want, "{first}");
        }
    }

    #[test]
    fn holding_someones_image_and_spreading_it_in_one_message_is_exposure() {
        let rules = Rules::new(&core_rules(), None).unwrap();
        let out = run(
            &rules,
            &[
                ("a", "got the pic she sent him, putting it in the gc", ""),
                ("b", "delete it now", ""),
            ],
        );
        assert!(out[0].contains(&"coercive.exposure".to_string()), "{out:?}");
        assert!(
            out[1].contains(&"protective.challenge".to_string()),
            "{out:?}"
        );
        // Photos with no owner are not someone's image held against them.
        let out = run(
            &rules,
            &[
                (
                    "a",
                    "ive got the photos from the trip, putting them in the gc",
                    "",
                ),
                ("b", "delete it now", ""),
            ],
        );
        assert!(out.iter().all(|v| v.is_empty()), "{out:?}");
    }

    #[test]
    fn a_refusal_is_not_a_challenge_and_the_harmer_does_not_challenge_himself() {
        let rules = Rules::new(&core_rules(), None).unwrap();
        let out = run(
            &rules,
            &[
                ("a", "send me a pic", "coercive.image_request"),
                ("b", "stop", ""),
            ],
        );
        assert!(out[1].is_empty(), "{out:?}");
        let out = run(
            &rules,
            &[
                ("a", "rate her out of 10", "sexualised.appearance"),
                ("a", "stop", ""),
            ],
        );
        assert!(out[1].is_empty(), "{out:?}");
        // A condition turns a reference to a held image into a threat as well.
        let out = run(
            &rules,
            &[
                ("a", "ive got ur pics", ""),
                ("a", "send more or everyone will see", ""),
            ],
        );
        assert!(out[1].contains(&"coercive.threat".to_string()), "{out:?}");
        // Outside the window, nothing is open any more.
        let small = Rules::new(&core_rules(), Some(1)).unwrap();
        let out = run(
            &small,
            &[
                ("a", "send me a pic", "coercive.image_request"),
                ("a", "hi", ""),
                ("a", "hi", ""),
                ("a", "??", ""),
            ],
        );
        assert!(out[3].is_empty(), "{out:?}");
    }
}
