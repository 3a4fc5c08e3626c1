"""UNC-20 / UNC-21, round 8.

What rounds 1–7 wrote is listed in corpora/defects_round4/deadlines.py (rounds 1–3), corpora/defects_round5/deadlines.py
(rounds 4 and 5), corpora/defects_round6/deadlines.py (round 6), corpora/defects_round7/deadlines.py (round 7) and in the
READMEs of rounds 4–7.

Here UNC-20 leaves the time to the obligor ("，由被告Y择期付清") and turns the item round, the obligee's claim first and the
bare duty last ("原告X的货款…元，被告Y应予偿付"), in both cases without any period; UNC-21 writes the spoken "等…了再还"
("被告Y等其被拖欠的工资讨回了再偿还…") and a clause "，以…为付款条件", with events none of the earlier rounds uses.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round5.deadlines import _without
from corpora.defects_round8.common import cause

# --------------------------------------------------------------------------- UNC-20 no performance period


def unc20_choose(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…内偿还原告X借款…" → "被告Y偿还原告X借款…，由被告Y择期付清": the obligor picks the day."""
    for p in pays(src):
        if not p.deadline:
            continue
        tail = f"，由{p.who_role}{p.who}择期付清"
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{tail}{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item leaving the time of payment to the obligor (择期付清)",
                       tail[1:])
        if inj:
            return inj
    return None


def unc20_turned(src: Src, rng: Random) -> Injection | None:
    """The item turned round: "原告X的货款…元，被告Y应予偿付" (no period)."""
    for p in pays(src):
        if not p.deadline or not p.to_role:
            continue
        noun = re.sub(r"^(其|已|所)?(支付的|交纳的|的)", "", p.noun)
        new_item = f"{p.nm}{p.to_role}{p.to}的{noun}{p.amount}，{p.who_role}{p.who}应予{p.verb}{p.end}"
        inj = _without(src, p, new_item, "Turned the payment item round, the obligee's money first and the bare duty last "
                       "(…，被告Y应予…)", f"{p.amount}，{p.who_role}{p.who}应予{p.verb}")
        if inj:
            return inj
    return None


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

EVENTS = [  # by the 案由, first match wins; none of these is in rounds 1–7
    (r"借贷|借款", ["其被拖欠的工资讨回", "其名下的拆迁安置房交付"]),
    (r"买卖|服务|培训|合同", ["其电商店铺的年终返利到账", "其承接的外贸订单收汇"]),
    (r"侵权|交通事故|劳务", ["其孩子大学毕业参加工作", "其向亲戚借到钱"]),
]
DEFAULT = ["其被拖欠的工资讨回", "其孩子大学毕业参加工作"]


def _event(src: Src, rng: Random) -> str:
    return rng.choice(next((o for pat, o in EVENTS if re.search(pat, cause(src))), DEFAULT))


def _persons(src: Src):
    """The payment items of a person (the events below are a person's)."""
    people = {x.name for x in src.doc.parties if x.kind == "person"}
    return (p for p in pays(src) if p.deadline and p.who in people)


def unc21_then(src: Src, rng: Random) -> Injection | None:
    """The spoken "等…了再还": "被告Y等其被拖欠的工资讨回了再偿还原告X借款…"."""
    for p in _persons(src):
        if not p.deadline:
            continue
        event = _event(src, rng)
        new_item = f"{p.nm}{p.who_role}{p.who}等{event}了再{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item in the spoken register so that payment waits for an '
                         f'uncertain event ("等…了再…"): "{quote(p.it.text, 80)}" → "{quote(new_item2, 110)}".',
                         f"等{event}了再{p.verb}")
    return None


def unc21_condition(src: Src, rng: Random) -> Injection | None:
    """A clause "，以…为付款条件" in place of the period."""
    for p in _persons(src):
        if not p.deadline:
            continue
        event = _event(src, rng)
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}，以{event}为付款条件{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the performance period by a condition of payment that is an uncertain '
                         f'event ("以…为付款条件"): "{quote(p.it.text, 80)}" → "{quote(new_item2, 110)}".',
                         f"以{event}为付款条件")
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_choose, unc20_turned]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_then, unc21_condition]),
}
