//! `c2chat stats`, `stats merge`, `keywords`, `concordance`, `collocates`.

use crate::model::Annotation;
use crate::normalise::word_tokens;
use crate::stats::{
    self, compare, concordance, keywords, parse_dims, render, trend, Basis, CollocateOptions,
    CompareOptions, KeywordOptions, KwicOptions, KwicQuery, KwicSort, Partial, Selector,
};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
#[command(
    after_help = "Writes tidy long CSV (group_by,group,category,measure,value) and JSON: stats.csv/json, \
dispersion.csv, cooccurrence_message.csv, cooccurrence_conversation.csv, speakers.csv, partial.json, and \
trend.csv (one --period), compare.csv (--compare/--between). Formulas: docs/statistics.md."
)]
pub struct StatsArgs {
    #[command(subcommand)]
    pub sub: Option<StatsSub>,
    /// annotations.jsonl files from annotate.
    pub annotations: Vec<PathBuf>,
    /// Group by conversation, speaker or any meta field (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub by: Vec<String>,
    /// Group by period: week, month, term (UK school terms) or year.
    #[arg(long, value_parser = ["week", "month", "term", "year"])]
    pub period: Option<String>,
    /// Compare two sub-corpora by a meta field: FIELD=A,B.
    #[arg(long)]
    pub compare: Option<String>,
    /// Compare two date ranges: FROM..TO FROM..TO (inclusive; either end may be open).
    #[arg(long, num_args = 2, value_names = ["RANGE_A", "RANGE_B"])]
    pub between: Option<Vec<String>>,
    /// Holm-correct the comparison's p-values across categories.
    #[arg(long)]
    pub holm: bool,
    /// Basis for comparisons: messages (flagged messages) or tokens (category hits).
    #[arg(long, default_value = "messages", value_parser = ["messages", "tokens"])]
    pub basis: String,
    /// Write only partial.json (exact sufficient statistics) for a later `stats merge`.
    #[arg(long)]
    pub partial: bool,
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, clap::Subcommand)]
pub enum StatsSub {
    /// Merge partial.json files from shards; the result equals a single run exactly.
    Merge {
        partials: Vec<PathBuf>,
        #[arg(long)]
        out: PathBuf,
    },
}

fn read_partial(
    paths: &[PathBuf],
    dims: &[stats::Dim],
    keep: Option<stats::partial::Keep>,
    quiet: bool,
) -> Result<Partial> {
    let progress = crate::progress::spinner("stats: reading annotation files", quiet);
    let mut p = Partial::new(dims.to_vec());
    for path in paths {
        let q = Partial::read_jsonl(path, dims.to_vec(), keep)?;
        p.merge_from(&q)?;
        progress.inc(1);
    }
    progress.finish_and_clear();
    Ok(p)
}

pub fn run_stats(a: StatsArgs) -> Result<i32> {
    if let Some(StatsSub::Merge { partials, out }) = a.sub {
        if partials.is_empty() {
            bail!("stats merge needs at least one partial.json");
        }
        let mut acc = Partial::read(&partials[0])?;
        for p in &partials[1..] {
            acc.merge_from(&Partial::read(p)?)
                .with_context(|| format!("merging {}", p.display()))?;
        }
        let files = render::write_corpus(&out, &acc)?;
        println!(
            "merged {} partials ({} messages) into {}",
            partials.len(),
            acc.total.messages,
            out.display()
        );
        for f in files {
            println!("  {}", f.display());
        }
        return Ok(0);
    }
    if a.annotations.is_empty() {
        bail!("give annotations.jsonl files (or `stats merge PARTIAL...`)");
    }
    let out = a.out.clone().context("--out DIR is required")?;
    let by: Vec<&str> =
        a.by.iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect();
    let dims = parse_dims(&by, a.period.as_deref())?;
    let p = read_partial(&a.annotations, &dims, None, a.quiet)?;
    if a.partial {
        let bytes = p.to_json()?;
        std::fs::create_dir_all(&out)?;
        crate::io::write_atomic(&out.join("partial.json"), &bytes)?;
        println!(
            "wrote {}/partial.json ({} messages)",
            out.display(),
            p.total.messages
        );
        return Ok(0);
    }
    let mut files = render::write_corpus(&out, &p)?;
    // Comparison.
    let sel = match (&a.compare, &a.between) {
        (Some(_), Some(_)) => bail!("use --compare or --between, not both"),
        (Some(c), None) => {
            let (field, vals) = c.split_once('=').context("--compare takes FIELD=A,B")?;
            let (x, y) = vals.split_once(',').context("--compare takes FIELD=A,B")?;
            Some((
                Selector::parse(&format!("{field}={x}"))?,
                Selector::parse(&format!("{field}={y}"))?,
            ))
        }
        (None, Some(r)) => Some((Selector::parse(&r[0])?, Selector::parse(&r[1])?)),
        (None, None) => None,
    };
    if let Some((sa, sb)) = sel {
        let ka = |x: &Annotation| sa.matches(x);
        let kb = |x: &Annotation| sb.matches(x);
        let pa = read_partial(&a.annotations, &[], Some(&ka), a.quiet)?;
        let pb = read_partial(&a.annotations, &[], Some(&kb), a.quiet)?;
        let basis = if a.basis == "tokens" {
            Basis::Tokens
        } else {
            Basis::Messages
        };
        let rows = compare(
            &sa.label(),
            &pa.total,
            &sb.label(),
            &pb.total,
            &CompareOptions {
                basis,
                holm: a.holm,
            },
        );
        files.push(render::write_compare(&out, &rows)?);
        if !a.quiet {
            println!(
                "compare {} ({} messages) vs {} ({} messages):",
                sa.label(),
                pa.total.messages,
                sb.label(),
                pb.total.messages
            );
            for r in rows.iter().filter(|r| !r.category.contains('.')) {
                println!(
                    "  {:<16} A={:<5} B={:<5} LL={:>8} p={:>9} LogRatio={:>7}",
                    r.category,
                    r.a,
                    r.b,
                    r.ll.map(|v| format!("{v:.2}"))
                        .unwrap_or_else(|| "NA".into()),
                    r.ll_p
                        .map(|v| format!("{v:.2e}"))
                        .unwrap_or_else(|| "NA".into()),
                    r.log_ratio
                        .map(|v| format!("{v:.2}"))
                        .unwrap_or_else(|| "NA".into())
                );
            }
        }
    }
    if !a.quiet {
        println!(
            "stats over {} messages ({} tokens) written to {}:",
            p.total.messages,
            p.total.tokens,
            out.display()
        );
        for f in files {
            println!("  {}", f.display());
        }
        if dims
            .iter()
            .filter(|d| matches!(d, stats::Dim::Period(_)))
            .count()
            == 1
        {
            if let Ok(t) = trend(&p) {
                for r in t.iter().filter(|r| !r.category.contains('.')) {
                    println!("  trend {:<16} {}", r.category, r.direction);
                }
            }
        }
    }
    Ok(0)
}

fn load(paths: &[PathBuf]) -> Result<Vec<Annotation>> {
    let mut v = Vec::new();
    for p in paths {
        v.extend(crate::output::read_annotations(p)?);
    }
    Ok(v)
}

fn write_or_print(out: Option<&Path>, name: &str, bytes: &[u8]) -> Result<()> {
    match out {
        Some(p) => {
            let target = if p.extension().is_some() {
                p.to_path_buf()
            } else {
                p.join(name)
            };
            crate::io::write_atomic(&target, bytes)?;
            eprintln!("wrote {}", target.display());
        }
        None => print!("{}", String::from_utf8_lossy(bytes)),
    }
    Ok(())
}

fn tokenise(s: &str) -> Vec<String> {
    word_tokens(s)
        .into_iter()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .collect()
}

#[derive(Debug, clap::Args)]
pub struct KeywordsArgs {
    pub annotations: Vec<PathBuf>,
    /// Sub-corpus A (FIELD=VALUE or FROM..TO); keywords are A's against B.
    #[arg(long)]
    pub a: String,
    /// Sub-corpus B (FIELD=VALUE or FROM..TO).
    #[arg(long)]
    pub b: String,
    /// Largest n-gram size (1-3).
    #[arg(long, default_value_t = 1)]
    pub ngram: usize,
    #[arg(long, default_value_t = 3)]
    pub min_freq: u64,
    /// Output CSV file or directory (default: stdout).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run_keywords(a: KeywordsArgs) -> Result<i32> {
    let anns = load(&a.annotations)?;
    let (sa, sb) = (Selector::parse(&a.a)?, Selector::parse(&a.b)?);
    let mut ta = Vec::new();
    let mut tb = Vec::new();
    for x in &anns {
        if sa.matches(x)? {
            ta.push(x.text.as_str());
        }
        if sb.matches(x)? {
            tb.push(x.text.as_str());
        }
    }
    let rows = keywords(
        ta,
        tb,
        &tokenise,
        &KeywordOptions {
            n_min: 1,
            n_max: a.ngram,
            min_freq: a.min_freq,
        },
    )?;
    write_or_print(
        a.out.as_deref(),
        "keywords.csv",
        &render::keywords_csv(&rows)?,
    )?;
    Ok(0)
}

#[derive(Debug, clap::Args)]
pub struct ConcordanceArgs {
    pub annotations: Vec<PathBuf>,
    /// Lines for the spans of a category (fine or top-level id).
    #[arg(long, conflicts_with = "term")]
    pub category: Option<String>,
    /// Lines for a word or phrase.
    #[arg(long)]
    pub term: Option<String>,
    /// Tokens of context on each side.
    #[arg(long, default_value_t = 5)]
    pub context: usize,
    #[arg(long, value_parser = ["text", "left", "right"], default_value = "text")]
    pub sort: String,
    /// Show sexualised terms as written (masked as s*** by default).
    #[arg(long)]
    pub unmask: bool,
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run_concordance(a: ConcordanceArgs) -> Result<i32> {
    let anns = load(&a.annotations)?;
    let q = match (a.category, a.term) {
        (Some(c), None) => KwicQuery::Category(c),
        (None, Some(t)) => KwicQuery::Term(t),
        _ => bail!("give --category ID or --term WORD"),
    };
    let sort = match a.sort.as_str() {
        "left" => KwicSort::Left,
        "right" => KwicSort::Right,
        _ => KwicSort::Text,
    };
    let rows = concordance(
        &anns,
        &q,
        &tokenise,
        &KwicOptions {
            context: a.context,
            sort,
            unmask: a.unmask,
        },
    );
    write_or_print(
        a.out.as_deref(),
        "concordance.csv",
        &render::concordance_csv(&rows)?,
    )?;
    Ok(0)
}

#[derive(Debug, clap::Args)]
pub struct CollocatesArgs {
    pub annotations: Vec<PathBuf>,
    /// The node word.
    #[arg(long)]
    pub node: String,
    /// Window of tokens on each side.
    #[arg(long, default_value_t = 5)]
    pub window: usize,
    #[arg(long, default_value_t = 3)]
    pub min_freq: u64,
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run_collocates(a: CollocatesArgs) -> Result<i32> {
    let anns = load(&a.annotations)?;
    let rows = stats::collocates(
        anns.iter().map(|x| x.text.as_str()),
        &a.node,
        &tokenise,
        &CollocateOptions {
            window: a.window,
            min_freq: a.min_freq,
        },
    )?;
    write_or_print(
        a.out.as_deref(),
        "collocates.csv",
        &render::collocates_csv(&rows)?,
    )?;
    Ok(0)
}
