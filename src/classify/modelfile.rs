//! The model and its file formats. Version 1 is one self-describing JSON document:
//!
//! ```text
//! { "format": "c2chat-model", "format_version": 1, "c2chat_version": "...",
//!   "kind": "nb_logistic_regression" | "logistic_regression" | "naive_bayes",
//!   "labels": [...], "config": {TrainConfig}, "training": {TrainingInfo},
//!   "features": {config, terms (sorted), idf, lexicon_categories, context_features},
//!   "heads": [{label, threshold, intercept, cv, weights}, ...] }
//! ```
//!
//! Version 2 (the compact form, written by default) is the same JSON document on its first
//! line with `"format_version": 2`, without `features.idf` and the heads' `weights`, and with
//! `"binary": {"encoding": "f64le", "arrays": [[name, length], ...]}`; after the newline come
//! those arrays in that order (`features.idf`, then `heads[i].weights` for each head) as
//! little-endian IEEE 754 doubles. It holds exactly the same numbers in less than half the
//! bytes and is read without parsing decimal text (`head -1 FILE` still shows everything else).
//! Each head scores a text as σ(w·x + b) over the feature vector `x`; the label is predicted
//! when the score is at least the head's threshold. A model with context features (the
//! `config.context_window` earlier messages' labels and speakers; `features.context_features`
//! present) is scored with each message's [`MessageContext`]; a model file from before context
//! features has neither field and scores texts alone, exactly as before. Floats are written by serde_json
//! (shortest round-trip form), so the same model always serialises to the same bytes.

use super::config::{ModelKind, TrainConfig};
use super::context::MessageContext;
use super::features::{LexiconFn, Vocabulary};
use super::linear::{linear_scores, HeadMatrix};
use crate::bail;
use crate::error::{Context, Result};
use crate::metrics::BinaryMetrics;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// The `"format"` field of every model file.
pub(crate) const FORMAT: &str = "c2chat-model";
/// The `"format_version"` of a model as one JSON document (read, and written on request).
pub(crate) const JSON_VERSION: u32 = 1;
/// The `"format_version"` of the compact form (a JSON header line, then the float arrays as
/// little-endian doubles): written by default, and what a newly trained model carries.
pub(crate) const FORMAT_VERSION: u32 = 2;

/// How [`Model::save`] writes a model file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ModelFileFormat {
    /// Version 2: a JSON header line, then the float arrays in binary (the default).
    #[default]
    Compact,
    /// Version 1: one JSON document (larger and slower to read; for tools that need JSON).
    Json,
}

/// Texts featurised at once by the predict functions (bounds peak memory).
const PREDICT_BATCH: usize = 4096;

/// Cross-validated metrics of a head: out-of-fold scores at the chosen threshold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CvMetrics {
    /// Cross-validation folds.
    pub folds: usize,
    /// The threshold chosen on the out-of-fold scores (the head's threshold).
    pub threshold: f64,
    /// Out-of-fold metrics at `threshold`.
    #[serde(flatten)]
    pub at_threshold: BinaryMetrics,
    /// Out-of-fold F1 at threshold 0.5, for comparison.
    pub f1_at_half: f64,
}

/// One label's scorer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Head {
    /// The label it predicts.
    pub label: String,
    /// The label is predicted when the score is at least this.
    pub threshold: f64,
    /// The bias b of σ(w·x + b).
    pub intercept: f64,
    /// Positive training examples.
    pub n_positive: usize,
    /// Cross-validated metrics (`None` when training ran without CV).
    pub cv: Option<CvMetrics>,
    /// One weight per feature column (in the compact form, after the header line).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weights: Vec<f64>,
}

/// How cross-validation put examples into folds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CvGrouping {
    /// Whole conversations go to one fold (an example without a conversation id is a
    /// conversation of its own), so no conversation is split between training and held-out
    /// parts.
    Conversation,
}

/// Provenance of the training run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingInfo {
    /// SHA-256 of the training data, as given by the caller.
    pub data_sha256: String,
    /// Hash of the lexicon whose category counts are features (None: no lexicon features).
    pub lexicon_hash: Option<String>,
    /// Training examples.
    pub n_examples: usize,
    /// Positive examples per label in `label_set` (including skipped labels).
    pub label_counts: BTreeMap<String, usize>,
    /// Labels of `label_set` that were not trained, with the reason.
    pub skipped_labels: BTreeMap<String, String>,
    /// Mean over heads of the cross-validated F1 (None without CV).
    pub cv_macro_f1: Option<f64>,
    /// How the cross-validation folds were formed (absent without CV, and in model files
    /// from before conversation-grouped folds, whose folds split messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cv_grouping: Option<CvGrouping>,
    /// Conversations in the training data (absent in older model files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n_conversations: Option<usize>,
    /// Hash of the lexicon (with its conversation rules) whose labels made the training
    /// contexts, as given by the caller that computed them (absent without context features).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_lexicon_hash: Option<String>,
    /// Adjustments made during training (e.g. feature bound lowered for memory).
    pub notes: Vec<String>,
}

/// A trained classifier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// Always `"c2chat-model"`.
    pub format: String,
    /// The file format's version (1).
    pub format_version: u32,
    /// The c2chat version that trained it.
    pub c2chat_version: String,
    /// The learner that produced the heads.
    pub kind: ModelKind,
    /// Trained labels, sorted; same order as `heads`.
    pub labels: Vec<String>,
    /// The training settings.
    pub config: TrainConfig,
    /// Provenance of the training run.
    pub training: TrainingInfo,
    /// The feature space.
    pub features: Vocabulary,
    /// One scorer per label.
    pub heads: Vec<Head>,
}

/// Round `v` to at most 15 significant digits, none below 1e-21, so that its shortest
/// decimal form has a significand below 2^53 and a decimal exponent of at least -22: such
/// numbers are parsed exactly by serde_json even without its `float_roundtrip` feature, so a
/// saved model loads back bit-identical (for magnitudes below 1e12; model parameters are far
/// smaller). Relative change ≤ 5e-15, or 1e-21 absolute.
fn canonical_f64(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    // Margin of one digit for a log10 that lands on the wrong side of a power of ten.
    let e10 = v.abs().log10().floor() as i32;
    let digits = (e10 + 21).min(14);
    if digits < 0 {
        return 0.0;
    }
    format!("{:.*e}", digits as usize, v).parse().unwrap_or(v)
}

fn canonical_metrics(m: &mut BinaryMetrics) {
    for x in [
        &mut m.precision,
        &mut m.recall,
        &mut m.f1,
        &mut m.f1_negative,
    ] {
        *x = canonical_f64(*x);
    }
    if let Some(a) = m.roc_auc.as_mut() {
        *a = canonical_f64(*a);
    }
}

#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    format_version: Option<serde_json::Value>,
    binary: Option<Layout>,
}

/// The compact form's description of the arrays after its header line.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Layout {
    /// Always `"f64le"`.
    encoding: String,
    /// Each array's name and length, in file order.
    arrays: Vec<(String, usize)>,
}

/// The compact form's header: the model without its float arrays, and their layout.
#[derive(Serialize)]
struct CompactHeader<'a> {
    #[serde(flatten)]
    model: &'a Model,
    binary: Layout,
}

const F64LE: &str = "f64le";

/// Split a model file at its first newline: the header line and what follows.
fn split_header(bytes: &[u8]) -> (&[u8], &[u8]) {
    match bytes.iter().position(|&b| b == b'\n') {
        Some(i) => (&bytes[..i], &bytes[i + 1..]),
        None => (bytes, &[]),
    }
}

/// Parse the header fields of a whole file (a version-1 document), with a clear error.
fn read_header(bytes: &[u8], name: &str) -> Result<Header> {
    serde_json::from_slice(bytes).map_err(|e| {
        let head = &bytes[..bytes.len().min(256)];
        let looks_like_model = head.windows(FORMAT.len()).any(|w| w == FORMAT.as_bytes());
        if looks_like_model {
            crate::err!("corrupt or truncated c2chat model file {name}: {e}")
        } else {
            crate::err!("not a c2chat model file: {name}: not valid JSON ({e})")
        }
    })
}

/// The format name and a version this build reads.
fn check_header(header: &Header, name: &str) -> Result<()> {
    match header.format.as_ref().and_then(|v| v.as_str()) {
        Some(FORMAT) => {}
        Some(other) => {
            bail!("not a c2chat model file: {name}: format is {other:?}, expected {FORMAT:?}")
        }
        None => bail!("not a c2chat model file: {name}: no \"format\": \"{FORMAT}\" field"),
    }
    match header.format_version.as_ref().and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(JSON_VERSION) || v == u64::from(FORMAT_VERSION) => Ok(()),
        Some(v) => bail!(
            "{name}: c2chat model format_version {v} is not supported by this build (reads versions {JSON_VERSION} and {FORMAT_VERSION})"
        ),
        None => bail!("corrupt c2chat model file {name}: missing or invalid format_version"),
    }
}

/// Fill the model's float arrays from the bytes after a compact header, as `layout` says.
fn read_arrays(model: &mut Model, layout: &Layout, rest: &[u8]) -> Result<()> {
    if layout.encoding != F64LE {
        bail!(
            "unknown array encoding {:?} (expected {F64LE:?})",
            layout.encoding
        );
    }
    let nf = model.features.n_features();
    let mut want = vec![("features.idf".to_string(), model.features.terms.len())];
    want.extend((0..model.heads.len()).map(|i| (format!("heads[{i}].weights"), nf)));
    if layout.arrays != want {
        bail!("the binary layout does not fit the header's terms and heads");
    }
    let total: usize = want.iter().map(|(_, n)| n).sum();
    if rest.len() != 8 * total {
        bail!(
            "expected {} bytes of parameters after the header, found {}",
            8 * total,
            rest.len()
        );
    }
    let mut values = rest
        .chunks_exact(8)
        .map(|c| f64::from_le_bytes(c.try_into().expect("8 bytes")));
    model.features.idf = values.by_ref().take(want[0].1).collect();
    for h in &mut model.heads {
        h.weights = values.by_ref().take(nf).collect();
    }
    Ok(())
}

impl Model {
    /// Round every learned float with [`canonical_f64`] (done by training).
    pub(crate) fn canonicalise(&mut self) {
        for x in &mut self.features.idf {
            *x = canonical_f64(*x);
        }
        for h in &mut self.heads {
            h.threshold = canonical_f64(h.threshold);
            h.intercept = canonical_f64(h.intercept);
            for w in &mut h.weights {
                *w = canonical_f64(*w);
            }
            if let Some(cv) = h.cv.as_mut() {
                cv.threshold = canonical_f64(cv.threshold);
                cv.f1_at_half = canonical_f64(cv.f1_at_half);
                canonical_metrics(&mut cv.at_threshold);
            }
        }
        if let Some(f) = self.training.cv_macro_f1.as_mut() {
            *f = canonical_f64(*f);
        }
    }

    /// Serialise as one JSON document, format version 1 (deterministic).
    pub(crate) fn to_json_bytes(&self) -> Result<Vec<u8>> {
        let mut v = if self.format_version == JSON_VERSION {
            serde_json::to_vec(self)
        } else {
            let mut m = self.clone();
            m.format_version = JSON_VERSION;
            serde_json::to_vec(&m)
        }
        .context("serialising model")?;
        v.push(b'\n');
        Ok(v)
    }

    /// Serialise in the compact form, format version 2 (deterministic).
    pub(crate) fn to_compact_bytes(&self) -> Result<Vec<u8>> {
        let mut head = self.clone();
        head.format_version = FORMAT_VERSION;
        let idf = std::mem::take(&mut head.features.idf);
        let weights: Vec<Vec<f64>> = head
            .heads
            .iter_mut()
            .map(|h| std::mem::take(&mut h.weights))
            .collect();
        let mut arrays = vec![("features.idf".to_string(), idf.len())];
        arrays
            .extend((0..weights.len()).map(|i| (format!("heads[{i}].weights"), weights[i].len())));
        let header = CompactHeader {
            model: &head,
            binary: Layout {
                encoding: F64LE.into(),
                arrays,
            },
        };
        let mut v = serde_json::to_vec(&header).context("serialising model")?;
        v.push(b'\n');
        v.reserve(8 * (idf.len() + weights.iter().map(Vec::len).sum::<usize>()));
        for x in idf.iter().chain(weights.iter().flatten()) {
            v.extend_from_slice(&x.to_le_bytes());
        }
        Ok(v)
    }

    /// The bytes of a model file in `format`.
    pub fn to_bytes(&self, format: ModelFileFormat) -> Result<Vec<u8>> {
        match format {
            ModelFileFormat::Compact => self.to_compact_bytes(),
            ModelFileFormat::Json => self.to_json_bytes(),
        }
    }

    /// Write the model file in the compact form, atomically (mode 0600).
    pub fn save(&self, path: &Path) -> Result<()> {
        self.save_as(path, ModelFileFormat::Compact)
    }

    /// Write the model file in `format`, atomically (mode 0600).
    pub fn save_as(&self, path: &Path, format: ModelFileFormat) -> Result<()> {
        let bytes = self.to_bytes(format)?;
        crate::io::write_atomic(path, &bytes)
            .with_context(|| format!("saving model to {}", path.display()))
    }

    /// Read and check a model file (either form).
    pub fn load(path: &Path) -> Result<Model> {
        let bytes = std::fs::read(path)
            .with_context(|| format!("reading model file {}", path.display()))?;
        Self::from_bytes(&bytes, &path.display().to_string())
    }

    /// Parse and check a model file's bytes (either form); `name` names the source in errors.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Model> {
        let (line, rest) = split_header(bytes);
        // A version-1 document may span lines (pretty-printed by hand): then read it whole.
        let (header, line, rest) = match serde_json::from_slice::<Header>(line) {
            Ok(h) => (h, line, rest),
            Err(_) => (read_header(bytes, name)?, bytes, &[][..]),
        };
        check_header(&header, name)?;
        let mut model: Model = serde_json::from_slice(line)
            .map_err(|e| crate::err!("corrupt c2chat model file {name}: {e}"))?;
        match header.binary {
            Some(layout) if model.format_version == FORMAT_VERSION => {
                read_arrays(&mut model, &layout, rest)
                    .with_context(|| format!("corrupt or truncated c2chat model file {name}"))?
            }
            None if model.format_version == JSON_VERSION => {}
            Some(_) => bail!(
                "corrupt c2chat model file {name}: a format_version {JSON_VERSION} document has a \"binary\" layout"
            ),
            None => bail!(
                "corrupt or truncated c2chat model file {name}: format_version {FORMAT_VERSION} needs a \"binary\" layout"
            ),
        }
        model
            .check()
            .with_context(|| format!("corrupt c2chat model file {name}"))?;
        model.features.rebuild_index();
        Ok(model)
    }

    /// Internal consistency of a (loaded) model.
    fn check(&self) -> Result<()> {
        self.features.check()?;
        let nf = self.features.n_features();
        if self.heads.is_empty() {
            bail!("model has no heads");
        }
        let head_labels: Vec<&String> = self.heads.iter().map(|h| &h.label).collect();
        if head_labels != self.labels.iter().collect::<Vec<_>>() {
            bail!("labels do not match heads");
        }
        for h in &self.heads {
            if h.weights.len() != nf {
                bail!(
                    "head {:?} has {} weights, the feature space has {nf}",
                    h.label,
                    h.weights.len()
                );
            }
            if !h.intercept.is_finite()
                || !h.threshold.is_finite()
                || h.weights.iter().any(|w| !w.is_finite())
            {
                bail!("head {:?} has a non-finite parameter", h.label);
            }
        }
        Ok(())
    }

    /// Hash of the lexicon the model was trained with, if it uses lexicon features.
    pub fn lexicon_hash(&self) -> Option<&str> {
        self.training.lexicon_hash.as_deref()
    }

    /// Error unless `lexicon_hash` (the lexicon about to be used) matches the training one.
    /// A model without lexicon features accepts any lexicon (it ignores it).
    pub fn check_lexicon(&self, lexicon_hash: Option<&str>) -> Result<()> {
        match (self.lexicon_hash(), lexicon_hash) {
            (None, _) => Ok(()),
            (Some(want), Some(got)) if want == got => Ok(()),
            (Some(want), Some(got)) => bail!(
                "the model was trained with lexicon features from lexicon {want}, but lexicon {got} is loaded"
            ),
            (Some(want), None) => bail!("the model needs lexicon features from lexicon {want}, but no lexicon is loaded"),
        }
    }

    /// How many earlier messages of a conversation the model looks at: its
    /// `config.context_window` when it has context features, else 0 (older model files,
    /// `--no-context`, or no context token occurred in training).
    pub fn context_window(&self) -> usize {
        if self.features.context_features.is_empty() {
            0
        } else {
            self.config.context_window
        }
    }

    /// Scores (label → probability-like score in [0, 1]) for each text, in input order,
    /// without conversation context (a context model then sees every message as the first of
    /// its conversation). Texts are featurised in batches (in parallel); the lexicon is called
    /// sequentially.
    pub fn predict_scores(
        &self,
        texts: &[&str],
        lexicon: Option<LexiconFn>,
    ) -> Vec<crate::scores::Scores> {
        self.predict_scores_batched(texts, None, lexicon, PREDICT_BATCH)
    }

    /// Scores for each text in its conversation context (`contexts[i]` is `texts[i]`'s; a
    /// missing one counts as empty). A model without context features ignores the contexts.
    pub fn predict_scores_in_context(
        &self,
        texts: &[&str],
        contexts: &[MessageContext],
        lexicon: Option<LexiconFn>,
    ) -> Vec<crate::scores::Scores> {
        self.predict_scores_batched(texts, Some(contexts), lexicon, PREDICT_BATCH)
    }

    /// Scores for each text in its conversation context, with each text's lexicon hits
    /// already known (`hits[i]`: the categories of `texts[i]`'s lexicon and pattern spans that
    /// are not excepted, as [`crate::matcher::Matcher::categories_hit`] gives them). The
    /// annotator passes the hits of its own matching, so texts are not matched twice.
    pub fn predict_scores_with_hits(
        &self,
        texts: &[&str],
        contexts: &[MessageContext],
        hits: &[&[String]],
    ) -> Vec<crate::scores::Scores> {
        let uses = !self.features.lexicon_categories.is_empty();
        let hits: Vec<Option<&[String]>> = (0..texts.len())
            .map(|i| hits.get(i).copied().filter(|_| uses))
            .collect();
        self.score_rows(texts, &hits, Some(contexts), 0, false, None)
    }

    /// [`Model::predict_scores_with_hits`] of texts already normalised
    /// ([`crate::normalise::normalise`]'s text, as the annotator's matching made it), so they
    /// are not normalised again; `hits` are used only when the model has lexicon features
    /// (`None`: the lexicon columns stay empty). Same scores as from the original texts.
    pub fn predict_scores_normalised(
        &self,
        normalised: &[&str],
        contexts: &[MessageContext],
        hits: Option<&[&[String]]>,
    ) -> Vec<crate::scores::Scores> {
        self.predict_scores_normalised_with(None, normalised, contexts, hits)
    }

    /// [`Model::predict_scores_normalised`] with the heads' weights already laid out for
    /// scoring ([`Model::head_matrix`] of this model, made once by a caller that scores many
    /// batches); a matrix of another shape is not used. Same scores, bit for bit.
    pub fn predict_scores_normalised_with(
        &self,
        matrix: Option<&HeadMatrix>,
        normalised: &[&str],
        contexts: &[MessageContext],
        hits: Option<&[&[String]]>,
    ) -> Vec<crate::scores::Scores> {
        let uses = !self.features.lexicon_categories.is_empty();
        let hits: Vec<Option<&[String]>> = (0..normalised.len())
            .map(|i| hits.and_then(|h| h.get(i).copied()).filter(|_| uses))
            .collect();
        self.score_rows(normalised, &hits, Some(contexts), 0, true, matrix)
    }

    /// The heads' weights laid out for scoring many rows ([`HeadMatrix`]).
    pub fn head_matrix(&self) -> HeadMatrix {
        let weights: Vec<&[f64]> = self.heads.iter().map(|h| h.weights.as_slice()).collect();
        HeadMatrix::new(&weights)
    }

    fn predict_scores_batched(
        &self,
        texts: &[&str],
        contexts: Option<&[MessageContext]>,
        lexicon: Option<LexiconFn>,
        batch_size: usize,
    ) -> Vec<crate::scores::Scores> {
        let batch_size = batch_size.max(1);
        let mut out = Vec::with_capacity(texts.len());
        for (b, batch) in texts.chunks(batch_size).enumerate() {
            let hits: Vec<Option<Vec<String>>> = batch
                .iter()
                .map(|t| {
                    if self.features.lexicon_categories.is_empty() {
                        None
                    } else {
                        lexicon.map(|f| f(t))
                    }
                })
                .collect();
            let hits: Vec<Option<&[String]>> = hits.iter().map(|h| h.as_deref()).collect();
            out.extend(self.score_rows(batch, &hits, contexts, b * batch_size, false, None));
        }
        out
    }

    /// Score `texts` (in parallel) given each one's lexicon hits; `contexts[at + i]` is
    /// `texts[i]`'s context; `normalised`: the texts are already normalised; `matrix`: this
    /// model's [`HeadMatrix`], when the caller keeps one (used only if its shape fits).
    fn score_rows(
        &self,
        texts: &[&str],
        hits: &[Option<&[String]>],
        contexts: Option<&[MessageContext]>,
        at: usize,
        normalised: bool,
        matrix: Option<&HeadMatrix>,
    ) -> Vec<crate::scores::Scores> {
        let window = self.context_window();
        let no_context: &[MessageContext] = &[];
        let contexts = contexts.filter(|_| window > 0).unwrap_or(no_context);
        let weights: Vec<&[f64]> = self.heads.iter().map(|h| h.weights.as_slice()).collect();
        let intercepts: Vec<f64> = self.heads.iter().map(|h| h.intercept).collect();
        let features = weights.iter().map(|w| w.len()).max().unwrap_or(0);
        let matrix = matrix.filter(|m| m.heads() == weights.len() && m.features() == features);
        // The heads in label order, with shared labels, each label once (the last head of a
        // repeated label, as collecting into a map keeps): each row's scores are then one
        // allocation, already sorted.
        let mut order: Vec<(usize, &'static str)> = self
            .heads
            .iter()
            .enumerate()
            .map(|(i, h)| (i, crate::scores::intern(&h.label)))
            .collect();
        order.sort_by_key(|&(_, label)| label);
        order.dedup_by(|later, kept| {
            let same = later.1 == kept.1;
            if same {
                kept.0 = later.0;
            }
            same
        });
        texts
            .par_iter()
            .zip(hits.par_iter())
            .enumerate()
            .map(|(i, (t, h))| {
                let ctx = contexts
                    .get(at + i)
                    .map(|c| c.tokens(window))
                    .unwrap_or_default();
                let row = if normalised {
                    self.features.transform_normalised_with_hits(t, *h, &ctx)
                } else {
                    self.features.transform_with_hits(t, *h, &ctx)
                };
                let scores = match matrix {
                    Some(m) => m.scores(&intercepts, &row),
                    None => linear_scores(&weights, &intercepts, &row),
                };
                crate::scores::Scores::from_unique_sorted(
                    order
                        .iter()
                        .map(|&(i, label)| (label.into(), scores[i]))
                        .collect(),
                )
            })
            .collect()
    }

    /// Predicted labels (score ≥ the head's threshold), sorted, for each text (the tests'
    /// view; annotate applies the thresholds itself).
    #[cfg(test)]
    fn predict_labels(&self, texts: &[&str], lexicon: Option<LexiconFn>) -> Vec<Vec<String>> {
        self.predict_scores(texts, lexicon)
            .into_iter()
            .map(|m| {
                self.heads
                    .iter()
                    .filter(|h| m.get(&h.label).is_some_and(|&s| s >= h.threshold))
                    .map(|h| h.label.clone())
                    .collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::testdata;
    use crate::classify::train::train;

    fn small_model() -> Model {
        let ex = testdata::examples(120, 3);
        let cfg = TrainConfig {
            cv_folds: 3,
            ..Default::default()
        };
        train(&ex, &testdata::label_set(), &cfg, None, "0".repeat(64)).unwrap()
    }

    #[test]
    fn canonical_floats_round_trip_through_serde_json() {
        let mut r = testdata::Lcg(5);
        let mut checked = 0;
        for _ in 0..20_000 {
            let mantissa = (r.below(1 << 30) as f64 + 0.5) / (1u64 << 30) as f64;
            let exp = r.below(52) as i32 - 40;
            let sign = if r.below(2) == 0 { 1.0 } else { -1.0 };
            let v = sign * mantissa * 10f64.powi(exp) * std::f64::consts::PI;
            let c = canonical_f64(v);
            assert!((c - v).abs() <= 1e-14 * v.abs() + 1e-21, "{v} -> {c}");
            let back: f64 = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
            assert_eq!(back.to_bits(), c.to_bits(), "{v} -> {c}");
            assert_eq!(
                canonical_f64(c).to_bits(),
                c.to_bits(),
                "idempotent for {v}"
            );
            checked += 1;
        }
        assert_eq!(checked, 20_000);
    }

    /// An error with its causes, as the command line prints it.
    fn chain(e: &crate::Error) -> String {
        let mut s = e.to_string();
        let mut cur: Option<&dyn std::error::Error> = std::error::Error::source(e);
        while let Some(c) = cur {
            s.push_str(": ");
            s.push_str(&c.to_string());
            cur = c.source();
        }
        s
    }

    /// The header line of a compact model file, as JSON.
    fn header_json(bytes: &[u8]) -> serde_json::Value {
        serde_json::from_slice(split_header(bytes).0).unwrap()
    }

    #[test]
    fn scores_of_normalised_texts_are_the_scores_of_the_texts() {
        // The annotator hands the classifier the texts its matching normalised; the scores
        // must be exactly those of the original texts (the default model has context features).
        let texts = [
            "u owe me lol",
            "Tell a TEACHER \u{1F600}",
            "\u{0455}\u{0435}nd me a \u{0440}ic of u",
            "sooo  b0red!! <media>",
            "",
            "paid \u{00A3}5 caf\u{00E9}",
        ];
        let normalised: Vec<String> = texts
            .iter()
            .map(|t| crate::normalise::normalise(t).text().to_string())
            .collect();
        let normalised: Vec<&str> = normalised.iter().map(String::as_str).collect();
        let ctx: Vec<MessageContext> = (0..texts.len())
            .map(|i| MessageContext {
                items: vec![crate::classify::ContextItem {
                    distance: 1 + i % 2,
                    same_speaker: i % 3 == 0,
                    labels: vec!["coercive.pressure".to_string()],
                }],
            })
            .collect();
        for m in [small_model(), crate::defaults::default_model().unwrap()] {
            let want = m.predict_scores_in_context(&texts, &ctx, None);
            assert_eq!(m.predict_scores_normalised(&normalised, &ctx, None), want);
            assert!(want.iter().all(|s| !s.is_empty()));
        }
    }

    #[test]
    fn scores_are_sorted_by_label_and_a_repeated_label_keeps_its_last_head() {
        let mut m = small_model();
        let texts = ["u owe me lol", "send me a pic", ""];
        let before = m.predict_scores(&texts, None);
        for s in &before {
            let keys: Vec<&str> = s.keys().collect();
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(keys, sorted);
        }
        // Heads in reverse order, then the first head again under the second one's label.
        m.heads.reverse();
        let last = m.heads.len() - 1;
        let (first, second) = (m.heads[last].clone(), m.heads[last - 1].label.clone());
        m.heads.push(Head {
            label: second.clone(),
            ..first.clone()
        });
        let ctx = vec![MessageContext::default(); texts.len()];
        let normalised: Vec<String> = texts
            .iter()
            .map(|t| crate::normalise::normalise(t).text().to_string())
            .collect();
        let normalised: Vec<&str> = normalised.iter().map(String::as_str).collect();
        let plain = m.predict_scores_normalised(&normalised, &ctx, None);
        let with =
            m.predict_scores_normalised_with(Some(&m.head_matrix()), &normalised, &ctx, None);
        assert_eq!(plain, with);
        for (s, b) in plain.iter().zip(&before) {
            assert_eq!(s.len(), b.len());
            assert_eq!(s.get(&second), b.get(&first.label), "the last head wins");
            assert_eq!(s.get(&first.label), b.get(&first.label));
        }
    }

    #[test]
    fn save_load_round_trip() {
        let m = small_model();
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("m.model");
        m.save(&p).unwrap();
        let back = Model::load(&p).unwrap();
        assert!(back == m, "the loaded model differs from the saved one");
        let texts = ["u owe me lol", "tell a teacher", "maths test tomorrow"];
        assert_eq!(
            back.predict_scores(&texts, None),
            m.predict_scores(&texts, None)
        );
        // Self-describing header line.
        let bytes = std::fs::read(&p).unwrap();
        let v = header_json(&bytes);
        assert_eq!(v["format"], "c2chat-model");
        assert_eq!(v["format_version"], 2);
        assert_eq!(v["c2chat_version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(v["kind"], "nb_logistic_regression");
        assert_eq!(v["training"]["data_sha256"], "0".repeat(64));
        assert!(v["features"].get("idf").is_none() && v["heads"][0].get("weights").is_none());
        assert_eq!(v["binary"]["arrays"][0][0], "features.idf");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }

    #[test]
    fn the_json_and_compact_forms_hold_the_same_model_bit_for_bit() {
        let m = small_model();
        let d = tempfile::tempdir().unwrap();
        let (pj, pc) = (d.path().join("m.json"), d.path().join("m.model"));
        m.save_as(&pj, ModelFileFormat::Json).unwrap();
        m.save_as(&pc, ModelFileFormat::Compact).unwrap();
        let (jb, cb) = (std::fs::read(&pj).unwrap(), std::fs::read(&pc).unwrap());
        let v: serde_json::Value = serde_json::from_slice(&jb).unwrap();
        assert_eq!(v["format_version"], 1);
        assert!(v["heads"][0]["weights"].as_array().unwrap().len() > 10);
        let (j, mut c) = (Model::load(&pj).unwrap(), Model::load(&pc).unwrap());
        assert_eq!(j.format_version, 1);
        c.format_version = 1;
        assert!(j == c, "the two forms load different models");
        for (a, b) in j.heads.iter().zip(&c.heads) {
            assert!(a
                .weights
                .iter()
                .zip(&b.weights)
                .all(|(x, y)| x.to_bits() == y.to_bits()));
        }
        // Converting back and forth gives the same bytes.
        assert_eq!(j.to_compact_bytes().unwrap(), cb);
        assert_eq!(c.to_json_bytes().unwrap(), jb);
        // A hand-pretty-printed version-1 document still loads.
        let pretty = serde_json::to_vec_pretty(&v).unwrap();
        assert!(Model::from_bytes(&pretty, "pretty.json").unwrap() == j);
    }

    #[test]
    fn damaged_compact_files_give_clear_errors() {
        let m = small_model();
        let good = m.to_compact_bytes().unwrap();
        let err = |bytes: &[u8]| chain(&Model::from_bytes(bytes, "x.model").unwrap_err());
        let e = err(&good[..good.len() - 3]);
        assert!(e.contains("truncated") && e.contains("x.model"), "{e}");
        let mut longer = good.clone();
        longer.extend_from_slice(&[0; 8]);
        let e = err(&longer);
        assert!(e.contains("bytes of parameters"), "{e}");
        let (line, rest) = split_header(&good);
        let no_layout = String::from_utf8(line.to_vec()).unwrap();
        let cut = no_layout.rfind(",\"binary\"").unwrap();
        let mut bytes = format!("{}}}\n", &no_layout[..cut]).into_bytes();
        bytes.extend_from_slice(rest);
        assert!(err(&bytes).contains("needs a \"binary\" layout"));
        let wrong = no_layout.replacen("features.idf", "features.idx", 1);
        let mut bytes = format!("{wrong}\n").into_bytes();
        bytes.extend_from_slice(rest);
        assert!(err(&bytes).contains("layout does not fit"));
        // A NaN weight is refused as before.
        let mut nan = good.clone();
        let at = nan.len() - 8;
        nan[at..].copy_from_slice(&f64::NAN.to_le_bytes());
        assert!(err(&nan).contains("non-finite"));
    }

    #[test]
    fn bad_files_give_clear_errors() {
        let m = small_model();
        let good = m.to_json_bytes().unwrap();
        let d = tempfile::tempdir().unwrap();
        let write = |name: &str, bytes: &[u8]| {
            let p = d.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        };
        let err = |p: &Path| chain(&Model::load(p).unwrap_err());

        let p = write("random.bin", &[0x00, 0xff, 0x13, 0x37, 0x80, 0x81, 0xfe]);
        let e = err(&p);
        assert!(
            e.starts_with("not a c2chat model file: ") && e.contains("random.bin"),
            "{e}"
        );

        let p = write("foreign.json", br#"{"hello": "world", "weights": [1, 2]}"#);
        let e = err(&p);
        assert!(
            e.starts_with("not a c2chat model file: ") && e.contains("foreign.json"),
            "{e}"
        );

        let p = write(
            "other.json",
            br#"{"format": "spacy-model", "format_version": 1}"#,
        );
        assert!(err(&p).contains("not a c2chat model file"));

        let p = write("truncated.json", &good[..good.len() / 2]);
        let e = err(&p);
        assert!(
            e.contains("truncated") && e.contains("truncated.json"),
            "{e}"
        );

        let newer = String::from_utf8(good.clone()).unwrap().replacen(
            "\"format_version\":1",
            "\"format_version\":3",
            1,
        );
        let p = write("newer.json", newer.as_bytes());
        let e = err(&p);
        assert!(
            e.contains("format_version 3") && e.contains("newer.json"),
            "{e}"
        );

        // Structurally valid JSON whose weights do not fit the feature space.
        let mut v: serde_json::Value = serde_json::from_slice(&good).unwrap();
        v["heads"][0]["weights"].as_array_mut().unwrap().pop();
        let p = write("bad_weights.json", &serde_json::to_vec(&v).unwrap());
        let e = err(&p);
        assert!(
            e.contains("corrupt c2chat model file") && e.contains("weights, the feature space has"),
            "{e}"
        );

        let e = format!(
            "{:#}",
            Model::load(&d.path().join("missing.json")).unwrap_err()
        );
        assert!(e.contains("missing.json"), "{e}");
    }

    #[test]
    fn batching_does_not_change_scores() {
        let m = small_model();
        let ex = testdata::examples(50, 99);
        let texts: Vec<&str> = ex.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            m.predict_scores_batched(&texts, None, None, 7),
            m.predict_scores(&texts, None)
        );
        let labels = m.predict_labels(&texts, None);
        let scores = m.predict_scores(&texts, None);
        for (ls, sc) in labels.iter().zip(&scores) {
            for h in &m.heads {
                assert_eq!(ls.contains(&h.label), sc[&h.label] >= h.threshold);
            }
        }
    }

    #[test]
    fn model_files_from_before_context_features_load_without_context() {
        let m = small_model();
        let mut v: serde_json::Value = serde_json::from_slice(&m.to_json_bytes().unwrap()).unwrap();
        // What an older file lacks.
        let config = v["config"].as_object_mut().unwrap();
        assert!(config.remove("context_window").is_some());
        config["features"]
            .as_object_mut()
            .unwrap()
            .remove("context_scale");
        v["features"]["config"]
            .as_object_mut()
            .unwrap()
            .remove("context_scale");
        let training = v["training"].as_object_mut().unwrap();
        training.remove("cv_grouping");
        training.remove("n_conversations");
        assert!(v["features"].get("context_features").is_none());
        let old = Model::from_bytes(&serde_json::to_vec(&v).unwrap(), "old.model").unwrap();
        assert_eq!(old.config.context_window, 0, "a missing window means none");
        assert_eq!(old.context_window(), 0);
        assert_eq!(old.training.cv_grouping, None);
        // Contexts given to a model without context features change nothing.
        let texts = ["u owe me lol", "??", "tell a teacher"];
        let ctx = vec![
            MessageContext {
                items: vec![crate::classify::context::ContextItem {
                    distance: 1,
                    same_speaker: false,
                    labels: vec!["coercive.image_request".into()],
                }],
            };
            3
        ];
        assert_eq!(
            old.predict_scores_in_context(&texts, &ctx, None),
            m.predict_scores(&texts, None)
        );
    }

    #[test]
    fn lexicon_hash_is_checked() {
        let mut m = small_model();
        assert!(m.check_lexicon(None).is_ok());
        m.training.lexicon_hash = Some("abc".into());
        assert!(m.check_lexicon(Some("abc")).is_ok());
        assert!(m
            .check_lexicon(Some("def"))
            .unwrap_err()
            .to_string()
            .contains("abc"));
        assert!(m.check_lexicon(None).is_err());
    }
}
