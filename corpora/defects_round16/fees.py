"""CAL-01 / CAL-02 / CAL-04, round 16: the fee charged once per defendant, written as a product ("受理费2360元×2＝4720元"),
and the fee of the top of the claim's bracket, the bracket named before the figure ("受理费按1万元至10万元档收取2300元"); the
half cut down to the hundred below ("减半收取500元（尾数不计）"), and the half as a flat 1.25 % of the claim, the rate written
in the sentence ("减半按诉讼标的额的1.25%收取…元"); the shares given out of the plaintiff's advance payment ("在原告X预交的…元
中，原告X负担…元，被告Y负担…元"), and the defendant's share with a subtraction in brackets that does not come out ("被告Y负担…元
（即…元减去…元）"), the figures not adding up.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Src
from corpora.defects.money import (
    BRACKETS,
    acceptance_fee,
    claim_amounts,
    fmt_like,
    to_yuan,
)
from corpora.defects_round4.fees import _cal02, _fee_frame
from corpora.defects_round5.fees import _cal01
from corpora.defects_round8.fees import _shares

ONE, HUNDRED = Decimal(1), Decimal(100)


def _yuan(v: Decimal) -> Decimal:
    return Decimal(v).quantize(ONE, rounding=ROUND_HALF_UP)


def _wan(v: int) -> str:
    return f"{v // 10_000}万元"


# --------------------------------------------------------------------------- CAL-01 the 案件受理费

def cal01_per_defendant(src: Src, rng: Random):
    """"受理费2360元×2＝4720元": the fee of the claim charged once per defendant."""
    got = _fee_frame(src)
    n = len(src.parties("defendant"))
    if not got or n < 2:
        return None
    right = _yuan(got[5])
    wrong = right * n
    return _cal01(src, wrong, f"{right}元×{n}＝{wrong}元", f"the fee of the claim charged once per defendant ({n}), written as "
                  f"a product")


def _band(claim: Decimal) -> tuple[int, int] | None:
    """(bottom, top) of the bracket of the property schedule the claim falls in."""
    low = 10_000
    for top, _rate in BRACKETS[1:]:
        if top and claim <= top:
            return low, top
        low = top or low
    return None


def cal01_band_top(src: Src, rng: Random):
    """"受理费按1万元至10万元档收取2300元": the fee at the top of the claim's bracket, not at the claim."""
    got = _fee_frame(src)
    band = _band(got[4]) if got else None
    if not band or band[1] > 1_000_000:
        return None
    wrong = to_yuan(acceptance_fee(Decimal(band[1])))
    if abs(wrong - got[5]) <= 50:
        return None
    return _cal01(src, wrong, f"按{_wan(band[0])}至{_wan(band[1])}档收取{wrong}元", f"the fee at the top of the claim's bracket "
                  f"({_wan(band[1])}), not at the claim, the bracket named before the figure")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02_tail_dropped(src: Src, rng: Random):
    """"减半收取500元（尾数不计）": the half cut down to the hundred below."""
    def new_half(full, stated, half):
        value = (full / 2 / HUNDRED).to_integral_value(rounding=ROUND_FLOOR) * HUNDRED
        if value < 100 or full / 2 - value < 15:
            return None
        shown = f"{value:,f}" if "," in half.group(1) else f"{value:f}"
        return (f"减半收取{shown}元（尾数不计）", value,
                "the half cut down to the hundred below, the rest dropped as a 尾数")
    return _cal02(src, new_half)


def cal02_flat_rate(src: Src, rng: Random):
    """"减半按诉讼标的额的1.25%收取…元": the half as 1.25 % of the whole claim (half of a flat 2.5 %)."""
    amounts = claim_amounts(src.claims_head())
    claim = max(amounts) if amounts else None

    def new_half(full, stated, half):
        if not claim or claim <= 10_000:
            return None
        value = (claim * Decimal("0.0125")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if abs(value - full / 2) <= 10:
            return None
        return (f"减半按诉讼标的额的1.25%收取{fmt_like(value, half.group(1))}元", value,
                f"the half as 1.25 % of the whole claim of {claim}元, half of a flat 2.5 %, the rate written in the sentence")
    return _cal02(src, new_half)


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def cal04_advance(src: Src, rng: Random):
    """"在原告X预交的{fee}元中，原告X负担a元，被告Y负担c元" with a + c ≠ the fee charged."""
    def make(charged, p, d):
        a = _yuan(charged * Decimal("0.2"))
        c = _yuan(charged - a) + Decimal(rng.choice([25, -40]))
        return f"在原告{p}预交的{fmt_like(charged, str(charged))}元中，原告{p}负担{a}元，被告{d}负担{c}元", a + c
    return _shares(src, make, "out of the plaintiff's advance payment (在原告…预交的…元中)")


def cal04_subtraction(src: Src, rng: Random):
    """"由原告X负担a元，被告Y负担c元（即{fee}元减去a元）" where the subtraction does not give c."""
    def make(charged, p, d):
        a = _yuan(charged * Decimal("0.35"))
        c = _yuan(charged - a) + Decimal(rng.choice([-30, 20]))
        return f"由原告{p}负担{a}元，被告{d}负担{c}元（即{fmt_like(charged, str(charged))}元减去{a}元）", a + c
    return _shares(src, make, "with the defendant's share explained by a subtraction in brackets that does not come out")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_per_defendant, cal01_band_top]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_tail_dropped, cal02_flat_rate]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_advance, cal04_subtraction]),
}
