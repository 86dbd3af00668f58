//! Frequency lists (word lists and n-gram lists), as AntConc and #LancsBox make them.
//!
//! Items are n-grams of [`corpus_words`](super::tokens::corpus_words) tokens (the tokeniser of
//! keywords and collocates), within one message. For each item: its frequency, its frequency
//! per million n-grams of the same size, and its range (the number of conversations it occurs
//! in). Rows are ranked by frequency, then range, then item, numbered 1, 2, 3, … (AntConc's
//! sequential ranks).
//!
//! Sexualised terms are masked by default: a word that lies (in any message) inside a span of
//! a `sexualised*` category is shown as its first letter + `***` wherever it occurs, so the
//! list never spells it out; the function words of the built-in stop list are not sexualised
//! terms and stay readable (`such a s***`, not `s*** a*** s***`).

use super::corpus::{is_masked_category, mask, Tokenise};
use super::partial::is_concern;
use super::tokens::corpus_tokens;
use crate::bail;
use crate::error::{Context, Result};
use crate::model::{top_level, Annotation};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

/// The largest n-gram size.
pub const MAX_NGRAM: usize = 5;

/// Word-list options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordlistOptions {
    /// N-gram size, 1 (words) to [`MAX_NGRAM`] [default: 1, as on the command line].
    pub n: usize,
    /// The smallest frequency kept [default: 1, as on the command line].
    pub min_freq: u64,
    /// Stop words (normalised): a word on the list is left out, and so is every n-gram with
    /// one in it. The counts behind the per-million figures still include them.
    pub stop: BTreeSet<String>,
    /// Show sexualised terms as written.
    pub unmask: bool,
}

impl Default for WordlistOptions {
    /// The command line's defaults: single words, every frequency, no stop list, masked.
    fn default() -> Self {
        WordlistOptions {
            n: 1,
            min_freq: 1,
            stop: BTreeSet::new(),
            unmask: false,
        }
    }
}

/// One row of a frequency list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WordlistRow {
    /// 1 for the most frequent item, then 2, 3, … (ties broken by range, then item).
    pub rank: u64,
    /// The word or n-gram (tokens joined by single spaces; masked unless unmasked).
    pub item: String,
    /// Occurrences.
    pub frequency: u64,
    /// Occurrences per million n-grams of this size in the (sub-)corpus.
    pub per_million: f64,
    /// Conversations the item occurs in.
    pub range: u64,
}

/// A frequency list and the size of the (sub-)corpus it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Wordlist {
    /// N-gram size.
    pub n: usize,
    /// Messages in the (sub-)corpus.
    pub messages: u64,
    /// Conversations in the (sub-)corpus.
    pub conversations: u64,
    /// N-grams of size `n` in the (sub-)corpus (for n = 1: tokens), stop words included.
    pub ngrams: u64,
    /// Distinct items (types) before the stop list and `min_freq`.
    pub types: u64,
    /// The list.
    pub rows: Vec<WordlistRow>,
}

/// Parse a stop list: one word per line; blank lines and lines starting with `#` are skipped;
/// each word is normalised as the corpus is.
pub fn parse_stop_list(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(super::tokens::corpus_words)
        .collect()
}

/// Which messages a list counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum SubCorpus {
    /// Every message.
    #[default]
    All,
    /// Messages labelled with a category: a fine id, or a top-level id for any label under it.
    Category(String),
    /// Messages with a concern label (any category but `protective`; as `stats` counts
    /// flagged messages).
    Flagged,
    /// Messages without a concern label.
    Unflagged,
}

impl SubCorpus {
    /// Whether message `a` belongs to the sub-corpus.
    pub fn contains(&self, a: &Annotation) -> bool {
        let flagged = || a.labels.iter().any(|l| is_concern(l));
        match self {
            SubCorpus::All => true,
            SubCorpus::Category(c) => a.labels.iter().any(|l| l == c || top_level(l) == c),
            SubCorpus::Flagged => flagged(),
            SubCorpus::Unflagged => !flagged(),
        }
    }
}

/// `lexicons/stoplist-en.txt`: the built-in English stop list (off unless asked for).
const BUILTIN_STOP_LIST: &str = include_str!("../../lexicons/stoplist-en.txt");

/// The built-in English stop list (`wordlist --stop builtin`), parsed.
pub fn builtin_stop_list() -> BTreeSet<String> {
    parse_stop_list(BUILTIN_STOP_LIST)
}

/// The list as CSV (`delimiter` b',') or TSV (b'\t'): `rank,item,frequency,per_million,range`.
/// Text cells go through [`crate::io::write_csv_record`] (formula neutralisation).
pub fn wordlist_table(w: &Wordlist, delimiter: u8) -> Result<Vec<u8>> {
    let mut out = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    crate::io::write_csv_record(
        &mut out,
        ["rank", "item", "frequency", "per_million", "range"],
    )?;
    for r in &w.rows {
        let cells = [
            r.rank.to_string(),
            r.item.clone(),
            r.frequency.to_string(),
            super::render::fmt_f64(Some(r.per_million)),
            r.range.to_string(),
        ];
        crate::io::write_csv_record(&mut out, &cells)?;
    }
    out.into_inner().context("finishing the word list")
}

/// The words that lie inside a sexualised span of some message (their normalised forms),
/// except the function words of the built-in stop list.
fn masked_words<'a>(anns: impl IntoIterator<Item = &'a Annotation>) -> BTreeSet<String> {
    let function_words = builtin_stop_list();
    let mut out = BTreeSet::new();
    for a in anns {
        let regions: Vec<(usize, usize)> = a
            .spans
            .iter()
            .filter(|s| is_masked_category(&s.category))
            .map(|s| (s.start, s.end))
            .collect();
        if regions.is_empty() {
            continue;
        }
        for t in corpus_tokens(&a.text) {
            if regions.iter().any(|&(s, e)| s < t.end && t.start < e)
                && !function_words.contains(&t.text)
            {
                out.insert(t.text);
            }
        }
    }
    out
}

/// The frequency list of the messages `anns` (already narrowed to the sub-corpus wanted).
pub fn wordlist<'a>(
    anns: impl IntoIterator<Item = &'a Annotation> + Clone,
    tokenise: Tokenise,
    opts: &WordlistOptions,
) -> Result<Wordlist> {
    if !(1..=MAX_NGRAM).contains(&opts.n) {
        bail!("n-gram size {} must lie within 1..{MAX_NGRAM}", opts.n);
    }
    let masked = if opts.unmask {
        BTreeSet::new()
    } else {
        masked_words(anns.clone())
    };
    let mut counts: HashMap<Vec<String>, (u64, BTreeSet<&str>)> = HashMap::new();
    let (mut messages, mut ngrams) = (0u64, 0u64);
    let mut conversations: BTreeSet<&str> = BTreeSet::new();
    for a in anns {
        messages += 1;
        conversations.insert(&a.conversation_id);
        let toks = tokenise(&a.text);
        for w in toks.windows(opts.n) {
            ngrams += 1;
            let e = counts.entry(w.to_vec()).or_default();
            e.0 += 1;
            e.1.insert(&a.conversation_id);
        }
    }
    let types = counts.len() as u64;
    let mut rows: Vec<(Vec<String>, u64, u64)> = counts
        .into_iter()
        .filter(|(k, (f, _))| *f >= opts.min_freq && !k.iter().any(|w| opts.stop.contains(w)))
        .map(|(k, (f, convs))| (k, f, convs.len() as u64))
        .collect();
    rows.sort_by(|x, y| y.1.cmp(&x.1).then(y.2.cmp(&x.2)).then(x.0.cmp(&y.0)));
    let rows = rows
        .into_iter()
        .enumerate()
        .map(|(i, (k, frequency, range))| WordlistRow {
            rank: i as u64 + 1,
            item: k
                .iter()
                .map(|w| {
                    if masked.contains(w) {
                        mask(w)
                    } else {
                        w.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(" "),
            frequency,
            per_million: frequency as f64 * 1e6 / ngrams as f64,
            range,
        })
        .collect();
    Ok(Wordlist {
        n: opts.n,
        messages,
        conversations: conversations.len() as u64,
        ngrams,
        types,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;
    use crate::stats::tokens::corpus_words;

    fn ann(id: &str, conv: &str, text: &str, sexualised: Option<&str>) -> Annotation {
        let b = Annotation::builder(id, text)
            .corpus("t")
            .conversation(conv)
            .speaker("s1")
            .rule_id("t");
        match sexualised {
            Some(w) => b.span_over(w, "sexualised.names", 2, Source::Lexicon),
            None => b,
        }
        .build()
    }

    fn corpus() -> Vec<Annotation> {
        vec![
            ann("1", "c1", "Send me a pic 😉", None),
            ann("2", "c1", "send me one <media>", None),
            ann("3", "c2", "no. u r a rudeword", Some("a rudeword")),
            ann("4", "c3", "send it, rudeword", None),
        ]
    }

    #[test]
    fn word_frequencies_ranks_range_and_per_million() {
        // The library's default is the command line's (single words, every frequency).
        let opts = WordlistOptions::default();
        assert_eq!((opts.n, opts.min_freq), (1, 1));
        let w = wordlist(&corpus(), &corpus_words, &opts).unwrap();
        // Tokens: 5 + 3 + 5 + 3 = 16 (the emoji counts, `<media>` does not).
        assert_eq!((w.messages, w.conversations, w.ngrams), (4, 3, 16));
        let top: Vec<(u64, &str, u64, u64)> = w
            .rows
            .iter()
            .take(4)
            .map(|r| (r.rank, r.item.as_str(), r.frequency, r.range))
            .collect();
        // send 3 (2 conversations), then ties at 2 broken by range, then item (a, rudeword).
        assert_eq!(
            top,
            [
                (1, "send", 3, 2),
                (2, "a", 2, 2),
                (3, "r***", 2, 2),
                (4, "me", 2, 1)
            ]
        );
        assert!((w.rows[0].per_million - 3e6 / 16.0).abs() < 1e-6);
        assert!(w.rows.iter().any(|r| r.item == "😉"));
        assert!(!w
            .rows
            .iter()
            .any(|r| r.item.contains("media") || r.item.contains("rudeword")));
        let un = wordlist(
            &corpus(),
            &corpus_words,
            &WordlistOptions {
                unmask: true,
                ..opts.clone()
            },
        )
        .unwrap();
        assert_eq!(un.rows[2].item, "rudeword");
    }

    #[test]
    fn sub_corpora() {
        let mut anns = corpus();
        anns[0].labels = vec!["coercive.image_request".into()];
        anns[1].labels = vec!["protective.support".into()];
        let pick = |s: SubCorpus| -> Vec<&str> {
            anns.iter()
                .filter(|a| s.contains(a))
                .map(|a| a.message_id.as_str())
                .collect()
        };
        assert_eq!(pick(SubCorpus::Category("coercive".into())), ["1"]);
        assert_eq!(
            pick(SubCorpus::Category("coercive.image_request".into())),
            ["1"]
        );
        // Message 3 carries its sexualised label from the span.
        assert_eq!(pick(SubCorpus::Flagged), ["1", "3"]);
        assert_eq!(pick(SubCorpus::Unflagged), ["2", "4"]);
        assert_eq!(pick(SubCorpus::All).len(), 4);
        assert!(builtin_stop_list().contains("the"));
    }

    #[test]
    fn ngrams_stop_list_and_min_freq() {
        let stop = parse_stop_list("# function words\nMe\n\na\n");
        assert_eq!(stop, ["a", "me"].iter().map(|s| s.to_string()).collect());
        let opts = WordlistOptions {
            n: 2,
            min_freq: 1,
            stop,
            unmask: false,
        };
        let w = wordlist(&corpus(), &corpus_words, &opts).unwrap();
        // Bigrams: 4 + 2 + 4 + 2 = 12, stop words included.
        assert_eq!(w.ngrams, 12);
        assert!(w
            .rows
            .iter()
            .all(|r| !r.item.split(' ').any(|t| t == "me" || t == "a")));
        assert!(w
            .rows
            .iter()
            .any(|r| r.item == "send it" && r.frequency == 1));
        assert!(w.rows.iter().any(|r| r.item == "it r***"));
        let w = wordlist(
            &corpus(),
            &corpus_words,
            &WordlistOptions {
                min_freq: 2,
                ..opts.clone()
            },
        )
        .unwrap();
        assert!(w.rows.is_empty());
        assert!(wordlist(&corpus(), &corpus_words, &WordlistOptions { n: 0, ..opts }).is_err());
    }
}
