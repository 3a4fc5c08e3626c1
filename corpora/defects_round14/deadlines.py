"""UNC-20 / UNC-21, round 14: an item written as a nominal debt with 应付 and no verb of performance ("被告X应付原告Y借款…");
the manner of payment in the place of the period ("被告X通过银行转账方式向原告Y支付…"); the duty due at the same time as
an uncertain event ("在其承包的茶园春茶采摘结束的同时"); a period put off by a bracket until an uncertain event ("（如其…届时
尚未…，则顺延至…后十日内）").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round4.deadlines import _no_deadline
from corpora.defects_round5.common import noun_total, period
from corpora.defects_round8.common import cause
from corpora.defects_round8.deadlines import _persons
from corpora.defects_round11.common import rewrite

# --------------------------------------------------------------------------- UNC-20 no performance period


def _undated(src: Src, make, why: str, marker_of) -> Injection | None:
    """A payment item written again by make(p) without its period; the parser is probed to find no period in it."""
    for p in (x for x in pays(src) if x.deadline and x.who_role and x.to_role):
        new_item = make(p)
        text, new2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        if not _no_deadline(src, text, p.it.index):
            continue
        return Injection(text, p.it.index, f'{why}, and left out the performance period 「{p.deadline}」: '
                         f'"{quote(p.it.text, 90)}" → "{quote(new2, 120)}".', marker_of(p),
                         check=lambda d, i=p.it.index: d.operative_items[i - 1].deadline is None)
    return None


def unc20_payable(src: Src, rng: Random) -> Injection | None:
    """"被告X应付原告Y借款30800元": a debt stated with 应付, not a duty to perform by a time."""
    return _undated(src, lambda p: f"{p.nm}{p.who_role}{p.who}应付{p.to_role}{p.to}{noun_total(p)}{p.amount}{p.end}",
                    "Wrote the item as a nominal debt with 应付 and no verb of performance",
                    lambda p: f"{p.who}应付{p.to_role}{p.to}")


def unc20_transfer(src: Src, rng: Random) -> Injection | None:
    """"被告X通过银行转账方式向原告Y支付…": how, but not by when."""
    return _undated(src, lambda p: f"{p.nm}{p.who_role}{p.who}通过银行转账方式向{p.to_role}{p.to}{p.verb}{noun_total(p)}"
                    f"{p.amount}{p.end}", "Put the manner of payment (bank transfer) where the period was",
                    lambda p: "通过银行转账方式向")


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

EVENTS = [  # (what, what happens to it) by the 案由, first match wins; none of these is in rounds 1–13
    (r"借贷|借款", [("承包的茶园春茶", "采摘结束"), ("名下网约车的平台收入", "提现到账")]),
    (r"买卖|服务|培训|合同", [("出租的沿街门面下一年度租金", "收取到位"), ("购买的银行理财产品", "到期赎回")]),
    (r"侵权|交通事故|劳务", [("申报的失地农民养老保险金", "发放到账"), ("参与承建的村道硬化工程", "审计结算完毕")]),
]
DEFAULT = [("购买的银行理财产品", "到期赎回"), ("承包的茶园春茶", "采摘结束")]


def _event(src: Src, rng: Random) -> tuple[str, str]:
    return rng.choice(next((o for pat, o in EVENTS if re.search(pat, cause(src))), DEFAULT))


def unc21_same_time(src: Src, rng: Random) -> Injection | None:
    """"被告X在其承包的茶园春茶采摘结束的同时偿还原告Y…": due when an uncertain event happens."""
    for p in (x for x in _persons(src) if x.to_role):
        what, happens = _event(src, rng)
        when = f"在其{what}{happens}的同时"
        new_item = f"{p.nm}{p.who_role}{p.who}{when}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{p.end}"
        return rewrite(src, p, new_item, "Replaced the period by the moment an uncertain event happens (在…的同时)", when)
    return None


def unc21_put_off(src: Src, rng: Random) -> Injection | None:
    """The period kept and put off by a bracket until an uncertain event: "（如其…届时尚未…，则顺延至…后十日内）"."""
    for p in (x for x in _persons(src) if x.to_role):
        what, happens = _event(src, rng)
        bracket = f"（如其{what}届时尚未{happens}，则顺延至{happens}后十日内）"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{bracket}{p.end}"
        return rewrite(src, p, new_item, "Kept the period and added a bracket that puts it off until an uncertain event",
                       bracket)
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_payable, unc20_transfer]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_same_time, unc21_put_off]),
}
