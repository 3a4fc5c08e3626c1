"""Figures inside the 主文: a figure and its 大写 gloss (either order, any gloss wording); a 共计 / 合计 that is not the
sum of the amounts it totals; a 以上…合计 across items."""

from __future__ import annotations

import re
from decimal import Decimal

from checks import basis
from checks.meaning import party_names
from checks.registry import Finding, check, item_no
from extractors.clause_lexicon import TOTAL_WORDS
from extractors.money import amounts_in
from zhixing.fields import Amount
from zhixing.document import Document
from zhixing.scan import first_char_gate

# what may stand between a figure and its restatement: （大写：…）, （金额大写：…）, ，大写人民币…, （即…）, （￥…）
_GLOSS_BETWEEN = re.compile(r"^[\s（(，,]*(?:即|大写|小写|金额|人民币|计|为|是|[:：])*\s*$")
# a total: 共计 / 合计金额为 / 以上两项 / 综上…累计应赔偿原告 (a verb and a party may stand between; 共 alone may not:
# 共同赔偿 is no total)
_TOTAL = first_char_gate(re.compile(rf"(?:(?:{TOTAL_WORDS})[^，。；、0-9（）()]{{0,10}}?|共|以上|上述|两项|三项|各项|[二三四五六七八九十]项|"
                    r"[两二三]者)"
                    # 三项相加计1.72万元 / 以上各项加总为… / 两项之和为… / 两者合并计算为…
                    r"\s*(?:(?:相加|加总|之和|总和|合并计算|合并)(?:共计|合计|计|为|得|是)?)?"
                    r"\s*(?:金额|款项|损失|费用)?\s*(?:为|是)?\s*(?:人民币)?\s*$"))
_TOTAL_WORDS = ("共", "合计", "总计", "累计", "总额", "小计", "总数", "总金额", "总和", "合并", "以上", "上述", "项", "者")  # one stands in every _TOTAL match
_ACROSS = re.compile(r"(?:以上|上列|上述|前述)(?P<what>[^，。；]{0,16}?)(?:款项)?(?:共计|合计|总计|共|总额为?)\s*(?:人民币)?\s*$")
_CN_ITEM = "一二三四五六七八九十"
_DEDUCT = re.compile(r"(?:扣除|减去|减除|抵扣|冲抵|已支付|已付|已赔付|已给付|已垫付|垫付)[^，。；、0-9]{0,10}$")
_NOT_PART = re.compile(r"(?:以|基数|每月|每年|每日|按)\s*$")
_CAP = re.compile(r"不超过|不得超过|最高|以内|为限|上限|以\s*(?:人民币)?\s*$")  # 总额分别以390万元、…为限
_ANNOUNCED = re.compile(r"\s*(?:[（(]|[，,。：:]\s*)?(?:其中|包括|分别为|具体为|明细如下|如下|即)|\s*[：:]")


def _scripts_differ(a: Amount, b: Amount) -> bool:
    return a.capital != b.capital or any(c.isdigit() for c in a.text) != any(c.isdigit() for c in b.text)


@check("CON-01", "阿拉伯数字金额与大写金额不一致", "contradiction", "error", basis.CORRECTION,
       ["支付货款100,000元（大写：壹拾万零伍佰元整）", "借款20000元，大写人民币贰万伍仟元整", "人民币贰万伍仟元（￥20000元）"])
def gloss_mismatch(doc: Document):
    """A sum written twice in two scripts, next to each other (the second restating the first: （大写：…）, an unlabelled
    bracket, （即人民币…）, ，大写人民币…, a later 该款大写为…), must be one sum: in the items and in the costs sentence."""
    parts = [(item.index, item.span[0], item.text) for item in doc.operative_items]
    if doc.costs:
        parts.append((None, doc.costs.span[0], doc.costs.text))
    for index, s, text in parts:
        amounts = amounts_in(text)
        for first, second in zip(amounts, amounts[1:]):
            if not _restates(text, first, second) or first.value == second.value or first.currency != second.currency:
                continue
            where = f"第{item_no(index)}项" if index is not None else "诉讼费用负担部分"
            yield Finding(message=(f"{where}金额“{first.text}”与{'大写' if second.capital else '同一金额的另一写法'}“{second.text}”不一致。"
                                   if not first.capital else
                                   f"{where}大写金额“{first.text}”与“{second.text}”不一致。"),
                          evidence=[(s + first.span[0], s + first.span[1]), (s + second.span[0], s + second.span[1])],
                          item_index=index, suggestion="核对后统一金额，并以裁定补正。")


def _restates(text: str, first: Amount, second: Amount) -> bool:
    """Whether ``second`` restates ``first``: a paired gloss, or the same sum in another script (大写 / Arabic / 万)
    standing alone in a bracket or a clause right after it, introduced at most by 即 / 大写 / 人民币 …; a bracket that goes
    on after the amount (（12100元×30%）) is a computation, not a restatement."""
    if second.gloss_of is not None:
        return True
    if not _GLOSS_BETWEEN.match(text[first.span[1]:second.span[0]]):
        return False
    closes = re.match(r"\s*(?:整)?\s*(?:[）)]|[，,。；;]|$)", text[second.span[1]:])
    # 1000元（1千2百元）: digits with Chinese units are another way of writing the sum, as 万 is
    other_script = _scripts_differ(first, second) or ("万" in first.text) != ("万" in second.text) or \
        any(u in first.text for u in "十百千") != any(u in second.text for u in "十百千")
    return bool(closes) and other_script


@check("CON-02", "“共计”金额不等于各分项之和", "contradiction", "error", basis.CONSISTENT + "；" + basis.CORRECTION,
       ["支付车辆维修费14650元，试驾费损失3000元，共计17560元", "各项损失共计3500元（其中医疗费1000元、误工费2000元）"])
def total_not_sum(doc: Document):
    """An amount named as a total (共计 / 合计金额为 / 以上两项合计 / 总计人民币) equals the amounts it totals: those before
    it in the item (less what is deducted), those listed after it (其中…), or, for a total of earlier items (以上第一、
    二项合计 / 综上，…累计应支付), the amounts of those items. Interest bases, periodic sums and 大写 glosses are no
    parts. Flagged only when no reading of the parts gives the total."""
    names = party_names(doc)
    for pos, item in enumerate(doc.operative_items):
        text = item.text
        if not any(w in text for w in _TOTAL_WORDS):
            continue  # no total named in the item (party names only ever become 甲, so _unnamed adds no such word)
        amounts = [a for a in amounts_in(text) if a.gloss_of is None]
        interest = [(c.span[0] - item.span[0], c.span[1] - item.span[0]) for c in item.interest]
        for k, total in enumerate(amounts):
            lead = _unnamed(text[max(0, total.span[0] - 40):total.span[0]], names)
            found = _TOTAL.search(lead)
            if not found or _CAP.search(found.group(0)) or re.match(r"\s*(?:为限|以内|为最高限额)", text[total.span[1]:]):
                continue  # 与其他债权合计不超过200万元 / 总额以532万元为限: a cap on what is secured, not a sum of parts
            parts = [a for a in amounts[:k] if _is_part(text, a, interest)]
            opened = _open_bracket(text, total.span[0])
            if opened is not None:  # （截止…，逾期利息和复利合计48608.24元）: a total in brackets sums what they hold
                parts = [a for a in parts if a.span[0] > opened]
            s = item.span[0]
            cross = _cross_parts(doc, pos, s + total.span[0], parts)
            if cross is not None:
                if len(cross) >= 2 and _sum(cross) != total.value:
                    yield Finding(message=(f"第{item_no(item.index)}项“{total.text}”应为所合计各项金额之和"
                                           f"{_fmt(_sum(cross))}元，二者不符。"),
                                  evidence=[x.span for x in cross] + [(s + total.span[0], s + total.span[1])],
                                  item_index=item.index, suggestion=f"{_fmt(_sum(cross))}元")
                continue
            after_end = _sentence_end(text, total.span[1])
            if text[after_end + 1:after_end + 4].lstrip().startswith("其中"):  # 共计3500元。其中，医疗费…
                after_end = _sentence_end(text, after_end + 1)
            # the parts after a total: in its own clause up to ；, or wherever it announces them (共计3500元。其中… /
            # 明细如下：…); 期内利息共计6673.33元；截至…逾期利息计…元 goes on to other sums
            if not _ANNOUNCED.match(text, total.span[1]):
                after_end = min([after_end] + [i for i in (text.find("；", total.span[1]), text.find(";", total.span[1]))
                                               if i >= 0])
            listed = [a for a in amounts[k + 1:] if a.span[0] < after_end and _is_part(text, a, interest)]
            readings = _readings(text, parts, amounts[:k]) + ([_sum(listed)] if len(listed) >= 2 else [])
            if not readings or any(r == total.value for r in readings):
                continue
            used = parts if len(parts) >= 2 else listed
            yield Finding(message=(f"第{item_no(item.index)}项分项金额合计{_fmt(readings[0])}元，与“{total.text}”不符。"),
                          evidence=[(s + p.span[0], s + p.span[1]) for p in used] + [(s + total.span[0], s + total.span[1])],
                          item_index=item.index, suggestion=f"共计{_fmt(readings[0])}元")


def _unnamed(text: str, names: list[str]) -> str:
    """The text with party names shortened to one character: 累计应向原告宁波恒艺餐饮有限公司支付 reads as a total as
    累计应向原告甲支付 does."""
    for name in names:
        if name in text:
            text = text.replace(name, "甲")
    return text


# a closing sum over what the 主文 ordered before: 综上，被告累计应向原告支付… / 以上各项合计…
_SUMMARY = re.compile(r"综上|累计|以上|上列|上述|前述")


def _cross_parts(doc: Document, pos: int, at: int, own_parts: list[Amount]) -> list[Amount] | None:
    """The amounts of earlier items a total at document offset ``at`` adds up (document spans), or None when the
    total is one of its own item. Across items: it names them (以上第一、二项 / 以上两项), or it closes a sentence of
    summing words (以上 / 综上…累计) with fewer than two parts of its own sentence before it."""
    items = doc.operative_items
    item = items[pos]
    window = doc.text[max(item.span[0], at - 30):at]
    m = _ACROSS.search(window)
    what = m.group("what") if m else ""
    listed = _item_numbers(what)
    count = {"两": 2, "二": 2, "三": 3, "四": 4}.get(next(iter(re.findall(r"([两二三四])项", what)), ""), 0)
    sentence_start = max(doc.text.rfind(ch, item.span[0], at) for ch in "。；;") + 1
    in_sentence = [a for a in own_parts if item.span[0] + a.span[0] >= sentence_start]
    if not listed and not (pos > 0 and len(in_sentence) < 2 and (count or _SUMMARY.search(doc.text[max(
            sentence_start, item.span[0]):at]))):
        return None
    own = [x for x in item.amounts if x.span[0] < at and x.gloss_of is None]
    if listed:
        chosen = [items[k - 1] for k in listed if 0 < k <= len(items)]
    elif count:
        chosen = items[max(0, pos - count + (1 if own else 0)):pos + (1 if own else 0)]
    else:
        chosen = [it for it in items[:pos + 1] if it.item_type == "payment"]
    return [x for it in chosen for x in it.amounts if x.gloss_of is None and x.span[0] < at
            and not any(c.span[0] <= x.span[0] < c.span[1] for c in it.interest)
            and not _NOT_PART.search(doc.text[max(0, x.span[0] - 3):x.span[0]])
            and not (it is item and x.span[0] >= sentence_start)]


def _open_bracket(text: str, pos: int) -> int | None:
    """Where the bracket still open at ``pos`` opens, or None."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            if depth == 0:
                return i
            depth -= 1
    return None


def _sentence_end(text: str, pos: int) -> int:
    end = text.find("。", pos)
    return end if end >= 0 else len(text)


def _is_part(text: str, a: Amount, interest) -> bool:
    return not _NOT_PART.search(text[max(0, a.span[0] - 3):a.span[0]]) and \
        not text[a.span[1]:a.span[1] + 3].startswith("为基数") and not any(s <= a.span[0] < e for s, e in interest)


def _readings(text: str, parts: list[Amount], before: list[Amount]) -> list[Decimal]:
    """The sums the parts before a total can mean: since the sentence began, since the last 。, since the previous
    total, and each with deductions (扣除已支付的500元) subtracted."""
    out = []
    starts = {max(text.rfind(ch, 0, parts[-1].span[0]) for ch in "。；;") + 1 if parts else 0, 0}
    previous_totals = [a for a in before if _TOTAL.search(text[max(0, a.span[0] - 16):a.span[0]])]
    if previous_totals:
        starts.add(previous_totals[-1].span[1])
    for start in sorted(starts):
        chosen = [p for p in parts if p.span[0] >= start and p not in previous_totals]
        if len(chosen) < 2:
            continue
        out.append(_sum(chosen))
        out.append(sum((-p.value if _DEDUCT.search(text[max(0, p.span[0] - 14):p.span[0]]) else p.value
                        for p in chosen), Decimal(0)))
    return out


def _sum(amounts: list[Amount]) -> Decimal:
    return sum((a.value for a in amounts), Decimal(0))


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f")


@check("CON-06", "跨判项的合计金额与各项之和不符", "contradiction", "error", basis.CONSISTENT + "；" + basis.CORRECTION,
       ["三、上列第一、第二项款项总计79,300元（两项实为78,500元）", "以上两项共34500元"], after_rules=True)
def total_across_items(doc: Document, flags=()):
    """A total over earlier items (以上第一、二项合计 / 以上两项共) is read by CON-02 with the other totals; this second
    reading reports one CON-02 did not, so a wrong total is reported once."""
    done = {f.item_index for f in flags if f.code == "CON-02"}
    items = doc.operative_items
    for pos, item in enumerate(items):
        if item.index in done:
            continue
        for a in item.amounts:
            if a.gloss_of is not None or not _ACROSS.search(doc.text[max(item.span[0], a.span[0] - 30):a.span[0]]):
                continue
            parts = [x for x in _cross_parts(doc, pos, a.span[0], []) or [] if x is not a]
            total = _sum(parts)
            if len(parts) >= 2 and total != a.value:
                yield Finding(message=f"第{item_no(item.index)}项“{a.text}”应为所指各项金额之和{_fmt(total)}元，二者不符。",
                              evidence=[x.span for x in parts] + [a.span], item_index=item.index,
                              suggestion=f"{_fmt(total)}元")
                break


def _item_numbers(what: str) -> list[int]:
    """The items a total names: 第一、二项 / 第一、第二项 / 第一至三项 / 第一项至第三项 → [1, 2] / [1, 2, 3]."""
    m = re.search(rf"第([{_CN_ITEM}、，,和及与至到第项-]+)", what)
    if not m:
        return []
    out: list[int] = []
    for piece in re.split(r"[、，,和及与]", m.group(1).replace("第", "").replace("项", "")):
        ends = [_CN_ITEM.index(c) + 1 for c in re.findall(rf"[{_CN_ITEM}]", piece)][:2]
        if len(ends) == 2 and re.search(r"[至到-]", piece):
            out.extend(range(ends[0], ends[1] + 1))
        elif ends:
            out.append(ends[0])
    return out
