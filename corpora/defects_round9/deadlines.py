"""UNC-20 / UNC-21, round 9.

What rounds 1–8 wrote is listed in corpora/defects_round4/deadlines.py (rounds 1–3), corpora/defects_round5/deadlines.py
(rounds 4 and 5), corpora/defects_round6/deadlines.py … corpora/defects_round8/deadlines.py and in the READMEs of rounds
4–8.

Here UNC-20 points the period at another item that has none ("按本判决第一项确定的期限…", where item 1 rescinds a contract)
and keeps only the start of the period ("自本判决生效之日起偿还…": from when, but for how long?); UNC-21 keeps the period and
adds a fallback "；如届时无力支付，则在…后付清", and writes instalments paced by an uncertain event ("视…情况分批偿还"), with
events none of the earlier rounds uses.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round5.deadlines import _without
from corpora.defects_round8.common import body_end, cause
from corpora.defects_round8.deadlines import _persons

# --------------------------------------------------------------------------- UNC-20 no performance period


def unc20_other_item(src: Src, rng: Random) -> Injection | None:
    """The period replaced by "按本判决第一项确定的期限", and item 1 (a rescission, a confirmation) sets none."""
    first = src.items[0] if src.items else None
    if not first or first.deadline or first.amounts or "驳回" in first.text:
        return None
    for p in (x for x in pays(src) if x.deadline and x.it.index > 1):
        ref = "按本判决第一项确定的期限"
        new_item = f"{p.nm}{p.who_role}{p.who}{ref}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{p.end}"
        inj = _without(src, p, new_item, f"Rewrote the payment item pointing its period at item 1 ({quote(first.text, 30)}), "
                       f"which sets none,", f"{p.who}{ref}")
        if inj:
            return inj
    return None


def unc20_start_only(src: Src, rng: Random) -> Injection | None:
    """"被告Y自本判决生效之日起偿还原告X借款…": the start of the period, not its length."""
    for p in (x for x in pays(src) if x.deadline and "生效" in x.deadline):
        start = "自本判决生效之日起"
        new_item = f"{p.nm}{p.who_role}{p.who}{start}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item keeping only the start of its period (自…起, no number "
                       "of days)", f"{p.who}{start}{p.verb}")
        if inj:
            return inj
    return None


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

EVENTS = [  # by the 案由, first match wins; none of these is in rounds 1–8
    (r"借贷|借款", ["其承包土地的秋粮收购款到账", "其所在单位补发拖欠的绩效工资"]),
    (r"买卖|服务|培训|合同", ["其直播带货的平台货款结算", "其出口退税款到账"]),
    (r"侵权|交通事故|劳务", ["其医保报销款到账", "其申请的大病救助金发放"]),
]
DEFAULT = ["其承包土地的秋粮收购款到账", "其医保报销款到账"]


def _event(src: Src, rng: Random) -> str:
    return rng.choice(next((o for pat, o in EVENTS if re.search(pat, cause(src))), DEFAULT))


def unc21_fallback(src: Src, rng: Random) -> Injection | None:
    """The period kept, a fallback added: "；如届时无力支付，则在其医保报销款到账后付清"."""
    for p in _persons(src):
        event = _event(src, rng)
        clause = f"；如届时无力支付，则在{event}后付清"
        end = body_end(p.it.text)
        text, _new_item, _ = item_edit(src, p.it.index, [(end, end, clause)])
        return Injection(text, p.it.index, f'Added a fallback that lets the obligor postpone payment until an uncertain event '
                         f'("如…则…"), so that the period is not fixed: "{clause[1:]}".', clause[1:])
    return None


def unc21_pace(src: Src, rng: Random) -> Injection | None:
    """Instalments paced by an uncertain event: "被告Y视其秋粮收购款到账情况分批偿还原告X借款…"."""
    for p in _persons(src):
        event = _event(src, rng)
        new_item = f"{p.nm}{p.who_role}{p.who}视{event}情况分批{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the performance period by instalments paced by an uncertain event '
                         f'("视…情况分批"): "{quote(p.it.text, 80)}" → "{quote(new_item2, 110)}".', f"视{event}情况分批")
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_other_item, unc20_start_only]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_fallback, unc21_pace]),
}
