//! The language of a message: `cy` (Welsh), `en` (English), `mixed` (both within the message)
//! or `und` (too short, or neither can be told).
//!
//! Word by word first (`lexicons/lang.toml`, built in): placeholders (`[NAME_1]`) and
//! capitalised words inside a sentence (names, places) count for no language; marker words of
//! each language and Welsh clitics decide a word; any other word of three letters or more gets
//! the `lingua` detector's confidence (built with its English and Welsh models only), moved by
//! Welsh and English spelling cues (`ll`, `dd`, `w` and `y` as vowels, nasal-mutation initials;
//! `k`, `-ing`, `wh-` …), and counts for a language when that confidence is high. A message is
//! `mixed` when the language with fewer words has a phrase (a run of consecutive words) or
//! enough words in all; otherwise it is the language with more words; with no word of either,
//! lingua decides on the whole message. See `lexicons/lang.toml` for the rule and its settings.

use crate::err;
use crate::error::Result;
use crate::memo::WordSet;
use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use regex::{Regex, RegexSet};
use serde::Deserialize;
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
    mixed_cy_words: usize,
    mixed_cy_run: usize,
    mixed_en_words: usize,
    mixed_en_run: usize,
    word_confidence: f64,
    cy_clitics: Vec<String>,
    ambiguous: Vec<String>,
    cy: Vec<String>,
    en: Vec<String>,
    #[serde(default)]
    cues: Vec<CueToml>,
}

/// One spelling cue of `lang.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CueToml {
    lang: Side,
    pattern: String,
    weight: f64,
    #[serde(default)]
    #[allow(dead_code)]
    note: String,
}

/// The two languages a word can count for.
#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Side {
    Cy,
    En,
}

/// Spelling cues of one language: which match a word, and their weights.
struct Cues {
    set: RegexSet,
    weights: Vec<f64>,
}

impl Cues {
    fn new(cues: &[&CueToml], name: &str) -> Result<Cues> {
        for c in cues {
            if !(c.weight.is_finite() && c.weight > 0.0) {
                crate::bail!("{name}: cue {:?}: weight must be > 0", c.pattern);
            }
        }
        let set = RegexSet::new(cues.iter().map(|c| &c.pattern))
            .map_err(|e| err!("{name}: a cue does not compile: {e}"))?;
        Ok(Cues {
            set,
            weights: cues.iter().map(|c| c.weight).collect(),
        })
    }

    /// The sum of the weights of the cues that match `w`.
    fn score(&self, w: &str) -> f64 {
        self.set.matches(w).iter().map(|i| self.weights[i]).sum()
    }
}

/// The marker lists, the spelling cues and the detector.
pub struct LangId {
    min_words: usize,
    /// Welsh words (in all, or in a run) that make a message with English words `mixed`.
    mixed_cy: (usize, usize),
    /// English words (in all, or in a run) that make a message with Welsh words `mixed`.
    mixed_en: (usize, usize),
    word_confidence: f64,
    cy_clitics: Vec<String>,
    ambiguous: WordSet,
    cy: WordSet,
    en: WordSet,
    cy_cues: Cues,
    en_cues: Cues,
    detector: LanguageDetector,
    /// Each word already seen (not a marker): its Welsh confidence, the model's moved by the
    /// cues (a pure cache: words recur across messages, and asking the model was most of
    /// language identification's cost).
    word_cy: crate::memo::WordMemo<f64>,
}

/// Most distinct words whose confidence [`LangId`] remembers.
const WORD_CACHE_MAX: usize = 200_000;

/// How far the cues may move a word's log-odds, and the model's log-odds bound.
const LOGIT_MAX: f64 = 9.0;

/// What one word counts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Cy,
    En,
    Neither,
}

/// One message's words: how many, and the language tag of each that counts for one.
#[derive(Debug, Default)]
struct Words {
    count: usize,
    tags: Vec<Tag>,
}

impl Words {
    fn of(&self, t: Tag) -> usize {
        self.tags.iter().filter(|&&x| x == t).count()
    }

    /// The longest run of consecutive words tagged `t` (words of neither language skipped).
    fn run(&self, t: Tag) -> usize {
        let (mut best, mut cur) = (0, 0);
        for &x in &self.tags {
            cur = if x == t { cur + 1 } else { 0 };
            best = best.max(cur);
        }
        best
    }
}

/// Placeholders of redacted text and media (`[NAME_1]`, `[image]`): no language.
fn placeholder_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\[[^\[\]\s]{1,40}\]").expect("placeholder regex"))
}

/// Words of `text` capitalised inside a sentence (names of people and places), normalised:
/// they count for no language. The first word of a sentence, a word in capitals only and
/// English `I` (`I'm`, `I'll`) are not names.
fn names(text: &str) -> WordSet {
    let mut out = WordSet::default();
    let mut sentence_start = true;
    for raw in text.split_whitespace() {
        let core = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let mut chars = core.chars();
        let capital = chars.next().is_some_and(char::is_uppercase);
        let lower_after = chars.any(char::is_lowercase);
        let english_i = core == "I" || core.starts_with("I'") || core.starts_with("I\u{2019}");
        if capital && lower_after && !sentence_start && !english_i && !raw.starts_with('[') {
            for part in crate::normalise::normalise_str(core)
                .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .filter(|p| !p.is_empty())
            {
                out.insert(part.trim_matches('\'').to_string());
            }
        }
        sentence_start = raw
            .trim_end_matches(['"', '\'', ')', '\u{2019}', '\u{201d}'])
            .ends_with(['.', '!', '?', ':'])
            || !raw.chars().any(char::is_alphanumeric);
    }
    out
}

impl LangId {
    /// Read a `lang.toml` (`name` names it in errors).
    pub fn parse(text: &str, name: &str) -> Result<LangId> {
        let t: LangToml = toml::from_str(text).map_err(|e| err!("{name}: {}", e.message()))?;
        let both: Vec<&String> = t.cy.iter().filter(|w| t.en.contains(w)).collect();
        if !both.is_empty() {
            crate::bail!("{name}: words in both lists: {both:?}");
        }
        if !(0.5..1.0).contains(&t.word_confidence) {
            crate::bail!("{name}: word_confidence must be at least 0.5 and below 1");
        }
        let side = |s: Side| t.cues.iter().filter(|c| c.lang == s).collect::<Vec<_>>();
        let cy_cues = Cues::new(&side(Side::Cy), name)?;
        let en_cues = Cues::new(&side(Side::En), name)?;
        let cy: WordSet = t.cy.into_iter().collect();
        let ambiguous: WordSet = t.ambiguous.into_iter().collect();
        let en: WordSet =
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
            mixed_cy: (t.mixed_cy_words.max(1), t.mixed_cy_run.max(1)),
            mixed_en: (t.mixed_en_words.max(1), t.mixed_en_run.max(1)),
            word_confidence: t.word_confidence,
            cy_clitics: t.cy_clitics,
            ambiguous,
            cy,
            en,
            cy_cues,
            en_cues,
            // Loaded now rather than at the first word the lists leave undecided, so that a
            // pipeline loads them beside its lexicon (issue 23).
            detector: LanguageDetectorBuilder::from_languages(&[
                Language::English,
                Language::Welsh,
            ])
            .with_preloaded_language_models()
            .build(),
            word_cy: crate::memo::WordMemo::new(WORD_CACHE_MAX),
        })
    }

    /// The built-in detector (`lexicons/lang.toml`), built once.
    pub fn builtin() -> &'static LangId {
        static ID: OnceLock<LangId> = OnceLock::new();
        ID.get_or_init(|| LangId::parse(LANG_TOML, "builtin:lang.toml").expect("lang.toml parses"))
    }

    /// Build now what the detector otherwise builds on the first word its lists leave
    /// undecided (its script regexes), so that a pipeline does it while loading (issue 23).
    pub fn warm(&self) {
        self.detector
            .compute_language_confidence("croeso", Language::Welsh);
    }

    /// Each word of a normalised text that counts as a word (`text` is the original, for
    /// names), with its tag, to `f`.
    fn each_word(&self, normalised: &str, text: &str, mut f: impl FnMut(&str, Tag)) {
        let names = if text.chars().skip(1).any(char::is_uppercase) {
            names(text)
        } else {
            WordSet::default()
        };
        let blanked = placeholder_regex().replace_all(normalised, " ");
        for w in blanked
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .map(|w| w.trim_matches('\''))
            .filter(|w| w.chars().any(char::is_alphabetic) && !names.contains(*w))
        {
            f(w, self.tag(w));
        }
    }

    /// Tag each word of a normalised text (`text` is the original, for names).
    fn words(&self, normalised: &str, text: &str) -> Words {
        let mut out = Words::default();
        self.each_word(normalised, text, |_, t| {
            out.count += 1;
            out.tags.push(t);
        });
        out
    }

    /// The words of a message as [`LangId::detect`] sees them, each with what it counts for:
    /// `cy`, `en` or `-` (neither); names and placeholders are left out. For explaining a
    /// decision and for studying the rule.
    pub fn explain(&self, normalised: &str, text: &str) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        self.each_word(normalised, text, |w, t| {
            let t = match t {
                Tag::Cy => "cy",
                Tag::En => "en",
                Tag::Neither => "-",
            };
            out.push((w.to_string(), t));
        });
        out
    }

    /// What one normalised word counts for.
    fn tag(&self, w: &str) -> Tag {
        let clitic = || {
            self.cy_clitics
                .iter()
                .any(|c| w.len() > c.len() && w.ends_with(c.as_str()))
        };
        if self.cy.contains(w) {
            Tag::Cy
        } else if self.en.contains(w) {
            Tag::En
        } else if clitic() {
            Tag::Cy
        } else if self.ambiguous.contains(w) || w.chars().count() < 3 {
            Tag::Neither
        } else {
            let cy = self.word_confidence_cy(w);
            if cy >= self.word_confidence {
                Tag::Cy
            } else if 1.0 - cy >= self.word_confidence {
                Tag::En
            } else {
                Tag::Neither
            }
        }
    }

    /// The confidence that one word is Welsh: the model's, its log-odds moved by the weights of
    /// the Welsh cues the word matches less those of the English ones (remembered per word).
    fn word_confidence_cy(&self, w: &str) -> f64 {
        let make = || {
            let p = self
                .detector
                .compute_language_confidence(w, Language::Welsh);
            let logit = (p / (1.0 - p)).ln().clamp(-LOGIT_MAX, LOGIT_MAX);
            let cues = (self.cy_cues.score(w) - self.en_cues.score(w)).clamp(-LOGIT_MAX, LOGIT_MAX);
            1.0 / (1.0 + (-(logit + cues)).exp())
        };
        self.word_cy.get_or(w, make, |&cy| cy)
    }

    /// The language of a message, from its normalised text (words) and its text (names, and
    /// the model when no word decides).
    pub fn detect(&self, normalised: &str, text: &str) -> &'static str {
        let w = self.words(normalised, text);
        if w.count < self.min_words {
            return "und";
        }
        let (cy, en) = (w.of(Tag::Cy), w.of(Tag::En));
        // A language counts for `mixed` when it is not in the minority, or has enough words or
        // a phrase (a run) of them.
        let enough = |t: Tag, n: usize, other: usize, (words, run): (usize, usize)| {
            n > 0 && (n >= other || n >= words || w.run(t) >= run)
        };
        let mixed =
            enough(Tag::Cy, cy, en, self.mixed_cy) && enough(Tag::En, en, cy, self.mixed_en);
        match (cy, en) {
            _ if mixed => "mixed",
            (y, e) if y > e => "cy",
            (y, e) if e > y => "en",
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
        // Both, a phrase of each: code-switching.
        assert_eq!(lang("send me the pic neu dwi'n deud wrth pawb"), "mixed");
        assert_eq!(lang("mae hi mor annoying, she just won't stop"), "mixed");
        // One English loan in a Welsh message stays Welsh; one Welsh word in English is a switch.
        assert_eq!(lang("dwi isio screenshot o'r gwaith cartref"), "cy");
        assert_eq!(lang("dwi'n mynd adra, typical"), "cy");
        assert_eq!(lang("that was a great match, diolch for coming"), "mixed");
        // As many English as Welsh words: neither is a loan.
        assert_eq!(lang("training heno?"), "mixed");
    }

    #[test]
    fn short_or_wordless_messages_are_und() {
        for t in ["lol", "😂😂", "", "[NAME_1]?", "ok", "[NAME_1] [NAME_2]"] {
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
    fn names_and_placeholders_count_for_no_language() {
        // Welsh place and first names inside an English sentence, and the reverse.
        assert_eq!(
            lang("we drove to Llanrhystud and met Gwenllian there"),
            "en"
        );
        assert_eq!(lang("mae Jack a Charlie yn dod i'r sinema heno"), "cy");
        // A placeholder and a title are not English words in a Welsh message.
        assert_eq!(lang("dwi'n mynd i ofyn i Mrs [NAME_1] fory"), "cy");
        // The first word of a sentence is not a name; English I is not a name.
        assert_eq!(lang("Dwi'n hwyr. Mae'r bws wedi torri"), "cy");
        assert_eq!(lang("I can't come, I'm at training"), "en");
        let n = names("Hi there. Gwen and Dafydd came with Siân, I'm told, and [NAME_1] OMG");
        let mut n: Vec<_> = n.into_iter().collect();
        n.sort();
        assert_eq!(n, ["dafydd", "sian"]);
    }

    #[test]
    fn spelling_cues_move_the_model() {
        let id = LangId::builtin();
        // Words of no marker list: the cues push a Welsh-looking word towards Welsh and an
        // English-looking one towards English.
        assert!(id.cy_cues.score("ddwfn") > 0.0 && id.en_cues.score("ddwfn") == 0.0);
        assert!(id.cy_cues.score("llyfrgell") > 0.0);
        assert!(id.cy_cues.score("nghefnder") > 0.0);
        assert!(id.en_cues.score("quickest") > 0.0 && id.cy_cues.score("quickest") == 0.0);
        assert_eq!(id.tag("llyfrgell"), Tag::Cy);
        assert_eq!(id.tag("thinking"), Tag::En);
    }

    #[test]
    fn runs_and_counts() {
        let w = Words {
            count: 5,
            tags: vec![Tag::Cy, Tag::En, Tag::En, Tag::Cy, Tag::Cy],
        };
        assert_eq!((w.of(Tag::Cy), w.run(Tag::Cy), w.run(Tag::En)), (3, 2, 2));
    }

    #[test]
    fn bad_settings_are_errors() {
        let ok = "min_words = 2\nmixed_cy_words = 1\nmixed_cy_run = 1\nmixed_en_words = 2\nmixed_en_run = 2\nword_confidence = 0.9\ncy_clitics = []\nambiguous = []\n";
        let e = LangId::parse(&format!("{ok}cy = [\"a\"]\nen = [\"a\"]\n"), "x")
            .err()
            .unwrap();
        assert!(e.to_string().contains("both"), "{e}");
        assert!(LangId::parse("min_words = 2\n", "x").is_err());
        let cue = |lang: &str, pattern: &str| {
            format!("{ok}cy = []\nen = []\n[[cues]]\nlang = \"{lang}\"\npattern = \"{pattern}\"\nweight = 1.0\n")
        };
        assert!(LangId::parse(&cue("cy", "^ll"), "x").is_ok());
        let e = LangId::parse(&cue("cym", "^ll"), "x").err().unwrap();
        assert!(e.to_string().contains("cym"), "{e}");
        let e = LangId::parse(&cue("cy", "(ll"), "x").err().unwrap();
        assert!(e.to_string().contains("compile"), "{e}");
    }
}
