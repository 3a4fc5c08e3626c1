"""Normalise raw extracted text into the document's text, keeping an exact map back to the raw text.

What changes: carriage returns and blank lines go; each paragraph is one line without leading/trailing blanks;
furniture (page headers, footers, page numbers) goes; lines a PDF wrapped, and lines a web page broke mid-sentence,
are joined; spaced-out titles (民 事 判 决 书, 审 判 长) are collapsed; paragraphs repeated by bad scraping are dropped.
What does not change: the characters themselves. Full-width folding for matching is ``fold_width``, a same-length
view, so spans found in it are spans in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zhixing.document import Furniture
from zhixing.offsets import OffsetMap, TextBuilder

_BLANK = " \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff\r\f\v"
_TERMINAL = set("。！？!?；;：:…」』”’）)】》>")
_PARA_START = re.compile(
    r"^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．]|[①-⑳]|问[:：]?$|问[:：]|答[:：]|记者|"
    r"主持人|【|##|#|◀|▲|□|■|●|◆|（[^）]{0,12}）$|原告|被告|上诉人|被上诉人|第三人|申请人|被申请人|法定代表人|委托|负责人|"
    r"审判长|审判员|书记员|人民陪审员|法官助理|本院认为|经审理查明|依照|综上|如不服|如果未按|案件受理费)")
_CJK = r"\u4e00-\u9fff"
_SPACED_RUN = re.compile(rf"(?<![^\s{_CJK}])([{_CJK}])((?:[ \u3000\xa0][{_CJK}]){{2,}})(?![^\s{_CJK}])")


@dataclass
class Normalised:
    text: str
    offset_map: OffsetMap
    furniture: list[Furniture]


def normalise(raw: str, furniture: list[Furniture] | None = None, soft_breaks: set[int] | None = None,
              join_wrapped: bool = True) -> Normalised:
    furniture = list(furniture or [])
    soft_breaks = soft_breaks or set()
    skip = sorted(f.raw_span for f in furniture)
    lines = _raw_lines(raw, skip)
    if join_wrapped:
        join_wrapped = _wrapped_by_width(raw, lines) or not _looks_like_court_document(raw, lines)
    # repeats are dropped twice: as lines (a scraped page's paragraph may be truncated and join different
    # neighbours in each copy), except lines a PDF wrapped (a visual line may repeat by chance), and as paragraphs
    lines = _drop_repeated_lines(raw, lines, soft_breaks, furniture)
    paragraphs = _group_paragraphs(raw, lines, soft_breaks, join_wrapped)
    paragraphs = _drop_repeated_paragraphs(raw, paragraphs, furniture)
    builder = TextBuilder(raw)
    for k, para in enumerate(paragraphs):
        if k:
            prev_end = paragraphs[k - 1][-1][1]
            newline_at = prev_end + _first_newline(raw, prev_end, para[0][0])
            builder.keep(newline_at, newline_at + 1, "\n")
        for start, end, _ in para:
            _keep_line(builder, raw, start, end)
    text, offset_map = builder.build()
    return Normalised(text=text, offset_map=offset_map, furniture=furniture)


def _group_paragraphs(raw: str, lines, soft_breaks: set[int], join_wrapped: bool):
    """Lines → paragraphs: a line joins the previous one across a soft break or a detected wrap."""
    paragraphs: list[list[tuple[int, int, bool]]] = []
    for line in lines:
        if paragraphs:
            prev = paragraphs[-1][-1]
            newline_at = prev[1] + _first_newline(raw, prev[1], line[0])
            if newline_at in soft_breaks or (join_wrapped and _is_wrap(raw[prev[0]:prev[1]], raw[line[0]:line[1]],
                                                                       line[2])):
                paragraphs[-1].append(line)
                continue
        paragraphs.append([line])
    return paragraphs


def _first_newline(raw: str, start: int, end: int) -> int:
    """Offset (relative to ``start``) of the newline separating two kept lines; a raw '\n' always exists there."""
    i = raw.find("\n", start, end)
    return (i if i >= 0 else start) - start


_MARKUP_COMMENT = re.compile(r"<!--.*?-->$")


def _raw_lines(raw: str, skip: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Non-blank lines as (start, end) without surrounding blanks, skipping furniture lines; flag a blank line before."""
    skip_starts = {span[0] for span in skip}
    out = []
    pos = 0
    blank_before = False
    n = len(raw)
    while pos <= n:
        nl = raw.find("\n", pos)
        if nl < 0:
            nl = n
        s, e = pos, nl
        while s < e and raw[s] in _BLANK:
            s += 1
        while e > s and raw[e - 1] in _BLANK:
            e -= 1
        if pos in skip_starts or s in skip_starts or _MARKUP_COMMENT.match(raw, s, e):
            pass  # furniture (or a scraper's <!-- comment -->): neither content nor a paragraph break
        elif s == e:
            blank_before = True
        else:
            out.append((s, e, blank_before))
            blank_before = False
        pos = nl + 1
    return out


_TITLE_LINE = re.compile(r"^[\s\u3000]*((民|刑|行|执)[\s\u3000]*(事|政|行)[\s\u3000]*)?(判|裁|调|决)[\s\u3000]*(决|定|解)"
                         r"[\s\u3000]*书|^[（(]\d{4}[）)]")
_HEADING_END = re.compile(r"(法院|分院|法庭|委员会|判决书|裁定书|调解书|决定书)$")


_COURT_HEADER = re.compile(r"(判|裁|调|决)[\s\u3000]*(决|定|解)[\s\u3000]*书|^[（(〔\[]\s*[12][0-9]{3}\s*[）)〕\]].{2,30}号")


def _looks_like_court_document(raw: str, lines: list[tuple[int, int, bool]]) -> bool:
    """A judgment, ruling or mediation (title or 案号 in the first lines): one paragraph per line as published, so an
    open line end there is a missing full stop, not a wrap."""
    return any(_COURT_HEADER.search(raw[s:e]) for s, e, _ in lines[:6])


def _wrapped_by_width(raw: str, lines: list[tuple[int, int, bool]]) -> bool:
    """Text hard-wrapped at a fixed width: most long lines end mid-sentence."""
    long_lines = [raw[s:e] for s, e, _ in lines if e - s >= 20]
    if len(long_lines) < 4:
        return False
    open_ends = sum(1 for line in long_lines if line[-1] not in _TERMINAL)
    return open_ends / len(long_lines) >= 0.5


def _is_wrap(prev: str, cur: str, blank_between: bool) -> bool:
    """Does ``cur`` continue the sentence that ``prev`` left open?"""
    if not prev or prev[-1] in _TERMINAL or _PARA_START.match(cur) or _TITLE_LINE.match(cur) \
            or _HEADING_END.search(prev) or prev.startswith("#"):
        return False
    min_len = 30 if blank_between else 20
    if len(prev) < min_len:
        return False
    last = prev[-1]
    # a line ending in a CJK character, a comma-like mark or a digit/letter leaves its sentence open
    return bool(re.match(rf"[{_CJK}，、,0-9A-Za-z“‘《（(]", last))


def _keep_line(builder: TextBuilder, raw: str, start: int, end: int) -> None:
    """Keep raw[start:end], collapsing spaced-out runs of single CJK characters (民 事 判 决 书 → 民事判决书)."""
    line = raw[start:end]
    pos = 0
    for m in _SPACED_RUN.finditer(line):
        builder.keep(start + pos, start + m.start())
        for i in range(m.start(), m.end()):
            if line[i] not in " \u3000\xa0":
                builder.keep(start + i, start + i + 1)
        pos = m.end()
    builder.keep(start + pos, end)


# Shorter paragraphs (问, 答, 本院认为, a repeated signature role) legitimately occur more than once.
_MIN_REPEAT = 20


def _drop_repeated_lines(raw: str, lines, soft_breaks: set[int], furniture: list[Furniture]):
    seen: set[str] = set()
    kept = []
    for start, end, blank in lines:
        wrapped = any(b in soft_breaks for b in range(max(0, start - 2), start)) or \
            any(b in soft_breaks for b in range(end, end + 2))
        key = "".join(raw[start:end].split())
        if not wrapped and len(key) >= _MIN_REPEAT and key in seen:
            furniture.append(Furniture(kind="repeated_block", raw_span=(start, end)))
            continue
        if not wrapped and len(key) >= _MIN_REPEAT:
            seen.add(key)
        kept.append((start, end, blank))
    return kept


def _drop_repeated_paragraphs(raw: str, paragraphs, furniture: list[Furniture]):
    """Drop the second and later copies of substantial paragraphs (a scraped page can carry its body three times)."""
    seen: set[str] = set()
    kept = []
    for para in paragraphs:
        key = "".join("".join(raw[s:e].split()) for s, e, _ in para)
        if len(key) >= _MIN_REPEAT and key in seen:
            furniture.append(Furniture(kind="repeated_block", raw_span=(para[0][0], para[-1][1])))
            continue
        if len(key) >= _MIN_REPEAT:
            seen.add(key)
        kept.append(para)
    return kept


_WIDTH_TABLE = {**{chr(0xFF01 + i): chr(0x21 + i) for i in range(94)}, "\u3000": " "}
_FOLD = str.maketrans(_WIDTH_TABLE)


def fold_width(text: str) -> str:
    """Full-width ASCII (digits, letters, punctuation, ideographic space) to half-width, one character for one."""
    return text.translate(_FOLD)
