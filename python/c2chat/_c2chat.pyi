"""Type stubs of the native module (the library's records cross as JSON text)."""

from os import PathLike
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

class C2chatError(Exception):
    """An error from the c2chat library (bad input, an unknown name, a file problem)."""

class PiiRefused(C2chatError):
    """The PII gate found residual personal data and the policy is "refuse"."""

class Pipeline:
    def __init__(
        self,
        lexicon: Optional[str] = None,
        model: Optional[str] = None,
        no_model: bool = False,
        min_score: Optional[float] = None,
        rule_window: Optional[int] = None,
        pii: str = "refuse",
        names: Optional[str] = None,
        key_file: Optional[str] = None,
    ) -> None: ...
    def lexicon_json(self) -> str: ...
    def annotate_columns(
        self,
        names: List[str],
        columns: List[List[Any]],
        cell: Callable[[Any], Optional[str]],
        corpus: str,
    ) -> Tuple[Dict[str, List[Any]], str, str, str]: ...
    def annotate_files(self, inputs: List[str], out: str) -> str: ...

def stats_tables(
    paths: List[str],
    records: Optional[str] = None,
    by: List[str] = ...,
    period: Optional[str] = None,
    compare: Optional[str] = None,
    between: Optional[Tuple[str, str]] = None,
    basis: str = "messages",
    holm: bool = False,
    episodes: Optional[str] = None,
) -> str: ...
def version() -> str: ...
def compare_columns() -> List[str]: ...
def annotation_columns() -> List[str]: ...
def episode_columns() -> List[str]: ...
def stats_partial(
    paths: List[str],
    records: Optional[str] = None,
    by: List[str] = ...,
    period: Optional[str] = None,
    episodes: Optional[str] = None,
) -> str: ...
def merge_partials(partials: List[str]) -> str: ...
def partial_tables(partial: str) -> str: ...
