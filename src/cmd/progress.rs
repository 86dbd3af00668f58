//! Progress bars on stderr (messages/s and ETA) for long runs. Hidden when stderr is not a
//! terminal, with `--quiet`, or for small inputs; they never touch stdout.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Inputs smaller than this get no bar.
pub const MIN_ITEMS: u64 = 5_000;

/// A progress bar for `len` items, or a hidden one.
pub fn bar(len: u64, what: &str, quiet: bool) -> ProgressBar {
    if quiet || len < MIN_ITEMS || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} {per_sec} ETA {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    pb.set_message(what.to_string());
    pb
}

/// A spinner with elapsed time for steps whose size is not known up front (training,
/// statistics over files). Hidden off a terminal or with `--quiet`.
pub fn spinner(what: &str, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template("{spinner} {msg} {elapsed} ({pos} done)")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb.set_message(what.to_string());
    pb.enable_steady_tick(std::time::Duration::from_millis(120));
    pb
}

/// A bar that the library drives through its [`c2chat::pipeline::Progress`] callback: created
/// when the run says how large it is (hidden with `--quiet`, off a terminal and for small
/// inputs).
pub struct Bar {
    what: &'static str,
    quiet: bool,
    bar: std::sync::OnceLock<ProgressBar>,
}

impl Bar {
    /// A bar labelled `what`.
    pub fn new(what: &'static str, quiet: bool) -> Bar {
        Bar {
            what,
            quiet,
            bar: std::sync::OnceLock::new(),
        }
    }
}

impl c2chat::pipeline::Progress for Bar {
    fn start(&self, estimate: u64) {
        let _ = self.bar.set(bar(estimate, self.what, self.quiet));
    }
    fn advance(&self, n: u64) {
        if let Some(b) = self.bar.get() {
            b.inc(n);
        }
    }
    fn finish(&self) {
        if let Some(b) = self.bar.get() {
            b.finish_and_clear();
        }
    }
}
