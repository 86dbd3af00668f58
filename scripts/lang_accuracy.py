#!/usr/bin/env python3
"""Accuracy of the detected `lang` against a corpus's `lang` column (issue 19).

Usage: python3 scripts/lang_accuracy.py MESSAGES.csv ANNOTATIONS.jsonl [--min-words N] [-v]

Counts messages of at least N words (default 4, split on white space), prints the accuracy, the
confusion (gold, predicted) counts, and with -v every error (id, gold, predicted, text).
"""
import collections
import csv
import json
import sys


def main(argv):
    args = [a for a in argv if not a.startswith("-")]
    if len(args) < 2:
        sys.exit(__doc__)
    min_words = 4
    if "--min-words" in argv:
        min_words = int(argv[argv.index("--min-words") + 1])
        args = [a for a in args if a != str(min_words)]
    with open(args[0], encoding="utf-8", newline="") as f:
        gold = {r["message_id"]: (r["lang"], r["text"]) for r in csv.DictReader(f)}
    with open(args[1], encoding="utf-8") as f:
        pred = {a["message_id"]: a.get("lang") for a in map(json.loads, f)}
    n = ok = 0
    conf = collections.Counter()
    errs = []
    for mid, (g, t) in gold.items():
        if len(t.split()) < min_words:
            continue
        n += 1
        p = pred[mid]
        conf[(g, p)] += 1
        if p == g:
            ok += 1
        else:
            errs.append((mid, g, p, t))
    print(f"accuracy {ok / n:.3f} ({ok}/{n}) on messages of {min_words}+ words")
    for (g, p), c in sorted(conf.items()):
        print(f"  gold {g:6} predicted {p:6} {c}")
    if "-v" in argv:
        for e in errs:
            print(*e, sep="\t")


if __name__ == "__main__":
    main(sys.argv[1:])
