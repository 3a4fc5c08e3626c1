"""UNC-20 / UNC-21: a 给付 item without a performance period, or with one anchored to an uncertain event."""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import (
    Injection,
    Src,
    context,
    item_edit,
    light_parse,
    quote,
    rel,
)

TAIL_RE = re.compile(r"^(付清|履行完毕|给付完毕|支付完毕|偿还完毕)?")


def deadline_ops(it) -> list[tuple[int, int, str]] | None:
    """Item-relative ops that remove the performance period cleanly, or None."""
    if not it.deadline or "每月" in it.text:
        return None
    t = it.text
    s, e = rel(it, it.deadline.span)
    c = t.rfind("，", 0, s)
    tail = TAIL_RE.match(t[e:]).group(0)
    after = t[e + len(tail):]
    if c >= 0 and re.fullmatch(r"(款)?(限)?(当事人)?", t[c + 1:s]) and tail and (not after or after[0] in "。；"):
        return [(c, e + len(tail), "")]
    if it.deadline.text == "立即":
        m = re.search(r"(于本判决生效后)$", t[:s])
        return [(s - len(m.group(1)) if m else s, e, "")]
    m = re.search(r"(于本)+$", t[:s])
    if m:
        s -= len(m.group(0))
    ops = [(s, e, "")]
    lead = re.match(r"^([一二三四五六七八九十]+、)?(限)", t)
    if lead:
        ops.append((lead.start(2), lead.end(2), ""))
    return ops


def unc20(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        ops = deadline_ops(it)
        if not ops:
            continue
        text, new_item, _ = item_edit(src, it.index, ops)
        probe = light_parse(text)
        if len(probe.operative_items) != len(src.items) or probe.operative_items[it.index - 1].deadline:
            continue
        s0 = min(o[0] for o in ops)
        return Injection(text, it.index, f'Removed the performance period "{it.deadline.text}" from a payment item: '
                         f'"{quote(it.text, 90)}" → "{quote(new_item, 90)}".', context(new_item, s0, s0, 6),
                         check=lambda d, i=it.index: d.operative_items[i - 1].deadline is None)
    return None


EVENTS = [  # by the 案由 / subject, first match wins
    (r"建设工程|施工|承揽", ["待涉案工程竣工结算后三十日内", "于工程款结算完毕后十五日内"]),
    (r"林地|土地", ["待涉案林地征收补偿款发放后十日内", "于林地租金收回后十日内"]),
    (r"房屋", ["于涉案房屋拆迁后十日内", "于被告名下房屋出售后十日内"]),
    (r"交通事故|人身损害|提供劳务者受害", ["于被告获得保险理赔款后十日内", "待保险公司理赔到位后十日内"]),
    (r"租赁", ["待被告收回其对外债权后十日内", "于被告转租车辆取得租金后十日内"]),
    (r"借款|借贷|欠条", ["于被告收回其对外借款后十日内", "待被告经济条件好转后三十日内"]),
    (r"买卖|货款", ["待原告开具全额增值税发票后十五日内", "于被告收到其下游客户货款后十日内"]),
]
DEFAULT_EVENTS = ["于其收到案外人支付的款项后十日内", "待其经济条件好转后三十日内"]


def unc21(src: Src, rng: Random) -> Injection | None:
    subject = src.cause() + src.claims_head()
    for it in src.clean_money_items():
        if not it.deadline or it.deadline.text == "立即" or "每月" in it.text:
            continue
        options = next((opts for pat, opts in EVENTS if re.search(pat, subject)
                        and ("货款" in it.text or "货款" not in pat)), DEFAULT_EVENTS)
        s, e = rel(it, it.deadline.span)
        old = it.deadline.text
        lead = re.match(r"^(应|限)", old)
        new = (lead.group(1) if lead else "") + rng.choice(options)
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Anchored the performance period to an uncertain event: "{old}" → "{new}".', new)
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21]),
}
