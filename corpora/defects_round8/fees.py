"""CAL-01 / CAL-02 / CAL-04, round 8.

What rounds 1–7 wrote is listed in corpora/defects_round4/fees.py (rounds 1–3), corpora/defects_round5/fees.py (rounds 4
and 5), corpora/defects_round6/fees.py (round 6), corpora/defects_round7/fees.py (round 7) and in the READMEs of rounds 4–7.

Here:
- CAL-01: the 保全费 schedule (30元, 1 % above 1,000元, 0.5 % above 100,000元) used for the 受理费, written "受理费核收…元";
  and the 2.5 % bracket counted from 1,000元 instead of 10,000元, written "受理费定为…元".
- CAL-02: the fee of half the claim given as the halved fee (the 50元 of the first bracket is not halved that way), written
  "减收一半为…元"; and the half rounded up to whole hundreds, written in the spoken "打对折计…元".
- CAL-04: the figures first, "a元由原告X负担，c元由被告Y负担", and the spoken ratio "按四六开承担，即原告X承担a元，被告Y承担
  c元"; in both the shares do not add up to the fee charged.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.fees import _num
from corpora.defects.money import acceptance_fee, claim_amounts, to_yuan
from corpora.defects_round4.fees import _bearers, _cal02, _fee_frame
from corpora.defects_round5.fees import _cal01

ONE = Decimal(1)

# --------------------------------------------------------------------------- CAL-01 the 案件受理费


def preservation_fee(x: Decimal) -> Decimal:
    """The 保全费 schedule (诉讼费用交纳办法 第十四条): 30元 up to 1,000元, 1 % to 100,000元, 0.5 % above, at most 5,000元."""
    fee = Decimal(30) + max(min(x, Decimal(100_000)) - 1000, 0) / 100 + max(x - 100_000, 0) * Decimal("0.005")
    return min(fee, Decimal(5000)).quantize(ONE, rounding=ROUND_HALF_UP)


def _wrong_fee(src: Src, fee_of, written: str, why: str) -> Injection | None:
    got = _fee_frame(src)
    if not got:
        return None
    wrong = fee_of(got[-2]).quantize(ONE, rounding=ROUND_HALF_UP)
    if abs(wrong - got[-1]) <= 20:
        return None
    return _cal01(src, wrong, written.format(wrong), why)


def cal01_preservation(src: Src, rng: Random) -> Injection | None:
    return _wrong_fee(src, preservation_fee, "核收{}元", "the schedule of the 保全费 (30元, then 1 % above 1,000元) applied "
                      "to the 案件受理费")


def cal01_threshold(src: Src, rng: Random) -> Injection | None:
    return _wrong_fee(src, lambda x: acceptance_fee(x) + 9000 * Decimal("0.025"), "定为{}元",
                      "the 2.5 % bracket counted from 1,000元 instead of 10,000元")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02_half_claim(src: Src, rng: Random) -> Injection | None:
    """The fee of half the claim given as the halved fee."""
    amounts = claim_amounts(src.claims_head())
    if not amounts or max(amounts) <= 20_000:
        return None
    claim = max(amounts)

    def new_half(full, stated, half):
        wrong = to_yuan(acceptance_fee(claim / 2))
        if full != to_yuan(acceptance_fee(claim)) or abs(wrong - full / 2) < 3:
            return None
        return f"减收一半为{wrong}元", wrong, f"the fee of half the claim ({claim / 2}元), not half the fee"
    return _cal02(src, new_half)


def cal02_round_up(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, half):
        wrong = (full / 2 / 100).to_integral_value(rounding=ROUND_CEILING) * 100
        if full < 100 or wrong - full / 2 < 5:
            return None
        return f"打对折计{wrong}元", wrong, "the half rounded up to whole hundreds, written in the spoken 打对折"
    return _cal02(src, new_half)


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def _shares(src: Src, make, why: str) -> Injection | None:
    got = _bearers(src)
    charged = _num((got[2] or got[1]).group(1)) if got else 0
    if charged < 100:
        return None
    sp, b, p, d = got[0], *got[3:]
    new, total = make(charged, p, d)
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 {why}; the shares add up to {total}元: '
                     f'"{b.group(0)}" → "{new}".', new, section="costs")


def cal04_figures_first(src: Src, rng: Random) -> Injection | None:
    """"a元由原告X负担，c元由被告Y负担" with a + c ≠ the fee charged."""
    def make(charged, p, d):
        a = (charged * Decimal("0.3")).quantize(ONE, rounding=ROUND_HALF_UP)
        c = (charged - a).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([20, -30]))
        return f"{a}元由原告{p}负担，{c}元由被告{d}负担", a + c
    return _shares(src, make, "with the figures first (…元由原告…负担)")


def cal04_forty_sixty(src: Src, rng: Random) -> Injection | None:
    """"按四六开承担，即原告X承担a元，被告Y承担c元" with a + c ≠ the fee charged."""
    def make(charged, p, d):
        a = (charged * Decimal("0.4")).quantize(ONE, rounding=ROUND_HALF_UP)
        c = (charged * Decimal("0.6")).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([-10, 15]))
        return f"由原告{p}、被告{d}按四六开承担，即原告{p}承担{a}元，被告{d}承担{c}元", a + c
    return _shares(src, make, "by the spoken ratio 四六开 (40 : 60)")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_preservation, cal01_threshold]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_half_claim, cal02_round_up]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_figures_first, cal04_forty_sixty]),
}
