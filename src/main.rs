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

/// Memory that mimalloc frees is returned to the system at once instead of after 10 ms: the
/// start-up's short-lived buffers (compiling the pattern pre-pass) no longer count in the
/// peak RSS (10 messages: 88 -> 74 MB; 200,000 messages: 523-538 -> 489-496 MB, the same
/// CPU within noise; issue 23, session 20). `MIMALLOC_PURGE_DELAY` set in the environment
/// still wins.
fn purge_freed_memory_at_once() {
    #[cfg(not(feature = "system-alloc"))]
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: `mi_option_set` only stores an integer option; mimalloc is the global
        // allocator and reads the option at each purge.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    }
}

fn main() {
    purge_freed_memory_at_once();
    quiet_on_closed_stdout();
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) if cmd::is_broken_pipe(&e) => std::process::exit(0),
        Err(e) => {
            eprintln!("c2chat: error: {e:#}");
            std::process::exit(2);
        }
    }
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
