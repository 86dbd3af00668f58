use clap::Parser;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = c2chat::cmd::Cli::parse();
    match c2chat::cmd::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("c2chat: error: {e:#}");
            std::process::exit(2);
        }
    }
}
