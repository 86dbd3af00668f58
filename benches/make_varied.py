#!/usr/bin/env python3
"""A benchmark corpus whose texts vary as real chat does (issue 23, session 29).

`c2chat synth` draws its texts from 41 templates, so a 1M corpus holds 41 distinct texts and
every cache keyed by text or by automaton state is warm after a few hundred messages. This
copies a synth corpus and inserts three words, drawn with a fixed seed from the words of the
bundled synthetic corpora (`corpora/**`), at random places in each text: every text is then
distinct and the detections of the template stay. Words that the PII gate reads as a handle or
an address next to others (platform names, street words) are left out, so the corpus passes the
gate as the synth one does. Benchmark input only: never example text, never committed.

    python3 benches/make_varied.py target/bench/corpus-1000000.csv target/bench/varied-1000000.csv
"""
import csv
import glob
import random
import re
import sys

BLOCK = set(
    "tiktok snap snapchat insta instagram discord whatsapp telegram twitter facebook youtube "
    "twitch roblox xbox psn kik skype email gmail number username user handle add follow example "
    "com phone call ring text mobile address lives live road street postcode born birthday dob "
    "age school name called gamertag tag close snipe lane avenue drive way crescent court gardens "
    "park hill place square terrace grove view rise green row mews walk".split()
)


# The PII gate reads a date after a word containing these as a date of birth (session 30: a
# 10M copy put "birthdays" before "3 april").
BLOCK_PARTS = ("dob", "born", "birthday", "bday")


def vocabulary():
    words = set()
    for f in sorted(glob.glob("corpora/**/*.csv", recursive=True) + glob.glob("corpora/**/*.jsonl", recursive=True)):
        with open(f, errors="ignore") as fh:
            words.update(re.findall(r"[a-z]{3,}", fh.read().lower()))
    return sorted(w for w in words if w not in BLOCK and not any(p in w for p in BLOCK_PARTS))


def main(src, dst):
    rng = random.Random(7)
    words = vocabulary()
    with open(src, newline="") as fin, open(dst, "w", newline="") as fout:
        r = csv.DictReader(fin)
        w = csv.DictWriter(fout, fieldnames=r.fieldnames)
        w.writeheader()
        for row in r:
            ws = row["text"].split()
            for _ in range(3):
                ws.insert(rng.randint(0, len(ws)), rng.choice(words))
            row["text"] = " ".join(ws)
            w.writerow(row)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
