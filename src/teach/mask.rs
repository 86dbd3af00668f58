//! Masking: sexualised wording (first letter, or `[SEXUALISED TERM]`) and rare words, tokens
//! found in one conversation only and in no word list (possible nicknames or places).

use super::Mask;
use crate::model::{top_level, Annotation};
use crate::normalise::normalise_str;
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

/// The sexualised words of a pack: the lexicon's one-word `sexualised.*` entries (`word` and
/// `prefix` matches, with their Welsh mutations) and the `[mask] terms` of the prompts file,
/// all normalised. Only these words are masked, and only inside flagged sexualised wording.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MaskTerms {
    words: BTreeSet<String>,
    prefixes: BTreeSet<String>,
}

impl MaskTerms {
    /// The sexualised words of `lexicon`, and `extra` (the prompts file's `[mask] terms`).
    pub fn new(lexicon: &crate::lexicon::Lexicon, extra: &[String]) -> MaskTerms {
        use crate::lexicon::MatchKind;
        let mut t = MaskTerms::default();
        for e in lexicon
            .entries
            .iter()
            .filter(|e| is_sexualised(&e.category))
        {
            if e.key.split_whitespace().count() != 1 {
                continue;
            }
            match e.kind {
                MatchKind::Word => {
                    t.words.insert(e.key.clone());
                    t.words.extend(e.variants.iter().cloned());
                }
                MatchKind::Prefix => {
                    t.prefixes.insert(e.key.clone());
                    t.prefixes.extend(e.variants.iter().cloned());
                }
                MatchKind::Phrase => {}
            }
        }
        t.words
            .extend(extra.iter().map(|w| normalise_str(w.trim())));
        t.words.remove("");
        t.prefixes.remove("");
        t
    }

    /// The words of the built-in core lexicon (and its companions) and of the built-in
    /// prompts file, read once.
    pub fn builtin() -> &'static MaskTerms {
        static TERMS: OnceLock<MaskTerms> = OnceLock::new();
        TERMS.get_or_init(|| {
            let lex = crate::lexicon::LexiconRef::default_core()
                .load()
                .expect("the built-in lexicon loads (tested)");
            let notes = super::TeachNotes::builtin().expect("the built-in prompts parse (tested)");
            MaskTerms::new(&lex, &notes.mask_terms)
        })
    }

    /// Whether a token as written is a sexualised word.
    pub fn contains(&self, token: &str) -> bool {
        let n = normalise_str(token);
        let n = n.trim();
        if n.is_empty() {
            return false;
        }
        let forms = [
            n.to_string(),
            n.replace(['\'', '’'], ""),
            collapse_runs(n, 2),
            collapse_runs(n, 1),
        ];
        forms.iter().any(|f| {
            self.words.contains(f) || self.prefixes.iter().any(|p| f.starts_with(p.as_str()))
        })
    }

    /// How many words and prefixes there are.
    pub fn len(&self) -> usize {
        self.words.len() + self.prefixes.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn mask_token_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[\p{L}\p{M}\p{N}_'’]+|\p{Extended_Pictographic}").expect("valid token regex")
    })
}

/// A stretch of text cut where its sexualised words are: `(text, masked?)` in order.
/// `start` is the stretch's first code point in its message, `sexualised` the code-point
/// ranges of the message's sexualised spans (a word is masked only inside one of them).
pub(super) fn split_sexualised<'t>(
    text: &'t str,
    start: usize,
    sexualised: &[(usize, usize)],
    terms: &MaskTerms,
) -> Vec<(&'t str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for m in mask_token_re().find_iter(text) {
        let s = start + text[..m.start()].chars().count();
        let e = s + m.as_str().chars().count();
        let inside = sexualised.iter().any(|&(a, b)| s < b && a < e);
        if inside && terms.contains(m.as_str()) {
            if at < m.start() {
                out.push((&text[at..m.start()], false));
            }
            out.push((m.as_str(), true));
            at = m.end();
        }
    }
    if at < text.len() || out.is_empty() {
        out.push((&text[at..], false));
    }
    out
}

/// A stretch of a message as a page shows it: the code points `start..end` of the original
/// text, shown as `text` (`masked`: a sexualised word, shown masked).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Shown {
    /// The first code point of the stretch in the original text.
    pub start: usize,
    /// The code point after it.
    pub end: usize,
    /// The stretch as shown.
    pub text: String,
    /// Whether it is a masked sexualised word.
    pub masked: bool,
}

/// The code-point ranges of an annotation's sexualised spans, whatever their frame: a
/// sexualised word is masked inside any of them (a pack's excerpts, the review page).
pub fn sexualised_ranges(a: &Annotation) -> Vec<(usize, usize)> {
    a.spans
        .iter()
        .filter(|s| is_sexualised(&s.category))
        .map(|s| (s.start, s.end))
        .collect()
}

/// The code points `start..end` of a message (`chars`), cut where its sexualised words are
/// and each of those shown as `mask` shows it: the masking of a pack's excerpts, with the
/// original offsets kept, for pages that map what is shown back to the text (the review page).
pub fn mask_stretch(
    chars: &[char],
    start: usize,
    end: usize,
    sexualised: &[(usize, usize)],
    terms: &MaskTerms,
    mask: Mask,
) -> Vec<Shown> {
    let piece: String = chars[start..end].iter().collect();
    let mut at = start;
    let mut out = Vec::new();
    for (part, sexual) in split_sexualised(&piece, start, sexualised, terms) {
        let n = part.chars().count();
        if n == 0 {
            continue;
        }
        out.push(Shown {
            start: at,
            end: at + n,
            text: if sexual {
                masked(part, mask)
            } else {
                part.to_string()
            },
            masked: sexual && mask != Mask::None,
        });
        at += n;
    }
    out
}

/// A sexualised word as `mask` shows it (the first letter and `***`; an emoji or other
/// symbol becomes `***`).
pub(super) fn masked(word: &str, mask: Mask) -> String {
    match mask {
        Mask::None => word.to_string(),
        Mask::Partial => match word.chars().next() {
            Some(c) if c.is_alphanumeric() => format!("{c}***"),
            Some(_) => "***".to_string(),
            None => String::new(),
        },
        Mask::Full => "[SEXUALISED TERM]".to_string(),
    }
}
