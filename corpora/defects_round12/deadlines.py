"""UNC-20 / UNC-21, round 12: the item opened with 判令 and no period ("判令被告X向原告Y偿还…"); the obligor's debt
first and a double negative without a period ("…，不得不予偿还"); an item opened with 限 and a period counted 自 an
uncertain event ("限被告X自其…之日起十五日内…"); a day fixed by the month after an uncertain event ("于其…的次月底前").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import NUM_RE, Injection, Src, item_edit, quote, rel
from corpora.defects_round4.common import role_of
from corpora.defects_round5.common import noun_total
from corpora.defects_round5.deadlines import _without
from corpora.defects_round8.common import cause
from corpora.defects_round8.deadlines import _persons
from corpora.defects_round11.common import rewrite

# --------------------------------------------------------------------------- UNC-20 no performance period


def unc20_order(src: Src, rng: Random) -> Injection | None:
    """"判令被告X向原告Y偿还借款…": the wording of a claim, and no period."""
    from corpora.defects_round4.common import pays

    for p in (x for x in pays(src) if x.deadline and x.who_role and x.to_role):
        new_item = f"{p.nm}判令{p.who_role}{p.who}向{p.to_role}{p.to}{p.verb}{noun_total(p)}{p.amount}{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item in the wording of a claim (判令…)", f"判令{p.who_role}{p.who}向")
        if inj:
            return inj
    return None


def unc20_double_negative(src: Src, rng: Random) -> Injection | None:
    """"被告X所欠原告Y借款…，不得不予偿还": a double negative, and no period."""
    from corpora.defects_round4.common import pays

    for p in (x for x in pays(src) if x.deadline and x.who_role and x.to_role and x.verb in ("偿还", "归还", "支付", "给付",
                                                                                            "偿付", "清偿", "退还", "返还")):
        owed = "所欠" if p.verb in ("偿还", "归还", "支付", "给付", "偿付", "清偿") else "应退"
        new_item = f"{p.nm}{p.who_role}{p.who}{owed}{p.to_role}{p.to}{noun_total(p)}{p.amount}，不得不予{p.verb}{p.end}"
        inj = _without(src, p, new_item, "Rewrote the payment item as the obligor's debt followed by a double negative "
                       "(不得不予…)", f"，不得不予{p.verb}")
        if inj:
            return inj
    return None


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

EVENTS = [  # by the 案由, first match wins; none of these is in rounds 1–11
    (r"借贷|借款", ["其名下的营运货车转让完毕", "其承租的商铺转租成功"]),
    (r"买卖|服务|培训|合同", ["其承建的厂房取得产权证书", "其经营的民宿旅游季结束"]),
    (r"侵权|交通事故|劳务", ["其所在村的拆迁补偿款发放到户", "其申请的养老保险退保手续办结"]),
]
DEFAULT = ["其所在村的拆迁补偿款发放到户", "其名下的营运货车转让完毕"]


def _event(src: Src, rng: Random) -> str:
    return rng.choice(next((o for pat, o in EVENTS if re.search(pat, cause(src))), DEFAULT))


def unc21_limit(src: Src, rng: Random) -> Injection | None:
    """"限被告X自其…之日起十五日内…": an item opened with 限, the period counted from an uncertain event."""
    people = {x.name for x in src.doc.parties if x.kind == "person"}
    for it in src.money_items():
        d, obs = it.deadline, [o for ob in it.obligations for o in ob.obligors]
        if not d or d.text == "立即" or getattr(d, "instalments", None) or len(obs) != 1 or obs[0] not in people:
            continue
        s, e = rel(it, d.span)
        num = NUM_RE.match(it.text)
        head = num.end() if num else 0
        who = (role_of(src, obs[0]) or "") + obs[0]
        lead = it.text[head:]
        lead = lead.removeprefix("由")
        if not lead.startswith(who) or it.text[s:e] != d.text or not d.text.startswith(("于", "在", "限")):
            continue
        when = f"自{_event(src, rng)}之日起十五日内"
        k = it.text.find(who, head)
        after = it.text[k + len(who):s]  # the period follows the obligor, or the amount after a comma
        if it.text[head:k] not in ("", "由") or not (after == "" or (after.endswith("，") and it.amounts
                                                                    and rel(it, it.amounts[-1].span)[1] <= s)):
            continue
        ops = [(head, k, "限"), (s, e, when)]
        text, new_item, _ = item_edit(src, it.index, ops)
        return Injection(text, it.index, f'Opened the item with 限 and counted the period from an uncertain event: '
                         f'"{quote(it.text, 100)}" → "{quote(new_item, 160)}".', when)
    return None


def unc21_next_month(src: Src, rng: Random) -> Injection | None:
    """"被告X于其…的次月底前向原告Y偿还…": a day fixed only by the month after an uncertain event."""
    for p in (x for x in _persons(src) if x.to_role):
        when = f"于{_event(src, rng)}的次月底前"
        new_item = f"{p.nm}{p.who_role}{p.who}{when}向{p.to_role}{p.to}{p.verb}{noun_total(p)}{p.amount}{p.end}"
        return rewrite(src, p, new_item, "Replaced the period by the end of the month after an uncertain event", when)
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_order, unc20_double_negative]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_limit, unc21_next_month]),
}
