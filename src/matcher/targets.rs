//! Per term key, the lexicon entries it stands for, in four flat arrays (issue 23,
//! session 20).
//!
//! A `Vec<Vec<AcTarget>>` with a `Vec<usize>` of collapsed offsets per target was ~2x10^5
//! small allocations for the ~10^5 keys of the default lexicon, decoded one by one from the
//! term-key blob at every start. [`KeyTargets`] holds the same targets, in the same order,
//! as offsets into flat arrays: the blob is read in four bulk reads.

use std::borrow::Cow;
use std::ops::Range;

/// The targets of every key id: key `k` stands for targets `key_start[k]..key_start[k + 1]`;
/// target `i` is entry `entry[i]`, and its collapsed offsets (byte offsets within the variant
/// that must be squeezed elongations in the text, where a doubled letter of the term was
/// collapsed) are `collapsed[col_start[i]..col_start[i + 1]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct KeyTargets {
    /// One more than the keys; starts at 0, never decreases, ends at `entry.len()`.
    key_start: Cow<'static, [u32]>,
    entry: Cow<'static, [u32]>,
    /// One more than the targets; starts at 0, never decreases, ends at `collapsed.len()`.
    col_start: Cow<'static, [u32]>,
    collapsed: Cow<'static, [u32]>,
}

impl KeyTargets {
    /// The number of keys.
    #[cfg(test)]
    pub(super) fn keys(&self) -> usize {
        self.key_start.len() - 1
    }

    /// The targets of key `key` (indices for [`KeyTargets::entry`] and
    /// [`KeyTargets::collapsed`]).
    pub(super) fn of(&self, key: usize) -> Range<usize> {
        self.key_start[key] as usize..self.key_start[key + 1] as usize
    }

    /// The entry target `i` stands for.
    pub(super) fn entry(&self, i: usize) -> usize {
        self.entry[i] as usize
    }

    /// Target `i`'s collapsed offsets.
    pub(super) fn collapsed(&self, i: usize) -> &[u32] {
        &self.collapsed[self.col_start[i] as usize..self.col_start[i + 1] as usize]
    }

    /// Whether every array is borrowed (from the built-in blob) rather than owned.
    #[cfg(test)]
    pub(super) fn is_borrowed(&self) -> bool {
        [
            &self.key_start,
            &self.entry,
            &self.col_start,
            &self.collapsed,
        ]
        .iter()
        .all(|a| matches!(a, Cow::Borrowed(_)))
    }

    /// The arrays, for [`super::blob`]: key starts, entries, collapsed-offset starts,
    /// collapsed offsets.
    #[cfg(test)]
    pub(super) fn parts(&self) -> [&[u32]; 4] {
        [
            &self.key_start,
            &self.entry,
            &self.col_start,
            &self.collapsed,
        ]
    }

    /// Targets from [`KeyTargets::parts`] for `keys` keys naming entries below `entries`, or
    /// `None` if they are inconsistent (every start and entry is checked, so a damaged blob
    /// cannot make the accessors read out of bounds).
    pub(super) fn from_parts(
        [key_start, entry, col_start, collapsed]: [Cow<'static, [u32]>; 4],
        keys: usize,
        entries: usize,
    ) -> Option<KeyTargets> {
        let starts_ok = |s: &[u32], len: usize, end: usize| {
            s.len() == len + 1
                && s[0] == 0
                && s.windows(2).all(|w| w[0] <= w[1])
                && s[len] as usize == end
        };
        let ok = starts_ok(&key_start, keys, entry.len())
            && starts_ok(&col_start, entry.len(), collapsed.len())
            && entry.iter().all(|&e| (e as usize) < entries);
        ok.then_some(KeyTargets {
            key_start,
            entry,
            col_start,
            collapsed,
        })
    }
}

/// Collects `(key, entry, collapsed)` targets in any key order; [`KeyTargetsBuilder::build`]
/// groups them by key, keeping each key's targets in the order first added and dropping
/// repeats.
#[derive(Default)]
pub(super) struct KeyTargetsBuilder {
    key: Vec<u32>,
    entry: Vec<u32>,
    /// Per target: the end of its offsets in `collapsed`.
    col_end: Vec<u32>,
    collapsed: Vec<u32>,
}

impl KeyTargetsBuilder {
    /// Adds a target of key `key`.
    pub(super) fn push(&mut self, key: usize, entry: usize, collapsed: &[usize]) {
        self.key.push(key as u32);
        self.entry.push(entry as u32);
        self.collapsed.extend(collapsed.iter().map(|&o| o as u32));
        self.col_end.push(self.collapsed.len() as u32);
    }

    /// The targets of keys `0..keys` (every added key must be below `keys`).
    pub(super) fn build(self, keys: usize) -> KeyTargets {
        // A stable counting sort of the targets by key.
        let mut first = vec![0u32; keys + 1];
        for &k in &self.key {
            first[k as usize + 1] += 1;
        }
        for k in 0..keys {
            first[k + 1] += first[k];
        }
        let mut order = vec![0u32; self.key.len()];
        let mut next = first.clone();
        for (i, &k) in self.key.iter().enumerate() {
            order[next[k as usize] as usize] = i as u32;
            next[k as usize] += 1;
        }
        let col = |i: usize| {
            let lo = if i == 0 { 0 } else { self.col_end[i - 1] };
            &self.collapsed[lo as usize..self.col_end[i] as usize]
        };
        let mut key_start = Vec::with_capacity(keys + 1);
        let mut entry: Vec<u32> = Vec::with_capacity(self.entry.len());
        let mut col_start = Vec::with_capacity(self.entry.len() + 1);
        let mut collapsed: Vec<u32> = Vec::with_capacity(self.collapsed.len());
        key_start.push(0);
        col_start.push(0);
        for k in 0..keys {
            let kept = entry.len();
            for &i in &order[first[k] as usize..first[k + 1] as usize] {
                let (e, c) = (self.entry[i as usize], col(i as usize));
                let same = |j: usize| {
                    entry[j] == e
                        && collapsed[col_start[j] as usize..col_start[j + 1] as usize] == *c
                };
                if (kept..entry.len()).any(same) {
                    continue;
                }
                entry.push(e);
                collapsed.extend_from_slice(c);
                col_start.push(collapsed.len() as u32);
            }
            key_start.push(entry.len() as u32);
        }
        KeyTargets {
            key_start: key_start.into(),
            entry: entry.into(),
            col_start: col_start.into(),
            collapsed: collapsed.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_key_in_first_added_order_without_repeats() {
        let mut b = KeyTargetsBuilder::default();
        b.push(1, 7, &[2]);
        b.push(0, 3, &[]);
        b.push(1, 5, &[]);
        b.push(1, 7, &[2]);
        b.push(1, 7, &[]);
        b.push(0, 3, &[]);
        b.push(3, 0, &[0, 4]);
        let t = b.build(4);
        assert_eq!(t.keys(), 4);
        let got: Vec<Vec<(usize, Vec<u32>)>> = (0..4)
            .map(|k| {
                t.of(k)
                    .map(|i| (t.entry(i), t.collapsed(i).to_vec()))
                    .collect()
            })
            .collect();
        assert_eq!(
            got,
            vec![
                vec![(3, vec![])],
                vec![(7, vec![2]), (5, vec![]), (7, vec![])],
                vec![],
                vec![(0, vec![0, 4])],
            ]
        );
        let parts = t.parts().map(<[u32]>::to_vec);
        let cows = |p: [Vec<u32>; 4]| p.map(Cow::Owned);
        assert_eq!(KeyTargets::from_parts(cows(parts.clone()), 4, 8), Some(t));
        assert!(
            KeyTargets::from_parts(cows(parts.clone()), 4, 7).is_none(),
            "entry 7"
        );
        assert!(
            KeyTargets::from_parts(cows(parts.clone()), 3, 8).is_none(),
            "keys"
        );
        let mut bad = parts.clone();
        bad[0].swap(1, 2);
        assert!(
            KeyTargets::from_parts(cows(bad), 4, 8).is_none(),
            "decreasing"
        );
        let mut bad = parts;
        bad[3].pop();
        assert!(
            KeyTargets::from_parts(cows(bad), 4, 8).is_none(),
            "short offsets"
        );
    }
}
