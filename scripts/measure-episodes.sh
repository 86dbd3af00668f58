#!/bin/bash
# Episode boundary and role figures per train file, pooled, and dev (BENCHMARKS.md, "Issue 18, session 18").
# Run from the repository root: scripts/measure-episodes.sh target/release/c2chat TAG [GOLDDIR]
# Results: /tmp/h18/run-TAG/ev-{abc,d,...,k,pool,dev}.txt
BIN=$1; TAG=$2; G=${3:-corpora/train}
W=/tmp/h18/run-$TAG; rm -rf "$W"; mkdir -p "$W"
C=corpora/train/conversations
mkdir -p "$W/in-abc" && cp $C/[abc].jsonl "$W/in-abc/"
for x in d e f g h i j k; do mkdir -p "$W/in-$x" && cp "$C/$x.jsonl" "$W/in-$x/"; done
for s in abc d e f g h i j k; do "$BIN" annotate "$W/in-$s" --out "$W/out-$s" -q & done; wait
"$BIN" annotate corpora/dev --out "$W/out-dev" -q
. "$(dirname "$0")/episodes-pool.sh"
evaluate_and_pool
"$BIN" evaluate --episodes corpora/dev/episodes.gold.jsonl "$W/out-dev/annotations.jsonl" > "$W/ev-dev.txt" 2>&1
