//! The language of a message: `cy` (Welsh), `en` (English), `mixed` (both within the message)
//! or `und` (too short, or neither can be told).
//!
//! A token-level check first: marker words of each language from `lexicons/lang.toml` (built
//! in), which also finds code-switching. A message with markers of one language only is that
//! language, without running a model, so English-only corpora stay fast. Otherwise the `lingua`
//! detector, built with its English and Welsh models only, decides. See `lexicons/lang.toml`
//! for the rule.

use crate::err;
use crate::error::Result;
use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use serde::Deserialize;
use std::collections::HashSet;
use std::sync::OnceLock;

/// `lexicons/lang.toml`.
const LANG_TOML: &str = include_str!("../lexicons/lang.toml");

/// The languages a message can be in.
pub const LANGS: [&str; 4] = ["cy", "en", "mixed", "und"];

/// The teaching packs' common English and chat words: English markers too.
const ENGLISH_WORDS: &str = include_str!("teach_words.txt");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LangToml {
    min_words: usize,
    mixed_cy: usize,
    mixed_en: usize,
    word_confidence: f64,
    ambiguous: Vec<String>,
    cy: Vec<String>,
    en: Vec<String>,
}

/// The marker lists and the detector.
pub struct LangId {
    min_words: usize,
    mixed_cy: usize,
    mixed_en: usize,
    word_confidence: f64,
    ambiguous: HashSet<String>,
    cy: HashSet<String>,
    en: HashSet<String>,
    detector: LanguageDetector,
    /// The model's Welsh confidence for each word already seen (a pure cache: words recur
    /// across messages, and asking the model was most of language identification's cost).
    word_cy: dashmap::DashMap<String, f64>,
}

/// Most distinct words whose confidence [`LangId`] remembers.
const WORD_CACHE_MAX: usize = 200_000;

/// Counts of one message's words.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Counts {
    words: usize,
    cy: usize,
    en: usize,
}

/// Welsh clitics on the end of a word (`ti'n`, `o'r`, `dw i'm`).
const CY_CLITICS: [&str; 3] = ["'n", "'r", "'m"];

impl LangId {
    /// Read a `lang.toml` (`name` names it in errors).
    pub fn parse(text: &str, name: &str) -> Result<LangId> {
        let t: LangToml = toml::from_str(text).map_err(|e| err!("{name}: {}", e.message()))?;
        let both: Vec<&String> = t.cy.iter().filter(|w| t.en.contains(w)).collect();
        if !both.is_empty() {
            crate::bail!("{name}: words in both lists: {both:?}");
        }
        let cy: HashSet<String> = t.cy.into_iter().collect();
        let ambiguous: HashSet<String> = t.ambiguous.into_iter().collect();
        let en: HashSet<String> =
            t.en.into_iter()
                .chain(
                    ENGLISH_WORDS
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty() && !l.starts_with('#'))
                        .map(str::to_string),
                )
                .filter(|w| !cy.contains(w) && !ambiguous.contains(w))
                .collect();
        Ok(LangId {
            min_words: t.min_words,
            mixed_cy: t.mixed_cy.max(1),
            mixed_en: t.mixed_en.max(1),
            word_confidence: t.word_confidence,
            ambiguous,
            cy,
            en,
            detector: LanguageDetectorBuilder::from_languages(&[
                Language::English,
                Language::Welsh,
            ])
            .build(),
            word_cy: Default::default(),
        })
    }

    /// The built-in detector (`lexicons/lang.toml`), built once.
    pub fn builtin() -> &'static LangId {
        static ID: OnceLock<LangId> = OnceLock::new();
        ID.get_or_init(|| LangId::parse(LANG_TOML, "builtin:lang.toml").expect("lang.toml parses"))
    }

    /// Count the words of each language in a normalised text: markers first; when they find
    /// one language or none, each other word of three letters or more by the model.
    fn counts(&self, normalised: &str) -> Counts {
        let mut c = Counts::default();
        let mut unknown: Vec<&str> = Vec::new();
        for w in normalised
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .map(|w| w.trim_matches('\''))
            .filter(|w| w.chars().any(char::is_alphabetic))
        {
            c.words += 1;
            if self.cy.contains(w) || CY_CLITICS.iter().any(|c| w.len() > 2 && w.ends_with(c)) {
                c.cy += 1;
            } else if self.en.contains(w) {
                c.en += 1;
            } else if !self.ambiguous.contains(w) && w.chars().count() >= 3 {
                unknown.push(w);
            }
        }
        if c.cy == 0 || c.en == 0 {
            for w in unknown {
                let cy = self.word_confidence_cy(w);
                if cy >= self.word_confidence {
                    c.cy += 1;
                } else if 1.0 - cy >= self.word_confidence {
                    c.en += 1;
                }
            }
        }
        c
    }

    /// The model's confidence that one word is Welsh (remembered per word).
    fn word_confidence_cy(&self, w: &str) -> f64 {
        if let Some(c) = self.word_cy.get(w) {
            return *c;
        }
        let cy = self
            .detector
            .compute_language_confidence(w, Language::Welsh);
        if self.word_cy.len() < WORD_CACHE_MAX {
            self.word_cy.insert(w.to_string(), cy);
        }
        cy
    }

    /// The language of a message, from its normalised text (words) and its text (the model).
    pub fn detect(&self, normalised: &str, text: &str) -> &'static str {
        let c = self.counts(normalised);
        if c.words < self.min_words {
            return "und";
        }
        match (c.cy, c.en) {
            (y, e) if y >= self.mixed_cy && e >= self.mixed_en => "mixed",
            (y, e) if y > 0 && y >= e => "cy",
            (_, e) if e > 0 => "en",
            _ => match self.detector.detect_language_of(text) {
                Some(Language::Welsh) => "cy",
                Some(Language::English) => "en",
                _ => "und",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::normalise_str;

    fn lang(text: &str) -> &'static str {
        LangId::builtin().detect(&normalise_str(text), text)
    }

    #[test]
    fn each_language_by_its_markers() {
        assert_eq!(lang("has anyone got the homework for tomorrow"), "en");
        assert_eq!(lang("wyt ti'n dod i'r ysgol fory?"), "cy");
        assert_eq!(lang("dwi'n mynd adra rŵan"), "cy");
        // Both, at least two markers each: code-switching.
        assert_eq!(lang("send me the pic neu dwi'n deud wrth pawb"), "mixed");
        assert_eq!(lang("mae hi mor annoying, she just won't stop"), "mixed");
        // One English loan in a Welsh message stays Welsh.
        assert_eq!(lang("dwi isio screenshot o'r gwaith cartref"), "cy");
    }

    #[test]
    fn short_or_wordless_messages_are_und() {
        for t in ["lol", "😂😂", "", "[NAME_1]?", "ok"] {
            assert_eq!(lang(t), "und", "{t}");
        }
    }

    #[test]
    fn without_markers_the_model_decides() {
        // No marker word of either list: lingua's English and Welsh models decide.
        assert_eq!(lang("gwych, llongyfarchiadau mawr i'r tîm pêl-droed"), "cy");
        assert_eq!(
            lang("brilliant, congratulations everybody, amazing performance"),
            "en"
        );
    }

    #[test]
    fn a_word_in_both_lists_is_an_error() {
        let e = LangId::parse(
            "min_words = 2\nmixed_cy = 1\nmixed_en = 2\nword_confidence = 0.9\nambiguous = []\ncy = [\"a\"]\nen = [\"a\"]\n",
            "x",
        )
        .err()
        .unwrap();
        assert!(e.to_string().contains("both"), "{e}");
        assert!(LangId::parse("min_words = 2\n", "x").is_err());
    }
}
