//! The pack as one self-contained HTML file, rendered by the askama template
//! `templates/teach/pack.html` (style sheet `templates/teach/pack.css`). Escaping is
//! [`crate::html::Escaper`] (see `askama.toml`): the bytes of [`crate::html::escape`].

use super::{mask_text, CategoryNote, EpisodeHeadings, Excerpt, Pack, Step};
use askama::Template;

/// The pack's Content-Security-Policy: the report's policy (`src/report.rs`) with no script
/// allowed at all (the pack has none), so a pasted-in `<script>` or remote image never runs
/// or loads, and nothing can be sent anywhere.
pub const PACK_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; \
img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'";

/// The pack as one self-contained HTML file (inline CSS, no scripts, no external references).
pub fn render_html(pack: &Pack) -> String {
    let p = &pack.provenance;
    let page = PackPage {
        csp: PACK_CSP,
        title: &pack.title,
        rows: [
            (
                "Lexicon",
                format!("{} {}", p.lexicon_name, p.lexicon_version),
            ),
            ("Selection", p.criteria.join("; ")),
            ("Masking", mask_text(p)),
            ("Date", p.date.clone()),
            (
                "Excerpts",
                format!(
                    "{} included, {} withheld by the residual-PII check",
                    p.included, p.refused
                ),
            ),
        ],
        intro: &pack.intro,
        excerpts: pack
            .excerpts
            .iter()
            .map(|ex| ExcerptView::new(ex, pack.episode_headings.as_ref()))
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
    title: &'a str,
    /// The provenance block: (name, value).
    rows: [(&'static str, String); 5],
    intro: &'a str,
    excerpts: Vec<ExcerptView<'a>>,
}

/// One excerpt's section.
struct ExcerptView<'a> {
    id: &'a str,
    /// The section's `id` attribute (`ex-001`).
    anchor: String,
    messages: Vec<MessageView<'a>>,
    categories: &'a [CategoryNote],
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

/// A stretch of a message: highlighted (`marked`, with its categories' labels as the title
/// and their ids as the tag) or plain (its `lines` joined by `<br>`).
struct SegmentView<'a> {
    marked: bool,
    text: &'a str,
    lines: Vec<&'a str>,
    title: String,
    tags: String,
}

impl<'a> ExcerptView<'a> {
    fn new(ex: &'a Excerpt, headings: Option<&'a EpisodeHeadings>) -> Self {
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
                        title: seg
                            .categories
                            .iter()
                            .map(|c| label_of(ex, c))
                            .collect::<Vec<_>>()
                            .join("; "),
                        tags: seg.categories.join(", "),
                    })
                    .collect(),
            })
            .collect();
        ExcerptView {
            id: &ex.id,
            anchor: ex.id.to_lowercase(),
            messages,
            categories: &ex.categories,
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

/// A category's label in an excerpt (its id when the excerpt has no note for it).
fn label_of<'a>(ex: &'a Excerpt, id: &'a str) -> &'a str {
    ex.categories
        .iter()
        .find(|c| c.id == id)
        .map_or(id, |c| c.label.as_str())
}
