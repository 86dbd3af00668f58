//! `c2chat review apply`: decisions (or a gold file) -> reviewed gold and a local lexicon
//! overlay. Library: [`c2chat::review_apply`], [`c2chat::lexicon::overlay`].

use anyhow::{bail, Context, Result};
use c2chat::lexicon::LexiconRef;
use c2chat::review_apply::{self, decisions, gold};
use std::path::PathBuf;

/// `c2chat review apply` (wired under `review` by the command line).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Writes DIR/gold.jsonl (the annotations' labels corrected by the decisions; `c2chat evaluate --gold` reads it) and the overlay DIR/lexicons/NAME-local/ (or --overlay): an exception (`unless`, scoped to the words around the span in that message) on the entry or pattern behind each rejected flag; for rejected flags that rest on the classifier alone, a local classifier threshold for the label (thresholds.toml: just above the highest rejected score, never above the lowest score of an accepted classifier flag of that label; none when the review accepted no classifier flag of it); for a conversation rule whose flags were all rejected (at least 2, none accepted), the rule switched off for that label (rules-off.toml); and a proposed entry for each added label with a selected span, inactive until `c2chat lexicon accept DIR/lexicons/NAME-local ID`. Every overlay item records reviewer, time, message id and note, never message text. With --gold, the derived decisions are written to DIR/decisions.jsonl.\n\
An existing overlay is merged into, not overwritten (a second review round): items it already holds are left out, so applying the same decisions twice changes nothing; new items are appended and its minor version is bumped.\n\
Use the overlay with: c2chat annotate ... --lexicon core --lexicon DIR/lexicons/NAME-local"
)]
pub struct ReviewApplyArgs {
    /// decisions.jsonl exported from the review page (`c2chat review`).
    #[arg(required_unless_present = "gold", conflicts_with = "gold")]
    pub decisions: Option<PathBuf>,
    /// The annotations.jsonl the decisions were made on (or annotate's --out directory).
    #[arg(long, value_parser = super::annotations_path)]
    pub annotations: PathBuf,
    /// Derive the decisions from a gold file instead (JSONL `{"message_id", "gold": [...]}`,
    /// or `c2chat import --from labelstudio|webanno|brat|doccano` output): flags not in the gold
    /// are rejected, gold labels the tool missed are added.
    #[arg(long)]
    pub gold: Option<PathBuf>,
    /// Output directory.
    #[arg(long)]
    pub out: PathBuf,
    /// The overlay is named NAME-local [default: the base lexicon's name].
    #[arg(long)]
    pub name: Option<String>,
    /// The overlay directory to write or merge into [default: DIR/lexicons/NAME-local].
    #[arg(long)]
    pub overlay: Option<PathBuf>,
    /// The reviewer recorded on decisions derived from --gold [required with --gold].
    #[arg(long)]
    pub reviewer: Option<String>,
    /// The time recorded on decisions derived from --gold (RFC 3339) [default: now].
    #[arg(long)]
    pub decided_at: Option<String>,
    /// The lexicon the annotations were made with (repeatable: a base and its overlays)
    /// [default: the built-in core lexicon].
    #[arg(long)]
    pub lexicon: Vec<String>,
    /// No summary on the terminal.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(a: ReviewApplyArgs) -> Result<i32> {
    let lref = LexiconRef::parse_stack(&a.lexicon)?;
    let lex = lref
        .load()
        .with_context(|| format!("loading lexicon {lref}"))?;
    let cats: Vec<&str> = lex.categories.iter().map(|c| c.id.as_str()).collect();
    let anns = c2chat::output::read_annotations(&a.annotations)?;
    let sha = c2chat::io::sha256_file(&a.annotations)?;
    let (ds, source) = match (&a.decisions, &a.gold) {
        (Some(p), _) => (decisions::read(p, &cats)?, p.clone()),
        (None, Some(g)) => {
            let Some(reviewer) = &a.reviewer else {
                bail!("--gold needs --reviewer (who the decisions are recorded as)");
            };
            let at = a.decided_at.clone().unwrap_or_else(c2chat::output::now);
            let gl = gold::read(g)?;
            let ds = gold::decisions_from_gold(&anns, &gl, g, &cats, reviewer, &at, &sha)?;
            let only: Vec<_> = ds.iter().map(|(_, d)| d.clone()).collect();
            c2chat::io::write_atomic(
                &a.out.join("decisions.jsonl"),
                decisions::to_jsonl(&only).as_bytes(),
            )?;
            (ds, g.clone())
        }
        (None, None) => bail!("give decisions.jsonl, or --gold GOLD"),
    };
    let applied = review_apply::apply(&anns, &ds, &source, &lex, &sha)?;
    let base = lex
        .layers
        .first()
        .map_or(lex.name.clone(), |l| l.name.clone());
    let name = format!("{}-local", a.name.as_deref().unwrap_or(&base));
    let overlay = a
        .overlay
        .clone()
        .unwrap_or_else(|| a.out.join("lexicons").join(&name));
    let written = review_apply::write(&a.out, &applied, &overlay, &name, &base, &cats)?;
    if !a.quiet {
        let acts: Vec<String> = applied
            .actions
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect();
        println!(
            "c2chat review apply: {} decisions ({})",
            ds.len(),
            acts.join(", ")
        );
        println!("  gold: {}", a.out.join("gold.jsonl").display());
        let n = written.added;
        println!(
            "  overlay {} ({} version {}): added {} exceptions, {} local classifier thresholds, {} rules switched off, {} proposed entries (not active until `c2chat lexicon accept {} ID`)",
            overlay.display(),
            if written.created { "new," } else { "merged into," },
            written.version,
            n.exceptions,
            n.thresholds,
            n.rules_off,
            n.entries,
            overlay.display()
        );
        for t in &applied.thresholds {
            println!(
                "  this review's threshold {}: {} classifier labels need {} (rejected up to {}{})",
                t.id,
                t.category,
                t.min_score,
                t.rejected_max,
                t.accepted_min
                    .map(|a| format!(", accepted from {a}"))
                    .unwrap_or_default()
            );
        }
        for r in &written.refused {
            println!("  not added: {r}");
        }
        for s in &applied.skipped {
            println!(
                "  no overlay item: {} {}: {}",
                s.message_id, s.label, s.reason
            );
        }
    }
    Ok(0)
}
