"""Money amounts: reading them from the text (…元, …万元) and writing them."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

MONEY_RE = re.compile(r"(\d[\d,，]*(?:\.\d+)?)(万)?元")


def to_amount(num: str, wan: str | None) -> Decimal:
    v = Decimal(num.replace(",", "").replace("，", ""))
    return v * 10000 if wan else v


def amounts(text: str) -> list[Decimal]:
    out = []
    for m in MONEY_RE.finditer(text):
        try:
            out.append(to_amount(m.group(1), m.group(2)))
        except Exception:  # noqa: BLE001 - a malformed number is simply not an amount
            pass
    return out


def fmt_money(v: Decimal) -> str:
    v = v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if v == v.to_integral_value():
        return str(int(v))
    return f"{v:.2f}".rstrip("0")
