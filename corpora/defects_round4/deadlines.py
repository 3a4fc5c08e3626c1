"""UNC-20 / UNC-21, round 4.

Rounds 1–3 remove a leading or trailing "于本判决生效之日起十日内", replace it by 尽快付清 / 及时履行完毕, drop its length
("于本判决生效后") or leave it to the parties (按双方约定的期限 / 在双方协商确定的期限内) (UNC-20); and tie it to 拆迁, 转租车辆取得
租金, 案外人支付的款项, 工程结算, 征收 / 政府补偿款, 保险理赔, 收回对外债权, 经济条件好转, 开具发票, 下游客户货款, 外出务工返乡, 肇事
车辆变卖, 年终奖金, 酒吧转让款, 库存货物售出, 店铺重新开业, 账户解冻, 另案执行款到位, 合伙账目清算, 商铺出租, 果园采摘销售, written
"于…后十日内" / "待…后十日内", once before the obligor and once in a second sentence (UNC-21).

Here UNC-20 rewrites the item in the passive ("原告X的律师费损失6,500元由被告Y支付") or with the obligee first ("原告X有权要求
被告Y归还借款5000元"), in both cases without any period; UNC-21 writes the period "不迟于…之日" and, in a passive item, "在…以前",
each tied to an uncertain event none of the earlier rounds uses (遗产分割完毕, 名下车辆解除抵押, 养殖的生猪出栏结算, 自建房竣工).
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import (
    Injection,
    Src,
    item_edit,
    light_parse,
    quote,
)
from corpora.defects_round4.common import pays


def _no_deadline(src: Src, text: str, index: int) -> bool:
    probe = light_parse(text)
    return len(probe.operative_items) == len(src.items) and probe.operative_items[index - 1].deadline is None


def unc20_passive(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…内支付原告X律师费损失6,500元" → "原告X的律师费损失6,500元由被告Y支付": the period is gone."""
    for p in pays(src):
        if not p.deadline:
            continue
        noun = p.body_noun
        new_item = f"{p.nm}{p.to_role}{p.to}的{noun}{p.amount}由{p.who_role}{p.who}{p.verb}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        if not _no_deadline(src, text, p.it.index):
            continue
        return Injection(text, p.it.index, f'Rewrote the payment item in the passive and left out its performance period '
                         f'「{p.deadline}」: "{quote(p.it.text, 90)}" → "{quote(new_item2, 90)}".',
                         f"{p.amount}由{p.who_role}{p.who}{p.verb}",
                         check=lambda d, i=p.it.index: d.operative_items[i - 1].deadline is None)
    return None


def unc20_entitled(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…内归还原告X借款5000元" → "原告X有权要求被告Y归还借款5000元": no period."""
    for p in pays(src):
        if not p.deadline or not p.to_role:
            continue
        new_item = f"{p.nm}{p.to_role}{p.to}有权要求{p.who_role}{p.who}{p.verb}{p.noun}{p.amount}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        if not _no_deadline(src, text, p.it.index):
            continue
        return Injection(text, p.it.index, f'Rewrote the payment item with the obligee first and left out its performance '
                         f'period 「{p.deadline}」: "{quote(p.it.text, 90)}" → "{quote(new_item2, 90)}".',
                         f"有权要求{p.who_role}{p.who}{p.verb}",
                         check=lambda d, i=p.it.index: d.operative_items[i - 1].deadline is None)
    return None


EVENTS = [  # by the 案由, first match wins; none of these is in rounds 1–3
    (r"借贷|借款", ["其继承的遗产分割完毕", "其名下车辆解除抵押"]),
    (r"买卖|服务|培训|合同", ["其养殖的生猪出栏结算", "其自建房竣工"]),
    (r"侵权|交通事故|劳务", ["其名下车辆解除抵押", "其继承的遗产分割完毕"]),
]
DEFAULT = ["其自建房竣工", "其养殖的生猪出栏结算"]


def _event(src: Src, rng: Random) -> str:
    opts = next((o for pat, o in EVENTS if re.search(pat, src.cause()[:80])), DEFAULT)
    return rng.choice(opts)


def unc21_notlater(src: Src, rng: Random) -> Injection | None:
    """The period written "不迟于…之日", the day an uncertain event happens."""
    for p in pays(src):
        if not p.deadline or p.deadline not in p.it.text:
            continue
        event = _event(src, rng)
        new = f"不迟于{event}之日"
        k = p.it.text.find(p.deadline)
        text, _new_item, _ = item_edit(src, p.it.index, [(k, k + len(p.deadline), new)])
        return Injection(text, p.it.index, f'Tied the performance period to an uncertain event, written "不迟于…之日": '
                         f'"{p.deadline}" → "{new}".', new)
    return None


def unc21_before(src: Src, rng: Random) -> Injection | None:
    """A passive item paid "在…以前", before an uncertain event."""
    for p in pays(src):
        if not p.deadline:
            continue
        event = _event(src, rng)
        noun = p.body_noun
        new_item = f"{p.nm}{p.to_role}{p.to}的{noun}{p.amount}，由{p.who_role}{p.who}在{event}以前{p.verb}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item in the passive with the period tied to an uncertain '
                         f'event, written "在…以前": "{quote(p.it.text, 80)}" → "{quote(new_item2, 100)}".',
                         f"在{event}以前")
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_passive, unc20_entitled]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_notlater, unc21_before]),
}
