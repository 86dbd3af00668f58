//! Giving back the pages of built-in data once it has been read (issue 23, session 23).
//!
//! The built-in lexicon snapshot (2.3 MB), the default model (2.6 MB) and the term-key blob
//! (4.6 MB) are built into the executable. Reading them at start-up maps their pages into the
//! process, where they count in its resident memory until it exits, although the snapshot and
//! the model are never read again and a small file needs few pages of the blob.
//! [`release_embedded`] tells the kernel the pages are not needed now. For read-only data mapped
//! from the executable file this only unmaps them: a later read maps the same bytes back from
//! the file, so nothing that reads the data can see a difference.
//!
//! Invariant: only data built into the executable (`include_bytes!`/`include_str!` statics) is
//! ever passed here; never heap or writable memory, which the kernel would zero.

/// Unmap the whole pages inside `bytes` (Linux; elsewhere nothing happens).
///
/// # Safety
/// `bytes` must be data built into the executable or library (an `include_bytes!` or
/// `include_str!` static), which lives in a read-only mapping of the file.
#[allow(unused_variables)]
pub(crate) unsafe fn release_embedded(bytes: &'static [u8]) {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: sysconf only reads a system setting.
        let page = match unsafe { libc::sysconf(libc::_SC_PAGESIZE) } {
            p if p > 0 => p as usize,
            _ => return,
        };
        let from = bytes.as_ptr() as usize;
        let start = from.next_multiple_of(page);
        let end = (from + bytes.len()) / page * page;
        if end > start {
            // SAFETY: `start..end` is whole pages inside `bytes`, which the caller guarantees
            // is a read-only file mapping: MADV_DONTNEED drops the pages from this process,
            // and the next read maps the same file contents again. A failure changes nothing.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    /// Bytes built into the test binary, read, released and read again give the same sum.
    #[test]
    fn released_embedded_bytes_read_the_same() {
        static DATA: &[u8] = include_bytes!("matcher/terms.bin");
        let sum = |b: &[u8]| b.iter().map(|&x| u64::from(x)).sum::<u64>();
        let before = sum(DATA);
        // SAFETY: DATA is an include_bytes! static.
        unsafe { super::release_embedded(DATA) };
        assert_eq!(sum(DATA), before);
        assert!(before > 0);
    }
}
