"""CAL-03, CON-01, CON-02, round 16 (CON-03 … CON-05 are in contra.py): instalments given as running totals to reach by
three dates, the last short of or above the total ("于…前累计支付至…元，…，于…前累计支付至…元"), and instalments in a stated
ratio whose figures keep the ratio but add up to another total ("按3：3：4的比例分三期支付，即…"); the 大写 joined to the
figure by a slash ("30800元/贰万捌仟捌佰元整"), and a 大写 written with the lower-case units 千, 百, 十 ("（贰万玖千捌百元）"),
each with another value; the heads closed by a bracketed 小计 in place of the 共计 ("…试驾费损失3000元（小计17550元）"), and
the total first with the heads in a bracket after 含 ("款项共计…元（含…元、…元）"), the figures not adding up.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects.money import capital, fmt_like
from corpora.defects_round3.common import month_end, ymd
from corpora.defects_round4.common import pays
from corpora.defects_round11.common import pay_item, rewrite
from corpora.defects_round14.calc import _heads

HUNDRED = Decimal(100)


def _floor(v: Decimal, unit: Decimal = HUNDRED) -> Decimal:
    return (v / unit).to_integral_value(rounding=ROUND_FLOOR) * unit


def _plan_items(src: Src):
    return (x for x in pays(src) if x.deadline and x.value >= 3000 and x.value == int(x.value) and src.date)


# --------------------------------------------------------------------------- CAL-03 instalments that do not add up

def cal03_running(src: Src, rng: Random):
    """"，于…前累计支付至a元，于…前累计支付至b元，于…前累计支付至c元": the last running total c is not the total."""
    for p in _plan_items(src):
        a, b = _floor(p.value * Decimal("0.3")), _floor(p.value * Decimal("0.6"))
        c = p.value + Decimal(rng.choice([-300, 200]))
        d1, d2, d3 = (ymd(month_end(src.date, n)) for n in (2, 4, 6))
        plan = f"，于{d1}前累计支付至{a}元，于{d2}前累计支付至{b}元，于{d3}前累计支付至{c}元"
        return rewrite(src, p, pay_item(p, "", plan), f"Replaced the period by three running totals to reach by three dates; "
                       f"the last one is {c}元, not the total {p.amount}", plan[1:])
    return None


def cal03_ratio(src: Src, rng: Random):
    """"，按3：3：4的比例分三期支付，即于…前支付a元、于…前支付b元、于…前支付c元": a : b : c is 3 : 3 : 4, but of another
    total."""
    for p in _plan_items(src):
        base = _floor(p.value) + Decimal(rng.choice([300, -200]))
        a, b, c = base * Decimal("0.3"), base * Decimal("0.3"), base * Decimal("0.4")
        if a + b + c == p.value or a != int(a):
            continue
        a, b, c = (v.to_integral_value() for v in (a, b, c))
        d1, d2, d3 = (ymd(month_end(src.date, n)) for n in (1, 2, 3))
        plan = f"，按3：3：4的比例分三期支付，即于{d1}前支付{a}元、于{d2}前支付{b}元、于{d3}前支付{c}元"
        return rewrite(src, p, pay_item(p, "", plan), f"Replaced the period by three instalments in a stated ratio (3：3：4); "
                       f"the figures keep the ratio but add up to {a + b + c}元, not the total {p.amount}", plan[1:])
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def con01_slash(src: Src, rng: Random):
    """"借款30800元/贰万捌仟捌佰元整": the 大写 joined by a slash, 2000元 lower."""
    for p in (x for x in pays(src) if x.value == int(x.value) and x.value >= 4000):
        wrong = p.value - 2000
        joined = f"/{capital(wrong)}"
        k = p.it.text.find(p.amount) + len(p.amount)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, joined)])
        return Injection(text, p.it.index, f'Joined to the figure, by a slash, a 大写 of another value (it reads {wrong}元 against '
                         f'{p.amount}): "{quote(p.it.text, 90)}" → "{quote(new_item, 200)}".', p.amount + joined)
    return None


def con01_lower_units(src: Src, rng: Random):
    """"借款30800元（贰万玖千捌百元）": 大写 digits with the lower-case units 千, 百, 十, 1000元 lower."""
    for p in (x for x in pays(src) if x.deadline and x.value == int(x.value) and x.value >= 2000):
        wrong = p.value - 1000
        mixed = capital(wrong).replace("仟", "千").replace("佰", "百").replace("拾", "十").removesuffix("整")
        if mixed == capital(wrong).removesuffix("整"):
            continue
        gloss = f"（{mixed}）"
        k = p.it.text.find(p.amount) + len(p.amount)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, gloss)])
        return Injection(text, p.it.index, f'Added after the figure a gloss in 大写 digits with the lower-case units 千, 百, 十 '
                         f'and another value (it reads {wrong}元 against {p.amount}): "{quote(p.it.text, 90)}" → '
                         f'"{quote(new_item, 200)}".', gloss)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

def con02_subtotal(src: Src, rng: Random):
    """"…车辆维修费14650元，试驾费损失3000元（小计17550元）": a bracketed 小计 in place of the 共计, 100元 short."""
    for it, m, head, second, a, b, t in _heads(src):
        wrong = t - 100
        note = f"（小计{fmt_like(wrong, m.group('t'))}元）"
        new = f"{m.group('a')}元{m.group('mid')}{m.group('b')}元{note}"
        text, new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Closed the two heads with a bracketed 小计 in place of the 共计, 100元 short of their '
                         f'sum ({m.group("t")}元): "{quote(it.text, 120)}" → "{quote(new_item, 200)}".', note)
    return None


def con02_contains(src: Src, rng: Random):
    """"…支付款项共计17560元（含车辆维修费14650元、试驾费损失3000元）": the total first, the heads after 含."""
    for it, m, head, second, a, b, t in _heads(src):
        wrong = t - 90
        s = m.start() - len(head)
        new = (f"款项共计{fmt_like(wrong, m.group('t'))}元（含{head}{m.group('a')}元、{second}{m.group('b')}元）")
        text, new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Put the total first and the heads after it in a bracket opened by 含, the total 90元 '
                         f'short of their sum ({m.group("t")}元): "{quote(it.text, 120)}" → "{quote(new_item, 200)}".', new)
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_running, cal03_ratio]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_slash, con01_lower_units]),
    "CON-02": ("total-not-sum", "contradiction", [con02_subtotal, con02_contains]),
}
