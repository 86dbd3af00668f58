//! Embeds every lexicon under `lexicons/` and the default model into the binary, so that no
//! default depends on the current directory. The files in the repository stay the one source
//! of truth: this script only lists them for `include_bytes!`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn lexicon_files(dir: &Path, rel: &Path, out: &mut Vec<PathBuf>) {
    let mut ents: Vec<PathBuf> = std::fs::read_dir(dir.join(rel))
        .expect("read lexicon dir")
        .map(|e| e.expect("dir entry").path())
        .collect();
    ents.sort();
    for p in ents {
        let name = p.file_name().expect("name").to_owned();
        let r = rel.join(&name);
        if p.is_dir() {
            lexicon_files(dir, &r, out);
        } else if p.extension().is_some_and(|x| x == "tsv")
            || (rel.as_os_str().is_empty()
                && matches!(
                    name.to_str(),
                    Some(
                        "lexicon.toml"
                            | "patterns.toml"
                            | "rules.toml"
                            | "frames.toml"
                            | "mutations.toml"
                    )
                ))
        {
            out.push(r);
        }
    }
}

/// The files under `dir` (any depth) whose name ends with `ext`, sorted.
fn files_with(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let mut ents: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read source dir")
        .map(|e| e.expect("dir entry").path())
        .collect();
    ents.sort();
    for p in ents {
        if p.is_dir() {
            files_with(&p, ext, out);
        } else if p.to_str().is_some_and(|s| s.ends_with(ext)) {
            out.push(p);
        }
    }
}

/// SHA-256 (hex) of everything a built-in lexicon snapshot (`src/lexicon/snapshot.rs`) is made
/// from: every built-in lexicon file, the code that parses them (`src/lexicon/**/*.rs`, the
/// normaliser, the defaults, `src/io.rs`, `src/teach_words.txt`) and `Cargo.lock`. A snapshot
/// made from other inputs is not used.
fn snapshot_input_hash(root: &Path, lexicons: &[(String, Vec<PathBuf>)]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let mut add = |name: &str, bytes: &[u8]| {
        for part in [name.as_bytes(), bytes] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part);
        }
    };
    for (name, files) in lexicons {
        for f in files {
            add(
                &format!("{name}/{}", f.display()),
                &std::fs::read(root.join("lexicons").join(name).join(f)).expect("lexicon file"),
            );
        }
    }
    let mut code = Vec::new();
    files_with(&root.join("src/lexicon"), ".rs", &mut code);
    for rel in [
        "src/normalise.rs",
        "src/defaults.rs",
        "src/io.rs",
        "src/teach_words.txt",
        "Cargo.lock",
    ] {
        code.push(root.join(rel));
        println!("cargo:rerun-if-changed={rel}");
    }
    println!("cargo:rerun-if-changed=src/lexicon");
    for f in code {
        let rel = f.strip_prefix(root).expect("under the root");
        // A source missing from a package (no Cargo.lock, say) gives a hash no snapshot has:
        // the lexicons are then parsed at start, as without snapshots.
        let bytes = std::fs::read(&f).unwrap_or_else(|_| b"<missing>".to_vec());
        add(&rel.to_string_lossy().replace('\\', "/"), &bytes);
    }
    hex::encode(h.finalize())
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let lex_root = root.join("lexicons");
    println!("cargo:rerun-if-changed=lexicons");
    println!("cargo:rerun-if-changed=models/default.model");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&lex_root)
        .expect("lexicons/")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.join("lexicon.toml").is_file())
        .collect();
    dirs.sort();
    let mut code = String::from("/// Built-in lexicons: (name, [(relative path, bytes)]).\n");
    code.push_str("pub static BUILTIN_LEXICONS: &[(&str, LexiconFiles)] = &[\n");
    let mut listed = Vec::new();
    for d in &dirs {
        let name = d.file_name().unwrap().to_str().expect("UTF-8 lexicon name");
        let mut files = Vec::new();
        lexicon_files(d, Path::new(""), &mut files);
        listed.push((name.to_string(), files.clone()));
        writeln!(code, "    ({name:?}, &[").unwrap();
        for f in files {
            let rel = f.to_str().expect("UTF-8 path").replace('\\', "/");
            let abs = d.join(&f);
            println!("cargo:rerun-if-changed={}", abs.display());
            writeln!(
                code,
                "        ({rel:?}, include_bytes!({:?})),",
                abs.to_str().expect("UTF-8 path")
            )
            .unwrap();
        }
        code.push_str("    ]),\n");
    }
    code.push_str("];\n");
    writeln!(
        code,
        "/// The default model's bytes.\npub static DEFAULT_MODEL_BYTES: &[u8] = include_bytes!({:?});",
        root.join("models/default.model").to_str().expect("UTF-8 path")
    )
    .unwrap();
    let model = std::fs::read(root.join("models/default.model")).expect("models/default.model");
    writeln!(
        code,
        "/// The default model's SHA-256 (hex; build.rs).\npub const DEFAULT_MODEL_SHA256: &str = {:?};",
        hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&model))
    )
    .unwrap();
    writeln!(
        code,
        "/// SHA-256 of what the built-in lexicon snapshots are made from (build.rs).\npub const SNAPSHOT_INPUT_HASH: &str = {:?};",
        snapshot_input_hash(&root, &listed)
    )
    .unwrap();
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("builtin.rs");
    std::fs::write(out, code).expect("write builtin.rs");
}
