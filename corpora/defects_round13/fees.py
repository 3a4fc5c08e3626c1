"""CAL-01 / CAL-02 / CAL-04, round 13: the fee after its bearer ("案件受理费由被告X负担，计…元") at 2.5 ‰ instead of 2.5 %
above 10,000元, and the fee counted claim by claim and added up ("按各项诉讼请求分别计算为…元、…元，合计…元", the 50元 of
the first 10,000元 charged once per claim, or the brackets started again for each); the half only as what the bearer
pays, its second digit dropped ("减半收取后由被告X负担35.5元" for 365.5元), and the half of the fee with two digits swapped under
"减半即"; the shares listed after 分别 ("由原告X、被告Y分别负担a元、c元") and as tenths ("负担三成即…元，…负担七成即…元").
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.fees import _num, costs_parts
from corpora.defects.money import acceptance_fee, claim_amounts, fmt_like
from corpora.defects_round4.fees import _cal02, _fee_frame
from corpora.defects_round5.fees import _cal01
from corpora.defects_round8.fees import _shares
from corpora.defects_round13.calc import _swap

ONE = Decimal(1)


def _yuan(v: Decimal) -> Decimal:
    return Decimal(v).quantize(ONE, rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------- CAL-01 the 案件受理费

def cal01_per_mille(src: Src, rng: Random) -> Injection | None:
    """"案件受理费由被告X负担，计…元": the fee after its bearer, at 2.5 ‰ instead of 2.5 % above 10,000元."""
    got = _fee_frame(src)
    if not got or got[2] or got[3] or got[4] > 100_000:
        return None
    sp, fee, _half, _sh, claim, right = got
    t = src.text[sp[0]:sp[1]]
    m = re.compile(re.escape(fee.group(0)) + r"[，,](由(?:原告|被告)[^。，；]*?负担)(?=。|$)").search(t, fee.start())
    if not m or m.start() != fee.start():
        return None
    wrong = _yuan(50 + (claim - 10_000) * Decimal("0.0025"))
    new = f"受理费{m.group(1)}，计{wrong}元"
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Set the 案件受理费 wrong for the claimed {claim}元 (诉讼费用交纳办法 gives {right}元; this '
                     f'is 50元 and 2.5 ‰ instead of 2.5 % of the part above 10,000元) and wrote it after its bearer: '
                     f'"{m.group(0)}" → "{new}".', f"负担，计{wrong}元", section="costs")


def cal01_per_claim(src: Src, rng: Random) -> Injection | None:
    """"受理费按各项诉讼请求分别计算为…元、…元，合计…元": each claim charged on its own schedule and the fees added."""
    got = _fee_frame(src)
    amounts = claim_amounts(src.claims_head())
    if not got or len(amounts) < 3:
        return None
    claim = got[4]
    heads = [a for a in amounts if a != claim]
    if len(heads) < 2 or sum(heads) != claim:
        return None
    fees = [_yuan(acceptance_fee(a)) for a in heads]
    wrong = sum(fees)
    if abs(wrong - got[5]) < 5:
        return None
    written = f"按各项诉讼请求分别计算为{'元、'.join(str(f) for f in fees)}元，合计{wrong}元"
    return _cal01(src, wrong, written, "each claimed head charged on its own schedule and the fees added, so that the "
                  "first 10,000元 (or a bracket) is counted again for each head")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02_share_only(src: Src, rng: Random) -> Injection | None:
    """"减半收取后由被告X负担35.5元": the half only as what the bearer pays, its second digit dropped (365.5 → 35.5)."""
    parts = costs_parts(src)
    if not parts or not parts[3] or parts[4]:
        return None
    sp, t, fee, half, _sh = parts
    full, stated = _num(fee.group(1)), _num(half.group(1))
    whole = str(int(stated))
    if abs(full / 2 - stated) > Decimal("0.5") or len(whole) < 3:
        return None
    m = re.compile(r"[，,](由(?:原告|被告)[^。，；]*?负担)(?=。|$)").match(t, half.end())
    if not m:
        return None
    wrong = Decimal(whole[0] + whole[2:]) + (stated - int(stated))
    shown = fmt_like(wrong, half.group(1))
    new = f"减半收取后{m.group(1)}{shown}元"
    e = Edits(src.text)
    e.replace(sp[0] + half.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Made the 减半 figure wrong (its second digit dropped) and gave it only as what the '
                     f'bearer pays: {fee.group(1)}元 halved is {half.group(1)}元, the document now says '
                     f'"{t[half.start():m.end()]}" → "{new}".', new, section="costs")


def cal02_swapped_fee(src: Src, rng: Random) -> Injection | None:
    """"减半即596元": the half of the fee with two of its digits swapped (1129 → 1192)."""
    def new_half(full, stated, half):
        other = _swap(full)
        if full < 100 or not other or other == full:
            return None
        value = other / 2
        return (f"减半即{fmt_like(value, half.group(1))}元", value,
                f"the half of {other}元, the fee with two digits swapped, under the label 减半即")
    return _cal02(src, new_half)


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def cal04_respectively(src: Src, rng: Random) -> Injection | None:
    """"由原告X、被告Y分别负担a元、c元" with a + c ≠ the fee charged."""
    def make(charged, p, d):
        a = (charged * Decimal("0.4")).quantize(ONE, rounding=ROUND_HALF_UP)
        c = (charged - a).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([20, -30]))
        return f"由原告{p}、被告{d}分别负担{a}元、{c}元", a + c
    return _shares(src, make, "with 分别 and the two figures listed after the two parties")


def cal04_tenths(src: Src, rng: Random) -> Injection | None:
    """"由原告X负担三成即a元，被告Y负担七成即c元": the tenths add up, the figures do not."""
    def make(charged, p, d):
        a = (charged * Decimal("0.3")).quantize(ONE, rounding=ROUND_HALF_UP)
        c = (charged * Decimal("0.7")).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([10, -15]))
        return f"由原告{p}负担三成即{a}元，被告{d}负担七成即{c}元", a + c
    return _shares(src, make, "in tenths (三成, 七成), each with a figure after 即")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_per_mille, cal01_per_claim]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_share_only, cal02_swapped_fee]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_respectively, cal04_tenths]),
}
