//! `c2chat evaluate --gold FILE ANNOTATIONS`.

use crate::evaluate::{evaluate, load_gold, render};
use crate::output::read_annotations;
use anyhow::Result;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Two modes:\n  c2chat evaluate --gold GOLD ANNOTATIONS      annotations against gold labels\n  \
c2chat evaluate --model FILE --data FILE     a classifier on labelled data (P/R/F1, macro-F1, confusion matrix, ROC-AUC)"
)]
pub struct Args {
    /// Gold labels: JSONL with message_id and gold (list of ids), or CSV with message_id,gold (ids separated by ;).
    #[arg(long, requires = "annotations")]
    pub gold: Option<PathBuf>,
    /// annotations.jsonl from annotate.
    pub annotations: Option<PathBuf>,
    /// A model file to evaluate on --data (`builtin` for the built-in default model).
    #[arg(long, requires = "data", conflicts_with = "gold")]
    pub model: Option<PathBuf>,
    /// Labelled data for --model (JSONL with text and gold/labels, or CSV with --text-col/--label-col).
    #[arg(long)]
    pub data: Option<PathBuf>,
    #[command(flatten)]
    pub labelled: super::LabelledDataArgs,
    /// The lexicon, for models trained with lexicon features: a directory or a built-in name
    /// [default: the built-in core lexicon].
    #[arg(long)]
    pub lexicon: Option<String>,
    /// Write report.json and errors.jsonl (with message text) here.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run(a: Args) -> Result<i32> {
    if let (Some(mp), Some(dp)) = (&a.model, &a.data) {
        let model = crate::defaults::ModelRef::choose(Some(mp), false)
            .expect("a model")
            .load()?;
        let examples = a.labelled.load(dp)?;
        let t = std::time::Instant::now();
        let report = if model.lexicon_hash().is_some() {
            let lex = match &a.lexicon {
                Some(s) => crate::lexicon::LexiconRef::parse(s)?,
                None => crate::lexicon::LexiconRef::default_core(),
            }
            .load()?;
            model.check_lexicon(Some(&lex.hash))?;
            let m = crate::matcher::Matcher::new(lex)?;
            let f = |t: &str| m.categories_hit(t);
            crate::classify::evaluate(&model, &examples, Some(&f))
        } else {
            crate::classify::evaluate(&model, &examples, None)
        };
        let secs = t.elapsed().as_secs_f64();
        print!("{}", report.render_text());
        println!(
            "predicted {} messages in {:.2}s ({:.0} messages/s)",
            examples.len(),
            secs,
            examples.len() as f64 / secs.max(1e-9)
        );
        if let Some(out) = a.out {
            std::fs::create_dir_all(&out)?;
            crate::io::write_atomic(
                &out.join("model_eval.json"),
                &serde_json::to_vec_pretty(&report)?,
            )?;
        }
        return Ok(0);
    }
    let (Some(gp), Some(ap)) = (&a.gold, &a.annotations) else {
        anyhow::bail!("give --gold GOLD ANNOTATIONS, or --model FILE --data FILE");
    };
    let gold = load_gold(gp)?;
    let anns = read_annotations(ap)?;
    let r = evaluate(&gold, &anns);
    print!("{}", render(&r));
    if let Some(out) = a.out {
        std::fs::create_dir_all(&out)?;
        let mut e = Vec::new();
        for row in &r.errors {
            e.extend(serde_json::to_vec(row)?);
            e.push(b'\n');
        }
        crate::io::write_atomic(&out.join("errors.jsonl"), &e)?;
        let mut slim = r.clone();
        slim.errors.iter_mut().for_each(|x| x.text.clear());
        crate::io::write_atomic(&out.join("report.json"), &serde_json::to_vec_pretty(&slim)?)?;
    }
    Ok(0)
}
