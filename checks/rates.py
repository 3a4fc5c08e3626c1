"""Interest-rate caps by date (民间借贷): 4 × the one-year LPR at contract formation from 2020-08-20, 24 % before."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

# one-year LPR change points (legal-rules.md §4.3; values after 2025-07-21 unverified)
LPR_1Y = [
    (dt.date(2019, 8, 20), Decimal("4.25")), (dt.date(2019, 9, 20), Decimal("4.20")),
    (dt.date(2019, 11, 20), Decimal("4.15")), (dt.date(2020, 2, 20), Decimal("4.05")),
    (dt.date(2020, 4, 20), Decimal("3.85")), (dt.date(2021, 12, 20), Decimal("3.80")),
    (dt.date(2022, 1, 20), Decimal("3.70")), (dt.date(2022, 8, 22), Decimal("3.65")),
    (dt.date(2023, 6, 20), Decimal("3.55")), (dt.date(2023, 8, 21), Decimal("3.45")),
    (dt.date(2024, 7, 22), Decimal("3.35")), (dt.date(2024, 10, 21), Decimal("3.10")),
    (dt.date(2025, 5, 20), Decimal("3.00")),
]
NEW_RULE = dt.date(2020, 8, 20)


def lpr_on(day: dt.date) -> Decimal | None:
    value = None
    for start, rate in LPR_1Y:
        if day >= start:
            value = rate
    return value


def cap_for(day: dt.date) -> tuple[Decimal | None, str]:
    """(annual cap in percent, the rule's name) for a contract made on ``day``."""
    if day >= NEW_RULE:
        lpr = lpr_on(day)
        return (lpr * 4 if lpr is not None else None), "合同成立时一年期贷款市场报价利率四倍"
    return Decimal(24), "2020年8月20日前的24%"
