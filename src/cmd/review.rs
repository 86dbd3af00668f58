//! `c2chat review`: the offline review page of an annotations file (and, beside it, the
//! subcommands of the review loop).
//!
//! How the command is laid out (for whoever adds a subcommand): `review` is a clap command with
//! `args_conflicts_with_subcommands`, so
//!   - `c2chat review ANNOTATIONS --out FILE [flags]` writes the page (the default action: the
//!     flags of [`PageArgs`], flattened into [`ReviewCmd`]), and
//!   - `c2chat review page ANNOTATIONS --out FILE` is the same, spelt as a subcommand, and
//!   - any other subcommand goes beside `Page` in [`ReviewSub`] (e.g.
//!     `Apply(review_apply::Args)` for `c2chat review apply …`) with one more arm in [`run`].
//!
//! A word that names a subcommand is read as one, so an annotations file called `page` or
//! `apply` must be given as `./page`. Since `PageArgs` is flattened, its required values are
//! `Option`s, checked in [`page`].

use anyhow::{Context, Result};
use c2chat::lexicon::LexiconRef;
use c2chat::output::read_annotations;
use c2chat::review::{build_page, render_html, sha256_hex, ReviewOptions};
use c2chat::stats::Names;
use c2chat::teach::{CategoryInfo, Mask, MaskTerms, TeachNotes};
use c2chat::ui::UiLang;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// `c2chat review …`.
#[derive(Debug, clap::Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Writes one self-contained HTML page (no server, no network, no external file): each flagged message of the \
annotations with --context-messages K messages either side, speakers shown as Pupil A, Pupil B… per conversation, flagged \
wording highlighted, sexualised words masked as in the teaching pack (--mask-style partial|full, or --unmask).\n\n\
Keys: j / k next / previous flag; a accept; r reject; l relabel (choose a category); m add a label the tool missed on the \
current message (select words in it first to give the label a span); n note; u clear; e export; ? hide or show the keys; \
Esc closes a box. Every action is also a button.\n\n\
Progress is saved in the browser (localStorage, keyed by the annotations file's SHA-256). Export writes decisions.jsonl \
(a download, with a copy-to-clipboard fallback): one JSON object per decision with message_id, conversation_id, label, \
action (accept, reject, relabel, add), new_label (relabel only), span (start, end, source, rule_id of the span that made \
the flag; for an added label the selected characters or null), reviewer, decided_at, note, corpus and annotations_sha256; \
never message text."
)]
pub struct ReviewCmd {
    #[command(subcommand)]
    pub sub: Option<ReviewSub>,
    #[command(flatten)]
    pub page: PageArgs,
}

/// The subcommands of `review`.
#[derive(Debug, clap::Subcommand)]
pub enum ReviewSub {
    /// Write the review page (the same as `c2chat review ANNOTATIONS --out FILE`).
    Page(PageArgs),
    /// Apply review decisions (decisions.jsonl from the page, or a gold file from `import`):
    /// writes reviewed gold.jsonl and a local lexicon overlay (`lexicons/NAME-local/`).
    Apply(super::review_apply::ReviewApplyArgs),
}

/// The review page's flags.
#[derive(Debug, Clone, clap::Args)]
pub struct PageArgs {
    /// annotations.jsonl from annotate (or annotate's --out directory).
    #[arg(value_name = "ANNOTATIONS", value_parser = super::annotations_path)]
    pub annotations: Option<PathBuf>,
    /// The HTML file to write (mode 0600).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Messages of context before and after each flagged message.
    #[arg(long, default_value_t = 2)]
    pub context_messages: usize,
    /// Categories whose flags are reviewed (fine or top-level ids; repeatable). Default: all.
    #[arg(long)]
    pub category: Vec<String>,
    /// Show sexualised words as written (masked by default, see --mask-style).
    #[arg(long, conflicts_with = "mask_style")]
    pub unmask: bool,
    /// How masked sexualised words are shown: partial (s***; the default) or full ([SEXUALISED TERM]).
    #[arg(long, value_parser = ["partial", "full"])]
    pub mask_style: Option<String>,
    /// The lexicon whose categories are shown and offered for relabelling: a directory or a
    /// built-in name [default: the built-in core lexicon].
    #[arg(long)]
    pub lexicon: Option<String>,
    /// The page's title [default: "c2chat review"].
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Interface language of the page: en (English) or cy (Cymraeg; unreviewed, and the page
    /// says so).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub ui_lang: String,
    /// No summary on the terminal.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(a: ReviewCmd) -> Result<i32> {
    match a.sub {
        Some(ReviewSub::Page(p)) => page(p),
        Some(ReviewSub::Apply(x)) => super::review_apply::run(x),
        None => page(a.page),
    }
}

/// Write the review page.
pub fn page(a: PageArgs) -> Result<i32> {
    let path = a
        .annotations
        .as_ref()
        .context("give the annotations file: c2chat review ANNOTATIONS --out FILE")?;
    let out = a
        .out
        .as_ref()
        .context("give the page to write: --out FILE")?;
    let ui_lang: UiLang = a.ui_lang.parse()?;
    let lex = match &a.lexicon {
        Some(s) => LexiconRef::parse(s)?,
        None => LexiconRef::default_core(),
    }
    .load()?;
    let cats: BTreeMap<String, CategoryInfo> = lex
        .categories
        .iter()
        .map(|c| (c.id.clone(), CategoryInfo::in_lang(c, ui_lang)))
        .collect();
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let anns = read_annotations(path)?;
    let names = Names::from_annotations(&[], &anns);
    for c in &a.category {
        names.check_category(c, lex.categories.iter().map(|c| c.id.as_str()))?;
    }
    let notes = TeachNotes::builtin()?;
    let opts = ReviewOptions {
        categories: a.category.clone(),
        context: a.context_messages,
        mask: match (a.unmask, a.mask_style.as_deref()) {
            (true, _) => Mask::None,
            (false, Some("full")) => Mask::Full,
            _ => Mask::Partial,
        },
        mask_terms: MaskTerms::new(&lex, &notes.mask_terms),
        ui_lang,
        title: a.title.clone(),
        annotations_sha256: sha256_hex(&bytes),
    };
    let review = build_page(&anns, &cats, &opts)?;
    c2chat::io::write_atomic(out, render_html(&review).as_bytes())?;
    if !a.quiet {
        outln!(
            "review page: {} flags on {} messages -> {}",
            review.flags(),
            review.cards.len(),
            out.display()
        );
    }
    Ok(0)
}
