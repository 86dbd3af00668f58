//! `c2chat evaluate --gold FILE ANNOTATIONS`.

use crate::evaluate::{evaluate, load_gold, render};
use crate::output::read_annotations;
use anyhow::Result;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold labels: JSONL with message_id and gold (list of ids), or CSV with message_id,gold (ids separated by ;).
    #[arg(long)]
    pub gold: PathBuf,
    /// annotations.jsonl from annotate.
    pub annotations: PathBuf,
    /// Write report.json and errors.jsonl (with message text) here.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run(a: Args) -> Result<i32> {
    let gold = load_gold(&a.gold)?;
    let anns = read_annotations(&a.annotations)?;
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
