"""Money: amounts as written, 大写 numerals, the 诉讼费用交纳办法 fee schedule, month arithmetic."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

AMOUNT_RE = re.compile(r"(\d[\d,，]*(?:\.\d+)?)(万)?元")


def amount_value(text: str) -> Decimal:
    m = AMOUNT_RE.search(text)
    v = Decimal(m.group(1).replace(",", "").replace("，", ""))
    return v * 10000 if m.group(2) else v


def claim_amounts(text: str) -> list[Decimal]:
    return [amount_value(m.group(0)) for m in AMOUNT_RE.finditer(text)]


def fmt_like(value: Decimal, like: str) -> str:
    """Format value as the figure in `like` is written (thousands commas, decimals)."""
    digits = AMOUNT_RE.search(like).group(1) if AMOUNT_RE.search(like) else like
    dec = len(digits.split(".")[1]) if "." in digits else 0
    if dec == 0 and value != value.to_integral_value():
        dec = 1 if (value * 10) == (value * 10).to_integral_value() else 2
    q = Decimal(1).scaleb(-dec)
    v = value.quantize(q, rounding=ROUND_HALF_UP)
    s = f"{v:,.{dec}f}" if "," in digits else f"{v:.{dec}f}"
    return s


CAP = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    s, zero, started = "", False, False
    for d, u in zip(f"{n:04d}", ("仟", "佰", "拾", "")):
        d = int(d)
        if d == 0:
            zero = zero or started
            continue
        if zero:
            s += "零"
            zero = False
        s += CAP[d] + u
        started = True
    return s


def capital(value: Decimal) -> str:
    """The 大写 form of an amount in 元, e.g. 30500 -> 叁万零伍佰元整."""
    cents = int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    yuan, c = divmod(cents, 100)
    s, gap = "", False
    for g, unit in (((yuan // 10 ** 8) % 10 ** 4, "亿"), ((yuan // 10 ** 4) % 10 ** 4, "万"), (yuan % 10 ** 4, "")):
        if g == 0:
            gap = gap or bool(s)
            continue
        if s and (gap or g < 1000):
            s += "零"
        s += _four(g) + unit
        gap = False
    s = s + "元" if s else ("" if c else "零元")
    jiao, fen = divmod(c, 10)
    if c == 0:
        return s + "整"
    if jiao:
        s += CAP[jiao] + "角"
    elif yuan:
        s += "零"
    return s + (CAP[fen] + "分" if fen else "整")


BRACKETS = [(10_000, None), (100_000, "0.025"), (200_000, "0.02"), (500_000, "0.015"), (1_000_000, "0.01"),
            (2_000_000, "0.009"), (5_000_000, "0.008"), (10_000_000, "0.007"), (20_000_000, "0.006"),
            (None, "0.005")]


def acceptance_fee(x: Decimal) -> Decimal:
    """案件受理费 of a property case (诉讼费用交纳办法 第十三条第一项), cumulative slices, not rounded."""
    fee, low = Decimal(50), Decimal(10_000)
    if x <= low:
        return fee
    for top, rate in BRACKETS[1:]:
        hi = Decimal(top) if top else x
        part = min(x, hi) - low
        if part <= 0:
            break
        fee += part * Decimal(rate)
        low = hi
    return fee


def to_yuan(v: Decimal) -> Decimal:
    v = v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return v.quantize(Decimal(1)) if v == v.to_integral_value() else v.normalize()


def add_months(d: dt.date, n: int) -> tuple[int, int]:
    m = d.month - 1 + n
    return d.year + m // 12, m % 12 + 1
