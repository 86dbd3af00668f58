//! The command line: one thin file per subcommand over the library.

/// `println!` that returns an error instead of panicking when standard output is closed
/// (for example by `| head -1`); use inside functions returning `anyhow::Result`.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)?
    }};
}

pub mod agree;
pub mod annotate;
pub mod evaluate;
pub mod export;
pub mod lexicon;
pub mod progress;
pub mod redact;
pub mod report;
pub mod review;
pub mod review_apply;
pub mod stats;
pub mod synth;
pub mod teach;
pub mod train;
pub mod wordlist;

use clap::{Parser, Subcommand};

/// Whether an error was caused by writing to a closed pipe (the reader went away): the
/// command then ends quietly with exit code 0.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<c2chat::Error>().is_some_and(c2chat::Error::is_broken_pipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|ce| {
                matches!(ce.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
    })
}

/// Write bytes to standard output (errors, including a closed pipe, are returned).
pub fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

/// `--raw-csv`, on every command that writes CSV.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct CsvArgs {
    /// Write CSV cells exactly as given. By default a text cell starting with =, +, -, @, tab
    /// or carriage return gets a leading ' so that spreadsheets do not run it as a formula.
    #[arg(long)]
    pub raw_csv: bool,
}

/// `annotate`'s flags plus `--raw-csv` (for messages.csv).
#[derive(Debug, clap::Args)]
pub struct AnnotateCmd {
    #[command(flatten)]
    pub args: annotate::Args,
    #[command(flatten)]
    pub csv: CsvArgs,
}

/// c2chat: flag sexualised, coercive, victim-blaming and protective language in redacted
/// corpora of children's digital talk, with offsets, provenance and honest statistics.
#[derive(Debug, Parser)]
#[command(name = "c2chat", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Annotate a corpus with the lexicon, patterns, rules and (optionally) a model.
    Annotate(AnnotateCmd),
    /// Work with lexicons: lint, import, list terms.
    #[command(subcommand)]
    Lexicon(lexicon::LexiconCmd),
    /// Evaluate annotations against gold labels.
    Evaluate(evaluate::Args),
    /// Export annotations to brat, WebAnno TSV (INCEpTION), Label Studio or doccano.
    Export(export::ExportArgs),
    /// Import brat, WebAnno TSV, Label Studio or doccano annotations as gold JSONL.
    Import(export::ImportArgs),
    /// Inter-annotator agreement between annotation sets.
    Agree(agree::Args),
    /// Corpus statistics: rates with Wilson intervals, groupings, periods, comparison, trend,
    /// dispersion, co-occurrence, speaker profiles; `stats merge` combines partials.
    Stats(stats::StatsArgs),
    /// Keyness of words and n-grams between two sub-corpora (LL, Log Ratio, %DIFF).
    Keywords(stats::KeywordsArgs),
    /// Key-word-in-context lines, as written, by category or by word, emoji or phrase (sexualised
    /// terms masked by default).
    Concordance(stats::ConcordanceArgs),
    /// Collocates of a node word, emoji or phrase (MI, logDice, LL, t).
    Collocates(stats::CollocatesArgs),
    /// Word and n-gram frequency lists (rank, frequency, per million, range), per sub-corpus.
    Wordlist(wordlist::Args),
    /// Train a classifier (logistic regression / naive Bayes) and write a model file.
    Train(train::Args),
    /// Replace residual PII with typed placeholders and speaker ids with keyed pseudonyms.
    Redact(redact::Args),
    /// Build an anonymised teaching pack (Markdown and HTML) from annotations.
    Teach(teach::Args),
    /// Self-contained HTML report with charts.
    Report(report::Args),
    /// Offline HTML review page of the flags (keys to accept, reject, relabel, add; exports
    /// decisions.jsonl; `review page` is the same), and `review apply` (reviewed gold and a
    /// local lexicon overlay from decisions or an imported gold file).
    Review(review::ReviewCmd),
    /// Generate a synthetic, non-graphic corpus for scale tests.
    Synth(synth::Args),
}

/// Run a parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> anyhow::Result<i32> {
    c2chat::io::set_raw_csv(raw_csv(&cli.command));
    match cli.command {
        Command::Annotate(a) => annotate::run(a.args),
        Command::Lexicon(l) => lexicon::run(l),
        Command::Evaluate(e) => evaluate::run(e),
        Command::Synth(a) => synth::run(a),
        Command::Redact(a) => redact::run(a),
        Command::Train(a) => train::run(a),
        Command::Teach(a) => teach::run(a),
        Command::Stats(a) => stats::run_stats(a),
        Command::Keywords(a) => stats::run_keywords(a),
        Command::Concordance(a) => stats::run_concordance(a),
        Command::Collocates(a) => stats::run_collocates(a),
        Command::Wordlist(a) => wordlist::run(a),
        Command::Export(a) => export::run_export(a),
        Command::Import(a) => export::run_import(a),
        Command::Agree(a) => agree::run(a),
        Command::Report(a) => report::run(a),
        Command::Review(a) => review::run(a),
    }
}

/// Whether the command was given `--raw-csv`.
fn raw_csv(c: &Command) -> bool {
    match c {
        Command::Annotate(a) => a.csv.raw_csv,
        Command::Stats(a) => a.csv.raw_csv || a.sub.as_ref().is_some_and(|s| s.raw_csv()),
        Command::Keywords(a) => a.csv.raw_csv,
        Command::Concordance(a) => a.csv.raw_csv,
        Command::Collocates(a) => a.csv.raw_csv,
        Command::Wordlist(a) => a.csv.raw_csv,
        _ => false,
    }
}

/// Input options shared by the commands that read corpora (annotate, redact).
#[derive(Debug, Clone, clap::Args)]
pub struct InputArgs {
    /// Input format (default: by extension and file name, else sniffed): csv, jsonl, whatsapp,
    /// telegram, discord, childes, instagram, snapchat, tiktok.
    #[arg(long, value_parser = input_format_parser())]
    pub input_format: Option<c2chat::ingest::InputFormat>,
    /// Column (or JSON field) holding the message text [default: text].
    #[arg(long)]
    pub text_col: Option<String>,
    /// Column holding the message id [default: message_id].
    #[arg(long)]
    pub id_col: Option<String>,
    /// Column holding the conversation id [default: conversation_id].
    #[arg(long)]
    pub conversation_col: Option<String>,
    /// Column holding the speaker id [default: speaker].
    #[arg(long)]
    pub speaker_col: Option<String>,
    /// Column holding the timestamp [default: timestamp]: RFC 3339, or a form given by
    /// --time-format or --date-order.
    #[arg(long)]
    pub time_col: Option<String>,
    /// CSV delimiter: comma, semicolon, tab, pipe, or one character [default: detected from the
    /// header line among , ; tab |].
    #[arg(long, value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// strftime format of timestamps that are not RFC 3339, e.g. '%d/%m/%Y %H:%M' (RFC 3339 is
    /// still accepted). Applies to CSV and JSONL.
    #[arg(long, value_parser = parse_time_format)]
    pub time_format: Option<String>,
    /// Order of day and month in dates like 12/03/2024: dmy, mdy or ymd. Without it such dates
    /// are rejected as ambiguous (year-first dates like 2024-03-12 16:04 always parse); a
    /// WhatsApp export whose dates do not decide the order needs it.
    #[arg(long, value_parser = parse_date_order)]
    pub date_order: Option<c2chat::ingest::DateOrder>,
    /// IANA time zone of timestamps without one (e.g. Europe/London); they are converted to
    /// UTC. Timestamps with an offset or Z keep it.
    #[arg(long, default_value = "UTC", value_parser = parse_timezone)]
    pub timezone: chrono_tz::Tz,
    /// Duplicate message ids: global (rejected across all inputs, exactly, in bounded memory:
    /// id hashes past 917,504 are spilled to a private directory in $TMPDIR, removed at the
    /// end) or none (not checked, for ids deduplicated upstream).
    #[arg(long, value_parser = dedupe_parser(), default_value_t = c2chat::ingest::Dedupe::Global)]
    pub dedupe: c2chat::ingest::Dedupe,
}

/// `--input-format`: the library's format names, offered (and suggested on a typo) by clap.
fn input_format_parser() -> impl clap::builder::TypedValueParser<Value = c2chat::ingest::InputFormat>
{
    use c2chat::ingest::InputFormat;
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(InputFormat::ALL.map(InputFormat::as_str))
        .try_map(|s| s.parse::<InputFormat>())
}

/// `--dedupe`: `global` or `none`, each with its help line.
fn dedupe_parser() -> impl clap::builder::TypedValueParser<Value = c2chat::ingest::Dedupe> {
    use c2chat::ingest::Dedupe;
    use clap::builder::{PossibleValue, TypedValueParser};
    let help = |d: Dedupe| match d {
        Dedupe::Global => {
            "Across every input of the run, exactly, in bounded memory: past 917,504 ids, hashes \
             of ids (never text) are spilled to a private directory in $TMPDIR, removed at the end \
             (C2CHAT_DEDUPE_MEMORY_IDS=N sets the number held in memory)"
        }
        Dedupe::None => "No duplicate check (ids deduplicated upstream)",
    };
    clap::builder::PossibleValuesParser::new(
        Dedupe::ALL.map(|d| PossibleValue::new(d.as_str()).help(help(d))),
    )
    .try_map(|s| s.parse::<Dedupe>())
}

/// Clap parser for an annotations argument: an annotations.jsonl file, or the `--out`
/// directory of `annotate` (meaning the annotations.jsonl in it).
pub fn annotations_path(s: &str) -> Result<std::path::PathBuf, String> {
    let p = std::path::PathBuf::from(s);
    if !p.is_dir() {
        return Ok(p);
    }
    let file = p.join("annotations.jsonl");
    if file.is_file() {
        Ok(file)
    } else {
        Err(format!(
            "{s} is a directory without annotations.jsonl: give annotate's --out directory \
             or an annotations.jsonl file"
        ))
    }
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "comma" | "," => Ok(b','),
        "semicolon" | ";" => Ok(b';'),
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        "pipe" | "|" => Ok(b'|'),
        o if o.len() == 1 && o.is_ascii() => Ok(o.as_bytes()[0]),
        o => Err(format!(
            "{o:?} is not a delimiter (comma, semicolon, tab, pipe or one ASCII character)"
        )),
    }
}

/// How labelled data is read (shared by `train` and `evaluate --model --data`).
#[derive(Debug, clap::Args)]
pub struct LabelledDataArgs {
    /// CSV column holding the text.
    #[arg(long, default_value = "text")]
    pub text_col: String,
    /// CSV column holding the label(s).
    #[arg(long, default_value = "label")]
    pub label_col: String,
    /// For a binary CSV task: the label value that is positive.
    #[arg(long)]
    pub positive: Option<String>,
}

impl LabelledDataArgs {
    /// Examples from `path`: CSV with these columns, or JSONL with `text` and `gold`/`labels`.
    pub fn load(
        &self,
        path: &std::path::Path,
    ) -> anyhow::Result<Vec<c2chat::classify::TrainExample>> {
        match path.extension().and_then(|e| e.to_str()) {
            Some("csv") => Ok(c2chat::classify::load_csv_examples(
                path,
                &self.text_col,
                &self.label_col,
                self.positive.as_deref(),
            )?),
            Some("jsonl") | Some("json") | Some("ndjson") => {
                Ok(c2chat::classify::load_jsonl_examples(path)?)
            }
            _ => anyhow::bail!("{}: training data must be .csv or .jsonl", path.display()),
        }
    }
}

impl InputArgs {
    /// Ingest options for these flags (the speaker-name hook is set by the caller).
    pub fn ingest_options(&self) -> c2chat::ingest::IngestOptions {
        c2chat::ingest::IngestOptions {
            columns: c2chat::ingest::ColumnFlags {
                text: self.text_col.clone(),
                id: self.id_col.clone(),
                conversation: self.conversation_col.clone(),
                speaker: self.speaker_col.clone(),
                time: self.time_col.clone(),
            },
            format: self.input_format,
            dedupe: self.dedupe,
            speaker_names: None,
            delimiter: self.delimiter,
            time: c2chat::ingest::TimeOptions {
                format: self.time_format.clone(),
                date_order: self.date_order,
                timezone: self.timezone,
            },
        }
    }
}

fn parse_time_format(s: &str) -> Result<String, String> {
    if c2chat::ingest::time::valid_format(s) {
        Ok(s.to_string())
    } else {
        Err(format!(
            "{s:?} is not a strftime format (e.g. '%d/%m/%Y %H:%M')"
        ))
    }
}

fn parse_date_order(s: &str) -> Result<c2chat::ingest::DateOrder, String> {
    s.parse()
}

fn parse_timezone(s: &str) -> Result<chrono_tz::Tz, String> {
    s.trim().parse::<chrono_tz::Tz>().map_err(|_| {
        format!("{s:?} is not an IANA time zone name (e.g. UTC, Europe/London, America/New_York)")
    })
}

/// The command line as given, for manifests (paths and flags only; never message text).
pub fn command_line() -> Vec<String> {
    std::env::args().collect()
}

/// The command line with personal data in any argument (a name in a path) replaced.
pub fn command_line_redacted(names: &c2chat::redact::NameList) -> Vec<String> {
    command_line()
        .iter()
        .map(|a| c2chat::redact::fields::redact_path(a, names))
        .collect()
}

#[cfg(test)]
mod tests;
