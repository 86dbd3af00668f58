//! A bounded memo of a pure function of a word, kept per thread.
//!
//! The classifier's character n-gram columns of a token ([`crate::classify`]) and the language
//! detector's Welsh confidence of a word ([`crate::lang`]) are pure functions of the word that
//! recur across messages. They were remembered in one map shared by every thread (a `DashMap`
//! of reference-counted values): each lookup took a shard lock and counted a reference up and
//! down, atomics that the two threads of a run fought over, and hashed the word with SipHash
//! (issue 23, session 25). A [`WordMemo`] instead keeps one table per thread (foldhash), so a
//! lookup touches nothing another thread writes.
//!
//! Invariant: a memo is a pure cache: what [`WordMemo::get_or`] returns is what `make` would
//! return, whatever the thread, the order of calls or what the tables hold; so nothing that
//! uses one depends on the thread count.
//!
//! Memory: each thread holds at most `max / threads` words per memo (at least
//! [`MIN_PER_THREAD`]), `threads` being rayon's thread count when the memo is made, so the
//! total stays near `max`. A thread keeps the tables of at most [`TABLES_PER_THREAD`] memos (the
//! oldest made is forgotten first); a dropped memo's tables are forgotten the same way.

use std::any::Any;
use std::cell::RefCell;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicU64, Ordering};

/// The fewest words a thread's table may hold, whatever the thread count.
const MIN_PER_THREAD: usize = 4096;

/// Memos whose tables one thread keeps at once.
const TABLES_PER_THREAD: usize = 4;

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

type Table<V> = foldhash::HashMap<String, V>;

/// A fixed set of words looked up for the words of every message (language markers, episode
/// cues): hashed with foldhash, with a fixed seed.
pub(crate) type WordSet = std::collections::HashSet<String, foldhash::fast::FixedState>;

thread_local! {
    /// This thread's tables, by memo id, oldest memo first.
    static TABLES: RefCell<Vec<(u64, Box<dyn Any>)>> = const { RefCell::new(Vec::new()) };
}

/// A per-thread memo from words to values of type `V` (see the module).
pub(crate) struct WordMemo<V> {
    id: u64,
    per_thread: usize,
    _v: PhantomData<fn() -> V>,
}

impl<V: 'static> WordMemo<V> {
    /// A memo of at most about `max` words in all.
    pub fn new(max: usize) -> Self {
        let threads = rayon::current_num_threads().max(1);
        WordMemo {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            per_thread: (max / threads).max(MIN_PER_THREAD),
            _v: PhantomData,
        }
    }

    /// `read(value)`, where `value` is what `make()` gives for `word`: remembered on this
    /// thread, or made now (and remembered while the table has room). `read` must not use a
    /// memo itself; `make` may.
    pub fn get_or<R>(&self, word: &str, make: impl FnOnce() -> V, read: impl FnOnce(&V) -> R) -> R {
        let mut read = Some(read);
        let hit = TABLES.with_borrow(|tables| {
            let table = tables
                .iter()
                .find(|(id, _)| *id == self.id)?
                .1
                .downcast_ref::<Table<V>>()?;
            let v = table.get(word)?;
            read.take().map(|r| r(v))
        });
        if let Some(r) = hit {
            return r;
        }
        let v = make();
        let r = read.take().expect("not yet called")(&v);
        TABLES.with_borrow_mut(|tables| {
            if !tables.iter().any(|(id, _)| *id == self.id) {
                if tables.len() >= TABLES_PER_THREAD {
                    tables.remove(0);
                }
                tables.push((self.id, Box::new(Table::<V>::default())));
            }
            let (_, table) = tables
                .iter_mut()
                .find(|(id, _)| *id == self.id)
                .expect("just added");
            if let Some(t) = table.downcast_mut::<Table<V>>() {
                if t.len() < self.per_thread {
                    t.insert(word.to_string(), v);
                }
            }
        });
        r
    }

    /// Words remembered on this thread.
    pub fn len_here(&self) -> usize {
        TABLES.with_borrow(|tables| {
            tables
                .iter()
                .find(|(id, _)| *id == self.id)
                .and_then(|(_, t)| t.downcast_ref::<Table<V>>())
                .map_or(0, |t| t.len())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn a_word_is_made_once_per_thread_and_read_back_equal() {
        let m: WordMemo<Vec<u32>> = WordMemo::new(100_000);
        let made = Cell::new(0);
        let make = |w: &str| {
            made.set(made.get() + 1);
            w.bytes().map(u32::from).collect::<Vec<u32>>()
        };
        for _ in 0..3 {
            for w in ["send", "pic", "send"] {
                let got = m.get_or(w, || make(w), |v| v.clone());
                assert_eq!(got, make_plain(w));
            }
        }
        assert_eq!(made.get(), 2, "each word made once");
        assert_eq!(m.len_here(), 2);
    }

    fn make_plain(w: &str) -> Vec<u32> {
        w.bytes().map(u32::from).collect()
    }

    #[test]
    fn two_memos_keep_their_values_apart_and_a_full_table_still_answers() {
        let a: WordMemo<u32> = WordMemo::new(1);
        let b: WordMemo<u32> = WordMemo::new(1);
        assert_eq!(a.get_or("x", || 1, |v| *v), 1);
        assert_eq!(b.get_or("x", || 2, |v| *v), 2);
        assert_eq!(a.get_or("x", || 99, |v| *v), 1, "a remembers its own");
        // The table is full at MIN_PER_THREAD words: later words are made, not remembered.
        for i in 0..MIN_PER_THREAD + 10 {
            let w = i.to_string();
            assert_eq!(a.get_or(&w, || i as u32, |v| *v), i as u32);
        }
        assert_eq!(a.len_here(), MIN_PER_THREAD);
        let last = (MIN_PER_THREAD + 5).to_string();
        assert_eq!(
            a.get_or(&last, || 7, |v| *v),
            7,
            "not remembered: made again"
        );
    }

    #[test]
    fn a_thread_forgets_the_oldest_memo_first_and_stays_correct() {
        let memos: Vec<WordMemo<usize>> = (0..TABLES_PER_THREAD + 2)
            .map(|_| WordMemo::new(10))
            .collect();
        for (i, m) in memos.iter().enumerate() {
            assert_eq!(m.get_or("w", || i, |v| *v), i);
        }
        assert_eq!(memos[0].len_here(), 0, "the oldest table was forgotten");
        assert_eq!(memos[TABLES_PER_THREAD + 1].len_here(), 1);
        assert_eq!(memos[0].get_or("w", || 0, |v| *v), 0);
    }

    #[test]
    fn make_may_use_another_memo() {
        let outer: WordMemo<u32> = WordMemo::new(10);
        let inner: WordMemo<u32> = WordMemo::new(10);
        let v = outer.get_or("a", || inner.get_or("b", || 5, |v| *v + 1), |v| *v);
        assert_eq!(v, 6);
        assert_eq!(outer.get_or("a", || 0, |v| *v), 6);
    }
}
