//! Text features for the classifier: word 1–2-grams and character 2–5-grams within word
//! boundaries (each normalised token padded as `" token "`, like scikit-learn's `char_wb`),
//! weighted by TF-IDF (sublinear tf `1 + ln tf`, smooth idf `ln((1 + n) / (1 + df)) + 1`)
//! and L2-normalised per row (or per block, word and character separately, with
//! `block_norm`); optionally followed by lexicon category counts (`scale * ln(1 + count)`,
//! not part of the normalisation) and by context tokens (`ctx:other:coercive.image_request`,
//! made by [`super::context`]: one binary column each, worth `context_scale`, not part of the
//! normalisation either).
//!
//! The feature space is bounded: terms below `min_df` or above `max_df` are dropped, and of
//! the rest at most `max_features` are kept, chosen by chi² against the labels (the best
//! score over labels, on document presence) or by document frequency. The vocabulary is
//! stored sorted, so that column order is deterministic.

use crate::bail;
use crate::error::Result;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

/// A fast non-cryptographic hasher (rustc's Fx hash plus a final mix) for the term tables; only
/// lookups depend on it, never an output order.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let r = chunks.remainder();
        if !r.is_empty() {
            let mut b = [0u8; 8];
            b[..r.len()].copy_from_slice(r);
            self.add(u64::from_le_bytes(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        // Final avalanche (MurmurHash3's fmix64): the multiply-rotate steps alone leave the
        // low bits, which pick the hash-table bucket, depending on few input bits.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A lexicon: returns the category ids hit in a text (one entry per hit).
pub type LexiconFn<'a> = &'a dyn Fn(&str) -> Vec<String>;

/// How the bounded vocabulary is chosen among the terms that pass `min_df`/`max_df`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Selection {
    /// Highest chi² (2×2, on document presence) against any label; ties by df, then term.
    Chi2,
    /// Highest document frequency; ties by term.
    DocFreq,
}

/// Feature extraction settings, stored in the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FeatureConfig {
    /// Word n-gram range, inclusive; `[0, 0]` disables word features.
    pub word_ngrams: [usize; 2],
    /// Character n-gram range within padded tokens, inclusive; `[0, 0]` disables them.
    pub char_ngrams: [usize; 2],
    /// Minimum number of training documents a term must occur in.
    pub min_df: usize,
    /// Maximum fraction of training documents a term may occur in.
    pub max_df: f64,
    /// Upper bound on the number of text features.
    pub max_features: usize,
    /// How the `max_features` are chosen.
    pub selection: Selection,
    /// `1 + ln(tf)` instead of raw counts.
    pub sublinear_tf: bool,
    /// Multiplier of `ln(1 + count)` for lexicon category features.
    pub lexicon_scale: f64,
    /// L2-normalise the word block and the character block separately (as a union of two
    /// TF-IDF vectorisers) instead of the whole row at once.
    pub block_norm: bool,
    /// Value of a context-token feature that is present (context features are binary).
    pub context_scale: f64,
}

impl Default for FeatureConfig {
    fn default() -> Self {
        FeatureConfig {
            word_ngrams: [1, 2],
            char_ngrams: [2, 5],
            min_df: 2,
            max_df: 1.0,
            max_features: 20_000,
            selection: Selection::Chi2,
            sublinear_tf: true,
            lexicon_scale: 0.5,
            block_norm: false,
            context_scale: 0.5,
        }
    }
}

impl FeatureConfig {
    /// Check the settings; the error names the bad one.
    pub fn validate(&self) -> Result<()> {
        for (name, r) in [
            ("word_ngrams", self.word_ngrams),
            ("char_ngrams", self.char_ngrams),
        ] {
            if r != [0, 0] && (r[0] == 0 || r[0] > r[1] || r[1] > 16) {
                bail!("{name} must be [0, 0] or [min, max] with 1 <= min <= max <= 16, got {r:?}");
            }
        }
        if self.word_ngrams == [0, 0] && self.char_ngrams == [0, 0] {
            bail!("word_ngrams and char_ngrams are both disabled: no text features");
        }
        if self.max_features == 0 {
            bail!("max_features must be at least 1");
        }
        if !(self.max_df > 0.0 && self.max_df <= 1.0) {
            bail!("max_df must be in (0, 1], got {}", self.max_df);
        }
        if !(self.lexicon_scale.is_finite() && self.lexicon_scale >= 0.0) {
            bail!("lexicon_scale must be a finite number >= 0");
        }
        if !(self.context_scale.is_finite() && self.context_scale >= 0.0) {
            bail!("context_scale must be a finite number >= 0");
        }
        Ok(())
    }
}

/// Call `f` once for every term occurrence (word n-grams prefixed `w:`, character n-grams
/// prefixed `c:`) of a token sequence. `buf` is scratch space.
fn for_each_term(
    tokens: &[String],
    cfg: &FeatureConfig,
    buf: &mut String,
    mut f: impl FnMut(&str),
) {
    for_each_word_term(tokens, cfg, buf, &mut f);
    let mut chars: Vec<char> = Vec::new();
    for t in tokens {
        for_each_char_term(t, cfg, &mut chars, buf, &mut f);
    }
}

/// The word n-grams (`w:`) of a token sequence.
fn for_each_word_term(
    tokens: &[impl AsRef<str>],
    cfg: &FeatureConfig,
    buf: &mut String,
    mut f: impl FnMut(&str),
) {
    let [wmin, wmax] = cfg.word_ngrams;
    if wmin > 0 {
        for n in wmin..=wmax {
            for win in tokens.windows(n) {
                word_term(win, buf);
                f(buf);
            }
        }
    }
}

/// The word n-gram term (`w:`) of a window of tokens, into `buf`.
fn word_term(win: &[impl AsRef<str>], buf: &mut String) {
    buf.clear();
    buf.push_str("w:");
    for (i, t) in win.iter().enumerate() {
        if i > 0 {
            buf.push(' ');
        }
        buf.push_str(t.as_ref());
    }
}

/// The character n-grams (`c:`) of one token, padded with a space at each end (as
/// scikit-learn's `char_wb`). `chars` and `buf` are scratch space.
fn for_each_char_term(
    t: &str,
    cfg: &FeatureConfig,
    chars: &mut Vec<char>,
    buf: &mut String,
    mut f: impl FnMut(&str),
) {
    let [cmin, cmax] = cfg.char_ngrams;
    if cmin == 0 {
        return;
    }
    chars.clear();
    chars.push(' ');
    chars.extend(t.chars());
    chars.push(' ');
    let len = chars.len();
    for n in cmin..=cmax {
        if len <= n {
            // A short padded word counts once, whole (as char_wb does).
            buf.clear();
            buf.push_str("c:");
            buf.extend(chars.iter());
            f(buf);
            break;
        }
        for start in 0..=(len - n) {
            buf.clear();
            buf.push_str("c:");
            buf.extend(chars[start..start + n].iter());
            f(buf);
        }
    }
}

/// Most distinct tokens whose character n-gram columns a [`Vocabulary`] remembers.
const TOKEN_CACHE_MAX: usize = 200_000;

/// Term counts of one text, as (term id, count) sorted by id, with ids from `lookup`
/// (terms for which it returns `None` are skipped).
fn count_terms(
    tokens: &[String],
    cfg: &FeatureConfig,
    mut lookup: impl FnMut(&str) -> Option<u32>,
) -> Vec<(u32, u32)> {
    let mut ids: Vec<u32> = Vec::new();
    let mut buf = String::new();
    for_each_term(tokens, cfg, &mut buf, |t| {
        if let Some(id) = lookup(t) {
            ids.push(id);
        }
    });
    run_lengths(ids)
}

/// (id, count) sorted by id, from ids in any order.
fn run_lengths(mut ids: Vec<u32>) -> Vec<(u32, u32)> {
    ids.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(ids.len());
    for id in ids {
        match out.last_mut() {
            Some((last, c)) if *last == id => *c += 1,
            _ => out.push((id, 1)),
        }
    }
    out
}

/// A sparse row: (column, value), sorted by column.
pub(crate) type SparseRow = Vec<(u32, f64)>;

/// Every term of a training corpus with its per-document counts (ids are first-seen order).
pub(crate) struct CountedCorpus {
    /// Term strings by id.
    pub terms: Vec<String>,
    /// Per document: (term id, tf), sorted by term id.
    pub docs: Vec<Vec<(u32, u32)>>,
}

impl CountedCorpus {
    /// Count all terms of the token sequences.
    pub(crate) fn build(docs_tokens: &[Vec<String>], cfg: &FeatureConfig) -> CountedCorpus {
        let mut index: FxMap<String, u32> = FxMap::default();
        let mut terms: Vec<String> = Vec::new();
        let docs = docs_tokens
            .iter()
            .map(|toks| {
                count_terms(toks, cfg, |t| {
                    if let Some(&id) = index.get(t) {
                        return Some(id);
                    }
                    let id = terms.len() as u32;
                    terms.push(t.to_string());
                    index.insert(t.to_string(), id);
                    Some(id)
                })
            })
            .collect();
        CountedCorpus { terms, docs }
    }

    /// Choose the vocabulary from the documents `subset`, whose label indicators are
    /// `y[label][i]` (aligned with `subset`): term ids, ordered by term.
    pub(crate) fn select(
        &self,
        subset: &[usize],
        y: &[Vec<bool>],
        cfg: &FeatureConfig,
    ) -> Vec<u32> {
        let n_terms = self.terms.len();
        let n_labels = y.len();
        let mut df = vec![0u32; n_terms];
        // Positive document frequency per (term, label), only needed for chi².
        let chi2 = cfg.selection == Selection::Chi2 && n_labels > 0;
        let mut pos_df = if chi2 {
            vec![0u32; n_terms * n_labels]
        } else {
            Vec::new()
        };
        let mut n_pos = vec![0u32; n_labels];
        for (i, &d) in subset.iter().enumerate() {
            for (l, yl) in y.iter().enumerate() {
                n_pos[l] += u32::from(yl[i]);
            }
            for &(t, _) in &self.docs[d] {
                df[t as usize] += 1;
                if chi2 {
                    for (l, yl) in y.iter().enumerate() {
                        if yl[i] {
                            pos_df[t as usize * n_labels + l] += 1;
                        }
                    }
                }
            }
        }
        let n = subset.len() as f64;
        let max_df = (cfg.max_df * n).floor().max(1.0) as u32;
        let mut cands: Vec<(f64, u32, u32)> = (0..n_terms as u32)
            .filter(|&t| {
                let d = df[t as usize];
                d as usize >= cfg.min_df.max(1) && d <= max_df
            })
            .map(|t| {
                let d = df[t as usize];
                let score = if chi2 {
                    (0..n_labels)
                        .map(|l| chi2_presence(pos_df[t as usize * n_labels + l], d, n_pos[l], n))
                        .fold(0.0, f64::max)
                } else {
                    d as f64
                };
                (score, d, t)
            })
            .collect();
        let key = |a: &(f64, u32, u32), b: &(f64, u32, u32)| {
            b.0.total_cmp(&a.0)
                .then(b.1.cmp(&a.1))
                .then_with(|| self.terms[a.2 as usize].cmp(&self.terms[b.2 as usize]))
        };
        if cands.len() > cfg.max_features {
            cands.select_nth_unstable_by(cfg.max_features - 1, key);
            cands.truncate(cfg.max_features);
        }
        let mut ids: Vec<u32> = cands.iter().map(|c| c.2).collect();
        ids.sort_by(|&a, &b| self.terms[a as usize].cmp(&self.terms[b as usize]));
        ids
    }
}

/// Chi² of a 2×2 table of term presence vs label: `a` = docs with term and label, `df` =
/// docs with term, `npos` = docs with label, `n` = docs.
fn chi2_presence(a: u32, df: u32, npos: u32, n: f64) -> f64 {
    let a = a as f64;
    let b = df as f64 - a; // term, not label
    let c = npos as f64 - a; // label, not term
    let d = n - a - b - c;
    let den = (a + b) * (c + d) * (a + c) * (b + d);
    if den <= 0.0 {
        return 0.0;
    }
    n * (a * d - b * c).powi(2) / den
}

/// The fitted feature space: sorted terms with their idf, then lexicon categories, then
/// context tokens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Vocabulary {
    /// The settings the vocabulary was fitted with (also used to featurise new texts).
    pub config: FeatureConfig,
    /// Sorted term strings (`w:` word n-grams, `c:` character n-grams).
    pub terms: Vec<String>,
    /// Smooth idf per term (in the compact model form, after the header line).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub idf: Vec<f64>,
    /// Lexicon categories (sorted), one feature each after the terms; empty without lexicon.
    pub lexicon_categories: Vec<String>,
    /// Context tokens (sorted), one feature each after the lexicon categories; empty (and
    /// absent from the file) for a model without context features.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context_features: Vec<String>,
    #[serde(skip)]
    index: TermIndex,
    /// Each seen token's character n-gram columns (see [`Vocabulary::transform_with_hits`]).
    #[serde(skip)]
    token_cols: TokenCache,
}

/// The column of each term, found by the term's hash: a map of owned copies of the terms
/// was a quarter of loading the default model (issue 23). A hash that two terms share maps
/// to [`SHARED_HASH`], and a term with that hash is found by binary search in the sorted
/// terms. It is derived from the terms: it compares equal to any other.
#[derive(Debug, Default, Clone)]
struct TermIndex {
    cols: FxMap<u64, u32>,
    /// The hashes of the first words of the word n-grams of two words or more: a window
    /// whose first token has no hash here cannot be a term, so it is not looked up.
    starts: std::collections::HashSet<u64, BuildHasherDefault<FxHasher>>,
    /// The column of the first word term (`w:`); the character terms (`c:`) come before.
    first_word: u32,
}

/// In a [`TermIndex`]: more than one term has this hash.
const SHARED_HASH: u32 = u32::MAX;

/// In a [`TokenCols`]: the token is not a term.
const NO_COLUMN: u32 = u32::MAX;

impl PartialEq for TermIndex {
    fn eq(&self, _: &TermIndex) -> bool {
        true
    }
}

impl TermIndex {
    fn new(terms: &[String]) -> TermIndex {
        let mut cols = FxMap::with_capacity_and_hasher(terms.len(), Default::default());
        let mut starts = std::collections::HashSet::default();
        for (i, t) in terms.iter().enumerate() {
            cols.entry(term_hash(t))
                .and_modify(|v| *v = SHARED_HASH)
                .or_insert(i as u32);
            if let Some((first, _)) = t.strip_prefix("w:").and_then(|w| w.split_once(' ')) {
                starts.insert(term_hash(first));
            }
        }
        let first_word = terms.partition_point(|t| t.as_str() < "w:") as u32;
        TermIndex {
            cols,
            starts,
            first_word,
        }
    }

    /// The column of `t` among `terms` (the sorted terms the index was made from).
    fn get(&self, terms: &[String], t: &str) -> Option<u32> {
        match *self.cols.get(&term_hash(t))? {
            SHARED_HASH => terms
                .binary_search_by(|x| x.as_str().cmp(t))
                .ok()
                .map(|i| i as u32),
            i => terms.get(i as usize).is_some_and(|x| x == t).then_some(i),
        }
    }

    /// Whether some word n-gram of two words or more may start with the word `w`.
    fn may_start(&self, w: &str) -> bool {
        self.starts.contains(&term_hash(w))
    }
}

fn term_hash(t: &str) -> u64 {
    use std::hash::BuildHasher;
    BuildHasherDefault::<FxHasher>::default().hash_one(t)
}

/// What one token gives a text's features, whatever its neighbours: the column of its word
/// unigram ([`NO_COLUMN`] if none), whether a longer word n-gram of the vocabulary may start
/// with it, and the columns of its character n-grams.
struct TokenCols {
    word: u32,
    starts: bool,
    chars: Box<[u32]>,
}

/// A token → [`TokenCols`] cache (a per-thread [`crate::memo::WordMemo`]). It holds nothing a
/// model is judged by: it compares equal to any other, and a clone starts empty.
struct TokenCache(crate::memo::WordMemo<TokenCols>);

impl Default for TokenCache {
    fn default() -> Self {
        TokenCache(crate::memo::WordMemo::new(TOKEN_CACHE_MAX))
    }
}

impl Clone for TokenCache {
    fn clone(&self) -> Self {
        TokenCache::default()
    }
}

impl PartialEq for TokenCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TokenCache({} tokens on this thread)", self.0.len_here())
    }
}

impl Vocabulary {
    /// Build from `ids` (terms of `corpus`, ordered by term), computing idf over `subset`,
    /// with lexicon and context columns after the terms (both sorted). Also returns the map
    /// from corpus term ids to columns (`u32::MAX` = not selected).
    pub(crate) fn fit(
        corpus: &CountedCorpus,
        subset: &[usize],
        ids: &[u32],
        extra: ExtraColumns,
        config: &FeatureConfig,
    ) -> (Vocabulary, Vec<u32>) {
        let mut map = vec![u32::MAX; corpus.terms.len()];
        for (col, &id) in ids.iter().enumerate() {
            map[id as usize] = col as u32;
        }
        let mut df = vec![0u32; ids.len()];
        for &d in subset {
            for &(t, _) in &corpus.docs[d] {
                let c = map[t as usize];
                if c != u32::MAX {
                    df[c as usize] += 1;
                }
            }
        }
        let n = subset.len() as f64;
        let mut v = Vocabulary {
            config: config.clone(),
            terms: ids
                .iter()
                .map(|&id| corpus.terms[id as usize].clone())
                .collect(),
            idf: df
                .iter()
                .map(|&d| ((1.0 + n) / (1.0 + d as f64)).ln() + 1.0)
                .collect(),
            lexicon_categories: extra.lexicon_categories,
            context_features: extra.context_features,
            index: TermIndex::default(),
            token_cols: Default::default(),
        };
        v.rebuild_index();
        (v, map)
    }

    /// Recreate the term index (after deserialisation).
    pub(crate) fn rebuild_index(&mut self) {
        self.token_cols = TokenCache::default();
        self.index = TermIndex::new(&self.terms);
    }

    /// Check internal consistency (for loaded models).
    pub(crate) fn check(&self) -> Result<()> {
        if self.idf.len() != self.terms.len() {
            bail!(
                "vocabulary has {} terms but {} idf values",
                self.terms.len(),
                self.idf.len()
            );
        }
        if self.terms.windows(2).any(|w| w[0] >= w[1]) {
            bail!("vocabulary terms are not sorted and unique");
        }
        if self.idf.iter().any(|x| !x.is_finite()) {
            bail!("vocabulary has a non-finite idf");
        }
        if self.lexicon_categories.windows(2).any(|w| w[0] >= w[1]) {
            bail!("lexicon categories are not sorted and unique");
        }
        if self.context_features.windows(2).any(|w| w[0] >= w[1]) {
            bail!("context features are not sorted and unique");
        }
        if let Some(bad) = self
            .context_features
            .iter()
            .find(|t| !t.starts_with("ctx:"))
        {
            bail!("context feature {bad:?} does not start with \"ctx:\"");
        }
        self.config.validate()
    }

    /// Number of feature columns (terms + lexicon categories + context tokens).
    pub(crate) fn n_features(&self) -> usize {
        self.terms.len() + self.lexicon_categories.len() + self.context_features.len()
    }

    /// Feature names in column order (lexicon columns as `lex:<category>`, context columns
    /// as their token).
    #[cfg(test)]
    pub(crate) fn feature_name(&self, col: usize) -> String {
        let (nt, nl) = (self.terms.len(), self.lexicon_categories.len());
        if col < nt {
            self.terms[col].clone()
        } else if col < nt + nl {
            format!("lex:{}", self.lexicon_categories[col - nt])
        } else {
            self.context_features[col - nt - nl].clone()
        }
    }

    /// Features of already counted terms (columns via `map`) plus lexicon hits and context
    /// tokens.
    pub(crate) fn vectorise_counts(
        &self,
        counts: &[(u32, u32)],
        map: &[u32],
        lex_hits: Option<&[String]>,
        context: &[String],
    ) -> SparseRow {
        let mut cols: Vec<(u32, u32)> = counts
            .iter()
            .filter_map(|&(t, c)| {
                let col = map[t as usize];
                (col != u32::MAX).then_some((col, c))
            })
            .collect();
        cols.sort_unstable_by_key(|x| x.0);
        self.weight(&cols, lex_hits, context)
    }

    /// Features of a text; the lexicon is only called when the vocabulary has lexicon
    /// columns. (Prediction calls the lexicon for a batch first, then
    /// [`Vocabulary::transform_with_hits`] in parallel.)
    #[cfg(test)]
    fn transform(&self, text: &str, lexicon: Option<LexiconFn>) -> SparseRow {
        let hits = if self.lexicon_categories.is_empty() {
            None
        } else {
            lexicon.map(|f| f(text))
        };
        self.transform_with_hits(text, hits.as_deref(), &[])
    }

    /// Features of a text whose lexicon hits and context tokens are already known.
    pub(crate) fn transform_with_hits(
        &self,
        text: &str,
        lex_hits: Option<&[String]>,
        context: &[String],
    ) -> SparseRow {
        let n = crate::normalise::normalise(text);
        self.transform_normalised_with_hits(n.text(), lex_hits, context)
    }

    /// [`Vocabulary::transform_with_hits`] of a text already normalised
    /// ([`crate::normalise::normalise`]'s text): the annotator's matching has normalised it.
    pub(crate) fn transform_normalised_with_hits(
        &self,
        normalised: &str,
        lex_hits: Option<&[String]>,
        context: &[String],
    ) -> SparseRow {
        let tokens: Vec<&str> = crate::normalise::normalised_tokens(normalised).collect();
        // Sized once for the usual case (a token's character 2- to 5-grams are about four per
        // byte, then its word 1- and 2-grams), so filling it seldom grows and copies it.
        let mut ids: Vec<u32> = Vec::with_capacity(4 * normalised.len() + 8);
        let mut starts: Vec<bool> = Vec::with_capacity(tokens.len());
        let mut buf = String::new();
        // What a token gives on its own depends on the token alone: it is worked out once per
        // distinct token (a pure cache, so results do not depend on its state).
        for &t in &tokens {
            self.token_cols.0.get_or(
                t,
                || self.token_cols_of(t, &mut buf),
                |c| {
                    if c.word != NO_COLUMN {
                        ids.push(c.word);
                    }
                    starts.push(c.starts);
                    ids.extend_from_slice(&c.chars);
                },
            );
        }
        // Longer word n-grams, looked up only where the first token may start one.
        let [wmin, wmax] = self.config.word_ngrams;
        if wmin > 0 {
            for n in wmin.max(2)..=wmax {
                for (win, _) in tokens.windows(n).zip(&starts).filter(|(_, s)| **s) {
                    word_term(win, &mut buf);
                    ids.extend(self.index.get(&self.terms, &buf));
                }
            }
        }
        self.weight(&run_lengths(ids), lex_hits, context)
    }

    /// [`TokenCols`] of one token (`buf` is scratch space).
    fn token_cols_of(&self, t: &str, buf: &mut String) -> TokenCols {
        let [wmin, wmax] = self.config.word_ngrams;
        let word = if wmin == 1 {
            word_term(&[t], buf);
            self.index.get(&self.terms, buf).unwrap_or(NO_COLUMN)
        } else {
            NO_COLUMN
        };
        let mut cols = Vec::new();
        let mut chars = Vec::new();
        for_each_char_term(t, &self.config, &mut chars, buf, |g| {
            cols.extend(self.index.get(&self.terms, g))
        });
        TokenCols {
            word,
            starts: wmax >= 2 && self.index.may_start(t),
            chars: cols.into_boxed_slice(),
        }
    }

    /// TF-IDF + L2 of (column, count) sorted by column, then the lexicon columns, then the
    /// context columns (tokens the vocabulary does not know are ignored).
    fn weight(
        &self,
        cols: &[(u32, u32)],
        lex_hits: Option<&[String]>,
        context: &[String],
    ) -> SparseRow {
        let mut row: SparseRow = cols
            .iter()
            .map(|&(col, c)| {
                let tf = if self.config.sublinear_tf {
                    // 1 + ln 1 is exactly 1: most terms occur once in a message.
                    if c == 1 {
                        1.0
                    } else {
                        1.0 + (c as f64).ln()
                    }
                } else {
                    c as f64
                };
                (col, tf * self.idf[col as usize])
            })
            .collect();
        // Terms are sorted, so the `c:` block precedes the `w:` block.
        let split = if self.config.block_norm {
            let first_word = self.index.first_word;
            row.partition_point(|x| x.0 < first_word)
        } else {
            row.len()
        };
        let (chars, words) = row.split_at_mut(split);
        for block in [chars, words] {
            let norm = block.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt();
            if norm > 0.0 {
                for x in block.iter_mut() {
                    x.1 /= norm;
                }
            }
        }
        if let Some(hits) = lex_hits {
            let mut counts: Vec<u32> = vec![0; self.lexicon_categories.len()];
            for h in hits {
                if let Ok(i) = self.lexicon_categories.binary_search(h) {
                    counts[i] += 1;
                }
            }
            let base = self.terms.len() as u32;
            for (i, &c) in counts.iter().enumerate() {
                if c > 0 {
                    row.push((
                        base + i as u32,
                        self.config.lexicon_scale * (c as f64).ln_1p(),
                    ));
                }
            }
        }
        if !self.context_features.is_empty() {
            let base = (self.terms.len() + self.lexicon_categories.len()) as u32;
            let mut ctx: Vec<u32> = context
                .iter()
                .filter_map(|t| self.context_features.binary_search(t).ok())
                .map(|i| base + i as u32)
                .collect();
            ctx.sort_unstable();
            ctx.dedup();
            row.extend(ctx.into_iter().map(|c| (c, self.config.context_scale)));
        }
        row
    }
}

/// The columns a vocabulary has besides its terms.
#[derive(Debug, Clone, Default)]
pub(crate) struct ExtraColumns {
    /// Lexicon categories, sorted.
    pub lexicon_categories: Vec<String>,
    /// Context tokens, sorted.
    pub context_features: Vec<String>,
}

/// The context tokens (sorted) that occur in at least `min_df` of the examples' token lists.
pub(crate) fn context_columns(tokens: &[Vec<String>], min_df: usize) -> Vec<String> {
    let mut df: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for ts in tokens {
        for t in ts.iter().collect::<BTreeSet<_>>() {
            *df.entry(t.as_str()).or_default() += 1;
        }
    }
    df.into_iter()
        .filter(|&(_, n)| n >= min_df.max(1))
        .map(|(t, _)| t.to_string())
        .collect()
}

/// The sorted set of lexicon categories hit across `hits`.
pub(crate) fn lexicon_categories(hits: &[Vec<String>]) -> Vec<String> {
    hits.iter()
        .flatten()
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_term_index_finds_each_term_and_only_terms_also_where_hashes_are_shared() {
        let terms = toks(&["c:ab", "c:abc", "w:pic", "w:send", "w:send pic"]);
        let index = TermIndex::new(&terms);
        for (i, t) in terms.iter().enumerate() {
            assert_eq!(index.get(&terms, t), Some(i as u32));
        }
        for t in ["", "w:sen", "w:send pi", "c:abcd", "x"] {
            assert_eq!(index.get(&terms, t), None, "{t}");
        }
        // Every hash marked as shared by two terms: found by binary search instead.
        let mut shared = index.clone();
        shared.cols.values_mut().for_each(|v| *v = SHARED_HASH);
        for (i, t) in terms.iter().enumerate() {
            assert_eq!(shared.get(&terms, t), Some(i as u32));
        }
        assert_eq!(shared.get(&terms, "w:sen"), None);
        // An index read against other terms finds nothing it does not hold.
        assert_eq!(index.get(&terms[..2], "w:send"), None);
    }

    fn toks(s: &[&str]) -> Vec<String> {
        s.iter().map(|t| t.to_string()).collect()
    }

    fn terms_of(tokens: &[String], cfg: &FeatureConfig) -> Vec<String> {
        let mut out = Vec::new();
        let mut buf = String::new();
        for_each_term(tokens, cfg, &mut buf, |t| out.push(t.to_string()));
        out
    }

    #[test]
    fn char_ngrams_are_within_padded_words() {
        let cfg = FeatureConfig {
            word_ngrams: [0, 0],
            char_ngrams: [2, 3],
            ..Default::default()
        };
        // " ab " -> 2-grams " a", "ab", "b "; 3-grams " ab", "ab ".
        assert_eq!(
            terms_of(&toks(&["ab"]), &cfg),
            vec!["c: a", "c:ab", "c:b ", "c: ab", "c:ab "]
        );
        // A padded word no longer than n counts once, whole (scikit-learn's char_wb).
        assert_eq!(terms_of(&toks(&["a"]), &cfg), vec!["c: a", "c:a ", "c: a "]);
        // Multi-byte characters are counted as characters.
        assert_eq!(terms_of(&toks(&["é"]), &cfg), vec!["c: é", "c:é ", "c: é "]);
    }

    #[test]
    fn word_ngrams_join_tokens() {
        let cfg = FeatureConfig {
            word_ngrams: [1, 2],
            char_ngrams: [0, 0],
            ..Default::default()
        };
        assert_eq!(
            terms_of(&toks(&["u", "owe", "me"]), &cfg),
            vec!["w:u", "w:owe", "w:me", "w:u owe", "w:owe me"]
        );
    }

    /// Independent TF-IDF: sublinear tf, smooth idf, L2.
    fn reference_tfidf(
        docs: &[Vec<String>],
        cfg: &FeatureConfig,
        vocab: &[String],
    ) -> Vec<Vec<f64>> {
        let term_lists: Vec<Vec<String>> = docs.iter().map(|d| terms_of(d, cfg)).collect();
        let n = docs.len() as f64;
        let idf: Vec<f64> = vocab
            .iter()
            .map(|t| {
                let df = term_lists.iter().filter(|l| l.contains(t)).count() as f64;
                ((1.0 + n) / (1.0 + df)).ln() + 1.0
            })
            .collect();
        term_lists
            .iter()
            .map(|l| {
                let mut v: Vec<f64> = vocab
                    .iter()
                    .zip(&idf)
                    .map(|(t, idf)| {
                        let tf = l.iter().filter(|x| *x == t).count() as f64;
                        if tf > 0.0 {
                            (1.0 + tf.ln()) * idf
                        } else {
                            0.0
                        }
                    })
                    .collect();
                let norm = v.iter().map(|x| x * x).sum::<f64>().sqrt();
                v.iter_mut().for_each(|x| *x /= norm);
                v
            })
            .collect()
    }

    /// A vocabulary fitted on every one of `texts` (their word tokens): the tokens, the counted
    /// corpus, the vocabulary and the corpus-to-column map.
    fn fit_all(
        texts: &[impl AsRef<str>],
        cfg: &FeatureConfig,
    ) -> (Vec<Vec<String>>, CountedCorpus, Vocabulary, Vec<u32>) {
        let docs: Vec<Vec<String>> = texts
            .iter()
            .map(|t| crate::normalise::word_tokens(t.as_ref()))
            .collect();
        let corpus = CountedCorpus::build(&docs, cfg);
        let all: Vec<usize> = (0..docs.len()).collect();
        let ids = corpus.select(&all, &[], cfg);
        let (vocab, map) = Vocabulary::fit(&corpus, &all, &ids, ExtraColumns::default(), cfg);
        (docs, corpus, vocab, map)
    }

    #[test]
    fn tfidf_matches_reference_and_both_paths_agree() {
        let texts = [
            "u owe me u owe me",
            "see you at practice",
            "u owe me nothing",
            "practice at six",
        ];
        let cfg = FeatureConfig {
            min_df: 1,
            max_features: 1000,
            selection: Selection::DocFreq,
            ..Default::default()
        };
        let (docs, corpus, vocab, map) = fit_all(&texts, &cfg);
        assert!(
            vocab.terms.windows(2).all(|w| w[0] < w[1]),
            "sorted vocabulary"
        );
        let reference = reference_tfidf(&docs, &cfg, &vocab.terms);
        for (i, text) in texts.iter().enumerate() {
            let a = vocab.vectorise_counts(&corpus.docs[i], &map, None, &[]);
            let b = vocab.transform(text, None);
            assert_eq!(
                a, b,
                "training and prediction featurisation differ for doc {i}"
            );
            let mut dense = vec![0.0; vocab.n_features()];
            for (c, v) in a {
                dense[c as usize] = v;
            }
            for (x, y) in dense.iter().zip(&reference[i]) {
                assert!((x - y).abs() < 1e-12);
            }
        }
        // Unknown terms are ignored at prediction.
        assert!(vocab.transform("zzz qqq", None).is_empty());
    }

    /// Prediction's features the plain way: every term of the tokens looked up, counted by
    /// sorting (what [`Vocabulary::transform_normalised_with_hits`] did before it kept each
    /// token's columns and looked up longer word n-grams only after a word that starts one).
    fn plain_transform(vocab: &Vocabulary, text: &str) -> SparseRow {
        let tokens = crate::normalise::word_tokens(text);
        let mut ids = Vec::new();
        let mut buf = String::new();
        for_each_term(&tokens, &vocab.config, &mut buf, |t| {
            ids.extend(vocab.index.get(&vocab.terms, t))
        });
        vocab.weight(&run_lengths(ids), None, &[])
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn prediction_features_equal_the_plain_lookup_of_every_term(
            docs in proptest::collection::vec(
                proptest::collection::vec(0usize..9, 1..8), 2..10),
            unseen in proptest::collection::vec(
                proptest::collection::vec(0usize..10, 0..8), 1..4),
            max_features in 3usize..80,
            words in proptest::sample::select(vec![[1, 1], [1, 2], [1, 3], [2, 2], [2, 3], [0, 0]]),
            chars in proptest::sample::select(vec![[0, 0], [2, 3], [2, 5]]),
        ) {
            proptest::prop_assume!(words[0] > 0 || chars[0] > 0);
            let vocab_words = ["u", "owe", "me", "send", "pic", "now", "see", "ya", "oweme", "zzz"];
            let text = |d: &Vec<usize>| d.iter().map(|&w| vocab_words[w]).collect::<Vec<_>>().join(" ");
            let texts: Vec<String> = docs.iter().map(text).collect();
            let cfg = FeatureConfig {
                word_ngrams: words,
                char_ngrams: chars,
                min_df: 1,
                max_features,
                selection: Selection::DocFreq,
                ..Default::default()
            };
            let (_, corpus, vocab, map) = fit_all(&texts, &cfg);
            for (i, t) in texts.iter().enumerate() {
                let fast = vocab.transform(t, None);
                proptest::prop_assert_eq!(&fast, &vocab.vectorise_counts(&corpus.docs[i], &map, None, &[]));
                proptest::prop_assert_eq!(&fast, &plain_transform(&vocab, t));
            }
            // Texts the vocabulary was not made from (with a word it has never seen), twice:
            // the second time from the per-thread token memo.
            for d in &unseen {
                let t = text(d);
                proptest::prop_assert_eq!(vocab.transform(&t, None), plain_transform(&vocab, &t));
                proptest::prop_assert_eq!(vocab.transform(&t, None), plain_transform(&vocab, &t));
            }
        }
    }

    #[test]
    fn selection_is_bounded_and_uses_min_df() {
        let texts = [
            "u owe me",
            "u owe me now",
            "see you later",
            "see you soon",
            "u owe me big",
        ];
        let docs: Vec<Vec<String>> = texts
            .iter()
            .map(|t| crate::normalise::word_tokens(t))
            .collect();
        let y = vec![vec![true, true, false, false, true]];
        let all: Vec<usize> = (0..docs.len()).collect();
        let cfg = FeatureConfig {
            char_ngrams: [0, 0],
            min_df: 2,
            max_features: 3,
            selection: Selection::Chi2,
            ..Default::default()
        };
        let corpus = CountedCorpus::build(&docs, &cfg);
        let ids = corpus.select(&all, &y, &cfg);
        let terms: Vec<&str> = ids
            .iter()
            .map(|&i| corpus.terms[i as usize].as_str())
            .collect();
        // Five terms (u, owe, me, u owe, owe me) occur in exactly the 3 positive docs:
        // chi² = n = 5, the maximum; "see"/"you"/"see you" (df 2, negative) score 2.22.
        // Ties go to the higher df, then to the alphabetically first term.
        assert_eq!(terms, vec!["w:me", "w:owe", "w:owe me"]);
        let cfg_df = FeatureConfig {
            selection: Selection::DocFreq,
            max_features: 100,
            ..cfg.clone()
        };
        let ids = corpus.select(&all, &y, &cfg_df);
        let terms: Vec<&str> = ids
            .iter()
            .map(|&i| corpus.terms[i as usize].as_str())
            .collect();
        // Everything with df >= 2, nothing rarer.
        assert_eq!(
            terms,
            vec![
                "w:me",
                "w:owe",
                "w:owe me",
                "w:see",
                "w:see you",
                "w:u",
                "w:u owe",
                "w:you"
            ]
        );
    }

    #[test]
    fn chi2_matches_textbook_formula() {
        // 2×2 table: a=8 (term & label), b=2, c=4, d=6 -> n=20.
        let (a, b, c, d) = (8.0f64, 2.0, 4.0, 6.0);
        let n = a + b + c + d;
        let expected_cells = [
            ((a + b) * (a + c) / n, a),
            ((a + b) * (b + d) / n, b),
            ((c + d) * (a + c) / n, c),
            ((c + d) * (b + d) / n, d),
        ];
        let want: f64 = expected_cells
            .iter()
            .map(|(e, o)| (o - e).powi(2) / e)
            .sum();
        assert!((chi2_presence(8, 10, 12, 20.0) - want).abs() < 1e-9);
    }

    #[test]
    fn lexicon_columns_follow_terms() {
        let docs = vec![
            crate::normalise::word_tokens("u owe me"),
            crate::normalise::word_tokens("hi"),
        ];
        let cfg = FeatureConfig {
            min_df: 1,
            ..Default::default()
        };
        let corpus = CountedCorpus::build(&docs, &cfg);
        let all = [0, 1];
        let ids = corpus.select(&all, &[], &cfg);
        let cats = vec!["coercive.pressure".to_string(), "protective".to_string()];
        let extra = ExtraColumns {
            lexicon_categories: cats,
            context_features: vec![],
        };
        let (vocab, _) = Vocabulary::fit(&corpus, &all, &ids, extra, &cfg);
        let lex = |t: &str| -> Vec<String> {
            if t.contains("owe") {
                vec![
                    "coercive.pressure".into(),
                    "coercive.pressure".into(),
                    "other".into(),
                ]
            } else {
                vec![]
            }
        };
        let row = vocab.transform("u owe me", Some(&lex));
        let last = *row.last().unwrap();
        assert_eq!(last.0 as usize, vocab.terms.len());
        assert!(
            (last.1 - 0.5 * 3f64.ln()).abs() < 1e-12,
            "two hits -> 0.5 * ln(1 + 2)"
        );
        assert_eq!(vocab.feature_name(last.0 as usize), "lex:coercive.pressure");
        // Context columns follow the lexicon columns: binary, worth context_scale, unknown
        // tokens ignored.
        let extra = ExtraColumns {
            lexicon_categories: vec!["coercive.pressure".into()],
            context_features: vec!["ctx:other:coercive".into(), "ctx:same:protective".into()],
        };
        let (cv, _) = Vocabulary::fit(&corpus, &all, &ids, extra, &cfg);
        let ctx = [
            "ctx:same:protective".to_string(),
            "ctx:other:unknown".to_string(),
            "ctx:same:protective".to_string(),
        ];
        let row = cv.transform_with_hits("u owe me", Some(&lex("u owe me")), &ctx);
        let n = cv.terms.len();
        assert_eq!(cv.n_features(), n + 3);
        assert_eq!(row[row.len() - 2].0 as usize, n, "the lexicon column");
        assert_eq!(*row.last().unwrap(), ((n + 2) as u32, cfg.context_scale));
        assert_eq!(cv.feature_name(n + 2), "ctx:same:protective");
        assert_eq!(
            cv.transform_with_hits("u owe me", None, &[]),
            vocab.transform("u owe me", None),
            "no context: the text features alone"
        );
        // Without a lexicon the lexicon columns are simply absent.
        assert!(vocab
            .transform("u owe me", None)
            .iter()
            .all(|x| (x.0 as usize) < vocab.terms.len()));
    }
}
