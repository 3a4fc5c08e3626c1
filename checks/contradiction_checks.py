"""Contradictions between parts of a judgment: interest end points that differ between the 主文 and the 本院认为;
awards beyond the claims; one debt with two amounts or periods in two items. Figures inside one item (大写, 共计)
are checks/amount_checks.py."""

from __future__ import annotations

import re
from decimal import Decimal

from checks import basis
from checks.fee_checks import claimed_amount, claims_upper_bound
from checks.registry import Finding, check, item_no
from extractors.money import find_amounts
from zhixing.document import Document

_TOTAL = re.compile(r"(?:共计|合计|总计|累计|总额|共)\s*(?:为)?\s*(?:人民币)?\s*$")


@check("CON-03", "主文与本院认为的利息截止时点不一致", "contradiction", "error", basis.CONSISTENT,
       ["本院认为：利息计算至本判决确定的履行期限届满之日；主文：……计算至实际清偿之日止",
        "本院认为：原告主张利息计算至实际清偿之日止，本院调整为计算至本判决生效之日止；主文：……至实际清偿之日止"])
def interest_end_vs_reasoning(doc: Document):
    """The end point the court itself gives in the 本院认为 (not the one a party claims, unless the court adopts it)
    must be the end point of the 主文's interest: 实际清偿之日, 履行期限届满之日, 判决生效之日, a date …"""
    reasoning = doc.section("reasoning")
    if not reasoning:
        return
    said = _court_end_points(doc.span_text(reasoning.span))
    if len({key for key, _ in said}) != 1:
        return
    reason_kind, (s, e) = said[0]
    where = (reasoning.span[0] + s, reasoning.span[0] + e)
    for item in doc.operative_items:
        for start, key in _item_end_points(doc, item):
            if key != reason_kind:
                yield Finding(message=(f"本院认为部分将利息计算至{_end_words(reason_kind)}，第{item_no(item.index)}项却计算至"
                                       f"{_end_words(key)}，截止时点前后矛盾。"),
                              evidence=[where, (start, start + 2)], item_index=item.index,
                              suggestion=f"统一为“计算至{_end_words(reason_kind)}止”。")
                break


_END = re.compile(r"(?<!截)(?<!暂计算)(?<!已计算)(?<!暂算)(?<!已算)(?<!暂计)(?:计算|计付|计|算|支付|给付)?至\s*"
                  r"(?P<what>[^，。；（）]{2,24}?)(?:之日|之时|时|日)")
_PARTY_VOICE = re.compile(r"主张|请求|诉请|要求|诉称|认为(?!.*本院)")
_ADOPTS = re.compile(r"予以支持|于法有据|合法有据|本院予以|并无不当|应予支持")


def _classify(what: str) -> str | None:
    """The kind of an end point from the words after 至: 实际清偿 / 履行期限届满 / 判决生效 / 起诉 / a date."""
    if re.search(r"届满|履行期", what):
        return "until_due"
    if re.search(r"实际|清偿|付清|还清|结清|款清|给付|履行完毕|支付完毕|偿还|还款|履行之|全部付|清结", what):
        return "until_paid"
    if re.search(r"生效", what):
        return "event:判决生效"
    if re.search(r"[0-9]{4}\s*年", what):
        return "date:" + re.sub(r"\s", "", what)
    m = re.search(r"起诉|立案|判决|宣判|解除|交付", what)
    return f"event:{m.group(0)}" if m else None


def _court_end_points(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(kind, span) of each interest end point the court states, clause by clause: a party's claimed end point counts
    only when the court adopts it in the same sentence (原告主张…至实际清偿之日止，于法有据，本院予以支持)."""
    out = []
    pos = 0
    for sentence in re.split(r"(?<=[。；])", text):
        base, pos = pos, pos + len(sentence)
        if not re.search(r"利息|违约金|罚息|资金占用|逾期付款损失|损失", sentence):
            continue
        clauses = re.split(r"(?<=，)", sentence)
        offset = base
        for k, clause in enumerate(clauses):
            here, offset = offset, offset + len(clause)
            m = _END.search(clause)
            kind = _classify(m.group("what")) if m else None
            if kind is None:
                continue
            if _PARTY_VOICE.search(clause[:m.start()]) and not _ADOPTS.search("".join(clauses[k + 1:])) and \
                    not re.search(r"调整|本院", clause[:m.start()]):
                continue
            if any(_END.search(c) for c in clauses[k + 1:]) and _PARTY_VOICE.search(clause[:m.start()]):
                continue  # 原告主张…，本院调整为计算至…: the court's own end point follows
            out.append((kind, (here + m.start(), here + m.end())))
    return out


def _item_end_points(doc: Document, item) -> list[tuple[int, str]]:
    """(position, kind) of every interest end point in an item: the parsed interest clauses, else the raw wording."""
    found = []
    for clause in item.interest:
        tail = doc.text[clause.span[0]:min([i for i in (doc.text.find(ch, clause.span[0]) for ch in "。；")
                                            if i >= 0] or [item.span[1]])]
        key = _end_key(clause, tail)
        if key is not None and not key.startswith("event:"):
            found.append((clause.span[0], key))
    if found:
        return found
    for m in _END.finditer(item.text):
        window = item.text[max(0, m.start() - 60):m.end() + 12]
        kind = _classify(m.group("what"))
        if kind and re.search(r"利息|违约金|罚息|资金占用|损失", window):
            found.append((item.span[0] + m.start(), kind))
    return found


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
    return (_classify(m.group("what")) or f"event:{m.group('what')}") if m else None


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
    yield from _back_reference(doc)
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


_CN = "一二三四五六七八九十"
# 上述借款 / 前述货款 / 本判决第一项确定的借款本金 / 第一项所列借款 / 前项 …: an item pointing back at an earlier debt
_BACK = re.compile(rf"(?:上述|前述|上列|前列|前项|该笔|本判决第(?P<n1>[{_CN}]+)项|第(?P<n2>[{_CN}]+)项)"
                   r"(?:所?(?:确定|判令|判决|所列|列明|所涉|中))?的?(?P<noun>[\u4e00-\u9fff]{0,8}?"
                   r"(?:款|费|金|债务|本金|欠款|租金|价款|损失|工资|报酬))(?:本金)?")
_PART_OF = re.compile(r"范围内|为限|限额|以内|部分|其中|之内|%|％|分之|扣除|减去|剩余|余款|尚欠|已付|已支付")


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
            stated = find_amounts(tail)
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
    return deadline.anchor, deadline.days, deadline.date
