//! Training: one binary head per label (one-vs-rest), thresholds chosen by k-fold
//! cross-validation.
//!
//! Every fold refits the whole pipeline on its training part (vocabulary selection, idf,
//! learner), scores its held-out part, and the out-of-fold scores give each label the
//! threshold that maximises its F1. The final model is then fitted on all examples. Folds
//! hold whole conversations (never part of one: the messages of a conversation share their
//! context and much of their wording), balanced over the labels by a seeded greedy
//! assignment, and are fitted in parallel; every sum runs in a fixed order, so the same data,
//! configuration and seed give the same model.
//!
//! With `context_window` > 0 each example's [`super::context::MessageContext`] (computed by the
//! caller, see [`TrainExample::context`]) adds its context tokens as binary features.

use super::config::{ClassWeight, ModelKind, Solver, TrainConfig};
use super::data::TrainExample;
use super::features::{
    context_columns, lexicon_categories, CountedCorpus, ExtraColumns, LexiconFn, SparseRow,
    Vocabulary,
};
use super::linear::{
    feature_matrix, fit_logistic_linfa, fit_logistic_sparse, fit_naive_bayes, FeatureMatrix,
    LinearHead, LogisticParams,
};
use super::modelfile::{CvGrouping, CvMetrics, Head, Model, TrainingInfo, FORMAT, FORMAT_VERSION};
use crate::bail;
use crate::error::Result;
use crate::metrics::{best_threshold, BinaryMetrics};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// The conversation (cross-validation group) of every example, numbered in order of first
/// appearance, and the number of conversations; an example without a conversation id is a
/// conversation of its own.
fn conversation_groups(examples: &[TrainExample]) -> (Vec<usize>, usize) {
    let mut ids: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut next = 0usize;
    let groups = examples
        .iter()
        .map(|e| {
            let fresh = |next: &mut usize| {
                *next += 1;
                *next - 1
            };
            match e.conversation_id.as_deref() {
                Some(c) => *ids.entry(c).or_insert_with(|| fresh(&mut next)),
                None => fresh(&mut next),
            }
        })
        .collect();
    (groups, next)
}

/// Fold of each example, whole groups (conversations) at a time, `groups[i]` being example
/// `i`'s group in `0..n_groups`. The groups are shuffled by the seed and taken largest first
/// (a stable sort by size); each goes to the fold where it adds least to what the fold already
/// holds, measured over every label, the unlabelled examples and all examples, each count
/// divided by its total squared (so rare labels weigh as much as common ones); ties go to
/// the fold with fewer examples, then the lower fold. So every fold gets its share of every
/// label as far as whole conversations allow, and no conversation is split.
fn assign_folds(
    groups: &[usize],
    n_groups: usize,
    label_sets: &[Vec<String>],
    k: usize,
    seed: u64,
) -> Vec<usize> {
    let dims: BTreeMap<&str, usize> = label_sets
        .iter()
        .flatten()
        .map(String::as_str)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .enumerate()
        .map(|(d, l)| (l, d))
        .collect();
    let (unlabelled, all) = (dims.len(), dims.len() + 1);
    let mut per_group = vec![vec![0u64; dims.len() + 2]; n_groups];
    for (ls, &g) in label_sets.iter().zip(groups) {
        for l in ls {
            per_group[g][dims[l.as_str()]] += 1;
        }
        if ls.is_empty() {
            per_group[g][unlabelled] += 1;
        }
        per_group[g][all] += 1;
    }
    let weight: Vec<f64> = (0..dims.len() + 2)
        .map(|d| {
            let t = per_group.iter().map(|g| g[d]).sum::<u64>() as f64;
            if t > 0.0 {
                1.0 / (t * t)
            } else {
                0.0
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..n_groups).collect();
    let mut rng = crate::rng::SplitMix64::from_state(seed);
    for i in (1..order.len()).rev() {
        let j = rng.below_mod(i + 1);
        order.swap(i, j);
    }
    order.sort_by_key(|&g| std::cmp::Reverse(per_group[g][all]));
    let mut held = vec![vec![0u64; dims.len() + 2]; k];
    let mut group_fold = vec![0usize; n_groups];
    for g in order {
        let cost = |f: usize| -> f64 {
            (0..weight.len())
                .map(|d| weight[d] * (held[f][d] * per_group[g][d]) as f64)
                .sum()
        };
        let f = (0..k)
            .min_by(|&a, &b| {
                cost(a)
                    .total_cmp(&cost(b))
                    .then(held[a][all].cmp(&held[b][all]))
                    .then(a.cmp(&b))
            })
            .unwrap_or(0);
        for (h, c) in held[f].iter_mut().zip(&per_group[g]) {
            *h += c;
        }
        group_fold[g] = f;
    }
    groups.iter().map(|&g| group_fold[g]).collect()
}

/// A fitted fold (or the final fit): vocabulary, heads, and the held-out scores (example,
/// score per label).
type JobResult = (Vocabulary, Vec<LinearHead>, Vec<(usize, Vec<f64>)>);

/// Everything a fit needs that is shared across folds.
struct Shared<'a> {
    corpus: &'a CountedCorpus,
    hits: Option<&'a [Vec<String>]>,
    /// Context tokens per example (empty lists without context features).
    ctx: &'a [Vec<String>],
    /// The context columns (sorted; empty without context features).
    ctx_cols: &'a [String],
    /// y[label][example]
    y: &'a [Vec<bool>],
    lex_cats: &'a [String],
    cfg: &'a TrainConfig,
}

/// Fit vocabulary and heads on `train_idx`.
fn fit_on(sh: &Shared, train_idx: &[usize]) -> Result<(Vocabulary, Vec<u32>, Vec<LinearHead>)> {
    let y_sub: Vec<Vec<bool>> =
        sh.y.iter()
            .map(|yl| train_idx.iter().map(|&i| yl[i]).collect())
            .collect();
    let terms = sh.corpus.select(train_idx, &y_sub, &sh.cfg.features);
    let extra = ExtraColumns {
        lexicon_categories: sh.lex_cats.to_vec(),
        context_features: sh.ctx_cols.to_vec(),
    };
    let (vocab, map) = Vocabulary::fit(sh.corpus, train_idx, &terms, extra, &sh.cfg.features);
    let rows: Vec<SparseRow> = train_idx
        .iter()
        .map(|&i| row_of(sh, &vocab, &map, i))
        .collect();
    let x = feature_matrix(&rows, vocab.n_features())?;
    drop(rows);
    let heads = y_sub
        .iter()
        .map(|yl| fit_head(&x, yl, sh.cfg))
        .collect::<Result<Vec<_>>>()?;
    Ok((vocab, map, heads))
}

/// The feature row of example `i` in a fitted vocabulary.
fn row_of(sh: &Shared, vocab: &Vocabulary, map: &[u32], i: usize) -> SparseRow {
    let hits = sh.hits.map(|h| h[i].as_slice());
    let ctx = sh.ctx.get(i).map_or(&[][..], Vec::as_slice);
    vocab.vectorise_counts(&sh.corpus.docs[i], map, hits, ctx)
}

fn class_weights(y: &[bool], cw: ClassWeight) -> Vec<f64> {
    let n = y.len() as f64;
    let npos = y.iter().filter(|&&v| v).count() as f64;
    let nneg = n - npos;
    match cw {
        ClassWeight::Balanced if npos > 0.0 && nneg > 0.0 => y
            .iter()
            .map(|&v| {
                if v {
                    n / (2.0 * npos)
                } else {
                    n / (2.0 * nneg)
                }
            })
            .collect(),
        _ => vec![1.0; y.len()],
    }
}

fn fit_head(x: &FeatureMatrix, y: &[bool], cfg: &TrainConfig) -> Result<LinearHead> {
    let balanced = cfg.class_weight == ClassWeight::Balanced;
    let sw = class_weights(y, cfg.class_weight);
    let p = LogisticParams {
        alpha: cfg.alpha,
        max_iterations: cfg.max_iterations,
        tolerance: cfg.tolerance,
    };
    let lr = |x: &FeatureMatrix| -> Result<LinearHead> {
        match cfg.solver {
            Solver::SparseLbfgs => fit_logistic_sparse(x, y, &sw, &p),
            Solver::Linfa => fit_logistic_linfa(x, y, balanced, &p),
        }
    };
    match cfg.kind {
        ModelKind::NaiveBayes => Ok(fit_naive_bayes(x, y, &sw, cfg.nb_smoothing, balanced)),
        ModelKind::LogisticRegression => lr(x),
        ModelKind::NbLogisticRegression => {
            let ones = vec![1.0; y.len()];
            let r: Vec<f64> = fit_naive_bayes(x, y, &ones, cfg.nb_smoothing, true)
                .weights
                .iter()
                .map(|w| w.abs())
                .collect();
            let mut xs = x.clone();
            for (v, &c) in xs.data_mut().iter_mut().zip(x.indices()) {
                *v *= r[c as usize] as f32;
            }
            let mut head = lr(&xs)?;
            for (w, rj) in head.weights.iter_mut().zip(&r) {
                *w *= rj;
            }
            Ok(head)
        }
    }
}

/// The labels that can be learnt, with their targets and the counts and notes the model
/// file records.
struct Targets {
    /// Labels with enough positive and negative examples, sorted.
    labels: Vec<String>,
    /// y[label][example], for `labels`.
    y: Vec<Vec<bool>>,
    /// Positive examples of every requested label.
    label_counts: BTreeMap<String, usize>,
    /// Requested labels left out, with the reason.
    skipped: BTreeMap<String, String>,
}

/// Split the requested labels into those with at least `min_examples_per_class` positive
/// and negative examples and the rest; an error when none is left.
fn targets(examples: &[TrainExample], label_set: &[String], cfg: &TrainConfig) -> Result<Targets> {
    let all_labels: BTreeSet<&String> = label_set.iter().collect();
    if all_labels.is_empty() {
        bail!("the label set is empty: nothing to train");
    }
    let n = examples.len();
    let min = cfg.min_examples_per_class.max(1);
    let mut t = Targets {
        labels: Vec::new(),
        y: Vec::new(),
        label_counts: BTreeMap::new(),
        skipped: BTreeMap::new(),
    };
    for l in all_labels {
        let yl: Vec<bool> = examples.iter().map(|e| e.labels.contains(l)).collect();
        let npos = yl.iter().filter(|&&v| v).count();
        t.label_counts.insert(l.clone(), npos);
        if npos < min || n - npos < min {
            let why = format!(
                "{npos} positive and {} negative examples; at least {min} of each are needed",
                n - npos
            );
            t.skipped.insert(l.clone(), why);
        } else {
            t.labels.push(l.clone());
            t.y.push(yl);
        }
    }
    if t.labels.is_empty() {
        bail!(
            "no label has enough examples to train (at least {min} positive and negative each): {}",
            t.skipped
                .iter()
                .map(|(l, r)| format!("{l}: {r}"))
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    Ok(t)
}

/// Lexicon hits per example, the categories that occur (the lexicon feature columns) and
/// the lexicon hash to record; no hits and no hash when the lexicon finds nothing.
type LexiconFeatures = (Option<Vec<Vec<String>>>, Vec<String>, Option<String>);

fn lexicon_features(
    examples: &[TrainExample],
    lexicon: Option<(LexiconFn, String)>,
    notes: &mut Vec<String>,
) -> LexiconFeatures {
    let Some((f, hash)) = lexicon else {
        return (None, Vec::new(), None);
    };
    let hits: Vec<Vec<String>> = examples.iter().map(|e| f(&e.text)).collect();
    let lex_cats = lexicon_categories(&hits);
    if lex_cats.is_empty() {
        notes.push("the lexicon found nothing in the training data: no lexicon features".into());
        return (None, lex_cats, None);
    }
    (Some(hits), lex_cats, Some(hash))
}

/// For the linfa solver, lower `max_features` so that its largest dense matrix (all
/// examples, doubled at most by oversampling) fits `max_dense_bytes`; an error when fewer
/// than 100 features would fit. Returns whether the linfa solver is used.
fn bound_dense_memory(
    cfg: &mut TrainConfig,
    n: usize,
    n_lex: usize,
    notes: &mut Vec<String>,
) -> Result<bool> {
    let uses_linfa = cfg.solver == Solver::Linfa
        && matches!(
            cfg.kind,
            ModelKind::LogisticRegression | ModelKind::NbLogisticRegression
        );
    if !uses_linfa {
        return Ok(false);
    }
    let balanced = cfg.class_weight == ClassWeight::Balanced;
    let rows = n as u64 * if balanced { 2 } else { 1 };
    let cols = (cfg.features.max_features + n_lex) as u64;
    let bytes = rows * cols * 8;
    if bytes <= cfg.max_dense_bytes {
        return Ok(true);
    }
    let fit = (cfg.max_dense_bytes / (rows * 8)).saturating_sub(n_lex as u64);
    if fit < 100 {
        bail!(
            "the linfa solver needs a dense {rows} × {cols} matrix ({} MiB), over max_dense_bytes ({} MiB), \
             and fewer than 100 features would fit; use solver = \"sparse_lbfgs\" or raise max_dense_bytes",
            bytes >> 20,
            cfg.max_dense_bytes >> 20
        );
    }
    notes.push(format!(
        "max_features lowered from {} to {fit}: the linfa solver's dense {rows} × {cols} matrix ({} MiB) \
         would exceed max_dense_bytes ({} MiB)",
        cfg.features.max_features,
        bytes >> 20,
        cfg.max_dense_bytes >> 20
    ));
    cfg.features.max_features = fit as usize;
    Ok(true)
}

/// The final fit on all examples and, with cross-validation, each label's out-of-fold
/// scores (`oof[label][example]`).
struct Fitted {
    vocab: Vocabulary,
    heads: Vec<LinearHead>,
    oof: Option<Vec<Vec<f64>>>,
}

/// Fit one job per fold (train on the rest, score the fold) when `folds` is given, then the
/// final fit. The linfa solver runs one job at a time, to keep a single dense matrix in
/// memory; the sparse solver runs them in parallel.
fn fit_folds(sh: &Shared, folds: Option<(&[usize], usize)>, sequential: bool) -> Result<Fitted> {
    let n = sh.corpus.docs.len();
    let jobs: Vec<Option<usize>> = match folds {
        Some((_, k)) => (0..k).map(Some).chain([None]).collect(),
        None => vec![None],
    };
    let in_fold = |i: usize, f: usize| folds.is_some_and(|(fold, _)| fold[i] == f);
    let run = |job: &Option<usize>| -> Result<JobResult> {
        let train_idx: Vec<usize> = (0..n)
            .filter(|&i| job.is_none_or(|f| !in_fold(i, f)))
            .collect();
        let (vocab, map, heads) = fit_on(sh, &train_idx)?;
        let mut held_out = Vec::new();
        if let Some(f) = *job {
            for i in (0..n).filter(|&i| in_fold(i, f)) {
                let row = row_of(sh, &vocab, &map, i);
                held_out.push((i, heads.iter().map(|h| h.score(&row)).collect()));
            }
        }
        Ok((vocab, heads, held_out))
    };
    let mut results = if sequential {
        jobs.iter().map(run).collect::<Result<Vec<_>>>()?
    } else {
        jobs.par_iter().map(run).collect::<Result<Vec<_>>>()?
    };
    let (vocab, heads, _) = results
        .pop()
        .ok_or_else(|| crate::err!("internal error: no final fit"))?;
    let oof = folds.map(|_| {
        let mut oof = vec![vec![0.0; n]; sh.y.len()];
        for (_, _, held) in &results {
            for (i, s) in held {
                for (l, v) in s.iter().enumerate() {
                    oof[l][*i] = *v;
                }
            }
        }
        oof
    });
    Ok(Fitted { vocab, heads, oof })
}

/// The fold of every example when cross-validation runs (`cv_folds` ≥ 2, at least two
/// examples per fold and a conversation per fold), whole conversations per fold (`groups`:
/// each example's conversation, and their number); a note when it is skipped for too few.
fn cv_folds(
    t: &Targets,
    groups: (&[usize], usize),
    cfg: &TrainConfig,
    notes: &mut Vec<String>,
) -> Option<Vec<usize>> {
    let (n, k) = (t.y[0].len(), cfg.cv_folds);
    if k < 2 {
        return None;
    }
    if n < 2 * k || groups.1 < k {
        notes.push(format!(
            "cross-validation skipped: {n} examples in {} conversations are too few for {k} folds; thresholds are 0.5",
            groups.1
        ));
        return None;
    }
    let label_sets: Vec<Vec<String>> = (0..n)
        .map(|i| {
            t.labels
                .iter()
                .zip(&t.y)
                .filter(|(_, yl)| yl[i])
                .map(|(l, _)| l.clone())
                .collect()
        })
        .collect();
    Some(assign_folds(groups.0, groups.1, &label_sets, k, cfg.seed))
}

/// Each example's context tokens within `cfg.context_window`, and the context columns (the
/// tokens in at least `min_df` examples); nothing, with a note, when no token qualifies.
fn context_features(
    examples: &[TrainExample],
    cfg: &TrainConfig,
    notes: &mut Vec<String>,
) -> (Vec<Vec<String>>, Vec<String>) {
    if cfg.context_window == 0 {
        return (Vec::new(), Vec::new());
    }
    let tokens: Vec<Vec<String>> = examples
        .iter()
        .map(|e| e.context.tokens(cfg.context_window))
        .collect();
    let cols = context_columns(&tokens, cfg.features.min_df);
    if cols.is_empty() {
        notes.push(format!(
            "no context features: no context token occurs in {} examples (no labelled earlier message within {} messages)",
            cfg.features.min_df.max(1),
            cfg.context_window
        ));
        return (Vec::new(), Vec::new());
    }
    (tokens, cols)
}

/// The model's heads: the final fit's weights with each label's threshold chosen on the
/// out-of-fold scores (0.5 without cross-validation) and the CV metrics there.
fn thresholded_heads(
    t: &Targets,
    fitted: Vec<LinearHead>,
    oof: Option<&[Vec<f64>]>,
    cfg: &TrainConfig,
) -> Vec<Head> {
    let mut heads = Vec::new();
    for (l, (label, lin)) in t.labels.iter().zip(fitted).enumerate() {
        let (threshold, cv) = match oof {
            Some(oof) => {
                let (scores, y) = (&oof[l], &t.y[l]);
                let th = best_threshold(scores, y, cfg.threshold_metric);
                let cv = CvMetrics {
                    folds: cfg.cv_folds,
                    threshold: th,
                    at_threshold: BinaryMetrics::compute(scores, y, th),
                    f1_at_half: BinaryMetrics::compute(scores, y, 0.5).f1,
                };
                (th, Some(cv))
            }
            None => (0.5, None),
        };
        heads.push(Head {
            label: label.clone(),
            threshold,
            intercept: lin.intercept,
            n_positive: t.label_counts[label],
            cv,
            weights: lin.weights,
        });
    }
    heads
}

/// Train a model. `label_set` lists the labels to learn (examples' other labels are
/// ignored); `lexicon` is the lexicon function with its hash, whose category counts become
/// features; `data_sha256` identifies the training data in the model. With
/// `cfg.context_window` > 0, each example's [`TrainExample::context`] (filled by
/// [`crate::annotate::Annotator::fill_contexts`]) adds context features; cross-validation
/// folds hold whole conversations ([`TrainExample::conversation_id`]).
pub fn train(
    examples: &[TrainExample],
    label_set: &[String],
    cfg: &TrainConfig,
    lexicon: Option<(LexiconFn, String)>,
    data_sha256: String,
) -> Result<Model> {
    cfg.validate()?;
    if examples.is_empty() {
        bail!("no training examples");
    }
    let t = targets(examples, label_set, cfg)?;
    let n = examples.len();
    let mut notes = Vec::new();
    let tokens: Vec<Vec<String>> = examples
        .par_iter()
        .map(|e| crate::normalise::word_tokens(&e.text))
        .collect();
    let (hits, lex_cats, lexicon_hash) = lexicon_features(examples, lexicon, &mut notes);
    let mut cfg = cfg.clone();
    let corpus = CountedCorpus::build(&tokens, &cfg.features);
    drop(tokens);
    let (ctx, ctx_cols) = context_features(examples, &cfg, &mut notes);
    let n_extra = lex_cats.len() + ctx_cols.len();
    let uses_linfa = bound_dense_memory(&mut cfg, n, n_extra, &mut notes)?;
    let (groups, n_groups) = conversation_groups(examples);
    let folds = cv_folds(&t, (&groups, n_groups), &cfg, &mut notes);
    let sh = Shared {
        corpus: &corpus,
        hits: hits.as_deref(),
        ctx: &ctx,
        ctx_cols: &ctx_cols,
        y: &t.y,
        lex_cats: &lex_cats,
        cfg: &cfg,
    };
    let Fitted {
        vocab,
        heads: fitted,
        oof,
    } = fit_folds(&sh, folds.as_deref().map(|f| (f, cfg.cv_folds)), uses_linfa)?;
    let heads = thresholded_heads(&t, fitted, oof.as_deref(), &cfg);
    let cv_macro_f1 = folds.is_some().then(|| {
        heads
            .iter()
            .filter_map(|h| h.cv.as_ref())
            .map(|c| c.at_threshold.f1)
            .sum::<f64>()
            / heads.len() as f64
    });
    let mut model = Model {
        format: FORMAT.to_string(),
        format_version: FORMAT_VERSION,
        c2chat_version: env!("CARGO_PKG_VERSION").to_string(),
        kind: cfg.kind,
        labels: t.labels,
        config: cfg,
        training: TrainingInfo {
            data_sha256,
            lexicon_hash,
            n_examples: n,
            label_counts: t.label_counts,
            skipped_labels: t.skipped,
            cv_macro_f1,
            cv_grouping: folds.is_some().then_some(CvGrouping::Conversation),
            n_conversations: Some(n_groups),
            context_lexicon_hash: None,
            notes,
        },
        features: vocab,
        heads,
    };
    model.canonicalise();
    Ok(model)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::context::MessageContext;
    use crate::classify::eval::evaluate;
    use crate::classify::testdata;

    fn cfg() -> TrainConfig {
        TrainConfig {
            cv_folds: 3,
            ..Default::default()
        }
    }

    #[test]
    fn learns_synthetic_multilabel_data() {
        let train_ex = testdata::examples(240, 1);
        let test_ex = testdata::examples(150, 2);
        let m = train(&train_ex, &testdata::label_set(), &cfg(), None, "d".into()).unwrap();
        assert_eq!(m.labels, testdata::label_set());
        for h in &m.heads {
            let cv = h.cv.as_ref().expect("cv metrics");
            assert_eq!(cv.folds, 3);
            assert!(h.threshold > 0.0 && h.threshold < 1.0);
            assert_eq!(cv.threshold, h.threshold);
            assert!(cv.at_threshold.f1 > 0.8, "{}: {:?}", h.label, cv);
            assert_eq!(
                h.n_positive,
                train_ex
                    .iter()
                    .filter(|e| e.labels.contains(&h.label))
                    .count()
            );
        }
        let r = evaluate(&m, &test_ex, None);
        assert!(r.macro_f1 > 0.9, "{}", r.render_text());
        assert!(r.binary_macro_f1.is_none());
        // The plain logistic regression and the naive-Bayes baseline learn it too.
        for (kind, bar) in [
            (ModelKind::LogisticRegression, 0.85),
            (ModelKind::NaiveBayes, 0.7),
        ] {
            let c = TrainConfig { kind, ..cfg() };
            let m = train(&train_ex, &testdata::label_set(), &c, None, "d".into()).unwrap();
            let r = evaluate(&m, &test_ex, None);
            assert!(r.macro_f1 > bar, "{kind:?}: {}", r.render_text());
        }
    }

    #[test]
    fn training_is_deterministic_to_the_byte() {
        let ex = testdata::examples(150, 7);
        let a = train(&ex, &testdata::label_set(), &cfg(), None, "d".into()).unwrap();
        let b = train(&ex, &testdata::label_set(), &cfg(), None, "d".into()).unwrap();
        let (ba, bb) = (a.to_json_bytes().unwrap(), b.to_json_bytes().unwrap());
        assert!(ba == bb, "two trainings with the same seed differ");
        let d = tempfile::tempdir().unwrap();
        a.save(&d.path().join("a.json")).unwrap();
        b.save(&d.path().join("b.json")).unwrap();
        assert_eq!(
            std::fs::read(d.path().join("a.json")).unwrap(),
            std::fs::read(d.path().join("b.json")).unwrap()
        );
    }

    #[test]
    fn folds_are_seeded_stratified_and_balanced() {
        // Examples without conversations: groups of one.
        let sets: Vec<Vec<String>> = (0..100)
            .map(|i| {
                if i % 4 == 0 {
                    vec!["a".to_string()]
                } else {
                    vec![]
                }
            })
            .collect();
        let groups: Vec<usize> = (0..100).collect();
        let f1 = assign_folds(&groups, 100, &sets, 5, 42);
        assert_eq!(f1, assign_folds(&groups, 100, &sets, 5, 42));
        assert_ne!(f1, assign_folds(&groups, 100, &sets, 5, 43));
        for k in 0..5 {
            let members: Vec<usize> = (0..100).filter(|&i| f1[i] == k).collect();
            assert_eq!(members.len(), 20);
            assert_eq!(
                members.iter().filter(|&&i| i % 4 == 0).count(),
                5,
                "fold {k}"
            );
        }
    }

    /// Conversations of 1 to 9 messages with labels `a` (common), `b` (rare, clustered in
    /// few conversations) or none: (each example's conversation, label sets, conversations).
    fn conversations(seed: u64) -> (Vec<usize>, Vec<Vec<String>>, usize) {
        let mut r = testdata::Lcg(seed);
        let (mut groups, mut sets) = (Vec::new(), Vec::new());
        for g in 0..80 {
            let rare = g % 8 == 0;
            for _ in 0..1 + r.below(9) {
                groups.push(g);
                sets.push(match r.below(4) {
                    0 => vec!["a".to_string()],
                    1 if rare => vec!["b".to_string()],
                    2 if rare => vec!["a".to_string(), "b".to_string()],
                    _ => vec![],
                });
            }
        }
        (groups, sets, 80)
    }

    #[test]
    fn folds_never_split_conversations() {
        for seed in [1, 2, 3] {
            let (groups, sets, n_groups) = conversations(seed);
            let k = 5;
            let folds = assign_folds(&groups, n_groups, &sets, k, seed);
            assert_eq!(folds, assign_folds(&groups, n_groups, &sets, k, seed));
            let mut fold_of: BTreeMap<usize, usize> = BTreeMap::new();
            for (i, &g) in groups.iter().enumerate() {
                let f = *fold_of.entry(g).or_insert(folds[i]);
                assert_eq!(f, folds[i], "conversation {g} is split across folds");
            }
            // Every fold gets messages and a fair share of each label.
            let n = sets.len() as f64;
            for label in ["a", "b"] {
                let total = sets.iter().filter(|s| s.iter().any(|l| l == label)).count();
                for f in 0..k {
                    let in_fold = (0..sets.len())
                        .filter(|&i| folds[i] == f && sets[i].iter().any(|l| l == label))
                        .count();
                    assert!(in_fold > 0, "seed {seed}: fold {f} has no {label}");
                    let share = in_fold as f64 / total as f64;
                    assert!(
                        (0.1..=0.3).contains(&share),
                        "seed {seed}: fold {f} {label} {share}"
                    );
                }
            }
            for f in 0..k {
                let size = folds.iter().filter(|&&x| x == f).count() as f64;
                assert!(
                    (size / n - 0.2).abs() < 0.05,
                    "seed {seed}: fold {f} has {size}"
                );
            }
        }
    }

    /// Conversations where a bare "??" is `coercive.pressure` only right after the same
    /// speaker's image request (as the lexicon would label it), and harmless after a
    /// harmless question; contexts are given as `fill_contexts` would compute them.
    fn pressure_after_request(n: usize, seed: u64) -> Vec<TrainExample> {
        const REQUESTS: &[&str] = &["send me a pic", "snap me a photo of u", "send nudes"];
        const QUESTIONS: &[&str] = &["what time is practice", "is the bus late", "u coming"];
        let mut r = testdata::Lcg(seed);
        let mut out = Vec::new();
        for c in 0..n {
            let harmful = r.below(2) == 0;
            let opener = if harmful { REQUESTS } else { QUESTIONS };
            let conv = Some(format!("c{seed}-{c}"));
            let first = TrainExample {
                conversation_id: conv.clone(),
                speaker: Some("a".into()),
                ..TrainExample::new(opener[r.below(opener.len())], vec![])
            };
            let mut context = MessageContext::default();
            if harmful {
                context.items.push(crate::classify::context::ContextItem {
                    distance: 1,
                    same_speaker: true,
                    labels: vec!["coercive.image_request".into()],
                });
            }
            let labels = if harmful {
                vec!["coercive.pressure".to_string()]
            } else {
                vec![]
            };
            let second = TrainExample {
                conversation_id: conv,
                speaker: Some("a".into()),
                context,
                ..TrainExample::new("??", labels)
            };
            out.extend([first, second]);
        }
        out
    }

    #[test]
    fn a_context_model_learns_what_a_text_model_cannot() {
        let labels = vec!["coercive.pressure".to_string()];
        let train_ex = pressure_after_request(80, 1);
        let test_ex = pressure_after_request(40, 2);
        let with = train(&train_ex, &labels, &cfg(), None, "d".into()).unwrap();
        let without_cfg = TrainConfig {
            context_window: 0,
            ..cfg()
        };
        let without = train(&train_ex, &labels, &without_cfg, None, "d".into()).unwrap();
        assert_eq!(with.context_window(), cfg().context_window);
        assert_eq!(without.context_window(), 0);
        assert!(without.features.context_features.is_empty());
        assert!(with
            .features
            .context_features
            .contains(&"ctx:same:coercive.image_request".to_string()));
        let f1 = |m: &Model| evaluate(m, &test_ex, None).macro_f1;
        let cv = |m: &Model| m.training.cv_macro_f1.unwrap();
        assert!(cv(&with) > 0.95 && f1(&with) > 0.95, "{}", cv(&with));
        // Without context, "??" is as often harmless as not: at best everything is flagged.
        assert!(
            cv(&without) < 0.75 && f1(&without) < 0.75,
            "{}",
            cv(&without)
        );
        assert_eq!(with.training.cv_grouping, Some(CvGrouping::Conversation));
        assert_eq!(with.training.n_conversations, Some(80));
    }

    #[test]
    fn labels_without_examples_are_skipped_or_refused() {
        let ex = testdata::examples(100, 3);
        let mut labels = testdata::label_set();
        labels.push("sexualised.jokes".into());
        let m = train(&ex, &labels, &cfg(), None, "d".into()).unwrap();
        assert!(!m.labels.contains(&"sexualised.jokes".to_string()));
        assert!(m.training.skipped_labels["sexualised.jokes"].contains("0 positive"));
        assert_eq!(m.training.label_counts["sexualised.jokes"], 0);

        let e = train(
            &ex,
            &["sexualised.jokes".to_string()],
            &cfg(),
            None,
            "d".into(),
        )
        .unwrap_err();
        assert!(
            e.to_string().contains("no label has enough examples"),
            "{e}"
        );
        assert!(train(&[], &labels, &cfg(), None, "d".into()).is_err());
        assert!(train(&ex, &[], &cfg(), None, "d".into()).is_err());
        let bad = TrainConfig {
            alpha: -1.0,
            ..cfg()
        };
        assert!(train(&ex, &labels, &bad, None, "d".into())
            .unwrap_err()
            .to_string()
            .contains("alpha"));
    }

    #[test]
    fn without_cv_thresholds_are_one_half() {
        let ex = testdata::examples(60, 4);
        let c = TrainConfig {
            cv_folds: 0,
            ..cfg()
        };
        let m = train(&ex, &testdata::label_set(), &c, None, "d".into()).unwrap();
        assert!(m.heads.iter().all(|h| h.threshold == 0.5 && h.cv.is_none()));
        assert_eq!(m.training.cv_macro_f1, None);
        // Too few examples for the folds: CV is skipped with a note.
        let few = testdata::examples(8, 4);
        let c = TrainConfig {
            cv_folds: 5,
            min_examples_per_class: 1,
            ..cfg()
        };
        let m = train(&few, &testdata::label_set(), &c, None, "d".into()).unwrap();
        assert!(m
            .training
            .notes
            .iter()
            .any(|n| n.contains("cross-validation skipped")));
    }

    #[test]
    fn lexicon_counts_become_features() {
        let ex = testdata::examples(120, 5);
        let lex = |t: &str| -> Vec<String> {
            if t.contains("owe") || t.contains("do it") {
                vec!["coercive.pressure".to_string()]
            } else {
                vec![]
            }
        };
        let m = train(
            &ex,
            &testdata::label_set(),
            &cfg(),
            Some((&lex, "lexhash".into())),
            "d".into(),
        )
        .unwrap();
        assert_eq!(m.lexicon_hash(), Some("lexhash"));
        assert_eq!(m.features.lexicon_categories, vec!["coercive.pressure"]);
        let n = m.features.n_features();
        assert_eq!(m.features.feature_name(n - 1), "lex:coercive.pressure");
        let head = m
            .heads
            .iter()
            .find(|h| h.label == "coercive.pressure")
            .unwrap();
        assert!(
            head.weights[n - 1] > 0.0,
            "the lexicon feature supports its category"
        );
        let with = m.predict_scores(&["u owe me"], Some(&lex));
        let without = m.predict_scores(&["u owe me"], None);
        assert!(with[0]["coercive.pressure"] > without[0]["coercive.pressure"]);
        // A lexicon that never fires adds no features (and no hash to check).
        let silent = |_: &str| -> Vec<String> { vec![] };
        let m = train(
            &ex,
            &testdata::label_set(),
            &cfg(),
            Some((&silent, "h".into())),
            "d".into(),
        )
        .unwrap();
        assert_eq!(m.lexicon_hash(), None);
        assert!(m
            .training
            .notes
            .iter()
            .any(|n| n.contains("no lexicon features")));
    }

    #[test]
    fn linfa_solver_agrees_with_sparse_solver() {
        let ex = testdata::examples(120, 6);
        let base = TrainConfig {
            kind: ModelKind::LogisticRegression,
            class_weight: ClassWeight::None,
            cv_folds: 0,
            tolerance: 1e-9,
            max_iterations: 2000,
            alpha: 1.0,
            ..cfg()
        };
        let linfa_cfg = TrainConfig {
            solver: Solver::Linfa,
            ..base.clone()
        };
        let a = train(&ex, &testdata::label_set(), &base, None, "d".into()).unwrap();
        let b = train(&ex, &testdata::label_set(), &linfa_cfg, None, "d".into()).unwrap();
        let probe = testdata::examples(30, 8);
        let texts: Vec<&str> = probe.iter().map(|e| e.text.as_str()).collect();
        let (sa, sb) = (
            a.predict_scores(&texts, None),
            b.predict_scores(&texts, None),
        );
        for (x, y) in sa.iter().zip(&sb) {
            for (l, v) in x {
                assert!((v - y[l]).abs() < 1e-3, "{l}: sparse {v} vs linfa {}", y[l]);
            }
        }
    }

    #[test]
    fn dense_memory_is_bounded_for_linfa() {
        let ex = testdata::examples(100, 9);
        let c = TrainConfig {
            solver: Solver::Linfa,
            kind: ModelKind::LogisticRegression,
            cv_folds: 0,
            max_iterations: 50,
            // 200 rows (balanced oversampling bound) × 8 bytes × 150 features.
            max_dense_bytes: 200 * 8 * 150,
            ..cfg()
        };
        let m = train(&ex, &testdata::label_set(), &c, None, "d".into()).unwrap();
        assert!(m.features.n_features() <= 150);
        assert!(m
            .training
            .notes
            .iter()
            .any(|n| n.contains("max_features lowered")));
        let tiny = TrainConfig {
            max_dense_bytes: 1000,
            ..c
        };
        let e = train(&ex, &testdata::label_set(), &tiny, None, "d".into()).unwrap_err();
        assert!(e.to_string().contains("max_dense_bytes"), "{e}");
    }
}
