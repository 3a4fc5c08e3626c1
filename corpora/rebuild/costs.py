"""The costs sentence: the 案件受理费 from the 诉讼费用交纳办法 property schedule and who bears it."""

from __future__ import annotations

import random
import re
from decimal import ROUND_HALF_UP, Decimal

from .builder import Builder
from .money import amounts, fmt_money
from .record import Case
from .text import ends_sentence


def property_fee(x: Decimal) -> Decimal:
    """诉讼费用交纳办法 第十三条第一项, cumulative slices, rounded to the yuan."""
    brackets = [(Decimal(10000), None), (Decimal(100000), Decimal("0.025")), (Decimal(200000), Decimal("0.02")),
                (Decimal(500000), Decimal("0.015")), (Decimal(1000000), Decimal("0.01")),
                (Decimal(2000000), Decimal("0.009")), (Decimal(5000000), Decimal("0.008")),
                (Decimal(10000000), Decimal("0.007")), (Decimal(20000000), Decimal("0.006"))]
    fee, lower = Decimal(50), Decimal(10000)
    if x > lower:
        for upper, rate in brackets[1:]:
            part = min(x, upper) - lower
            if part <= 0:
                break
            fee += part * rate
            lower = upper
        if x > Decimal(20000000):
            fee += (x - Decimal(20000000)) * Decimal("0.005")
    return fee.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def write_costs(b: Builder, case: Case, rng: random.Random) -> str:
    """-> a note on where the fee came from, for the -v log."""
    items, procedure, claim_max = case.items, case.procedure, case.claim_max
    P, D = case.plaintiffs_text, case.defendants_text
    halved = procedure in ("simple", "small")
    all_rejected = bool(items) and items[0].startswith("驳回") and "其他" not in items[0]
    partial = any(re.match(r"^驳回\S*?其他", x) or re.match(r"^驳回原告\S*?其他", x) for x in items)
    if case.record_costs:
        b.add("costs", ends_sentence(case.record_costs))
        return "costs sentence from the record"
    labour = "劳动争议" in case.cause
    if labour:
        fee = Decimal(10)
    elif claim_max is not None:
        fee = property_fee(claim_max)
    else:
        fee = Decimal(100) if rng.random() < 0.5 else Decimal(50)
    half = (fee / 2) if halved else fee
    fee_s, half_s = fmt_money(fee), fmt_money(half)
    if halved:
        head = rng.choice([f"案件受理费{fee_s}元，减半收取计{half_s}元，",
                           f"案件受理费{fee_s}元，减半收取{half_s}元，",
                           f"本案案件受理费{fee_s}元，因适用{'简易程序' if procedure == 'simple' else '小额诉讼程序'}"
                           f"减半收取{half_s}元，"])
    else:
        head = rng.choice([f"案件受理费{fee_s}元，", f"本案案件受理费{fee_s}元，"])
    if all_rejected:
        tail = f"由原告{P}负担。"
    elif partial:
        awarded = sum((max(amounts(x)) for x in items if amounts(x) and not x.startswith("驳回")), Decimal(0))
        ratio = min(Decimal(1), awarded / claim_max) if (claim_max and awarded) else Decimal("0.5")
        d_share = (half * ratio).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        p_share = half - d_share
        if ratio >= Decimal("0.95") or p_share <= 0:
            tail = f"由被告{D}负担。"
        else:
            tail = f"由原告{P}负担{fmt_money(p_share)}元，被告{D}负担{fmt_money(d_share)}元。"
    else:
        tail = f"由被告{D}负担。"
    b.add("costs", head + tail)
    source = ("labour-dispute rate" if labour
              else ("claim " + fmt_money(claim_max) if claim_max is not None else "non-property rate"))
    return f"fee {fee_s} from {source}"
