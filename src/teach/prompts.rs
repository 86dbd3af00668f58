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
