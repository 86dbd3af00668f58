//! Corpus-linguistics tools over message text: keywords, concordance (KWIC) and collocates.
//!
//! Keywords and collocates take the tokeniser as an argument (production passes
//! [`corpus_words`](super::tokens::corpus_words)); concordance uses
//! [`corpus_tokens`](super::tokens::corpus_tokens) itself, for the offsets into the text as
//! written. Units never cross message boundaries.

use super::measures::{association, log_likelihood, log_ratio, pct_diff, Z95};
use super::tokens::{corpus_tokens, corpus_words};
use crate::bail;
use crate::error::Result;
use crate::model::{top_level, Annotation};
use crate::normalise::Token;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

/// A tokeniser: text → lower-case word tokens.
pub type Tokenise<'a> = &'a dyn Fn(&str) -> Vec<String>;

/// Keyword options: n-gram sizes `n_min..=n_max` (each within 1..=3) and a minimum combined
/// frequency (freq A + freq B).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeywordOptions {
    /// The smallest n-gram size [default: 1].
    pub n_min: usize,
    /// The largest n-gram size [default: 1].
    pub n_max: usize,
    /// The smallest freq A + freq B kept [default: 3].
    pub min_freq: u64,
}

impl Default for KeywordOptions {
    fn default() -> Self {
        KeywordOptions {
            n_min: 1,
            n_max: 1,
            min_freq: 3,
        }
    }
}

/// Keyness of one term (word or n-gram) in A against B.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeywordRow {
    /// Tokens joined by single spaces.
    pub term: String,
    /// Tokens in the term.
    pub n: usize,
    /// Occurrences in A.
    pub freq_a: u64,
    /// Occurrences in B.
    pub freq_b: u64,
    /// Number of n-grams of this size in A and B (for n = 1: tokens).
    pub size_a: u64,
    /// As `size_a`, for B.
    pub size_b: u64,
    /// Signed 2-term G² (+ = more frequent in A).
    pub ll: f64,
    /// The χ²(1) p-value of `ll`.
    pub p: f64,
    /// Log Ratio (log2 of the ratio of relative frequencies; `None` when undefined).
    pub log_ratio: Option<f64>,
    /// %DIFF (`None` when the term is absent from B).
    pub pct_diff: Option<f64>,
}

type NgramCounts = HashMap<(usize, String), u64>;

fn count_ngrams<'t>(
    texts: impl IntoIterator<Item = &'t str>,
    tokenise: Tokenise,
    o: &KeywordOptions,
) -> (NgramCounts, Vec<u64>) {
    let mut counts: NgramCounts = HashMap::new();
    let mut sizes = vec![0u64; o.n_max + 1];
    for t in texts {
        let toks = tokenise(t);
        for (n, size) in sizes.iter_mut().enumerate().skip(o.n_min) {
            if toks.len() < n {
                continue;
            }
            for w in toks.windows(n) {
                *counts.entry((n, w.join(" "))).or_default() += 1;
                *size += 1;
            }
        }
    }
    (counts, sizes)
}

/// Keywords of A against B: every term with freq A + freq B ≥ `min_freq`, sorted by signed
/// LL descending, then term.
pub fn keywords<'a, 'b>(
    a: impl IntoIterator<Item = &'a str>,
    b: impl IntoIterator<Item = &'b str>,
    tokenise: Tokenise,
    opts: &KeywordOptions,
) -> Result<Vec<KeywordRow>> {
    if opts.n_min < 1 || opts.n_max > 3 || opts.n_min > opts.n_max {
        bail!(
            "n-gram sizes {}..{} must lie within 1..3",
            opts.n_min,
            opts.n_max
        );
    }
    let (ca, sa) = count_ngrams(a, tokenise, opts);
    let (cb, sb) = count_ngrams(b, tokenise, opts);
    let terms: BTreeSet<&(usize, String)> = ca.keys().chain(cb.keys()).collect();
    let mut rows = Vec::new();
    for key in terms {
        let fa = ca.get(key).copied().unwrap_or(0);
        let fb = cb.get(key).copied().unwrap_or(0);
        if fa + fb < opts.min_freq {
            continue;
        }
        let (c, d) = (sa[key.0], sb[key.0]);
        let ll = log_likelihood(fa, fb, c, d);
        rows.push(KeywordRow {
            term: key.1.clone(),
            n: key.0,
            freq_a: fa,
            freq_b: fb,
            size_a: c,
            size_b: d,
            ll: ll.map_or(0.0, |x| x.value),
            p: ll.map_or(1.0, |x| x.p),
            log_ratio: log_ratio(fa, fb, c, d, Z95).map(|x| x.value),
            pct_diff: pct_diff(fa, fb, c, d),
        });
    }
    rows.sort_by(|x, y| y.ll.total_cmp(&x.ll).then_with(|| x.term.cmp(&y.term)));
    Ok(rows)
}

/// What to concordance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KwicQuery {
    /// Spans of a category: a fine id, or a top-level id for all its children.
    Category(String),
    /// A word or phrase, matched token by token after `tokenise`.
    Term(String),
}

/// Line order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KwicSort {
    /// Input order (message, then position).
    #[default]
    Text,
    /// By left context, nearest word first (1L, 2L, …).
    Left,
    /// By right context (1R, 2R, …).
    Right,
}

/// How [`concordance`] lays out and orders its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KwicOptions {
    /// Tokens of context on each side.
    pub context: usize,
    /// The order of the lines.
    pub sort: KwicSort,
    /// Show `sexualised*` spans as written instead of first letter + `***`.
    pub unmask: bool,
}

impl Default for KwicOptions {
    fn default() -> Self {
        KwicOptions {
            context: 5,
            sort: KwicSort::Text,
            unmask: false,
        }
    }
}

/// One concordance line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KwicRow {
    /// The message the line comes from.
    pub message_id: String,
    /// Its conversation.
    pub conversation_id: String,
    /// The context before the node.
    pub left: String,
    /// The span or term found (masked unless unmasked).
    pub node: String,
    /// The context after the node.
    pub right: String,
    /// The span's category (category query) or the message's labels joined by `;` (term query).
    pub category: String,
}

/// Whether a span category is masked by default.
pub fn is_masked_category(category: &str) -> bool {
    category.starts_with("sexualised")
}

/// First alphanumeric character (lower-cased) + `***`, e.g. `s***`.
pub fn mask(text: &str) -> String {
    match text.chars().find(|c| c.is_alphanumeric()) {
        Some(c) => format!("{}***", c.to_lowercase()),
        None => "***".to_string(),
    }
}

/// A message's text with its corpus tokens and merged mask regions, for showing stretches of
/// it as written.
struct Written {
    chars: Vec<char>,
    toks: Vec<Token>,
    /// Merged mask regions (code points, clipped to the text) and their masks.
    regions: Vec<(usize, usize, String)>,
}

impl Written {
    fn new(text: &str, regions: &[(usize, usize)]) -> Written {
        let chars: Vec<char> = text.chars().collect();
        let len = chars.len();
        let mut rs: Vec<(usize, usize)> = regions
            .iter()
            .map(|&(s, e)| (s.min(len), e.min(len)))
            .filter(|(s, e)| s < e)
            .collect();
        rs.sort();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for r in rs {
            match merged.last_mut() {
                Some(m) if r.0 <= m.1 => m.1 = m.1.max(r.1),
                _ => merged.push(r),
            }
        }
        let regions = merged
            .into_iter()
            .map(|(s, e)| (s, e, mask(&chars[s..e].iter().collect::<String>())))
            .collect();
        Written {
            toks: corpus_tokens(text),
            chars,
            regions,
        }
    }

    /// The original text of code points `from..to`, each mask region in it shown once as its
    /// mask, line breaks and tabs as spaces, trimmed.
    fn show(&self, from: usize, to: usize) -> String {
        let to = to.min(self.chars.len());
        let mut out = String::new();
        let mut i = from;
        while i < to {
            if let Some((_, e, m)) = self.regions.iter().find(|(s, e, _)| *s <= i && i < *e) {
                out.push_str(m);
                i = *e;
            } else {
                let c = self.chars[i];
                out.push(if c.is_whitespace() { ' ' } else { c });
                i += 1;
            }
        }
        out.trim().to_string()
    }

    /// The end of the punctuation after code point `from` up to the end of the message: the
    /// whitespace-separated chunks with no letter or digit in them (`!!" ?`), stopping at the
    /// first that has one (a placeholder such as `<media>` is not a token and is not shown).
    fn marks_after(&self, from: usize) -> usize {
        let mut end = from;
        let mut i = from;
        while i < self.chars.len() {
            while i < self.chars.len() && self.chars[i].is_whitespace() {
                i += 1;
            }
            let start = i;
            while i < self.chars.len() && !self.chars[i].is_whitespace() {
                i += 1;
            }
            if self.chars[start..i].iter().any(|c| c.is_alphanumeric()) {
                break;
            }
            end = i;
        }
        end
    }

    /// The start of the punctuation before code point `to` back to the start of the message
    /// (as [`Self::marks_after`], backwards).
    fn marks_before(&self, to: usize) -> usize {
        let mut start = to;
        let mut i = to;
        while i > 0 {
            while i > 0 && self.chars[i - 1].is_whitespace() {
                i -= 1;
            }
            let end = i;
            while i > 0 && !self.chars[i - 1].is_whitespace() {
                i -= 1;
            }
            if self.chars[i..end].iter().any(|c| c.is_alphanumeric()) {
                break;
            }
            start = i;
        }
        start
    }

    /// A token's sort key: its normalised form, or the mask of the region it lies in.
    fn key(&self, t: &Token) -> String {
        match self
            .regions
            .iter()
            .find(|(s, e, _)| *s < t.end && t.start < *e)
        {
            Some((_, _, m)) => m.clone(),
            None => t.text.clone(),
        }
    }

    /// The line for a node over code points `s..e`: up to `n` tokens wholly before and after.
    fn line(&self, a: &Annotation, (s, e): (usize, usize), n: usize, category: String) -> Line {
        let before = self.toks.iter().take_while(|t| t.end <= s).count();
        let left = &self.toks[before.saturating_sub(n)..before];
        let after = self
            .toks
            .iter()
            .position(|t| t.start >= e)
            .unwrap_or(self.toks.len());
        let right = &self.toks[after..(after + n).min(self.toks.len())];
        Line {
            row: KwicRow {
                message_id: a.message_id.clone(),
                conversation_id: a.conversation_id.clone(),
                // A window that reaches the start or end of the message shows it all, with
                // any punctuation or emoji-free marks before the first or after the last token
                // ("send me it now!!" keeps its "!!").
                left: if before <= n {
                    let first = left.first().map_or(s, |t| t.start);
                    self.show(self.marks_before(first), s)
                } else {
                    left.first()
                        .map_or_else(String::new, |t| self.show(t.start, s))
                },
                node: self.show(s, e),
                right: if after + n >= self.toks.len() {
                    let last = right.last().map_or(e, |t| t.end);
                    self.show(e, self.marks_after(last))
                } else {
                    right
                        .last()
                        .map_or_else(String::new, |t| self.show(e, t.end))
                },
                category,
            },
            left: left.iter().map(|t| self.key(t)).collect(),
            right: right.iter().map(|t| self.key(t)).collect(),
        }
    }
}

struct Line {
    row: KwicRow,
    /// Sort keys of the left context tokens, in text order.
    left: Vec<String>,
    /// Sort keys of the right context tokens.
    right: Vec<String>,
}

/// Key-word-in-context lines for a category or a term (words or emoji, matched token by token
/// on the normalised forms of [`corpus_tokens`]). Node and context are the original text as
/// written, with context counted in corpus tokens. Sexualised spans are masked in the node and
/// the context unless `opts.unmask`.
pub fn concordance<'a>(
    anns: impl IntoIterator<Item = &'a Annotation>,
    query: &KwicQuery,
    opts: &KwicOptions,
) -> Vec<KwicRow> {
    let n = opts.context;
    let mut lines: Vec<Line> = Vec::new();
    let term: Vec<String> = match query {
        KwicQuery::Term(t) => corpus_words(t),
        KwicQuery::Category(_) => Vec::new(),
    };
    for a in anns {
        let regions: Vec<(usize, usize)> = if opts.unmask {
            Vec::new()
        } else {
            a.spans
                .iter()
                .filter(|s| is_masked_category(&s.category))
                .map(|s| (s.start, s.end))
                .collect()
        };
        match query {
            KwicQuery::Category(cat) => {
                let nodes: BTreeSet<(usize, usize, &str)> = a
                    .spans
                    .iter()
                    .filter(|s| s.category == *cat || top_level(&s.category) == cat)
                    .map(|s| (s.start, s.end, s.category.as_str()))
                    .collect();
                if nodes.is_empty() {
                    continue;
                }
                let w = Written::new(&a.text, &regions);
                let len = w.chars.len();
                for (s, e, c) in nodes {
                    let (s, e) = (s.min(len), e.min(len));
                    lines.push(w.line(a, (s, e), n, c.to_string()));
                }
            }
            KwicQuery::Term(_) => {
                if term.is_empty() {
                    continue;
                }
                let w = Written::new(&a.text, &regions);
                let m = term.len();
                if w.toks.len() < m {
                    continue;
                }
                for i in 0..=w.toks.len() - m {
                    if w.toks[i..i + m]
                        .iter()
                        .zip(&term)
                        .all(|(t, q)| t.text == *q)
                    {
                        let span = (w.toks[i].start, w.toks[i + m - 1].end);
                        lines.push(w.line(a, span, n, a.labels.join(";")));
                    }
                }
            }
        }
    }
    match opts.sort {
        KwicSort::Text => {}
        KwicSort::Left => lines.sort_by(|x, y| x.left.iter().rev().cmp(y.left.iter().rev())),
        KwicSort::Right => lines.sort_by(|x, y| x.right.cmp(&y.right)),
    }
    lines.into_iter().map(|l| l.row).collect()
}

/// Collocation options: window ±`window` tokens (within a message); keep collocates with
/// J ≥ `min_freq`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CollocateOptions {
    /// Tokens on each side of the node [default: 5].
    pub window: usize,
    /// The smallest co-occurrence frequency J kept [default: 3].
    pub min_freq: u64,
}

impl Default for CollocateOptions {
    fn default() -> Self {
        CollocateOptions {
            window: 5,
            min_freq: 3,
        }
    }
}

/// One collocate of the node.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CollocateRow {
    /// The collocate token.
    pub collocate: String,
    /// Co-occurrences: (node occurrence, collocate occurrence) pairs within the window.
    pub j: u64,
    /// Node frequency.
    pub f1: u64,
    /// Collocate frequency.
    pub f2: u64,
    /// Tokens in the corpus.
    pub n: u64,
    /// Mutual information ([`Association::mi`](super::measures::Association::mi)).
    pub mi: f64,
    /// logDice.
    pub log_dice: f64,
    /// 4-cell G².
    pub ll: f64,
    /// t-score.
    pub t_score: f64,
}

/// Collocates of `node` (one or more tokens: a word, an emoji or a phrase), sorted by logDice
/// descending, then collocate. Occurrences of a phrase are found left to right without
/// overlap; the window runs `window` tokens left of its first token and right of its last,
/// and the node's own tokens are not collocates of that occurrence.
pub fn collocates<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    node: &str,
    tokenise: Tokenise,
    opts: &CollocateOptions,
) -> Result<Vec<CollocateRow>> {
    let node_toks = tokenise(node);
    if node_toks.is_empty() {
        bail!("collocation node {node:?} has no word or emoji in it");
    }
    if opts.window == 0 {
        bail!("collocation window must be at least 1");
    }
    let m = node_toks.len();
    let mut freq: HashMap<String, u64> = HashMap::new();
    let mut joint: HashMap<String, u64> = HashMap::new();
    let mut n = 0u64;
    let mut f1 = 0u64;
    for t in texts {
        let toks = tokenise(t);
        n += toks.len() as u64;
        for tok in &toks {
            *freq.entry(tok.clone()).or_default() += 1;
        }
        let mut i = 0;
        while i + m <= toks.len() {
            if toks[i..i + m] != node_toks[..] {
                i += 1;
                continue;
            }
            f1 += 1;
            let lo = i.saturating_sub(opts.window);
            let hi = (i + m + opts.window).min(toks.len());
            for other in toks[lo..i].iter().chain(&toks[i + m..hi]) {
                *joint.entry(other.clone()).or_default() += 1;
            }
            i += m;
        }
    }
    let mut rows: Vec<CollocateRow> = joint
        .into_iter()
        .filter(|(_, j)| *j >= opts.min_freq.max(1))
        .filter_map(|(w, j)| {
            let f2 = freq.get(&w).copied().unwrap_or(0);
            let m = association(j, f1, f2, n)?;
            Some(CollocateRow {
                collocate: w,
                j,
                f1,
                f2,
                n,
                mi: m.mi,
                log_dice: m.log_dice,
                ll: m.ll,
                t_score: m.t_score,
            })
        })
        .collect();
    rows.sort_by(|x, y| {
        y.log_dice
            .total_cmp(&x.log_dice)
            .then_with(|| x.collocate.cmp(&y.collocate))
    });
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Source, Span};

    fn split(s: &str) -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .collect()
    }

    /// A synthetic annotation with a span (severity 2, from the lexicon) over each
    /// `(stretch of the text, category)`.
    fn annotation(id: &str, text: &str, spans: &[(&str, &str)]) -> Annotation {
        let b = Annotation::builder(id, text)
            .corpus("t")
            .conversation("c1")
            .speaker("s1")
            .tokens(split(text).len())
            .rule_id("t");
        spans
            .iter()
            .fold(b, |b, (needle, category)| {
                b.span_over(needle, *category, 2, Source::Lexicon)
            })
            .build()
    }

    #[test]
    fn keywords_rank_by_signed_ll() {
        // A: "send me a pic" ×10 + "hi there" ×10 (60 tokens);
        // B: "hi there" ×20 + "see you" ×10 (60 tokens).
        let a: Vec<&str> = [vec!["send me a pic"; 10], vec!["hi there"; 10]].concat();
        let b: Vec<&str> = [vec!["hi there"; 20], vec!["see you"; 10]].concat();
        let rows = keywords(
            a.iter().copied(),
            b.iter().copied(),
            &split,
            &KeywordOptions::default(),
        )
        .unwrap();
        let top = &rows[0];
        // "a", "me", "pic", "send" tie on LL (10 vs 0 of 60): alphabetical "a" first.
        assert_eq!(
            (
                top.term.as_str(),
                top.freq_a,
                top.freq_b,
                top.size_a,
                top.size_b
            ),
            ("a", 10, 0, 60, 60)
        );
        // By hand: E1 = 60·10/120 = 5; G² = 2·10·ln(10/5) = 13.862943611198906.
        assert!((top.ll - 20.0 * std::f64::consts::LN_2).abs() < 1e-12);
        // Log Ratio with b → 0.5: log2(10/0.5) = log2(20) = 4.321928094887363.
        assert!((top.log_ratio.unwrap() - 20f64.log2()).abs() < 1e-12);
        assert_eq!(top.pct_diff, None);
        let last = rows.last().unwrap();
        assert!(last.ll < 0.0);
        for w in rows.windows(2) {
            assert!(w[0].ll >= w[1].ll);
        }
        // "hi"/"there": 10 vs 20 of 60 -> negative; %DIFF = (10/60 − 20/60)·100/(20/60) = −50.
        let hi = rows.iter().find(|r| r.term == "hi").unwrap();
        assert!((hi.pct_diff.unwrap() + 50.0).abs() < 1e-9);
        // Bigrams: sizes are bigram counts (A: 10·3 + 10·1 = 40; B: 20 + 10 = 30).
        let o = KeywordOptions {
            n_min: 2,
            n_max: 2,
            min_freq: 10,
        };
        let rows = keywords(a.iter().copied(), b.iter().copied(), &split, &o).unwrap();
        let sp = rows.iter().find(|r| r.term == "send me").unwrap();
        assert_eq!((sp.n, sp.size_a, sp.size_b), (2, 40, 30));
        assert!(rows.iter().all(|r| r.freq_a + r.freq_b >= 10));
        assert!(keywords(
            a.iter().copied(),
            b.iter().copied(),
            &split,
            &KeywordOptions {
                n_min: 1,
                n_max: 4,
                min_freq: 1
            }
        )
        .is_err());
    }

    #[test]
    fn kwic_keeps_punctuation_at_the_ends_of_the_message() {
        let t = "\"ok... send me a pic now!!\" ?";
        let anns = vec![annotation(
            "m1",
            t,
            &[("send me a pic", "coercive.image_request")],
        )];
        let o = KwicOptions {
            context: 3,
            ..Default::default()
        };
        let q = KwicQuery::Category("coercive.image_request".into());
        let rows = concordance(&anns, &q, &o);
        assert_eq!(
            (rows[0].left.as_str(), rows[0].right.as_str()),
            ("\"ok...", "now!!\" ?")
        );
        // Inside the message, the window still ends at its last token.
        let o1 = KwicOptions { context: 0, ..o };
        let rows = concordance(&anns, &q, &o1);
        assert_eq!((rows[0].left.as_str(), rows[0].right.as_str()), ("", ""));
    }

    #[test]
    fn kwic_by_category_masks_sexualised() {
        let t1 = "ok u owe me so send me a pic now or else";
        let t2 = "lol ur such a rudeword honestly send it";
        let anns = vec![
            annotation(
                "m1",
                t1,
                &[
                    ("send me a pic", "coercive.image_request"),
                    ("or else", "coercive.threat"),
                ],
            ),
            annotation(
                "m2",
                t2,
                &[
                    ("rudeword", "sexualised.names"),
                    ("send it", "coercive.image_request"),
                ],
            ),
        ];
        let o = KwicOptions {
            context: 3,
            ..Default::default()
        };
        let rows = concordance(
            &anns,
            &KwicQuery::Category("coercive.image_request".into()),
            &o,
        );
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (
                rows[0].left.as_str(),
                rows[0].node.as_str(),
                rows[0].right.as_str()
            ),
            ("owe me so", "send me a pic", "now or else")
        );
        assert_eq!(rows[0].category, "coercive.image_request");
        // The sexualised word in the context of m2 is masked.
        assert_eq!(
            (
                rows[1].left.as_str(),
                rows[1].node.as_str(),
                rows[1].right.as_str()
            ),
            ("a r*** honestly", "send it", "")
        );
        assert!(!rows.iter().any(|r| r.left.contains("rudeword")));
        // Top-level query finds both coercive categories; masked node for a sexualised query.
        let rows = concordance(&anns, &KwicQuery::Category("coercive".into()), &o);
        assert_eq!(rows.len(), 3);
        let rows = concordance(&anns, &KwicQuery::Category("sexualised".into()), &o);
        assert_eq!(
            (
                rows[0].left.as_str(),
                rows[0].node.as_str(),
                rows[0].right.as_str()
            ),
            ("ur such a", "r***", "honestly send it")
        );
        let un = KwicOptions { unmask: true, ..o };
        let rows = concordance(&anns, &KwicQuery::Category("sexualised".into()), &un);
        assert_eq!(rows[0].node, "rudeword");
    }

    #[test]
    fn kwic_by_term_and_sorting() {
        let texts = [
            "please send it",
            "just send me one",
            "dont send anything ever",
            "rudeword send",
        ];
        let anns: Vec<Annotation> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let spans: &[(&str, &str)] = match i {
                    3 => &[("rudeword", "sexualised.names")],
                    _ => &[],
                };
                annotation(&format!("m{i}"), t, spans)
            })
            .collect();
        let o = KwicOptions {
            context: 2,
            sort: KwicSort::Right,
            unmask: false,
        };
        let rows = concordance(&anns, &KwicQuery::Term("Send".into()), &o);
        let rights: Vec<&str> = rows.iter().map(|r| r.right.as_str()).collect();
        assert_eq!(rights, vec!["", "anything ever", "it", "me one"]);
        assert_eq!(rows[0].left, "r***");
        assert_eq!(rows[0].category, "sexualised.names");
        let o = KwicOptions {
            sort: KwicSort::Left,
            ..o
        };
        let lefts: Vec<String> = concordance(&anns, &KwicQuery::Term("send".into()), &o)
            .into_iter()
            .map(|r| r.left)
            .collect();
        // Sorted by the nearest left word: dont, just, please, r***.
        assert_eq!(lefts, vec!["dont", "just", "please", "r***"]);
        let phrase = concordance(
            &anns,
            &KwicQuery::Term("send me".into()),
            &KwicOptions::default(),
        );
        assert_eq!(
            (
                phrase.len(),
                phrase[0].node.as_str(),
                phrase[0].right.as_str()
            ),
            (1, "send me", "one")
        );
    }

    #[test]
    fn kwic_survives_bad_offsets() {
        let mut a = annotation("m1", "short", &[]);
        a.spans.push(Span {
            start: 3,
            end: 99,
            text: "x".into(),
            category: "sexualised.names".into(),
            severity: 1,
            source: Source::Lexicon,
            rule_id: "t".into(),
            frame: Default::default(),
        });
        let rows = concordance(
            &[a],
            &KwicQuery::Category("sexualised.names".into()),
            &KwicOptions::default(),
        );
        assert_eq!(rows.len(), 1);
        // Offsets are clipped to the text: the node is "rt", masked by its first letter.
        assert_eq!(rows[0].node, "r***");
    }

    #[test]
    fn collocates_by_hand() {
        // Node "send", window ±1. Tokens (N = 12):
        //   "u send pic" | "send pic now" | "pic later" | "dont send it" | "ok"
        // F(send) = 3, F(pic) = 3, J(send, pic) = 2 (msgs 1 and 2).
        // MI = log2(2·12/(3·3)) = log2(24/9) = 1.415037499278844;
        // logDice = 14 + log2(4/6) = 13.415037499278844;
        // t = (2 − 9/12)/√2 = 0.8838834764831844.
        let texts = [
            "u send pic",
            "send pic now",
            "pic later",
            "dont send it",
            "ok",
        ];
        let o = CollocateOptions {
            window: 1,
            min_freq: 1,
        };
        let rows = collocates(texts.iter().copied(), "send", &split, &o).unwrap();
        let pic = rows.iter().find(|r| r.collocate == "pic").unwrap();
        assert_eq!((pic.j, pic.f1, pic.f2, pic.n), (2, 3, 3, 12));
        assert!((pic.mi - (24.0f64 / 9.0).log2()).abs() < 1e-12);
        assert!((pic.log_dice - (14.0 + (4.0f64 / 6.0).log2())).abs() < 1e-12);
        assert!((pic.t_score - 0.883_883_476_483_184_4).abs() < 1e-12);
        assert_eq!(rows[0].collocate, "pic");
        // "now" is two tokens from "send": outside the ±1 window.
        assert!(rows.iter().all(|r| r.collocate != "now"));
        let o2 = CollocateOptions {
            window: 1,
            min_freq: 2,
        };
        assert_eq!(
            collocates(texts.iter().copied(), "send", &split, &o2)
                .unwrap()
                .len(),
            1
        );
        let phrase = collocates(texts.iter().copied(), "send pic", &split, &o).unwrap();
        // "send pic" occurs twice (msgs 1, 2): left "u" and right "now", once each.
        let got: Vec<(&str, u64, u64)> = phrase
            .iter()
            .map(|r| (r.collocate.as_str(), r.j, r.f1))
            .collect();
        assert_eq!(got.len(), 2);
        assert!(
            got.contains(&("u", 1, 2)) && got.contains(&("now", 1, 2)),
            "{got:?}"
        );
        assert!(collocates(texts.iter().copied(), "!!", &split, &o).is_err());
    }

    /// Issue 20: lines show the text as written (case, punctuation, look-alike letters), emoji
    /// are tokens, phrases work, and `<media>` is never a word.
    #[test]
    fn kwic_as_written_with_emoji_phrases_and_media() {
        let anns = vec![
            annotation("m1", "OK u OWE me... Send Me a pic 😉 now!!", &[]),
            annotation(
                "m2",
                "<media> sénd me it, ur a rudeword 😉",
                &[("rudeword", "sexualised.names")],
            ),
            annotation("m3", "lol 😉😉 <media> ok", &[]),
        ];
        let o = KwicOptions {
            context: 3,
            ..Default::default()
        };
        let rows = concordance(&anns, &KwicQuery::Term("send me".into()), &o);
        let got: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| (r.left.as_str(), r.node.as_str(), r.right.as_str()))
            .collect();
        // The media placeholder is shown as written but is not one of the three context tokens.
        assert_eq!(
            got,
            [
                ("u OWE me...", "Send Me", "a pic 😉"),
                ("", "sénd me", "it, ur a")
            ]
        );
        let rows = concordance(&anns, &KwicQuery::Term("😉".into()), &o);
        let got: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| (r.left.as_str(), r.node.as_str(), r.right.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                // The window reaches the end of the message: its "!!" is kept.
                ("Me a pic", "😉", "now!!"),
                ("ur a r***", "😉", ""),
                ("lol", "😉", "😉 <media> ok"),
                ("lol 😉", "😉", "<media> ok"),
            ]
        );
        assert!(rows.iter().all(|r| !r.left.contains("rudeword")));
        let texts: Vec<&str> = anns.iter().map(|a| a.text.as_str()).collect();
        let co = CollocateOptions {
            window: 2,
            min_freq: 1,
        };
        let rows = collocates(texts.iter().copied(), "😉", &corpus_words, &co).unwrap();
        let wink = rows.iter().find(|r| r.collocate == "😉").unwrap();
        // Tokens: 10 + 7 (no "media") + 4 (lol, 😉, 😉, ok) = 21; four winks.
        assert_eq!((wink.f1, wink.n, wink.j), (4, 21, 2));
        assert!(rows
            .iter()
            .all(|r| r.collocate != "media" && r.collocate != "<"));
        let rows = collocates(texts.iter().copied(), "send me", &corpus_words, &co).unwrap();
        let pic = rows.iter().find(|r| r.collocate == "a").unwrap();
        assert_eq!((pic.f1, pic.j), (2, 1));
    }
}
