"""CAL-01 / CAL-02 / CAL-04, round 3.

Round 1 sets the 受理费 to 2.5 % of the claim, to the fee of ten times the claim, or to the fee plus 300/500/1000 (CAL-01);
the half plus 5/10/50/100 or with two digits swapped (CAL-02); one share plus 10/91/100, or "由原告X负担a元，被告Y负担c元"
(CAL-04). Round 2 computes the fee on the amount awarded, or charges the flat 50元 (CAL-01); the half off by −200/−30/+20/
+150 (CAL-02); "其余X元由被告Y负担" and "各负担X元" (CAL-04).

Here: the fee computed on the claimed figures counted twice (the parts and their 共计), and on the brackets' rates shifted
one bracket down (CAL-01); the fee halved twice, and the half with a zero dropped (CAL-02); the plaintiff's share computed on
the full fee though the fee was halved, "由原告X负担a元，其余由被告Y负担" with a above the fee charged, and shares written as
fractions "负担三分之一即a元 … 负担三分之二即b元" that do not add up (CAL-04).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.fees import _num, costs_parts
from corpora.defects.money import (
    AMOUNT_RE,
    BRACKETS,
    acceptance_fee,
    amount_value,
    claim_amounts,
    fmt_like,
    to_yuan,
)
from corpora.defects_round2.fees import _cal01

# --------------------------------------------------------------------------- CAL-01 the 案件受理费

def cal01_double(src: Src, rng: Random) -> Injection | None:
    """The claimed figures and their 共计 added together: the fee of twice the claim."""
    head = src.claims_head()
    m = re.search(r"(共计|合计)" + AMOUNT_RE.pattern, head)
    if not m:
        return None
    total = amount_value(m.group(0)[2:])
    parts = claim_amounts(head[:m.start()])
    if not parts or sum(parts) != total:
        return None

    def wrong(s, claim):
        if claim != total:
            return None
        return to_yuan(acceptance_fee(total * 2)), (f"this is the fee of {total * 2}元, the claimed figures counted once "
                                                    f"as parts and again as their {m.group(1)}")
    return _cal01(src, wrong)


def _shifted_fee(x: Decimal) -> Decimal:
    """The cumulative fee with every slice charged at the rate of the bracket above it (2 % for the 1万–10万 slice …)."""
    fee, low = Decimal(50), Decimal(10_000)
    rates = [r for _, r in BRACKETS[1:]]
    for k, (top, _rate) in enumerate(BRACKETS[1:]):
        hi = Decimal(top) if top else x
        part = min(x, hi) - low
        if part <= 0:
            break
        fee += part * Decimal(rates[min(k + 1, len(rates) - 1)])
        low = hi
    return fee


def cal01_rate(src: Src, rng: Random) -> Injection | None:
    def wrong(s, claim):
        return to_yuan(_shifted_fee(claim)), "each slice charged at the rate of the next bracket, e.g. 2 % for 1万–10万"
    return _cal01(src, wrong)


# --------------------------------------------------------------------------- CAL-02 the halved fee

def _cal02(src: Src, new_half) -> Injection | None:
    parts = costs_parts(src)
    if not parts or not parts[3] or len(parts[4]) > 1:
        return None
    sp, _t, fee, half, shares = parts
    full, stated = _num(fee.group(1)), _num(half.group(1))
    if abs(full / 2 - stated) > Decimal("0.5"):
        return None
    got = new_half(full, stated, half.group(1))
    if not got:
        return None
    new, why = got
    wrong = _num(new)
    e = Edits(src.text)
    e.replace(sp[0] + half.start(1), sp[0] + half.end(1), new)
    for m in shares:
        if _num(m.group(3)) == stated:
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong, m.group(3)))
    after = half.group(0).replace(half.group(1), new)
    return Injection(e.apply(), None, f'Made the 减半收取 figure wrong ({why}): {fee.group(1)}元 halved is '
                     f'{fmt_like(full / 2, half.group(1))}元, the document now says "{half.group(0)}" → "{after}".', after,
                     section="costs")


def cal02_twice(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, digits):
        if full < 200:
            return None
        q = full / 4
        q = q.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
        return f"{q:f}", "halved twice, a quarter of the fee"
    return _cal02(src, new_half)


def cal02_zero(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, digits):
        ip, dot, fp = digits.replace(",", "").partition(".")
        if "0" not in ip or len(ip) < 2:
            return None
        return ip.replace("0", "", 1) + dot + fp, "a zero dropped from the half"
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
    if not b or len(shares) > 2:
        return None
    def full(name: str) -> str:  # "…合伙企业" is written "…合伙企业（有限合伙）" where the document does so
        return name + "（有限合伙）" if name + "（有限合伙）" in src.text else name
    return sp, t, fee, half, b, full(pl[0].name), "、".join(full(d.name) for d in df)


def cal04_full_fee(src: Src, rng: Random) -> Injection | None:
    """The plaintiff's share computed on the full fee though the fee was halved: "由原告X负担a元，其余由被告Y负担" with a above
    the fee charged."""
    got = _bearers(src)
    claims = claim_amounts(src.claims_head())
    if not got or not claims:
        return None
    sp, _t, fee, half, b, p, d = got
    if not half:
        return None
    full, charged = _num(fee.group(1)), _num(half.group(1))
    awarded = sum((it.amounts[0].value for it in src.money_items()), Decimal(0))
    lost = 1 - awarded / max(claims)
    if lost <= 0:
        return None
    a = (full * lost).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if a <= charged + 5:
        return None
    new = f"由原告{p}负担{a}元，其余由被告{d}负担"
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Wrote the plaintiff\'s share as {a}元, its share of the full fee {full}元, though only '
                     f'{charged}元 was charged; "the rest" for the defendant is then negative: "{b.group(0)}" → "{new}".', new,
                     section="costs")


def cal04_fraction(src: Src, rng: Random) -> Injection | None:
    """Shares written as fractions with figures that do not add up to the fee charged."""
    got = _bearers(src)
    if not got:
        return None
    sp, _t, fee, half, b, p, d = got
    partial = any("驳回" in it.text for it in src.items)  # a partial win: the plaintiff may bear a share
    charged = _num((half or fee).group(1))
    if not partial or charged < 100:
        return None
    a = (charged / 3).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    c = (charged * 2 / 3).quantize(Decimal(1), rounding=ROUND_HALF_UP) + Decimal(rng.choice([40, -25]))
    new = f"由原告{p}负担三分之一即{a}元，被告{d}负担三分之二即{c}元"
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 in thirds with figures that add up to {a + c}元: '
                     f'"{b.group(0)}" → "{new}".', new, section="costs")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_double, cal01_rate]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_twice, cal02_zero]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_full_fee, cal04_fraction]),
}
