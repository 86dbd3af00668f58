"""The tiny line format shared by build_a.py, build_c.py, build_d.py and build_e.py.

Each conversation is written as a block of lines:
    <speaker-letter>[/<code>,<code>...] <text>
e.g.  "A/ir hey send me a pic of u"   or   "B no"   (no codes -> gold [])
"""

import json
import random

CODES = {
    "ir": "coercive.image_request",
    "pr": "coercive.pressure",
    "th": "coercive.threat",
    "ex": "coercive.exposure",
    "se": "coercive.secrecy",
    "vb": "victim_blaming.blame",
    "vm": "victim_blaming.minimising",
    "pc": "protective.challenge",
    "ps": "protective.support",
    "ph": "protective.help_seeking",
    "rp": "protective.reporting",
    "sa": "sexualised.appearance",
    "sn": "sexualised.names",
    "sj": "sexualised.jokes",
}


def conversation_adder(convs, max_len=12):
    """A function `c(kind, block)` that parses one conversation block and appends
    `(kind, [(letter, [codes], text), ...])` to `convs`; it exits with a message naming the
    bad line on an unknown speaker letter or code, an empty text, or a conversation of fewer
    than 3 or more than `max_len` messages."""

    def c(kind, block):
        msgs = []
        for raw in block.strip("\n").split("\n"):
            line = raw.strip()
            if not line:
                continue
            head, _, text = line.partition(" ")
            letter, _, codes = head.partition("/")
            codes = [x for x in codes.split(",") if x]
            if len(letter) != 1 or not letter.isupper():
                raise SystemExit(f"bad speaker in line: {raw!r}")
            for x in codes:
                if x not in CODES:
                    raise SystemExit(f"bad code {x!r} in line: {raw!r}")
            text = text.strip()
            if not text:
                raise SystemExit(f"empty text: {raw!r}")
            msgs.append((letter, codes, text))
        if not 3 <= len(msgs) <= max_len:
            raise SystemExit(f"conversation has {len(msgs)} messages: {block[:80]!r}")
        convs.append((kind, msgs))

    return c


def write_conversations(convs, seed, prefix, n_speakers, out_path):
    """Shuffle `convs` with `random.Random(seed)`, give each conversation the id
    `<prefix><n:03d>` and its speakers pseudonyms `<prefix>_s<i:03d>` drawn from 1..n_speakers,
    write them as JSON Lines to `out_path`, and return the rows written."""
    rng = random.Random(seed)
    order = list(range(len(convs)))
    rng.shuffle(order)
    rows = []
    for n, idx in enumerate(order, start=1):
        _kind, msgs = convs[idx]
        cid = f"{prefix}{n:03d}"
        letters = sorted({m[0] for m in msgs})
        ids = rng.sample(range(1, n_speakers + 1), len(letters))
        spk = {l: f"{prefix}_s{i:03d}" for l, i in zip(letters, ids)}
        for k, (letter, codes, text) in enumerate(msgs, start=1):
            gold = sorted({CODES[x] for x in codes})
            rows.append({"conversation_id": cid, "message_id": f"{cid}-{k:02d}",
                         "speaker": spk[letter], "text": text, "gold": gold})
    with open(out_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def build(convs, seed, prefix, n_speakers, script, name):
    """The shared `main` of the build scripts: refuse a conversation written twice, write
    `convs` to `name` next to `script` (`write_conversations`), and print the counts (by kind,
    negatives, multi-label messages, distinct texts, positives per id). Returns the rows."""
    from collections import Counter
    import os

    seen = set()
    for _kind, msgs in convs:
        key = tuple(m[2] for m in msgs)
        if key in seen:
            raise SystemExit(f"duplicate conversation: {msgs[0][2]!r}")
        seen.add(key)
    out_path = os.path.join(os.path.dirname(os.path.abspath(script)), name)
    rows = write_conversations(convs, seed, prefix, n_speakers, out_path)
    kinds = Counter(k for k, _ in convs)
    kind_msgs = Counter()
    for k, msgs in convs:
        kind_msgs[k] += len(msgs)
    labels = Counter(g for r in rows for g in r["gold"])
    neg = sum(1 for r in rows if not r["gold"])
    multi = sum(1 for r in rows if len(r["gold"]) > 1)
    print(f"wrote {out_path}")
    print(f"conversations: {len(convs)} {dict(kinds)}")
    print(f"messages per kind: {dict(kind_msgs)}")
    print(f"messages: {len(rows)}  negatives: {neg} ({100*neg/len(rows):.1f}%)  multi-label: {multi}")
    print(f"distinct texts: {len({r['text'] for r in rows})}")
    for g, n in sorted(labels.items()):
        print(f"  {g}: {n}")
    return rows
