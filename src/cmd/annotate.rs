//! `c2chat annotate`.

use crate::annotate::{Annotator, StreamState};
use crate::defaults::ModelRef;
use crate::ingest::InputFormat;
use crate::io::AtomicFile;
use crate::lexicon::LexiconRef;
use crate::matcher::Matcher;
use crate::output::{now, write_jsonl, Counts, LexiconInfo, Manifest, MessagesCsv};
use crate::redact::fields::FieldRedaction;
use crate::redact::{NameList, PiiScan};
use crate::rules::Rules;
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::Write;
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
    #[arg(long)]
    pub lexicon: Option<String>,
    /// Classifier model file [default: the built-in default model; `--no-model` turns it off].
    #[arg(long, conflicts_with = "no_model")]
    pub model: Option<PathBuf>,
    /// A classifier label needs this score as well as the model's threshold (0 = the model's
    /// cross-validated thresholds alone). The classifier supplements the lexicon, so the default
    /// keeps only confident labels; `scores` always carries every score.
    #[arg(long, default_value_t = crate::defaults::DEFAULT_MIN_SCORE)]
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
    let stream = a.out.is_none();
    if stream && a.format != "jsonl" {
        bail!("give --out DIR, or --format jsonl to stream annotations to standard output");
    }
    let started = now();
    let (lex, lex_info) = load_lexicon(&a)?;
    let rules = Rules::new(&lex.rules, a.rule_window)?;
    let (model, model_info) = load_model(&a, &lex.hash)?;
    let matcher = Matcher::new(lex)?;
    let scorer = model.as_ref().map(|m| crate::annotate::ModelScorer {
        model: m,
        matcher: m.lexicon_hash().is_some().then_some(&matcher),
        min_score: a.min_score,
    });
    let mut opts = a.input.ingest_options();
    let (files, skipped_own) = crate::ingest::expand_inputs_skipping(&a.inputs)?;
    let stale = a
        .out
        .as_deref()
        .map(crate::io::remove_stale_temporaries)
        .unwrap_or(0);
    let pseudo = load_key(&a, &files)?;
    if let Some(p) = &pseudo {
        opts.speaker_names = Some(p.clone());
    }
    let names = match &a.names {
        Some(p) => NameList::load(p)?,
        None => NameList::empty(),
    };
    let mut gate = Gate {
        names: &names,
        redact: a.redact,
        allow_pii: a.allow_pii,
        pseudo: pseudo.as_deref(),
        scan: PiiScan::new(),
        refused: false,
        log: match (&a.out, a.redact) {
            (Some(out), true) => Some(AtomicFile::create(&out.join("redaction_log.jsonl"))?),
            _ => None,
        },
        redactions: 0,
    };
    let approx: u64 = files
        .iter()
        .filter(|f| f.as_os_str() != "-")
        .map(|f| approx_records(f))
        .sum();
    let progress = crate::progress::bar(approx, "annotate", a.quiet);
    let annotator = Annotator {
        matcher: &matcher,
        rules,
        scorer: scorer.as_ref().map(|s| s as &dyn crate::annotate::Scorer),
        progress,
    };

    // Stream: batches are matched in parallel, written in input order.
    #[allow(clippy::large_enum_variant)]
    enum Sink {
        Stdout(std::io::BufWriter<std::io::Stdout>),
        Dir {
            ann: AtomicFile,
            csv: MessagesCsv<AtomicFile>,
            rej: AtomicFile,
        },
    }
    let mut sink = match &a.out {
        None => Sink::Stdout(std::io::BufWriter::new(std::io::stdout())),
        Some(out) => Sink::Dir {
            ann: AtomicFile::create(&out.join("annotations.jsonl"))?,
            csv: MessagesCsv::new(AtomicFile::create(&out.join("messages.csv"))?),
            rej: AtomicFile::create(&out.join("rejects.jsonl"))?,
        },
    };
    let mut counts = Counts::default();
    let mut state = StreamState::default();
    let mut first_reject: Option<crate::model::Reject> = None;
    let mut reasons: BTreeMap<String, u64> = BTreeMap::new();
    let mut flush = |batch: &mut Vec<crate::model::Message>,
                     sink: &mut Sink,
                     counts: &mut Counts,
                     state: &mut StreamState|
     -> Result<()> {
        let mut msgs = std::mem::take(batch);
        // The PII gate: scan (or redact) every message before it is annotated.
        let refused = gate.check(&mut msgs)?;
        if refused {
            // Keep counting rows so the report is complete, but annotate and write nothing more.
            counts.read += msgs.len() as u64;
            counts.annotated += msgs.len() as u64;
            return Ok(());
        }
        let anns = annotator.annotate_batch(msgs, state);
        counts.add(&anns);
        match sink {
            Sink::Stdout(w) => write_jsonl(w, &anns)?,
            Sink::Dir { ann, csv, .. } => {
                write_jsonl(ann, &anns)?;
                csv.write(&anns)?;
            }
        }
        Ok(())
    };
    // Reading runs on its own thread, one batch ahead of matching and writing, so that CSV/JSON
    // parsing overlaps with the parallel work. Order is kept: one channel, read in order.
    enum Chunk {
        Batch(Vec<crate::model::Message>),
        Reject(crate::model::Reject),
    }
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk>(2);
    let (inputs, consumed) = std::thread::scope(|scope| {
        let opts = &opts;
        let files = &files;
        let reader = scope.spawn(move || {
            let stopped = || crate::err!("annotation stopped");
            let mut batch: Vec<crate::model::Message> = Vec::with_capacity(BATCH);
            let r = crate::ingest::stream(files, opts, |item| {
                match item {
                    Ok(m) => {
                        batch.push(m);
                        if batch.len() >= BATCH {
                            let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                            tx.send(Chunk::Batch(full)).map_err(|_| stopped())?;
                        }
                    }
                    Err(r) => tx.send(Chunk::Reject(r)).map_err(|_| stopped())?,
                }
                Ok(())
            });
            if r.is_ok() && !batch.is_empty() {
                // A send error here means the consumer already failed; its error is reported.
                let _ = tx.send(Chunk::Batch(batch));
            }
            r
        });
        let consumed = (|| -> Result<()> {
            for chunk in rx {
                match chunk {
                    Chunk::Batch(mut b) => {
                        crate::io::fault_point("annotate:read");
                        flush(&mut b, &mut sink, &mut counts, &mut state)?;
                        crate::io::fault_point("annotate:write");
                    }
                    Chunk::Reject(r) => {
                        counts.add_rejected(1);
                        if let Sink::Dir { rej, .. } = &mut sink {
                            let mut r = r.clone();
                            r.file = crate::redact::fields::redact_path(&r.file, &names);
                            if let Some(id) = &r.message_id {
                                if !crate::redact::detect(id, &names).is_empty() {
                                    r.message_id = None;
                                }
                            }
                            rej.write_all(serde_json::to_string(&r)?.as_bytes())?;
                            rej.write_all(b"\n")?;
                        }
                        *reasons.entry(reason_kind(&r.reason)).or_insert(0) += 1;
                        if first_reject.is_none() {
                            first_reject = Some(r);
                        }
                    }
                }
            }
            Ok(())
        })();
        let inputs = reader
            .join()
            .unwrap_or_else(|_| Err(crate::err!("internal error: the reader thread panicked")));
        (inputs, consumed)
    });
    // A failure while annotating or writing comes first (the reader then stops on its own).
    consumed?;
    let mut inputs = inputs?;
    for i in &mut inputs {
        i.path = crate::redact::fields::redact_path(&i.path, &names);
    }
    annotator.progress.finish_and_clear();
    if gate.refused {
        eprintln!("c2chat: refusing to annotate: residual PII found (values not shown). Redact first (c2chat redact), or use --redact or --allow-pii.\n{}", gate.scan);
        return Ok(4);
    }
    let read: u64 = inputs.iter().map(|i| i.read).sum();
    anyhow::ensure!(
        read == counts.read,
        "internal error: counts do not reconcile ({read} read, {} counted)",
        counts.read
    );

    match sink {
        Sink::Stdout(mut w) => {
            w.flush()?;
            if !a.quiet && counts.rejected > 0 {
                eprintln!("c2chat: {} rows rejected (not written in streaming mode; use --out to keep rejects.jsonl)", counts.rejected);
            }
        }
        Sink::Dir { ann, csv, rej } => {
            let out = a.out.clone().expect("out");
            let mut options = BTreeMap::new();
            options.insert("strict".into(), serde_json::json!(a.strict));
            options.insert(
                "rule_window".into(),
                serde_json::json!(annotator.rules.window),
            );
            options.insert("batch_size".into(), serde_json::json!(BATCH));
            options.insert("dedupe".into(), serde_json::json!(a.input.dedupe));
            options.insert("allow_pii".into(), serde_json::json!(a.allow_pii));
            options.insert("redact".into(), serde_json::json!(a.redact));
            if a.allow_pii {
                options.insert(
                    "pii_found".into(),
                    serde_json::json!(gate
                        .scan
                        .counts
                        .iter()
                        .map(|(k, v)| (k.as_str().to_string(), *v))
                        .collect::<BTreeMap<String, usize>>()),
                );
            }
            if a.redact {
                options.insert("redactions".into(), serde_json::json!(gate.redactions));
            }
            let mut warnings = reject_warnings(&reasons, counts.read);
            if !skipped_own.is_empty() {
                warnings.push(format!(
                    "{} files in the input directories are c2chat's own outputs (logs, manifests, rejects) and were not read: {}",
                    skipped_own.len(),
                    skipped_own
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            if stale > 0 {
                warnings.push(format!(
                    "removed {stale} temporary files left in the output directory by an interrupted run"
                ));
            }
            if state.out_of_order > 0 {
                warnings.push(format!(
                    "{} messages arrived earlier in time than a message of the same conversation in an earlier batch; the conversation rules saw them in file order",
                    state.out_of_order
                ));
            }
            let late = csv.late_meta_keys();
            if !late.is_empty() {
                warnings.push(format!(
                    "meta keys first seen after the first batch of {BATCH} messages have no column in messages.csv (they are in annotations.jsonl): {}",
                    late.join(", ")
                ));
            }
            let manifest = Manifest {
                c2chat_version: env!("CARGO_PKG_VERSION").into(),
                command_line: super::command_line_redacted(&names),
                inputs,
                lexicon: lex_info,
                model: model_info,
                options,
                counts: counts.clone(),
                warnings,
                outputs: [
                    "annotations.jsonl",
                    "messages.csv",
                    "rejects.jsonl",
                    "manifest.json",
                ]
                .iter()
                .map(|s| s.to_string())
                .chain(a.redact.then(|| "redaction_log.jsonl".to_string()))
                .collect(),
                output_bytes: BTreeMap::new(),
                started,
                finished: now(),
            };
            // One set: the old manifest goes first, the new one is written last.
            let mut staged = vec![ann.stage()?, csv.into_inner()?.stage()?, rej.stage()?];
            if let Some(f) = gate.log.take() {
                staged.push(f.stage()?);
            }
            crate::io::commit_set(&out, staged, |sizes| {
                let mut manifest = manifest;
                manifest.output_bytes = sizes.iter().cloned().collect();
                let mut m = serde_json::to_vec_pretty(&manifest)?;
                m.push(b'\n');
                Ok(m)
            })?;
            if !a.quiet {
                print_summary(&counts, &out);
            }
        }
    }
    for w in reject_warnings(&reasons, counts.read) {
        eprintln!("c2chat: warning: {w}");
    }
    if counts.read > 0 && counts.rejected == counts.read {
        let r = first_reject.as_ref().expect("a reject");
        eprintln!(
            "c2chat: error: every row was rejected ({} of {}; first: {}:{}: {})",
            counts.rejected, counts.read, r.file, r.line, r.reason
        );
        return Ok(2);
    }
    if a.strict && counts.rejected > 0 {
        let r = first_reject.expect("a reject");
        eprintln!(
            "c2chat: --strict: {} rows rejected (first: {}:{}: {})",
            counts.rejected, r.file, r.line, r.reason
        );
        return Ok(3);
    }
    Ok(0)
}

/// The lexicon (built-in core unless --lexicon) and its manifest record.
fn load_lexicon(a: &Args) -> Result<(crate::lexicon::Lexicon, LexiconInfo)> {
    let lex_ref = match &a.lexicon {
        Some(s) => LexiconRef::parse(s)?,
        None => LexiconRef::default_core(),
    };
    let lex = lex_ref
        .load()
        .with_context(|| format!("loading lexicon {lex_ref}"))?;
    let info = LexiconInfo {
        name: lex.name.clone(),
        version: lex.version.clone(),
        hash: lex.hash.clone(),
        path: match &lex_ref {
            LexiconRef::Builtin(n) => format!("builtin:{n}@{}", lex.version),
            LexiconRef::Dir(d) => d.display().to_string(),
        },
    };
    Ok((lex, info))
}

/// The classifier (built-in default unless --model or --no-model) and its manifest record.
fn load_model(
    a: &Args,
    lexicon_hash: &str,
) -> Result<(Option<crate::classify::Model>, Option<serde_json::Value>)> {
    let Some(p) = ModelRef::choose(a.model.as_deref(), a.no_model) else {
        return Ok((None, None));
    };
    let m = p.load()?;
    m.check_lexicon(Some(lexicon_hash))
        .with_context(|| format!("model {p}"))?;
    let info = serde_json::json!({
        "path": p.to_string(),
        "sha256": p.sha256()?,
        "kind": m.kind,
        "labels": m.labels,
        "c2chat_version": m.c2chat_version,
        "training_data_sha256": m.training.data_sha256,
        "cv_macro_f1": m.training.cv_macro_f1,
        "min_score": a.min_score,
    });
    Ok((Some(m), Some(info)))
}

/// The pseudonym key, when needed: for chat exports (speaker names), for columns that
/// corpus.toml pseudonymises, and for --redact (ids and speakers holding personal data become
/// keyed pseudonyms).
fn load_key(
    a: &Args,
    files: &[PathBuf],
) -> Result<Option<std::sync::Arc<crate::redact::Pseudonymiser>>> {
    let chat_like = |f: &PathBuf| {
        matches!(
            f.extension().and_then(|e| e.to_str()),
            Some("txt" | "json" | "cha")
        ) || matches!(
            a.input.input_format,
            Some(
                InputFormat::Whatsapp
                    | InputFormat::Telegram
                    | InputFormat::Discord
                    | InputFormat::Childes
                    | InputFormat::Instagram
                    | InputFormat::Snapchat
                    | InputFormat::Tiktok
            )
        )
    };
    if !(a.redact || files.iter().any(chat_like) || crate::ingest::needs_key(&a.inputs)?) {
        return Ok(None);
    }
    let key = crate::redact::key_path_checked(a.key_file.as_deref())?;
    if let Some(out) = &a.out {
        crate::redact::ensure_outside(&key, out)?;
    }
    Ok(Some(std::sync::Arc::new(
        crate::redact::Pseudonymiser::load_or_create(&key)?,
    )))
}

/// The PII gate over one batch: scan every field (refusing unless --allow-pii) or redact it.
struct Gate<'a> {
    names: &'a NameList,
    redact: bool,
    allow_pii: bool,
    pseudo: Option<&'a crate::redact::Pseudonymiser>,
    scan: PiiScan,
    refused: bool,
    log: Option<AtomicFile>,
    redactions: u64,
}

impl Gate<'_> {
    /// Scan or redact a batch; true once residual PII has made the run refuse.
    fn check(&mut self, msgs: &mut [crate::model::Message]) -> Result<bool> {
        // Phone numbers split across messages of one speaker (within this batch).
        let split = crate::redact::fields::split_phone_hits(msgs);
        if self.redact {
            self.redact_batch(msgs, &split)?;
        } else {
            self.scan_batch(msgs, &split);
            if !self.scan.is_clean() && !self.allow_pii {
                self.refused = true;
            }
        }
        Ok(self.refused)
    }

    fn write_log<T: serde::Serialize>(&mut self, entry: &T) -> Result<()> {
        self.redactions += 1;
        if let Some(f) = self.log.as_mut() {
            f.write_all(serde_json::to_string(entry)?.as_bytes())?;
            f.write_all(b"\n")?;
        }
        Ok(())
    }

    fn redact_batch(
        &mut self,
        msgs: &mut [crate::model::Message],
        split: &[(usize, crate::redact::PiiHit)],
    ) -> Result<()> {
        for entry in crate::redact::fields::redact_split_phones(msgs, split) {
            self.write_log(&entry)?;
        }
        let p = self.pseudo.expect("the key is loaded for --redact");
        let names = self.names;
        let logs: Vec<(Vec<crate::redact::RedactionLogEntry>, Vec<FieldRedaction>)> = msgs
            .par_iter_mut()
            .map(|m| {
                let fields = crate::redact::fields::redact_fields(m, names, p);
                (crate::redact::redact_message(m, names), fields)
            })
            .collect();
        for (text, fields) in logs {
            for entry in text {
                self.write_log(&entry)?;
            }
            for entry in fields {
                self.write_log(&entry)?;
            }
        }
        Ok(())
    }

    /// Every field an output carries, not only the text.
    fn scan_batch(
        &mut self,
        msgs: &[crate::model::Message],
        split: &[(usize, crate::redact::PiiHit)],
    ) {
        let names = self.names;
        let mut hits: Vec<Vec<crate::redact::PiiHit>> = msgs
            .par_iter()
            .map(|m| crate::redact::detect(&m.text, names))
            .collect();
        for (i, h) in crate::redact::fields::batch_field_hits(msgs, names) {
            hits[i].extend(h);
        }
        for (i, h) in split {
            hits[*i].push(*h);
        }
        for (m, h) in msgs.iter().zip(&hits) {
            if !h.is_empty() {
                let file = crate::redact::fields::redact_path(&m.file, names);
                self.scan.add(&file, m.line, h);
            }
        }
    }
}

/// A reject reason without its details (`wrong field count: expected 5, found 3` → `wrong field count`).
fn reason_kind(reason: &str) -> String {
    reason
        .split([':', '('])
        .next()
        .unwrap_or(reason)
        .trim()
        .to_string()
}

/// What fixes the commonest reasons.
fn reason_hint(kind: &str) -> &'static str {
    match kind {
        "unparsable timestamp" => "give the format with --time-format (e.g. %d/%m/%Y %H:%M) or --date-order dmy|mdy|ymd, or name the right column with --time-col",
        "wrong field count" => "check the delimiter (--delimiter comma|semicolon|tab|pipe) and the quoting",
        "unclosed quote" => "a quoted field is never closed; check the quoting of the file",
        "duplicate message_id" => "name the id column with --id-col, or use --dedupe none if ids repeat across files by design",
        "empty text" => "name the text column with --text-col",
        _ => "see rejects.jsonl for each row",
    }
}

/// A warning, with its fix, when more than half of the rows read were rejected for one reason.
fn reject_warnings(reasons: &BTreeMap<String, u64>, read: u64) -> Vec<String> {
    reasons
        .iter()
        .filter(|(_, &n)| n * 2 > read)
        .map(|(k, n)| format!("{n} of {read} rows rejected: {k}; {}", reason_hint(k)))
        .collect()
}

/// Messages per batch: matched in parallel, then written in order.
pub const BATCH: usize = 8192;

/// A cheap estimate of the records in a file (its line count), for the progress bar.
fn approx_records(p: &std::path::Path) -> u64 {
    use std::io::Read as _;
    let Ok(mut f) = std::fs::File::open(p) else {
        return 0;
    };
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    while let Ok(k) = f.read(&mut buf) {
        if k == 0 {
            break;
        }
        n += buf[..k].iter().filter(|&&b| b == b'\n').count() as u64;
    }
    n
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
