"""CAL-01 / CAL-02 / CAL-04, round 5.

What rounds 1–4 wrote is listed in corpora/defects_round4/fees.py (rounds 1–3, and round 4: half the fee without a 减半
basis in Chinese numerals, the fee of the claim rounded down to 万元; a third written as the half, the decimal point one
place off with 减半交纳; percentages, a ratio in Chinese numerals).

Here:
- CAL-01: the fee computed without the 50元 of the first bracket, written "受理费人民币…元"; and the fee computed as a flat 1 %
  of the claim, written in 大写 ("受理费伍佰叁拾贰元整").
- CAL-02: the half of the fee less the first bracket's 50元, written in 大写 ("减半收取人民币伍佰零叁元伍角"); and a figure
  that is 55 % of the fee written "按百分之五十收取".
- CAL-04: the shares in 大写 with 人民币 that do not add up ("由原告X负担人民币叁拾元，被告Y负担人民币壹佰贰拾元"), and the verb
  分担 with 其中 ("原告X与被告Y分担，其中原告分担…元，被告分担…元").
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.fees import _num
from corpora.defects.money import capital, fmt_like
from corpora.defects_round4.fees import _bearers, _cal02, _fee_frame

# --------------------------------------------------------------------------- CAL-01 the 案件受理费


def _cal01(src: Src, wrong: Decimal, written: str, why: str) -> Injection | None:
    got = _fee_frame(src)
    if not got:
        return None
    sp, fee, half, shares, claim, right = got
    e = Edits(src.text)
    e.replace(sp[0] + fee.start(1), sp[0] + fee.end(0), written)
    note = ""
    if half:
        new_half = fmt_like(wrong / 2, "1,000元" if "," in half.group(1) else "1元")
        e.replace(sp[0] + half.start(1), sp[0] + half.end(1), new_half)
        note = f', and its half "{half.group(1)}" → "{new_half}" so that the halving stays right'
    for m in shares:
        if _num(m.group(3)) == _num(half.group(1) if half else fee.group(1)):
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong / 2 if half else wrong, m.group(3)))
    return Injection(e.apply(), None, f'Set the 案件受理费 wrong for the claimed {claim}元 (诉讼费用交纳办法 gives {right}元; this '
                     f'is {why}): "{fee.group(0)}" → "受理费{written}"{note}.', f"受理费{written}", section="costs")


def cal01_no_base(src: Src, rng: Random) -> Injection | None:
    """The fee without the first bracket's 50元, written 人民币…元."""
    got = _fee_frame(src)
    if not got:
        return None
    right = got[-1]
    wrong = (right - 50).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return _cal01(src, wrong, f"人民币{wrong}元", "the fee without the 50元 of the first 10,000元")


def cal01_flat(src: Src, rng: Random) -> Injection | None:
    """A flat 1 % of the claim, written in 大写."""
    got = _fee_frame(src)
    if not got:
        return None
    claim, right = got[-2], got[-1]
    wrong = (claim / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if abs(wrong - right) <= 50:
        return None
    return _cal01(src, wrong, capital(wrong), "a flat 1 % of the claim")


# --------------------------------------------------------------------------- CAL-02 the halved fee

def cal02_no_base(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, half):
        if full < 300:
            return None
        wrong = ((full - 50) / 2).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
        return f"减半收取人民币{capital(wrong)}", wrong, "half of the fee less 50元, written in 大写"
    return _cal02(src, new_half)


def cal02_percent(src: Src, rng: Random) -> Injection | None:
    def new_half(full, stated, half):
        if full < 100:
            return None
        wrong = (full * Decimal("0.55")).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return f"按百分之五十收取{wrong}元", wrong, "55 % of the fee, written 按百分之五十收取"
    return _cal02(src, new_half)


# --------------------------------------------------------------------------- CAL-04 shares that do not add up

def cal04_capital(src: Src, rng: Random) -> Injection | None:
    """Shares in 大写 with 人民币 that do not add up to the fee charged."""
    got = _bearers(src)
    if not got:
        return None
    sp, fee, half, b, p, d = got
    charged = _num((half or fee).group(1))
    if charged < 100 or charged != charged.to_integral_value():
        return None
    a = (charged / 5).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    c = charged - a + Decimal(rng.choice([-20, 40]))
    new = f"由原告{p}负担人民币{capital(a)}，被告{d}负担人民币{capital(c)}"
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 into shares written in 大写 ({a}元 and {c}元) that add up '
                     f'to {a + c}元: "{b.group(0)}" → "{new}".', new, section="costs")


def cal04_share_out(src: Src, rng: Random) -> Injection | None:
    """"原告X与被告Y分担，其中原告分担a元，被告分担c元" with a + c ≠ the fee charged."""
    got = _bearers(src)
    if not got:
        return None
    sp, fee, half, b, p, d = got
    charged = _num((half or fee).group(1))
    if charged < 100:
        return None
    a = (charged / 4).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    c = (charged - a).quantize(Decimal(1), rounding=ROUND_HALF_UP) + Decimal(rng.choice([25, -15]))
    new = f"由原告{p}与被告{d}分担，其中原告分担{a}元，被告分担{c}元"
    e = Edits(src.text)
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 with the verb 分担 into {a}元 and {c}元, which add up to '
                     f'{a + c}元: "{b.group(0)}" → "{new}".', new, section="costs")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01_no_base, cal01_flat]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02_no_base, cal02_percent]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04_capital, cal04_share_out]),
}
