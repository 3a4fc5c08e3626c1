"""When: a 给付 item without a performance period; instalments that do not add up to the total; a deadline anchored
to an event that may never happen."""

from __future__ import annotations

import re

from checks import basis
from checks.instalments import payment_plan
from checks.registry import Finding, check, item_no
from zhixing.document import Document

_EVENT_ANCHOR = re.compile(r"(?:于|在|待)[^，。；]{2,20}?(?:拆迁|审批|过户|交房|竣工|验收|结算|到位|批准|取得)[^，。；]{0,6}?"
                           r"(?:后|之日起|时)[^，。；]{0,8}?(?:日内|内|前)?")


@check("UNC-20", "给付判项未写明履行期限", "unclear", "error", basis.PERIOD,
       ["被告偿还原告借款50000元。", "被告支付原告货款30000元及利息"])
def payment_without_deadline(doc: Document):
    for item in doc.operative_items:
        if item.item_type != "payment" or item.deadline is not None:
            continue
        if re.search(r"每(?:月|年|季度|周)[^，。；]{0,12}?(?:前|支付|给付)?[^，。；]{0,8}?[0-9０-９]+元|每月[0-9一二三四五六七八九十]+日前",
                     item.text):
            continue  # a periodic payment (抚养费每月1200元) carries its own schedule
        if not any(ob.action in ("pay", "return", "deliver", "vacate", "assist_transfer") for ob in item.obligations):
            continue
        yield Finding(message=(f"第{item_no(item.index)}项未写明履行期限，加倍部分债务利息将自判决生效之日起计算，"
                               "申请执行期间的起算也不明确。"),
                      evidence=[item.span], item_index=item.index,
                      suggestion=f"{item.text.rstrip('。；;')}，于本判决生效之日起十日内履行完毕。")


@check("CAL-03", "分期履行各期金额之和与总额不符", "calculation", "error", basis.CORRECTION,
       ["共计50000元，自2024年1月起每月15日前支付2000元，共20期", "借款20000元，由被告分五期偿还，每期偿还3000元"])
def instalments_do_not_add_up(doc: Document):
    """Every instalment (每期/每月 N元 × 共M期, 首期, 第N期, 于…前支付N元) together must make the sum ordered."""
    for item in doc.operative_items:
        plan = payment_plan(item.text)
        if plan is not None:
            planned, total = plan.planned, plan.total
            evidence = [(item.span[0] + plan.span[0], item.span[0] + plan.span[1]),
                        (item.span[0] + total.span[0], item.span[0] + total.span[1])]
        else:
            found = _extracted_plan(item)
            if found is None:
                continue
            planned, total, evidence = found
        if planned != total.value:
            yield Finding(message=(f"第{item_no(item.index)}项分期金额合计{format(planned.normalize(), 'f')}元，与总额"
                                   f"{format(total.value.normalize(), 'f')}元不符。"),
                          evidence=evidence, item_index=item.index,
                          suggestion="核对各期金额和期数，使其合计等于应付总额。")


def _extracted_plan(item):
    """The plan extractors/deadlines.py found (dated or monthly instalments), with the total before it."""
    d = item.deadline
    if not d or not d.instalments or len(d.instalments) < 2 or any(i.amount is None for i in d.instalments):
        return None  # an open-ended periodic payment (每月…直至成年) has no total to meet
    total = next((a for a in item.amounts if re.search(r"共计|合计|总计", item.text[max(0, a.span[0] - item.span[0]
                                                                                   - 4):a.span[0] - item.span[0]])),
                 None)
    if total is None:  # the sum ordered before the plan: 退还货款13,900元，分三期履行：…
        before = [a for a in item.amounts if a.span[1] <= d.span[0]]
        total = before[-1] if before else None
    if total is None:
        return None
    return sum(i.amount for i in d.instalments), total, [d.span, total.span]


@check("UNC-21", "履行期限以可能不发生的事件为起点", "unclear", "warning", basis.PERIOD,
       ["被告于房屋拆迁后十日内支付补偿款", "待工程结算后支付工程款"])
def deadline_on_uncertain_event(doc: Document):
    for item in doc.operative_items:
        if item.item_type != "payment":
            continue
        for m in _EVENT_ANCHOR.finditer(item.text):
            start = item.span[0] + m.start()
            yield Finding(message=(f"第{item_no(item.index)}项的履行期限以“{m.group(0)}”为起点，该事件是否及何时发生不确定，"
                                   "执行中无法判断履行期限是否届满。"),
                          evidence=[(start, start + len(m.group(0)))], item_index=item.index,
                          suggestion="应改为确定的期限，如“于本判决生效之日起十日内”。")
