//! The pack as one self-contained HTML file.

use super::{mask_text, Excerpt, Pack, INTRO};

fn html_escape(s: &str) -> String {
    crate::html::escape(s)
}

/// A category's label in an excerpt (its id when the excerpt has no note for it).
fn label_of<'a>(ex: &'a Excerpt, id: &'a str) -> &'a str {
    ex.categories
        .iter()
        .find(|c| c.id == id)
        .map_or(id, |c| c.label.as_str())
}

/// The pack's style sheet.
const CSS: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;\
margin:0;background:#f6f6f4;color:#1d1d1b}main{max-width:50rem;margin:0 auto;padding:1.5rem}\
h1{font-size:1.7rem}h2{margin-top:2rem;border-bottom:2px solid #ccc}section{background:#fff;\
border:1px solid #ddd;border-radius:6px;padding:0 1.2rem 1rem;margin-bottom:1.5rem}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}\
ol.chat{list-style:none;padding:0}ol.chat li{padding:.35rem .6rem;margin:.25rem 0;border-radius:4px;\
background:#f2f4f7}ol.chat li.flagged{background:#fff4d6;border-left:4px solid #d99a00}\
.who{font-weight:600;margin-right:.4rem}mark{background:#ffd54d;padding:0 .15rem}\
.tag{font-size:.8em;color:#555;margin-left:.2rem}.src{font-size:.9em;color:#444}\
.note{font-size:.95em;color:#333}@media print{body{background:#fff}section{break-inside:avoid}}";

/// The pack's Content-Security-Policy: the report's policy (`src/report.rs`) with no script
/// allowed at all (the pack has none), so a pasted-in `<script>` or remote image never runs
/// or loads, and nothing can be sent anywhere.
pub const PACK_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; \
img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'";

/// The pack as one self-contained HTML file (inline CSS, no scripts, no external references).
pub fn render_html(pack: &Pack) -> String {
    let p = &pack.provenance;
    let mut s = String::new();
    s.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    s.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{PACK_CSP}\">\n"
    ));
    s.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str(&format!("<title>{}</title>\n", html_escape(&pack.title)));
    s.push_str(&format!("<style>{CSS}</style>\n</head>\n<body>\n<main>\n"));
    s.push_str(&format!("<h1>{}</h1>\n", html_escape(&pack.title)));
    s.push_str("<section class=\"provenance\">\n<h2>About this pack</h2>\n<dl>\n");
    let rows = [
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
    ];
    for (k, v) in rows {
        s.push_str(&format!("<dt>{k}</dt><dd>{}</dd>\n", html_escape(&v)));
    }
    s.push_str(&format!(
        "</dl>\n<p class=\"note\">{}</p>\n</section>\n",
        html_escape(INTRO)
    ));
    if pack.excerpts.is_empty() {
        s.push_str("<p>No excerpts matched the selection.</p>\n");
    }
    for ex in &pack.excerpts {
        s.push_str(&format!(
            "<section class=\"excerpt\" id=\"{}\">\n<h2>{}</h2>\n<ol class=\"chat\">\n",
            ex.id.to_lowercase(),
            html_escape(&ex.id)
        ));
        for m in &ex.messages {
            let class = if m.flagged { " class=\"flagged\"" } else { "" };
            s.push_str(&format!(
                "<li{class}><span class=\"who\">{}</span><span class=\"text\">",
                html_escape(&m.speaker)
            ));
            for seg in &m.segments {
                if seg.categories.is_empty() {
                    s.push_str(&html_escape(&seg.text).replace('\n', "<br>"));
                } else {
                    let labels: Vec<&str> =
                        seg.categories.iter().map(|c| label_of(ex, c)).collect();
                    s.push_str(&format!(
                        "<mark title=\"{}\">{}</mark><span class=\"tag\">[{}]</span>",
                        html_escape(&labels.join("; ")),
                        html_escape(&seg.text),
                        html_escape(&seg.categories.join(", "))
                    ));
                }
            }
            if m.flagged {
                s.push_str(" <span class=\"tag\">(flagged)</span>");
            }
            s.push_str("</span></li>\n");
        }
        s.push_str("</ol>\n<h3>Categories</h3>\n");
        for c in &ex.categories {
            s.push_str(&format!(
                "<div class=\"category\">\n<h4>{} <code>{}</code></h4>\n<p>{}</p>\n",
                html_escape(&c.label),
                html_escape(&c.id),
                html_escape(&c.definition)
            ));
            if !c.source.is_empty() {
                s.push_str(&format!(
                    "<p class=\"src\">Guidance source: {}</p>\n",
                    html_escape(&c.source)
                ));
            }
            s.push_str("<p>Discussion prompts:</p>\n<ol class=\"prompts\">\n");
            for q in &c.prompts {
                s.push_str(&format!("<li>{}</li>\n", html_escape(q)));
            }
            s.push_str("</ol>\n</div>\n");
        }
        s.push_str("</section>\n");
    }
    s.push_str("</main>\n</body>\n</html>\n");
    s
}
