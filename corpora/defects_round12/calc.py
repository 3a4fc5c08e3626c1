"""CAL-03, CON-01, CON-02, round 12 (CON-03 … CON-05 are in contra.py): instalments in prose ("首付…元于…付清，此后自…
月起于每月月底前支付…元，连续支付…个月") and in 万元 with dates in half-width dots ("分别于2024.1.31前、…前支付1.2万元、…");
the 大写 in the body with the figure in a following sentence ("。上述款项小写金额为…元"), and the figure in 万元 with
decimals followed by "，计人民币" and a 大写 whose last digit stands one place too low; the heads of a "A及B共计…元" given
figures that do not make the 共计, and several heads rewritten in 万元 under a wrong 合计.
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import NUM_RE, Injection, Src, item_edit, quote
from corpora.defects.money import add_months, capital, fmt_like
from corpora.defects_round4.common import pays
from corpora.defects_round5.common import noun_total
from corpora.defects_round8.common import period
from corpora.defects_round11.calc import _parts, _rebuilt
from corpora.defects_round11.common import pay_item, rewrite
from corpora.defects_round12.common import dot_month_end, wan

HUNDRED = Decimal(100)

# --------------------------------------------------------------------------- CAL-03 instalments that do not add up


def _floor(v: Decimal, unit: Decimal = HUNDRED) -> Decimal:
    return (v / unit).to_integral_value(rounding=ROUND_FLOOR) * unit


def cal03_prose(src: Src, rng: Random) -> Injection | None:
    """"首付…元于…付清，此后自…月起于每月月底前支付…元，连续支付…个月": the months do not make the rest."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 3000 and x.value == int(x.value) and src.date):
        first = _floor(p.value * Decimal("0.3"))
        n = 4 if p.value < 20000 else 6
        month = _floor((p.value - first) / n) + Decimal(rng.choice([100, 200]))
        y, m = add_months(src.date, 1)
        plan = (f"，首付{fmt_like(first, p.amount)}元于{period(p)[1:]}付清，此后自{y}年{m}月起于每月月底前支付"
                f"{fmt_like(month, p.amount)}元，连续支付{n}个月")
        total = first + month * n
        return rewrite(src, p, pay_item(p, "", plan), f'Replaced the period by instalments described in prose (a first '
                       f'payment, then a monthly sum for a number of months); they add up to {fmt_like(total, p.amount)}元, '
                       f'not the total {p.amount}', f"月起于每月月底前支付{fmt_like(month, p.amount)}元，连续支付{n}个月")
    return None


def cal03_dots(src: Src, rng: Random) -> Injection | None:
    """"，分别于2024.1.31前、2024.3.31前、2024.5.31前支付1.2万元、1.2万元、0.6万元": three 万元 sums, dates with dots."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 10000 and src.date):
        a = _floor(p.value / 3, Decimal(1000))
        c = _floor(p.value - 2 * a, Decimal(1000)) + Decimal(rng.choice([2000, -1000]))
        dates = "、".join(f"{dot_month_end(src.date, m)}前" for m in (1, 3, 5))
        plan = f"，分别于{dates}支付{wan(a)}、{wan(a)}、{wan(c)}"
        return rewrite(src, p, pay_item(p, "", plan), f'Replaced the period by three instalments in 万元 with dates written '
                       f'with half-width dots; they add up to {wan(2 * a + c)}, not the total {p.amount}', plan[1:])
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def _slip(v: Decimal) -> Decimal | None:
    """The amount with its last non-zero digit one place too low (30800 → 30080, 13900 → 13090), or None."""
    s = str(int(v))
    z = len(s) - len(s.rstrip("0"))
    if v != int(v) or z == 0 or v < 1000 or len(s.strip("0")) < 2:
        return None
    d = int(s.rstrip("0")[-1])
    return v - d * 10 ** z + d * 10 ** (z - 1)


def con01_small_after(src: Src, rng: Random) -> Injection | None:
    """"…借款人民币叁万零捌佰元整。上述款项小写金额为30080元": the 大写 in the body, another figure after it."""
    for p in (x for x in pays(src) if x.deadline and x.to_role and x.who_role and _slip(x.value)):
        wrong = _slip(p.value)
        body = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{noun_total(p)}人民币{capital(p.value)}"
        after = f"上述款项小写金额为{fmt_like(wrong, p.amount)}元"
        return rewrite(src, p, f"{body}。{after}{p.end}", f'Wrote the amount in 大写 in the body and a figure in a following '
                       f'sentence; the figure reads {fmt_like(wrong, p.amount)}元, its last digit one place too low', after)
    return None


def con01_wan(src: Src, rng: Random) -> Injection | None:
    """"借款3.08万元，计人民币叁万零捌拾元整": the figure in 万元, the 大写 after it with a digit one place too low."""
    for p in (x for x in pays(src) if x.deadline and x.to_role and x.who_role and _slip(x.value) and x.value >= 10000):
        wrong = _slip(p.value)
        gloss = f"{wan(p.value)}，计人民币{capital(wrong)}"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{noun_total(p)}{gloss}{p.end}"
        return rewrite(src, p, new_item, f'Wrote the amount in 万元 with decimals and added "，计人民币" with a 大写 that reads '
                       f'{wrong}元, a digit one place too low', f"，计人民币{capital(wrong)}")
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

JOINED = re.compile(r"(?P<a>[\u4e00-\u9fa5]{2,8})(?:及|、)(?P<b>[\u4e00-\u9fa5]{2,8})(?P<tot>共计|合计)(?P<amt>\d[\d,]*(?:\.\d+)?元)")


def con02_heads(src: Src, rng: Random) -> Injection | None:
    """"经济损失600元、维权合理支出500元，共计1000元": the heads of a 共计 given figures that do not make it."""
    for it in src.money_items():
        obs = [n for ob in it.obligations for n in ob.obligees]
        k = it.text.find(obs[0]) + len(obs[0]) if obs and obs[0] in it.text else -1
        m = JOINED.match(it.text, k) if k > 0 else None
        if not m or "等" in m.group(0) or len(it.amounts) != 1:
            continue
        total = it.amounts[0].value
        a = _floor(total * Decimal("0.6"))
        b = _floor(total - a) + Decimal(rng.choice([100, -50, 200]))
        new = (f"{m.group('a')}{fmt_like(a, m.group('amt'))}元、{m.group('b')}{fmt_like(b, m.group('amt'))}元，"
               f"{m.group('tot')}{m.group('amt')}")
        text, new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Gave the two heads of the 共计 figures of their own, which add up to '
                         f'{fmt_like(a + b, m.group("amt"))}元, not {m.group("amt")}: "{quote(it.text, 120)}" → '
                         f'"{quote(new_item, 180)}".', new)
    return None


def con02_wan(src: Src, rng: Random) -> Injection | None:
    """Several heads rewritten in 万元 with decimals, and a 合计 in 万元 that is not their sum."""
    for it, who, to, heads, parts, dl, end in _parts(src):
        right = sum(a.value for a in parts)
        wrong = right + Decimal(rng.choice([400, -300, 1000]))
        rows = "、".join(f"{h}{wan(a.value)}" for h, a in zip(heads, parts))
        num = NUM_RE.match(it.text)
        new_item = f"{num.group(0) if num else ''}被告{who}{dl}向原告{to}支付{rows}，合计{wan(wrong)}{end}"
        return _rebuilt(src, it, new_item, f'Wrote the heads in 万元 with decimals and a 合计 in 万元 that is not their sum '
                        f'({wan(right)})', f"，合计{wan(wrong)}")
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_prose, cal03_dots]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_small_after, con01_wan]),
    "CON-02": ("total-not-sum", "contradiction", [con02_heads, con02_wan]),
}
