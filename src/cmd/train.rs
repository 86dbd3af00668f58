//! `c2chat train`: fit a classifier (linfa-compatible logistic regression, NB-weighted
//! logistic regression, or naive Bayes), with conversation-context features unless told
//! otherwise, and write a self-describing model file.

use anyhow::{bail, Result};
use c2chat::annotate::Annotator;
use c2chat::classify::{
    train, training_files, ClassWeight, LexiconFn, Model, ModelKind, Solver, ThresholdMetric,
    TrainConfig, TrainExample, DEFAULT_CONTEXT_WINDOW,
};
use c2chat::lexicon::{Lexicon, LexiconRef};
use c2chat::matcher::Matcher;
use c2chat::rules::Rules;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Data: one or more files or directories (a directory: its .jsonl/.ndjson/.json/.csv files, by name), \
read in order. JSONL with `text` and `gold` (or `labels`) lists of category ids (annotate/import output works), and \
optionally `conversation_id`, `message_id` and `speaker`: the messages of a conversation are in conversation order \
(corpora/train/conversations/*.jsonl); a message without a conversation id is a conversation of its own. Or CSV with \
--text-col and --label-col (with --positive for a binary task; otherwise ids separated by ';'); CSV rows are \
conversations of their own.\n\
Context features (default; --no-context turns them off): besides its text, each message is featurised with the labels \
and speakers of the earlier messages of its conversation within --context-window messages (default 4), e.g. \
ctx:other:coercive.image_request (another speaker asked for an image), ctx:same:coercive, ctx:other:protective, \
ctx:other:any_harm. Those labels come from the lexicon's terms and patterns and the conversation rules (--lexicon, \
default the built-in core lexicon), never from gold or the classifier, so annotate computes the same context. The \
model file records config.context_window (0 = none).\n\
Cross-validation (--folds) is by conversation: each fold holds whole conversations, balanced over the labels, so no \
conversation is split between training and held-out parts (recorded as training.cv_grouping = \"conversation\").\n\
EDOS (the BENCHMARKS.md run, dev macro-F1 0.781): c2chat train ../shared/edos/edos_train.csv --text-col text --label-col label_sexist \
--positive sexist --alpha 0.1 --max-features 1000000 --threshold-metric macro-f1 --out edos.model\n\
The default model: c2chat train corpora/train/conversations --out models/default.model\n\
Training twice with the same data, options and seed gives identical files."
)]
pub struct Args {
    /// Labelled data: JSONL files (text and gold/labels, optionally conversation_id, message_id,
    /// speaker), CSV files (see --text-col, --label-col), or directories of them.
    #[arg(required = true, num_args = 1..)]
    pub data: Vec<PathBuf>,
    /// The model file to write.
    #[arg(long)]
    pub out: PathBuf,
    #[command(flatten)]
    pub labelled: super::LabelledDataArgs,
    /// nb-logistic (default), logistic (L2 logistic regression), or bayes (multinomial NB baseline).
    #[arg(long, default_value = "nb-logistic", value_parser = ["nb-logistic", "logistic", "bayes"])]
    pub kind: String,
    /// Use linfa-logistic's solver instead of the sparse L-BFGS (same objective; dense, slower).
    #[arg(long)]
    pub linfa: bool,
    /// Minimum document frequency of a feature.
    #[arg(long)]
    pub min_df: Option<usize>,
    /// Maximum number of features kept (chi-square selection).
    #[arg(long)]
    pub max_features: Option<usize>,
    /// Word n-gram range, `MIN-MAX` (default 1-2; 0-0 turns word features off).
    #[arg(long, value_parser = parse_range)]
    pub word_ngrams: Option<[usize; 2]>,
    /// Character n-gram range within word boundaries, `MIN-MAX` (default 2-5; 0-0 turns them off).
    #[arg(long, value_parser = parse_range)]
    pub char_ngrams: Option<[usize; 2]>,
    /// L2-normalise word and character features as two blocks instead of one row.
    #[arg(long)]
    pub block_norm: bool,
    /// L2 regularisation strength (default 0.1, chosen by leaving one training writer out;
    /// BENCHMARKS.md, session 17).
    #[arg(long)]
    pub alpha: Option<f64>,
    /// Additive smoothing of naive Bayes and of the NB ratios of nb-logistic (default 1).
    #[arg(long)]
    pub nb_smoothing: Option<f64>,
    /// Class weighting: balanced or none.
    #[arg(long, value_parser = ["balanced", "none"])]
    pub class_weight: Option<String>,
    /// Cross-validation folds (thresholds are chosen on out-of-fold scores to maximise F1).
    #[arg(long)]
    pub folds: Option<usize>,
    /// What each label's threshold maximises on the out-of-fold scores: f1 (the label's F1;
    /// default) or macro-f1 (mean of the positive- and negative-class F1, the usual score of a
    /// binary task such as EDOS task A).
    #[arg(long, value_parser = ["f1", "macro-f1"])]
    pub threshold_metric: Option<String>,
    /// Random seed for the cross-validation folds (same data, options and seed give the
    /// same model file).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Add lexicon category counts as features (the model then requires this lexicon); also
    /// the lexicon whose labels make the context features [default for those: the built-in
    /// core lexicon].
    #[arg(long)]
    pub lexicon: Option<String>,
    /// Context features: how many earlier messages of the conversation (their lexicon,
    /// pattern and rule labels, and whether the same speaker wrote them) each message's
    /// features include [default: 4].
    #[arg(long, value_name = "N")]
    pub context_window: Option<usize>,
    /// No context features: each message is featurised from its text alone (as models
    /// before context features); the same as --context-window 0.
    #[arg(long, conflicts_with = "context_window")]
    pub no_context: bool,
    /// Value of a context feature that is present (default 0.5; larger: context weighs more
    /// against the L2 penalty).
    #[arg(long, value_name = "X")]
    pub context_scale: Option<f64>,
    /// How the model file is written: compact (format version 2: a JSON header line with
    /// everything but the float arrays, then the arrays as little-endian doubles; smaller and
    /// faster to load) or json (format version 1: one JSON document, for tools that need
    /// JSON). Both hold exactly the same model; every c2chat reads both.
    #[arg(long, default_value = "compact", value_parser = ["compact", "json"])]
    pub model_format: String,
    /// No progress or summary on the terminal.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Parse an n-gram range `MIN-MAX` (or a single `N`).
fn parse_range(s: &str) -> std::result::Result<[usize; 2], String> {
    let bad = || format!("expected MIN-MAX (for example 1-2), got {s:?}");
    let (a, b) = s.split_once('-').unwrap_or((s, s));
    let a: usize = a.trim().parse().map_err(|_| bad())?;
    let b: usize = b.trim().parse().map_err(|_| bad())?;
    Ok([a, b])
}

/// The examples of every training file, in order, and the data's SHA-256: of the file's
/// bytes for one file, of all files' bytes one after the other for several.
fn load_examples(a: &Args) -> Result<(Vec<TrainExample>, String)> {
    let files = training_files(&a.data)?;
    let mut examples = Vec::new();
    for f in &files {
        examples.extend(a.labelled.load(f)?);
    }
    if examples.is_empty() {
        let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        bail!("{}: no training examples", names.join(", "));
    }
    let sha = match files.as_slice() {
        [one] => c2chat::io::sha256_file(one)?,
        _ => {
            use sha2::{Digest, Sha256};
            let mut h = Sha256::new();
            for f in &files {
                let mut r = std::fs::File::open(f)?;
                std::io::copy(&mut r, &mut h)?;
            }
            hex::encode(h.finalize())
        }
    };
    Ok((examples, sha))
}

/// The lexicon for lexicon features (`--lexicon`) or context features (`--lexicon`, else the
/// built-in core lexicon); `None` when neither is wanted.
fn load_lexicon(a: &Args, cfg: &TrainConfig) -> Result<Option<Lexicon>> {
    let r = match &a.lexicon {
        Some(l) => LexiconRef::parse(l)?,
        None if cfg.context_window > 0 => LexiconRef::default_core(),
        None => return Ok(None),
    };
    Ok(Some(r.load()?))
}

/// The training settings the flags ask for.
fn train_config(a: &Args) -> Result<TrainConfig> {
    let mut cfg = TrainConfig {
        kind: match a.kind.as_str() {
            "logistic" => ModelKind::LogisticRegression,
            "bayes" => ModelKind::NaiveBayes,
            _ => ModelKind::NbLogisticRegression,
        },
        ..TrainConfig::default()
    };
    if a.linfa {
        cfg.solver = Solver::Linfa;
    }
    if let Some(v) = a.min_df {
        cfg.features.min_df = v;
    }
    if let Some(v) = a.max_features {
        cfg.features.max_features = v;
    }
    if let Some(v) = a.word_ngrams {
        cfg.features.word_ngrams = v;
    }
    if let Some(v) = a.char_ngrams {
        cfg.features.char_ngrams = v;
    }
    if a.block_norm {
        cfg.features.block_norm = true;
    }
    if let Some(v) = a.context_scale {
        cfg.features.context_scale = v;
    }
    if let Some(v) = a.alpha {
        cfg.alpha = v;
    }
    if let Some(v) = a.nb_smoothing {
        cfg.nb_smoothing = v;
    }
    if let Some(v) = &a.class_weight {
        cfg.class_weight = if v == "none" {
            ClassWeight::None
        } else {
            ClassWeight::Balanced
        };
    }
    if let Some(v) = a.folds {
        cfg.cv_folds = v;
    }
    if let Some(v) = &a.threshold_metric {
        cfg.threshold_metric = if v == "macro-f1" {
            ThresholdMetric::MacroF1
        } else {
            ThresholdMetric::F1
        };
    }
    if let Some(v) = a.seed {
        cfg.seed = v;
    }
    cfg.context_window = match (a.no_context, a.context_window) {
        (true, _) => 0,
        (false, w) => w.unwrap_or(DEFAULT_CONTEXT_WINDOW),
    };
    cfg.validate()?;
    Ok(cfg)
}

/// Compute the examples' contexts (for a context window) and train, with the lexicon for
/// lexicon features (`--lexicon`) and contexts.
fn fit(
    a: &Args,
    examples: &mut [TrainExample],
    labels: &[String],
    cfg: &TrainConfig,
    sha: String,
) -> Result<Model> {
    let Some(lex) = load_lexicon(a, cfg)? else {
        return Ok(train(examples, labels, cfg, None, sha)?);
    };
    let hash = lex.hash.clone();
    let rules = Rules::new(&lex.rules, None)?;
    let matcher = Matcher::new(lex)?;
    let annotator = Annotator {
        matcher: &matcher,
        rules: &rules,
        scorer: None,
    };
    annotator.fill_contexts(examples, cfg.context_window);
    let f = |t: &str| matcher.categories_hit(t);
    let lexicon = a.lexicon.is_some().then(|| (&f as LexiconFn, hash.clone()));
    let mut model = train(examples, labels, cfg, lexicon, sha)?;
    if model.context_window() > 0 {
        model.training.context_lexicon_hash = Some(hash);
    }
    Ok(model)
}

/// What training did, on the terminal.
fn print_summary(model: &Model, n: usize, secs: f64, out: &std::path::Path) -> Result<()> {
    outln!(
        "trained {:?} on {n} examples, {} labels in {secs:.1}s -> {}",
        model.kind,
        model.labels.len(),
        out.display()
    );
    match model.context_window() {
        0 => outln!("context features: none"),
        w => outln!(
            "context features: {} (window {w})",
            model.features.context_features.len()
        ),
    }
    if let Some(f) = model.training.cv_macro_f1 {
        outln!(
            "cross-validated macro-F1 (mean over labels; folds of whole conversations, {} in all): {f:.3}",
            model.training.n_conversations.unwrap_or(0)
        );
    }
    for note in &model.training.notes {
        outln!("note: {note}");
    }
    for (l, why) in &model.training.skipped_labels {
        outln!("skipped label {l}: {why}");
    }
    Ok(())
}

pub fn run(a: Args) -> Result<i32> {
    let (mut examples, sha) = load_examples(&a)?;
    let labels: Vec<String> = match &a.labelled.positive {
        Some(p) => vec![p.clone()],
        None => {
            let mut l: Vec<String> = examples
                .iter()
                .flat_map(|e| e.labels.iter().cloned())
                .collect();
            l.sort();
            l.dedup();
            l
        }
    };
    let cfg = train_config(&a)?;
    let progress = crate::cmd::progress::spinner(
        &format!(
            "train: {} examples, {} labels, {}-fold CV by conversation, context window {}",
            examples.len(),
            labels.len(),
            cfg.cv_folds,
            cfg.context_window
        ),
        a.quiet,
    );
    let t = std::time::Instant::now();
    let model = fit(&a, &mut examples, &labels, &cfg, sha)?;
    progress.finish_and_clear();
    let format = match a.model_format.as_str() {
        "json" => c2chat::classify::ModelFileFormat::Json,
        _ => c2chat::classify::ModelFileFormat::Compact,
    };
    model.save_as(&a.out, format)?;
    if !a.quiet {
        print_summary(&model, examples.len(), t.elapsed().as_secs_f64(), &a.out)?;
    }
    Ok(0)
}
