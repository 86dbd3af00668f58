#![no_main]
//! Lexicon TSV and pattern compilers: a clear error, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("c2chat-fuzz-lex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok();
    std::fs::write(
        dir.join("lexicon.toml"),
        "name = \"f\"\nversion = \"0\"\n[[categories]]\nid = \"protective\"\ndefinition = \"d\"\n",
    )
    .unwrap();
    let half = data.len() / 2;
    std::fs::write(dir.join("e.tsv"), &data[..half]).unwrap();
    std::fs::write(dir.join("patterns.toml"), &data[half..]).unwrap();
    if let Ok(lex) = c2chat::lexicon::Lexicon::load(&dir) {
        if let Ok(m) = c2chat::matcher::Matcher::new(lex) {
            let _ = m.match_text("send a pic pls, report it");
            // Non-ASCII text takes the relaxed pattern pre-pass.
            let _ = m.match_text("send a pic pls 😏, report it ü");
        }
    }
});
