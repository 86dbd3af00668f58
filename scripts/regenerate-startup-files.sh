#!/usr/bin/env bash
# Rewrite the start-up files generated from the built-in lexicons (issue 23), after editing
# anything under lexicons/ that is built into the binary, or the code that parses them (the
# lexicon snapshot is made from src/lexicon/*.rs and the normaliser too; see build.rs). They
# only save start-up time: a stale file is detected (by hash or by key) and c2chat builds the
# same thing at start instead, but `cargo test` fails until they are rewritten.
set -euo pipefail
cd "$(dirname "$0")/.."
C2CHAT_WRITE_TERM_KEYS=1 cargo test --release --lib the_term_key_blob
C2CHAT_WRITE_PATTERN_GATE=1 cargo test --release --lib the_gate_file
C2CHAT_WRITE_REQUIRED_LITERALS=1 cargo test --release --lib the_required_literals_file
C2CHAT_WRITE_LEXICON_SNAPSHOT=1 cargo test --release --lib the_lexicon_snapshots
git status --short src/matcher/terms.bin src/matcher/gate.json src/lexicon/required.txt src/lexicon/snapshot
