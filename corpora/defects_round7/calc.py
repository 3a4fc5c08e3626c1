"""CAL-03 (instalments), CON-01 and CON-02, round 7 (CON-03 … CON-05 are in contra.py).

What rounds 1–6 wrote is listed in corpora/defects_round4/calc.py (rounds 1–3), corpora/defects_round5/calc.py (rounds 4
and 5), corpora/defects_round6/calc.py (round 6) and in the READMEs of rounds 4–6.

Here:
- CAL-03: a second sentence "该款分三笔付清：第一笔…元于…前付清，第二笔…，第三笔…" whose parts do not add up, and dates
  written "…年…月底前" with the rest named 余款 ("，款分别于2024年3月底前付…元、…，余款…元于…月底前结清").
- CON-01: the label before the 大写 and the figure with a full-width ￥, thousands commas and 角分 ("人民币（大写）叁万捌仟元整
  （￥30,800.00）"), and the sum in Chinese lower-case numerals with a 大写 bracket, no Arabic figure at all
  ("三万零八百元（叁万壹仟捌佰元整）").
- CON-02: an equation with full-width ＋ and ＝ in a bracket ("（12100元＋4500元＋500元＝17200元）"), and an added item
  "前述两项款项合共…元" after consecutive payment items.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import (
    Edits,
    Injection,
    Src,
    add_items,
    cn_num,
    item_edit,
    quote,
)
from corpora.defects.money import capital, fmt_like
from corpora.defects_round3.common import lower_cn, month_end, ymd
from corpora.defects_round4.calc import _plain_amounts, _run
from corpora.defects_round4.common import pays
from corpora.defects_round5.calc import _like
from corpora.defects_round7.common import role

# --------------------------------------------------------------------------- CAL-03 instalments that do not add up


def _step(total: Decimal) -> Decimal:
    return Decimal(100 if total < 50_000 else 1000)


def cal03_tranches(src: Src, rng: Random) -> Injection | None:
    """"。该款分三笔付清：第一笔a元于…前付清，第二笔a元…，第三笔c元…" with 2a + c ≠ the total."""
    if not src.date:
        return None
    for p in pays(src):
        if not p.deadline or p.value < 3000:
            continue
        total, step = p.value, _step(p.value)
        a = (total * Decimal("0.3") / step).to_integral_value(rounding=ROUND_FLOOR) * step
        c = total - 2 * a + step * rng.choice([3, -4])
        if c <= 0 or 2 * a + c == total:
            continue
        like = _like(p)
        parts = [f"第{n}笔{fmt_like(x, like)}元于{ymd(month_end(src.date, k))}前付清"
                 for n, x, k in (("一", a, 1), ("二", a, 3), ("三", c, 5))]
        plan = "该款分三笔付清：" + "，".join(parts)
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}。{plan}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the performance period by a second sentence with three tranches (第一笔 '
                         f'…第三笔) that add up to {2 * a + c}元, not the total {total}元: "{quote(p.it.text, 80)}" → '
                         f'"{quote(new_item2, 200)}".', plan)
    return None


def _month(d, n: int) -> str:
    y, m, _ = month_end(d, n)
    return f"{y}年{m}月底前"


def cal03_month_end(src: Src, rng: Random) -> Injection | None:
    """"，款分别于…年…月底前付a元、…月底前付b元，余款c元于…月底前结清" with a + b + c ≠ the total."""
    if not src.date:
        return None
    for p in pays(src):
        if not p.deadline or p.value < 3000:
            continue
        total, step = p.value, _step(p.value)
        a = (total * Decimal("0.4") / step).to_integral_value(rounding=ROUND_CEILING) * step
        b = (total * Decimal("0.3") / step).to_integral_value(rounding=ROUND_FLOOR) * step
        c = total - a - b + step * rng.choice([2, -3])
        if c <= 0 or a + b + c == total:
            continue
        like = _like(p)
        plan = (f"款分别于{_month(src.date, 2)}付{fmt_like(a, like)}元、{_month(src.date, 4)}付{fmt_like(b, like)}元，"
                f"余款{fmt_like(c, like)}元于{_month(src.date, 6)}结清")
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}，{plan}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the performance period by two payments due at month ends (月底前) and a '
                         f'rest (余款); they add up to {a + b + c}元, not the total {total}元: "{quote(p.it.text, 80)}" → '
                         f'"{quote(new_item2, 200)}".', plan)
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def _zero_up(v: int) -> int | None:
    """The first 0 that has a non-zero digit after it swapped with that digit: 30800 → 38000, 20500 → 25000."""
    s = str(v)
    for i in range(1, len(s) - 1):
        if s[i] == "0" and s[i + 1] != "0":
            return int(s[:i] + s[i + 1] + "0" + s[i + 2:])
    return None


def con01_label(src: Src, rng: Random) -> Injection | None:
    """"30800元" → "人民币（大写）叁万捌仟元整（￥30,800.00）": the 零 shifted, the figure with a full-width ￥."""
    for it, a, s, e in _plain_amounts(src):
        wrong = _zero_up(int(a.value))
        if not wrong:
            continue
        fig = f"{a.value:,.2f}"
        new = f"人民币（大写）{capital(Decimal(wrong))}（￥{fig}）"
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Wrote the amount with the label （大写） before the 大写 and the figure after a '
                         f'full-width ￥ with 角分; the 大写 reads {wrong}元 (a 零 shifted), the figure {a.text}: '
                         f'"{a.text}" → "{new}".', new)
    return None


def con01_lower(src: Src, rng: Random) -> Injection | None:
    """"30800元" → "三万零八百元（叁万壹仟捌佰元整）": lower-case numerals and a 大写 bracket, no Arabic figure."""
    for it, a, s, e in _plain_amounts(src):
        v = int(a.value)
        wrong = v + 10 ** (len(str(v)) - 2)
        if str(wrong)[0] != str(v)[0]:
            continue
        new = f"{lower_cn(v)}元（{capital(Decimal(wrong))}）"
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Wrote the amount in Chinese lower-case numerals with the 大写 in a bracket and no '
                         f'Arabic figure; the lower-case reads {v}元, the 大写 {wrong}元: "{a.text}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

def _parts(src: Src):
    """(item to write in, the amounts to add up, labels or None): an item with several parts and no total, else the last
    of consecutive single-amount payment items."""
    for it in src.clean_money_items():
        n = len(it.amounts)
        if 2 <= n <= 6 and not re.search(r"共计|合计|总计|利息|享有|每月", it.text):
            return it, [a.text for a in it.amounts], None
    run = _run(src)
    if run:
        return run[-1], [x.amounts[0].text for x in run], [x.index for x in run]
    return None


def con02_equation(src: Src, rng: Random) -> Injection | None:
    """A bracket with full-width ＋ and ＝ whose result is not the sum: "（12100元＋4500元＋500元＝17200元）"."""
    got = _parts(src)
    if not got:
        return None
    it, texts, refs = got
    values = [Decimal(t[:-1].replace(",", "")) for t in texts]
    right = sum(values)
    wrong = right + Decimal(rng.choice([100, -1000]))
    terms = [f"第{cn_num(i)}项{t}" for i, t in zip(refs, texts)] if refs else texts
    eq = "（" + "＋".join(terms) + f"＝{fmt_like(wrong, texts[0])}元）"
    t = it.text
    end = len(t) - (1 if t.endswith(("。", "；")) else 0)
    text, _new_item, _ = item_edit(src, it.index, [(end, end, eq)])
    return Injection(text, it.index, f'Added an equation with full-width ＋ and ＝ whose result is not the sum ({right}元) of '
                     f'its terms: "{eq}".', eq)


def con02_together(src: Src, rng: Random) -> Injection | None:
    """An added item "前述两项款项合共…元" after consecutive payment items of one obligor."""
    run = _run(src)
    obs = {(it.obligations[0].obligors[0], it.obligations[0].obligees[0]) for it in run
           if it.obligations and it.obligations[0].obligors and it.obligations[0].obligees}
    if not run or len(obs) != 1:
        return None
    who, to = obs.pop()
    right = sum(it.amounts[0].value for it in run)
    wrong = right + Decimal(rng.choice([-300, 1100]))
    body = (f"前述{cn_num(len(run))}项款项合共{fmt_like(wrong, run[0].amounts[0].text)}元，由{role(src, who)}{who}一次性支付给"
            f"{role(src, to)}{to}")
    e = Edits(src.text)
    idx = add_items(src, e, run[-1].index, [body])
    return Injection(e.apply(), idx[0], f'Added an item after items {run[0].index}–{run[-1].index} that states their total '
                     f'({right}元) wrongly, with 合共: "{body}".', body, n_items=len(src.items) + 1)


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_tranches, cal03_month_end]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_label, con01_lower]),
    "CON-02": ("total-not-sum", "contradiction", [con02_equation, con02_together]),
}
