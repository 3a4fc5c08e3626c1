"""Calculations on court costs: 案件受理费 recomputed from the claimed amount under 诉讼费用交纳办法 (brackets, 减半
only once, ±1 yuan), the halved figure, and shares that do not add up to the fee charged."""

from __future__ import annotations

import re
from functools import lru_cache
from decimal import ROUND_HALF_UP, Decimal

from checks import basis
from checks.registry import Finding, check
from extractors.money import find_amounts
from zhixing.document import Document

BRACKETS = [  # (upper bound of the slice, rate on the slice), 第十三条第一项
    (Decimal(100000), Decimal("0.025")), (Decimal(200000), Decimal("0.02")), (Decimal(500000), Decimal("0.015")),
    (Decimal(1000000), Decimal("0.01")), (Decimal(2000000), Decimal("0.009")), (Decimal(5000000), Decimal("0.008")),
    (Decimal(10000000), Decimal("0.007")), (Decimal(20000000), Decimal("0.006")), (None, Decimal("0.005")),
]
TOLERANCE = Decimal(1)


def property_fee(amount: Decimal) -> Decimal:
    """案件受理费 of a property case (cumulative brackets): 50 up to 10,000, then by slice."""
    if amount <= 10000:
        return Decimal(50)
    fee, lower = Decimal(50), Decimal(10000)
    for upper, rate in BRACKETS:
        top = amount if upper is None else min(amount, upper)
        if top > lower:
            fee += (top - lower) * rate
        if upper is None or amount <= upper:
            break
        lower = upper
    return fee.quantize(Decimal("0.01"), ROUND_HALF_UP)


def claimed_amount(doc: Document) -> Decimal | None:
    """The sum claimed: a stated 共计/合计 in the claims, or their only amount (None when it cannot be told)."""
    claims = doc.section("claims")
    return _claimed(doc.span_text(claims.span)) if claims else None


def claims_upper_bound(doc: Document) -> Decimal | None:
    """The sum of every amount the claims (before 事实和理由) name: an upper bound of what was claimed."""
    claims = doc.section("claims")
    if not claims:
        return None
    text = re.split(r"事实(?:和|与)理由|事实及理由", doc.span_text(claims.span))[0]
    if re.search(r"每(?:月|年|季度|周)", text):
        return None  # a periodic claim (每月支付抚养费300元直至…) has no upper bound
    amounts = [a.value for a in find_amounts(text)]
    return sum(amounts, Decimal(0)) if amounts else None


@lru_cache(maxsize=256)
def _claimed(text: str) -> Decimal | None:
    text = re.split(r"事实(?:和|与)理由|事实及理由", text)[0]
    totals = [a.value for a in find_amounts(text)
              if re.search(r"(?:共计|合计|总计)\s*(?:人民币)?\s*$", text[max(0, a.span[0] - 6):a.span[0]])]
    # 以上合计42300元 … 两项合计72300元: the grand total is the largest one stated
    if totals:
        return max(totals)
    amounts = find_amounts(text)
    if len(amounts) == 1 and not re.search(r"以\s*$", text[max(0, amounts[0].span[0] - 2):amounts[0].span[0]]):
        return amounts[0].value  # one amount claimed
    return None  # several amounts without a total cannot be told apart from explanations


@check("CAL-01", "案件受理费与诉讼请求金额不符", "calculation", "warning", basis.FEES,
       ["诉请共计17650元，案件受理费应为191.25元（减半），文书写作“案件受理费300元”"])
def acceptance_fee_recomputed(doc: Document):
    costs = doc.costs
    if not costs or costs.acceptance_fee is None or doc.instance != "first":
        return
    claimed = claimed_amount(doc)
    if claimed is None or re.search(r"离婚|劳动|人格|名誉|知识产权", doc.span_text(doc.sections[0].span) +
                                    (doc.title or "")):
        return
    expected = property_fee(claimed)
    if abs(costs.acceptance_fee - expected) > TOLERANCE:
        yield Finding(message=(f"诉讼请求金额{format(claimed.normalize(), 'f')}元，按《诉讼费用交纳办法》案件受理费应为"
                               f"{format(expected.normalize(), 'f')}元，文书写作{format(costs.acceptance_fee.normalize(), 'f')}元。"),
                      evidence=[costs.span], suggestion=f"案件受理费{format(expected.normalize(), 'f')}元",
                      confidence=0.8)


@check("CAL-02", "减半收取的金额计算错误", "calculation", "error", basis.FEES + "；" + basis.CORRECTION,
       ["案件受理费4238元，减半收取2169元（应为2119元）"])
def halving_arithmetic(doc: Document):
    costs = doc.costs
    if not costs or not costs.halved or costs.acceptance_fee is None or costs.charged is None:
        return
    expected = costs.acceptance_fee / 2
    if abs(costs.charged - expected) > Decimal("0.5"):  # halving a fee in whole yuan is off by 0.5 at most
        yield Finding(message=(f"案件受理费{format(costs.acceptance_fee.normalize(), 'f')}元减半应为"
                               f"{format(expected.normalize(), 'f')}元，文书写作{format(costs.charged.normalize(), 'f')}元。"),
                      evidence=[costs.span], suggestion=f"减半收取计{format(expected.normalize(), 'f')}元")


@check("CAL-04", "各方负担的诉讼费之和与应收金额不符", "calculation", "error", basis.FEE_SHARES + "；" + basis.CORRECTION,
       ["案件受理费1809元，由原告负担509元，被告负担1200元"])
def fee_shares(doc: Document):
    costs = doc.costs
    if not costs or len(costs.bearers) < 2:
        return
    groups = {b.group: b.group_amount for b in costs.bearers if b.group and b.group_amount is not None}
    total = costs.charged if costs.charged is not None else costs.acceptance_fee
    if total is None:
        return
    known = [b.amount for b in costs.bearers if b.amount is not None]
    if any(b.amount is None and not b.group for b in costs.bearers):
        if known and sum(known, Decimal(0)) > total + TOLERANCE:  # 由原告负担1704元，其余由被告负担 (of 1616.5元)
            yield Finding(message=(f"已写明的负担数额{format(sum(known, Decimal(0)).normalize(), 'f')}元超过应收的诉讼费"
                                   f"{format(total.normalize(), 'f')}元，“其余”部分无从计算。"), evidence=[costs.span])
        return
    total += sum((f.amount for f in costs.other_fees), Decimal(0))
    shares = sum((b.amount for b in costs.bearers if b.amount is not None), Decimal(0)) + sum(groups.values(), Decimal(0))
    if abs(shares - total) > TOLERANCE and abs(shares - (costs.charged or 0)) > TOLERANCE:
        yield Finding(message=(f"各方负担的诉讼费合计{format(shares.normalize(), 'f')}元，与应收的"
                               f"{format(total.normalize(), 'f')}元不符。"), evidence=[costs.span])
