"""Calculations on court costs: 案件受理费 recomputed from the claimed amount under 诉讼费用交纳办法 (brackets, 减半
only once, ±1 yuan), the halved figure, and shares that do not add up to the fee charged."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from checks import basis
from checks.meaning import PERCENT, claims_asked, claims_part, percent_value
from checks.registry import Finding, check
from extractors.costs import LISTED_SHARES, TABLE_ROW
from extractors.money import amounts_in
from zhixing.document import Document
from zhixing.memo import per_document
from zhixing.scan import first_char_gate

BRACKETS = [  # (upper bound of the slice, rate on the slice), 第十三条第一项
    (Decimal(100000), Decimal("0.025")), (Decimal(200000), Decimal("0.02")), (Decimal(500000), Decimal("0.015")),
    (Decimal(1000000), Decimal("0.01")), (Decimal(2000000), Decimal("0.009")), (Decimal(5000000), Decimal("0.008")),
    (Decimal(10000000), Decimal("0.007")), (Decimal(20000000), Decimal("0.006")), (None, Decimal("0.005")),
]
TOLERANCE = Decimal(1)
# a sum claimed per period (每月支付抚养费300元直至…) has no fixed value; a rate per day (违约金每日按万分之五) does
_PERIODIC_AMOUNT = re.compile(r"每(?:月|年|季度|季|周|日|天)[^，。；%％按]{0,12}?(?:人民币)?[0-9０-９一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]"
                              r"[0-9０-９.,，一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]*元")


def property_fee(amount: Decimal) -> Decimal:
    """案件受理费 of a property case (cumulative brackets): 50 up to 10,000, then by slice."""
    if amount <= 10000:
        return Decimal(50)
    fee, lower = Decimal(50), Decimal(10000)
    for upper, rate in BRACKETS:
        top = amount if upper is None else min(amount, upper)
        if top > lower:
            fee += (top - lower) * rate
        if upper is None or amount <= upper:
            break
        lower = upper
    return fee.quantize(Decimal("0.01"), ROUND_HALF_UP)


# The claims are read by CAL-01 and CON-04 (three times): their readings are kept per document, keyed by the claims
# text (the amounts themselves are shared through amounts_in).

@per_document(maxsize=8)
def claimed_amount(claims: str) -> Decimal | None:
    """The sum claimed in the claims text: a stated 共计/合计, or their only amount (None when it cannot be told)."""
    text = claims_asked(claims)
    totals = [a.value for a in amounts_in(text)
              if _TOTAL_CLAIMED.search(text[max(0, a.span[0] - 6):a.span[0]])]
    # 以上合计42300元 … 两项合计72300元: the grand total is the largest one stated
    if totals:
        return max(totals)
    amounts = amounts_in(text)
    if len(amounts) == 1 and not _BASE_BEFORE.search(text[max(0, amounts[0].span[0] - 2):amounts[0].span[0]]):
        return amounts[0].value  # one amount claimed
    return None  # several amounts without a total cannot be told apart from explanations


@per_document(maxsize=8)
def claims_upper_bound(claims: str) -> Decimal | None:
    """The sum of every amount the claims text (before 事实和理由) names: an upper bound of what was claimed."""
    text = claims_asked(claims)
    if _PERIODIC_AMOUNT.search(text):
        return None  # a periodic claim (每月支付抚养费300元直至…) has no upper bound
    amounts = [a.value for a in amounts_in(text)]
    return sum(amounts, Decimal(0)) if amounts else None


_TOTAL_CLAIMED = re.compile(r"(?:共计|合计|总计)\s*(?:人民币)?\s*$")
_BASE_BEFORE = re.compile(r"以\s*$")  # 以…为基数: an interest base, not an amount claimed
_NON_PROPERTY = re.compile(r"离婚|劳动|人格|名誉|知识产权")
_NON_PROPERTY_CAUSE = re.compile(r"(?:离婚|劳动争议|劳动合同|劳动报酬|人格权|名誉权|肖像权|隐私权|姓名权|知识产权|著作权|商标|专利)"
                                 r"[^。；，]{0,12}?(?:纠纷)?一案")


def _non_property_cause(text: str, stop: int) -> bool:
    """Whether ``_NON_PROPERTY_CAUSE`` finds something before ``stop``. A match ends in 一案 and is at most 20 characters
    long, so only the 20 characters up to each 一案 are searched, not everything before the costs."""
    at = text.find("一案", 0, stop)
    while at >= 0:
        if _NON_PROPERTY_CAUSE.search(text, max(0, at + 2 - 20), at + 2):
            return True
        at = text.find("一案", at + 1, stop)
    return False


_FEE_WORD = re.compile(r"(?:受理|诉讼|保全|公告|鉴定|评估|审计|申请|勘验|翻译|邮寄|执行)费")


def claimed_candidates(doc: Document) -> set[Decimal]:
    """Every reading of the claimed sum (诉讼费用交纳办法 第十三条 on the claims; 解释第二百零一条 adds several claims):
    the stated totals, the sum of the principal amounts, and the main claim alone (a fee computed on the principal
    claim, the others being interest or unquantified, is common practice and not flagged). Interest bases (以…为基数),
    periodic sums (每月…), the fees claimed and 大写 glosses are no claimed amounts. Empty when nothing can be told."""
    claims = claims_part(doc)
    if not claims:
        return set()
    text = claims_asked(claims[1])
    if _PERIODIC_AMOUNT.search(text):
        return set()  # a periodic claim has no fixed value
    totals, principal = [], []
    for a in amounts_in(text):
        before, after = text[max(0, a.span[0] - 8):a.span[0]], text[a.span[1]:a.span[1] + 4]
        if a.gloss_of is not None or _BASE_BEFORE.search(before) or after.startswith(("为基数", "为本金")) or \
                _FEE_WORD.search(before):
            continue
        (totals if _TOTAL_BEFORE.search(before) else principal).append(a.value)
    out = {max(totals), sum(totals, Decimal(0))} if totals else set()
    if principal:
        out |= {sum(principal, Decimal(0)), max(principal)}
    return out


_TOTAL_BEFORE = re.compile(r"(?:共计|合计|总计|总额|共)\s*(?:为)?\s*(?:人民币)?\s*$")


@check("CAL-01", "案件受理费与诉讼请求金额不符", "calculation", "warning", basis.FEES,
       ["诉请共计17650元，案件受理费应为191.25元（减半），文书写作“案件受理费300元”",
        "诉请借款本金20000元、违约金5000元，文书写作“案件受理费减半收取计200元”（应为212.5元）"])
def acceptance_fee_recomputed(doc: Document):
    """The fee stated (the full fee, or only the halved one) must be the schedule's fee on some reading of the claims."""
    costs = doc.costs
    if not costs or costs.acceptance_fee is None or doc.instance != "first":
        return
    if _NON_PROPERTY.search(doc.span_text(doc.sections[0].span) + (doc.title or "")) or \
            _non_property_cause(doc.text, doc.costs.span[0]):
        yield from _labour_fee(doc)
        return  # 劳动争议 10元, 离婚 50–300元, 人格权 100–500元 …: not the property schedule (第十三条第二至五项)
    candidates = claimed_candidates(doc)
    if not candidates:
        return
    # 案件受理费减半收取计200元: only the halved fee is written, so it is compared with half the schedule's fee
    only_half = only_halved_written(costs)
    stated = costs.acceptance_fee
    expected = {c: property_fee(c) / (2 if only_half else 1) for c in candidates}
    if any(abs(stated - fee) <= TOLERANCE for fee in expected.values()):
        return
    claimed = max(candidates)
    fee = expected[claimed]
    what = "减半后" if only_half else ""
    yield Finding(message=(f"诉讼请求金额{_yuan(claimed)}元，按《诉讼费用交纳办法》案件受理费{what}应为{_yuan(fee)}元，"
                           f"文书写作{_yuan(stated)}元。"),
                  evidence=[costs.span], suggestion=f"案件受理费{_yuan(property_fee(claimed))}元" +
                  (f"，减半收取计{_yuan(fee)}元" if only_half else ""), confidence=0.8)


# the 劳动争议 causes of the 民事案件案由规定 (劳动合同纠纷 and its kinds, 社会保险纠纷, 福利待遇纠纷), not 劳务合同
_LABOUR_CAUSE = re.compile(r"(?:劳动争议|劳动合同|劳动报酬|劳动关系|经济补偿金|竞业限制|劳务派遣|工伤保险待遇|养老保险待遇|医疗保险待遇|"
                           r"失业保险待遇|生育保险待遇|社会保险|福利待遇)[^。；，]{0,8}?(?:纠纷)?一案")
LABOUR_FEE = Decimal(10)


def _labour_fee(doc: Document):
    """A 劳动争议 case pays 10元 a case (诉讼费用交纳办法 第十三条第五项), 5元 halved; a fee worked out on the sum
    claimed is the property schedule applied to the wrong kind of case."""
    costs = doc.costs
    if not _LABOUR_CAUSE.search(doc.text, 0, costs.span[0]) or re.search(r"劳务(?:合同|关系)?纠纷一案", doc.text[:costs.span[0]]):
        return
    if costs.acceptance_fee in (LABOUR_FEE, LABOUR_FEE / 2):
        return
    yield Finding(message=(f"本案系劳动争议案件，按《诉讼费用交纳办法》第十三条第五项案件受理费每件10元，文书写作"
                           f"{_yuan(costs.acceptance_fee)}元。"),
                  evidence=[costs.span], suggestion="案件受理费10元" + ("，减半收取计5元" if costs.halved else ""),
                  confidence=0.9)


def only_halved_written(costs) -> bool:
    """案件受理费减半收取计200元: the fee is written only as halved (the full fee is not stated)."""
    return bool(costs.halved and costs.charged == costs.acceptance_fee and
                re.search(r"(?:受理费|诉讼费)\s*(?:[^，。；0-9]{0,10})?减半", costs.text))


def _yuan(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01")).normalize(), "f")


@check("CAL-02", "减半收取的金额计算错误", "calculation", "error", basis.FEES + "；" + basis.CORRECTION,
       ["案件受理费4238元，减半收取2169元（应为2119元）"])
def halving_arithmetic(doc: Document):
    costs = doc.costs
    if not costs or not costs.halved or costs.acceptance_fee is None or costs.charged is None:
        return
    if only_halved_written(costs):
        return  # 案件受理费减半收取2100元: the one figure is what is charged after halving
    expected = costs.acceptance_fee / 2
    if abs(costs.charged - expected) > Decimal("0.5"):  # halving a fee in whole yuan is off by 0.5 at most
        yield Finding(message=(f"案件受理费{format(costs.acceptance_fee.normalize(), 'f')}元减半应为"
                               f"{format(expected.normalize(), 'f')}元，文书写作{format(costs.charged.normalize(), 'f')}元。"),
                      evidence=[costs.span], suggestion=f"减半收取计{format(expected.normalize(), 'f')}元")


@check("CAL-04", "各方负担的诉讼费之和与应收金额不符", "calculation", "error", basis.FEE_SHARES + "；" + basis.CORRECTION,
       ["案件受理费1809元，由原告负担509元，被告负担1200元", "其中100元由原告负担，250元由被告负担（受理费300元）"])
def fee_shares(doc: Document):
    """The amounts each party bears (由X负担N元 / N元由X负担 / X、Y各负担N元) must add up to what is charged: the fee, the
    halved fee, or the fee with 保全费、公告费 …, or a 合计 the sentence states."""
    costs = doc.costs
    if not costs:
        return
    shares, rest = _shares(costs.text, doc)
    total = costs.charged if costs.charged is not None else costs.acceptance_fee
    if total is None or len(shares) < 2 and not rest:
        return
    others = sum((f.amount for f in costs.other_fees), Decimal(0))
    stated = [a.value for a in amounts_in(costs.text)
              if _TOTAL_BEFORE.search(costs.text[max(0, a.span[0] - 8):a.span[0]])]
    owed = {total, total + others, *(x for x in (costs.acceptance_fee,) if x is not None), *stated}
    if costs.acceptance_fee is not None:
        owed.add(costs.acceptance_fee + others)
    borne = sum(shares, Decimal(0))
    if rest:  # 由原告负担1704元，其余由被告负担: only a share beyond the whole is wrong
        if borne > total + others + TOLERANCE:
            yield Finding(message=(f"已写明的负担数额{_yuan(borne)}元超过应收的诉讼费{_yuan(total + others)}元，“其余”部分无从计算。"),
                          evidence=[costs.span])
        return
    if all(abs(borne - x) > TOLERANCE for x in owed):
        yield Finding(message=f"各方负担的诉讼费合计{_yuan(borne)}元，与应收的{_yuan(total + others)}元不符。",
                      evidence=[costs.span], suggestion=f"各方负担数额之和应为{_yuan(total + others)}元。")


_BEAR = re.compile(r"负担|承担|分担")
_PARTY_WORDS = re.compile(r"原告|被告|上诉人|被上诉人|第三人|申请人|被申请人")


# 1,809元 is one figure; 由被告负担286元、原告负担56元 are two shares (a 、 after an amount ends one)
_CLAUSE = re.compile(r"(?:[^，,；;。、]|(?<=[0-9]),(?=[0-9])|(?<!元)、)+")
_ADVANCED = re.compile(r"预交|预缴|已交|已缴|退还|退回|申请|"
                       # 被告应负担部分…支付给原告 / 超出原告负担部份，由被告…迳付 / …相互折抵后: settling between the parties
                       r"负担(?:的)?部[分份]|负担[的之](?:金额|款项|[0-9０-９])|折抵|抵扣|冲抵")
_OPEN_ASIDE = re.compile(r"[（(][^）)]*(?:[）)]|$)")
_ASIDE = re.compile(r"[（(][^）)]*[）)]")  # （此款原告已垫付，由被告…径行给付原告）: how it is settled, no share
_AMONG = re.compile(r"\s*其中")
_PROPORTION = re.compile(r"按比例|各半|%|％|分之|平均")
_REST = re.compile(r"其余|剩余|余下|余款")
_PERCENT = first_char_gate(re.compile(PERCENT))
_HALVES = re.compile(r"各半|平均")
_EACH = first_char_gate(re.compile(r"(?:即)?(?:每方|每人|各方|双方各|各自)[^，,；;。]{0,6}?[0-9０-９][0-9０-９,.．]*元"))


def _shares(text: str, doc: Document) -> tuple[list[Decimal], bool]:
    """The amounts borne, clause by clause, and whether a share is "其余 / 剩余" (the remainder). A clause that bears
    without an amount bears the fee named last (案件受理费300元，由被告负担). Empty when shares are proportions."""
    # (the row pattern tries up to 40 characters at every position for its bar: asked only where a bar is)
    table = [amounts_in(m.group("amount"))[0].value for m in TABLE_ROW.finditer(text)] if "|" in text or "｜" in text else []
    if len(table) >= 2:  # 负担人｜金额；原告甲｜85元；被告乙｜189元: a table flattened into the sentence
        return table, False
    listed = LISTED_SHARES.search(text)
    if listed:  # 由原告A、被告B分别负担98元、166元: one share per amount listed
        return [a.value for a in amounts_in(listed.group("list")) if a.gloss_of is None], False
    shares: list[Decimal] = []
    percents: list[Decimal] = []
    rest = False
    last_fee: Decimal | None = None
    names = [p.name for p in doc.parties] + [a for p in doc.parties for a in p.aliases]
    found = [a for a in amounts_in(text) if a.gloss_of is None]  # read once; a clause holds the amounts starting in it
    asides = [m.span() for m in _ASIDE.finditer(text)]
    for piece in _CLAUSE.finditer(text):
        if any(s <= piece.start() < e for s, e in asides):
            continue
        clause = piece.group(0)
        amounts = [a for a in found if piece.start() <= a.span[0] < piece.end()]
        if _FEE_WORD.search(clause) and amounts and not _BEAR.search(clause[:amounts[0].span[0] - piece.start()]):
            last_fee = amounts[0].value
        if not _BEAR.search(clause) or _ADVANCED.search(clause):
            continue
        if not amounts and _AMONG.match(text, piece.end() + 1):
            continue  # 由原告与被告分担，其中原告分担85元…: the shares follow
        percent = _PERCENT.search(clause)
        if not amounts and percent and len(_PERCENT.findall(clause)) == 1:
            # 由原告负担30%，被告负担60%: per cent shares of the fee, which must make the whole
            percents.append(percent_value(percent) or Decimal(0))
            continue
        if not amounts and _PROPORTION.search(clause):
            each = _EACH.match(text, piece.end() + 1)
            if not (each and _HALVES.search(clause)):
                return [], False  # 按比例负担 / 各半: no amounts to add
            # 由原告、被告各半负担，每方负担132元: the share stated once for each of the parties named
            named = len([n for n in names if n in clause]) or len(_PARTY_WORDS.findall(clause)) or 2
            shares.extend([amounts_in(each.group(0))[0].value] * named)
            return shares, rest
        if _REST.search(clause) and not amounts:
            rest = True
            continue
        if amounts:
            value = amounts[-1].value
        elif last_fee is not None:
            value = last_fee
        else:
            continue
        if "各" in clause:  # 原告、被告各负担150元: once per party named
            said = _OPEN_ASIDE.sub("", clause)  # …各负担343元（此款原告已垫付: the aside names no bearer
            both = said.count("原、被告") + said.count("原被告")  # 原、被告 / 原被告: both sides, two parties
            count = len([n for n in names if n in said]) or \
                len(_PARTY_WORDS.findall(said.replace("原、被告", "").replace("原被告", ""))) + both * 2
            shares.extend([value] * max(count, 1))
            continue
        shares.append(value)
    if len(percents) >= 2 and not shares and doc.costs is not None:
        whole = doc.costs.charged if doc.costs.charged is not None else doc.costs.acceptance_fee
        if whole is not None:
            shares = [whole * p / 100 for p in percents]
    return shares, rest
