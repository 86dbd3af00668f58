//! The pack as one self-contained HTML file, rendered by the askama template
//! `templates/teach/pack.html` (style sheet `templates/teach/pack.css`). Escaping is
//! [`crate::html::Escaper`] (see `askama.toml`): the bytes of [`crate::html::escape`].

use super::{colour_class, mask_text, EpisodeHeadings, Excerpt, Pack, Step};
use crate::ui::Ui;
use askama::Template;

/// The pack's Content-Security-Policy: the report's policy (`src/report.rs`) with no script
/// allowed at all (the pack has none), so a pasted-in `<script>` or remote image never runs
/// or loads, and nothing can be sent anywhere.
pub const PACK_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; \
img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'";

/// The pack as one self-contained HTML file (inline CSS, no scripts, no external references).
pub fn render_html(pack: &Pack) -> String {
    let p = &pack.provenance;
    let ui = pack.ui();
    let page = PackPage {
        csp: PACK_CSP,
        lang: pack.ui_lang.html_tag(),
        ui,
        title: &pack.title,
        how_to: &pack.how_to,
        rows: [
            (
                ui.s("teach.lexicon"),
                format!("{} {}", p.lexicon_name, p.lexicon_version),
            ),
            (ui.s("teach.selection"), p.criteria.join("; ")),
            (ui.s("teach.masking"), mask_text(p, ui)),
            (ui.s("teach.date"), p.date.clone()),
            (
                ui.s("teach.excerpts"),
                ui.f(
                    "teach.excerpts_line",
                    &[
                        ("included", &p.included.to_string()),
                        ("refused", &p.refused.to_string()),
                    ],
                ),
            ),
        ],
        intro: &pack.intro,
        key: pack
            .key
            .iter()
            .map(|k| KeyView {
                class: &k.class,
                colour: ui.s(&format!("teach.colour.{}", k.class)),
                label: &k.label,
            })
            .collect(),
        excerpts: pack
            .excerpts
            .iter()
            .map(|ex| ExcerptView::new(ex, pack.episode_headings.as_ref(), ui))
            .collect(),
        glossary: pack
            .glossary
            .iter()
            .map(|c| GlossaryView {
                class: colour_class(&c.id),
                label: &c.label,
                definition: &c.definition,
                sources: c.sources.join("; "),
            })
            .collect(),
    };
    // Rendering only writes into a String and calls no fallible filter.
    page.render().expect("the pack template renders")
}

/// `templates/teach/pack.html`: what the page shows, with every text still unescaped.
#[derive(Template)]
#[template(path = "teach/pack.html", escape = "pack")]
struct PackPage<'a> {
    /// [`PACK_CSP`], written as is (it has quotes, and is not data).
    csp: &'static str,
    /// `<html lang>`.
    lang: &'static str,
    /// The interface strings (`--ui-lang`).
    ui: &'static Ui,
    title: &'a str,
    how_to: &'a [String],
    /// The provenance block: (name, value).
    rows: [(&'static str, String); 5],
    intro: &'a str,
    key: Vec<KeyView<'a>>,
    excerpts: Vec<ExcerptView<'a>>,
    glossary: Vec<GlossaryView<'a>>,
}

/// A line of the colour key.
struct KeyView<'a> {
    class: &'a str,
    colour: &'static str,
    label: &'a str,
}

/// A glossary entry.
struct GlossaryView<'a> {
    class: &'static str,
    label: &'a str,
    definition: &'a str,
    sources: String,
}

/// One excerpt's section.
struct ExcerptView<'a> {
    id: &'a str,
    /// The section's `id` attribute (`ex-001`).
    anchor: String,
    messages: Vec<MessageView<'a>>,
    questions: &'a [String],
    points: &'a [String],
    /// "Categories in this excerpt: …" (empty when it has none).
    in_excerpt: String,
    /// In an episode pack: the episode's sections.
    episode: Option<EpisodeView<'a>>,
}

/// An episode excerpt's type, roles and bystander prompts, with their headings.
struct EpisodeView<'a> {
    headings: &'a EpisodeHeadings,
    kind: &'a str,
    roles: String,
    steps: &'a [Step],
    closing: &'a [String],
}

/// One message of an excerpt.
struct MessageView<'a> {
    speaker: &'a str,
    flagged: bool,
    /// The message's acts in plain words (episode packs), `; `-joined; empty otherwise.
    acts: String,
    segments: Vec<SegmentView<'a>>,
}

/// A stretch of a message: highlighted (`marked`, coloured by `class`, followed by its
/// categories' `labels`) or plain (its `lines` joined by `<br>`).
struct SegmentView<'a> {
    marked: bool,
    text: &'a str,
    lines: Vec<&'a str>,
    class: &'static str,
    labels: String,
}

impl<'a> ExcerptView<'a> {
    fn new(ex: &'a Excerpt, headings: Option<&'a EpisodeHeadings>, ui: &Ui) -> Self {
        let messages = ex
            .messages
            .iter()
            .map(|m| MessageView {
                speaker: &m.speaker,
                flagged: m.flagged,
                acts: m.acts.join("; "),
                segments: m
                    .segments
                    .iter()
                    .map(|seg| SegmentView {
                        marked: !seg.categories.is_empty(),
                        text: &seg.text,
                        lines: seg.text.split('\n').collect(),
                        class: seg.categories.first().map_or("other", |c| colour_class(c)),
                        labels: seg
                            .categories
                            .iter()
                            .map(|c| ex.label_of(c))
                            .collect::<Vec<_>>()
                            .join("; "),
                    })
                    .collect(),
            })
            .collect();
        let labels: Vec<&str> = ex.categories.iter().map(|c| c.label.as_str()).collect();
        ExcerptView {
            id: &ex.id,
            anchor: ex.id.to_lowercase(),
            messages,
            questions: &ex.questions,
            points: &ex.points,
            in_excerpt: if labels.is_empty() {
                String::new()
            } else {
                ui.f("teach.in_excerpt", &[("list", &labels.join("; "))])
            },
            episode: ex.episode.as_ref().zip(headings).map(|(e, h)| EpisodeView {
                headings: h,
                kind: &e.kind,
                roles: e.roles_line(),
                steps: &e.steps,
                closing: &e.closing,
            }),
        }
    }
}
