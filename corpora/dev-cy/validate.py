#!/usr/bin/env python3
"""Validate the written files of the Welsh corpora (independently of build.py).

    python3 corpora/dev-cy/validate.py [DIR ...]     # default: corpora/dev-cy corpora/check-cy

For each directory: corpus.toml parses and names messages.csv; messages.csv
parses as CSV with the columns corpus.toml maps plus `lang`; message ids are
unique and every one has exactly one gold line (and no gold line is orphaned);
every label is a category id of lexicons/core/lexicon.toml; `lang` is one of
cy, mixed, en, und.  Exits non-zero on the first directory with errors.
"""

import csv
import json
import os
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LANGS = {"cy", "mixed", "en", "und"}


def category_ids():
    with open(os.path.join(ROOT, "lexicons", "core", "lexicon.toml"), "rb") as fh:
        return {c["id"] for c in tomllib.load(fh)["categories"]}


def validate(d, cats):
    errs = []
    with open(os.path.join(d, "corpus.toml"), "rb") as fh:
        meta = tomllib.load(fh)
    cols = meta["columns"]
    for f in meta["files"]:
        with open(os.path.join(d, f), encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, strict=True))
        need = set(cols.values()) | {"lang"}
        missing = need - set(rows[0]) if rows else need
        if missing:
            errs.append("%s: missing columns %s" % (f, sorted(missing)))
            continue
        ids = [r[cols["id"]] for r in rows]
        if len(ids) != len(set(ids)):
            errs.append("%s: duplicate message ids" % f)
        for i, r in enumerate(rows, 2):
            if r["lang"] not in LANGS:
                errs.append("%s:%d: bad lang %r" % (f, i, r["lang"]))
            if not r[cols["text"]].strip():
                errs.append("%s:%d: empty text" % (f, i))
    gold = {}
    with open(os.path.join(d, "gold.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            rec = json.loads(line)
            if rec["message_id"] in gold:
                errs.append("gold.jsonl:%d: duplicate %s" % (i, rec["message_id"]))
            gold[rec["message_id"]] = rec["gold"]
            for lab in rec["gold"]:
                if lab not in cats:
                    errs.append("gold.jsonl:%d: unknown label %r" % (i, lab))
    if set(ids) != set(gold):
        errs.append("ids without gold: %s; gold without message: %s"
                    % (sorted(set(ids) - set(gold))[:5], sorted(set(gold) - set(ids))[:5]))
    return len(rows), sum(1 for g in gold.values() if g), errs


def main():
    dirs = sys.argv[1:] or [os.path.join(ROOT, "corpora", "dev-cy"),
                            os.path.join(ROOT, "corpora", "check-cy")]
    cats = category_ids()
    bad = False
    for d in dirs:
        n, labelled, errs = validate(d, cats)
        for e in errs:
            print("%s: %s" % (d, e), file=sys.stderr)
        bad |= bool(errs)
        print("%s: %d messages, %d labelled, %s" % (os.path.relpath(d, ROOT), n, labelled,
                                                   "ok" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
