//! The index of a [`SpillMap`](super::SpillMap): a spilled id's 64-bit hash → its record's
//! packed place, at about 16 bytes per entry.
//!
//! A long run spills nearly every conversation it has seen, so this index is what grows with
//! the corpus. As a hash table it took 17 bytes a slot with up to half the slots empty, and
//! while it doubled the old table was held beside the new one: 36 MB steady (53 MB while
//! growing) for 1.33M conversations (issue 23, session 34). Here most entries lie in one
//! array sorted by hash, found by interpolation (the hashes are uniform, so a guess lands
//! near; a binary search finishes, so any hashes are found, also in tests that make them
//! collide). New entries go to a small hash table, merged into the array when it holds more
//! than an eighth as many; a removed entry is marked gone in the array and left out at the
//! next merge.
//!
//! Invariant: it answers as a hash map of the same inserts and removes would.

/// A place that marks an array entry as removed (no packed place is all ones: its offset
/// would lie at the last byte of 1 TiB with a length of 16 MiB − 1).
const GONE: u64 = u64::MAX;

/// Entries the recent table holds before a merge, at least.
const RECENT_MIN: usize = 4096;

/// Hash → place (see the module).
#[derive(Default)]
pub(super) struct Index {
    /// Entries sorted by hash, each hash once; `GONE` places are removed entries.
    sorted: Vec<(u64, u64)>,
    /// Removed entries still in `sorted`.
    gone: usize,
    /// Entries inserted since the last merge (none of their hashes is live in `sorted`).
    recent: foldhash::HashMap<u64, u64>,
}

impl Index {
    /// Entries held.
    pub(super) fn len(&self) -> usize {
        self.sorted.len() - self.gone + self.recent.len()
    }

    /// Whether no entry is held.
    pub(super) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The position in `sorted` of a live entry with hash `h`.
    fn find(&self, h: u64) -> Option<usize> {
        let s = &self.sorted;
        let (mut lo, mut hi) = (0, s.len());
        // Interpolation search (a few probes on uniform hashes), then a binary search, so
        // that hashes of any spread are found.
        for _ in 0..8 {
            if hi - lo <= 16 {
                break;
            }
            let (a, b) = (s[lo].0, s[hi - 1].0);
            if h < a || h > b {
                return None;
            }
            // Hashes in `sorted` are distinct, so b > a here.
            let g = lo + ((h - a) as u128 * (hi - lo - 1) as u128 / (b - a) as u128) as usize;
            match s[g].0.cmp(&h) {
                std::cmp::Ordering::Less => lo = g + 1,
                std::cmp::Ordering::Greater => hi = g,
                std::cmp::Ordering::Equal => return (s[g].1 != GONE).then_some(g),
            }
        }
        let i = lo + s[lo..hi].partition_point(|e| e.0 < h);
        (i < hi && s[i].0 == h && s[i].1 != GONE).then_some(i)
    }

    /// Whether an entry with hash `h` is held.
    pub(super) fn contains_key(&self, h: u64) -> bool {
        self.get(h).is_some()
    }

    /// The place of hash `h`.
    pub(super) fn get(&self, h: u64) -> Option<u64> {
        match self.recent.get(&h) {
            Some(&p) => Some(p),
            None => self.find(h).map(|i| self.sorted[i].1),
        }
    }

    /// Remove the entry of hash `h`.
    pub(super) fn remove(&mut self, h: u64) -> Option<u64> {
        if let Some(p) = self.recent.remove(&h) {
            return Some(p);
        }
        let i = self.find(h)?;
        self.gone += 1;
        Some(std::mem::replace(&mut self.sorted[i].1, GONE))
    }

    /// Hold `place` under hash `h`, which must not be held (callers check first).
    pub(super) fn insert(&mut self, h: u64, place: u64) {
        debug_assert!(!self.contains_key(h), "an index hash is inserted once");
        debug_assert!(place != GONE);
        self.recent.insert(h, place);
        if self.recent.len() > RECENT_MIN.max((self.sorted.len() - self.gone) / 8) {
            self.merge();
        }
    }

    /// The recent entries merged into the array, without the removed ones, in one array of
    /// the exact size.
    fn merge(&mut self) {
        let mut recent: Vec<(u64, u64)> = self.recent.drain().collect();
        recent.sort_unstable();
        self.recent = Default::default();
        let old = std::mem::take(&mut self.sorted);
        let mut out = Vec::with_capacity(old.len() - self.gone + recent.len());
        let mut old = old.into_iter().filter(|e| e.1 != GONE).peekable();
        let mut new = recent.into_iter().peekable();
        loop {
            let take_old = match (old.peek(), new.peek()) {
                (Some(a), Some(b)) => a.0 < b.0,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            out.push(if take_old { old.next() } else { new.next() }.expect("peeked"));
        }
        self.sorted = out;
        self.gone = 0;
    }

    /// Every place held, the index left empty.
    pub(super) fn drain_places(&mut self) -> Vec<u64> {
        let mut places: Vec<u64> = self.recent.drain().map(|(_, p)| p).collect();
        places.extend(self.sorted.iter().map(|e| e.1).filter(|&p| p != GONE));
        *self = Index::default();
        places
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    /// Inserts (of hashes not held) and removes, checked against a `HashMap` after each step.
    fn check(ops: &[(bool, u64)], spread: impl Fn(u64) -> u64) {
        let (mut index, mut want) = (Index::default(), HashMap::new());
        for (i, &(add, k)) in ops.iter().enumerate() {
            let h = spread(k);
            if add && !want.contains_key(&h) {
                index.insert(h, i as u64);
                want.insert(h, i as u64);
            } else {
                assert_eq!(index.remove(h), want.remove(&h));
            }
            assert_eq!(index.len(), want.len());
            assert_eq!(index.get(h), want.get(&h).copied());
        }
        for (&h, &p) in &want {
            assert_eq!(index.get(h), Some(p));
        }
        let mut got = index.drain_places();
        let mut all: Vec<u64> = want.into_values().collect();
        got.sort_unstable();
        all.sort_unstable();
        assert_eq!(got, all);
        assert!(index.is_empty());
    }

    #[test]
    fn many_uniform_hashes_through_several_merges() {
        use std::hash::BuildHasher;
        let hash = |k: u64| foldhash::quality::FixedState::with_seed(7).hash_one(k);
        // 60,000 inserts, every third key removed again later: many merges, many gone marks.
        let ops: Vec<(bool, u64)> = (0..60_000u64)
            .flat_map(|k| {
                let back = (k % 3 == 0 && k >= 9000).then_some((false, k - 9000));
                std::iter::once((true, k)).chain(back)
            })
            .collect();
        check(&ops, hash);
    }

    #[test]
    fn absent_hashes_below_above_and_between_are_not_found() {
        let mut index = Index::default();
        for k in 0..20_000u64 {
            index.insert(k * 10 + 5, k);
        }
        for h in [0, 4, 6, 15_003, 199_996, u64::MAX] {
            assert_eq!(index.get(h), None, "{h}");
        }
        assert_eq!(index.get(15_005), Some(1500));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Skewed hashes (the interpolation guesses badly) and a small key space (the same
        /// hash comes and goes).
        #[test]
        fn it_answers_as_a_hash_map(
            ops in prop::collection::vec((any::<bool>(), 0u64..6000), 0..12_000),
            skew in 1u32..40,
        ) {
            check(&ops, |k| k.pow(3) << (skew % 20) | (k >> 3));
        }
    }
}
