//! `c2chat stats`, `stats merge`, `keywords`, `concordance`, `collocates` (and the loading and
//! writing that `wordlist` shares).

use anyhow::{bail, Context, Result};
use c2chat::model::Annotation;
use c2chat::stats::tokens::corpus_words;
use c2chat::stats::{
    self, add_clustered, compare_declared, compare_interventions, concordance, keywords,
    parse_dims, render, trend, Basis, CollocateOptions, CompareOptions, EpisodeCollector,
    KeywordOptions, KwicOptions, KwicQuery, KwicSort, Names, Partial, Selector,
};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
#[command(after_help = concat!(
    "Writes tidy long CSV and JSON: stats.csv/json (one column per grouping field, e.g. school,term, then \
category,measure,value), dispersion.csv, cooccurrence_message.csv and cooccurrence_conversation.csv \
(category_a,category_b,measure,value), speakers.csv, evidence.csv (flagged messages per category by kind of \
evidence: lexicon, pattern, rule, classifier, classifier_only), partial.json, and \
trend.csv (one --period), compare.csv (--compare/--between). With episodes.jsonl beside every \
annotations file (annotate writes it): episode_stats.csv/json (per group: conversations, pupils, episodes per \
1,000 conversations and pupils, bystander intervention rate with Wilson 95% CI, median messages and minutes to \
the intervention, refusal and escalation shares, role counts) and, with --compare/--between, \
episode_compare.csv (intervention rate of B relative to A: two-proportion z, risk ratio with 95% CI). \
Formulas: docs/statistics.md.\n\
Unknown fields, values and categories are errors (exit 2) that list the valid ones.\n\n",
    "compare.csv columns: sample_a, sample_b (the selections), category, basis; \
a, b = flagged messages (basis messages) or category hits (basis tokens) in A and B; c, d = messages or \
tokens in A and B; norm_a, norm_b = a/c and b/d per 1,000 messages or 10,000 tokens; every signed \
measure is B relative to A (positive when B's rate is higher): ll_b_vs_a, ll_p (signed log-likelihood G2), \
ll_p_holm, chi2, chi2_p, log_ratio_b_vs_a = log2(norm_b/norm_a) with 95% CI log_ratio_b_vs_a_lo/hi, \
pct_diff_b_vs_a = (norm_b - norm_a)*100/norm_a; clustered by conversation (basis messages): \
design_effect_a, design_effect_b, ll_b_vs_a_clustered and ll_p_clustered (G2 over the design effect of the \
difference, Rao-Scott), log_ratio_b_vs_a_lo_clustered/hi_clustered. With --between, A is always the earlier range and B the \
later (the ranges are put in date order), as in the report's Change section, so a positive Log Ratio \
means the rate went up; with --compare FIELD=A,B, B is the second value."
))]
pub struct StatsArgs {
    #[command(subcommand)]
    pub sub: Option<StatsSub>,
    /// annotations.jsonl files from annotate (or annotate's --out directories).
    #[arg(value_parser = super::annotations_path)]
    pub annotations: Vec<PathBuf>,
    /// Group by conversation, speaker, lang (cy, en, mixed, und) or any meta field (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub by: Vec<String>,
    /// Group by period: week, month, term (UK school terms), school-year (UK school year,
    /// 1 September to 31 August, labelled 2024/25) or year (calendar year).
    #[arg(long, value_parser = ["week", "month", "term", "school-year", "year"])]
    pub period: Option<String>,
    /// Compare two sub-corpora by a field (meta field, conversation, speaker, lang or corpus): FIELD=A,B.
    #[arg(long, value_name = "FIELD=A,B")]
    pub compare: Option<String>,
    /// Compare two date ranges: FROM..TO FROM..TO (inclusive; either end may be open). The
    /// earlier range is A and the later B, in whichever order they are given.
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
    /// Output directory (required).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Print nothing but errors and warnings (no progress, summary or file list).
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub csv: super::CsvArgs,
}

#[derive(Debug, clap::Subcommand)]
pub enum StatsSub {
    /// Merge partial.json files from shards; the result equals a single run exactly.
    Merge {
        /// partial.json files written by `stats --partial`.
        partials: Vec<PathBuf>,
        /// Output directory.
        #[arg(long)]
        out: PathBuf,
        /// Print nothing but errors and warnings.
        #[arg(long, short)]
        quiet: bool,
        #[command(flatten)]
        csv: super::CsvArgs,
    },
}

impl StatsSub {
    /// Whether `--raw-csv` was given to the subcommand.
    pub fn raw_csv(&self) -> bool {
        match self {
            StatsSub::Merge { csv, .. } => csv.raw_csv,
        }
    }
}

/// Stream the files into a partial grouped by `dims`, keeping messages accepted by `keep`;
/// `names` (when given) collects the fields, values and categories seen. The episodes beside
/// each file are counted too, when every file has them (a warning otherwise, unless `quiet`).
fn read_partial(
    paths: &[PathBuf],
    dims: &[stats::Dim],
    keep: Option<stats::partial::Keep>,
    quiet: bool,
    mut names: Option<&mut Names>,
) -> Result<Partial> {
    let progress = crate::cmd::progress::spinner("stats: reading annotation files", quiet);
    let mut p = Partial::new(dims.to_vec());
    let mut eps = EpisodeCollector::new(dims.to_vec());
    let mut without = Vec::new();
    for path in paths {
        let extra = c2chat::output::extra_categories_beside(path);
        p.declare_categories(extra.iter().map(String::as_str));
        match c2chat::output::episodes_beside(path) {
            Some(e) => eps.begin_file(path, &e, c2chat::output::read_episodes(&e)?),
            None => without.push(path.display().to_string()),
        }
        stats::for_each_annotation(path, |a, line| {
            if let Some(n) = names.as_deref_mut() {
                n.add(&a);
            }
            let kept = match keep {
                Some(k) => k(&a).map_err(|e| c2chat::err!("{}:{line}: {e:#}", path.display()))?,
                None => true,
            };
            eps.add(&a, kept)
                .map_err(|e| e.context(format!("{}:{line}", path.display())))?;
            if !kept {
                return Ok(());
            }
            p.add(&a)
                .map_err(|e| e.context(format!("{}:{line}", path.display())))
        })?;
        eps.end_file()?;
        progress.inc(1);
    }
    progress.finish_and_clear();
    if without.is_empty() {
        p.episodes = Some(eps.finish());
    } else if without.len() < paths.len() && !quiet && keep.is_none() {
        eprintln!(
            "c2chat: warning: no episodes.jsonl beside {}; episode statistics are left out",
            without.join(", ")
        );
    }
    Ok(p)
}

/// The two selections of `--compare FIELD=A,B` or `--between RANGE RANGE` (or none).
fn comparison(
    compare: Option<&str>,
    between: Option<&[String]>,
) -> Result<Option<(Selector, Selector)>> {
    Ok(Selector::pair(compare, between)?)
}

fn run_merge(partials: &[PathBuf], out: &Path, quiet: bool) -> Result<i32> {
    if partials.is_empty() {
        bail!("stats merge needs at least one partial.json");
    }
    let mut acc = Partial::read(&partials[0])?;
    for p in &partials[1..] {
        acc.merge_from(&Partial::read(p)?)
            .with_context(|| format!("merging {}", p.display()))?;
    }
    let files = render::write_corpus(out, &acc)?;
    if !quiet {
        outln!(
            "merged {} partials ({} messages) into {}",
            partials.len(),
            acc.total.messages,
            out.display()
        );
        for f in files {
            outln!("  {}", f.display());
        }
    }
    Ok(0)
}

pub fn run_stats(a: StatsArgs) -> Result<i32> {
    if let Some(StatsSub::Merge {
        partials,
        out,
        quiet,
        ..
    }) = &a.sub
    {
        return run_merge(partials, out, *quiet);
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
    let sel = comparison(a.compare.as_deref(), a.between.as_deref())?;
    let mut names = Names::new(Names::selector_fields(sel.iter().flat_map(|(x, y)| [x, y])));
    let p = read_partial(&a.annotations, &dims, None, a.quiet, Some(&mut names))?;
    names.check_dims(&dims)?;
    if let Some((sa, sb)) = &sel {
        names.check_selector(sa)?;
        names.check_selector(sb)?;
    }
    if a.partial {
        let bytes = p.to_json()?;
        std::fs::create_dir_all(&out)?;
        c2chat::io::write_atomic(&out.join("partial.json"), &bytes)?;
        if !a.quiet {
            outln!(
                "wrote {}/partial.json ({} messages)",
                out.display(),
                p.total.messages
            );
        }
        return Ok(0);
    }
    let mut files = render::write_corpus(&out, &p)?;
    if let Some((sa, sb)) = sel {
        files.extend(run_compare(&a, &out, &sa, &sb)?);
    }
    if !a.quiet {
        print_summary(&p, &dims, &out, &files)?;
    }
    Ok(0)
}

/// Write compare.csv for A against B (and print its top-level rows unless quiet).
fn run_compare(a: &StatsArgs, out: &Path, sa: &Selector, sb: &Selector) -> Result<Vec<PathBuf>> {
    let ka = |x: &Annotation| sa.matches(x);
    let kb = |x: &Annotation| sb.matches(x);
    let pa = read_partial(&a.annotations, &[], Some(&ka), a.quiet, None)?;
    let pb = read_partial(&a.annotations, &[], Some(&kb), a.quiet, None)?;
    let basis = if a.basis == "tokens" {
        Basis::Tokens
    } else {
        Basis::Messages
    };
    // Every category of the lexicon in use gets a row, flagged or not.
    let declared = pa.lexicon_categories.union(&pb.lexicon_categories);
    let mut rows = compare_declared(
        &sa.label(),
        &pa.total,
        &sb.label(),
        &pb.total,
        &CompareOptions {
            basis,
            holm: a.holm,
        },
        declared.map(String::as_str),
    );
    add_clustered(
        &mut rows,
        pa.conversations.values(),
        pb.conversations.values(),
    );
    let file = render::write_compare(out, &rows)?;
    let mut files = vec![file];
    if let (Some(ea), Some(eb)) = (&pa.episodes, &pb.episodes) {
        let row = compare_interventions(&sa.label(), &ea.total(), &sb.label(), &eb.total());
        files.push(render::write_episode_compare(out, &[row])?);
    }
    if !a.quiet {
        outln!(
            "compare: B = {} ({} messages) relative to A = {} ({} messages); + means B is higher:",
            sb.label(),
            pb.total.messages,
            sa.label(),
            pa.total.messages
        );
        let na = |v: Option<f64>, f: fn(f64) -> String| v.map(f).unwrap_or_else(|| "NA".into());
        for r in rows.iter().filter(|r| !r.category.contains('.')) {
            outln!(
                "  {:<16} A={:<5} B={:<5} LL(B vs A)={:>8} p={:>9} LogRatio(B vs A)={:>7}",
                r.category,
                r.a,
                r.b,
                na(r.ll, |v| render::fixed(v, 2)),
                na(r.ll_p, |v| format!("{v:.2e}")),
                na(r.log_ratio, |v| render::fixed(v, 2))
            );
        }
    }
    Ok(files)
}

fn print_summary(p: &Partial, dims: &[stats::Dim], out: &Path, files: &[PathBuf]) -> Result<()> {
    outln!(
        "stats over {} messages ({} tokens) written to {}:",
        p.total.messages,
        p.total.tokens,
        out.display()
    );
    for f in files {
        outln!("  {}", f.display());
    }
    let periods = dims
        .iter()
        .filter(|d| matches!(d, stats::Dim::Period(_)))
        .count();
    if periods == 1 {
        if let Ok(t) = trend(p) {
            let names = render::trend_dims(p);
            for r in t.iter().filter(|r| !r.category.contains('.')) {
                outln!(
                    "  trend {} {:<16} {} (clustered by conversation: {})",
                    trend_group(&names, &r.key),
                    r.category,
                    r.direction,
                    r.direction_clustered
                );
            }
        }
    }
    Ok(())
}

/// The group of a trend line, `school=School A, platform=chat`, or `all` when the period is
/// the only grouping.
fn trend_group(names: &[String], key: &[String]) -> String {
    if key.is_empty() {
        return "all".to_string();
    }
    names
        .iter()
        .zip(key)
        .map(|(n, v)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn load(paths: &[PathBuf]) -> Result<Vec<Annotation>> {
    let mut v = Vec::new();
    for p in paths {
        v.extend(c2chat::output::read_annotations(p)?);
    }
    Ok(v)
}

pub(super) fn write_or_print(
    out: Option<&Path>,
    name: &str,
    bytes: &[u8],
    quiet: bool,
) -> Result<()> {
    match out {
        Some(p) => {
            let target = if p.extension().is_some() {
                p.to_path_buf()
            } else {
                p.join(name)
            };
            c2chat::io::write_atomic(&target, bytes)?;
            if !quiet {
                eprintln!("wrote {}", target.display());
            }
        }
        None => super::write_stdout(bytes)?,
    }
    Ok(())
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Columns: term, n (n-gram size), freq_a, freq_b, size_a, size_b (tokens in A and B), ll (signed \
log-likelihood, + when A uses the term more), p, log_ratio, pct_diff. Formulas: docs/statistics.md.\n\
Unknown fields and values are errors (exit 2) that list the valid ones."
)]
pub struct KeywordsArgs {
    /// annotations.jsonl files from annotate (or annotate's --out directories).
    #[arg(value_parser = super::annotations_path)]
    pub annotations: Vec<PathBuf>,
    /// The two sub-corpora: FIELD=A,B (meta field, conversation, speaker or corpus); keywords
    /// are A's against B.
    #[arg(long, value_name = "FIELD=A,B", conflicts_with_all = ["a", "b"])]
    pub compare: Option<String>,
    /// Compare two date ranges instead: FROM..TO FROM..TO (inclusive; either end may be open).
    #[arg(long, num_args = 2, value_names = ["RANGE_A", "RANGE_B"], conflicts_with_all = ["a", "b"])]
    pub between: Option<Vec<String>>,
    /// Deprecated: sub-corpus A (FIELD=VALUE or FROM..TO); use --compare or --between.
    #[arg(long, hide = true, requires = "b")]
    pub a: Option<String>,
    /// Deprecated: sub-corpus B; use --compare or --between.
    #[arg(long, hide = true, requires = "a")]
    pub b: Option<String>,
    /// Largest n-gram size (1-3).
    #[arg(long, default_value_t = 1)]
    pub ngram: usize,
    /// Minimum frequency of a term in A and B together.
    #[arg(long, default_value_t = 3)]
    pub min_freq: u64,
    /// Output CSV file or directory (default: stdout).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Print nothing but the table (no "wrote" line) and errors.
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub csv: super::CsvArgs,
}

pub fn run_keywords(a: KeywordsArgs) -> Result<i32> {
    let anns = load(&a.annotations)?;
    let sel = match (&a.a, &a.b) {
        (Some(x), Some(y)) => Some((Selector::parse(x)?, Selector::parse(y)?)),
        _ => comparison(a.compare.as_deref(), a.between.as_deref())?,
    };
    let (sa, sb) = sel.context("give --compare FIELD=A,B or --between RANGE_A RANGE_B")?;
    let names = Names::from_annotations(&Names::selector_fields([&sa, &sb]), &anns);
    names.check_selector(&sa)?;
    names.check_selector(&sb)?;
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
        &corpus_words,
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
        a.quiet,
    )?;
    Ok(0)
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Columns: message_id, conversation_id, left, node (the hit), right, category. Node and \
context are the message text as written; context is counted in tokens (normalised words and emoji; \
punctuation and <media> are not tokens, the tokens of keywords, collocates and wordlist). \
An unknown category is an error (exit 2) that lists the valid ones."
)]
pub struct ConcordanceArgs {
    /// annotations.jsonl files from annotate (or annotate's --out directories).
    #[arg(value_parser = super::annotations_path)]
    pub annotations: Vec<PathBuf>,
    /// Lines for the spans of a category (fine or top-level id).
    #[arg(long, conflicts_with = "term")]
    pub category: Option<String>,
    /// Lines for a word, emoji or phrase (`send me`), matched on normalised tokens.
    #[arg(long, visible_alias = "node")]
    pub term: Option<String>,
    /// Tokens of context on each side.
    #[arg(long, default_value_t = 5)]
    pub context: usize,
    /// Sort lines by text order, or by the words left or right of the hit.
    #[arg(long, value_parser = ["text", "left", "right"], default_value = "text")]
    pub sort: String,
    /// Show sexualised terms as written (masked as s*** by default).
    #[arg(long)]
    pub unmask: bool,
    /// Output CSV file or directory (default: stdout).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Print nothing but the table (no "wrote" line) and errors.
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub csv: super::CsvArgs,
}

pub fn run_concordance(a: ConcordanceArgs) -> Result<i32> {
    let anns = load(&a.annotations)?;
    let q = match (a.category, a.term) {
        (Some(c), None) => {
            Names::from_annotations(&[], &anns).check_category(&c, [])?;
            KwicQuery::Category(c)
        }
        (None, Some(t)) => {
            if corpus_words(&t).is_empty() {
                bail!("--node {t:?} has no word or emoji in it");
            }
            KwicQuery::Term(t)
        }
        _ => bail!("give --category ID or --node WORD (a word, emoji or phrase)"),
    };
    let sort = match a.sort.as_str() {
        "left" => KwicSort::Left,
        "right" => KwicSort::Right,
        _ => KwicSort::Text,
    };
    let rows = concordance(
        &anns,
        &q,
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
        a.quiet,
    )?;
    Ok(0)
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Columns: collocate; j = co-occurrences (node, collocate pairs within the window); f1 = node \
frequency (occurrences of the word, emoji or phrase); f2 = collocate frequency; n = tokens in the corpus; mi \
(mutual information), log_dice, ll (log-likelihood), t_score. Tokens: normalised words and emoji (punctuation \
and <media> are not tokens). For a phrase the window runs left of its first and right of its last token. \
Formulas: docs/statistics.md. A node that never occurs gives an empty table."
)]
pub struct CollocatesArgs {
    /// annotations.jsonl files from annotate (or annotate's --out directories).
    #[arg(value_parser = super::annotations_path)]
    pub annotations: Vec<PathBuf>,
    /// The node: a word, an emoji (😉) or a phrase (`send me`).
    #[arg(long)]
    pub node: String,
    /// Window of tokens on each side.
    #[arg(long, default_value_t = 5)]
    pub window: usize,
    /// Minimum co-occurrences (j) of a collocate.
    #[arg(long, default_value_t = 3)]
    pub min_freq: u64,
    /// Output CSV file or directory (default: stdout).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Print nothing but the table (no "wrote" line) and errors.
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub csv: super::CsvArgs,
}

pub fn run_collocates(a: CollocatesArgs) -> Result<i32> {
    let anns = load(&a.annotations)?;
    let rows = stats::collocates(
        anns.iter().map(|x| x.text.as_str()),
        &a.node,
        &corpus_words,
        &CollocateOptions {
            window: a.window,
            min_freq: a.min_freq,
        },
    )?;
    write_or_print(
        a.out.as_deref(),
        "collocates.csv",
        &render::collocates_csv(&rows)?,
        a.quiet,
    )?;
    Ok(0)
}
