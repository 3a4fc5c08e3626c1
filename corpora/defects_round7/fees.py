"""CAL-01 / CAL-02 / CAL-04, round 7.

What rounds 1–6 wrote is listed in corpora/defects_round4/fees.py (rounds 1–3), corpora/defects_round5/fees.py (rounds 4
and 5), corpora/defects_round6/fees.py (round 6) and in the READMEs of rounds 4–6.

Here:
- CAL-01: the 申请执行费 schedule (50元, 1.5 % above 10,000元) used for the 受理费, written "受理费依法应收…元"; and the part
  above 1,000元 charged at 4 % (3 % above 50,000元), an old-style bracket, with the fee in full-width digits ("受理费１２４２元").
- CAL-02: the 减半 label over the full fee, not halved, written "折半收取…元"; and the half cut down to whole tens, written
  "减半计收…元".
- CAL-04: "由原告X、被告Y各半负担，每方负担…元" where twice the share is not the fee, and the defendant's share paid over
  to the plaintiff ("被告Y负担…元并迳付原告X") with shares that do not add up.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.fees import _num
from corpora.defects_round4.fees import _bearers, _cal02, _fee_frame
from corpora.defects_round5.fees import _cal01
from corpora.defects_round7.common import fullwidth

ONE = Decimal(1)

# --------------------------------------------------------------------------- CAL-01 the 案件受理费


EXEC = [(500_000, "0.015"), (5_000_000, "0.01"), (10_000_000, "0.005"), (None, "0.001")]


def execution_fee(x: Decimal) -> Decimal:
    """The 申请执行费 schedule (诉讼费用交纳办法 第十四条): 50元 up to 10,000元, then 1.5 %, 1 %, 0.5 %, 0.1 %."""
    fee, low = Decimal(50), Decimal(10_000)
    for top, rate in EXEC:
        if x <= low:
            break
        fee += ((x if top is None else min(x, Decimal(top))) - low) * Decimal(rate)
        low = Decimal(top) if top else x
    return fee.quantize(ONE, rounding=ROUND_HALF_UP)


def cal01_exec(src: Src, rng: Random) -> Injection | None:
    """The 申请执行费 schedule (50元, 1.5 % above 10,000元) applied to the 受理费."""
    got = _fee_frame(src)
    if not got:
        return None
    claim, right = got[-2], got[-1]
    wrong = execution_fee(claim)
    if abs(wrong - right) <= 20:
        return None
    return _cal01(src, wrong, f"依法应收{wrong}元", "the schedule of the 申请执行费 (50元, then 1.5 % above 10,000元) applied to "
                  "the 案件受理费")


def old_fee(x: Decimal) -> Decimal:
    """An old-style schedule: 50元 up to 1,000元, 4 % of the part to 50,000元, 3 % of the part to 100,000元."""
    fee = 50 + (min(x, Decimal(50_000)) - 1000) * Decimal("0.04")
    if x > 50_000:
        fee += (min(x, Decimal(100_000)) - 50_000) * Decimal("0.03")
    return fee.quantize(ONE, rounding=ROUND_HALF_UP)


def cal01_old(src: Src, rng: Random) -> Injection | None:
    """The part above 1,000元 at 4 % (3 % above 50,000元), written in full-width digits."""
    got = _fee_frame(src)
    if not got or got[-2] > 100_000:
        return None
    claim, right = got[-2], got[-1]
    wrong = old_fee(claim)
    if abs(wrong - right) <= 50:
        return None
    return _cal01(src, wrong, fullwidth(f"{wrong}") + "元",
                  "the part above 1,000元 charged at 4 % and above 50,000元 at 3 %, an old-style bracket, in full-width digits")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02_unhalved(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, half):
        if full < 100:
            return None
        return f"折半收取{full.normalize():f}元", full, "the 减半 label over the full fee, not halved, written 折半收取"
    return _cal02(src, new_half)


def cal02_tens(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, half):
        exact = full / 2
        wrong = (exact / 10).to_integral_value(rounding=ROUND_FLOOR) * 10
        if full < 100 or exact - wrong < 3:
            return None
        return f"减半计收{wrong}元", wrong, "the half cut down to whole tens, written 减半计收"
    return _cal02(src, new_half)


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def cal04_halves(src: Src, rng: Random) -> Injection | None:
    """"由原告X、被告Y各半负担，每方负担w元" with 2w ≠ the fee charged."""
    got = _bearers(src)
    if not got:
        return None
    sp, fee, half, b, p, d = got
    charged = _num((half or fee).group(1))
    if charged < 100:
        return None
    w = (charged / 2).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([10, -15]))
    new = f"由原告{p}、被告{d}各半负担，每方负担{w}元"
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 in halves (各半) of {w}元 each, which add up to {2 * w}元: '
                     f'"{b.group(0)}" → "{new}".', new, section="costs")


def cal04_direct(src: Src, rng: Random) -> Injection | None:
    """"由原告X负担a元，被告Y负担c元并迳付原告X" with a + c ≠ the fee charged."""
    got = _bearers(src)
    if not got:
        return None
    sp, fee, half, b, p, d = got
    charged = _num((half or fee).group(1))
    if charged < 100:
        return None
    a = (charged / 5).quantize(ONE, rounding=ROUND_HALF_UP)
    c = (charged - a).quantize(ONE, rounding=ROUND_HALF_UP) + Decimal(rng.choice([15, -25]))
    new = f"由原告{p}负担{a}元，被告{d}负担{c}元并迳付原告{p}"
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 into {a}元 and {c}元, the defendant\'s share paid over to '
                     f'the plaintiff (迳付), which add up to {a + c}元: "{b.group(0)}" → "{new}".', new, section="costs")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_exec, cal01_old]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_unhalved, cal02_tens]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_halves, cal04_direct]),
}
