"""Laying out Chinese text: line breaking by the word-processor rules, and the judgment layout (centred court and
title, right-aligned 案号 and signature block, indented body) shared by the reportlab, scan and cid renderers."""

from __future__ import annotations

import re

SIGNATURE_RE = re.compile(
    r"^(审[\s\u3000]*判[\s\u3000]*长|审[\s\u3000]*判[\s\u3000]*员|代理审判员|人民陪审员|法官助理|"
    r"书[\s\u3000]*记[\s\u3000]*员|本件与原本核对无异)"
    r"|^[〇○零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$"
)


def split_signature(lines: list[str]) -> int:
    """Index of the first line of the trailing signature block (len(lines) if none)."""
    i = len(lines)
    while i > 0 and SIGNATURE_RE.search(lines[i - 1].strip()):
        i -= 1
    return i


_PUNCT_NO_START = set("，。、；：？！）》」』”’】〕…—％,.;:?!)]")
_PUNCT_NO_END = set("（《「『“‘【〔([")


def _wordish(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == ".")


def wrap(text: str, width: float, measure, first_width: float | None = None) -> list[str]:
    """Greedy line breaking for Chinese text, with the rules a word processor applies: closing punctuation never
    starts a line (it hangs past the edge), opening brackets/quotes never end one, and a run of ASCII letters and
    digits (177084.85, 2017) is not split.  The first line may have its own width (first-line indent)."""
    lines: list[str] = []
    cur: list[str] = []
    w = 0.0
    limit = width if first_width is None else first_width
    for ch in text:
        cw = measure(ch)
        if cur and w + cw > limit + 1e-6 and ch not in _PUNCT_NO_START:
            carry: list[str] = []
            if _wordish(ch):
                j = len(cur)
                while j > 0 and _wordish(cur[j - 1]):
                    j -= 1
                if j > 0:
                    carry, cur = cur[j:], cur[:j]
            while len(cur) > 1 and cur[-1] in _PUNCT_NO_END:
                carry.insert(0, cur.pop())
            lines.append("".join(cur))
            cur, w, limit = carry, sum(measure(c) for c in carry), width
        cur.append(ch)
        w += cw
    if cur:
        lines.append("".join(cur))
    return lines


def layout_judgment(lines: list[str], measure, width: float, size: float):
    """Yield (line_text, x_offset, kind) for a judgment; kind in centre/right/body/blank.  x offsets in the same unit
    as width."""
    sig = split_signature(lines)
    out = []
    for i, line in enumerate(lines):
        s = line.strip()
        if i in (0, 1):
            out.append((s, (width - sum(measure(c) for c in s)) / 2, "centre"))
        elif i == 2 or i >= sig:
            if i == sig:
                out.append(("", 0, "blank"))
            out.append((s, width - sum(measure(c) for c in s) - (2 * size if i >= sig else 0), "right"))
        else:
            indent = 2 * size
            for k, ln in enumerate(wrap(s, width, measure, first_width=width - indent)):
                out.append((ln, indent if k == 0 else 0, "body"))
    return out
