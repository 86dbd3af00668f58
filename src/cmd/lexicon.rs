//! `c2chat lexicon lint|import|terms`.

use anyhow::{bail, Result};
use c2chat::lexicon::{import, lint::lint_ref, Lexicon, LexiconRef};
use std::path::PathBuf;

#[derive(Debug, clap::Subcommand)]
pub enum LexiconCmd {
    /// Report duplicates, shadowed entries, terms that normalise to nothing, regex errors
    /// and categories without a definition or teaching-pack prompts. Exit code 1 when anything
    /// is found.
    Lint {
        /// A lexicon directory or a built-in name (`core`).
        lexicon: String,
        /// No count of findings on standard error (the findings are still printed).
        #[arg(long, short)]
        quiet: bool,
    },
    /// Import a LIWC .dic or a HurtLex-style TSV into a c2chat lexicon directory.
    Import {
        /// liwc or hurtlex.
        #[arg(long, value_parser = ["liwc", "hurtlex"])]
        from: String,
        /// The .dic or .tsv file to import.
        file: PathBuf,
        /// Output lexicon directory.
        #[arg(long)]
        out: PathBuf,
        /// No summary on the terminal.
        #[arg(long, short)]
        quiet: bool,
    },
    /// List the normalised terms (term, normalised, category, match).
    Terms {
        /// A lexicon directory or a built-in name (`core`).
        lexicon: String,
        /// Accepted for consistency: the list is the result and is still printed.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Write an editable copy of a built-in lexicon (`core`) into a new directory; use it with
    /// `--lexicon DIR`.
    Export {
        /// The built-in lexicon's name.
        name: String,
        /// The directory to create.
        dir: PathBuf,
        /// No summary line.
        #[arg(long, short)]
        quiet: bool,
    },
    /// List the built-in lexicons (name, version, content hash).
    List {
        /// Accepted for consistency: the list is the result and is still printed.
        #[arg(long, short)]
        quiet: bool,
    },
}

pub fn run(c: LexiconCmd) -> Result<i32> {
    match c {
        LexiconCmd::Lint { lexicon, quiet } => {
            let findings = lint_ref(&LexiconRef::parse(&lexicon)?)?;
            for f in &findings {
                outln!("{}\t{}\t{}", f.kind, f.location, f.message);
            }
            if !quiet {
                eprintln!("{} finding(s)", findings.len());
            }
            Ok(if findings.is_empty() { 0 } else { 1 })
        }
        LexiconCmd::Import {
            from,
            file,
            out,
            quiet,
        } => {
            let imp = match from.as_str() {
                "liwc" => import::read_liwc(&file)?,
                "hurtlex" => import::read_hurtlex(&file)?,
                other => bail!("unknown import format {other}"),
            };
            import::write_lexicon(&imp, &out, &format!("{from}:{}", file.display()))?;
            // Check that what we wrote loads.
            let lex = Lexicon::load(&out)?;
            if quiet {
                return Ok(0);
            }
            outln!(
                "wrote {} ({} categories, {} entries)",
                out.display(),
                lex.categories.len(),
                lex.entries.len()
            );
            Ok(0)
        }
        LexiconCmd::Export { name, dir, quiet } => {
            let n = c2chat::defaults::export_lexicon(&name, &dir)?;
            let lex = Lexicon::load(&dir)?;
            if !quiet {
                outln!(
                    "wrote {} ({n} files; {} {}, hash {})",
                    dir.display(),
                    lex.name,
                    lex.version,
                    lex.hash
                );
            }
            Ok(0)
        }
        LexiconCmd::List { .. } => {
            for name in c2chat::defaults::builtin_lexicon_names() {
                let lex = Lexicon::builtin(name)?;
                outln!("builtin:{name}\t{}\t{}", lex.version, lex.hash);
            }
            Ok(0)
        }
        LexiconCmd::Terms { lexicon, .. } => {
            let lex = LexiconRef::parse(&lexicon)?.load()?;
            outln!("term\tnormalised\tcategory\tmatch");
            for e in &lex.entries {
                outln!("{}\t{}\t{}\t{:?}", e.term, e.key, e.category, e.kind);
            }
            Ok(0)
        }
    }
}
