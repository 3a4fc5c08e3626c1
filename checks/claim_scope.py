"""Awards beyond the claims, head by head (CON-04 reads the sums; this reads what the sums are for): interest that
runs from before the start the claims ask for, and a head of loss the plaintiff must claim (律师费, 保全保险费,
精神损害抚慰金 …) that the claims never name. The court allocates its own costs (受理费, 保全费, 公告费) without a
claim, so those are not heads here."""

from __future__ import annotations

import re
from decimal import Decimal

from checks.registry import Finding, item_no
from extractors.dates import find_dates
from zhixing.document import Document
from zhixing.scan import first_char_gate

# words of one head, any of which in the claims asks for it
_HEADS = (("律师费", "律师代理费", "律师服务费", "代理费"),
          ("保全保险费", "保险费", "保全担保费", "担保费", "保函费"),
          ("精神损害抚慰金", "精神损失费", "精神损害赔偿", "精神抚慰金"),
          ("公证费",), ("差旅费",),
          # a penalty (违约金) where the claims ask for no penalty, loss or interest at all (a court may award as
          # 违约金 what the claims call 逾期付款损失 or 利息)
          ("违约金", "滞纳金"),
          # interest on unpaid interest is a head of its own: asking for interest does not ask for 复利
          ("复利", "利滚利"))
_ALSO_ASKS = {"违约金": ("违约", "损失", "利息", "滞纳金"), "滞纳金": ("违约", "损失", "利息", "滞纳金")}
# 不计复利 / 不得计收复利: a head the item refuses, not one it awards
_REFUSED = first_char_gate(re.compile(r"(?:不|不得|不再|免)[计收算加]{0,3}$|不予$"))
_COSTS_LEAD = re.compile(r"受理费|诉讼费|负担")
# 至2023年4月17日的已过期分期利息1023.38元 / 利息（暂计至…）…元: interest already summed up to a day
_ACCRUED = first_char_gate(re.compile(r"暂计至|暂算至|(?:计算至|计至|算至|截至|截止)\s*[0-9]{4}年|至[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日止?的[^，。；]{0,12}"
                      r"(?:利息|违约金|罚息)"))


def unclaimed_heads(doc: Document, claims: tuple[int, str], to_claimant) -> list[Finding]:
    """A payment item's head of loss that no word of the claims asks for."""
    text = claims[1]
    out = []
    for item in doc.operative_items:
        if item.item_type != "payment" or not to_claimant(item):
            continue
        for words in _HEADS:
            hit = next(((w, item.text.find(w)) for w in words if w in item.text), None)
            if hit is None or any(w in text for w in words + _ALSO_ASKS.get(words[0], ())):
                continue
            word, at = hit
            if _REFUSED.search(item.text[max(0, at - 6):at]):
                continue
            if _COSTS_LEAD.search(item.text[max(0, at - 12):at]) and "保险" not in word:
                continue  # 公证费由被告负担 as a cost of the suit
            start = item.span[0] + at
            out.append(Finding(message=(f"第{item_no(item.index)}项判令给付{word}，但诉讼请求中没有这一项请求，属于超出诉讼请求"
                                        "的判项。"),
                               evidence=[(start, start + len(word)), (claims[0], claims[0] + len(text))],
                               item_index=item.index, confidence=0.7))
            break
    return out


def unexplained_fees(doc: Document, claims: tuple[int, str], to_claimant) -> list[Finding]:
    """A payment item's fee that nothing outside the 主文 names (_unexplained_fee), read after the sums: a sum above
    the claims says more."""
    for item in doc.operative_items:
        if item.item_type == "payment" and to_claimant(item):
            found = _unexplained_fee(doc, item, claims)
            if found:
                return found
    return []


# a fee with its own sum (催收费用600元 / 服务费8440元): the two characters before 费 name it
_FEE_HEAD = re.compile(r"(?P<stem>(?![等各其之的和及])[\u4e00-\u9fff](?![等各其之的和及])[\u4e00-\u9fff])费(?:用)?(?:损失)?"
                       r"\s*(?:人民币)?\s*[0-9０-９]")
# the court's own costs, allocated without a claim
_COURT_COSTS = ("受理", "诉讼", "保全", "公告", "鉴定", "评估", "审计", "申请", "执行", "案件", "邮寄", "勘验", "翻译")


def _unexplained_fee(doc: Document, item, claims: tuple[int, str]) -> list[Finding]:
    """A fee the item awards with its own sum that no word of the document outside the 主文 names: neither the claims,
    nor the facts, nor the reasons speak of it, so nobody asked for it (the heads a court awards are argued first)."""
    first, last = doc.operative_items[0].span[0], doc.operative_items[-1].span[1]
    for m in _FEE_HEAD.finditer(item.text):
        stem = m.group("stem")
        if stem in _COURT_COSTS or doc.text.find(stem, 0, first) >= 0 or doc.text.find(stem, last) >= 0 or \
                _COSTS_LEAD.search(item.text[max(0, m.start() - 12):m.start()]):
            continue
        start = item.span[0] + m.start("stem")
        word = stem + "费"
        return [Finding(message=(f"第{item_no(item.index)}项判令给付{word}，但诉讼请求、事实和理由部分均未提及该项费用，"
                                 "属于超出诉讼请求的判项。"),
                        evidence=[(start, start + len(word)), (claims[0], claims[0] + len(claims[1]))],
                        item_index=item.index, confidence=0.6)]
    return []


def interest_before_claimed(doc: Document, claims: tuple[int, str]) -> list[Finding]:
    """Interest from a day before the earliest start the claims ask for. Where the claims sum up the interest to a
    day and ask for more only after it, an item may well count all of it from an earlier start instead; that is a
    finding only when the item also keeps the summed-up interest (the same interest twice)."""
    if not any(c.start for item in doc.operative_items for c in item.interest):
        return []
    starts = _claimed_starts(claims[1])
    if not starts:
        return []
    asked = min(starts)
    summed_in_claims = bool(_ACCRUED.search(claims[1]))
    out = []
    for item in doc.operative_items:
        early = [c for c in item.interest if c.start and c.start < asked]
        if not early or summed_in_claims and not _ACCRUED.search(item.text):
            continue
        clause = early[0]
        out.append(Finding(message=(f"第{item_no(item.index)}项利息自{_cn_date(clause.start)}起算，早于诉讼请求主张的起算日"
                                    f"{_cn_date(asked)}，超出诉讼请求。"),
                           evidence=[clause.span, (claims[0], claims[0] + len(claims[1]))], item_index=item.index,
                           suggestion=f"利息自{_cn_date(asked)}起计算。", confidence=0.7))
    return out


def _cn_date(day) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


_FROM = re.compile(r"(?:自|从)\s*(?=[0-9０-９〇○零一二三四五六七八九]{4}\s*年)")


def _claimed_starts(text: str) -> list:
    """The days the claims ask interest (or any running charge) to start from: 自2023年4月18日起 / 从…起算. Read as dates
    after 自 / 从 with 起 right after them: the interest extractor would read the same, at many times the cost."""
    out = []
    for m in _FROM.finditer(text):
        dates = find_dates(text[m.end():m.end() + 16])
        if dates and dates[0].span[0] == 0 and text.startswith("起", m.end() + dates[0].span[1]) and dates[0].value:
            out.append(dates[0].value)
    return out


# a fixed rate the claims ask for: 年利率5% / 年息6% / 月利率1.5%（a month's rate, twelve to the year）
_CLAIMED_RATE = re.compile(r"(?P<per>年|月)(?:利率|息|化利率|利息)\s*(?:为|按)?\s*(?P<pct>[0-9]+(?:\.[0-9]+)?)\s*[%％]")
_FLOATING = re.compile(r"报价利率|LPR|基准利率|同期|倍|上浮|万分之|千分之|日利率|日息")


def rate_above_claimed(doc: Document, claims: tuple[int, str]) -> list[Finding]:
    """A fixed yearly rate in an item above every fixed rate the claims ask for, where the claims ask only fixed
    rates (a claim by LPR or a multiple cannot be compared by figure)."""
    if any(c.lpr_multiple for item in doc.operative_items for c in item.interest):
        above_lpr = _lpr_above_claimed(doc, claims) or _lpr_term_above_claimed(doc, claims)
        if above_lpr:
            return above_lpr
    if not any(c.annual_rate_pct for item in doc.operative_items for c in item.interest):
        return []
    text = claims[1]
    asked = [Decimal(m.group("pct")) * (12 if m.group("per") == "月" else 1) for m in _CLAIMED_RATE.finditer(text)]
    if not asked or _FLOATING.search(text):
        return []
    top = max(asked)
    out = []
    for item in doc.operative_items:
        above = [c for c in item.interest if c.annual_rate_pct is not None and c.annual_rate_pct > top]
        if above:
            clause = above[0]
            out.append(Finding(message=(f"第{item_no(item.index)}项按年利率{clause.annual_rate_pct.normalize():f}%计息，高于诉讼请求"
                                        f"主张的年利率{top.normalize():f}%，超出诉讼请求。"),
                               evidence=[clause.span, (claims[0], claims[0] + len(text))], item_index=item.index,
                               suggestion=f"按年利率{top.normalize():f}%计算利息。", confidence=0.7))
    return out


# the LPR the claims ask for and its multiple: …报价利率 / LPR (1), …的1.5倍 / 四倍, 上浮50% (1.5)
_CLAIMED_LPR = re.compile(r"(?:报价利率|LPR)(?:[（(][^）)]{0,20}[）)])?(?:的(?P<times>[0-9]+(?:\.[0-9]+)?|[一二两三四])倍|"
                          r"(?:上浮|加)(?P<up>[0-9]+(?:\.[0-9]+)?)\s*[%％])?")
_CN_TIMES = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4}


def _lpr_above_claimed(doc: Document, claims: tuple[int, str]) -> list[Finding]:
    """A multiple of the LPR in an item above every multiple the claims ask for, where the claims ask only LPR-based
    rates (a fixed rate beside it cannot be compared by multiple)."""
    text = claims[1]
    asked = []
    for m in _CLAIMED_LPR.finditer(text):
        times = m.group("times")
        asked.append(Decimal(_CN_TIMES.get(times, 0) or times) if times else
                     1 + Decimal(m.group("up")) / 100 if m.group("up") else Decimal(1))
    if not asked or _CLAIMED_RATE.search(text) or re.search(r"基准利率|万分之|千分之|日利率", text):
        return []
    top = max(asked)
    out = []
    for item in doc.operative_items:
        above = [c for c in item.interest if c.lpr_multiple is not None and c.lpr_multiple > top]
        if above:
            clause = above[0]
            out.append(Finding(message=(f"第{item_no(item.index)}项按贷款市场报价利率的{clause.lpr_multiple.normalize():f}倍计息，"
                                        f"高于诉讼请求主张的{top.normalize():f}倍，超出诉讼请求。"),
                               evidence=[clause.span, (claims[0], claims[0] + len(text))], item_index=item.index,
                               suggestion="按诉讼请求主张的利率标准计算利息。", confidence=0.7))
    return out


# the LPR has two terms: the five-year one is the higher (0.5–0.8 points above the one-year LPR since 2019)
_FIVE_YEAR = re.compile(r"五年期以上|5年期以上|五年以上|5年以上")


def _lpr_term_above_claimed(doc: Document, claims: tuple[int, str]) -> list[Finding]:
    """An item at the five-year LPR where every LPR the claims ask for is the one-year rate or names no term (the
    one-year LPR is the rate courts read in a bare 贷款市场报价利率)."""
    text = claims[1]
    if not re.search(r"报价利率|LPR", text) or _FIVE_YEAR.search(text):
        return []
    out = []
    for item in doc.operative_items:
        five = [c for c in item.interest if c.lpr_multiple is not None and _FIVE_YEAR.search(
            doc.text[max(item.span[0], c.span[0] - 30):c.span[1]])]
        if five:
            clause = five[0]
            out.append(Finding(message=(f"第{item_no(item.index)}项按五年期以上贷款市场报价利率计息，诉讼请求主张的是一年期（或未写期限的）"
                                        "贷款市场报价利率，超出诉讼请求。"),
                               evidence=[clause.span, (claims[0], claims[0] + len(text))], item_index=item.index,
                               suggestion="按诉讼请求主张的一年期贷款市场报价利率计算。", confidence=0.7))
    return out


# a division of what the parties hold together (离婚, 析产, 继承, 共有物分割): the court orders either side to pay the
# other its share without a counterclaim
_DIVISION = re.compile(r"离婚|析产|继承|共有|分割|折价|找补|补偿款|差价")
_CLAIMANT_SIDE = ("plaintiff", "applicant")
_DEFENDANT_SIDE = ("defendant", "respondent")


def award_to_defendant(doc: Document) -> list[Finding]:
    """A first-instance item that orders the plaintiff to pay the defendant where the defendant never counterclaimed
    (no 反诉 anywhere): only the claims decide what may be awarded (不告不理), and the defendant asked for nothing."""
    if doc.instance != "first":
        return []
    role = {p.name: p.role for p in doc.parties}
    paying = [item for item in doc.operative_items if item.item_type == "payment" and any(
        ob.action == "pay" and ob.obligors and ob.obligees and all(role.get(n) in _CLAIMANT_SIDE for n in ob.obligors)
        and all(role.get(n) in _DEFENDANT_SIDE for n in ob.obligees) for ob in item.obligations)]
    # the document is searched only where an item pays the defendant (most have none)
    if not paying or "反诉" in doc.text or _DIVISION.search(doc.text):
        return []
    if any(ob.action not in ("pay", "return") and any(role.get(n) in _DEFENDANT_SIDE for n in ob.obligors)
           for item in doc.operative_items for ob in item.obligations):
        return []  # the defendant also transfers, delivers or hands over: the plaintiff's payment is its price
    item = paying[0]
    return [Finding(message=(f"第{item_no(item.index)}项判令原告向被告给付，但被告未提起反诉，诉讼请求中没有这一项请求，属于"
                             "超出诉讼请求的判项。"), evidence=[item.span], item_index=item.index, confidence=0.7)]
