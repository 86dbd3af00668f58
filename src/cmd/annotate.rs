//! `c2chat annotate`.

use crate::annotate::Annotator;
use crate::ingest::{ingest, ColumnFlags, IngestOptions, InputFormat};
use crate::lexicon::Lexicon;
use crate::matcher::Matcher;
use crate::output::{now, write_jsonl, write_outputs, Counts, LexiconInfo, Manifest};
use crate::rules::Rules;
use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Outputs (in --out DIR): annotations.jsonl, messages.csv, rejects.jsonl, manifest.json.\n\
Exit codes: 0 ok; 2 error; 3 --strict and some rows were rejected."
)]
pub struct Args {
    /// Input files or directories (CSV or JSONL), or - for standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Lexicon directory.
    #[arg(long, default_value = "lexicons/core")]
    pub lexicon: PathBuf,
    /// Output directory.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// `jsonl` with no --out streams annotations to standard output.
    #[arg(long, value_parser = ["jsonl", "dir"], default_value = "dir")]
    pub format: String,
    /// Input format (default: by extension, else sniffed).
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    #[arg(long)]
    pub text_col: Option<String>,
    #[arg(long)]
    pub id_col: Option<String>,
    #[arg(long)]
    pub conversation_col: Option<String>,
    #[arg(long)]
    pub speaker_col: Option<String>,
    #[arg(long)]
    pub time_col: Option<String>,
    /// Any rejected row makes the exit code non-zero (3).
    #[arg(long)]
    pub strict: bool,
    /// Worker threads (default: all cores). Output is identical whatever the count.
    #[arg(long)]
    pub threads: Option<usize>,
    /// Messages after a request (and after a refusal) that the conversation rules look at.
    #[arg(long)]
    pub rule_window: Option<usize>,
    /// No summary or progress on the terminal.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(a: Args) -> Result<i32> {
    if let Some(t) = a.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(t.max(1))
            .build_global()
            .ok();
    }
    let stream = a.out.is_none();
    if stream && a.format != "jsonl" {
        bail!("give --out DIR, or --format jsonl to stream annotations to standard output");
    }
    let started = now();
    let lex = Lexicon::load(&a.lexicon)
        .with_context(|| format!("loading lexicon {}", a.lexicon.display()))?;
    let lex_info = LexiconInfo {
        name: lex.name.clone(),
        version: lex.version.clone(),
        hash: lex.hash.clone(),
        path: a.lexicon.display().to_string(),
    };
    let rules = Rules::new(&lex.rules, a.rule_window)?;
    let matcher = Matcher::new(lex)?;
    let opts = IngestOptions {
        columns: ColumnFlags {
            text: a.text_col.clone(),
            id: a.id_col.clone(),
            conversation: a.conversation_col.clone(),
            speaker: a.speaker_col.clone(),
            time: a.time_col.clone(),
        },
        format: a.input_format,
    };
    let corpus = ingest(&a.inputs, &opts)?;
    let progress = crate::progress::bar(corpus.messages.len() as u64, "annotate", a.quiet);
    let annotator = Annotator {
        matcher: &matcher,
        rules,
        scorer: None,
        progress,
    };
    let anns = annotator.annotate(&corpus.messages);
    let counts = Counts::new(&anns, corpus.rejects.len() as u64);
    debug_assert_eq!(counts.read, corpus.read());

    if stream {
        let stdout = std::io::stdout();
        let mut lock = std::io::BufWriter::new(stdout.lock());
        write_jsonl(&mut lock, &anns)?;
        lock.flush()?;
        if !a.quiet && !corpus.rejects.is_empty() {
            eprintln!("c2chat: {} rows rejected (not written in streaming mode; use --out to keep rejects.jsonl)", corpus.rejects.len());
        }
    } else {
        let out = a.out.clone().expect("out");
        let mut options = BTreeMap::new();
        options.insert("strict".into(), serde_json::json!(a.strict));
        options.insert(
            "rule_window".into(),
            serde_json::json!(annotator.rules.window),
        );
        let manifest = Manifest {
            c2chat_version: env!("CARGO_PKG_VERSION").into(),
            command_line: super::command_line(),
            inputs: corpus.inputs.clone(),
            lexicon: lex_info,
            model: None,
            options,
            counts: counts.clone(),
            outputs: [
                "annotations.jsonl",
                "messages.csv",
                "rejects.jsonl",
                "manifest.json",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            started,
            finished: now(),
        };
        write_outputs(&out, &anns, &corpus.rejects, &manifest)?;
        if !a.quiet {
            print_summary(&counts, &out);
        }
    }
    if a.strict && !corpus.rejects.is_empty() {
        eprintln!(
            "c2chat: --strict: {} rows rejected (first: {}:{}: {})",
            corpus.rejects.len(),
            corpus.rejects[0].file,
            corpus.rejects[0].line,
            corpus.rejects[0].reason
        );
        return Ok(3);
    }
    Ok(0)
}

fn print_summary(c: &Counts, out: &std::path::Path) {
    println!(
        "c2chat annotate: {} messages read, {} annotated, {} rejected",
        c.read, c.annotated, c.rejected
    );
    println!(
        "flagged messages: {} of {}",
        c.flagged_messages, c.annotated
    );
    for top in crate::model::TOP_LEVEL_IDS {
        println!(
            "  {:<28} {:>6}",
            top,
            c.flagged.get(*top).copied().unwrap_or(0)
        );
        for fine in crate::model::CATEGORY_IDS
            .iter()
            .filter(|f| f.starts_with(&format!("{top}.")))
        {
            println!(
                "    {:<26} {:>6}",
                fine,
                c.flagged.get(*fine).copied().unwrap_or(0)
            );
        }
    }
    println!(
        "outputs: {}/{{annotations.jsonl, messages.csv, rejects.jsonl, manifest.json}}",
        out.display()
    );
}
