#![no_main]
//! CSV and JSONL readers: never panic; every record is a message or a reject.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("c2chat-fuzz-ingest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok();
    for ext in ["csv", "jsonl"] {
        let p = dir.join(format!("in.{ext}"));
        std::fs::write(&p, data).unwrap();
        let _ = c2chat::ingest::ingest(&[p], &Default::default());
    }
});
