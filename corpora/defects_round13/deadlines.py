"""UNC-20 / UNC-21, round 13: an organisation named by the short name that the party block now defines (以下简称) in an
item that has lost its period ("被告永乐民融公司向原告Y退还…"); a duty "务必按期" where no period is set; a period that
is the later of a date in Chinese numerals and an uncertain event ("于二〇二四年六月三十日前或于其…后十日内（以在后者为
准）"); the period closed by an uncertain event in a sentence after the duty ("，履行期限至其…之日届满").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round4.deadlines import _no_deadline
from corpora.defects_round5.common import noun_total
from corpora.defects_round8.common import cause
from corpora.defects_round8.deadlines import _persons
from corpora.defects_round11.common import rewrite
from corpora.defects_round13.common import month_end_cn

# --------------------------------------------------------------------------- UNC-20 no performance period

SHORT = {
    "上海闵行永乐民融贸易有限公司": "永乐民融公司", "岱山县斯巴达克健身俱乐部": "斯巴达克俱乐部",
    "上海祥翔机动车驾驶员培训有限公司": "祥翔驾校", "浙江义乌林业开发有限公司": "义乌林业公司",
    "杭州永琪清洗有限公司": "永琪公司", "安徽和分期网络科技有限公司": "和分期公司", "上海泉臣国际贸易有限公司": "泉臣公司",
    "上海苗惠绿化有限公司": "苗惠公司", "宁波恒艺餐饮有限公司": "恒艺公司", "义乌市尚宇供应链有限公司": "尚宇公司",
    "德清华睿管理咨询合伙企业": "华睿企业", "浦江县人民医院": "浦江医院", "晋江诺一鞋业有限公司": "诺一公司",
}


def _define(src: Src, name: str, e: Edits) -> str | None:
    """Add "（以下简称…）" after the organisation's name in its party line; return the short name, or None."""
    short, ps = SHORT.get(name), src.span("parties")
    if not short or not ps or short in src.text or "以下简称" in src.text:
        return None
    k = src.text.find(name, ps[0], ps[1])
    if k < 0:
        return None
    e.insert(k + len(name), f"（以下简称{short}）")
    return short


def unc20_short_name(src: Src, rng: Random) -> Injection | None:
    """"被告永乐民融公司向原告陆和英退还货款13,900元": the short name defined in the party block, and no period."""
    orgs = {x.name for x in src.doc.parties if x.kind == "organisation"}
    for p in (x for x in pays(src) if x.deadline and x.who_role and x.to_role):
        named = p.who if p.who in orgs else p.to if p.to in orgs else None
        e = Edits(src.text)
        short = _define(src, named, e) if named else None
        if not short:
            continue
        who = short if named == p.who else p.who
        to = short if named == p.to else p.to
        new_item = f"{p.nm}{p.who_role}{who}向{p.to_role}{to}{p.verb}{noun_total(p)}{p.amount}{p.end}"
        text, new2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
        if not _no_deadline(src, text, p.it.index):
            continue
        line_of = src.text[src.text.rfind("\n", 0, src.text.find(named, *src.span("parties"))) + 1:]
        line = line_of[:line_of.find("\n")].replace(named, f"{named}（以下简称{short}）")
        inj = Injection(text, p.it.index, f'Defined a short name in the party block ("{line}"), named the party by it in the '
                        f'item and left out the performance period 「{p.deadline}」: "{quote(p.it.text, 90)}" → '
                        f'"{quote(new2, 120)}".', f"{p.who_role}{who}向{p.to_role}{to}{p.verb}",
                        check=lambda d, i=p.it.index: d.operative_items[i - 1].deadline is None)
        inj.wordings = [f"{p.who_role}{who}向{p.to_role}{to}{p.verb}{noun_total(p)}"]
        return inj
    return None


def unc20_as_due(src: Src, rng: Random) -> Injection | None:
    """"被告X务必按期偿还原告Y借款…": 按期 refers to a period that the judgment never sets."""
    for p in (x for x in pays(src) if x.deadline and x.who_role and x.to_role):
        new_item = f"{p.nm}{p.who_role}{p.who}务必按期{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{p.end}"
        text, new2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        if not _no_deadline(src, text, p.it.index):
            continue
        return Injection(text, p.it.index, f'Rewrote the item with 务必按期 ("as due"), which refers to a period the '
                         f'judgment never sets, and left out the performance period 「{p.deadline}」: '
                         f'"{quote(p.it.text, 90)}" → "{quote(new2, 120)}".', f"{p.who}务必按期{p.verb}",
                         check=lambda d, i=p.it.index: d.operative_items[i - 1].deadline is None)
    return None


# --------------------------------------------------------------------------- UNC-21 a period tied to an uncertain event

EVENTS = [  # by the 案由, first match wins; none of these is in rounds 1–12
    (r"借贷|借款", ["其承包的葡萄园当季葡萄销售完毕", "其参股的农民合作社年终分红到账"]),
    (r"买卖|服务|培训|合同", ["其在外地承接的装修工程通过竣工验收", "其申请的创业担保贷款发放到位"]),
    (r"侵权|交通事故|劳务", ["其名下的农用三轮车变卖成交", "其所在村的集体林权流转收益分配完毕"]),
]
DEFAULT = ["其参股的农民合作社年终分红到账", "其申请的创业担保贷款发放到位"]


def _event(src: Src, rng: Random) -> str:
    return rng.choice(next((o for pat, o in EVENTS if re.search(pat, cause(src))), DEFAULT))


def unc21_later_of(src: Src, rng: Random) -> Injection | None:
    """"于二〇二四年六月三十日前或于其…后十日内（以在后者为准）": the later of a date and an uncertain event."""
    if not src.date:
        return None
    for p in (x for x in _persons(src) if x.to_role):
        when = f"于{month_end_cn(src.date, 6)}前或于{_event(src, rng)}后十日内（以在后者为准）"
        new_item = f"{p.nm}{p.who_role}{p.who}{when}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{p.end}"
        return rewrite(src, p, new_item, "Replaced the period by the later of a date in Chinese numerals and an uncertain "
                       "event, so that the end of the period depends on the event", when)
    return None


def unc21_expires(src: Src, rng: Random) -> Injection | None:
    """"…，履行期限至其…之日届满": the period closed by an uncertain event, after the duty."""
    for p in (x for x in _persons(src) if x.to_role):
        tail = f"，履行期限至{_event(src, rng)}之日届满"
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{noun_total(p)}{p.amount}{tail}{p.end}"
        return rewrite(src, p, new_item, "Moved the period after the duty and closed it by an uncertain event", tail[1:])
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_short_name, unc20_as_due]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_later_of, unc21_expires]),
}
