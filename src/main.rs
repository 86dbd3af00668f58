use clap::Parser;

mod cmd;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
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
