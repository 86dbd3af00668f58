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
    for d in &dirs {
        let name = d.file_name().unwrap().to_str().expect("UTF-8 lexicon name");
        let mut files = Vec::new();
        lexicon_files(d, Path::new(""), &mut files);
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
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("builtin.rs");
    std::fs::write(out, code).expect("write builtin.rs");
}
