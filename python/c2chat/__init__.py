"""c2chat from Python: annotate synthetic, redacted chat corpora into pandas DataFrames.

The work is done by the c2chat Rust library (the same pipeline as ``c2chat annotate``:
ingest, PII gate, lexicon, conversation rules, classifier, episodes); this module only moves
records between pandas and the library: DataFrame columns in, annotation columns out.

>>> import c2chat
>>> ann = c2chat.Annotator()
>>> df = ann.annotate(["send me a pic", "it was just banter"])
>>> tables = c2chat.stats(df)
"""

from __future__ import annotations

import contextlib
import gc
import json
import math
import os
import warnings
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

import numpy as np
import pandas as pd

from . import _c2chat
from ._c2chat import C2chatError, PiiRefused

__all__ = [
    "Annotator",
    "AnnotationResult",
    "C2chatError",
    "PiiRefused",
    "stats",
    "stats_partial",
    "merge_partials",
    "stats_from_partial",
    "ANNOTATION_COLUMNS",
    "EPISODE_COLUMNS",
    "COMPARE_COLUMNS",
    "__version__",
]

__version__: str = _c2chat.version()

#: Columns of :meth:`Annotator.annotate`, in order (``frames`` is derived from the spans;
#: every other column is a field of ``annotations.jsonl``).
ANNOTATION_COLUMNS: List[str] = list(_c2chat.annotation_columns())

#: Columns of ``Annotator.run(...).episodes``, the fields of an ``episodes.jsonl`` record.
EPISODE_COLUMNS: List[str] = list(_c2chat.episode_columns())

#: Columns of ``stats(..., compare=...)["compare"]``, those of ``compare.csv``: every signed
#: measure is B relative to A (positive when B's rate is higher).
COMPARE_COLUMNS: List[str] = list(_c2chat.compare_columns())

#: Input columns with a meaning of their own; any other column is kept as ``meta``.
_KNOWN_INPUT = ("message_id", "conversation_id", "speaker", "timestamp")

PathLike = Union[str, "os.PathLike[str]"]


@dataclass
class AnnotationResult:
    """Everything one run produced (see :meth:`Annotator.run`)."""

    annotations: pd.DataFrame
    episodes: pd.DataFrame
    rejects: pd.DataFrame
    counts: Dict[str, Any] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)


def _cell(v: Any) -> Optional[str]:
    """A DataFrame cell as the string ingest reads, or None when missing."""
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(v, pd.Timestamp):
        return v.isoformat()
    return str(v)


def _columns(data: Union[pd.DataFrame, Sequence[str]]) -> "tuple[List[str], List[list]]":
    """Input rows as columns for the library: names and one list of cells per column (``str``,
    ``None``, or anything else, which the library turns into a string with :func:`_cell`)."""
    if isinstance(data, pd.DataFrame):
        if "text" not in data.columns:
            raise C2chatError(
                "the DataFrame has no 'text' column (columns: %s)" % ", ".join(map(str, data.columns))
            )
        names = [str(c) for c in data.columns]
        return names, [data.iloc[:, i].tolist() for i in range(len(names))]
    if isinstance(data, str):
        raise C2chatError("annotate takes a list of messages or a DataFrame, not one string")
    return ["text"], [list(data)]


#: Annotation columns whose every cell the library fills with one kind of value: a ``str``, an
#: ``int``, or a container (list or dict). Their arrays are made directly, with the dtype
#: pandas would infer for them; the others (cells that may be missing) are left to pandas.
_STR_COLUMNS = frozenset(["message_id", "conversation_id", "speaker", "text", "lang", "corpus"])
_INT_COLUMNS = frozenset(["severity", "tokens"])
_OBJECT_COLUMNS = frozenset(["labels", "spans", "frames", "meta"])

#: The dtype pandas infers for a column of strings (``str`` from pandas 3, ``object`` before).
_STR_DTYPE = pd.Series(["x"]).dtype


def _column(name: str, values: list) -> Any:
    """One annotation column as the array pandas would infer from ``values``, or (cells that
    may be missing) the Series pandas infers from the list."""
    n = len(values)
    if name in _INT_COLUMNS:
        return np.fromiter(values, dtype=np.int64, count=n)
    if name in _STR_COLUMNS or name in _OBJECT_COLUMNS:
        a = np.fromiter(values, dtype=object, count=n)
        if name in _STR_COLUMNS and _STR_DTYPE != object:
            return pd.array(a, dtype=_STR_DTYPE)
        return a
    return pd.Series(values)


def _annotations_frame(columns: Dict[str, list]) -> pd.DataFrame:
    """The annotation columns from the library as a DataFrame (built column by column; the
    columns of one kind of value as arrays, which spares pandas inferring their dtypes from
    lists: a third of the frame's time at 1M messages, issue 23). The frame takes the arrays
    as they are (``copy=False``): they are new and nothing else holds them, and copying them,
    which pandas does by default, was over half of the frame's time (issue 23, session 35)."""
    if not columns["message_id"]:
        return pd.DataFrame.from_records([], columns=ANNOTATION_COLUMNS)  # object columns
    try:
        arrays = {name: _column(name, columns[name]) for name in ANNOTATION_COLUMNS}
    except (TypeError, ValueError):  # numpy < 1.23 has no object fromiter
        return pd.DataFrame(columns, columns=ANNOTATION_COLUMNS)
    return pd.DataFrame(arrays, columns=ANNOTATION_COLUMNS, copy=False)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block, and on again after if it was on.

    Before it is on again, the objects made meanwhile go to the oldest generation unscanned
    (``gc.freeze()``, then ``gc.unfreeze()``), unless the caller keeps frozen objects of its
    own. Otherwise the first allocation after the block would scan every one of them (millions
    of lists and dicts at 1M messages: about a second, issue 23), and a second scan would move
    them on again, only to put them where this puts them: every one survives, as the result
    holds it. The caller's own young objects go there too, so a cycle of theirs that is already
    garbage waits for the next full collection."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def _frame(jsonl: str) -> pd.DataFrame:
    return pd.DataFrame.from_records([json.loads(x) for x in jsonl.splitlines() if x.strip()])


def _episodes_frame(jsonl: str) -> pd.DataFrame:
    """Episode records as a DataFrame with the columns :data:`EPISODE_COLUMNS` (also when
    there are none)."""
    recs = [json.loads(x) for x in jsonl.splitlines() if x.strip()]
    return pd.DataFrame.from_records(recs, columns=EPISODE_COLUMNS)


class Annotator:
    """A loaded c2chat pipeline: lexicon, conversation rules and classifier.

    ``lexicon``: a lexicon directory or a built-in name (``"core"``) [default: the built-in
    core lexicon]. ``model``: a model file, ``None`` for the built-in default model, or
    ``False`` for no classifier. ``pii``: what the PII gate does with residual personal data:
    ``"refuse"`` (raise :class:`PiiRefused`), ``"allow"`` or ``"redact"``.
    """

    def __init__(
        self,
        lexicon: Optional[PathLike] = None,
        model: Union[PathLike, None, bool] = None,
        *,
        min_score: Optional[float] = None,
        rule_window: Optional[int] = None,
        pii: str = "refuse",
        names: Optional[PathLike] = None,
        key_file: Optional[PathLike] = None,
    ) -> None:
        if model is True:
            model = None
        no_model = model is False
        self._pipeline = _c2chat.Pipeline(
            lexicon=None if lexicon is None else os.fspath(lexicon),
            model=None if model is None or model is False else os.fspath(model),
            no_model=no_model,
            min_score=min_score,
            rule_window=rule_window,
            pii=pii,
            names=None if names is None else os.fspath(names),
            key_file=None if key_file is None else os.fspath(key_file),
        )

    @property
    def lexicon(self) -> Dict[str, Any]:
        """The lexicon's record in the manifest (name, version, hash, path)."""
        return json.loads(self._pipeline.lexicon_json())

    def run(
        self,
        data: Union[pd.DataFrame, Sequence[str]],
        *,
        corpus: str = "python",
        _all_rejected_ok: bool = False,
    ) -> AnnotationResult:
        """Annotate messages; annotations, episodes, rejects and counts.

        ``data`` is a list of message texts or a DataFrame with a ``text`` column and optionally
        ``message_id``, ``conversation_id``, ``speaker``, ``timestamp`` (other columns become
        ``meta``). Without ``message_id``, ids are ``m1``, ``m2``, ... by row; without
        ``conversation_id``, each message is a conversation of its own.
        """
        # Python's cyclic garbage collector is paused for the whole call: the columns, the
        # annotations and their frame are millions of new containers, none of them cyclic, and
        # each full collection walked them all (a fifth of the call at 1M messages, issue 23).
        with _gc_paused():
            return self._run(data, corpus, _all_rejected_ok)

    def _run(
        self,
        data: Union[pd.DataFrame, Sequence[str]],
        corpus: str,
        _all_rejected_ok: bool,
    ) -> AnnotationResult:
        names, columns = _columns(data)
        anns, eps, rejects, summary = self._pipeline.annotate_columns(
            names, columns, _cell, corpus
        )
        del columns
        s = json.loads(summary)
        counts = s["counts"]
        every_row = counts.get("read", 0) > 0 and counts.get("rejected") == counts.get("read")
        if every_row and not _all_rejected_ok:
            r = s["first_reject"]
            raise C2chatError(
                "every row was rejected (%d of %d; first: row %s: %s)"
                % (counts["rejected"], counts["read"], r["line"], r["reason"])
            )
        for w in s["warnings"]:
            warnings.warn("c2chat: " + w, stacklevel=4)
        return AnnotationResult(
            annotations=_annotations_frame(anns),
            episodes=_episodes_frame(eps),
            rejects=_frame(rejects),
            counts=counts,
            warnings=s["warnings"],
        )

    def annotate(
        self, data: Union[pd.DataFrame, Sequence[str]], *, corpus: str = "python"
    ) -> pd.DataFrame:
        """Annotate messages (see :meth:`run`); one row per annotated message.

        Rejected rows (empty text, a bad timestamp, a repeated id) are left out with a warning;
        :meth:`run` returns them.
        """
        res = self.run(data, corpus=corpus)
        if len(res.rejects):
            warnings.warn(
                "c2chat: %d rows rejected (Annotator.run returns them)" % len(res.rejects),
                stacklevel=2,
            )
        return res.annotations

    def annotate_file(
        self,
        path: Union[PathLike, Sequence[PathLike]],
        out: PathLike,
        *,
        strict: bool = False,
    ) -> Dict[str, Any]:
        """Run ``c2chat annotate PATH --out OUT``: the same pipeline and the same output
        directory (annotations.jsonl, episodes.jsonl, messages.csv, rejects.jsonl,
        manifest.json). Returns the run's counts and warnings."""
        paths = [path] if isinstance(path, (str, os.PathLike)) else list(path)
        summary = json.loads(
            self._pipeline.annotate_files([os.fspath(p) for p in paths], os.fspath(out))
        )
        for w in summary["warnings"]:
            warnings.warn("c2chat: " + w, stacklevel=2)
        counts = summary["counts"]
        r = summary["first_reject"]
        if counts.get("read", 0) > 0 and counts.get("rejected") == counts.get("read"):
            raise C2chatError(
                "every row was rejected (%d of %d; first: %s:%s: %s)"
                % (counts["rejected"], counts["read"], r["file"], r["line"], r["reason"])
            )
        if strict and counts.get("rejected", 0) > 0:
            raise C2chatError(
                "strict: %d rows rejected (first: %s:%s: %s)"
                % (counts["rejected"], r["file"], r["line"], r["reason"])
            )
        return summary


def _plain(v: Any) -> Any:
    """A DataFrame cell as a JSON value (numpy scalars to Python ones; NaN and NaT to None)."""
    if v is None or v is pd.NaT or v is pd.NA:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item") and not isinstance(v, (list, dict, str)):
        return v.item()
    return v


def _episode_records(episodes: Union[pd.DataFrame, PathLike]) -> str:
    """Episodes (a DataFrame from :meth:`Annotator.run`, or an ``episodes.jsonl`` path) as
    JSON Lines."""
    if not isinstance(episodes, pd.DataFrame):
        with open(os.fspath(episodes), encoding="utf-8") as f:
            return f.read()
    cols = list(episodes.columns)
    lines = [
        json.dumps({c: _plain(v) for c, v in zip(cols, row)}, ensure_ascii=False)
        for row in episodes.itertuples(index=False, name=None)
    ]
    return "\n".join(lines) + "\n"


def _annotation_records(df: pd.DataFrame) -> str:
    """Annotation rows (as :meth:`Annotator.annotate` returns them) back to JSON Lines."""
    cols = [c for c in df.columns if c != "frames"]
    lines = []
    for row in df[cols].itertuples(index=False, name=None):
        rec = {}
        for c, v in zip(cols, row):
            if isinstance(v, float) and math.isnan(v):
                continue
            if v is None or v is pd.NaT:
                continue
            if hasattr(v, "item") and not isinstance(v, (list, dict, str)):
                v = v.item()  # numpy scalars
            rec[c] = v
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def stats(
    annotations: Union[PathLike, Sequence[PathLike], pd.DataFrame],
    *,
    by: Union[str, Sequence[str], None] = None,
    period: Optional[str] = None,
    compare: Optional[str] = None,
    between: Optional[Sequence[str]] = None,
    basis: str = "messages",
    holm: bool = False,
    episodes: Union[pd.DataFrame, PathLike, None] = None,
) -> Dict[str, pd.DataFrame]:
    """The statistics of ``c2chat stats`` as DataFrames.

    ``annotations``: ``annotations.jsonl`` path(s), or a DataFrame from
    :meth:`Annotator.annotate`. ``by``: conversation, speaker or meta fields; ``period``:
    week, month, term or year; ``compare``: ``"FIELD=A,B"``; ``between``: two ranges
    ``FROM..TO``. Keys: ``stats`` (one column per grouping field, then category, measure, value, as ``stats.csv``), ``dispersion``,
    ``cooccurrence_message`` and ``cooccurrence_conversation`` (category × category),
    ``speakers``, ``trend`` (with one period) and ``compare`` (when asked; columns
    :data:`COMPARE_COLUMNS`, as ``compare.csv``: ``ll_b_vs_a``, ``log_ratio_b_vs_a``, ...,
    B relative to A), and ``episodes`` (the rows of ``episode_stats.csv``) when the episodes
    are known: those beside every ``annotations.jsonl`` path (as the command line reads them),
    or, for a DataFrame, ``episodes`` (``Annotator.run(...).episodes`` for the same messages,
    or an ``episodes.jsonl`` path).
    """
    if isinstance(annotations, pd.DataFrame):
        paths: List[str] = []
        records: Optional[str] = _annotation_records(annotations)
    elif isinstance(annotations, (str, os.PathLike)):
        paths, records = [os.fspath(annotations)], None
    else:
        paths, records = [os.fspath(p) for p in annotations], None
    by_list = [by] if isinstance(by, str) else list(by or [])
    if between is not None and len(between) != 2:
        raise C2chatError("between takes two ranges FROM..TO")
    raw = json.loads(
        _c2chat.stats_tables(
            paths,
            records=records,
            by=by_list,
            period=period,
            compare=compare,
            between=None if between is None else (between[0], between[1]),
            basis=basis,
            holm=holm,
            episodes=None if episodes is None else _episode_records(episodes),
        )
    )
    return _tables(raw)


def _tables(raw: Dict[str, Any]) -> Dict[str, pd.DataFrame]:
    """The library's tables (JSON) as DataFrames."""
    out: Dict[str, pd.DataFrame] = {}
    out["stats"] = pd.DataFrame(raw["stats"]["rows"], columns=raw["stats"]["columns"])
    for key in ("dispersion", "speakers", "trend", "episodes"):
        if key in raw:
            out[key] = pd.DataFrame.from_records(raw[key])
    if "compare" in raw:
        out["compare"] = pd.DataFrame.from_records(raw["compare"], columns=COMPARE_COLUMNS)
    for key in ("cooccurrence_message", "cooccurrence_conversation"):
        m = raw[key]
        out[key] = pd.DataFrame(m["counts"], index=m["categories"], columns=m["categories"])
    return out


def _sources(
    annotations: Union[PathLike, Sequence[PathLike], pd.DataFrame]
) -> "tuple[List[str], Optional[str]]":
    if isinstance(annotations, pd.DataFrame):
        return [], _annotation_records(annotations) if len(annotations) else ""
    if isinstance(annotations, (str, os.PathLike)):
        return [os.fspath(annotations)], None
    return [os.fspath(p) for p in annotations], None


def stats_partial(
    annotations: Union[PathLike, Sequence[PathLike], pd.DataFrame],
    *,
    by: Union[str, Sequence[str], None] = None,
    period: Optional[str] = None,
    episodes: Union[pd.DataFrame, PathLike, None] = None,
) -> str:
    """Exact, mergeable statistics of annotations: the text of ``partial.json`` (format
    ``c2chat-stats-partial/2``), as ``c2chat stats FILES --partial`` writes it for the same
    annotations. Episode counts are included when the episodes are known: for paths, the
    ``episodes.jsonl`` beside every file (as the command line reads them); for a DataFrame,
    ``episodes`` (``Annotator.run(...).episodes`` of the same messages, or a path).

    Partials of shards (grouped alike) merge with :func:`merge_partials` into the partial of
    the whole, byte for byte; :func:`stats_from_partial` turns a partial into the tables.
    """
    paths, records = _sources(annotations)
    by_list = [by] if isinstance(by, str) else list(by or [])
    eps = None if episodes is None else _episode_records(episodes)
    if eps is not None and records is None:
        raise C2chatError("episodes= goes with a DataFrame of annotations; a path's episodes "
                          "are read from the episodes.jsonl beside it")
    return _c2chat.stats_partial(paths, records=records, by=by_list, period=period, episodes=eps)


def _partial_text(p: Union[str, bytes, "os.PathLike[str]"]) -> str:
    if isinstance(p, bytes):
        return p.decode("utf-8")
    if isinstance(p, str) and p.lstrip().startswith("{"):
        return p
    with open(os.fspath(p), encoding="utf-8") as f:
        return f.read()


def merge_partials(partials: Iterable[Union[str, bytes, PathLike]]) -> str:
    """Merge partials as ``c2chat stats merge`` does (entry-wise addition; associative and
    commutative). Each item is a partial's JSON text (from :func:`stats_partial`) or the path
    of a ``partial.json`` written by ``c2chat stats --partial``. Returns the merged JSON text."""
    return _c2chat.merge_partials([_partial_text(p) for p in partials])


def stats_from_partial(partial: Union[str, bytes, PathLike]) -> Dict[str, pd.DataFrame]:
    """The tables of :func:`stats` (without ``compare``) from a partial (JSON text or path)."""
    return _tables(json.loads(_c2chat.partial_tables(_partial_text(partial))))
