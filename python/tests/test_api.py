"""The Python API: inputs, ids, rejects, the PII gate, errors and statistics."""

import threading

import pandas as pd
import pytest

import c2chat
from conftest import DEMO


@pytest.fixture(scope="module")
def annotator():
    return c2chat.Annotator()


def test_list_of_strings_gives_one_row_per_message(annotator):
    texts = ["send me a pic", "it was just banter", "see u at practice"]
    df = annotator.annotate(texts)
    assert list(df.columns) == c2chat.ANNOTATION_COLUMNS
    assert list(df["message_id"]) == ["m1", "m2", "m3"]
    assert list(df["text"]) == texts
    # Without a conversation column each message is a conversation of its own.
    assert df["conversation_id"].nunique() == 3
    assert set(df["lang"]) <= {"en", "cy", "mixed", "und"}
    for spans, frames, labels in zip(df["spans"], df["frames"], df["labels"]):
        assert frames == sorted({s["frame"] for s in spans})
        for s in spans:
            assert {"start", "end", "category", "frame", "source"} <= set(s)
        assert labels == sorted(set(labels))


def test_same_text_same_annotation_whatever_the_row(annotator):
    a = annotator.annotate(["send me a pic"])
    b = annotator.annotate(["hiya", "send me a pic"])
    assert a["labels"].iloc[0] == b["labels"].iloc[1]
    assert a["spans"].iloc[0] == b["spans"].iloc[1]


def test_dataframe_columns_are_used(annotator):
    df = pd.DataFrame(
        {
            "message_id": ["a1", "a2", "a3"],
            "conversation_id": ["c1", "c1", "c1"],
            "speaker": ["s1", "s2", "s1"],
            "timestamp": ["2025-01-10T16:00:00Z", "2025-01-10T16:01:00Z", "2025-01-10T16:02:00Z"],
            "text": ["send me a pic", "no", "go on send one"],
            "platform": ["chat", "chat", "chat"],
        }
    )
    got = annotator.annotate(df)
    assert list(got["message_id"]) == ["a1", "a2", "a3"]
    assert list(got["speaker"]) == ["s1", "s2", "s1"]
    assert set(got["conversation_id"]) == {"c1"}
    assert all(m == {"platform": "chat"} for m in got["meta"])
    assert list(got["corpus"]) == ["python"] * 3


def test_rejects_are_returned_and_warned(annotator):
    res = annotator.run(["hello", "   ", "bye"])
    assert list(res.annotations["message_id"]) == ["m1", "m3"]
    assert list(res.rejects["reason"]) == ["empty text"]
    assert res.counts["read"] == 3 and res.counts["rejected"] == 1
    with pytest.warns(UserWarning, match="1 rows rejected"):
        annotator.annotate(["hello", ""])


def test_every_row_rejected_is_an_error(annotator):
    with pytest.raises(c2chat.C2chatError, match="every row was rejected"):
        annotator.annotate(["", " "])


def test_no_rows_give_an_empty_result(annotator):
    # Once an error naming a temporary records file ("empty file").
    for data in ([], pd.DataFrame({"text": []})):
        res = annotator.run(data)
        assert len(res.annotations) == 0 and len(res.rejects) == 0
        assert res.counts["read"] == 0


def test_rows_without_any_text_are_rejected_not_a_file_error(annotator):
    # Once "<tmp>/records.jsonl: no record has a text field", naming command-line flags.
    df = pd.DataFrame({"text": [None, None], "x": ["1", "2"]})
    with pytest.raises(c2chat.C2chatError, match=r"every row was rejected \(2 of 2; first: row 1: empty text\)"):
        annotator.run(df)


def test_an_empty_message_id_is_the_row_id(annotator):
    # Once an id made from the temporary records file's path, different at every call.
    df = pd.DataFrame({"message_id": ["a1", "", " "], "text": ["hi", "hello", "bye"]})
    assert list(annotator.annotate(df)["message_id"]) == ["a1", "m2", "m3"]


def test_bad_timestamp_is_rejected_with_its_reason(annotator):
    df = pd.DataFrame({"text": ["hi", "hey"], "timestamp": ["2025-01-10T16:00:00Z", "not a time"]})
    res = annotator.run(df)
    assert len(res.annotations) == 1
    assert "timestamp" in res.rejects["reason"].iloc[0]


def test_missing_text_column_is_an_error(annotator):
    with pytest.raises(c2chat.C2chatError, match="no 'text' column"):
        annotator.annotate(pd.DataFrame({"body": ["hi"]}))


def test_pii_gate_refuses_unless_told(annotator):
    texts = ["ring me on 07700 900123"]
    with pytest.raises(c2chat.PiiRefused, match="residual PII"):
        annotator.annotate(texts)
    allowed = c2chat.Annotator(pii="allow").annotate(texts)
    assert allowed["text"].iloc[0] == texts[0]
    redacted = c2chat.Annotator(pii="redact").annotate(texts)
    assert "900123" not in redacted["text"].iloc[0]


def test_unknown_policy_and_lexicon_are_errors():
    with pytest.raises(c2chat.C2chatError, match="did you mean \"redact\""):
        c2chat.Annotator(pii="redcat")
    with pytest.raises(c2chat.C2chatError):
        c2chat.Annotator(lexicon="builtin:no-such-lexicon")


def test_without_model_there_are_no_scores():
    df = c2chat.Annotator(model=False).annotate(["send me a pic"])
    assert df["scores"].isna().all()
    assert "classifier" not in {s["source"] for spans in df["spans"] for s in spans}


def test_episodes_come_back(annotator):
    df = pd.read_csv(DEMO / "messages.csv", dtype=str, keep_default_na=False)
    res = annotator.run(df)
    assert len(res.episodes) > 0
    ids = set(res.episodes["episode_id"])
    assert set(res.annotations["episode_id"].dropna()) <= ids


def test_threads_give_the_same_result(annotator):
    df = pd.read_csv(DEMO / "messages.csv", dtype=str, keep_default_na=False)
    results = [None] * 4

    def work(i):
        results[i] = annotator.annotate(df)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    first = results[0].drop(columns=["scores"]).to_json()
    for r in results[1:]:
        assert r.drop(columns=["scores"]).to_json() == first
        assert r["scores"].to_json() == results[0]["scores"].to_json()


def test_stats_of_a_dataframe_equal_stats_of_its_file(annotator, tmp_path):
    summary = annotator.annotate_file(DEMO, out=tmp_path / "out")
    path = tmp_path / "out" / "annotations.jsonl"
    # The file's episodes are read from the episodes.jsonl beside it; the DataFrame's are given.
    from_file = c2chat.stats(path, by=["platform"], period="month")
    df = pd.read_csv(DEMO / "messages.csv", dtype=str, keep_default_na=False)
    res = annotator.run(df, corpus="demo")
    from_df = c2chat.stats(res.annotations, by=["platform"], period="month",
                           episodes=res.episodes)
    assert summary["counts"]["annotated"] == len(df)
    assert set(from_file) == set(from_df) >= {"stats", "dispersion", "speakers", "episodes",
                                               "cooccurrence_message", "cooccurrence_conversation"}
    # Without the episodes, no episode table.
    assert "episodes" not in c2chat.stats(res.annotations, by=["platform"])
    for k in from_file:
        pd.testing.assert_frame_equal(from_file[k], from_df[k])
    m = from_file["cooccurrence_message"]
    assert list(m.index) == list(m.columns)
    assert (m.values == m.values.T).all()


def test_stats_compare_and_errors(tmp_path, annotator):
    annotator.annotate_file(DEMO, out=tmp_path / "out")
    path = tmp_path / "out" / "annotations.jsonl"
    cmp = c2chat.stats(path, compare="platform=whatsapp,snapchat")["compare"]
    assert list(cmp.columns) == c2chat.COMPARE_COLUMNS
    assert {"ll_b_vs_a", "log_ratio_b_vs_a", "pct_diff_b_vs_a"} <= set(cmp.columns)
    assert not {"ll", "log_ratio", "log_ratio_lo", "log_ratio_hi", "pct_diff"} & set(cmp.columns)
    assert set(cmp["sample_a"]) == {"platform=whatsapp"}
    assert set(cmp["sample_b"]) == {"platform=snapchat"}
    # B relative to A: the signs follow norm_b - norm_a.
    both = cmp.dropna(subset=["norm_a", "norm_b", "log_ratio_b_vs_a"])
    both = both[(both["norm_a"] > 0) & (both["norm_b"] > 0)]
    assert len(both) > 0
    for _, r in both.iterrows():
        diff = r["norm_b"] - r["norm_a"]
        assert (r["log_ratio_b_vs_a"] > 0) == (diff > 0)
        assert (r["pct_diff_b_vs_a"] > 0) == (diff > 0)
        if r["ll_b_vs_a"] != 0:
            assert (r["ll_b_vs_a"] > 0) == (diff > 0)
    with pytest.raises(c2chat.C2chatError, match="did you mean"):
        c2chat.stats(path, by="platfrom")
    with pytest.raises(c2chat.C2chatError, match="did you mean"):
        c2chat.stats(path, compare="platform=discrod,snapchat")


def test_annotate_file_strict(tmp_path, annotator):
    src = tmp_path / "in"
    src.mkdir()
    (src / "m.csv").write_text("message_id,text\na,hello\nb,\n", encoding="utf-8")
    summary = annotator.annotate_file(src / "m.csv", out=tmp_path / "out")
    assert summary["counts"]["rejected"] == 1
    assert (tmp_path / "out" / "manifest.json").exists()
    with pytest.raises(c2chat.C2chatError, match="strict"):
        annotator.annotate_file(src / "m.csv", out=tmp_path / "out2", strict=True)


def test_cells_of_any_dtype_are_read_as_strings(annotator):
    # Columns cross into the library whole; a cell that is not a str is read as its string
    # (a Timestamp in ISO 8601), and a missing cell is left out (a missing id is m<row>).
    df = pd.DataFrame(
        {
            "text": ["send me a pic", "hi", "go on send one"],
            "message_id": pd.array([1, 2, None], dtype="Int64"),
            "conversation_id": ["c1", "c1", "c1"],
            "timestamp": pd.to_datetime(["2025-01-10T16:00:00Z", None, "2025-01-10T16:02:00Z"]),
            "n": [1.5, float("nan"), 2.0],
        }
    )
    got = annotator.annotate(df)
    assert list(got["message_id"]) == ["1", "2", "m3"]
    assert got["timestamp"].iloc[0] == "2025-01-10T16:00:00+00:00"
    assert pd.isna(got["timestamp"].iloc[1])
    assert list(got["meta"]) == [{"n": "1.5"}, {}, {"n": "2.0"}]


def test_a_cell_that_cannot_be_read_raises_its_error(annotator):
    class Unprintable:
        def __str__(self):
            raise ValueError("no string for this cell")

    with pytest.raises(ValueError, match="no string for this cell"):
        annotator.annotate(pd.DataFrame({"text": ["hi", Unprintable()]}))
    # Rows are read a chunk at a time while earlier rows are annotated: a bad cell far down
    # still raises its own error, and the run gives nothing.
    texts = ["send me a pic"] * 20000
    texts[17000] = Unprintable()
    with pytest.raises(ValueError, match="no string for this cell"):
        annotator.run(texts)
    assert len(annotator.annotate(["hi"] * 3)) == 3, "the annotator is still usable"


def test_text_with_line_separators_comes_back_whole(annotator):
    texts = ["send me a pic\u2028now", "line one\nline two\r\n", 'a "quote" \\ and \x01']
    got = annotator.annotate(texts)
    assert list(got["text"]) == texts
    assert "coercive.image_request" in got["labels"].iloc[0]


def test_no_annotations_give_the_columns_with_object_dtype(annotator):
    with pytest.warns(UserWarning, match="rows rejected"):
        res = annotator.run(["", " "], _all_rejected_ok=True)
    assert len(res.annotations) == 0
    assert list(res.annotations.columns) == c2chat.ANNOTATION_COLUMNS
    assert (res.annotations.dtypes == object).all()


def test_the_package_is_typed_and_its_stubs_name_every_public_name():
    """py.typed and the .pyi stubs are installed beside the package, and the stubs declare
    every name of ``c2chat.__all__`` and every function of the extension."""
    import ast
    import pathlib

    import c2chat._c2chat as native

    pkg = pathlib.Path(c2chat.__file__).parent
    assert (pkg / "py.typed").exists()

    def names(stub):
        tree = ast.parse((pkg / stub).read_text(encoding="utf-8"))
        out = set()
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                out.add(node.name)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                out.add(node.target.id)
            elif isinstance(node, ast.ImportFrom):
                out.update(a.asname or a.name for a in node.names)
        return out

    public = names("__init__.pyi")
    missing = [n for n in c2chat.__all__ if n not in public]
    assert not missing, missing
    native_stub = names("_c2chat.pyi")
    functions = [n for n in dir(native) if callable(getattr(native, n)) and not n.startswith("_")]
    missing = [n for n in functions if n not in native_stub]
    assert not missing, missing


def test_the_garbage_collector_is_paused_during_a_run_and_restored_after(annotator, monkeypatch):
    import gc

    seen = []
    real = annotator._pipeline

    class Spy:
        def __getattr__(self, name):
            return getattr(real, name)

        def annotate_columns(self, *args):
            seen.append(gc.isenabled())
            return real.annotate_columns(*args)

    monkeypatch.setattr(annotator, "_pipeline", Spy())
    real_frame = c2chat._annotations_frame

    def frame(cols):
        seen.append(gc.isenabled())
        return real_frame(cols)

    monkeypatch.setattr(c2chat, "_annotations_frame", frame)
    assert gc.isenabled()
    annotator.annotate(["send me a pic", "no"])
    assert seen == [False, False], "paused while the annotations and their frame are built"
    assert gc.isenabled(), "on again after"
    gc.disable()
    try:
        annotator.annotate(["hello"])
        assert not gc.isenabled(), "left off when it was off"
    finally:
        gc.enable()
    with pytest.raises(c2chat.C2chatError):
        annotator.annotate([""])
    assert gc.isenabled(), "on again after an error"


def test_a_run_leaves_no_young_generation_to_scan_and_keeps_the_callers_frozen_objects(annotator):
    import gc

    assert gc.isenabled()
    threshold = gc.get_threshold()[0]
    res = annotator.run(["send me a pic", "no"] * 2000)
    # Without the move to the oldest generation, the run's thousands of new lists and dicts
    # are all young, and the next allocation scans them.
    assert gc.get_count()[0] < threshold, gc.get_count()
    assert len(res.annotations) == 4000
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        annotator.run(["hello"] * 100)
        assert gc.get_freeze_count() == frozen, "the caller's frozen objects stay frozen"
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("model", [None, False])
def test_the_frame_has_the_dtypes_pandas_infers_from_the_columns(model):
    """The columns made directly as arrays (``_annotations_frame``) give the frame pandas
    builds from the lists, dtypes included: with and without the model (scores), timestamps,
    conversations (episodes) and meta."""
    ann = c2chat.Annotator(model=model)
    demo = pd.read_csv(DEMO / "messages.csv", dtype=str, keep_default_na=False)
    inputs = [
        demo,
        demo.drop(columns=["timestamp", "conversation_id"]),
        ["send me a pic", "hiya"],
    ]
    for data in inputs:
        names, columns = c2chat._columns(data)
        cols, _, _, _ = ann._pipeline.annotate_columns(names, columns, c2chat._cell, "python")
        want = pd.DataFrame(cols, columns=c2chat.ANNOTATION_COLUMNS)
        got = c2chat._annotations_frame(cols)
        assert list(got.dtypes) == list(want.dtypes)
        pd.testing.assert_frame_equal(got, want)


def test_rows_share_no_dict_or_list(annotator):
    """Each row's scores, spans, meta, labels and frames are its own (the library copies a
    template dict per row and shares only immutable values): changing one row's leaves the
    others as they were."""
    df = annotator.annotate(
        pd.DataFrame({"text": ["send me a pic", "send me a pic"], "platform": ["x", "x"]})
    )
    a, b = df.iloc[0], df.iloc[1]
    assert a["scores"] == b["scores"] and a["spans"] == b["spans"] and a["meta"] == b["meta"]
    before = (dict(b["scores"]), [dict(s) for s in b["spans"]], dict(b["meta"]))
    a["scores"]["coercive.threat"] = 42.0
    a["spans"][0]["text"] = "changed"
    a["meta"]["platform"] = "changed"
    a["labels"].append("changed")
    assert (b["scores"], b["spans"], b["meta"]) == before
    assert "changed" not in b["labels"]


def test_rows_keep_their_order_and_ids_across_many_chunks(annotator):
    """The input records are read on one thread and written on another, 4,096 rows at a time:
    every row, in order, with its own id or ``m<row>``; a cell that fails after the first
    chunk still raises its error."""
    n = 10_000
    ids = [None if i % 3 == 0 else "id%d" % i for i in range(n)]
    df = pd.DataFrame({"message_id": ids, "text": ["hi number %d" % i for i in range(n)]})
    got = annotator.annotate(df)
    want = ["m%d" % (i + 1) if i % 3 == 0 else "id%d" % i for i in range(n)]
    assert list(got["message_id"]) == want
    assert list(got["text"]) == list(df["text"])

    class Unprintable:
        def __str__(self):
            raise ValueError("no string for row 9000")

    texts = ["hi"] * n
    texts[9000] = Unprintable()
    with pytest.raises(ValueError, match="no string for row 9000"):
        annotator.annotate(pd.DataFrame({"text": texts}))
