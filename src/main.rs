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
    /// Reads a mimalloc option.
    fn mi_option_get(option: std::os::raw::c_int) -> std::os::raw::c_long;
}

/// mimalloc's purge delay before start-up set it to 0 (ms; its default is 1000 in mimalloc
/// v3, 10 in v2).
#[cfg(not(feature = "system-alloc"))]
static DEFAULT_PURGE_DELAY: std::sync::OnceLock<std::os::raw::c_long> = std::sync::OnceLock::new();

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
/// session 20).
/// [`start_up_done`] restores the delay it had: purging at once, or even every 10 ms, throughout
/// cost 50-70% more system time on 50,000 and 1M messages.
fn start_up_purges_at_once() {
    #[cfg(not(feature = "system-alloc"))]
    {
        // SAFETY: `mi_option_get` only reads an integer option.
        let before = unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) };
        let _ = DEFAULT_PURGE_DELAY.set(before);
    }
    set_purge_delay(0);
}

/// Restores the purge delay mimalloc had before [`start_up_purges_at_once`] (call it once the
/// pipeline is built).
pub(crate) fn start_up_done() {
    #[cfg(not(feature = "system-alloc"))]
    {
        if let Some(&before) = DEFAULT_PURGE_DELAY.get() {
            set_purge_delay(before);
        }
    }
}

fn main() {
    start_up_purges_at_once();
    quiet_on_closed_stdout();
    let cli = cmd::Cli::parse();
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
