"""CAL-01 / CAL-02 / CAL-04, round 12: the costs as a table flattened into the sentence ("诉讼费用：案件受理费｜…元；保全费｜…
元；合计｜…元") with the 保全费 counted into the 案件受理费 as well, and the fee as a written formula that counts the first
10,000元 twice ("按50元加诉讼标的额的2.5%计算为…元"); the half as "实收…元（已减半）" at 5 % instead of 50 %, and the
fee and its half as a table ("案件受理费｜…元；减半收取｜…元") with the half 50元 too high; the shares as a table
("负担人｜金额；原告…｜…元；被告…｜…元"), and the defendant's share first with the plaintiff "自行负担" the rest.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.fees import _num, costs_parts
from corpora.defects.money import fmt_like
from corpora.defects_round4.fees import _cal02, _fee_frame
from corpora.defects_round5.fees import _cal01
from corpora.defects_round8.fees import _shares

ONE = Decimal(1)


def _label(t: str, k: int) -> int:
    """Where the label of the fee at k (受理费…) starts: before 本案案件 / 案件 / 本案."""
    for lab in ("本案案件", "案件", "本案"):
        if t[max(0, k - len(lab)):k] == lab:
            return k - len(lab)
    return k


# --------------------------------------------------------------------------- CAL-01 the 案件受理费

def _preservation(claim: Decimal) -> Decimal:
    """The 保全费 of 诉讼费用交纳办法 第十四条 on the claimed sum: 30元, 1 % above 1,000元, 0.5 % above 100,000元, at most 5,000元."""
    fee = Decimal(30) + max(Decimal(0), min(claim, Decimal(100_000)) - 1000) * Decimal("0.01") \
        + max(Decimal(0), claim - 100_000) * Decimal("0.005")
    return min(fee, Decimal(5000)).quantize(ONE, rounding=ROUND_HALF_UP)


def cal01_table(src: Src, rng: Random) -> Injection | None:
    """"诉讼费用：案件受理费｜…元；保全费｜…元；合计｜…元": the 保全费 counted into the 案件受理费 as well."""
    got = _fee_frame(src)
    if not got or got[2] or got[3]:
        return None
    sp, fee, _half, _sh, claim, right = got
    t = src.text[sp[0]:sp[1]]
    x = _preservation(claim)
    wrong = right.quantize(ONE, rounding=ROUND_HALF_UP) + x
    lab = _label(t, fee.start())
    new = f"诉讼费用：案件受理费｜{wrong}元；保全费｜{x}元；合计｜{wrong + x}元"
    e = Edits(src.text)
    e.replace(sp[0] + lab, sp[0] + fee.end(), new)
    return Injection(e.apply(), None, f'Set the 案件受理费 wrong for the claimed {claim}元 (诉讼费用交纳办法 gives {right}元; this '
                     f'is that fee with the {x}元 保全费 of the same claim added in, while the 保全费 is listed again) and wrote '
                     f'the costs as a table flattened into the sentence: "{t[lab:fee.end()]}" → "{new}".',
                     f"案件受理费｜{wrong}元", section="costs")


def cal01_formula(src: Src, rng: Random) -> Injection | None:
    """"受理费按50元加诉讼标的额的2.5%计算为…元": the 2.5 % taken on the whole claim, the first 10,000元 counted twice."""
    got = _fee_frame(src)
    if not got or not 10_000 < got[4] <= 100_000:
        return None
    wrong = (50 + got[4] * Decimal("0.025")).quantize(ONE, rounding=ROUND_HALF_UP)
    return _cal01(src, wrong, f"按50元加诉讼标的额的2.5%计算为{wrong}元", "50元 plus 2.5 % of the whole claim, written out "
                  "as a formula: the first 10,000元 is charged twice, once in the 50元 and again at 2.5 %")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02_received(src: Src, rng: Random) -> Injection | None:
    """"实收…元（已减半）": 5 % of the fee, a slip of 50 % (百分之五十) as 5 %."""
    def new_half(full, stated, half):
        if full < 200:
            return None
        got = full * Decimal("0.05")
        return (f"实收{fmt_like(got, half.group(1))}元（已减半）", got, "5 % of the fee instead of 50 %, written 实收…（已减半）")
    return _cal02(src, new_half)


def cal02_table(src: Src, rng: Random) -> Injection | None:
    """"案件受理费｜…元；减半收取｜…元": the fee and its half as a table, the half 50元 too high."""
    parts = costs_parts(src)
    if not parts or not parts[3] or len(parts[4]) > 1:
        return None
    sp, t, fee, half, shares = parts
    full, stated = _num(fee.group(1)), _num(half.group(1))
    if abs(full / 2 - stated) > Decimal("0.5") or full < 200:
        return None
    wrong = stated + 50
    lab = _label(t, fee.start())
    new = f"案件受理费｜{fee.group(1)}元；减半收取｜{fmt_like(wrong, half.group(1))}元"
    e = Edits(src.text)
    e.replace(sp[0] + lab, sp[0] + half.end(), new)
    for m in shares:
        if _num(m.group(3)) == stated:
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong, m.group(3)))
    return Injection(e.apply(), None, f'Wrote the fee and its half as a table flattened into the sentence, the half 50元 too '
                     f'high (half the fee and then 50元 more): {fee.group(1)}元 halved is {fmt_like(full / 2, half.group(1))}'
                     f'元, the document now says "{t[lab:half.end()]}" → "{new}".', new, section="costs")


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def cal04_table(src: Src, rng: Random) -> Injection | None:
    """"由双方按下表负担：负担人｜金额；原告X｜a元；被告Y｜c元" with a + c ≠ the fee charged."""
    def make(charged, p, d):
        a = (charged * Decimal("0.35")).quantize(ONE, rounding=ROUND_HALF_UP)
        c = (charged - a).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([30, -20]))
        return f"由双方按下表负担：负担人｜金额；原告{p}｜{a}元；被告{d}｜{c}元", a + c
    return _shares(src, make, "as a table flattened into the sentence")


def cal04_own_share(src: Src, rng: Random) -> Injection | None:
    """"由被告Y负担c元，原告X自行负担a元" with a + c ≠ the fee charged."""
    def make(charged, p, d):
        a = (charged * Decimal("0.15")).quantize(ONE, rounding=ROUND_HALF_UP)
        c = (charged - a).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([-40, 50]))
        return f"由被告{d}负担{c}元，原告{p}自行负担{a}元", a + c
    return _shares(src, make, "with the defendant's share first and the plaintiff's 自行负担")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_table, cal01_formula]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_received, cal02_table]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_table, cal04_own_share]),
}
