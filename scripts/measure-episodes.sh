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
mkdir -p "$W/pool"; : > "$W/pool.gold"; : > "$W/pool/annotations.jsonl"; : > "$W/pool/episodes.jsonl"
for s in abc d e f g h i j k; do
  if [ $s = abc ]; then gf=$G/episodes.gold.jsonl; else gf=$G/episodes-$s.gold.jsonl; fi
  "$BIN" evaluate --episodes "$gf" "$W/out-$s/annotations.jsonl" > "$W/ev-$s.txt" 2>&1
  cat "$gf" >> "$W/pool.gold"
  cat "$W/out-$s/annotations.jsonl" >> "$W/pool/annotations.jsonl"
  cat "$W/out-$s/episodes.jsonl" >> "$W/pool/episodes.jsonl"
done
"$BIN" evaluate --episodes "$W/pool.gold" "$W/pool/annotations.jsonl" > "$W/ev-pool.txt" 2>&1
"$BIN" evaluate --episodes corpora/dev/episodes.gold.jsonl "$W/out-dev/annotations.jsonl" > "$W/ev-dev.txt" 2>&1
