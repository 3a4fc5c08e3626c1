"""One debt, one amount and one period (CON-05): an item that confirms, restates or refers back to a debt must give
it the figure and the period the other items give; a remainder after deductions must be the sum less what is
deducted; an interest base cannot exceed the principal; a dismissal of "the part above N" implies an award of N."""

from __future__ import annotations

import re
from decimal import Decimal

from checks import basis
from checks.registry import Finding, check, item_no
from checks.debt_mentions import debt_mentions
from checks.reasoning_sums import concluded_sum_differs
from extractors.money import amounts_in
from zhixing.document import Document
from zhixing.scan import first_char_gate


@check("CON-05", "同一笔款项在不同判项中金额或期限不同", "contradiction", "error", basis.CONSISTENT,
       ["一、被告支付货款50000元；……三、被告于本判决生效之日起十日内支付上述货款45000元"])
def same_debt_twice(doc: Document):
    flagged: set = set()
    for rule in (_same_noun_two_amounts, _deduction, _back_reference, _figure_by_reference, _base_above_principal,
                 _dismissal_implies_other_award, _restated_above, _equated_in_brackets, concluded_sum_differs):
        for finding in rule(doc):
            if finding.item_index not in flagged:  # one debt read two ways by two rules is one contradiction
                flagged.add(finding.item_index)
                yield finding


EQUATED = re.compile(r"\s*[（(](?:即|也即|亦即|也就是|就是|系)[^）)0-9０-９]{0,12}$")


def _equated_in_brackets(doc: Document):
    """借款5000元（即欠条载明的7500元）: a bracket that says the figure before it is another figure."""
    for item in doc.operative_items:
        found = [a for a in amounts_in(item.text) if a.gloss_of is None]
        for a, b in zip(found, found[1:]):
            # a 大写 figure in the bracket is the gloss CON-01 compares
            if b.value != a.value and not b.capital and EQUATED.match(item.text[a.span[1]:b.span[0]]):
                yield Finding(message=(f"第{item_no(item.index)}项写作“{item.text[a.span[0]:a.span[1]]}"
                                       f"{item.text[a.span[1]:b.span[1]]}）”，同一笔款项有两个不同的数额。"),
                              evidence=[(item.span[0] + a.span[0], item.span[0] + b.span[1])], item_index=item.index,
                              suggestion="核对后只写明一个确定的数额；两数额的差额如系已付款项，应写明扣除后的数额。")
                break


_RESTATED_SUM = re.compile(r"上述(?P<what>[\u4e00-\u9fff]{1,6}?(?:款|费|金|租金))\s*(?:共计|合计|计)?\s*"
                           r"(?P<amount>[0-9.,，]+元)")


def _restated_above(doc: Document):
    """上述借款20000元 in a later item against 借款25000元 in an earlier one."""
    seen: dict[str, tuple] = {}
    for item in doc.operative_items:
        for m in _RESTATED_SUM.finditer(item.text):
            seen.setdefault(m.group("what"), (item, m))
    for what, (item, m) in seen.items():
        for other in doc.operative_items:
            if other.index >= item.index:
                continue
            k = re.search(rf"{re.escape(what)}\s*(?P<amount>[0-9.,，]+元)", other.text)
            if k and k.group("amount").replace(",", "").replace("，", "") != m.group("amount").replace(",", "").replace("，", ""):
                yield Finding(message=(f"第{item_no(other.index)}项{what}为{k.group('amount')}，第{item_no(item.index)}项称“上述{what}”"
                                       f"却为{m.group('amount')}，同一笔款项金额不一致。"),
                              evidence=[(other.span[0] + k.start(), other.span[0] + k.end()),
                                        (item.span[0] + m.start(), item.span[0] + m.end())], item_index=item.index)


def _same_noun_two_amounts(doc: Document):
    """One debt named twice with two figures: 承揽款35232元（…以双方对账确认的36732元为准） / 本判项所称违约金为4560元 /
    确认…尚欠劳务费28,500元 and 支付劳务费26,000元. Two mentions are one debt when one restates the other or confirms it."""
    if sum(a.gloss_of is None for item in doc.operative_items for a in amounts_in(item.text)) < 2:
        return  # one amount at most: no debt can be named twice (the nouns before the amounts are not read)
    mentions: dict[str, list] = {}
    for mention in debt_mentions(doc):
        mentions.setdefault(mention[2], []).append(mention)
    for noun, found in mentions.items():
        for k, (item, a, _, restated, confirmed) in enumerate(found):
            other = next((f for f in found[:k] if f[1].value != a.value and (restated or confirmed != f[4])), None)
            if other is None:
                continue
            first = (other[0], other[1])
            evidence = [(first[0].span[0] + first[1].span[0], first[0].span[0] + first[1].span[1]),
                        (item.span[0] + a.span[0], item.span[0] + a.span[1])]
            message = (f"“{noun}”在第{item_no(first[0].index)}项为{first[1].text}，在第{item_no(item.index)}项又为{a.text}，"
                       "同一笔款项数额不一致。")
            indices = {item.index} | ({first[0].index} if confirmed != other[4] else set())
            for index in sorted(indices):  # a confirmation and a payment that disagree: either may be the wrong one
                yield Finding(message=message, evidence=evidence, item_index=index)
            break


# 扣除已付的3000元后仍欠20000元 / 扣除已付的14,400元后，被告X仍欠原告Y货款58,100元: the party names and the debt
# noun may stand between the deduction and the remainder
_DEDUCTED = re.compile(r"(?:扣除|减去|减除|抵扣|冲抵|除去)(?P<what>[^。；]{0,30}?)(?:后|外)?[，,]?[^，。；0-9]{0,40}?"
                       r"(?:仍欠|尚欠|还欠|下欠|剩余|余款|余额|尚需支付|还应支付|应支付|应付|计)[^，。；0-9]{0,40}?$")


def _deduction(doc: Document):
    """扣除已付的3000元后仍欠20000元: the remainder must be the sum less what is deducted."""
    for item in doc.operative_items:
        amounts = [a for a in amounts_in(item.text) if a.gloss_of is None]
        if len(amounts) < 3:
            continue  # a sum, what is deducted from it and the rest: three amounts at least
        for k, rest in enumerate(amounts):
            sentence_start = max(item.text.rfind(ch, 0, rest.span[0]) for ch in "。；;") + 1
            m = _DEDUCTED.search(item.text[sentence_start:rest.span[0]])
            if not m:
                continue
            at = sentence_start + m.start()
            deducted = [a for a in amounts[:k] if at <= a.span[0]]
            # the sum deducted from: in the same sentence, else the sum the item ordered before (…支付货款72,000元。扣除…)
            gross = [a for a in amounts[:k] if sentence_start <= a.span[0] < at] or \
                [a for a in amounts[:k] if a.span[0] < at and not _interest_at(item, a)]
            if not deducted or not gross:
                continue
            expected = gross[-1].value - sum((a.value for a in deducted), Decimal(0))
            if expected != rest.value:
                s = item.span[0]
                yield Finding(message=(f"第{item_no(item.index)}项{gross[-1].text}扣除{'、'.join(a.text for a in deducted)}后应为"
                                       f"{format(expected.normalize(), 'f')}元，文书写作{rest.text}，同一笔款项数额不一致。"),
                              evidence=[(s + gross[-1].span[0], s + gross[-1].span[1]), (s + rest.span[0], s + rest.span[1])],
                              item_index=item.index, suggestion=f"{format(expected.normalize(), 'f')}元")


def _interest_at(item, a) -> bool:
    return any(c.span[0] <= item.span[0] + a.span[0] < c.span[1] for c in item.interest)


def _base_above_principal(doc: Document):
    """欠款17950元，…以19950元为基数: the interest runs on more than the item awards."""
    for item in doc.operative_items:
        principal = [a for a in item.amounts if a.gloss_of is None
                     and not any(c.span[0] <= a.span[0] < c.span[1] for c in item.interest)]
        if not principal:
            continue
        awarded = sum((a.value for a in principal), Decimal(0))
        for clause in item.interest:
            if clause.base is not None and clause.base > awarded and all(clause.base != a.value for a in principal):
                base = next((a for a in item.amounts if clause.span[0] <= a.span[0] < clause.span[1]), None)
                yield Finding(message=(f"第{item_no(item.index)}项的计息基数{format(clause.base.normalize(), 'f')}元大于判令给付的本金"
                                       f"{format(awarded.normalize(), 'f')}元，同一笔款项数额不一致。"),
                              evidence=[principal[0].span] + ([base.span] if base else [clause.span]),
                              item_index=item.index)


_IMPLIED = re.compile(r"超过(?:人民币)?\s*(?P<amount>[0-9][0-9.,，]*元)(?:的)?部分")


def _dismissal_implies_other_award(doc: Document):
    """驳回…超过3076.32元部分的诉讼请求 while the items award another sum."""
    awarded = sum((a.value for i in doc.operative_items if i.item_type == "payment" for a in i.amounts
                   if a.gloss_of is None and not any(c.span[0] <= a.span[0] < c.span[1] for c in i.interest)),
                  Decimal(0))
    for item in doc.operative_items:
        if item.item_type != "dismissal":
            continue
        m = _IMPLIED.search(item.text)
        if m and awarded:
            implied = amounts_in(m.group("amount"))[0].value
            if implied != awarded:
                start = item.span[0] + m.start()
                yield Finding(message=(f"第{item_no(item.index)}项驳回超过{m.group('amount')}部分的请求，意味着支持{m.group('amount')}，"
                                       f"但给付判项合计为{format(awarded.normalize(), 'f')}元。"),
                              evidence=[(start, start + len(m.group(0)))], item_index=item.index)


_CN = "一二三四五六七八九十"
# 上述借款 / 前述货款 / 本判决第一项确定的借款本金 / 第一项所列借款 / 前项 …: an item pointing back at an earlier debt
_BACK = re.compile(rf"(?:上述|前述|上列|前列|前项|该笔|本判决第(?P<n1>[{_CN}]+)项|第(?P<n2>[{_CN}]+)项)"
                   r"(?:所?(?:确定|判令|判决|所列|列明|所涉|中))?的?(?P<noun>[\u4e00-\u9fff]{0,8}?"
                   r"(?:款|费|金|债务|本金|欠款|租金|价款|损失|工资|报酬))(?:本金)?")
_PART_OF = re.compile(r"范围内|为限|限额|以内|部分|其中|之内|%|％|分之|扣除|减去|剩余|余款|尚欠|已付|已支付")


# …货款，以本判决第一项确定的16,400元为准: a figure said to be the one an earlier item fixed
_FIGURE_OF_ITEM = first_char_gate(re.compile(rf"(?:本判决)?第(?P<n>[{_CN}]+)项(?:所)?(?:确定|判令|判决|认定|列明)的?\s*(?:人民币)?\s*"
                             r"(?P<amount>[0-9０-９.,，]+(?:万)?元)"))


def _figure_by_reference(doc: Document):
    items = doc.operative_items
    for item in items:
        if "项" not in item.text:
            continue  # every match names an item (第一项): most items name none
        for m in _FIGURE_OF_ITEM.finditer(item.text):
            number = m.group("n")
            k = _CN.index(number) if len(number) == 1 else -1
            if not 0 <= k < len(items) or items[k] is item or not items[k].amounts:
                continue
            stated = amounts_in(m.group("amount"))
            values = {a.value for a in items[k].amounts if a.gloss_of is None}
            if stated and stated[0].value not in values:
                start = item.span[0] + m.start()
                yield Finding(message=(f"第{item_no(item.index)}项称“{m.group(0)}”，而第{item_no(items[k].index)}项确定的金额"
                                       "并非此数，同一笔款项前后矛盾。"),
                              evidence=[items[k].span, (start, start + len(m.group(0)))], item_index=item.index)
                break


def _back_reference(doc: Document):
    """An item that refers back to a debt (上述借款 / 本判决第一项确定的借款本金) must give it the amount and the period
    the earlier item gives: a different figure or period is the same debt written twice."""
    items = doc.operative_items
    for pos, item in enumerate(items):
        for m in _BACK.finditer(item.text):
            number = m.group("n1") or m.group("n2")
            earlier = ([items[_CN.index(number) if len(number) == 1 else -1]] if number and len(number) == 1 and
                       _CN.index(number) < pos else items[:pos])
            noun = m.group("noun")[-2:]
            owners = [it for it in earlier if noun in it.text and it.amounts]
            if not owners or _PART_OF.search(item.text[max(0, m.start() - 10):m.end() + 16]):
                continue
            tail = item.text[m.end():m.end() + 12]
            stated = amounts_in(tail)
            stated = stated[0] if stated and tail.find(stated[0].text) <= 4 else None
            owner = owners[-1]
            values = {a.value for a in owner.amounts if a.gloss_of is None}
            start = item.span[0] + m.start()
            if stated is not None and stated.value not in values:
                yield Finding(message=(f"第{item_no(item.index)}项所称{m.group(0)}为{stated.text}，与第{item_no(owner.index)}项"
                                       "确定的数额不一致，同一笔款项前后矛盾。"),
                              evidence=[owner.span, (start, start + len(m.group(0)) + len(stated.text))],
                              item_index=item.index)
                break
            if stated is None and item.deadline and owner.deadline and _period(item.deadline) != _period(owner.deadline):
                yield Finding(message=(f"第{item_no(item.index)}项{m.group(0)}的履行期限为“{item.deadline.text}”，与第"
                                       f"{item_no(owner.index)}项的“{owner.deadline.text}”不一致。"),
                              evidence=[owner.deadline.span, item.deadline.span], item_index=item.index)
                break


def _period(deadline) -> tuple:
    return deadline.anchor, deadline.days, deadline.months, deadline.date
