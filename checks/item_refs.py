"""Items that point at other items by number (按本判决第二项所列期次 / 第一项所列劳务报酬分三期给付 / 按本判决第一项确定
的期限): the item a reference names, so that a check can read what the item leaves to it."""

from __future__ import annotations

import re

from zhixing.document import Document, OperativeItem
from zhixing.scan import first_char_gate

_CN = "一二三四五六七八九十"
# 第二项 of this judgment, not 第一百零九条第一项 of a statute nor 原审判决第二项 of another document
_REF = first_char_gate(re.compile(rf"(?<![条款])(?<!原审判决)(?<!原判决)(?<!原判)(?:本判决)?第(?P<n>[{_CN}])项"
                  r"(?P<how>所列|所确定|确定|所定|列明|规定|所述|所涉|中|的)?"))


def referenced_items(doc: Document, item: OperativeItem, text: str | None = None
                     ) -> list[tuple[OperativeItem, re.Match]]:
    """(item named, match in ``text``) for every other item of the 主文 that ``text`` (by default the item's own
    text) names by its number."""
    text = item.text if text is None else text
    if "项" not in text:
        return []  # most items name no other item
    items = doc.operative_items
    out = []
    for m in _REF.finditer(text):
        k = _CN.index(m.group("n"))
        if k < len(items) and items[k] is not item:
            out.append((items[k], m))
    return out


_ANSWERS_FOR = re.compile(r"承担[^，。；]{0,8}?责任")
# a party answering for a debt another item orders: 对上述款项 / 对本判决第一、第二两项所列款项 / 对上述判项一 …承担…责任 /
# 如不能履行上述第一项的给付义务，…以其…承担…责任: the debt, its amount and its period are that item's
ANSWERS_FOR_DEBT = re.compile(r"(?:对|履行)[^。；]{0,40}?(?:上述|前述|本判决|第[一二三四五六七八九十、第两]+项|判项)[^。；]{0,60}?"
                              r"承担[^。；]{0,10}?责任")
_PERIOD_WORDS = re.compile(r"期限|期次|期间|期数|时间|分期|同期")


def period_from(doc: Document, item: OperativeItem, text: str) -> OperativeItem | None:
    """The item whose period ``text`` takes over (按本判决第二项所列期次支付 / 在第一项确定的期限内): the named item,
    when the words after the reference speak of a period and that item has one of its own."""
    for other, m in referenced_items(doc, item, text):
        answers = _ANSWERS_FOR.search(text, m.end())  # 对本判决第二项承担连带给付责任: the debt's own period
        if _PERIOD_WORDS.search(text, m.end(), m.end() + 6) or answers and answers.start() - m.end() <= 12:
            if other.deadline is not None:
                return other
    return None
