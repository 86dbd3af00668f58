//! Obfuscation (issue 17, item 4): look-alike letters from other scripts, full-width forms,
//! accents and combining marks, words written without spaces and hashtags get the labels of
//! the plain message, with spans whose offsets still slice the original text; ordinary words
//! that merely contain a term (or a joined phrase) stay unflagged.
mod common;
use c2chat::matcher::Matcher;
use c2chat::model::Span;
use common::*;
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::sync::OnceLock;

const IMAGE_REQUEST: &str = "coercive.image_request";

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| Matcher::new(c2chat::lexicon::Lexicon::builtin("core").unwrap()).unwrap())
}

fn spans(text: &str) -> Vec<Span> {
    matcher().match_text(text).0
}

/// The categories of the spans that label (what an `unless` excepts stays as an `excepted` span).
fn categories(text: &str) -> BTreeSet<String> {
    spans(text)
        .into_iter()
        .filter(|s| s.is_labelling())
        .map(|s| s.category)
        .collect()
}

/// Every span's text is the original's code points `start..end`.
fn assert_spans_slice_original(text: &str, spans: &[Span]) {
    let chars: Vec<char> = text.chars().collect();
    for s in spans {
        assert!(s.start < s.end && s.end <= chars.len(), "{text:?}: {s:?}");
        let sub: String = chars[s.start..s.end].iter().collect();
        assert_eq!(sub, s.text, "{text:?}: {s:?}");
    }
}

/// (obfuscated, plain): the obfuscated form must get exactly the plain form's categories.
const OBFUSCATED: &[(&str, &str)] = &[
    // Cyrillic ѕ е р.
    ("ѕеnd me a рic of u", "send me a pic of u"),
    // Cyrillic throughout (the functional suite's case).
    ("ѕеnd mе а ріс оf u", "send me a pic of u"),
    // Greek ε α ρ ο.
    ("sεnd mε α ρic οf u", "send me a pic of u"),
    // Full-width.
    ("ｓｅｎｄ ｍｅ ａ ｐｉｃ", "send me a pic"),
    ("ＳＥＮＤ ＮＵＤＥＳ", "send nudes"),
    // Accents and combining marks.
    ("sénd me a píc", "send me a pic"),
    ("sénd mé à pïc òf ü", "send me a pic of u"),
    ("s\u{336}e\u{336}n\u{336}d\u{336} nudes", "send nudes"),
    // Small capitals from "fancy text" generators.
    ("ꜱᴇɴᴅ ɴᴜᴅᴇꜱ", "send nudes"),
    // Joined words and hashtags.
    ("sendpics now", "send pics now"),
    ("#sendpics", "send pics"),
    ("u up? #SendPics 😏", "u up? send pics 😏"),
    ("sendnudes", "send nudes"),
    ("#sendnudes", "send nudes"),
    ("sendmeapic", "send me a pic"),
    ("sendme a pic", "send me a pic"),
    ("dont tellanyone", "dont tell anyone"),
    ("#thatsonher", "thats on her"),
    // Both at once.
    ("#ѕеndрісѕ", "send pics"),
];

#[test]
fn plain_forms_are_flagged_by_the_core_lexicon() {
    for plain in [
        "send me a pic of u",
        "send me a pic",
        "send pics now",
        "send pics",
        "send nudes",
    ] {
        assert!(categories(plain).contains(IMAGE_REQUEST), "{plain:?}");
    }
}

#[test]
fn obfuscated_forms_get_the_labels_of_the_plain_form() {
    for (obf, plain) in OBFUSCATED {
        let want = categories(plain);
        assert!(!want.is_empty(), "plain {plain:?} is not flagged");
        let got = spans(obf);
        assert_spans_slice_original(obf, &got);
        let got: BTreeSet<String> = got.into_iter().map(|s| s.category).collect();
        assert_eq!(got, want, "{obf:?} vs {plain:?}");
    }
}

#[test]
fn required_obfuscations_are_image_requests() {
    for text in [
        "ѕеnd me a рic of u",
        "ｓｅｎｄ ｍｅ ａ ｐｉｃ",
        "sénd me a píc",
        "sendpics now",
        "#sendpics",
        "sendnudes",
    ] {
        assert!(categories(text).contains(IMAGE_REQUEST), "{text:?}");
    }
}

#[test]
fn spans_cover_the_original_obfuscated_characters() {
    let text = "u up? #SendPics 😏";
    let s = spans(text);
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(
        (s[0].start, s[0].end, s[0].text.as_str()),
        (7, 15, "SendPics")
    );
    assert_eq!(s[0].rule_id, "lex:send pics");

    let text = "ok ѕеnd nudеѕ 😀";
    let s = spans(text);
    assert_spans_slice_original(text, &s);
    assert!(s
        .iter()
        .any(|s| s.text == "ѕеnd nudеѕ" && s.start == 3 && s.end == 13));

    // A letter that folds to two (æ → ae) and dropped marks keep the span on the original.
    let text = "s\u{336}e\u{336}n\u{336}d\u{336} nudes pls";
    let s = spans(text);
    assert_spans_slice_original(text, &s);
    assert!(s.iter().any(|s| s.start == 0), "{s:?}");
}

#[test]
fn hard_negatives_stay_unflagged() {
    for text in [
        "had a picnic at sendai",
        "therapist said hi",
        "the snapshot of the pictures",
        "café",
        "naïve",
        "mae'r dŵr yn oer",
        "dŵr",
        "that dress is fitting",
        "the fitting room was busy",
        "resendpics",
        "sendpicsnow",
        "a sendai picnic",
        "😀 中文 привет",
    ] {
        let s = spans(text);
        assert!(s.is_empty(), "{text:?}: {s:?}");
    }
}

#[test]
fn joined_phrases_keep_their_exceptions() {
    // The entry's `unless` still applies to its joined form.
    assert!(!categories("sendapic of the homework").contains(IMAGE_REQUEST));
    assert!(categories("sendapic").contains(IMAGE_REQUEST));
}

/// Look-alikes a pupil might type for each ASCII letter (besides its full-width form).
fn look_alikes(c: char) -> &'static [char] {
    match c {
        'a' => &['а', 'á', 'à', 'â', 'ä', 'α'],
        'c' => &['с', 'ç'],
        'e' => &['е', 'é', 'è', 'ê', 'ë', 'ε', 'є'],
        'i' => &['і', 'í', 'ï', 'ι'],
        'k' => &['κ', 'к'],
        'm' => &['м'],
        'n' => &['ñ'],
        'o' => &['о', 'ο', 'ó', 'ö', 'ø'],
        'p' => &['р', 'ρ'],
        's' => &['ѕ', 'ś'],
        't' => &['т'],
        'u' => &['ü', 'ú', 'υ'],
        'v' => &['ν'],
        'w' => &['ŵ'],
        'x' => &['х'],
        'y' => &['у', 'ý', 'ŷ'],
        'A' => &['А', 'Α', 'Á'],
        'B' => &['В', 'Β'],
        'C' => &['С'],
        'E' => &['Е', 'Ε', 'É'],
        'H' => &['Н', 'Η'],
        'I' => &['І', 'Ι'],
        'K' => &['К', 'Κ'],
        'M' => &['М', 'Μ'],
        'N' => &['Ν'],
        'O' => &['О', 'Ο'],
        'P' => &['Р', 'Ρ'],
        'S' => &['Ѕ'],
        'T' => &['Т', 'Τ'],
        'X' => &['Х', 'Χ'],
        _ => &[],
    }
}

fn full_width(c: char) -> Option<char> {
    c.is_ascii_alphanumeric()
        .then(|| char::from_u32(c as u32 + 0xFEE0))
        .flatten()
}

#[test]
fn every_look_alike_folds_to_its_letter() {
    for c in ('a'..='z').chain('A'..='Z') {
        let want = c.to_ascii_lowercase().to_string();
        for &l in look_alikes(c) {
            assert_eq!(
                c2chat::normalise::normalise_str(&format!("{l}")),
                want,
                "{l}"
            );
        }
        let fw = full_width(c).unwrap();
        assert_eq!(c2chat::normalise::normalise_str(&format!("{fw}")), want);
    }
}

fn dev_texts() -> &'static [String] {
    static T: OnceLock<Vec<String>> = OnceLock::new();
    T.get_or_init(|| {
        let mut r = csv::Reader::from_path(root("corpora/dev/messages.csv")).unwrap();
        let ti = r
            .headers()
            .unwrap()
            .iter()
            .position(|c| c == "text")
            .unwrap();
        r.records().map(|x| x.unwrap()[ti].to_string()).collect()
    })
}

/// `text` with the letters at the chosen positions replaced by a look-alike (one code point
/// for one, so offsets are unchanged).
fn disguise(text: &str, picks: &[(usize, usize)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(at, choice) in picks {
        if chars.is_empty() {
            break;
        }
        let at = at % chars.len();
        let c = chars[at];
        if !c.is_ascii_alphabetic() {
            continue;
        }
        let ls = look_alikes(c);
        chars[at] = if choice % (ls.len() + 1) == ls.len() {
            full_width(c).unwrap()
        } else {
            ls[choice % (ls.len() + 1)]
        };
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// A dev message with letters replaced by look-alikes, accented or full-width letters
    /// normalises to the same text and gets the same spans (offsets, categories, rules) as the
    /// plain message; only each span's text differs, and it is the disguised original's.
    #[test]
    fn disguised_dev_messages_get_the_plain_spans(
        pick in 0usize..10_000,
        picks in proptest::collection::vec((0usize..400, 0usize..8), 1..40),
    ) {
        let texts = dev_texts();
        let plain = &texts[pick % texts.len()];
        let obf = disguise(plain, &picks);
        let n_plain = c2chat::normalise::normalise(plain);
        let n_obf = c2chat::normalise::normalise(&obf);
        prop_assert_eq!(n_plain.text(), n_obf.text(), "{}", obf);
        let want = matcher().match_text(plain).0;
        let got = matcher().match_text(&obf).0;
        let chars: Vec<char> = obf.chars().collect();
        prop_assert_eq!(want.len(), got.len(), "{}", obf);
        for (w, g) in want.iter().zip(&got) {
            let sub: String = chars[g.start..g.end].iter().collect();
            prop_assert_eq!(&sub, &g.text);
            prop_assert_eq!(
                (w.start, w.end, &w.category, &w.rule_id),
                (g.start, g.end, &g.category, &g.rule_id)
            );
        }
    }

    /// Random mixes of terms, look-alikes, accents, combining marks, emoji and hashtags: every
    /// span's text is the original's code points `start..end`.
    #[test]
    fn span_text_is_the_original_substring_under_obfuscation(
        words in proptest::collection::vec(prop_oneof![
            Just("send"), Just("ѕеnd"), Just("sénd"), Just("ｓｅｎｄ"), Just("sendnudes"), Just("#sendpics"),
            Just("me"), Just("mе"), Just("a"), Just("а"), Just("pic"), Just("рic"), Just("píc"), Just("nudes"),
            Just("nudеѕ"), Just("s\u{336}e\u{336}nd"), Just("æ"), Just("😀"), Just("👍🏽"), Just("1\u{FE0F}\u{20E3}"),
            Just("dŵr"), Just("picnic"), Just("sendai"), Just("fitting"), Just("ur"), Just("so"), Just("fit"),
            Just("\u{301}"), Just("ΝΟ"), Just("ꜱᴇɴᴅ"), Just("中"), Just("of"), Just("u"), Just("ü"),
        ], 0..14),
        seps in proptest::collection::vec(prop_oneof![Just(" "), Just("  "), Just(", "), Just("\n"), Just(""), Just("#")], 14)
    ) {
        let text: String = words.iter().zip(&seps).map(|(w, s)| format!("{w}{s}")).collect();
        let chars: Vec<char> = text.chars().collect();
        for s in matcher().match_text(&text).0 {
            prop_assert!(s.start < s.end && s.end <= chars.len(), "{:?}: {:?}", text, s);
            let sub: String = chars[s.start..s.end].iter().collect();
            prop_assert_eq!(&sub, &s.text, "{:?}", text);
        }
    }
}
