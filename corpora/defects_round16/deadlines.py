"""UNC-20 / UNC-21, round 16: a period word with nothing it refers to ("被告X届时向原告Y支付…"); a period for a part of the
sum only, the rest left without one ("…借款13350元，其中5000元于本判决生效之日起十日内支付"); payment as money comes in from
an uncertain source ("，随其代收的货运尾款到账随到随付"); payment by a monthly share of an uncertain income ("从其经营的早餐店
营业收入中按月提取百分之三十偿还…").
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import Src
from corpora.defects.money import fmt_like
from corpora.defects_round4.common import pays
from corpora.defects_round5.common import noun_total
from corpora.defects_round7.common import bare_period
from corpora.defects_round8.common import cause
from corpora.defects_round8.deadlines import _persons
from corpora.defects_round11.common import rewrite
from corpora.defects_round14.deadlines import _undated

# --------------------------------------------------------------------------- UNC-20 no performance period


def unc20_then(src: Src, rng: Random):
    """"被告X届时向原告Y支付…": 届时, "at that time", and no time before it."""
    return _undated(src, lambda p: f"{p.nm}{p.who_role}{p.who}届时向{p.to_role}{p.to}{p.verb}{noun_total(p)}{p.amount}{p.end}",
                    "Put 届时 (\"at that time\"), which refers to no time stated anywhere, where the period was",
                    lambda p: f"{p.who}届时向{p.to_role}")


def unc20_part(src: Src, rng: Random):
    """"…借款13350元，其中5000元于本判决生效之日起十日内支付": a period for a part; the rest has none."""
    for p in (x for x in pays(src) if x.deadline and "之日起" in x.deadline and x.who_role and x.to_role):
        part = (p.value * Decimal("0.4") / 1000).to_integral_value(rounding=ROUND_FLOOR) * 1000
        if part < 1000:
            continue
        clause = f"，其中{fmt_like(part, p.amount)}元于{bare_period(p)}支付"
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{clause}{p.end}"
        return rewrite(src, p, new_item, f"Moved the period into a clause that covers a part of the sum ({part}元) only, and "
                       f"left the rest ({p.value - part}元) without any period", clause[1:])
    return None


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

INFLOWS = [  # (money that may or may not come in, how it comes in) by the 案由, first match wins; none in rounds 1–15
    (r"借贷|借款", [("代收的货运尾款", "到账"), ("入股的光伏电站收益", "结算")]),
    (r"买卖|服务|培训|合同", [("寄售的红木家具", "售出"), ("垫付的工程材料款", "收回")]),
    (r"侵权|交通事故|劳务", [("申领的农机购置补贴", "发放"), ("代种的苗木", "出圃结算")]),
]
INCOMES = [  # an income of uncertain amount and length, by the 案由
    (r"借贷|借款", ["经营的早餐店营业收入", "驾驶的渣土车运输收入"]),
    (r"买卖|服务|培训|合同", ["出租的农用机械租金收入", "经营的水果摊位营业收入"]),
    (r"侵权|交通事故|劳务", ["打零工的工资收入", "经营的废品回收站收入"]),
]
DEFAULT_INFLOW = [("代收的货运尾款", "到账"), ("申领的农机购置补贴", "发放")]
DEFAULT_INCOME = ["打零工的工资收入", "经营的早餐店营业收入"]


def unc21_as_it_comes(src: Src, rng: Random):
    """"…借款13350元，随其代收的货运尾款到账随到随付": paid as money comes in that may never come."""
    for p in (x for x in _persons(src) if x.to_role):
        what, how = rng.choice(next((o for pat, o in INFLOWS if re.search(pat, cause(src))), DEFAULT_INFLOW))
        clause = f"，随其{what}{how}随到随付"
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{clause}{p.end}"
        return rewrite(src, p, new_item, "Replaced the period by payment as an uncertain inflow comes in (随…随到随付)",
                       clause[1:])
    return None


def unc21_monthly_share(src: Src, rng: Random):
    """"被告X从其经营的早餐店营业收入中按月提取百分之三十偿还原告Y…": a share of an income whose amount and length nobody
    knows."""
    for p in (x for x in _persons(src) if x.to_role):
        income = rng.choice(next((o for pat, o in INCOMES if re.search(pat, cause(src))), DEFAULT_INCOME))
        how = f"从其{income}中按月提取百分之三十"
        new_item = f"{p.nm}{p.who_role}{p.who}{how}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{p.end}"
        return rewrite(src, p, new_item, "Replaced the period by a monthly share of an income whose amount and length are "
                       "unknown, so that the day the debt is paid depends on an uncertain event", how)
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_then, unc20_part]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_as_it_comes, unc21_monthly_share]),
}
