"""Page geometry to text: lines, columns, running headers/footers, page numbers and line wraps.

Pure functions on tuples, so that both PDF engines (pypdfium2 and pdfplumber) share them and tests need no PDF.
Coordinates are top-down: ``top`` < ``bottom``, origin at the top-left of the page.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

# A text line: left, top, right, bottom, text.
T_line = tuple[float, float, float, float, str]

EDGE_ZONE = 0.09  # share of the page height at top and bottom where running headers and footers live
_PAGE_NUMBER = re.compile(r"^[\s\-—–_·•]*(第\s*[0-9一二三四五六七八九十百]+\s*页(\s*[,，/／]?\s*共\s*[0-9一二三四五六七八九十百]+\s*页)?"
                          r"|[0-9]+\s*[/／]\s*[0-9]+|[-—–]\s*[0-9]+\s*[-—–]|[0-9]{1,4}|Page\s*\d+(\s*of\s*\d+)?)[\s\-—–_·•]*$",
                          re.I)


@dataclass
class PageLines:
    width: float
    height: float
    lines: list[T_line]  # in reading order


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def segments_to_lines(segments: list[T_line], y_tolerance: float = 0.5) -> list[T_line]:
    """Merge segments whose vertical extents overlap into lines, ordered top to bottom, left to right."""
    segs = sorted((s for s in segments if s[4].strip()), key=lambda s: (s[1], s[0]))
    lines: list[list[T_line]] = []
    for seg in segs:
        height = max(seg[3] - seg[1], 1.0)
        if lines:
            last = lines[-1]
            top = min(s[1] for s in last)
            bottom = max(s[3] for s in last)
            overlap = min(bottom, seg[3]) - max(top, seg[1])
            if overlap >= y_tolerance * min(height, bottom - top or height):
                last.append(seg)
                continue
        lines.append([seg])
    out = []
    for group in lines:
        group.sort(key=lambda s: s[0])
        text = group[0][4].strip()
        for prev, seg in zip(group, group[1:]):
            gap = seg[0] - prev[2]
            char_w = (prev[3] - prev[1]) or 1.0
            text += (" " if gap > char_w * 1.5 else "") + seg[4].strip()
        out.append((min(s[0] for s in group), min(s[1] for s in group), max(s[2] for s in group),
                    max(s[3] for s in group), text))
    return out


def find_gutter(segments: list[T_line], width: float, height: float) -> float | None:
    """The x of the gap between two columns, when the page has two; None for a single column."""
    mid = width / 2
    body = [s for s in segments if height * EDGE_ZONE < s[1] and s[3] < height * (1 - EDGE_ZONE)]
    left = [s for s in body if s[2] <= mid + 2]
    right = [s for s in body if s[0] >= mid - 2]
    spanning = [s for s in body if s[0] < mid - 2 and s[2] > mid + 2]
    if len(left) >= 3 and len(right) >= 3 and len(spanning) <= 0.5 * len(body):
        return (max(s[2] for s in left) + min(s[0] for s in right)) / 2
    return None


def order_columns(segments: list[T_line], width: float, height: float) -> list[T_line]:
    """Reading order of a page: one column top to bottom, or, on a two-column page, what spans both columns above
    them, the left column, the right column, then what spans both columns below them.

    A line that sits inside one column belongs to it even near the page edge (a column's last line is often lower
    than a single-column footer zone); running headers and footers are found afterwards by ``find_furniture``.
    """
    gutter = find_gutter(segments, width, height)
    if gutter is None:
        return segments_to_lines(segments)
    left = [s for s in segments if s[2] <= gutter + 2]
    right = [s for s in segments if s[0] >= gutter - 2 and s not in left]
    spanning = [s for s in segments if s not in left and s not in right]
    first_column_top = min((s[1] for s in left + right if height * EDGE_ZONE < s[1]), default=0)
    above = [s for s in spanning if s[3] <= first_column_top + 1]
    below = [s for s in spanning if s not in above]
    edge_left = [s for s in left if s[3] <= height * EDGE_ZONE]  # e.g. the newspaper's running head
    edge_right = [s for s in right if s[3] <= height * EDGE_ZONE]
    head = segments_to_lines(edge_left + edge_right + [s for s in above if s[3] <= height * EDGE_ZONE])
    above = [s for s in above if s[3] > height * EDGE_ZONE]
    left = [s for s in left if s not in edge_left]
    right = [s for s in right if s not in edge_right]
    return (head + segments_to_lines(above) + segments_to_lines(left) + segments_to_lines(right)
            + segments_to_lines(below))


def _repeat_key(text: str) -> str:
    return re.sub(r"[0-9０-９一二三四五六七八九十百]+", "#", re.sub(r"\s+", "", text))


def find_furniture(pages: list[PageLines]) -> dict[tuple[int, int], str]:
    """(page index, line index) → kind for running headers, footers and page numbers."""
    marks: dict[tuple[int, int], str] = {}
    counts: dict[str, int] = {}
    candidates: list[tuple[int, int, str, str]] = []
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            in_top = line[3] <= page.height * EDGE_ZONE * 1.3
            in_bottom = line[1] >= page.height * (1 - EDGE_ZONE * 1.3)
            if not (in_top or in_bottom):
                continue
            zone = "page_header" if in_top else "page_footer"
            if is_page_number(line[4]):
                marks[(p, i)] = "page_number"
                continue
            key = _repeat_key(line[4])
            candidates.append((p, i, zone, key))
            counts[key] = counts.get(key, 0) + 1
    if len(pages) >= 2:
        threshold = max(2, (len(pages) + 1) // 2)
        for p, i, zone, key in candidates:
            if counts[key] >= threshold:
                marks[(p, i)] = zone
    return marks


@dataclass
class ColumnMetrics:
    left: float
    right: float
    char_w: float
    indents_paragraphs: bool  # paragraphs start with a first-line indent (most Chinese court documents)


def column_metrics(lines: list[T_line]) -> ColumnMetrics | None:
    if not lines:
        return None
    widths = [(ln[2] - ln[0]) / max(len(ln[4].replace(" ", "")), 1) for ln in lines if len(ln[4]) >= 4]
    char_w = statistics.median(widths) if widths else 10.0
    left = min(ln[0] for ln in lines)
    right = max(ln[2] for ln in lines)
    indented = sum(1 for ln in lines if abs(ln[0] - (left + 2 * char_w)) <= 0.7 * char_w)
    return ColumnMetrics(left, right, char_w, indented >= max(2, 0.1 * len(lines)))


def line_wraps(cur: T_line, nxt: T_line, m: ColumnMetrics) -> bool:
    """Does line ``cur`` continue on line ``nxt`` (same paragraph)?

    The next line must start at the column's left edge (a new paragraph is indented, a title centred). Then either
    ``cur`` reaches the right edge, or the document marks paragraph starts by indenting and ``cur`` is body text.
    """
    if nxt[0] > m.left + 0.6 * m.char_w:
        return False
    if cur[2] >= m.right - 1.5 * m.char_w:
        return True
    return m.indents_paragraphs and cur[0] <= m.left + 2.6 * m.char_w


def wrapped_lines(lines: list[T_line]) -> set[int]:
    """Indexes i where line i wraps into line i+1 within one paragraph, on one page."""
    result = set()
    for i in range(len(lines) - 1):
        cur, nxt = lines[i], lines[i + 1]
        if min(cur[2], nxt[2]) - max(cur[0], nxt[0]) <= 0 or nxt[1] < cur[1]:
            continue  # another column, or a jump back up
        if nxt[1] - cur[3] > (cur[3] - cur[1]) * 1.5:
            continue  # a vertical gap: a new block
        column = [ln for ln in lines if min(ln[2], cur[2]) - max(ln[0], cur[0]) > 0]
        metrics = column_metrics(column)
        if metrics and line_wraps(cur, nxt, metrics):
            result.add(i)
    return result
