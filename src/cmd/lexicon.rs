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
    /// Accept a proposed entry or pattern of a local overlay (written by `c2chat review
    /// apply`): it becomes active when the overlay is stacked (`--lexicon core --lexicon
    /// OVERLAY`), recording who accepted it and when; the overlay's version is bumped.
    Accept {
        /// The overlay directory (DIR/lexicons/NAME-local).
        overlay: PathBuf,
        /// The proposal's id (`p-m0003-1`; `c2chat lexicon lint OVERLAY` lists them).
        id: String,
        /// Who accepts it (initials or name).
        #[arg(long)]
        by: String,
        /// When (RFC 3339) [default: now].
        #[arg(long)]
        at: Option<String>,
        /// No summary line.
        #[arg(long, short)]
        quiet: bool,
    },
    /// What lexicon B changes relative to lexicon A: entries added or removed, exceptions
    /// added, patterns added, removed or changed (tab-separated: kind, item, detail). A local
    /// overlay as B is stacked on A, and its proposed (inactive) items are listed too.
    Diff {
        /// The base: a lexicon directory or a built-in name (`core`).
        a: String,
        /// The other lexicon, or a local overlay of A.
        b: String,
        /// Accepted for consistency: the differences are the result and are still printed.
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
        LexiconCmd::Accept {
            overlay,
            id,
            by,
            at,
            quiet,
        } => {
            let at = at.unwrap_or_else(c2chat::output::now);
            let done = c2chat::lexicon::overlay::accept(&overlay, &id, &by, &at)?;
            if !quiet {
                let p = &done.proposal;
                outln!(
                    "accepted {} {} {:?} ({}); overlay {} is now version {}",
                    p.kind,
                    p.id,
                    p.term,
                    p.category,
                    overlay.display(),
                    done.version
                );
            }
            Ok(0)
        }
        LexiconCmd::Diff { a, b, .. } => diff(&a, &b),
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

/// `c2chat lexicon diff A B` (B stacked on A when it is an overlay of it).
fn diff(a: &str, b: &str) -> Result<i32> {
    use c2chat::lexicon::overlay::{base_of, Overlay};
    let aref = LexiconRef::parse(a)?;
    let bref = LexiconRef::parse(b)?;
    let base = aref.load()?;
    let overlay_dir = match &bref {
        LexiconRef::Dir(d) if base_of(d).is_some() => Some(d.clone()),
        _ => None,
    };
    let other = match &overlay_dir {
        Some(_) => LexiconRef::Stack(vec![aref.clone(), bref.clone()]).load()?,
        None => bref.load()?,
    };
    for c in c2chat::lexicon::diff::diff(&base, &other) {
        outln!("{}\t{}\t{}", c.kind, c.item, c.detail);
    }
    if let Some(d) = overlay_dir {
        let ids: Vec<&str> = base.categories.iter().map(|c| c.id.as_str()).collect();
        for p in Overlay::load(&d, &ids)?.pending() {
            outln!(
                "proposed\t{} {:?} ({})\t{} {}:{}: not active until `c2chat lexicon accept {} {}`",
                p.kind,
                p.term,
                p.category,
                p.id,
                p.file,
                p.line,
                d.display(),
                p.id
            );
        }
    }
    Ok(0)
}
