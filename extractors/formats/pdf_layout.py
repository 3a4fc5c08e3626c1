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


def order_columns(segments: list[T_line], width: float, height: float) -> list[T_line]:
    """Reading order of a page: single column, or top furniture, left column, right column, bottom furniture."""
    mid = width / 2
    body = [s for s in segments if height * EDGE_ZONE < s[1] and s[3] < height * (1 - EDGE_ZONE)]
    left = [s for s in body if s[2] <= mid + 2]
    right = [s for s in body if s[0] >= mid - 2]
    spanning = [s for s in body if s[0] < mid - 2 and s[2] > mid + 2]
    two_columns = len(left) >= 3 and len(right) >= 3 and len(spanning) <= 0.15 * len(body)
    if not two_columns:
        return segments_to_lines(segments)
    top_zone = [s for s in segments if s[1] <= height * EDGE_ZONE]
    bottom_zone = [s for s in segments if s[3] >= height * (1 - EDGE_ZONE)]
    first_column_top = min((s[1] for s in left + right), default=0)
    # a title spanning both columns above them comes first
    above = [s for s in spanning if s[3] <= first_column_top + 1]
    below = [s for s in spanning if s not in above]
    return (segments_to_lines(top_zone) + segments_to_lines(above) + segments_to_lines(left)
            + segments_to_lines(right) + segments_to_lines(below) + segments_to_lines(bottom_zone))


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


def wrapped_lines(lines: list[T_line]) -> set[int]:
    """Indexes i where line i wraps into line i+1 within one paragraph.

    A line wraps when it reaches the right edge of its column and the next line starts at the column's left edge
    (not indented like a new paragraph, not centred like a title).
    """
    if len(lines) < 2:
        return set()
    widths = [(ln[2] - ln[0]) / max(len(ln[4].replace(" ", "")), 1) for ln in lines if len(ln[4]) >= 4]
    char_w = statistics.median(widths) if widths else 10.0
    result = set()
    # column edges, per column: lines that overlap horizontally share a column
    for i in range(len(lines) - 1):
        cur, nxt = lines[i], lines[i + 1]
        same_column = min(cur[2], nxt[2]) - max(cur[0], nxt[0]) > 0
        if not same_column or nxt[1] < cur[1]:
            continue
        line_gap = nxt[1] - cur[3]
        if line_gap > (cur[3] - cur[1]) * 1.5:
            continue
        column = [ln for ln in lines if min(ln[2], cur[2]) - max(ln[0], cur[0]) > 0]
        col_left = min(ln[0] for ln in column)
        col_right = max(ln[2] for ln in column)
        if cur[2] >= col_right - 1.5 * char_w and nxt[0] <= col_left + 0.6 * char_w:
            result.add(i)
    return result
