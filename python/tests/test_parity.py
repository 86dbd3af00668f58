"""The package and the command line give the same annotations, field for field."""

import json
import math

import pandas as pd

import c2chat
from conftest import DEMO, read_jsonl


def _missing(v):
    return v is None or (isinstance(v, float) and math.isnan(v))


def test_annotate_file_writes_what_the_cli_writes(cli_demo, tmp_path):
    out = tmp_path / "py"
    summary = c2chat.Annotator().annotate_file(DEMO, out=out)
    assert summary["counts"]["read"] == summary["counts"]["annotated"] > 0
    for name in ("annotations.jsonl", "episodes.jsonl"):
        ours, theirs = read_jsonl(out / name), read_jsonl(cli_demo / name)
        assert len(ours) == len(theirs), name
        for a, b in zip(ours, theirs):
            assert list(a.keys()) == list(b.keys())
            for k in b:
                assert a[k] == b[k], (name, b.get("message_id"), k)
    # The derived files are byte for byte the same; the manifests differ only by run.
    assert (out / "messages.csv").read_bytes() == (cli_demo / "messages.csv").read_bytes()
    assert (out / "rejects.jsonl").read_bytes() == (cli_demo / "rejects.jsonl").read_bytes()
    m_py = json.loads((out / "manifest.json").read_text())
    m_cli = json.loads((cli_demo / "manifest.json").read_text())
    for k in ("lexicon", "model", "counts", "inputs", "outputs"):
        assert m_py[k] == m_cli[k], k


def test_annotate_dataframe_matches_the_cli(cli_demo):
    cli = read_jsonl(cli_demo / "annotations.jsonl")
    df = pd.read_csv(DEMO / "messages.csv", dtype=str, keep_default_na=False)
    got = c2chat.Annotator().annotate(df, corpus=cli[0]["corpus"])
    assert list(got["message_id"]) == [r["message_id"] for r in cli]
    rows = got.to_dict(orient="records")
    for row, rec in zip(rows, cli):
        for k, v in rec.items():
            assert row[k] == v, (rec["message_id"], k)
        for k in set(got.columns) - set(rec) - {"frames"}:
            # Fields the CLI leaves out when empty.
            assert _missing(row[k]) or row[k] in ({}, []), (rec["message_id"], k)
        assert row["frames"] == sorted({s["frame"] for s in rec["spans"]})


def test_stats_match_the_cli_stats_csv(cli, cli_demo, tmp_path):
    import subprocess

    out = tmp_path / "stats"
    subprocess.run(
        [str(cli), "stats", str(cli_demo / "annotations.jsonl"), "--by", "platform",
         "--out", str(out), "-q", "--raw-csv"],
        check=True,
    )
    theirs = pd.read_csv(out / "stats.csv", dtype={"platform": str})
    ours = c2chat.stats(cli_demo / "annotations.jsonl", by="platform")["stats"]
    assert list(ours.columns) == list(theirs.columns)
    assert len(ours) == len(theirs)
    for (_, a), (_, b) in zip(ours.iterrows(), theirs.iterrows()):
        assert (a["platform"], a["category"], a["measure"]) == (
            b["platform"], b["category"], b["measure"])
        if _missing(b["value"]):
            assert _missing(a["value"])
        else:
            assert math.isclose(a["value"], b["value"], rel_tol=1e-12, abs_tol=0.0)
    disp = pd.read_csv(out / "dispersion.csv")
    assert len(c2chat.stats(cli_demo / "annotations.jsonl", by="platform")["dispersion"]) == len(disp)


def test_compare_matches_the_cli_compare_csv(cli, cli_demo, tmp_path):
    import subprocess

    out = tmp_path / "cmp"
    subprocess.run(
        [str(cli), "stats", str(cli_demo / "annotations.jsonl"), "--compare",
         "platform=discord,snapchat", "--holm", "--out", str(out), "-q", "--raw-csv"],
        check=True,
    )
    theirs = pd.read_csv(out / "compare.csv")
    ours = c2chat.stats(cli_demo / "annotations.jsonl", compare="platform=discord,snapchat",
                        holm=True)["compare"]
    assert list(ours.columns) == list(theirs.columns) == c2chat.COMPARE_COLUMNS
    assert len(ours) == len(theirs) > 0
    for (_, a), (_, b) in zip(ours.iterrows(), theirs.iterrows()):
        for col in c2chat.COMPARE_COLUMNS:
            if isinstance(b[col], str):
                assert a[col] == b[col], col
            elif _missing(b[col]):
                assert _missing(a[col]), (b["category"], col)
            else:
                assert math.isclose(a[col], b[col], rel_tol=1e-12, abs_tol=1e-300), (b["category"], col)


def test_episodes_of_a_dataframe_match_the_cli(cli_demo):
    """``run(df).episodes`` holds the records of the CLI's ``episodes.jsonl``, as ``json.loads``
    reads them: the same fields in the same order, the same values and the same Python types
    (ints stay ints, floats floats, missing values None)."""
    cli = read_jsonl(cli_demo / "episodes.jsonl")
    assert cli, "the demo corpus has episodes"
    df = pd.read_csv(DEMO / "messages.csv", dtype=str, keep_default_na=False)
    corpus = read_jsonl(cli_demo / "annotations.jsonl")[0]["corpus"]
    eps = c2chat.Annotator().run(df, corpus=corpus).episodes
    assert list(eps.columns) == c2chat.EPISODE_COLUMNS
    assert len(eps) == len(cli)

    def typed(v):
        if isinstance(v, dict):
            return {k: typed(x) for k, x in v.items()}, list(v)
        if isinstance(v, list):
            return [typed(x) for x in v]
        return v, type(v).__name__

    for row, rec in zip(eps.to_dict(orient="records"), cli):
        for k in c2chat.EPISODE_COLUMNS:
            want = rec.get(k)
            got = None if _missing(row[k]) else row[k]
            if isinstance(want, (dict, list)):
                assert typed(got) == typed(want), (rec["episode_id"], k)
            else:
                assert got == want, (rec["episode_id"], k)
