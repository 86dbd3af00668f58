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

/// Lint a lexicon directory or a built-in lexicon; for a local overlay (alone, or the top of
/// a stack), the overlay checks of [`lint_overlay`] against the lexicons below it.
pub fn lint_ref(lexicon: &super::LexiconRef) -> Result<Vec<Finding>> {
    use super::{overlay, LexiconRef};
    match lexicon {
        LexiconRef::Dir(d) if overlay::base_of(d).is_some() => {
            let base = overlay::base_of(d).unwrap_or_default();
            let sibling = d
                .parent()
                .map(|p| p.join(&base))
                .filter(|s| s.join("lexicon.toml").is_file());
            let below = match sibling {
                Some(s) => LexiconRef::Dir(s),
                None => LexiconRef::parse(&base)?,
            };
            return lint_overlay(&below.load()?, d);
        }
        LexiconRef::Stack(refs) if refs.len() > 1 => {
            let mut out = Vec::new();
            for k in 1..refs.len() {
                let below = LexiconRef::Stack(refs[..k].to_vec()).load()?;
                if let LexiconRef::Dir(d) = &refs[k] {
                    out.extend(lint_overlay(&below, d)?);
                }
            }
            out.sort();
            return Ok(out);
        }
        _ => {}
    }
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

/// The probe messages an overlay exception must not all match (`lexicons/review-probes.txt`).
pub fn probe_messages() -> Vec<&'static str> {
    include_str!("../../lexicons/review-probes.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Lint a local overlay against the lexicons below it: an exception whose `unless` matches
/// the empty string, every probe message ([`probe_messages`]) or the entry's term on its own
/// silences its entry or pattern (and, for a one-item category, the whole category) everywhere
/// (`exception-too-broad`); a local classifier threshold no score reaches (above 1) or above
/// the accepted flag it records (`threshold-too-high`); a category that the lexicons below
/// can give but the overlay leaves nothing to give (`category-silenced`: every entry and
/// pattern excepted everywhere, and no classifier score reaching its threshold); every
/// proposed entry or pattern still waiting for `c2chat lexicon accept` is listed
/// (`proposed`). Bad items are errors naming file and line.
pub fn lint_overlay(below: &Lexicon, dir: &Path) -> Result<Vec<Finding>> {
    let ids: Vec<&str> = below.categories.iter().map(|c| c.id.as_str()).collect();
    let ov = super::overlay::Overlay::load(dir, &ids)?;
    // Stacking checks that every exception names an entry or pattern below.
    let stacked = super::overlay::stack(below.clone(), &ov)?;
    let probes = probe_messages();
    let mut out = threshold_findings(&ov, dir);
    out.extend(silenced_categories(below, &stacked, &probes, dir));
    let xfile = format!("{}/exceptions.toml", dir.display());
    for (x, line) in &ov.exceptions {
        let re = super::compile_regex(&x.unless, "unless")?;
        let term = x
            .rule_id
            .strip_prefix("lex:")
            .map(crate::normalise::normalise_str);
        let why = if re.is_match("") {
            Some("matches the empty string".to_string())
        } else if probes.iter().all(|p| re.is_match(p)) {
            Some(format!(
                "matches every one of the {} probe messages",
                probes.len()
            ))
        } else {
            term.filter(|t| x.source == "lexicon" && re.is_match(t.trim()))
                .map(|t| format!("matches the term {:?} on its own", t.trim()))
        };
        if let Some(why) = why {
            out.push(Finding {
                kind: "exception-too-broad".into(),
                location: format!("{xfile}:{line}"),
                message: format!(
                    "exception {} on {} ({}) {why}: it would silence it everywhere, not only where it was rejected",
                    x.id, x.rule_id, x.category
                ),
            });
        }
    }
    for p in ov.pending() {
        out.push(Finding {
            kind: "proposed".into(),
            location: format!("{}:{}", p.file, p.line),
            message: format!(
                "{} {} {:?} ({}) proposed by {} from message {}: not active until `c2chat lexicon accept {} {}`",
                p.kind,
                p.id,
                p.term,
                p.category,
                p.provenance.reviewer,
                p.provenance.message_id,
                dir.display(),
                p.id
            ),
        });
    }
    out.sort();
    Ok(out)
}

/// `threshold-too-high`: a local threshold above 1 (the classifier never gives the category)
/// or above the lowest accepted score it records.
fn threshold_findings(ov: &super::overlay::Overlay, dir: &Path) -> Vec<Finding> {
    let tfile = format!("{}/thresholds.toml", dir.display());
    let mut out = Vec::new();
    for (t, line) in &ov.thresholds {
        let why = if t.min_score > 1.0 {
            Some("no score reaches it, so the classifier would never give the category".to_string())
        } else {
            t.accepted_min.filter(|a| t.min_score > *a).map(|a| {
                format!(
                    "it is above the accepted classifier flag of message {} (score {a}) it records",
                    t.accepted_message_id
                )
            })
        };
        if let Some(why) = why {
            out.push(Finding {
                kind: "threshold-too-high".into(),
                location: format!("{tfile}:{line}"),
                message: format!(
                    "threshold {} ({}, min_score {}): {why}",
                    t.id, t.category, t.min_score
                ),
            });
        }
    }
    out
}

/// `category-silenced`: a category with entries or patterns below the overlay that, stacked,
/// has none left that can match (each excepted by an `unless` matching every probe message)
/// and a classifier threshold above 1.
fn silenced_categories(
    below: &Lexicon,
    stacked: &Lexicon,
    probes: &[&str],
    dir: &Path,
) -> Vec<Finding> {
    let live = |u: Option<&super::LazyRegex>| match u {
        None => true,
        Some(u) => {
            let re = super::compile_regex(u.as_str(), "unless");
            re.map_or(true, |re| {
                !probes.iter().all(|p| re.is_match(p)) && !re.is_match("")
            })
        }
    };
    let gives = |lex: &Lexicon, cat: &str, check: bool| {
        let entries = lex
            .entries
            .iter()
            .filter(|e| e.category == cat)
            .any(|e| !check || live(e.unless.as_ref()));
        let patterns = lex
            .patterns
            .iter()
            .filter(|p| p.category == cat)
            .any(|p| !check || live(p.unless.as_ref()));
        let classifier = lex.classifier_min.get(cat).is_none_or(|m| *m <= 1.0);
        entries || patterns || (check && classifier)
    };
    below
        .categories
        .iter()
        .filter(|c| gives(below, &c.id, false) && !gives(stacked, &c.id, true))
        .map(|c| Finding {
            kind: "category-silenced".into(),
            location: dir.display().to_string(),
            message: format!(
                "category {}: with this overlay no entry or pattern of it can match and no classifier score reaches its threshold",
                c.id
            ),
        })
        .collect()
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
