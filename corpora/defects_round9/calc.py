"""CAL-03 (instalments), CON-01 and CON-02, round 9 (CON-03 … CON-05 are in contra.py).

What rounds 1–8 wrote is listed in corpora/defects_round4/calc.py (rounds 1–3), corpora/defects_round5/calc.py (rounds 4
and 5), corpora/defects_round6/calc.py … corpora/defects_round8/calc.py and in the READMEs of rounds 4–8.

Here:
- CAL-03: the period of the payment item pointed at a separate item by number ("按本判决第二项所列期次…"), which lists three
  instalments ("第一项所列借款分三期给付：…前给付…元，…"); and two instalments, the first in 大写 and the rest in figures
  ("，分两期给付：…前给付人民币壹万伍仟元整，余款15700元于…前付清"). In both the parts do not add up to the total.
- CON-01: the 大写 of an amount with 角 and 分 reads the two digits swapped ("2461.06元（贰仟肆佰陆拾壹元陆角整）"), and a
  bracket "（金额大写为…）" that writes 仟 for 万 ("30800元（金额大写为叁仟捌佰元整）").
- CON-02: the total first and the parts as sub-items under "明细如下：", the total not their sum; and the last of several
  payment items closing with "，连同第一项…共计…元", a wrong sum.
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import (
    NUM_RE,
    Edits,
    Injection,
    Src,
    add_items,
    cn_num,
    item_edit,
    quote,
    rel,
)
from corpora.defects.money import capital, fmt_like
from corpora.defects_round4.calc import _run
from corpora.defects_round4.common import VERBS, numbered, pays, read_pay
from corpora.defects_round5.calc import _like
from corpora.defects_round7.calc import _step
from corpora.defects_round8.calc import _day
from corpora.defects_round8.common import body_end, plain_noun

# --------------------------------------------------------------------------- CAL-03 instalments that do not add up


def _parts_of(total: Decimal, rng: Random, shares: tuple) -> list[Decimal]:
    """Parts of the total, rounded to the step, the last one off by a few steps."""
    step = _step(total)
    parts = [(total * Decimal(s) / step).to_integral_value(rounding=ROUND_FLOOR) * step for s in shares]
    parts.append(total - sum(parts) + step * rng.choice([-3, 2]))
    return parts


def cal03_schedule_item(src: Src, rng: Random) -> Injection | None:
    """The period pointed at an added item by number, which lists three instalments that do not add up."""
    for p in (x for x in pays(src) if src.date and x.deadline and x.value >= 3000 and (x.nm or len(src.items) == 1)):
        if not plain_noun(p):
            continue
        parts = _parts_of(p.value, rng, ("0.3", "0.3"))
        k = p.it.index + 1
        new_item = f"{p.nm}{p.who_role}{p.who}按本判决第{cn_num(k)}项所列期次{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{p.end}"
        f = [fmt_like(x, _like(p)) for x in parts]
        body = (f"第{cn_num(p.it.index)}项所列{p.body_noun}分三期给付：{_day(src, 2)}前给付{f[0]}元，{_day(src, 4)}前给付"
                f"{f[1]}元，{_day(src, 6)}前给付{f[2]}元")
        e = Edits(src.text)
        item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Pointed the period of item {p.it.index} at a new item {idx[0]} by number '
                         f'("{quote(new_item, 80)}") and listed three instalments there that add up to {sum(parts)}元, not '
                         f'the total {p.value}元: "{body}".', body, n_items=len(src.items) + 1)
    return None


def cal03_mixed(src: Src, rng: Random) -> Injection | None:
    """"，分两期给付：…前给付人民币壹万伍仟元整，余款…元于…前付清": the first part in 大写, the rest in figures."""
    for p in (x for x in pays(src) if src.date and x.deadline and x.value >= 3000):
        a, b = _parts_of(p.value, rng, ("0.5",))
        plan = f"，分两期给付：{_day(src, 1)}前给付人民币{capital(a)}，余款{fmt_like(b, _like(p))}元于{_day(src, 4)}前付清"
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{plan}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the performance period by two instalments, the first in 大写 and the '
                         f'rest in figures; they add up to {a + b}元, not the total {p.value}元: "{quote(p.it.text, 80)}" → '
                         f'"{quote(new_item2, 200)}".', plan[1:])
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def con01_jiao_fen(src: Src, rng: Random) -> Injection | None:
    """"2461.06元" → "2461.06元（贰仟肆佰陆拾壹元陆角整）": the 大写 reads 角 and 分 swapped."""
    for it in src.clean_money_items():
        for a in it.amounts:
            e = rel(it, a.span)[1]
            m = re.fullmatch(r"[\d,]+\.(\d)(\d)元", a.text)
            if not m or m.group(1) == m.group(2) or it.text[e:e + 1] in ("（", "("):
                continue
            wrong = a.value - Decimal(m.group(1) + m.group(2)) / 100 + Decimal(m.group(2) + m.group(1)) / 100
            new = f"（{capital(wrong)}）"
            text, _new_item, _ = item_edit(src, it.index, [(e, e, new)])
            return Injection(text, it.index, f'Added the 大写 of the amount with its 角 and 分 digits swapped; the figure reads '
                             f'{a.value}元, the 大写 {wrong}元: "{a.text}" → "{a.text}{new}".', new)
    return None


def con01_unit(src: Src, rng: Random) -> Injection | None:
    """"30800元" → "30800元（金额大写为叁仟捌佰元整）": 仟 written for 万, after the item's first amount."""
    for it in src.clean_money_items():
        a = it.amounts[0]
        e = rel(it, a.span)[1]
        v = int(a.value)
        if a.value != v or not re.fullmatch(r"\d+元", a.text) or it.text[e:e + 1] in ("（", "("):
            continue
        if not 10_000 <= v < 100_000 or v % 10_000 >= 1000:
            continue
        wrong = Decimal(v // 10_000 * 1000 + v % 10_000)
        new = f"（金额大写为{capital(wrong)}）"
        text, _new_item, _ = item_edit(src, it.index, [(e, e, new)])
        return Injection(text, it.index, f'Added a bracket with the 大写 of the amount that writes 仟 for 万; the figure reads '
                         f'{v}元, the 大写 {wrong}元: "{a.text}" → "{a.text}{new}".', new)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

VERB_RE = "|".join(VERBS)


def _heads(it) -> tuple[list[str], list] | None:
    """The heads and amounts of an item with several parts (a 共计 left out), or None."""
    obligees = [n for ob in it.obligations for n in ob.obligees]
    heads, parts = [], []
    for a in it.amounts:
        run = re.search(r"([\u4e00-\u9fa5]+)$", it.text[:rel(it, a.span)[0]])
        head = re.sub(rf"^.*(?:{VERB_RE})", "", run.group(1)) if run else ""
        head = re.sub(r"^(?:原告|被告)?" + (re.escape(obligees[0]) if obligees else ""), "", head)
        if head not in ("共计", "合计", "总计"):
            heads.append(head)
            parts.append(a)
    ok = len(parts) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fa5]{2,6}", h) for h in heads)
    return (heads, parts) if ok else None


def con02_breakdown(src: Src, rng: Random) -> Injection | None:
    """The total first, the parts as sub-items under "明细如下：": "…支付款项合计18650元，明细如下：（一）…"."""
    for it in src.clean_money_items():
        got = _heads(it) if 2 <= len(it.amounts) <= 4 and not it.interest and "每月" not in it.text else None
        if not got:
            continue
        heads, parts = got
        t, nm = it.text, NUM_RE.match(it.text)
        first = rel(it, parts[0].span)[0] - len(heads[0])
        right = sum(a.value for a in parts)
        wrong = right + Decimal(rng.choice([1000, -100]))
        lines = "".join(f"\n（{cn_num(i)}）{h}{a.text}{'；' if i < len(parts) else '。'}"
                        for i, (h, a) in enumerate(zip(heads, parts), 1))
        head_line = f"款项合计{fmt_like(wrong, parts[0].text)}元，明细如下："
        new_item = numbered(src, it) + t[nm.end() if nm else 0:first] + head_line + lines
        text, new_item2, _ = item_edit(src, it.index, [(0, len(t), new_item)])
        return Injection(text, it.index, f'Rewrote the item with the total first and its {len(parts)} parts as sub-items; the '
                         f'total is not their sum ({right}元): "{quote(t, 120)}" → "{quote(new_item2, 200)}".', head_line)
    return None


def con02_together(src: Src, rng: Random) -> Injection | None:
    """The last of several payment items closing with "，连同第一项货款共计…元", a wrong sum."""
    run = _run(src)
    pairs = {(ob.obligors[0], ob.obligees[0]) for it in run for ob in it.obligations[:1] if ob.obligors and ob.obligees}
    if len(pairs) != 1 or len(run) > 3:
        return None
    right = sum(it.amounts[0].value for it in run)
    wrong = right + Decimal(rng.choice([500, -1000]))
    last = run[-1]
    refs = "、".join(cn_num(it.index) for it in run[:-1])
    first = read_pay(src, run[0])
    noun = first.body_noun if len(run) == 2 and first and plain_noun(first) else "款项"
    ins = f"，连同第{refs}项{noun}共计{fmt_like(wrong, last.amounts[0].text)}元"
    end = body_end(last.text)
    text, _new_item, _ = item_edit(src, last.index, [(end, end, ins)])
    return Injection(text, last.index, f'Closed item {last.index} with a sum that takes in item(s) {", ".join(str(it.index) for it in run[:-1])} '
                     f'by number; items {run[0].index}–{last.index} add up to {right}元: "{ins[1:]}".', ins[1:])


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_schedule_item, cal03_mixed]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_jiao_fen, con01_unit]),
    "CON-02": ("total-not-sum", "contradiction", [con02_breakdown, con02_together]),
}
