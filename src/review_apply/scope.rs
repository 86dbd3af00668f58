//! The narrowest `unless` for a rejected span: the span's words plus up to two words either
//! side in that message, normalised as the lexicon sees them, joined by `\W+`. Never the whole
//! message, never the empty string; it must match the message it came from.

use crate::normalise::normalise_str;

/// Words either side of the span taken as context.
pub const CONTEXT_WORDS: usize = 2;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

/// The char ranges of the words of `chars`.
fn words(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &c) in chars.iter().enumerate() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, chars.len()));
    }
    out
}

/// The exception regex for the span `start..end` (chars) of `text`, or why there is none.
pub fn unless_for(text: &str, start: usize, end: usize) -> Result<String, String> {
    let chars: Vec<char> = text.chars().collect();
    let ws = words(&chars);
    let hit: Vec<usize> = (0..ws.len())
        .filter(|&k| ws[k].0 < end && ws[k].1 > start)
        .collect();
    let (Some(&first), Some(&last)) = (hit.first(), hit.last()) else {
        return Err("the span covers no words".into());
    };
    let n = ws.len();
    let mut lo = first.saturating_sub(CONTEXT_WORDS);
    let mut hi = (last + CONTEXT_WORDS).min(n - 1);
    if lo == 0 && hi == n - 1 {
        // The window is the whole message: keep one neighbouring word only.
        (lo, hi) = if last + 1 < n {
            (first, last + 1)
        } else if first > 0 {
            (first - 1, last)
        } else {
            return Err("the span is the whole message, so no narrower exception exists".into());
        };
        if lo == 0 && hi == n - 1 {
            return Err(
                "the message is too short to scope an exception without repeating it whole".into(),
            );
        }
    }
    let mut parts = Vec::new();
    for &(s, e) in &ws[lo..=hi] {
        let w: String = chars[s..e].iter().collect();
        parts.extend(normalise_str(&w).split_whitespace().map(regex::escape));
    }
    if parts.is_empty() {
        return Err("the words around the span normalise to nothing".into());
    }
    let re = format!(r"\b{}\b", parts.join(r"\W+"));
    let compiled = regex::Regex::new(&re).map_err(|e| e.to_string())?;
    if compiled.is_match("") {
        return Err("the exception would match the empty string".into());
    }
    if !compiled.is_match(&normalise_str(text)) {
        return Err("the words around the span do not match the normalised message".into());
    }
    Ok(re)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scoped_to_the_words_around_the_span() {
        let t = "can u send me the pic of the timetable pls";
        let s = t.find("send me the pic").unwrap();
        let re = unless_for(t, s, s + "send me the pic".len()).unwrap();
        assert_eq!(re, r"\bcan\W+u\W+send\W+me\W+the\W+pic\W+of\W+the\b");
        let r = regex::Regex::new(&re).unwrap();
        assert!(r.is_match(t));
        assert!(!r.is_match("send me the pic now"));
    }

    #[test]
    fn never_the_whole_message() {
        let t = "ok send the pic now";
        let re = unless_for(t, 3, 15).unwrap();
        assert_eq!(re, r"\bsend\W+the\W+pic\W+now\b");
        assert!(unless_for("send the pic now", 0, 12).is_err());
        // A window of span + one word still repeating the whole message is refused.
        assert!(unless_for("send pic", 0, 4).is_err());
        assert!(unless_for("send pic", 0, 8).is_err());
        assert!(unless_for("...", 0, 3).is_err());
    }
}
