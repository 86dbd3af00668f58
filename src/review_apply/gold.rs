//! Decisions from a gold file (a scripted reviewer, or `c2chat import --from labelstudio|webanno|
//! brat|doccano` output): every label the tool gave that the gold lacks is rejected, every gold
//! label the tool missed is added (with the gold span, where the gold has one), and the rest
//! accepted. A bare top-level gold label (`protective`) agrees with any label under it, as in
//! `c2chat evaluate`. Only messages in both the annotations and the gold are decided.

use super::decisions::{validate, Decision, DecisionSpan};
use crate::error::{Context, Error, Result};
use crate::model::{top_level, Annotation, Source};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One message's gold: its labels, any spans (start, end, category) and its line.
#[derive(Debug, Clone, Default)]
pub struct GoldLabels {
    /// The labels.
    pub labels: BTreeSet<String>,
    /// Spans with their category, where the gold has them (imported annotations).
    pub spans: Vec<(usize, usize, String)>,
    /// The 1-based line in the gold file.
    pub line: u64,
}

/// Read gold JSONL: `{"message_id", "gold": [...]}` lines, or imported annotations
/// (`labels` and `spans`).
pub fn read(path: &Path) -> Result<BTreeMap<String, GoldLabels>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut out = BTreeMap::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let line = i as u64 + 1;
        let bad = |m: String| Error::input(path, Some(line), m);
        let v: serde_json::Value =
            serde_json::from_str(l).map_err(|e| bad(format!("invalid JSON: {e}")))?;
        let id = v
            .get("message_id")
            .and_then(|x| x.as_str())
            .ok_or_else(|| bad("no message_id".into()))?;
        let labels = v
            .get("gold")
            .or_else(|| v.get("labels"))
            .and_then(|x| x.as_array())
            .ok_or_else(|| bad("no gold (or labels) list".into()))?
            .iter()
            .map(|x| {
                x.as_str()
                    .map(String::from)
                    .ok_or_else(|| bad("labels must be strings".into()))
            })
            .collect::<Result<BTreeSet<String>>>()?;
        let mut spans = Vec::new();
        for s in v
            .get("spans")
            .and_then(|x| x.as_array())
            .into_iter()
            .flatten()
        {
            let num = |k: &str| s.get(k).and_then(|x| x.as_u64()).map(|n| n as usize);
            let cat = s.get("category").and_then(|x| x.as_str());
            if let (Some(a), Some(b), Some(c)) = (num("start"), num("end"), cat) {
                spans.push((a, b, c.to_string()));
            }
        }
        if out
            .insert(
                id.to_string(),
                GoldLabels {
                    labels,
                    spans,
                    line,
                },
            )
            .is_some()
        {
            return Err(bad(format!("duplicate message_id {id}")));
        }
    }
    Ok(out)
}

/// The decisions a reviewer following `gold` would make on `anns`. `path` names the gold in
/// errors (a misspelt label is an error naming its line, with a suggestion).
#[allow(clippy::too_many_arguments)]
pub fn decisions_from_gold(
    anns: &[Annotation],
    gold: &BTreeMap<String, GoldLabels>,
    path: &Path,
    categories: &[&str],
    reviewer: &str,
    decided_at: &str,
    annotations_sha256: &str,
) -> Result<Vec<(u64, Decision)>> {
    let note = format!(
        "derived from gold {}",
        path.file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_default()
    );
    let mut out = Vec::new();
    for a in anns {
        let Some(g) = gold.get(&a.message_id) else {
            continue;
        };
        let decide = |label: &str, action: &str, span: Option<DecisionSpan>| Decision {
            message_id: a.message_id.clone(),
            conversation_id: a.conversation_id.clone(),
            label: label.to_string(),
            action: action.to_string(),
            new_label: None,
            span,
            reviewer: reviewer.to_string(),
            decided_at: decided_at.to_string(),
            note: note.clone(),
            corpus: a.corpus.clone(),
            annotations_sha256: annotations_sha256.to_string(),
        };
        // A bare top-level gold label (`protective`) agrees with any label under it.
        let agrees = |l: &String| g.labels.contains(l) || g.labels.contains(top_level(l));
        let covered = |gl: &String| {
            a.labels.contains(gl)
                || (!gl.contains('.') && a.labels.iter().any(|l| top_level(l) == gl))
        };
        for l in &a.labels {
            let d = if agrees(l) {
                decide(l, "accept", None)
            } else {
                let span = a
                    .spans
                    .iter()
                    .filter(|s| &s.category == l && s.is_labelling())
                    .min_by_key(|s| !matches!(s.source, Source::Lexicon | Source::Pattern))
                    .map(|s| DecisionSpan {
                        start: s.start,
                        end: s.end,
                        source: Some(s.source.as_str().to_string()),
                        rule_id: Some(s.rule_id.clone()),
                    });
                decide(l, "reject", span)
            };
            out.push((g.line, d));
        }
        for l in g.labels.iter().filter(|l| !covered(l)) {
            let span = g.spans.iter().find(|s| &s.2 == l).map(|s| DecisionSpan {
                start: s.0,
                end: s.1,
                source: None,
                rule_id: None,
            });
            out.push((g.line, decide(l, "add", span)));
        }
    }
    for (line, d) in &out {
        validate(d, categories).map_err(|m| Error::input(path, Some(*line), m))?;
    }
    Ok(out)
}
