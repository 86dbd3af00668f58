//! HTML escaping shared by every page c2chat writes (the report, teaching packs), for Rust code
//! ([`escape`]) and askama templates ([`Escaper`]) alike.

/// Escape text for HTML element content and attribute values: `& < > " '`.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    write_escaped(&mut out, s).expect("writing to a String cannot fail");
    out
}

/// Write `s` escaped as [`escape`] does.
fn write_escaped<W: std::fmt::Write>(mut dest: W, s: &str) -> std::fmt::Result {
    let mut at = 0;
    for (i, c) in s.char_indices() {
        let rep = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => continue,
        };
        dest.write_str(&s[at..i])?;
        dest.write_str(rep)?;
        at = i + 1;
    }
    dest.write_str(&s[at..])
}

/// The escaper of c2chat's askama HTML templates (`askama.toml`): the same bytes as
/// [`escape`] (`&amp;`, `&quot;`, `&#39;`…), not askama's own numeric entities, so a page
/// reads the same whether a template or Rust code wrote it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Escaper;

impl askama::filters::Escaper for Escaper {
    fn write_escaped_str<W: std::fmt::Write>(&self, dest: W, s: &str) -> std::fmt::Result {
        write_escaped(dest, s)
    }
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

/// Standard base64 (for the script's CSP hash).
pub(crate) fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut o = String::new();
    for ch in bytes.chunks(3) {
        let b = [ch[0], *ch.get(1).unwrap_or(&0), *ch.get(2).unwrap_or(&0)];
        let v = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= ch.len() {
                o.push(A[(v >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                o.push('=');
            }
        }
    }
    o
}

/// The base64 SHA-256 of an inline script: what a page's Content-Security-Policy names
/// (`script-src 'sha256-…'`) so that this script, and no other, runs (the report, the review page).
pub fn script_hash(js: &str) -> String {
    use sha2::{Digest, Sha256};
    base64(&Sha256::digest(js.as_bytes()))
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
    fn the_template_escaper_writes_what_escape_returns() {
        use askama::filters::Escaper as _;
        let s = "<p class=\"x\">Tom & Jerry's — ünïcode</p>";
        let mut out = String::new();
        Escaper.write_escaped_str(&mut out, s).unwrap();
        assert_eq!(out, escape(s));
    }

    #[test]
    fn no_links_breaks_urls_only() {
        assert_eq!(
            escape_no_links("see https://example.com/a?b=1&c"),
            "see https&#58;//example.com/a?b=1&amp;c"
        );
        assert_eq!(escape_no_links("a: b"), "a: b");
    }

    #[test]
    fn base64_matches_rfc_4648() {
        for (i, o) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(i.as_bytes()), o);
        }
    }
}
