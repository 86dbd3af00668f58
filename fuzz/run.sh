#!/usr/bin/env bash
# Run every fuzz target for SECONDS (default 600) and summarise: bash fuzz/run.sh [SECONDS]
# cargo-fuzz needs nightly features; on a stable toolchain RUSTC_BOOTSTRAP=1 enables them.
set -uo pipefail
cd "$(dirname "$0")"
S=${1:-600}
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O >/dev/null 2>&1 || { echo "cargo fuzz build failed"; exit 1; }
for t in ${TARGETS:-normalise ingest chat model lexicon}; do
  mkdir -p corpus/$t
  out=$(cargo fuzz run -O $t corpus/$t -- -max_total_time=$S -max_len=4096 2>&1 | tail -n 40)
  execs=$(echo "$out" | grep -Eo 'Done [0-9]+ runs' | tail -1)
  if echo "$out" | grep -q "SUMMARY\|panicked\|deadly signal"; then
    echo "$t: CRASH ($S s) -- see fuzz/artifacts/$t"; echo "$out" | grep -E "panicked|SUMMARY" | head -3
  else
    echo "$t: no crash in $S s ($execs)"
  fi
done
