"""Split the 主文 into its numbered items: 一、 二、 (or 1. 2.) at the top, （一） （二） nested below."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.numerals import small_number
from extractors.structure.paragraphs import trim
from zhixing.document import OperativeItem

_CN = "一二三四五六七八九十"
TOP_CN = re.compile(rf"^([{_CN}]+)\s*[、，,.．]")
TOP_ARABIC = re.compile(r"^([0-9]{1,2})\s*[、.．](?![0-9])")
PAREN_CN = re.compile(rf"^[（(]([{_CN}]+)[）)]\s*")
PAREN_ARABIC = re.compile(r"^[（(]([0-9]{1,2})[）)]\s*")
# a next item glued onto the same paragraph: …；二、… / …。二、…
INLINE_NEXT = re.compile(rf"(?<=[；;。])\s*(?=([{_CN}]+)、)")

STYLES = (("cn", TOP_CN), ("paren_cn", PAREN_CN), ("arabic", TOP_ARABIC), ("paren_arabic", PAREN_ARABIC))


@dataclass
class _Line:
    start: int
    end: int
    style: str | None
    number: str
    value: int | None


def _classify(text: str, start: int, end: int) -> _Line:
    piece = text[start:end]
    for style, pattern in STYLES:
        m = pattern.match(piece)
        if m:
            raw = m.group(1)
            value = int(raw) if raw.isdigit() else small_number(raw)
            return _Line(start, end, style, piece[: m.end()].rstrip(), value)
    return _Line(start, end, None, "", None)


def _lines(text: str, start: int, end: int) -> list[_Line]:
    """Paragraphs of the operative part, with items glued into one paragraph split apart."""
    out = []
    pos = start
    for raw_line in text[start:end].split("\n"):
        ls, le = trim(text, pos, pos + len(raw_line))
        pos += len(raw_line) + 1
        if ls >= le:
            continue
        cuts = [ls]
        for m in INLINE_NEXT.finditer(text, ls, le):
            cuts.append(m.end())
        cuts.append(le)
        for a, b in zip(cuts, cuts[1:]):
            a, b = trim(text, a, b)
            if a < b:
                out.append(_classify(text, a, b))
    # keep an inline split only when it continues the numbering of the paragraph it was cut from
    return out


def split_items(text: str, start: int, end: int) -> list[OperativeItem]:
    lines = _lines(text, start, end)
    if not lines:
        return []
    top_style = next((ln.style for ln in lines if ln.style), None)
    items: list[dict] = []
    expected = 1
    for line in lines:
        if line.style == top_style and top_style is not None and line.value == expected:
            items.append({"number": line.number, "start": line.start, "end": line.end, "subs": []})
            expected += 1
            continue
        if items and line.style and line.style != top_style:
            subs = items[-1]["subs"]
            sub_expected = (subs[-1]["value"] + 1) if subs and subs[-1]["style"] == line.style else 1
            if line.value == sub_expected:
                subs.append({"number": line.number, "start": line.start, "end": line.end, "style": line.style,
                             "value": line.value})
                items[-1]["end"] = line.end
                continue
        if items and (top_style is not None or not _starts_new_unnumbered(text, items[-1]["end"])):
            items[-1]["end"] = line.end  # continuation of the current item
            if items[-1]["subs"]:
                items[-1]["subs"][-1]["end"] = line.end
        else:
            items.append({"number": "", "start": line.start, "end": line.end, "subs": []})
    result = []
    for i, item in enumerate(items, start=1):
        subs = [OperativeItem(index=j, number=s["number"], text=text[s["start"]:s["end"]], span=(s["start"], s["end"]))
                for j, s in enumerate(item["subs"], start=1)]
        result.append(OperativeItem(index=i, number=item["number"], text=text[item["start"]:item["end"]],
                                    span=(item["start"], item["end"]), sub_items=subs))
    return result


def _starts_new_unnumbered(text: str, previous_end: int) -> bool:
    """Without numbering, a paragraph is a new item unless the previous one announced a list (ends with a colon)."""
    return text[previous_end - 1:previous_end] not in ("：", ":")
