//! The data of a teaching pack besides the episode tables, all from `lexicons/teach-prompts.toml`
//! (or an edited copy, `teach --prompts FILE`): the general prompts, the words masked in flagged
//! sexualised wording, the titles of the guidance documents, and the facilitator notes ("How to
//! run this session", the points to draw out of each excerpt) per interface language.

use super::prompts::line_of;
use crate::model::top_level;
use crate::ui::UiLang;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The facilitator notes of one interface language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facilitator {
    /// The steps of the "How to run this session" section.
    #[serde(default)]
    pub how_to: Vec<String>,
    /// Category id -> the points a facilitator should draw out of an excerpt flagged with it.
    #[serde(default)]
    pub points: BTreeMap<String, Vec<String>>,
}

/// The `[facilitator]` table: one [`Facilitator`] per interface language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct ByLang {
    #[serde(default)]
    en: Facilitator,
    #[serde(default)]
    cy: Facilitator,
}

/// The `[mask]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct MaskTable {
    #[serde(default)]
    terms: Vec<String>,
}

/// The whole file; `episodes` is read by [`super::EpisodePrompts`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    general: Vec<String>,
    #[serde(default)]
    general_cy: Vec<String>,
    #[serde(default)]
    mask: MaskTable,
    #[serde(default)]
    sources: BTreeMap<String, String>,
    #[serde(default)]
    facilitator: ByLang,
    #[serde(default, rename = "episodes")]
    _episodes: Option<toml::Table>,
}

/// The teaching-pack data of a prompts file (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeachNotes {
    general: Vec<String>,
    general_cy: Vec<String>,
    /// Words masked inside flagged sexualised wording, besides the lexicon's one-word
    /// sexualised entries.
    pub mask_terms: Vec<String>,
    /// A guidance file as the lexicon cites it (`seeds/000_….txt`) -> the document's title.
    pub sources: BTreeMap<String, String>,
    en: Facilitator,
    cy: Facilitator,
}

impl TeachNotes {
    /// The built-in notes (`lexicons/teach-prompts.toml`).
    pub fn builtin() -> crate::Result<TeachNotes> {
        Self::parse(
            crate::defaults::teach_prompts_toml(),
            "builtin:teach-prompts.toml",
        )
    }

    /// Read a prompts file; `name` names it in errors, with the line. A typo in a key is an
    /// error.
    pub fn parse(text: &str, name: &str) -> crate::Result<TeachNotes> {
        let f: File = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
            crate::err!("{name}:{line}: {}", e.message())
        })?;
        Ok(TeachNotes {
            general: f.general,
            general_cy: f.general_cy,
            mask_terms: f.mask.terms,
            sources: f.sources,
            en: f.facilitator.en,
            cy: f.facilitator.cy,
        })
    }

    /// The general prompts in `lang` (English where the file has no Welsh ones).
    pub fn general(&self, lang: UiLang) -> &[String] {
        match lang {
            UiLang::Cy if !self.general_cy.is_empty() => &self.general_cy,
            _ => &self.general,
        }
    }

    fn facilitator(&self, lang: UiLang) -> &Facilitator {
        match lang {
            UiLang::En => &self.en,
            UiLang::Cy => &self.cy,
        }
    }

    /// The "How to run this session" steps in `lang` (English where there are none in `lang`).
    pub fn how_to(&self, lang: UiLang) -> &[String] {
        let own = &self.facilitator(lang).how_to;
        if own.is_empty() {
            &self.en.how_to
        } else {
            own
        }
    }

    /// The points to draw out for category `id` in `lang`: its own, else its top-level
    /// category's; English where `lang` has neither.
    pub fn points(&self, id: &str, lang: UiLang) -> &[String] {
        for f in [self.facilitator(lang), &self.en] {
            for key in [id, top_level(id)] {
                if let Some(p) = f.points.get(key).filter(|p| !p.is_empty()) {
                    return p;
                }
            }
        }
        &[]
    }

    /// A lexicon `source` field as readable citations, one per document (split at `;` outside
    /// brackets): the bracketed file a part cites (`[seeds/000_….txt]`) is dropped, and a part
    /// that is only a file becomes the document's title from `[sources]`, else `untitled`.
    pub fn citations(&self, source: &str, untitled: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for part in split_top(source) {
            let (text, files) = strip_files(part);
            let cite = if !text.is_empty() {
                text
            } else if let Some(title) = files.iter().find_map(|f| self.sources.get(f)) {
                title.clone()
            } else if files.is_empty() {
                continue;
            } else {
                untitled.to_string()
            };
            if !out.contains(&cite) {
                out.push(cite);
            }
        }
        out
    }

    /// Every category id the points are given for, in both languages (for the typo check).
    pub fn point_categories(&self) -> impl Iterator<Item = &str> {
        self.en
            .points
            .keys()
            .chain(self.cy.points.keys())
            .map(String::as_str)
    }
}

/// `s` split at `;` outside round and square brackets, each part trimmed, empty parts dropped.
fn split_top(s: &str) -> Vec<&str> {
    let (mut depth, mut at, mut out) = (0i32, 0, Vec::new());
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ';' if depth <= 0 => {
                out.push(s[at..i].trim());
                at = i + 1;
            }
            _ => {}
        }
    }
    out.push(s[at..].trim());
    out.retain(|p| !p.is_empty());
    out
}

/// A citation without its bracketed file paths (`[seeds/000_….txt]`: a bracket holding a `/`
/// or a `.txt`, `.pdf`, `.md`, `.html`), and those paths.
fn strip_files(part: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut files = Vec::new();
    let mut rest = part;
    while let Some(open) = rest.find('[') {
        let Some(len) = rest[open..].find(']') else {
            break;
        };
        let inner = &rest[open + 1..open + len];
        let is_file = inner.contains('/')
            || [".txt", ".pdf", ".md", ".html"]
                .iter()
                .any(|x| inner.ends_with(x));
        text.push_str(&rest[..open]);
        if is_file {
            files.push(inner.trim().to_string());
        } else {
            text.push_str(&rest[open..=open + len]);
        }
        rest = &rest[open + len + 1..];
    }
    text.push_str(rest);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (text, files)
}
