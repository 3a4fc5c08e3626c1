"""UNC-20 / UNC-21, round 3.

Round 1 removes a leading "于本判决生效之日起十日内" (UNC-20) and anchors the period to 拆迁, 转租车辆取得租金, 收到案外人支付的
款项, 工程竣工结算, 征收补偿款, 保险理赔, 收回对外债权/借款, 经济条件好转, 开具发票, 下游客户货款 (UNC-21). Round 2 removes a
period written after the amount, or replaces it by "尽快付清" / "及时履行完毕" (UNC-20), and anchors it to 政府补偿款, 其他工地结算,
外出务工返乡, 肇事车辆变卖, 年终奖金, 酒吧转让款, 库存货物售出, 店铺重新开业, 银行账户解除冻结 (UNC-21).

Here UNC-20 keeps the start of the period but drops its length ("于本判决生效后") or points to a time the parties are to
agree ("按双方约定的期限"); UNC-21 uses other uncertain events, once with the period moved before the obligor ("待被告A另案执行款
到位后十日内，由其偿还…") and once in a second sentence ("。该款于被告A与案外人的合伙账目清算完毕后十日内付清").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import (
    NUM_RE,
    Injection,
    Src,
    context,
    item_edit,
    light_parse,
    quote,
    rel,
)
from corpora.defects.deadlines import deadline_ops

OPEN_RE = re.compile(r"^(?P<lead>限|应)?(?P<prep>于|在)(?P<this>本)?(?P<what>判决)(?P<eff>生效|发生法律效力)(?:之日起|后)[^，。；]*?日内$")


def _money_with_period(src: Src):
    for it in src.clean_money_items():
        if it.deadline and it.deadline.text != "立即" and "每月" not in it.text and not it.deadline.instalments:
            yield it


def unc20_open(src: Src, rng: Random) -> Injection | None:
    """"于本判决生效之日起十日内" → "于本判决生效后": the period has a start and no length."""
    for it in _money_with_period(src):
        m = OPEN_RE.match(it.deadline.text)
        if not m:
            continue
        new = f"{m.group('lead') or ''}{m.group('prep')}{m.group('this') or ''}{m.group('what')}{m.group('eff')}后"
        s, e = rel(it, it.deadline.span)
        dup = re.search(r"(于本)+$", it.text[:s])  # a source typo "于本于本判决…" goes with the period
        if dup:
            s -= len(dup.group(0))
        text, new_item, _ = item_edit(src, it.index, [(s, e, new)])
        probe = light_parse(text)
        if len(probe.operative_items) != len(src.items) or probe.operative_items[it.index - 1].deadline:
            continue
        return Injection(text, it.index, f'Dropped the length of the performance period: "{it.deadline.text}" → "{new}" '
                         f'(item now: "{quote(new_item, 90)}").', context(new_item, s, s + len(new), 6),
                         check=lambda d, i=it.index: d.operative_items[i - 1].deadline is None)
    return None


AGREED = ["按双方约定的期限", "在双方协商确定的期限内"]


def unc20_agreed(src: Src, rng: Random) -> Injection | None:
    """The period is left to what the parties agree."""
    for it in _money_with_period(src):
        s, e = rel(it, it.deadline.span)
        t = it.text
        names = [n for ob in it.obligations for n in ob.obligors]
        if not any(t[:s].endswith(n) or t[:s].endswith(n + "应") for n in names):
            continue  # only a period written right after the obligor
        new = rng.choice(AGREED)
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        probe = light_parse(text)
        if len(probe.operative_items) != len(src.items) or probe.operative_items[it.index - 1].deadline:
            continue
        return Injection(text, it.index, f'Replaced the performance period by a reference to a time the parties are to '
                         f'agree: "{it.deadline.text}" → "{new}".', new,
                         check=lambda d, i=it.index: d.operative_items[i - 1].deadline is None)
    return None


EVENTS = [  # by the 案由, first match wins; none of these is in rounds 1 or 2
    (r"借贷|借款", ["待被告{d}另案执行款到位后十日内", "于被告{d}与案外人的合伙账目清算完毕后十日内"]),
    (r"买卖|服务|承揽|合同", ["于被告{d}名下商铺出租后十日内", "待被告{d}承包的果园采摘销售后三十日内"]),
]
DEFAULT = ["待被告{d}另案执行款到位后十日内", "于被告{d}名下商铺出租后十日内"]


def _event(src: Src, who: str, rng: Random) -> str:
    opts = next((o for pat, o in EVENTS if re.search(pat, src.cause()[:80])), DEFAULT)
    return rng.choice(opts).format(d=who)


def _single_obligor(it) -> str | None:
    obs = it.obligations
    if len(obs) != 1 or len(obs[0].obligors) != 1:
        return None
    return obs[0].obligors[0]


def unc21_front(src: Src, rng: Random) -> Injection | None:
    """"被告A于…内偿还…" → "待被告A另案执行款到位后十日内，由其偿还…": the uncertain event first."""
    for it in _money_with_period(src):
        who = _single_obligor(it)
        if not who or src.parties("defendant") and who not in {p.name for p in src.parties("defendant")}:
            continue
        t = it.text
        num = NUM_RE.match(t)
        nm = num.group(0) if num else ""
        s, e = rel(it, it.deadline.span)
        m = re.match(rf"^{re.escape(nm)}(?:由)?(被告)?{re.escape(who)}(应)?$", t[:s])
        if not m:
            continue
        event = _event(src, who, rng)
        new_item = f"{nm}{event}，由其{t[e:]}"
        text, new_item2, _ = item_edit(src, it.index, [(0, len(t), new_item)])
        return Injection(text, it.index, f'Anchored the performance period to an uncertain event, written before the '
                         f'obligor: "{quote(t, 80)}" → "{quote(new_item2, 90)}".', event)
    return None


def unc21_sentence(src: Src, rng: Random) -> Injection | None:
    """The period leaves its place; a second sentence ties payment to an uncertain event."""
    for it in _money_with_period(src):
        who = _single_obligor(it)
        ops = deadline_ops(it)
        if not who or not ops:
            continue
        t = it.text
        end = len(t) - (1 if t.endswith(("。", "；")) else 0)
        if any(o[1] > end for o in ops):
            continue
        event = _event(src, who, rng)
        sentence = f"该款{event}付清"
        ops = ops + [(end, end, "。" + sentence)]
        text, new_item, _ = item_edit(src, it.index, ops)
        probe = light_parse(text)
        if len(probe.operative_items) != len(src.items):
            continue
        return Injection(text, it.index, f'Removed the performance period "{it.deadline.text}" and added a second sentence '
                         f'that ties payment to an uncertain event: "{quote(new_item, 120)}".', sentence)
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_open, unc20_agreed]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21_front, unc21_sentence]),
}
