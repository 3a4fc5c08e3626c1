"""UNC-20 / UNC-21, round 11: payment "分期" without a schedule; the consent wording of a mediation ("经双方协商，被告X同意
…") without a period; an uncertain event with a period in 个工作日 and 应当 + 向…; the obligee's money first and a period
in weeks after an uncertain event ("原告Y的借款…，被告X应于其…后两周内偿还").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects_round4.common import pays
from corpora.defects_round5.common import noun_total
from corpora.defects_round5.deadlines import _without
from corpora.defects_round8.common import cause
from corpora.defects_round8.deadlines import _persons
from corpora.defects_round11.common import obligee_first, rewrite

# --------------------------------------------------------------------------- UNC-20 no performance period


def unc20_instalments(src: Src, rng: Random) -> Injection | None:
    """"被告X分期向原告Y偿付…": instalments without a single date or amount."""
    for p in (x for x in pays(src) if x.deadline and x.who_role and x.to_role):
        new_item = f"{p.nm}{p.who_role}{p.who}分期向{p.to_role}{p.to}{p.verb}{noun_total(p)}{p.amount}{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item as paid 分期 (in instalments) without a schedule",
                       f"{p.who}分期向")
        if inj:
            return inj
    return None


def unc20_agreed(src: Src, rng: Random) -> Injection | None:
    """"经双方协商，被告X同意…": the consent wording of a mediation agreement, and no period."""
    for p in (x for x in pays(src) if x.deadline and x.who_role and x.to_role):
        new_item = f"{p.nm}经双方协商，{p.who_role}{p.who}同意{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item in the consent wording of a mediation agreement",
                       f"经双方协商，{p.who_role}{p.who}同意")
        if inj:
            return inj
    return None


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

EVENTS = [  # by the 案由, first match wins; none of these is in rounds 1–10
    (r"借贷|借款", ["其名下商铺出售成交", "其承包的果园采摘季结束"]),
    (r"买卖|服务|培训|合同", ["其承接的装修工程验收合格", "其参加投标的项目中标"]),
    (r"侵权|交通事故|劳务", ["其向保险公司申请的理赔款到账", "其外出务工的工地结算工资"]),
]
DEFAULT = ["其承包的果园采摘季结束", "其向保险公司申请的理赔款到账"]


def _event(src: Src, rng: Random) -> str:
    return rng.choice(next((o for pat, o in EVENTS if re.search(pat, cause(src))), DEFAULT))


def unc21_workdays(src: Src, rng: Random) -> Injection | None:
    """"被告X应当于其…后七个工作日内向原告Y…": a count of working days from an uncertain event."""
    for p in (x for x in _persons(src) if x.to_role):
        when = f"于{_event(src, rng)}后七个工作日内"
        new_item = f"{p.nm}{p.who_role}{p.who}应当{when}向{p.to_role}{p.to}{p.verb}{noun_total(p)}{p.amount}{p.end}"
        return rewrite(src, p, new_item, "Replaced the period by working days counted from an uncertain event, with 应当 "
                       "and 向…", when)
    return None


def unc21_weeks(src: Src, rng: Random) -> Injection | None:
    """"原告Y的借款…，被告X应于其…后两周内偿还": the obligee's money first, weeks after an uncertain event."""
    for p in (x for x in _persons(src) if x.to_role):
        when = f"于{_event(src, rng)}后两周内"
        return rewrite(src, p, obligee_first(p, f"应{when}{p.verb}"), "Turned the item round, the obligee's money first, "
                       "and replaced the period by weeks after an uncertain event", when)
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_instalments, unc20_agreed]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_workdays, unc21_weeks]),
}
