//! The pack as Markdown.

use super::{mask_text, EpisodeHeadings, EpisodeNote, Pack};

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
    let p = &pack.provenance;
    let mut s = String::new();
    s.push_str(&format!("# {}\n\n", md_escape(&pack.title)));
    s.push_str("## About this pack\n\n");
    s.push_str(&format!(
        "- Lexicon: {} {}\n",
        md_escape(&p.lexicon_name),
        md_escape(&p.lexicon_version)
    ));
    s.push_str(&format!(
        "- Selection: {}\n",
        md_escape(&p.criteria.join("; "))
    ));
    s.push_str(&format!("- Masking: {}\n", md_escape(&mask_text(p))));
    s.push_str(&format!("- Date: {}\n", md_escape(&p.date)));
    s.push_str(&format!(
        "- Excerpts: {} included, {} withheld by the residual-PII check\n\n",
        p.included, p.refused
    ));
    s.push_str(&md_escape(&pack.intro));
    s.push_str("\n\n");
    if pack.excerpts.is_empty() {
        s.push_str("No excerpts matched the selection.\n");
    }
    for ex in &pack.excerpts {
        s.push_str(&format!("## {}\n\n", ex.id));
        for m in &ex.messages {
            let mut line = String::new();
            for seg in &m.segments {
                if seg.categories.is_empty() {
                    line.push_str(&md_escape(&seg.text));
                } else {
                    let core = seg.text.trim();
                    let lead = &seg.text[..seg.text.len() - seg.text.trim_start().len()];
                    let trail = &seg.text[seg.text.trim_end().len()..];
                    line.push_str(&format!(
                        "{}**{}** \\[{}\\]{}",
                        md_escape(lead),
                        md_escape(core),
                        md_escape(&seg.categories.join(", ")),
                        md_escape(trail)
                    ));
                }
            }
            let flag = if !m.acts.is_empty() {
                format!(" ({})", md_escape(&m.acts.join("; ")))
            } else if m.flagged {
                " (flagged)".to_string()
            } else {
                String::new()
            };
            s.push_str(&format!("- **{}**{}: {}\n", m.speaker, flag, line));
        }
        if let (Some(ep), Some(h)) = (&ex.episode, &pack.episode_headings) {
            s.push('\n');
            episode_md(&mut s, ep, h);
        }
        s.push_str("\n### Categories\n\n");
        for c in &ex.categories {
            s.push_str(&format!(
                "#### {} (`{}`)\n\n{}\n\n",
                md_escape(&c.label),
                c.id.replace('`', ""),
                md_escape(&c.definition)
            ));
            if !c.source.is_empty() {
                s.push_str(&format!("*Guidance source:* {}\n\n", md_escape(&c.source)));
            }
            if c.prompts.is_empty() {
                continue;
            }
            s.push_str("Discussion prompts:\n\n");
            for (i, q) in c.prompts.iter().enumerate() {
                s.push_str(&format!("{}. {}\n", i + 1, md_escape(q)));
            }
            s.push('\n');
        }
    }
    s
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
