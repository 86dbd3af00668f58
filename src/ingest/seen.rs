//! The duplicate check over message ids (`--dedupe global`), exact and in bounded memory.
//!
//! Each id becomes a 128-bit hash (16 bytes; the id itself is never kept). Hashes are held in
//! memory up to [`MEMORY_IDS`]; when the set is full it is sorted and written as a *run* (a
//! file of sorted 16-byte records) to a private temporary directory, and the memory set starts
//! afresh. A lookup checks the memory set, then each run: first its Bloom filter (about one
//! byte per spilled id, one cache line per lookup, so most lookups never touch the disk),
//! then, only when the filter says "maybe", a binary search of one 4 KiB block found through
//! the run's fence index (the first hash of every block, 8 bytes per 256 ids). When there are
//! more than [`MAX_RUNS`] runs the newest, smallest ones are merged into one (a k-way merge,
//! each id rewritten O(log n) times), so a lookup reads at most [`MAX_RUNS`] filters.
//!
//! The temporary directory (`c2chat-dedupe-XXXXXX` in [`std::env::temp_dir`], i.e. `$TMPDIR`
//! or `/tmp`) has mode 0700 and its files 0600; it is made only when the first run is
//! written and removed when the check is dropped: at the end of the run, and on an error.
//! The files hold hashes of ids, never text.
//!
//! Invariant: the answers are exactly those of one in-memory set of the same hashes, whatever
//! the memory cap, so rejects (first occurrence wins) never depend on when runs are written.

use crate::error::{Context, Error, Result};
use std::collections::{BinaryHeap, HashSet};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// Hashes held in memory before they are spilled to a run: 7/8 of 2^20, the most a hash table
/// of 2^20 slots holds (17 MiB, plus 14 MiB for the sorted copy while a run is written).
pub const MEMORY_IDS: usize = 917_504;
/// The environment variable that overrides [`MEMORY_IDS`] (a whole number, at least 1).
pub const MEMORY_IDS_ENV: &str = "C2CHAT_DEDUPE_MEMORY_IDS";
/// Runs on disk before the newest are merged.
pub const MAX_RUNS: usize = 8;
/// Records per block of a run (4 KiB): one fence entry per block.
const BLOCK: usize = 256;
/// Bytes per record.
const RECORD: usize = 16;
/// Bloom filter bits per spilled id, and bits set per id (about 3% false positives).
const BLOOM_BITS_PER_ID: u64 = 8;
const BLOOM_HASHES: usize = 4;
/// What the errors of the check say was being done.
const WHAT: &str = "duplicate check (--dedupe global): spilled message-id hashes";

/// The 128-bit hash of a message id (two 64-bit SipHashes with fixed keys: the same in every
/// run and on every machine).
pub fn hash_id(id: &str) -> u128 {
    use std::hash::{Hash, Hasher};
    let mut a = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut a);
    let mut b = std::collections::hash_map::DefaultHasher::new();
    (0x5eed_u32, id).hash(&mut b);
    ((a.finish() as u128) << 64) | b.finish() as u128
}

/// The ids seen so far; with [`Dedupe::None`](super::Dedupe::None) every id counts as new and
/// nothing is kept.
pub(crate) struct SeenIds(Option<SpillSet>);

impl SeenIds {
    /// The check for `dedupe`, with its memory cap from [`MEMORY_IDS_ENV`] or [`MEMORY_IDS`],
    /// spilling under [`std::env::temp_dir`].
    pub(crate) fn new(dedupe: super::Dedupe) -> Result<Self> {
        if dedupe == super::Dedupe::None {
            return Ok(SeenIds(None));
        }
        let cap = match std::env::var(MEMORY_IDS_ENV) {
            Err(_) => MEMORY_IDS,
            Ok(v) => v.trim().parse::<usize>().ok().filter(|&n| n >= 1).ok_or_else(|| {
                crate::err!("{MEMORY_IDS_ENV}: expected a whole number of ids (at least 1), found {v:?}")
            })?,
        };
        Ok(SeenIds(Some(SpillSet::new(
            cap,
            MAX_RUNS,
            std::env::temp_dir(),
        ))))
    }

    /// True if the id is new (it is then remembered).
    pub(crate) fn insert(&mut self, id: &str) -> Result<bool> {
        match &mut self.0 {
            None => Ok(true),
            Some(s) => s.insert(hash_id(id)),
        }
    }
}

/// An exact set of 128-bit hashes in bounded memory: a memory set plus sorted runs on disk.
pub struct SpillSet {
    memory: HashSet<u128>,
    cap: usize,
    max_runs: usize,
    base: PathBuf,
    /// Dropped before `dir`, so that the files are closed when the directory is removed.
    runs: Vec<Run>,
    dir: Option<tempfile::TempDir>,
    next_run: u64,
    block: Vec<u8>,
}

impl SpillSet {
    /// A set holding up to `cap` hashes in memory (at least 1) and at most `max_runs` runs
    /// (at least 2) in a temporary directory made in `base` when first needed.
    pub fn new(cap: usize, max_runs: usize, base: impl Into<PathBuf>) -> SpillSet {
        SpillSet {
            memory: HashSet::new(),
            cap: cap.max(1),
            max_runs: max_runs.max(2),
            base: base.into(),
            runs: Vec::new(),
            dir: None,
            next_run: 0,
            block: vec![0; BLOCK * RECORD],
        }
    }

    /// True if `h` is new (it is then remembered); an error names the run file that failed.
    pub fn insert(&mut self, h: u128) -> Result<bool> {
        if self.memory.contains(&h) {
            return Ok(false);
        }
        for run in &self.runs {
            if run.contains(h, &mut self.block)? {
                return Ok(false);
            }
        }
        self.memory.insert(h);
        if self.memory.len() >= self.cap {
            self.spill()?;
        }
        Ok(true)
    }

    /// The runs on disk (for tests and diagnostics).
    pub fn runs(&self) -> usize {
        self.runs.len()
    }

    /// The hashes held in memory.
    pub fn in_memory(&self) -> usize {
        self.memory.len()
    }

    /// The temporary directory, once a run has been written.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_ref().map(|d| d.path())
    }

    /// The path of the next run file, making the directory first if need be.
    fn next_path(&mut self) -> Result<PathBuf> {
        if self.dir.is_none() {
            let mut b = tempfile::Builder::new();
            b.prefix("c2chat-dedupe-");
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                b.permissions(std::fs::Permissions::from_mode(0o700));
            }
            let d = b
                .tempdir_in(&self.base)
                .map_err(|e| Error::file(&self.base, e))
                .context(WHAT)?;
            self.dir = Some(d);
        }
        self.next_run += 1;
        let dir = self.dir.as_ref().expect("made above").path();
        Ok(dir.join(format!("run-{}.ids", self.next_run)))
    }

    /// Write the memory set as a sorted run, then merge if there are too many runs.
    fn spill(&mut self) -> Result<()> {
        let mut ids: Vec<u128> = self.memory.drain().collect();
        ids.sort_unstable();
        let path = self.next_path()?;
        let mut w = RunWriter::create(path, ids.len() as u64)?;
        for h in ids {
            w.push(h)?;
        }
        self.runs.push(w.finish()?);
        if self.runs.len() > self.max_runs {
            self.merge()?;
        }
        Ok(())
    }

    /// Merge the newest runs, from the first one no larger than all the runs after it
    /// together (at least two runs), into one.
    fn merge(&mut self) -> Result<()> {
        let lens: Vec<u64> = self.runs.iter().map(|r| r.len).collect();
        let start = merge_start(&lens);
        // The old filters and fences go before the new ones are built.
        let old: Vec<(PathBuf, File)> =
            self.runs.drain(start..).map(|r| (r.path, r.file)).collect();
        let total = lens[start..].iter().sum();
        let path = self.next_path()?;
        let mut w = RunWriter::create(path, total)?;
        let mut readers = Vec::with_capacity(old.len());
        let mut heap = BinaryHeap::new();
        for (i, (p, f)) in old.iter().enumerate() {
            // The file was written through this handle: read it from the start.
            let mut f: &File = f;
            std::io::Seek::rewind(&mut f)
                .map_err(|e| Error::file(p, e))
                .context(WHAT)?;
            let mut r = BufReader::with_capacity(1 << 16, f);
            if let Some(h) = next_record(&mut r, p)? {
                heap.push(std::cmp::Reverse((h, i)));
            }
            readers.push(r);
        }
        let mut last = None;
        while let Some(std::cmp::Reverse((h, i))) = heap.pop() {
            if last != Some(h) {
                w.push(h)?;
                last = Some(h);
            }
            if let Some(n) = next_record(&mut readers[i], &old[i].0)? {
                heap.push(std::cmp::Reverse((n, i)));
            }
        }
        drop(readers);
        self.runs.push(w.finish()?);
        for (p, f) in old {
            drop(f);
            std::fs::remove_file(&p)
                .map_err(|e| Error::file(&p, e))
                .context(WHAT)?;
        }
        Ok(())
    }
}

/// Where a merge starts: the first run no larger than all the runs after it together, and
/// at the latest the last but one (so a merge always joins at least two runs).
fn merge_start(lens: &[u64]) -> usize {
    let mut start = lens.len().saturating_sub(2);
    let mut after = 0u64;
    for i in (0..lens.len()).rev() {
        if i + 1 < lens.len() && lens[i] <= after {
            start = start.min(i);
        }
        after += lens[i];
    }
    start
}

/// The next 16-byte record of a run being merged, or `None` at its end.
fn next_record(r: &mut impl Read, path: &Path) -> Result<Option<u128>> {
    let mut b = [0u8; RECORD];
    match r.read_exact(&mut b) {
        Ok(()) => Ok(Some(u128::from_be_bytes(b))),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(None),
        Err(e) => Err(Error::file(path, e).context(WHAT)),
    }
}

/// A blocked Bloom filter over 128-bit hashes (already uniform): the low half picks one
/// 64-byte line, the high half the bits within it, so a lookup costs one cache miss.
struct Bloom {
    lines: Vec<Line>,
}

/// One cache line of a [`Bloom`] filter.
#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
struct Line([u64; 8]);

impl Bloom {
    fn new(n: u64) -> Bloom {
        let lines = (n * BLOOM_BITS_PER_ID).div_ceil(512).max(1);
        Bloom {
            lines: vec![Line::default(); lines as usize],
        }
    }

    /// The line of `h`, and its bits there as (word, mask) pairs.
    fn probes(&self, h: u128) -> (usize, [(usize, u64); BLOOM_HASHES]) {
        let line = ((h as u64 as u128 * self.lines.len() as u128) >> 64) as usize;
        let mut x = (h >> 64) as u64;
        let mut bits = [(0, 0); BLOOM_HASHES];
        for b in &mut bits {
            let bit = x & 511;
            x >>= 9;
            *b = ((bit / 64) as usize, 1u64 << (bit % 64));
        }
        (line, bits)
    }

    fn add(&mut self, h: u128) {
        let (line, bits) = self.probes(h);
        let l = &mut self.lines[line].0;
        for (w, mask) in bits {
            l[w] |= mask;
        }
    }

    fn maybe(&self, h: u128) -> bool {
        let (line, bits) = self.probes(h);
        let l = &self.lines[line].0;
        bits.iter().all(|&(w, mask)| l[w] & mask != 0)
    }
}

/// One sorted run on disk with its filter and fence index.
struct Run {
    path: PathBuf,
    file: File,
    /// Records.
    len: u64,
    /// The top 64 bits of the first hash of every block.
    fences: Vec<u64>,
    bloom: Bloom,
}

impl Run {
    /// Whether `h` is in the run; `buf` holds one block.
    fn contains(&self, h: u128, buf: &mut [u8]) -> Result<bool> {
        if !self.bloom.maybe(h) {
            return Ok(false);
        }
        let top = (h >> 64) as u64;
        let lo = self.fences.partition_point(|&f| f < top).saturating_sub(1);
        let hi = self.fences.partition_point(|&f| f <= top);
        for b in lo..hi {
            let first = (b * BLOCK) as u64;
            let n = (self.len - first).min(BLOCK as u64) as usize;
            let bytes = &mut buf[..n * RECORD];
            read_at(&self.file, bytes, first * RECORD as u64)
                .map_err(|e| Error::file(&self.path, e))
                .context(WHAT)?;
            let at = |i: usize| {
                u128::from_be_bytes(bytes[i * RECORD..(i + 1) * RECORD].try_into().expect("16"))
            };
            let (mut l, mut r) = (0, n);
            while l < r {
                let mid = (l + r) / 2;
                match at(mid).cmp(&h) {
                    std::cmp::Ordering::Less => l = mid + 1,
                    std::cmp::Ordering::Greater => r = mid,
                    std::cmp::Ordering::Equal => return Ok(true),
                }
            }
        }
        Ok(false)
    }
}

#[cfg(unix)]
fn read_at(f: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(f, buf, offset)
}

#[cfg(not(unix))]
fn read_at(mut f: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    use std::io::Seek;
    f.seek(std::io::SeekFrom::Start(offset))?;
    f.read_exact(buf)
}

/// Writes a run from hashes in ascending order, building its filter and fences.
struct RunWriter {
    path: PathBuf,
    out: BufWriter<File>,
    len: u64,
    fences: Vec<u64>,
    bloom: Bloom,
}

impl RunWriter {
    /// A new run file (mode 0600, never an existing file) for `n` hashes.
    fn create(path: PathBuf, n: u64) -> Result<RunWriter> {
        let mut o = std::fs::OpenOptions::new();
        o.read(true).write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        let file = o
            .open(&path)
            .map_err(|e| Error::file(&path, e))
            .context(WHAT)?;
        Ok(RunWriter {
            path,
            out: BufWriter::with_capacity(1 << 16, file),
            len: 0,
            fences: Vec::with_capacity(n.div_ceil(BLOCK as u64) as usize),
            bloom: Bloom::new(n),
        })
    }

    fn push(&mut self, h: u128) -> Result<()> {
        if self.len.is_multiple_of(BLOCK as u64) {
            self.fences.push((h >> 64) as u64);
        }
        self.bloom.add(h);
        self.len += 1;
        self.out
            .write_all(&h.to_be_bytes())
            .map_err(|e| Error::file(&self.path, e))
            .context(WHAT)
    }

    fn finish(self) -> Result<Run> {
        let path = self.path;
        let file = self
            .out
            .into_inner()
            .map_err(|e| Error::file(&path, e.into_error()))
            .context(WHAT)?;
        Ok(Run {
            path,
            file,
            len: self.len,
            fences: self.fences,
            bloom: self.bloom,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Hashes spread over the whole range (as real ones are), from small numbers.
    fn spread(i: u64) -> u128 {
        hash_id(&format!("m{i}"))
    }

    #[test]
    fn hash_id_is_stable() {
        // The hash decides which ids count as equal: it must not change between releases.
        assert_eq!(hash_id("m1"), hash_id("m1"));
        assert_ne!(hash_id("m1"), hash_id("m2"));
        assert_ne!(hash_id(""), hash_id(" "));
    }

    #[test]
    fn duplicates_in_memory_and_in_runs_are_found() {
        let base = tempfile::tempdir().unwrap();
        let mut s = SpillSet::new(10, 3, base.path());
        for i in 0..500 {
            assert!(s.insert(spread(i)).unwrap(), "id {i} is new");
        }
        assert!(s.runs() >= 2 && s.runs() <= 3, "{} runs", s.runs());
        assert!(s.in_memory() < 10);
        // Every earlier id, whether in memory, in the newest run or in merged runs.
        for i in (0..500).rev() {
            assert!(!s.insert(spread(i)).unwrap(), "id {i} is a duplicate");
        }
        for i in 500..700 {
            assert!(s.insert(spread(i)).unwrap(), "id {i} is new");
        }
    }

    #[test]
    fn merge_keeps_runs_bounded_and_joins_at_least_two() {
        assert_eq!(merge_start(&[10, 10, 10]), 0);
        assert_eq!(merge_start(&[90, 10, 10]), 1);
        assert_eq!(merge_start(&[10, 90]), 0);
        assert_eq!(merge_start(&[90, 80, 5]), 1);
        let base = tempfile::tempdir().unwrap();
        let mut s = SpillSet::new(3, 4, base.path());
        for i in 0..2000 {
            s.insert(spread(i)).unwrap();
            assert!(s.runs() <= 4);
        }
        let files = std::fs::read_dir(s.dir().unwrap()).unwrap().count();
        assert_eq!(files, s.runs(), "merged runs are deleted");
    }

    #[test]
    fn equal_top_halves_across_blocks_are_found() {
        // Hashes that share their top 64 bits span several blocks: the fence index must
        // still lead to each of them.
        let base = tempfile::tempdir().unwrap();
        let mut s = SpillSet::new(1000, 8, base.path());
        let h = |i: u128| (7u128 << 64) | (i * 3);
        for i in 0..1000 {
            assert!(s.insert(h(i)).unwrap());
        }
        assert_eq!(s.runs(), 1);
        for i in 0..1000 {
            assert!(!s.insert(h(i)).unwrap(), "{i}");
            assert!(s.insert(h(i) + 1).unwrap(), "{i} + 1 is new");
        }
    }

    #[test]
    fn directory_is_private_and_removed_on_drop() {
        let base = tempfile::tempdir().unwrap();
        let mut s = SpillSet::new(4, 8, base.path());
        for i in 0..3 {
            s.insert(spread(i)).unwrap();
        }
        assert!(s.dir().is_none(), "nothing written below the cap");
        for i in 3..40 {
            s.insert(spread(i)).unwrap();
        }
        let dir = s.dir().unwrap().to_path_buf();
        assert!(dir.starts_with(base.path()));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&dir), 0o700);
            for f in std::fs::read_dir(&dir).unwrap() {
                assert_eq!(mode(&f.unwrap().path()), 0o600);
            }
        }
        drop(s);
        assert!(!dir.exists());
        assert_eq!(std::fs::read_dir(base.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_missing_temporary_directory_is_an_error_naming_it() {
        let base = tempfile::tempdir().unwrap();
        let gone = base.path().join("no-such-dir");
        let mut s = SpillSet::new(2, 8, &gone);
        s.insert(1).unwrap();
        let e = s.insert(2).unwrap_err();
        let chain = format!("{e}: {}", std::error::Error::source(&e).unwrap());
        assert!(chain.contains("duplicate check"), "{chain}");
        assert!(chain.contains("no-such-dir"), "{chain}");
    }

    #[test]
    fn bloom_has_no_false_negatives_and_few_false_positives() {
        let mut b = Bloom::new(10_000);
        for i in 0..10_000 {
            b.add(spread(i));
        }
        assert!((0..10_000).all(|i| b.maybe(spread(i))));
        let fp = (10_000..30_000).filter(|&i| b.maybe(spread(i))).count();
        assert!(fp < 20_000 * 6 / 100, "{fp} false positives in 20,000");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Whatever the cap and run limit, the answers are those of one in-memory set.
        #[test]
        fn same_answers_as_a_hash_set(
            ids in proptest::collection::vec(0u64..400, 0..600),
            cap in 1usize..40,
            max_runs in 2usize..6,
        ) {
            let base = tempfile::tempdir().unwrap();
            let mut s = SpillSet::new(cap, max_runs, base.path());
            let mut want = HashSet::new();
            for i in ids {
                let h = spread(i);
                prop_assert_eq!(s.insert(h).unwrap(), want.insert(h));
                prop_assert!(s.runs() <= max_runs);
            }
        }
    }
}
