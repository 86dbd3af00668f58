"""c2chat on a Dask cluster: annotate a Dask DataFrame on the workers, merge exact statistics.

Dask is imported only when these functions are called, so ``import c2chat`` works without it
(``pip install "dask[dataframe]" distributed``).

>>> import dask, dask.dataframe as dd, c2chat.dask
>>> msgs = dd.read_csv("corpora/demo/messages.csv", dtype=str, keep_default_na=False)
>>> ann = c2chat.dask.annotate(msgs).persist()        # one row per message, on the workers
>>> tables = c2chat.dask.stats(ann, by="platform")    # merged partials: equal to one run
>>> ann, eps = dask.persist(*c2chat.dask.run(msgs))   # annotations and episodes together
>>> tables = c2chat.dask.stats(ann, episodes=eps, by="platform")  # with tables["episodes"]

:func:`annotate` shuffles the rows so that each conversation's messages are in one partition,
in their input order (the conversation rules and episodes need a conversation's messages
together and in order), then runs :class:`c2chat.Annotator` on each partition on the
workers. :func:`stats` computes each partition's partial statistics on the workers and merges
them with the library's exact merge (the ``c2chat-stats-partial/2`` format of
``c2chat stats --partial`` and ``c2chat stats merge``), so the result equals one run over all
the annotations, byte for byte. :func:`run` also returns the episodes, partition by partition
beside the annotations, and with them the merged partial carries the episode counts of
``c2chat stats`` (``episode_stats.csv``), exactly as the message counts.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Tuple, Union

import pandas as pd

from . import (
    ANNOTATION_COLUMNS,
    EPISODE_COLUMNS,
    Annotator,
    C2chatError,
    merge_partials,
    stats_from_partial,
    stats_partial as _stats_partial,
)

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd
    from dask.delayed import Delayed

__all__ = ["annotate", "run", "stats", "stats_partial", "annotation_meta", "episode_meta"]

#: Columns added before the shuffle to restore the input order after it.
_PART = "_c2chat_partition"
_SEQ = "_c2chat_row"

#: Integer columns of the annotations; every other column is ``object``.
_INT_COLUMNS = ("severity", "tokens")

#: Integer columns of the episodes; every other column is ``object``.
_EPISODE_INT_COLUMNS = ("severity", "messages")

#: Annotator options a worker may be given (see :class:`c2chat.Annotator`).
_OPTIONS = ("lexicon", "model", "min_score", "rule_window", "pii", "names", "key_file")


def _dask() -> Any:
    try:
        import dask.dataframe as dd
    except ImportError as e:  # pragma: no cover - exercised only without dask
        raise ImportError(
            "c2chat.dask needs dask: pip install \"dask[dataframe]\" distributed"
        ) from e
    return dd


def annotation_meta() -> pd.DataFrame:
    """The empty DataFrame describing :func:`annotate`'s partitions (its ``meta``)."""
    return pd.DataFrame(
        {
            c: pd.Series(dtype="int64" if c in _INT_COLUMNS else object)
            for c in ANNOTATION_COLUMNS
        }
    )


def episode_meta() -> pd.DataFrame:
    """The empty DataFrame describing the episodes of :func:`run` (its ``meta``)."""
    return pd.DataFrame(
        {
            c: pd.Series(dtype="int64" if c in _EPISODE_INT_COLUMNS else object)
            for c in EPISODE_COLUMNS
        }
    )


# One loaded Annotator per worker process and set of options (the Rust pipeline is not
# picklable and loading it costs more than a small partition).
_ANNOTATORS: Dict[Tuple[Tuple[str, Any], ...], Annotator] = {}
_LOCK = threading.Lock()


def _annotator(options: Tuple[Tuple[str, Any], ...]) -> Annotator:
    with _LOCK:
        a = _ANNOTATORS.get(options)
        if a is None:
            a = Annotator(**dict(options))
            _ANNOTATORS[options] = a
        return a


def _number(pdf: pd.DataFrame, partition_info: Optional[Dict[str, Any]] = None) -> pd.DataFrame:
    """Tag each row with its partition and position, so the input order survives the shuffle."""
    n = partition_info["number"] if partition_info else 0
    return pdf.assign(**{_PART: n, _SEQ: range(len(pdf))})


def _run_partition(
    pdf: pd.DataFrame,
    conversation_col: str,
    options: Tuple[Tuple[str, Any], ...],
    corpus: str,
) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Annotate one partition (whole conversations) in input order: its annotations and
    episodes, with the dtypes of their metas."""
    if len(pdf) == 0:
        return annotation_meta(), episode_meta()
    pdf = pdf.sort_values([_PART, _SEQ], kind="stable").drop(columns=[_PART, _SEQ])
    if conversation_col != "conversation_id":
        pdf = pdf.rename(columns={conversation_col: "conversation_id"})
    res = _annotator(options).run(pdf, corpus=corpus, _all_rejected_ok=True)
    out, eps = res.annotations, res.episodes
    # The dtypes of the metas (pandas may infer a string dtype for a partition's text columns).
    out = (
        annotation_meta()
        if len(out) == 0
        else out.astype(annotation_meta().dtypes.to_dict()).reset_index(drop=True)
    )
    eps = (
        episode_meta()
        if len(eps) == 0
        else eps.astype(episode_meta().dtypes.to_dict()).reset_index(drop=True)
    )
    return out, eps


def _annotate_partition(
    pdf: pd.DataFrame,
    conversation_col: str,
    options: Tuple[Tuple[str, Any], ...],
    corpus: str,
) -> pd.DataFrame:
    """Annotate one partition (whole conversations) in input order."""
    return _run_partition(pdf, conversation_col, options, corpus)[0]


def _options(options: Dict[str, Any]) -> Tuple[Tuple[str, Any], ...]:
    for k in options:
        if k not in _OPTIONS:
            raise C2chatError(
                "unknown Annotator option %r (options: %s)" % (k, ", ".join(_OPTIONS))
            )
    return tuple(
        sorted(
            (k, os.fspath(v) if isinstance(v, os.PathLike) else v) for k, v in options.items()
        )
    )


def annotate(
    ddf: "dd.DataFrame",
    conversation_col: str = "conversation_id",
    *,
    corpus: str = "python",
    npartitions: Optional[int] = None,
    **annotator_options: Any,
) -> "dd.DataFrame":
    """Annotate a Dask DataFrame of messages on the workers; a lazy Dask DataFrame with the
    columns of :meth:`c2chat.Annotator.annotate` (``c2chat.ANNOTATION_COLUMNS``).

    ``ddf`` needs ``message_id``, ``text`` and ``conversation_col`` columns (and optionally
    ``speaker``, ``timestamp``; other columns become ``meta``). Its rows are shuffled by
    ``conversation_col`` into ``npartitions`` partitions (default: as many as ``ddf`` has) so
    that each conversation is in one partition, in input order; each partition is annotated
    by a :class:`c2chat.Annotator` built on the worker from ``annotator_options`` (``lexicon``,
    ``model``, ``min_score``, ``rule_window``, ``pii``, ``names``, ``key_file``; paths must be
    readable on the workers). Within a partition the rows keep their input order; across
    partitions the order is Dask's. Rows the library rejects (empty text, a bad timestamp)
    are left out; message ids are checked for repeats within a partition only.
    """
    shuffled, options = _shuffled(ddf, conversation_col, npartitions, annotator_options)
    return shuffled.map_partitions(
        _annotate_partition, conversation_col, options, corpus, meta=annotation_meta()
    )


def run(
    ddf: "dd.DataFrame",
    conversation_col: str = "conversation_id",
    *,
    corpus: str = "python",
    npartitions: Optional[int] = None,
    **annotator_options: Any,
) -> "Tuple[dd.DataFrame, dd.DataFrame]":
    """:func:`annotate`, with the episodes: two lazy Dask DataFrames ``(annotations,
    episodes)`` with as many partitions, partition i of ``episodes`` holding the episodes of
    the conversations in partition i of ``annotations`` (columns ``c2chat.EPISODE_COLUMNS``,
    the fields of ``episodes.jsonl``). Each partition is annotated once for both when they are
    computed or persisted together (``dask.persist(*c2chat.dask.run(ddf))``). Give both to
    :func:`stats` for the episode statistics."""
    from dask import delayed

    dd = _dask()
    shuffled, options = _shuffled(ddf, conversation_col, npartitions, annotator_options)
    both = [
        delayed(_run_partition, nout=2, pure=True)(part, conversation_col, options, corpus)
        for part in shuffled.to_delayed()
    ]
    import dask

    # Cells hold lists and dicts: keep object columns as they are (no string conversion).
    with dask.config.set({"dataframe.convert-string": False}):
        ann = dd.from_delayed([a for a, _ in both], meta=annotation_meta(), verify_meta=False)
        eps = dd.from_delayed([e for _, e in both], meta=episode_meta(), verify_meta=False)
    return ann, eps


def _shuffled(
    ddf: "dd.DataFrame",
    conversation_col: str,
    npartitions: Optional[int],
    annotator_options: Dict[str, Any],
) -> "Tuple[dd.DataFrame, Tuple[Tuple[str, Any], ...]]":
    """The rows numbered and shuffled by conversation (see :func:`annotate`), and the options."""
    _dask()
    options = _options(annotator_options)
    cols = [str(c) for c in ddf.columns]
    for need in ("message_id", "text", conversation_col):
        if need not in cols:
            raise C2chatError(
                "the Dask DataFrame has no %r column (columns: %s)" % (need, ", ".join(cols))
            )
    if conversation_col != "conversation_id" and "conversation_id" in cols:
        raise C2chatError(
            "conversation_col is %r but there is also a 'conversation_id' column" % conversation_col
        )
    meta = ddf._meta.assign(
        **{_PART: pd.Series(dtype="int64"), _SEQ: pd.Series(dtype="int64")}
    )
    numbered = ddf.map_partitions(_number, meta=meta)
    shuffled = numbered.shuffle(
        on=conversation_col, npartitions=npartitions or ddf.npartitions
    )
    return shuffled, options


def _partial_of(
    pdf: pd.DataFrame, eps: Optional[pd.DataFrame], by: List[str], period: Optional[str]
) -> str:
    return _stats_partial(pdf, by=by, period=period, episodes=eps)


def stats_partial(
    annotations: "dd.DataFrame",
    *,
    episodes: "Optional[dd.DataFrame]" = None,
    by: Union[str, Sequence[str], None] = None,
    period: Optional[str] = None,
    split_every: int = 8,
) -> "Delayed":
    """The merged partial statistics of an annotated Dask DataFrame, lazily (a Delayed of the
    ``partial.json`` text): one :func:`c2chat.stats_partial` per partition on the workers,
    merged in a tree of :func:`c2chat.merge_partials` (``split_every`` at a time). With the
    ``episodes`` of :func:`run` (partition by partition beside the annotations) the partial
    carries the episode counts too."""
    from dask import delayed

    by_list = [by] if isinstance(by, str) else list(by or [])
    ann_parts = annotations.to_delayed()
    if episodes is None:
        eps_parts: List[Any] = [None] * len(ann_parts)
    else:
        eps_parts = list(episodes.to_delayed())
        if len(eps_parts) != len(ann_parts):
            raise C2chatError(
                "the episodes have %d partitions and the annotations %d: give both from one "
                "c2chat.dask.run" % (len(eps_parts), len(ann_parts))
            )
    parts = [
        delayed(_partial_of)(d, e, by_list, period) for d, e in zip(ann_parts, eps_parts)
    ]
    if not parts:
        raise C2chatError("the Dask DataFrame has no partitions")
    if split_every < 2:
        raise C2chatError("split_every must be at least 2")
    while len(parts) > 1:
        parts = [
            delayed(merge_partials)(parts[i : i + split_every])
            for i in range(0, len(parts), split_every)
        ]
    return parts[0]


def stats(
    annotations: "dd.DataFrame",
    *,
    episodes: "Optional[dd.DataFrame]" = None,
    by: Union[str, Sequence[str], None] = None,
    period: Optional[str] = None,
    split_every: int = 8,
) -> Dict[str, pd.DataFrame]:
    """The tables of :func:`c2chat.stats` (without ``compare``) for an annotated Dask
    DataFrame, from :func:`stats_partial` computed on the cluster; with the ``episodes`` of
    :func:`run`, also ``episodes`` (the rows of ``episode_stats.csv``). Persist the annotations
    (and episodes) first (``ann.persist()``) when they are used more than once, or they are
    annotated again.
    """
    partial = stats_partial(
        annotations, episodes=episodes, by=by, period=period, split_every=split_every
    )
    return stats_from_partial(partial.compute())
