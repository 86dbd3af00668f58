//! A relaxed pre-pass over many regexes: one scan of a text says which of them may match it.
//!
//! Used by the matcher (the lexicon's patterns, while the lazy DFA's states stay within a
//! bound: see [`PrePass::picked_within`] and `matcher::gate`) and by the PII detector (its
//! fixed detector patterns), so that each text runs only the regexes that can match instead
//! of every one.
//! Depends on nothing else in the crate.
//!
//! The regex crate's lazy DFA gives up on Unicode word boundaries (`\b`) as soon as a text
//! has a non-ASCII byte, and a `RegexSet` then falls back to the PikeVM, which took most of
//! the matching time on chat with emoji. The relaxed set is the same regexes with every
//! word-boundary assertion removed: removing a zero-width assertion can only add matches, so
//! it picks a superset of the regexes that match, and it stays on the DFA. The set also runs
//! on bytes: classes become byte classes that take any run of non-ASCII bytes where they had
//! non-ASCII members, and wide bounded repetitions become unbounded (supersets again; see
//! [`relax`]). Each picked regex is then run exactly by the caller, so results are the same
//! as running every regex. One relaxed set serves ASCII and non-ASCII texts alike (issue 23).
//!
//! The set is one forward Thompson NFA (no capture states) under a lazy DFA asked which
//! regexes match: what `RegexSet::matches` does, without the reverse NFA, the capture
//! states, the meta engine's other strategies and a second parse of every regex, which were
//! half of the set's start-up cost (issue 23, session 13). The lazy DFA never gives up here
//! (no word boundaries, no cache-clear limit); if it ever failed, [`PrePass::picked`] says
//! so and the caller runs every regex (the same results).
//!
//! Invariant: for every text, every regex that matches it (anywhere, from any start) is
//! among those picked.

use regex_syntax::hir::{Class, ClassBytes, ClassBytesRange, ClassUnicode, Hir, HirKind};

mod literals;
pub use literals::{bounded, BoundedLiteral, Required, ENDS_WORD, STARTS_WORD};

/// The relaxed pre-pass over a list of regexes.
pub struct PrePass {
    dfa: std::sync::Arc<regex_automata::hybrid::dfa::DFA>,
    caches: regex_automata::util::pool::Pool<regex_automata::hybrid::dfa::Cache, CacheFn>,
    len: usize,
}

type CacheFn = Box<dyn Fn() -> regex_automata::hybrid::dfa::Cache + Send + Sync>;

impl PrePass {
    /// The pre-pass of `srcs` (regexes in the regex crate's syntax; an error names the one
    /// that does not parse).
    pub fn new(srcs: &[&str]) -> crate::Result<PrePass> {
        use regex_automata::{hybrid::dfa::DFA, nfa::thompson};
        let relaxed = srcs
            .iter()
            .map(|s| relaxed_hir(s))
            .collect::<crate::Result<Vec<_>>>()?;
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .which_captures(thompson::WhichCaptures::None)
                    .utf8(false)
                    .nfa_size_limit(Some(64 << 20)),
            )
            .build_many_from_hir(&relaxed)
            .map_err(|e| crate::err!("building the pattern set: {e}"))?;
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    .match_kind(regex_automata::MatchKind::All)
                    .cache_capacity(256 << 20),
            )
            .build_from_nfa(nfa)
            .map_err(|e| crate::err!("building the pattern set: {e}"))?;
        let dfa = std::sync::Arc::new(dfa);
        let for_cache = std::sync::Arc::clone(&dfa);
        let create: CacheFn = Box::new(move || for_cache.create_cache());
        Ok(PrePass {
            dfa,
            caches: regex_automata::util::pool::Pool::new(create),
            len: srcs.len(),
        })
    }

    /// The indices of the regexes that may match `t` (ascending), or `None` if the lazy DFA
    /// failed (then every regex must be run).
    pub fn picked(&self, t: &str) -> Option<Vec<usize>> {
        self.picked_within(t, usize::MAX)
    }

    /// As [`PrePass::picked`], and `None` too when this thread's lazy DFA holds more than
    /// `max_bytes` of states after the search: a sign that the texts keep asking for new
    /// states, which then cost more than the pre-pass saves (see `matcher::gate`).
    pub fn picked_within(&self, t: &str, max_bytes: usize) -> Option<Vec<usize>> {
        let mut set = regex_automata::PatternSet::new(self.len);
        let mut cache = self.caches.get();
        self.dfa
            .try_which_overlapping_matches(&mut cache, &regex_automata::Input::new(t), &mut set)
            .ok()?;
        (cache.memory_usage() <= max_bytes).then(|| set.iter().map(|p| p.as_usize()).collect())
    }

    /// How many regexes the pre-pass was built from.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it was built from no regex at all.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A bounded repetition whose range (`max - min`) is wider than this is relaxed to an
/// unbounded one (`.{0,40}` to `.*`, `\s{1,5}` to `\s+`).
const OPEN_REPETITION_ABOVE: u32 = 3;

/// `hir` relaxed to a byte-oriented superset of itself: every word-boundary assertion
/// becomes the empty expression, every wide bounded repetition an unbounded one, captures
/// their bare contents, and every class a byte class (see [`byte_class`]).
fn relax(hir: &Hir) -> Hir {
    use regex_syntax::hir::{Look, Repetition};
    match hir.kind() {
        HirKind::Look(l) => match l {
            Look::Start
            | Look::End
            | Look::StartLF
            | Look::EndLF
            | Look::StartCRLF
            | Look::EndCRLF => hir.clone(),
            // Every kind of word boundary (ASCII or Unicode, plain, negated, start, end, half).
            _ => Hir::empty(),
        },
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            min: r.min,
            max: r
                .max
                .filter(|&max| max.saturating_sub(r.min) <= OPEN_REPETITION_ABOVE),
            greedy: r.greedy,
            sub: Box::new(relax(&r.sub)),
        }),
        HirKind::Capture(c) => relax(&c.sub),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(relax).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(relax).collect()),
        HirKind::Class(Class::Unicode(c)) => byte_class(c),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => hir.clone(),
    }
}

/// A byte-oriented superset of `class`: its ASCII members as one byte class, and, if it has
/// non-ASCII members, also any run of non-ASCII bytes (`[\x80-\xFF]+`, which covers the
/// UTF-8 of every non-ASCII character). A Unicode class such as `\w` compiles to hundreds of
/// UTF-8 states per occurrence, and even "every non-ASCII character" to a handful; a byte
/// class is one transition. Normalised text is lower-cased ASCII but for emoji and other
/// scripts, so the pre-pass picks hardly more (issue 23, sessions 14 and 20).
fn byte_class(class: &ClassUnicode) -> Hir {
    use regex_syntax::hir::Repetition;
    let ascii = ClassBytes::new(class.ranges().iter().filter_map(|r| {
        let end = u32::from(r.end()).min(0x7f);
        (u32::from(r.start()) <= end).then(|| ClassBytesRange::new(r.start() as u8, end as u8))
    }));
    if class.ranges().last().is_none_or(|r| r.end() <= '\x7f') {
        return Hir::class(Class::Bytes(ascii));
    }
    let high = Hir::repetition(Repetition {
        min: 1,
        max: None,
        greedy: true,
        sub: Box::new(Hir::class(Class::Bytes(ClassBytes::new([
            ClassBytesRange::new(0x80, 0xff),
        ])))),
    });
    if ascii.ranges().is_empty() {
        return high;
    }
    Hir::alternation(vec![Hir::class(Class::Bytes(ascii)), high])
}

/// The relaxed form of one regex.
fn relaxed_hir(src: &str) -> crate::Result<Hir> {
    let hir = regex_syntax::Parser::new()
        .parse(src)
        .map_err(|e| crate::err!("relaxing pattern {src:?}: {e}"))?;
    Ok(relax(&hir))
}

/// The relaxed form of one regex, as a pattern for `regex::bytes` (for tests).
#[cfg(test)]
pub(crate) fn relaxed_pattern(src: &str) -> crate::Result<String> {
    Ok(relaxed_hir(src)?.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relaxed_patterns_drop_only_word_boundaries() {
        let re = |p: &str| regex::bytes::Regex::new(&relaxed_pattern(p).unwrap()).unwrap();
        let send = re(r"\bsend\b");
        assert!(send.is_match(b"resends") && !send.is_match(b"snd"));
        let r = relaxed_pattern(r"(?m)^\b(?:a|b)\B+x$").unwrap();
        assert!(!r.contains(r"\b") && !r.contains(r"\B"), "{r}");
        assert!(regex::bytes::Regex::new(&r).unwrap().is_match(b"a\nbx"));
        // Classes keep their ASCII members and take any run of non-ASCII bytes where they
        // had non-ASCII members (a superset).
        let w = re(r"^\w\s[a-z]$");
        assert!(w.is_match(b"a b") && w.is_match("😏😏a".as_bytes()));
        assert!(w.is_match("é\u{a0}z".as_bytes()));
        assert!(!w.is_match(b"- b") && !w.is_match(b"aab") && !w.is_match("a é".as_bytes()));
        // Wide bounded repetitions are opened; narrow ones are kept.
        let gap = re(r"^a.{0,5}b$");
        assert!(gap.is_match(b"a0123456789b") && gap.is_match("a😏b".as_bytes()));
        assert!(!gap.is_match(b"a\nb"));
        let two = re(r"^a{2,3}$");
        assert!(two.is_match(b"aaa") && !two.is_match(b"aaaa") && !two.is_match(b"a"));
        // Case-insensitive letters keep their non-ASCII case partners (the Kelvin sign).
        let k = re(r"(?i)^k$");
        assert!(k.is_match(b"K") && k.is_match("\u{212a}".as_bytes()) && !k.is_match(b"x"));
    }

    #[test]
    fn picks_every_regex_that_matches_and_says_when_none_can() {
        let srcs = [r"\bsend\b", r"(?i)\bpic(s)?\b", r"\d{3}-\d{4}", r"^hi$"];
        let p = PrePass::new(&srcs).unwrap();
        assert_eq!((p.len(), p.is_empty()), (4, false));
        let exact: Vec<regex::Regex> = srcs.iter().map(|s| regex::Regex::new(s).unwrap()).collect();
        for t in [
            "send pics 555-1234",
            "hi",
            "nothing here",
            "résumé send 😏",
            "PICS",
            "",
        ] {
            let picked = p.picked(t).unwrap();
            let matching: Vec<usize> = (0..srcs.len()).filter(|&i| exact[i].is_match(t)).collect();
            assert!(
                matching.iter().all(|i| picked.contains(i)),
                "{t}: {picked:?}"
            );
        }
        assert_eq!(p.picked("nothing here").unwrap(), Vec::<usize>::new());
        assert!(PrePass::new(&["(unclosed"]).is_err());
    }
}
