//! `c2chat annotate`.

use anyhow::{bail, Result};
use c2chat::defaults::ModelRef;
use c2chat::lexicon::LexiconRef;
use c2chat::output::Counts;
use c2chat::pipeline::{DirSink, JsonlSink, Options, Outcome, PiiPolicy, Pipeline};
use c2chat::redact::NameList;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Outputs (in --out DIR): annotations.jsonl, messages.csv, rejects.jsonl, manifest.json.\n\
Exit codes: 0 ok; 2 error; 3 --strict and some rows were rejected; 4 refused because residual PII remains (see --redact, --allow-pii)."
)]
pub struct Args {
    /// Input files or directories (CSV or JSONL), or - for standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Lexicon: a directory, or a built-in lexicon (`core`, `builtin:core`) [default: the
    /// built-in core lexicon]. `c2chat lexicon export core DIR` writes an editable copy.
    /// Repeatable: `--lexicon core --lexicon DIR/lexicons/core-local` stacks a local overlay
    /// (from `c2chat review apply`) on its base; the manifest records every layer's hash.
    #[arg(long)]
    pub lexicon: Vec<String>,
    /// Classifier model file [default: the built-in default model; `--no-model` turns it off].
    #[arg(long, conflicts_with = "no_model")]
    pub model: Option<PathBuf>,
    /// A classifier label needs this score as well as the model's threshold (0 = the model's
    /// cross-validated thresholds alone). The classifier supplements the lexicon, so the default
    /// keeps only confident labels; `scores` always carries every score.
    #[arg(long, default_value_t = c2chat::defaults::DEFAULT_MIN_SCORE)]
    pub min_score: f64,
    /// Do not use a classifier, even the default one.
    #[arg(long)]
    pub no_model: bool,
    /// Output directory.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// `jsonl` with no --out streams annotations to standard output.
    #[arg(long, value_parser = ["jsonl", "dir"], default_value = "dir")]
    pub format: String,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// Any rejected row makes the exit code non-zero (3).
    #[arg(long)]
    pub strict: bool,
    /// Worker threads (default: all cores). Output is identical whatever the count.
    #[arg(long)]
    pub threads: Option<usize>,
    /// Messages after a request (and after a refusal) that the conversation rules look at.
    #[arg(long)]
    pub rule_window: Option<usize>,
    /// Redact residual PII on the fly instead of refusing.
    #[arg(long, conflicts_with = "allow_pii")]
    pub redact: bool,
    /// Proceed despite residual PII (recorded in the manifest).
    #[arg(long)]
    pub allow_pii: bool,
    /// A names list (one per line) for the PII gate and redaction.
    #[arg(long)]
    pub names: Option<PathBuf>,
    /// Pseudonym key file (default: $C2CHAT_KEY_FILE, else ~/.config/c2chat/key; created mode 0600).
    #[arg(long)]
    pub key_file: Option<PathBuf>,
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
    if a.out.is_none() && a.format != "jsonl" {
        bail!("give --out DIR, or --format jsonl to stream annotations to standard output");
    }
    let opts = options(&a)?;
    // The command line is redacted (which builds the PII detectors) while the pipeline loads.
    let names = opts.names.clone();
    let (pipeline, line) = rayon::join(
        || Pipeline::new(opts),
        || super::command_line_redacted(&names),
    );
    // Left to the end of the process rather than dropped (freeing its lexicon, automata and
    // model piece by piece was a few milliseconds of every run; issue 23).
    let mut pipeline = std::mem::ManuallyDrop::new(pipeline?);
    pipeline.set_command_line(line);
    crate::start_up_done();
    let bar = crate::cmd::progress::Bar::new("annotate", a.quiet);
    let outcome = match &a.out {
        None => {
            let sink = JsonlSink::new(std::io::BufWriter::new(std::io::stdout()));
            pipeline.run(&a.inputs, sink, &bar)?.map(|_| ())
        }
        Some(out) => {
            let extra = &pipeline.lexicon().extra_categories;
            let sink =
                DirSink::create(out, a.redact)?.with_categories(extra.iter().map(String::as_str));
            pipeline.run(&a.inputs, sink, &bar)?.map(|_| ())
        }
    };
    finish(&a, &outcome)
}

/// Flags → pipeline options.
fn options(a: &Args) -> Result<Options> {
    let names = match &a.names {
        Some(p) => NameList::load(p)?,
        None => NameList::empty(),
    };
    let mut record = std::collections::BTreeMap::new();
    record.insert("strict".to_string(), serde_json::json!(a.strict));
    Ok(Options {
        lexicon: LexiconRef::parse_stack(&a.lexicon)?,
        model: ModelRef::choose(a.model.as_deref(), a.no_model),
        min_score: a.min_score,
        rule_window: a.rule_window,
        ingest: a.input.ingest_options(),
        pii: match (a.redact, a.allow_pii) {
            (true, _) => PiiPolicy::Redact,
            (false, true) => PiiPolicy::Allow,
            (false, false) => PiiPolicy::Refuse,
        },
        command_line: Vec::new(),
        names,
        key_file: a.key_file.clone(),
        record,
    })
}

/// The terminal summary, warnings and exit code of a run.
fn finish(a: &Args, o: &Outcome<()>) -> Result<i32> {
    if o.refused() {
        eprintln!("c2chat: refusing to annotate: residual PII found (values not shown). Redact first (c2chat redact), or use --redact or --allow-pii.\n{}", o.pii);
        return Ok(4);
    }
    let counts = &o.counts;
    match &a.out {
        None if !a.quiet && counts.rejected > 0 => {
            eprintln!("c2chat: {} rows rejected (not written in streaming mode; use --out to keep rejects.jsonl)", counts.rejected);
        }
        Some(out) if !a.quiet => print_summary(counts, out),
        _ => {}
    }
    for w in &o.warnings {
        eprintln!("c2chat: warning: {w}");
    }
    if counts.read > 0 && counts.rejected == counts.read {
        let r = o.first_reject.as_ref().expect("a reject");
        eprintln!(
            "c2chat: error: every row was rejected ({} of {}; first: {}:{}: {})",
            counts.rejected, counts.read, r.file, r.line, r.reason
        );
        return Ok(2);
    }
    if a.strict && counts.rejected > 0 {
        let r = o.first_reject.as_ref().expect("a reject");
        eprintln!(
            "c2chat: --strict: {} rows rejected (first: {}:{}: {})",
            counts.rejected, r.file, r.line, r.reason
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
    for top in c2chat::model::TOP_LEVEL_IDS {
        println!(
            "  {:<28} {:>6}",
            top,
            c.flagged.get(*top).copied().unwrap_or(0)
        );
        for fine in c2chat::model::CATEGORY_IDS
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
        "outputs: {}/{{annotations.jsonl, episodes.jsonl, messages.csv, rejects.jsonl, manifest.json}}",
        out.display()
    );
}
