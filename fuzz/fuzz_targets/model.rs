#![no_main]
//! Model loading: a clear error, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = c2chat::classify::Model::from_bytes(data, "fuzz.model");
});
