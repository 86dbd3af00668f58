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
        let clauses = bounded(src)?
            .into_iter()
            .map(|c| {
                c.into_iter()
                    .map(|set| set.into_iter().map(|(l, _)| l).collect())
                    .collect()
            })
            .collect();
        Some(Required { clauses })
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

/// A literal of a bounded clause and its word bounds: [`STARTS_WORD`], [`ENDS_WORD`].
pub type BoundedLiteral = (String, u8);

/// Every match holds this literal where no ASCII word character (`[0-9A-Za-z_]`) comes just
/// before it: it follows a `\b` (and starts with a word character), a word-start assertion,
/// the start of the text or a line, or a character that is never a word character (`\s+`).
pub const STARTS_WORD: u8 = 1;

/// Every match holds this literal where no ASCII word character comes just after it (as
/// [`STARTS_WORD`], at its end).
pub const ENDS_WORD: u8 = 2;

/// The clauses of `src` as [`Required::of`] gives them, each literal with its word bounds: a
/// text must hold a literal of each set of some clause, and hold it with no ASCII word
/// character on a bounded side (`\bher\b` needs `her` as a word, not inside `there`; issue
/// 23, session 31). `None` as for [`Required::of`].
pub fn bounded(src: &str) -> Option<Vec<Vec<Vec<BoundedLiteral>>>> {
    let hir = regex_syntax::Parser::new().parse(src).ok()?;
    clauses(&hir)
}

fn clauses(h: &Hir) -> Option<Vec<Vec<Vec<BoundedLiteral>>>> {
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
            let mut sets: Vec<(Set, Vec<u8>)> = Vec::new();
            for i in 0..subs.len() {
                let best = cheaper(
                    needed(&subs[i]),
                    extract(ExtractKind::Prefix, tail(subs, i)).map(Found::starting),
                );
                let suffix = extract(ExtractKind::Suffix, head(subs, i)).map(Found::ending);
                if let Some(f) = cheaper(best, suffix) {
                    let bounds = f.bounds(subs, i);
                    match sets.iter_mut().find(|(s, _)| *s == f.set) {
                        // The same literals found again from another part: keep the stronger
                        // bounds when one condition implies the other (each is necessary).
                        Some((_, old)) => {
                            if old.iter().zip(&bounds).all(|(o, n)| o & n == *o) {
                                *old = bounds;
                            }
                        }
                        None => sets.push((f.set, bounds)),
                    }
                }
            }
            sets.sort_by(|a, b| cost(&a.0).total_cmp(&cost(&b.0)));
            sets.truncate(MAX_SETS);
            let sets: Vec<Vec<BoundedLiteral>> = sets
                .into_iter()
                .map(|(set, bounds)| set.into_iter().zip(bounds).collect())
                .collect();
            (!sets.is_empty()).then(|| vec![sets])
        }
        _ => needed(h).map(|f| vec![vec![f.set.into_iter().map(|l| (l, 0)).collect()]]),
    }
}

/// A literal set every match of a part contains, and whether each match of the part starts
/// (`starts`) or ends (`ends`) with one of them.
struct Found {
    set: Set,
    starts: bool,
    ends: bool,
}

impl Found {
    fn starting(set: Set) -> Found {
        Found {
            set,
            starts: true,
            ends: false,
        }
    }

    fn ending(set: Set) -> Found {
        Found {
            set,
            starts: false,
            ends: true,
        }
    }

    /// The word bounds of the set's literals, in order, the set found for `subs[i]` (see
    /// [`STARTS_WORD`]).
    fn bounds(&self, subs: &[Hir], i: usize) -> Vec<u8> {
        let at = &subs[i];
        // Whether nothing that is a word character comes just before (`before`) or after a
        // literal with `c` at that edge: an assertion where the literal's part starts, or the
        // neighbouring part (`next`).
        let apart = |c: char, before: bool, next: Option<&Hir>| {
            looks_apart(at, c, before)
                || next.is_some_and(|h| edge_unworded(h, before) || looks_apart(h, c, before))
        };
        self.set
            .iter()
            .map(|l| {
                let (first, last) = (l.chars().next(), l.chars().last());
                let mut b = 0;
                if self.starts
                    && first.is_some_and(|c| apart(c, true, i.checked_sub(1).map(|j| &subs[j])))
                {
                    b |= STARTS_WORD;
                }
                if self.ends && last.is_some_and(|c| apart(c, false, subs.get(i + 1))) {
                    b |= ENDS_WORD;
                }
                b
            })
            .collect()
    }
}

/// Whether the assertion `h`, just before (`before`) or after a literal whose character at
/// that edge is `c`, means that no word character comes next to the literal there.
fn looks_apart(h: &Hir, c: char, before: bool) -> bool {
    use regex_syntax::hir::Look;
    let HirKind::Look(l) = h.kind() else {
        return false;
    };
    match l {
        Look::WordUnicode | Look::WordAscii => is_ascii_word(c),
        Look::WordStartUnicode
        | Look::WordStartAscii
        | Look::WordStartHalfUnicode
        | Look::WordStartHalfAscii
        | Look::Start
        | Look::StartLF
        | Look::StartCRLF => before,
        Look::WordEndUnicode
        | Look::WordEndAscii
        | Look::WordEndHalfUnicode
        | Look::WordEndHalfAscii
        | Look::End
        | Look::EndLF
        | Look::EndCRLF => !before,
        _ => false,
    }
}

fn is_ascii_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Whether every match of `h` has, at its end (`at_end`) or its start, a character that is
/// not a word character (a literal, a class of such characters, a repetition of at least one,
/// a capture or an alternation of them).
fn edge_unworded(h: &Hir, at_end: bool) -> bool {
    let edge = |l: &str| match at_end {
        true => l.chars().last(),
        false => l.chars().next(),
    };
    let unworded = |c: char| {
        c.is_ascii() && !is_ascii_word(c)
            || matches!(regex_syntax::try_is_word_character(c), Ok(false))
    };
    match h.kind() {
        HirKind::Literal(l) => std::str::from_utf8(&l.0)
            .ok()
            .and_then(edge)
            .is_some_and(unworded),
        HirKind::Class(Class::Unicode(c)) => {
            class_size(c) <= 256 && c.iter().flat_map(|r| r.start()..=r.end()).all(unworded)
        }
        HirKind::Class(Class::Bytes(c)) => c
            .iter()
            .all(|r| r.end() < 0x80 && (r.start()..=r.end()).all(|b| unworded(char::from(b)))),
        HirKind::Capture(c) => edge_unworded(&c.sub, at_end),
        HirKind::Repetition(r) => r.min >= 1 && edge_unworded(&r.sub, at_end),
        HirKind::Alternation(alts) => alts.iter().all(|a| edge_unworded(a, at_end)),
        _ => false,
    }
}

/// How many characters a class holds.
fn class_size(c: &regex_syntax::hir::ClassUnicode) -> u32 {
    c.ranges()
        .iter()
        .map(|r| u32::from(r.end()) - u32::from(r.start()) + 1)
        .sum()
}

/// One set of literals every match of `h` contains, if there is one.
fn needed(h: &Hir) -> Option<Found> {
    let whole = |set| Found {
        set,
        starts: true,
        ends: true,
    };
    match h.kind() {
        HirKind::Literal(l) => usable(vec![l.0.to_vec()]).map(whole),
        HirKind::Class(Class::Unicode(c)) => (class_size(c) <= 4).then(|| {
            whole(
                c.iter()
                    .flat_map(|r| r.start()..=r.end())
                    .map(String::from)
                    .collect(),
            )
        }),
        HirKind::Capture(c) => needed(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => needed(&r.sub),
        HirKind::Alternation(alts) => {
            let (mut set, mut starts, mut ends) = (Vec::new(), true, true);
            for a in alts {
                let f = needed(a)?;
                set.extend(f.set);
                starts &= f.starts;
                ends &= f.ends;
            }
            set.sort();
            set.dedup();
            Some(Found { set, starts, ends })
        }
        HirKind::Concat(subs) => (0..subs.len())
            .map(|i| {
                let f = cheaper(
                    needed(&subs[i]),
                    extract(ExtractKind::Prefix, tail(subs, i)).map(Found::starting),
                );
                // Only the first part's literals start the whole, and only the last's end it.
                f.map(|f| Found {
                    starts: f.starts && i == 0,
                    ends: f.ends && i + 1 == subs.len(),
                    ..f
                })
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
fn cheaper(a: Option<Found>, b: Option<Found>) -> Option<Found> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if cost(&b.set) < cost(&a.set) { b } else { a }),
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

    /// Whether `t` holds, for each set of some clause, one of its literals within its bounds.
    fn holds_bounded(clauses: &[Vec<Vec<BoundedLiteral>>], t: &str) -> bool {
        let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
        let found = |(l, b): &BoundedLiteral| {
            (0..t.len()).any(|i| {
                t.is_char_boundary(i)
                    && t[i..].starts_with(l.as_str())
                    && (b & STARTS_WORD == 0 || !word(t[..i].chars().last()))
                    && (b & ENDS_WORD == 0 || !word(t[i + l.len()..].chars().next()))
            })
        };
        clauses
            .iter()
            .any(|c| c.iter().all(|set| set.iter().any(found)))
    }

    #[test]
    fn literals_after_a_boundary_or_a_space_are_bounded() {
        let lit = |l: &str, b: u8| (l.to_string(), b);
        let both = STARTS_WORD | ENDS_WORD;
        assert_eq!(
            bounded(r"\bher\b"),
            Some(vec![vec![vec![lit("her", both)]]])
        );
        // `\s+` on either side bounds too; a boundary next to a non-word character does not.
        let b = bounded(r"\b(send|sent)\s+(nudes|pics)\b").unwrap();
        assert_eq!(b[0].len(), 2);
        assert!(b[0].iter().flatten().all(|(_, b)| *b == both), "{b:?}");
        assert_eq!(bounded(r"\b/10"), Some(vec![vec![vec![lit("/10", 0)]]]));
        assert_eq!(bounded(r"x\b"), Some(vec![vec![vec![lit("x", ENDS_WORD)]]]));
        assert_eq!(
            bounded(r"(?m)^ab"),
            Some(vec![vec![vec![lit("ab", STARTS_WORD)]]])
        );
        // A prefix run across parts starts where its first part does.
        assert_eq!(
            bounded(r"\b(xa|ab)c"),
            Some(vec![vec![vec![
                lit("abc", STARTS_WORD),
                lit("xac", STARTS_WORD)
            ]]])
        );
        assert_eq!(bounded(r"send"), Some(vec![vec![vec![lit("send", 0)]]]));
        // The same literals as `Required::of`, bounds aside.
        let src = r"\bsend\s+(me\s+)?(a\s+)?(pic|photo)s?\b";
        let strings: Vec<Vec<Vec<String>>> = bounded(src)
            .unwrap()
            .into_iter()
            .map(|c| {
                c.into_iter()
                    .map(|s| s.into_iter().map(|(l, _)| l).collect())
                    .collect()
            })
            .collect();
        assert_eq!(strings, Required::of(src).unwrap().into_clauses());
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
            if let Some(b) = bounded(&re) {
                proptest::prop_assert!(!rx.is_match(&t) || holds_bounded(&b, &t), "{} on {:?}: {:?}", re, t, b);
            }
        }
    }
}
