//! Corpus-linguistics tools over message text: keywords, concordance (KWIC) and collocates.
//!
//! Tokenisation is the caller's: pass `tokenise` (lower-case word tokens; the pipeline's
//! shared normaliser in production). Units never cross message boundaries.

use super::measures::{association, log_likelihood, log_ratio, pct_diff, Z95};
use crate::bail;
use crate::error::Result;
use crate::model::{top_level, Annotation};
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

struct Tok {
    raw: String,
    mask: Option<usize>,
    seg: (usize, usize),
}

struct Stream {
    toks: Vec<Tok>,
    masks: Vec<String>,
}

impl Stream {
    /// Tokenise `text` piecewise between `cuts` (code-point offsets), marking tokens inside
    /// merged mask regions.
    fn new(
        text: &str,
        regions: &[(usize, usize)],
        extra_cuts: &[usize],
        tokenise: Tokenise,
    ) -> Stream {
        let byte: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        let len = byte.len() - 1;
        // Merge overlapping mask regions.
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
        let masks = merged
            .iter()
            .map(|&(s, e)| mask(&text[byte[s]..byte[e]]))
            .collect();
        let mut cuts: BTreeSet<usize> = [0, len].into_iter().collect();
        for &(s, e) in &merged {
            cuts.insert(s);
            cuts.insert(e);
        }
        cuts.extend(extra_cuts.iter().map(|&c| c.min(len)));
        let cuts: Vec<usize> = cuts.into_iter().collect();
        let mut toks = Vec::new();
        for w in cuts.windows(2) {
            let (s, e) = (w[0], w[1]);
            let group = merged.iter().position(|&(ms, me)| ms <= s && e <= me);
            for raw in tokenise(&text[byte[s]..byte[e]]) {
                toks.push(Tok {
                    raw,
                    mask: group,
                    seg: (s, e),
                });
            }
        }
        Stream { toks, masks }
    }

    fn show(&self, toks: &[Tok]) -> Vec<String> {
        let mut out = Vec::new();
        let mut prev: Option<usize> = None;
        for t in toks {
            match t.mask {
                Some(g) => {
                    if prev != Some(g) {
                        out.push(self.masks[g].clone());
                    }
                }
                None => out.push(t.raw.clone()),
            }
            prev = t.mask;
        }
        out
    }
}

struct Line {
    row: KwicRow,
    left: Vec<String>,
    right: Vec<String>,
}

fn line(a: &Annotation, st: &Stream, l: &[Tok], node: String, r: &[Tok], category: String) -> Line {
    let left = st.show(l);
    let right = st.show(r);
    Line {
        row: KwicRow {
            message_id: a.message_id.clone(),
            conversation_id: a.conversation_id.clone(),
            left: left.join(" "),
            node,
            right: right.join(" "),
            category,
        },
        left,
        right,
    }
}

/// Key-word-in-context lines for a category or a term. Sexualised spans are masked in the
/// node and the context unless `opts.unmask`.
pub fn concordance<'a>(
    anns: impl IntoIterator<Item = &'a Annotation>,
    query: &KwicQuery,
    tokenise: Tokenise,
    opts: &KwicOptions,
) -> Vec<KwicRow> {
    let n = opts.context;
    let mut lines: Vec<Line> = Vec::new();
    let term: Vec<String> = match query {
        KwicQuery::Term(t) => tokenise(t),
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
                let cuts: Vec<usize> = nodes.iter().flat_map(|&(s, e, _)| [s, e]).collect();
                let st = Stream::new(&a.text, &regions, &cuts, tokenise);
                for (s, e, c) in nodes {
                    let lt: Vec<&Tok> = st.toks.iter().filter(|t| t.seg.1 <= s).collect();
                    let first_node = lt.len();
                    let node_len = st.toks[first_node..]
                        .iter()
                        .take_while(|t| t.seg.0 >= s && t.seg.1 <= e)
                        .count();
                    let after = first_node + node_len;
                    let node_toks = &st.toks[first_node..after];
                    let node = if node_toks.is_empty() {
                        let span_text: String =
                            a.text.chars().skip(s).take(e.saturating_sub(s)).collect();
                        if !opts.unmask && regions.iter().any(|&(ms, me)| ms < e && s < me) {
                            mask(&span_text)
                        } else {
                            span_text
                        }
                    } else {
                        st.show(node_toks).join(" ")
                    };
                    let right_start = st.toks[after..]
                        .iter()
                        .position(|t| t.seg.0 >= e)
                        .map_or(st.toks.len(), |p| after + p);
                    let l = &st.toks[first_node.saturating_sub(n)..first_node];
                    let r_end = (right_start + n).min(st.toks.len());
                    let r = &st.toks[right_start..r_end];
                    lines.push(line(a, &st, l, node, r, c.to_string()));
                }
            }
            KwicQuery::Term(_) => {
                if term.is_empty() {
                    continue;
                }
                let st = Stream::new(&a.text, &regions, &[], tokenise);
                let m = term.len();
                if st.toks.len() < m {
                    continue;
                }
                for i in 0..=st.toks.len() - m {
                    if st.toks[i..i + m]
                        .iter()
                        .zip(&term)
                        .all(|(t, q)| t.raw == *q)
                    {
                        let l = &st.toks[i.saturating_sub(n)..i];
                        let r = &st.toks[i + m..(i + m + n).min(st.toks.len())];
                        let node = st.show(&st.toks[i..i + m]).join(" ");
                        lines.push(line(a, &st, l, node, r, a.labels.join(";")));
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

/// Collocates of `node` (which must tokenise to exactly one token), sorted by logDice
/// descending, then collocate.
pub fn collocates<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    node: &str,
    tokenise: Tokenise,
    opts: &CollocateOptions,
) -> Result<Vec<CollocateRow>> {
    let node_toks = tokenise(node);
    let [node_tok] = node_toks.as_slice() else {
        bail!(
            "collocation node {node:?} must be one token, got {}",
            node_toks.len()
        );
    };
    if opts.window == 0 {
        bail!("collocation window must be at least 1");
    }
    let mut freq: HashMap<String, u64> = HashMap::new();
    let mut joint: HashMap<String, u64> = HashMap::new();
    let mut n = 0u64;
    for t in texts {
        let toks = tokenise(t);
        n += toks.len() as u64;
        for (i, tok) in toks.iter().enumerate() {
            *freq.entry(tok.clone()).or_default() += 1;
            if tok == node_tok {
                let lo = i.saturating_sub(opts.window);
                let hi = (i + opts.window).min(toks.len() - 1);
                for (j, other) in toks.iter().enumerate().take(hi + 1).skip(lo) {
                    if j != i {
                        *joint.entry(other.clone()).or_default() += 1;
                    }
                }
            }
        }
    }
    let f1 = freq.get(node_tok).copied().unwrap_or(0);
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
            &split,
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
        let rows = concordance(&anns, &KwicQuery::Category("coercive".into()), &split, &o);
        assert_eq!(rows.len(), 3);
        let rows = concordance(&anns, &KwicQuery::Category("sexualised".into()), &split, &o);
        assert_eq!(
            (
                rows[0].left.as_str(),
                rows[0].node.as_str(),
                rows[0].right.as_str()
            ),
            ("ur such a", "r***", "honestly send it")
        );
        let un = KwicOptions { unmask: true, ..o };
        let rows = concordance(
            &anns,
            &KwicQuery::Category("sexualised".into()),
            &split,
            &un,
        );
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
        let rows = concordance(&anns, &KwicQuery::Term("Send".into()), &split, &o);
        let rights: Vec<&str> = rows.iter().map(|r| r.right.as_str()).collect();
        assert_eq!(rights, vec!["", "anything ever", "it", "me one"]);
        assert_eq!(rows[0].left, "r***");
        assert_eq!(rows[0].category, "sexualised.names");
        let o = KwicOptions {
            sort: KwicSort::Left,
            ..o
        };
        let lefts: Vec<String> = concordance(&anns, &KwicQuery::Term("send".into()), &split, &o)
            .into_iter()
            .map(|r| r.left)
            .collect();
        // Sorted by the nearest left word: dont, just, please, r***.
        assert_eq!(lefts, vec!["dont", "just", "please", "r***"]);
        let phrase = concordance(
            &anns,
            &KwicQuery::Term("send me".into()),
            &split,
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
            &split,
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
        assert!(collocates(texts.iter().copied(), "send pic", &split, &o).is_err());
    }
}
