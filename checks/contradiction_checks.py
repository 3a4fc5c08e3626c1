"""Contradictions: a figure and its 大写 gloss; a 共计 that is not the sum of its parts; interest end points that
differ between the 主文 and the 本院认为, or between parallel items; awards beyond the claims."""

from __future__ import annotations

import re
from decimal import Decimal

from checks import basis
from checks.fee_checks import claimed_amount, claims_upper_bound
from checks.registry import Finding, check, item_no
from extractors.interest import find_interest
from extractors.money import find_amounts
from zhixing.document import Document

_END_WORDS = re.compile(r"(?:利息|违约金|罚息|损失)[^。；]*至[^。；]*(?:之日|日|时)|至[^。；]*(?:之日|时)[^。；]*(?:利息|违约金|罚息)")
_TOTAL = re.compile(r"(?:共计|合计|总计|累计|总额|共)\s*(?:为)?\s*(?:人民币)?\s*$")
_ACROSS = re.compile(r"(?:以上|上列|上述|前述)(?P<what>[^，。；]{0,16}?)(?:款项)?(?:共计|合计|总计|共|总额为?)\s*(?:人民币)?\s*$")
_CN_ITEM = "一二三四五六七八九十"


@check("CON-01", "阿拉伯数字金额与大写金额不一致", "contradiction", "error", basis.CORRECTION,
       ["支付货款100,000元（大写：壹拾万零伍佰元整）"])
def gloss_mismatch(doc: Document):
    for item in doc.operative_items:
        for a in item.amounts:
            if a.gloss_of is None:
                continue
            figure = item.amounts[a.gloss_of]
            if figure.value != a.value:
                yield Finding(message=(f"第{item_no(item.index)}项金额“{figure.text}”与大写“{a.text}”不一致。"),
                              evidence=[figure.span, a.span], item_index=item.index,
                              suggestion="核对后统一金额，并以裁定补正。")


@check("CON-02", "“共计”金额不等于各分项之和", "contradiction", "error", basis.CONSISTENT + "；" + basis.CORRECTION,
       ["支付车辆维修费14650元，试驾费损失3000元，共计17560元"])
def total_not_sum(doc: Document):
    for item in doc.operative_items:
        amounts = [a for a in item.amounts if a.gloss_of is None]
        for k, a in enumerate(amounts):
            before = doc.text[max(item.span[0], a.span[0] - 6):a.span[0]]
            if not _TOTAL.search(before):
                continue
            # the parts: the amounts before the total in the same sentence, not interest bases
            sentence_start = max(doc.text.rfind(ch, item.span[0], a.span[0]) for ch in "。；;") + 1
            parts = [p for p in amounts[:k] if p.span[0] >= max(sentence_start, item.span[0])
                     and not re.search(r"以\s*$|基数", doc.text[max(0, p.span[0] - 3):p.span[0]])]
            if len(parts) < 2:  # 合计79110元，由原告享有40005元、由被告享有40005元: the parts follow the total
                sentence_end = min([i for i in (doc.text.find(ch, a.span[1], item.span[1]) for ch in "。；;") if i >= 0]
                                   or [item.span[1]])
                parts = [p for p in amounts[k + 1:] if p.span[0] < sentence_end]
            if len(parts) < 2:
                continue
            total = sum((p.value for p in parts), Decimal(0))
            if total != a.value:
                yield Finding(message=(f"第{item_no(item.index)}项分项金额合计{format(total.normalize(), 'f')}元，"
                                       f"与“{a.text}”不符。"),
                              evidence=[p.span for p in parts] + [a.span], item_index=item.index,
                              suggestion=f"共计{format(total.normalize(), 'f')}元")


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


@check("CON-03", "主文与本院认为的利息截止时点不一致", "contradiction", "error", basis.CONSISTENT,
       ["本院认为：利息计算至本判决确定的履行期限届满之日；主文：……计算至实际清偿之日止"])
def interest_end_vs_reasoning(doc: Document):
    reasoning = doc.section("reasoning")
    if not reasoning or not any(i.interest for i in doc.operative_items):
        return
    text = doc.span_text(reasoning.span)
    said = []
    pos = 0
    for sentence in re.split(r"(?<=[。；])", text):  # only sentences that speak of an end point are parsed
        if _END_WORDS.search(sentence):
            for c in find_interest(sentence):
                key = _end_key(c, sentence[c.span[0]:])
                if key is not None:
                    said.append((c.model_copy(update={"span": (c.span[0] + pos, c.span[1] + pos)}), key))
        pos += len(sentence)
    if not said:
        return
    kinds = {key for _, key in said}
    if len(kinds) != 1:
        return
    reason_kind = kinds.pop()
    first = said[0][0]
    for item in doc.operative_items:
        for clause in item.interest:
            tail = doc.text[clause.span[0]:min([i for i in (doc.text.find(ch, clause.span[0]) for ch in "。；")
                                                if i >= 0] or [item.span[1]])]
            item_key = _end_key(clause, tail)
            if item_key is not None and item_key != reason_kind:
                where = (reasoning.span[0] + first.span[0], reasoning.span[0] + first.span[1])
                yield Finding(message=(f"本院认为部分将利息计算至{_end_words(reason_kind)}，第{item_no(item.index)}项却计算至"
                                       f"{_end_words(item_key)}，截止时点前后矛盾。"),
                              evidence=[where, clause.span], item_index=item.index,
                              suggestion=f"统一为“计算至{_end_words(reason_kind)}止”。")


# 截至 / 暂计算至 / 已算至 name the date accrued interest was counted to, not where the clause runs
_OTHER_END = re.compile(r"(?<!截)(?<!暂计算)(?<!已计算)(?<!暂算)(?<!已算)至\s*(?P<what>[^，。；]{2,20}?)之日")


def _end_key(clause, following: str) -> str | None:
    """What an interest clause runs to: until_paid, until_due, a date, or another event (起诉, 判决生效 …).
    ``following`` is the text from the clause's start to the end of its sentence."""
    if clause.end_kind in ("until_paid", "until_due"):
        return clause.end_kind
    if clause.end_kind == "date" and clause.end:
        return f"date:{clause.end.isoformat()}"
    m = _OTHER_END.search(following)
    return f"event:{m.group('what')}" if m else None


def _end_words(key: str) -> str:
    return {"until_paid": "实际清偿之日", "until_due": "判决确定的履行期限届满之日"}.get(key) or key.split(":", 1)[1] + (
        "之日" if key.startswith("event:") else "")


@check("CON-04", "判决金额超出诉讼请求", "contradiction", "warning", basis.CLAIMS,
       ["原告请求支付10000元，主文判令被告支付12000元"])
def beyond_claims(doc: Document):
    claims = doc.section("claims")
    if claims and doc.instance == "first" and not re.search(r"利息|违约金|损失|滞纳金|罚息|资金占用", doc.span_text(claims.span)):
        for item in doc.operative_items:
            for clause in item.interest:
                if clause.rate_text or clause.start or clause.end_kind:
                    yield Finding(message=(f"第{item_no(item.index)}项判令支付利息，但诉讼请求中没有利息、违约金或损失的请求。"),
                                  evidence=[claims.span, clause.span], item_index=item.index, confidence=0.8)
    claimed = claimed_amount(doc) or claims_upper_bound(doc)
    if claimed is None or doc.instance != "first":
        return
    claimants = {p.name for p in doc.parties if p.role in ("plaintiff", "appellant", "applicant")}
    for item in doc.operative_items:
        if item.item_type != "payment" or not any(set(o.obligees) & claimants for o in item.obligations):
            continue  # only awards to the claimant can go beyond the claims
        principal = [a for a in item.amounts if a.gloss_of is None and not re.search(
            r"以\s*$", doc.text[max(0, a.span[0] - 2):a.span[0]])]
        total = next((a for a in principal if _TOTAL.search(doc.text[max(0, a.span[0] - 6):a.span[0]])), None)
        periodic = [(m.start() + item.span[0], m.end() + item.span[0])
                    for m in re.finditer(r"每(?:月|年|季度|周)[^，。；]{0,20}", item.text)]
        heads = [a for a in principal if not any(c.span[0] <= a.span[0] < c.span[1] for c in item.interest)
                 and not any(s <= a.span[0] < e for s, e in periodic)]  # 每月300元 is not a sum awarded once
        awarded = total.value if total else (sum((a.value for a in heads), Decimal(0)) if heads else None)
        if awarded is not None and awarded > claimed:
            yield Finding(message=(f"第{item_no(item.index)}项判令给付{format(awarded.normalize(), 'f')}元，超过诉讼请求的"
                                   f"{format(claimed.normalize(), 'f')}元。"),
                          evidence=[(total or principal[0]).span], item_index=item.index, confidence=0.7)


@check("CON-05", "同一笔款项在不同判项中金额或期限不同", "contradiction", "error", basis.CONSISTENT,
       ["一、被告支付货款50000元；……三、被告于本判决生效之日起十日内支付上述货款45000元"])
def same_debt_twice(doc: Document):
    yield from _same_noun_two_amounts(doc)
    yield from _base_above_principal(doc)
    yield from _dismissal_implies_other_award(doc)
    seen: dict[str, tuple] = {}
    for item in doc.operative_items:
        for m in re.finditer(r"上述(?P<what>[\u4e00-\u9fff]{1,6}?(?:款|费|金|租金))\s*(?:共计|合计|计)?\s*(?P<amount>[0-9.,，]+元)",
                             item.text):
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


_NOUN_AMOUNT = re.compile(r"(?P<noun>[\u4e00-\u9fff]{1,4}?(?:款|费|金))(?:的)?(?:数额|金额)?(?:确定为|为|以[^，。；（）]{0,12}的|共计|合计)?"
                          r"\s*(?P<amount>[0-9][0-9.,，]*元)")
_BACK_REFERENCE = re.compile(r"上述|前述|前款|该|第[一二三四五六七八九十]+项所涉|所涉|为准")


def _same_noun_two_amounts(doc: Document):
    """承揽款35232元（承揽款金额以双方对账确认的36732元为准） / 第一项所涉预付款数额确定为2280元: one debt, two figures."""
    mentions: dict[str, list] = {}
    for item in doc.operative_items:
        for m in _NOUN_AMOUNT.finditer(item.text):
            amount = find_amounts(m.group("amount"))
            if amount:
                ref = _BACK_REFERENCE.search(item.text[max(0, m.start() - 12):m.end() + 6])
                noun = m.group("noun")[-3:] if len(m.group("noun")) >= 3 else m.group("noun")  # 所涉预付款 / 乐预付款 → 预付款
                mentions.setdefault(noun, []).append((item, m, amount[0].value, bool(ref)))
    for noun, found in mentions.items():
        values = {v for _, _, v, _ in found}
        if len(values) > 1 and any(ref for *_, ref in found) and len(noun) >= 2:
            first, second = found[0], next(f for f in found[1:] if f[2] != found[0][2])
            yield Finding(message=(f"“{noun}”在第{item_no(first[0].index)}项为{first[1].group('amount')}，"
                                   f"在第{item_no(second[0].index)}项又为{second[1].group('amount')}，同一笔款项数额不一致。"),
                          evidence=[(first[0].span[0] + first[1].start(), first[0].span[0] + first[1].end()),
                                    (second[0].span[0] + second[1].start(), second[0].span[0] + second[1].end())],
                          item_index=second[0].index)



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
            implied = find_amounts(m.group("amount"))[0].value
            if implied != awarded:
                start = item.span[0] + m.start()
                yield Finding(message=(f"第{item_no(item.index)}项驳回超过{m.group('amount')}部分的请求，意味着支持{m.group('amount')}，"
                                       f"但给付判项合计为{format(awarded.normalize(), 'f')}元。"),
                              evidence=[(start, start + len(m.group(0)))], item_index=item.index)
