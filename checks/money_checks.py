"""Unclear money and interest: a payment without amount; interest or 违约金 without base, rate, start or end;
"按合同约定 / 相应的利息 / 合理费用 / 等" standing in for figures; a rate above the legal cap."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from checks import basis
from checks.clause_view import at, clauses
from checks.defined_terms import defined_terms
from checks.item_refs import ANSWERS_FOR_DEBT
from checks.rates import cap_for, lpr_on
from checks.registry import Finding, check, item_no
from extractors.clause_lexicon import BACK_REF, NOT_OWED, OUTSIDE_DEBT
from extractors.dates import find_dates
from extractors.interest_bases import KEYWORD as INTEREST_WORD
from zhixing.document import Document, OperativeItem
from zhixing.scan import first_char_gate

_PLACEHOLDER = first_char_gate(re.compile(r"按(?:照)?(?:合同|协议|双方|借款合同|双方协议|双方合同)?约定(?:的)?(?:利率|标准|方式)?(?:计算|支付|执行|为准)?|以双方约定为准|"
                          r"相应(?:的)?(?:利息|违约金|损失|费用|款项)|合理费用|其他费用|相关费用|等(?:相关|其他)?(?:费用|损失|款项)|"
                          r"以[^，。；（）]{0,14}(?:实际|票据|发票|结算|审计|评估|鉴定|对账|核算)[^，。；（）]{0,10}为准|"
                          r"按实际(?:发生|支出|结算)(?:的)?(?:金额|数额|费用)?|据实结算|"
                          # 具体数额在执行阶段据实核算: the sum left to the enforcement it should direct
                          r"具体(?:数额|金额|款项)[^，。；]{0,12}?(?:核算|确定|结算|计算|认定)|"
                          r"(?:在|(?<!关)于|由)执行(?:阶段|中|程序中?|机构|部门)[^，。；《》]{0,8}?(?:核算|确定|结算|计算|认定)(?!迟延)|"
                          # 按…报价利率适当上浮 / 酌情调整: a change of a rate or figure by an unstated measure
                          r"(?:适当|酌情|酌定|相应)(?:上浮|下浮|提高|降低|增加|减少|调整|上调|下调)|"
                          # 按年利率3%至6% / 月息1.5%-2%: a range leaves the rate to apply within it open
                          r"(?:利率|利息|息|费率)\s*(?:为|按)?\s*(?:百分之[零一二三四五六七八九十点]+|[0-9]+(?:\.[0-9]+)?\s*[%％‰]?)\s*"
                          r"(?:至|到|~|～|-|—|－)\s*(?:百分之[零一二三四五六七八九十点]+|[0-9]+(?:\.[0-9]+)?\s*[%％‰])|"
                          # 按…报价利率或年利率6%（由原告择一主张）: two rates, the one that applies left open
                          r"(?:利率|利息|LPR|报价利率)[^，。；（）]{0,4}?或(?:者|按)?[^，。；（）]{0,20}?(?:利率|[0-9]+(?:\.[0-9]+)?\s*[%％‰])|"
                          r"择一|二者选一|任选其一|(?:由|按)[^，。；]{0,6}?选择(?:适用|其一|一种)|"
                          # 按不低于…报价利率的标准 / 年利率不低于6%: a floor only, the rate itself not stated
                          r"(?:不低于|不少于|最低不低于|至少)[^，。；]{0,40}?(?:利率|标准|利息)|"
                          # 每月按其月收入的百分之二十: a share of an income the judgment does not state
                          r"按(?:其|被告|原告|义务人)?[^，。；0-9０-９]{0,6}?(?:收入|工资|所得|薪酬|营业额|利润)的?\s*"
                          r"(?:百分之[一二三四五六七八九十]+|[0-9]+(?:\.[0-9]+)?\s*[%％]|[一二三四五六七八九十]成)"))
# a figure or rate stated by the standard it is computed with, without the figures of that standard: 按国家规定的利率标准 /
# 参照当地同期民间借贷市场利率 / 按…人身损害赔偿标准 / 按实际出工天数计算; a named published rate (LPR, 同业拆借中心) or
# a standard with its figure (按每月300元的标准, 按年利率24%) is stated
_STANDARD_REF = re.compile(r"(?:按照?|参照|依照|依据|根据)(?P<what>[^，。；（）()]{2,30}?)(?:标准|利率|规定|价格|水平|天数|费率|成本)")
_STATED = re.compile(r"[0-9０-９%％‰倍]|[零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+(?:元|分|厘)|报价利率|LPR|"
                     r"同业拆借|基准利率|人民银行|本判决|判决书|《")
# 按半年利率9.1% / 按年利率为6%: the figure of the rate follows its name
_FIGURE_NEXT = re.compile(r"\s*(?:为|是|即)?\s*(?:[0-9０-９]|百分之|千分之|万分之)")
_MONEY_OBJECT = re.compile(r"款|费|金|租金|工资|报酬|利息|损失|借款|货款|价款")
_PAY_VERB = re.compile(r"支付|给付|偿还|归还|赔偿|返还|退还|偿付|清偿|付清|结清|还清|付给|交付")


_INTEREST_OBJECT = re.compile(r"^[^，。；]{0,30}?(?:利息|违约金|滞纳金|罚息|损失)")
_OF_INTEREST = re.compile(r"的(?:利息|违约金|罚息)")
# (车次 / 车程 count trips and distances, not a vehicle: 货款（计送货十二车次） still names money only)
_THING_WORD = re.compile(r"房|车(?!次|程)|物|设备|证|钥匙")
# 购车款 / 房租 / 车辆损失费: money named after a thing
_THING_MONEY = re.compile(r"(?:房|车|物|设备|证|钥匙)[\u4e00-\u9fff]{0,3}?(?:款|费|金|租|损失|价)")


def _names_thing(text: str) -> bool:
    return bool(_THING_WORD.search(_THING_MONEY.sub("", text)))
# interest on a sum named before (该款 / 上述借款): the base is stated
_BASE_REFERENCED = re.compile(r"(?:该|上述|前述|前列)[\u4e00-\u9fff]{0,6}(?:款|债权|本金|借款|货款)")
_NAMED_BEFORE = re.compile(r"(?:该|上述|前述)[\u4e00-\u9fff]{0,6}(?:款|债权|本金|借款|货款)[^，。；]{0,30}$")
_FROM = re.compile(r"自|从")


def _payment_items(doc: Document) -> list[OperativeItem]:
    return [i for i in doc.operative_items if i.item_type == "payment"]


# a sum less what was paid, with no figure for what was paid: （已还部分予以扣除） / 扣除被告已支付的款项
_PAID = r"已(?:还|付|支付|偿还|给付|清偿|归还|履行|返还)"
_OPEN_DEDUCTION = first_char_gate(re.compile(rf"(?:扣除|扣减|抵扣|冲抵|折抵|减去)[^，。；（）()0-9０-９]{{0,10}}?{_PAID}[^，。；（）()0-9０-９]{{0,6}}?"
                             rf"(?:部分|款项|金额|数额|款)|{_PAID}[^，。；（）()0-9０-９]{{0,6}}?(?:部分|款项|金额|数额)"
                             r"[^，。；（）()0-9０-９]{0,4}?(?:扣除|扣减|抵扣|冲抵|折抵)"))


# 价值800元左右的车辆配件: the rough figure describes a thing handed back, not a sum due
_WORTH = re.compile(r"(?:价值|价格|作价|折价|估价|市价|原价)(?:为|约|约为|人民币)*\s*$")


@check("UNC-01", "给付金钱未写明数额", "unclear", "error", basis.MONEY,
       ["被告于本判决生效之日起十日内向原告支付欠款", "被告赔偿原告相应损失",
        "返还借款30000元（已还部分予以扣除）", "支付租金等费用合计1.5万余元"])
def payment_without_amount(doc: Document):
    for item in _payment_items(doc):
        # 对上述款项承担连带清偿责任: the amount is the other item's (from the start of the clause that says so)
        answers = ANSWERS_FOR_DEBT.search(item.text)
        answering_from = item.span[0] + max(item.text.rfind(ch, 0, answers.start()) for ch in "，,。；;") + 1 \
            if answers else None
        open_sum = _OPEN_DEDUCTION.search(item.text)
        rough = next((a for a in item.amounts if a.approximate
                      and not _WORTH.search(doc.text[max(0, a.span[0] - 6):a.span[0]])), None)
        bound = next((a for a in item.amounts if a.gloss_of is None and _FLOOR.search(doc.text[max(0, a.span[0] - 6):a.span[0]])
                      and not any(s <= a.span[0] < e for s, e in (c.span for c in item.interest))), None)
        per_unit = _unit_price_only(doc, item)
        span_of = _range_of_sums(doc, item)
        if span_of:  # 3500元至5000元: a range, the sum due within it left open
            yield Finding(message=f"第{item_no(item.index)}项数额写作幅度“{doc.text[span_of[0]:span_of[1]]}”，应给付的确定数额无从得知，"
                                  "执行机构无法确定执行标的。",
                          evidence=[span_of], item_index=item.index, suggestion="写明应给付的确定数额，如“……人民币××元”。")
            continue
        if open_sum or rough or bound or per_unit:
            # the figure is there but not the sum due: less an unstated payment, only about so much (余 / 约), at least
            # so much (不低于3000元), or a price per day or piece with no number of days or pieces
            what = f"“{open_sum.group(0)}”未写明扣除的数额" if open_sum else f"数额写作约数“{rough.text}”" if rough else \
                f"数额仅写明下限（“{doc.text[bound.span[0] - 3:bound.span[1]]}”）" if bound else \
                f"仅写明单价“{doc.text[per_unit.span[0] - 2:per_unit.span[1]]}”，未写明数量或天数，也未写明总额"
            span = at(item, open_sum.span()) if open_sum else (rough or bound or per_unit).span
            yield Finding(message=f"第{item_no(item.index)}项{what}，应给付的确定数额无从得知，执行机构无法确定执行标的。",
                          evidence=[span], item_index=item.index,
                          suggestion="写明扣除后的确定数额，如“……人民币××元”。")
            continue
        if not answers and not item.obligations and not item.amounts and not item.interest and _MONEY_OBJECT.search(item.text) \
                and not OUTSIDE_DEBT.search(item.text) \
                and _PAY_VERB.search(item.text) and not _names_thing(item.text) and not NOT_OWED.search(item.text):
            # an item the obligation reader cannot split (被告所负原告之货款，款限…付清) still orders money: no figure
            # anywhere in it is the same defect
            yield Finding(message=f"第{item_no(item.index)}项判令给付金钱，但未写明数额，执行机构无法确定执行标的。",
                          evidence=[item.span], item_index=item.index,
                          suggestion=f"{item.text.rstrip('。；;')}（应写明具体数额，如“……人民币××元”）。")
            continue
        for ob in item.obligations:
            if ob.action not in ("pay", "return") or answers and ob.span[0] >= answering_from:
                continue
            has_money_object = _MONEY_OBJECT.search(ob.object or ob.text)
            in_interest = [c.span for c in item.interest]
            amounts_in = [a for a in item.amounts if ob.span[0] <= a.span[0] < ob.span[1]
                          and not any(s <= a.span[0] < e for s, e in in_interest)  # an interest base is no amount due
                          and not doc.text[max(0, a.span[0] - 1):a.span[0]] == "以"]
            interest_only = item.interest and _INTEREST_OBJECT.match(ob.object or "")
            if interest_only or _OF_INTEREST.search(ob.object or ""):
                continue  # interest is given by its formula, checked by UNC-02
            if not ob.obligees and OUTSIDE_DEBT.search(ob.object or ""):
                continue  # 该房屋贷款由原告负担: a debt to a bank outside the case, on its own terms
            if BACK_REF.match(ob.object or "") and any(a.span[0] < ob.span[0] for a in item.amounts):
                continue  # …彩礼款6万元，此款于…给付: the sum written before
            if has_money_object and not amounts_in and not _names_thing(ob.object):
                yield Finding(message=f"第{item_no(item.index)}项判令给付金钱，但未写明数额，执行机构无法确定执行标的。",
                              evidence=[ob.span], item_index=item.index,
                              suggestion=f"{ob.text.rstrip('。；;')}（应写明具体数额，如“……人民币××元”）。")


_FLOOR = re.compile(r"(?:不低于|不少于|至少|最低|最少|起码)(?:为|人民币)*\s*$")
# a price per unit: 按每日300元的标准 / 每件50元; a count, a span of days or a second figure makes it a sum
_PER_UNIT = re.compile(r"每(?:日|天|件|次|小时|个|台|人|平方米|平米|亩|吨|公斤|斤|车|趟|工日|工)[^，。；0-9０-９]{0,3}$")
_COUNTED = re.compile(r"共\s*[0-9０-９一二三四五六七八九十百]+|[0-9０-９一二三四五六七八九十百]+\s*(?:日|天|件|次|小时|个|台|人|平方米|亩|吨|公斤|斤|车|趟)"
                      r"(?!内|以内|之内)|[×xX*]|至[^，。；]{2,20}?(?:止|之日)|期间")


def _unit_price_only(doc: Document, item):
    """The one amount of the item, where it is a price per day, piece or hour and the item counts nothing: the sum due
    is left to a count nobody made."""
    figures = [a for a in item.amounts if a.gloss_of is None]
    if len(figures) != 1 or not _PER_UNIT.search(doc.text[max(0, figures[0].span[0] - 8):figures[0].span[0]]):
        return None
    rest = item.text.replace(doc.text[figures[0].span[0]:figures[0].span[1]], "")
    if _COUNTED.search(re.sub(r"[于在自]?本判决[^，。；]{0,12}?[0-9０-９一二三四五六七八九十]+\s*日(?:内|以内|之内)", "", rest)):
        return None
    return figures[0]


_RANGE_JOIN = re.compile(r"\s*(?:至|到|~|～|-|—|－|或)\s*")


def _range_of_sums(doc: Document, item) -> tuple[int, int] | None:
    """The span of two sums joined as a range (3500元至5000元 / 3500—5000元), outside any interest clause."""
    figures = [a for a in item.amounts if a.gloss_of is None
               and not any(s <= a.span[0] < e for s, e in (c.span for c in item.interest))]
    for a, b in zip(figures, figures[1:]):
        if _RANGE_JOIN.fullmatch(doc.text[a.span[1]:b.span[0]]) and a.value < b.value:
            return a.span[0], b.span[1]
    return None


_MISSING = {"base": "计息本金（基数）", "rate": "利率或计算标准", "start": "起算日", "end": "截止日"}


# interest ordered in words that give none of its elements: 连本带息退还 / 归还借款本息 / 并计付利息; 本息合计N元 states
# the figure, so it is no bare interest
# (… 及该款孳息 / 利随本清 / 连本带利: interest in legal or banking formulas)
_BARE_INTEREST = first_char_gate(re.compile(r"(?:连本带息|连本带利|本息|本利|利随本清|(?:及|和|并|连同)[^，。；]{0,6}孳息|按[日月年天]计息|"
                            r"(?:并|另|及|和)(?:计付|计|付|支付|加付|加计)息)"
                            r"(?!\s*(?:合计|共计|总计|共|计|为|人民币)*\s*[0-9０-９壹贰叁肆伍陆柒捌玖])"))


@check("UNC-02", "利息、违约金计算要素不全", "unclear", "error", basis.INTEREST,
       ["归还借款本金84406.72元及利息", "支付利息、滞纳金（关于利息、滞纳金以双方约定为准）",
        "赔偿逾期付款损失"])
def interest_incomplete(doc: Document):
    for item in _payment_items(doc):
        bare = _BARE_INTEREST.search(item.text) if not item.interest else None
        if bare:  # interest ordered in words (连本带息 / 本息) that name no base, rate, start or end
            start = item.span[0] + bare.start()
            yield Finding(message=(f"第{item_no(item.index)}项判令“{bare.group(0)}”给付，但未写明利息的计息本金、利率、起算日和"
                                   "截止日，执行中无法计算利息数额。"),
                          evidence=[(start, start + len(bare.group(0)))], item_index=item.index,
                          suggestion="利息以××元为基数，按年利率××%（或一年期贷款市场报价利率），自××××年××月××日起计算至实际清偿之日止。")
        yield from _defined_interest(doc, item)
        if item.interest and OUTSIDE_DEBT.search(item.text) and \
                not any(c.obligees for c in clauses(doc, item)):
            continue  # 欠信用社借款本金200000元及利息由原告偿还: the creditor's contract sets the interest
        for clause in item.interest:
            missing = []
            referenced = _BASE_REFERENCED.search(clause.text) or \
                _NAMED_BEFORE.search(doc.text[item.span[0]:clause.span[0]])
            if clause.base is None and not clause.base_text and not referenced:
                missing.append("base")
            if clause.annual_rate_pct is None and not clause.rate_text:
                missing.append("rate")
            if clause.start is None and not _FROM.search(clause.text) and \
                    not _RUNS_ON.search(doc.text[max(item.span[0], clause.span[0] - 100):clause.span[0] + 4]):
                missing.append("start")
            if clause.end_kind is None and not _EVENT_END.search(clause.text):
                missing.append("end")
            if not missing:
                continue
            parts = "、".join(_MISSING[m] for m in missing)
            yield Finding(
                message=f"第{item_no(item.index)}项“{clause.text}”未写明{parts}，执行中无法计算利息数额。",
                evidence=[clause.span], item_index=item.index,
                suggestion=_interest_suggestion(clause, item))


# （计算至2013年11月10日为…元，之后…按日万分五计算）: interest summed up to a day runs on from the day after it
_RUNS_ON = re.compile(r"(?:截至|截止|计算至|计至|暂计至|暂算至|暂计算至|算至)\s*[0-9０-９]{4}\s*年[^。]{0,60}?"
                      r"(?:之后|以后|其后|此后|后续|嗣后)")
# 至本判决生效之日止 / 至起诉之日止: an end on a day the case itself fixes
_EVENT_END = re.compile(r"至[^，。；]{0,6}(?:判决|裁定|调解书)?[^，。；]{0,4}(?:生效|起诉|立案|受理|宣判)之日止?")


def _defined_interest(doc: Document, item):
    """赔偿占用损失, where 本院认为 defined 资金占用损失（以下简称占用损失）: interest under a short name, with none of its
    elements in the item (a clause the extractor read there is judged as any other)."""
    for term in defined_terms(doc):
        at = item.text.find(term.short)
        if at < 0 or not INTEREST_WORD.search(term.phrase) or INTEREST_WORD.search(term.short) or \
                any(c.span[0] <= item.span[0] + at < c.span[1] for c in item.interest):
            continue
        start = item.span[0] + at
        yield Finding(message=(f"第{item_no(item.index)}项判令给付“{term.short}”（文书前文界定为“{term.phrase}”），但未写明其计算"
                               "基数、利率或标准、起算日和截止日，执行中无法计算数额。"),
                      evidence=[(start, start + len(term.short)), term.span], item_index=item.index,
                      suggestion=f"{term.short}以××元为基数，按××标准，自××××年××月××日起计算至实际清偿之日止。")
        return


def _interest_suggestion(clause, item) -> str:
    base = f"{format(clause.base.normalize(), 'f')}元" if clause.base is not None else "××元"
    rate = clause.rate_text or "年利率××%（或全国银行间同业拆借中心公布的一年期贷款市场报价利率）"
    start = clause.start.strftime("%Y年%-m月%-d日") if clause.start else "××××年××月××日"
    end = {"until_paid": "实际清偿之日", "until_due": "本判决确定的履行期限届满之日"}.get(clause.end_kind or "",
                                                                                       "实际清偿之日")
    return f"利息以{base}为基数，按{rate}，自{start}起计算至{end}止。"


@check("UNC-03", "以“按约定”“相应的”“等”代替具体数额或标准", "unclear", "error", basis.MONEY,
       ["利息按合同约定计算", "支付相应的利息", "承担合理费用", "支付租金、物业费等费用"])
def placeholder_wording(doc: Document):
    for item in _payment_items(doc):
        seen = False
        standards = [m for m in _STANDARD_REF.finditer(item.text) if not _STATED.search(m.group(0))
                     and not _FIGURE_NEXT.match(item.text, m.end())]
        for m in sorted([*_PLACEHOLDER.finditer(item.text), *standards], key=lambda m: m.start()):
            if m.group(0).startswith("以") and re.search(r"[0-9０-９]+(?:\.[0-9]+)?元", m.group(0)):
                continue  # 以对账确认的36732元为准 states the figure (a contradiction, if any, is CON-05's)
            if m.group(0).startswith("等") and re.match(r"^\s*(?:合计|共计|总计)?\s*(?:人民币)?[0-9０-９]", item.text[m.end():]):
                continue  # 租金等费用合计15,615.25元: the amount is stated
            if seen:
                continue  # one flag per item
            seen = True
            start = item.span[0] + m.start()
            yield Finding(message=f"第{item_no(item.index)}项以“{m.group(0)}”代替具体数额或计算标准，执行依据不明确。",
                          evidence=[(start, start + len(m.group(0)))], item_index=item.index,
                          suggestion="应将约定的利率、标准或费用项目及数额直接写入判项。")


@check("UNC-04", "利率超过法定上限", "unclear", "warning", basis.CAPS,
       ["按月利率3%计算利息", "按年利率36%支付逾期利息"])
def rate_above_cap(doc: Document):
    # only a rate can exceed the cap: without one the contract date (dates read in the facts) is not needed
    rated = [(item, clause) for item in _payment_items(doc) for clause in item.interest
             if clause.lpr_multiple is not None and clause.lpr_multiple > 4 or clause.annual_rate_pct is not None
             or _spread(clause) is not None]
    if not rated:
        return
    when = _contract_date(doc) or doc.date
    if when is None:
        return
    for item, clause in rated:
        if clause.lpr_multiple is not None and clause.lpr_multiple > 4 and when >= dt.date(2020, 8, 20):
            yield Finding(message=(f"第{item_no(item.index)}项按贷款市场报价利率的{format(clause.lpr_multiple.normalize(), 'f')}倍"
                                   "计息，超过合同成立时一年期贷款市场报价利率四倍的上限。"),
                          evidence=[clause.span], item_index=item.index,
                          suggestion="以不超过一年期贷款市场报价利率的四倍为限。")
            continue
        annual = clause.annual_rate_pct
        spread = _spread(clause)
        if annual is None and spread is not None:  # LPR加1200个基点: the LPR of the day plus the spread
            lpr = lpr_on(when)
            annual = lpr + spread if lpr is not None else None
        if annual is None:
            continue
        cap, rule = cap_for(when)
        if cap is not None and annual > cap + Decimal("0.0001"):
            yield Finding(message=(f"第{item_no(item.index)}项年化利率{format(annual.normalize(), 'f')}%超过"
                                   f"{rule}上限{format(cap.normalize(), 'f')}%，请核实是否属于金融机构或另有依据。"),
                          evidence=[clause.span], item_index=item.index,
                          suggestion=f"利率应以不超过年利率{format(cap.normalize(), 'f')}%为限。")
    yield from _charges_together(rated, when)


def _charges_together(rated, when: dt.date):
    """Interest and 违约金 (or other charges) on the same base for the same time: each may be under the cap and their
    sum above it (民间借贷规定 第二十九条 caps them together)."""
    cap, rule = cap_for(when)
    if cap is None:
        return
    # charges on one base over one period: same item, base, start and end
    groups: dict[tuple, tuple] = {}
    for item, clause in rated:
        if clause.annual_rate_pct is not None and clause.base is not None:
            key = (item.index, clause.base, clause.start, clause.end_kind, clause.end)
            groups.setdefault(key, (item, []))[1].append(clause)
    for item, same in groups.values():
        total = sum((c.annual_rate_pct for c in same), Decimal(0))
        if len(same) < 2 or any(c.annual_rate_pct > cap for c in same) or total <= cap + Decimal("0.0001"):
            continue
        yield Finding(message=(f"第{item_no(item.index)}项对同一本金同时计收的利息、违约金等年化合计"
                               f"{format(total.normalize(), 'f')}%，超过{rule}上限{format(cap.normalize(), 'f')}%"
                               "（逾期利息、违约金和其他费用应合并计算）。"),
                      evidence=[c.span for c in same], item_index=item.index,
                      suggestion=f"利息、违约金及其他费用合计以不超过年利率{format(cap.normalize(), 'f')}%为限。")


_SPREAD = re.compile(r"(?:贷款市场报价利率|LPR)[^，。；]{0,6}?(?:加|上浮|加上)\s*(?P<bp>[0-9０-９.]+)\s*(?:个)?(?:基点|BP|bp)")


def _spread(clause) -> Decimal | None:
    """The spread over the LPR in percentage points (加1200个基点 → 12), when the rate is written that way."""
    m = _SPREAD.search(clause.rate_text or "")
    return Decimal(m.group("bp")) / 100 if m else None


_CONTRACT_WORDS = re.compile(r"签订|借款|出借|借给|借到|出具")


def _contract_date(doc: Document) -> dt.date | None:
    """The contract date the facts give (签订 / 借款 …), for the cap at contract formation."""
    facts = doc.section("facts")
    if not facts:
        return None
    text = doc.span_text(facts.span)
    for m in _CONTRACT_WORDS.finditer(text):
        dates = [d for d in find_dates(text[max(0, m.start() - 30):m.start() + 5]) if d.value]
        if dates:
            return dates[-1].value
    return None


# the PBOC benchmark, however named (同期贷款基准利率 / 中国人民银行同期同类贷款利率)
_BENCHMARK = re.compile(r"基准利率|人民银行[^，。；]{0,16}贷款利率")


def _runs_past(clause, doc: Document, day: dt.date) -> bool:
    """Whether the interest runs on or after ``day``: it starts then, or it runs to a date after it, or until payment
    (or the judgment's due date) in a judgment given after it."""
    if clause.start is not None and clause.start >= day:
        return True
    if clause.end is not None:
        return clause.end >= day
    if clause.end_kind in ("until_paid", "until_due") or clause.start is None:
        return (doc.date or dt.date.min) >= day
    return False


@check("UNC-05", "2019年8月20日后仍以“同期贷款基准利率”计息", "unclear", "warning", basis.CAPS,
       ["按中国人民银行同期贷款基准利率计算利息"])
def benchmark_after_lpr(doc: Document):
    for item in _payment_items(doc):
        for clause in item.interest:
            if clause.rate_text and _BENCHMARK.search(clause.rate_text) and _runs_past(clause, doc, dt.date(2019, 8, 20)):
                yield Finding(message=(f"第{item_no(item.index)}项以“{clause.rate_text}”计息，但2019年8月20日后贷款基准利率已由"
                                       "贷款市场报价利率（LPR）取代，执行中无法确定利率。"),
                              evidence=[clause.span], item_index=item.index,
                              suggestion="应改为“按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算”。")
