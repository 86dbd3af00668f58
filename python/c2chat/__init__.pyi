"""Type stubs of the c2chat package."""

import os
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Literal, Optional, Sequence, Union

import pandas as pd

from ._c2chat import C2chatError as C2chatError, PiiRefused as PiiRefused

__version__: str
ANNOTATION_COLUMNS: List[str]
#: The fields of an episode record (episodes.jsonl), the columns of AnnotationResult.episodes.
EPISODE_COLUMNS: List[str]
#: compare.csv's columns: ..., ll_b_vs_a, ll_p, ll_p_holm, chi2, chi2_p, log_ratio_b_vs_a,
#: log_ratio_b_vs_a_lo, log_ratio_b_vs_a_hi, pct_diff_b_vs_a (B relative to A).
COMPARE_COLUMNS: List[str]

PathLike = Union[str, os.PathLike[str]]
PiiPolicy = Literal["refuse", "allow", "redact"]

@dataclass
class AnnotationResult:
    annotations: pd.DataFrame
    episodes: pd.DataFrame
    rejects: pd.DataFrame
    counts: Dict[str, Any]
    warnings: List[str]

class Annotator:
    def __init__(
        self,
        lexicon: Optional[PathLike] = None,
        model: Union[PathLike, None, bool] = None,
        *,
        min_score: Optional[float] = None,
        rule_window: Optional[int] = None,
        pii: PiiPolicy = "refuse",
        names: Optional[PathLike] = None,
        key_file: Optional[PathLike] = None,
    ) -> None: ...
    @property
    def lexicon(self) -> Dict[str, Any]: ...
    def run(
        self,
        data: Union[pd.DataFrame, Sequence[str]],
        *,
        corpus: str = "python",
        _all_rejected_ok: bool = False,
    ) -> AnnotationResult: ...
    def annotate(
        self, data: Union[pd.DataFrame, Sequence[str]], *, corpus: str = "python"
    ) -> pd.DataFrame: ...
    def annotate_file(
        self,
        path: Union[PathLike, Sequence[PathLike]],
        out: PathLike,
        *,
        strict: bool = False,
    ) -> Dict[str, Any]: ...

def stats(
    annotations: Union[PathLike, Sequence[PathLike], pd.DataFrame],
    *,
    by: Union[str, Sequence[str], None] = None,
    period: Optional[Literal["week", "month", "term", "school-year", "year"]] = None,
    compare: Optional[str] = None,
    between: Optional[Sequence[str]] = None,
    basis: Literal["messages", "tokens"] = "messages",
    holm: bool = False,
    episodes: Union[pd.DataFrame, PathLike, None] = None,
) -> Dict[str, pd.DataFrame]: ...
def stats_partial(
    annotations: Union[PathLike, Sequence[PathLike], pd.DataFrame],
    *,
    by: Union[str, Sequence[str], None] = None,
    period: Optional[Literal["week", "month", "term", "school-year", "year"]] = None,
    episodes: Union[pd.DataFrame, PathLike, None] = None,
) -> str: ...
def merge_partials(partials: Iterable[Union[str, bytes, PathLike]]) -> str: ...
def stats_from_partial(partial: Union[str, bytes, PathLike]) -> Dict[str, pd.DataFrame]: ...
