//! Matching: one trie over every normalised lexicon term, walked from each word start
//! (leftmost-longest selection with word-boundary checks over the normalised text; see
//! [`trie`]), plus the regex patterns.
//! Multi-word terms are also in the trie written without spaces (`sendnudes`,
//! `#sendpics`; see `joined_variants`), and give the same entry's span over the joined
//! token. Matches are mapped back to code-point offsets of the original text.

use crate::lexicon::{Lexicon, MatchKind};
use crate::model::{Frame, Source, Span};
use crate::normalise::{normalise, Normalised};
#[cfg(test)]
use std::collections::HashMap;
use std::collections::HashSet;
use targets::{KeyTargets, KeyTargetsBuilder};
use trie::{TermTrie, TermTrieBuilder};

mod blob;
mod gate;
mod targets;
mod trie;

/// Ordinary words never read as a lexicon phrase written without spaces (see
/// [`joined_variants`]); the data file is embedded at build time.
const NOT_JOINED: &str = include_str!("../lexicons/not-joined.txt");

/// Phrases of up to this many words also match with only some of their spaces removed
/// (`sendme a pic`); longer ones only with all of them removed.
const MAX_PARTIAL_JOIN_WORDS: usize = 4;

/// A compiled matcher for one lexicon.
pub struct Matcher {
    lex: Lexicon,
    /// The term keys (none without entries).
    terms: Option<TermTrie>,
    /// Per key id of `terms`, the entries it stands for.
    targets: KeyTargets,
    /// Which patterns can match (a superset; see [`gate`] and [`crate::prepass`]).
    set: Option<gate::Picker>,
    /// The lexicon's frame cues.
    frames: crate::frame::Frames,
}

/// The pattern picker of a lexicon (none without patterns): see [`gate`].
fn pattern_sets(lex: &Lexicon) -> Option<gate::Picker> {
    (!lex.patterns.is_empty()).then(|| gate::Picker::new(&pattern_srcs(lex), gate::Bounds::DEFAULT))
}

/// The regex of each pattern of `lex`, in order.
fn pattern_srcs(lex: &Lexicon) -> Vec<&str> {
    lex.patterns.iter().map(|p| p.regex.as_str()).collect()
}

/// Calls `f(variant, collapsed)` for each variant of a key where doubled letters are
/// collapsed (at most 3 doubles considered), the key itself first: every subset of the
/// doubles, in mask order. Keys without a doubled letter (most) allocate nothing; the
/// variants are built in one reused buffer (issue 23, session 15: this was a quarter of
/// building the term keys at start-up).
fn for_each_doubled_variant(key: &str, mut f: impl FnMut(&str, Vec<usize>)) {
    let mut prev = None;
    let has_double = key.chars().any(|c| {
        let d = prev == Some(c) && c.is_alphabetic();
        prev = Some(c);
        d
    });
    f(key, Vec::new());
    if !has_double {
        return;
    }
    let chars: Vec<(usize, char)> = key.char_indices().collect();
    let doubles: Vec<usize> = (0..chars.len().saturating_sub(1))
        .filter(|&i| chars[i].1 == chars[i + 1].1 && chars[i].1.is_alphabetic())
        .filter(|&i| i == 0 || chars[i - 1].1 != chars[i].1)
        .take(3)
        .collect();
    let mut s = String::with_capacity(key.len());
    for mask in 1u32..(1 << doubles.len()) {
        s.clear();
        let mut collapsed = Vec::new();
        let mut skip = None;
        for (k, &(_, c)) in chars.iter().enumerate() {
            if skip == Some(k) {
                continue;
            }
            if let Some(d) = doubles.iter().position(|&i| i == k) {
                if mask & (1 << d) != 0 {
                    collapsed.push(s.len());
                    skip = Some(k + 1);
                }
            }
            s.push(c);
        }
        f(&s, collapsed);
    }
}

/// The variants [`for_each_doubled_variant`] gives, collected (for tests).
#[cfg(test)]
fn doubled_variants(key: &str) -> Vec<(String, Vec<usize>)> {
    let mut out = Vec::new();
    for_each_doubled_variant(key, |v, c| out.push((v.to_string(), c)));
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The normalised words of `lexicons/not-joined.txt`.
fn not_joined_words() -> HashSet<String, FxBuild> {
    NOT_JOINED
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(crate::normalise::normalise_str)
        .collect()
}

/// The forms of a multi-word key written without spaces: all spaces removed (`sendmeapic`)
/// and, for keys of up to [`MAX_PARTIAL_JOIN_WORDS`] words, some of them (`sendme a pic`,
/// `send meapic`). A form is kept only if every run of joined words is letters and digits
/// (no apostrophes or emoji) and not an ordinary word (`not_joined`): `fit ting` is never
/// matched as `fitting`. The matcher's word-boundary checks then make a form match only as
/// whole tokens; a hashtag's `#` is a boundary, so `#sendnudes` matches too.
fn joined_variants(key: &str, not_joined: &HashSet<String, FxBuild>) -> Vec<String> {
    let words: Vec<&str> = key.split(' ').collect();
    let gaps = words.len().saturating_sub(1);
    if gaps == 0 || words.iter().any(|w| w.is_empty()) {
        return Vec::new();
    }
    let all = (1u32 << gaps) - 1;
    let masks: Vec<u32> = if words.len() <= MAX_PARTIAL_JOIN_WORDS {
        (1..=all).collect()
    } else {
        vec![all]
    };
    let mut out = Vec::new();
    for mask in masks {
        // Runs of words (start and end indices) glued by the removed spaces.
        let mut runs: Vec<(usize, usize)> = vec![(0, 1)];
        for g in 0..gaps {
            if mask & (1 << g) != 0 {
                runs.last_mut().expect("one run").1 += 1;
            } else {
                runs.push((g + 1, g + 2));
            }
        }
        if runs
            .iter()
            .all(|&(a, b)| joinable(&words[a..b], not_joined))
        {
            let parts: Vec<String> = runs.iter().map(|&(a, b)| words[a..b].concat()).collect();
            out.push(parts.join(" "));
        }
    }
    out
}

/// Whether a run of words may be written joined (see [`joined_variants`]): a single word
/// always; several only if they are letters and digits and no stretch of two or more of them
/// joined is an ordinary word.
fn joinable(run: &[&str], not_joined: &HashSet<String, FxBuild>) -> bool {
    if run.len() < 2 {
        return true;
    }
    if !run.iter().all(|w| w.chars().all(char::is_alphanumeric)) {
        return false;
    }
    let mut buf = String::new();
    (0..run.len()).all(|i| {
        buf.clear();
        buf.push_str(run[i]);
        run[i + 1..].iter().all(|w| {
            buf.push_str(w);
            !not_joined.contains(buf.as_str())
        })
    })
}

/// A small multiplicative hasher for the term keys at start-up (the std SipHash was a
/// tenth of building the ~10^5 keys; nothing here is exposed to untrusted hash flooding that
/// matters: the keys come from the lexicon). Iteration order is never used.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// Calls `f(variant, entry, collapsed)` for every term variant in order: each entry's key,
/// its joined forms, and their once-doubled variants.
fn for_each_term_variant(lex: &Lexicon, mut f: impl FnMut(&str, usize, Vec<usize>)) {
    let not_joined = not_joined_words();
    let plain: HashSet<&str, FxBuild> = lex.entries.iter().map(|e| e.key.as_str()).collect();
    for (ei, e) in lex.entries.iter().enumerate() {
        // The key and its Welsh mutations, each also joined (a phrase written without spaces).
        let forms = || std::iter::once(&e.key).chain(&e.variants);
        let joined: Vec<String> = if e.kind != MatchKind::Word {
            // A joined form that is another entry's key is left to that entry.
            forms()
                .flat_map(|k| joined_variants(k, &not_joined))
                .filter(|f| !plain.contains(f.as_str()))
                .collect()
        } else {
            Vec::new()
        };
        for form in forms().chain(&joined) {
            for_each_doubled_variant(form, |variant, collapsed| f(variant, ei, collapsed));
        }
    }
}

/// The term keys of `lex`: read from the generated blob when it was made from the same inputs
/// (the built-in default lexicon; see [`blob`]), otherwise built ([`build_term_keys`]).
fn term_keys(lex: &Lexicon) -> (TermTrie, KeyTargets) {
    let read = blob::decode(blob::BLOB, &blob::input_hash(lex), lex.entries.len());
    // Checking the blob read every page; matching reads back the few it needs.
    // SAFETY: the blob is an include_bytes! static.
    unsafe { crate::pages::release_embedded(blob::BLOB) };
    read.unwrap_or_else(|| build_term_keys(lex))
}

/// The term keys (see [`for_each_term_variant`]) as a trie and, per key id, the entries it
/// stands for.
fn build_term_keys(lex: &Lexicon) -> (TermTrie, KeyTargets) {
    let mut trie = TermTrieBuilder::new();
    let mut targets = KeyTargetsBuilder::default();
    for_each_term_variant(lex, |variant, ei, collapsed| {
        let id = trie.insert(variant);
        targets.push(id, ei, &collapsed);
    });
    let targets = targets.build(trie.len());
    (trie.build(), targets)
}

/// The term keys in id order (what the matcher used to give an Aho-Corasick automaton; for
/// tests).
#[cfg(test)]
fn term_key_list(lex: &Lexicon) -> Vec<String> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut keys = Vec::new();
    for_each_term_variant(lex, |variant, _, _| {
        if !index.contains_key(variant) {
            index.insert(variant.to_string(), keys.len());
            keys.push(variant.to_string());
        }
    });
    keys
}

/// The raw term matches in `t` that start where the previous character is not a word
/// character: `(end, start, key id)`, in the order an overlapping Aho-Corasick search of the
/// keys reports them (by end, then longest first).
fn raw_term_matches(trie: &TermTrie, t: &str) -> Vec<(usize, usize, usize)> {
    let bytes = t.as_bytes();
    let mut raw = Vec::new();
    let mut prev_word = false;
    for (s, c) in t.char_indices() {
        if !prev_word {
            trie.find_at(bytes, s, |e, k| raw.push((e, s, k)));
        }
        prev_word = is_word_char(c);
    }
    if !prev_word {
        trie.find_at(bytes, t.len(), |e, k| raw.push((e, t.len(), k)));
    }
    raw.sort_unstable();
    raw
}

impl Matcher {
    /// A matcher for the terms and patterns of `lex`; errors when the pattern set cannot be
    /// built.
    pub fn new(lex: Lexicon) -> crate::Result<Matcher> {
        // The term trie and the pattern set are the two largest builds at start-up:
        // built side by side.
        let (terms, set) = rayon::join(
            || -> crate::Result<_> {
                let (trie, targets) = term_keys(&lex);
                if trie.is_empty() {
                    return Ok((None, targets));
                }
                Ok((Some(trie), targets))
            },
            || pattern_sets(&lex),
        );
        let (terms, targets) = terms?;
        let frames = crate::frame::Frames::new(&lex.frames)?;
        Ok(Matcher {
            lex,
            terms,
            targets,
            set,
            frames,
        })
    }

    /// The lexicon the matcher was built from.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Match one message text. Spans come back sorted, with original code-point offsets.
    pub fn match_text(&self, text: &str) -> (Vec<Span>, Normalised) {
        let n = normalise(text);
        let spans = self.match_normalised(&n);
        (spans, n)
    }

    /// Match an already normalised text.
    pub fn match_normalised(&self, n: &Normalised) -> Vec<Span> {
        self.match_normalised_with(n, false)
    }

    /// `every_pattern`: run every pattern, without the picker (tests compare
    /// both paths).
    fn match_normalised_with(&self, n: &Normalised, every_pattern: bool) -> Vec<Span> {
        let t = n.text();
        let mut spans = Vec::new();
        if let Some(trie) = &self.terms {
            // (start, end, entry) candidates passing the boundary checks.
            let mut cands: Vec<(usize, usize, usize)> = Vec::new();
            // Candidates an entry's `unless` excepts: kept as `excepted` spans.
            let mut excepted: Vec<(usize, usize, usize)> = Vec::new();
            for (e, s, key) in raw_term_matches(trie, t) {
                for tg in self.targets.of(key) {
                    let ei = self.targets.entry(tg);
                    let entry = &self.lex.entries[ei];
                    let mut end = e;
                    if entry.kind == MatchKind::Prefix {
                        end += t[e..]
                            .char_indices()
                            .find(|&(_, c)| !is_word_char(c))
                            .map(|(i, _)| i)
                            .unwrap_or(t.len() - e);
                    } else if t[e..].chars().next().is_some_and(is_word_char) {
                        continue;
                    }
                    let collapsed = self.targets.collapsed(tg);
                    if !collapsed
                        .iter()
                        .all(|&off| n.is_elongated(s + off as usize))
                    {
                        continue;
                    }
                    if entry.unless.as_ref().is_some_and(|u| u.is_match(t)) {
                        excepted.push((s, end, ei));
                        continue;
                    }
                    cands.push((s, end, ei));
                }
            }
            // Leftmost-longest: keep non-overlapping ranges, earliest first, longest at a start.
            // At one range, the most specific entries win: exact before prefix, then the
            // longest term (LIWC users expect this; the `liwc` Python package differs).
            let spec = |ei: usize| {
                let en = &self.lex.entries[ei];
                (en.kind != MatchKind::Prefix, en.key.len())
            };
            cands.sort_by(|a, b| {
                a.0.cmp(&b.0)
                    .then(b.1.cmp(&a.1))
                    .then(spec(b.2).cmp(&spec(a.2)))
                    .then(a.2.cmp(&b.2))
            });
            let mut last_end = 0usize;
            let mut chosen: Option<(usize, usize, (bool, usize))> = None;
            for &(s, e, ei) in &cands {
                let take = match chosen {
                    Some((cs, ce, best)) if cs == s && ce == e => spec(ei) == best,
                    _ => s >= last_end,
                };
                if !take {
                    continue;
                }
                if !matches!(chosen, Some((cs, ce, _)) if cs == s && ce == e) {
                    chosen = Some((s, e, spec(ei)));
                }
                last_end = last_end.max(e);
                let entry = &self.lex.entries[ei];
                if let Some(sp) = make_span(
                    n,
                    s,
                    e,
                    &entry.category,
                    entry.severity,
                    Source::Lexicon,
                    format!("lex:{}", entry.term),
                ) {
                    spans.push(sp);
                }
            }
            self.push_excepted_entries(n, &excepted, &mut spans);
        }
        if let Some(sets) = &self.set {
            let picked = if every_pattern {
                (0..self.lex.patterns.len()).collect()
            } else {
                sets.picked(t, || pattern_srcs(&self.lex))
            };
            for pi in picked {
                let p = &self.lex.patterns[pi];
                // The pattern's `unless` is asked only once the pattern has matched: most picked
                // patterns do not match, and their exceptions need not be searched.
                let mut frame = None;
                // The picker has checked the required literals already: no second check.
                for m in p.regex.get().find_iter(t) {
                    if m.start() == m.end() {
                        continue;
                    }
                    let frame = *frame.get_or_insert_with(|| {
                        match p.unless.as_ref().is_some_and(|u| u.is_match(t)) {
                            true => Frame::Excepted,
                            false => Frame::Direct,
                        }
                    });
                    if let Some(sp) = make_span(
                        n,
                        m.start(),
                        m.end(),
                        &p.category,
                        p.severity,
                        Source::Pattern,
                        p.id.clone(),
                    ) {
                        spans.push(Span { frame, ..sp });
                    }
                }
            }
        }
        spans.sort();
        spans.dedup();
        self.frames.apply(n, &mut spans);
        spans.sort();
        spans
    }

    /// Add an `excepted` span for each entry match that its `unless` excepted, once per range
    /// and category, unless a chosen span of that category covers the range already.
    fn push_excepted_entries(
        &self,
        n: &Normalised,
        excepted: &[(usize, usize, usize)],
        spans: &mut Vec<Span>,
    ) {
        let chosen = spans.len();
        for &(s, e, ei) in excepted {
            let entry = &self.lex.entries[ei];
            let Some(sp) = make_span(
                n,
                s,
                e,
                &entry.category,
                entry.severity,
                Source::Lexicon,
                format!("lex:{}", entry.term),
            ) else {
                continue;
            };
            let covered = spans[..chosen]
                .iter()
                .any(|c| c.category == sp.category && c.start <= sp.start && sp.end <= c.end)
                || spans[chosen..]
                    .iter()
                    .any(|c| c.category == sp.category && c.start == sp.start && c.end == sp.end);
            if !covered {
                spans.push(Span {
                    frame: Frame::Excepted,
                    ..sp
                });
            }
        }
    }

    /// The category ids hit in a text, one per span (for classifier lexicon features); spans
    /// an `unless` excepted are not hits.
    pub fn categories_hit(&self, text: &str) -> Vec<String> {
        categories_of(&self.match_text(text).0)
    }
}

/// The categories of `spans` that are not excepted: a text's lexicon hits for the classifier
/// ([`Matcher::categories_hit`] of the text whose spans these are).
pub fn categories_of(spans: &[Span]) -> Vec<String> {
    spans
        .iter()
        .filter(|s| s.frame != Frame::Excepted)
        .map(|s| s.category.clone())
        .collect()
}

fn make_span(
    n: &Normalised,
    s: usize,
    e: usize,
    category: &str,
    severity: u8,
    source: Source,
    rule_id: String,
) -> Option<Span> {
    // Trim normalised whitespace at the edges so spans hug the words.
    let t = n.text();
    let seg = &t[s..e];
    let s2 = s + (seg.len() - seg.trim_start().len());
    let e2 = e - (seg.len() - seg.trim_end().len());
    if s2 >= e2 {
        return None;
    }
    let r = n.original_chars(s2..e2)?;
    if r.start >= r.end {
        return None;
    }
    let text: String = n
        .original()
        .chars()
        .skip(r.start)
        .take(r.end - r.start)
        .collect();
    Some(Span {
        start: r.start,
        end: r.end,
        text,
        category: category.to_string(),
        severity,
        source,
        rule_id,
        frame: Default::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn core_matcher() -> Matcher {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons/core");
        Matcher::new(Lexicon::load(&dir).unwrap()).unwrap()
    }

    use crate::prepass::PrePass;

    fn dev_texts() -> Vec<String> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/dev/messages.csv");
        let mut r = csv::Reader::from_path(p).unwrap();
        let h = r.headers().unwrap().clone();
        let ti = h.iter().position(|c| c == "text").unwrap();
        r.records().map(|x| x.unwrap()[ti].to_string()).collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Dev messages with non-ASCII letters and emoji put next to words (where Unicode
        /// word boundaries differ from ASCII ones): the relaxed pattern pre-pass gives the
        /// same spans as running every pattern.
        #[test]
        fn relaxed_pattern_set_gives_the_same_spans(
            pick in 0usize..10_000,
            inserts in proptest::collection::vec((0usize..400, 0usize..6), 1..5)
        ) {
            thread_local! {
                static M: (Matcher, Vec<String>) = (core_matcher(), dev_texts());
            }
            M.with(|(m, texts)| {
                let mut t: Vec<char> = texts[pick % texts.len()].chars().collect();
                for (at, what) in &inserts {
                    let c = ['é', '😏', 'ü', 'ß', '…', 'ŵ'][*what];
                    let at = at % (t.len() + 1);
                    t.insert(at, c);
                }
                let t: String = t.into_iter().collect();
                let n = normalise(&t);
                proptest::prop_assert_eq!(
                    m.match_normalised_with(&n, true),
                    m.match_normalised_with(&n, false),
                    "{}", t
                );
                Ok(())
            })?;
        }
    }

    #[test]
    fn relaxed_pass_finds_patterns_in_non_ascii_dev_texts() {
        // Not vacuous: with emoji appended, dev messages still get their pattern spans.
        let m = core_matcher();
        let mut with_patterns = 0;
        for t in dev_texts() {
            // ASCII texts go through the same relaxed pre-pass.
            let plain = normalise(&t);
            assert_eq!(
                m.match_normalised(&plain),
                m.match_normalised_with(&plain, true),
                "{t}"
            );
            let n = normalise(&format!("{t} 😏"));
            let spans = m.match_normalised(&n);
            assert_eq!(spans, m.match_normalised_with(&n, true), "{t}");
            with_patterns += usize::from(spans.iter().any(|s| s.source == Source::Pattern));
        }
        assert!(with_patterns > 50, "{with_patterns}");
    }

    #[test]
    fn lazy_dfa_pre_pass_picks_what_a_regex_set_of_the_relaxed_patterns_picks() {
        // The pre-pass was a `regex::RegexSet` of the relaxed patterns until session 13; the
        // forward-only lazy DFA must pick the same patterns (dev texts, with emoji too).
        let m = core_matcher();
        let sets = PrePass::new(&pattern_srcs(&m.lex)).unwrap();
        let srcs: Vec<String> = m
            .lex
            .patterns
            .iter()
            .map(|p| crate::prepass::relaxed_pattern(p.regex.as_str()).unwrap())
            .collect();
        let old = regex::bytes::RegexSetBuilder::new(&srcs)
            .size_limit(64 << 20)
            .dfa_size_limit(256 << 20)
            .build()
            .unwrap();
        let mut picked_any = 0;
        for t in dev_texts() {
            for t in [t.clone(), format!("{t} 😏"), format!("é{t}ŵ")] {
                let n = normalise(&t);
                let want: Vec<usize> = old.matches(n.text().as_bytes()).iter().collect();
                assert_eq!(sets.picked(n.text()), Some(want.clone()), "{t}");
                picked_any += usize::from(!want.is_empty());
            }
        }
        assert!(picked_any > 100, "{picked_any}");
    }

    fn dev_cy_texts() -> Vec<String> {
        let p =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/dev-cy/messages.csv");
        let mut r = csv::Reader::from_path(p).unwrap();
        let h = r.headers().unwrap().clone();
        let ti = h.iter().position(|c| c == "text").unwrap();
        r.records().map(|x| x.unwrap()[ti].to_string()).collect()
    }

    /// The variant generator before issue 23, session 15 (a `String` and a `Vec` per variant).
    fn doubled_variants_reference(key: &str) -> Vec<(String, Vec<usize>)> {
        let chars: Vec<(usize, char)> = key.char_indices().collect();
        let doubles: Vec<usize> = (0..chars.len().saturating_sub(1))
            .filter(|&i| chars[i].1 == chars[i + 1].1 && chars[i].1.is_alphabetic())
            .filter(|&i| i == 0 || chars[i - 1].1 != chars[i].1)
            .take(3)
            .collect();
        let mut out = vec![(key.to_string(), vec![])];
        for mask in 1u32..(1 << doubles.len()) {
            let mut s = String::new();
            let mut collapsed = Vec::new();
            let mut skip = None;
            for (k, &(_, c)) in chars.iter().enumerate() {
                if skip == Some(k) {
                    continue;
                }
                if let Some(d) = doubles.iter().position(|&i| i == k) {
                    if mask & (1 << d) != 0 {
                        collapsed.push(s.len());
                        skip = Some(k + 1);
                    }
                }
                s.push(c);
            }
            out.push((s, collapsed));
        }
        out
    }

    /// The allocation-free variant generator gives exactly the old one's variants, in order,
    /// for every key, Welsh mutation and joined form of the built-in lexicons, and for runs.
    #[test]
    fn the_term_key_blob_is_what_the_default_lexicon_builds() {
        let lex = Lexicon::builtin(crate::defaults::DEFAULT_LEXICON).unwrap();
        let hash = blob::input_hash(&lex);
        let (trie, targets) = build_term_keys(&lex);
        let want = blob::encode(&hash, &trie, &targets);
        if std::env::var_os("C2CHAT_WRITE_TERM_KEYS").is_some() {
            let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/matcher/terms.bin");
            std::fs::write(p, &want).unwrap();
            return;
        }
        assert!(
            blob::BLOB == want.as_slice(),
            "src/matcher/terms.bin is not what the default lexicon builds (a lexicon edit or a \
             change to the term-key generator): start-up builds the keys instead of reading it. \
             Rewrite it with `C2CHAT_WRITE_TERM_KEYS=1 cargo test --release --lib the_term_key_blob`"
        );
        let (t2, g2) = blob::decode(blob::BLOB, &hash, lex.entries.len()).expect("blob read");
        assert_eq!(blob::encode(&hash, &t2, &g2), want);
        // Read in place, not copied into the heap (on a little-endian machine).
        if cfg!(target_endian = "little") {
            assert!(
                t2.is_borrowed() && g2.is_borrowed(),
                "the blob's arrays are copied"
            );
        }
        // Other inputs never read it: one entry's key changed, or a mutation dropped.
        let mut other = lex.clone();
        other.entries[0].key.push('x');
        assert!(blob::decode(blob::BLOB, &blob::input_hash(&other), lex.entries.len()).is_none());
        let mut other = lex.clone();
        let e = other
            .entries
            .iter_mut()
            .find(|e| !e.variants.is_empty())
            .unwrap();
        e.variants.pop();
        assert!(blob::decode(blob::BLOB, &blob::input_hash(&other), lex.entries.len()).is_none());
        // A damaged blob is refused, not read out of bounds.
        let leak = |b: Vec<u8>| -> &'static [u8] { Box::leak(b.into_boxed_slice()) };
        let mut bad = want.clone();
        bad.truncate(want.len() - 3);
        assert!(blob::decode(leak(bad), &hash, lex.entries.len()).is_none());
        assert!(
            blob::decode(leak(want.clone()), &hash, 1).is_none(),
            "targets past the entries"
        );
        // The padding after the trie's bytes is zeros.
        let (child, byte, ..) = trie.parts();
        if byte.len() % 4 != 0 {
            let mut bad = want.clone();
            bad[36 + 4 * (child.len() + 1) + 4 + byte.len()] = 1;
            assert!(
                blob::decode(leak(bad), &hash, lex.entries.len()).is_none(),
                "padding"
            );
        }
        let mut long = want.clone();
        long.push(0);
        assert!(
            blob::decode(leak(long), &hash, lex.entries.len()).is_none(),
            "trailing bytes"
        );
        // The collapsed offsets' length one short: the target starts then point past them.
        let mut bad = want.clone();
        let (child, byte, key, root, _) = trie.parts();
        let byte_len = byte.len().div_ceil(4) * 4;
        let at = 36 + 4 * (child.len() + 1) + 4 + byte_len + 4 * (key.len() + root.len() + 3);
        let [k, e, c, _] = targets.parts();
        let at = at + 4 * (k.len() + e.len() + c.len() + 3);
        let n = u32::from_le_bytes(bad[at..at + 4].try_into().unwrap());
        bad[at..at + 4].copy_from_slice(&(n - 1).to_le_bytes());
        assert!(
            blob::decode(leak(bad), &hash, lex.entries.len()).is_none(),
            "offsets past the end"
        );
    }

    /// Per key id, the `(entry, collapsed)` targets as the matcher built them before issue 23,
    /// session 20 (a `Vec` per key and per target).
    fn nested_targets_reference(lex: &Lexicon) -> Vec<Vec<(usize, Vec<u32>)>> {
        let mut trie = TermTrieBuilder::new();
        let mut targets: Vec<Vec<(usize, Vec<u32>)>> = Vec::new();
        for_each_term_variant(lex, |variant, ei, collapsed| {
            let id = trie.insert(variant);
            if id == targets.len() {
                targets.push(Vec::new());
            }
            let collapsed: Vec<u32> = collapsed.iter().map(|&o| o as u32).collect();
            if !targets[id].iter().any(|t| t.0 == ei && t.1 == collapsed) {
                targets[id].push((ei, collapsed));
            }
        });
        targets
    }

    fn nested(t: &KeyTargets) -> Vec<Vec<(usize, Vec<u32>)>> {
        (0..t.keys())
            .map(|k| {
                t.of(k)
                    .map(|i| (t.entry(i), t.collapsed(i).to_vec()))
                    .collect()
            })
            .collect()
    }

    /// The flat targets (read from the blob, or built) are, key by key and in order, what the
    /// per-key building gave: for the default lexicon and for a small one with doubled letters
    /// (collapsed offsets) and keys shared by several entries.
    #[test]
    fn flat_key_targets_are_what_per_key_building_gave() {
        let lex = Lexicon::builtin(crate::defaults::DEFAULT_LEXICON).unwrap();
        let want = nested_targets_reference(&lex);
        assert_eq!(nested(&build_term_keys(&lex).1), want);
        assert_eq!(nested(&term_keys(&lex).1), want);
        assert!(want.iter().flatten().any(|t| !t.1.is_empty()));

        let d = tempfile::tempdir().unwrap();
        let mut lex = tiny_lexicon(d.path());
        let template = lex.entries[1].clone();
        for (key, kind) in [
            ("feel", MatchKind::Word),
            ("fel", MatchKind::Word),
            ("add me", MatchKind::Phrase),
            ("keep it all", MatchKind::Phrase),
            ("kep", MatchKind::Prefix),
            ("ll", MatchKind::Word),
        ] {
            let mut e = template.clone();
            e.key = key.to_string();
            e.term = key.to_string();
            e.kind = kind;
            lex.entries.push(e);
        }
        let want = nested_targets_reference(&lex);
        let (trie, got) = term_keys(&lex);
        assert_eq!(got.keys(), trie.parts().4);
        assert_eq!(nested(&got), want);
        let collapsed = want.iter().flatten().filter(|t| !t.1.is_empty()).count();
        assert!(collapsed >= 6, "{collapsed}");
        assert!(want.iter().any(|ts| ts.len() > 1), "a key of two entries");
    }

    #[test]
    fn doubled_variants_are_what_the_old_generator_gave() {
        let lex = Lexicon::builtin(crate::defaults::DEFAULT_LEXICON).unwrap();
        let not_joined = not_joined_words();
        let mut keys: Vec<String> = vec![
            "baaaad".into(),
            "ll ll".into(),
            "aabbccdd".into(),
            "ŵŵ".into(),
            "11".into(),
        ];
        for e in &lex.entries {
            for k in std::iter::once(&e.key).chain(&e.variants) {
                keys.push(k.clone());
                keys.extend(joined_variants(k, &not_joined));
            }
        }
        let mut with_doubles = 0;
        for k in &keys {
            let want = doubled_variants_reference(k);
            with_doubles += usize::from(want.len() > 1);
            assert_eq!(doubled_variants(k), want, "{k}");
        }
        assert!(with_doubles > 100, "{with_doubles}");
    }

    /// The trie walk (issue 23, session 14) reports, in the same order, the term matches the
    /// matcher used to take from an overlapping Aho-Corasick search of the same keys.
    #[test]
    fn trie_walk_finds_what_an_overlapping_aho_corasick_search_found() {
        let lex = Lexicon::builtin(crate::defaults::DEFAULT_LEXICON).unwrap();
        let keys = term_key_list(&lex);
        let (trie, targets) = term_keys(&lex);
        assert_eq!(keys.len(), targets.keys());
        assert!(keys.len() > 10_000, "{}", keys.len());
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(&keys)
            .unwrap();
        let mut texts = dev_texts();
        texts.extend(dev_cy_texts());
        let extra: Vec<String> = texts
            .iter()
            .take(300)
            .flat_map(|t| {
                [
                    format!("#{}", t.replace(' ', "")),
                    format!("{t} 😀{t}"),
                    t.replace('a', "aaa").replace('e', "ee"),
                ]
            })
            .collect();
        texts.extend(extra);
        let mut found = 0usize;
        for text in &texts {
            let n = normalise(text);
            let t = n.text();
            let want: Vec<(usize, usize, usize)> = ac
                .find_overlapping_iter(t)
                .filter(|m| !t[..m.start()].chars().next_back().is_some_and(is_word_char))
                .map(|m| (m.end(), m.start(), m.pattern().as_usize()))
                .collect();
            found += want.len();
            assert_eq!(raw_term_matches(&trie, t), want, "{text:?}");
        }
        assert!(found > 300, "{found}");
    }

    pub(crate) fn tiny_lexicon(dir: &std::path::Path) -> Lexicon {
        std::fs::write(
            dir.join("lexicon.toml"),
            r#"name = "t"
version = "0.1"
[[categories]]
id = "coercive.image_request"
definition = "d"
[[categories]]
id = "sexualised.names"
definition = "d"
[[categories]]
id = "protective"
definition = "d"
"#,
        )
        .unwrap();
        let mut f = std::fs::File::create(dir.join("e.tsv")).unwrap();
        writeln!(f, "term\tcategory\tseverity\tmatch\tnote\tunless").unwrap();
        writeln!(
            f,
            "send a pic\tcoercive.image_request\t2\tphrase\t\t\\bhomework\\b"
        )
        .unwrap();
        writeln!(f, "slag*\tsexualised.names\t2\tprefix\t").unwrap();
        writeln!(f, "good girl\tsexualised.names\t1\tphrase\t").unwrap();
        writeln!(f, "report it\tprotective\t1\tphrase\t").unwrap();
        std::fs::write(
            dir.join("patterns.toml"),
            "[[pattern]]\nid = \"p.block\"\ncategory = \"protective\"\nseverity = 1\nregex = '''\\bblock (him|her)\\b'''\n",
        )
        .unwrap();
        Lexicon::load(dir).unwrap()
    }

    /// The categories of the spans that are not excepted by an `unless`.
    fn cats(m: &Matcher, t: &str) -> Vec<String> {
        m.match_text(t)
            .0
            .into_iter()
            .filter(|s| s.frame != Frame::Excepted)
            .map(|s| s.category)
            .collect()
    }

    #[test]
    fn matches_obfuscated_terms_with_true_offsets() {
        let d = tempfile::tempdir().unwrap();
        let m = Matcher::new(tiny_lexicon(d.path())).unwrap();
        let text = "ok S3ND a p1c plzzz";
        let (spans, _) = m.match_text(text);
        assert_eq!(spans.len(), 1);
        let sp = &spans[0];
        let sub: String = text
            .chars()
            .skip(sp.start)
            .take(sp.end - sp.start)
            .collect();
        assert_eq!(sub, sp.text);
        assert_eq!(sp.text, "S3ND a p1c");
    }

    #[test]
    fn word_boundaries_prefix_and_unless() {
        let d = tempfile::tempdir().unwrap();
        let m = Matcher::new(tiny_lexicon(d.path())).unwrap();
        assert_eq!(cats(&m, "ur a slagggg"), vec!["sexualised.names"]);
        assert_eq!(cats(&m, "slags"), vec!["sexualised.names"]);
        assert!(cats(&m, "unslag").is_empty());
        assert!(cats(&m, "send a pic of the homework").is_empty());
        assert_eq!(cats(&m, "just block him"), vec!["protective"]);
        // What an `unless` excepts stays in the output, framed `excepted` (so the classifier
        // does not label it either), and is not a hit for the classifier's lexicon features.
        let (spans, _) = m.match_text("send a pic of the homework");
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].frame, Frame::Excepted);
        assert_eq!(spans[0].text, "send a pic");
        assert!(m.categories_hit("send a pic of the homework").is_empty());
    }

    #[test]
    fn a_pattern_unless_frames_only_the_pattern_matches() {
        let d = tempfile::tempdir().unwrap();
        tiny_lexicon(d.path());
        std::fs::write(
            d.path().join("patterns.toml"),
            "[[pattern]]\nid = \"p.keep\"\ncategory = \"coercive.image_request\"\nseverity = 2\n\
             regex = '''\\bkeep (it|this) (secret|quiet)\\b'''\nunless = '''\\bsurprise\\b'''\n",
        )
        .unwrap();
        let m = Matcher::new(Lexicon::load(d.path()).unwrap()).unwrap();
        let frames = |t: &str| -> Vec<(String, Frame)> {
            let spans = m.match_text(t).0;
            spans.into_iter().map(|s| (s.text, s.frame)).collect()
        };
        assert_eq!(
            frames("keep it secret ok"),
            [("keep it secret".to_string(), Frame::Direct)]
        );
        assert_eq!(
            frames("keep it quiet, its a surprise party"),
            [("keep it quiet".to_string(), Frame::Excepted)]
        );
        // Picked (its literals are all there) but not matching: no span, excepted or not.
        assert!(frames("it is a surprise, keep the secret quiet").is_empty());
    }

    #[test]
    fn joined_variants_are_whole_runs_of_letters_and_never_ordinary_words() {
        let nj: HashSet<String, FxBuild> = ["fitting".to_string()].into_iter().collect();
        assert_eq!(
            joined_variants("send a pic", &nj),
            ["senda pic", "send apic", "sendapic"]
        );
        assert!(joined_variants("fit ting", &nj).is_empty());
        // Only the runs that are joined are checked: `fitting` is fine unjoined.
        assert_eq!(joined_variants("so fitting", &nj), ["sofitting"]);
        assert_eq!(joined_variants("fit ting now", &nj), ["fit tingnow"]);
        assert!(!joined_variants("so fit ting", &nj).contains(&"sofitting".to_string()));
        // Apostrophes and emoji are never joined; one-word keys have no joined form.
        assert!(joined_variants("don't tell", &nj).is_empty());
        assert!(joined_variants("sket", &nj).is_empty());
        // Long phrases are only joined whole.
        assert_eq!(joined_variants("a b c d e", &nj), ["abcde"]);
        assert_eq!(joined_variants("a b c d", &nj).len(), 7);
        // The data file parses: words, no comments.
        let words = not_joined_words();
        assert!(words.contains("fitting") && words.iter().all(|w| !w.contains('#')));
    }

    #[test]
    fn joined_phrases_match_whole_tokens_and_hashtags() {
        // Regression (issue 17): `sendapic` and `#sendapic` were not matched.
        let d = tempfile::tempdir().unwrap();
        let m = Matcher::new(tiny_lexicon(d.path())).unwrap();
        assert_eq!(cats(&m, "sendapic"), vec!["coercive.image_request"]);
        assert_eq!(cats(&m, "goodgirl"), vec!["sexualised.names"]);
        assert_eq!(cats(&m, "sendapic of the homework"), Vec::<String>::new());
        assert!(cats(&m, "resendapic").is_empty() && cats(&m, "sendapics").is_empty());
        let text = "ok #SendA p1c!";
        let (spans, _) = m.match_text(text);
        assert_eq!(spans.len(), 1);
        assert_eq!((spans[0].start, spans[0].end), (4, 13));
        assert_eq!(spans[0].text, "SendA p1c");
        assert_eq!(spans[0].rule_id, "lex:send a pic");
    }

    #[test]
    fn once_doubled_elongation_matches_but_plain_single_does_not() {
        let d = tempfile::tempdir().unwrap();
        let m = Matcher::new(tiny_lexicon(d.path())).unwrap();
        assert_eq!(cats(&m, "gooood girl"), vec!["sexualised.names"]);
        assert_eq!(cats(&m, "good girl"), vec!["sexualised.names"]);
        assert!(cats(&m, "god girl").is_empty());
    }
}
