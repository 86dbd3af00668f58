//! Tests of the command line's definition (flags, help, parsing), which lives in the binary.

use clap::CommandFactory;
use std::path::Path;

fn leaves(c: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
    if c.get_subcommands().next().is_none() {
        out.push((path, c.clone()));
        return;
    }
    let own = |a: &clap::Arg| !matches!(a.get_id().as_str(), "help" | "version");
    if !c.is_subcommand_required_set() && c.get_arguments().any(own) {
        out.push((path.clone(), c.clone()));
    }
    for s in c.get_subcommands().filter(|s| s.get_name() != "help") {
        leaves(s, format!("{path} {}", s.get_name()), out);
    }
}

#[test]
fn every_argument_of_every_command_has_help_and_every_command_has_quiet() {
    let mut cmd = crate::cmd::Cli::command();
    cmd.build();
    let mut all = Vec::new();
    leaves(&cmd, "c2chat".into(), &mut all);
    assert!(all.len() >= 18, "{}", all.len());
    let mut missing = Vec::new();
    for (name, c) in &all {
        for a in c.get_arguments() {
            let id = a.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            if a.get_help().is_none() && a.get_long_help().is_none() {
                missing.push(format!("{name} {id}"));
            }
        }
        let q = c.get_arguments().find(|a| a.get_id() == "quiet");
        assert!(
            q.is_some_and(|q| q.get_short() == Some('q') && q.get_long() == Some("quiet")),
            "{name} has no -q/--quiet"
        );
    }
    assert!(missing.is_empty(), "arguments without help: {missing:?}");
}

#[test]
fn teach_speaks_the_common_language() {
    use crate::cmd::{Cli, Command};
    use c2chat::teach::Mask;
    use clap::Parser;
    let parse = |args: &[&str]| match Cli::try_parse_from(["c2chat", "teach"].iter().chain(args))
        .unwrap()
        .command
    {
        Command::Teach(t) => t,
        _ => unreachable!(),
    };
    let t = parse(&["a.jsonl", "--out", "p", "--context-messages", "3"]);
    assert_eq!(t.annotations.as_deref(), Some(Path::new("a.jsonl")));
    assert_eq!(t.context_messages, 3);
    assert_eq!(t.masking(), Mask::Partial);
    assert_eq!(
        parse(&["a.jsonl", "--out", "p", "--unmask"]).masking(),
        Mask::None
    );
    assert_eq!(
        parse(&["a.jsonl", "--out", "p", "--mask-style", "full"]).masking(),
        Mask::Full
    );
    // The old spellings still parse (hidden), except teach's --context (now tokens elsewhere).
    let old = parse(&["--annotations", "a.jsonl", "--out", "p", "--mask", "full"]);
    assert_eq!(old.annotations_flag.as_deref(), Some(Path::new("a.jsonl")));
    assert_eq!(old.masking(), Mask::Full);
    assert!(
        Cli::try_parse_from(["c2chat", "teach", "a.jsonl", "--out", "p", "--context", "2"])
            .is_err()
    );
    assert!(Cli::try_parse_from([
        "c2chat",
        "teach",
        "a.jsonl",
        "--out",
        "p",
        "--unmask",
        "--mask-style",
        "full"
    ])
    .is_err());
}
