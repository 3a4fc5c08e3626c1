"""CAL-03, CON-01, CON-02, round 10 (CON-03 … CON-05 are in contra.py): instalments in 万元 with decimals in brackets, and
as shares of the total (110 % or 90 %); the 大写 after every amount, the second wrong, and a passive item whose 大写 has
two digits transposed; a passive item with the heads first and a wrong total, and a figure "explained" by a computation
in brackets that does not give it ("（…元扣除…元后的余额）").
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote, rel
from corpora.defects.money import capital, fmt_like
from corpora.defects_round4.common import numbered, pays
from corpora.defects_round8.calc import _day
from corpora.defects_round8.common import period
from corpora.defects_round9.calc import _heads
from corpora.defects_round10.common import pay_item, rewrite

# --------------------------------------------------------------------------- CAL-03 instalments that do not add up


def _wan(v: Decimal) -> str:
    return f"{v.normalize():f}"


def cal03_wan(src: Src, rng: Random) -> Injection | None:
    """"（首期2.6万元于…前付清，末期2.715万元于…前付清）": two instalments in 万元 that miss the total by 1,000元."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 20_000 and src.date):
        a = (p.value / 2000).to_integral_value(rounding=ROUND_FLOOR) / 10
        b = ((p.value - a * 10_000) / 10_000).quantize(Decimal("0.001")) + Decimal(rng.choice(["0.1", "-0.1"]))
        plan = f"（首期{_wan(a)}万元于{_day(src, 1)}前付清，末期{_wan(b)}万元于{_day(src, 4)}前付清）"
        return rewrite(src, p, pay_item(p, "", plan), f'Replaced the period by two instalments in 万元 that add up to '
                       f'{_wan(a + b)}万元, not the total {p.value}元', plan)
    return None


def cal03_shares(src: Src, rng: Random) -> Injection | None:
    """Instalments as shares of the total that do not add up to 100 %."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 3000 and src.date):
        s = rng.choice([(40, 40, 30), (30, 30, 30)])
        plan = (f"，按下列比例分期给付：{_day(src, 1)}前给付总额的{s[0]}%，{_day(src, 3)}前给付总额的{s[1]}%，"
                f"{_day(src, 5)}前给付总额的{s[2]}%")
        return rewrite(src, p, pay_item(p, "", plan), f'Replaced the period by three instalments as shares of the total '
                       f'that add up to {sum(s)} %', plan[1:])
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def _off(v: Decimal) -> Decimal:
    """The amount with its leading digit one higher (one lower for a 9)."""
    lead = int(str(int(v))[0])
    return v + (1 if lead < 9 else -1) * Decimal(10) ** (len(str(int(v))) - 1)


def con01_glosses(src: Src, rng: Random) -> Injection | None:
    """Every amount of the item followed by its 大写, the second one wrong."""
    for it in src.clean_money_items():
        spans = [rel(it, a.span) for a in it.amounts]
        if it.interest or not 2 <= len(spans) <= 4 or any(it.text[e:e + 1] in ("（", "(") for _s, e in spans):
            continue
        wrong = _off(it.amounts[1].value)
        ops = [(e, e, f"（{capital(wrong if i == 1 else a.value)}）") for i, (a, (_s, e)) in enumerate(zip(it.amounts, spans))]
        text, new_item, _ = item_edit(src, it.index, ops)
        return Injection(text, it.index, f'Wrote the 大写 after each amount of the item; the second reads {wrong}元 for '
                         f'{it.amounts[1].text}: "{quote(it.text, 100)}" → "{quote(new_item, 220)}".', ops[1][2])
    return None


def _transposed(v: Decimal) -> Decimal | None:
    """Two adjacent different digits of the integer part swapped, from the second one: 53150 → 51350."""
    d = str(int(v))
    for i in range(1, len(d) - 1):
        if d[i] != d[i + 1]:
            return v + int(d[:i] + d[i + 1] + d[i] + d[i + 2:]) - int(d)
    return None


def con01_passive(src: Src, rng: Random) -> Injection | None:
    """"原告X的货款53,150元（伍万壹仟叁佰伍拾元整）由被告Y于…偿付": passive, the 大写 with two digits transposed."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 1000 and x.who_role == "被告" and x.to_role == "原告"):
        wrong = _transposed(p.value)
        if not wrong:
            continue
        gloss = f"（{capital(wrong)}）"
        new_item = f"{p.nm}原告{p.to}的{p.body_noun}{p.amount}{gloss}由被告{p.who}{period(p)}{p.verb}{p.end}"
        return rewrite(src, p, new_item, f'Turned the item into the passive and added the 大写 of the amount with two '
                       f'digits transposed ({wrong}元 for {p.amount})', gloss)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

def con02_passive(src: Src, rng: Random) -> Injection | None:
    """"原告X的A…元、B…元，共计…元，由被告Y于…给付": the heads first, the total not their sum."""
    for it in src.clean_money_items():
        got = _heads(it) if it.deadline and "每月" not in it.text and not it.interest else None
        obs = {(o.obligors[0], o.obligees[0]) for o in it.obligations if o.obligors and o.obligees}
        if not got or len(obs) != 1:
            continue
        (who, to), (heads, parts) = obs.pop(), got
        wrong = sum(a.value for a in parts) + Decimal(rng.choice([1000, -100]))
        dl = it.deadline.text if it.deadline.text.startswith(("于", "在")) else "于" + it.deadline.text.lstrip("限")
        end = it.text[-1] if it.text.endswith(("。", "；")) else ""
        total = f"，共计{fmt_like(wrong, parts[0].text)}元，由被告{who}"
        new_item = (f"{numbered(src, it)}原告{to}的{'、'.join(h + a.text for h, a in zip(heads, parts))}{total}{dl}给付"
                    f"{end}")
        text, new2, _ = item_edit(src, it.index, [(0, len(it.text), new_item)])
        return Injection(text, it.index, f'Turned the item into the passive with the heads first and a total that is not '
                         f'their sum ({sum(a.value for a in parts)}元): "{quote(it.text, 100)}" → "{quote(new2, 200)}".',
                         total[1:])
    return None


DEDUCTED = re.compile(r"(?:已还款|累计还款|已偿还|已支付的|归还借款|扣除)(\d[\d,]*(?:\.\d+)?)元")


def con02_deduct(src: Src, rng: Random) -> Injection | None:
    """"借款30800元（36300元扣除4500元后的余额）": the computation in brackets does not give the figure."""
    m = DEDUCTED.search((src.section("facts") or "") + (src.section("reasoning") or ""))
    for p in (x for x in pays(src) if m):
        paid = Decimal(m.group(1).replace(",", ""))
        if paid >= p.value or paid == p.value % 10_000:
            continue
        gross = p.value + paid + Decimal(rng.choice([1000, -500]))
        note = f"（{fmt_like(gross, p.amount)}元扣除{m.group(1)}元后的余额）"
        k = p.it.text.find(p.amount) + len(p.amount)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, note)])
        return Injection(text, p.it.index, f'Explained the figure by a computation in brackets that gives '
                         f'{fmt_like(gross - paid, p.amount)}元, not {p.amount}: "{quote(p.it.text, 90)}" → '
                         f'"{quote(new_item, 140)}".', note)
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_wan, cal03_shares]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_glosses, con01_passive]),
    "CON-02": ("total-not-sum", "contradiction", [con02_passive, con02_deduct]),
}
