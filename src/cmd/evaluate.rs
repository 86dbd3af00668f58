//! `c2chat evaluate --gold FILE ANNOTATIONS`.

use anyhow::Result;
use c2chat::evaluate::{evaluate_with, load_gold, render, Options};
use c2chat::output::read_annotations;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Three modes:\n  c2chat evaluate --gold GOLD ANNOTATIONS      annotations against gold labels\n  \
c2chat evaluate --episodes GOLD ANNOTATIONS  episodes and roles (episodes.jsonl beside ANNOTATIONS) against gold episodes\n  \
c2chat evaluate --model FILE --data FILE     a classifier on labelled data (P/R/F1, macro-F1, confusion matrix, ROC-AUC)\n\n\
With --gold the report ends with 95% bootstrap intervals over conversations (--bootstrap, --seed), the evidence \
sources (lexicon, pattern, rule, classifier) of the predicted labels and of the false positives, and with --by \
a per-case accuracy table:\n  c2chat evaluate --gold corpora/check/gold.jsonl out/check/annotations.jsonl --by functionality"
)]
pub struct Args {
    /// Gold labels: JSONL with message_id and gold (list of ids), or CSV with message_id,gold (ids separated by ;).
    #[arg(long, requires = "annotations")]
    pub gold: Option<PathBuf>,
    /// annotations.jsonl from annotate (or annotate's --out directory).
    #[arg(value_parser = super::annotations_path)]
    pub annotations: Option<PathBuf>,
    /// Gold episodes (JSONL: conversation_id, episode_id, first_message_id, last_message_id,
    /// episode_type, roles {speaker: role}): scores the episodes.jsonl beside ANNOTATIONS
    /// (boundary P/R/F1, type accuracy, per-role P/R/F1 and role macro-F1). With --out:
    /// episode_report.json.
    #[arg(long, value_name = "GOLD", requires = "annotations", conflicts_with_all = ["gold", "model"])]
    pub episodes: Option<PathBuf>,
    /// With --episodes: print the report as JSON instead of a table.
    #[arg(long, requires = "episodes")]
    pub json: bool,
    /// A model file to evaluate on --data (`builtin` for the built-in default model).
    #[arg(long, requires = "data", conflicts_with = "gold")]
    pub model: Option<PathBuf>,
    /// Labelled data for --model (JSONL with text and gold/labels, or CSV with --text-col/--label-col).
    #[arg(long)]
    pub data: Option<PathBuf>,
    #[command(flatten)]
    pub labelled: super::LabelledDataArgs,
    /// The lexicon, for models trained with lexicon or context features: a directory or a
    /// built-in name [default: the built-in core lexicon]. Repeatable: a base and its local
    /// overlays.
    #[arg(long)]
    pub lexicon: Vec<String>,
    /// With --gold: per-case accuracy by this metadata field of the annotations (e.g.
    /// `functionality` on corpora/check): a case is correct when its predicted top-level
    /// categories are exactly gold's; per value: cases, correct, accuracy with a 95% Wilson
    /// interval, and exact-match accuracy of category ids. Values `context` and empty are not
    /// groups (they are counted, and stay in every other figure).
    #[arg(long, value_name = "FIELD", requires = "gold")]
    pub by: Option<String>,
    /// With --gold: bootstrap resamples for 95% intervals of the macro-F1s and the share of gold
    /// negatives flagged; conversations are resampled with replacement (percentiles 2.5-97.5).
    /// 0 turns it off [default: 1000].
    #[arg(long, value_name = "N", requires = "gold")]
    pub bootstrap: Option<u32>,
    /// With --gold: the bootstrap's seed (the same seed, files and N give the same intervals,
    /// whatever the thread count) [default: 1].
    #[arg(long, value_name = "S", requires = "gold")]
    pub seed: Option<u64>,
    /// Write report.json and errors.jsonl (with message text) here.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// No timing summary (the evaluation report is the result and is still printed).
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(a: Args) -> Result<i32> {
    if let (Some(mp), Some(dp)) = (&a.model, &a.data) {
        let model = c2chat::defaults::ModelRef::choose(Some(mp), false)
            .expect("a model")
            .load()?;
        let mut examples = a.labelled.load(dp)?;
        let t = std::time::Instant::now();
        let report = if model.lexicon_hash().is_some() || model.context_window() > 0 {
            let lex = c2chat::lexicon::LexiconRef::parse_stack(&a.lexicon)?.load()?;
            model.check_lexicon(Some(&lex.hash))?;
            let rules = c2chat::rules::Rules::new(&lex.rules, None)?;
            let m = c2chat::matcher::Matcher::new(lex)?;
            // A context model scores each message in its conversation context, computed
            // as annotate and train compute it.
            let annotator = c2chat::annotate::Annotator {
                matcher: &m,
                rules: &rules,
                scorer: None,
            };
            annotator.fill_contexts(&mut examples, model.context_window());
            let f = |t: &str| m.categories_hit(t);
            let lexicon = model
                .lexicon_hash()
                .map(|_| &f as c2chat::classify::LexiconFn);
            c2chat::classify::evaluate(&model, &examples, lexicon)
        } else {
            c2chat::classify::evaluate(&model, &examples, None)
        };
        let secs = t.elapsed().as_secs_f64();
        super::write_stdout(report.render_text().as_bytes())?;
        if !a.quiet {
            outln!(
                "predicted {} messages in {:.2}s ({:.0} messages/s)",
                examples.len(),
                secs,
                examples.len() as f64 / secs.max(1e-9)
            );
        }
        if let Some(out) = a.out {
            std::fs::create_dir_all(&out)?;
            c2chat::io::write_atomic(
                &out.join("model_eval.json"),
                &serde_json::to_vec_pretty(&report)?,
            )?;
        }
        return Ok(0);
    }
    if let (Some(gp), Some(ap)) = (&a.episodes, &a.annotations) {
        return run_episodes(gp, ap, a.json, a.out.as_deref());
    }
    let (Some(gp), Some(ap)) = (&a.gold, &a.annotations) else {
        anyhow::bail!(
            "give --gold GOLD ANNOTATIONS, --episodes GOLD ANNOTATIONS, or --model FILE --data FILE"
        );
    };
    let gold = load_gold(gp)?;
    let anns = read_annotations(ap)?;
    let defaults = Options::default();
    let options = Options {
        by: a.by.clone(),
        bootstrap: a.bootstrap.unwrap_or(defaults.bootstrap),
        seed: a.seed.unwrap_or(defaults.seed),
    };
    let r = evaluate_with(&gold, &anns, &options)?;
    check_gold_ids(&gold, &r.missing_from_annotations, gp, ap)?;
    super::write_stdout(render(&r).as_bytes())?;
    if let Some(out) = a.out {
        std::fs::create_dir_all(&out)?;
        let mut e = Vec::new();
        for row in &r.errors {
            e.extend(serde_json::to_vec(row)?);
            e.push(b'\n');
        }
        c2chat::io::write_atomic(&out.join("errors.jsonl"), &e)?;
        let mut slim = r.clone();
        slim.errors.iter_mut().for_each(|x| x.text.clear());
        c2chat::io::write_atomic(&out.join("report.json"), &serde_json::to_vec_pretty(&slim)?)?;
    }
    Ok(0)
}

/// `--episodes GOLD ANNOTATIONS`: the episodes.jsonl beside the annotations against gold.
fn run_episodes(
    gold_path: &std::path::Path,
    ann_path: &std::path::Path,
    json: bool,
    out: Option<&std::path::Path>,
) -> Result<i32> {
    use c2chat::episode_eval::{evaluate_episodes, load_gold_episodes, render_episodes};
    let gold = load_gold_episodes(gold_path)?;
    let anns = read_annotations(ann_path)?;
    let Some(ep_path) = c2chat::output::episodes_beside(ann_path) else {
        anyhow::bail!(
            "no episodes.jsonl beside {} (annotate writes it with annotations.jsonl)",
            ann_path.display()
        );
    };
    let predicted = c2chat::output::read_episodes(&ep_path)?;
    let r = evaluate_episodes(&gold, &predicted, &anns)?;
    if !gold.is_empty() && r.gold == 0 {
        anyhow::bail!(
            "none of the {} gold episodes in {} is in a conversation of {}; is it the gold file for this corpus?",
            gold.len(),
            gold_path.display(),
            ann_path.display()
        );
    }
    if !r.gold_not_annotated.is_empty() {
        eprintln!(
            "warning: {} of {} gold episodes are in conversations not in {}; they are left out",
            r.gold_not_annotated.len(),
            gold.len(),
            ann_path.display()
        );
    }
    let json_bytes = serde_json::to_vec_pretty(&r)?;
    if json {
        let mut b = json_bytes.clone();
        b.push(b'\n');
        super::write_stdout(&b)?;
    } else {
        super::write_stdout(render_episodes(&r).as_bytes())?;
    }
    if let Some(out) = out {
        std::fs::create_dir_all(out)?;
        c2chat::io::write_atomic(&out.join("episode_report.json"), &json_bytes)?;
    }
    Ok(0)
}

/// Gold ids that match no annotated message: all of them is an error (the wrong file, or ids
/// from another corpus), some of them a warning with the count.
fn check_gold_ids(
    gold: &c2chat::evaluate::Gold,
    missing: &[String],
    gold_path: &std::path::Path,
    ann_path: &std::path::Path,
) -> Result<()> {
    if gold.is_empty() || missing.is_empty() {
        return Ok(());
    }
    if missing.len() == gold.len() {
        anyhow::bail!(
            "none of the {} gold message ids in {} matches a message in {} (gold ids look like {:?}); \
is it the gold file for this corpus?",
            gold.len(),
            gold_path.display(),
            ann_path.display(),
            missing[0]
        );
    }
    eprintln!(
        "warning: {} of {} gold message ids match no message in {}; they are left out",
        missing.len(),
        gold.len(),
        ann_path.display()
    );
    Ok(())
}
