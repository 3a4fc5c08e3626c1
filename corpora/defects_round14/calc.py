"""CAL-03, CON-01, CON-02, round 14 (CON-03 … CON-05 are in contra.py): instalments that rise by a fixed step each month
("首月支付…元，以后每月比上月递增…元"), and monthly sums over a range of months that gives their number only implicitly
("自2024年1月起至2024年6月止，每月月底前支付…元"); a gloss in mixed digits and Chinese units ("（3万零6百元）") and the
amount as a flattened two-cell table "（小写｜…元；大写｜…）", each with another value; the heads listed first and their
figures after 分别 ("车辆维修费、试驾费损失分别为…元、…元，共计…元"), and the heads enumerated with 一是…二是…
("支付下列款项：一是车辆维修费…元，二是试驾费损失…元，两项共计…元"), the figures not adding up.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects.money import capital, fmt_like
from corpora.defects_round4.common import pays
from corpora.defects_round5.common import noun_total, period
from corpora.defects_round11.common import pay_item, rewrite
from corpora.defects_round13.calc import HEADS

HUNDRED = Decimal(100)


def _floor(v: Decimal, unit: Decimal = HUNDRED) -> Decimal:
    return (v / unit).to_integral_value(rounding=ROUND_FLOOR) * unit


def _money(v: Decimal) -> str:
    return f"{v:f}" if v == v.to_integral_value() else f"{v:.2f}"


# --------------------------------------------------------------------------- CAL-03 instalments that do not add up

def cal03_rising(src: Src, rng: Random) -> Injection | None:
    """"，自本判决生效次月起分四个月付清，首月支付a元，以后每月比上月递增d元": 4a + 6d is not the total."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 4000 and x.value == int(x.value)):
        step = max(HUNDRED, _floor(p.value / 40))
        first = _floor((p.value - 6 * step) / 4) + Decimal(rng.choice([100, 200]))
        total = 4 * first + 6 * step
        if total == p.value or first <= 0:
            continue
        plan = f"，自本判决生效次月起分四个月付清，首月支付{_money(first)}元，以后每月比上月递增{_money(step)}元"
        return rewrite(src, p, pay_item(p, "", plan), f"Replaced the period by four monthly instalments that rise by a fixed "
                       f"step; they add up to {_money(total)}元 ({first} + {first + step} + {first + 2 * step} + "
                       f"{first + 3 * step}), not the total {p.amount}", plan[1:])
    return None


def cal03_range(src: Src, rng: Random) -> Injection | None:
    """"，自2024年1月起至2024年6月止，每月月底前支付…元": the months of the range times the sum are not the total."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 3000 and x.value == int(x.value) and src.date):
        n = 6 if p.value >= 6000 else 3
        each = _floor(p.value / n) + Decimal(rng.choice([100, 200]))
        if each * n == p.value:
            continue
        y, m = (src.date.year + 1, 1) if src.date.month == 12 else (src.date.year, src.date.month + 1)
        last = dt.date(y + (m + n - 2) // 12, (m + n - 2) % 12 + 1, 1)
        plan = f"，自{y}年{m}月起至{last.year}年{last.month}月止，每月月底前支付{_money(each)}元"
        return rewrite(src, p, pay_item(p, "", plan), f"Replaced the period by monthly sums over a range of months that "
                       f"gives their number ({n}) only implicitly; {n} × {each}元 = {n * each}元, not the total {p.amount}",
                       plan[1:])
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def mixed(v: int) -> str:
    """An integer amount in Arabic digits with Chinese units, as people jot it: 30800 → 3万零8百, 13350 → 1万3千3百5十."""
    out, zero = [], False
    for unit, size in (("万", 10_000), ("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit, v = divmod(v, size)
        if unit == "万" and digit:
            out.append(f"{digit}万")
        elif digit:
            out.append(("零" if zero and out else "") + f"{digit}{unit}")
            zero = False
        elif out:
            zero = True
    return "".join(out)


def con01_mixed(src: Src, rng: Random) -> Injection | None:
    """"借款30800元（3万零6百元）": a gloss in digits and Chinese units with another hundreds digit."""
    for p in (x for x in pays(src) if x.value == int(x.value) and x.value >= 1000):
        v = int(p.value)
        wrong = v - v // 100 % 10 * 100 + (v // 100 % 10 + 2) % 10 * 100
        gloss = f"（{mixed(wrong)}元）"
        k = p.it.text.find(p.amount) + len(p.amount)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, gloss)])
        return Injection(text, p.it.index, f'Added after the figure a gloss in digits and Chinese units with another '
                         f'hundreds digit (it reads {wrong}元 against {p.amount}): "{quote(p.it.text, 90)}" → '
                         f'"{quote(new_item, 200)}".', gloss)
    return None


def con01_table(src: Src, rng: Random) -> Injection | None:
    """"…借款（小写｜30800元；大写｜叁万壹仟捌佰元整）": a flattened two-cell table whose 大写 has another thousands digit."""
    for p in (x for x in pays(src) if x.deadline and x.to_role and x.who_role and x.value == int(x.value)
              and x.value >= 1000):
        wrong = p.value + (1000 if int(p.value) // 1000 % 10 != 9 else -1000)
        cells = f"（小写｜{p.amount}；大写｜{capital(wrong)}）"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{noun_total(p)}{cells}{p.end}"
        return rewrite(src, p, new_item, f"Wrote the amount as a flattened two-cell table (小写｜…；大写｜…) whose 大写 has "
                       f"another thousands digit (it reads {wrong}元 against {p.amount})", cells)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

def _heads(src: Src):
    """(item, match, first head, second head, a, b, total) of an item with two heads and their 共计 / 合计."""
    for it in src.money_items():
        m = HEADS.search(it.text)
        obs = [n for ob in it.obligations for n in ob.obligees]
        if not m or len(it.amounts) != 3 or not obs:
            continue
        a, b, t = (Decimal(m.group(k).replace(",", "")) for k in ("a", "b", "t"))
        k = it.text.rfind(obs[0], 0, m.start())
        head = re.sub(r"^(?:支付|给付|偿还|归还)", "", it.text[k + len(obs[0]):m.start()]) if k >= 0 else ""
        second = re.sub(r"^[，、](?:并支付)?", "", m.group("mid"))
        if a + b == t and re.fullmatch(r"[\u4e00-\u9fa5]{2,8}", head):
            yield it, m, head, second, a, b, t


def con02_respectively(src: Src, rng: Random) -> Injection | None:
    """"…车辆维修费、试驾费损失分别为14650元、2900元，共计17650元": the heads first, the figures after 分别."""
    for it, m, head, second, a, b, t in _heads(src):
        b2 = b - 100
        s = m.start() - len(head)
        new = f"{head}、{second}分别为{fmt_like(a, m.group('a'))}元、{fmt_like(b2, m.group('b'))}元，{m.group('tot')}" \
              f"{m.group('t')}元"
        text, new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Listed the heads first and their figures after 分别, the second figure 100元 '
                         f'lower, so that they add up to {fmt_like(a + b2, m.group("t"))}元, not {m.group("t")}元: '
                         f'"{quote(it.text, 120)}" → "{quote(new_item, 200)}".', new)
    return None


def con02_enumerated(src: Src, rng: Random) -> Injection | None:
    """"…支付下列款项：一是车辆维修费14650元，二是试驾费损失3000元，两项共计17550元": 一是…二是… and a wrong 共计."""
    for it, m, head, second, a, b, t in _heads(src):
        wrong = t - 10
        s = m.start() - len(head)
        new = f"下列款项：一是{head}{m.group('a')}元，二是{second}{m.group('b')}元，两项共计{fmt_like(wrong, m.group('t'))}元"
        text, new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Enumerated the heads with 一是…二是… and closed them with a 共计 that is 10元 '
                         f'short of their sum ({m.group("t")}元): "{quote(it.text, 120)}" → "{quote(new_item, 200)}".',
                         new[new.find("一是"):])
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_rising, cal03_range]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_mixed, con01_table]),
    "CON-02": ("total-not-sum", "contradiction", [con02_respectively, con02_enumerated]),
}
