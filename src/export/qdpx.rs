//! REFI-QDA project exchange (`.qdpx`) for NVivo, ATLAS.ti, MAXQDA and QualCoder: out
//! ([`write`]) and back ([`read`]).
//!
//! A `.qdpx` is a zip holding `project.qde` (XML in the REFI-QDA Project schema,
//! `urn:QDA-XML:project:1.0`) and the text sources under `sources/`. c2chat writes:
//!
//! - a codebook with one code per top-level category (`sexualised`, `coercive`,
//!   `victim_blaming`, `protective`) and its sub-categories as child codes named by their last
//!   part (`coercive` › `image_request`), in the report's colours;
//! - one text source per conversation (`sources/<GUID>.txt`, UTF-8, no byte-order mark): one
//!   line per message, `speaker: text`, line breaks inside a message written as spaces;
//! - a `PlainTextSelection` (positions in code points into the source, end-exclusive) coded
//!   with the category for every labelling span, and one over the whole line for every label
//!   of a message that no span of that category carries (a classifier-only label);
//! - one case per conversation with a text variable for each metadata column whose value is
//!   the same for every message of each conversation (school, year group, platform, period…);
//! - `c2chat/<GUID>.json` beside each source: the message ids, speakers, timestamps, metadata,
//!   original texts and where each message's text lies in the source ([`super::Sidecar`]).
//!   Tools ignore it; import uses it to restore the messages.
//!
//! Every GUID is derived from the ids (a version-5-style UUID from SHA-256), entries are
//! written in a fixed order with a fixed timestamp: the same annotations give the same bytes.
//!
//! Import reads a selection back as a span within the message it covers, clipped to the
//! message text; a selection that covers a line's speaker prefix and reaches the end of the
//! line (or covers no text) becomes a message-level label. A selection across several lines
//! codes each message it covers. A project that lost the `c2chat/` entries (re-exported by
//! another tool) is read one message per line, `speaker: text`, with ids `<source>:<line>`.
//! Codes below the four c2chat top-level codes become labels (a name that is not a category
//! is an error with a suggestion); other codes (a team's own) are left out.

mod read;
mod write;

pub(crate) use read::import;
pub(crate) use write::export;

use sha2::{Digest, Sha256};

/// The project file an export writes into its directory.
pub const QDPX_FILE: &str = "project.qdpx";
/// The XML entry of a `.qdpx`.
pub const QDE_ENTRY: &str = "project.qde";
/// The folder of the text sources inside a `.qdpx`.
pub const SOURCES_DIR: &str = "sources/";
/// The folder of c2chat's message maps inside a `.qdpx`.
pub const MAP_DIR: &str = "c2chat/";
/// The REFI-QDA project namespace.
pub const NAMESPACE: &str = "urn:QDA-XML:project:1.0";

/// A deterministic GUID for `parts` (a kind and ids): SHA-256 of the length-prefixed parts,
/// the first 16 bytes with the version (5) and variant bits of an RFC 4122 UUID, upper case.
pub(crate) fn guid(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    h.update(b"c2chat-qdpx/1");
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex = hex::encode_upper(b);
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// A GUID as written anywhere (`{…}` or bare, any case), normalised for lookups.
pub(crate) fn norm_guid(g: &str) -> String {
    g.trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .to_ascii_uppercase()
}

/// Characters that end a line for text tools (and Python's `splitlines`).
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0b}'
            | '\u{0c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s` on one line: every line break becomes a space (code points keep their positions).
pub(crate) fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if is_line_break(c) { ' ' } else { c })
        .collect()
}

/// Whether XML 1.0 allows `c` at all (even as a character reference).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..='\u{10ffff}')
}

/// `s` escaped for XML character data; characters XML cannot hold become U+FFFD.
pub(crate) fn xml_text(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '\r' => o.push_str("&#13;"),
            c if xml_char(c) => o.push(c),
            _ => o.push('\u{fffd}'),
        }
    }
    o
}

/// `s` escaped for a double-quoted XML attribute (white space kept through attribute-value
/// normalisation as character references).
pub(crate) fn xml_attr(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => o.push_str("&quot;"),
            '\t' => o.push_str("&#9;"),
            '\n' => o.push_str("&#10;"),
            _ => o.push_str(&xml_text(c.encode_utf8(&mut [0u8; 4]))),
        }
    }
    o
}

#[cfg(test)]
mod tests;
