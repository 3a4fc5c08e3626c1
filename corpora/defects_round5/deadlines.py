"""UNC-20 / UNC-21, round 5.

What rounds 1–4 wrote is listed in corpora/defects_round4/deadlines.py (rounds 1–3, and round 4: a passive item and an
obligee-first item without a period; "不迟于…之日" and "在…以前" tied to 遗产分割完毕, 名下车辆解除抵押, 生猪出栏结算, 自建房竣工).

Here UNC-20 writes the item in the 将 form ("被告Y将货款…偿付给原告X") and as a duty ("被告Y负有向原告X偿还借款…的义务"), in
both cases without any period; UNC-21 writes "一俟…，即…" and "自…之日起三十日内", each tied to an uncertain event none of the
earlier rounds uses (鱼塘清塘售鱼, 门店转让, 工程中标, 工伤认定, 土地流转款发放, 拆借给他人的款项收回 …).
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round4.deadlines import _no_deadline
from corpora.defects_round5.common import noun_total

# --------------------------------------------------------------------------- UNC-20 no performance period


def _without(src: Src, p, new_item: str, desc: str, marker: str) -> Injection | None:
    text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
    if not _no_deadline(src, text, p.it.index):
        return None
    return Injection(text, p.it.index, f'{desc} and left out its performance period 「{p.deadline}」: '
                     f'"{quote(p.it.text, 90)}" → "{quote(new_item2, 90)}".', marker,
                     check=lambda d, i=p.it.index: d.operative_items[i - 1].deadline is None)


def unc20_jiang(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…内偿付原告X货款…" → "被告Y将货款…偿付给原告X"."""
    for p in pays(src):
        if not p.deadline:
            continue
        new_item = f"{p.nm}{p.who_role}{p.who}将{noun_total(p)}{p.amount}{p.verb}给{p.to_role}{p.to}{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item in the 将 form",
                       f"{p.who}将{noun_total(p)}{p.amount}{p.verb}给")
        if inj:
            return inj
    return None


def unc20_duty(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…内偿还原告X借款…" → "被告Y负有向原告X偿还借款…的义务"."""
    for p in pays(src):
        if not p.deadline:
            continue
        new_item = f"{p.nm}{p.who_role}{p.who}负有向{p.to_role}{p.to}{p.verb}{p.noun}{p.amount}的义务{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item as a duty (负有…的义务)", f"{p.who}负有向{p.to_role}{p.to}")
        if inj:
            return inj
    return None


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

EVENTS = [  # by the 案由, first match wins; none of these is in rounds 1–4
    (r"借贷|借款", ["其承包的鱼塘清塘售鱼完毕", "其拆借给他人的款项收回"]),
    (r"买卖|服务|培训|合同", ["其经营的门店转让成功", "其参与投标的工程项目中标"]),
    (r"侵权|交通事故|劳务", ["其申请的工伤认定结论作出", "其所在村的土地流转款发放"]),
]
DEFAULT = ["其所在村的土地流转款发放", "其经营的门店转让成功"]


def _event(src: Src, rng: Random) -> str:
    opts = next((o for pat, o in EVENTS if re.search(pat, src.cause()[:80])), DEFAULT)
    return rng.choice(opts)


def unc21_once(src: Src, rng: Random) -> Injection | None:
    """"一俟…，即…": the item pays as soon as an uncertain event happens."""
    for p in pays(src):
        if not p.deadline:
            continue
        event = _event(src, rng)
        new_item = f"{p.nm}{p.who_role}{p.who}一俟{event}，即{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item with the period tied to an uncertain event, written '
                         f'"一俟…，即…": "{quote(p.it.text, 80)}" → "{quote(new_item2, 100)}".', f"一俟{event}，即")
    return None


def unc21_from(src: Src, rng: Random) -> Injection | None:
    """The period counted "自…之日起三十日内", from the day an uncertain event happens."""
    for p in pays(src):
        if not p.deadline or p.deadline not in p.it.text:
            continue
        event = _event(src, rng)
        new = f"自{event}之日起三十日内"
        k = p.it.text.find(p.deadline)
        text, _new_item, _ = item_edit(src, p.it.index, [(k, k + len(p.deadline), new)])
        return Injection(text, p.it.index, f'Counted the performance period from an uncertain event, written '
                         f'"自…之日起三十日内": "{p.deadline}" → "{new}".', new)
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_jiang, unc20_duty]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_once, unc21_from]),
}
