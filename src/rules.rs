//! Conversation-aware rules (`source: rule`). They run after matching, over each
//! conversation in order:
//!
//! - `rule.pressure_after_refusal`: speaker A asks for an image (`coercive.image_request`),
//!   another speaker refuses (the `refusal` regex), and A then, within `window` messages of
//!   the refusal, asks again, insults, bargains or persists (any coercive or sexualised flag,
//!   or the `persistence` regex) — those later messages of A are marked `coercive.pressure`.
//! - `rule.threat_after_refusal`: a threat or exposure from A after such a refusal is raised
//!   to severity 3 (`coercive.threat`).
//!
//! The window and the regexes live in the lexicon's `rules.toml` (a lexicon without one gets the
//! built-in core lexicon's, `lexicons/core/rules.toml`: see [`crate::lexicon::RulesConfig`]);
//! `--rule-window` overrides the window.

use crate::lexicon::{compile_regex, RulesConfig};
use crate::model::{Source, Span};
use std::collections::HashMap;

/// The `rule_id` of pressure after a refusal.
pub const PRESSURE_RULE: &str = "rule.pressure_after_refusal";
/// The `rule_id` of a threat after a refusal.
pub const THREAT_RULE: &str = "rule.threat_after_refusal";

/// Compiled rules.
pub struct Rules {
    /// Messages after a request (and after a refusal) the rules look at.
    pub window: usize,
    refusal: regex::Regex,
    persistence: regex::Regex,
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

impl Rules {
    /// Compile the rules of a lexicon; `window` overrides its window.
    pub fn new(cfg: &RulesConfig, window: Option<usize>) -> crate::Result<Rules> {
        Ok(Rules {
            window: window.unwrap_or(cfg.window),
            refusal: compile_regex(&cfg.refusal, "rules: refusal")?,
            persistence: compile_regex(&cfg.persistence, "rules: persistence")?,
        })
    }

    /// Apply the rules to one whole conversation (messages in conversation order). Returns,
    /// for each message, the rule spans to add.
    pub fn apply(&self, conv: &[RuleInput]) -> Vec<Vec<Span>> {
        let mut st = ConvState::default();
        conv.iter().map(|m| self.step(&mut st, m)).collect()
    }

    /// Feed the next message of a conversation; returns the rule spans for it.
    pub fn step(&self, st: &mut ConvState, m: &RuleInput) -> Vec<Span> {
        let k = st.pos;
        st.pos += 1;
        let mut out = Vec::new();
        let has = |p: &str| {
            m.spans.iter().any(|s| {
                s.category == p
                    || s.category
                        .strip_prefix(p)
                        .is_some_and(|r| r.starts_with('.'))
            })
        };
        let is_request = m
            .spans
            .iter()
            .any(|s| s.category == "coercive.image_request");
        if let Some(&r) = st.refused_at.get(m.speaker) {
            if k - r <= self.window {
                let whole = |category: &str, severity: u8, rule: &str| Span {
                    start: 0,
                    end: m.text.chars().count(),
                    text: m.text.to_string(),
                    category: category.into(),
                    severity,
                    source: Source::Rule,
                    rule_id: rule.into(),
                    frame: Default::default(),
                };
                if has("coercive") || has("sexualised") || self.persistence.is_match(m.normalised) {
                    out.push(whole("coercive.pressure", 2, PRESSURE_RULE));
                }
                if m.spans
                    .iter()
                    .any(|s| s.category == "coercive.threat" || s.category == "coercive.exposure")
                {
                    out.push(whole("coercive.threat", 3, THREAT_RULE));
                }
            }
        }
        if is_request {
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
        out
    }

    /// Whether a conversation's state can be dropped (nothing within the window any more).
    pub fn is_idle(&self, st: &ConvState) -> bool {
        let live = |at: &usize| st.pos - at <= self.window;
        !st.last_request.values().any(live) && !st.refused_at.values().any(live)
    }
}

/// What the rules remember of one conversation.
#[derive(Debug, Default, Clone)]
pub struct ConvState {
    pos: usize,
    last_request: HashMap<String, usize>,
    refused_at: HashMap<String, usize>,
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
        assert!(rules.apply(&conv2).iter().all(|v| v.is_empty()));
    }
}
