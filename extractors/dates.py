"""Dates: 二〇二三年十月十二日 (〇 ○ 0 零 Ｏ for zero), 2023年2月24日, 2023-02-24, 2023.2.24, 2023/2/24, and partial dates
(2023年2月, 11月29日). ``find_dates`` returns every mention with its span; a masked or partial date has no ``value``.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.numerals import DIGITS, small_number
from zhixing.fields import DateMention

ZERO = "〇○0零Ｏ０OoΟ◯"
_CN_DIGIT = f"[{ZERO}一二三四五六七八九]"
_CN_SMALL = f"[十{ZERO}一二三四五六七八九]"
CN_DATE = re.compile(rf"{_CN_DIGIT}{{4}}\s*年\s*{_CN_SMALL}{{1,3}}\s*月\s*(?:{_CN_SMALL}{{1,3}}|[×xX＊*]{{1,2}})\s*日")
_CN_ANY = re.compile(rf"(?P<y>{_CN_DIGIT}{{4}})\s*年\s*(?P<m>{_CN_SMALL}{{1,3}})\s*月(?:\s*(?P<d>{_CN_SMALL}{{1,3}}|[×xX＊*]{{1,2}})\s*日)?")
_AR = "[0-9０-９]"
_AR_YMD = re.compile(rf"(?<![0-9０-９])(?P<y>[12１２]{_AR}{{3}})\s*年\s*(?P<m>{_AR}{{1,2}})\s*月(?:\s*(?P<d>{_AR}{{1,2}})\s*[日号])?")
_AR_SEP = re.compile(rf"(?<![0-9０-９.])(?P<y>[12１２]{_AR}{{3}})(?P<sep>[-./／．])(?P<m>{_AR}{{1,2}})(?P=sep)(?P<d>{_AR}{{1,2}})(?![0-9０-９])")
_MD = re.compile(rf"(?<![0-9０-９年])(?P<m>{_AR}{{1,2}})\s*月\s*(?P<d>{_AR}{{1,2}})\s*[日号]")


def _year(text: str) -> int | None:
    value = 0
    for ch in text:
        if ch.isdigit():
            value = value * 10 + int(ch.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
        elif ch in DIGITS or ch in ZERO:
            value = value * 10 + DIGITS.get(ch, 0)
        else:
            return None
    return value


def _make(text: str, start: int, y: int | None, m: int | None, d: int | None) -> DateMention | None:
    if m is not None and not 1 <= m <= 12:
        return None
    value = None
    if y and m and d:
        try:
            value = dt.date(y, m, d)
        except ValueError:
            return None
    return DateMention(text=text, span=(start, start + len(text)), value=value, year=y, month=m, day=d)


def find_dates(text: str) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, y, mo, d) -> None:
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            return
        mention = _make(m.group(0), s, y, mo, d)
        if mention:
            found.append(mention)
            taken.append((s, e))

    for m in _CN_ANY.finditer(text):
        d = m.group("d")
        add(m, _year(m.group("y")), small_number(m.group("m")), small_number(d) if d and d[0] not in "×xX＊*" else None)
    for m in _AR_YMD.finditer(text):
        add(m, _year(m.group("y")), small_number(m.group("m")), small_number(m.group("d")) if m.group("d") else None)
    for m in _AR_SEP.finditer(text):
        add(m, _year(m.group("y")), small_number(m.group("m")), small_number(m.group("d")))
    for m in _MD.finditer(text):
        add(m, None, small_number(m.group("m")), small_number(m.group("d")))
    return sorted(found, key=lambda x: x.span[0])


def parse_date(text: str) -> dt.date | None:
    """The first full date in ``text``."""
    return next((m.value for m in find_dates(text) if m.value), None)


def parse_cn_date(text: str) -> tuple[dt.date | None, int | None, int | None]:
    """(date, year, month) of a date such as 二〇一六年十二月××日; date is None when the day is masked."""
    mentions = find_dates(text)
    if not mentions:
        return None, None, None
    first = mentions[0]
    return first.value, first.year, first.month
