"""UNC-20 / UNC-21, round 6.

What rounds 1–5 wrote is listed in corpora/defects_round4/deadlines.py (rounds 1–3), corpora/defects_round5/deadlines.py
(rounds 4 and 5) and in the READMEs of rounds 4 and 5.

Here UNC-20 writes the item with 应当如数 ("被告Y应当如数偿还原告X借款…") and with 负责 and the amount in 大写 with 人民币
("被告Y负责向原告X偿还借款人民币叁万零捌佰元整（30800元）"), in both cases without any period; UNC-21 ties the payment to the
proceeds of an uncertain sale or income ("在其名下房产出售后，以售房款偿还…") and to the moment an uncertain event happens
("于其承包的工程通过竣工验收时偿还…"), with events none of the earlier rounds uses.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round5.deadlines import _without
from corpora.defects_round6.common import cause, rmb_capital

# --------------------------------------------------------------------------- UNC-20 no performance period


def unc20_in_full(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…内偿还原告X借款…" → "被告Y应当如数偿还原告X借款…"."""
    for p in pays(src):
        if not p.deadline:
            continue
        new_item = f"{p.nm}{p.who_role}{p.who}应当如数{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item with 应当如数", f"{p.who}应当如数{p.verb}")
        if inj:
            return inj
    return None


def unc20_capital(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…内偿还原告X借款…" → "被告Y负责向原告X偿还借款人民币…元整（…元）"."""
    for p in pays(src):
        if not p.deadline or p.value != p.value.to_integral_value() or p.value < 100:
            continue
        rmb = rmb_capital(p.value)
        new_item = f"{p.nm}{p.who_role}{p.who}负责向{p.to_role}{p.to}{p.verb}{p.noun}{rmb}（{p.amount}）{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item with 负责 and the amount in 大写 with 人民币",
                       f"{p.who}负责向{p.to_role}{p.to}{p.verb}")
        if inj:
            return inj
    return None


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

PROCEEDS = [  # by the 案由, first match wins: (event, the money it brings); none of these is in rounds 1–5
    (r"借贷|借款", [("其名下房产出售", "售房款"), ("其申请的个人经营贷款发放到位", "贷款资金")]),
    (r"买卖|服务|培训|合同", [("其投资的项目回款", "回款"), ("其参股企业分红", "分红款")]),
    (r"侵权|交通事故|劳务", [("其养殖的肉牛出售", "售牛款"), ("其种植的茶叶采摘上市", "售茶款")]),
]
WHEN = [
    (r"借贷|借款", ["其承包的工程通过竣工验收", "其起诉他人的另案判决生效"]),
    (r"买卖|服务|培训|合同", ["其店铺的装修押金退回", "其参加的互助会轮到收会"]),
    (r"侵权|交通事故|劳务", ["其所在企业恢复生产", "其伤情鉴定结论作出"]),
]


def _pick(src: Src, table, rng: Random, default):
    return rng.choice(next((o for pat, o in table if re.search(pat, cause(src))), default))


def unc21_proceeds(src: Src, rng: Random) -> Injection | None:
    """Payment out of the proceeds of an uncertain sale or income: "…在其名下房产出售后，以售房款偿还…"."""
    for p in pays(src):
        if not p.deadline:
            continue
        event, fund = _pick(src, PROCEEDS, rng, PROCEEDS[0][1])
        new_item = f"{p.nm}{p.who_role}{p.who}在{event}后，以{fund}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item so that it is paid out of the proceeds of an uncertain '
                         f'event, with no date: "{quote(p.it.text, 80)}" → "{quote(new_item2, 100)}".',
                         f"在{event}后，以{fund}{p.verb}")
    return None


def unc21_when(src: Src, rng: Random) -> Injection | None:
    """The period replaced by the moment an uncertain event happens: "于其承包的工程通过竣工验收时"."""
    for p in pays(src):
        if not p.deadline or p.deadline not in p.it.text:
            continue
        event = _pick(src, WHEN, rng, WHEN[2][1])
        new = f"于{event}时"
        k = p.it.text.find(p.deadline)
        text, _new_item, _ = item_edit(src, p.it.index, [(k, k + len(p.deadline), new)])
        return Injection(text, p.it.index, f'Replaced the performance period by the moment an uncertain event happens, '
                         f'written "于…时": "{p.deadline}" → "{new}".', new)
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_in_full, unc20_capital]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_proceeds, unc21_when]),
}
