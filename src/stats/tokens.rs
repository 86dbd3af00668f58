//! The corpus tokeniser: one definition of a "word" for keywords, concordance, collocates,
//! word lists and the report's KWIC lines.
//!
//! A corpus token is a token of the shared normaliser ([`crate::normalise`]) that holds a
//! letter or digit (a word, in its normalised, lower-cased form) or is an emoji (a character
//! with the Unicode `Extended_Pictographic` property, outside Latin-1 so that `©` and `®` are
//! not words). Punctuation is not a token, and the media placeholder `<media>` never is (the
//! normaliser blanks it). Every token keeps its code-point offsets in the original text, so
//! concordance lines can show the text as written.
//!
//! Invariant: every corpus tool tokenises with [`corpus_tokens`] / [`corpus_words`]; counts,
//! windows and n-grams therefore agree across keywords, collocates, concordance and word lists.

use crate::normalise::{normalise, Token};
use regex::Regex;
use std::sync::OnceLock;

fn emoji_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"^\p{Extended_Pictographic}$").expect("valid regex"))
}

/// Whether `c` counts as an emoji token.
pub fn is_emoji(c: char) -> bool {
    u32::from(c) > 0xFF && emoji_regex().is_match(c.encode_utf8(&mut [0; 4]))
}

/// Whether a normalised token is a corpus token: it holds a letter or digit, or it is an
/// emoji.
pub fn is_corpus_token(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric) || {
        let mut cs = token.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if is_emoji(c))
    }
}

/// The corpus tokens of `text`, with code-point offsets into `text`. A token that ends in an
/// elongation (`Hiii`, normalised `hi`) covers the whole run as written.
pub fn corpus_tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let same = |a: char, b: char| a.is_alphabetic() && a.to_lowercase().eq(b.to_lowercase());
    normalise(text)
        .tokens()
        .into_iter()
        .filter(|t| is_corpus_token(&t.text))
        .map(|mut t| {
            while t.end > t.start && t.end < chars.len() && same(chars[t.end], chars[t.end - 1]) {
                t.end += 1;
            }
            t
        })
        .collect()
}

/// The normalised forms of [`corpus_tokens`] (what keywords, collocates and word lists count).
pub fn corpus_words(text: &str) -> Vec<String> {
    corpus_tokens(text).into_iter().map(|t| t.text).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_emoji_are_tokens_punctuation_and_media_are_not() {
        assert_eq!(
            corpus_words("Send me a pic 😉!! <media> ok?"),
            ["send", "me", "a", "pic", "😉", "ok"]
        );
        // Emoji next to a word, skin-tone modifiers and variation selectors.
        assert_eq!(corpus_words("lol😂👍🏽 ❤️"), ["lol", "😂", "👍", "❤"]);
        assert_eq!(corpus_words("<media>"), Vec::<String>::new());
        assert_eq!(corpus_words("(c) © ® ..."), ["c"]);
        // Offsets point into the original text, as written.
        let text = "Hiii 😉 SEND";
        let toks = corpus_tokens(text);
        let orig: Vec<String> = toks
            .iter()
            .map(|t| text.chars().skip(t.start).take(t.end - t.start).collect())
            .collect();
        assert_eq!(orig, ["Hiii", "😉", "SEND"]);
        assert_eq!(toks[2].text, "send");
    }
}
