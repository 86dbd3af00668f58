//! Discussion prompts for each category of a pack, all from data: the category's own `prompt`
//! in the lexicon (or, when it has none, its top-level category's `prompt`), then its top-level
//! category's general `prompts` (or, when the lexicon has none, the built-in general prompts of
//! `lexicons/teach-prompts.toml`); at most [`MAX_PROMPTS`].

use super::CategoryInfo;
use crate::model::top_level;
use std::collections::BTreeMap;

/// A category note shows at most this many prompts.
const MAX_PROMPTS: usize = 3;

/// The discussion prompts for category `id`; `general` is used where the lexicon has no general
/// prompts for the category's top level.
pub(super) fn prompts_for(
    id: &str,
    categories: &BTreeMap<String, CategoryInfo>,
    general: &[String],
) -> Vec<String> {
    let top = categories.get(top_level(id));
    fn own(c: Option<&CategoryInfo>) -> Option<&str> {
        c.map(|c| c.prompt.as_str())
            .filter(|p| !p.trim().is_empty())
    }
    let specific = own(categories.get(id)).or_else(|| own(top));
    let listed: Vec<&String> = top
        .map(|c| c.prompts.iter().filter(|p| !p.trim().is_empty()).collect())
        .unwrap_or_default();
    let general: Vec<&String> = if listed.is_empty() {
        general.iter().collect()
    } else {
        listed
    };
    specific
        .into_iter()
        .map(str::to_string)
        .chain(general.into_iter().cloned())
        .take(MAX_PROMPTS)
        .collect()
}

/// An act's wording in an episode pack.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActPrompt {
    /// The act in plain words, as the step line and the message tag show it.
    pub name: String,
    /// What a bystander could do after it.
    pub prompt: String,
}

/// The `[episodes]` tables of `lexicons/teach-prompts.toml`: every word an episode pack shows
/// that is not from the chat or the lexicon.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EpisodePrompts {
    /// The pack's title.
    pub title: String,
    /// The note under the provenance block.
    pub intro: String,
    /// Heading over the episode type.
    pub type_heading: String,
    /// Heading over the roles.
    pub roles_heading: String,
    /// Heading over the bystander prompts.
    pub steps_heading: String,
    /// The step line: `{pupil}`, `{act}` (the act's name) and `{n}` (message number).
    pub step: String,
    /// Questions about the whole episode.
    pub closing: Vec<String>,
    /// Role id -> the role in plain words.
    pub roles: BTreeMap<String, String>,
    /// Episode type id -> the type in plain words.
    pub types: BTreeMap<String, String>,
    /// Act id -> its name and bystander prompt.
    pub acts: BTreeMap<String, ActPrompt>,
}

/// The 1-based line of byte `at` in `text`.
pub(super) fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

impl EpisodePrompts {
    /// The built-in tables (`lexicons/teach-prompts.toml`).
    pub fn builtin() -> crate::Result<EpisodePrompts> {
        Self::parse(
            crate::defaults::teach_prompts_toml(),
            "builtin:teach-prompts.toml",
        )
    }

    /// Read the `[episodes]` tables of a prompts file; `name` names it in errors, with the line.
    /// Other top-level keys (`general`) are allowed; a typo inside `[episodes]` is an error.
    pub fn parse(text: &str, name: &str) -> crate::Result<EpisodePrompts> {
        #[derive(serde::Deserialize)]
        struct File {
            episodes: Option<EpisodePrompts>,
        }
        let f: File = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
            crate::err!("{name}:{line}: {}", e.message())
        })?;
        let p = f
            .episodes
            .ok_or_else(|| crate::err!("{name}: no [episodes] table"))?;
        for (what, v) in [("step", &p.step), ("title", &p.title), ("intro", &p.intro)] {
            if v.trim().is_empty() {
                crate::bail!("{name}: episodes.{what} is empty");
            }
        }
        Ok(p)
    }

    /// The wording of a role, type or act named by an episode record (`what`: `role`,
    /// `episode type`, `act`); an unknown one is an error with the closest known name.
    pub(super) fn word<'a, T>(
        table: &'a BTreeMap<String, T>,
        what: &str,
        given: &str,
    ) -> crate::Result<&'a T> {
        match table.get(given) {
            Some(v) => Ok(v),
            None => Err(crate::suggest::check(
                &format!("{what} (no entry in the teaching prompts' [episodes] tables)"),
                given,
                table.keys().map(String::as_str),
            )
            .expect_err("the name is not in the table")
            .into()),
        }
    }

    /// The step line for `pupil`'s `act` at message `n` of the excerpt.
    pub(super) fn step_line(&self, pupil: &str, act: &str, n: usize) -> String {
        self.step
            .replace("{pupil}", pupil)
            .replace("{act}", act)
            .replace("{n}", &n.to_string())
    }
}
