"""CAL-03, CON-01, CON-02, round 11 (CON-03 … CON-05 are in contra.py): instalments as a flattened table
("期次｜付款期限｜金额；第1期｜…") and with dates in Chinese numerals and "余下…元"; the 大写 first with the figure in
brackets, the obligee's money first and 分 left out of the 大写, and the 将 form with a unit dropped from the 大写
("壹万叁仟玖元整"); the heads as a flattened table with a wrong 合计, and a following "计算方式为：A加B" under a wrong sum.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects.money import CAP, capital, fmt_like
from corpora.defects_round4.common import numbered, pays, role_of
from corpora.defects_round5.common import noun_total
from corpora.defects_round8.calc import _day
from corpora.defects_round8.common import period
from corpora.defects_round9.calc import _heads
from corpora.defects_round11.common import cn_month_end, pay_item, rewrite

# --------------------------------------------------------------------------- CAL-03 instalments that do not add up


def _third(v: Decimal) -> Decimal:
    return (v / 3 / 100).to_integral_value(rounding=ROUND_FLOOR) * 100


def cal03_table(src: Src, rng: Random) -> Injection | None:
    """Three instalments as a table flattened into the item ("期次｜付款期限｜金额；第1期｜…前｜…元；…")."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 3000 and src.date and x.who_role and x.to_role):
        a = _third(p.value)
        c = p.value - 2 * a + Decimal(rng.choice([300, -200]))
        rows = "；".join(f"第{n}期｜{_day(src, m)}前｜{fmt_like(v, p.amount)}元" for n, m, v in ((1, 1, a), (2, 3, a), (3, 5, c)))
        new_item = (f"{p.nm}{p.who_role}{p.who}按下表分期向{p.to_role}{p.to}{p.verb}{noun_total(p)}{p.amount}："
                    f"期次｜付款期限｜金额；{rows}{p.end}")
        return rewrite(src, p, new_item, f'Replaced the period by a table of three instalments flattened into the item; '
                       f'they add up to {fmt_like(2 * a + c, p.amount)}元, not the total {p.amount}', "期次｜付款期限｜金额")
    return None


def cal03_cn_dates(src: Src, rng: Random) -> Injection | None:
    """"，于二〇二四年一月三十一日前支付…元，余下…元于二〇二四年四月三十日前付清": the rest is not the rest."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 2000 and src.date):
        first = (p.value / 2 / 100).to_integral_value(rounding=ROUND_FLOOR) * 100
        rest = p.value - first + Decimal(rng.choice([500, -300]))
        plan = (f"，于{cn_month_end(src.date, 1)}前支付{fmt_like(first, p.amount)}元，余下{fmt_like(rest, p.amount)}元于"
                f"{cn_month_end(src.date, 4)}前付清")
        return rewrite(src, p, pay_item(p, "", plan), f'Replaced the period by two payments with dates in Chinese numerals; '
                       f'they add up to {fmt_like(first + rest, p.amount)}元, not the total {p.amount}', plan[1:])
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def con01_no_fen(src: Src, rng: Random) -> Injection | None:
    """"原告Y的手机款人民币壹仟柒佰玖拾陆元陆角（1796.68元），被告X应当于…支付": the 大写 stops at 角."""
    for p in (x for x in pays(src) if x.deadline and x.to_role and x.who_role and (x.value * 10) % 1):
        wrong = p.value.quantize(Decimal("0.1"), rounding=ROUND_FLOOR)
        gloss = f"人民币{capital(wrong)}（{p.amount}）"
        new_item = f"{p.nm}{p.to_role}{p.to}的{p.body_noun}{gloss}，{p.who_role}{p.who}应当{period(p)}{p.verb}{p.end}"
        return rewrite(src, p, new_item, f'Turned the item round, the obligee\'s money first with 应当, the 大写 first and the '
                       f'figure in brackets; the 大写 leaves out the 分 and reads {wrong}元', f"人民币{capital(wrong)}")
    return None


def _dropped(v: Decimal) -> tuple[str, Decimal] | None:
    """The 大写 of a whole amount with the unit (拾 or 佰) after its last digit left out: 13900 → 壹万叁仟玖元整 (13009)."""
    s = str(int(v))
    z = len(s) - len(s.rstrip("0"))
    if v != int(v) or v < 1000 or z not in (1, 2):
        return None
    d, unit, cap = int(s.rstrip("0")[-1]), "拾佰"[z - 1], capital(v)
    k = cap.rfind(CAP[d] + unit)
    return (cap[:k + 1] + cap[k + 2:], v - d * 10 ** z + d) if k >= 0 else None


def con01_dropped_unit(src: Src, rng: Random) -> Injection | None:
    """The 将 form, the 大写 first with a unit left out: "将货款人民币壹万叁仟玖元整（13,900元）退还给原告Y"."""
    for p in (x for x in pays(src) if x.deadline and x.to_role and x.who_role):
        got = _dropped(p.value)
        if not got:
            continue
        gloss = f"人民币{got[0]}（{p.amount}）"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}将{noun_total(p)}{gloss}{p.verb}给{p.to_role}{p.to}{p.end}"
        return rewrite(src, p, new_item, f'Rewrote the item in the 将 form with the 大写 first and the figure in brackets; '
                       f'the 大写 leaves out a unit and reads {got[1]}元', f"人民币{got[0]}")
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

def _parts(src: Src):
    """(item, obligor, obligee, heads, parts, period, end) of an item with several heads paid by a 被告 to a 原告."""
    for it in src.clean_money_items():
        got = _heads(it) if it.deadline and "每月" not in it.text and not it.interest else None
        obs = {(o.obligors[0], o.obligees[0]) for o in it.obligations if o.obligors and o.obligees}
        if not got or len(obs) != 1:
            continue
        who, to = obs.pop()
        if role_of(src, who) != "被告" or role_of(src, to) != "原告":
            continue
        dl = it.deadline.text if it.deadline.text.startswith(("于", "在")) else "于" + it.deadline.text.lstrip("限")
        yield it, who, to, got[0], got[1], dl, (it.text[-1] if it.text.endswith(("。", "；")) else "")


def _rebuilt(src: Src, it, new_item: str, why: str, marker: str) -> Injection:
    text, new2, _ = item_edit(src, it.index, [(0, len(it.text), new_item)])
    return Injection(text, it.index, f'{why}: "{quote(it.text, 100)}" → "{quote(new2, 220)}".', marker)


def con02_table(src: Src, rng: Random) -> Injection | None:
    """The heads as a table flattened into the item, with a 合计 row that is not their sum."""
    for it, who, to, heads, parts, dl, end in _parts(src):
        right = sum(a.value for a in parts)
        wrong = fmt_like(right + Decimal(rng.choice([1000, -100])), parts[0].text)
        rows = "；".join(f"{h}｜{a.text}" for h, a in zip(heads, parts))
        new_item = f"{numbered(src, it)}被告{who}{dl}向原告{to}支付下列款项：款项名称｜金额；{rows}；合计｜{wrong}元{end}"
        return _rebuilt(src, it, new_item, f'Wrote the heads as a table flattened into the item, with a 合计 row that is '
                        f'not their sum ({right}元)', f"合计｜{wrong}元")
    return None


def con02_method(src: Src, rng: Random) -> Injection | None:
    """One sum ordered, and a following "计算方式为：A…元加B…元" whose terms do not give it."""
    for it, who, to, heads, parts, dl, end in _parts(src):
        right = sum(a.value for a in parts)
        wrong = fmt_like(right + Decimal(rng.choice([-1000, 100])), parts[0].text)
        method = "计算方式为：" + "加".join(h + a.text for h, a in zip(heads, parts))
        new_item = f"{numbered(src, it)}被告{who}{dl}向原告{to}支付款项{wrong}元。{method}{end}"
        return _rebuilt(src, it, new_item, f'Ordered one sum and added a following computation whose terms add up to '
                        f'{right}元, not {wrong}元', method)
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_table, cal03_cn_dates]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_no_fen, con01_dropped_unit]),
    "CON-02": ("total-not-sum", "contradiction", [con02_table, con02_method]),
}
