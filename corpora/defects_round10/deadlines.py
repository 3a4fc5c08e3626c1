"""UNC-20 / UNC-21, round 10: the unfilled date of a drafting template ("于2024年×月×日前"); an exhortation in place of the
period ("，并应积极筹措资金尽早清偿"); the obligee's consent of a mediation agreement ("经原告X同意，被告Y于其…后…"); the
second part of the sum waiting for an uncertain event ("，其中…元于…前支付，余款…元于其…后付清").
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects.money import fmt_like
from corpora.defects_round4.common import pays
from corpora.defects_round5.deadlines import _without
from corpora.defects_round8.calc import _day
from corpora.defects_round8.common import cause
from corpora.defects_round8.deadlines import _persons
from corpora.defects_round10.common import pay_item, rewrite

# --------------------------------------------------------------------------- UNC-20 no performance period


def unc20_template(src: Src, rng: Random) -> Injection | None:
    """The period of a drafting template left unfilled: "于2024年×月×日前"."""
    for p in (x for x in pays(src) if x.deadline and src.date):
        blank = f"于{src.date.year + (src.date.month == 12)}年×月×日前"
        inj = _without(src, p, pay_item(p, blank), "Wrote the period as the unfilled date of a drafting template",
                       p.who + blank)
        if inj:
            return inj
    return None


def unc20_exhort(src: Src, rng: Random) -> Injection | None:
    """"…借款5000元，并应积极筹措资金尽早清偿": an exhortation in place of the period."""
    for p in (x for x in pays(src) if x.deadline):
        inj = _without(src, p, pay_item(p, "", "，并应积极筹措资金尽早清偿"), "Replaced the period by an exhortation in a "
                       "second clause", "积极筹措资金尽早清偿")
        if inj:
            return inj
    return None


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

EVENTS = [  # by the 案由, first match wins; none of these is in rounds 1–9
    (r"借贷|借款", ["其经营的农家乐旅游旺季结束", "其在外地承包的山林采伐结束"]),
    (r"买卖|服务|培训|合同", ["其承接的市政工程审计完成", "其承办的年货展销会结束"]),
    (r"侵权|交通事故|劳务", ["其申请的司法救助金发放", "其承包的鱼塘起捕销售"]),
]
DEFAULT = ["其在外地承包的山林采伐结束", "其申请的司法救助金发放"]


def _event(src: Src, rng: Random) -> str:
    return rng.choice(next((o for pat, o in EVENTS if re.search(pat, cause(src))), DEFAULT))


def unc21_consent(src: Src, rng: Random) -> Injection | None:
    """The obligee's consent of a mediation agreement: "经原告X同意，被告Y于其…后偿还原告X借款…"."""
    for p in (x for x in _persons(src) if x.to_role == "原告" and x.who_role == "被告"):
        event = _event(src, rng)
        new_item = pay_item(p, f"于{event}后", head=f"{p.nm}经原告{p.to}同意，被告{p.who}")
        return rewrite(src, p, new_item, 'Replaced the period by a date tied to an uncertain event, with the obligee\'s '
                       'consent of a mediation agreement written into the judgment', f"于{event}后")
    return None


def unc21_rest(src: Src, rng: Random) -> Injection | None:
    """"，其中…元于…前支付，余款…元于其…后付清": the second part waits for an uncertain event."""
    for p in (x for x in _persons(src) if x.value >= 2000 and src.date):
        event, like = _event(src, rng), p.amount
        first = (p.value / 2 / 100).to_integral_value(rounding=ROUND_FLOOR) * 100
        rest = f"余款{fmt_like(p.value - first, like)}元于{event}后付清"
        plan = f"，其中{fmt_like(first, like.split('.')[0] + '元')}元于{_day(src, 1)}前支付，{rest}"
        return rewrite(src, p, pay_item(p, "", plan), 'Replaced the period by two parts that add up to the sum, the second '
                       'of which waits for an uncertain event', rest)
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_template, unc20_exhort]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_consent, unc21_rest]),
}
