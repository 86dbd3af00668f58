//! The literal gate that picks the lexicon's patterns a text may match (issue 23, sessions 21,
//! 29 and 30).
//!
//! From each pattern's syntax the gate derives *required literals*, a few sets of strings such
//! that every match of the pattern contains a string of each set
//! (`\bsend\s+(me\s+)?(a\s+)?(pic|photo)` needs one of {`send`} and one of {`pic`, `photo`}); an
//! alternation needs one of its branches' requirements. A text can then match a pattern only if
//! it contains the literals of one of the pattern's clauses, which one walk of a byte trie of
//! every literal from each position finds. Each literal set is a necessary condition on its
//! own, so their conjunction is too, and the gate picks a superset of the patterns that match;
//! the caller runs each picked pattern exactly. A pattern with no usable literal is always
//! picked. A literal that a word boundary, the start or end of a line, or a space sets apart
//! in every match carries *word bounds* ([`crate::prepass::bounded`]), and counts only where
//! no ASCII letter, digit or `_` touches it on that side: `\bher\b` is not picked for
//! `there` (issue 23, session 31).
//!
//! The gate picks about ten times more patterns than a relaxed lazy DFA over every pattern
//! ([`crate::prepass::PrePass`]), each then compiled and run, so [`Picker`] hands over to the
//! pre-pass after the first [`GATE_TEXTS`] texts (the thread that reaches the count builds
//! it; the others go on with the gate meanwhile). The pre-pass pays only while its lazy DFA's
//! states settle: on the bundled benchmark corpus (41 distinct texts) they stay at 5 MiB and
//! the pre-pass is about 15% faster over 1M messages; on texts as varied as real chat every
//! text asks for new states (the relaxed `.*`s combine), the DFA grew by about 100 KB a text
//! up to its 256 MiB cache per thread, took 80% of the time, and 200k messages took 125 s
//! against 8 s with the gate alone (issue 23, session 29). So the picker retires the pre-pass
//! for good, and goes back to the gate, as soon as one thread's DFA holds more than
//! [`PREPASS_STATES_MAX`]. Reaching the bound still costs building the pre-pass and 16 MiB of
//! states per thread, about 7% of a 200k-message run on varied text, so the gate counts the
//! distinct texts among its first [`GATE_TEXTS`] and the pre-pass is not built at all when
//! more than [`PREPASS_DISTINCT_MAX`] of them differ (session 30). Either picker picks every
//! pattern that can match, so which one served a text changes no result.
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
use crate::prepass::PrePass;
const STARTS_WORD: u32 = crate::prepass::STARTS_WORD as u32;
const ENDS_WORD: u32 = crate::prepass::ENDS_WORD as u32;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// How many texts the gate serves before the pre-pass is built: a few seconds of work at most,
/// and what building the pre-pass costs is about what the gate's extra regex runs cost over
/// this many texts (issue 23, session 21).
pub(super) const GATE_TEXTS: usize = 10_000;

/// The most lazy-DFA state memory one thread's pre-pass may hold before the picker retires it
/// (three times what the benchmark corpus settles at; see the module documentation).
pub(super) const PREPASS_STATES_MAX: usize = 16 << 20;

/// The most distinct texts among the gate's [`GATE_TEXTS`] for which the pre-pass is still
/// built: a tenth. Its states settle only when texts repeat (41 distinct texts in 10,000 on the
/// benchmark corpus); chat in which most texts differ would only grow them to the bound
/// (issue 23, session 30).
pub(super) const PREPASS_DISTINCT_MAX: usize = GATE_TEXTS / 10;

/// Names the literal derivation and the file layout: change it when either changes.
const FORMAT: &str = "c2chat pattern gate v3";

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
    /// Per pattern, its clauses (none: always picked), each a list of sets of literals, each
    /// literal its index shifted left by two with its word bounds in the low bits
    /// ([`crate::prepass::STARTS_WORD`], [`crate::prepass::ENDS_WORD`]).
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
                let clauses = crate::prepass::bounded(s)?;
                Some(
                    clauses
                        .into_iter()
                        .map(|c| {
                            c.into_iter()
                                .map(|set| {
                                    set.into_iter()
                                        .map(|(l, b)| id(l) << 2 | u32::from(b))
                                        .collect()
                                })
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
    /// Per literal, its sets: `sets[set_at[l]..set_at[l + 1]]`, each set's id shifted left by
    /// two with the literal's word bounds in that set in the low bits.
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
                        let bounds = l & 3;
                        by_lit
                            .get_mut((l >> 2) as usize)?
                            .push((clause.len() as u32) << 2 | bounds);
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
    ///
    /// Each literal found is looked at once for each way it sits among words (whether an ASCII
    /// word character comes just before it, and just after), and each of its sets whose word
    /// bounds that allows is counted once for its clause, in this thread's [`Scratch`]; a clause
    /// whose count reaches what it needs picks its pattern. (Collecting every found literal's
    /// sets and sorting them was a third of the gate's time on varied text, where common
    /// literals such as `u` or `send` belong to many sets; issue 23, session 30. Without word
    /// bounds the gate picked `\bher\b` for `there`; session 31.)
    pub(super) fn picked(&self, t: &str) -> Vec<usize> {
        let b = t.as_bytes();
        let mut out = self.always.clone();
        let word = |i: usize| {
            b.get(i)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
        };
        SCRATCH.with_borrow_mut(|sc| {
            let epoch = sc.begin(
                self.need.len(),
                self.clause.len(),
                4 * (self.set_at.len() - 1),
            );
            for s in 0..b.len() {
                let starts = s == 0 || !word(s - 1);
                self.trie.find_at(b, s, |e, l| {
                    let here =
                        (u32::from(starts) * STARTS_WORD) | (u32::from(!word(e)) * ENDS_WORD);
                    if std::mem::replace(&mut sc.literal[4 * l + here as usize], epoch) == epoch {
                        return;
                    }
                    for &packed in &self.sets[self.set_at[l] as usize..self.set_at[l + 1] as usize]
                    {
                        let set = packed >> 2;
                        if packed & 3 & !here != 0
                            || std::mem::replace(&mut sc.set[set as usize], epoch) == epoch
                        {
                            continue;
                        }
                        let c = self.clause[set as usize] as usize;
                        let (at, n) = &mut sc.clause[c];
                        *n = if std::mem::replace(at, epoch) == epoch {
                            *n + 1
                        } else {
                            1
                        };
                        if *n == self.need[c] {
                            out.push(self.pattern[c] as usize);
                        }
                    }
                });
            }
        });
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// A thread's marks for [`Gate::picked`]: per literal (four marks each, one for each way it
/// can sit among words) and per set, the call (epoch) that last saw it; per clause, that call and how many of its sets it saw. Shared by every gate the
/// thread uses (the arrays grow to the largest), so nothing is cleared between calls.
#[derive(Default)]
struct Scratch {
    epoch: u32,
    literal: Vec<u32>,
    set: Vec<u32>,
    clause: Vec<(u32, u32)>,
}

impl Scratch {
    /// A new call's epoch, the arrays at least as long as asked.
    fn begin(&mut self, clauses: usize, sets: usize, literals: usize) -> u32 {
        if self.epoch == u32::MAX {
            // After 2^32 calls: start again with every mark cleared.
            *self = Scratch::default();
        }
        self.epoch += 1;
        if self.literal.len() < literals {
            self.literal.resize(literals, 0);
        }
        if self.set.len() < sets {
            self.set.resize(sets, 0);
        }
        if self.clause.len() < clauses {
            self.clause.resize(clauses, (0, 0));
        }
        self.epoch
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Which patterns may match a text: the gate for the first texts, then the pre-pass if those
/// texts repeated and while its states stay within bounds, then the gate again (see the module
/// documentation).
pub(super) struct Picker {
    gate: Gate,
    prepass: OnceLock<Option<PrePass>>,
    texts: AtomicUsize,
    /// Hashes of the distinct texts the gate has served before the hand-over.
    distinct: Mutex<HashSet<u64>>,
    bounds: Bounds,
    retired: AtomicBool,
}

/// When the picker hands over to the pre-pass, and when it takes it back.
#[derive(Clone, Copy, Debug)]
pub(super) struct Bounds {
    /// How many texts the gate serves first.
    pub gate_texts: usize,
    /// The pre-pass is built only if at most this many of those texts were distinct.
    pub max_distinct: usize,
    /// The pre-pass is retired once one thread's lazy DFA holds more bytes than this.
    pub max_states: usize,
}

impl Bounds {
    /// The built-in bounds ([`GATE_TEXTS`], [`PREPASS_DISTINCT_MAX`], [`PREPASS_STATES_MAX`]).
    pub(super) const DEFAULT: Bounds = Bounds {
        gate_texts: GATE_TEXTS,
        max_distinct: PREPASS_DISTINCT_MAX,
        max_states: PREPASS_STATES_MAX,
    };
}

impl Picker {
    /// The picker of `srcs` (regexes in the regex crate's syntax) within `bounds`.
    pub(super) fn new(srcs: &[&str], bounds: Bounds) -> Picker {
        Picker {
            gate: Gate::new(srcs),
            prepass: OnceLock::new(),
            texts: AtomicUsize::new(0),
            distinct: Mutex::new(HashSet::new()),
            bounds,
            retired: AtomicBool::new(false),
        }
    }

    /// The indices of the patterns that may match `t` (ascending). `srcs` gives the pattern
    /// sources the pre-pass is built from when it is due.
    pub(super) fn picked<'a>(&self, t: &str, srcs: impl FnOnce() -> Vec<&'a str>) -> Vec<usize> {
        if let Some(pre) = self.prepass.get() {
            // A pre-pass that was not built (texts that did not repeat, or an NFA over its
            // size limit) leaves the gate on: the same results, more regex runs.
            if let Some(pre) = pre
                .as_ref()
                .filter(|_| !self.retired.load(Ordering::Relaxed))
            {
                match pre.picked_within(t, self.bounds.max_states) {
                    Some(p) => return p,
                    None => self.retired.store(true, Ordering::Relaxed),
                }
            }
            return self.gate.picked(t);
        }
        let k = self.texts.fetch_add(1, Ordering::Relaxed);
        if k == self.bounds.gate_texts {
            self.prepass.get_or_init(|| {
                let seen = std::mem::take(&mut *self.distinct.lock().expect("distinct texts"));
                (seen.len() <= self.bounds.max_distinct)
                    .then(|| PrePass::new(&srcs()).ok())
                    .flatten()
            });
            return self.picked(t, Vec::new);
        }
        if k < self.bounds.gate_texts {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            t.hash(&mut h);
            self.distinct
                .lock()
                .expect("distinct texts")
                .insert(h.finish());
        }
        self.gate.picked(t)
    }

    /// Whether the pre-pass has taken over and not been retired (for tests).
    #[cfg(test)]
    pub(super) fn on_prepass(&self) -> bool {
        self.prepass.get().is_some_and(Option::is_some) && !self.retired.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests;
