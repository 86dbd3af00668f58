//! The literal gate that picks the lexicon's patterns a text may match (issue 23, sessions 21
//! and 29).
//!
//! From each pattern's syntax the gate derives *required literals*, a few sets of strings such
//! that every match of the pattern contains a string of each set
//! (`\bsend\s+(me\s+)?(a\s+)?(pic|photo)` needs one of {`send`} and one of {`pic`, `photo`}); an
//! alternation needs one of its branches' requirements. A text can then match a pattern only if
//! it contains the literals of one of the pattern's clauses, which one walk of a byte trie of
//! every literal from each position finds. Each literal set is a necessary condition on its
//! own, so their conjunction is too, and the gate picks a superset of the patterns that match;
//! the caller runs each picked pattern exactly. A pattern with no usable literal is always
//! picked.
//!
//! Until session 29 the gate served the first 10,000 texts only, and then handed over to one
//! relaxed lazy DFA over every pattern ([`crate::prepass::PrePass`]), which picks about ten
//! times fewer patterns. On the bundled benchmark corpus (41 distinct texts) the two were
//! equally fast; on texts that vary as real chat does, the pre-pass's lazy DFA kept building
//! new states (its relaxed `.*`s combine), took 80% of the time and grew to 256 MiB per
//! thread, and a run was fifteen times slower than with the gate alone. The gate needs no
//! automaton states, so its cost does not grow with the variety of the texts.
//!
//! For the built-in default lexicon the literals are read from `gate.json`, generated ahead of
//! time and used only when its SHA-256 of the pattern sources (and a format tag) equals that
//! of the lexicon given; otherwise they are derived at start. The test
//! `matcher::gate::tests::the_gate_file_is_what_the_default_lexicon_builds` fails when the
//! file is stale, and `C2CHAT_WRITE_PATTERN_GATE=1 cargo test --release --lib the_gate_file`
//! rewrites it.
//!
//! Invariant: for every text, every pattern that matches it is among those picked.

use super::trie::{TermTrie, TermTrieBuilder};
use crate::prepass::Required;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Names the literal derivation and the file layout: change it when either changes.
const FORMAT: &str = "c2chat pattern gate v2";

/// The file for the built-in default lexicon (see the module documentation).
const FILE: &str = include_str!("gate.json");

/// The gate's literals, as written to `gate.json`.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct GateFile {
    format: String,
    /// SHA-256 (hex) of the format tag and every pattern source ([`input_hash`]).
    hash: String,
    /// Every literal once.
    literals: Vec<String>,
    /// Per pattern, its clauses (none: always picked), each a list of sets of literal indices.
    patterns: Vec<Option<Vec<Vec<Vec<u32>>>>>,
}

/// A hash of the format tag and `srcs`.
fn input_hash(srcs: &[&str]) -> String {
    let mut h = Sha256::new();
    for s in std::iter::once(FORMAT).chain(srcs.iter().copied()) {
        h.update((s.len() as u64).to_le_bytes());
        h.update(s.as_bytes());
    }
    hex::encode(h.finalize())
}

impl GateFile {
    /// The literals of `srcs`, derived from their syntax.
    fn derive(srcs: &[&str]) -> GateFile {
        let mut index: std::collections::HashMap<String, u32> = Default::default();
        let mut literals = Vec::new();
        let mut id = |l: String| -> u32 {
            *index.entry(l).or_insert_with_key(|l| {
                literals.push(l.clone());
                literals.len() as u32 - 1
            })
        };
        let patterns = srcs
            .iter()
            .map(|s| {
                let clauses = Required::of(s)?.into_clauses();
                Some(
                    clauses
                        .into_iter()
                        .map(|c| {
                            c.into_iter()
                                .map(|set| set.into_iter().map(&mut id).collect())
                                .collect()
                        })
                        .collect(),
                )
            })
            .collect();
        GateFile {
            format: FORMAT.to_string(),
            hash: input_hash(srcs),
            literals,
            patterns,
        }
    }

    /// The generated file if it was made from `srcs`.
    fn generated(srcs: &[&str]) -> Option<GateFile> {
        let f: GateFile = serde_json::from_str(FILE).ok()?;
        (f.format == FORMAT && f.patterns.len() == srcs.len() && f.hash == input_hash(srcs))
            .then_some(f)
    }
}

/// The gate over a list of patterns: see the module documentation.
pub(super) struct Gate {
    /// Every literal, its id its index in [`GateFile::literals`].
    trie: TermTrie,
    /// Per literal, its sets: `sets[set_at[l]..set_at[l + 1]]`.
    set_at: Vec<u32>,
    sets: Vec<u32>,
    /// Per set, its clause; a clause's sets have consecutive ids.
    clause: Vec<u32>,
    /// Per clause, how many sets it needs and its pattern.
    need: Vec<u32>,
    pattern: Vec<u32>,
    /// The patterns without a clause (always picked).
    always: Vec<usize>,
}

impl Gate {
    /// The gate of `srcs`: from the generated file if it was made from them, else derived.
    pub(super) fn new(srcs: &[&str]) -> Gate {
        GateFile::generated(srcs)
            .and_then(|f| Gate::from_file(&f))
            .unwrap_or_else(|| Gate::from_file(&GateFile::derive(srcs)).expect("a derived gate"))
    }

    /// The gate of a file (`None` if it is inconsistent).
    fn from_file(f: &GateFile) -> Option<Gate> {
        let mut trie = TermTrieBuilder::new();
        for (i, l) in f.literals.iter().enumerate() {
            (trie.insert(l) == i && !l.is_empty()).then_some(())?;
        }
        let mut by_lit: Vec<Vec<u32>> = vec![Vec::new(); f.literals.len()];
        let (mut clause, mut need, mut pattern, mut always) = (vec![], vec![], vec![], vec![]);
        for (p, cs) in f.patterns.iter().enumerate() {
            let Some(cs) = cs else {
                always.push(p);
                continue;
            };
            for c in cs {
                (!c.is_empty()).then_some(())?;
                for set in c {
                    for &l in set {
                        by_lit.get_mut(l as usize)?.push(clause.len() as u32);
                    }
                    clause.push(need.len() as u32);
                }
                need.push(c.len() as u32);
                pattern.push(p as u32);
            }
        }
        let mut set_at = vec![0u32];
        let mut sets = Vec::new();
        for mut s in by_lit {
            s.dedup();
            sets.extend(s);
            set_at.push(sets.len() as u32);
        }
        Some(Gate {
            trie: trie.build(),
            set_at,
            sets,
            clause,
            need,
            pattern,
            always,
        })
    }

    /// The indices of the patterns that may match `t` (ascending).
    pub(super) fn picked(&self, t: &str) -> Vec<usize> {
        let b = t.as_bytes();
        let mut hit: Vec<u32> = Vec::new();
        for s in 0..b.len() {
            self.trie.find_at(b, s, |_, l| {
                hit.extend_from_slice(
                    &self.sets[self.set_at[l] as usize..self.set_at[l + 1] as usize],
                );
            });
        }
        hit.sort_unstable();
        hit.dedup();
        let mut out = self.always.clone();
        let mut i = 0;
        while i < hit.len() {
            let c = self.clause[hit[i] as usize];
            let run = hit[i..]
                .iter()
                .take_while(|&&s| self.clause[s as usize] == c)
                .count();
            if run as u32 == self.need[c as usize] {
                out.push(self.pattern[c as usize] as usize);
            }
            i += run;
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests;
