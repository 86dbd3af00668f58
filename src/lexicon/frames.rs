//! `frames.toml`: the frame cues of a lexicon (see [`crate::frame`] for how they are applied).
//!
//! A lexicon without a `frames.toml` gets the built-in core lexicon's
//! (`lexicons/core/frames.toml`): [`FramesConfig::builtin`].

use super::line_of;
use crate::error::Result;
use crate::model::{is_known_category, Frame, CATEGORY_IDS, TOP_LEVEL_IDS};
use crate::{bail, err};
use serde::{Deserialize, Serialize};

/// One frame cue, as written in `frames.toml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameCue {
    /// A unique id (`negated.negator`).
    pub id: String,
    /// The frame the cue gives: `negated`, `quoted`, `reported`, `generic` or `hypothetical`.
    pub frame: String,
    /// What the cue recognises.
    #[serde(default)]
    pub description: String,
    /// Where the rule comes from (guidance, literature).
    #[serde(default)]
    pub source: String,
    /// A regex (over the normalised message) that must match BEFORE the span: starting before
    /// it and ending at most `gap` words before its start, in the same clause.
    #[serde(default)]
    pub before: Option<String>,
    /// A regex that must match AFTER the span: starting at most `gap` words after its end, in
    /// the same clause.
    #[serde(default)]
    pub after: Option<String>,
    /// A regex whose match must enclose the span (quote marks).
    #[serde(default)]
    pub around: Option<String>,
    /// The cue applies to every span of the message when the message also has a span of this
    /// category (or of a category under it), in a direct frame.
    #[serde(default)]
    pub when: Option<String>,
    /// How many words may lie between the cue and the span (default 3).
    #[serde(default = "default_gap")]
    pub gap: usize,
    /// Category ids (or top-level ids) of the spans the cue applies to; default: every
    /// category except `protective`.
    #[serde(default)]
    pub categories: Vec<String>,
    /// Category ids (or top-level ids) the cue never applies to.
    #[serde(default)]
    pub except: Vec<String>,
    /// If this regex matches anywhere in the normalised message, the cue does not apply.
    #[serde(default)]
    pub unless: Option<String>,
    /// The cue applies only when this regex matches somewhere in the normalised message (quoted
    /// words in a message that also judges them: "saying 'x' is weird").
    #[serde(default, rename = "with")]
    pub with: Option<String>,
    /// The `before` match may also start where the span starts, when the span includes the
    /// cue's words (a pattern that matched "calling her a sket" as a whole).
    #[serde(default)]
    pub at_start: bool,
    /// A comma also ends the cue's scope (NegEx-style termination at punctuation: in "not my
    /// problem, she shouldnt have" the negator does not reach the second clause).
    #[serde(default)]
    pub comma_breaks: bool,
    /// A category added as a span over the cue's words when the cue frames a span (a quoted
    /// slur inside a challenge is `protective.challenge`).
    #[serde(default)]
    pub label: Option<String>,
}

fn default_gap() -> usize {
    3
}

/// The frame cues of a lexicon, in file order (the first cue that applies to a span wins).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FramesConfig {
    /// The cues.
    pub cues: Vec<FrameCue>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FramesToml {
    #[serde(default)]
    cue: Vec<FrameCue>,
}

impl FrameCue {
    /// The cue's regexes that are set, by field name (`when` is a category, not a regex).
    pub fn regexes(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("before", &self.before),
            ("after", &self.after),
            ("around", &self.around),
            ("unless", &self.unless),
            ("with", &self.with),
        ]
        .into_iter()
        .filter_map(|(what, re)| Some((what, re.as_deref()?)))
    }
}

impl FramesConfig {
    /// Read a `frames.toml` (`name` names it in errors, with the line). Every regex is compiled
    /// and every frame and category checked, so a mistake is an error here.
    pub fn parse(text: &str, name: &str) -> Result<FramesConfig> {
        Self::parse_with(text, name, false)
    }

    /// [`FramesConfig::parse`]; `trusted`: a built-in lexicon's, whose regexes are compiled on
    /// first use (see [`super::check_cue`]).
    pub(crate) fn parse_with(text: &str, name: &str, trusted: bool) -> Result<FramesConfig> {
        let f: FramesToml = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
            err!("{name}:{line}: {}", e.message())
        })?;
        let mut seen = std::collections::BTreeSet::new();
        for c in &f.cue {
            let at = |what: &str| format!("{name}: cue {}: {what}", c.id);
            if !seen.insert(c.id.as_str()) {
                bail!("{}", at("duplicate id"));
            }
            let frame: Frame = c.frame.parse().map_err(|e: String| err!("{}", at(&e)))?;
            if frame == Frame::Direct {
                bail!("{}", at("a cue cannot give the frame `direct`"));
            }
            let wheres = [&c.before, &c.after, &c.around, &c.when]
                .iter()
                .filter(|w| w.is_some())
                .count();
            if wheres == 0 {
                bail!("{}", at("needs `before`, `after`, `around` or `when`"));
            }
            if (c.around.is_some() || c.when.is_some()) && wheres > 1 {
                bail!("{}", at("`around` and `when` stand alone"));
            }
            for (what, re) in c.regexes() {
                super::check_cue(re, &at(what), trusted)?;
            }
            let cats = c.categories.iter().chain(&c.except).chain(&c.when);
            for cat in cats.chain(&c.label) {
                if !is_known_category(cat) {
                    let known = CATEGORY_IDS.iter().chain(TOP_LEVEL_IDS).copied();
                    let e = crate::suggest::check("category", cat, known).unwrap_err();
                    bail!("{}", at(&e.to_string()));
                }
            }
        }
        Ok(FramesConfig { cues: f.cue })
    }

    /// The frame cues of a lexicon without a `frames.toml`: the built-in core lexicon's.
    pub fn builtin() -> Result<FramesConfig> {
        use crate::defaults::{builtin_lexicon, DEFAULT_LEXICON};
        let name = format!("builtin:{DEFAULT_LEXICON}/frames.toml");
        let bytes = builtin_lexicon(DEFAULT_LEXICON)
            .and_then(|files| files.iter().find(|(p, _)| *p == "frames.toml"))
            .map(|(_, b)| *b)
            .ok_or_else(|| err!("{name}: not built in"))?;
        let text = std::str::from_utf8(bytes).map_err(|_| err!("{name}: invalid UTF-8"))?;
        FramesConfig::parse_with(text, &name, true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mistakes_are_errors_naming_the_cue() {
        let bad = [
            ("[[cue]]\nid='a'\nframe='negatd'\nbefore='x'", "unknown frame"),
            ("[[cue]]\nid='a'\nframe='direct'\nbefore='x'", "direct"),
            ("[[cue]]\nid='a'\nframe='negated'", "needs"),
            ("[[cue]]\nid='a'\nframe='negated'\nbefore='('", "invalid regex"),
            (
                "[[cue]]\nid='a'\nframe='negated'\nbefore='x'\ncategories=['coercive.thret']",
                "coercive.threat",
            ),
            (
                "[[cue]]\nid='a'\nframe='negated'\nbefore='x'\n[[cue]]\nid='a'\nframe='quoted'\nafter='y'",
                "duplicate",
            ),
            ("[[cue]]\nid='a'\nframe='negated'\nbefor='x'", "frames.toml:4"),
        ];
        for (text, want) in bad {
            let e = FramesConfig::parse(text, "frames.toml")
                .unwrap_err()
                .to_string();
            assert!(e.contains(want), "{text}: {e}");
        }
    }

    #[test]
    fn the_builtin_cues_parse() {
        let f = FramesConfig::builtin().unwrap();
        assert!(f.cues.len() >= 5);
    }
}
