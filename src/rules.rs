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
//! The window and the regexes live in the lexicon's `rules.toml` (defaults in
//! [`crate::lexicon::RulesConfig`]); `--rule-window` overrides the window.

use crate::lexicon::{compile_regex, RulesConfig};
use crate::model::{Source, Span};
use std::collections::HashMap;

pub const PRESSURE_RULE: &str = "rule.pressure_after_refusal";
pub const THREAT_RULE: &str = "rule.threat_after_refusal";

/// Compiled rules.
pub struct Rules {
    pub window: usize,
    refusal: regex::Regex,
    persistence: regex::Regex,
}

/// What the rules need to know of one message.
pub struct RuleInput<'a> {
    pub speaker: &'a str,
    pub normalised: &'a str,
    pub text: &'a str,
    pub spans: &'a [Span],
}

impl Rules {
    pub fn new(cfg: &RulesConfig, window: Option<usize>) -> anyhow::Result<Rules> {
        Ok(Rules {
            window: window.unwrap_or(cfg.window),
            refusal: compile_regex(&cfg.refusal, "rules: refusal")?,
            persistence: compile_regex(&cfg.persistence, "rules: persistence")?,
        })
    }

    /// Apply the rules to one conversation (messages in conversation order). Returns, for
    /// each message, the rule spans to add.
    pub fn apply(&self, conv: &[RuleInput]) -> Vec<Vec<Span>> {
        let mut out = vec![Vec::new(); conv.len()];
        let mut last_request: HashMap<&str, usize> = HashMap::new();
        let mut refused_at: HashMap<&str, usize> = HashMap::new();
        for (k, m) in conv.iter().enumerate() {
            let has = |p: &str| {
                m.spans
                    .iter()
                    .any(|s| s.category == p || s.category.starts_with(&format!("{p}.")))
            };
            let is_request = m
                .spans
                .iter()
                .any(|s| s.category == "coercive.image_request");
            // Pressure from a requester who was refused.
            if let Some(&r) = refused_at.get(m.speaker) {
                if k - r <= self.window {
                    let whole = || Span {
                        start: 0,
                        end: m.text.chars().count(),
                        text: m.text.to_string(),
                        category: String::new(),
                        severity: 0,
                        source: Source::Rule,
                        rule_id: String::new(),
                    };
                    if has("coercive")
                        || has("sexualised")
                        || self.persistence.is_match(m.normalised)
                    {
                        let mut s = whole();
                        s.category = "coercive.pressure".into();
                        s.severity = 2;
                        s.rule_id = PRESSURE_RULE.into();
                        out[k].push(s);
                    }
                    if m.spans.iter().any(|s| {
                        s.category == "coercive.threat" || s.category == "coercive.exposure"
                    }) {
                        let mut s = whole();
                        s.category = "coercive.threat".into();
                        s.severity = 3;
                        s.rule_id = THREAT_RULE.into();
                        out[k].push(s);
                    }
                }
            }
            if is_request {
                last_request.insert(m.speaker, k);
            } else if self.refusal.is_match(m.normalised) {
                for (&req, &at) in &last_request {
                    if req != m.speaker && k - at <= self.window {
                        refused_at.insert(req, k);
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(cat: &str) -> Span {
        Span {
            start: 0,
            end: 1,
            text: "x".into(),
            category: cat.into(),
            severity: 2,
            source: Source::Pattern,
            rule_id: "p".into(),
        }
    }

    #[test]
    fn pressure_after_refusal_and_threat_raise() {
        let rules = Rules::new(&RulesConfig::default(), Some(5)).unwrap();
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
        let rules = Rules::new(&RulesConfig::default(), Some(1)).unwrap();
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
