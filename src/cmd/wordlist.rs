//! `c2chat wordlist`: word and n-gram frequency lists.

use super::stats::{load, write_or_print};
use anyhow::{bail, Context, Result};
use c2chat::stats::tokens::corpus_words;
use c2chat::stats::wordlist::{
    builtin_stop_list, parse_stop_list, wordlist, wordlist_table, SubCorpus, WordlistOptions,
    MAX_NGRAM,
};
use c2chat::stats::Names;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Columns: rank (1, 2, 3, … by frequency, then range, then item), item (word or \
n-gram; sexualised terms masked as s*** unless --unmask), frequency, per_million (per million n-grams of \
that size in the sub-corpus), range (number of conversations). Tokens are those of keywords and collocates: \
normalised words and emoji; punctuation and <media> are not tokens. Formulas: docs/statistics.md.\n\
An unknown category is an error (exit 2) that lists the valid ones."
)]
pub struct Args {
    /// annotations.jsonl files from annotate (or annotate's --out directories).
    #[arg(required = true, value_parser = super::annotations_path)]
    pub annotations: Vec<PathBuf>,
    /// N-gram size (1 = words, up to 5).
    #[arg(long, default_value_t = 1)]
    pub ngram: usize,
    /// Only messages labelled with this category (fine or top-level id).
    #[arg(long, conflicts_with_all = ["flagged", "unflagged"])]
    pub category: Option<String>,
    /// Only messages with a concern label (any category but protective).
    #[arg(long, conflicts_with = "unflagged")]
    pub flagged: bool,
    /// Only messages without a concern label.
    #[arg(long)]
    pub unflagged: bool,
    /// Stop list: a file with one word per line (# comments), or `builtin` for the built-in
    /// English list. Default: none. Items with a stop word are left out.
    #[arg(long, value_name = "FILE|builtin")]
    pub stop: Option<String>,
    /// Minimum frequency of an item.
    #[arg(long, default_value_t = 1)]
    pub min_freq: u64,
    /// Show sexualised terms as written (masked as s*** by default).
    #[arg(long)]
    pub unmask: bool,
    /// Table format [default: tsv when --out ends in .tsv, else csv].
    #[arg(long, value_parser = ["csv", "tsv"])]
    pub format: Option<String>,
    /// Output file or directory (default: stdout).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Print nothing but the table (no "wrote" line) and errors.
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub csv: super::CsvArgs,
}

pub fn run(a: Args) -> Result<i32> {
    if !(1..=MAX_NGRAM).contains(&a.ngram) {
        bail!("--ngram {} must lie within 1..{MAX_NGRAM}", a.ngram);
    }
    let anns = load(&a.annotations)?;
    let sub = match (&a.category, a.flagged, a.unflagged) {
        (Some(c), _, _) => {
            Names::from_annotations(&[], &anns).check_category(c, [])?;
            SubCorpus::Category(c.clone())
        }
        (None, true, _) => SubCorpus::Flagged,
        (None, _, true) => SubCorpus::Unflagged,
        _ => SubCorpus::All,
    };
    let stop = match a.stop.as_deref() {
        None => Default::default(),
        Some("builtin") => builtin_stop_list(),
        Some(f) => parse_stop_list(
            &std::fs::read_to_string(f).with_context(|| format!("reading stop list {f}"))?,
        ),
    };
    let list = wordlist(
        anns.iter().filter(|x| sub.contains(x)),
        &corpus_words,
        &WordlistOptions {
            n: a.ngram,
            min_freq: a.min_freq,
            stop,
            unmask: a.unmask,
        },
    )?;
    let tsv = match a.format.as_deref() {
        Some(f) => f == "tsv",
        None => a
            .out
            .as_ref()
            .is_some_and(|p| p.extension().is_some_and(|e| e == "tsv")),
    };
    let (name, delimiter) = if tsv {
        ("wordlist.tsv", b'\t')
    } else {
        ("wordlist.csv", b',')
    };
    write_or_print(
        a.out.as_deref(),
        name,
        &wordlist_table(&list, delimiter)?,
        a.quiet,
    )?;
    if !a.quiet {
        eprintln!(
            "{} messages, {} conversations, {} {}, {} types",
            list.messages,
            list.conversations,
            list.ngrams,
            if a.ngram == 1 { "tokens" } else { "n-grams" },
            list.types
        );
    }
    Ok(0)
}
