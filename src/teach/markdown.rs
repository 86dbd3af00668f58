//! The pack as Markdown.

use super::{mask_text, EpisodeHeadings, EpisodeNote, Pack};
use crate::ui::Ui;

/// Escape Markdown syntax in text (a line break becomes ` / `).
pub(super) fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push_str(" / "),
            _ => out.push(c),
        }
    }
    out
}

/// The pack as Markdown.
pub fn render_markdown(pack: &Pack) -> String {
    let ui = pack.ui();
    let mut s = String::new();
    s.push_str(&format!("# {}\n\n", md_escape(&pack.title)));
    let review = ui.s("meta.review_note");
    if !review.is_empty() {
        s.push_str(&format!("> {}\n\n", md_escape(review)));
    }
    if !pack.how_to.is_empty() {
        s.push_str(&format!("## {}\n\n", md_escape(ui.s("teach.how_to"))));
        for (i, step) in pack.how_to.iter().enumerate() {
            s.push_str(&format!("{}. {}\n", i + 1, md_escape(step)));
        }
        s.push('\n');
    }
    about_md(&mut s, pack, ui);
    if !pack.key.is_empty() {
        s.push_str(&format!(
            "## {}\n\n{}\n\n",
            md_escape(ui.s("teach.key")),
            md_escape(ui.s("teach.key_intro"))
        ));
        for k in &pack.key {
            let colour = ui.s(&format!("teach.colour.{}", k.class));
            s.push_str(&format!(
                "- {}: {}\n",
                md_escape(colour),
                md_escape(&k.label)
            ));
        }
        s.push('\n');
    }
    if pack.excerpts.is_empty() {
        s.push_str(&format!("{}\n", md_escape(ui.s("teach.no_excerpts"))));
    }
    for ex in &pack.excerpts {
        s.push_str(&format!("## {}\n\n", ex.id));
        for m in &ex.messages {
            s.push_str(&message_md(m, ex, ui));
        }
        if let (Some(ep), Some(h)) = (&ex.episode, &pack.episode_headings) {
            s.push('\n');
            episode_md(&mut s, ep, h);
        }
        list_md(&mut s, ui.s("teach.questions"), &ex.questions, true);
        list_md(&mut s, ui.s("teach.points"), &ex.points, false);
        let labels: Vec<&str> = ex.categories.iter().map(|c| c.label.as_str()).collect();
        if !labels.is_empty() {
            s.push_str(&format!(
                "\n{}\n",
                md_escape(&ui.f("teach.in_excerpt", &[("list", &labels.join("; "))]))
            ));
        }
        s.push('\n');
    }
    glossary_md(&mut s, pack, ui);
    s
}

/// The "About this pack" block and the note under it.
fn about_md(s: &mut String, pack: &Pack, ui: &Ui) {
    let p = &pack.provenance;
    s.push_str(&format!("## {}\n\n", md_escape(ui.s("teach.about"))));
    let excerpts = ui.f(
        "teach.excerpts_line",
        &[
            ("included", &p.included.to_string()),
            ("refused", &p.refused.to_string()),
        ],
    );
    for (name, value) in [
        (
            "teach.lexicon",
            format!("{} {}", p.lexicon_name, p.lexicon_version),
        ),
        ("teach.selection", p.criteria.join("; ")),
        ("teach.masking", mask_text(p, ui)),
        ("teach.date", p.date.clone()),
        ("teach.excerpts", excerpts),
    ] {
        s.push_str(&format!("- {}: {}\n", ui.s(name), md_escape(&value)));
    }
    s.push_str(&format!("\n{}\n\n", md_escape(&pack.intro)));
}

/// One message line: highlighted wording in bold, followed by its categories' labels.
fn message_md(m: &super::ExcerptMessage, ex: &super::Excerpt, ui: &Ui) -> String {
    let mut line = String::new();
    for seg in &m.segments {
        if seg.categories.is_empty() {
            line.push_str(&md_escape(&seg.text));
            continue;
        }
        let core = seg.text.trim();
        let lead = &seg.text[..seg.text.len() - seg.text.trim_start().len()];
        let trail = &seg.text[seg.text.trim_end().len()..];
        let labels: Vec<&str> = seg.categories.iter().map(|c| ex.label_of(c)).collect();
        line.push_str(&format!(
            "{}**{}** \\[{}\\]{}",
            md_escape(lead),
            md_escape(core),
            md_escape(&labels.join("; ")),
            md_escape(trail)
        ));
    }
    let flag = if !m.acts.is_empty() {
        format!(" ({})", md_escape(&m.acts.join("; ")))
    } else if m.flagged {
        format!(" ({})", md_escape(ui.s("teach.flagged")))
    } else {
        String::new()
    };
    format!("- **{}**{}: {}\n", md_escape(&m.speaker), flag, line)
}

/// A headed list (numbered or not); nothing when empty.
fn list_md(s: &mut String, heading: &str, items: &[String], numbered: bool) {
    if items.is_empty() {
        return;
    }
    s.push_str(&format!("\n### {}\n\n", md_escape(heading)));
    for (i, q) in items.iter().enumerate() {
        if numbered {
            s.push_str(&format!("{}. {}\n", i + 1, md_escape(q)));
        } else {
            s.push_str(&format!("- {}\n", md_escape(q)));
        }
    }
}

/// The glossary: each category of the pack once, with its definition and guidance.
fn glossary_md(s: &mut String, pack: &Pack, ui: &Ui) {
    if pack.glossary.is_empty() {
        return;
    }
    s.push_str(&format!(
        "## {}\n\n{}\n\n",
        md_escape(ui.s("teach.glossary")),
        md_escape(ui.s("teach.glossary_intro"))
    ));
    for c in &pack.glossary {
        s.push_str(&format!(
            "### {}\n\n{}\n\n",
            md_escape(&c.label),
            md_escape(&c.definition)
        ));
        if !c.sources.is_empty() {
            s.push_str(&format!(
                "*{}:* {}\n\n",
                md_escape(ui.s("teach.guidance")),
                md_escape(&c.sources.join("; "))
            ));
        }
    }
}

/// An episode excerpt's type, roles and bystander prompts.
fn episode_md(s: &mut String, ep: &EpisodeNote, h: &EpisodeHeadings) {
    s.push_str(&format!(
        "### {}\n\n{}\n\n",
        md_escape(&h.kind),
        md_escape(&ep.kind)
    ));
    s.push_str(&format!(
        "### {}\n\n{}\n\n",
        md_escape(&h.roles),
        md_escape(&ep.roles_line())
    ));
    s.push_str(&format!("### {}\n\n", md_escape(&h.steps)));
    for (i, st) in ep.steps.iter().enumerate() {
        s.push_str(&format!(
            "{}. *{}:* {}\n",
            i + 1,
            md_escape(&st.after),
            md_escape(&st.prompt)
        ));
    }
    if !ep.closing.is_empty() {
        s.push('\n');
    }
    for q in &ep.closing {
        s.push_str(&format!("- {}\n", md_escape(q)));
    }
}
