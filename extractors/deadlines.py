"""Performance deadlines: 于本判决生效之日起十日内, 判决发生法律效力后十五日内, 于本判决送达之日起十日内, 立即,
于2024年3月31日前, and instalments (每月X日前支付X元, 共X期, 首期…).

``anchor`` is ``effective`` (生效 / 发生法律效力 / 立即), ``service`` (送达) or ``fixed_date``; ``days`` the count
(立即 is 0, a fixed date has none); ``months`` the count where the period is written in months (生效之日起三个月内).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from extractors.dates import find_dates
from extractors.money import find_amounts
from extractors.numerals import small_number
from zhixing.fields import Deadline, Instalment

_N = r"[0-9０-９一二两三四五六七八九十百]+"
_RELATIVE = re.compile(
    rf"(?:(?:应)?(?:于|在|自|限)?\s*(?:本|该)?(?:判决书?|裁定书?|调解书|民事调解书|判决|裁定|调解协议)"
    rf"(?:发生法律效力|生效|送达)(?:之日|后|次日)?(?:起|之日起|后|始|之日始)?\s*"
    rf"(?:(?P<days>{_N})\s*(?:日|天|个工作日)(?:内|以内|之内)?|(?P<months>{_N})\s*个?月(?:内|以内|之内)))")
# 被告于十日内协助原告办理…: a count of days with no event named (read, as enforcement does, from the judgment's
# taking effect, but the anchor is left open: anchor None)
_BARE_DAYS = re.compile(rf"(?:应于|须于|于|在|限)\s*(?P<days>{_N})\s*(?:日|天)(?:内|以内|之内)")
_IMMEDIATE = re.compile(r"立即|即时|当即|当庭|于本判决生效时")
_FIXED = re.compile(r"(?:于|在|应于|须于|并于)?\s*(?P<date>[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|"
                    r"[〇○0零一二三四五六七八九]{4}年[十〇○0零一二三四五六七八九]{1,3}月[十〇○0零一二三四五六七八九]{1,3}日|"
                    # 2023年12月底前 / 2024年2月末以前: the last day of that month
                    r"(?P<month>[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月)\s*(?:底|末|最后一日|最后一天))"
                    r"\s*(?:前|之前|以前|止|内)")
_MONTHLY = re.compile(rf"(?:自(?P<from>[^，。；]{{4,16}}?)起)?\s*每月\s*(?P<day>{_N})\s*[日号](?:前|之前)?"
                      rf"[^，。；]{{0,12}}?(?:支付|给付|偿还|归还|还款)?[^，。；]{{0,6}}?(?P<amount>[0-9０-９.,，万千]+元)")
_FIRST = re.compile(r"首期(?:款)?\s*(?:于|在)?\s*(?P<date>[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日)?"
                    r"\s*(?:前|之前)?\s*(?:支付|给付|偿还|归还)?\s*(?P<amount>[0-9０-９.,，万千]+元)")
_PERIODS = re.compile(rf"共\s*(?P<n>{_N})\s*期|分\s*(?P<n2>{_N})\s*期")


def _month_end(mention) -> dt.date | None:
    if not (mention.year and mention.month and 1 <= mention.month <= 12):
        return None
    return dt.date(mention.year, mention.month, calendar.monthrange(mention.year, mention.month)[1])


def find_deadlines(text: str) -> list[Deadline]:
    found: list[Deadline] = []
    for m in _RELATIVE.finditer(text):
        anchor = "service" if "送达" in m.group(0) else "effective"
        found.append(Deadline(text=m.group(0).strip(), span=_strip_span(text, m.span()), anchor=anchor,
                              days=small_number(m.group("days")) if m.group("days") else None,
                              months=small_number(m.group("months")) if m.group("months") else None))
    for m in _BARE_DAYS.finditer(text):
        if not _inside(m.span(), found):
            found.append(Deadline(text=m.group(0), span=m.span(), days=small_number(m.group("days")), anchor=None))
    for m in _IMMEDIATE.finditer(text):
        if not _inside(m.span(), found):
            found.append(Deadline(text=m.group(0), span=m.span(), days=0, anchor="effective"))
    for m in _FIXED.finditer(text):
        if _inside(m.span(), found):
            continue
        dates = find_dates(m.group("month") or m.group("date"))
        day = dates[0].value if dates and not m.group("month") else _month_end(dates[0]) if dates else None
        if day:
            found.append(Deadline(text=m.group(0).strip(), span=_strip_span(text, m.span()), anchor="fixed_date",
                                  date=day))
    instalments = _instalments(text)
    if instalments:
        first = instalments[0]
        found.append(first)
    found.sort(key=lambda d: d.span[0])
    return found


_DATED = re.compile(r"(?:于|在)?\s*(?P<date>[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日)\s*(?:前|之前|以前)"
                    r"\s*(?:先行)?(?:支付|给付|偿还|归还|付清|支付剩余款项)?\s*(?P<amount>[0-9０-９.,，万千]+元)?"
                    r"|余款\s*(?P<rest>[0-9０-９.,，万千]+元)\s*(?:于|在)\s*(?P<rdate>[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月"
                    r"\s*[0-9０-９]{1,2}\s*日)\s*(?:前|之前)")


_MD = r"(?:[0-9０-９]{4}\s*年\s*)?[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日"
_EACH = re.compile(rf"(?P<dates>{_MD}(?:\s*[、，,]\s*{_MD})+)\s*(?:前|之前)\s*各(?:支付|给付|偿还|归还)\s*(?P<amount>[0-9０-９.,，万千]+元)")


def _dated_instalments(text: str) -> list[Deadline]:
    """分三期：于…前支付X元，于…前支付Y元 … / 先行支付X元，余款Y元于…前付清 / 于3月31日、6月30日前各支付7600元."""
    each = _EACH.search(text)
    if each:
        amounts = find_amounts(each.group("amount"))
        dates = re.findall(_MD, each.group("dates"))
        plan = [Instalment(amount=amounts[0].value if amounts else None, date=(find_dates(d)[0].value if find_dates(d)
                                                                                 else None), text=d) for d in dates]
        return [Deadline(text=each.group(0), span=_strip_span(text, each.span()), instalments=plan)]
    plan: list[Instalment] = []
    spans = []
    for m in _DATED.finditer(text):
        amount_text = m.group("amount") or m.group("rest")
        if not amount_text:
            continue
        amounts = find_amounts(amount_text)
        dates = find_dates(m.group("date") or m.group("rdate"))
        plan.append(Instalment(amount=amounts[0].value if amounts else None, date=dates[0].value if dates else None,
                               text=m.group(0).strip()))
        spans.append(m.span())
    if len(plan) < 2:
        return []
    start, end = spans[0][0], spans[-1][1]
    return [Deadline(text=text[start:end].strip(), span=_strip_span(text, (start, end)), instalments=plan)]


def _instalments(text: str) -> list[Deadline]:
    monthly = list(_MONTHLY.finditer(text))
    if not monthly:
        return _dated_instalments(text)
    plan: list[Instalment] = []
    for m in monthly:
        amounts = find_amounts(m.group("amount"))
        plan.append(Instalment(amount=amounts[0].value if amounts else None, day_of_month=small_number(m.group("day")),
                               text=m.group(0).strip()))
    periods = _PERIODS.search(text)
    count = small_number(periods.group("n") or periods.group("n2")) if periods else None
    if count and len(plan) == 1:
        plan = plan * count
    start, end = monthly[0].start(), (periods.end() if periods and periods.end() > monthly[-1].end() else
                                      monthly[-1].end())
    first = _FIRST.search(text)
    if first and first.start() < monthly[0].start():  # 首期于…前支付22000元，余款自…起每月…
        amounts = find_amounts(first.group("amount"))
        dates = find_dates(first.group("date") or "")
        plan.insert(0, Instalment(amount=amounts[0].value if amounts else None,
                                  date=dates[0].value if dates else None, text=first.group(0)))
        start = first.start()
    return [Deadline(text=text[start:end].strip(), span=_strip_span(text, (start, end)), instalments=plan)]


def _inside(span: tuple[int, int], found: list[Deadline]) -> bool:
    return any(d.span[0] <= span[0] and span[1] <= d.span[1] for d in found)


def _strip_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
