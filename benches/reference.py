#!/usr/bin/env python3
"""Python reference for benches/compare.sh: the same job as `c2chat annotate` (lexicon terms with
word boundaries, regex patterns with `unless`, spans with code-point offsets), written the way a
researcher would with csv, pyahocorasick and re. It reads the normalised terms that
`c2chat lexicon terms` prints, so both sides use the same term list. It lower-cases instead of
running c2chat's full normaliser, so it does less work than c2chat, not more.

usage: reference.py CORPUS.csv TERMS.tsv PATTERNS.toml > annotations.jsonl
"""
import csv
import json
import re
import sys
import tomllib

import ahocorasick


def main():
    corpus, terms_path, patterns_path = sys.argv[1:4]
    auto = ahocorasick.Automaton()
    with open(terms_path, encoding="utf-8") as f:
        next(f)
        for line in f:
            term, key, cat, kind = line.rstrip("\n").split("\t")[:4]
            entries = auto.get(key, [])
            entries.append((cat, kind, term))
            auto.add_word(key, entries)
    auto.make_automaton()
    with open(patterns_path, "rb") as f:
        pats = []
        skipped = 0
        for p in tomllib.load(f).get("pattern", []):
            try:
                rx = re.compile(p["regex"])
                un = re.compile(p["unless"]) if p.get("unless") else None
                pats.append((p["id"], p["category"], rx, un))
            except re.error:
                skipped += 1
    print(f"reference: {len(pats)} patterns compiled, {skipped} skipped", file=sys.stderr)
    out = sys.stdout
    with open(corpus, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = row["text"]
            low = text.lower()
            spans = []
            for end, entries in auto.iter(low):
                for cat, kind, term in entries:
                    key_len = len(term.rstrip("*"))
                    start = end - key_len + 1
                    if start > 0 and low[start - 1].isalnum():
                        continue
                    e = end + 1
                    if kind == "Prefix":
                        while e < len(low) and low[e].isalnum():
                            e += 1
                    elif e < len(low) and low[e].isalnum():
                        continue
                    spans.append({"start": start, "end": e, "text": text[start:e], "category": cat, "source": "lexicon"})
            for pid, cat, rx, un in pats:
                if un is not None and un.search(low):
                    continue
                for m in rx.finditer(low):
                    if m.end() > m.start():
                        spans.append({"start": m.start(), "end": m.end(), "text": text[m.start():m.end()], "category": cat, "source": "pattern", "rule_id": pid})
            labels = sorted({s["category"] for s in spans})
            out.write(json.dumps({"message_id": row["message_id"], "labels": labels, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
