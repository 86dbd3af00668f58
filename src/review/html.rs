//! The review page as one self-contained HTML file: the askama template
//! `templates/review/page.html` (escaped by [`crate::html::NoLinks`], see `askama.toml`), the
//! style sheet `assets/review.css` and the script `assets/review.js`, both inline; the page's
//! Content-Security-Policy allows that script (by its SHA-256) and nothing else: no network, no
//! other script, no image, no form.

use super::{Card, Flag, Piece, ReviewPage};
use crate::teach::{colour_class, Mask};
use crate::ui::Ui;
use askama::Template;

/// The page's style sheet.
const CSS: &str = include_str!("../../assets/review.css");

/// The page's script (keys, decisions, saved progress, export), without the file's final
/// newline: its SHA-256 is the only script the page's Content-Security-Policy allows.
pub(crate) const JS: &str = include_str!("../../assets/review.js").trim_ascii_end();

/// The keys the help lists, in order; each is described by `review.keys.<name>`.
const KEYS: [(&str, &str); 11] = [
    ("j", "j"),
    ("k", "k"),
    ("a", "a"),
    ("r", "r"),
    ("l", "l"),
    ("m", "m"),
    ("n", "n"),
    ("u", "u"),
    ("e", "e"),
    ("?", "help"),
    ("Esc", "esc"),
];

/// The page as one self-contained HTML file.
pub fn render_html(page: &ReviewPage) -> String {
    let ui = page.ui();
    let view = PageView {
        lang: page.ui_lang.html_tag(),
        script_hash: crate::html::script_hash(JS),
        css: CSS,
        js: JS,
        ui,
        title: &page.title,
        sha: &page.annotations_sha256,
        flags_line: ui.f(
            "review.flags_line",
            &[
                ("flags", &page.flags().to_string()),
                ("messages", &page.cards.len().to_string()),
            ],
        ),
        mask_line: ui
            .s(match page.mask {
                Mask::None => "teach.mask_none",
                Mask::Partial => "teach.mask_partial",
                Mask::Full => "teach.mask_full",
            })
            .to_string(),
        keys: KEYS
            .iter()
            .map(|(k, name)| (*k, ui.s(&format!("review.keys.{name}"))))
            .collect(),
        cards: page
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| CardView::new(i, c, page, ui))
            .collect(),
        choices: &page.choices,
    };
    // Rendering only writes into a String and calls no fallible filter.
    view.render().expect("the review template renders")
}

/// `templates/review/page.html`: what the page shows, every text still unescaped.
#[derive(Template)]
#[template(path = "review/page.html")]
struct PageView<'a> {
    lang: &'static str,
    script_hash: String,
    css: &'static str,
    js: &'static str,
    ui: &'static Ui,
    title: &'a str,
    sha: &'a str,
    flags_line: String,
    mask_line: String,
    /// (key, what it does).
    keys: Vec<(&'static str, &'static str)>,
    cards: Vec<CardView<'a>>,
    choices: &'a [super::Choice],
}

/// One card: a flagged message, its context and its flags.
struct CardView<'a> {
    /// The section's id (`f-001`).
    anchor: String,
    /// "Message 1 of 33".
    heading: String,
    mid: &'a str,
    cid: &'a str,
    corpus: &'a str,
    messages: Vec<MessageView<'a>>,
    flags: Vec<FlagView<'a>>,
}

struct MessageView<'a> {
    pupil: &'a str,
    focus: bool,
    pieces: Vec<PieceView<'a>>,
}

/// A stretch of a message, with its code points in the original text (`data-s`, `data-e`).
struct PieceView<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    masked: bool,
    marked: bool,
    class: &'static str,
    /// The highlight's category labels (its `title`).
    labels: String,
}

struct FlagView<'a> {
    label: &'a str,
    label_text: &'a str,
    class: &'static str,
    span: Option<SpanView>,
    /// "lexicon lex:…; pattern …", sexualised words masked.
    evidence: String,
}

/// The flag's span as its decision records it; the rule id hex-encoded.
struct SpanView {
    start: usize,
    end: usize,
    source: crate::model::Source,
    rule_hex: String,
}

impl<'a> CardView<'a> {
    fn new(i: usize, c: &'a Card, page: &ReviewPage, ui: &Ui) -> Self {
        let total = page.cards.len();
        let label_of = |id: &str| -> String {
            page.choices
                .iter()
                .find(|ch| ch.id == id)
                .map_or(id.to_string(), |ch| ch.label.clone())
        };
        CardView {
            anchor: format!("f-{:03}", i + 1),
            heading: ui.f(
                "review.card",
                &[("n", &(i + 1).to_string()), ("total", &total.to_string())],
            ),
            mid: &c.message_id,
            cid: &c.conversation_id,
            corpus: &c.corpus,
            messages: c
                .messages
                .iter()
                .map(|m| MessageView {
                    pupil: &m.pupil,
                    focus: m.focus,
                    pieces: m.pieces.iter().map(|p| piece(p, &label_of)).collect(),
                })
                .collect(),
            flags: c.flags.iter().map(flag).collect(),
        }
    }
}

fn piece<'a>(p: &'a Piece, label_of: &dyn Fn(&str) -> String) -> PieceView<'a> {
    PieceView {
        start: p.shown.start,
        end: p.shown.end,
        text: &p.shown.text,
        masked: p.shown.masked,
        marked: !p.categories.is_empty(),
        class: p.categories.first().map_or("other", |c| colour_class(c)),
        labels: p
            .categories
            .iter()
            .map(|c| label_of(c))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

fn flag(f: &Flag) -> FlagView<'_> {
    FlagView {
        label: &f.label,
        label_text: &f.label_text,
        class: colour_class(&f.label),
        span: f.span.as_ref().map(|s| SpanView {
            start: s.start,
            end: s.end,
            source: s.source,
            rule_hex: hex::encode(s.rule_id.as_bytes()),
        }),
        evidence: f.evidence.join("; "),
    }
}
