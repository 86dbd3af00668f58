#!/usr/bin/env bash
# Shard-and-merge recipe (docs/scale.md): split a CSV corpus by conversation, annotate the shards
# in parallel as a stdin -> stdout JSONL stage, write exact partial statistics per shard, merge.
#   scripts/shard_and_merge.sh CORPUS.csv WORKDIR [SHARDS] [PARALLEL]
# Set C2CHAT to the binary (default: c2chat on PATH). Extra annotate flags: ANNOTATE_FLAGS.
set -euo pipefail
BIN=${C2CHAT:-c2chat}
IN=$1; WORK=$2; N=${3:-4}; P=${4:-2}
rm -rf "$WORK"; mkdir -p "$WORK/shards"
# 1. Shard by conversation id (a conversation never spans shards, so the conversation rules hold).
python3 - "$IN" "$WORK/shards" "$N" <<'PY'
import csv, sys, zlib
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(src, newline="", encoding="utf-8") as f:
    r = csv.reader(f)
    header = next(r)
    ci = header.index("conversation_id")
    files = [open(f"{out}/shard{i:03d}.csv", "w", newline="", encoding="utf-8") for i in range(n)]
    writers = [csv.writer(x) for x in files]
    for w in writers:
        w.writerow(header)
    for row in r:
        writers[zlib.crc32(row[ci].encode()) % n].writerow(row)
    for x in files:
        x.close()
PY
# 2. Each shard is one pipeline stage: CSV on stdin, annotations (JSONL) on stdout, then a partial.
export BIN ANNOTATE_FLAGS="${ANNOTATE_FLAGS:-}"
ls "$WORK"/shards/shard*.csv | xargs -P "$P" -I{} sh -c \
  '"$BIN" annotate - --format jsonl -q $ANNOTATE_FLAGS < "{}" > "{}.jsonl" && "$BIN" stats "{}.jsonl" --partial -q --out "{}.stats" > /dev/null'
# 3. Merge the exact partials: equal to a single run.
"$BIN" stats merge "$WORK"/shards/shard*.csv.stats/partial.json --out "$WORK/merged" > /dev/null
cat "$WORK"/shards/shard*.csv.jsonl > "$WORK/annotations.jsonl"
echo "merged $(ls "$WORK"/shards/shard*.csv | wc -l) shards into $WORK/merged"
