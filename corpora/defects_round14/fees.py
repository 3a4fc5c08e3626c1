"""CAL-01 / CAL-02 / CAL-04, round 14: a counterclaim fee that no counterclaim explains, added to the fee ("受理费…元，反诉
案件受理费…元，合计…元"), and the 2.5 % bracket carried on above 100,000元 (the 2 % bracket ignored), with the basis in
brackets after the fee ("受理费…元（按诉讼标的额…元计收）"); the 减半 applied to the 50元 of the first bracket only,
written "减半核定为…元", and the fee doubled instead of halved, written "按减半标准收取…元"; one share as a multiple of the
other ("负担其三倍即…元") and the shares closed by a 合计 that repeats the fee ("…，合计…元"), the figures not adding up.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects.money import fmt_like, to_yuan
from corpora.defects_round4.fees import _cal02, _fee_frame
from corpora.defects_round5.fees import _cal01
from corpora.defects_round8.fees import _shares

ONE = Decimal(1)


def _yuan(v: Decimal) -> Decimal:
    return Decimal(v).quantize(ONE, rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------- CAL-01 the 案件受理费

def cal01_counterclaim(src: Src, rng: Random) -> Injection | None:
    """"受理费1050元，反诉案件受理费525元，合计1575元": a counterclaim fee in a case without a counterclaim."""
    got = _fee_frame(src)
    if not got or "反诉" in src.text:
        return None
    fee, right = got[1], got[5]
    counter = _yuan(to_yuan(right) / 2)
    total = _yuan(right) + counter
    written = f"{fee.group(1)}元，反诉案件受理费{counter}元，合计{total}"
    return _cal01(src, total, written + "元", f"a counterclaim fee of {counter}元 (half the fee of a counterclaim the size of "
                  f"the claim) added, though nobody counterclaimed")


def cal01_no_step_down(src: Src, rng: Random) -> Injection | None:
    """"受理费…元（按诉讼标的额…元计收）": 50元 and 2.5 % of all above 10,000元, the 2 % bracket ignored."""
    got = _fee_frame(src)
    if not got or got[4] <= 110_000:
        return None
    wrong = _yuan(50 + (got[4] - 10_000) * Decimal("0.025"))
    if abs(wrong - got[5]) <= 20:
        return None
    return _cal01(src, wrong, f"{wrong}元（按诉讼标的额{got[4]}元计收）", "50元 and 2.5 % of everything above 10,000元: "
                  "the 2 % rate of the part above 100,000元 is not applied, the basis given in brackets after the fee")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02_base_only(src: Src, rng: Random) -> Injection | None:
    """"减半核定为1104元": only the 50元 of the first bracket halved (1129 − 25)."""
    def new_half(full, stated, half):
        if full <= 100:
            return None
        value = full - 25
        return (f"减半核定为{fmt_like(value, half.group(1))}元", value,
                "only the 50元 of the first bracket halved, the fee less 25元, written 减半核定为")
    return _cal02(src, new_half)


def cal02_doubled(src: Src, rng: Random) -> Injection | None:
    """"按减半标准收取2258元": the fee multiplied by two instead of divided by two."""
    def new_half(full, stated, half):
        value = full * 2
        return (f"按减半标准收取{fmt_like(value, half.group(1))}元", value,
                "the fee doubled instead of halved, written 按减半标准收取")
    return _cal02(src, new_half)


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def cal04_multiple(src: Src, rng: Random) -> Injection | None:
    """"由原告X负担a元，被告Y负担其三倍即c元" with 4a ≠ the fee charged."""
    def make(charged, p, d):
        a = _yuan(charged / 4) + Decimal(rng.choice([5, -5]))
        return f"由原告{p}负担{a}元，被告{d}负担其三倍即{3 * a}元", 4 * a
    return _shares(src, make, "with one share given as three times the other (负担其三倍即…)")


def cal04_total(src: Src, rng: Random) -> Injection | None:
    """"由原告X负担a元，被告Y负担c元，合计{fee}元" with a + c ≠ the fee the 合计 repeats."""
    def make(charged, p, d):
        a = _yuan(charged * Decimal("0.35"))
        c = _yuan(charged - a) + Decimal(rng.choice([30, -20]))
        return f"由原告{p}负担{a}元，被告{d}负担{c}元，合计{fmt_like(charged, str(charged))}元", a + c
    return _shares(src, make, "and closed the shares with a 合计 that repeats the fee charged")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_counterclaim, cal01_no_step_down]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_base_only, cal02_doubled]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_multiple, cal04_total]),
}
