"""CAL-03, CON-01, CON-02, round 13 (CON-03 … CON-05 are in contra.py): instalments by the quarter with 角 and 分
("自二〇二四年第一季度起分四个季度偿还，每季度末月二十五日前偿还7,712.55元"), and by the week in 大写 only ("自本判决生效后
的第一周起，每周五前支付人民币叁仟玖佰元整，分八周付清"); an item with 须 whose 大写 carries a 角 the figure does not have
("（合人民币叁万零捌佰元捌角）"), and two items merged into one sentence with 同时, the second amount followed by a 大写 with
two digits swapped; the heads and the 共计 written with thousands separators and 角分 (".00"), two digits of a head
swapped, and two items merged with 同时 under a "两笔款项共计" that is not their sum.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects.money import capital, fmt_like
from corpora.defects_round3.common import lower_cn
from corpora.defects_round4.common import pays
from corpora.defects_round5.common import noun_total, period
from corpora.defects_round11.common import pay_item, rewrite
from corpora.defects_round13.common import merge_next, next_pay

HUNDRED = Decimal(100)
CENT = Decimal("0.01")
DIGITS = "〇一二三四五六七八九"


def _floor(v: Decimal, unit: Decimal = HUNDRED) -> Decimal:
    return (v / unit).to_integral_value(rounding=ROUND_FLOOR) * unit


# --------------------------------------------------------------------------- CAL-03 instalments that do not add up

def _next_quarter(d: dt.date) -> tuple[int, int]:
    q = (d.month - 1) // 3 + 2
    return (d.year + 1, 1) if q > 4 else (d.year, q)


def cal03_quarters(src: Src, rng: Random) -> Injection | None:
    """"，自二〇二四年第一季度起分四个季度偿还，每季度末月二十五日前偿还7,712.55元": four sums with 角分 that miss the total."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 4000 and x.value == int(x.value) and src.date):
        each = (p.value / 4).quantize(CENT) + Decimal(rng.choice(["12.55", "-7.35"]))
        y, q = _next_quarter(src.date)
        year = "".join(DIGITS[int(c)] for c in str(y))
        plan = f"，自{year}年第{lower_cn(q)}季度起分四个季度偿还，每季度末月二十五日前偿还{each:,.2f}元"
        total = each * 4
        return rewrite(src, p, pay_item(p, "", plan), f"Replaced the period by four quarterly instalments with 角 and 分; "
                       f"they add up to {total:,.2f}元, not the total {p.amount}", plan[1:])
    return None


def cal03_weekly(src: Src, rng: Random) -> Injection | None:
    """"，自本判决生效后的第一周起，每周五前支付人民币叁仟玖佰元整，分八周付清": a weekly sum in 大写 only."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 4000 and x.value == int(x.value)):
        n = 8 if p.value >= 8000 else 4
        each = _floor(p.value / n) + Decimal(rng.choice([100, 200]))
        plan = f"，自本判决生效后的第一周起，每周五前支付人民币{capital(each)}，分{lower_cn(n)}周付清"
        return rewrite(src, p, pay_item(p, "", plan), f"Replaced the period by weekly instalments written in 大写 only; "
                       f"{n} × {each}元 = {n * each}元, not the total {p.amount}", plan[1:])
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def con01_jiao(src: Src, rng: Random) -> Injection | None:
    """"被告X须于…偿还原告Y借款30800元（合人民币叁万零捌佰元捌角）": the 大写 has a 角 the figure does not have."""
    for p in (x for x in pays(src) if x.deadline and x.to_role and x.who_role and x.value == int(x.value)
              and x.value >= 1000):
        last = next(c for c in reversed(str(int(p.value))) if c != "0")
        wrong = p.value + Decimal(last) / 10
        gloss = f"（合人民币{capital(wrong)}）"
        new_item = (f"{p.nm}{p.who_role}{p.who}须{period(p)}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{gloss}{p.end}")
        return rewrite(src, p, new_item, f'Rewrote the item with 须 and added a 大写 after the figure that carries a 角 the '
                       f'figure does not have (it reads {wrong}元 against {p.amount})', gloss)
    return None


def _swap(v: Decimal) -> Decimal | None:
    """v with the last pair of adjacent, different digits swapped (6,500 → 6,050; 3,990 → 3,909), or None."""
    s = str(int(v))
    for i in range(len(s) - 2, -1, -1):
        if s[i] != s[i + 1] and not (i == 0 and s[1] == "0"):
            return Decimal(s[:i] + s[i + 1] + s[i] + s[i + 2:]) + (v - int(v))
    return None


def con01_merged(src: Src, rng: Random) -> Injection | None:
    """Two items merged with 同时; the second amount followed by a 大写 with two digits swapped."""
    for p in (x for x in pays(src) if x.deadline and x.nm):
        q = next_pay(src, p)
        wrong = _swap(q.value) if q else None
        if not wrong:
            continue
        core = p.it.text[:len(p.it.text) - len(p.end)]
        add = f"，同时{q.verb}{q.to_role}{q.to}{noun_total(q)}{q.amount}（大写{capital(wrong)}）"
        return merge_next(src, p.it, f"{core}{add}{q.end}", f"Merged two items into one sentence with 同时, the second "
                          f"amount followed by a 大写 with two digits swapped (it reads {wrong}元 against {q.amount})",
                          f"（大写{capital(wrong)}）")
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

HEADS = re.compile(r"(?P<a>\d[\d,]*(?:\.\d+)?)元(?P<mid>[，、](?:并支付)?[\u4e00-\u9fa5]{2,8}?)(?P<b>\d[\d,]*(?:\.\d+)?)元"
                   r"(?P<sep>，)(?P<tot>共计|合计)(?P<t>\d[\d,]*(?:\.\d+)?)元")


def _cents(v: Decimal) -> str:
    return f"{v:,.2f}"


def con02_cents(src: Src, rng: Random) -> Injection | None:
    """The two heads and the 共计 with thousands separators and ".00", two digits of a head swapped."""
    for it in src.money_items():
        m = HEADS.search(it.text)
        if not m or len(it.amounts) != 3:
            continue
        a, b, t = (Decimal(m.group(k).replace(",", "")) for k in ("a", "b", "t"))
        if a + b != t:
            continue
        sa, sb = _swap(a), _swap(b)
        if not sa and not sb:
            continue
        if sa and (not sb or abs(sa - a) <= abs(sb - b)):
            a = sa
        else:
            b = sb
        new = f"{_cents(a)}元{m.group('mid')}{_cents(b)}元{m.group('sep')}{m.group('tot')}{_cents(t)}元"
        text, new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Wrote the heads and the {m.group("tot")} with thousands separators and 角分 '
                         f'(".00") and swapped two digits of a head, so that the heads add up to {_cents(a + b)}元, not '
                         f'{_cents(t)}元: "{quote(it.text, 120)}" → "{quote(new_item, 200)}".', new)
    return None


def con02_merged(src: Src, rng: Random) -> Injection | None:
    """Two items merged with 同时 and closed by "两笔款项共计…元", which is not their sum."""
    for p in (x for x in pays(src) if x.deadline and x.nm):
        q = next_pay(src, p)
        if not q:
            continue
        right = p.value + q.value
        wrong = right + Decimal(rng.choice([1000, -100]))
        core = p.it.text[:len(p.it.text) - len(p.end)]
        tot = f"，两笔款项共计{fmt_like(wrong, p.amount)}元"
        add = f"，同时{q.verb}{q.to_role}{q.to}{noun_total(q)}{q.amount}{tot}"
        return merge_next(src, p.it, f"{core}{add}{q.end}", f"Merged two items into one sentence with 同时 and closed it "
                          f"with a total of both that is not their sum ({fmt_like(right, p.amount)}元)", tot[1:])
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_quarters, cal03_weekly]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_jiao, con01_merged]),
    "CON-02": ("total-not-sum", "contradiction", [con02_cents, con02_merged]),
}
