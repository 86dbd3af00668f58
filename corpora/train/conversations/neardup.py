#!/usr/bin/env python3
"""Flag near-duplicates between a corpus file and the evaluation sets (corpora/dev, corpora/check and
the blind corpora/holdout, each messages.csv).

Usage:
    python3 corpora/train/conversations/neardup.py FILE.jsonl [FILE2 ...]

FILE may be JSON Lines (fields "message_id" and "text") or a CSV with columns
"message_id" and "text".

Texts are normalised: lower case, punctuation and emoji removed, whitespace collapsed.
A message of 4 or more normalised words is flagged when it
  * equals a dev message, or
  * has difflib.SequenceMatcher ratio >= 0.85 against a dev message.
Messages whose normalised text occurs more than 3 times in the same file are reported too.

Only the flagged message (id and text) and the matching evaluation message id are printed;
evaluation text is never printed, so those sets can stay unread by corpus writers.
Exit status: 0 when nothing is flagged, 1 otherwise, 2 on usage errors.
"""
import csv
import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL_SETS = ("dev", "check", "holdout")
DEV_FILES = [
    (name, os.path.normpath(os.path.join(HERE, "..", "..", name, "messages.csv"))) for name in EVAL_SETS
]
RATIO = 0.85
MIN_WORDS = 4
MAX_REPEATS = 3

_NON_WORD = re.compile(r"[^a-z0-9\s]+")
_SPACES = re.compile(r"\s+")


def normalise(text):
    t = text.lower()
    t = t.replace("'", "").replace("\u2019", "")  # "don't" -> "dont"
    t = _NON_WORD.sub(" ", t)  # punctuation, emoji, symbols
    return _SPACES.sub(" ", t).strip()


def read_rows(path):
    rows = []
    if path.endswith(".csv"):
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                rows.append((row.get("message_id", "?"), row["text"]))
    else:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                obj = json.loads(line)
                rows.append((obj.get("message_id", f"line{n}"), obj["text"]))
    return rows


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    # Every evaluation set counts as "dev" here; ids are printed as set:message_id.
    dev = [(f"{name}:{mid}", normalise(t)) for name, path in DEV_FILES for mid, t in read_rows(path)]
    dev = [(mid, t) for mid, t in dev if t]
    dev_exact = {}
    for mid, t in dev:
        dev_exact.setdefault(t, mid)

    flagged_total = 0
    for path in argv[1:]:
        rows = read_rows(path)
        flags = []
        for mid, text in rows:
            norm = normalise(text)
            if len(norm.split()) < MIN_WORDS:
                continue
            if norm in dev_exact:
                flags.append((mid, text, dev_exact[norm], 1.0, "exact"))
                continue
            sm = difflib.SequenceMatcher(None, autojunk=False)
            sm.set_seq2(norm)
            best = (0.0, None)
            for dmid, dt in dev:
                sm.set_seq1(dt)
                if sm.real_quick_ratio() < RATIO or sm.quick_ratio() < RATIO:
                    continue
                r = sm.ratio()
                if r > best[0]:
                    best = (r, dmid)
            if best[0] >= RATIO:
                flags.append((mid, text, best[1], best[0], "similar"))

        counts = Counter()
        for _mid, text in rows:
            key = normalise(text) or text.strip()
            counts[key] += 1
        repeats = sorted((k, v) for k, v in counts.items() if v > MAX_REPEATS)

        print(f"== {path}: {len(rows)} messages checked against {len(dev)} evaluation messages ({', '.join(EVAL_SETS)})")
        for mid, text, dmid, r, kind in flags:
            print(f"  DEV-{kind.upper()} {mid} ratio={r:.2f} dev={dmid}: {text}")
        for key, v in repeats:
            print(f"  REPEATED x{v}: {key!r}")
        print(f"  near-duplicates of dev: {len(flags)}; texts repeated >{MAX_REPEATS}x: {len(repeats)}")
        flagged_total += len(flags) + len(repeats)
    return 1 if flagged_total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
