//! Required literals: strings a regex's every match contains (issue 23, session 21).
//!
//! From a regex's syntax, [`Required::of`] derives a few *clauses*, each a list of literal
//! sets, such that every match of the regex contains a literal of each set of one clause
//! (`\bsend\s+(me\s+)?(a\s+)?(pic|photo)` needs one of {`send`} and one of {`pic`, `photo`};
//! an alternation needs one of its branches' clauses). Each set is a necessary condition on
//! its own, so their conjunction is too: a text without the literals of any clause cannot
//! match, and the regex need not be compiled or run on it. Sets come from the regex-syntax
//! literal extractor (the prefixes of a concatenation's tail, the suffixes of its head) and
//! from required sub-expressions (a literal, a small class, a repetition of at least one);
//! of a concatenation's parts the rarest few are kept (by English letter frequencies).
//!
//! Invariant: every text a regex matches holds a literal of each set of one of its clauses.

use regex_syntax::hir::literal::{ExtractKind, Extractor, Seq};
use regex_syntax::hir::{Class, Hir, HirKind};

/// At most this many literal sets are required together (the rarest ones).
const MAX_SETS: usize = 3;

/// A set of strings one of which every match contains.
type Set = Vec<String>;

/// The required literals of a regex: see the module documentation.
#[derive(Debug, Clone, PartialEq)]
pub struct Required {
    clauses: Vec<Vec<Set>>,
}

impl Required {
    /// The required literals of `src` (the regex crate's syntax), or `None` when some branch
    /// has no usable literal or `src` does not parse: the regex may match any text.
    pub fn of(src: &str) -> Option<Required> {
        let hir = regex_syntax::Parser::new().parse(src).ok()?;
        clauses(&hir).map(|clauses| Required { clauses })
    }

    /// Whether `t` holds a literal of each set of some clause (else the regex cannot match it).
    pub fn may_match(&self, t: &str) -> bool {
        self.clauses.iter().any(|c| {
            c.iter()
                .all(|set| set.iter().any(|l| t.contains(l.as_str())))
        })
    }

    /// The clauses: each a list of literal sets.
    pub fn into_clauses(self) -> Vec<Vec<Vec<String>>> {
        self.clauses
    }

    /// Required literals from clauses that [`Required::into_clauses`] gave (a generated table).
    pub fn from_clauses(clauses: Vec<Vec<Vec<String>>>) -> Required {
        Required { clauses }
    }
}

fn clauses(h: &Hir) -> Option<Vec<Vec<Set>>> {
    match h.kind() {
        HirKind::Capture(c) => clauses(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => clauses(&r.sub),
        HirKind::Alternation(alts) => {
            let mut out = Vec::new();
            for a in alts {
                out.extend(clauses(a)?);
            }
            Some(out)
        }
        HirKind::Concat(subs) => {
            let mut sets: Vec<Set> = Vec::new();
            for i in 0..subs.len() {
                let best = cheaper(
                    needed(&subs[i]),
                    extract(ExtractKind::Prefix, tail(subs, i)),
                );
                if let Some(s) = cheaper(best, extract(ExtractKind::Suffix, head(subs, i))) {
                    if !sets.contains(&s) {
                        sets.push(s);
                    }
                }
            }
            sets.sort_by(|a, b| cost(a).total_cmp(&cost(b)));
            sets.truncate(MAX_SETS);
            (!sets.is_empty()).then(|| vec![sets])
        }
        _ => needed(h).map(|s| vec![vec![s]]),
    }
}

/// One set of literals every match of `h` contains, if there is one.
fn needed(h: &Hir) -> Option<Set> {
    match h.kind() {
        HirKind::Literal(l) => usable(vec![l.0.to_vec()]),
        HirKind::Class(Class::Unicode(c)) => {
            let n: u32 = c
                .ranges()
                .iter()
                .map(|r| u32::from(r.end()) - u32::from(r.start()) + 1)
                .sum();
            (n <= 4).then(|| {
                c.iter()
                    .flat_map(|r| r.start()..=r.end())
                    .map(String::from)
                    .collect()
            })
        }
        HirKind::Capture(c) => needed(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => needed(&r.sub),
        HirKind::Alternation(alts) => {
            let mut out = Vec::new();
            for a in alts {
                out.extend(needed(a)?);
            }
            out.sort();
            out.dedup();
            Some(out)
        }
        HirKind::Concat(subs) => (0..subs.len())
            .map(|i| {
                cheaper(
                    needed(&subs[i]),
                    extract(ExtractKind::Prefix, tail(subs, i)),
                )
            })
            .fold(None, cheaper),
        _ => None,
    }
}

/// At most this many parts of a concatenation are given to the extractor together: a literal
/// rarely runs across more, and every match of the whole holds a match of any run of its parts.
const RUN: usize = 4;

/// The run of parts of `subs` that starts at `i`.
fn tail(subs: &[Hir], i: usize) -> &[Hir] {
    &subs[i..subs.len().min(i + RUN)]
}

/// The run of parts of `subs` that ends at `i`.
fn head(subs: &[Hir], i: usize) -> &[Hir] {
    &subs[(i + 1).saturating_sub(RUN)..=i]
}

/// The literals every match of `subs` starts with (`Prefix`) or ends with (`Suffix`), from the
/// regex-syntax extractor, if they are finite and none is empty.
fn extract(kind: ExtractKind, subs: &[Hir]) -> Option<Set> {
    let mut ex = Extractor::new();
    ex.kind(kind);
    let seq: Seq = ex.extract(&Hir::concat(subs.to_vec()));
    usable(
        seq.literals()?
            .iter()
            .map(|l| l.as_bytes().to_vec())
            .collect(),
    )
}

/// `lits` as strings: each cut to its longest UTF-8 prefix (a prefix of a required literal is
/// required too); `None` if there are none or one is empty.
fn usable(lits: Vec<Vec<u8>>) -> Option<Set> {
    let mut out: Set = Vec::with_capacity(lits.len());
    for l in lits {
        let end = match std::str::from_utf8(&l) {
            Ok(_) => l.len(),
            Err(e) => e.valid_up_to(),
        };
        if end == 0 {
            return None;
        }
        out.push(String::from_utf8_lossy(&l[..end]).into_owned());
    }
    out.sort();
    out.dedup();
    (!out.is_empty()).then_some(out)
}

/// How often a text holds one of `set`, roughly: English letter frequencies, multiplied along
/// each literal and summed over the set (shorter and commoner literals cost more).
fn cost(set: &Set) -> f64 {
    fn byte(b: u8) -> f64 {
        match b {
            b' ' => 0.18,
            b'e' => 0.10,
            b't' | b'a' | b'o' => 0.075,
            b'i' | b'n' | b's' | b'h' | b'r' => 0.06,
            b'l' | b'd' | b'u' | b'y' => 0.035,
            b'm' | b'w' | b'c' | b'g' | b'f' | b'p' | b'b' => 0.02,
            b'a'..=b'z' => 0.008,
            b'0'..=b'9' => 0.005,
            0x80.. => 0.01,
            _ => 0.02,
        }
    }
    set.iter()
        .map(|l| l.bytes().map(byte).product::<f64>())
        .sum()
}

/// The cheaper of two sets (the first on a tie or if the second is missing).
fn cheaper(a: Option<Set>, b: Option<Set>) -> Option<Set> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if cost(&b) < cost(&a) { b } else { a }),
        (a, None) => a,
        (None, b) => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_literals_of_parts_branches_and_repetitions() {
        let r = Required::of(r"\bsend\s+(me\s+)?(a\s+)?(pic|photo)s?\b").unwrap();
        assert!(r.may_match("can u send me a pic"));
        assert!(r.may_match("pic, send"), "order is not checked: a superset");
        assert!(!r.may_match("send it now"));
        assert!(!r.may_match("nice photo"));
        let r = Required::of(r"(ab)+c|\bde").unwrap();
        assert!(r.may_match("xde") && r.may_match("abc") && !r.may_match("ab c"));
        assert!(Required::of(r"\w+").is_none());
        assert!(Required::of(r"foo|[a-z]{3}").is_none());
        assert!(Required::of(r"(unclosed").is_none());
        assert!(Required::of(r"x?").is_none());
        let r = Required::of(r"rŵan (ti|chdi)").unwrap();
        assert!(r.may_match("rŵan chdi") && !r.may_match("rwan chdi"));
    }

    #[test]
    fn literals_cut_inside_a_character_keep_their_whole_characters() {
        assert_eq!(
            usable(vec!["aé".as_bytes()[..2].to_vec()]),
            Some(vec!["a".to_string()])
        );
        assert_eq!(usable(vec![vec![0xC3]]), None);
        assert_eq!(usable(vec![b"ab".to_vec(), vec![]]), None);
        assert_eq!(
            usable(vec![b"b".to_vec(), b"a".to_vec(), b"b".to_vec()]),
            Some(vec!["a".to_string(), "b".to_string()])
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Small regexes over a few letters and random texts over the same letters: a regex that
        /// matches a text always has its required literals in it.
        #[test]
        fn a_matching_text_has_the_required_literals(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    r"\b", "ab", "ba", "c", r"a\s*b", "(a|bc)", "[ab]", "a{1,3}", "b?", r"\w",
                    r"\s+", r"\.", "(ab)+", "(c|)", "x.{0,2}c", "|",
                ]),
                1..6,
            ),
            t in "[abc .x]{0,16}",
        ) {
            let re = parts.concat();
            let rx = regex::Regex::new(&re).unwrap();
            if let Some(req) = Required::of(&re) {
                proptest::prop_assert!(!rx.is_match(&t) || req.may_match(&t), "{} on {:?}: {:?}", re, t, req);
            }
        }
    }
}
