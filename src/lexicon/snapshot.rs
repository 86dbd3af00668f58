//! The built-in lexicons, parsed ahead of time (issue 23, session 22).
//!
//! Parsing the built-in lexicons' TOML and TSV files (1.3 MB, with the Welsh mutations and a
//! SHA-256 over the files) was about a quarter of start-up on a small file. Each built-in
//! lexicon is also kept as a snapshot, `snapshot/NAME.json`: the [`Lexicon`] its files parse
//! to, which start-up reads instead.
//!
//! A snapshot's first line names its format and the SHA-256 of everything it was made from:
//! every built-in lexicon file, the code that parses them and `Cargo.lock`, as `build.rs`
//! hashes them into [`crate::defaults::SNAPSHOT_INPUT_HASH`]. A snapshot made from anything
//! else is not read, and the lexicon is parsed from its files as before, so an edited lexicon
//! or parser never runs with a stale snapshot. A unit test fails until the snapshots are
//! rewritten (`C2CHAT_WRITE_LEXICON_SNAPSHOT=1 cargo test --release --lib the_lexicon_snapshots`,
//! or `scripts/regenerate-startup-files.sh`).
//!
//! The second line lists every regex source of the lexicon (entries' and patterns' regexes
//! and exceptions, the rules' and frames' cues), registered as trusted before the lexicon is
//! read (as parsing a built-in lexicon registers them; [`LazyRegex::trusted`]), so none is
//! checked or compiled at load. The third line is the lexicon.
//!
//! Invariant: a snapshot is read only when it was made from the files and code of this build,
//! and then gives the lexicon that parsing those files gives.

use super::{LazyRegex, Lexicon};

/// Names the layout: change it when the layout changes.
const FORMAT: &str = "c2chat lexicon snapshot v1";

/// The snapshot of each built-in lexicon.
static SNAPSHOTS: &[(&str, &str)] = &[
    ("core", include_str!("snapshot/core.json")),
    ("core-cy", include_str!("snapshot/core-cy.json")),
];

/// The first line of a snapshot made by this build.
fn header() -> String {
    format!("{FORMAT} {}", crate::defaults::SNAPSHOT_INPUT_HASH)
}

/// Every regex source of `lex`: see the module documentation.
#[cfg(test)]
fn regex_sources(lex: &Lexicon) -> Vec<&str> {
    let entries = lex.entries.iter().filter_map(|e| e.unless.as_ref());
    let patterns = lex
        .patterns
        .iter()
        .flat_map(|p| std::iter::once(&p.regex).chain(&p.unless));
    let mut out: Vec<&str> = entries.chain(patterns).map(LazyRegex::as_str).collect();
    out.extend(lex.rules.regexes().iter().map(|(_, re)| *re));
    out.extend(
        lex.frames
            .cues
            .iter()
            .flat_map(|c| c.regexes().map(|(_, re)| re)),
    );
    out.sort_unstable();
    out.dedup();
    out
}

/// The snapshot of `lex` (see the module documentation).
#[cfg(test)]
pub(super) fn render(lex: &Lexicon) -> String {
    let regexes = serde_json::to_string(&regex_sources(lex)).expect("strings");
    let body = serde_json::to_string(lex).expect("a lexicon serialises");
    format!("{}\n{regexes}\n{body}\n", header())
}

/// The built-in lexicon `name` from its snapshot, if it has one made by this build.
pub(super) fn builtin(name: &str) -> Option<Lexicon> {
    let (_, text) = SNAPSHOTS.iter().find(|(n, _)| *n == name)?;
    let lex = read(text);
    // SAFETY: the snapshots are include_str! statics.
    unsafe { crate::pages::release_embedded(text.as_bytes()) };
    lex
}

fn read(text: &str) -> Option<Lexicon> {
    let mut lines = text.splitn(3, '\n');
    if lines.next()? != header() {
        return None;
    }
    let regexes: Vec<std::borrow::Cow<str>> = serde_json::from_str(lines.next()?).ok()?;
    for src in regexes {
        LazyRegex::trusted(&src);
    }
    serde_json::from_str(lines.next()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_snapshots_are_what_the_builtin_files_give() {
        let names = crate::defaults::builtin_lexicon_names();
        let snapshotted: Vec<&str> = SNAPSHOTS.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, snapshotted, "a snapshot for each built-in lexicon");
        let write = std::env::var_os("C2CHAT_WRITE_LEXICON_SNAPSHOT").is_some();
        for (name, file) in SNAPSHOTS {
            let parsed = Lexicon::builtin_parsed(name).unwrap();
            let want = render(&parsed);
            if write {
                let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join(format!("src/lexicon/snapshot/{name}.json"));
                std::fs::write(p, &want).unwrap();
                continue;
            }
            assert!(
                *file == want,
                "src/lexicon/snapshot/{name}.json is not what the built-in lexicon's files and \
                 this build's parser give (a lexicon or parser edit): start-up parses the files \
                 instead. Rewrite it with `bash scripts/regenerate-startup-files.sh`"
            );
            let read = builtin(name).expect("the snapshot is read");
            assert_eq!(
                serde_json::to_string(&read).unwrap(),
                serde_json::to_string(&parsed).unwrap()
            );
            assert_eq!(read.hash, parsed.hash);
        }
    }

    #[test]
    fn a_snapshot_of_other_inputs_is_not_read() {
        let (_, file) = SNAPSHOTS[0];
        assert!(read(file).is_some());
        let other = file.replacen(crate::defaults::SNAPSHOT_INPUT_HASH, &"0".repeat(64), 1);
        assert!(read(&other).is_none(), "another input hash");
        let other = file.replacen(FORMAT, "c2chat lexicon snapshot v0", 1);
        assert!(read(&other).is_none(), "another format");
        assert!(read(&file[..file.len() / 2]).is_none(), "a damaged file");
    }

    #[test]
    fn a_regex_read_from_json_is_checked_unless_known() {
        let bad: Result<LazyRegex, _> = serde_json::from_str(r#""snapshot-test (unclosed""#);
        assert!(bad.unwrap_err().to_string().contains("invalid regex"));
        let ok: LazyRegex = serde_json::from_str(r#""\\bsnapshot-test\\b""#).unwrap();
        assert!(ok.is_match("a snapshot-test here"));
    }
}
