#![no_main]
//! Chat-export readers (WhatsApp, Telegram, Discord, CHILDES): never panic.
use c2chat::ingest::chat::{parse_chat, ChatFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for f in ChatFormat::ALL {
        let _ = parse_chat(f, std::path::Path::new("fuzz.txt"), data);
    }
});
