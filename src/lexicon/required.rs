//! The required literals of the built-in lexicons' regexes, generated ahead of time
//! (issue 23, session 22).
//!
//! An uncompiled [`super::lazy::LazyRegex`] skips the texts without its required literals
//! ([`Required`]). Deriving them parses the regex with its Unicode classes, about a fifth of
//! start-up on a small file. For the built-in lexicons' cues and exceptions they are read from
//! `required.txt` instead, which a unit test writes and checks
//! (`C2CHAT_WRITE_REQUIRED_LITERALS=1 cargo test --release --lib the_required_literals_file`).
//! The file is keyed by a hash of each source and numbers each literal once, so that start-up
//! reads only the lines of the regexes it uses. A regex that is not in the file (a lexicon read from a directory, an edited built-in)
//! derives its own: the file only saves time.
//!
//! Invariant: an entry of the file is what [`Required::of`] gives for its source, so reading
//! it or deriving it skips the same texts.

use super::present::{self, Literals, Present};
use crate::prepass::Required;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The file's first line; names the derivation and the layout: change it when either changes.
const FORMAT: &str = "c2chat required literals v1";

/// The file (see [`render`]).
const FILE: &str = include_str!("required.txt");

/// A regex source's key in the file: 128 bits of its SHA-256, in hex.
fn key(src: &str) -> String {
    hex::encode(&Sha256::digest(src.as_bytes())[..16])
}

/// The file for `srcs`, in their order of keys: after the format line, one line per literal
/// (`L` and the literal as a JSON string), then one per regex (`R`, its key, a tab, and its
/// clauses as JSON lists of literal numbers, or `null` when it may match any text).
#[cfg(test)]
fn render<'a>(srcs: impl IntoIterator<Item = &'a str>) -> String {
    use std::fmt::Write as _;
    type Clauses = Option<Vec<Vec<Vec<String>>>>;
    let mut regexes: Vec<(String, Clauses)> = srcs
        .into_iter()
        .map(|s| (key(s), Required::of(s).map(Required::into_clauses)))
        .collect();
    regexes.sort();
    regexes.dedup();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut out = format!("{FORMAT}\n");
    let mut lines = String::new();
    for (k, clauses) in regexes {
        let mut number = |l: String| -> usize {
            let n = index.len();
            *index.entry(l).or_insert_with_key(|l| {
                let _ = writeln!(out, "L{}", serde_json::to_string(l).expect("a string"));
                n
            })
        };
        let numbered: Option<Vec<Vec<Vec<usize>>>> = clauses.map(|cs| {
            cs.into_iter()
                .map(|c| {
                    c.into_iter()
                        .map(|set| set.into_iter().map(&mut number).collect())
                        .collect()
                })
                .collect()
        });
        let c = serde_json::to_string(&numbered).expect("numbers");
        let _ = writeln!(lines, "R{k}\t{c}");
    }
    out + &lines
}

/// The file's lines, unparsed: the literals in order, and each regex's clauses by key.
struct Table {
    literals: Vec<&'static str>,
    regexes: HashMap<&'static str, &'static str>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table {
            literals: Vec::new(),
            regexes: HashMap::new(),
        };
        let mut lines = FILE.lines();
        if lines.next() != Some(FORMAT) {
            return t;
        }
        for line in lines {
            if let Some(l) = line.strip_prefix('L') {
                t.literals.push(l);
            } else if let Some((k, c)) = line.strip_prefix('R').and_then(|r| r.split_once('\t')) {
                t.regexes.insert(k, c);
            }
        }
        t
    })
}

impl Table {
    /// The clauses the file gives for `src`, if it holds `src` and the line is well formed.
    fn get(&self, src: &str) -> Option<Option<Required>> {
        let line = self.regexes.get(key(src).as_str())?;
        let numbered: Option<Vec<Vec<Vec<usize>>>> = serde_json::from_str(line).ok()?;
        let Some(numbered) = numbered else {
            return Some(None);
        };
        let literal =
            |n: usize| -> Option<String> { serde_json::from_str(self.literals.get(n)?).ok() };
        let clauses = numbered
            .into_iter()
            .map(|c| {
                c.into_iter()
                    .map(|set| set.into_iter().map(literal).collect::<Option<Vec<_>>>())
                    .collect::<Option<Vec<_>>>()
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Some(Required::from_clauses(clauses)))
    }
}

/// The required literals of `src`: from the generated file when it holds `src`, else derived.
pub(super) fn of(src: &str) -> Option<Required> {
    table().get(src).unwrap_or_else(|| Required::of(src))
}

/// The clauses of a regex in the file, by literal number: like [`Required`]'s, with each set
/// of literals as the words of its bits in [`Present`] (word index, mask), so that a set of
/// hundreds of literals, numbered together in the file, is checked a word at a time.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Numbered(Vec<Vec<Vec<(u32, u64)>>>);

impl Numbered {
    fn new(clauses: Vec<Vec<Vec<u32>>>) -> Numbered {
        let words = |set: Vec<u32>| {
            let mut out: Vec<(u32, u64)> = Vec::new();
            for n in set {
                let (w, bit) = (n / 64, 1u64 << (n % 64));
                match out.iter_mut().find(|x| x.0 == w) {
                    Some(x) => x.1 |= bit,
                    None => out.push((w, bit)),
                }
            }
            out
        };
        Numbered(
            clauses
                .into_iter()
                .map(|c| c.into_iter().map(words).collect())
                .collect(),
        )
    }

    /// [`Required::may_match`] of the text whose literals are `present`.
    pub(super) fn may_match(&self, present: &Present) -> bool {
        self.0.iter().any(|c| {
            c.iter()
                .all(|set| set.iter().any(|&(w, mask)| present.word(w) & mask != 0))
        })
    }
}

/// The clauses the file gives for `src` by literal number; `None` when the file does not hold
/// `src` or gives no clauses (the regex may match any text).
pub(super) fn numbered(src: &str) -> Option<Numbered> {
    let line = table().regexes.get(key(src).as_str())?;
    let numbered: Option<Vec<Vec<Vec<u32>>>> = serde_json::from_str(line).ok()?;
    let numbered = numbered?;
    let n = table().literals.len();
    let fits = numbered
        .iter()
        .flatten()
        .flatten()
        .all(|&i| (i as usize) < n);
    fits.then(|| Numbered::new(numbered))
}

/// The automaton of the file's literals once some regex has checked [`WARM_TEXTS`] texts (so
/// that a small file does not build it), else `None`. `checked`: how many texts the asking
/// regex has checked.
pub(super) fn scanner(checked: usize) -> Option<&'static Literals> {
    present::shared(checked >= WARM_TEXTS, || {
        let t = table();
        t.literals
            .iter()
            .map(|l| serde_json::from_str(l).ok())
            .collect()
    })
}

/// How many texts one regex checks by its own literals before the shared automaton is built.
const WARM_TEXTS: usize = 256;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_corpora::texts_of;

    /// The sources of every built-in lexicon's cues and exceptions: the regexes that skip texts
    /// by their required literals (patterns are picked by the matcher's gate instead).
    fn builtin_sources() -> Vec<String> {
        let mut out = Vec::new();
        for name in crate::defaults::builtin_lexicon_names() {
            let lex = super::super::Lexicon::builtin(name).unwrap();
            let unless = lex.entries.iter().filter_map(|e| e.unless.as_ref());
            let punless = lex.patterns.iter().filter_map(|p| p.unless.as_ref());
            out.extend(unless.chain(punless).map(|u| u.as_str().to_string()));
            out.extend(lex.rules.regexes().iter().map(|(_, re)| re.to_string()));
            let cues = lex.frames.cues.iter().flat_map(|c| c.regexes());
            out.extend(cues.map(|(_, re)| re.to_string()));
        }
        out.retain(|s| !s.is_empty());
        out
    }

    #[test]
    fn the_required_literals_file_is_what_the_builtin_lexicons_give() {
        let srcs = builtin_sources();
        assert!(srcs.len() > 100, "{}", srcs.len());
        let text = render(srcs.iter().map(String::as_str));
        if std::env::var_os("C2CHAT_WRITE_REQUIRED_LITERALS").is_some() {
            let p =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon/required.txt");
            std::fs::write(p, &text).unwrap();
            return;
        }
        assert!(
            FILE == text,
            "src/lexicon/required.txt is not what the built-in lexicons' cues and exceptions \
             give (a lexicon edit, or a change to the derivation): start-up derives them instead \
             of reading them. Rewrite it with \
             `C2CHAT_WRITE_REQUIRED_LITERALS=1 cargo test --release --lib the_required_literals_file`"
        );
        for src in &srcs {
            assert_eq!(table().get(src), Some(Required::of(src)), "{src}");
        }
    }

    /// Asked through the table's shared automaton, every built-in cue and exception skips the
    /// same corpus texts (dev and dev-cy, normalised, as written and with non-ASCII beside them) as it does by
    /// its own literals; and a regex that skips a text does not match it.
    #[test]
    fn the_shared_automaton_skips_what_each_regex_would() {
        let lits = scanner(usize::MAX).expect("the table's automaton");
        let srcs = builtin_sources();
        let gates: Vec<(Numbered, Required, regex::Regex)> = srcs
            .iter()
            .filter_map(|s| Some((numbered(s)?, of(s)?, regex::Regex::new(s).unwrap())))
            .collect();
        assert!(gates.len() > 500, "{}", gates.len());
        let mut texts = texts_of("corpora/dev/messages.csv");
        texts.extend(texts_of("corpora/dev-cy/messages.csv"));
        use rayon::prelude::*;
        let variants: Vec<String> = texts
            .iter()
            .flat_map(|t| [t.clone(), format!("é{t} 😏")])
            .collect();
        let (skipped, checked) = variants
            .par_iter()
            .map(|t| {
                let n = crate::normalise::normalise(t);
                let t = n.text();
                let mut skipped = 0usize;
                for (num, req, re) in &gates {
                    let may = lits.with(t, |p| num.may_match(p));
                    assert_eq!(may, req.may_match(t), "{re} on {t:?}");
                    assert!(may || !re.is_match(t), "{re} skips {t:?}, which it matches");
                    skipped += usize::from(!may);
                }
                (skipped, gates.len())
            })
            .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        assert!(skipped > checked / 2, "{skipped} of {checked}");
    }

    #[test]
    fn a_regex_not_in_the_file_derives_its_own() {
        let src = r"\bnot-in-the-table-(?:send|pic)\b";
        assert!(table().get(src).is_none() && numbered(src).is_none());
        assert_eq!(of(src), Required::of(src));
        assert!(of(src)
            .is_some_and(|r| !r.may_match("send pic") && r.may_match("not-in-the-table-pic")));
    }
}
