"""CAL-01 / CAL-02 / CAL-04: the 案件受理费, its halving, and the shares of the parties."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects.money import acceptance_fee, claim_amounts, fmt_like, to_yuan

FIG = r"(\d[\d,]*(?:\.\d+)?)"


def _num(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


def costs_parts(src: Src):
    """(costs span, costs text, acceptance-fee match, halved match or None, share matches) of a plain costs sentence."""
    sp = src.span("costs")
    if not sp:
        return None
    t = src.text[sp[0]:sp[1]]
    fee = re.search(r"受理费" + FIG + "元", t)
    half = re.search(r"减半收取(?:计)?" + FIG + "元", t)
    shares = list(re.finditer(r"(原告|被告)([^，。、负]{1,30})负担" + FIG + "元", t))
    if not fee or "退" in t or "公告费" in t:
        return None
    return sp, t, fee, half, shares


# --------------------------------------------------------------------------- CAL-01 wrong 案件受理费

def cal01(src: Src, rng: Random) -> Injection | None:
    parts = costs_parts(src)
    amounts = claim_amounts(src.claims_head())
    if not parts or not amounts or src.dtype != "judgment":
        return None
    sp, _t, fee, half, shares = parts
    claim = max(amounts)
    right = to_yuan(acceptance_fee(claim))
    stated = _num(fee.group(1))
    if abs(stated - right) > 1 or claim <= 10_000 or (shares and len(shares) > 1):
        return None
    how = rng.choice(["flat", "tenfold", "plus"])
    wrong = {"flat": (claim * Decimal("0.025")).quantize(Decimal(1)), "tenfold": to_yuan(acceptance_fee(claim * 10)),
             "plus": stated + rng.choice([300, 500, 1000])}[how]
    wrong = wrong.quantize(Decimal(1), rounding=ROUND_HALF_UP)  # fees are written in whole 元
    if abs(wrong - right) <= 50:
        wrong = stated + 500
    e = Edits(src.text)
    e.replace(sp[0] + fee.start(1), sp[0] + fee.end(1), fmt_like(wrong, fee.group(1)))
    note = ""
    if half:
        e.replace(sp[0] + half.start(1), sp[0] + half.end(1), fmt_like(wrong / 2, half.group(1)))
        note = f', and its half "{half.group(1)}" → "{fmt_like(wrong / 2, half.group(1))}" so that the halving stays right'
    for m in shares:
        if _num(m.group(3)) == _num(half.group(1) if half else fee.group(1)):
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong / 2 if half else wrong, m.group(3)))
    return Injection(e.apply(), None, f'Set the 案件受理费 wrong for the claimed {claim}元 (诉讼费用交纳办法 gives {right}元): '
                     f'"受理费{fee.group(1)}元" → "受理费{fmt_like(wrong, fee.group(1))}元"{note}.',
                     f"受理费{fmt_like(wrong, fee.group(1))}元", section="costs")


# --------------------------------------------------------------------------- CAL-02 wrong halved figure

def cal02(src: Src, rng: Random) -> Injection | None:
    parts = costs_parts(src)
    if not parts or not parts[3] or len(parts[4]) > 1:
        return None
    sp, _t, fee, half, shares = parts
    full, stated = _num(fee.group(1)), _num(half.group(1))
    if abs(full / 2 - stated) > Decimal("0.5") or full < 20:
        return None
    digits = half.group(1)
    swapped = None
    core = digits.replace(",", "").split(".")[0]
    if len(core) >= 3 and core[-2] != core[-3]:
        swapped = _num(core[:-3] + core[-2] + core[-3] + core[-1] + ("." + digits.split(".")[1] if "." in digits else ""))
    options = ([stated + 50, stated + 100] if stated >= 100 else [stated + 10, stated + 5]) + ([swapped] if swapped else [])
    wrong = rng.choice(options)
    new = fmt_like(wrong, digits)
    e = Edits(src.text)
    e.replace(sp[0] + half.start(1), sp[0] + half.end(1), new)
    for m in shares:
        if _num(m.group(3)) == stated:
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong, m.group(3)))
    return Injection(e.apply(), None, f'Made the 减半收取 figure wrong: {fee.group(1)}元 halved is {fmt_like(full / 2, digits)}元, '
                     f'the document now says "{half.group(0)}" → "{half.group(0).replace(digits, new)}".',
                     half.group(0).replace(digits, new), section="costs")


# --------------------------------------------------------------------------- CAL-04 fee shares that do not add up

def cal04(src: Src, rng: Random) -> Injection | None:
    parts = costs_parts(src)
    if not parts:
        return None
    sp, t, fee, half, shares = parts
    charged = _num((half or fee).group(1))
    e = Edits(src.text)
    if len(shares) >= 2:
        m = shares[-1]
        old = _num(m.group(3))
        wrong = old + rng.choice([10, 100, 91]) if old >= 10 else old + 100
        e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong, m.group(3)))
        total = sum(_num(x.group(3)) for x in shares) - old + wrong
        return Injection(e.apply(), None, f'Changed one fee share so the shares ({total}元) no longer add up to the fee '
                         f'charged ({charged}元): "{m.group(0)}" → "{m.group(0).replace(m.group(3), fmt_like(wrong, m.group(3)))}".',
                         m.group(0).replace(m.group(3), fmt_like(wrong, m.group(3))), section="costs")
    b = re.search(r"由(被告|原告)?([^，。]*?)(负担|承担)" + FIG + r"?元?(?=。|$)", t)
    pl, df = src.parties("plaintiff"), src.parties("defendant")
    if not b or not pl or not df or charged < 100 or src.dtype != "judgment" or not src.money_items():
        return None
    a = (charged * Decimal(rng.choice(["0.3", "0.4", "0.25"]))).quantize(Decimal(1))
    c = charged - a + rng.choice([100, 50, -40, 200])
    new = f"由原告{pl[0].name}负担{fmt_like(a, fee.group(1))}元，被告{'、'.join(d.name for d in df)}负担{fmt_like(c, fee.group(1))}元"
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 between the parties with shares that add up to {a + c}元: '
                     f'"{b.group(0)}" → "{new}".', new, section="costs")


KINDS = {
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04]),
}
