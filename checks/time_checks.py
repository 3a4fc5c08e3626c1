"""When: a 给付 item without a performance period; instalments that do not add up to the total; a deadline anchored
to an event that may never happen."""

from __future__ import annotations

import re

from checks import basis
from checks.clause_view import at, clauses
from checks.instalments import payment_plan
from checks.item_refs import ANSWERS_FOR_DEBT, period_from, referenced_items
from checks.meaning import party_names
from checks.registry import Finding, check, item_no, quote
from extractors.clause_lexicon import ACT_RES, OUTSIDE_DEBT
from extractors.clause_parties import mentioned
from zhixing.document import Document
from zhixing.scan import first_char_gate

_TIMED_ACTS = {"pay", "return", "deliver", "vacate", "assist_transfer", "transfer_title"}
# a period written once for every item, after them: 上述有给付内容的款项，于本判决生效之日立即给付 / 上述应付款项，限本判决书生效后
# 15日内履行 / 以上款项于判决生效后十日内付清
_GENERAL_PERIOD = re.compile(r"(?:上述|以上|前述)[^。；\n]{0,20}?(?:款项|给付|义务|费用|款)[^。；\n]{0,30}?"
                             r"(?:[日天]内|个?月内|日以内|立即|即时|当庭)")
# payments that recur until an end: 按月 / 每年 / 至年满十八周岁 / 直至…为止
_RECURRING = first_char_gate(re.compile(r"(?:按月|每月|每年|每季|按年|逐月|按季|每个月)(?![^，。；]{0,2}(?:利率|利息|息|计息|化))|至[^，。；]{0,16}?(?:年满|成年|十八周岁|18周岁)|年满[^，。；]{0,8}?周岁|"
                        r"直至|为止"))
_MAINTENANCE = re.compile(r"抚养|抚育|赡养|扶养|生活费|教育费|医疗费")
_AMOUNT = re.compile(r"[0-9０-９一二两三四五六七八九十百千万]\s*元")
_SECURED = re.compile(r"优先受偿")
_FIGURE = re.compile(r"[0-9][0-9,.，]*[0-9]\s*元")
_COSTS = re.compile(r"受理费|保全费|诉讼费|公告费")
_PERIODIC = re.compile(r"每(?:月|年|季度|周)[^，。；]{0,12}?(?:前|支付|给付)?[^，。；]{0,8}?[0-9０-９]+元|每月[0-9一二三四五六七八九十]+日前")


# a sum that falls due on the other side's default: 如被告逾期付款，则另行… / 若未按期履行，应另行…
_ON_DEFAULT = re.compile(r"(?:如果?|若|倘若|假如)[^，。；]{0,40}?(?:逾期|未按|未能按|未履行|不履行|拒不)")


@check("UNC-20", "给付判项未写明履行期限", "unclear", "error", basis.PERIOD,
       ["被告偿还原告借款50000元。", "被告支付原告货款30000元及利息", "原告的货款由被告偿付"])
def payment_without_deadline(doc: Document):
    """Every clause that orders a payment or a handing over has a period: its own, one written once for its
    sentence, one a later sentence gives for it (…。该款于…前付清), or an event it hangs on (UNC-21 judges the event).
    A periodic payment (抚养费每月1200元) carries its own schedule."""
    if doc.operative_items and _GENERAL_PERIOD.search(doc.text, doc.operative_items[0].span[0]):
        return  # 上述有给付内容的款项，于本判决生效之日立即给付: one period for every item, written after them
    for item in doc.operative_items:
        periodic_item = bool(_RECURRING.search(item.text))
        found = clauses(doc, item)
        for c in found:
            if c.act not in _TIMED_ACTS or c.has_period or c.verb == "负担" or _PERIODIC.search(c.text):
                continue
            if any(o is not c and o.has_period and fig in o.text for fig in _FIGURE.findall(c.text) for o in found):
                continue  # 原告分得64538元。被告于…日内支付给原告64538元: the same sum ordered again with its period
            if period_from(doc, item, c.text):
                continue  # 按本判决第二项所列期次支付: the named item sets the period
            if (ANSWERS_FOR_DEBT.search(c.text) or re.search(r"为限|范围内", c.text) and ANSWERS_FOR_DEBT.search(item.text)) \
                    and any(o.deadline for o in doc.operative_items if o is not item):
                continue  # 对上述款项承担连带清偿责任: a guarantor answers for a debt whose item has the period
            if _SECURED.search(item.text) and not _AMOUNT.search(c.text) or _COSTS.search(c.text):
                # …所得价款优先受偿 / 预交的受理费…予以退还: a right over collateral or the court's costs, no act due
                # between the parties (a sum ordered in the same item still needs its period)
                continue
            if _RECURRING.search(c.text) or periodic_item and (_MAINTENANCE.search(c.object or c.text)
                                                                or not _AMOUNT.search(c.text)):
                continue  # 抚养费按月支付至年满十八周岁: a running schedule is its own period
            if not c.obligees and OUTSIDE_DEBT.search(c.text):
                continue  # 共同债务…由原告自行偿还: a debt owed to someone outside the case, on its own terms
            if _ON_DEFAULT.match(c.text):
                continue  # 如被告逾期付款，则另行支付违约金1000元: a penalty that falls due with the default
            if item.deadline is not None and item.deadline.instalments:
                continue
            yield Finding(message=(f"第{item_no(item.index)}项“{quote(c.text)}”未写明履行期限，加倍部分债务利息将自判决"
                                   "生效之日起计算，申请执行期间的起算也不明确。"),
                          evidence=[at(item, c.span)], item_index=item.index,
                          suggestion=f"{item.text.rstrip('。；;')}，于本判决生效之日起十日内履行完毕。")
            break


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
            found = _extracted_plan(doc, item)
            if found is None:
                continue
            planned, total, evidence = found
        if planned != total.value:
            yield Finding(message=(f"第{item_no(item.index)}项分期金额合计{format(planned.normalize(), 'f')}元，与总额"
                                   f"{format(total.value.normalize(), 'f')}元不符。"),
                          evidence=evidence, item_index=item.index,
                          suggestion="核对各期金额和期数，使其合计等于应付总额。")


def _extracted_plan(doc: Document, item):
    """The plan extractors/deadlines.py found (dated or monthly instalments), with the total before it, or the total
    of the item the plan names (第一项所列劳务报酬分三期给付：…)."""
    d = item.deadline
    if not d or not d.instalments or len(d.instalments) < 2 or any(i.amount is None for i in d.instalments):
        return None  # an open-ended periodic payment (每月…直至成年) has no total to meet
    total = next((a for a in item.amounts if re.search(r"共计|合计|总计", item.text[max(0, a.span[0] - item.span[0]
                                                                                   - 4):a.span[0] - item.span[0]])),
                 None)
    if total is None:  # the sum ordered before the plan: 退还货款13,900元，分三期履行：…
        before = [a for a in item.amounts if a.span[1] <= d.span[0]]
        total = before[-1] if before else _total_of_named_item(doc, item, d.span[0] - item.span[0])
    if total is None:
        return None
    return sum(i.amount for i in d.instalments), total, [d.span, total.span]


_DEBT_NOUN = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:款|费|金|报酬|工资|租金|价款|本金|欠款|债务)")


def _total_of_named_item(doc: Document, item, plan_at: int):
    """The sum a plan pays when the plan names it by item (第一项所列劳务报酬分三期给付): that item's amount of the
    debt named (the first one outside its interest clauses when no noun tells)."""
    for other, m in referenced_items(doc, item):
        if m.start() > plan_at:
            continue
        own = [a for a in other.amounts if a.gloss_of is None and
               not any(c.span[0] <= a.span[0] < c.span[1] for c in other.interest)]
        noun = _DEBT_NOUN.match(item.text, m.end())
        named = [a for a in own if noun and noun.group(0)[-2:] in doc.text[max(0, a.span[0] - 12):a.span[0]]]
        if named or own:
            return (named or own)[0]
    return None


_PACED_BY = re.compile(r"视(?P<event>[^，。；]{2,30}?)(?:情况|而定|进度|能力)")
_THIRD = re.compile(r"案外人|他人|第三方|其他人|另案|政府|单位|部门|银行|公司|机关")


# a period put off on a condition to an event: 如…尚未…，则顺延至到期赎回后十日内 (a date it is put off to is certain)
_PUT_OFF = re.compile(r"(?:如|若|如果|倘若|假如|一旦)[^。；（）()]{2,40}?[，,]?\s*(?:则|可|应)?(?:顺延|延至|推迟|延期|延长|延后)(?:至|到)?"
                      r"(?P<to>[^，。；（）()]{2,30}?)(?:之后|以后|后|之日|时)")
# 付款时间待…后由双方另行商定 / 具体交付日期由双方协商确定: the time of performance left to the parties' later agreement
_AGREED_LATER = re.compile(r"(?:付款|还款|履行|交付|给付|支付|返还|交接|搬离|腾退)(?:的)?(?:具体)?(?:时间|期限|日期|期间)"
                           r"[^，。；]{0,30}?(?:另行|再行|届时|日后|自行|由双方)(?:协商|商定)")
_DATE_START = re.compile(r"[0-9０-９〇○零一二三四五六七八九十]{2,4}\s*年|[0-9０-９一二三四五六七八九十]{1,2}\s*月")


@check("UNC-21", "履行期限以可能不发生的事件为起点", "unclear", "warning", basis.PERIOD,
       ["被告于房屋拆迁后十日内支付补偿款", "待工程结算后支付工程款", "一俟拆迁款到位，被告即支付补偿款"])
def deadline_on_uncertain_event(doc: Document):
    """A period or a condition (于…后十日内 / 在…以前 / 不迟于…之日 / 待…后 / 一俟…即 / 如…) that hangs on an event
    other than the judgment taking effect, a date, or the other party's own performance ordered here (于收到原告返还的
    车辆之日起 / 被告退还购车款后): whether and when it happens is uncertain, so the period cannot be enforced."""
    for item in doc.operative_items:
        put_off = _PUT_OFF.search(item.text)
        if put_off and not _DATE_START.match(put_off.group("to")) and clauses(doc, item):
            # （如…届时尚未…，则顺延至…后十日内）: the period stands, but an uncertain event may move it to another one
            yield Finding(message=(f"第{item_no(item.index)}项写明“{quote(put_off.group(0), 40)}”，履行期限可因不确定的事件顺延，"
                                   "执行中无法判断履行期限是否届满。"),
                          evidence=[at(item, put_off.span())], item_index=item.index,
                          suggestion="删去顺延的条件，只写明确定的期限，如“于本判决生效之日起十日内”。")
            continue
        later = _AGREED_LATER.search(item.text)
        if later and clauses(doc, item):  # 付款时间待…后由双方另行商定: the time waits on an agreement nobody can order
            yield Finding(message=(f"第{item_no(item.index)}项写明“{quote(later.group(0), 40)}”，履行时间有待当事人日后协商，"
                                   "协商能否达成、何时达成均不确定，执行中无法判断履行期限是否届满。"),
                          evidence=[at(item, later.span())], item_index=item.index,
                          suggestion="写明确定的履行期限，如“于本判决生效之日起十日内”。")
            continue
        paced = _PACED_BY.search(item.text) if "视" in item.text else None
        if paced and clauses(doc, item):  # 视其退税款到账情况分批偿付: the pace of payment follows an event
            yield Finding(message=(f"第{item_no(item.index)}项的履行“{paced.group(0)}”，以不确定的情况决定履行时间和数额，"
                                   "执行中无法判断履行期限是否届满。"),
                          evidence=[at(item, paced.span())], item_index=item.index,
                          suggestion="应改为确定的期限，如“于本判决生效之日起十日内”，或写明各期的日期和数额。")
            continue
        for c in clauses(doc, item):
            for event, span in ((c.anchor, c.anchor_span), (c.condition, c.condition_span)):
                if not event or _counter_performance(doc, event):
                    continue
                yield Finding(message=(f"第{item_no(item.index)}项的履行以“{event}”为起点或条件，该事件是否及何时发生不确定，"
                                       "执行中无法判断履行期限是否届满。"),
                              evidence=[at(item, span)], item_index=item.index,
                              suggestion="应改为确定的期限，如“于本判决生效之日起十日内”。")
                break
            else:
                continue
            break


def _counter_performance(doc: Document, event: str) -> bool:
    """收到原告返还的车辆 / 被告退还购车款: a party of the case performing toward the other, which the judgment orders."""
    if not mentioned(event, doc.parties):
        return False
    for name in party_names(doc):
        event = event.replace(name, "甲")  # a party's own name (…有限公司) is no outsider
    if _THIRD.search(event):
        return False
    return any(rx.search(event) for act, rx in ACT_RES if act != "confirm") or "收到" in event
