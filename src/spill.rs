//! Per-conversation state in bounded memory: a map from conversation ids to state that keeps
//! the conversations used recently in memory and writes the others to a private temporary file.
//!
//! The conversation rules ([`crate::annotate::StreamState`]) and the episode builder
//! ([`crate::episode::Episodes`]) keep state for a conversation until it can no longer matter,
//! and that moment depends on the conversation's *next* message: a conversation that simply
//! stops (the usual case in an export: every conversation ends somewhere) keeps its state until
//! the end of the run. Held in memory, that state grew with the corpus (about 1 KB per
//! conversation with an open episode). A [`SpillMap`] made with [`SpillMap::spilling`] writes an
//! entry that has not been used for `idle` ticks (the pipeline ticks once per batch) to an
//! unnamed temporary file (`tempfile::tempfile`, in `$TMPDIR` or `/tmp`, mode 0600, removed by
//! the system when it is closed, also after a crash) as one JSON record, and reads it back when
//! the conversation comes back or at the end. Memory then holds the conversations of the last
//! batches and, per spilled conversation, a 64-bit hash of its id and the record's place packed
//! in one 64-bit word (16 bytes, in a mostly sorted array: [`index`]).
//!
//! [`SpillLog`] is the same kind of file for records a run keeps until its end (closed episodes):
//! appended, and read back by place.
//!
//! Invariant: a spilled entry reads back equal to what was written (serde round trip; the
//! state types hold only integers, booleans and strings), so what the map answers never depends
//! on when entries are spilled, and neither do annotations nor episodes.
//!
//! Collision policy: spilled entries are found by a 64-bit hash of the conversation id; each
//! record also holds the id itself, which is compared when it is read back. An entry whose hash
//! is already in the index under another id stays in memory instead of spilling, and a lookup
//! whose hash finds another id's record answers "absent" and leaves that record in place; so
//! two ids with the same hash (about n²/2⁶⁵ for n conversations) cost memory, never state. An
//! entry whose record is too long (≥ 16 MiB) or would lie beyond 1 TiB in the file also stays in
//! memory.

use crate::error::{Error, Result};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fs::File;
use std::os::unix::fs::FileExt;

mod index;

/// What the errors of a spill say was being done.
const WHAT: &str = "per-conversation state spilled to a temporary file";

struct Slot<V> {
    value: V,
    /// The tick at which it was last used.
    used: u64,
}

/// A map from conversation ids to state, spilling idle entries to disk (see the module).
pub struct SpillMap<V> {
    live: foldhash::HashMap<String, Slot<V>>,
    tick: u64,
    /// Spill entries unused for more than this many ticks; `None`: never spill.
    idle: Option<u64>,
    /// Hash of a spilled id → its record's place ([`pack`]).
    index: index::Index,
    /// The hash of ids in `index` ([`id_hash`]; another one in tests, to make collisions).
    hash: fn(&str) -> u64,
    file: Option<File>,
    end: u64,
    buf: Vec<u8>,
    /// The first I/O or format error, for [`SpillMap::take_error`].
    error: Option<Error>,
}

/// The 64-bit hash that finds a spilled id's record (fixed within a run; the file is not kept).
fn id_hash(id: &str) -> u64 {
    use std::hash::BuildHasher;
    foldhash::quality::FixedState::with_seed(0x5eed).hash_one(id)
}

/// Bits of a packed place that hold the record's length; the other 40 hold its offset.
const LEN_BITS: u32 = 24;

/// A record's offset and length in one word, if they fit (offset < 1 TiB, length < 16 MiB).
fn pack(off: u64, len: usize) -> Option<u64> {
    (off < 1 << (64 - LEN_BITS) && len < 1 << LEN_BITS).then_some(off << LEN_BITS | len as u64)
}

/// The offset and length that [`pack`] packed.
fn unpack(place: u64) -> (u64, usize) {
    (place >> LEN_BITS, (place & ((1 << LEN_BITS) - 1)) as usize)
}

/// Writes `bytes` at `offset` of a spill file, made (unnamed, 0600) on the first write.
fn write_record(file: &mut Option<File>, bytes: &[u8], offset: u64) -> Result<()> {
    if file.is_none() {
        *file = Some(tempfile::tempfile().map_err(|e| crate::err!("{WHAT}: creating: {e}"))?);
    }
    let file = file.as_ref().expect("just made");
    file.write_all_at(bytes, offset)
        .map_err(|e| crate::err!("{WHAT}: writing: {e}"))
}

/// The JSON record at a packed place of a spill file.
fn read_record<R: DeserializeOwned>(file: Option<&File>, place: u64) -> Result<R> {
    let (off, len) = unpack(place);
    let file = file.ok_or_else(|| crate::err!("{WHAT}: no file"))?;
    let mut bytes = vec![0u8; len];
    file.read_exact_at(&mut bytes, off)
        .map_err(|e| crate::err!("{WHAT}: reading: {e}"))?;
    serde_json::from_slice(&bytes).map_err(|e| crate::err!("{WHAT}: reading back: {e}"))
}

impl<V> Default for SpillMap<V> {
    fn default() -> Self {
        SpillMap {
            live: Default::default(),
            tick: 0,
            idle: None,
            index: Default::default(),
            hash: id_hash,
            file: None,
            end: 0,
            buf: Vec::new(),
            error: None,
        }
    }
}

impl<V: Serialize + DeserializeOwned> SpillMap<V> {
    /// A map that spills entries not used during the last `idle` ticks ([`SpillMap::tick`]).
    pub fn spilling(idle: u64) -> Self {
        SpillMap {
            idle: Some(idle),
            ..SpillMap::default()
        }
    }

    /// Entries in memory and on disk.
    pub fn len(&self) -> usize {
        self.live.len() + self.index.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Entries held in memory.
    pub fn in_memory(&self) -> usize {
        self.live.len()
    }

    /// Whether the entry of `key` is on disk (not in memory).
    pub fn is_spilled(&self, key: &str) -> bool {
        !self.live.contains_key(key) && self.index.contains_key((self.hash)(key))
    }

    /// The first error met while spilling or reading back, if any (then taken). Until it is
    /// taken, an entry that could not be read back counts as absent.
    pub fn take_error(&mut self) -> Option<Error> {
        self.error.take()
    }

    /// Bring `key` back into memory if it was spilled; true if it is in memory now.
    fn ensure_live(&mut self, key: &str) -> bool {
        if self.live.contains_key(key) {
            return true;
        }
        match self.read_back(key) {
            Some(value) => {
                let used = self.tick;
                self.live.insert(key.to_string(), Slot { value, used });
                true
            }
            None => false,
        }
    }

    /// The entry of `key`, if any, marked used.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        if !self.ensure_live(key) {
            return None;
        }
        let tick = self.tick;
        self.live.get_mut(key).map(|s| {
            s.used = tick;
            &mut s.value
        })
    }

    /// The entry of `key`, made with `V::default()` if there is none, marked used.
    pub fn get_or_default(&mut self, key: &str) -> &mut V
    where
        V: Default,
    {
        if !self.ensure_live(key) {
            let used = self.tick;
            let value = V::default();
            self.live.insert(key.to_string(), Slot { value, used });
        }
        self.get_mut(key).expect("in memory")
    }

    /// Set the entry of `key` to `value` (replacing any, in memory or on disk), marked used.
    pub fn insert(&mut self, key: &str, value: V) {
        self.read_back(key);
        let used = self.tick;
        self.live.insert(key.to_string(), Slot { value, used });
    }

    /// Remove the entry of `key` (from memory or disk) and return it.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        match self.live.remove(key) {
            Some(s) => Some(s.value),
            None => self.read_back(key),
        }
    }

    /// A spilled entry, removed from the index; `None` if `key` has none, also when its hash
    /// finds another id's record (which stays).
    fn read_back(&mut self, key: &str) -> Option<V> {
        if self.index.is_empty() {
            return None;
        }
        let h = (self.hash)(key);
        let place = self.index.get(h)?;
        match self.read_at(place) {
            Ok((id, value)) if id == key => {
                self.index.remove(h);
                Some(value)
            }
            Ok(_) => None,
            Err(e) => {
                self.index.remove(h);
                self.fail(e);
                None
            }
        }
    }

    fn read_at(&self, place: u64) -> Result<(String, V)> {
        read_record(self.file.as_ref(), place)
    }

    fn fail(&mut self, e: Error) {
        if self.error.is_none() {
            self.error = Some(e);
        }
    }

    /// One tick (a batch) has passed: spill the entries not used during the last `idle` ticks.
    pub fn tick(&mut self) {
        self.tick += 1;
        let Some(idle) = self.idle else {
            return;
        };
        let now = self.tick;
        if !self.live.values().any(|s| s.used + idle < now) {
            return;
        }
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        let (end, hash) = (self.end, self.hash);
        let (index, mut error) = (&mut self.index, None);
        self.live.retain(|k, s| {
            if s.used + idle >= now || error.is_some() {
                return true;
            }
            let h = hash(k);
            if index.contains_key(h) {
                return true;
            }
            let start = buf.len();
            let written = serde_json::to_writer(&mut buf, &(k, &s.value));
            match (written, pack(end + start as u64, buf.len() - start)) {
                (Ok(()), Some(place)) => {
                    index.insert(h, place);
                    false
                }
                (Ok(()), None) => {
                    buf.truncate(start);
                    true
                }
                (Err(e), _) => {
                    buf.truncate(start);
                    error = Some(crate::err!("{WHAT}: writing: {e}"));
                    true
                }
            }
        });
        if let Err(e) = self.append(&buf) {
            error.get_or_insert(e);
        }
        self.end += buf.len() as u64;
        self.buf = buf;
        if let Some(e) = error {
            self.fail(e);
        }
    }

    fn append(&mut self, bytes: &[u8]) -> Result<()> {
        write_record(&mut self.file, bytes, self.end)
    }

    /// Every entry, those in memory first, then the spilled ones in the order they were
    /// written, each read back once (so the whole map is never in memory at once).
    pub fn drain(mut self, mut f: impl FnMut(String, V)) -> Result<()> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        for (k, s) in std::mem::take(&mut self.live) {
            f(k, s.value);
        }
        let mut places = self.index.drain_places();
        places.sort_unstable();
        for place in places {
            let (k, v) = self.read_at(place)?;
            f(k, v);
        }
        Ok(())
    }
}

/// An append-only list of records in a private temporary file (made like [`SpillMap`]'s, on
/// the first record): [`SpillLog::push`] writes a record as JSON and returns its place, which
/// [`SpillLog::read`] reads back equal (the same serde round trip as [`SpillMap`]'s). For what
/// a run keeps until its end, such as closed episodes, which grew with the corpus in memory.
pub struct SpillLog<T> {
    file: Option<File>,
    /// Bytes written to the file.
    end: u64,
    /// Records not yet written, from offset `end`.
    buf: Vec<u8>,
    _records: std::marker::PhantomData<fn() -> T>,
}

impl<T> Default for SpillLog<T> {
    fn default() -> Self {
        SpillLog {
            file: None,
            end: 0,
            buf: Vec::new(),
            _records: std::marker::PhantomData,
        }
    }
}

/// Bytes a [`SpillLog`] gathers before it writes them.
const LOG_BUFFER: usize = 1 << 16;

impl<T: Serialize + DeserializeOwned> SpillLog<T> {
    /// Appends a record; returns its place, or `None` when it cannot be placed (≥ 16 MiB, or
    /// beyond 1 TiB): the caller keeps that one in memory.
    pub fn push(&mut self, v: &T) -> Result<Option<u64>> {
        let start = self.buf.len();
        serde_json::to_writer(&mut self.buf, v).map_err(|e| crate::err!("{WHAT}: writing: {e}"))?;
        let Some(place) = pack(self.end + start as u64, self.buf.len() - start) else {
            self.buf.truncate(start);
            return Ok(None);
        };
        if self.buf.len() >= LOG_BUFFER {
            self.flush()?;
        }
        Ok(Some(place))
    }

    fn flush(&mut self) -> Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        write_record(&mut self.file, &self.buf, self.end)?;
        self.end += self.buf.len() as u64;
        self.buf.clear();
        Ok(())
    }

    /// The record [`SpillLog::push`] placed at `place`.
    pub fn read(&mut self, place: u64) -> Result<T> {
        self.flush()?;
        read_record(self.file.as_ref(), place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_logged_record_reads_back_equal_before_and_after_its_buffer_is_written() {
        let mut log: SpillLog<(String, u64)> = SpillLog::default();
        let v = |i: u64| (format!("\"c{i}\" ü 🎉 {}", "x".repeat(i as usize % 300)), i);
        let first = log.push(&v(0)).unwrap().unwrap();
        assert_eq!(
            log.read(first).unwrap(),
            v(0),
            "read from the unwritten buffer"
        );
        let places: Vec<u64> = (1..2000)
            .map(|i| log.push(&v(i)).unwrap().unwrap())
            .collect();
        assert!(
            log.end > LOG_BUFFER as u64,
            "some were written before the reads"
        );
        for (i, &p) in places.iter().enumerate().rev() {
            assert_eq!(log.read(p).unwrap(), v(i as u64 + 1));
        }
        assert_eq!(log.read(first).unwrap(), v(0));
    }

    #[test]
    fn spilled_entries_read_back_equal_and_are_removed_from_disk() {
        let mut m: SpillMap<Vec<String>> = SpillMap::spilling(1);
        for i in 0..50 {
            m.live.insert(
                format!("c{i}"),
                Slot {
                    value: vec![format!("v{i}"), "\"quoted\" ü 🎉".into()],
                    used: 0,
                },
            );
        }
        m.tick();
        assert_eq!(m.in_memory(), 50, "used during the last tick: kept");
        m.tick();
        assert_eq!(m.in_memory(), 0);
        assert_eq!(m.len(), 50);
        let v = m.get_mut("c7").unwrap();
        assert_eq!(v, &vec!["v7".to_string(), "\"quoted\" ü 🎉".into()]);
        v.push("more".into());
        assert_eq!(m.remove("c8").unwrap()[0], "v8");
        assert!(m.remove("c8").is_none());
        assert!(m.get_mut("nope").is_none());
        m.tick();
        m.tick();
        assert_eq!(m.len(), 49);
        assert_eq!(
            m.get_mut("c7").unwrap().len(),
            3,
            "spilled again with its change"
        );
        let mut all = Vec::new();
        m.drain(|k, v| all.push((k, v[0].clone()))).unwrap();
        all.sort();
        assert_eq!(all.len(), 49);
        assert!(all.iter().all(|(k, v)| k[1..] == v[1..]));
    }

    #[test]
    fn insert_replaces_an_entry_in_memory_or_on_disk() {
        let mut m: SpillMap<u32> = SpillMap::spilling(1);
        m.insert("a", 1);
        m.insert("b", 2);
        m.tick();
        m.tick();
        assert_eq!((m.in_memory(), m.len()), (0, 2), "both spilled");
        m.insert("a", 10);
        assert_eq!(
            m.len(),
            2,
            "the spilled copy of a is gone, not counted twice"
        );
        assert_eq!(m.remove("a"), Some(10));
        assert_eq!(m.remove("a"), None, "no stale copy read back from disk");
        m.insert("b", 20);
        m.insert("b", 21);
        assert_eq!(m.get_mut("b").copied(), Some(21));
        assert_eq!(m.len(), 1);
    }

    #[test]
    fn an_in_memory_map_never_spills() {
        let mut m: SpillMap<u32> = SpillMap::default();
        m.live.insert("a".into(), Slot { value: 1, used: 0 });
        for _ in 0..5 {
            m.tick();
        }
        assert_eq!(m.in_memory(), 1);
        assert!(m.file.is_none());
    }

    #[test]
    fn ids_with_the_same_hash_keep_their_own_state() {
        let mut m: SpillMap<u32> = SpillMap::spilling(1);
        m.hash = |_| 7;
        m.insert("a", 1);
        m.insert("b", 2);
        m.tick();
        m.tick();
        assert_eq!(
            (m.in_memory(), m.len()),
            (1, 2),
            "one spilled, the other kept"
        );
        assert_eq!(
            m.get_mut("c"),
            None,
            "a hash that finds another id's record"
        );
        assert_eq!(m.len(), 2, "and that record stays");
        m.insert("c", 3);
        assert_eq!(
            m.len(),
            3,
            "inserting a colliding id removes nobody's record"
        );
        for _ in 0..3 {
            m.tick();
        }
        assert_eq!(m.remove("a"), Some(1));
        assert_eq!(m.remove("b"), Some(2));
        assert_eq!(m.remove("c"), Some(3));
        assert!(m.is_empty());
    }

    #[test]
    fn places_pack_into_one_word_or_the_entry_stays_in_memory() {
        for (off, len) in [(0, 0), (12345, 678), ((1 << 40) - 1, (1 << 24) - 1)] {
            assert_eq!(unpack(pack(off, len).unwrap()), (off, len));
        }
        assert_eq!(pack(1 << 40, 1), None);
        assert_eq!(pack(0, 1 << 24), None);
    }
}
