"""docs/python.md's example runs: every ```python block, in order, in one namespace, from a
directory where corpora/demo is the repository's (outputs go to the test's own directory)."""

import re

import pytest

from conftest import REPO

DOC = REPO / "docs" / "python.md"


def _blocks():
    text = DOC.read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)


def test_the_page_has_python_examples():
    blocks = _blocks()
    assert len(blocks) >= 5
    assert any("c2chat.dask" in b for b in blocks)


def test_docs_python_md_runs(tmp_path, monkeypatch):
    pytest.importorskip("dask.dataframe")
    (tmp_path / "corpora").mkdir()
    (tmp_path / "corpora" / "demo").symlink_to(REPO / "corpora" / "demo")
    monkeypatch.chdir(tmp_path)
    ns = {"__name__": "docs_python_md"}
    for i, block in enumerate(_blocks(), start=1):
        try:
            exec(compile(block, "%s (python block %d)" % (DOC.name, i), "exec"), ns)
        except Exception as e:  # pragma: no cover - the message names the block
            raise AssertionError("docs/python.md python block %d failed: %r" % (i, e)) from e
    # What the page says it produces.
    assert (tmp_path / "out" / "demo" / "annotations.jsonl").exists()
    assert list(ns["cmp"].columns[:3]) == ["sample_a", "sample_b", "category"]
    assert set(ns["tables"]) >= {"stats", "dispersion", "speakers"}
    assert len(ns["ann_dd"].compute()) == len(ns["msgs"])
