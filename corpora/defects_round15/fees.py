"""CAL-01 / CAL-02 / CAL-04, round 15: a tort claim for money charged on the schedule of personality rights
("受理费523元（按人格权纠纷案件标准收取）"), and the fee rounded up to the next hundred ("受理费200元（已按百元取整）"); the
减半 written as what is taken off and what is charged, the two adding up to the fee but not halves of it ("减半收取，减收…元，
实收…元"), and the half of the fee rounded up to the hundred, the base given in brackets ("减半收取…元（按…元减半）"); the
defendant's share given by how much more he bears than the plaintiff ("被告Y比原告X多负担…元"), and the shares as nominal
sentences ("原告X应负担的诉讼费为…元，被告Y应负担的诉讼费为…元"), the figures not adding up.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects.money import fmt_like
from corpora.defects_round4.fees import _cal02, _fee_frame
from corpora.defects_round5.fees import _cal01
from corpora.defects_round8.fees import _shares

ONE, HUNDRED = Decimal(1), Decimal(100)


def _yuan(v: Decimal) -> Decimal:
    return Decimal(v).quantize(ONE, rounding=ROUND_HALF_UP)


def _up(v: Decimal) -> Decimal:
    return (Decimal(v) / HUNDRED).to_integral_value(rounding=ROUND_CEILING) * HUNDRED


# --------------------------------------------------------------------------- CAL-01 the 案件受理费

def cal01_personality(src: Src, rng: Random) -> Injection | None:
    """"受理费360元（按人格权纠纷案件标准收取）": a tort claim for money charged on the schedule of personality rights (a fee
    per case of 300元 and 1 % of the part above 50,000元), not on the property schedule."""
    got = _fee_frame(src)
    if not got or not re.search(r"侵权|交通事故|人身损害|受害", src.cause()[:80]):
        return None
    claim = got[4]
    wrong = _yuan(300 + max(Decimal(0), claim - 50_000) / 100)
    if abs(wrong - got[5]) <= 20:
        return None
    return _cal01(src, wrong, f"{wrong}元（按人格权纠纷案件标准收取）", "the schedule of personality-right cases (第十三条第二项: "
                  "a fee per case, here 300元, and 1 % of the part above 50,000元) for a claim for money, which the property "
                  "schedule governs")


def cal01_rounded(src: Src, rng: Random) -> Injection | None:
    """"受理费1300元（已按百元取整）": the fee of the claim rounded up to the next hundred."""
    got = _fee_frame(src)
    if not got or got[5] % 100 == 0 or _up(got[5]) - got[5] <= 5:
        return None
    wrong = _up(got[5])
    return _cal01(src, wrong, f"{wrong}元（已按百元取整）", f"the fee of the claim, {got[5]}元, rounded up to the next hundred")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02_split(src: Src, rng: Random) -> Injection | None:
    """"减半收取，减收a元，实收b元": a + b is the fee, but b is not its half."""
    def new_half(full, stated, half):
        if full < 50 or full != full.to_integral_value():
            return None
        step = Decimal(10) if full < 400 else Decimal(50)
        b = _yuan(full / 2) + step
        a = full - b
        return (f"减半收取，减收{fmt_like(a, half.group(1))}元，实收{fmt_like(b, half.group(1))}元", b,
                "what is taken off and what is charged add up to the fee but are not halves of it")
    return _cal02(src, new_half)


def cal02_rounded(src: Src, rng: Random) -> Injection | None:
    """"减半收取150元（按300元减半）": the fee rounded up to the hundred before it is halved."""
    def new_half(full, stated, half):
        base = _up(full)
        if full < 100 or not 15 <= base - full <= 60:
            return None
        value = base / 2
        return (f"减半收取{fmt_like(value, half.group(1))}元（按{fmt_like(base, half.group(1))}元减半）", value,
                f"the fee rounded up to {base}元 before it is halved, the base given in brackets")
    return _cal02(src, new_half)


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def cal04_more(src: Src, rng: Random) -> Injection | None:
    """"由原告X负担a元，被告Y比原告X多负担d元" with 2a + d ≠ the fee charged."""
    def make(charged, p, d):
        a = _yuan(charged * Decimal("0.3"))
        more = _yuan(charged - 2 * a) + Decimal(rng.choice([20, -15]))
        return f"由原告{p}负担{a}元，被告{d}比原告{p}多负担{more}元", 2 * a + more
    return _shares(src, make, "with the defendant's share given by how much more he bears than the plaintiff "
                   "(比原告…多负担…)")


def cal04_nominal(src: Src, rng: Random) -> Injection | None:
    """"原告X应负担的诉讼费为a元，被告Y应负担的诉讼费为c元" with a + c ≠ the fee charged."""
    def make(charged, p, d):
        a = _yuan(charged * Decimal("0.25"))
        c = _yuan(charged - a) + Decimal(rng.choice([-25, 35]))
        return f"原告{p}应负担的诉讼费为{a}元，被告{d}应负担的诉讼费为{c}元", a + c
    return _shares(src, make, "in two nominal sentences (…应负担的诉讼费为…元)")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_personality, cal01_rounded]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_split, cal02_rounded]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_more, cal04_nominal]),
}
