use clap::Parser;

mod cmd;

#[cfg(not(feature = "system-alloc"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (index 15 of its option enum in both v2 and v3).
#[cfg(not(feature = "system-alloc"))]
const MI_OPTION_PURGE_DELAY: std::os::raw::c_int = 15;

#[cfg(not(feature = "system-alloc"))]
extern "C" {
    /// Sets a mimalloc option (linked from the `mimalloc` crate's C library).
    fn mi_option_set(option: std::os::raw::c_int, value: std::os::raw::c_long);
}

/// Sets mimalloc's purge delay unless `MIMALLOC_PURGE_DELAY` is set in the environment.
fn set_purge_delay(_ms: std::os::raw::c_long) {
    #[cfg(not(feature = "system-alloc"))]
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: `mi_option_set` only stores an integer option; mimalloc is the global
        // allocator and reads the option at each purge.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, _ms) };
    }
}

/// During start-up, memory that mimalloc frees is returned to the system at once instead
/// of after its purge delay, so the start-up's short-lived buffers (parsing and compiling the
/// pattern pre-pass) do not add up in the peak RSS (10 messages: 94 -> 73 MB; issue 23,
/// session 20). [`start_up_done`] then switches purging off.
fn start_up_purges_at_once() {
    set_purge_delay(0);
}

/// Switches mimalloc's purging off for the rest of the run (call it once the pipeline is
/// built). Annotation is a stream of batches: what one batch frees, the next allocates again.
/// With mimalloc's default delay (1 s) the memory of batches that had gone was returned to the
/// system and faulted back in, page by page, by later batches, which cost about 5% of the CPU
/// of a run in page faults and did not lower its peak RSS (200,000 messages on one thread:
/// 209,000 page faults against 127,000; issue 23, session 24). Purging at once or every 10 ms
/// cost 50-70% more system time (session 20).
pub(crate) fn start_up_done() {
    set_purge_delay(-1);
}

fn main() {
    start_up_purges_at_once();
    quiet_on_closed_stdout();
    let cli = cmd::Cli::parse();
    if !matches!(cli.command, cmd::Command::Annotate(_)) {
        // Only annotate marks the end of its start-up; the other commands are batch jobs too.
        start_up_done();
    }
    match cmd::run(cli) {
        Ok(code) => exit(code),
        Err(e) if cmd::is_broken_pipe(&e) => exit(0),
        Err(e) => {
            eprintln!("c2chat: error: {e:#}");
            exit(2);
        }
    }
}

/// Exit with `code`. mimalloc's exit handler would first return every page it holds to the
/// system (purging), a few milliseconds of a short run spent on memory the exit frees anyway,
/// so purging is switched off first (issue 23).
fn exit(code: i32) -> ! {
    set_purge_delay(-1);
    std::process::exit(code)
}

/// A reader that closes our standard output early (`c2chat ... | head -1`) is not an error.
/// Commands write through `outln!`/`write_stdout`, which return the error; this hook also
/// ends any remaining `println!` that panics on a closed pipe with exit code 0.
fn quiet_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.starts_with("failed printing to stdout") && msg.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}
