"""CAL-03 (instalments), CON-01 and CON-02, round 8 (CON-03 … CON-05 are in contra.py).

What rounds 1–7 wrote is listed in corpora/defects_round4/calc.py (rounds 1–3), corpora/defects_round5/calc.py (rounds 4
and 5), corpora/defects_round6/calc.py (round 6), corpora/defects_round7/calc.py (round 7) and in the READMEs of rounds 4–7.

Here:
- CAL-03: the spoken "先于…前还…元，再于…前还…元，剩下的…元于…前还清", and two parallel lists, the dates first and the
  amounts after "依次" ("，于A、B、C前依次支付a元、b元、c元"); in both the parts do not add up to the total.
- CON-01: the figure written in 万元 with decimals and the 大写 in a bracket ("3.08万元（叁万零玖佰元整）"), and the 大写 first
  in the banking form with 圆, the figure in full-width digits in a bracket ("贰万零捌佰圆整（３０８００元）").
- CON-02: the spoken "，加起来一共…元" closing an item with several parts, and an added item "以上第一、二项之和为…元" after
  consecutive payment items.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src, add_items, cn_num, item_edit, quote
from corpora.defects.money import capital, fmt_like
from corpora.defects_round3.common import month_end, ymd
from corpora.defects_round4.calc import _plain_amounts, _run
from corpora.defects_round4.common import pays
from corpora.defects_round5.calc import _like
from corpora.defects_round7.calc import _parts, _step
from corpora.defects_round8.common import body_end, fullwidth, role

# --------------------------------------------------------------------------- CAL-03 instalments that do not add up


def _plan(src: Src, make) -> Injection | None:
    """Replace the period of the first fitting payment item by make(p, total, step) → (plan, parts sum, why)."""
    for p in (x for x in pays(src) if src.date and x.deadline and x.value >= 3000):
        got = make(p, p.value, _step(p.value))
        if not got:
            continue
        plan, s, why = got
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}，{plan}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the performance period by {why}; the parts add up to {s}元, not the '
                         f'total {p.value}元: "{quote(p.it.text, 80)}" → "{quote(new_item2, 200)}".', plan)
    return None


def _day(src: Src, n: int) -> str:
    return ymd(month_end(src.date, n))


def cal03_first_then(src: Src, rng: Random) -> Injection | None:
    """"先于…前还a元，再于…前还b元，剩下的c元于…前还清" with a + b + c ≠ the total."""
    def make(p, total, step):
        a = (total * Decimal("0.4") / step).to_integral_value(rounding=ROUND_FLOOR) * step
        b = (total * Decimal("0.35") / step).to_integral_value(rounding=ROUND_FLOOR) * step
        c = total - a - b + step * rng.choice([-2, 3])
        if c <= 0 or a + b + c == total:
            return None
        f = [fmt_like(x, _like(p)) for x in (a, b, c)]
        plan = (f"先于{_day(src, 1)}前还{f[0]}元，再于{_day(src, 3)}前还{f[1]}元，剩下的{f[2]}元于{_day(src, 5)}前"
                f"还清")
        return plan, a + b + c, "three spoken steps (先…再…剩下的…)"
    return _plan(src, make)


def cal03_in_turn(src: Src, rng: Random) -> Injection | None:
    """"于A、B、C前依次支付a元、b元、c元" with a + b + c ≠ the total."""
    def make(p, total, step):
        a = (total / 3 / step).to_integral_value(rounding=ROUND_CEILING) * step
        c = total - 2 * a + step * rng.choice([3, -2])
        if c <= 0 or 2 * a + c == total:
            return None
        f = [fmt_like(x, _like(p)) for x in (a, a, c)]
        plan = f"于{_day(src, 2)}、{_day(src, 4)}、{_day(src, 6)}前依次支付{f[0]}元、{f[1]}元、{f[2]}元"
        return plan, 2 * a + c, "two parallel lists, three dates and then three amounts (依次)"
    return _plan(src, make)


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def con01_wan(src: Src, rng: Random) -> Injection | None:
    """"30800元" → "3.08万元（叁万零玖佰元整）": the figure in 万元, the 大写 a hundred off."""
    for it, a, s, e in _plain_amounts(src):
        v = int(a.value)
        if v < 10_000 or v % 100 or not v % 10_000:
            continue
        wrong = v + 10 ** (len(str(v)) - 3)
        new = f"{(Decimal(v) / 10_000).normalize():f}万元（{capital(Decimal(wrong))}）"
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Wrote the amount in 万元 with decimals and the 大写 in a bracket; the figure reads '
                         f'{v}元, the 大写 {wrong}元: "{a.text}" → "{new}".', new)
    return None


def con01_yuan(src: Src, rng: Random) -> Injection | None:
    """"30800元" → "贰万零捌佰圆整（３０８００元）": the 大写 first with 圆, the first digit one lower, full-width figure."""
    for it, a, s, e in _plain_amounts(src):
        v = int(a.value)
        head = int(str(v)[0])
        if head < 2:
            continue
        wrong = v - 10 ** (len(str(v)) - 1)
        new = f"{capital(Decimal(wrong)).replace('元', '圆')}（{fullwidth(str(v))}元）"
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Wrote the 大写 first in the banking form with 圆 and the figure in full-width digits '
                         f'in a bracket; the 大写 reads {wrong}元, the figure {v}元: "{a.text}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

def con02_altogether(src: Src, rng: Random) -> Injection | None:
    """The spoken "，加起来一共…元" closing an item with several parts, with the wrong sum."""
    got = _parts(src)
    if not got or got[2] is not None:
        return None
    it, texts, _refs = got
    right = sum(Decimal(t[:-1].replace(",", "")) for t in texts)
    wrong = right + Decimal(rng.choice([-200, 1000]))
    end = body_end(it.text)
    ins = f"，加起来一共{fmt_like(wrong, texts[0])}元"
    text, _new_item, _ = item_edit(src, it.index, [(end, end, ins)])
    return Injection(text, it.index, f'Closed the item with a spoken total that is not the sum ({right}元) of its parts: '
                     f'"{ins[1:]}".', ins[1:])


def con02_sum_item(src: Src, rng: Random) -> Injection | None:
    """An added item "以上第一、二项之和为…元，由被告Y向原告X给付" after consecutive payment items."""
    run = _run(src)
    pairs = {(ob.obligors[0], ob.obligees[0]) for it in run for ob in it.obligations[:1] if ob.obligors and ob.obligees}
    if len(pairs) != 1:
        return None
    (who, to), right = pairs.pop(), sum(it.amounts[0].value for it in run)
    wrong = right + Decimal(rng.choice([1000, -500]))
    refs = "、".join(cn_num(it.index) for it in run)
    body = (f"以上第{refs}项之和为{fmt_like(wrong, run[0].amounts[0].text)}元，由{role(src, who)}{who}向{role(src, to)}{to}"
            f"给付")
    e = Edits(src.text)
    idx = add_items(src, e, run[-1].index, [body])
    return Injection(e.apply(), idx[0], f'Added an item after items {run[0].index}–{run[-1].index} that states their sum '
                     f'({right}元) wrongly, with 之和: "{body}".', body, n_items=len(src.items) + 1)


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_first_then, cal03_in_turn]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_wan, con01_yuan]),
    "CON-02": ("total-not-sum", "contradiction", [con02_altogether, con02_sum_item]),
}
