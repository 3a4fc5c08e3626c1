"""Awards beyond the claims that are not sums (CON-04, beside checks/claim_scope.py): a remedy ordered that the claims
never ask for (赔礼道歉, 消除影响, 恢复名誉), and a running payment ordered past the end the claims ask for (抚养费 to
大学毕业 where the claims ask for it to 成年). A court decides only what is asked (民事诉讼法 第十三条, 解释 第二百二十二条)."""

from __future__ import annotations

import re

from checks.clause_view import clauses
from checks.registry import Finding, item_no
from zhixing.document import Document

# (the remedy as ordered, words in the claims that ask for it)
_REMEDIES = ((re.compile(r"赔礼道歉|书面道歉|公开道歉|道歉"), ("道歉",)),
             (re.compile(r"消除影响"), ("消除影响", "影响")),
             (re.compile(r"恢复名誉"), ("恢复名誉", "名誉")))
_NOT_AWARDED = re.compile(r"驳回|不予支持|不支持|无需|无须|不再")


def unclaimed_remedies(doc: Document, claims: tuple[int, str]) -> list[Finding]:
    """An item that orders an apology (or 消除影响 / 恢复名誉) where no word of the claims asks for it."""
    for item in doc.operative_items:
        if item.item_type in ("dismissal", "costs") or _NOT_AWARDED.search(item.text):
            continue
        for pattern, asked in _REMEDIES:
            m = pattern.search(item.text)
            if not m or any(w in claims[1] for w in asked):
                continue
            if pattern is _REMEDIES[0][0] and not any(c.act == "apologise" for c in clauses(doc, item)):
                continue  # 道歉 named, not ordered
            start = item.span[0] + m.start()
            return [Finding(message=(f"第{item_no(item.index)}项判令{m.group(0)}，但诉讼请求中没有这一项请求，属于超出诉讼请求"
                                     "的判项。"),
                            evidence=[(start, start + len(m.group(0))), (claims[0], claims[0] + len(claims[1]))],
                            item_index=item.index, confidence=0.7,
                            suggestion=f"删除“{m.group(0)}”的判项，或核对诉讼请求是否包含该项。")]
    return []


# a maintenance payment run to the child's majority, as claims ask for it, and an end later than that
_TO_MAJORITY = re.compile(r"成年|十八周岁|18周岁|十八岁|18岁")
_LATER_END = re.compile(r"(?:至|到|直至|直到)[^，。；]{0,16}?(?P<end>大学毕业|研究生毕业|毕业|参加工作|就业|独立生活|能够独立生活|"
                        r"二十二周岁|22周岁|二十周岁|20周岁)")
_RUNNING = re.compile(r"每(?:月|年|季度)|按月|按年")


def support_beyond_claimed_end(doc: Document, claims: tuple[int, str]) -> list[Finding]:
    """A running payment (每月…) the item runs to an end later than majority (大学毕业, 独立生活, 二十二周岁), where the
    claims ask it only to majority and name no later end."""
    if not _TO_MAJORITY.search(claims[1]):
        return []
    for item in doc.operative_items:
        later = _LATER_END.search(item.text) if _RUNNING.search(item.text) else None
        if not later or item.item_type in ("dismissal", "costs") or later.group("end") in claims[1]:
            continue
        start = item.span[0] + later.start("end")
        return [Finding(message=(f"第{item_no(item.index)}项的给付期间计至“{later.group('end')}”，但诉讼请求只要求计至成年，"
                                 "判项超出诉讼请求的期间。"),
                        evidence=[(start, start + len(later.group("end"))), (claims[0], claims[0] + len(claims[1]))],
                        item_index=item.index, confidence=0.7,
                        suggestion="按诉讼请求写明给付期间，如“至原告年满十八周岁时止”。")]
    return []


# 每月…300元（自2025年起每年在上一年基础上递增10%）: a running payment that grows by a rate or sum each period
_GROWTH = re.compile(r"(?:每年|逐年|按年|每月|逐月|每季度)[^，。；（）()]{0,12}?(?:递增|递减|增加|增长|上浮|上调|提高)"
                     r"[^，。；）)]{0,6}?(?:[0-9０-９.]+\s*[%％]|百分之[零一二三四五六七八九十点]+|[0-9０-９]+\s*元)")
# payments that run with time rather than pay off a fixed debt (an instalment plan of a loan may well grow)
_SUPPORT = re.compile(r"抚养费|赡养费|扶养费|抚育费|生活费|教育费|租金|工资|补助|津贴|护理费|报酬")
_GROWTH_ASKED = re.compile(r"递增|递减|增加|增长|上浮|上调|提高")
# 另行负担…今后医疗费用的百分之五十: a further head of cost laid on a party besides the sums asked for
_EXTRA_HEAD = re.compile(r"(?:另行|另外|额外|此外还?)(?:负担|承担|支付|给付)[^，。；]{0,24}?(?P<head>[\u4e00-\u9fff]{2,4}?)费(?:用)?")


def unclaimed_growth_or_head(doc: Document, claims: tuple[int, str]) -> list[Finding]:
    """A running payment made to grow each period where the claims ask for a fixed one, or a further head of cost
    (另行负担…医疗费用) that the claims never name."""
    asked = claims[1]
    for item in doc.operative_items:
        if item.item_type in ("dismissal", "costs") or _NOT_AWARDED.search(item.text):
            continue
        growth = _GROWTH.search(item.text) if _RUNNING.search(item.text) and _SUPPORT.search(item.text) else None
        if growth and not _GROWTH_ASKED.search(asked):
            what, how = growth, f"给付数额按“{growth.group(0)}”逐期变动，但诉讼请求只要求固定数额"
        else:
            extra = _EXTRA_HEAD.search(item.text)
            if not extra or extra.group("head")[-2:] in asked:
                continue
            what, how = extra, f"判令“{extra.group(0)}”，但诉讼请求中没有{extra.group('head')}费的请求"
        start = item.span[0] + what.start()
        return [Finding(message=f"第{item_no(item.index)}项{how}，属于超出诉讼请求的判项。",
                        evidence=[(start, start + len(what.group(0))), (claims[0], claims[0] + len(claims[1]))],
                        item_index=item.index, confidence=0.7,
                        suggestion="按诉讼请求写明给付的项目和数额，或核对诉讼请求是否包含该项。")]
    return []
