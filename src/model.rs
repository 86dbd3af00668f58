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
    "protective.challenge",
    "protective.support",
    "protective.help_seeking",
    "protective.reporting",
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
    /// The corpus name (the `name` in `corpus.toml`, else the name of the input's directory).
    pub corpus: String,
    /// The conversation (thread, chat, channel) the message belongs to.
    pub conversation_id: String,
    /// The message id, unique in the corpus.
    pub message_id: String,
    /// RFC 3339, as given (validated at ingest).
    pub timestamp: Option<String>,
    /// A pseudonymous speaker id.
    pub speaker: String,
    /// The message text.
    pub text: String,
    /// Extra columns, in input order.
    pub meta: IndexMap<String, String>,
    /// True when ingest already replaced a display name by a keyed pseudonym (chat
    /// exports), so that `redact` does not pseudonymise it a second time.
    #[serde(skip)]
    pub speaker_pseudonymised: bool,
    /// Provenance: the input file (with `line`, the 1-based line or record number).
    #[serde(skip)]
    pub file: String,
    /// Provenance: the 1-based line (or record) number in `file`.
    #[serde(skip)]
    pub line: u64,
}

/// Where a span's evidence came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// A lexicon term.
    Lexicon,
    /// A lexicon pattern (a regular expression).
    Pattern,
    /// A conversation rule.
    Rule,
    /// The classifier.
    Classifier,
    /// A gold (human) annotation, imported from an annotation tool.
    Gold,
}

impl Source {
    /// The name: `lexicon`, `pattern`, `rule`, `classifier` or `gold`.
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

/// How a span's words are used in their message: by the speaker (`direct`) or in some other
/// frame (negated, quoted, reported, generic, hypothetical). Only direct spans give a message
/// its labels, with one exception: a generic statement that blames (`victim_blaming.*` in a
/// `generic` frame) is victim-blaming. Non-direct spans stay in the output, so a researcher
/// can still count, say, reported coercion. See `docs/categories.md`, "Frames".
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Frame {
    /// The speaker uses the words ("send me a pic").
    #[default]
    Direct,
    /// Negated or refused ("im not sending pics").
    Negated,
    /// Quoted or named inside a challenge or report ("calling her a sket isnt a joke").
    Quoted,
    /// Someone else's words or acts, told by the speaker ("he keeps asking for pics").
    Reported,
    /// A general statement about people ("if u send pics thats on u").
    Generic,
    /// A hypothetical or question about one ("what if someone asks for a pic").
    Hypothetical,
    /// Words that are harmful only in a harmful conversation (a secrecy demand, pressure, a
    /// threat, support), where nothing harmful is in the message or open in the conversation
    /// ("dont tell anyone" about a surprise party). Set by the conversation rules.
    Unanchored,
    /// Words a lexicon entry or pattern matched but whose `unless` exception applies ("send me
    /// a pic of ur puppy"): kept, so that the classifier does not label what the lexicon's
    /// exceptions excuse, and so a researcher can see which exception fired.
    Excepted,
}

impl Frame {
    /// Every frame, in order.
    pub const ALL: [Frame; 8] = [
        Frame::Direct,
        Frame::Negated,
        Frame::Quoted,
        Frame::Reported,
        Frame::Generic,
        Frame::Hypothetical,
        Frame::Unanchored,
        Frame::Excepted,
    ];

    /// The name: `direct`, `negated`, `quoted`, `reported`, `generic`, `hypothetical`,
    /// `unanchored` or `excepted`.
    pub fn as_str(self) -> &'static str {
        match self {
            Frame::Direct => "direct",
            Frame::Negated => "negated",
            Frame::Quoted => "quoted",
            Frame::Reported => "reported",
            Frame::Generic => "generic",
            Frame::Hypothetical => "hypothetical",
            Frame::Unanchored => "unanchored",
            Frame::Excepted => "excepted",
        }
    }
}

impl std::str::FromStr for Frame {
    type Err = String;
    fn from_str(s: &str) -> Result<Frame, String> {
        Frame::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Frame::ALL.iter().map(|f| f.as_str()).collect();
                format!("unknown frame {s:?} (frames: {})", names.join(", "))
            })
    }
}

/// A flagged stretch of a message. `start`/`end` are code points, end-exclusive;
/// `text` equals that substring of the original message text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// The first code point of the span.
    pub start: usize,
    /// The code point after the span.
    pub end: usize,
    /// The text of the span: the code points `start..end` of the message text.
    pub text: String,
    /// The category id (`coercive.threat`).
    pub category: String,
    /// How serious the match is (the lexicon entry's or rule's severity).
    pub severity: u8,
    /// What kind of evidence found it.
    pub source: Source,
    /// Which entry, pattern or rule found it (`lex:…`, `import:brat`, …).
    pub rule_id: String,
    /// How the words are used (`direct` unless a frame cue says otherwise).
    #[serde(default)]
    pub frame: Frame,
}

impl Span {
    /// Whether the span gives its message a label: a `direct` span, or a `victim_blaming.*`
    /// span in a `generic` frame (a general statement that blames is itself victim-blaming).
    pub fn is_labelling(&self) -> bool {
        match self.frame {
            Frame::Direct => true,
            Frame::Generic => top_level(&self.category) == "victim_blaming",
            _ => false,
        }
    }
}

/// One annotated message: a line of `annotations.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// The corpus name, as in [`Message::corpus`].
    #[serde(default)]
    pub corpus: String,
    /// The message id.
    pub message_id: String,
    /// The conversation id.
    pub conversation_id: String,
    /// The pseudonymous speaker id.
    pub speaker: String,
    /// RFC 3339, when the message has a timestamp.
    pub timestamp: Option<String>,
    /// Extra columns of the message, in input order.
    #[serde(default)]
    pub meta: IndexMap<String, String>,
    /// The message text (after redaction, where it was redacted).
    pub text: String,
    /// Sorted, de-duplicated category ids.
    pub labels: Vec<String>,
    /// Maximum severity over the spans and labels (0 when unflagged).
    pub severity: u8,
    /// The flagged stretches, sorted by position ([`Annotation::finalise`]).
    pub spans: Vec<Span>,
    /// Which kinds of evidence produced each label (label -> sorted sources).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, Vec<Source>>,
    /// Classifier scores per category, when a model was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scores: Option<crate::scores::Scores>,
    /// Number of tokens in the message (for per-10,000-token rates).
    #[serde(default)]
    pub tokens: usize,
    /// The message's language: `cy`, `en`, `mixed` or `und` ([`crate::lang`]); empty in
    /// records written before it existed.
    #[serde(default)]
    pub lang: String,
    /// The episode the message falls in (`episodes.jsonl`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub episode_id: Option<String>,
    /// Its speaker's role in that episode as of this message (`harasser`, `target`,
    /// `bystander_defender`, `bystander_assistant`, `bystander_other`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The conversation rules found a refusal by the person asked (used for episodes; not
    /// written).
    #[serde(skip)]
    pub refusal: bool,
}

impl Annotation {
    /// Recompute `labels`, `severity` and `evidence` from the spans (plus any label-only
    /// evidence already recorded in `evidence`).
    pub fn finalise(&mut self) {
        let mut ev: BTreeMap<String, Vec<Source>> = std::mem::take(&mut self.evidence);
        self.veto_framed_classifier_labels(&mut ev);
        let mut sev = self.severity;
        for s in self.spans.iter().filter(|s| s.is_labelling()) {
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
            (a.start, a.end, &a.category, a.source, &a.rule_id, a.frame).cmp(&(
                b.start,
                b.end,
                &b.category,
                b.source,
                &b.rule_id,
                b.frame,
            ))
        });
    }

    /// Drop a classifier-only label when the lexicon found words of the same top-level category
    /// in this message only in a non-labelling frame: the classifier reads the words, the frame
    /// says they are quoted, reported, negated or hypothetical ("calling her a sket isnt a joke").
    fn veto_framed_classifier_labels(&self, ev: &mut BTreeMap<String, Vec<Source>>) {
        let framed_only = |top: &str| {
            let mut spans = self.spans.iter().filter(|s| top_level(&s.category) == top);
            let any = spans.clone().next().is_some();
            any && !spans.any(|s| s.is_labelling())
        };
        ev.retain(|cat, sources| {
            let classifier_only = sources.iter().all(|s| *s == Source::Classifier);
            !(classifier_only && framed_only(top_level(cat)))
        });
    }
}

impl Annotation {
    /// A builder for an annotation of message `message_id` with text `text`: for tests,
    /// examples and programs that make annotations without running the annotator.
    ///
    /// ```
    /// use c2chat::model::{Annotation, Source};
    ///
    /// let a = Annotation::builder("m1", "send me a pic")
    ///     .conversation("c1")
    ///     .speaker("s1")
    ///     .timestamp("2025-01-10T10:00:00Z")
    ///     .span("coercive.image_request", 0, 13, 2, Source::Lexicon)
    ///     .build();
    /// assert_eq!(a.labels, ["coercive.image_request"]);
    /// assert_eq!(a.spans[0].text, "send me a pic");
    /// assert_eq!(a.severity, 2);
    /// ```
    pub fn builder(message_id: impl Into<String>, text: impl Into<String>) -> AnnotationBuilder {
        AnnotationBuilder {
            a: Annotation {
                corpus: String::new(),
                message_id: message_id.into(),
                conversation_id: String::new(),
                speaker: String::new(),
                timestamp: None,
                meta: IndexMap::new(),
                text: text.into(),
                labels: Vec::new(),
                severity: 0,
                spans: Vec::new(),
                evidence: BTreeMap::new(),
                scores: None,
                tokens: 0,
                lang: String::new(),
                episode_id: None,
                role: None,
                refusal: false,
            },
            rule_id: String::new(),
        }
    }
}

/// Builds an [`Annotation`] (see [`Annotation::builder`]). Unless set, the corpus,
/// conversation id and speaker are empty, there is no timestamp, no meta field and no span,
/// and the token count is 0. [`AnnotationBuilder::build`] derives the labels, severity and
/// evidence from the spans (and labels) given, as [`Annotation::finalise`] does.
#[derive(Debug, Clone)]
#[must_use]
pub struct AnnotationBuilder {
    a: Annotation,
    /// The rule id of the spans added next.
    rule_id: String,
}

impl AnnotationBuilder {
    /// The corpus name.
    pub fn corpus(mut self, corpus: impl Into<String>) -> Self {
        self.a.corpus = corpus.into();
        self
    }

    /// The conversation id.
    pub fn conversation(mut self, conversation_id: impl Into<String>) -> Self {
        self.a.conversation_id = conversation_id.into();
        self
    }

    /// The (pseudonymous) speaker id.
    pub fn speaker(mut self, speaker: impl Into<String>) -> Self {
        self.a.speaker = speaker.into();
        self
    }

    /// The timestamp (RFC 3339).
    pub fn timestamp(mut self, timestamp: impl Into<String>) -> Self {
        self.a.timestamp = Some(timestamp.into());
        self
    }

    /// One extra field (`meta`); a key given again keeps its place and takes the new value.
    pub fn meta(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.a.meta.insert(key.into(), value.into());
        self
    }

    /// The number of tokens in the message.
    pub fn tokens(mut self, tokens: usize) -> Self {
        self.a.tokens = tokens;
        self
    }

    /// The lowest severity of the annotation, whatever its spans (for labels without spans).
    pub fn severity(mut self, severity: u8) -> Self {
        self.a.severity = severity;
        self
    }

    /// The `rule_id` of the spans added after this call (empty until set).
    pub fn rule_id(mut self, rule_id: impl Into<String>) -> Self {
        self.rule_id = rule_id.into();
        self
    }

    /// A span of `category` over code points `start..end` of the text; its `text` is that
    /// stretch of the message.
    ///
    /// # Panics
    ///
    /// If `start..end` is not a range of code points inside the text.
    pub fn span(
        mut self,
        category: impl Into<String>,
        start: usize,
        end: usize,
        severity: u8,
        source: Source,
    ) -> Self {
        let chars = self.a.text.chars().count();
        assert!(
            start <= end && end <= chars,
            "span {start}..{end} is not inside a text of {chars} code points"
        );
        let text = self.a.text.chars().skip(start).take(end - start).collect();
        self.a.spans.push(Span {
            start,
            end,
            text,
            category: category.into(),
            severity,
            source,
            rule_id: self.rule_id.clone(),
            frame: Default::default(),
        });
        self
    }

    /// A span of `category` over the first occurrence of `needle` in the text.
    ///
    /// # Panics
    ///
    /// If the text does not contain `needle`.
    pub fn span_over(
        self,
        needle: &str,
        category: impl Into<String>,
        severity: u8,
        source: Source,
    ) -> Self {
        let Some(b) = self.a.text.find(needle) else {
            panic!("the text does not contain {needle:?}");
        };
        let start = self.a.text[..b].chars().count();
        let end = start + needle.chars().count();
        self.span(category, start, end, severity, source)
    }

    /// A label without a span (from a rule, a classifier or a gold file), with the kind of
    /// evidence for it.
    pub fn label(mut self, category: impl Into<String>, source: Source) -> Self {
        self.a
            .evidence
            .entry(category.into())
            .or_default()
            .push(source);
        self
    }

    /// The annotation, with its labels, severity and evidence derived from the spans and
    /// labels given ([`Annotation::finalise`]).
    pub fn build(mut self) -> Annotation {
        self.a.finalise();
        self.a
    }
}

/// A record that ingest could not use, with the reason. One line of `rejects.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reject {
    /// The input file (as given, or `-` for standard input).
    pub file: String,
    /// The 1-based line (or record) number.
    pub line: u64,
    /// Why the record was rejected, in the user's terms (never the message text).
    pub reason: String,
    /// The record's message id, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
}

/// Prefix of the conversation id given to a message whose conversation id is empty (followed by
/// the message id, so such messages are never merged into one conversation).
pub const EMPTY_CONVERSATION_PREFIX: &str = "no-conversation:";

/// Prefix of the speaker given to a message without a speaker (followed by the message id, so
/// unknown speakers are never merged into one person).
pub const UNKNOWN_SPEAKER_PREFIX: &str = "unknown-speaker:";
