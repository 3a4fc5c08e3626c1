"""CAL-03, CON-01, CON-02, round 15 (CON-03 … CON-05 are in contra.py): instalments due before three traditional festivals
("于2024年春节前支付…元，2024年端午节前支付…元，2024年中秋节前付清余款…元"), and yearly instalments over three years
("自2024年起分三年付清，每年12月31日前支付…元"), the figures not adding up; a 大写 with the traditional 萬 and a value
3000元 lower ("（贰萬柒仟捌佰元整）"), and a bracket that makes a lower 大写 prevail ("（以大写金额…为准）"); the second
head joined with 另加 and a 总数 ("…元，另加试驾费损失…元，总数为…元"), and the heads "合并计算为" a wrong figure.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects.money import capital, fmt_like
from corpora.defects_round4.common import pays
from corpora.defects_round5.common import noun_total, period
from corpora.defects_round11.common import pay_item, rewrite
from corpora.defects_round14.calc import _heads

HUNDRED = Decimal(100)


def _floor(v: Decimal, unit: Decimal = HUNDRED) -> Decimal:
    return (v / unit).to_integral_value(rounding=ROUND_FLOOR) * unit


# --------------------------------------------------------------------------- CAL-03 instalments that do not add up

def _next_year(d: dt.date) -> int:
    """The year of the next 春节 after the judgment (it falls in January or February)."""
    return d.year + 1 if d.month >= 2 else d.year


def cal03_festivals(src: Src, rng: Random) -> Injection | None:
    """"，分三期付清：2024年春节前支付a元，2024年端午节前支付b元，2024年中秋节前付清余款c元": a + b + c is not the total."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 3000 and x.value == int(x.value) and src.date):
        a, b = _floor(p.value * Decimal("0.4")), _floor(p.value * Decimal("0.3"))
        c = p.value - a - b + Decimal(rng.choice([200, 300]))
        y = _next_year(src.date)
        plan = (f"，分三期付清：{y}年春节前支付{a}元，{y}年端午节前支付{b}元，{y}年中秋节前付清余款{c}元")
        return rewrite(src, p, pay_item(p, "", plan), f"Replaced the period by three instalments due before the Spring, "
                       f"Dragon Boat and Mid-Autumn festivals; the 余款 is written {c}元, so that they add up to "
                       f"{a + b + c}元, not the total {p.amount}", plan[1:])
    return None


def cal03_yearly(src: Src, rng: Random) -> Injection | None:
    """"，自2024年起分三年付清，每年12月31日前支付…元": three times the yearly sum is not the total."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 3000 and x.value == int(x.value) and src.date):
        each = _floor(p.value / 3) + Decimal(rng.choice([100, 200]))
        if 3 * each == p.value:
            continue
        plan = f"，自{src.date.year + 1}年起分三年付清，每年12月31日前支付{each}元"
        return rewrite(src, p, pay_item(p, "", plan), f"Replaced the period by three yearly instalments; 3 × {each}元 = "
                       f"{3 * each}元, not the total {p.amount}", plan[1:])
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def _lower(v: Decimal) -> Decimal:
    """3000元 less than v (v > 3000): never above the figure, so never beyond the claims."""
    return v - 3000


def con01_wan(src: Src, rng: Random) -> Injection | None:
    """"借款30800元（贰萬柒仟捌佰元整）": a 大写 with the traditional 萬 and a value 3000元 lower."""
    for p in (x for x in pays(src) if x.value == int(x.value) and x.value >= 10_000):
        wrong = _lower(p.value)
        gloss = f"（{capital(wrong).replace('万', '萬')}）"
        k = p.it.text.find(p.amount) + len(p.amount)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, gloss)])
        return Injection(text, p.it.index, f'Added after the figure a 大写 gloss written with the traditional 萬 and a value '
                         f'3000元 lower (it reads {wrong}元 against {p.amount}): "{quote(p.it.text, 90)}" → '
                         f'"{quote(new_item, 200)}".', gloss)
    return None


def con01_prevails(src: Src, rng: Random) -> Injection | None:
    """"…借款30800元（以大写金额贰万柒仟捌佰元整为准）": the bracket makes a lower 大写 prevail."""
    for p in (x for x in pays(src) if x.deadline and x.to_role and x.who_role and x.value == int(x.value)
              and x.value >= 4000):
        wrong = _lower(p.value)
        note = f"（以大写金额{capital(wrong)}为准）"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{note}{p.end}"
        return rewrite(src, p, new_item, f"Added after the figure a bracket that makes a 大写 of another value prevail (it "
                       f"reads {wrong}元 against {p.amount})", note)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

def con02_plus(src: Src, rng: Random) -> Injection | None:
    """"…车辆维修费14650元，另加试驾费损失3000元，总数为17750元": 另加 and a 总数 that is not the sum."""
    for it, m, head, second, a, b, t in _heads(src):
        wrong = t + 100
        s = m.start() - len(head)
        new = f"{head}{m.group('a')}元，另加{second}{m.group('b')}元，总数为{fmt_like(wrong, m.group('t'))}元"
        text, new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Joined the second head with 另加 and closed the heads with a 总数 100元 above their '
                         f'sum ({m.group("t")}元): "{quote(it.text, 120)}" → "{quote(new_item, 200)}".', new[new.find("另加"):])
    return None


def con02_merged(src: Src, rng: Random) -> Injection | None:
    """"…车辆维修费14650元、试驾费损失3000元，两者合并计算为17560元": the heads "合并计算" to a wrong figure."""
    for it, m, head, second, a, b, t in _heads(src):
        wrong = t - 90
        s = m.start() - len(head)
        new = f"{head}{m.group('a')}元、{second}{m.group('b')}元，两者合并计算为{fmt_like(wrong, m.group('t'))}元"
        text, new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Closed the two heads with "两者合并计算为" a figure 90元 below their sum '
                         f'({m.group("t")}元): "{quote(it.text, 120)}" → "{quote(new_item, 200)}".',
                         new[new.find("两者合并"):])
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_festivals, cal03_yearly]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_wan, con01_prevails]),
    "CON-02": ("total-not-sum", "contradiction", [con02_plus, con02_merged]),
}
