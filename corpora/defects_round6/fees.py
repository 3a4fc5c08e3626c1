"""CAL-01 / CAL-02 / CAL-04, round 6.

What rounds 1–5 wrote is listed in corpora/defects_round4/fees.py (rounds 1–3), corpora/defects_round5/fees.py (rounds 4
and 5) and in the READMEs of rounds 4 and 5.

Here:
- CAL-01: a costs sentence that lists 受理费, 保全费 and 公告费 together, the 受理费 computed at 2 % instead of 2.5 % on the
  part above 10,000元 ("受理费250元、保全费220元、公告费260元"); and the fee stated as computed, "受理费按诉讼标的额计算为…元",
  at 0.5 % of the claim.
- CAL-02: the fraction written right and the figure wrong ("按二分之一收取…元", two thirds of the fee); and the first
  bracket's 50元 left out of the halving, written "减半后应交…元" (half the fee plus 25元).
- CAL-04: the shares of co-defendants as percentages in words with the figures in brackets ("由被告A负担百分之六十（…元），
  被告B负担百分之四十（…元）"), and a 保全费 added with a 合计 that the co-defendants' shares do not add up to.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.fees import _num
from corpora.defects.money import claim_amounts, fmt_like
from corpora.defects_round4.fees import _cal02, _fee_frame
from corpora.defects_round5.fees import _cal01
from corpora.defects_round6.common import cn_percent

# --------------------------------------------------------------------------- CAL-01 the 案件受理费

ONE = Decimal(1)


def preservation_fee(x: Decimal) -> Decimal:
    """保全费 on the amount preserved (诉讼费用交纳办法 第十四条): 30元 up to 1,000元, 1 % to 10万, 0.5 % above, at most 5,000元."""
    if x <= 1000:
        return Decimal(30)
    fee = 30 + (min(x, Decimal(100_000)) - 1000) * Decimal("0.01")
    if x > 100_000:
        fee += (x - 100_000) * Decimal("0.005")
    return min(fee, Decimal(5000)).quantize(ONE, rounding=ROUND_HALF_UP)


def cal01_listed(src: Src, rng: Random) -> Injection | None:
    """受理费, 保全费 and 公告费 listed together; the 受理费 at 2 % instead of 2.5 % above 10,000元."""
    got = _fee_frame(src)
    if not got or got[2] or got[-2] > 100_000:
        return None
    claim, right = got[-2], got[-1]
    wrong = (50 + (claim - 10_000) * Decimal("0.02")).quantize(ONE, rounding=ROUND_HALF_UP)
    if abs(wrong - right) <= 20:
        return None
    gg = rng.choice([260, 300])
    written = f"{wrong}元、保全费{preservation_fee(claim)}元、公告费{gg}元"
    return _cal01(src, wrong, written, "the part above 10,000元 charged at 2 % instead of 2.5 %; 保全费 and 公告费 listed with it")


def cal01_stated(src: Src, rng: Random) -> Injection | None:
    """"受理费按诉讼标的额计算为…元", at a flat 0.5 % of the claim."""
    got = _fee_frame(src)
    if not got:
        return None
    claim, right = got[-2], got[-1]
    wrong = (claim * Decimal("0.005")).quantize(ONE, rounding=ROUND_HALF_UP)
    if abs(wrong - right) <= 50:
        return None
    return _cal01(src, wrong, f"按诉讼标的额计算为{wrong}元", "a flat 0.5 % of the claim, stated as computed on it")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02_fraction(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, half):
        if full < 100:
            return None
        wrong = (full * 2 / 3).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize()
        return f"按二分之一收取{wrong:f}元", wrong, "two thirds of the fee, written 按二分之一收取"
    return _cal02(src, new_half)


def cal02_above(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, half):
        if full < 100:
            return None
        wrong = (50 + (full - 50) / 2).normalize()
        return f"减半后应交{wrong:f}元", wrong, "the first bracket's 50元 left out of the halving, written 减半后应交"
    return _cal02(src, new_half)


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def _co_defendants(src: Src):
    """(costs span, costs text, the bearer match, the defendants' names, the fee charged) where several defendants bear
    the whole fee together."""
    sp = src.span("costs")
    if not sp or src.dtype != "judgment" or not src.money_items():
        return None
    t = src.text[sp[0]:sp[1]]
    b = re.search(r"，由被告([^。，]+?)负担(?=。|$)", t)
    fee = re.search(r"受理费(\d[\d,]*(?:\.\d+)?)元", t)
    half = re.search(r"减半收取(?:计)?(\d[\d,]*(?:\.\d+)?)元", t)
    if not b or not fee or "公告费" in t or "保全费" in t:
        return None
    names = [n.removeprefix("被告") for n in b.group(1).split("、")]
    defs = {p.name for p in src.parties("defendant")}
    if len(names) not in (2, 3) or not all(n in defs for n in names):
        return None
    return sp, t, b, names, _num((half or fee).group(1))


SPLITS = {2: (60, 40), 3: (50, 30, 20)}


def cal04_percent(src: Src, rng: Random) -> Injection | None:
    """The co-defendants' shares as percentages in words with the figures in brackets; the figures do not add up."""
    got = _co_defendants(src)
    if not got or got[-1] < 100:
        return None
    sp, _t, b, names, charged = got
    pcts = SPLITS[len(names)]
    figs = [(charged * p / 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize() for p in pcts]
    figs[-1] += Decimal(rng.choice([30, -20]))
    parts = [f"被告{n}负担{cn_percent(p)}（{f:f}元）" for n, p, f in zip(names, pcts, figs)]
    new = "，由" + "，".join(parts)
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 among the co-defendants as percentages in words with the '
                     f'figures in brackets; the percentages add up to 100 %, the figures to {sum(figs)}元: "{b.group(0)[1:]}" → '
                     f'"{new[1:]}".', new[1:], section="costs")


def cal04_bundle(src: Src, rng: Random) -> Injection | None:
    """A 保全费 added with a 合计, and co-defendants' shares that do not add up to that 合计."""
    got = _co_defendants(src)
    amounts = claim_amounts(src.claims_head())
    if not got or not amounts:
        return None
    sp, _t, b, names, charged = got
    bao = fmt_like(preservation_fee(max(amounts)), "1元")
    total = charged + Decimal(bao)
    each = (total / len(names)).quantize(ONE, rounding=ROUND_HALF_UP)
    figs = [each] * len(names)
    figs[0] -= Decimal(rng.choice([100, 50]))
    shares = "，".join(f"被告{n}负担{fmt_like(f, '1元')}元" for n, f in zip(names, figs))
    new = f"，保全费{bao}元，合计{fmt_like(total, '1元')}元，由{shares}"
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Added a 保全费 of {bao}元 with a 合计 of {total}元 and split it among the co-defendants '
                     f'into shares that add up to {sum(figs)}元: "{b.group(0)[1:]}" → "{new[1:]}".', new[1:], section="costs")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_listed, cal01_stated]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_fraction, cal02_above]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_percent, cal04_bundle]),
}
