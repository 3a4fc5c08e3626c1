"""Mentions of interest and penalties that run no charge, read from the words around them: a penalty fixed once (违约金
为20000元 / 为合同总额的5% / 保证金转为违约金), an insurer's cover or rights, a repayment order, sums already added up,
a failed demand, a breach term that names a penalty and nothing of it, a rate that may be adjusted, a period of
something else, interest paid up to a day and then stopped. And a rate set by another paper (以当票约定为准), which is a
clause with no figure of its own."""

from __future__ import annotations

import re

# a penalty charged per day, month or year: it runs, however it is set
_PER_TIME = re.compile(r"每|按(?:日|天|月|年)|(?:一|1)\s*(?:日|天)|日(?:万|千)?分之|[/／](?:日|天|月)|按天|累计")
_FIXED_PENALTY = re.compile(r"(?:违约金|滞纳金)(?:的)?(?:数额|金额|标准)?(?:为|系|是)|(?:作为|转为|视为|充作|抵作|(?<![以按])为)(?:违约金|滞纳金)|"
                            r"(?:违约金|滞纳金)(?:作为|归|用于)|[0-9０-９]\s*(?:万|亿)?元(?:的)?(?:违约金|滞纳金)|"
                            r"(?:违约金|滞纳金)\s*(?:人民币)?\s*[0-9０-９]")
_PENALTY = ("违约金", "滞纳金")


def one_off_penalty(sentence: str) -> bool:
    """The sentence sets a penalty once (a sum, a multiple, a share of a total, a deposit kept) and prices nothing by
    time: its 违约金 is that sum, not a charge that runs."""
    return bool(_FIXED_PENALTY.search(sentence)) and not _PER_TIME.search(sentence)


# an insurer's cover, exclusions or rights after paying out; an order in which payments are applied
_INSURANCE = re.compile(r"保险人|保险责任|保证保险|理赔|投保人")
_ORDER = re.compile(r"顺序")
_REFUSED_BEFORE = re.compile(r"不负责|不承担|不予(?:赔偿|支付)|免赔|免除")
_SUMMED_AFTER = re.compile(r"^[^，,。；;]{0,20}?(?:共计|合计|总计)\s*(?:人民币)?\s*[0-9０-９]")
_FAILED_AFTER = re.compile(r"^[^，,。；;]{0,12}?(?:未果|无果|未获)")
# a breach term naming its penalty and nothing of it (…违反本协议…还应当向甲方支付违约金)
_BREACH_TERM = re.compile(r"违反|违约方|一方违约|如一方|任何一方|一方当事人")


def no_charge_at(text: str, start: int, end: int, sentence: str, word: str) -> bool:
    """Whether a bare mention (text[start:end], ``word``) in ``sentence`` names no charge that runs."""
    clause_start = max(text.rfind(ch, 0, start) for ch in "，,。；;") + 1
    before, after = text[max(clause_start, start - 30):start], text[end:end + 30]
    if word in _PENALTY and (one_off_penalty(sentence) or _BREACH_TERM.search(sentence) and not _PER_TIME.search(sentence)):
        return True
    return bool(_INSURANCE.search(sentence) or _ORDER.search(text[clause_start:end + 12]) or
                _REFUSED_BEFORE.search(before) or _SUMMED_AFTER.search(after) or _FAILED_AFTER.search(after))


# 如遇中国人民银行上调同期贷款基准利率，罚息利率自…调整之日起相应上调: how a rate may change, no charge itself
ADJUSTED = re.compile(r"(?:如遇|遇有|如)[^，,。；;]{0,24}?(?:上调|下调|调整)")
# 按月支付利息给原告至2015年6月23日止，之后…也未支付: interest paid up to a day, then payments stopped
STOPPED = re.compile(r"至[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日止?\s*[，,]\s*(?:之后|此后|以后)[^，,。；;]{0,16}?(?:未|没有|不再)"
                     r"再?(?:支付|偿还|归还|给付)")
# 借款的利率…以当票约定为准: a rate set by another paper
BY_REFERENCE = re.compile(r"利率[^。；;]{0,24}?以[^。；;]{0,24}?(?:约定|载明|记载)为准")
