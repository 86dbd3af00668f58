#!/usr/bin/env bash
# Measured effect of the review loop (issue 22, item 4) on corpora/dev.
#
# Splits corpora/dev by conversation (sorted conversation ids: first half / second half),
# annotates half 1, reviews it with a SCRIPTED REVIEWER that follows corpora/dev/gold.jsonl
# (`c2chat review apply --gold`: flags not in the gold are rejected, missed gold labels added),
# accepts every proposed entry (the overlay also holds local classifier thresholds and rules
# switched off where rejected flags rested on the classifier or a rule), annotates half 2 with and without the overlay, and evaluates
# half 2 before and after. The dev set is what the lexicon was tuned on: these figures are
# tuned-on-dev, not a held-out estimate.
#
# Usage: scripts/review-effect.sh [WORKDIR]   (C2CHAT=path/to/c2chat to use another binary)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${C2CHAT:-target/release/c2chat}
W=${1:-$(mktemp -d)}
mkdir -p "$W"
AT=2026-01-01T00:00:00Z

python3 - "$W" <<'PY'
import csv, json, sys
w = sys.argv[1]
rows = list(csv.DictReader(open("corpora/dev/messages.csv", newline="")))
convs = sorted({r["conversation_id"] for r in rows})
half1 = set(convs[: len(convs) // 2])
gold = [json.loads(l) for l in open("corpora/dev/gold.jsonl") if l.strip()]
for k, keep in ((1, lambda c: c in half1), (2, lambda c: c not in half1)):
    part = [r for r in rows if keep(r["conversation_id"])]
    with open(f"{w}/half{k}.csv", "w", newline="") as f:
        wr = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        wr.writeheader()
        wr.writerows(part)
    ids = {r["message_id"] for r in part}
    with open(f"{w}/gold{k}.jsonl", "w") as f:
        for g in gold:
            if g["message_id"] in ids:
                f.write(json.dumps(g) + "\n")
    print(f"half {k}: {len({r['conversation_id'] for r in part})} conversations, {len(part)} messages")
PY

"$BIN" annotate "$W/half1.csv" --out "$W/a1" --quiet
"$BIN" review apply --annotations "$W/a1/annotations.jsonl" --gold "$W/gold1.jsonl" \
    --reviewer scripted --decided-at "$AT" --out "$W/r1" --quiet
OV="$W/r1/lexicons/core-local"
for id in $(awk -F'\t' '$7 == "proposed" { print $8 }' "$OV"/entries/*.tsv); do
    "$BIN" lexicon accept "$OV" "$id" --by scripted --at "$AT" --quiet
done
count() { if [ -f "$2" ]; then grep -c "^\[\[$1\]\]" "$2" || true; else echo 0; fi; }
echo "overlay: $(count exception "$OV/exceptions.toml") exceptions, $(count threshold "$OV/thresholds.toml") local classifier thresholds, $(count rule_off "$OV/rules-off.toml") rules off, $(awk -F'\t' '$7 == "accepted"' "$OV"/entries/*.tsv | wc -l) accepted entries"
"$BIN" lexicon diff core "$OV" | cut -f1 | sort | uniq -c

"$BIN" annotate "$W/half2.csv" --out "$W/before" --quiet
"$BIN" annotate "$W/half2.csv" --lexicon core --lexicon "$OV" --out "$W/after" --quiet
for run in before after; do
    echo "== half 2, $run"
    "$BIN" evaluate --gold "$W/gold2.jsonl" "$W/$run/annotations.jsonl" --bootstrap 0 | grep -E '^(micro|macro)' || \
        "$BIN" evaluate --gold "$W/gold2.jsonl" "$W/$run/annotations.jsonl" | head -30
done
echo "work directory: $W"
