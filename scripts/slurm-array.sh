#!/usr/bin/env bash
#SBATCH --job-name=c2chat
#SBATCH --cpus-per-task=4
#SBATCH --mem=4G
#SBATCH --time=02:00:00
#SBATCH --output=c2chat-%A_%a.out
#
# c2chat over a Slurm job array, for sites without Python (docs/scale.md). The shards are the
# input files: array task i annotates files i, i+T, i+2T, ... (T tasks, files in byte order)
# with the command line and writes their exact partial statistics; one dependent job merges the
# partials (`c2chat stats merge`), which equals one run over every file, byte for byte.
#
#   scripts/slurm-array.sh submit INPUT_DIR WORK [TASKS]   # sbatch the array, then the merge
#   sbatch --array=0-$((TASKS-1)) scripts/slurm-array.sh task INPUT_DIR WORK
#   sbatch --dependency=afterok:$JOB scripts/slurm-array.sh merge WORK
#
# INPUT_DIR holds CSV or JSONL files (top level; its corpus.toml, if any, applies to each).
# Every conversation must lie within one file: the conversation rules and episodes need a
# conversation's messages together (shard a single big file by conversation first, as
# scripts/shard_and_merge.sh does). Environment: C2CHAT (the binary; default c2chat on PATH),
# ANNOTATE_FLAGS (e.g. "--lexicon DIR --threads 4"), STATS_FLAGS (grouping for the partials,
# e.g. "--by platform --period term"; the same for every task). Task i writes
# WORK/task-i/ (annotate's output directory) and WORK/task-i/stats/partial.json; the merge
# writes WORK/merged/. Run `task` by hand with SLURM_ARRAY_TASK_ID (and SLURM_ARRAY_TASK_COUNT)
# set to test it without Slurm.
set -euo pipefail
BIN=${C2CHAT:-c2chat}

usage() { sed -n '13,15p' "$0" >&2; exit 2; }

# The input files, one per line, in byte order (the same list in every task).
inputs() {
  find "$1" -maxdepth 1 -type f \( -name '*.csv' -o -name '*.jsonl' \) -print | LC_ALL=C sort
}

task() {
  local in=$1 work=$2
  local id=${SLURM_ARRAY_TASK_ID:?SLURM_ARRAY_TASK_ID is not set (run under sbatch --array, or set it)}
  local files=() f i=0 all
  mapfile -t all < <(inputs "$in")
  [ "${#all[@]}" -gt 0 ] || { echo "c2chat: no .csv or .jsonl files in $in" >&2; exit 2; }
  local count=${SLURM_ARRAY_TASK_COUNT:-${#all[@]}}
  for f in "${all[@]}"; do
    if [ $(( i % count )) -eq "$id" ]; then files+=("$f"); fi
    i=$((i + 1))
  done
  if [ "${#files[@]}" -eq 0 ]; then
    echo "task $id: no files (only ${#all[@]} files for $count tasks)"
    return 0
  fi
  local out="$work/task-$id"
  # shellcheck disable=SC2086 # the flags are words
  "$BIN" annotate "${files[@]}" --out "$out" -q ${ANNOTATE_FLAGS:-}
  # shellcheck disable=SC2086
  "$BIN" stats "$out/annotations.jsonl" --partial -q --out "$out/stats" ${STATS_FLAGS:-}
  echo "task $id: ${#files[@]} files -> $out/stats/partial.json"
}

merge() {
  local work=$1 partials
  mapfile -t partials < <(find "$work" -path "$work/task-*/stats/partial.json" -print | LC_ALL=C sort)
  [ "${#partials[@]}" -gt 0 ] || { echo "c2chat: no task partials under $work" >&2; exit 2; }
  "$BIN" stats merge "${partials[@]}" --out "$work/merged" -q
  echo "merged ${#partials[@]} partials into $work/merged"
}

submit() {
  local in=$1 work=$2 n
  n=$(inputs "$in" | wc -l)
  [ "$n" -gt 0 ] || { echo "c2chat: no .csv or .jsonl files in $in" >&2; exit 2; }
  local tasks=${3:-$n}
  mkdir -p "$work"
  local job
  job=$(sbatch --parsable --array="0-$((tasks - 1))" "$0" task "$in" "$work")
  sbatch --parsable --dependency="afterok:${job%%;*}" "$0" merge "$work"
}

case "${1:-}" in
  task) [ $# -eq 3 ] || usage; task "$2" "$3" ;;
  merge) [ $# -eq 2 ] || usage; merge "$2" ;;
  submit) [ $# -ge 3 ] || usage; submit "$2" "$3" "${4:-}" ;;
  *) usage ;;
esac
