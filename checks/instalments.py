"""The payment plan of one 主文 item, read clause by clause, for CAL-03: the sum ordered and the instalments that
should make it up (每期/每月 N元 × 共M期, 首期…, 第一期…, 于…前支付N元, 余款…). extractors/deadlines.py finds the
deadline itself; this reading is wider because a plan may be written in any order and with any verb."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from checks.meaning import PERCENT, percent_value
from extractors.money import amounts_in
from extractors.numerals import small_number
from zhixing.fields import Amount
from zhixing.scan import first_char_gate

_N = r"[0-9０-９一二两三四五六七八九十百]+"
_START = re.compile(rf"分\s*{_N}\s*(?:期|次|笔)|分期|每(?:月|期|季度|季|年|周|星期|次)|第\s*[一1]\s*(?:期|笔)|首期|首付|首笔|按月")
# 共6期 / 分五期 / 连续支付4个月 / 持续12个月 / 分八周 / 分三年
_COUNT = re.compile(rf"(?:共|分|合计|共计|计|连续|持续)\s*(?:支付|给付|偿还|归还|履行|还款|付款)?\s*(?P<n>{_N})\s*"
                    r"(?:期|个月|次|个?季度|笔|个?周|个?星期|年(?!\s*[0-9一二三四五六七八九十]+\s*月))")
_PERIODIC = re.compile(r"每(?:月|期|季度|季|年|周|星期|次)|按月|逐月")
_MONTHS = re.compile(r"(?P<y1>[0-9]{4})\s*年\s*(?P<m1>[0-9]{1,2})\s*月[^，。；]{0,12}?至\s*(?P<y2>[0-9]{4})\s*年\s*(?P<m2>[0-9]{1,2})\s*月")
_ONE = re.compile(r"第\s*[一二三四五六七八九十0-9]+\s*(?:期|笔)|首期|首付|首笔|末期|最后一期|前|之前|以前|止|不迟于|不晚于")
# a payment on a date (于2024年1月31日前 / 不迟于2024年2月29日 / 在…以前): two of them in one item make a plan even
# without 分期 / 每月 words
# 2023年12月底前 is a date too; so are 二〇二四年一月三十一日 and 2024.1.31
_DATE = (r"(?:[0-9〇○零Ｏ一二三四五六七八九]{4}\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月\s*(?:[0-9一二三四五六七八九十]{1,3}\s*[日号]|底|末)|"
         r"[0-9]{4}[.．/\-][0-9]{1,2}[.．/\-][0-9]{1,2}(?![0-9]))")
_DATED = first_char_gate(re.compile(rf"(?:不迟于|不晚于|于|在)\s*{_DATE}|{_DATE}\s*(?:之前|以前|前)"))
_SUBTOTAL = re.compile(r"余款|剩余|余下|尚欠|尾款")
_TOTAL = re.compile(r"(?:共计|合计|总计|总额|共)\s*(?:为)?\s*(?:人民币)?\s*$")
_NOT_PLAN = re.compile(r"利息|违约金|滞纳金|罚息|逾期|如|若|未按")
# an instalment written as a share of the sum (给付总额的30% / 全部款项的百分之四十): the shares must make the whole
_SHARE = re.compile(rf"(?:总额|总款|全款|总金额|全部款项|上述款项|该款)的?\s*{PERCENT}")


@dataclass
class Plan:
    total: Amount
    planned: Decimal
    span: tuple[int, int]   # from the first to the last instalment, in the item's text


def payment_plan(text: str) -> Plan | None:
    """The plan of an item's text, or None where the item has no plan, no total, or a period count cannot be told."""
    dated = list(_DATED.finditer(text))
    start = _START.search(text) or (dated[0] if len(dated) >= 2 else None)
    if not start:
        return None
    amounts = [a for a in amounts_in(text) if a.gloss_of is None]
    shared = _shares(text, amounts)
    if shared is not None:
        return shared
    totals = [a for a in amounts if _TOTAL.search(text[max(0, a.span[0] - 6):a.span[0]])]
    count = _count(text)
    pieces: list[tuple[Decimal, tuple[int, int]]] = []
    pos = 0
    plan_from = max(text.rfind(mark, 0, start.start()) for mark in "，。；") + 1  # …53,150元。该款分三笔付清：…
    for clause in re.split(r"(?<=[，,；;。：:])", text):
        at, pos = pos, pos + len(clause)
        if pos <= plan_from or _NOT_PLAN.search(clause):
            continue
        # 余款20000元 restates what is left; 剩余部分16951.85元于2024年2月29日前付清 is the last instalment (own date)
        last = bool(_DATED.search(clause)) and not _PERIODIC.search(clause)
        own = [a for a in amounts if at <= a.span[0] < pos and a not in totals
               and (last or not _SUBTOTAL.search(text[max(at, a.span[0] - 8):a.span[0]]))]
        if not own:
            continue
        if _PERIODIC.search(clause):
            if count is None:
                return None  # 每月支付2000元直至付清: open-ended, nothing to add up
            pieces.append((own[-1].value * count, own[-1].span))
        elif _ONE.search(clause) or "期" in clause:
            pieces.extend((a.value, a.span) for a in own)
    if not pieces or len(pieces) < 2 and count is None:
        return None
    first = pieces[0][1][0]
    total = totals[0] if totals else next((a for a in amounts if a.span[1] <= first and a.span[0] < plan_from + 1), None)
    if total is None:
        return None
    return Plan(total=total, planned=sum((v for v, _ in pieces), Decimal(0)), span=(first, pieces[-1][1][1]))


def _shares(text: str, amounts: list[Amount]) -> Plan | None:
    """Two or more instalments given as per cent of the sum ordered before them: the planned sum is that share."""
    shares = list(_SHARE.finditer(text))
    if len(shares) < 2:
        return None
    total = next((a for a in amounts if a.span[1] <= shares[0].start()), None)
    if total is None:
        return None
    pct = sum((percent_value(m) or Decimal(0) for m in shares), Decimal(0))
    return Plan(total=total, planned=(total.value * pct / 100).normalize(),
                span=(shares[0].start(), shares[-1].end()))


def _count(text: str) -> int | None:
    """共6期 / 分五期 / 共计8个月, or the months from 2024年1月至2024年6月."""
    m = _COUNT.search(text)
    if m:
        return small_number(m.group("n"))
    months = _MONTHS.search(text)
    if months:
        y1, m1, y2, m2 = (int(months.group(k)) for k in ("y1", "m1", "y2", "m2"))
        n = (y2 - y1) * 12 + m2 - m1 + 1
        return n if n > 0 else None
    return None

