//! `c2chat teach`: anonymised teaching packs (Markdown and self-contained HTML).

use crate::lexicon::LexiconRef;
use crate::output::read_annotations;
use crate::redact::NameList;
use crate::teach::{build_pack, render_html, render_markdown, CategoryInfo, Mask, TeachOptions};
use anyhow::Result;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Writes pack.md and pack.html. Each excerpt: K messages of context, speakers renamed Pupil A, \
Pupil B…, flagged spans highlighted with the category label, definition, guidance source and discussion prompts; \
excerpt ids only, never original ids. Every excerpt is re-checked for PII and refused if any remains."
)]
pub struct Args {
    /// annotations.jsonl from annotate.
    #[arg(long)]
    pub annotations: PathBuf,
    /// Categories to include (fine or top-level ids; repeatable). Default: all.
    #[arg(long)]
    pub category: Vec<String>,
    #[arg(long, default_value_t = 1)]
    pub min_severity: u8,
    /// Maximum number of excerpts (0 = no limit).
    #[arg(long, default_value_t = 20)]
    pub max: usize,
    /// Messages of context before and after the flagged message.
    #[arg(long, default_value_t = 2)]
    pub context: usize,
    /// Masking of sexualised terms: none, partial (s***) or full ([SEXUALISED TERM]).
    #[arg(long, default_value = "partial")]
    pub mask: Mask,
    /// Mask tokens found in only one conversation and in no dictionary (possible nicknames or places).
    #[arg(long)]
    pub mask_rare: bool,
    /// The lexicon whose category definitions and sources are shown: a directory or a built-in
    /// name [default: the built-in core lexicon].
    #[arg(long)]
    pub lexicon: Option<String>,
    /// Names list for the PII re-check.
    #[arg(long)]
    pub names: Option<PathBuf>,
    /// Date for the provenance block (default: today, UTC).
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long)]
    pub out: PathBuf,
}

pub fn run(a: Args) -> Result<i32> {
    let lex = match &a.lexicon {
        Some(s) => LexiconRef::parse(s)?,
        None => LexiconRef::default_core(),
    }
    .load()?;
    let cats: BTreeMap<String, CategoryInfo> = lex
        .categories
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                CategoryInfo {
                    id: c.id.clone(),
                    label: c.label.clone(),
                    definition: c.definition.clone(),
                    source: c.source.clone(),
                },
            )
        })
        .collect();
    let anns = read_annotations(&a.annotations)?;
    let opts = TeachOptions {
        categories: a.category.clone(),
        min_severity: a.min_severity,
        max_excerpts: a.max,
        context: a.context,
        mask: a.mask,
        mask_rare: a.mask_rare,
        lexicon_name: lex.name.clone(),
        lexicon_version: lex.version.clone(),
        date: a
            .date
            .clone()
            .unwrap_or_else(|| chrono::Utc::now().format("%Y-%m-%d").to_string()),
        names: match &a.names {
            Some(p) => NameList::load(p)?,
            None => NameList::empty(),
        },
    };
    let pack = build_pack(&anns, &cats, &opts)?;
    std::fs::create_dir_all(&a.out)?;
    crate::io::write_atomic(&a.out.join("pack.md"), render_markdown(&pack).as_bytes())?;
    crate::io::write_atomic(&a.out.join("pack.html"), render_html(&pack).as_bytes())?;
    println!(
        "teaching pack: {} excerpts, {} refused for residual PII -> {}/pack.md, pack.html",
        pack.excerpts.len(),
        pack.refused.len(),
        a.out.display()
    );
    for r in &pack.refused {
        eprintln!("  refused record {}: {}", r.record, r.reason);
    }
    if !pack.warnings.is_empty() {
        eprintln!("warning: {} rare tokens (possible nicknames or places) are unmasked; use --mask-rare to mask them", pack.warnings.len());
    }
    Ok(0)
}
