"""CAL-01 / CAL-02 / CAL-04, round 11: the 支付令 fee (a third of the schedule) charged for a judgment, the fee sentence split
in two ("案件受理费…元。减半收取…"); the fee with its second digit dropped, under the label 诉讼费; the minimum fee applied
as a floor to the half ("减半后按最低标准收取50元"); the half as a subtraction with a wrong result ("即…元减去…元后为…元");
the shares of a partial win tied to the claims granted and dismissed, and the defendant's share first.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.fees import _num
from corpora.defects.money import fmt_like
from corpora.defects_round4.fees import _cal02, _fee_frame
from corpora.defects_round8.fees import _shares
from corpora.defects_round10.fees import _partial

ONE = Decimal(1)

# --------------------------------------------------------------------------- CAL-01 the 案件受理费


def _refee(src: Src, wrong: Decimal, label: str | None, split: bool, why: str) -> Injection | None:
    """The 案件受理费 set to `wrong` (its half and the share that equals it follow); `label` replaces 案件受理费, `split` ends
    the sentence after the fee."""
    got = _fee_frame(src)
    if not got:
        return None
    sp, fee, half, shares, claim, right = got
    t = src.text[sp[0]:sp[1]]
    start = fee.start() - 2 if label and t[fee.start() - 2:fee.start()] == "案件" else fee.start()
    if abs(wrong - right) <= 40 or (split and t[fee.end():fee.end() + 1] != "，") or (label and start == fee.start()):
        return None
    written = f"{label or t[start:fee.start(1)]}{fmt_like(wrong, fee.group(1))}元"
    e = Edits(src.text)
    e.replace(sp[0] + start, sp[0] + fee.end() + (1 if split else 0), written + ("。" if split else ""))
    if split and not half:
        e.insert(sp[0] + fee.end() + 1, "该费用")
    if half:
        e.replace(sp[0] + half.start(1), sp[0] + half.end(1), fmt_like(wrong / 2, "1,000元" if "," in half.group(1) else "1元"))
    for m in shares:
        if _num(m.group(3)) == _num(half.group(1) if half else fee.group(1)):
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong / 2 if half else wrong, m.group(3)))
    text = e.apply()
    new = text[sp[0]:sp[1] + len(text) - len(src.text)]
    return Injection(text, None, f'Set the 案件受理费 wrong for the claimed {claim}元 (诉讼费用交纳办法 gives {right}元; this is '
                     f'{why}): "{t}" → "{new}".', written + ("。" if split else ""), section="costs")


def cal01_payment_order(src: Src, rng: Random) -> Injection | None:
    got = _fee_frame(src)
    wrong = (got[-1] / 3).quantize(ONE, rounding=ROUND_HALF_UP) if got else None
    return _refee(src, wrong, None, True, "a third of the schedule, the fee of an application for a 支付令 (诉讼费用交纳办法 "
                  "第十四条第三项), and the fee sentence is split after the fee") if wrong else None


def cal01_digit(src: Src, rng: Random) -> Injection | None:
    got = _fee_frame(src)
    whole = str(int(got[-1].quantize(ONE, rounding=ROUND_HALF_UP))) if got else ""
    if len(whole) < 3:
        return None
    return _refee(src, Decimal(whole[0] + whole[2:]), "诉讼费", False, "the right fee with its second digit dropped, under "
                  "the label 诉讼费, which is not less than the acceptance fee")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02_floor(src: Src, rng: Random) -> Injection | None:
    """The 50元 minimum of a property case applied as a floor to the half: "减半后按最低标准收取50元"."""
    def new_half(full, stated, half):
        if full != 50:
            return None
        return "减半后按最低标准收取50元", Decimal(50), "the 50元 minimum of a property case applied as a floor to the half"
    return _cal02(src, new_half)


def cal02_subtraction(src: Src, rng: Random) -> Injection | None:
    """The half as a subtraction with a wrong result: "减半收取，即313元减去156.5元后为146.5元"."""
    def new_half(full, stated, half):
        if full / 2 < 60:
            return None
        whole, cut = fmt_like(full, "1,000元" if "," in half.group(1) else "1元"), fmt_like(full / 2, half.group(1))
        wrong = full / 2 - 10
        return (f"减半收取，即{whole}元减去{cut}元后为{fmt_like(wrong, half.group(1))}元", wrong,
                "a subtraction written out with a result 10元 short")
    return _cal02(src, new_half)


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def cal04_by_claim(src: Src, rng: Random) -> Injection | None:
    """"由原告X按未获支持部分负担a元，被告Y按获支持部分负担c元" with a + c ≠ the fee charged."""
    def make(charged, p, d):
        a = (charged * Decimal("0.3")).quantize(ONE, rounding=ROUND_HALF_UP)
        c = (charged - a).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([40, -30]))
        return f"由原告{p}按未获支持部分负担{a}元，被告{d}按获支持部分负担{c}元", a + c
    return _shares(src, make, "by the claims dismissed and granted") if _partial(src) else None


def cal04_defendant_first(src: Src, rng: Random) -> Injection | None:
    """"由被告Y负担c元、原告X负担a元": the defendant's share first, the shares not the fee charged."""
    def make(charged, p, d):
        a = (charged * Decimal("0.2")).quantize(ONE, rounding=ROUND_HALF_UP)
        c = (charged - a).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([-50, 60]))
        return f"由被告{d}负担{c}元、原告{p}负担{a}元", a + c
    return _shares(src, make, "with the defendant's share first") if _partial(src) else None


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_payment_order, cal01_digit]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_floor, cal02_subtraction]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_by_claim, cal04_defendant_first]),
}
