#![no_main]
//! Normaliser invariants: offsets map within bounds, on char boundaries, monotonically; spans'
//! text equals the original substring.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let n = c2chat::normalise::normalise(s);
    let t = n.text();
    let mut last = 0usize;
    for (i, c) in t.char_indices() {
        let r = n.original_bytes(i..i + c.len_utf8()).expect("maps");
        assert!(r.end <= s.len() && s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
        assert!(r.start >= last);
        last = r.start;
    }
    for tok in n.tokens() {
        assert!(tok.start <= tok.end && tok.end <= s.chars().count());
    }
});
