"""Figures inside the 主文: a figure and its 大写 gloss (either order, any gloss wording); a 共计 / 合计 that is not the
sum of the amounts it totals; a 以上…合计 across items."""

from __future__ import annotations

import re
from decimal import Decimal

from checks import basis
from checks.registry import Finding, check, item_no
from extractors.money import find_amounts
from zhixing.fields import Amount
from zhixing.document import Document

# what may stand between a figure and its restatement: （大写：…）, （金额大写：…）, ，大写人民币…, （即…）, （￥…）
_GLOSS_BETWEEN = re.compile(r"^[\s（(，,]*(?:即|大写|小写|金额|人民币|计|为|是|[:：])*\s*$")
_TOTAL = re.compile(r"(?:共计|合计|总计|累计|总额|小计|共|以上|上述|两项|三项|各项|[二三四五六七八九十]项)\s*(?:金额|款项|损失|费用)?"
                    r"\s*(?:为|是)?\s*(?:人民币)?\s*$")
_ACROSS = re.compile(r"(?:以上|上列|上述|前述)(?P<what>[^，。；]{0,16}?)(?:款项)?(?:共计|合计|总计|共|总额为?)\s*(?:人民币)?\s*$")
_CN_ITEM = "一二三四五六七八九十"
_DEDUCT = re.compile(r"(?:扣除|减去|减除|抵扣|冲抵|已支付|已付|已赔付|已给付|已垫付|垫付)[^，。；、0-9]{0,10}$")
_NOT_PART = re.compile(r"(?:以|基数|每月|每年|每日|按)\s*$")


def _scripts_differ(a: Amount, b: Amount) -> bool:
    return a.capital != b.capital or any(c.isdigit() for c in a.text) != any(c.isdigit() for c in b.text)


@check("CON-01", "阿拉伯数字金额与大写金额不一致", "contradiction", "error", basis.CORRECTION,
       ["支付货款100,000元（大写：壹拾万零伍佰元整）", "借款20000元，大写人民币贰万伍仟元整", "人民币贰万伍仟元（￥20000元）"])
def gloss_mismatch(doc: Document):
    """A sum written twice in two scripts, next to each other (the second restating the first), must be one sum."""
    for item in doc.operative_items:
        amounts = find_amounts(item.text)
        for first, second in zip(amounts, amounts[1:]):
            between = item.text[first.span[1]:second.span[0]]
            restates = second.gloss_of is not None or (_scripts_differ(first, second) and second.capital != first.capital
                                                        and _GLOSS_BETWEEN.match(between))
            if restates and first.value != second.value:
                s = item.span[0]
                yield Finding(message=(f"第{item_no(item.index)}项金额“{first.text}”与大写“{second.text}”不一致。"
                                       if not first.capital else
                                       f"第{item_no(item.index)}项大写金额“{first.text}”与“{second.text}”不一致。"),
                              evidence=[(s + first.span[0], s + first.span[1]), (s + second.span[0], s + second.span[1])],
                              item_index=item.index, suggestion="核对后统一金额，并以裁定补正。")


@check("CON-02", "“共计”金额不等于各分项之和", "contradiction", "error", basis.CONSISTENT + "；" + basis.CORRECTION,
       ["支付车辆维修费14650元，试驾费损失3000元，共计17560元", "各项损失共计3500元（其中医疗费1000元、误工费2000元）"])
def total_not_sum(doc: Document):
    """An amount named as a total (共计 / 合计金额为 / 以上两项合计 / 总计人民币) equals the amounts it totals: those before
    it in the item (less what is deducted), or those listed after it (其中…). Interest bases, periodic sums and 大写
    glosses are no parts. Flagged only when no reading of the parts gives the total."""
    for item in doc.operative_items:
        text = item.text
        amounts = [a for a in find_amounts(text) if a.gloss_of is None]
        interest = [(c.span[0] - item.span[0], c.span[1] - item.span[0]) for c in item.interest]
        for k, total in enumerate(amounts):
            if not _TOTAL.search(text[max(0, total.span[0] - 10):total.span[0]]) or \
                    _ACROSS.search(text[max(0, total.span[0] - 30):total.span[0]]) and \
                    re.search(r"第[一二三四五六七八九十]+", text[max(0, total.span[0] - 30):total.span[0]]):
                continue  # 以上第一、二项合计: across items, CON-06
            parts = [a for a in amounts[:k] if _is_part(text, a, interest)]
            after_end = min([i for i in (text.find(ch, total.span[1]) for ch in "。") if i >= 0] or [len(text)])
            listed = [a for a in amounts[k + 1:] if a.span[0] < after_end and _is_part(text, a, interest)]
            readings = _readings(text, parts, amounts[:k]) + ([_sum(listed)] if len(listed) >= 2 else [])
            if not readings or any(r == total.value for r in readings):
                continue
            used = parts if len(parts) >= 2 else listed
            s = item.span[0]
            yield Finding(message=(f"第{item_no(item.index)}项分项金额合计{_fmt(readings[0])}元，与“{total.text}”不符。"),
                          evidence=[(s + p.span[0], s + p.span[1]) for p in used] + [(s + total.span[0], s + total.span[1])],
                          item_index=item.index, suggestion=f"共计{_fmt(readings[0])}元")


def _is_part(text: str, a: Amount, interest) -> bool:
    return not _NOT_PART.search(text[max(0, a.span[0] - 3):a.span[0]]) and \
        not text[a.span[1]:a.span[1] + 3].startswith("为基数") and not any(s <= a.span[0] < e for s, e in interest)


def _readings(text: str, parts: list[Amount], before: list[Amount]) -> list[Decimal]:
    """The sums the parts before a total can mean: since the sentence began, since the last 。, since the previous
    total, and each with deductions (扣除已支付的500元) subtracted."""
    out = []
    starts = {max(text.rfind(ch, 0, parts[-1].span[0]) for ch in "。；;") + 1 if parts else 0, 0}
    previous_totals = [a for a in before if _TOTAL.search(text[max(0, a.span[0] - 10):a.span[0]])]
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
       ["三、上列第一、第二项款项总计79,300元（两项实为78,500元）", "以上两项共34500元"])
def total_across_items(doc: Document):
    items = doc.operative_items
    for pos, item in enumerate(items):
        for a in item.amounts:
            m = _ACROSS.search(doc.text[max(item.span[0], a.span[0] - 30):a.span[0]])
            if not m or a.gloss_of is not None:
                continue
            what = m.group("what")
            listed = [_CN_ITEM.index(c) + 1 for c in re.findall(rf"第([{_CN_ITEM}])", what)]
            count = {"两": 2, "二": 2, "三": 3, "四": 4}.get(next(iter(re.findall(r"([两二三四])项", what)), ""), 0)
            own = [x for x in item.amounts if x.span[0] < a.span[0] and x.gloss_of is None]
            if listed:
                chosen = [items[k - 1] for k in listed if 0 < k <= len(items)]
            elif count:
                chosen = items[max(0, pos - count + (1 if own else 0)):pos + (1 if own else 0)]
            else:
                chosen = items[:pos + (1 if own else 0)]
            parts = [x for it in chosen for x in it.amounts if x.gloss_of is None and x is not a
                     and not any(c.span[0] <= x.span[0] < c.span[1] for c in it.interest)
                     and x.span[0] < a.span[0]]
            total = sum((x.value for x in parts), Decimal(0))
            if len(parts) >= 2 and total != a.value:
                yield Finding(message=(f"第{item_no(item.index)}项“{a.text}”应为所指各项金额之和"
                                       f"{format(total.normalize(), 'f')}元，二者不符。"),
                              evidence=[x.span for x in parts] + [a.span], item_index=item.index,
                              suggestion=f"{format(total.normalize(), 'f')}元")


