"""Traditional characters read as simplified, one character for one, so that offsets stay the same: 陳偉傑 is 陈伟杰.
The table is OpenCC's character table (opencc-python-reimplemented, Apache-2.0), read once from the installed package;
phrase-level conversion is not needed to compare names and would move offsets."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import opencc


@lru_cache(maxsize=1)
def _table() -> tuple[dict[int, str], frozenset[str]]:
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        traditional, _, simple = line.partition("\t")
        first = simple.split(" ")[0]
        if len(traditional) == 1 and len(first) == 1 and first != traditional:
            table[ord(traditional)] = first
    return table, frozenset(map(chr, table))


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds a character that has a different simplified form."""
    return not _table()[1].isdisjoint(text)  # a set test: a class of 4,000 characters is slow in re


def simplified(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified form (same length)."""
    return text.translate(_table()[0])
