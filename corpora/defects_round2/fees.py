"""CAL-01 / CAL-02 / CAL-04, held out.

corpora/defects sets the 受理费 to 2.5 % of the claim, to the fee of ten times the claim, or to the fee plus 300/500/1000
(CAL-01); the half plus 5/10/50/100 or with two digits swapped (CAL-02); one share plus 10/91/100, or "由原告X负担a元，
被告Y负担c元" (CAL-04). Here: the fee computed on the amount awarded instead of the amount claimed, or the flat 50元 of a
claim under 10,000元 (CAL-01); the half off by −200, −30, +20 or +150 (CAL-02); "其余X元由被告负担" and "各负担X元"
shares (CAL-04).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.fees import _num, costs_parts
from corpora.defects.money import acceptance_fee, claim_amounts, fmt_like, to_yuan


def _cal01(src: Src, wrong_of) -> Injection | None:
    parts = costs_parts(src)
    amounts = claim_amounts(src.claims_head())
    if not parts or not amounts or src.dtype != "judgment":
        return None
    sp, _t, fee, half, shares = parts
    claim = max(amounts)
    right = to_yuan(acceptance_fee(claim))
    stated = _num(fee.group(1))
    if abs(stated - right) > 1 or claim <= 10_000 or len(shares) > 1:
        return None
    got = wrong_of(src, claim)
    if not got:
        return None
    wrong, why = got
    wrong = wrong.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if abs(wrong - right) <= 50:
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
    return Injection(e.apply(), None, f'Set the 案件受理费 wrong for the claimed {claim}元 (诉讼费用交纳办法 gives {right}元; '
                     f'{why}): "受理费{fee.group(1)}元" → "受理费{new_fee}元"{note}.', f"受理费{new_fee}元", section="costs")


def cal01_award(src: Src, rng: Random) -> Injection | None:
    """The fee computed on the amount awarded, not on the amount claimed."""
    def wrong(s, claim):
        awarded = sum((a.value for it in s.money_items() for a in it.amounts[:1]), Decimal(0))
        if awarded <= 10_000 or awarded >= claim * Decimal("0.9"):
            return None
        return to_yuan(acceptance_fee(awarded)), f"this is the fee of the {awarded}元 awarded"
    return _cal01(src, wrong)


def cal01_flat(src: Src, rng: Random) -> Injection | None:
    """The flat fee of a claim up to 10,000元 for a larger claim."""
    def wrong(s, claim):
        return Decimal(50), "50元 is the fee of a claim of at most 10,000元"
    return _cal01(src, wrong)


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02(src: Src, rng: Random) -> Injection | None:
    parts = costs_parts(src)
    if not parts or not parts[3] or len(parts[4]) > 1:
        return None
    sp, _t, fee, half, shares = parts
    full, stated = _num(fee.group(1)), _num(half.group(1))
    if abs(full / 2 - stated) > Decimal("0.5") or full < 200:
        return None
    delta = Decimal(rng.choice([-200, 150]) if stated >= 1000 else rng.choice([20, -30]))
    wrong = stated + delta
    digits = half.group(1)
    new = fmt_like(wrong, digits)
    e = Edits(src.text)
    e.replace(sp[0] + half.start(1), sp[0] + half.end(1), new)
    for m in shares:
        if _num(m.group(3)) == stated:
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong, m.group(3)))
    after = half.group(0).replace(digits, new)
    return Injection(e.apply(), None, f'Made the 减半收取 figure wrong by {delta:+}元: {fee.group(1)}元 halved is '
                     f'{fmt_like(full / 2, digits)}元, the document now says "{half.group(0)}" → "{after}".', after,
                     section="costs")


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def cal04_rest(src: Src, rng: Random) -> Injection | None:
    """"由原告X负担a元，被告Y负担b元" → "由原告X负担a元，其余c元由被告Y负担" with a + c ≠ the fee charged."""
    parts = costs_parts(src)
    if not parts:
        return None
    sp, _t, fee, half, shares = parts
    if len(shares) != 2 or shares[0].group(1) != "原告" or shares[1].group(1) != "被告":
        return None
    charged = _num((half or fee).group(1))
    a, b = _num(shares[0].group(3)), _num(shares[1].group(3))
    if a + b != charged:
        return None
    c = b + Decimal(rng.choice([20, -15]))
    m = shares[1]
    new = f"其余{fmt_like(c, m.group(3))}元由被告{m.group(2)}负担"
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Wrote the defendant\'s share as the "rest" of the fee of {charged}元, with a figure '
                     f'that is not the rest ({a}元 + {c}元 = {a + c}元): "{m.group(0)}" → "{new}".', new, section="costs")


def cal04_each(src: Src, rng: Random) -> Injection | None:
    """One bearer → "由原告X、被告Y各负担z元" with 2z ≠ the fee charged (a partial win)."""
    parts = costs_parts(src)
    if not parts or src.dtype != "judgment" or not src.money_items():
        return None
    sp, t, fee, half, shares = parts
    if shares:
        return None
    b = re.search(r"由(被告|原告)([^，。、]+?)(负担|承担)(?=。|$)", t)
    pl, df = src.parties("plaintiff"), src.parties("defendant")
    if not b or len(pl) != 1 or len(df) != 1 or not any("驳回" in it.text for it in src.items) \
            and not any(it.amounts and max(claim_amounts(src.claims_head()) or [0]) > it.amounts[0].value * 2
                        for it in src.money_items()):
        return None
    charged = _num((half or fee).group(1))
    if charged < 100:
        return None
    each = (charged / 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) + Decimal(rng.choice([10, -12, 25]))
    new = f"由原告{pl[0].name}、被告{df[0].name}各负担{fmt_like(each, '1元')}元"
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 in two equal shares that add up to {each * 2}元: '
                     f'"{b.group(0)}" → "{new}".', new, section="costs")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_award, cal01_flat]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_rest, cal04_each]),
}
