"""UNC-20 / UNC-21, round 15: the period left to the law in a clause after the amount ("，履行期限依法确定"); a period that is
only "合理" ("应在合理期限内"); the duty due in the month an uncertain event happens ("于其住房公积金提取到账当月"); the time of
payment left to an agreement to be made after an uncertain event ("，还款时间待其投保的商业保险理赔款到账后由双方另行商定").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects_round5.common import noun_total
from corpora.defects_round8.common import cause
from corpora.defects_round8.deadlines import _persons
from corpora.defects_round11.common import rewrite
from corpora.defects_round14.deadlines import _undated

# --------------------------------------------------------------------------- UNC-20 no performance period


def unc20_by_law(src: Src, rng: Random) -> Injection | None:
    """"被告X向原告Y支付…，履行期限依法确定": the law named, no period."""
    return _undated(src, lambda p: f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}，履行期限"
                    f"依法确定{p.end}", "Left the period to the law in a clause after the amount (履行期限依法确定)",
                    lambda p: "履行期限依法确定")


def unc20_reasonable(src: Src, rng: Random) -> Injection | None:
    """"被告X应在合理期限内向原告Y支付…": a period that is only 合理."""
    return _undated(src, lambda p: f"{p.nm}{p.who_role}{p.who}应在合理期限内向{p.to_role}{p.to}{p.verb}{noun_total(p)}"
                    f"{p.amount}{p.end}", "Put a 合理 period, which has no length and no start, where the period was",
                    lambda p: f"{p.who}应在合理期限内向")


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

EVENTS = [  # (what, what happens to it) by the 案由, first match wins; none of these is in rounds 1–14
    (r"借贷|借款", [("住房公积金", "提取到账"), ("名下的二手货车", "转卖成交")]),
    (r"买卖|服务|培训|合同", [("承接的外贸订单尾款", "结清到账"), ("出租仓库的押金", "退回到账")]),
    (r"侵权|交通事故|劳务", [("投保的商业保险理赔款", "到账"), ("申报的工伤保险待遇", "核定发放")]),
]
DEFAULT = [("住房公积金", "提取到账"), ("投保的商业保险理赔款", "到账")]


def _event(src: Src, rng: Random) -> tuple[str, str]:
    return rng.choice(next((o for pat, o in EVENTS if re.search(pat, cause(src))), DEFAULT))


def unc21_month(src: Src, rng: Random) -> Injection | None:
    """"被告X于其住房公积金提取到账当月偿还原告Y…": due in the month of an event that may never come."""
    for p in (x for x in _persons(src) if x.to_role):
        what, happens = _event(src, rng)
        when = f"于其{what}{happens}当月"
        new_item = f"{p.nm}{p.who_role}{p.who}{when}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{p.end}"
        return rewrite(src, p, new_item, "Replaced the period by the month in which an uncertain event happens (…当月)", when)
    return None


def unc21_agree_later(src: Src, rng: Random) -> Injection | None:
    """"…，还款时间待其投保的商业保险理赔款到账后由双方另行商定": an uncertain event, and then an agreement still to make."""
    for p in (x for x in _persons(src) if x.to_role):
        what, happens = _event(src, rng)
        when = "还款时间" if p.verb in ("偿还", "归还", "清偿") else "付款时间"
        later = f"，{when}待其{what}{happens}后由双方另行商定"
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{later}{p.end}"
        return rewrite(src, p, new_item, "Replaced the period by a time the parties are to agree on once an uncertain event "
                       "has happened", later[1:])
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_by_law, unc20_reasonable]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_month, unc21_agree_later]),
}
