//! `c2chat synth`.

use anyhow::Result;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Number of messages.
    #[arg(long, default_value_t = 10_000)]
    pub messages: u64,
    /// Random seed (same seed, same bytes).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Share of messages with flaggable (non-graphic) language.
    #[arg(long, default_value_t = 0.05)]
    pub flagged_share: f64,
    /// Output CSV file (- for standard output).
    #[arg(long)]
    pub out: PathBuf,
    /// Accepted for consistency (synth prints nothing but errors).
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(a: Args) -> Result<i32> {
    if a.out.as_os_str() == "-" {
        let stdout = std::io::stdout();
        c2chat::synth::generate_csv(
            std::io::BufWriter::new(stdout.lock()),
            a.messages,
            a.seed,
            a.flagged_share,
        )?;
    } else {
        let mut f = c2chat::io::AtomicFile::create(&a.out)?;
        c2chat::synth::generate_csv(&mut f, a.messages, a.seed, a.flagged_share)?;
        f.commit()?;
    }
    Ok(0)
}
