"""The 立案 date, the judgment date and the procedure of one record.

The draws happen in this order for every record (judgment date, procedure, 立案 date), which keeps the output the
same at a given seed."""

from __future__ import annotations

import datetime as dt
import random
import re
from decimal import Decimal

from .dates import dates_in

FILING_RE = re.compile(r"(20\d\d年\d{1,2}月\d{1,2}日)[^。；]{0,20}?(诉至本院|向本院提起诉讼|向本院起诉|提起本案诉讼|诉至法院)")

PROCEDURE_NAMES = {"small": "小额诉讼程序", "simple": "简易程序", "ordinary": "普通程序"}


def explicit_filing_date(claims_raw: str, facts_raw: str, item_text: str, case_year: int,
                         notes: list[str]) -> dt.date | None:
    """The 立案 date where the record states one (…诉至本院; an interest start date the claim calls 起诉之日)."""
    explicit_filing = None
    for m in FILING_RE.finditer(claims_raw + "\n" + facts_raw):
        d = dates_in(m.group(1))
        if d and d[0].year == case_year:     # an earlier suit (e.g. 2022) is not this case's 立案
            explicit_filing = d[0]
    if explicit_filing is None and re.search(r"(起诉|诉讼)之日起", claims_raw):
        m = re.search(r"[自从](20\d\d年\d{1,2}月\d{1,2}日)起", item_text)
        if m and dates_in(m.group(1))[0].year == case_year:
            explicit_filing = dates_in(m.group(1))[0]
            notes.append("立案 date taken from the interest start date that the claim calls 起诉之日")
    if explicit_filing:
        notes.append(f"立案 date {explicit_filing} from the record")
    return explicit_filing


def latest_known_date(text: str, pub: dt.date | None) -> dt.date:
    """The latest date the record mentions, up to the publication date."""
    horizon = pub or dt.date(2024, 1, 15)
    known = [d for d in dates_in(text) if d <= horizon and d.year >= 2000]
    return max(known) if known else dt.date(2023, 6, 1)


def draw_judgment_date(pub: dt.date | None, latest: dt.date, explicit_filing: dt.date | None, item_text: str,
                       rng: random.Random, notes: list[str]) -> dt.date:
    if pub:
        j = pub - dt.timedelta(days=rng.randint(0, 6))
    else:
        # the published records run from late October 2023 to mid-January 2024; keep these in the same window
        lo = max(latest + dt.timedelta(days=10), dt.date(2023, 10, 20))
        if explicit_filing:
            lo = max(lo, explicit_filing + dt.timedelta(days=15))
        if re.search(r"2024年\d{1,2}月起", item_text):      # a monthly payment starting next January
            lo = max(lo, dt.date(2023, 12, 1))
        hi = max(lo, dt.date(2023, 12, 29))
        j = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
        notes.append("发布时间 无; judgment date derived from the dates in the record")
    j = max(j, latest + dt.timedelta(days=2))
    if explicit_filing:
        j = max(j, explicit_filing + dt.timedelta(days=8))
    while j.weekday() >= 5 and j - dt.timedelta(days=1) > latest:   # courts rarely date a judgment on a weekend
        j -= dt.timedelta(days=1)
    return j


def choose_procedure(small_claims: bool, publication: bool, claim_max: Decimal | None,
                     explicit_filing: dt.date | None, j: dt.date, rng: random.Random) -> str:
    """'small', 'simple' or 'ordinary' (keys of PROCEDURE_NAMES)."""
    if small_claims:
        procedure = "small"
    elif publication or (claim_max and claim_max > 1000000) or (explicit_filing and (j - explicit_filing).days > 95):
        procedure = "ordinary"
    else:
        procedure = "ordinary" if rng.random() < 0.25 else "simple"
    return procedure


def draw_filing_date(procedure: str, publication: bool, j: dt.date, told_text: str, case_year: int,
                     item_text: str, rng: random.Random, notes: list[str]) -> dt.date:
    """A 立案 date for a record that states none; told_text holds the claims, defence and facts."""
    lo, hi = {"small": (18, 50), "simple": (25, 80), "ordinary": (60, 150)}[procedure]
    if publication:
        lo, hi = 100, 160           # 公告送达 alone takes thirty days
    filing = j - dt.timedelta(days=rng.randint(lo, hi))
    # the events told in the claims, defence and facts happened before the suit was filed
    told = [d for d in dates_in(told_text) if d < j - dt.timedelta(days=12)]
    if told and max(told) >= filing:
        filing = max(told) + dt.timedelta(days=rng.randint(1, 5))
    filing = max(filing, dt.date(case_year, 1, 3))      # the 案号 year is the 立案 year
    # a contract declared 解除 on a date (the day the complaint was served) was sued on before that date
    dissolved = [d for m in re.finditer(r"于(20\d\d年\d{1,2}月\d{1,2}日)解除", item_text) for d in dates_in(m.group(1))]
    if dissolved and filing >= min(dissolved):
        filing = min(dissolved) - dt.timedelta(days=rng.randint(7, 25))
        notes.append("立案 date placed before the 解除 date the 主文 gives")
    return filing
