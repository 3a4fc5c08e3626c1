"""CAL-01 / CAL-02 / CAL-04, round 9.

What rounds 1–8 wrote is listed in corpora/defects_round4/fees.py (rounds 1–3), corpora/defects_round5/fees.py (rounds 4
and 5), corpora/defects_round6/fees.py … corpora/defects_round8/fees.py and in the READMEs of rounds 4–8.

Here:
- CAL-01: the 2.5 % rate applied to the whole claim, without the 50元 of the first 10,000元 and without the brackets,
  written "受理费计…元"; and the fee schedules of 劳动争议 (10元 a case) and of property cases mixed up between a labour dispute
  and a 劳务合同 case.
- CAL-02: the half with two digits transposed, written "减半为…元"; and a 公告费 added next to the 受理费 and halved with it
  ("案件受理费1050元、公告费300元，因适用简易程序减半收取675元").
- CAL-04: the shares in mixed forms, one in 大写 and one in figures ("由原告X负担肆拾伍元整，被告Y负担125元"), and co-defendants'
  equal shares written "平均负担，每人负担…元"; in both the shares do not add up to the fee charged.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.fees import _num, costs_parts
from corpora.defects.money import (
    acceptance_fee,
    capital,
    claim_amounts,
    fmt_like,
    to_yuan,
)
from corpora.defects_round4.fees import _cal02, _fee_frame
from corpora.defects_round5.fees import _cal01
from corpora.defects_round6.fees import _co_defendants
from corpora.defects_round8.fees import _shares

ONE = Decimal(1)

# --------------------------------------------------------------------------- CAL-01 the 案件受理费


def cal01_flat_rate(src: Src, rng: Random) -> Injection | None:
    """The 2.5 % rate over the whole claim, no 50元 base and no brackets: "受理费计…元"."""
    got = _fee_frame(src)
    if not got:
        return None
    claim, right = got[-2], got[-1]
    wrong = (claim * Decimal("0.025")).quantize(ONE, rounding=ROUND_HALF_UP)
    if abs(wrong - right) <= 20:
        return None
    return _cal01(src, wrong, f"计{wrong}元", "the 2.5 % rate applied to the whole claim, without the 50元 of the first "
                  "10,000元 and without the brackets")


def cal01_labour(src: Src, rng: Random) -> Injection | None:
    """A labour dispute charged by the property schedule, or a 劳务合同 case charged the labour dispute's 10元."""
    parts, amounts, c = costs_parts(src), claim_amounts(src.claims_head()), src.cause()[:80]
    if not parts or not amounts or src.dtype != "judgment":
        return None
    sp, _t, fee, half, shares = parts
    stated, claim = _num(fee.group(1)), max(amounts)
    if "劳动争议" in c and stated == 10:
        wrong = to_yuan(acceptance_fee(claim)).quantize(ONE, rounding=ROUND_HALF_UP)
        why = (f"the property schedule applied to the claimed {claim}元 of a labour dispute, whose fee is 10元 a case "
               f"(诉讼费用交纳办法 第十三条第五项)")
    elif "劳务合同" in c and abs(stated - to_yuan(acceptance_fee(claim))) <= 1:
        wrong = Decimal(10)
        why = (f"the labour dispute's 10元 a case for a 劳务合同 case, a property case whose fee for the claimed {claim}元 "
               f"is {stated}元")
    else:
        return None
    e = Edits(src.text)
    e.replace(sp[0] + fee.start(1), sp[0] + fee.end(1), f"{wrong}")
    charged = _num(half.group(1)) if half else stated
    if half:
        e.replace(sp[0] + half.start(1), sp[0] + half.end(1), fmt_like(wrong / 2, "1元"))
    for m in shares:
        if _num(m.group(3)) == charged:
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong / 2 if half else wrong, "1元"))
    note = f', and its half → "{fmt_like(wrong / 2, "1元")}元"' if half else ""
    return Injection(e.apply(), None, f'Set the 案件受理费 by the wrong schedule ({why}): "受理费{fee.group(1)}元" → '
                     f'"受理费{wrong}元"{note}.', f"受理费{wrong}元", section="costs")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def _transposed(v: Decimal) -> Decimal | None:
    """The last two different adjacent digits of the integer part swapped: 525 → 552, 120.5 → 102.5."""
    whole, _, frac = f"{v:f}".partition(".")
    for i in range(len(whole) - 1, 0, -1):
        if whole[i] != whole[i - 1]:
            swapped = whole[:i - 1] + whole[i] + whole[i - 1] + whole[i + 1:]
            return Decimal(swapped + ("." + frac if frac else "")) if not swapped.startswith("0") else None
    return None


def cal02_transposed(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, half):
        wrong = _transposed(stated)
        if wrong is None or full < 100:
            return None
        return f"减半为{wrong:f}元", wrong, "two digits of the half transposed, written 减半为"
    return _cal02(src, new_half)


def cal02_notice(src: Src, rng: Random) -> Injection | None:
    """A 公告费 added next to the 受理费 and halved with it; only the 受理费 is halved."""
    parts = costs_parts(src)
    if not parts or not parts[3] or len(parts[4]) > 1:
        return None
    sp, _t, fee, half, shares = parts
    full, stated = _num(fee.group(1)), _num(half.group(1))
    if abs(full / 2 - stated) > Decimal("0.5") or full < 100:
        return None
    notice = Decimal(rng.choice([300, 260]))
    wrong = (full + notice) / 2
    e = Edits(src.text)
    e.insert(sp[0] + fee.end(), f"、公告费{notice}元")
    e.replace(sp[0] + half.start(1), sp[0] + half.end(1), fmt_like(wrong, half.group(1)))
    for m in shares:
        if _num(m.group(3)) == stated:
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong, m.group(3)))
    inj = Injection(e.apply(), None, f'Added a 公告费 of {notice}元 next to the 受理费 and halved the two together; only the '
                    f'受理费 is halved ({full}元 → {fmt_like(full / 2, half.group(1))}元), the 公告费 is charged in full: '
                    f'"{half.group(0)}" → "{half.group(0).replace(half.group(1), fmt_like(wrong, half.group(1)))}".',
                    f"、公告费{notice}元", section="costs")
    inj.wordings = [f"公告费{notice}元"]
    return inj


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def cal04_mixed(src: Src, rng: Random) -> Injection | None:
    """"由原告X负担肆拾伍元整，被告Y负担125元": one share in 大写, one in figures."""
    def make(charged, p, d):
        a = (charged * Decimal("0.3")).quantize(ONE, rounding=ROUND_HALF_UP)
        c = (charged - a).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([20, -30]))
        return f"由原告{p}负担{capital(a)}，被告{d}负担{c}元", a + c
    return _shares(src, make, "with the plaintiff's share in 大写 and the defendant's in figures")


def cal04_average(src: Src, rng: Random) -> Injection | None:
    """Co-defendants' equal shares "平均负担，每人负担…元" that do not add up to the fee charged."""
    got = _co_defendants(src)
    if not got or got[-1] < 100:
        return None
    sp, _t, b, names, charged = got
    each = (charged / len(names)).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([10, -15]))
    new = f"，由被告{'、'.join(names)}平均负担，每人负担{each}元"
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 among the {len(names)} co-defendants in equal shares '
                     f'of {each}元, which add up to {each * len(names)}元: "{b.group(0)[1:]}" → "{new[1:]}".', new[1:],
                     section="costs")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_flat_rate, cal01_labour]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_transposed, cal02_notice]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_mixed, cal04_average]),
}
