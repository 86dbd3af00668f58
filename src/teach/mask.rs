//! Masking: sexualised wording (first letter, or `[SEXUALISED TERM]`) and rare words, tokens
//! found in one conversation only and in no word list (possible nicknames or places).

use super::Mask;
use crate::model::{top_level, Annotation};
use crate::redact::names::common_words;
use crate::redact::pii::placeholder_re;
use regex::Regex;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

fn word_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[\p{L}\p{M}\p{N}_'’]+").expect("valid word regex"))
}

/// Word tokens (byte ranges) made of letters only (apostrophes inside allowed).
fn letter_tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for m in word_re().find_iter(text) {
        let (mut s, mut e) = (m.start(), m.end());
        while let Some(c) = text[s..e]
            .chars()
            .next()
            .filter(|c| *c == '\'' || *c == '’')
        {
            s += c.len_utf8();
        }
        while let Some(c) = text[s..e]
            .chars()
            .next_back()
            .filter(|c| *c == '\'' || *c == '’')
        {
            e -= c.len_utf8();
        }
        let tok = &text[s..e];
        if !tok.is_empty()
            && tok
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || is_mark(c))
        {
            out.push((s, e));
        }
    }
    out
}

fn is_mark(c: char) -> bool {
    // Combining marks (accents typed as separate code points).
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn collapse_runs(w: &str, max: usize) -> String {
    let mut out = String::new();
    let mut last = None;
    let mut run = 0;
    for c in w.chars() {
        if Some(c) == last {
            run += 1;
        } else {
            run = 1;
            last = Some(c);
        }
        if run <= max {
            out.push(c);
        }
    }
    out
}

/// Whether a lower-case word is common: in the list, or an inflection, possessive,
/// apostrophe-less spelling or elongation ("sooo") of a listed word.
pub(super) fn is_common(w: &str) -> bool {
    let words = common_words();
    let mut cands: Vec<String> = vec![w.to_string()];
    let plain = w.replace(['\'', '’'], "");
    cands.push(plain.clone());
    for suffix in ["'s", "’s"] {
        if let Some(b) = w.strip_suffix(suffix) {
            cands.push(b.to_string());
        }
    }
    cands.push(collapse_runs(&plain, 2));
    cands.push(collapse_runs(&plain, 1));
    let mut more = Vec::new();
    for c in &cands {
        for (suf, rep) in [
            ("ies", "y"),
            ("ied", "y"),
            ("es", ""),
            ("s", ""),
            ("ed", ""),
            ("ed", "e"),
            ("ing", ""),
            ("ing", "e"),
            ("ly", ""),
            ("er", ""),
            ("est", ""),
        ] {
            if let Some(b) = c.strip_suffix(suf) {
                if b.chars().count() >= 2 {
                    more.push(format!("{b}{rep}"));
                    // "running" -> "run"
                    let chars: Vec<char> = b.chars().collect();
                    if chars.len() >= 3 && chars[chars.len() - 1] == chars[chars.len() - 2] {
                        more.push(chars[..chars.len() - 1].iter().collect());
                    }
                }
            }
        }
    }
    cands.extend(more);
    cands.iter().any(|c| words.contains(c.as_str()))
}

/// Lower-case word -> the single conversation it occurs in (None once seen in two).
pub(super) fn conversation_spread(anns: &[Annotation]) -> HashMap<String, Option<usize>> {
    let mut conv_index: HashMap<&str, usize> = HashMap::new();
    let mut spread: HashMap<String, Option<usize>> = HashMap::new();
    for a in anns {
        let n = conv_index.len();
        let ci = *conv_index.entry(a.conversation_id.as_str()).or_insert(n);
        for (s, e) in letter_tokens(&a.text) {
            let key = a.text[s..e].to_lowercase();
            spread
                .entry(key)
                .and_modify(|v| {
                    if *v != Some(ci) {
                        *v = None;
                    }
                })
                .or_insert(Some(ci));
        }
    }
    spread
}

fn is_rare(tok: &str, spread: &HashMap<String, Option<usize>>) -> bool {
    let key = tok.to_lowercase();
    let single = matches!(spread.get(&key), Some(Some(_)));
    let capitalised = tok.chars().next().is_some_and(char::is_uppercase);
    let long = tok.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    single && (capitalised || long) && !is_common(&key)
}

/// Replace (or collect) rare words in plain text, leaving placeholders alone.
pub(super) fn process_rare(
    text: &str,
    spread: &HashMap<String, Option<usize>>,
    mask: bool,
    found: &mut BTreeSet<String>,
) -> String {
    let protected: Vec<(usize, usize)> = placeholder_re()
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e) in letter_tokens(text) {
        if protected.iter().any(|&(ps, pe)| s < pe && ps < e) {
            continue;
        }
        let tok = &text[s..e];
        if is_rare(tok, spread) {
            found.insert(tok.to_string());
            if mask {
                out.push_str(&text[at..s]);
                out.push_str("[RARE]");
                at = e;
            }
        }
    }
    out.push_str(&text[at..]);
    out
}

/// Whether a category is (under) `sexualised`.
pub(super) fn is_sexualised(cat: &str) -> bool {
    top_level(cat) == "sexualised"
}

/// Flagged sexualised wording as `mask` shows it.
pub(super) fn masked(text: &str, mask: Mask) -> String {
    match mask {
        Mask::None => text.to_string(),
        Mask::Partial => match text.chars().next() {
            Some(c) => format!("{c}***"),
            None => String::new(),
        },
        Mask::Full => "[SEXUALISED TERM]".to_string(),
    }
}
