"""Contradictions between parts of a judgment: interest end points that differ between the 主文 and the 本院认为;
awards beyond the claims. One debt with two amounts is checks/debt_checks.py; figures inside one item (大写, 共计)
are checks/amount_checks.py."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from checks import basis
from checks.claim_remedies import support_beyond_claimed_end, unclaimed_growth_or_head, unclaimed_remedies
from checks.claim_scope import (award_to_defendant, interest_before_claimed, rate_above_claimed, unclaimed_heads,
                                unexplained_fees)
from checks.debt_checks import EQUATED
from checks.fee_checks import claimed_amount, claims_upper_bound
from checks.meaning import (
    END_OF,
    claims_asked,
    claims_part,
    end_kind,
    end_words,
    reasoning_part,
)
from checks.registry import Finding, check, item_no
from extractors.clause_lexicon import TOTAL_WORDS
from extractors.dates import find_dates
from extractors.numerals import parse_number
from zhixing.document import Document
from zhixing.scan import first_char_gate

_TOTAL = re.compile(rf"(?:{TOTAL_WORDS}|共)\s*(?:为)?\s*(?:人民币)?\s*$")


@check("CON-03", "主文与本院认为的利息截止时点不一致", "contradiction", "error", basis.CONSISTENT,
       ["本院认为：利息计算至本判决确定的履行期限届满之日；主文：……计算至实际清偿之日止",
        "本院认为：原告主张利息计算至实际清偿之日止，本院调整为计算至本判决生效之日止；主文：……至实际清偿之日止"])
def interest_end_vs_reasoning(doc: Document):
    """The end point the court itself gives in its reasons (not the one a party claims, unless the court adopts it)
    must be the end point of the 主文's interest, compared by kind: 实际清偿, 履行期限届满, 判决生效, 立案, 起诉, another
    event (原告首次催款之日), a date."""
    ends = [(item, _item_end_points(doc, item)) for item in doc.operative_items]
    if not any(found for _, found in ends):
        return  # no interest end point in the 主文 to compare: the reasons (long) are not read
    reasoning = reasoning_part(doc)
    if not reasoning:
        return
    offset, text = reasoning
    said = _court_end_points(text)
    rejected = _rejected_end_points(text)
    if rejected and not said:
        # 原告主张利息计至实际清偿之日，缺乏依据，本院不予支持: an item that still runs to that end point contradicts it
        kind, (s, e) = rejected[0]
        for item, found in ends:
            for start, key in found:
                if key == kind:
                    yield Finding(message=(f"本院认为部分对利息计算至{end_words(kind)}的主张不予支持，第{item_no(item.index)}项却仍"
                                           f"计算至{end_words(kind)}，前后矛盾。"),
                                  evidence=[(offset + s, offset + e), (start, start + 2)], item_index=item.index,
                                  suggestion="按本院认为确定的截止时点改写判项，或删除本院认为中与判项不符的表述。")
                    break
        return
    if not said:
        if any(key.startswith("date:") for _, found in ends for _, key in found):
            yield from _date_from_nowhere(doc, ends, offset, text)
        return
    if len({key for key, _, _ in said}) != 1:
        # a party's end point the court adopted, and the court's own determination (…截止日应确定为…): the court's own
        # words decide
        said = [x for x in said if not x[2]]
        if len({key for key, _, _ in said}) != 1:
            return
    reason_kind, (s, e), _ = said[0]
    where = (offset + s, offset + e)
    for item, found in ends:
        if reason_kind in {key for _, key in found}:
            continue  # an item running several periods, one of them to the end the reasons give
        for start, key in found:
            if key != reason_kind and not _incomparable(key, reason_kind):
                yield Finding(message=(f"本院认为部分将利息计算至{end_words(reason_kind)}，第{item_no(item.index)}项却计算至"
                                       f"{end_words(key)}，截止时点前后矛盾。"),
                              evidence=[where, (start, start + 2)], item_index=item.index,
                              suggestion=f"统一为“计算至{end_words(reason_kind)}止”。")
                break


def _date_from_nowhere(doc: Document, ends, offset: int, text: str):
    """The reasons give no end point of their own but record the one claimed without rejecting it (其要求利息…计算至实际
    给付之日止，…本院依据法律规定确定), and an item ends the interest on a fixed date the reasons never mention: the date
    stands against the only end point the reasons speak of."""
    claimed = [(m, base) for base, sentence in _sentences(text) if _INTEREST_WORDS.search(sentence)
               and not _REJECTS.search(sentence) for m in END_OF.finditer(sentence)
               if end_kind(m.group("what")) and not end_kind(m.group("what")).startswith(("date", "event"))
               and _PARTY_VOICE.search(sentence[:m.start()])]
    kinds = {end_kind(m.group("what")) for m, _ in claimed}
    if len(kinds) != 1:
        return
    m, base = claimed[0]
    said_dates = {d.value for d in find_dates(text) if d.value}
    for item, found in ends:
        for start, key in found:
            # date:2023-12-31 names a day; date:2023-12 only a month, which no date of the reasons can confirm
            day = dt.date.fromisoformat(key[5:]) if key.startswith("date:") and key.count("-") == 2 else None
            if day and day not in said_dates:
                kind = kinds.pop()
                yield Finding(message=(f"本院认为部分记载利息计算至{end_words(kind)}且未予否定，第{item_no(item.index)}项却计算至"
                                       f"{day.year}年{day.month}月{day.day}日，该日期在本院认为部分无从查考，截止时点前后不一致。"),
                              evidence=[(offset + base + m.start(), offset + base + m.end()), (start, start + 2)],
                              item_index=item.index, confidence=0.7,
                              suggestion=f"核对利息截止时点，统一为“计算至{end_words(kind)}止”或在本院认为中写明截止日期的依据。")
                return


def _sentences(text: str):
    """(offset, sentence) for each sentence of ``text``, cut after 。 and ；."""
    pos = 0
    for sentence in _AFTER_STOP.split(text):
        yield pos, sentence
        pos += len(sentence)


def _incomparable(a: str, b: str) -> bool:
    """A date and a named event (受让债权之日 / 债权转让之前一日 / 起诉之日) may be the same day: neither contradicts."""
    return {a.split(":")[0], b.split(":")[0]} == {"date", "event"}


_PARTY_VOICE = re.compile(r"主张|请求|诉请|要求|诉称|认为(?!.*本院)")
_ADOPTS = re.compile(r"予以支持|于法有据|合法有据|本院予以|并无不当|应予支持")
_INTEREST_WORDS = re.compile(r"利息|违约金|罚息|滞纳金|资金占用|逾期付款损失|损失")


_AFTER_STOP = re.compile(r"(?<=[。；])")
# (not after 截止时间，: 关于利息计算的截止时间，应以…为准 names its end point across the comma)
_AFTER_COMMA = re.compile(r"(?<=，)(?<!截止时间，)(?<!截止时点，)(?<!截止日期，)(?<!截止日，)")
_COURT_OWN = re.compile(r"调整|本院")


_REJECTS = re.compile(r"不予支持|不予采纳|缺乏(?:事实和法律)?依据|于法无据|没有依据|无事实和法律依据")


def _rejected_end_points(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(kind, span) of an end point a party claimed and the court rejects in the same sentence."""
    out = []
    for base, sentence in _sentences(text):
        if not _INTEREST_WORDS.search(sentence) or not _REJECTS.search(sentence):
            continue
        m = END_OF.search(sentence)
        kind = end_kind(m.group("what")) if m else None
        if kind and _PARTY_VOICE.search(sentence[:m.start()]) and _REJECTS.search(sentence[m.end():]) \
                and not _ADOPTS.search(sentence[m.end():]):
            out.append((kind, (base + m.start(), base + m.end())))
    return out


# 利息截至2024年1月2日为22.06元，此后不再计付: interest summed up to a day and stopped there, an end point by date
_STOPPED_AFTER = re.compile(r"截至\s*(?P<what>[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[0-9]{4}[.．/\-][0-9]{1,2}[.．/\-]"
                            r"[0-9]{1,2})[^。；]{0,30}?(?:此后|之后|以后|嗣后|其后)[^。；]{0,6}?不再(?:计付|计算|计息|计收|支付|"
                            r"给付|主张|支持|产生|计)")


def _court_end_points(text: str) -> list[tuple[str, tuple[int, int], bool]]:
    """(kind, span, adopted) of each interest end point the court states, clause by clause: a party's claimed end point
    counts only when the court adopts it in the same sentence (原告主张…至实际清偿之日止，于法有据，本院予以支持), and
    is then marked adopted."""
    out = []
    for base, sentence in _sentences(text):
        if not _INTEREST_WORDS.search(sentence):
            continue
        clauses = _AFTER_COMMA.split(sentence)
        offset = base
        for k, clause in enumerate(clauses):
            here, offset = offset, offset + len(clause)
            m = END_OF.search(clause)
            kind = end_kind(m.group("what")) if m else None
            if kind is None:
                continue
            party = bool(_PARTY_VOICE.search(clause[:m.start()])) and not _COURT_OWN.search(clause[:m.start()])
            if party and not _ADOPTS.search("".join(clauses[k + 1:])):
                continue
            if any(END_OF.search(c) for c in clauses[k + 1:]) and _PARTY_VOICE.search(clause[:m.start()]):
                continue  # 原告主张…，本院调整为计算至…: the court's own end point follows
            out.append((kind, (here + m.start(), here + m.end()), party))
        for m in _STOPPED_AFTER.finditer(sentence):
            if not _PARTY_VOICE.search(sentence[:m.start()]) or _COURT_OWN.search(sentence[:m.start()]):
                out.append((end_kind(m.group("what")), (base + m.start(), base + m.end()), False))
    return out


def _item_end_points(doc: Document, item) -> list[tuple[int, str]]:
    """(position, kind) of every interest end point in an item: the parsed interest clauses, else the raw wording."""
    found = []
    for clause in item.interest:
        tail = doc.text[clause.span[0]:min([i for i in (doc.text.find(ch, clause.span[0]) for ch in "。；")
                                            if i >= 0] or [item.span[1]])]
        key = _end_key(clause, tail)
        if key is not None:
            found.append((clause.span[0], key))
    latest = _LATEST_END.search(item.text) if found else None
    kind = end_kind(latest.group("what")) if latest else None
    if kind:
        # 至实际付清之日止（最迟计至原告通知解除合同之日）: the open end is capped, the cap is where interest stops
        found = [(at, key) for at, key in found if key != "until_paid"] + [(item.span[0] + latest.start(), kind)]
    if found or not any(w in item.text for w in ("至", "以", "截止")):
        return found  # every END_OF match holds 至, 以 or 截止: an item with none of them is not scanned
    for m in END_OF.finditer(item.text):
        window = item.text[max(0, m.start() - 60):m.end() + 12]
        kind = end_kind(m.group("what"))
        if kind and _INTEREST_WORDS.search(window):
            found.append((item.span[0] + m.start(), kind))
    return found


_LATEST_END = re.compile(r"[（(](?:但)?(?:最迟|最晚|至迟|最长|最多)(?:计算|计付|计|算)?(?:至|到)(?P<what>[^，。；（）()]{2,24}?)"
                         r"(?:之日|之时|时|日)(?:止)?[）)]")


def _end_key(clause, following: str) -> str | None:
    """What an interest clause runs to: until_paid, until_due, a date, or another event (起诉, 判决生效 …).
    ``following`` is the text from the clause's start to the end of its sentence."""
    if clause.end_kind in ("until_paid", "until_due"):
        return clause.end_kind
    if clause.end_kind == "date" and clause.end:
        return f"date:{clause.end.isoformat()}"
    m = END_OF.search(following)
    return end_kind(m.group("what")) if m else None


_INTEREST_CLAIMED = re.compile(r"利息|违约金|损失|滞纳金|罚息|资金占用")
_PERIODIC = re.compile(r"每(?:月|年|季度|周)[^，。；]{0,20}")


@check("CON-04", "判决金额超出诉讼请求", "contradiction", "warning", basis.CLAIMS,
       ["原告请求支付10000元，主文判令被告支付12000元"])
def beyond_claims(doc: Document):
    claims = claims_part(doc)
    if claims and doc.instance == "first" and any(item.interest for item in doc.operative_items) and \
            not _INTEREST_CLAIMED.search(claims[1]):  # the claims are searched only where the 主文 orders interest
        span = (claims[0], claims[0] + len(claims[1]))
        for item in doc.operative_items:
            for clause in item.interest:
                if clause.rate_text or clause.start or clause.end_kind:
                    yield Finding(message=(f"第{item_no(item.index)}项判令支付利息，但诉讼请求中没有利息、违约金或损失的请求。"),
                                  evidence=[span, clause.span], item_index=item.index, confidence=0.8)
    if doc.instance != "first" or not claims:
        return  # only a first-instance award can go beyond the claims: the claims' sums are read only then
    claimants = {p.name for p in doc.parties if p.role in ("plaintiff", "appellant", "applicant")}
    beyond = interest_before_claimed(doc, claims) or rate_above_claimed(doc, claims) or \
        unclaimed_heads(doc, claims, lambda item: _to_claimant(item, claimants, doc)) or award_to_defendant(doc) or \
        unclaimed_remedies(doc, claims) or support_beyond_claimed_end(doc, claims) or unclaimed_growth_or_head(doc, claims)
    if beyond:
        yield from beyond
        return
    claimed = claimed_amount(claims[1]) or claims_upper_bound(claims[1])
    if claimed is None:
        yield from unexplained_fees(doc, claims, lambda item: _to_claimant(item, claimants, doc))
        return
    awards = []
    for item in doc.operative_items:
        if item.item_type != "payment" or not _to_claimant(item, claimants, doc):
            continue  # only awards to the claimant can go beyond the claims
        # （即欠条载明的7500元）restates the figure before it (CON-05 reads a different one): no second head
        principal = [a for a in item.amounts if a.gloss_of is None and not re.search(
            r"以\s*$", doc.text[max(0, a.span[0] - 2):a.span[0]]) and not EQUATED.search(
            doc.text[max(item.span[0], a.span[0] - 14):a.span[0]])]
        total = next((a for a in principal if _TOTAL.search(doc.text[max(0, a.span[0] - 6):a.span[0]])), None)
        periodic = [(m.start() + item.span[0], m.end() + item.span[0])
                    for m in _PERIODIC.finditer(item.text)]
        heads = [a for a in principal if not any(c.span[0] <= a.span[0] < c.span[1] for c in item.interest)
                 and not any(s <= a.span[0] < e for s, e in periodic)]  # 每月300元 is not a sum awarded once
        awarded = total.value if total else (sum((a.value * _factor(doc.text, a) for a in heads), Decimal(0))
                                             if heads else None)
        if awarded is not None and awarded > claimed:
            yield Finding(message=(f"第{item_no(item.index)}项判令给付{format(awarded.normalize(), 'f')}元，超过诉讼请求的"
                                   f"{format(claimed.normalize(), 'f')}元。"),
                          evidence=[(total or principal[0]).span], item_index=item.index, confidence=0.7)
            return
        if awarded is not None and not _SAME_DEBT.search(item.text):
            awards.append((item, awarded, (total or principal[0]).span))
    together = list(_awards_together(doc, awards, claims))
    yield from together or unexplained_fees(doc, claims, lambda item: _to_claimant(item, claimants, doc))


# 1980元的百分之一百二十 / 2000元的1.5倍 / 双倍返还…26983元 / 三倍赔偿…: the award is the figure times the factor
_FACTOR_AFTER = re.compile(r"的\s*(?:百分之(?P<cn_pct>[零一二两三四五六七八九十百点]+)|(?P<pct>[0-9０-９.]+)\s*[%％]"
                           r"|(?P<times>[0-9０-９.一二两三四五六七八九十]+)\s*倍)")
_FACTOR_BEFORE = first_char_gate(re.compile(r"(?P<times>双|两|[二三四五六七八九十]|[0-9０-９.]+)倍(?:返还|支付|赔偿|退还|给付)[^，。；0-9０-９]{0,16}$"))


def _factor(text: str, amount) -> Decimal:
    after = _FACTOR_AFTER.match(text, amount.span[1])
    if after:
        if after.group("cn_pct") or after.group("pct"):
            pct = parse_number(after.group("cn_pct") or after.group("pct"))
            return pct / 100 if pct else Decimal(1)
        times = parse_number(after.group("times"))
        return times or Decimal(1)
    before = _FACTOR_BEFORE.search(text, max(0, amount.span[0] - 30), amount.span[0])
    if before:
        return parse_number({"双": "二"}.get(before.group("times"), before.group("times"))) or Decimal(1)
    return Decimal(1)


# an item about a debt another item already awards (上述借款 / 在…范围内 / 连带) adds nothing to the sum awarded
_SAME_DEBT = re.compile(r"上述|前述|前项|第[一二三四五六七八九十]+项|该笔|范围内|为限|连带|补充|共同")
_UNQUANTIFIED = re.compile(r"(?:利息|违约金|损失|滞纳金|罚息|资金占用费|赔偿金)(?![^，。；]{0,14}?[0-9０-９壹贰叁肆伍陆柒捌玖]"
                           r"[^，。；]{0,12}?元)")


def _awards_together(doc: Document, awards, claims):
    """Items that each stay within the claims may still award more than all the claims together (a head the claims
    never asked for, in an item of its own). Only where every head claimed has its amount: a claimed 利息 the judgment
    computes is no excess."""
    if len(awards) < 2 or claims is None:
        return
    bound = claims_upper_bound(claims[1])
    if bound is None:
        return
    text = claims_asked(claims[1])
    if _UNQUANTIFIED.search(text):
        return
    together = sum((a for _, a, _ in awards), Decimal(0))
    if together > bound:
        item = awards[-1][0]
        yield Finding(message=(f"各给付判项合计{format(together.normalize(), 'f')}元，超过诉讼请求的"
                               f"{format(bound.normalize(), 'f')}元。"),
                      evidence=[span for _, _, span in awards], item_index=item.index, confidence=0.6)


def _to_claimant(item, claimants: set[str], doc: Document) -> bool:
    """Whether the item awards something to a claimant: by its parsed obligations, or, where they name no obligee
    (原告X的借款…，由被告Y归还), by a claimant and another party both named in it."""
    if any(o.obligees for o in item.obligations):
        return any(set(o.obligees) & claimants for o in item.obligations)
    others = {p.name for p in doc.parties} - claimants
    return any(c in item.text for c in claimants) and any(o in item.text for o in others)
