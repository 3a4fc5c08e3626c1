"""The base of an interest clause that does not state one (以…为基数): the principal it is attached to (借款84406.72元
及利息), the principal named for a parenthesised clause (借款本金3700万元及相应利息（…）), or the principal the sentence
names (借款本金X元，并支付…). An accrued-interest figure (截至…的利息、罚息共计X元及自…起的利息) is never a base.
"""

from __future__ import annotations

import re

from extractors.money import find_amounts

KEYWORD = re.compile(r"利息|违约金|滞纳金|资金占用费|资金占用损失|逾期付款损失|占用资金损失|利息损失|罚息|复利|复息")
_PRINCIPAL_BEFORE = re.compile(r"(?P<amount>[0-9０-９.,，万千]+元)(?:的|及其|以及|及|和|并|，并|，|、)?"
                               r"(?:赔偿|支付|偿付|给付|承担)?(?:其)?(?:逾期|资金占用期间的|相应的?)?$")
_PRINCIPAL_WORD = re.compile(r"本金|借款|欠款|贷款|垫付款|垫款|债务|代偿款|借到|出借|所欠|余欠|借给|货款|融资款|债权")
_PRINCIPAL_AFTER = re.compile(r"^(?:的)?(?:借款|贷款|出借)")
_ACCRUED_WORD = re.compile(r"利息|罚息|复利|手续费|违约金|滞纳金|费")
# 截至2016年12月31日为X元 / 暂计至…的利息为X元: the figure is interest already accrued
_ACCRUED_LEAD = re.compile(r"(?:截至|截止|暂计|暂算|已计算|计算至|算至)[^，,（(]{0,16}$|(?:利息|罚息|复利|复息|手续费|违约金|共计|合计)[^，,、]{0,3}$")
_SENTENCE_END = "。；;"


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in _SENTENCE_END) + 1


def _accrued(text: str, amount_start: int) -> bool:
    return bool(_ACCRUED_LEAD.search(text[max(0, amount_start - 24):amount_start]))


def _paren_anchor(text: str, pos: int) -> int | None:
    """借款本金3700万元及相应利息（含罚息…，自2017年1月1日起…）: where the clause's name stands before its open bracket."""
    depth, i, floor = 0, pos - 1, _sentence_start(text, pos) - 1
    while i > floor:
        ch = text[i]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                run = re.search(r"(?:(?:相应的?|其)?(?:期内|逾期|借款)?(?:" + KEYWORD.pattern + r")(?:的复利)?[、和及与]?)+$",
                                text[max(0, i - 30):i])
                return i - len(run.group(0)) if run else None
            depth -= 1
        i -= 1
    return None


def principal_before(text: str, pos: int):
    """The principal the clause at ``pos`` is attached to, or the first principal its sentence names before it."""
    anchors = [pos] + [k.start() for k in KEYWORD.finditer(text, max(0, pos - 14), pos)]
    paren = _paren_anchor(text, pos)
    if paren is not None:
        anchors.append(paren)
    for anchor in anchors:
        m = _PRINCIPAL_BEFORE.search(text[max(0, anchor - 30):anchor])
        if not m:
            continue
        amount_start = max(0, anchor - 30) + m.start("amount")
        amounts = find_amounts(m.group("amount"))
        if amounts and not _accrued(text, amount_start):
            return amounts[0].value, m.group("amount")
    principal = sentence_principal(text, pos)
    return (principal.value, principal.text) if principal is not None else None


def sentence_principal(text: str, pos: int):
    """The first principal the sentence names before ``pos`` (借款本金X元 …, X元借款), not an accrued figure."""
    start = _sentence_start(text, pos)
    for amount in find_amounts(text[start:pos]):
        lead = text[max(start, start + amount.span[0] - 8):start + amount.span[0]]
        tail = re.split(r"[，,、]", lead)[-1]
        named = _PRINCIPAL_WORD.search(tail) or _PRINCIPAL_AFTER.match(text[start + amount.span[1]:])
        if named and not _ACCRUED_WORD.search(tail.split("本金")[-1] if "本金" in tail else tail) \
                and not _accrued(text, start + amount.span[0]):
            return amount
    return None
