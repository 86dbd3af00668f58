//! The annotation pipeline: ingest → PII gate → annotate → [`Sink`], in one place.
//!
//! ```no_run
//! use c2chat::pipeline::{NoProgress, Options, Pipeline, MemorySink};
//! let pipeline = Pipeline::new(Options::default())?;
//! let run = pipeline.run(&["corpora/demo".into()], MemorySink::default(), &NoProgress)?;
//! let (sink, _manifest) = run.output.expect("not refused");
//! println!("{} annotations", sink.annotations.len());
//! # Ok::<(), c2chat::Error>(())
//! ```
//!
//! The invariants of a run live here and nowhere else:
//! - output is in input order, whatever the thread count (batches are matched in parallel and
//!   handed to the sink in the order they were read);
//! - every record read is either annotated or rejected (`read = annotated + rejected`, checked
//!   at the end of every run);
//! - no message reaches the annotator or a sink before the PII gate has scanned or redacted
//!   it, and a refused run hands nothing more to the sink and never commits;
//! - a sink commits only a complete run ([`Sink::finish`] is the last call).
//!
//! Invariant: nothing below `pipeline` writes files; the pipeline writes only through a sink.

mod ahead;
mod calibrated;
mod gate;
mod sink;

pub use sink::{DirSink, JsonlSink, MemorySink, Sink};

use crate::annotate::{Annotator, ModelScorer, StreamState};
use crate::classify::Model;
use crate::defaults::ModelRef;
use crate::episode::{Episode, EpisodeSettings, Episodes};
use crate::error::Context;
use crate::ingest::{IngestOptions, InputFormat, InputSummary};
use crate::lexicon::LexiconRef;
use crate::matcher::Matcher;
use crate::model::{Message, Reject};
use crate::output::{now, Counts, LexiconInfo, Manifest};
use crate::redact::{NameList, PiiScan, Pseudonymiser};
use crate::rules::Rules;
use crate::Result;
use ahead::Ahead;
use calibrated::Calibrated;
use gate::Gate;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Messages per batch: matched in parallel, then handed to the sink in order.
pub const BATCH: usize = 8192;

/// What to do when the PII gate finds residual personal data.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PiiPolicy {
    /// Refuse: annotate and write nothing (the default).
    #[default]
    Refuse,
    /// Proceed, recording what was found in the manifest.
    Allow,
    /// Redact on the fly (keyed pseudonyms for ids and speakers), with a redaction log.
    Redact,
}

/// Everything a run needs to know.
#[derive(Clone)]
pub struct Options {
    /// The lexicon (the built-in core lexicon by default).
    pub lexicon: LexiconRef,
    /// The classifier (the built-in default model by default; `None` for none).
    pub model: Option<ModelRef>,
    /// A classifier label needs this score as well as the model's threshold.
    pub min_score: f64,
    /// Overrides the lexicon's conversation-rule window.
    pub rule_window: Option<usize>,
    /// How input files are read.
    pub ingest: IngestOptions,
    /// The PII gate's policy.
    pub pii: PiiPolicy,
    /// Names for the PII gate and redaction.
    pub names: NameList,
    /// The pseudonym key file (default: `$C2CHAT_KEY_FILE`, else `~/.config/c2chat/key`).
    pub key_file: Option<PathBuf>,
    /// The command line recorded in the manifest (already redacted).
    pub command_line: Vec<String>,
    /// Further settings recorded in the manifest's `options` (e.g. the CLI's `strict`).
    pub record: BTreeMap<String, serde_json::Value>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lexicon: LexiconRef::default_core(),
            model: Some(ModelRef::Builtin),
            min_score: crate::defaults::DEFAULT_MIN_SCORE,
            rule_window: None,
            ingest: IngestOptions::default(),
            pii: PiiPolicy::default(),
            names: NameList::empty(),
            key_file: None,
            command_line: Vec::new(),
            record: BTreeMap::new(),
        }
    }
}

/// Told how a run advances (a progress bar, a notebook widget). Every method is optional.
pub trait Progress: Sync {
    /// The run starts; `estimate` is the approximate number of records (0 when unknown).
    fn start(&self, _estimate: u64) {}
    /// `n` more messages were annotated.
    fn advance(&self, _n: u64) {}
    /// The run ended.
    fn finish(&self) {}
}

/// No progress reporting.
pub struct NoProgress;
impl Progress for NoProgress {}

/// What a run did.
#[derive(Debug)]
pub struct Outcome<T> {
    /// What the sink's [`Sink::finish`] returned; `None` when the PII gate refused the run.
    pub output: Option<T>,
    /// Messages read, annotated, rejected and flagged.
    pub counts: Counts,
    /// One summary per input file (file names checked for personal data).
    pub inputs: Vec<InputSummary>,
    /// The first rejected record, for a message on the terminal.
    pub first_reject: Option<Reject>,
    /// Warnings for the terminal (also in the manifest): e.g. most rows rejected for one reason.
    pub warnings: Vec<String>,
    /// What the PII gate found (empty under `PiiPolicy::Redact`).
    pub pii: PiiScan,
    /// Values redacted under `PiiPolicy::Redact`.
    pub redactions: u64,
}

impl<T> Outcome<T> {
    /// Whether the PII gate refused the run (nothing was committed).
    pub fn refused(&self) -> bool {
        self.output.is_none()
    }

    /// The same outcome with its output mapped (e.g. dropped, to report on the run alone).
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Outcome<U> {
        Outcome {
            output: self.output.map(f),
            counts: self.counts,
            inputs: self.inputs,
            first_reject: self.first_reject,
            warnings: self.warnings,
            pii: self.pii,
            redactions: self.redactions,
        }
    }
}

/// A loaded pipeline: lexicon automata, rules and model, ready to run over inputs.
pub struct Pipeline {
    opts: Options,
    lexicon: LexiconInfo,
    model_info: Option<serde_json::Value>,
    matcher: Matcher,
    rules: Rules,
    episodes: EpisodeSettings,
    model: Option<Model>,
    /// Local classifier thresholds of stacked overlays, by category.
    classifier_min: BTreeMap<String, f64>,
    /// The model's heads laid out for scoring, made by the first large batch and kept for
    /// every later run of this pipeline (`model` never changes after loading).
    head_matrix: std::sync::OnceLock<crate::classify::HeadMatrix>,
}

impl Pipeline {
    /// Load the lexicon, the rules and the model named in `opts`.
    ///
    /// The lexicon (then its automata), the language detector and the model are read side
    /// by side; the model is checked against the lexicon once both are in.
    pub fn new(opts: Options) -> Result<Pipeline> {
        // The model is queued first, so that a thread that comes free (from the CLI's
        // command line, say) takes it, the largest part, while this one does the other two.
        let ((lexed, ()), loaded) = rayon::join(
            || {
                rayon::join(
                    || load_lexicon(&opts),
                    || crate::lang::LangId::builtin().warm(),
                )
            },
            || load_model(&opts),
        );
        let (parts, matcher) = lexed?;
        let (model, model_info) = loaded?;
        if let (Some(m), Some(p)) = (&model, &opts.model) {
            m.check_lexicon(Some(&parts.lexicon.hash))
                .with_context(|| format!("model {p}"))?;
        }
        Ok(Pipeline {
            opts,
            lexicon: parts.lexicon,
            model_info,
            matcher,
            rules: parts.rules,
            episodes: parts.episodes,
            model,
            classifier_min: parts.classifier_min,
            head_matrix: std::sync::OnceLock::new(),
        })
    }

    /// Record `line` (already redacted) as the command line in the manifest: for a caller
    /// that redacts its command line while the pipeline loads.
    pub fn set_command_line(&mut self, line: Vec<String>) {
        self.opts.command_line = line;
    }

    /// The options the pipeline was built with.
    pub fn options(&self) -> &Options {
        &self.opts
    }

    /// The lexicon's manifest record.
    pub fn lexicon(&self) -> &LexiconInfo {
        &self.lexicon
    }

    /// The rules' window, after any override.
    pub fn rule_window(&self) -> usize {
        self.rules.window
    }

    /// Annotate messages already in memory (no PII gate, no sink): for tests and bindings
    /// that have checked their input. The result is in input order.
    pub fn annotate_messages(&self, messages: Vec<Message>) -> Vec<crate::model::Annotation> {
        self.annotate_with_episodes(messages).0
    }

    /// Annotate messages held in memory and build their episodes (each annotation gets its
    /// `episode_id` and `role`); the episodes in the order they closed.
    pub fn annotate_with_episodes(
        &self,
        messages: Vec<Message>,
    ) -> (Vec<crate::model::Annotation>, Vec<Episode>) {
        let scorer = self.scorer();
        let anns = self.annotator(scorer.as_ref()).annotate(messages);
        let mut eps = Episodes::new(self.episodes);
        let mut out = eps.feed(anns);
        let (rest, episodes) = eps.finish();
        out.extend(rest);
        (out, episodes)
    }

    fn scorer(&self) -> Option<Calibrated<'_>> {
        self.model.as_ref().map(|m| Calibrated {
            inner: ModelScorer {
                model: m,
                matcher: m.lexicon_hash().is_some().then_some(&self.matcher),
                min_score: self.opts.min_score,
                matrix: Some(&self.head_matrix),
            },
            floors: &self.classifier_min,
        })
    }

    fn annotator<'a>(&'a self, scorer: Option<&'a Calibrated<'a>>) -> Annotator<'a> {
        Annotator {
            matcher: &self.matcher,
            rules: &self.rules,
            scorer: scorer.map(|s| s as &dyn crate::annotate::Scorer),
        }
    }

    /// Run over `inputs` (files, directories, or `-` for standard input) into `sink`.
    /// Three threads share the work: one reads a batch ahead, this one checks and annotates
    /// (in parallel within a batch), and one builds episodes, counts and writes the batch
    /// before, so output is written while the next batch is annotated.
    pub fn run<S: Sink + Send>(
        &self,
        inputs: &[PathBuf],
        sink: S,
        progress: &dyn Progress,
    ) -> Result<Outcome<S::Output>> {
        let started = now();
        let (files, skipped_own) = crate::ingest::expand_inputs_skipping(inputs)?;
        let pseudo = self.load_key(inputs, &files, sink.dir())?;
        progress.start(
            files
                .iter()
                .filter(|f| f.as_os_str() != "-")
                .map(|f| approx_records(f))
                .sum(),
        );
        let source = Source {
            read: Read::Files(&files),
            pseudo,
            skipped_own,
            started,
        };
        self.run_source(source, sink, progress)
    }

    /// Run over rows already in memory into `sink`, as [`Pipeline::run`] over a file of
    /// them (see [`Table`](crate::ingest::Table)), without writing or parsing one.
    pub fn run_table<S: Sink + Send>(
        &self,
        table: crate::ingest::Table<'_>,
        sink: S,
        progress: &dyn Progress,
    ) -> Result<Outcome<S::Output>> {
        let started = now();
        let pseudo = self.load_key(&[], &[], sink.dir())?;
        progress.start(table.rows.size_hint().0 as u64);
        let source = Source {
            read: Read::Table(table),
            pseudo,
            skipped_own: Vec::new(),
            started,
        };
        self.run_source(source, sink, progress)
    }

    fn run_source<S: Sink + Send>(
        &self,
        source: Source<'_>,
        sink: S,
        progress: &dyn Progress,
    ) -> Result<Outcome<S::Output>> {
        let Source {
            read: input,
            pseudo,
            skipped_own,
            started,
        } = source;
        let mut ingest = self.opts.ingest.clone();
        if let Some(p) = &pseudo {
            ingest.speaker_names = Some(p.clone());
        }
        let names = &self.opts.names;
        let gate = Gate::new(names, self.opts.pii, pseudo.as_deref());
        let scorer = self.scorer();
        let annotator = self.annotator(scorer.as_ref());
        // The state of conversations absent from the last batch goes to disk (`crate::spill`).
        let mut ahead = Ahead::new(gate, StreamState::spilling(), &annotator, progress);
        let episodes = self.episode_builder(sink.wants_episodes());
        let writer = Writer {
            sink,
            tally: Tally::default(),
            episodes,
            names,
        };
        let (tx, rx) = std::sync::mpsc::sync_channel::<ToWriter>(2);
        let stopped = || crate::err!("annotation stopped");
        let (read_inputs, writer) = std::thread::scope(|scope| {
            let send = |msgs: Vec<ToWriter>| -> Result<()> {
                msgs.into_iter()
                    .try_for_each(|m| tx.send(m).map_err(|_| stopped()))
            };
            let handle = scope.spawn(move || writer.serve(rx));
            let read = read_in_batches(input, &ingest, |chunk| match chunk {
                Chunk::Batch(b) => {
                    crate::io::fault_point("annotate:read");
                    send(ahead.batch(b)?)
                }
                Chunk::Reject(r) => send(ahead.reject(r).into_iter().collect()),
            })
            .and_then(|inputs| {
                send(ahead.flush()?)?;
                Ok(inputs)
            });
            drop(tx);
            let written = handle
                .join()
                .unwrap_or_else(|_| Err(crate::err!("internal error: the writer thread panicked")));
            (read, written)
        });
        let Ahead { gate, state, .. } = ahead;
        // The writer's error comes first: the reader then only saw "annotation stopped".
        let Writer {
            mut sink,
            tally,
            episodes,
            ..
        } = writer?;
        let read_inputs = read_inputs?;
        // Annotations held back by undecided episodes are written before the episodes.
        let (rest, episodes) = episodes.try_finish_streamed()?;
        if !rest.is_empty() {
            sink.annotations(rest)?;
        }
        episodes.each_chunk(|chunk| sink.episodes(&chunk))?;
        progress.finish();
        let mut inputs = read_inputs;
        for i in &mut inputs {
            i.path = crate::redact::fields::redact_path(&i.path, names);
        }
        let read: u64 = inputs.iter().map(|i| i.read).sum();
        crate::ensure!(
            read == tally.counts.read,
            "internal error: counts do not reconcile ({read} read, {} counted)",
            tally.counts.read
        );
        let warnings = reject_warnings(&tally.reasons, tally.counts.read);
        let refused = gate.refused;
        let output = if refused {
            None
        } else {
            let mut manifest = self.manifest(&gate, inputs.clone(), tally.counts.clone(), started);
            manifest.warnings = warnings.clone();
            manifest
                .warnings
                .extend(run_warnings(&skipped_own, state.out_of_order));
            Some(sink.finish(manifest)?)
        };
        Ok(Outcome {
            output,
            counts: tally.counts,
            inputs,
            first_reject: tally.first_reject,
            warnings,
            pii: gate.scan,
            redactions: gate.redactions,
        })
    }

    /// The episode builder of a run: spilling the state of conversations absent from the last
    /// batch, so memory does not grow with the corpus, and keeping episode records only for a
    /// sink that wants them.
    fn episode_builder(&self, records: bool) -> Episodes {
        let episodes = Episodes::new(self.episodes).spilling();
        match records {
            true => episodes,
            false => episodes.without_records(),
        }
    }

    fn manifest(
        &self,
        gate: &Gate,
        inputs: Vec<InputSummary>,
        counts: Counts,
        started: String,
    ) -> Manifest {
        let mut options = self.opts.record.clone();
        options.insert("rule_window".into(), serde_json::json!(self.rules.window));
        options.insert("batch_size".into(), serde_json::json!(BATCH));
        options.insert("dedupe".into(), serde_json::json!(self.opts.ingest.dedupe));
        let allow = self.opts.pii == PiiPolicy::Allow;
        let redact = self.opts.pii == PiiPolicy::Redact;
        options.insert("allow_pii".into(), serde_json::json!(allow));
        options.insert("redact".into(), serde_json::json!(redact));
        if allow {
            let found: BTreeMap<String, usize> = gate
                .scan
                .counts
                .iter()
                .map(|(k, v)| (k.as_str().to_string(), *v))
                .collect();
            options.insert("pii_found".into(), serde_json::json!(found));
        }
        if redact {
            options.insert("redactions".into(), serde_json::json!(gate.redactions));
        }
        Manifest {
            c2chat_version: env!("CARGO_PKG_VERSION").into(),
            command_line: self.opts.command_line.clone(),
            inputs,
            lexicon: self.lexicon.clone(),
            model: self.model_info.clone(),
            options,
            counts,
            warnings: Vec::new(),
            outputs: Vec::new(),
            output_bytes: BTreeMap::new(),
            started,
            finished: now(),
        }
    }

    /// The pseudonym key, when needed: for chat exports (speaker names), for columns that
    /// corpus.toml pseudonymises, and for redaction (ids and speakers holding personal data
    /// become keyed pseudonyms).
    fn load_key(
        &self,
        inputs: &[PathBuf],
        files: &[PathBuf],
        out: Option<&Path>,
    ) -> Result<Option<Arc<Pseudonymiser>>> {
        let chat_format = self
            .opts
            .ingest
            .format
            .is_some_and(|f| !matches!(f, InputFormat::Csv | InputFormat::Jsonl));
        let chat_like = |f: &PathBuf| {
            chat_format
                || matches!(
                    f.extension().and_then(|e| e.to_str()),
                    Some("txt" | "json" | "cha")
                )
        };
        let redact = self.opts.pii == PiiPolicy::Redact;
        if !(redact || files.iter().any(chat_like) || crate::ingest::needs_key(inputs)?) {
            return Ok(None);
        }
        let key = crate::redact::key_path_checked(self.opts.key_file.as_deref())?;
        if let Some(out) = out {
            crate::redact::ensure_outside(&key, out)?;
        }
        Ok(Some(Arc::new(Pseudonymiser::load_or_create(&key)?)))
    }
}

/// What a pipeline takes from its lexicon, besides the matcher.
struct LexiconParts {
    lexicon: LexiconInfo,
    rules: Rules,
    episodes: EpisodeSettings,
    classifier_min: BTreeMap<String, f64>,
}

/// The lexicon named in `opts`: its manifest record, rules and settings, and its matcher.
fn load_lexicon(opts: &Options) -> Result<(LexiconParts, Matcher)> {
    let lex = opts
        .lexicon
        .load()
        .with_context(|| format!("loading lexicon {}", opts.lexicon))?;
    let lexicon = LexiconInfo {
        name: lex.name.clone(),
        version: lex.version.clone(),
        hash: lex.hash.clone(),
        path: match &opts.lexicon {
            LexiconRef::Builtin(n) => format!("builtin:{n}@{}", lex.version),
            other => other.to_string(),
        },
        companions: lex.companions.clone(),
        layers: lex.layers.clone(),
        extra_categories: lex
            .categories
            .iter()
            .map(|c| c.id.clone())
            .filter(|id| !crate::model::is_known_category(id))
            .collect(),
    };
    let parts = LexiconParts {
        lexicon,
        rules: Rules::new(&lex.rules, opts.rule_window)?,
        episodes: EpisodeSettings {
            window: lex.rules.episode_window,
            gap_minutes: lex.rules.episode_gap_minutes,
            confirm: lex.rules.episode_confirm,
        },
        classifier_min: lex.classifier_min.clone(),
    };
    Ok((parts, Matcher::new(lex)?))
}

/// The classifier (if any) and its manifest record; [`Pipeline::new`] checks it against the
/// lexicon.
fn load_model(opts: &Options) -> Result<(Option<Model>, Option<serde_json::Value>)> {
    let Some(p) = &opts.model else {
        return Ok((None, None));
    };
    let m = p.load()?;
    let mut info = serde_json::json!({
        "path": p.to_string(),
        "sha256": p.sha256()?,
        "kind": m.kind,
        "labels": m.labels,
        "c2chat_version": m.c2chat_version,
        "training_data_sha256": m.training.data_sha256,
        "cv_macro_f1": m.training.cv_macro_f1,
        "min_score": opts.min_score,
    });
    // Recorded only for a model with context features, so that older manifests stay as
    // they were.
    if m.context_window() > 0 {
        info["context_window"] = serde_json::json!(m.context_window());
    }
    Ok((Some(m), Some(info)))
}

/// Counts and reject bookkeeping of one run.
#[derive(Default)]
struct Tally {
    counts: Counts,
    first_reject: Option<Reject>,
    reasons: BTreeMap<String, u64>,
}

impl Tally {
    /// Count a reject and hand a copy, its file name and id checked for personal data, to
    /// the sink.
    fn reject<S: Sink>(&mut self, r: Reject, names: &NameList, sink: &mut S) -> Result<()> {
        self.counts.add_rejected(1);
        let mut clean = r.clone();
        clean_reject(&mut clean, names);
        sink.reject(&clean)?;
        *self.reasons.entry(reason_kind(&r.reason)).or_insert(0) += 1;
        if self.first_reject.is_none() {
            self.first_reject = Some(r);
        }
        Ok(())
    }
}

/// Take personal data out of a reject before it is written: a file name holding a listed
/// name or a PII form is redacted, and an id holding one is dropped.
pub fn clean_reject(r: &mut Reject, names: &NameList) {
    r.file = crate::redact::fields::redact_path(&r.file, names);
    if r.message_id
        .as_deref()
        .is_some_and(|id| !crate::redact::detect(id, names).is_empty())
    {
        r.message_id = None;
    }
}

/// What the annotating thread hands the writing thread, in input order.
enum ToWriter {
    /// A batch of annotations.
    Annotations(Vec<crate::model::Annotation>),
    /// A rejected record.
    Reject(Reject),
    /// Redaction log lines of the next batch.
    Redactions(Vec<String>),
    /// A batch the PII gate refused: counted, never written.
    Refused(u64),
}

/// The writing side of a run: the sink, the counts and the episodes.
struct Writer<'a, S> {
    sink: S,
    tally: Tally,
    episodes: Episodes,
    names: &'a NameList,
}

impl<S: Sink> Writer<'_, S> {
    /// Write what arrives, in order, until the sender is dropped.
    fn serve(mut self, rx: std::sync::mpsc::Receiver<ToWriter>) -> Result<Self> {
        for msg in rx {
            match msg {
                ToWriter::Annotations(anns) => {
                    self.tally.counts.add(&anns);
                    self.episodes.add(anns);
                    self.episodes.take_error().map_or(Ok(()), Err)?;
                    loop {
                        let ready = self.episodes.decided(BATCH);
                        if ready.is_empty() {
                            break;
                        }
                        self.sink.annotations(ready)?;
                    }
                    crate::io::fault_point("annotate:write");
                }
                ToWriter::Reject(r) => self.tally.reject(r, self.names, &mut self.sink)?,
                ToWriter::Redactions(lines) => {
                    for l in &lines {
                        self.sink.redaction(l)?;
                    }
                }
                ToWriter::Refused(n) => {
                    self.tally.counts.read += n;
                    self.tally.counts.annotated += n;
                }
            }
        }
        Ok(self)
    }
}

/// What the reader thread hands on.
enum Chunk {
    Batch(Vec<Message>),
    Reject(Reject),
}

/// What a run reads, and what was settled about it before reading.
struct Source<'a> {
    read: Read<'a>,
    /// The pseudonym key, when the inputs or the PII policy need one.
    pseudo: Option<Arc<Pseudonymiser>>,
    /// c2chat's own outputs found in input directories and not read.
    skipped_own: Vec<PathBuf>,
    /// When the run started (for the manifest).
    started: String,
}

/// The records of a run: files (expanded), or rows in memory.
enum Read<'a> {
    Files(&'a [PathBuf]),
    Table(crate::ingest::Table<'a>),
}

/// Read `input` (files, or a table's rows) on a thread of its own, one batch ahead of
/// `consume` (so that parsing overlaps with matching), in order: one channel, read in order.
/// A failure in `consume` comes first (the reader then stops on its own).
fn read_in_batches(
    input: Read<'_>,
    opts: &IngestOptions,
    mut consume: impl FnMut(Chunk) -> Result<()>,
) -> Result<Vec<InputSummary>> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk>(2);
    let (inputs, consumed) = std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let stopped = || crate::err!("annotation stopped");
            let mut batch: Vec<Message> = Vec::with_capacity(BATCH);
            let mut each = |item| {
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
            };
            let r = match input {
                Read::Files(files) => crate::ingest::stream(files, opts, &mut each),
                Read::Table(t) => crate::ingest::stream_table(t, opts, &mut each).map(|i| vec![i]),
            };
            if r.is_ok() && !batch.is_empty() {
                // A send error here means the consumer already failed; its error is reported.
                let _ = tx.send(Chunk::Batch(batch));
            }
            r
        });
        let consumed = rx.into_iter().try_for_each(&mut consume);
        let inputs = reader
            .join()
            .unwrap_or_else(|_| Err(crate::err!("internal error: the reader thread panicked")));
        (inputs, consumed)
    });
    consumed?;
    inputs
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

/// The manifest's warnings about the inputs and their order.
fn run_warnings(skipped_own: &[PathBuf], out_of_order: u64) -> Vec<String> {
    let mut w = Vec::new();
    if !skipped_own.is_empty() {
        w.push(format!(
            "{} files in the input directories are c2chat's own outputs (logs, manifests, rejects) and were not read: {}",
            skipped_own.len(),
            skipped_own
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if out_of_order > 0 {
        w.push(format!(
            "{out_of_order} messages arrived earlier in time than a message of the same conversation in an earlier batch; the conversation rules saw them in file order"
        ));
    }
    w
}

/// A cheap estimate of the records in a file (its line count), for progress.
fn approx_records(p: &Path) -> u64 {
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
