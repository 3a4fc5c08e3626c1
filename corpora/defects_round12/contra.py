"""CON-03 … CON-05, round 12: 本院认为 closing the interest with a date range in half-width dots ("故利息应自2023.12.6起计至
2024.1.31止"), and computing the interest to the judgment's date as a fixed sum "此后不再计付", against an item that runs it
to payment; the rate raised to the five-year LPR ("五年期以上贷款市场报价利率") where the claims ask the LPR, and compound
interest nobody claimed ("并对逾期未付的利息按同一标准计收复利"); 本院认为 naming the debt with another amount at its end
("综上，被告X共欠原告Y…元。"), and a duty "负有…的义务" in 万元 put before the item's own, other figure.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import NUM_RE, Edits, Injection, Src, item_edit, quote
from corpora.defects.money import fmt_like
from corpora.defects_round4.calc import _other
from corpora.defects_round5.calc import ENDS
from corpora.defects_round7.contra import _debt_pays
from corpora.defects_round12.common import dot_date, wan

# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为

RUNS = re.compile(r"至(?:款项|欠款|借款)?(?:实际)?(?:付清|还清|清偿|给付|履行|支付|偿还完毕)之日止?")
START = re.compile(r"(?:自|从)(\d{4})年(\d{1,2})月(\d{1,2})日")
STATED = re.compile(r"(?<!不超过)年利率\d|‰的月利率|贷款市场报价利率")


def _running(src: Src):
    """(item, end match, start date) of an interest item that runs the interest to payment, where 本院认为 says nothing of
    its end yet."""
    reasoning = src.section("reasoning") or ""
    if _reasoning_insert(src) is None or re.search(ENDS, reasoning) or RUNS.search(reasoning) or not src.date:
        return None
    for it in src.money_items():
        m, s = RUNS.search(it.text), START.search(it.text)
        if it.interest and m and s and STATED.search(it.text):
            return it, m, dt.date(*map(int, s.groups()))
    return None


def _insert(src: Src, it, end, sentence: str, why: str) -> Injection:
    e = Edits(src.text)
    e.insert(_reasoning_insert(src), sentence)
    inj = Injection(e.apply(), it.index, f'Inserted at the end of 本院认为 "{sentence}" ({why}), while the item (not changed) '
                    f'runs the interest 「{end}」.', end, check=lambda d, s=sentence: in_section(d, "reasoning", s))
    inj.wordings = [sentence]
    return inj


def con03_dots(src: Src, rng: Random) -> Injection | None:
    """本院认为: "故利息应自2023.12.6起计至2024.1.31止。" — a closed range, the dates with half-width dots."""
    got = _running(src)
    if not got:
        return None
    it, m, start = got
    last = src.date.replace(day=1) + dt.timedelta(days=40)
    last = last.replace(day=1) - dt.timedelta(days=1)
    sentence = f"故利息应自{dot_date((start.year, start.month, start.day))}起计至{dot_date((last.year, last.month, last.day))}止。"
    return _insert(src, it, m.group(0), sentence, "a closed range ending at the end of the judgment's month")


def _rate(text: str, day: dt.date) -> Decimal:
    m = re.search(r"年利率(\d+(?:\.\d+)?)[%％]", text)
    if m:
        return Decimal(m.group(1)) / 100
    m = re.search(r"(\d+(?:\.\d+)?)‰的月利率", text)
    if m:
        return Decimal(m.group(1)) * 12 / 1000
    return Decimal("0.0345") if day >= dt.date(2023, 8, 21) else Decimal("0.0355")


def con03_fixed(src: Src, rng: Random) -> Injection | None:
    """本院认为 computes the interest to the judgment's date as one sum and says "此后不再计付"."""
    got = _running(src)
    if not got or got[2] >= src.date:
        return None
    it, m, start = got
    days = (src.date - start).days
    sum_ = (it.amounts[0].value * _rate(it.text, src.date) * days / 365).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sentence = (f"经核算，被告应付的利息截至{src.date.year}年{src.date.month}月{src.date.day}日为{sum_}元，此后不再计付。")
    return _insert(src, it, m.group(0), sentence, f"the interest of {days} days as a fixed sum and no interest after the "
                   f"judgment's date")


# --------------------------------------------------------------------------- CON-04 award beyond the claims

LPR = re.compile(r"(?P<pre>全国银行间同业拆借中心公布的)(?:同期|一年期)?(?P<post>贷款市场报价利率)")


def con04_five_year(src: Src, rng: Random) -> Injection | None:
    """The five-year LPR (higher than the one-year rate) where the claims ask the LPR."""
    head = src.claims_head()
    if not re.search(r"(?:同期|一年期)?贷款市场报价利率|LPR", head) or re.search(r"五年|倍|[%％]|上浮", head):
        return None
    for it in src.money_items():
        m = LPR.search(it.text)
        if not m or not it.interest:
            continue
        new = f"{m.group('pre')}五年期以上{m.group('post')}"
        text, _new, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Raised the rate to the five-year LPR (0.75–0.8 points above the one-year LPR from 2020 '
                         f'to 2024), while the claims ask the LPR of the usual one-year term: "{m.group(0)}" → '
                         f'"{new}".', "五年期以上贷款市场报价利率")
    return None


PCT = re.compile(r"(\d+(?:\.\d+)?)[%％]")


def con04_compound(src: Src, rng: Random) -> Injection | None:
    """"，并对逾期未付的利息按同一标准计收复利": compound interest the claims never ask for (where the claims do not ask a
    higher rate than the item's, which could cover it)."""
    head = src.claims_head()
    if "复利" in head or not src.date:
        return None
    for it in src.money_items():
        m = RUNS.search(it.text)
        asked, given = [float(x) for x in PCT.findall(head)], [float(x) for x in PCT.findall(it.text)] or [3.45]
        if not it.interest or not m or (asked and max(asked) > max(given)):
            continue
        rest, k = it.text[m.end():], m.end()
        if rest.startswith("）"):
            k += 1
        elif rest.startswith("的") and 0 <= rest.find("利息") <= 4:
            k += rest.find("利息") + 2
        add = "，并对逾期未付的利息按同一标准计收复利"
        text, new_item, _ = item_edit(src, it.index, [(k, k, add)])
        return Injection(text, it.index, f'Added compound interest on unpaid interest, which the claims never ask for: '
                         f'"{quote(it.text, 120)}" → "{quote(new_item, 200)}".', add[1:])
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def con05_reasoning(src: Src, rng: Random) -> Injection | None:
    """本院认为 ends "综上，被告X共欠原告Y借款33000元。" while the item orders 30800元."""
    pos = _reasoning_insert(src)
    for p, noun in (_debt_pays(src) if pos is not None else ()):
        other = fmt_like(_other(src, p, rng), p.amount)
        sentence = f"综上，被告{p.who}共欠原告{p.to}{noun}{other}元。"
        e = Edits(src.text)
        e.insert(pos, sentence)
        inj = Injection(e.apply(), p.it.index, f'Inserted at the end of 本院认为 "{sentence}", while the item (not changed) '
                        f'orders {p.amount} for the same debt.', p.amount,
                        check=lambda d, s=sentence: in_section(d, "reasoning", s))
        inj.wordings = [sentence]
        return inj
    return None


def con05_duty(src: Src, rng: Random) -> Injection | None:
    """"被告X对原告Y负有偿还借款3.3万元的义务，被告X于…偿还原告Y借款30800元": the duty in 万元, another figure after."""
    for p, noun in _debt_pays(src):
        other = _other(src, p, rng)
        if other != int(other):
            continue
        num = NUM_RE.match(p.it.text)
        k = num.end() if num else 0
        lead = f"被告{p.who}对原告{p.to}负有{p.verb}{noun}{wan(other)}的义务，"
        role = "" if p.it.text[k:].startswith(("被告", "由被告")) else "被告"
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, lead + role)])
        return Injection(text, p.it.index, f'Put before the item a duty (负有…的义务) that names the same debt in 万元 as '
                         f'{wan(other)}, against {p.amount} ordered after it: "{quote(p.it.text, 90)}" → '
                         f'"{quote(new_item, 160)}".', lead[:-1])
    return None


KINDS = {
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_dots, con03_fixed]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_five_year, con04_compound]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_reasoning, con05_duty]),
}
