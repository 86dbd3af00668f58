//! Teaching packs: short, anonymised excerpts around flagged messages, with category
//! definitions and discussion prompts, rendered as Markdown or one self-contained HTML file.
//!
//! Privacy: speakers become "Pupil A", "Pupil B", ... per excerpt; no message, conversation or
//! speaker id is carried into the pack (speaker ids that appear inside message text are
//! replaced too); every excerpt is re-checked with [`crate::redact::detect`] and refused if
//! anything is found; sexualised wording can be masked; rare words can be masked.
//!
//! Files: `select` chooses the excerpts and builds the [`Pack`] (windows merged so that excerpts
//! never overlap, pupil labels, the residual-PII check, the glossary and colour key); `mask`
//! masks the sexualised words ([`MaskTerms`]) and finds rare words; `notes` reads the prompts
//! file's facilitator notes, masked words and guidance titles ([`TeachNotes`]); `prompts` picks
//! each category's discussion prompts from the lexicon; `markdown` and `html` render a pack, with
//! every string of its own from `ui/*.toml` in the pack's `--ui-lang`.
//! `episodes` builds a pack of whole episodes (`teach --episodes`): one excerpt per episode of
//! `episodes.jsonl`, windows never overlapping, with roles and bystander prompts per act from
//! the `[episodes]` tables of `lexicons/teach-prompts.toml` ([`EpisodePrompts`]).

#![warn(missing_docs)]

#[cfg(test)]
mod episode_tests;
mod episodes;
mod html;
mod markdown;
mod mask;
mod notes;
#[cfg(test)]
mod pack_tests;
mod prompts;
mod select;
#[cfg(test)]
mod tests;

pub use episodes::build_episode_pack;
pub use html::{render_html, PACK_CSP};
pub use markdown::render_markdown;
pub use mask::{mask_stretch, sexualised_ranges, MaskTerms, Shown};
pub use notes::{Facilitator, TeachNotes};
pub use prompts::{ActPrompt, EpisodePrompts};
pub use select::{build_pack, pupil_label, validate as validate_spans};

use crate::bail;
use crate::error::Result;
use crate::redact::NameList;
use crate::ui::{Ui, UiLang};
use serde::{Deserialize, Serialize};

/// A category as the pack shows it: the lexicon's record of it (see [`CategoryInfo::from`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryInfo {
    /// The category id.
    pub id: String,
    /// A short human-readable name (the id when empty).
    pub label: String,
    /// What the category covers.
    pub definition: String,
    /// Where the definition or guidance comes from.
    pub source: String,
    /// The category's own discussion prompt (empty: its top-level category's).
    #[serde(default)]
    pub prompt: String,
    /// General discussion prompts for every category under this top-level one (empty: the
    /// built-in general prompts).
    #[serde(default)]
    pub prompts: Vec<String>,
}

impl From<&crate::lexicon::Category> for CategoryInfo {
    fn from(c: &crate::lexicon::Category) -> Self {
        CategoryInfo::in_lang(c, UiLang::En)
    }
}

impl CategoryInfo {
    /// The category in `lang`: with `cy`, the lexicon's `label_cy`, `definition_cy`, `prompt_cy`
    /// and `prompts_cy` where it has them (the English text where it has not).
    pub fn in_lang(c: &crate::lexicon::Category, lang: UiLang) -> Self {
        let pick = |en: &String, cy: &String| match lang {
            UiLang::Cy if !cy.trim().is_empty() => cy.clone(),
            _ => en.clone(),
        };
        CategoryInfo {
            id: c.id.clone(),
            label: pick(&c.label, &c.label_cy),
            definition: pick(&c.definition, &c.definition_cy),
            source: c.source.clone(),
            prompt: pick(&c.prompt, &c.prompt_cy),
            prompts: match lang {
                UiLang::Cy if !c.prompts_cy.is_empty() => c.prompts_cy.clone(),
                _ => c.prompts.clone(),
            },
        }
    }
}

/// How flagged sexualised wording is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mask {
    /// As written.
    None,
    /// First letter + `***`.
    #[default]
    Partial,
    /// `[SEXUALISED TERM]`.
    Full,
}

impl Mask {
    /// The name `--mask` takes (`none`, `partial`, `full`).
    pub fn as_str(self) -> &'static str {
        match self {
            Mask::None => "none",
            Mask::Partial => "partial",
            Mask::Full => "full",
        }
    }
}

impl std::str::FromStr for Mask {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "none" => Ok(Mask::None),
            "partial" => Ok(Mask::Partial),
            "full" => Ok(Mask::Full),
            _ => bail!("unknown mask {s:?}: use none, partial or full"),
        }
    }
}

/// What goes into a pack.
#[derive(Debug, Clone)]
pub struct TeachOptions {
    /// Category id prefixes ("coercive" selects every `coercive.*`); empty selects all.
    pub categories: Vec<String>,
    /// Minimum severity of the flagged evidence.
    pub min_severity: u8,
    /// At most this many excerpts (0 = no limit).
    pub max_excerpts: usize,
    /// Messages of context before and after the flagged message (same conversation, input order).
    pub context: usize,
    /// How flagged sexualised wording is shown.
    pub mask: Mask,
    /// Replace rare words with `[RARE]` (otherwise they are listed in `Pack::warnings`).
    pub mask_rare: bool,
    /// The lexicon's name, for the provenance block.
    pub lexicon_name: String,
    /// The lexicon's version, for the provenance block.
    pub lexicon_version: String,
    /// The pack's date, passed in so output is deterministic.
    pub date: String,
    /// Names for the residual-PII check.
    pub names: NameList,
    /// The pack's title (`--title`; default: the interface strings' `teach.title`).
    pub title: Option<String>,
    /// The interface language of the pack (`--ui-lang`).
    pub ui_lang: UiLang,
    /// The prompts file's data: general prompts, masked words, guidance titles, facilitator
    /// notes (default: the built-in `lexicons/teach-prompts.toml`).
    pub notes: TeachNotes,
    /// The sexualised words that are masked (default: the built-in lexicon's and notes').
    pub mask_terms: MaskTerms,
}

impl Default for TeachOptions {
    fn default() -> Self {
        TeachOptions {
            categories: Vec::new(),
            min_severity: 1,
            max_excerpts: 20,
            context: 2,
            mask: Mask::Partial,
            mask_rare: false,
            lexicon_name: String::new(),
            lexicon_version: String::new(),
            date: String::new(),
            names: NameList::empty(),
            title: None,
            ui_lang: UiLang::En,
            notes: TeachNotes::builtin().expect("the built-in prompts parse (tested)"),
            mask_terms: MaskTerms::builtin().clone(),
        }
    }
}

/// A stretch of message text; highlighted when `categories` is non-empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// The text as shown (masked, ids replaced).
    pub text: String,
    /// The flagged categories of a highlighted stretch (ids, sorted).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
}

/// One message of an excerpt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExcerptMessage {
    /// "Pupil A", "Pupil B", ... in order of first appearance within the excerpt.
    pub speaker: String,
    /// The message the excerpt is centred on (in an episode pack: a message with an act).
    pub flagged: bool,
    /// In an episode pack, the message's acts in plain words (`pressure`, `refusal`, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acts: Vec<String>,
    /// The text in stretches, plain or highlighted.
    pub segments: Vec<Segment>,
}

impl ExcerptMessage {
    /// The message text as shown.
    pub fn text(&self) -> String {
        self.segments.iter().map(|s| s.text.as_str()).collect()
    }
}

/// A flagged category with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryNote {
    /// The category id.
    pub id: String,
    /// Its label (the id when the lexicon has none).
    pub label: String,
    /// Its definition (a placeholder sentence when the lexicon has none).
    pub definition: String,
    /// Where the definition or guidance comes from, as readable citations (the documents'
    /// titles, never a file path; may be empty).
    pub sources: Vec<String>,
    /// Discussion prompts, from the lexicon (at most three).
    pub prompts: Vec<String>,
}

/// An excerpt: a flagged message with its context, and the flagged categories explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Excerpt {
    /// "EX-001", ...
    pub id: String,
    /// The messages, in conversation order.
    pub messages: Vec<ExcerptMessage>,
    /// The selected categories flagged in the excerpt, sorted by id.
    pub categories: Vec<CategoryNote>,
    /// In an episode pack: the episode's type, roles and bystander prompts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub episode: Option<EpisodeNote>,
    /// Discussion questions: the prompts of its categories, each once (none in an episode
    /// pack, whose bystander prompts replace them).
    #[serde(default)]
    pub questions: Vec<String>,
    /// The points a facilitator should draw out (the prompts file's `points` of its
    /// categories, each once).
    #[serde(default)]
    pub points: Vec<String>,
}

/// One line of the colour key: a highlight colour and what it marks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyEntry {
    /// The colour's class: a top-level category id, or `other`.
    pub class: String,
    /// The top-level category's label.
    pub label: String,
}

/// The colour class of a category: its top-level id when it is one of the four built-in ones,
/// else `other`.
pub fn colour_class(id: &str) -> &'static str {
    match crate::model::top_level(id) {
        "sexualised" => "sexualised",
        "coercive" => "coercive",
        "victim_blaming" => "victim_blaming",
        "protective" => "protective",
        _ => "other",
    }
}

/// A pupil of an episode excerpt and their part in the episode, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilRole {
    /// "Pupil A", ...
    pub pupil: String,
    /// The role as the prompts file words it ("harasser", "defender", ...).
    pub role: String,
}

/// One step of an episode: an act, and what a bystander could do after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// The step line ("After Pupil A's request for a picture (message 3)").
    pub after: String,
    /// The bystander prompt for the act.
    pub prompt: String,
}

/// What an episode excerpt adds: the episode type in plain words, who is who, and a bystander
/// prompt after each kind of act (in the order the acts first happen), then closing prompts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EpisodeNote {
    /// The episode type in plain words.
    pub kind: String,
    /// Each pupil of the excerpt who takes part in the episode, in pupil order.
    pub roles: Vec<PupilRole>,
    /// One step per kind of act.
    pub steps: Vec<Step>,
    /// Questions about the whole episode.
    pub closing: Vec<String>,
}

impl Excerpt {
    /// A category's label in this excerpt (its id when the excerpt has no note for it).
    pub fn label_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.categories
            .iter()
            .find(|c| c.id == id)
            .map_or(id, |c| c.label.as_str())
    }
}

impl EpisodeNote {
    /// "Pupil A, harasser; Pupil B, target".
    pub fn roles_line(&self) -> String {
        self.roles
            .iter()
            .map(|r| format!("{}, {}", r.pupil, r.role))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The headings of an episode excerpt's sections, from the prompts file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EpisodeHeadings {
    /// Over the episode type.
    pub kind: String,
    /// Over the roles.
    pub roles: String,
    /// Over the bystander prompts.
    pub steps: String,
}

/// An excerpt left out of the pack. `record` is the 1-based position of the flagged
/// annotation in the input (so the operator can find it); no id and no value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    /// The flagged annotation's 1-based position in the input.
    pub record: usize,
    /// Why (`residual PII: PHONE 1`): kinds and counts only.
    pub reason: String,
}

/// Where a pack comes from and how it was made, as its "About this pack" block shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The lexicon's name.
    pub lexicon_name: String,
    /// The lexicon's version.
    pub lexicon_version: String,
    /// The pack's date.
    pub date: String,
    /// Human-readable selection criteria.
    pub criteria: Vec<String>,
    /// How sexualised wording is shown.
    pub mask: Mask,
    /// Whether rare words are masked.
    pub mask_rare: bool,
    /// Excerpts in the pack.
    pub included: usize,
    /// Excerpts withheld by the residual-PII check.
    pub refused: usize,
}

/// A teaching pack. `refused` and `warnings` are for the operator's console; the renderers
/// show only the number of refused excerpts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pack {
    /// The interface language the renderers use.
    #[serde(skip)]
    pub ui_lang: UiLang,
    /// The pack's title.
    pub title: String,
    /// The steps of "How to run this session".
    #[serde(default)]
    pub how_to: Vec<String>,
    /// The colour key: one line per colour used.
    #[serde(default)]
    pub key: Vec<KeyEntry>,
    /// Every category flagged in the pack, once, sorted by id: the glossary.
    #[serde(default)]
    pub glossary: Vec<CategoryNote>,
    /// The note under the provenance block.
    pub intro: String,
    /// In an episode pack, the headings of each excerpt's episode sections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub episode_headings: Option<EpisodeHeadings>,
    /// Where it comes from and how it was made.
    pub provenance: Provenance,
    /// The excerpts, in input order of their flagged messages.
    pub excerpts: Vec<Excerpt>,
    /// Excerpts withheld by the residual-PII check.
    pub refused: Vec<Refusal>,
    /// Rare words left unmasked, per excerpt (without `mask_rare`).
    pub warnings: Vec<String>,
}

impl Pack {
    /// The pack's interface strings.
    pub fn ui(&self) -> &'static Ui {
        Ui::builtin(self.ui_lang)
    }
}

/// The masking line of a pack's provenance block.
fn mask_text(p: &Provenance, ui: &Ui) -> String {
    ui.f(
        "teach.masking_line",
        &[
            (
                "sexualised",
                ui.s(match p.mask {
                    Mask::None => "teach.mask_none",
                    Mask::Partial => "teach.mask_partial",
                    Mask::Full => "teach.mask_full",
                }),
            ),
            (
                "rare",
                ui.s(if p.mask_rare {
                    "teach.rare_masked"
                } else {
                    "teach.rare_shown"
                }),
            ),
        ],
    )
}
