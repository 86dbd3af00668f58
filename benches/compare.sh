#!/usr/bin/env bash
# Side-by-side performance run (issue: performance at corpus scale). Reproduces BENCHMARKS.md:
#   bash benches/compare.sh            # N=1000000 messages
#   N=200000 bash benches/compare.sh   # quicker
# Needs: hyperfine, ripgrep (apt), python3 with pyahocorasick (installed into a venv here).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000000}
WORK=${WORK:-target/bench}
mkdir -p "$WORK"
if ! command -v hyperfine >/dev/null || ! command -v rg >/dev/null; then
  apt-get install -y hyperfine ripgrep >/dev/null
fi
[ -x "$WORK/venv/bin/python" ] || { python3 -m venv "$WORK/venv" && "$WORK/venv/bin/pip" -q install pyahocorasick; }
cargo build --release -q
BIN=./target/release/c2chat
$BIN synth --messages "$N" --seed 1 --out "$WORK/corpus.csv"
$BIN lexicon terms lexicons/core > "$WORK/terms.tsv"
tail -n +2 "$WORK/terms.tsv" | cut -f2 | sort -u > "$WORK/terms.txt"
MODEL_ARGS=()
[ -f models/default.model ] && MODEL_ARGS=(--model models/default.model)

hyperfine --warmup 0 --runs ${RUNS:-3} --export-json "$WORK/compare.json" \
  -n "c2chat annotate (lexicon+patterns)" "$BIN annotate $WORK/corpus.csv --no-model --format jsonl -q > /dev/null" \
  -n "c2chat annotate (+classifier)" "$BIN annotate $WORK/corpus.csv ${MODEL_ARGS[*]} --format jsonl -q > /dev/null" \
  -n "rg -F -i -c -f terms.txt" "rg -F -i -c -f $WORK/terms.txt $WORK/corpus.csv > /dev/null" \
  -n "python reference" "$WORK/venv/bin/python benches/reference.py $WORK/corpus.csv $WORK/terms.tsv lexicons/core/patterns.toml > /dev/null"

python3 - "$WORK/compare.json" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
c = r["c2chat annotate (lexicon+patterns)"]
print(f"c2chat / ripgrep      = {c / r['rg -F -i -c -f terms.txt']:.2f}x  (target <= 2)")
print(f"python / c2chat       = {r['python reference'] / c:.2f}x  (target >= 20)")
print(f"classifier / lexicon  = {r['c2chat annotate (+classifier)'] / c:.2f}x")
PY

echo "== peak RSS (1M vs 10M messages; duplicate check on, the default, and off)"
for n in 1000000 10000000; do
  $BIN synth --messages $n --seed 2 --out "$WORK/rss.csv"
  for d in global none; do
    /usr/bin/time -v $BIN annotate "$WORK/rss.csv" --no-model --format jsonl --dedupe $d -q 2> "$WORK/time.txt" > /dev/null
    echo "$n messages, --dedupe $d: $(grep 'Maximum resident' "$WORK/time.txt" | awk '{print $NF}') KB, $(grep 'Elapsed' "$WORK/time.txt" | awk '{print $NF}')"
  done
  rm -f "$WORK/rss.csv"
done

echo "== lexicon size (1k, 10k, 100k terms) on $N messages"
for t in 1000 10000 100000; do
  python3 benches/make_lexicon.py $t "$WORK/lex$t"
done
hyperfine --warmup 0 --runs ${RUNS:-3} --export-json "$WORK/lexsize.json" \
  -n 1k "$BIN annotate $WORK/corpus.csv --lexicon $WORK/lex1000 --no-model --format jsonl -q > /dev/null" \
  -n 10k "$BIN annotate $WORK/corpus.csv --lexicon $WORK/lex10000 --no-model --format jsonl -q > /dev/null" \
  -n 100k "$BIN annotate $WORK/corpus.csv --lexicon $WORK/lex100000 --no-model --format jsonl -q > /dev/null"
python3 - "$WORK/lexsize.json" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
print(f"100k / 1k terms = {r['100k'] / r['1k']:.2f}x  (target <= 1.3)")
PY
