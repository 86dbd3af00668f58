//! Which of the generated table's required literals a text holds, found in one pass for every
//! regex that skips texts by them (issue 23, session 24).
//!
//! A built-in cue or exception ([`super::lazy::LazyRegex`]) skips a text without its required
//! literals ([`crate::prepass::Required`]). Checked regex by regex, that was one substring
//! search per literal, and a compiled regex scanned every text in full. The conversation
//! rules and frame cues ask a dozen regexes about the same text, so the literals of the whole
//! table (`required.txt`, numbered) are now looked for once per text: one Aho-Corasick pass for
//! the literals of two bytes or more, one pass over the bytes for the rest. A regex then asks
//! for its literals by number. The last texts' answers are kept per thread, by their content.
//!
//! The annotator reads each message in three passes (matching, the conversation walk, the
//! walk again after the classifier), and the per-thread answers do not last from one pass to
//! the next, so a message was scanned twice. A caller that reads one message in several passes
//! holds a [`MessageLiterals`] for it and runs each pass's work on the message inside
//! [`for_message`]: the first regex to ask about the message's text scans it, and every later
//! one, in that pass or another, on whichever thread, reads the answer kept there (issue 23,
//! session 29).
//!
//! Invariant: a literal's bit in [`Present`] is set exactly when the literal occurs in the text,
//! so a regex skips the same texts as [`crate::prepass::Required::may_match`].

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

/// One message's literals, found once for every pass over the message (see the module
/// documentation). A clone shares them.
#[derive(Clone, Default)]
pub struct MessageLiterals(Arc<Kept>);

#[derive(Default)]
struct Kept {
    /// The text the literals are of (set by the first [`for_message`]).
    text: OnceLock<Box<str>>,
    /// The literals, found when some regex first asks about the text.
    present: OnceLock<Present>,
}

thread_local! {
    /// The message this thread is reading, if its caller said so ([`for_message`]).
    static CURRENT: RefCell<Option<MessageLiterals>> = const { RefCell::new(None) };
}

/// Runs `f` with `text` as this thread's current message, whose literals `kept` holds: a regex
/// asking about `text` inside `f` uses the answer kept there, or finds and keeps it. `kept`
/// belongs to one text: given another later, it is not used (the answer is found as if without
/// it). Calls nest.
pub fn for_message<R>(text: &str, kept: &MessageLiterals, f: impl FnOnce() -> R) -> R {
    /// Puts back the caller's current message, also when `f` panics.
    struct Restore(Option<MessageLiterals>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let prev = self.0.take();
            CURRENT.with(|c| *c.borrow_mut() = prev);
        }
    }
    kept.0.text.get_or_init(|| text.into());
    let prev = CURRENT.with(|c| c.borrow_mut().replace(kept.clone()));
    let _restore = Restore(prev);
    f()
}

/// The table's literals as one automaton.
pub(super) struct Literals {
    /// Literals of two bytes or more.
    ac: AhoCorasick,
    /// Each of the automaton's patterns: its literal's number.
    numbers: Vec<u32>,
    /// One-byte literals: byte value, literal number.
    bytes: Vec<(u8, u32)>,
    /// Empty literals, which every text holds.
    empty: Vec<u32>,
    /// How many literals.
    len: usize,
}

/// The literals one text holds: a bit per literal number.
#[derive(Default, Clone)]
pub(super) struct Present {
    bits: Vec<u64>,
}

impl Present {
    /// Whether the text holds literal `n`.
    #[cfg(test)]
    pub(super) fn has(&self, n: u32) -> bool {
        self.bits
            .get(n as usize / 64)
            .is_some_and(|w| w >> (n % 64) & 1 == 1)
    }

    /// Bits `64 w .. 64 w + 64` (literal `64 w + i` is bit `i`).
    pub(super) fn word(&self, w: u32) -> u64 {
        self.bits.get(w as usize).copied().unwrap_or(0)
    }

    fn set(&mut self, n: u32) {
        self.bits[n as usize / 64] |= 1 << (n % 64);
    }
}

impl Literals {
    /// The automaton of `literals` (numbered by position); `None` if it cannot be built.
    pub(super) fn new(literals: &[String]) -> Option<Literals> {
        let mut long = Vec::new();
        let mut numbers = Vec::new();
        let mut bytes = Vec::new();
        let mut empty = Vec::new();
        for (n, l) in literals.iter().enumerate() {
            match l.as_bytes() {
                [b] => bytes.push((*b, n as u32)),
                [] => empty.push(n as u32),
                b => {
                    long.push(b);
                    numbers.push(n as u32);
                }
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(long)
            .ok()?;
        Some(Literals {
            ac,
            numbers,
            bytes,
            empty,
            len: literals.len(),
        })
    }

    /// The literals `text` holds, written into `out`.
    fn scan(&self, text: &str, out: &mut Present) {
        #[cfg(test)]
        tests::SCANS.with(|n| n.set(n.get() + 1));
        out.bits.clear();
        out.bits.resize(self.len.div_ceil(64), 0);
        for &n in &self.empty {
            out.set(n);
        }
        for m in self.ac.find_overlapping_iter(text) {
            out.set(self.numbers[m.pattern().as_usize()]);
        }
        if !self.bytes.is_empty() {
            let mut seen = [false; 256];
            for &b in text.as_bytes() {
                seen[b as usize] = true;
            }
            for &(b, n) in &self.bytes {
                if seen[b as usize] {
                    out.set(n);
                }
            }
        }
    }

    /// `f` of the literals `text` holds: from this thread's last texts when `text` is one of
    /// them (the rules and frame cues ask about the same text in turn), else scanned.
    pub(super) fn with<R>(&self, text: &str, f: impl FnOnce(&Present) -> R) -> R {
        /// How many texts each thread keeps the answers of.
        const KEPT: usize = 2;
        // The current message's kept answer when `text` is its text: read in place, and the
        // message taken out only when its answer is still to be found.
        let mut f = Some(f);
        let current = CURRENT.with(|c| {
            let c = c.borrow();
            let k = c
                .as_ref()
                .filter(|k| k.0.text.get().is_some_and(|t| **t == *text))?;
            Some(match (k.0.present.get(), f.take()) {
                (Some(p), Some(f)) => Ok(f(p)),
                (_, g) => {
                    f = g;
                    Err(k.clone())
                }
            })
        });
        let current = match current {
            Some(Ok(r)) => return r,
            Some(Err(k)) => Some(k),
            None => None,
        };
        let f = f.expect("f is called once");
        thread_local! {
            static LAST: RefCell<Vec<(String, Present)>> = const { RefCell::new(Vec::new()) };
        }
        LAST.with(|last| {
            let mut last = last.borrow_mut();
            let i = match last.iter().position(|(t, _)| t == text) {
                Some(i) => i,
                None => {
                    let mut entry = if last.len() < KEPT {
                        Default::default()
                    } else {
                        last.remove(0)
                    };
                    entry.0.clear();
                    entry.0.push_str(text);
                    self.scan(text, &mut entry.1);
                    last.push(entry);
                    last.len() - 1
                }
            };
            match current {
                Some(k) => f(k.0.present.get_or_init(|| last[i].1.clone())),
                None => f(&last[i].1),
            }
        })
    }
}

/// The table's automaton: the one built already, else built now if `build` (`literals`: the
/// table's literals in order, or `None` if one cannot be read), else `None`.
pub(super) fn shared(
    build: bool,
    literals: impl FnOnce() -> Option<Vec<String>>,
) -> Option<&'static Literals> {
    static SHARED: OnceLock<Option<Literals>> = OnceLock::new();
    match SHARED.get() {
        Some(built) => built.as_ref(),
        None if build => SHARED.get_or_init(|| Literals::new(&literals()?)).as_ref(),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    thread_local! {
        /// How many texts this thread has scanned.
        pub(super) static SCANS: Cell<usize> = const { Cell::new(0) };
    }

    fn scans() -> usize {
        SCANS.with(Cell::get)
    }

    #[test]
    fn a_message_read_in_several_passes_is_scanned_once() {
        let lits: Vec<String> = ["send", "pic", "x"].iter().map(|s| s.to_string()).collect();
        let l = Literals::new(&lits).unwrap();
        let text = String::from("send a pic");
        let kept = MessageLiterals::default();
        let before = scans();
        assert!(for_message(&text, &kept, || l.with(&text, |p| p.has(0) && p.has(1))));
        assert_eq!(scans(), before + 1);
        // Other texts in between push it out of the per-thread answers, as other messages of a
        // batch do between two passes.
        for other in ["a", "b", "c"] {
            assert!(!l.with(other, |p| p.has(0)));
        }
        let after_others = scans();
        // A later pass, in a copy of the text: the kept answer, no scan.
        let copy = text.clone();
        assert!(for_message(&copy, &kept, || l.with(&copy, |p| p.has(1) && !p.has(2))));
        assert_eq!(scans(), after_others);
        // Another text asked about inside: answered for itself, and the kept answer stays.
        assert!(for_message(&text, &kept, || l.with("x", |p| p.has(2) && !p.has(0))));
        assert!(for_message(&text, &kept, || l.with(&text, |p| !p.has(2))));
        // Another thread reads the kept answer without scanning.
        let (l2, kept2, text2) = (&l, kept.clone(), text.clone());
        std::thread::scope(|s| {
            s.spawn(move || {
                assert!(for_message(&text2, &kept2, || l2.with(&text2, |p| p.has(0))));
                assert_eq!(scans(), 0);
            });
        });
        // Kept answers belong to their first text: given another, they are not used.
        let wrong = "x only";
        assert!(for_message(wrong, &kept, || l.with(wrong, |p| p.has(2) && !p.has(0))));
        // Outside, nothing is current.
        assert!(!l.with("pic", |p| p.has(0)));
    }

    #[test]
    fn a_literal_is_present_exactly_when_the_text_holds_it() {
        let lits: Vec<String> = ["send", "end", "pic", "i", "'", "é", "ne", "nd p", ""]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let l = Literals::new(&lits).unwrap();
        for text in [
            "send pic",
            "sendpic",
            "end",
            "",
            "ni",
            "café wont it",
            "don't",
            "nd p",
            "SEND",
            "ééé",
        ] {
            l.with(text, |p| {
                for (n, lit) in lits.iter().enumerate() {
                    let want = text.contains(lit.as_str());
                    assert_eq!(p.has(n as u32), want, "{text:?} {lit:?}");
                }
                assert!(!p.has(lits.len() as u32 + 70));
            });
        }
        // Answers kept per thread are per text: asking again, or about another text in turn.
        for text in ["send", "pic", "send", "x", "pic", "send"] {
            l.with(text, |p| {
                assert_eq!(p.has(0), text == "send");
                assert_eq!(p.has(2), text == "pic");
            });
        }
    }
}
