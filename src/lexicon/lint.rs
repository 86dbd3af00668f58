//! `c2chat lexicon lint`: duplicates, shadowed entries, terms that normalise to nothing,
//! regex errors, and categories without a definition or without teaching-pack prompts.

use super::{Lexicon, MatchKind};
use crate::error::Result;
use std::collections::BTreeMap;
use std::path::Path;

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Finding {
    /// The kind of finding (`duplicate`, `no-prompt`, ...).
    pub kind: String,
    /// Where: file and line, or the category.
    pub location: String,
    /// What is wrong.
    pub message: String,
}

/// Lint a lexicon directory. Errors that stop loading entirely (bad lexicon.toml) are returned as Err.
pub fn lint(dir: &Path) -> Result<Vec<Finding>> {
    lint_ref(&super::LexiconRef::Dir(dir.to_path_buf()))
}

/// Lint a lexicon directory or a built-in lexicon.
pub fn lint_ref(lexicon: &super::LexiconRef) -> Result<Vec<Finding>> {
    let (lex, issues) = Lexicon::load_ref_collecting(lexicon)?;
    let mut out = Vec::new();
    for e in issues.errors {
        let (loc, msg) = split_loc(&e);
        let kind = if msg.contains("normalises to nothing") {
            "empty-term"
        } else if msg.contains("regex") {
            "regex-error"
        } else {
            "entry-error"
        };
        out.push(Finding {
            kind: kind.into(),
            location: loc,
            message: msg,
        });
    }
    let mut seen: BTreeMap<(String, String, bool), String> = BTreeMap::new();
    for e in &lex.entries {
        let k = (
            e.key.clone(),
            e.category.clone(),
            e.kind == MatchKind::Prefix,
        );
        let here = format!("{}:{}", e.file, e.line);
        if let Some(first) = seen.get(&k) {
            out.push(Finding {
                kind: "duplicate".into(),
                location: here,
                message: format!("{:?} ({}) duplicates {}", e.term, e.category, first),
            });
        } else {
            seen.insert(k, here);
        }
    }
    // Shadowed: a word entry already covered by a prefix entry of the same category.
    for e in lex.entries.iter().filter(|e| e.kind != MatchKind::Prefix) {
        for p in lex
            .entries
            .iter()
            .filter(|p| p.kind == MatchKind::Prefix && p.category == e.category)
        {
            if e.key.starts_with(&p.key) && !e.key.contains(' ') {
                out.push(Finding {
                    kind: "shadowed".into(),
                    location: format!("{}:{}", e.file, e.line),
                    message: format!(
                        "{:?} is already matched by {:?} ({}:{})",
                        e.term, p.term, p.file, p.line
                    ),
                });
                break;
            }
        }
    }
    let toml_loc = format!("{}/lexicon.toml", lexicon.to_string().trim_end_matches('/'));
    for c in &lex.categories {
        if c.definition.trim().is_empty() {
            out.push(Finding {
                kind: "no-definition".into(),
                location: toml_loc.clone(),
                message: format!("category {} has no definition", c.id),
            });
        }
    }
    out.extend(prompt_findings(&lex, &toml_loc));
    let used: std::collections::BTreeSet<&str> = lex
        .entries
        .iter()
        .map(|e| e.category.as_str())
        .chain(lex.patterns.iter().map(|p| p.category.as_str()))
        .collect();
    for c in &lex.categories {
        if !used.contains(c.id.as_str()) && c.id.contains('.') {
            out.push(Finding {
                kind: "unused-category".into(),
                location: toml_loc.clone(),
                message: format!("category {} has no entries or patterns", c.id),
            });
        }
    }
    out.sort();
    Ok(out)
}

/// Teaching-pack prompts: a fine category without its own `prompt`, a top-level category
/// without general `prompts`, and `prompts` on a fine category (where they are not used).
fn prompt_findings(lex: &Lexicon, location: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut add = |kind: &str, message: String| {
        out.push(Finding {
            kind: kind.into(),
            location: location.to_string(),
            message,
        })
    };
    for c in &lex.categories {
        let fine = c.id.contains('.');
        if fine && c.prompt.trim().is_empty() {
            add(
                "no-prompt",
                format!(
                    "category {} has no discussion prompt (`prompt`); teaching packs show its top-level category's",
                    c.id
                ),
            );
        }
        if !fine && c.prompts.iter().all(|p| p.trim().is_empty()) {
            add(
                "no-general-prompts",
                format!(
                    "top-level category {} has no general discussion prompts (`prompts`); teaching packs show the built-in ones",
                    c.id
                ),
            );
        }
        if fine && !c.prompts.is_empty() {
            add(
                "unused-prompts",
                format!(
                    "category {} has `prompts`, which only top-level categories use; give it a `prompt`",
                    c.id
                ),
            );
        }
    }
    out
}

fn split_loc(e: &str) -> (String, String) {
    // "path:line: message"
    let mut parts = e.splitn(3, ": ");
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), Some(c)) => (a.to_string(), format!("{b}: {c}")),
        (Some(a), Some(b), None) => (a.to_string(), b.to_string()),
        _ => (String::new(), e.to_string()),
    }
}
