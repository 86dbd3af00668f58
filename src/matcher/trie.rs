//! The term keys as a byte trie, walked from each word start (issue 23, session 14).
//!
//! The matcher only keeps term matches that start where the previous character is not a
//! word character, so it never needs an Aho-Corasick automaton's failure transitions (which
//! were the largest single cost of start-up, ~10^5 keys): walking this trie from every such
//! position finds exactly the keys an overlapping Aho-Corasick search finds there.
//! [`TermTrie::find_at`] reports them; the matcher orders them the way the automaton did.
//!
//! Invariant: `find_at(t, s)` reports every key that is a prefix of `t[s..]`, once, with the
//! id it was given when first inserted.

use std::borrow::Cow;

/// No key ends at this node.
const NO_KEY: u32 = u32::MAX;

/// A trie under construction: each node's children are a linked list.
struct Building {
    /// Per node: first child, next sibling, key id, the byte on the edge into it.
    first: Vec<u32>,
    next: Vec<u32>,
    key: Vec<u32>,
    byte: Vec<u8>,
    /// The root's children by byte (the widest fan-out).
    root: [u32; 256],
}

const NONE: u32 = u32::MAX;

impl Building {
    fn new() -> Building {
        Building {
            first: vec![NONE],
            next: vec![NONE],
            key: vec![NO_KEY],
            byte: vec![0],
            root: [NONE; 256],
        }
    }

    fn push(&mut self, b: u8, next: u32) -> u32 {
        let id = self.first.len() as u32;
        self.first.push(NONE);
        self.next.push(next);
        self.key.push(NO_KEY);
        self.byte.push(b);
        id
    }

    /// The node of `key`, added if new.
    fn node(&mut self, key: &[u8]) -> usize {
        let mut cur = 0u32;
        for (d, &b) in key.iter().enumerate() {
            if d == 0 {
                if self.root[b as usize] == NONE {
                    let id = self.push(b, self.first[0]);
                    self.first[0] = id;
                    self.root[b as usize] = id;
                }
                cur = self.root[b as usize];
                continue;
            }
            let mut c = self.first[cur as usize];
            while c != NONE && self.byte[c as usize] != b {
                c = self.next[c as usize];
            }
            if c == NONE {
                c = self.push(b, self.first[cur as usize]);
                self.first[cur as usize] = c;
            }
            cur = c;
        }
        cur as usize
    }
}

/// Keys with ids, built once; see the module documentation. The arrays are built at run
/// time or borrowed from the generated blob built into the binary (`super::blob`).
pub(super) struct TermTrie {
    /// Per node (breadth-first order): its children are nodes `child[i]..child[i + 1]`.
    child: Cow<'static, [u32]>,
    /// Per node: the byte on the edge into it.
    byte: Cow<'static, [u8]>,
    /// Per node: the id of the key ending here, or [`NO_KEY`].
    key: Cow<'static, [u32]>,
    /// The root's children by byte.
    root: Box<[u32; 256]>,
    len: usize,
}

/// Builds a [`TermTrie`], giving each new key the next id.
pub(super) struct TermTrieBuilder {
    b: Building,
    len: usize,
}

impl TermTrieBuilder {
    pub(super) fn new() -> TermTrieBuilder {
        TermTrieBuilder {
            b: Building::new(),
            len: 0,
        }
    }

    /// The id of `key`: its existing id, or the next one if it is new.
    pub(super) fn insert(&mut self, key: &str) -> usize {
        let n = self.b.node(key.as_bytes());
        if self.b.key[n] == NO_KEY {
            self.b.key[n] = self.len as u32;
            self.len += 1;
        }
        self.b.key[n] as usize
    }

    /// The number of distinct keys inserted.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// The trie, its nodes renumbered breadth-first so that each node's children are
    /// contiguous.
    pub(super) fn build(self) -> TermTrie {
        let b = self.b;
        let n = b.first.len();
        let mut order: Vec<u32> = Vec::with_capacity(n);
        let mut child: Vec<u32> = Vec::with_capacity(n + 1);
        order.push(0);
        let mut i = 0;
        while i < order.len() {
            child.push(order.len() as u32);
            let mut c = b.first[order[i] as usize];
            while c != NONE {
                order.push(c);
                c = b.next[c as usize];
            }
            i += 1;
        }
        child.push(order.len() as u32);
        let mut new_id = vec![0u32; n];
        for (new, &old) in order.iter().enumerate() {
            new_id[old as usize] = new as u32;
        }
        let byte: Vec<u8> = order.iter().map(|&o| b.byte[o as usize]).collect();
        let key: Vec<u32> = order.iter().map(|&o| b.key[o as usize]).collect();
        let mut root = Box::new([NONE; 256]);
        for (r, &old) in root.iter_mut().zip(b.root.iter()) {
            if old != NONE {
                *r = new_id[old as usize];
            }
        }
        TermTrie {
            child: child.into(),
            byte: byte.into(),
            key: key.into(),
            root,
            len: self.len,
        }
    }
}

impl TermTrie {
    /// The trie's arrays, for [`super::blob`]: per node the child start (one more than the
    /// nodes), the byte into it and its key id; the root's children; the number of keys.
    #[cfg(test)]
    pub(super) fn parts(&self) -> (&[u32], &[u8], &[u32], &[u32; 256], usize) {
        (&self.child, &self.byte, &self.key, &self.root, self.len)
    }

    /// A trie from [`TermTrie::parts`], or `None` if they are inconsistent (every index is
    /// checked, so a damaged blob cannot make [`TermTrie::find_at`] read out of bounds).
    pub(super) fn from_parts(
        child: Cow<'static, [u32]>,
        byte: Cow<'static, [u8]>,
        key: Cow<'static, [u32]>,
        root: Box<[u32; 256]>,
        len: usize,
    ) -> Option<TermTrie> {
        let n = byte.len();
        let ok = n > 0
            && key.len() == n
            && child.len() == n + 1
            && child.windows(2).all(|w| w[0] <= w[1])
            && child.last().is_some_and(|&c| c as usize <= n)
            && key.iter().all(|&k| k == NO_KEY || (k as usize) < len)
            && root.iter().all(|&r| r == NONE || (r as usize) < n);
        ok.then_some(TermTrie {
            child,
            byte,
            key,
            root,
            len,
        })
    }

    /// Whether every array is borrowed (from the built-in blob) rather than owned.
    #[cfg(test)]
    pub(super) fn is_borrowed(&self) -> bool {
        [&self.child, &self.key]
            .iter()
            .all(|a| matches!(a, Cow::Borrowed(_)))
            && matches!(self.byte, Cow::Borrowed(_))
    }

    /// Whether the trie has no keys.
    pub(super) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Calls `f(end, key id)` for every key that is a prefix of `t[s..]`, shortest first.
    pub(super) fn find_at(&self, t: &[u8], s: usize, mut f: impl FnMut(usize, usize)) {
        if self.key[0] != NO_KEY {
            f(s, self.key[0] as usize);
        }
        let Some(&b0) = t.get(s) else {
            return;
        };
        let mut cur = self.root[b0 as usize];
        let mut pos = s + 1;
        while cur != NONE {
            let k = self.key[cur as usize];
            if k != NO_KEY {
                f(pos, k as usize);
            }
            let Some(&b) = t.get(pos) else {
                return;
            };
            let (lo, hi) = (
                self.child[cur as usize] as usize,
                self.child[cur as usize + 1] as usize,
            );
            cur = match self.byte[lo..hi].iter().position(|&x| x == b) {
                Some(i) => (lo + i) as u32,
                None => NONE,
            };
            pos += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_that_is_a_prefix_with_its_first_id() {
        let mut b = TermTrieBuilder::new();
        let words = ["send", "send me", "sen", "pic", "send", "s", "😀x"];
        let ids: Vec<usize> = words.iter().map(|w| b.insert(w)).collect();
        assert_eq!(ids, vec![0, 1, 2, 3, 0, 4, 5]);
        assert_eq!(b.len(), 6);
        let t = b.build();
        let mut got = Vec::new();
        t.find_at(b"send me a pic", 0, |e, k| got.push((e, k)));
        assert_eq!(got, vec![(1, 4), (3, 2), (4, 0), (7, 1)]);
        got.clear();
        t.find_at(b"send me a pic", 10, |e, k| got.push((e, k)));
        assert_eq!(got, vec![(13, 3)]);
        got.clear();
        t.find_at("😀x".as_bytes(), 0, |e, k| got.push((e, k)));
        assert_eq!(got, vec![(5, 5)]);
        got.clear();
        t.find_at(b"pi", 0, |e, k| got.push((e, k)));
        assert!(got.is_empty());
    }
}
