# Sourced by measure-episodes.sh and crossfit-episodes.sh: evaluate each train file's output in $W/out-X against
# its gold in $G, pool all gold and output into $W/pool, evaluate the pool, print a one-line summary.
# Needs BIN, W, G set. Results: $W/ev-{abc,d,...,k,pool}.txt
evaluate_and_pool() {
  mkdir -p "$W/pool"; : > "$W/pool.gold"; : > "$W/pool/annotations.jsonl"; : > "$W/pool/episodes.jsonl"
  for s in abc d e f g h i j k; do
    if [ $s = abc ]; then gf=$G/episodes.gold.jsonl; else gf=$G/episodes-$s.gold.jsonl; fi
    "$BIN" evaluate --episodes "$gf" "$W/out-$s/annotations.jsonl" > "$W/ev-$s.txt" 2>&1
    cat "$gf" >> "$W/pool.gold"
    cat "$W/out-$s/annotations.jsonl" >> "$W/pool/annotations.jsonl"
    cat "$W/out-$s/episodes.jsonl" >> "$W/pool/episodes.jsonl"
  done
  "$BIN" evaluate --episodes "$W/pool.gold" "$W/pool/annotations.jsonl" > "$W/ev-pool.txt" 2>&1
  for s in pool abc d e f g h i j k; do
    printf '%s %s/%s  ' $s "$(grep -h boundaries "$W/ev-$s.txt" | awk '{print $7}')" \
      "$(grep -h macro "$W/ev-$s.txt" | awk '{print $3}')"
  done; echo
}
