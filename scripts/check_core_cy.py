#!/usr/bin/env python3
"""Validate the Welsh lexicon lexicons/core-cy (data only; no cargo needed).

Checks (exit 1 on any error):
  * lexicon.toml: name, version, language = "cy", no [[categories]];
  * mutations.toml: top-level `unmutated` list, [soft]/[nasal]/[aspirate] tables, [h_prothesis] vowels;
  * entries/*.tsv: core's header, 6 columns, core category ids, severity 1-3, match word|prefix|phrase
    (a multi-word term is `phrase`), every note starts with `source:`, every `unless` compiles,
    no duplicate term after folding diacritics, and no term that is a mutated form of another term
    (both `llun` and `lun`): terms are written in their radical form;
  * patterns.toml, frames.toml, rules.toml: every regex compiles with Python `re` once `<m:word>` is
    replaced (by `(?:word)`, and again by the word's full group of forms), no lookaround or
    backreference (Rust `regex` has neither), ids unique and prefixed `cy.`, categories known, rules.toml
    sets only the regex cue keys, frames use known fields and frames;
  * the README's counts per category match the TSVs (`--counts` prints them);
  * examples: a few sentences written for this script (synthetic, never from an evaluation set) that must
    or must not be flagged, matched the way the loader does (radical terms plus mutated forms, `unless`).

Usage: python3 scripts/check_core_cy.py [--counts] [--verbose]
Written for c2chat; the Welsh needs review by a Welsh speaker.
"""
import collections
import itertools
import pathlib
import re
import sys
import tomllib
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
CY = ROOT / "lexicons" / "core-cy"
CORE = ROOT / "lexicons" / "core"
ERRORS = []


def err(where, msg):
    ERRORS.append(f"{where}: {msg}")


# ------------------------------------------------------------------ normalisation and mutation
def fold(s):
    """The parts of c2chat's normaliser that matter for Welsh text: diacritics, case, quotes, runs."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = s.lower()
    return re.sub(r"([a-z])\1\1+", r"\1", s)


MUT = tomllib.loads((CY / "mutations.toml").read_text())


def forms(word):
    """Radical first, then soft, nasal, aspirate and h- forms, per mutations.toml (longest key wins)."""
    w = fold(word)
    out = [w]
    if not w or any(w.startswith(u) for u in MUT.get("unmutated", [])):
        return out
    for table in ("soft", "nasal", "aspirate"):
        keys = sorted(MUT.get(table, {}), key=len, reverse=True)
        for k in keys:
            if w.startswith(k):
                out.append(MUT[table][k] + w[len(k):])
                break
    if w[0] in MUT.get("h_prothesis", {}).get("vowels", []):
        out.append("h" + w)
    seen = []
    for f in out:
        if f and f not in seen:
            seen.append(f)
    return seen


M_RE = re.compile(r"<m:([^>]*)>")


def expand(rx, full=True):
    def one(m):
        w = m.group(1)
        if not re.fullmatch(r"[a-z][a-z-]*", w):
            raise ValueError(f"<m:{w}>: write one lower-case ASCII word")
        return "(?:" + "|".join(re.escape(f) for f in (forms(w) if full else [w])) + ")"
    return M_RE.sub(one, rx)


def compile_rx(where, rx):
    if rx is None or rx == "":
        return None
    if re.search(r"\(\?<?[=!]", rx):
        err(where, "lookaround is not supported by Rust regex")
    if re.search(r"\\[1-9]", rx):
        err(where, "backreferences are not supported by Rust regex")
    try:
        re.compile(expand(rx, full=False))
        return re.compile(expand(rx, full=True))
    except (re.error, ValueError) as e:
        err(where, f"regex does not compile: {e}")
        return None


# ------------------------------------------------------------------ core facts
CORE_LEX = tomllib.loads((CORE / "lexicon.toml").read_text())
CATS = {c["id"] for c in CORE_LEX.get("categories", [])}
CORE_HEADER = (CORE / "entries" / "coercive.tsv").read_text().split("\n", 1)[0]
CUE_KEYS = {"refusal", "persistence", "nudge", "challenge", "support", "held_image", "exposure", "condition",
            "benign_secret"}
CUE_FIELDS = {"id", "frame", "description", "source", "before", "after", "around", "when", "categories", "with", "comma_breaks",
              "except", "at_start", "unless", "label", "gap"}
FRAMES = {"quoted", "hypothetical", "generic", "reported", "negated"}


def cat_ok(c):
    return c in CATS


# ------------------------------------------------------------------ lexicon.toml and mutations.toml
def check_lexicon_toml():
    p = CY / "lexicon.toml"
    if not p.exists():
        err(p.name, "missing")
        return
    d = tomllib.loads(p.read_text())
    for k, v in (("name", "core-cy"), ("version", "0.2.1"), ("language", "cy")):
        if d.get(k) != v:
            err(p.name, f"{k} should be {v!r}, is {d.get(k)!r}")
    if "description" not in d:
        err(p.name, "no description")
    if d.get("categories"):
        err(p.name, "a companion lexicon has no [[categories]]: it uses core's")


def check_mutations():
    text = (CY / "mutations.toml").read_text()
    first_table = re.search(r"^\[", text, re.M)
    first_unmut = re.search(r"^unmutated\s*=", text, re.M)
    if not first_unmut or (first_table and first_unmut.start() > first_table.start()):
        err("mutations.toml", "`unmutated` must be a top-level key before any table")
    if MUT.get("unmutated") != ["ch", "ph", "th", "dd", "ff", "ng"]:
        err("mutations.toml", f"unmutated is {MUT.get('unmutated')}")
    for t in ("soft", "nasal", "aspirate"):
        if not isinstance(MUT.get(t), dict) or not MUT[t]:
            err("mutations.toml", f"[{t}] missing or empty")
    if not MUT.get("h_prothesis", {}).get("vowels"):
        err("mutations.toml", "[h_prothesis] vowels missing")
    # the table itself, one assertion per consonant and mutation (the standard Welsh table)
    expect = {
        "pen": ["pen", "ben", "mhen", "phen"], "tad": ["tad", "dad", "nhad", "thad"],
        "cath": ["cath", "gath", "nghath", "chath"], "bai": ["bai", "fai", "mai"],
        "dim": ["dim", "ddim", "nim"], "gwneud": ["gwneud", "wneud", "ngwneud"],
        "mam": ["mam", "fam"], "llun": ["llun", "lun"], "rhannu": ["rhannu", "rannu"],
        "athro": ["athro", "hathro"], "ysgol": ["ysgol", "hysgol"], "wyneb": ["wyneb", "hwyneb"],
        "chwaer": ["chwaer"], "ddoe": ["ddoe"], "ffrind": ["ffrind"], "ngwely": ["ngwely"],
        "phen": ["phen"], "thad": ["thad"], "sgwrs": ["sgwrs"], "neb": ["neb"], "fi": ["fi"],
    }
    for w, want in expect.items():
        got = forms(w)
        if got != want:
            err("mutations.toml", f"forms({w!r}) = {got}, expected {want}")


# ------------------------------------------------------------------ entries
Entry = collections.namedtuple("Entry", "term cat sev match note unless file line")


def read_entries():
    entries = []
    for p in sorted((CY / "entries").glob("*.tsv")):
        lines = p.read_text().split("\n")
        if lines[0] != CORE_HEADER:
            err(p.name, f"header is {lines[0]!r}, core's is {CORE_HEADER!r}")
        for i, line in enumerate(lines[1:], start=2):
            if not line.strip() or line.startswith("#"):
                continue
            f = line.split("\t")
            where = f"{p.name}:{i}"
            if len(f) != 6:
                err(where, f"{len(f)} columns, expected 6")
                continue
            term, cat, sev, match, note, unless = f
            if term != term.strip() or not term:
                err(where, "empty term or stray spaces")
            if term != term.lower():
                err(where, "terms are lower case")
            if not cat_ok(cat):
                err(where, f"unknown category {cat!r}")
            if sev not in ("1", "2", "3"):
                err(where, f"severity {sev!r} is not 1-3")
            if match not in ("word", "prefix", "phrase"):
                err(where, f"match {match!r} is not word|prefix|phrase")
            if match == "word" and " " in term:
                err(where, "a multi-word term must be `phrase`")
            if match == "prefix" and not term.endswith("*"):
                err(where, "a prefix term ends with *")
            if match == "phrase" and " " not in term:
                err(where, "a one-word term is `word` or `prefix`")
            if not note.startswith("source:"):
                err(where, "note must start with `source:`")
            if "needs review" not in note and "GPC" not in note and "Geiriadur" not in note:
                err(where, "a note names a dictionary or says `needs review by a Welsh speaker`")
            rx = compile_rx(where + " unless", unless) if unless else None
            entries.append(Entry(term, cat, int(sev) if sev.isdigit() else 0, match, note, rx, p.name, i))
    return entries


def variants(term):
    words = fold(term.rstrip("*")).split()
    return {" ".join(c) for c in itertools.product(*(forms(w) for w in words))}


def check_entries(entries):
    by_key = {}
    for e in entries:
        k = fold(e.term)
        if k in by_key:
            o = by_key[k]
            err(f"{e.file}:{e.line}", f"duplicate of {o.file}:{o.line} ({o.term!r}) after folding")
        by_key[k] = e
    for e in entries:
        for v in variants(e.term) - {fold(e.term.rstrip('*'))}:
            if v in by_key and by_key[v] is not e:
                o = by_key[v]
                err(f"{o.file}:{o.line}", f"{o.term!r} is a mutated form of {e.term!r} ({e.file}:{e.line}): "
                    "write terms in the radical form only")


def entry_regex(e):
    parts = []
    for w in fold(e.term).split():
        star = w.endswith("*")
        fs = forms(w.rstrip("*"))
        parts.append("(?:" + "|".join(re.escape(f) for f in fs) + ")" + (r"\w*" if star else ""))
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")


# ------------------------------------------------------------------ patterns, frames, rules
def check_patterns():
    p = CY / "patterns.toml"
    d = tomllib.loads(p.read_text())
    core_ids = {x["id"] for x in tomllib.loads((CORE / "patterns.toml").read_text()).get("pattern", [])}
    ids = set()
    out = []
    for x in d.get("pattern", []):
        pid = x.get("id", "?")
        where = f"patterns.toml {pid}"
        if not pid.startswith("cy."):
            err(where, "id must start with `cy.`")
        if pid in ids or pid in core_ids:
            err(where, "duplicate id")
        ids.add(pid)
        if not cat_ok(x.get("category")):
            err(where, f"unknown category {x.get('category')!r}")
        if x.get("category", "").startswith("sexualised.explicit"):
            err(where, "sexualised.explicit has entries only, no patterns")
        if x.get("severity") not in (1, 2, 3):
            err(where, "severity must be 1-3")
        rx = compile_rx(where + " regex", x.get("regex"))
        un = compile_rx(where + " unless", x.get("unless")) if x.get("unless") else None
        out.append((pid, x.get("category"), rx, un))
    return out


def check_frames():
    p = CY / "frames.toml"
    d = tomllib.loads(p.read_text())
    core_ids = {c["id"] for c in tomllib.loads((CORE / "frames.toml").read_text()).get("cue", [])}
    ids = set()
    for c in d.get("cue", []):
        cid = c.get("id", "?")
        where = f"frames.toml {cid}"
        if not cid.startswith("cy."):
            err(where, "id must start with `cy.`")
        if cid in ids or cid in core_ids:
            err(where, "duplicate id")
        ids.add(cid)
        for k in c:
            if k not in CUE_FIELDS:
                err(where, f"unknown field {k!r}")
        if c.get("frame") not in FRAMES:
            err(where, f"unknown frame {c.get('frame')!r}")
        for k in ("before", "after", "around", "unless", "with"):
            if k in c:
                compile_rx(f"{where} {k}", c[k])
        for k in ("categories", "except"):
            for cat in c.get(k, []):
                if not cat_ok(cat):
                    err(where, f"unknown category {cat!r} in {k}")
        for k in ("when", "label"):
            if k in c and not cat_ok(c[k]):
                err(where, f"unknown category {c[k]!r} in {k}")
        if not any(k in c for k in ("before", "after", "around", "when")):
            err(where, "a cue needs before, after, around or when")
    return d.get("cue", [])


def check_rules():
    d = tomllib.loads((CY / "rules.toml").read_text())
    out = {}
    for k, v in d.items():
        if k not in CUE_KEYS:
            err("rules.toml", f"{k!r}: a companion's rules.toml sets only {sorted(CUE_KEYS)}")
            continue
        out[k] = compile_rx(f"rules.toml {k}", v)
    return out


# ------------------------------------------------------------------ README counts
def counts(entries, patterns):
    c = collections.Counter()
    for e in entries:
        c[(e.cat, "entries")] += 1
    for _, cat, _, _ in patterns:
        c[(cat, "patterns")] += 1
    cats = sorted({k[0] for k in c})
    rows = [(cat, c[(cat, "entries")], c[(cat, "patterns")]) for cat in cats]
    return rows


def counts_table(rows):
    lines = ["| category | entries | patterns |", "| --- | ---: | ---: |"]
    for cat, e, p in rows:
        lines.append(f"| `{cat}` | {e} | {p} |")
    lines.append(f"| **total** | {sum(r[1] for r in rows)} | {sum(r[2] for r in rows)} |")
    return "\n".join(lines)


def check_readme(rows):
    p = CY / "README.md"
    if not p.exists():
        err("README.md", "missing")
        return
    if counts_table(rows) not in p.read_text():
        err("README.md", "the counts table is out of date: run with --counts and paste it")


# ------------------------------------------------------------------ examples
# Written for this script (synthetic, non-graphic, never taken from an evaluation set). Each positive
# names a category that the lexicon or a pattern must find; each negative is everyday school chat that
# must give no hit at all. Frames and conversation state are not simulated here.
POS = [
    ("anfona lun i mi heno", "coercive.image_request"),
    ("wnei di yrru pic i fi", "coercive.image_request"),
    ("send llun plis", "coercive.image_request"),
    ("ga i lun ohonot ti", "coercive.image_request"),
    ("anfona nudes", "coercive.image_request"),
    ("dwi isio llun ohonot ti", "coercive.image_request"),
    ("tynna dy dop i ffwrdd", "coercive.image_request"),
    ("dere mlaen, jyst un llun", "coercive.pressure"),
    ("ti mor boring, pam lai", "coercive.pressure"),
    ("os ti'n caru fi mi wnei di", "coercive.pressure"),
    ("mae pawb yn anfon lluniau", "coercive.pressure"),
    ("os na wnei di anfon o, mi wna i ddangos i bawb", "coercive.threat"),
    ("send a pic neu dwi'n deud wrth bawb", "coercive.threat"),
    ("anfona lun or else", "coercive.threat"),
    ("if u dont send it dwi'n postio fo", "coercive.threat"),
    ("heblaw bod ti'n anfon un, dwi'n postio fo", "coercive.threat"),
    ("wna i bostio fo ar y gc", "coercive.exposure"),
    ("bydd pawb yn gweld dy lun", "coercive.exposure"),
    ("mae dy lun yn mynd rownd yr ysgol", "coercive.exposure"),
    ("dwi'n mynd i rannu'r screenshots efo pawb", "coercive.exposure"),
    ("paid deud wrth neb am hyn", "coercive.secrecy"),
    ("cadw fo'n gyfrinach, ein cyfrinach bach ni", "coercive.secrecy"),
    ("dilea'r sgwrs ar ol darllen", "coercive.secrecy"),
    ("paid bod yn snitch", "coercive.secrecy"),
    ("ei bai hi ydi o am anfon", "victim_blaming.blame"),
    ("ddylai hi ddim fod wedi anfon y llun", "victim_blaming.blame"),
    ("be oedd hi'n ddisgwyl", "victim_blaming.blame"),
    ("jyst banter oedd o", "victim_blaming.minimising"),
    ("paid bod mor sensitif", "victim_blaming.minimising"),
    ("hogia fydd hogia", "victim_blaming.minimising"),
    ("stopia, gad lonydd iddi", "protective.challenge"),
    ("dydi hynna ddim yn iawn", "protective.challenge"),
    ("dim dy fai di ydi o", "protective.support"),
    ("ti'n iawn? paid gwrando arno fo", "protective.support"),
    ("deud wrth athro", "protective.reporting"),
    ("riportia fo a blocia fo", "protective.reporting"),
    ("dwi wedi deud wrth Miss", "protective.reporting"),
    ("be ddylwn i neud, mae o'n dal i ofyn am lunia", "protective.help_seeking"),
    ("ti'n secsi", "sexualised.appearance"),
    ("mae hi'n hwren", "sexualised.names"),
    ("bet ti dal yn virgin", "sexualised.jokes"),
]
NEG = [
    "anfona lun o'r gwaith cartref plis",
    "wnei di yrru llun o'r ci i fi",
    "dangos y llun i Miss",
    "ga i lun o'r bwrdd gwyn",
    "dydd Llun mae'r trip",
    "ti'n iawn? ti isio dod i'r dre fory?",
    "haia ti'n iawn?",
    "os na wnei di ddod i'r parti bydda i'n drist",
    "paid deud wrth neb am y parti syrpreis",
    "dwi ddim yn gwybod be i neud efo'r gwaith cartref",
    "gad hi fod, awn ni fory",
    "mae'n boeth heddiw",
    "dwi wedi anfon y llun i ti yn barod",
    "mae pawb wedi gweld y ffilm newydd",
    "pwy sy'n dod i ymarfer rygbi heno",
    "be ti'n gwisgo i'r parti nos sadwrn",
    "anfona'r linc plis",
    "mae'r bws yn hwyr eto",
    "dwi'n mynd i rannu'r pitsa efo pawb",
    "na i anfon o i ti wedyn",
    "tyrd neu fyddi di'n hwyr",
    "gwna dy waith cartref neu byddi di mewn trwbl",
    "jyst jôc oedd hi, knock knock",
    "dwi'n meddwl mai bai'r reff oedd o",
    "mae hi'n ffit i chwarae dydd sadwrn",
    "llongyfarchiadau ar y gêm",
    "dwi'n cael pizza i swper",
    "mae'r lluniau o'r eisteddfod ar y wefan",
    "wyt ti wedi gorffen y traethawd",
    "ti isio dod draw i chwarae fifa",
]


# The conversation cues of rules.toml: (key, message, should it match).
RULE_EXAMPLES = [
    ("refusal", "na", True), ("refusal", "na, dim diolch", True), ("refusal", "naddo", True),
    ("refusal", "paid", True), ("refusal", "stopia ofyn", True), ("refusal", "gad lonydd i fi", True),
    ("refusal", "dwi ddim yn anfon llun", True), ("refusal", "na i anfon o rwan", False),
    ("refusal", "na i ddangos i bawb", False), ("refusal", "paid bod yn boring", False),
    ("persistence", "dere mlaen", True), ("persistence", "pam lai", True), ("persistence", "iawn diolch", False),
    ("nudge", "??", True), ("nudge", "dal i aros", True), ("nudge", "dere mlaen ta", True),
    ("nudge", "wela i di fory", False),
    ("challenge", "afiach", True), ("challenge", "oi stopia fo!", True), ("challenge", "ok", False),
    ("support", "ti'n iawn?", True), ("support", "anwybydda fo", True), ("support", "dwi yma", False),
    ("held_image", "mae gen i dy lunia di", True), ("held_image", "dwi wedi screenshotio dy negeseuon", True),
    ("held_image", "mae gen i luniau o'r trip", False), ("held_image", "gen i dy gôt", False),
    ("exposure", "bydd pawb yn gweld", True), ("exposure", "i'r gc", True), ("exposure", "pawb yn iawn", False),
    ("condition", "heblaw bod ti'n", True), ("condition", "os na wnei di", True), ("condition", "os ti'n dod", False),
    ("benign_secret", "parti syrpreis", True), ("benign_secret", "ond dwi'n ffansio fo", True),
    ("benign_secret", "paid deud wrth neb am y lluniau", False),
]


def run_rule_examples(rules):
    for key, msg, want in RULE_EXAMPLES:
        rx = rules.get(key)
        if rx is None:
            err("rules example", f"no {key} regex")
            continue
        if bool(rx.search(fold(msg))) != want:
            err("rules example", f"{key} on {msg!r} should be {want}")


def run_examples(entries, patterns, verbose):
    ent = [(e, entry_regex(e)) for e in entries]

    def hits(msg):
        t = fold(msg)
        found = []
        for e, rx in ent:
            if rx.search(t) and not (e.unless and e.unless.search(t)):
                found.append((e.cat, "lex:" + e.term))
        for pid, cat, rx, un in patterns:
            if rx and rx.search(t) and not (un and un.search(t)):
                found.append((cat, pid))
        return found

    for msg, cat in POS:
        h = hits(msg)
        if not any(c == cat or c.startswith(cat + ".") for c, _ in h):
            err("example", f"{msg!r} should be {cat}, got {h}")
        elif verbose:
            print(f"ok  + {msg!r}: {h}")
    for msg in NEG:
        h = hits(msg)
        if h:
            err("example", f"{msg!r} should give no hit, got {h}")
        elif verbose:
            print(f"ok  - {msg!r}")


def main():
    verbose = "--verbose" in sys.argv
    check_lexicon_toml()
    check_mutations()
    entries = read_entries()
    check_entries(entries)
    patterns = check_patterns()
    check_frames()
    rules = check_rules()
    run_rule_examples(rules)
    rows = counts(entries, patterns)
    if "--counts" in sys.argv:
        print(counts_table(rows))
    check_readme(rows)
    run_examples(entries, patterns, verbose)
    if ERRORS:
        print("\n".join(ERRORS))
        print(f"{len(ERRORS)} error(s)")
        sys.exit(1)
    print(f"core-cy ok: {len(entries)} entries, {len(patterns)} patterns, {len(POS)} + {len(NEG)} examples")


if __name__ == "__main__":
    main()
