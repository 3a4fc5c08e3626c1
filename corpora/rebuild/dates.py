"""Dates: finding them in the text and writing them (Arabic in the body, Chinese numerals in the signature)."""

from __future__ import annotations

import datetime as dt
import re

CN_DIGITS = "〇一二三四五六七八九"
DATE_RE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")


def cn_num(n: int) -> str:
    """1..31 -> 一 … 三十一"""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + ("" if ones == 0 else CN_DIGITS[ones])


def cn_date(d: dt.date, zero: str) -> str:
    year = "".join(CN_DIGITS[int(c)] for c in str(d.year)).replace("〇", zero)
    return f"{year}年{cn_num(d.month)}月{cn_num(d.day)}日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dates_in(text: str) -> list[dt.date]:
    out = []
    for m in DATE_RE.finditer(text):
        try:
            out.append(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            pass
    return out
