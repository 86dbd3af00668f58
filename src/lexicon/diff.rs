//! `c2chat lexicon diff A B`: what lexicon B changes relative to lexicon A (entries added or
//! removed, exceptions added to entries or patterns, patterns added, removed or changed, local
//! classifier thresholds raised, rules switched off).
//! B is usually A with an overlay stacked on it.

use super::{Lexicon, MatchKind};
use std::collections::BTreeMap;

/// One difference.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Change {
    /// `entry-added`, `entry-removed`, `exception-added`, `exception-changed`,
    /// `pattern-added`, `pattern-removed`, `pattern-changed`, `threshold-raised` or
    /// `rule-off`.
    pub kind: String,
    /// The entry (`lex:TERM (category)`) or pattern id.
    pub item: String,
    /// What changed (the added `unless`, the new regex, where the item is).
    pub detail: String,
}

fn kind_name(k: MatchKind) -> &'static str {
    match k {
        MatchKind::Word => "word",
        MatchKind::Prefix => "prefix",
        MatchKind::Phrase => "phrase",
    }
}

/// How an `unless` changed from `a` to `b`: `None` when it did not.
fn unless_change(
    a: Option<&super::LazyRegex>,
    b: Option<&super::LazyRegex>,
) -> Option<(String, String)> {
    let (a, b) = (a.map(|r| r.as_str()), b.map(|r| r.as_str()));
    if a == b {
        return None;
    }
    Some(match (a, b) {
        (_, None) => ("exception-changed".into(), "unless removed".into()),
        (None, Some(b)) => ("exception-added".into(), format!("unless {b}")),
        // Stacked exceptions nest: `(?:(?:A)|(?:X1))|(?:X2)`.
        (Some(a), Some(b)) if b.contains(&format!("(?:{a})|")) => {
            let added = b.strip_prefix(&format!("(?:{a})|")).unwrap_or(b);
            ("exception-added".into(), format!("unless {added}"))
        }
        (Some(_), Some(b)) => ("exception-changed".into(), format!("unless {b}")),
    })
}

/// The changes from `a` to `b`, sorted by kind and item.
pub fn diff(a: &Lexicon, b: &Lexicon) -> Vec<Change> {
    let mut out = Vec::new();
    let key = |e: &super::Entry| (e.term.clone(), e.category.clone(), kind_name(e.kind));
    let ea: BTreeMap<_, _> = a.entries.iter().map(|e| (key(e), e)).collect();
    let eb: BTreeMap<_, _> = b.entries.iter().map(|e| (key(e), e)).collect();
    let name = |k: &(String, String, &str)| format!("lex:{} ({}, {})", k.0, k.1, k.2);
    for (k, e) in &eb {
        match ea.get(k) {
            None => out.push(Change {
                kind: "entry-added".into(),
                item: name(k),
                detail: format!("{}:{}", e.file, e.line),
            }),
            Some(old) => {
                if let Some((kind, detail)) = unless_change(old.unless.as_ref(), e.unless.as_ref())
                {
                    out.push(Change {
                        kind,
                        item: name(k),
                        detail,
                    });
                }
            }
        }
    }
    for (k, e) in &ea {
        if !eb.contains_key(k) {
            out.push(Change {
                kind: "entry-removed".into(),
                item: name(k),
                detail: format!("{}:{}", e.file, e.line),
            });
        }
    }
    let pa: BTreeMap<_, _> = a.patterns.iter().map(|p| (p.id.clone(), p)).collect();
    let pb: BTreeMap<_, _> = b.patterns.iter().map(|p| (p.id.clone(), p)).collect();
    for (id, p) in &pb {
        let item = format!("{id} ({})", p.category);
        match pa.get(id) {
            None => out.push(Change {
                kind: "pattern-added".into(),
                item,
                detail: format!("{}:{}", p.file, p.line),
            }),
            Some(old) => {
                if old.regex.as_str() != p.regex.as_str() || old.category != p.category {
                    out.push(Change {
                        kind: "pattern-changed".into(),
                        item: item.clone(),
                        detail: format!("regex {}", p.regex.as_str()),
                    });
                }
                if let Some((kind, detail)) = unless_change(old.unless.as_ref(), p.unless.as_ref())
                {
                    out.push(Change { kind, item, detail });
                }
            }
        }
    }
    for (id, p) in &pa {
        if !pb.contains_key(id) {
            out.push(Change {
                kind: "pattern-removed".into(),
                item: format!("{id} ({})", p.category),
                detail: format!("{}:{}", p.file, p.line),
            });
        }
    }
    for (cat, min) in &b.classifier_min {
        let was = a.classifier_min.get(cat);
        if was.is_none_or(|w| w < min) {
            out.push(Change {
                kind: "threshold-raised".into(),
                item: format!("{cat} (classifier)"),
                detail: match was {
                    Some(w) => format!("min score {min} (was {w})"),
                    None => format!("min score {min} (was the model's threshold)"),
                },
            });
        }
    }
    for (rule, cat) in &b.rules.switched_off {
        if !a.rules.switched_off.contains(&(rule.clone(), cat.clone())) {
            out.push(Change {
                kind: "rule-off".into(),
                item: format!("{rule} ({cat})"),
                detail: "switched off".into(),
            });
        }
    }
    out.sort();
    out
}
