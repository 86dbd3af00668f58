//! The review page (`c2chat review`): one self-contained, offline HTML file in which a person
//! accepts, rejects or relabels each flag of an `annotations.jsonl` and adds the labels the tool
//! missed, then exports the decisions as `decisions.jsonl`.
//!
//! Two steps, like the report: [`build_page`] turns annotations into a plain [`ReviewPage`]
//! (testable without HTML): one [`Card`] per flagged message, in input order, with the
//! conversation around it (`context` messages either side), speakers renamed Pupil A, Pupil B…
//! per conversation ([`crate::teach::pupil_label`]), the labelling spans highlighted and the
//! sexualised words masked exactly as a teaching pack masks them ([`crate::teach::mask_stretch`],
//! [`crate::teach::MaskTerms`]), every stretch keeping the code points of the original text it
//! stands for (so a reviewer's selection maps back to span offsets). Then [`render_html`]
//! writes it through the askama template `templates/review/page.html` with the style sheet
//! `assets/review.css` and the script `assets/review.js` inline (the only script the page's
//! Content-Security-Policy allows); every string of the page's own comes from `ui/*.toml`
//! (`review.*`, `--ui-lang`).
//!
//! Privacy: the page carries the message and conversation ids of the flagged messages only
//! (a decision names them), never a context message's id, a speaker id or a file path; rule
//! ids are carried hex-encoded (`data-rule`), so a lexicon key that is a sexualised word never
//! appears as written, and shown masked where the page shows evidence.
//!
//! The decision format (one JSON object per line, never message text) is documented in the
//! README's "Review" section; the script writes it.

#![warn(missing_docs)]

mod html;
#[cfg(test)]
mod tests;

pub use html::render_html;

use crate::error::Result;
use crate::model::{Annotation, Source};
use crate::teach::{
    mask_stretch, pupil_label, sexualised_ranges, validate_spans, CategoryInfo, Mask, MaskTerms,
    Shown,
};
use crate::ui::{Ui, UiLang};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// What goes into a review page.
#[derive(Debug, Clone)]
pub struct ReviewOptions {
    /// Category id prefixes whose flags are reviewed (`coercive` selects every `coercive.*`);
    /// empty selects all.
    pub categories: Vec<String>,
    /// Messages of context before and after each flagged message (same conversation).
    pub context: usize,
    /// How sexualised words are shown.
    pub mask: Mask,
    /// The sexualised words that are masked.
    pub mask_terms: MaskTerms,
    /// The interface language (`--ui-lang`).
    pub ui_lang: UiLang,
    /// The page's title (default: the interface strings' `review.title`).
    pub title: Option<String>,
    /// The hex SHA-256 of the annotations file: the key of the browser's saved progress and a
    /// field of every decision.
    pub annotations_sha256: String,
}

impl Default for ReviewOptions {
    fn default() -> Self {
        ReviewOptions {
            categories: Vec::new(),
            context: 2,
            mask: Mask::Partial,
            mask_terms: MaskTerms::builtin().clone(),
            ui_lang: UiLang::En,
            title: None,
            annotations_sha256: String::new(),
        }
    }
}

/// A category a reviewer can choose (relabel, add a missed label).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// The category id (what a decision records).
    pub id: String,
    /// Its label in the page's language (the id when the lexicon has none).
    pub label: String,
}

/// The span that made a flag, as a decision records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FlagSpan {
    /// First code point.
    pub start: usize,
    /// The code point after it.
    pub end: usize,
    /// The kind of evidence.
    pub source: Source,
    /// The entry, pattern or rule.
    pub rule_id: String,
}

/// One flag: a label the tool gave a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// The category id.
    pub label: String,
    /// Its label in the page's language.
    pub label_text: String,
    /// The span that made it: among the message's labelling spans of this category, the first
    /// by kind of evidence (lexicon, pattern, rule, …), then start, then the longest; `None`
    /// for a label without a span (a classifier's, a rule's without words).
    pub span: Option<FlagSpan>,
    /// The evidence of this label as shown: `source rule_id` per labelling span, sexualised
    /// words masked.
    pub evidence: Vec<String>,
}

/// A stretch of a shown message: its text as shown, with the code points of the original
/// text, and the categories of a highlight (empty: plain).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Piece {
    /// The stretch (masked where it is a sexualised word).
    pub shown: Shown,
    /// The categories of the labelling spans over it (sorted; empty: not highlighted).
    pub categories: Vec<String>,
}

/// One message of a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShownMessage {
    /// "Pupil A", … (per conversation, in order of first appearance in it).
    pub pupil: String,
    /// Whether it is the card's flagged message.
    pub focus: bool,
    /// Its text in stretches.
    pub pieces: Vec<Piece>,
}

/// A flagged message with the conversation around it and its flags.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Card {
    /// The flagged message's id (a decision names it).
    pub message_id: String,
    /// Its conversation's id.
    pub conversation_id: String,
    /// Its corpus.
    pub corpus: String,
    /// The messages shown, in conversation order.
    pub messages: Vec<ShownMessage>,
    /// The flags, by category id.
    pub flags: Vec<Flag>,
}

/// A review page before rendering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewPage {
    /// The interface language.
    #[serde(skip)]
    pub ui_lang: UiLang,
    /// The title.
    pub title: String,
    /// The hex SHA-256 of the annotations file.
    pub annotations_sha256: String,
    /// The masking, as the page states it.
    pub mask: Mask,
    /// The categories a reviewer can choose, by id.
    pub choices: Vec<Choice>,
    /// The flagged messages, in input order.
    pub cards: Vec<Card>,
}

impl ReviewPage {
    /// The number of flags on the page.
    pub fn flags(&self) -> usize {
        self.cards.iter().map(|c| c.flags.len()).sum()
    }

    /// The page's interface strings.
    pub fn ui(&self) -> &'static Ui {
        Ui::builtin(self.ui_lang)
    }
}

/// Whether a category id is selected by the prefixes (none selects all).
fn selected(cat: &str, filters: &[String]) -> bool {
    filters.is_empty() || filters.iter().any(|f| cat.starts_with(f.as_str()))
}

/// Build the page: one card per annotation with a selected label, in input order. `categories`
/// are the lexicon's (labels, and the choices for relabelling: every category with a dot in
/// its id, plus any category flagged in the data). Errors name the annotation record.
pub fn build_page(
    annotations: &[Annotation],
    categories: &BTreeMap<String, CategoryInfo>,
    opts: &ReviewOptions,
) -> Result<ReviewPage> {
    validate_spans(annotations)?;
    let ui = Ui::builtin(opts.ui_lang);
    let label_of = |id: &str| {
        categories
            .get(id)
            .map(|c| c.label.clone())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| id.to_string())
    };
    let convs = Conversations::new(annotations);
    let mut cards = Vec::new();
    let mut choices: BTreeMap<String, String> = categories
        .keys()
        .filter(|id| id.contains('.'))
        .map(|id| (id.clone(), label_of(id)))
        .collect();
    for (i, a) in annotations.iter().enumerate() {
        let labels: Vec<&String> = a
            .labels
            .iter()
            .filter(|l| selected(l, &opts.categories))
            .collect();
        if labels.is_empty() {
            continue;
        }
        let flags = labels
            .into_iter()
            .map(|l| {
                choices.entry(l.clone()).or_insert_with(|| label_of(l));
                flag(a, l, label_of(l), opts)
            })
            .collect();
        cards.push(Card {
            message_id: a.message_id.clone(),
            conversation_id: a.conversation_id.clone(),
            corpus: a.corpus.clone(),
            messages: convs.window(annotations, i, opts),
            flags,
        });
    }
    Ok(ReviewPage {
        ui_lang: opts.ui_lang,
        title: opts
            .title
            .clone()
            .unwrap_or_else(|| ui.s("review.title").to_string()),
        annotations_sha256: opts.annotations_sha256.clone(),
        mask: opts.mask,
        choices: choices
            .into_iter()
            .map(|(id, label)| Choice { id, label })
            .collect(),
        cards,
    })
}

/// One flag of a message: its span and evidence.
fn flag(a: &Annotation, label: &str, label_text: String, opts: &ReviewOptions) -> Flag {
    let mut spans: Vec<&crate::model::Span> = a
        .spans
        .iter()
        .filter(|s| s.category == label && s.is_labelling())
        .collect();
    spans.sort_by_key(|s| (s.source, s.start, std::cmp::Reverse(s.end - s.start)));
    Flag {
        label: label.to_string(),
        label_text,
        span: spans.first().map(|s| FlagSpan {
            start: s.start,
            end: s.end,
            source: s.source,
            rule_id: s.rule_id.clone(),
        }),
        evidence: spans
            .iter()
            .map(|s| format!("{} {}", s.source.as_str(), masked_words(&s.rule_id, opts)))
            .collect(),
    }
}

/// A rule id with its sexualised words masked (a lexicon key may be one).
fn masked_words(text: &str, opts: &ReviewOptions) -> String {
    let chars: Vec<char> = text.chars().collect();
    let all = [(0, chars.len())];
    mask_stretch(&chars, 0, chars.len(), &all, &opts.mask_terms, opts.mask)
        .into_iter()
        .map(|p| p.text)
        .collect()
}

/// Each annotation's conversation: its messages (annotation indices, in input order), the
/// annotation's position in it, and the conversation's speakers in order of first appearance.
struct Conversations<'a> {
    by_conv: HashMap<&'a str, Vec<usize>>,
    pos: Vec<usize>,
    speakers: HashMap<&'a str, Vec<&'a str>>,
}

impl<'a> Conversations<'a> {
    fn new(annotations: &'a [Annotation]) -> Self {
        let mut by_conv: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut speakers: HashMap<&str, Vec<&str>> = HashMap::new();
        let mut pos = Vec::with_capacity(annotations.len());
        for (i, a) in annotations.iter().enumerate() {
            let v = by_conv.entry(a.conversation_id.as_str()).or_default();
            pos.push(v.len());
            v.push(i);
            let s = speakers.entry(a.conversation_id.as_str()).or_default();
            if !s.contains(&a.speaker.as_str()) {
                s.push(a.speaker.as_str());
            }
        }
        Conversations {
            by_conv,
            pos,
            speakers,
        }
    }

    /// The messages shown around annotation `i`.
    fn window(
        &self,
        annotations: &[Annotation],
        i: usize,
        opts: &ReviewOptions,
    ) -> Vec<ShownMessage> {
        let conv = annotations[i].conversation_id.as_str();
        let all = &self.by_conv[conv];
        let p = self.pos[i];
        let (lo, hi) = (
            p.saturating_sub(opts.context),
            (p + opts.context).min(all.len() - 1),
        );
        all[lo..=hi]
            .iter()
            .map(|&w| {
                let a = &annotations[w];
                let who = self.speakers[conv]
                    .iter()
                    .position(|s| *s == a.speaker)
                    .unwrap_or(0);
                ShownMessage {
                    pupil: pupil_label(who, opts.ui_lang),
                    focus: w == i,
                    pieces: pieces(a, opts),
                }
            })
            .collect()
    }
}

/// A message's text in stretches: cut at the edges of its labelling spans (merged where they
/// overlap, each highlight carrying every category over it) and at its sexualised words.
fn pieces(a: &Annotation, opts: &ReviewOptions) -> Vec<Piece> {
    let chars: Vec<char> = a.text.chars().collect();
    let mut cuts: Vec<usize> = vec![0, chars.len()];
    let labelling: Vec<&crate::model::Span> = a
        .spans
        .iter()
        .filter(|s| s.is_labelling() && s.start < s.end)
        .collect();
    for s in &labelling {
        cuts.push(s.start);
        cuts.push(s.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let sexualised = sexualised_ranges(a);
    let mut out = Vec::new();
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        let mut cats: Vec<String> = labelling
            .iter()
            .filter(|sp| sp.start <= s && e <= sp.end)
            .map(|sp| sp.category.clone())
            .collect();
        cats.sort();
        cats.dedup();
        for shown in mask_stretch(&chars, s, e, &sexualised, &opts.mask_terms, opts.mask) {
            out.push(Piece {
                shown,
                categories: cats.clone(),
            });
        }
    }
    out
}

/// The hex SHA-256 of a file's bytes (the annotations' key on the page).
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}
