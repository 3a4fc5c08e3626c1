"""Paragraphs of the normalised text (one per line) with their spans, and span helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BLANK = " \t\u3000\xa0"


@dataclass(frozen=True)
class Para:
    index: int
    start: int
    end: int
    text: str


def split_paragraphs(text: str) -> list[Para]:
    paras = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        while start < end and text[start] in _BLANK:
            start += 1
        while end > start and text[end - 1] in _BLANK:
            end -= 1
        if end > start:
            paras.append(Para(len(paras), start, end, text[start:end]))
        pos += len(line) + 1
    return paras


def split_run_on(text: str, paras: list[Para], boundary: re.Pattern, only: list[Para] | None = None) -> list[Para]:
    """``paras`` with each paragraph (of ``only``, where given) cut where ``boundary`` matches inside it (a document
    pasted as one paragraph): the pieces are paragraphs of their own, spans into the same text."""
    out: list[Para] = []
    for para in paras:
        inside = boundary.finditer(text, para.start, para.end) if only is None or para in only else ()
        cuts = [para.start] + [m.end() for m in inside] + [para.end]
        for a, b in zip(cuts, cuts[1:]):
            a, b = trim(text, a, b)
            if a < b:
                out.append(Para(len(out), a, b, text[a:b]))
    return out


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without leading/trailing blanks and newlines."""
    while start < end and (text[start] in _BLANK or text[start] == "\n"):
        start += 1
    while end > start and (text[end - 1] in _BLANK or text[end - 1] == "\n"):
        end -= 1
    return start, end


def compact(s: str) -> str:
    """Text without any whitespace, for matching labels written with spaces (审 判 长)."""
    return "".join(s.split())
