"""Dates written in Chinese numerals: 二〇二三年十月十二日 (with 〇 ○ 0 零 Ｏ for zero), also 2023年2月24日."""

from __future__ import annotations

import datetime as dt
import re

from extractors.structure.patterns import CN_DATE, ZERO

_DIGIT = {**{c: 0 for c in ZERO}, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ARABIC_DATE = re.compile(r"([12][0-9]{3})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日")


def small_number(text: str) -> int | None:
    """十 → 10, 二十四 → 24, 三十一 → 31, 〇八 → 8 (for months and days)."""
    text = text.strip()
    if not text:
        return None
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = _DIGIT.get(head, None) if head else 1
        ones = _DIGIT.get(tail, None) if tail else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    value = 0
    for ch in text:
        if ch not in _DIGIT:
            return None
        value = value * 10 + _DIGIT[ch]
    return value


def parse_cn_date(text: str) -> tuple[dt.date | None, int | None, int | None]:
    """(date, year, month) of a Chinese-numeral date; date is None when the day is masked (××日) or invalid."""
    m = re.match(r"\s*(.{4})\s*年\s*(.{1,3}?)\s*月\s*(.{1,3}?)\s*日", text)
    if not m:
        return None, None, None
    year = 0
    for ch in m.group(1):
        if ch not in _DIGIT:
            return None, None, None
        year = year * 10 + _DIGIT[ch]
    month = small_number(m.group(2))
    day = small_number(m.group(3))
    if month is None or not 1 <= month <= 12:
        return None, year, None
    if day is None:
        return None, year, month
    try:
        return dt.date(year, month, day), year, month
    except ValueError:
        return None, year, month


def find_signature_date(text: str) -> re.Match | None:
    """The last Chinese-numeral date in ``text`` (judgments put it in the signature block)."""
    last = None
    for m in CN_DATE.finditer(text):
        last = m
    return last


def parse_any_date(text: str) -> dt.date | None:
    m = _ARABIC_DATE.search(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = CN_DATE.search(text)
    return parse_cn_date(m.group(0))[0] if m else None
