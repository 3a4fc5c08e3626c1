"""Memories that live for one document: a reading shared by several stages (the clauses of an item, the amounts of a
sentence) is computed once per document and forgotten when the next document starts. Forgetting keeps memory flat in
a long batch and keeps benchmarks honest (a document read again pays again)."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)
_MEMOS: list = []


def per_document(maxsize: int = 1024) -> Callable[[F], F]:
    """An lru_cache that `new_document()` empties; the results are shared, so callers must not change them."""
    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _MEMOS.append(cached)
        return cached  # type: ignore[return-value]
    return wrap


def new_document() -> None:
    for cached in _MEMOS:
        cached.cache_clear()
