"""CAL-01 / CAL-02 / CAL-04, round 10: the per-case fee of a non-property case ("受理费按件收取100元") and the fee with two
digits transposed; the half with its decimal point off ("按半数收取15.65元") and the half of the fee of the amount awarded
("半额收取…元"); the shares of a partial win as a numbered list, and as percentages without figures that make 90 %.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects.money import acceptance_fee, claim_amounts, fmt_like, to_yuan
from corpora.defects_round4.fees import _cal02, _fee_frame
from corpora.defects_round5.fees import _cal01
from corpora.defects_round8.fees import _shares
from corpora.defects_round9.fees import _transposed

ONE = Decimal(1)

# --------------------------------------------------------------------------- CAL-01 the 案件受理费


def cal01_per_case(src: Src, rng: Random) -> Injection | None:
    got = _fee_frame(src)
    if not got or got[-1] < 300:
        return None
    return _cal01(src, Decimal(100), "按件收取100元", "the per-case fee of a non-property case (其他非财产案件, 50–100元; "
                  "诉讼费用交纳办法 第十三条第二项) charged in a property case")


def cal01_transposed(src: Src, rng: Random) -> Injection | None:
    got = _fee_frame(src)
    wrong = _transposed(got[-1].quantize(ONE, rounding=ROUND_HALF_UP)) if got else None
    if wrong is None or abs(wrong - got[-1]) <= 20:
        return None
    return _cal01(src, wrong, f"{wrong}元", "the right fee with two digits transposed")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02_decimal(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, half):
        if stated < 100:
            return None
        wrong = stated / 10
        return f"按半数收取{wrong.normalize():f}元", wrong, "the decimal point one place off, under the label 按半数收取"
    return _cal02(src, new_half)


def _award(src: Src) -> Decimal | None:
    """The one amount awarded, where the judgment awards one amount in one item."""
    money = src.money_items()
    return money[0].amounts[0].value if len(money) == 1 and len(money[0].amounts) == 1 else None


def cal02_awarded(src: Src, rng: Random) -> Injection | None:
    award, claims = _award(src), claim_amounts(src.claims_head())
    if not award or not claims or award >= max(claims):
        return None

    def new_half(full, stated, half):
        own = to_yuan(acceptance_fee(award)).quantize(ONE, rounding=ROUND_HALF_UP)
        if abs(full - to_yuan(acceptance_fee(max(claims)))) > 1 or full - own <= 40:
            return None
        why = f"half of the fee of the {award}元 awarded ({own}元), not of the {full}元 charged on the claim, under 半额收取"
        return f"半额收取{fmt_like(own / 2, half.group(1))}元", own / 2, why
    return _cal02(src, new_half)


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def _partial(src: Src) -> bool:
    """A partial win: a claim dismissed, or less awarded than claimed."""
    award, claims = _award(src), claim_amounts(src.claims_head())
    return any("驳回" in it.text for it in src.items) or bool(award and claims and award < max(claims))


def cal04_list(src: Src, rng: Random) -> Injection | None:
    """"负担如下：1.原告X负担a元；2.被告Y负担c元" with a + c ≠ the fee charged."""
    def make(charged, p, d):
        a = (charged * Decimal("0.25")).quantize(ONE, rounding=ROUND_HALF_UP)
        c = (charged - a).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([30, -20]))
        return f"负担如下：1.原告{p}负担{a}元；2.被告{d}负担{c}元", a + c
    return _shares(src, make, "as a numbered list") if _partial(src) else None


def cal04_percent(src: Src, rng: Random) -> Injection | None:
    """"由原告X负担20%，被告Y负担70%": percentages without figures that do not make 100 %."""
    def make(charged, p, d):
        a, c = rng.choice([(20, 70), (30, 60)])
        return f"由原告{p}负担{a}%，被告{d}负担{c}%", (charged * (a + c) / 100).normalize()
    return _shares(src, make, "in percentages without figures that make 90 %") if _partial(src) else None


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_per_case, cal01_transposed]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_decimal, cal02_awarded]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_list, cal04_percent]),
}
