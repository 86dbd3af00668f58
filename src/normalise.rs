//! The one normaliser. Every stage that compares text (lexicon terms, messages, patterns,
//! classifier features) goes through [`normalise`], built on tokenizers' `NormalizedString`
//! so that every normalised position maps back to the original text.
//!
//! Steps, in order:
//! 1. NFKC (so full-width `ｓｅｎｄ` and other compatibility forms become `send`);
//! 2. folding of curly quotes and apostrophes to `'` and `"`, and of any whitespace to a space;
//! 3. removal of zero-width and control characters;
//! 4. folding of look-alike and accented letters to ASCII, one original character at a time
//!    (see `fold_letter`): diacritics are stripped (`sénd` → `send`, `dŵr` → `dwr`), and a
//!    letter whose Unicode TR39 confusable skeleton (the `unicode-security` crate; small
//!    capitals read as their letters) is made of ASCII letters becomes them (Cyrillic `ѕ е р`
//!    and Greek `ν ο` → `s e p v o`, `ꜱᴇɴᴅ` → `send`). Combining marks after an ASCII letter or
//!    digit are dropped (`s̶e̶n̶d̶` → `send`). ASCII characters, emoji and letters of other
//!    scripts with no ASCII look-alike are left as they are;
//! 5. lower-casing, and blanking of the media placeholder `<media>` (what chat readers write
//!    for a photo or file without text) to spaces, so it is never a token or a lexicon match;
//! 6. leetspeak folding in letter context (`0→o 1→i 3→e 4→a 5→s 7→t @→a $→s`), only inside
//!    a word of at least two letters that is not a number with a suffix (`10pm`, `gr8`);
//! 7. joining of spaced-out single letters (`s e n d` → `send`), for runs of three or more,
//!    unless every letter is common text-speak (`u r a`);
//! 8. runs of spaces collapsed to one; squeezing of elongations: a run of three or more identical letters becomes one
//!    (`pleeease` → `please`); the position is remembered so that the lexicon matcher can
//!    also accept a once-doubled form (`gooood` matches `good`, plain `god` does not).
//!
//! ASCII text skips steps 1 and 4 (they are the identity on it) and takes a direct path.
//! Words written without spaces (`sendnudes`, `#sendpics`) are not split here: the matcher
//! also matches each multi-word lexicon phrase with its spaces removed (see `matcher`).

use std::ops::Range;
use std::sync::OnceLock;
use tokenizers::normalizer::{NormalizedString, Range as NRange};
use tokenizers::pre_tokenizers::split::{Split, SplitPattern};
use tokenizers::tokenizer::{
    OffsetReferential, OffsetType, PreTokenizedString, PreTokenizer, SplitDelimiterBehavior,
};

/// A normalised text with its alignment to the original.
#[derive(Debug, Clone)]
pub struct Normalised {
    inner: Inner,
    /// Sorted byte positions (in the normalised text) of letters squeezed from runs of 3+.
    elongated: Vec<usize>,
}

/// Two representations of the same result. Non-ASCII text goes through tokenizers'
/// `NormalizedString`. ASCII text (where NFKC is the identity and every step maps one byte to
/// at most one byte) takes an equivalent direct path that records, for each normalised byte,
/// the original byte it came from; a property test checks that both give the same text,
/// offsets and tokens.
#[derive(Debug, Clone)]
enum Inner {
    Ns(NormalizedString),
    Ascii {
        original: String,
        text: String,
        orig: Vec<u32>,
    },
}

/// One token, with code-point offsets into the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The normalised form.
    pub text: String,
    /// The first code point of the token in the original text.
    pub start: usize,
    /// The code point after the token in the original text.
    pub end: usize,
}

/// The token pattern, shared by the pre-tokenizer and the fast token counter: words (with
/// inner apostrophes), or any single symbol/emoji.
pub const TOKEN_PATTERN: &str = r"[\p{L}\p{N}_]+(?:'[\p{L}\p{N}_]+)*|[^\s\p{L}\p{N}_]";

impl Normalised {
    /// The normalised text.
    pub fn text(&self) -> &str {
        match &self.inner {
            Inner::Ns(ns) => ns.get(),
            Inner::Ascii { text, .. } => text,
        }
    }

    /// The original text.
    pub fn original(&self) -> &str {
        match &self.inner {
            Inner::Ns(ns) => ns.get_original(),
            Inner::Ascii { original, .. } => original,
        }
    }

    /// Whether the letter at normalised byte `pos` was squeezed from an elongation.
    pub fn is_elongated(&self, pos: usize) -> bool {
        self.elongated.binary_search(&pos).is_ok()
    }

    /// Map a normalised byte range to a byte range of the original text.
    pub fn original_bytes(&self, range: Range<usize>) -> Option<Range<usize>> {
        match &self.inner {
            Inner::Ns(ns) => ns.convert_offsets(NRange::Normalized(range)),
            Inner::Ascii { orig, .. } => {
                if range.start == range.end {
                    return Some(range);
                }
                if range.start > range.end || range.end > orig.len() {
                    return None;
                }
                Some(orig[range.start] as usize..orig[range.end - 1] as usize + 1)
            }
        }
    }

    /// Map a normalised byte range to code-point offsets into the original text.
    pub fn original_chars(&self, range: Range<usize>) -> Option<Range<usize>> {
        let b = self.original_bytes(range)?;
        Some(byte_to_char_range(self.original(), b))
    }

    /// Tokens with offsets, from a tokenizers pre-tokenizer over this normalised string.
    pub fn tokens(&self) -> Vec<Token> {
        let ns = match &self.inner {
            Inner::Ns(ns) => ns,
            Inner::Ascii { text, orig, .. } => {
                return token_regex()
                    .find_iter(text)
                    .map(|m| Token {
                        text: m.as_str().to_string(),
                        start: orig[m.start()] as usize,
                        end: orig[m.end() - 1] as usize + 1,
                    })
                    .collect();
            }
        };
        let mut pts = PreTokenizedString::from(ns.clone());
        if token_splitter().pre_tokenize(&mut pts).is_err() {
            return Vec::new();
        }
        pts.get_splits(OffsetReferential::Original, OffsetType::Char)
            .into_iter()
            .map(|(s, (start, end), _)| Token {
                text: s.to_string(),
                start,
                end,
            })
            .collect()
    }

    /// The number of tokens (same tokens as [`Normalised::tokens`], counted without offsets).
    pub fn token_count(&self) -> usize {
        normalised_tokens(self.text()).count()
    }
}

fn token_splitter() -> &'static Split {
    static S: OnceLock<Split> = OnceLock::new();
    S.get_or_init(|| {
        Split::new(
            SplitPattern::Regex(TOKEN_PATTERN.to_string()),
            SplitDelimiterBehavior::Removed,
            true,
        )
        .expect("token pattern compiles")
    })
}

fn token_regex() -> &'static regex::Regex {
    static R: OnceLock<regex::Regex> = OnceLock::new();
    R.get_or_init(|| regex::Regex::new(TOKEN_PATTERN).expect("token pattern compiles"))
}

/// Convert a byte range of `s` to a code-point range.
pub fn byte_to_char_range(s: &str, b: Range<usize>) -> Range<usize> {
    let start = s[..b.start].chars().count();
    let len = s[b.start..b.end].chars().count();
    start..start + len
}

fn is_removable(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{FE00}'..='\u{FE0F}'
    ) || (c.is_control() && c != ' ')
}

fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

fn leet(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        '$' => 's',
        _ => return None,
    })
}

/// The ASCII letters (one to four, lower-cased) that one non-ASCII letter folds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct AsciiFold {
    buf: [u8; 4],
    len: u8,
}

impl AsciiFold {
    /// Collect `chars`, skipping combining marks; `None` unless the rest is one to four ASCII
    /// letters.
    fn collect(chars: impl IntoIterator<Item = char>) -> Option<AsciiFold> {
        let mut f = AsciiFold {
            buf: [0; 4],
            len: 0,
        };
        for c in chars {
            if is_mark(c) {
                continue;
            }
            if !c.is_ascii_alphabetic() || f.len == 4 {
                return None;
            }
            f.buf[f.len as usize] = c.to_ascii_lowercase() as u8;
            f.len += 1;
        }
        (f.len > 0).then_some(f)
    }

    fn chars(&self) -> impl Iterator<Item = char> + '_ {
        self.buf[..self.len as usize].iter().map(|&b| b as char)
    }
}

/// A combining mark (`General_Category=Mark`) other than an enclosing one (`Me`: the keycap
/// and circles drawn around emoji and digits, which are kept).
fn is_mark(c: char) -> bool {
    !c.is_ascii()
        && unicode_normalization::char::is_combining_mark(c)
        && !matches!(
            c,
            '\u{0488}'..='\u{0489}'
                | '\u{1ABE}'
                | '\u{20DD}'..='\u{20E0}'
                | '\u{20E2}'..='\u{20E4}'
                | '\u{A670}'..='\u{A672}'
        )
}

/// The ASCII letters a non-ASCII letter stands for, if any:
/// 1. its canonical decomposition without combining marks, when that is ASCII (`é` → `e`,
///    `ŵ` → `w`); done first so that the base letter is never re-mapped (`ḿ` → `m`, where the
///    skeleton of `m` would be `rn`);
/// 2. else its TR39 confusable skeleton (`unicode_security::confusable_detection::skeleton`)
///    without combining marks, when that is ASCII letters (Cyrillic `р` → `p`, Greek `ν` → `v`,
///    `æ` → `ae`, `ø` → `o`), reading a small capital as its letter (`small_capital`). The skeleton of a capital I-like letter is `l`; for a capital it
///    is read as `i` (Cyrillic `І`, Greek `Ι`).
///
/// Digits and symbols in a skeleton (Cyrillic `б` → `6`, `З` → `3`) are not folded.
fn fold_letter(c: char) -> Option<AsciiFold> {
    let mut decomposed = AsciiFold {
        buf: [0; 4],
        len: 0,
    };
    let mut ascii = true;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if ascii && !is_mark(d) {
            if d.is_ascii_alphabetic() && decomposed.len < 4 {
                decomposed.buf[decomposed.len as usize] = d.to_ascii_lowercase() as u8;
                decomposed.len += 1;
            } else {
                ascii = false;
            }
        }
    });
    if ascii && decomposed.len > 0 {
        return Some(decomposed);
    }
    let mut utf8 = [0u8; 4];
    let skeleton = unicode_security::confusable_detection::skeleton(c.encode_utf8(&mut utf8));
    let mut f = AsciiFold::collect(skeleton.map(|d| small_capital(d).unwrap_or(d)))?;
    if c.is_uppercase() {
        for b in &mut f.buf[..f.len as usize] {
            if *b == b'l' {
                *b = b'i';
            }
        }
    }
    Some(f)
}

/// The Latin letter of a small capital that TR39 keeps as its own prototype: the letters of
/// "fancy text" generators (`ꜱᴇɴᴅ`), and the prototypes of Cyrillic and Greek letters read as
/// Latin in chat (`к κ` → `ĸ` → k, `т` → `ᴛ` → t, `н` → `ʜ` → h, `в` → `ʙ` → b, `м` → `ʍ` → m,
/// `ε є` → `ꞓ` → e).
fn small_capital(c: char) -> Option<char> {
    Some(match c {
        '\u{1D00}' => 'a',              // ᴀ
        '\u{0299}' => 'b',              // ʙ
        '\u{1D05}' => 'd',              // ᴅ
        '\u{1D07}' => 'e',              // ᴇ
        '\u{A793}' | '\u{A792}' => 'e', // ꞓ Ꞓ
        '\u{A730}' => 'f',              // ꜰ
        '\u{0262}' => 'g',              // ɢ
        '\u{029C}' => 'h',              // ʜ
        '\u{1D0A}' => 'j',              // ᴊ
        '\u{0138}' => 'k',              // ĸ
        '\u{029F}' => 'l',              // ʟ
        '\u{028D}' => 'm',              // ʍ
        '\u{0274}' => 'n',              // ɴ
        '\u{1D18}' => 'p',              // ᴘ
        '\u{0280}' => 'r',              // ʀ
        '\u{1D1B}' => 't',              // ᴛ
        _ => return None,
    })
}

/// Step 4 over the characters of a text (see the module comment): a transformation for
/// `NormalizedString::transform`, or `None` when nothing changes. Every folded character
/// keeps its own alignment (the extra letters of `æ` → `ae` are aligned to `æ`), and a
/// dropped combining mark is counted as removed after the character before it.
fn fold_unicode(chars: &[char]) -> Option<Vec<(char, isize)>> {
    if !chars
        .iter()
        .any(|&c| !c.is_ascii() && (c.is_alphabetic() || is_mark(c)))
    {
        return None;
    }
    let mut out: Vec<(char, isize)> = Vec::with_capacity(chars.len() + 4);
    let mut changed = false;
    for &c in chars {
        if c.is_ascii() {
            out.push((c, 0));
            continue;
        }
        if is_mark(c) {
            // After an ASCII letter or digit that is not itself an inserted letter.
            if let Some(last) = out
                .last_mut()
                .filter(|(p, ch)| p.is_ascii_alphanumeric() && *ch <= 0)
            {
                last.1 -= 1;
                changed = true;
                continue;
            }
        }
        match c.is_alphabetic().then(|| fold_letter(c)).flatten() {
            Some(f) => {
                out.extend(f.chars().enumerate().map(|(k, a)| (a, isize::from(k > 0))));
                changed = true;
            }
            None => out.push((c, 0)),
        }
    }
    changed.then_some(out)
}

/// How a word of letters, digits, `@` and `$` reads as leetspeak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeetWord {
    /// Not leet: no leet character, no letter, or a plain number word.
    No,
    /// Leet on its own evidence: at least two letters with leet characters inside the word.
    Strict,
    /// Leet only in a message that is already written in leet (`s33`, `1t`, `1ll`, `th3`).
    Relaxed,
}

/// Letters after a number that make it a number, not leet (`10pm`, `2nd`, `5k`).
const NUMBER_SUFFIXES: &[&str] = &[
    "st", "nd", "rd", "th", "am", "pm", "s", "k", "m", "min", "mins", "h", "hr", "hrs", "yr",
    "yrs", "x", "p", "g", "kg", "km", "mph", "d", "v",
];
/// Letters before a number that make it a name of a thing, not leet (`year7`, `y10`, `room5`).
const NUMBER_PREFIXES: &[&str] = &[
    "y", "yr", "year", "room", "rm", "bus", "no", "pg", "page", "q", "ex", "set", "gcse",
];

/// Textspeak that mixes digits and letters and is not leet.
const TEXTSPEAK_NUMBERS: &[&str] = &[
    "b4", "4u", "4ever", "4eva", "2day", "2moro", "2mrw", "2nite", "2nyt", "4get", "4got", "1ce",
    "any1", "no1", "some1", "every1", "ne1",
];

fn classify_leet(w: &[char]) -> LeetWord {
    if w.len() <= 6 && TEXTSPEAK_NUMBERS.contains(&w.iter().collect::<String>().as_str()) {
        return LeetWord::No;
    }
    let letters = w.iter().filter(|c| c.is_alphabetic()).count();
    if letters == 0 || !w.iter().any(|&c| leet(c).is_some()) {
        return LeetWord::No;
    }
    // A number with a suffix (10pm, 2nd) or a word with a number (gr8, year9) is not leet.
    let first_alpha = w.iter().position(|c| c.is_alphabetic()).unwrap_or(0);
    let last_alpha = w.iter().rposition(|c| c.is_alphabetic()).unwrap_or(0);
    let digits_then_letters = w[..first_alpha].iter().all(|c| c.is_ascii_digit())
        && first_alpha > 0
        && w[first_alpha..].iter().all(|c| c.is_alphabetic());
    let letters_then_digits = w[last_alpha + 1..].iter().all(|c| c.is_ascii_digit())
        && last_alpha + 1 < w.len()
        && w[..=last_alpha].iter().all(|c| c.is_alphabetic());
    if letters >= 2 && !digits_then_letters && !letters_then_digits {
        return LeetWord::Strict;
    }
    let word = |r: &[char]| r.iter().collect::<String>();
    if digits_then_letters && NUMBER_SUFFIXES.contains(&word(&w[first_alpha..]).as_str()) {
        return LeetWord::No;
    }
    if letters_then_digits && NUMBER_PREFIXES.contains(&word(&w[..=last_alpha]).as_str()) {
        return LeetWord::No;
    }
    LeetWord::Relaxed
}

/// Leetspeak folding decided per word: a run of letters, digits, `@` and `$`. A word is folded
/// when it is leet on its own evidence ([`LeetWord::Strict`]), or when the message is written in
/// leet (two strict words, or one and two relaxed ones) and the word reads as leet in it.
fn fold_leet(chars: &[char]) -> Option<Vec<char>> {
    let in_word = |c: char| c.is_alphanumeric() || c == '@' || c == '$';
    let mut words: Vec<(usize, usize, LeetWord)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !in_word(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && in_word(chars[i]) {
            i += 1;
        }
        let kind = classify_leet(&chars[start..i]);
        if kind != LeetWord::No {
            words.push((start, i, kind));
        }
    }
    let strict = words.iter().filter(|w| w.2 == LeetWord::Strict).count();
    let relaxed = words.len() - strict;
    let heavy = strict >= 2 || (strict >= 1 && relaxed >= 2);
    let mut out: Option<Vec<char>> = None;
    for &(start, end, kind) in &words {
        if kind == LeetWord::Relaxed && !heavy {
            continue;
        }
        let o = out.get_or_insert_with(|| chars.to_vec());
        for k in start..end {
            if let Some(l) = leet(chars[k]) {
                o[k] = l;
            }
        }
    }
    out
}

const TEXTSPEAK_LETTERS: &[char] = &['u', 'r', 'i', 'a', 'y', 'n', 'c', 'k', 'x'];

/// Separators between spelled-out letters: `s e n d`, `s.k.e.t`, `s-e-n-d`, `s*e*n*d`, `s_e_n_d`.
const LETTER_SEPARATORS: &[char] = &[' ', '.', '-', '*', '_'];

/// Positions (indices into `chars`) of separators to remove when joining spelled-out letters
/// (three or more single letters with one separator between each, the same one throughout).
fn spaced_letter_gaps(chars: &[char]) -> Vec<usize> {
    let mut gaps = Vec::new();
    let n = chars.len();
    let single = |i: usize| {
        chars[i].is_alphabetic()
            && (i == 0 || !chars[i - 1].is_alphanumeric())
            && (i + 1 >= n || !chars[i + 1].is_alphanumeric())
    };
    let mut i = 0;
    while i < n {
        if !single(i) {
            i += 1;
            continue;
        }
        let mut run = vec![i];
        let mut j = i;
        let sep = chars
            .get(i + 1)
            .copied()
            .filter(|c| LETTER_SEPARATORS.contains(c));
        while let Some(sep) = sep {
            if j + 2 < n && chars[j + 1] == sep && single(j + 2) {
                j += 2;
                run.push(j);
            } else {
                break;
            }
        }
        // A trailing one-letter word ("a", "i", "u") usually stands alone: `s e n d a pic`.
        while sep == Some(' ')
            && run.len() > 3
            && matches!(chars[*run.last().unwrap()], 'a' | 'i' | 'u')
        {
            run.pop();
        }
        if run.len() >= 3 && !run.iter().all(|&k| TEXTSPEAK_LETTERS.contains(&chars[k])) {
            gaps.extend(run[..run.len() - 1].iter().map(|&k| k + 1));
            i = j + 1;
        } else {
            // The last letter may start a run with another separator: `a s.k.e.t`.
            i = if run.len() > 1 {
                run[run.len() - 1]
            } else {
                i + 1
            };
        }
    }
    gaps
}

/// The media placeholder written by the chat readers (`ingest::chat::MEDIA`), lower-cased.
const MEDIA_PLACEHOLDER: [char; 7] = ['<', 'm', 'e', 'd', 'i', 'a', '>'];

/// Replace every `<media>` in `chars` by spaces (same length); true if any was found.
fn blank_media(chars: &mut [char]) -> bool {
    let n = MEDIA_PLACEHOLDER.len();
    let mut found = false;
    let mut i = 0;
    while i + n <= chars.len() {
        if chars[i] == '<' && chars[i..i + n] == MEDIA_PLACEHOLDER {
            chars[i..i + n].fill(' ');
            found = true;
            i += n;
        } else {
            i += 1;
        }
    }
    found
}

/// Normalise a text, keeping its alignment to the original.
pub fn normalise(text: &str) -> Normalised {
    if text.is_ascii() {
        normalise_ascii(text)
    } else {
        normalise_ns(text)
    }
}

/// The direct path for ASCII text: the same per-character steps as [`normalise_ns`],
/// tracking each kept character's original byte.
fn normalise_ascii(text: &str) -> Normalised {
    let mut chars: Vec<char> = Vec::with_capacity(text.len());
    let mut orig: Vec<u32> = Vec::with_capacity(text.len());
    for (i, b) in text.bytes().enumerate() {
        let c = fold_char(b.to_ascii_lowercase() as char);
        if !is_removable(c) {
            chars.push(c);
            orig.push(i as u32);
        }
    }
    blank_media(&mut chars);
    if let Some(folded) = fold_leet(&chars) {
        chars = folded;
    }
    let gaps = spaced_letter_gaps(&chars);
    if !gaps.is_empty() {
        let mut g = gaps.iter().peekable();
        let (mut c2, mut o2) = (
            Vec::with_capacity(chars.len()),
            Vec::with_capacity(chars.len()),
        );
        for (i, (&c, &o)) in chars.iter().zip(&orig).enumerate() {
            if g.peek() == Some(&&i) {
                g.next();
                continue;
            }
            c2.push(c);
            o2.push(o);
        }
        chars = c2;
        orig = o2;
    }
    let mut elongated = Vec::new();
    let has_run = chars
        .windows(3)
        .any(|w| w[0] == w[1] && w[1] == w[2] && w[0].is_alphabetic())
        || chars.windows(2).any(|w| w[0] == ' ' && w[1] == ' ');
    if has_run {
        let (mut c2, mut o2) = (
            Vec::with_capacity(chars.len()),
            Vec::with_capacity(chars.len()),
        );
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let mut j = i + 1;
            while j < chars.len() && chars[j] == c {
                j += 1;
            }
            if c.is_alphabetic() && j - i >= 3 {
                elongated.push(c2.len());
                c2.push(c);
                o2.push(orig[i]);
            } else if c == ' ' && j - i >= 2 {
                c2.push(c);
                o2.push(orig[i]);
            } else {
                c2.extend_from_slice(&chars[i..j]);
                o2.extend_from_slice(&orig[i..j]);
            }
            i = j;
        }
        chars = c2;
        orig = o2;
    }
    Normalised {
        inner: Inner::Ascii {
            original: text.to_string(),
            text: chars.into_iter().collect(),
            orig,
        },
        elongated,
    }
}

/// The general path, on tokenizers' `NormalizedString`.
fn normalise_ns(text: &str) -> Normalised {
    let mut ns = NormalizedString::from(text);
    ns.nfkc();
    ns.map(fold_char);
    ns.filter(|c| !is_removable(c));
    // Before lower-casing: the skeleton of a capital tells more (Greek `Ν` is an N, `ν` a v).
    let chars: Vec<char> = ns.get().chars().collect();
    if let Some(folded) = fold_unicode(&chars) {
        ns.transform(folded, 0);
    }
    ns.lowercase();

    let mut chars: Vec<char> = ns.get().chars().collect();
    if blank_media(&mut chars) {
        ns.transform(chars.iter().map(|&c| (c, 0)), 0);
    }
    if let Some(folded) = fold_leet(&chars) {
        ns.transform(folded.into_iter().map(|c| (c, 0)), 0);
    }

    let chars: Vec<char> = ns.get().chars().collect();
    let gaps = spaced_letter_gaps(&chars);
    if !gaps.is_empty() {
        let mut out = Vec::with_capacity(chars.len());
        let mut g = gaps.iter().peekable();
        for (i, &c) in chars.iter().enumerate() {
            if g.peek() == Some(&&i) {
                g.next();
                continue;
            }
            let removed_next = gaps.binary_search(&(i + 1)).is_ok();
            out.push((c, if removed_next { -1 } else { 0 }));
        }
        ns.transform(out, 0);
    }

    let chars: Vec<char> = ns.get().chars().collect();
    let mut elongated = Vec::new();
    let has_run = chars
        .windows(3)
        .any(|w| w[0] == w[1] && w[1] == w[2] && w[0].is_alphabetic())
        || chars.windows(2).any(|w| w[0] == ' ' && w[1] == ' ');
    if has_run {
        let mut out = Vec::with_capacity(chars.len());
        let mut byte_pos = 0usize;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let mut j = i + 1;
            while j < chars.len() && chars[j] == c {
                j += 1;
            }
            let run = j - i;
            if c.is_alphabetic() && run >= 3 {
                out.push((c, -((run - 1) as isize)));
                elongated.push(byte_pos);
                byte_pos += c.len_utf8();
            } else if c == ' ' && run >= 2 {
                out.push((c, -((run - 1) as isize)));
                byte_pos += 1;
            } else {
                for _ in 0..run {
                    out.push((c, 0));
                    byte_pos += c.len_utf8();
                }
            }
            i = j;
        }
        ns.transform(out, 0);
    }
    Normalised {
        inner: Inner::Ns(ns),
        elongated,
    }
}

/// The normalised form of a lexicon term or any short string.
pub fn normalise_str(text: &str) -> String {
    normalise(text).text().to_string()
}

/// Normalised word tokens (the classifier's view of a text).
pub fn word_tokens(text: &str) -> Vec<String> {
    let n = normalise(text);
    normalised_tokens(n.text()).map(str::to_string).collect()
}

/// The word tokens of a text already normalised ([`normalise`]'s text), borrowed: the same
/// tokens as [`word_tokens`] of the original text.
pub fn normalised_tokens(normalised: &str) -> Tokens<'_> {
    Tokens {
        text: normalised,
        at: 0,
        matches: (!normalised.is_ascii()).then(|| token_regex().find_iter(normalised)),
    }
}

/// The matches of [`TOKEN_PATTERN`] in a text, in order ([`normalised_tokens`]). An ASCII
/// text, most normalised texts, is split by a byte scan with the pattern's meaning (runs of
/// letters, digits and `_` joined by single apostrophes; any other non-space character
/// alone), which took a tenth of the time of the regex's searches; other texts go through
/// the regex (issue 23, session 31).
pub struct Tokens<'a> {
    text: &'a str,
    at: usize,
    matches: Option<regex::Matches<'static, 'a>>,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if let Some(m) = &mut self.matches {
            return m.next().map(|m| m.as_str());
        }
        let b = self.text.as_bytes();
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        // Unicode White_Space in ASCII (what `\s` is in the pattern).
        let space = |c: u8| matches!(c, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ');
        let mut i = self.at;
        while i < b.len() && space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            self.at = i;
            return None;
        }
        let mut j = i + 1;
        if word(b[i]) {
            loop {
                while j < b.len() && word(b[j]) {
                    j += 1;
                }
                if j + 1 < b.len() && b[j] == b'\'' && word(b[j + 1]) {
                    j += 1;
                } else {
                    break;
                }
            }
        }
        self.at = j;
        Some(&self.text[i..j])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The byte scan gives the pattern's tokens, on ASCII text with every kind of
        /// character the pattern tells apart (and on non-ASCII text, which goes to the regex).
        #[test]
        fn tokens_are_the_token_pattern_matches(
            t in "[a-zA-Z0-9_' .,!?<>\\-\t\n\r\x0B\x0C\x1C\x1F\x00\x7F]{0,40}|[a-z' é😏]{0,20}",
        ) {
            let want: Vec<&str> = token_regex().find_iter(&t).map(|m| m.as_str()).collect();
            let got: Vec<&str> = normalised_tokens(&t).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    fn norm(s: &str) -> String {
        normalise_str(s)
    }

    #[test]
    fn media_placeholder_is_never_a_word() {
        // Regression: chat readers write `<media>` for a photo or file without text; it was
        // tokenised as `<`, `media`, `>` and could match a lexicon term "media".
        for text in ["<media>", "look <media> send a pic", "\u{1F600} <MEDIA> ok"] {
            let n = normalise(text);
            assert!(!n.text().contains("media"), "{text:?} -> {:?}", n.text());
            assert!(n
                .tokens()
                .iter()
                .all(|t| t.text != "media" && t.text != "<"));
            assert_eq!(n.token_count(), n.tokens().len());
        }
        assert_eq!(normalise("<media>").token_count(), 0);
        assert_eq!(
            word_tokens("look <media> send a pic"),
            ["look", "send", "a", "pic"]
        );
        // Offsets of the words around it still point into the original.
        let n = normalise("ok <media> pic");
        let t = n.tokens();
        assert_eq!((t[1].text.as_str(), t[1].start, t[1].end), ("pic", 11, 14));
        // Only the exact placeholder: other angle-bracket text is kept.
        assert_eq!(word_tokens("<medias>"), ["<", "medias", ">"]);
    }

    #[test]
    fn folds_case_width_and_quotes() {
        assert_eq!(norm("Don’t TELL"), "don't tell");
        assert_eq!(norm("ＳＥＮＤ"), "send");
        assert_eq!(norm("a\u{200B}b\tc"), "ab c");
    }

    #[test]
    fn folds_cyrillic_greek_and_full_width_look_alikes() {
        // Regression (issue 17): look-alike letters from other scripts hid every term.
        assert_eq!(norm("ѕеnd me a рic of u"), "send me a pic of u");
        assert_eq!(norm("ｓｅｎｄ ｍｅ ａ ｐｉｃ"), "send me a pic");
        assert_eq!(norm("sεnd mε α ρic οf u"), "send me a pic of u");
        assert_eq!(norm("ur а ѕkеt"), "ur a sket");
        // Capitals are folded before lower-casing: Greek Ν is an N, ν a v.
        assert_eq!(norm("ΝΟ ν"), "no v");
        // The skeleton of a capital I-like letter is `l`; a capital reads as i.
        assert_eq!(norm("ІΙ іι"), "ii ii");
        assert_eq!(norm("ꜱᴇɴᴅ"), "send");
        assert_eq!(norm("нєℓℓσ"), "hello");
    }

    #[test]
    fn strips_diacritics_and_marks_after_latin_letters() {
        // Regression (issue 17): accents hid terms.
        assert_eq!(norm("sénd me a píc"), "send me a pic");
        assert_eq!(norm("SÉND"), "send");
        assert_eq!(norm("café naïve dŵr ŷ â"), "cafe naive dwr y a");
        // Combining marks after a Latin letter (decomposed accents, strike-through, zalgo).
        assert_eq!(norm("se\u{301}nd"), "send");
        assert_eq!(norm("s\u{336}e\u{336}n\u{336}d\u{336}"), "send");
        assert_eq!(norm("p\u{300}\u{301}\u{302}ic"), "pic");
        // The base letter of a decomposition is never re-mapped (the skeleton of m is rn).
        assert_eq!(norm("ḿ"), "m");
        // One character may fold to several letters.
        assert_eq!(norm("æ œ"), "ae oe");
    }

    #[test]
    fn keeps_ascii_emoji_and_letters_without_a_latin_look_alike() {
        // ASCII is left to the other steps (the skeleton would turn m into rn, 0 into O).
        assert_eq!(norm("m 0 l 1 rn"), "m 0 l 1 rn");
        assert_eq!(norm("😀 👍🏽 ok"), "😀 👍🏽 ok");
        assert_eq!(norm("中文 ok"), "中文 ok");
        // Skeletons with a digit or symbol are not folded (Cyrillic б → 6, З → 3).
        assert_eq!(norm("бз ßж"), "бз ßж");
        // Enclosing marks after a digit (keycaps) are kept; the variation selector goes.
        assert_eq!(norm("1\u{FE0F}\u{20E3}"), "1\u{20E3}");
        // Marks on letters of other scripts stay.
        assert_eq!(norm("नमस्ते"), "नमस्ते");
    }

    #[test]
    fn folded_letters_map_to_their_original_characters() {
        let orig = "ѕеnd æ s\u{336}e\u{336}x 😀 Ꮪ";
        let n = normalise(orig);
        assert_eq!(n.text(), "send ae sex 😀 s");
        let chars: Vec<char> = orig.chars().collect();
        let got: Vec<(String, String)> = n
            .tokens()
            .iter()
            .map(|t| (t.text.clone(), chars[t.start..t.end].iter().collect()))
            .collect();
        let want = [
            ("send", "ѕеnd"),
            ("ae", "æ"),
            ("sex", "s\u{336}e\u{336}x"),
            ("😀", "😀"),
            ("s", "Ꮪ"),
        ];
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(want) {
            assert_eq!((g.0.as_str(), g.1.as_str()), w);
        }
        // Both letters of `ae` map to `æ`, and `send` to the four look-alikes.
        let t = n.text();
        let ae = t.find("ae").unwrap();
        assert_eq!(n.original_chars(ae..ae + 1), Some(5..6));
        assert_eq!(n.original_chars(ae + 1..ae + 2), Some(5..6));
        assert_eq!(n.original_chars(0..4), Some(0..4));
    }

    #[test]
    fn leetspeak_only_in_letter_context() {
        assert_eq!(norm("s3nd n00dz"), "send noodz");
        assert_eq!(norm("$exy"), "sexy");
        assert_eq!(norm("7/10 at 16:30 in 2024"), "7/10 at 16:30 in 2024");
        assert_eq!(norm("10pm gr8 b4"), "10pm gr8 b4");
        // One leet word does not make a message leet: `1t` and `s33` stay as written.
        assert_eq!(norm("s33 u at 1t, 3pm"), "s33 u at 1t, 3pm");
    }

    #[test]
    fn leet_messages_fold_short_words_too() {
        assert_eq!(norm("3v3ry0n3 w1ll s33 1t"), "everyone will see it");
        assert_eq!(norm("1f u d0nt r3ply 1ll t3ll"), "if u dont reply ill tell");
        // Numbers, times and textspeak stay in a leet message.
        assert_eq!(
            norm("m33t m3 at th3 b4ck at 4pm on the 2nd b4 y7"),
            "meet me at the back at 4pm on the 2nd b4 y7"
        );
    }

    #[test]
    fn joins_letters_spelled_out_with_dots_or_dashes() {
        assert_eq!(norm("ur a s.k.e.t"), "ur a sket");
        assert_eq!(norm("s-e-n-d it"), "send it");
        assert_eq!(norm("s.k-e.t"), "s.k-e.t");
        assert_eq!(norm("i.e. p.e. at 3"), "i.e. p.e. at 3");
    }

    #[test]
    fn squeezes_elongations_and_records_them() {
        let n = normalise("pleeease sooo good");
        assert_eq!(n.text(), "please so good");
        assert!(n.is_elongated(2));
        assert!(!n.is_elongated(12));
        assert_eq!(norm("gooood"), "god");
    }

    #[test]
    fn joins_spaced_letters_but_not_textspeak() {
        assert_eq!(norm("s e n d it"), "send it");
        assert_eq!(norm("u r a star"), "u r a star");
        assert_eq!(norm("s e n d a pic"), "send a pic");
        assert_eq!(norm("s e n d  o n e  pls"), "send one pls");
    }

    #[test]
    fn offsets_map_back_through_every_step() {
        let orig = "Pls S3ND ur p1c 😀 s e n d pleeeease";
        let n = normalise(orig);
        let t = n.text();
        for needle in ["send", "pic", "please", "😀"] {
            let bs = t.rfind(needle).unwrap();
            let r = n.original_chars(bs..bs + needle.len()).unwrap();
            let sub: String = orig.chars().skip(r.start).take(r.end - r.start).collect();
            assert_eq!(normalise_str(&sub), needle, "{needle} -> {sub}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The ASCII path and the NormalizedString path agree on text, elongations,
        /// offsets and tokens.
        #[test]
        fn ascii_path_equals_normalized_string_path(s in "[a-eA-Es 013457@$'`\t\n\x01.,!?*]{0,40}") {
            let a = normalise_ascii(&s);
            let b = normalise_ns(&s);
            proptest::prop_assert_eq!(a.text(), b.text());
            proptest::prop_assert_eq!(&a.elongated, &b.elongated);
            let t = a.text();
            for (i, c) in t.char_indices() {
                proptest::prop_assert_eq!(a.original_bytes(i..i + c.len_utf8()), b.original_bytes(i..i + c.len_utf8()));
                for j in (i + 1)..=t.len() {
                    proptest::prop_assert_eq!(a.original_bytes(i..j), b.original_bytes(i..j));
                }
            }
            proptest::prop_assert_eq!(a.tokens(), b.tokens());
        }

        /// Look-alikes, accents, marks and emoji: offsets stay in bounds, on char boundaries
        /// and monotone, and a word's original text, normalised alone, gives the word back.
        /// (No free-standing U+0301 here: NFKC composes it into the letter before it and aligns
        /// the composed letter to the base alone, as it always has.)
        #[test]
        fn folded_offsets_in_bounds_and_words_round_trip(
            s in "[a-eA-E sрсеоаіѕуху\u{0391}-\u{03A9}\u{03B1}-\u{03C9}éèêŵæœ\u{0336}\u{20E3}😀👍🏽中ｓｅ]{0,30}"
        ) {
            let n = normalise(&s);
            let t = n.text();
            let mut last = 0usize;
            for (i, c) in t.char_indices() {
                let r = n.original_bytes(i..i + c.len_utf8()).unwrap();
                proptest::prop_assert!(r.end <= s.len() && s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
                proptest::prop_assert!(r.start >= last);
                last = r.start;
            }
            let chars: Vec<char> = s.chars().collect();
            for tok in n.tokens() {
                proptest::prop_assert!(tok.start < tok.end && tok.end <= chars.len());
                let sub: String = chars[tok.start..tok.end].iter().collect();
                if tok.text.chars().all(char::is_alphabetic) {
                    let alone = normalise_str(&sub);
                    proptest::prop_assert!(alone.contains(tok.text.as_str()), "{:?} -> {:?} vs {:?}", sub, alone, tok.text);
                }
            }
        }

        /// Offsets always land within bounds, on char boundaries, and are monotone.
        #[test]
        fn offsets_in_bounds_and_monotone(s in "\\PC{0,30}") {
            let n = normalise(&s);
            let t = n.text();
            let mut last = 0usize;
            for (i, c) in t.char_indices() {
                let r = n.original_bytes(i..i + c.len_utf8()).unwrap();
                proptest::prop_assert!(r.end <= s.len() && s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
                proptest::prop_assert!(r.start >= last);
                last = r.start;
            }
        }
    }

    #[test]
    fn tokens_carry_original_offsets() {
        let orig = "Don’t s3nd it 😀";
        let n = normalise(orig);
        let toks = n.tokens();
        let texts: Vec<_> = toks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, vec!["don't", "send", "it", "😀"]);
        assert_eq!(n.token_count(), 4);
        let chars: Vec<char> = orig.chars().collect();
        let s: String = chars[toks[1].start..toks[1].end].iter().collect();
        assert_eq!(s, "s3nd");
    }
}
