//! The default lexicon's term keys, generated ahead of time (issue 23, session 17).
//!
//! Building the term trie (each entry's key, its Welsh mutations, joined forms and
//! once-doubled variants: ~10^5 keys) was a fifth of start-up. `terms.bin` holds the trie and
//! its targets for the built-in default lexicon, with a SHA-256 of everything the build reads
//! ([`input_hash`]: each entry's key, kind and mutations in order, the normalised
//! `not-joined.txt` words and a format tag). The matcher uses the blob only when that hash
//! equals the hash of the lexicon it is given, so a blob made from other inputs is never used;
//! otherwise it builds the keys as before. The test
//! `matcher::tests::the_term_key_blob_is_what_the_default_lexicon_builds` fails when the blob
//! differs from the runtime build (a lexicon edit, or a change to the key generator), and
//! `C2CHAT_WRITE_TERM_KEYS=1 cargo test --release --lib the_term_key_blob` rewrites it.

use super::{KeyTargets, TermTrie};
use crate::lexicon::{Lexicon, MatchKind};
use sha2::{Digest, Sha256};
use std::borrow::Cow;

/// Names the generator and this layout: change it when either changes.
const FORMAT: &[u8] = b"c2chat term keys v3 (flat targets, aligned)";
const MAGIC: &[u8; 4] = b"C2TK";

/// Bytes aligned for `u32`, so that the blob's arrays are read in place.
#[repr(C, align(4))]
struct Aligned<B: ?Sized>(B);

static ALIGNED: &Aligned<[u8]> = &Aligned(*include_bytes!("terms.bin"));

/// The blob for the built-in default lexicon (see the module documentation). Its `u32`
/// arrays start at multiples of 4 and it starts on one, so on a little-endian machine the
/// matcher borrows them from the binary's read-only pages instead of copying 4.6 MB into
/// the heap at every start (issue 23, session 23).
pub(super) static BLOB: &[u8] = &ALIGNED.0;

fn put(h: &mut Sha256, b: &[u8]) {
    h.update((b.len() as u64).to_le_bytes());
    h.update(b);
}

/// A hash of everything [`super::term_keys`] reads from `lex` and the program.
pub(super) fn input_hash(lex: &Lexicon) -> [u8; 32] {
    let mut h = Sha256::new();
    put(&mut h, FORMAT);
    put(
        &mut h,
        &(super::MAX_PARTIAL_JOIN_WORDS as u64).to_le_bytes(),
    );
    let mut words: Vec<String> = super::not_joined_words().into_iter().collect();
    words.sort();
    for w in &words {
        put(&mut h, w.as_bytes());
    }
    put(&mut h, &(lex.entries.len() as u64).to_le_bytes());
    for e in &lex.entries {
        put(&mut h, e.key.as_bytes());
        put(&mut h, &[u8::from(e.kind == MatchKind::Word)]);
        put(&mut h, &(e.variants.len() as u64).to_le_bytes());
        for v in &e.variants {
            put(&mut h, v.as_bytes());
        }
    }
    h.finalize().into()
}

#[cfg(test)]
fn u32s(out: &mut Vec<u8>, xs: &[u32]) {
    out.extend_from_slice(&(xs.len() as u32).to_le_bytes());
    for x in xs {
        out.extend_from_slice(&x.to_le_bytes());
    }
}

/// The blob of a trie and its targets, made from inputs hashing to `hash` (written by the
/// test that checks it). After the magic and the hash: the trie's child starts, bytes, key
/// ids, root children and key count, then the targets' four arrays
/// ([`KeyTargets::parts`]), each array a `u32` length and its items, little-endian.
#[cfg(test)]
pub(super) fn encode(hash: &[u8; 32], trie: &TermTrie, targets: &KeyTargets) -> Vec<u8> {
    let (child, byte, key, root, len) = trie.parts();
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(hash);
    u32s(&mut out, child);
    out.extend_from_slice(&(byte.len() as u32).to_le_bytes());
    out.extend_from_slice(byte);
    out.resize(out.len() + pad(byte.len()), 0);
    u32s(&mut out, key);
    u32s(&mut out, root);
    out.extend_from_slice(&(len as u32).to_le_bytes());
    for part in targets.parts() {
        u32s(&mut out, part);
    }
    out
}

/// The zero bytes after an array of `n` bytes that bring the next array to a multiple of 4.
fn pad(n: usize) -> usize {
    (4 - n % 4) % 4
}

/// Reads a blob front to back; every read is bounds-checked.
struct Reader(&'static [u8]);

impl Reader {
    fn take(&mut self, n: usize) -> Option<&'static [u8]> {
        if n > self.0.len() {
            return None;
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Some(a)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    /// A length and that many `u32`s: borrowed from the blob where they are aligned and the
    /// machine is little-endian, else copied.
    fn u32s(&mut self) -> Option<Cow<'static, [u32]>> {
        let n = self.u32()? as usize;
        let b = self.take(n.checked_mul(4)?)?;
        // SAFETY: every bit pattern is a valid `u32`, and `align_to` gives a middle part only
        // where it is aligned.
        let (head, mid, tail) = unsafe { b.align_to::<u32>() };
        if cfg!(target_endian = "little") && head.is_empty() && tail.is_empty() {
            return Some(Cow::Borrowed(mid));
        }
        Some(Cow::Owned(
            b.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        ))
    }
}

/// The trie and targets of `blob` if it was made from inputs hashing to `hash` and is
/// well formed (one target list per key, targets naming entries below `entries`, every
/// offset in bounds, nothing after the last array); otherwise `None`.
pub(super) fn decode(
    blob: &'static [u8],
    hash: &[u8; 32],
    entries: usize,
) -> Option<(TermTrie, KeyTargets)> {
    let mut r = Reader(blob);
    if r.take(4)? != MAGIC || r.take(32)? != hash {
        return None;
    }
    let child = r.u32s()?;
    let n = r.u32()? as usize;
    let byte = Cow::Borrowed(r.take(n)?);
    r.take(pad(n))?.iter().all(|&b| b == 0).then_some(())?;
    let key = r.u32s()?;
    let root: Box<[u32; 256]> = r.u32s()?.into_owned().into_boxed_slice().try_into().ok()?;
    let len = r.u32()? as usize;
    let trie = TermTrie::from_parts(child, byte, key, root, len)?;
    let parts = [r.u32s()?, r.u32s()?, r.u32s()?, r.u32s()?];
    let targets = KeyTargets::from_parts(parts, len, entries)?;
    r.0.is_empty().then_some((trie, targets))
}
