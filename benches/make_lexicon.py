#!/usr/bin/env python3
"""Write a synthetic lexicon of N pseudo-word terms (plus the core lexicon's categories) for the
lexicon-size benchmark: python3 benches/make_lexicon.py N OUTDIR"""
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
import os

os.makedirs(out, exist_ok=True)
rng = random.Random(20261124)
cats = ["coercive.pressure", "protective", "sexualised.jokes", "victim_blaming.minimising"]
with open(os.path.join(out, "lexicon.toml"), "w") as f:
    f.write('name = "synthetic"\nversion = "0"\n')
    for c in cats:
        f.write(f'[[categories]]\nid = "{c}"\ndefinition = "synthetic"\n')
seen = set()
with open(os.path.join(out, "entries.tsv"), "w") as f:
    f.write("term\tcategory\tseverity\tmatch\tnote\n")
    # A few real phrases so there are hits, then pseudo-words.
    for t in ["u owe me", "just banter", "report it", "everyone knows"]:
        seen.add(t)
        f.write(f"{t}\t{rng.choice(cats)}\t1\tphrase\t\n")
    while len(seen) < n:
        w = "".join(rng.choice("bcdfghjklmnpqrstvwxz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
        if w in seen:
            continue
        seen.add(w)
        f.write(f"{w}\t{rng.choice(cats)}\t1\tword\t\n")
