#!/usr/bin/env bash
# Side-by-side speed and memory run for issue 23 (BENCHMARKS.md, "Issue 23"). Everything on: the
# built-in core lexicon with its Welsh companion, frames, rules, episodes and the default model.
#   bash benches/compare.sh                 # 1M messages; 100k and 10M for the scaling table
#   N=200000 SCALE=0 PYREF=0 bash benches/compare.sh   # quicker: no 10M run, no Python reference
#   VARIED=0 bash benches/compare.sh        # without the varied-text copy (benches/make_varied.py)
#   PYTHON=/path/to/venv/bin/python bash benches/compare.sh   # also time the Python package
#   PY_PAIRS=8 ...                          # rounds of CLI then package for that row (default 3)
# Step 1b repeats the throughput rows, and step 3 the Python reference, on a copy whose texts are
# all distinct (the synth corpus has 41; see benches/make_varied.py): the figures closer to chat.
# Needs: hyperfine, ripgrep (apt); python3 with pyahocorasick (installed into a venv here).
# Prints each target with its measured value; nothing here fails on a missed target.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000000}
RUNS=${RUNS:-3}
WORK=${WORK:-target/bench}
mkdir -p "$WORK"
if ! command -v hyperfine >/dev/null || ! command -v rg >/dev/null; then
  apt-get install -y hyperfine ripgrep >/dev/null
fi
cargo build --release -q
BIN=$(pwd)/target/release/c2chat
[ -f "$WORK/corpus-$N.csv" ] || $BIN synth --messages "$N" --seed 1 --out "$WORK/corpus-$N.csv"
CORPUS=$WORK/corpus-$N.csv
$BIN lexicon terms lexicons/core > "$WORK/terms.tsv"
tail -n +2 "$WORK/terms.tsv" | cut -f2 | sort -u > "$WORK/terms.txt"
head -11 corpora/demo/messages.csv > "$WORK/ten.csv"

echo "== 1. throughput on $N messages ($(du -h "$CORPUS" | cut -f1))"
hyperfine --warmup 1 --runs "$RUNS" --export-json "$WORK/compare.json" \
  -n defaults "$BIN annotate $CORPUS --format jsonl -q > /dev/null" \
  -n no-model "$BIN annotate $CORPUS --no-model --format jsonl -q > /dev/null" \
  -n ripgrep "rg -F -i -c -f $WORK/terms.txt $CORPUS > /dev/null"

if [ "${VARIED:-1}" = 1 ]; then
  # The synth corpus has 41 distinct texts; this copy makes every text distinct (session 29).
  VCORPUS=$WORK/varied-$N.csv
  [ -f "$VCORPUS" ] || python3 benches/make_varied.py "$CORPUS" "$VCORPUS"
  echo "== 1b. throughput on $N varied messages ($(du -h "$VCORPUS" | cut -f1), every text distinct)"
  hyperfine --warmup 0 --runs "$RUNS" --export-json "$WORK/compare-varied.json" \
    -n defaults-varied "$BIN annotate $VCORPUS --format jsonl -q > /dev/null" \
    -n no-model-varied "$BIN annotate $VCORPUS --no-model --format jsonl -q > /dev/null" \
    -n ripgrep-varied "rg -F -i -c -f $WORK/terms.txt $VCORPUS > /dev/null"
else
  rm -f "$WORK/compare-varied.json"
fi

echo "== 2. start-up on a 10-message file (defaults, output directory)"
hyperfine --warmup 2 --runs 10 --export-json "$WORK/startup.json" \
  -n startup "rm -rf $WORK/o10 && $BIN annotate $WORK/ten.csv --out $WORK/o10 -q"
/usr/bin/time -f "%M" -o "$WORK/startup.rss" $BIN annotate "$WORK/ten.csv" --out "$WORK/o10b" -q
rm -rf "$WORK/o10" "$WORK/o10b"

PYREF_S=""
PYREF_V_S=""
if [ "${PYREF:-1}" = 1 ]; then
  echo "== 3. Python reference (csv + pyahocorasick + re), one run"
  [ -x "$WORK/venv/bin/python" ] || { python3 -m venv "$WORK/venv" && "$WORK/venv/bin/pip" -q install pyahocorasick; }
  s=$(date +%s.%N)
  "$WORK/venv/bin/python" benches/reference.py "$CORPUS" "$WORK/terms.tsv" lexicons/core/patterns.toml > /dev/null
  PYREF_S=$(echo "$(date +%s.%N) - $s" | bc)
  if [ "${VARIED:-1}" = 1 ]; then
    s=$(date +%s.%N)
    "$WORK/venv/bin/python" benches/reference.py "$VCORPUS" "$WORK/terms.tsv" lexicons/core/patterns.toml > /dev/null
    PYREF_V_S=$(echo "$(date +%s.%N) - $s" | bc)
  fi
fi

echo "== 4. scaling (defaults, --dedupe global): wall, user CPU, peak RSS"
SIZES="100000 $N"
[ "${SCALE:-1}" = 1 ] && SIZES="$SIZES 10000000"
: > "$WORK/scale.txt"
for n in $SIZES; do
  f=$WORK/corpus-$n.csv
  made=0
  [ -f "$f" ] || { $BIN synth --messages "$n" --seed 1 --out "$f"; made=1; }
  /usr/bin/time -f "$n %e %U %M" -a -o "$WORK/scale.txt" $BIN annotate "$f" --format jsonl -q > /dev/null
  # The 10M corpus (1 GB) goes again, unless it was there before this run.
  if [ "$n" = 10000000 ] && [ "$made" = 1 ]; then rm -f "$f"; fi
done
cat "$WORK/scale.txt"

PY_S=""
CLI_OUT_S=""
if [ -n "${PYTHON:-}" ]; then
  # The package returns annotations and episodes, as `--out DIR` writes them: the CLI's time for
  # this row is that of `--out DIR`, each round run just before the package. Single pairs range
  # over ±10% on a shared VM, so the row is the ratio of the sums over PY_PAIRS rounds (default 3).
  PY_PAIRS=${PY_PAIRS:-3}
  echo "== 5. Python package: Annotator().annotate(df) on $N messages, against annotate --out DIR ($PY_PAIRS pairs)"
  # A copy outside python/, so that the installed package is imported, not the source tree.
  cp python/bench_annotate.py "$WORK/bench_annotate.py"
  PY_S=0
  CLI_OUT_S=0
  for i in $(seq "$PY_PAIRS"); do
    rm -rf "$WORK/o-cli"
    s=$(date +%s.%N)
    $BIN annotate "$CORPUS" --format jsonl -q --out "$WORK/o-cli" > /dev/null
    cli=$(echo "$(date +%s.%N) - $s" | bc)
    rm -rf "$WORK/o-cli"
    # Printed, then read (not `tee /dev/stderr`: with the output sent to a file, tee opened the
    # file again from the start and wrote over what the steps before had printed).
    PY_OUT=$("$PYTHON" "$WORK/bench_annotate.py" "$CORPUS")
    py=$(echo "$PY_OUT" | sed -E 's/.*annotate ([0-9.]+) s wall.*/\1/')
    echo "pair $i: CLI --out DIR $(printf "%.2f" "$cli") s; $PY_OUT"
    CLI_OUT_S=$(echo "$CLI_OUT_S + $cli" | bc)
    PY_S=$(echo "$PY_S + $py" | bc)
  done
fi

python3 - "$WORK" "$N" "$PYREF_S" "$PY_S" "$CLI_OUT_S" "$PYREF_V_S" <<'PY'
import json, sys
work, n, pyref, pypkg, cli_out, pyref_v = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
r = {x["command"]: x["mean"] for x in json.load(open(f"{work}/compare.json"))["results"]}
start = json.load(open(f"{work}/startup.json"))["results"][0]["mean"]
rss = int(open(f"{work}/startup.rss").read().split()[-1])
scale = {}
for line in open(f"{work}/scale.txt"):
    p = line.split()
    if len(p) == 4 and p[0].isdigit():
        scale[int(p[0])] = (float(p[1]), float(p[2]), int(p[3]))
rows = [
    ("defaults / ripgrep", r["defaults"] / r["ripgrep"], "<= 6"),
    ("--no-model / ripgrep", r["no-model"] / r["ripgrep"], "<= 3"),
    ("classifier's share (defaults / --no-model)", r["defaults"] / r["no-model"], "<= 1.3"),
    ("start-up, 10 messages (ms)", start * 1000, "<= 50"),
    ("start-up peak RSS (MB)", rss / 1024, "<= 50"),
]
import os
if os.path.exists(f"{work}/compare-varied.json"):
    v = {x["command"]: x["mean"] for x in json.load(open(f"{work}/compare-varied.json"))["results"]}
    rows.append(("varied text: defaults / ripgrep", v["defaults-varied"] / v["ripgrep-varied"], "<= 6 (1b)"))
    rows.append(("varied text: --no-model / ripgrep", v["no-model-varied"] / v["ripgrep-varied"], "<= 3 (1b)"))
    rows.append(("varied text: defaults / --no-model", v["defaults-varied"] / v["no-model-varied"], "<= 1.3 (1b)"))
if pyref:
    rows.append(("Python reference / defaults", float(pyref) / r["defaults"], ">= 100"))
if pyref_v:
    rows.append(("varied text: Python reference / defaults", float(pyref_v) / v["defaults-varied"], ">= 100"))
if 10000000 in scale and n in scale:
    rows.append(("peak RSS 10M / 1M", scale[10000000][2] / scale[n][2], "<= 1.3"))
    rows.append(("time 10M / (10 x 1M)", scale[10000000][0] / (10 * scale[n][0]), "~ 1 (linear)"))
if pypkg:
    rows.append(("Python package / CLI --out DIR (pair sums)", float(pypkg) / float(cli_out), "<= 1.2"))
print(f"\nmeans: defaults {r['defaults']:.2f} s, --no-model {r['no-model']:.2f} s, ripgrep {r['ripgrep']:.3f} s")
for name, v, target in rows:
    print(f"{name:45s} {v:9.2f}   target {target}")
PY
