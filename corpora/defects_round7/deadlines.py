"""UNC-20 / UNC-21, round 7.

What rounds 1–6 wrote is listed in corpora/defects_round4/deadlines.py (rounds 1–3), corpora/defects_round5/deadlines.py
(rounds 4 and 5), corpora/defects_round6/deadlines.py (round 6) and in the READMEs of rounds 4–6.

Here UNC-20 closes the item with "，限期付清" (a time limit that is never set), and replaces the period by a consequence
clause that presupposes one ("；逾期不付的，原告X可向本院申请强制执行"); UNC-21 states when to pay as "付款时间以…为准" and makes
the whole payment conditional ("被告Y如其所持公司股权转让完成，应即偿还…"), with events none of the earlier rounds uses.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round5.deadlines import _without
from corpora.defects_round7.common import cause

# --------------------------------------------------------------------------- UNC-20 no performance period


def unc20_term(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…内偿还原告X借款…" → "被告Y偿还原告X借款…，限期付清": the limit is never set."""
    for p in pays(src):
        if not p.deadline:
            continue
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}，限期付清{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item closing it with 限期付清 (no limit is set)",
                       f"{p.noun}{p.amount}，限期付清")
        if inj:
            return inj
    return None


def unc20_consequence(src: Src, rng: Random) -> Injection | None:
    """The period replaced by a consequence clause that presupposes one: "；逾期不付的，原告X可向本院申请强制执行"."""
    for p in pays(src):
        if not p.deadline or p.to_role != "原告":
            continue
        tail = f"；逾期不付的，{p.to_role}{p.to}可向本院申请强制执行"
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{tail}{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item with a consequence clause that presupposes a period "
                       "(逾期不付的…)", tail[1:])
        if inj:
            return inj
    return None


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

EVENTS = [  # by the 案由, first match wins; none of these is in rounds 1–6
    (r"借贷|借款", ["其持有的理财产品到期兑付", "其所持公司股权转让完成"]),
    (r"买卖|服务|培训|合同", ["其网店平台保证金退回", "其货车挂靠公司结清运费"]),
    (r"侵权|交通事故|劳务", ["其所在村的集体分红发放", "其申请的困难救助金到账"]),
]
DEFAULT = ["其所在村的集体分红发放", "其网店平台保证金退回"]


def _event(src: Src, rng: Random) -> str:
    return rng.choice(next((o for pat, o in EVENTS if re.search(pat, cause(src))), DEFAULT))


def unc21_basis(src: Src, rng: Random) -> Injection | None:
    """The period replaced by "付款时间以…为准", an uncertain event."""
    for p in pays(src):
        if not p.deadline:
            continue
        event = _event(src, rng)
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}，付款时间以{event}为准{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item so that the time of payment depends on an uncertain '
                         f'event, written "付款时间以…为准": "{quote(p.it.text, 80)}" → "{quote(new_item2, 110)}".',
                         f"付款时间以{event}为准")
    return None


def unc21_if(src: Src, rng: Random) -> Injection | None:
    """A conditional item: "被告Y如其所持公司股权转让完成，应即偿还原告X…"."""
    for p in pays(src):
        if not p.deadline:
            continue
        event = _event(src, rng)
        new_item = f"{p.nm}{p.who_role}{p.who}如{event}，应即{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item as conditional on an uncertain event, written '
                         f'"…如…，应即…": "{quote(p.it.text, 80)}" → "{quote(new_item2, 110)}".',
                         f"{p.who}如{event}，应即{p.verb}")
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_term, unc20_consequence]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_basis, unc21_if]),
}
