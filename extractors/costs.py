"""Court costs from the costs section: 案件受理费, 减半收取 and the charged amount, 保全费 / 公告费 / 鉴定费 …, who bears
how much (由原告负担509元，被告负担1300元 / 由被告X负担), and refunds (退还 / 予以退还)."""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.money import amounts_in, find_amounts
from zhixing.document import Document, Party
from zhixing.fields import Costs, FeeShare, OtherFee

_FEE = re.compile(r"(?:案件)?受理费|诉讼费(?:用)?")
_OTHER = re.compile(r"(财产保全费|保全费|公告费|鉴定费|评估费|审计费|申请费|勘验费|翻译费)")
# 减半收取 / 减半交纳 / 按百分之五十收取 / 按50%计收 / 折半收取: the fee halved (第十五条、第十六条), however worded
# (减半后按最低标准收取50元: the words between 减半 and 收取 do not undo the halving)
_HALVED = re.compile(r"减半(?:后)?(?:[^，,。；;0-9０-９]{0,10}?)(?:收取|计收|交纳|缴纳|收费|应交|应收|应缴|为|计|即)|"
                     r"(?:按|以)\s*(?:百分之五十|50\s*[%％]|一半|半数|二分之一|1\s*/\s*2)\s*(?:收取|计收|交纳|缴纳)|"
                     r"折半(?:收取|计收)?|半(?:额|数)(?:收取|计收|交纳|缴纳)|减收一半(?:为|计)?|(?:打)?对折(?:收取|计收|计|为)?|对半(?:收取|计收|计)?")
# 实收36.6元（已减半） / 交纳25元(减半): the halving said after the charged amount
_HALVED_AFTER = re.compile(r"\s*[（(]\s*(?:已|系|予以)?(?:减半|折半|半额)(?:收取|计收|交纳)?\s*[）)]")
# 减半收取后由原告X负担2,532.80元: the sole bearer's amount right after the halving is the fee charged
# (one bearer only: 由原、被告各负担237.5元 is a share of the fee, not the fee)
_HALVED_BORNE = re.compile(r"\s*(?:后)?\s*[，,]?\s*(?:由|应由)(?:(?!各|、|和|与|及|双方|分别)[^，,。；;0-9０-９]){1,40}?(?:负担|承担|交纳)"
                           r"\s*(?:人民币)?\s*$")
# 受理费由被告X负担，计75元: the fee named first, its bearer, then its amount
_FEE_AFTER_BEARER = re.compile(r"\s*(?:由|应由)[^，,。；;0-9０-９]{1,40}?(?:负担|承担)\s*[，,]?\s*(?:计|共计|合计|计款|金额为|为)\s*"
                               r"(?:人民币)?\s*$")
# 由原告A、被告B分别负担98元、166元: the shares listed in the order of the bearers
LISTED_SHARES = re.compile(r"分别\s*(?:负担|承担|交纳)\s*(?P<list>(?:人民币)?[0-9０-９.,，]+元(?:\s*[、和及与]\s*(?:人民币)?[0-9０-９.,，]+元)+)")
_BEARER = re.compile(r"(?:由|应由)?(?P<who>[^，,。；;由]{1,60}?)(?:各自)?(?:负担|承担|交纳)(?P<amount>[^，,。；;、]{0,20})")
_REFUND = re.compile(r"[^，,。；;]*(?:退还|退回|予以退还)[^。；;]*")
_FEE_GAP = re.compile(r"\s*按[^，,。；;0-9０-９]{0,14}?(?:计算|核定|计收)?(?:为|计|是|：|:)\s*(?:人民币)?\s*$")
_ROLE_WORDS = {"原告": "plaintiff", "被告": "defendant", "上诉人": "appellant", "被上诉人": "appellee",
               "申请人": "applicant", "被申请人": "respondent", "第三人": "third_party"}


def find_costs(doc: Document) -> Costs | None:
    spans = [s.span for s in doc.sections if s.name == "costs"]
    if not spans:
        return None
    start, end = spans[0][0], spans[-1][1]
    text = doc.text[start:end]
    costs = Costs(text=text, span=(start, end))
    amounts = amounts_in(text)  # the per-document reading: the checks (CON-01, CAL-04) read the same costs text again
    fees = _fee_mentions(text, amounts)
    if fees:
        preferred = [f for f in fees if ("二审" in f[1]) == (doc.instance == "second")] or fees
        costs.acceptance_fee = preferred[0][0].value
    halved = _HALVED.search(text)
    refunded = bool(fees) and all(_refunded(text, a.span[0]) for a, _ in fees)
    if halved and costs.acceptance_fee is not None:
        costs.halved = True
        later = [a for a in amounts if a.span[0] >= halved.end() and (a.span[0] - halved.end() <= 6 or
                                                                       _HALVED_BORNE.match(text[halved.end():a.span[0]]))]
        costs.charged = later[0].value if later else costs.acceptance_fee / 2
    elif costs.acceptance_fee is not None and (charged := _halved_after(text, amounts)) is not None:
        costs.halved = True
        costs.charged = charged
    elif refunded or re.search(r"不收取|免交|免收", text):
        costs.charged = Decimal(0) if costs.acceptance_fee is not None else None
    elif costs.acceptance_fee is not None:
        costs.charged = costs.acceptance_fee
    for m in _OTHER.finditer(text):
        after = [a for a in amounts if a.span[0] >= m.end() and a.span[0] - m.end() <= 6]
        if after:
            costs.other_fees.append(OtherFee(kind=m.group(1), amount=after[0].value))
    costs.bearers = _bearers(text, doc.parties, costs)
    refund = _REFUND.search(text)
    if refund:
        costs.refund = refund.group(0).strip("，, ")
    return costs


def _halved_after(text: str, amounts) -> Decimal | None:
    """The amount right before a bracketed 已减半, if the costs say so."""
    for a in amounts:
        if _HALVED_AFTER.match(text, a.span[1]) and not _FEE.search(text[max(0, a.span[0] - 8):a.span[0]]):
            return a.value  # 受理费145984元（已减半） states the fee as charged: nothing to compare it with
    return None


def _fee_mentions(text: str, amounts):
    """(amount, the words before the fee name) for every 受理费 followed by its amount."""
    out = []
    for m in _FEE.finditer(text):
        # 受理费558元 / 受理费人民币558元 / 受理费按诉讼标的额计算为558元
        after = [a for a in amounts if a.span[0] >= m.end() and (a.span[0] - m.end() <= 8 or
                                                                   _FEE_GAP.match(text[m.end():a.span[0]]) or
                                                                   _FEE_AFTER_BEARER.match(text[m.end():a.span[0]]))]
        if after:
            out.append((after[0], text[max(0, m.start() - 12):m.start()]))
    return out


def _refunded(text: str, pos: int) -> bool:
    end = min([i for i in (text.find(ch, pos) for ch in "。；;") if i >= 0] or [len(text)])
    return bool(re.search(r"退还|退回", text[pos:end]))


# a table flattened into the sentence (负担人｜金额；原告甲｜85元；被告乙｜189元): one row a bearer
TABLE_ROW = re.compile(r"(?P<who>[^；;。，,｜|：:]{1,40}?)\s*[｜|]\s*(?:人民币)?(?P<amount>[0-9０-９.,，]+\s*元)")


def _bearers(text: str, parties: list[Party], costs: Costs) -> list[FeeShare]:
    rows = [(_resolve(m.group("who"), parties), m.group("amount")) for m in TABLE_ROW.finditer(text)]
    if rows and all(len(names) == 1 for names, _ in rows):
        return [FeeShare(party=names[0], amount=find_amounts(amount)[0].value) for names, amount in rows
                if find_amounts(amount)]
    listed = LISTED_SHARES.search(text)
    if listed:
        names = _resolve(text[:listed.start()].rsplit("由", 1)[-1], parties)
        values = [a.value for a in find_amounts(listed.group("list"))]
        if len(names) == len(values) >= 2:
            return [FeeShare(party=n, amount=v) for n, v in zip(names, values)]
    shares: list[FeeShare] = []
    for m in _BEARER.finditer(text):
        who = m.group("who")
        if re.search(r"退还|申请|预交|已交|缴纳的", who):
            continue
        names = _resolve(who, parties)
        amounts = find_amounts(m.group("amount"))
        if not amounts:  # 其余105元由被告负担: the amount stands before 由
            before = re.search(r"([0-9０-９.,，]+元)\s*(?:由|应由)\s*$", text[max(0, m.start("who") - 16):m.start("who")])
            amounts = find_amounts(before.group(1)) if before else []
        amount = amounts[0].value if amounts else None
        if amount is None and len(names) == 1 and not shares:
            stated = re.search(r"(?:合计|共计|总计)[^，,。；;由]{0,4}?([0-9０-９.,，]+元)\s*[，,]?\s*(?:由|应由)?$",
                               text[:m.start("who")])
            if stated:
                amount = find_amounts(stated.group(1))[0].value
            else:
                amount = costs.charged if costs.charged is not None else costs.acceptance_fee
        for name in names:
            if all(s.party != name for s in shares):
                if len(names) > 1 and amount is not None:  # 被告A、B负担344元: borne together
                    shares.append(FeeShare(party=name, group="、".join(names), group_amount=amount))
                else:
                    shares.append(FeeShare(party=name, amount=amount if len(names) == 1 else None))
    return shares


def _resolve(who: str, parties: list[Party]) -> list[str]:
    named = [p.name for p in parties if p.name in who]
    if named:
        return named
    for word, role in sorted(_ROLE_WORDS.items(), key=lambda x: -len(x[0])):
        if word in who and not (word == "上诉人" and "被上诉人" in who):
            return [p.name for p in parties if p.role == role]
    return []
