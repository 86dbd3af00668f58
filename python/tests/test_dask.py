"""c2chat.dask on a real distributed cluster (two worker processes): the annotations, the
episodes and the merged statistics (episode counts included) equal a single-process run, on
the demo corpus and a synthetic one."""

import json
import subprocess

import pandas as pd
import pytest

import c2chat
from conftest import DEMO, read_jsonl

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
import dask  # noqa: E402
import c2chat.dask  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
    )
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def annotator():
    return c2chat.Annotator()


def _by_id(df):
    return {r["message_id"]: r for r in df.to_dict(orient="records")}


def _same_annotations(got, want):
    """Equal records, and each conversation's messages in the same order."""
    assert list(got.columns) == list(want.columns) == c2chat.ANNOTATION_COLUMNS
    assert len(got) == len(want)
    g, w = _by_id(got), _by_id(want)
    assert g.keys() == w.keys()
    for k in w:
        assert pd.Series(g[k]).to_json() == pd.Series(w[k]).to_json(), k
    for conv, rows in want.groupby("conversation_id", sort=False):
        assert list(got[got["conversation_id"] == conv]["message_id"]) == list(rows["message_id"])


def _episode_records(df):
    """Episodes as JSON records by id (order across partitions is Dask's)."""
    recs = json.loads(df.to_json(orient="records"))
    return {r["episode_id"]: r for r in recs}


def _check_run(client, annotator, msgs, corpus, by, period, in_parts, out_parts):
    res = annotator.run(msgs, corpus=corpus)
    single, single_eps = res.annotations, res.episodes
    assert len(single_eps) > 0
    ddf = dd.from_pandas(msgs, npartitions=in_parts, sort=False)
    ann, eps = dask.persist(*c2chat.dask.run(ddf, corpus=corpus, npartitions=out_parts))
    assert eps.npartitions == ann.npartitions == out_parts
    parts = dask.compute(*ann.to_delayed())
    assert len(parts) == out_parts
    seen = set()
    for p in parts:  # each conversation in exactly one partition
        convs = set(p["conversation_id"])
        assert not convs & seen
        seen |= convs
    assert sum(len(p) > 0 for p in parts) > 1
    _same_annotations(ann.compute().reset_index(drop=True), single)
    # annotate() gives the same annotations as run().
    alone = c2chat.dask.annotate(ddf, corpus=corpus, npartitions=out_parts).compute()
    _same_annotations(alone.reset_index(drop=True), single)
    got_eps = eps.compute()
    assert list(got_eps.columns) == list(single_eps.columns) == c2chat.EPISODE_COLUMNS
    assert _episode_records(got_eps) == _episode_records(single_eps)

    # Without the episodes: message statistics only (no episode counts on either side).
    plain = c2chat.dask.stats_partial(ann, by=by, period=period, split_every=2).compute()
    assert plain == c2chat.stats_partial(single, by=by, period=period)
    assert '"episodes"' not in plain
    # With them: the episode counts merge exactly, as the message counts do.
    merged = c2chat.dask.stats_partial(
        ann, episodes=eps, by=by, period=period, split_every=2
    ).compute()
    assert '"episodes"' in merged
    assert merged == c2chat.stats_partial(single, episodes=single_eps, by=by, period=period)
    tables = c2chat.dask.stats(ann, episodes=eps, by=by, period=period)
    want = c2chat.stats(single, episodes=single_eps, by=by, period=period)
    assert "episodes" in want and want["episodes"]["episodes"].sum() == len(single_eps)
    assert set(tables) == set(want)
    for k in want:
        pd.testing.assert_frame_equal(tables[k], want[k])
    # The partitions were annotated in the worker processes, not here.
    loaded = client.run(lambda: len(c2chat.dask._ANNOTATORS))
    assert len(loaded) == 2 and sum(loaded.values()) >= 1
    return merged


def test_demo_on_a_local_cluster_equals_one_process(client, annotator, cli, cli_demo, tmp_path):
    msgs = pd.read_csv(DEMO / "messages.csv", dtype=str, keep_default_na=False)
    corpus = read_jsonl(cli_demo / "annotations.jsonl")[0]["corpus"]
    merged = _check_run(client, annotator, msgs, corpus, "platform", "month", in_parts=3, out_parts=2)
    # ... and equals the command line's partial of the same annotations with the episodes.jsonl
    # beside them (episode counts included), byte for byte; stats merge of it writes the same
    # episode_stats.csv.
    subprocess.run([str(cli), "stats", str(cli_demo / "annotations.jsonl"), "--partial", "-q",
                    "--by", "platform", "--period", "month", "--out", str(tmp_path / "st")],
                   check=True)
    assert merged == (tmp_path / "st" / "partial.json").read_text(encoding="utf-8")
    (tmp_path / "dask.json").write_text(merged, encoding="utf-8")
    for name, src in (("cli", tmp_path / "st" / "partial.json"), ("dask", tmp_path / "dask.json")):
        subprocess.run([str(cli), "stats", "merge", str(src), "--out", str(tmp_path / name), "-q"],
                       check=True)
    assert (tmp_path / "dask" / "episode_stats.csv").read_bytes() == (
        tmp_path / "cli" / "episode_stats.csv").read_bytes()
    # A path's episodes are those beside it, as the command line reads them.
    assert c2chat.stats_partial(cli_demo / "annotations.jsonl", by="platform",
                                period="month") == merged


def test_synthetic_corpus_on_a_local_cluster_equals_one_process(client, annotator, cli, tmp_path):
    path = tmp_path / "synth.csv"
    subprocess.run([str(cli), "synth", "--messages", "3000", "--seed", "7", "--out", str(path)],
                   check=True)
    msgs = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert msgs["conversation_id"].nunique() > 10
    _check_run(client, annotator, msgs, "synth", ["conversation"], None, in_parts=5, out_parts=4)


def test_episodes_of_another_run_are_refused(client):
    msgs = pd.DataFrame({"message_id": ["a1", "a2"], "conversation_id": ["t1", "t1"],
                         "text": ["send me a pic", "no"]})
    ann, _ = c2chat.dask.run(dd.from_pandas(msgs, npartitions=1), model=False)
    _, eps3 = c2chat.dask.run(dd.from_pandas(msgs, npartitions=1), npartitions=3, model=False)
    with pytest.raises(c2chat.C2chatError, match="3 partitions and the annotations 1"):
        c2chat.dask.stats_partial(ann, episodes=eps3)


def test_bad_input_is_a_clear_error():
    ddf = dd.from_pandas(pd.DataFrame({"message_id": ["a"], "text": ["hi"]}), npartitions=1)
    with pytest.raises(c2chat.C2chatError, match="no 'conversation_id' column"):
        c2chat.dask.annotate(ddf)
    with pytest.raises(c2chat.C2chatError, match="unknown Annotator option 'lexicn'"):
        c2chat.dask.annotate(ddf, conversation_col="message_id", lexicn="core")


def test_other_conversation_column_and_rejected_rows(client):
    msgs = pd.DataFrame({
        "message_id": ["a1", "a2", "b1", "b2"],
        "thread": ["t1", "t1", "t2", "t2"],
        "text": ["send me a pic", "no", "", " "],
    })
    ann = c2chat.dask.annotate(dd.from_pandas(msgs, npartitions=2), conversation_col="thread",
                               model=False).compute()
    # The whole of t2 is rejected (empty texts): left out, not an error.
    assert sorted(ann["message_id"]) == ["a1", "a2"]
    assert set(ann["conversation_id"]) == {"t1"}
    assert ann["scores"].isna().all()
