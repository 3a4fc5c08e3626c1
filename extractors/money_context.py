"""Figures that the text makes money although they carry no currency of their own: the first end of a range whose
second end has it (2,500-2,600元, 7-8万元左右), figures after a word that only money follows (出资60万, 单价1,470,
额外经济补偿金30，000.00, 付叁万), the figure restating a 大写 amount in brackets (壹仟贰佰万元整(小写12000000.00)), a bare 万 figure listed before one with 元 (142万、18万元), and 角 alone in a price
(每斤代收费5角, 两角钱). A weak lead (共计, 付, 欠 …) counts only in a passage that names money elsewhere.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.numerals import CAPITAL_CHARS, parse_number
from extractors.money_formulas import PAY_DAYS, formula_amounts
from zhixing.fields import Amount

_FIGURE = r"[0-9０-９](?:[0-9０-９.．,，]*[0-9０-９])?"  # a figure never ends in a separator: 单价:20.41,税率
_CAPITAL = "零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億万"
_CN_NUMBER = re.compile(r"(?:约|大约|近)?(?P<first>[一二两三四五六七八九])(?P<rest>[十百千万亿]+)")
_CN_RANGE_HEAD = re.compile(r"(?P<head>[一二两三四五六七八九])\s*(?P<sep>[、至到])\s*$")
_RANGE_HEAD = re.compile(rf"(?<![0-9０-９.．,，年月日号第])(?P<num>{_FIGURE})(?P<own>[万千亿])?\s*[-－~～至—―–]\s*$")
_FORMULA_HINT = re.compile(r"[元万][\s　]*[（(［\[【][^）)］\]】]{0,40}?[×＊*÷/＋+－\-]")
_STRONG_LEAD = (r"股金|股款|投资款|出资|转款|借款|欠款|付款|货款|价款|单价|金额|总价|补偿金|赔偿金|违约金|保证金|押金|定金|工资|费用|现金|刷卡|"
                r"减半收取|收取|价值|作价|折价|售价|价格|费|(?:免赔|赔偿|差|余|限|总|数)额")
_WEAK_LEAD = r"共计|合计|总计|付|欠|借|还|转"
# the figure must end where a word or sentence ends, not run into a unit (3笔, 2个月, 2015年, 60%, 90万股)
_END = r"(?=[，,。；;、）)”\"'\s/／由归]|$)"
# a figure that is no amount yet, then the word before it: most figures of a text are amounts already, so reading
# the few left over is much cheaper than trying every lead word at every position
_FIGURE_RUN = re.compile(rf"{_FIGURE}(?:万?(?P<about>余|多)|万)?|[{_CAPITAL}]+")
_LEAD_BEFORE = re.compile(rf"(?:(?P<strong>{_STRONG_LEAD})|(?P<weak>{_WEAK_LEAD}))(?:为|是|[:：])?\s*$")
_END_AT = re.compile(_END)
_GLOSS_FIGURE = re.compile(rf"\s*[（(]\s*(?:小写)?\s*[:：]?\s*(?P<num>{_FIGURE})\s*[）)]")
_UNIT_AFTER = re.compile(r"[人户股件亩平吨个次册张台辆头只套间株斤公元]")  # 十万人 / 十余万元 (an amount already)
_COUNTED = re.compile(r"\s*(?:[天日月年周时岁米分秒倍期号楼层%％.．]|个)")  # 加班工资50天: days, whatever else is 50
_CN_WAN = re.compile(r"(?P<n>[一二两三四五六七八九十百千]+)(?P<about>余|多)?万")
# 设备50万、预留款97万，合计507万: where the passage names sums in 万元, a bare 万 figure ending a phrase is one too
_BARE_WAN = re.compile(rf"(?<![0-9０-９.．,，第约])(?P<num>{_FIGURE}万)(?=[、，,。；;）)”\"]|$)")
_CAPITAL_BEFORE_YUAN = re.compile(rf"[（(]\s*(?:大写[:：]?)?\s*(?P<num>[{_CAPITAL}]+)\s*[）)]\s*元")
_LISTED_WAN = re.compile(rf"(?<![0-9０-９.．,，])(?P<num>{_FIGURE}万)(?=、)")
_JIAO = re.compile(r"(?:(?<=[费价收付])(?P<num>[0-9０-９]+|[一二两三四五六七八九])角(?![形度落色膜楼])"
                   r"|(?P<num2>[0-9０-９]+|[一二两三四五六七八九])角钱)")


def _restated(num: str, found: list[Amount]) -> bool:
    value = parse_number(num)
    return value is not None and any(a.value == value and a.currency == "CNY" for a in found)


def _free(span: tuple[int, int], taken: list[Amount]) -> bool:
    return not any(a.span[0] < span[1] and span[0] < a.span[1] for a in taken)


def _scale(amount: Amount) -> str:
    m = re.search(r"[0-9０-９.．,，]+(?P<scale>[万亿]*)", amount.text)
    return m.group("scale") if m else ""


def context_amounts(text: str, found: list[Amount]) -> list[Amount]:
    """The amounts of ``text`` that only its context makes money, given those found with a currency."""
    added: list[Amount] = []
    for amount in found:
        if not any(c.isdigit() for c in amount.text):
            continue
        m = _RANGE_HEAD.search(text[max(0, amount.span[0] - 16):amount.span[0]])
        if m:
            start = amount.span[0] - len(m.group(0)) + m.start("num") - m.start(0)
            span = (start, start + len(m.group("num")) + len(m.group("own") or ""))
            value = parse_number(m.group("num") + (m.group("own") or _scale(amount)))
            if value and _free(span, found + added):
                added.append(Amount(text=text[span[0]:span[1]], span=span, value=value, currency=amount.currency,
                                    approximate=amount.approximate))
    for amount in found:
        number = _CN_NUMBER.match(amount.text)
        m = _CN_RANGE_HEAD.search(text, max(0, amount.span[0] - 3), amount.span[0]) if number else None
        if m and m.end() == amount.span[0]:
            value = parse_number(m.group("head") + number.group("rest"))
            if value and _free(m.span("head"), found + added):
                added.append(Amount(text=m.group("head"), span=m.span("head"), value=value, currency=amount.currency,
                                    approximate=amount.approximate or m.group("sep") == "、"))
    has_money = any(a.currency == "CNY" for a in found)
    for m in _FIGURE_RUN.finditer(text):
        wan_of = "万" in m.group(0) and text[m.end():m.end() + 1] == "的"  # 价值11万多的轿车
        if not _free(m.span(), found):
            continue
        lead = _LEAD_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if not lead:
            continue
        if not (_END_AT.match(text, m.end()) or wan_of or lead.group("strong") and _restated(m.group(0), found)
                and not _UNIT_AFTER.match(text, m.end()) and not _COUNTED.match(text, m.end())):
            continue  # 对拖车费3500有异议 after 拖车费3500元: the figure the passage stated in yuan
        num = m.group(0).rstrip("余多")
        capital = bool(set(num) & CAPITAL_CHARS)
        if lead.group("weak") and not (has_money or capital):
            continue
        digits = len(re.sub(r"\D", "", num))
        if not capital and not (digits >= (3 if lead.group("weak") else 2) or num.endswith("万")):
            continue  # 支付40 after 支付20%、支付30%: a share, not a sum
        _add(text, m.span(), num, added, found, capital, approximate=bool(m.group("about")))
    if has_money and ("＋" in text or "+" in text or "×" in text):
        _arithmetic(text, found, added)
    if has_money and _FORMULA_HINT.search(text):
        for span, value in formula_amounts(text, found):
            if _free(span, found + added):
                added.append(Amount(text=text[span[0]:span[1]], span=span, value=value, currency="CNY"))
    for amount in found:  # 壹仟贰佰万元整(小写12000000.00): the figure restating a 大写 amount
        m = _GLOSS_FIGURE.match(text, amount.span[1]) if amount.capital else None
        if m:
            _add(text, m.span("num"), m.group("num"), added, found, False)
    if "万" in text:
        money_in_wan = any("万" in a.text and a.currency for a in found)
        for m in _CN_WAN.finditer(text):
            lead = _LEAD_BEFORE.search(text, max(0, m.start() - 8), m.start())
            if lead and lead.group("strong") and not _UNIT_AFTER.match(text, m.end()):
                _add(text, m.span(), m.group("n") + "万", added, found, False, approximate=bool(m.group("about")))
        for m in (_BARE_WAN.finditer(text) if money_in_wan else ()):
            _add(text, m.span("num"), m.group("num"), added, found, False)
    for m in (_CAPITAL_BEFORE_YUAN.finditer(text) if "元" in text else ()):
        _add(text, m.span("num"), m.group("num"), added, found, True)
    for m in (_LISTED_WAN.finditer(text) if "万、" in text else ()):
        if re.match(r"、[^，。；]{0,3}?" + _FIGURE + r"万元", text[m.end():]):
            _add(text, m.span("num"), m.group("num"), added, found, False)
    for m in (_JIAO.finditer(text) if "角" in text else ()):
        num = m.group("num") or m.group("num2")
        value = parse_number(num)
        if value and _free(m.span(), found + added):
            added.append(Amount(text=m.group(0), span=m.span(), value=value * Decimal("0.1"), currency="CNY"))
    return added


# (70000＋12936.08＋193350.85＋500000)÷2=388143.465元: the addends of a sum whose result is money are money
_SUM = re.compile(rf"[（(]?\s*{_FIGURE}(?:\s*[＋+]\s*{_FIGURE})+\s*[）)]?(?:\s*[÷/×*]\s*{_FIGURE})?\s*[=＝]\s*$")
_ADDEND = re.compile(rf"(?<![÷/×*0-9０-９.．,，])\s*(?P<num>{_FIGURE})(?=\s*[＋+）)=＝])")
_PRODUCT = re.compile(rf"(?<![0-9０-９.．,，÷/＋+])(?:{_FIGURE}\s*[×*]\s*)+{_FIGURE}\s*[=＝]\s*$")
# (28463.43×20年): a figure in yuan and fen multiplied by a count, in a passage about money
_TIMES = re.compile(r"(?<![0-9０-９.．,，])(?P<num>[0-9０-９]+[.．][0-9０-９]{2})(?=\s*[×*]\s*[0-9０-９])")


def _arithmetic(text: str, found: list[Amount], added: list[Amount]) -> None:
    for amount in found:
        m = _SUM.search(text, max(0, amount.span[0] - 120), amount.span[0])
        if m:
            for a in _ADDEND.finditer(text, m.start(), m.end()):
                _add(text, a.span("num"), a.group("num"), added, found, False)
    for amount in found:  # 工资1630×0.8×4＝5216元: the one sum multiplied is money; rates and counts are not
        m = _PRODUCT.search(text, max(0, amount.span[0] - 60), amount.span[0])
        if m and _free(m.span(), found):  # 50天×9年×50元=22500元: the rate is written in yuan already
            factors = [(parse_number(f.group(0)), f.span()) for f in re.finditer(_FIGURE, m.group(0))]
            sums = [sp for v, sp in factors if v is not None and v >= 100 and v not in PAY_DAYS]
            if len(sums) == 1:  # 126×110=13860元: days times a daily rate, but which is which the text does not say
                start, end = m.start() + sums[0][0], m.start() + sums[0][1]
                _add(text, (start, end), text[start:end], added, found, False)
    for m in _TIMES.finditer(text):
        if parse_number(m.group("num")) not in PAY_DAYS:  # 1808÷21.75×8天: the days of a pay month
            _add(text, m.span("num"), m.group("num"), added, found, False)


def _add(text: str, span: tuple[int, int], num: str, added: list[Amount], found: list[Amount], capital: bool,
         approximate: bool = False) -> None:
    value = parse_number(num)
    if value and _free(span, found + added):
        added.append(Amount(text=text[span[0]:span[1]], span=span, value=value, currency="CNY", capital=capital,
                            approximate=approximate))
