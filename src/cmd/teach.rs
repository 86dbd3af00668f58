//! `c2chat teach`: anonymised teaching packs (Markdown and self-contained HTML).

use anyhow::{Context, Result};
use c2chat::lexicon::LexiconRef;
use c2chat::output::{episodes_beside, read_annotations, read_episodes};
use c2chat::redact::NameList;
use c2chat::stats::Names;
use c2chat::teach::{
    build_episode_pack, build_pack, render_html, render_markdown, CategoryInfo, EpisodePrompts,
    Mask, MaskTerms, TeachNotes, TeachOptions,
};
use c2chat::ui::UiLang;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Writes pack.md and pack.html: a \"How to run this session\" section, the pack's provenance, a colour key, the \
excerpts, and a glossary with each flagged category's definition and guidance source (document titles) once. Each excerpt: \
--context-messages K messages of context (excerpts of one conversation that would overlap are merged, so no message is shown \
twice), speakers renamed Pupil A, Pupil B…, flagged wording highlighted in its category's colour and followed by the category's \
label, then questions to ask and points for the facilitator to draw out; excerpt ids only, never original ids. Only the \
sexualised words themselves are masked (--mask-style partial|full, or --unmask): \"ur so fit\" shows as \"ur so f***\", \
ordinary words and coercive or victim-blaming wording stay visible. Every excerpt is re-checked for PII and refused if any remains.\n\n\
The facilitator notes, general prompts, masked words and guidance titles are data: lexicons/teach-prompts.toml, or an edited \
copy with --prompts FILE (no rebuild). Category labels, definitions and prompts come from the lexicon; with --ui-lang cy from \
its label_cy, definition_cy, prompt_cy and prompts_cy, and the page's own strings from ui/cy.toml (unreviewed Welsh, and the \
pack says so).\n\n\
--episodes: one excerpt per episode of the episodes.jsonl beside the annotations, from its first to its last message with \
--context-messages K messages either side (never overlapping another excerpt or episode), each pupil's role named \
(\"Pupil A, harasser; Pupil B, target\"), the episode type in plain words and a prompt about what a bystander could do after \
each kind of act. The wording is the [episodes] tables of lexicons/teach-prompts.toml (or --prompts FILE; English only)."
)]
pub struct Args {
    /// annotations.jsonl from annotate (or annotate's --out directory).
    #[arg(required_unless_present = "annotations_flag", value_parser = super::annotations_path)]
    pub annotations: Option<PathBuf>,
    /// Deprecated: the annotations file as a flag; give it as the first argument instead.
    #[arg(
        long = "annotations",
        value_name = "FILE",
        hide = true,
        conflicts_with = "annotations",
        value_parser = super::annotations_path
    )]
    pub annotations_flag: Option<PathBuf>,
    /// Categories to include (fine or top-level ids; repeatable). Default: all.
    #[arg(long)]
    pub category: Vec<String>,
    /// Only flagged messages with at least this severity (1-3).
    #[arg(long, default_value_t = 1)]
    pub min_severity: u8,
    /// Maximum number of excerpts (0 = no limit).
    #[arg(long, default_value_t = 20)]
    pub max: usize,
    /// Messages of context before and after the flagged message.
    #[arg(long, default_value_t = 2)]
    pub context_messages: usize,
    /// Show sexualised terms as written (masked by default, see --mask-style).
    #[arg(long, conflicts_with_all = ["mask_style", "mask"])]
    pub unmask: bool,
    /// How masked sexualised terms are shown: partial (s***; the default) or full ([SEXUALISED TERM]).
    #[arg(long, value_parser = ["partial", "full"])]
    pub mask_style: Option<String>,
    /// Deprecated: none, partial or full; use --unmask or --mask-style.
    #[arg(long, hide = true, conflicts_with = "mask_style")]
    pub mask: Option<Mask>,
    /// Mask tokens found in only one conversation and in no dictionary (possible nicknames or places).
    #[arg(long)]
    pub mask_rare: bool,
    /// The lexicon whose category definitions and sources are shown: a directory or a built-in
    /// name [default: the built-in core lexicon]. Repeatable: a base and its local overlays.
    #[arg(long)]
    pub lexicon: Vec<String>,
    /// Names list for the PII re-check.
    #[arg(long)]
    pub names: Option<PathBuf>,
    /// Date for the provenance block (default: today, UTC).
    #[arg(long)]
    pub date: Option<String>,
    /// One excerpt per episode (episodes.jsonl beside the annotations), with roles and
    /// bystander prompts per act.
    #[arg(long)]
    pub episodes: bool,
    /// A teaching-prompts TOML file (an edited copy of lexicons/teach-prompts.toml): facilitator
    /// notes, general prompts, masked words, guidance titles and the [episodes] tables
    /// [default: the built-in one].
    #[arg(long, value_name = "FILE")]
    pub prompts: Option<PathBuf>,
    /// The pack's title [default: "c2chat teaching pack", or the episode pack's title].
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Interface language of the pack: en (English) or cy (Cymraeg; the Welsh strings are
    /// unreviewed until a Welsh speaker checks them, and the pack says so).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub ui_lang: String,
    /// Output directory (pack.md, pack.html).
    #[arg(long)]
    pub out: PathBuf,
    /// No summary on the terminal (refusals and warnings are still shown).
    #[arg(long, short)]
    pub quiet: bool,
}

impl Args {
    /// The masking chosen by --unmask / --mask-style (or the deprecated --mask).
    pub fn masking(&self) -> Mask {
        if self.unmask {
            return Mask::None;
        }
        if let Some(m) = self.mask {
            return m;
        }
        match self.mask_style.as_deref() {
            Some("full") => Mask::Full,
            _ => Mask::Partial,
        }
    }
}

/// The prompts file: --prompts FILE (read, with its name for errors), else the built-in one.
fn prompts_text(a: &Args) -> Result<(String, String)> {
    Ok(match &a.prompts {
        Some(p) => (
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?,
            p.display().to_string(),
        ),
        None => (
            c2chat::defaults::teach_prompts_toml().to_string(),
            "builtin:teach-prompts.toml".to_string(),
        ),
    })
}

pub fn run(a: Args) -> Result<i32> {
    let ui_lang: UiLang = a.ui_lang.parse()?;
    let lex = LexiconRef::parse_stack(&a.lexicon)?.load()?;
    let cats: BTreeMap<String, CategoryInfo> = lex
        .categories
        .iter()
        .map(|c| (c.id.clone(), CategoryInfo::in_lang(c, ui_lang)))
        .collect();
    let (prompts, prompts_name) = prompts_text(&a)?;
    let notes = TeachNotes::parse(&prompts, &prompts_name)?;
    // A typo in an edited file's category ids is an error (the built-in file names the core
    // lexicon's categories, which an imported lexicon need not have).
    for id in notes.point_categories().filter(|_| a.prompts.is_some()) {
        c2chat::suggest::check(
            &format!("{prompts_name}: category of [facilitator] points"),
            id,
            lex.categories.iter().map(|c| c.id.as_str()),
        )?;
    }
    let path = a
        .annotations
        .as_ref()
        .or(a.annotations_flag.as_ref())
        .context("give the annotations file")?;
    let anns = read_annotations(path)?;
    let names = Names::from_annotations(&[], &anns);
    for c in &a.category {
        names.check_category(c, lex.categories.iter().map(|c| c.id.as_str()))?;
    }
    let opts = TeachOptions {
        categories: a.category.clone(),
        min_severity: a.min_severity,
        max_excerpts: a.max,
        context: a.context_messages,
        mask: a.masking(),
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
        title: a.title.clone(),
        ui_lang,
        mask_terms: MaskTerms::new(&lex, &notes.mask_terms),
        notes,
    };
    let pack = if a.episodes {
        let eps_path = episodes_beside(path).with_context(|| {
            format!(
                "--episodes: no episodes.jsonl beside {} (annotate writes it; re-run annotate)",
                path.display()
            )
        })?;
        let episodes = read_episodes(&eps_path)?;
        let words = EpisodePrompts::parse(&prompts, &prompts_name)?;
        build_episode_pack(&anns, &episodes, &cats, &opts, &words)
            .with_context(|| format!("{}", eps_path.display()))?
    } else {
        build_pack(&anns, &cats, &opts)?
    };
    std::fs::create_dir_all(&a.out)?;
    c2chat::io::write_atomic(&a.out.join("pack.md"), render_markdown(&pack).as_bytes())?;
    c2chat::io::write_atomic(&a.out.join("pack.html"), render_html(&pack).as_bytes())?;
    if !a.quiet {
        outln!(
            "teaching pack: {} excerpts, {} refused for residual PII -> {}/pack.md, pack.html",
            pack.excerpts.len(),
            pack.refused.len(),
            a.out.display()
        );
    }
    for r in &pack.refused {
        eprintln!("  refused record {}: {}", r.record, r.reason);
    }
    if !pack.warnings.is_empty() {
        eprintln!("warning: {} rare tokens (possible nicknames or places) are unmasked; use --mask-rare to mask them", pack.warnings.len());
    }
    Ok(0)
}
