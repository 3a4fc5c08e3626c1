"""The base of an interest clause that does not state one (以…为基数): the principal it is attached to (借款84406.72元
及利息), the principal named for a parenthesised clause (借款本金3700万元及相应利息（…）), or the principal the sentence
names (借款本金X元，并支付…). An accrued-interest figure (截至…的利息、罚息共计X元及自…起的利息) is never a base.
"""

from __future__ import annotations

import re

from extractors.money import find_amounts

KEYWORD = re.compile(r"利息|违约金|滞纳金|资金占用费|资金占用损失|逾期付款损失|占用资金损失|利息损失|罚息|复利|复息")
# 借款84406.72元及利息 / 出资款130万元整以及利息 / 37900元,同时支付该笔款项的利息 / 支付原告20万元，并按同期贷款利率…:
# the clause is attached to the amount ordered just before it
_PRINCIPAL_BEFORE = re.compile(r"(?P<amount>[0-9０-９.,，万千]+元)(?:整|正)?(?:的|及其|以及|及|和|并|，并|,并|，|,|、)?(?:同时)?"
                               r"(?:赔偿|支付|偿付|给付|承担)?(?:其|该笔?款项?的|上述款项的)?(?:逾期|资金占用期间的|相应的?)?"
                               r"(?:按照?|依照?)?$")
# 借款 / 欠款 / 货款 / 工程款 / 出资款 …: any 款 owed; 今借…现金X元: a loan written as 借
_PRINCIPAL_WORD = re.compile(r"本金|款|债务|借|出借|所欠|余欠|债权|租金")
# 按照各借款合同尚欠的借款本金…计付 / 按未付款项计算: a base named by reference, without a figure
BASE_REFERENCE = re.compile(r"(?:按照?|依照)(?!法)[^，,。；;]{0,12}?(?:尚欠|未还|未付|欠付|剩余|未偿还|未清偿|应偿还|应还|应付|逾期部分)"
                            r"的?[^，,。；;0-9０-９]{0,6}?(?:本金|款项|欠款|借款|贷款|本息)(?![0-9０-９])"
                            # 对逾期借款… / 对逾期未还的贷款本息…: the overdue part, not the whole principal
                            r"|对(?:逾期|到期)(?:未还|未付|归还)?的?(?:借款|贷款|本金|款项)(?:本息)?(?![0-9０-９人])")
_PRINCIPAL_AFTER = re.compile(r"^(?:的)?(?:借款|贷款|出借)")
_ACCRUED_WORD = re.compile(r"利息|罚息|复利|手续费|违约金|滞纳金|费")
# 截至2016年12月31日为X元 / 暂计至…的利息为X元: the figure is interest already accrued
_ACCRUED_LEAD = re.compile(r"(?:截至|截止|暂计|暂算|已计算|计算至|算至)[^，,（(]{0,16}$|(?:利息|罚息|复利|复息|手续费|违约金|共计|合计)[^，,、]{0,3}$"
                           r"|(?:每月|每日|每天|每年|每期)[^，,、]{0,4}$")  # 每月1800元: a periodic sum
_SENTENCE_END = "。；;"


def sentence_start(text: str, pos: int) -> int:
    """After the last 。/；/; before ``pos`` outside brackets: a clause inside 利息（暂计至…为X元。之后…；逾期罚息自…）
    belongs to the sentence that opened the bracket. A 。 in a bracket that never closes still ends the sentence."""
    start, depth = 0, 0
    for i in range(pos):
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif ch in _SENTENCE_END:
            if ch == ";" and re.search(r"&[a-z]+$", text[max(0, i - 8):i]):
                continue  # &ldquo; in text scraped from HTML
            if depth == 0:
                start = i + 1
            elif ch == "。" and not re.match(r"[^。（(]*[）)]", text[i + 1:]):
                start, depth = i + 1, 0
    return start


def _accrued(text: str, amount_start: int) -> bool:
    return bool(_ACCRUED_LEAD.search(text[max(0, amount_start - 24):amount_start]))


def _paren_anchor(text: str, pos: int) -> int | None:
    """借款本金3700万元及相应利息（含罚息…，自2017年1月1日起…）: where the clause's name stands before its open bracket."""
    depth, i, floor = 0, pos - 1, sentence_start(text, pos) - 1  # ； and 。 inside the bracket do not end it
    while i > floor:
        ch = text[i]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                # 违约金70979.85元（按每日千分之一…）: the sum accrued so far may stand between the name and the bracket
                run = re.search(r"(?:(?:相应的?|其)?(?:期内|逾期|借款)?(?:" + KEYWORD.pattern + r")(?:的复利)?[、和及与]?)+"
                                r"(?:[0-9０-９.,，万]+元)?$", text[max(0, i - 40):i])
                return i - len(run.group(0)) if run else None
            depth -= 1
        i -= 1
    return None


def principal_before(text: str, pos: int):
    """The principal the clause at ``pos`` is attached to, or the first principal its sentence names before it."""
    anchors = [pos] + [k.start() for k in KEYWORD.finditer(text, max(0, pos - 14), pos)]
    paren = _paren_anchor(text, pos)
    if paren is not None:
        if re.match(r"(?:期内)?利息的复利", text[paren:]):
            return None  # 期内利息的复利、逾期利息（…）: compound interest runs on interest, not on the principal
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
    if principal is None:  # 借款金额8万元；借款利率为固定年利率9.5%: the terms listed part by part
        principal = listed_principal(text, pos)
    if principal is None:
        principal = _previous_sentence_principal(text, pos)
    return (principal.value, principal.text) if principal is not None else None


def _previous_sentence_principal(text: str, pos: int):
    """给付40,000.00元，本院予以支持；其要求利息从…: a sentence with no figure before its interest clause takes the
    one sum the sentence before it names (a single figure there, named as owed)."""
    start = sentence_start(text, pos)
    if start == 0 or find_amounts(text[start:pos]):
        return None
    before = sentence_start(text, start - 1)
    amounts = find_amounts(text[before:start - 1])
    if len(amounts) != 1:
        return None
    lead = text[max(before, before + amounts[0].span[0] - 8):before + amounts[0].span[0]]
    if _ACCRUED_WORD.search(re.split(r"[，,、]", lead)[-1].replace("费用", "")) or _accrued(text, before + amounts[0].span[0]):
        return None
    return amounts[0]


def listed_principal(text: str, pos: int):
    """The loan amount of a contract's terms listed before ``pos`` (借款金额为X元；借款利率为…), within its 。 sentence."""
    start = text.rfind("。", 0, pos) + 1
    for m in re.finditer(r"(?:借款|贷款|出借)(?:金额|数额)(?:为|是|：|:)?\s*(?:人民币)?", text[start:pos]):
        amounts = find_amounts(text[start + m.end():start + m.end() + 20])
        if amounts and amounts[0].span[0] == 0:
            return amounts[0]
    return None


def sentence_principal(text: str, pos: int):
    """The first principal the sentence names before ``pos`` (借款本金X元 …, X元借款), not an accrued figure."""
    start = sentence_start(text, pos)
    for amount in find_amounts(text[start:pos]):
        lead = text[max(start, start + amount.span[0] - 8):start + amount.span[0]]
        tail = re.split(r"[，,、]", lead)[-1]
        after = text[start + amount.span[1]:]
        named = _PRINCIPAL_WORD.search(tail) or _PRINCIPAL_AFTER.match(after)
        if re.match(r"(?:的)?(?:范围内|限额|为限)", after):
            continue  # 在13200000元范围内承担连带清偿责任: a guarantee's limit, not a principal
        if named and not _ACCRUED_WORD.search(tail.split("本金")[-1] if "本金" in tail else tail) \
                and not _accrued(text, start + amount.span[0]):
            return amount
    return None
