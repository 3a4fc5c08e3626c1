"""CAL-01 / CAL-02 / CAL-04, round 4.

Rounds 1–3 set the 受理费 to 2.5 % of the claim, to the fee of ten times the claim, to the fee plus 300 / 500 / 1000, to the
fee of the amount awarded, to the flat 50元, to the fee of twice the claim, or to the fee at the next bracket's rates (CAL-01);
the half plus 5 / 10 / 50 / 100, minus 200 / 30, plus 20 / 150, with two digits swapped, halved twice, or with a zero
dropped (CAL-02); one share changed, "由原告X负担a元，被告Y负担c元", "其余X元由被告负担", "各负担X元", the plaintiff's share
computed on the full fee, and shares as thirds (CAL-04).

Here:
- CAL-01: the fee of an ordinary-procedure case charged at half without any 减半 basis, written in Chinese numerals
  ("案件受理费八百元"); and the fee of the claim rounded down to whole 万元 (53,150元 charged as 50,000元).
- CAL-02: a third of the fee written as its half ("减半收取350元" for 1050元); and the half with its decimal point one
  place off, written "减半交纳" ("减半交纳52.5元" for 525元).
- CAL-04: the shares written as percentages that add up to 100 % with figures that do not ("原告负担30%即…元，被告负担70%即
  …元"); and a ratio in Chinese numerals with the two shares in Chinese numerals that do not add up ("按三比七的比例负担，即原告
  负担四十五元，被告负担一百元").
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.fees import _num, costs_parts
from corpora.defects.money import acceptance_fee, claim_amounts, fmt_like, to_yuan
from corpora.defects_round3.common import lower_cn

# --------------------------------------------------------------------------- CAL-01 the 案件受理费


def _fee_frame(src: Src):
    parts = costs_parts(src)
    amounts = claim_amounts(src.claims_head())
    if not parts or not amounts or src.dtype != "judgment":
        return None
    sp, _t, fee, half, shares = parts
    claim = max(amounts)
    right = to_yuan(acceptance_fee(claim))
    if abs(_num(fee.group(1)) - right) > 1 or claim <= 10_000 or len(shares) > 1:
        return None
    return sp, fee, half, shares, claim, right


def cal01_half_cn(src: Src, rng: Random) -> Injection | None:
    """An ordinary-procedure case charged half the fee with no 减半 basis, the fee in Chinese numerals."""
    got = _fee_frame(src)
    if not got or "普通程序" not in src.cause():
        return None
    sp, fee, half, shares, claim, right = got
    stated = _num(fee.group(1))
    if half or stated != stated.to_integral_value() or int(stated) % 2:
        return None
    wrong = int(stated) // 2
    cn = f"{lower_cn(wrong)}"
    e = Edits(src.text)
    e.replace(sp[0] + fee.start(1), sp[0] + fee.end(1), cn)
    for m in shares:
        if _num(m.group(3)) == stated:
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), cn)
    return Injection(e.apply(), None, f'Set the 案件受理费 of an ordinary-procedure case to half the fee for the claimed '
                     f'{claim}元 (诉讼费用交纳办法 gives {right}元; no 减半 basis such as 简易程序 or 调解 applies) and wrote it in '
                     f'Chinese numerals: "受理费{fee.group(1)}元" → "受理费{cn}元" ({wrong}元).', f"受理费{cn}元",
                     section="costs")


def cal01_floor(src: Src, rng: Random) -> Injection | None:
    """The fee of the claim rounded down to whole 万元."""
    got = _fee_frame(src)
    if not got:
        return None
    sp, fee, half, shares, claim, right = got
    floor = (claim / 10_000).to_integral_value(rounding="ROUND_FLOOR") * 10_000
    wrong = to_yuan(acceptance_fee(floor)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if floor == claim or wrong == 50 or abs(wrong - right) <= 50:
        return None
    e = Edits(src.text)
    new_fee = fmt_like(wrong, fee.group(1))
    e.replace(sp[0] + fee.start(1), sp[0] + fee.end(1), new_fee)
    note = ""
    if half:
        new_half = fmt_like(wrong / 2, "1,000元" if "," in half.group(1) else "1元")
        e.replace(sp[0] + half.start(1), sp[0] + half.end(1), new_half)
        note = f', and its half "{half.group(1)}" → "{new_half}" so that the halving stays right'
    for m in shares:
        if _num(m.group(3)) == _num(half.group(1) if half else fee.group(1)):
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong / 2 if half else wrong, m.group(3)))
    return Injection(e.apply(), None, f'Set the 案件受理费 wrong for the claimed {claim}元 (诉讼费用交纳办法 gives {right}元; this '
                     f'is the fee of {floor}元, the claim rounded down to whole 万元): "受理费{fee.group(1)}元" → '
                     f'"受理费{new_fee}元"{note}.', f"受理费{new_fee}元", section="costs")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def _cal02(src: Src, new_half) -> Injection | None:
    parts = costs_parts(src)
    if not parts or not parts[3] or len(parts[4]) > 1:
        return None
    sp, _t, fee, half, shares = parts
    full, stated = _num(fee.group(1)), _num(half.group(1))
    if abs(full / 2 - stated) > Decimal("0.5"):
        return None
    got = new_half(full, stated, half)
    if not got:
        return None
    after, value, why = got
    e = Edits(src.text)
    e.replace(sp[0] + half.start(), sp[0] + half.end(), after)
    for m in shares:
        if _num(m.group(3)) == stated:
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(value, m.group(3)))
    return Injection(e.apply(), None, f'Made the 减半 figure wrong ({why}): {fee.group(1)}元 halved is '
                     f'{fmt_like(full / 2, half.group(1))}元, the document now says "{half.group(0)}" → "{after}".', after,
                     section="costs")


def cal02_third(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, half):
        if full < 200:
            return None
        third = (full / 3).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
        after = half.group(0).replace(half.group(1), f"{third:f}")
        return after, third, "a third of the fee, not half"
    return _cal02(src, new_half)


def cal02_decimal(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, half):
        if stated < 100:
            return None
        tenth = (stated / 10).normalize()
        return f"减半交纳{tenth:f}元", tenth, "the decimal point one place off, written 减半交纳"
    return _cal02(src, new_half)


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

BEARERS_RE = re.compile(r"由(?:原告|被告)[^。]*?(?:负担|承担)(?:\d[\d,.]*元)?(?:，(?:原告|被告)[^。，]*?负担\d[\d,.]*元)?(?=。|$)")


def _bearers(src: Src):
    parts = costs_parts(src)
    pl, df = src.parties("plaintiff"), src.parties("defendant")
    if not parts or not pl or not df or src.dtype != "judgment" or not src.money_items():
        return None
    sp, t, fee, half, shares = parts
    b = BEARERS_RE.search(t)
    if not b or len(shares) > 2 or not any("驳回" in it.text for it in src.items):
        return None  # a partial win: the plaintiff may bear a share

    def full(name: str) -> str:
        return name + "（有限合伙）" if name + "（有限合伙）" in src.text else name
    return sp, fee, half, b, full(pl[0].name), "、".join(full(d.name) for d in df)


def cal04_percent(src: Src, rng: Random) -> Injection | None:
    """"由原告X负担30%即a元，被告Y负担70%即b元": the percentages add up, the figures do not."""
    got = _bearers(src)
    if not got:
        return None
    sp, fee, half, b, p, d = got
    charged = _num((half or fee).group(1))
    if charged < 100:
        return None
    pct = rng.choice([30, 40])
    a = (charged * pct / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    c = (charged * (100 - pct) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP) + Decimal(rng.choice([30, -20]))
    new = f"由原告{p}负担{pct}%即{a}元，被告{d}负担{100 - pct}%即{c}元"
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 in percentages that add up to 100 % with figures that add '
                     f'up to {a + c}元: "{b.group(0)}" → "{new}".', new, section="costs")


def cal04_ratio(src: Src, rng: Random) -> Injection | None:
    """"由原告X与被告Y按三比七的比例负担，即原告负担四十五元，被告负担一百元": a ratio, and figures in Chinese numerals that
    do not add up to the fee charged."""
    got = _bearers(src)
    if not got:
        return None
    sp, fee, half, b, p, d = got
    charged = _num((half or fee).group(1))
    if charged < 100 or charged != charged.to_integral_value():
        return None
    x, y = rng.choice([(3, 7), (2, 8)])
    a = int((charged * x / 10).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    c = int((charged * y / 10).quantize(Decimal(1), rounding=ROUND_HALF_UP)) + rng.choice([20, -30])
    ratio = f"{lower_cn(x)}比{lower_cn(y)}"
    new = f"由原告{p}与被告{d}按{ratio}的比例负担，即原告负担{lower_cn(a)}元，被告负担{lower_cn(c)}元"
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 by a ratio of {x}:{y}, with the shares in Chinese '
                     f'numerals ({a}元 and {c}元) that add up to {a + c}元: "{b.group(0)}" → "{new}".', new, section="costs")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_half_cn, cal01_floor]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_third, cal02_decimal]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_percent, cal04_ratio]),
}
