//! The message and annotation model: the contracts every stage shares.
//!
//! Offsets in [`Span`] are Unicode code points into [`Annotation::text`], end-exclusive
//! (as Python and brat count them).

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Category ids fixed by the foundation contract. The top level is the part before the dot.
pub const CATEGORY_IDS: &[&str] = &[
    "sexualised.appearance",
    "sexualised.names",
    "sexualised.jokes",
    "sexualised.explicit",
    "coercive.image_request",
    "coercive.pressure",
    "coercive.threat",
    "coercive.exposure",
    "coercive.secrecy",
    "victim_blaming.blame",
    "victim_blaming.minimising",
    "protective",
];

/// Top-level categories, in contract order.
pub const TOP_LEVEL_IDS: &[&str] = &["sexualised", "coercive", "victim_blaming", "protective"];

/// The top-level part of a category id (`coercive.threat` -> `coercive`).
pub fn top_level(id: &str) -> &str {
    id.split('.').next().unwrap_or(id)
}

/// Whether `id` is a contract category id or a bare top-level id.
pub fn is_known_category(id: &str) -> bool {
    CATEGORY_IDS.contains(&id) || TOP_LEVEL_IDS.contains(&id)
}

/// One message of a corpus, after ingest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub corpus: String,
    pub conversation_id: String,
    pub message_id: String,
    /// RFC 3339, as given (validated at ingest).
    pub timestamp: Option<String>,
    /// A pseudonymous speaker id.
    pub speaker: String,
    pub text: String,
    /// Extra columns, in input order.
    pub meta: IndexMap<String, String>,
    /// True when ingest already replaced a display name by a keyed pseudonym (chat
    /// exports), so that `redact` does not pseudonymise it a second time.
    #[serde(skip)]
    pub speaker_pseudonymised: bool,
    /// Provenance: the input file and 1-based line (or record) number.
    #[serde(skip)]
    pub file: String,
    #[serde(skip)]
    pub line: u64,
}

/// Where a span's evidence came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Lexicon,
    Pattern,
    Rule,
    Classifier,
    Gold,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Lexicon => "lexicon",
            Source::Pattern => "pattern",
            Source::Rule => "rule",
            Source::Classifier => "classifier",
            Source::Gold => "gold",
        }
    }
}

/// A flagged stretch of a message. `start`/`end` are code points, end-exclusive;
/// `text` equals that substring of the original message text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub category: String,
    pub severity: u8,
    pub source: Source,
    pub rule_id: String,
}

/// One annotated message: a line of `annotations.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    #[serde(default)]
    pub corpus: String,
    pub message_id: String,
    pub conversation_id: String,
    pub speaker: String,
    pub timestamp: Option<String>,
    #[serde(default)]
    pub meta: IndexMap<String, String>,
    pub text: String,
    /// Sorted, de-duplicated category ids.
    pub labels: Vec<String>,
    /// Maximum severity over the spans and labels (0 when unflagged).
    pub severity: u8,
    pub spans: Vec<Span>,
    /// Which kinds of evidence produced each label (label -> sorted sources).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, Vec<Source>>,
    /// Classifier scores per category, when a model was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scores: Option<BTreeMap<String, f64>>,
    /// Number of tokens in the message (for per-10,000-token rates).
    #[serde(default)]
    pub tokens: usize,
}

impl Annotation {
    /// Recompute `labels`, `severity` and `evidence` from the spans (plus any label-only
    /// evidence already recorded in `evidence`).
    pub fn finalise(&mut self) {
        let mut ev: BTreeMap<String, Vec<Source>> = std::mem::take(&mut self.evidence);
        let mut sev = self.severity;
        for s in &self.spans {
            ev.entry(s.category.clone()).or_default().push(s.source);
            sev = sev.max(s.severity);
        }
        for v in ev.values_mut() {
            v.sort();
            v.dedup();
        }
        self.labels = ev.keys().cloned().collect();
        self.severity = sev;
        self.evidence = ev;
        self.spans.sort_by(|a, b| {
            (a.start, a.end, &a.category, a.source, &a.rule_id).cmp(&(
                b.start,
                b.end,
                &b.category,
                b.source,
                &b.rule_id,
            ))
        });
    }
}

/// A record that ingest could not use, with the reason. One line of `rejects.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reject {
    pub file: String,
    pub line: u64,
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
}

/// Prefix of the conversation id given to a message whose conversation id is empty (followed by
/// the message id, so such messages are never merged into one conversation).
pub const EMPTY_CONVERSATION_PREFIX: &str = "no-conversation:";

/// Prefix of the speaker given to a message without a speaker (followed by the message id, so
/// unknown speakers are never merged into one person).
pub const UNKNOWN_SPEAKER_PREFIX: &str = "unknown-speaker:";
