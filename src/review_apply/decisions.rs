//! `decisions.jsonl`: one review decision per line (the format `c2chat review` exports;
//! never message text). Read with every problem an error naming file and line; a misspelt
//! field, action or label gets a suggestion.

use crate::error::{Context, Error, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The actions: `accept`/`reject`/`relabel` a label the tool gave, `add` a label it missed.
pub const ACTIONS: [&str; 4] = ["accept", "reject", "relabel", "add"];

/// The fields of a decision.
pub const FIELDS: [&str; 11] = [
    "message_id",
    "conversation_id",
    "label",
    "action",
    "new_label",
    "span",
    "reviewer",
    "decided_at",
    "note",
    "corpus",
    "annotations_sha256",
];

/// The span of a decision: for a flag, the span that made it; for `add`, an optional
/// reviewer-selected range. Char offsets, end-exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionSpan {
    /// First char.
    pub start: usize,
    /// The char after the span.
    pub end: usize,
    /// `lexicon`, `pattern`, `rule`, `classifier` (a flag's span only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The entry, pattern or rule (a flag's span only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
}

/// One review decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// The message.
    pub message_id: String,
    /// Its conversation.
    pub conversation_id: String,
    /// The label decided on.
    pub label: String,
    /// `accept`, `reject`, `relabel` or `add`.
    pub action: String,
    /// The label a `relabel` gives instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_label: Option<String>,
    /// The span (see [`DecisionSpan`]), or null.
    #[serde(default)]
    pub span: Option<DecisionSpan>,
    /// Who decided.
    pub reviewer: String,
    /// When (RFC 3339 UTC).
    pub decided_at: String,
    /// Why.
    #[serde(default)]
    pub note: String,
    /// The corpus name.
    #[serde(default)]
    pub corpus: String,
    /// SHA-256 of the annotations.jsonl the decisions were made on.
    #[serde(default)]
    pub annotations_sha256: String,
}

/// Check a decision's action and labels (`categories`: the valid label ids).
pub fn validate(d: &Decision, categories: &[&str]) -> std::result::Result<(), String> {
    crate::suggest::check("action", &d.action, ACTIONS).map_err(|e| e.to_string())?;
    crate::suggest::check("label", &d.label, categories.iter().copied())
        .map_err(|e| e.to_string())?;
    match (&d.new_label, d.action.as_str()) {
        (Some(n), "relabel") => crate::suggest::check("new_label", n, categories.iter().copied())
            .map_err(|e| e.to_string())?,
        (None, "relabel") => return Err("a relabel needs new_label".into()),
        (Some(_), a) => return Err(format!("new_label is only for relabel, not {a}")),
        (None, _) => {}
    }
    if let Some(s) = &d.span {
        if s.start >= s.end {
            return Err(format!("span {}..{} is empty", s.start, s.end));
        }
    }
    if d.message_id.is_empty() || d.reviewer.is_empty() || d.decided_at.is_empty() {
        return Err("message_id, reviewer and decided_at must not be empty".into());
    }
    Ok(())
}

/// Read `decisions.jsonl`: (line, decision) in file order.
pub fn read(path: &Path, categories: &[&str]) -> Result<Vec<(u64, Decision)>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut out = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let line = i as u64 + 1;
        let bad = |m: String| Error::input(path, Some(line), m);
        let v: serde_json::Value =
            serde_json::from_str(l).map_err(|e| bad(format!("invalid JSON: {e}")))?;
        let obj = v
            .as_object()
            .ok_or_else(|| bad("a decision is a JSON object".into()))?;
        for k in obj.keys() {
            crate::suggest::check("field", k, FIELDS).map_err(|e| bad(e.to_string()))?;
        }
        let d: Decision = serde_json::from_value(v).map_err(|e| bad(e.to_string()))?;
        validate(&d, categories).map_err(bad)?;
        out.push((line, d));
    }
    Ok(out)
}

/// Decisions as JSONL (one object per line).
pub fn to_jsonl(ds: &[Decision]) -> String {
    let mut s = String::new();
    for d in ds {
        s.push_str(&serde_json::to_string(d).expect("decisions serialise"));
        s.push('\n');
    }
    s
}
