#!/bin/bash
# Two-fold cross-fitted episode figures on the training gold (BENCHMARKS.md, "Issue 18, session 19").
# A model trained on files a-g scores h-k, one trained on h-k scores a-g, so no conversation is scored by a
# model that saw it; the episode rules and lexicons are the built-in ones (tuned on all of a-k).
# Run from the repository root: scripts/crossfit-episodes.sh target/release/c2chat TAG [--no-model]
# Results: /tmp/c2chat-crossfit/run-TAG/ev-{abc,d,...,k,pool}.txt; models in /tmp/c2chat-crossfit/.
set -e
BIN=$(realpath "$1"); TAG=$2; NOMODEL=$3
R=/tmp/c2chat-crossfit; W=$R/run-$TAG; rm -rf "$W"; mkdir -p "$W"
C=corpora/train/conversations; G=corpora/train
if [ ! -f $R/A.model ] || [ ! -f $R/B.model ]; then
  rm -rf $R/trA $R/trB; mkdir -p $R/trA $R/trB
  cp $C/[a-g].jsonl $R/trA/; cp $C/[h-k].jsonl $R/trB/
  "$BIN" train $R/trA --out $R/A.model -q & "$BIN" train $R/trB --out $R/B.model -q & wait
fi
for s in abc d e f g h i j k; do
  mkdir -p "$W/in-$s"
  if [ $s = abc ]; then cp $C/[abc].jsonl "$W/in-$s/"; else cp "$C/$s.jsonl" "$W/in-$s/"; fi
  case $s in h|i|j|k) M=$R/A.model;; *) M=$R/B.model;; esac
  if [ "$NOMODEL" = --no-model ]; then opt=(--no-model); else opt=(--model "$M"); fi
  "$BIN" annotate "$W/in-$s" "${opt[@]}" --out "$W/out-$s" -q &
done
wait
. "$(dirname "$0")/episodes-pool.sh"
evaluate_and_pool
