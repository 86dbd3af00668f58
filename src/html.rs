//! HTML escaping shared by every page c2chat writes (the report, teaching packs).

/// Escape text for HTML element content and attribute values: `& < > " '`.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// [`escape`], and `://` written as `&#58;//`, so that no URL appears literally in the file
/// (a report on a corpus must not carry a live link out of it).
pub fn escape_no_links(s: &str) -> String {
    escape(s).replace("://", "&#58;//")
}

/// The askama escaper of c2chat's `.html` templates (see `askama.toml`): [`escape_no_links`].
/// A `://` split between two writes is not caught; askama writes each inserted value whole.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoLinks;

impl askama::filters::Escaper for NoLinks {
    fn write_escaped_str<W: std::fmt::Write>(&self, mut dest: W, s: &str) -> std::fmt::Result {
        dest.write_str(&escape_no_links(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn no_links_breaks_urls_only() {
        assert_eq!(
            escape_no_links("see https://example.com/a?b=1&c"),
            "see https&#58;//example.com/a?b=1&amp;c"
        );
        assert_eq!(escape_no_links("a: b"), "a: b");
    }
}
