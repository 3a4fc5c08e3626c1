"""UNC-20 / UNC-21, held out.

corpora/defects removes a leading "于本判决生效之日起十日内" (UNC-20) and anchors the period to 拆迁, 转租车辆取得租金,
收到案外人支付的款项, 工程竣工结算, 征收补偿款, 保险理赔, 收回对外债权/借款, 经济条件好转, 开具发票, 下游客户货款 (UNC-21).
Here UNC-20 removes a period written after the amount ("…货款4150元，于本判决生效后十日内履行完毕" → "…货款4150元")
or replaces it by "尽快", and UNC-21 uses other uncertain events.
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
    rel,
)

TRAIL_RE = re.compile(r"，(?:款)?(?:限)?(?:当事人)?(?:在|于)?[^，。；]*?(?:日内|立即)(?:付清|履行完毕|给付完毕|支付完毕|偿还完毕)")


def _trailing(it) -> tuple[int, int] | None:
    """Item-relative span of a performance period written after the amount, up to the end of the item."""
    if not it.deadline or "每月" in it.text or it.interest:
        return None
    m = None
    for m in TRAIL_RE.finditer(it.text):
        pass
    if not m:
        return None
    s, e = rel(it, it.deadline.span)
    rest = it.text[m.end():]
    if not (m.start() <= s and e <= m.end()) or rest not in ("", "。", "；"):
        return None
    if not it.amounts or rel(it, it.amounts[-1].span)[1] != m.start():
        return None
    return m.start(), m.end()


def unc20_trailing(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        sp = _trailing(it)
        if not sp:
            continue
        text, new_item, _ = item_edit(src, it.index, [(sp[0], sp[1], "")])
        probe = light_parse(text)
        if len(probe.operative_items) != len(src.items) or probe.operative_items[it.index - 1].deadline:
            continue
        return Injection(text, it.index, f'Removed the performance period written after the amount '
                         f'"{it.text[sp[0]:sp[1]]}": "{quote(it.text, 90)}" → "{quote(new_item, 90)}".',
                         new_item[max(0, sp[0] - 10):],
                         check=lambda d, i=it.index: d.operative_items[i - 1].deadline is None)
    return None


def unc20_soon(src: Src, rng: Random) -> Injection | None:
    """The period written after the amount becomes "，尽快付清" / "，及时履行": no date at all."""
    for it in src.clean_money_items():
        sp = _trailing(it)
        if not sp:
            continue
        new = rng.choice(["，尽快付清", "，及时履行完毕"])
        text, _new_item, _ = item_edit(src, it.index, [(sp[0], sp[1], new)])
        probe = light_parse(text)
        if len(probe.operative_items) != len(src.items):
            continue
        return Injection(text, it.index, f'Replaced the performance period by a wording without any time: '
                         f'"{it.text[sp[0]:sp[1]]}" → "{new}".', new[1:])
    return None


EVENTS = [  # by the 案由 / subject, first match wins; none of these is in corpora/defects
    (r"建设工程|施工|建房", ["待其收到政府补偿款后十五日内", "于其承包的其他工地结算后十日内"]),
    (r"交通事故|人身损害|劳务者受害|侵权", ["待其外出务工返乡后十日内", "于其肇事车辆变卖后十日内"]),
    (r"借款|借贷|欠条", ["待其外出务工返乡后十日内", "于其所在单位发放年终奖金后十日内"]),
    (r"买卖|货款", ["于其酒吧转让款到账后十日内", "待其库存货物全部售出后十日内"]),
    (r"服务|培训|教育", ["待其店铺重新开业后十日内", "于其银行账户解除冻结后十日内"]),
]
DEFAULT_EVENTS = ["待其收到政府补偿款后十五日内", "于其银行账户解除冻结后十日内"]


def unc21(src: Src, rng: Random) -> Injection | None:
    subject = src.cause()[:120] + src.claims_head()
    for it in src.clean_money_items():
        if not it.deadline or it.deadline.text == "立即" or "每月" in it.text:
            continue
        s, e = rel(it, it.deadline.span)
        names = [n for ob in it.obligations for n in ob.obligors]
        if not any(it.text[:s].endswith(n) or it.text[:s].endswith(n + "应") for n in names):
            continue
        opts = next((o for pat, o in EVENTS if re.search(pat, subject)), DEFAULT_EVENTS)
        if "酒吧" in opts[0] and "酒吧" not in (src.section("facts") or ""):
            opts = opts[1:]
        old = it.deadline.text
        lead = re.match(r"^(应|限)", old)
        new = (lead.group(1) if lead else "") + rng.choice(opts)
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Anchored the performance period to an uncertain event: "{old}" → "{new}".', new)
    return None


KINDS = {
    "UNC-20": ("deadline-missing", "unclear", [unc20_trailing, unc20_soon]),
    "UNC-21": ("deadline-uncertain-event", "unclear", [unc21]),
}
