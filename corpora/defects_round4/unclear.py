"""UNC-01 … UNC-11, round 4: wordings and sentence structures that rounds 1–3 do not use.

Rounds 1–3 remove a bare figure, or replace it by 所欠货款 / 剩余借款本金 / 拖欠的劳务报酬 / 等上列各项损失 / 已支付的购车款 …
(UNC-01); add 及利息 / 并支付利息 / 及相应利息 / 及逾期付款损失 / 及资金占用损失 / 并支付资金占用费 / 并支付自逾期之日起的利息, cut a
clause to 逾期利息, to a partial bracket or to its rate, or move it into a second sentence 该款利息由被告…一并支付 (UNC-02); write
合同约定利率 / 约定利率 / 等相关费用 / 相应的违约金 / 按照双方协议约定的标准计算的违约金 / 以实际发生的票据金额为准 / 法律保护的上限标准 /
按实际出工天数计算的劳务费 (UNC-03); 年利率36% / 月利率3% / 日千分之一 / 年利率24% / 月息二分五厘 / 日万分之八 / LPR的五倍 / 年息18%
(UNC-04); "A、B", "A、B、C…共同支付", "A及其配偶B", "A及担保人B", "于…内，被告A与其合伙人B…" (UNC-10); one character of a
person's name, a company's 武进 → 伍进, a company without 有限, a 被上诉人's homophone (UNC-11).

Here:
- UNC-01: the item turned passive, the sum only pointing at the findings ("原告X出借的借款，由被告Y按本院查明的数额于…归还"),
  and the obligee first with the sum only described ("原告X有权要求被告Y于…支付其主张的赔偿款中经本院确认的部分").
- UNC-02: the item split into sub-items, the second a bare reference back ("（二）前项借款所生利息"), and the principal
  rewritten as "借款本息，其中本金为…元" with no interest figure, rate or period.
- UNC-03: the rate replaced by the abolished benchmark "中国人民银行同期同类贷款利率", and a figure replaced by a provincial
  compensation standard ("按浙江省上一年度人身损害赔偿标准计算的赔偿款").
- UNC-04: a second, passive sentence "所欠借款的利息…按月利率百分之一点八计算，亦由被告X承担" (21.6 % a year) and an
  obligee-first item "原告X有权要求被告Y…并按日万分之五的标准支付…利息" (18.25 % a year).
- UNC-10: a passive item naming a co-borrower with 和 ("借款…由被告A和B…返还") and an obligee-first item naming the actual
  user or principal of the defendant ("原告X有权要求被告A与被告B…支付…").
- UNC-11: a company's district left out of its name (上海闵行永乐民融 → 上海永乐民融, 泰安市岱岳区满庄 → 泰安市满庄), and a
  reduplicated given name with one character dropped (米雄雄 → 米雄).
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import NUM_RE, Edits, Injection, Src, item_edit, quote, rel
from corpora.defects.unclear import RATE_RE
from corpora.defects_round3.common import party_prefix
from corpora.defects_round4.common import VERBS, pays, province, role_of

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount

QUAL = {"借款": "出借的", "借款本金": "出借的", "货款": "应收的", "租金": "应收的", "预付款": "预交的", "服务费": "已交纳的",
        "劳务费": "应得的", "劳务报酬": "应得的", "赔偿款": "的", "损失": "的", "工程款": "多付的", "购车款": "已付的"}


def unc01_found(src: Src, rng: Random) -> Injection | None:
    """Passive, with the sum pointing at the findings: "原告X出借的借款，由被告Y按本院查明的数额于…内归还"."""
    for p in pays(src):
        noun = p.body_noun
        if noun not in QUAL or not p.deadline:
            continue
        lead = "按本院查明的数额" if rng.random() < 0.5 else "按本院核定的数额"
        new_item = (f"{p.nm}{p.to_role}{p.to}{QUAL[noun]}{noun}，由{p.who_role}{p.who}{lead}{p.deadline}{p.verb}{p.end}")
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        marker = f"由{p.who_role}{p.who}{lead}"
        return Injection(text, p.it.index, f'Rewrote the payment item in the passive, with the sum only pointing at the '
                         f'findings and no amount: "{quote(p.it.text, 90)}" → "{quote(new_item2, 90)}".', marker,
                         check=lambda d, i=p.it.index: not d.operative_items[i - 1].amounts)
    return None


def unc01_entitled(src: Src, rng: Random) -> Injection | None:
    """Obligee first, the sum only described: "原告X有权要求被告Y于…内支付其主张的赔偿款中经本院确认的部分"."""
    for p in pays(src):
        noun = p.body_noun
        if not re.fullmatch(r"[\u4e00-\u9fa5]{2,6}", noun) or not p.deadline or not p.to_role:
            continue
        new_item = (f"{p.nm}{p.to_role}{p.to}有权要求{p.who_role}{p.who}{p.deadline}{p.verb}其主张的{noun}中经本院确认的"
                    f"部分{p.end}")
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item with the obligee first and the sum only described, '
                         f'without its amount: "{quote(p.it.text, 90)}" → "{quote(new_item2, 100)}".',
                         f"其主张的{noun}中经本院确认的部分",
                         check=lambda d, i=p.it.index: not d.operative_items[i - 1].amounts)
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

PAREN_RE = re.compile(r"(?P<conn>及|并支付|并赔偿)(?P<noun>逾期利息损失|利息损失|逾期利息|利息)（[^（）]*）")
INLINE_RE = re.compile(r"(?P<conn>，?并支付|及支付)(?:该款|该转让债权)?[^，。；]*?的(?P<noun>利息)")
LOAN_NOUNS = ("借款", "借款本金", "本金", "欠款", "转让债权")


def _interest_after_principal(src: Src, it):
    """(noun start, amount end, interest clause end, noun) for "借款20500元并赔偿利息损失（…）" and the like."""
    if not it.interest or len(it.obligations) != 1 or "违约金" in it.text or "手续费" in it.text:
        return None
    t = it.text
    a = it.amounts[0]
    s, e = rel(it, a.span)
    noun = next((n for n in sorted(LOAN_NOUNS, key=len, reverse=True) if t[:s].endswith(n)), None)
    if not noun:
        return None
    m = PAREN_RE.match(t, e) or INLINE_RE.match(t, e)
    if not m:
        return None
    rest = t[m.end():]
    if rest.strip("。；") and not re.fullmatch(r"，于[^，。；]*?内付清[。；]?", rest):
        return None
    return s - len(noun), e, m.end(), noun


def unc02_sub(src: Src, rng: Random) -> Injection | None:
    """The item split into sub-items; the interest becomes a bare reference back: "（二）前项借款所生利息"."""
    if not re.search(r"利息", src.claims_head()):
        return None
    for it in src.clean_money_items():
        got = _interest_after_principal(src, it)
        if not got or not it.deadline or it.deadline.text == "立即":
            continue
        ns, _ae, _ie, noun = got
        t = it.text
        num = NUM_RE.match(t)
        nm = num.group(0) if num else ("一、" if len(src.items) == 1 else None)
        verbs = list(re.finditer("|".join(VERBS), t[:ns]))
        if nm is None or not verbs:
            continue
        ob = it.obligations[0]
        who, to = ob.obligors[0], ob.obligees[0]
        deadline = it.deadline.text
        if not deadline.startswith(("于", "在")):
            deadline = "于" + deadline.lstrip("限")
        amount = it.amounts[0].text
        sub = f"（二）前项{noun}所生利息"
        new_item = (f"{nm}{role_of(src, who)}{who}{deadline}{verbs[-1].group(0)}{role_of(src, to)}{to}下列款项：\n"
                    f"（一）{noun}{amount}；\n{sub}。")
        text, new_item2, _ = item_edit(src, it.index, [(0, len(t), new_item)])
        return Injection(text, it.index, f'Split the item into sub-items and cut the interest down to a bare reference back, '
                         f'with no base, rate, start or end: "{quote(t, 120)}" → "{quote(new_item2, 120)}".', sub)
    return None


def unc02_benxi(src: Src, rng: Random) -> Injection | None:
    """"借款20500元并赔偿利息损失（…）" → "借款本息，其中本金为20500元": the interest is owed, nothing says how much."""
    for it in src.clean_money_items():
        got = _interest_after_principal(src, it)
        if not got:
            continue
        ns, _ae, ie, noun = got
        if noun not in ("借款", "借款本金", "本金"):
            continue
        t = it.text
        amount = it.amounts[0].text
        new = f"借款本息，其中本金为{amount}"
        text, _new_item, _ = item_edit(src, it.index, [(ns, ie, new)])
        return Injection(text, it.index, f'Replaced the principal and its interest clause by "本息" with only the principal '
                         f'stated: "{quote(t[ns:ie], 100)}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

PBOC = "中国人民银行同期同类贷款利率"


def unc03_pboc(src: Src, rng: Random) -> Injection | None:
    """The rate replaced by the PBOC benchmark, which after 2019-08-20 is no longer published (a standard that cannot be
    applied)."""
    if not src.date or src.date.year < 2021 or "中国人民银行" in (src.section("reasoning") or ""):
        return None
    for it in src.clean_money_items():
        m = RATE_RE.search(it.text)
        if not m or "约定" in it.text:
            continue
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), PBOC)])
        return Injection(text, it.index, f'Replaced the interest rate by the PBOC benchmark, not published since the LPR '
                         f'reform of 2019-08-20: "{m.group(0)}" → "{PBOC}".', PBOC)
    return None


def unc03_local(src: Src, rng: Random) -> Injection | None:
    """A personal-injury figure replaced by "按…省上一年度人身损害赔偿标准计算的…": which items, which year's figures, how much
    is not said."""
    prov = province(src)
    if not prov or not re.search(r"交通事故|人身损害|提供劳务者受害|侵权责任|健康权|身体权", src.cause()[:80]):
        return None
    for p in pays(src):
        noun = p.body_noun
        if not re.search(r"(损失|赔偿款)$", noun):
            continue
        it = p.it
        t = it.text
        s, e = rel(it, it.amounts[0].span)
        m = re.search(r"(等各项损失|各项损失|损失|赔偿款)(共计|合计)?$", t[:s])
        if not m:
            continue
        std = f"按{prov}上一年度人身损害赔偿标准计算的"
        if m.group(1).startswith("等"):
            new = "等" + std + m.group(1)[1:]
        else:
            new = std + m.group(1)
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), e, new)])
        return Injection(text, it.index, f'Replaced the figure by a compensation standard whose figures the item does not '
                         f'give: "{t[m.start():e]}" → "{new}".', std,
                         check=lambda d, i=it.index: not d.operative_items[i - 1].amounts)
    return None


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def _loan_pay(src: Src):
    """A loan item with a bare principal (no interest), and the filing date."""
    if not src.date or src.date.year < 2021:
        return None
    cause = src.cause()[:80]
    filed = re.search(r"于(\d{4}年\d{1,2}月\d{1,2}日)(?:立案|受理)", src.cause())
    if not filed or not re.search(r"借贷|借款", cause) or re.search(r"银行|信用卡|金融借款|小额贷款", cause):
        return None
    for p in pays(src):
        if p.body_noun in ("借款", "借款本金") and "利息" not in p.it.text and p.deadline:
            return p, filed.group(1)
    return None


def unc04_monthly(src: Src, rng: Random) -> Injection | None:
    """A second, passive sentence: "所欠借款的利息，自…起至借款还清之日止按月利率百分之一点八计算，亦由被告X承担" (21.6 %)."""
    got = _loan_pay(src)
    if not got:
        return None
    p, filed = got
    t = p.it.text
    end = len(t) - len(p.end)
    sentence = (f"所欠借款的利息，自{filed}起至借款还清之日止按月利率百分之一点八计算，亦由{p.who_role}{p.who}承担")
    text, _new_item, _ = item_edit(src, p.it.index, [(end, end, "。" + sentence)])
    return Injection(text, p.it.index, f'Added a second, passive sentence with a complete interest clause at a monthly rate '
                     f'of 1.8 % (21.6 % a year; the cap of 4 × the 1-year LPR is about 13.8–14.6 % in {src.date.year}): '
                     f'"{sentence}".', "按月利率百分之一点八计算")


def unc04_daily(src: Src, rng: Random) -> Injection | None:
    """Obligee first, with interest "按日万分之五的标准" (18.25 % a year)."""
    got = _loan_pay(src)
    if not got:
        return None
    p, filed = got
    new_item = (f"{p.nm}{p.to_role}{p.to}有权要求{p.who_role}{p.who}{p.deadline}{p.verb}{p.noun}{p.amount}，并按日万分之五的"
                f"标准支付自{filed}起至实际清偿之日止的利息{p.end}")
    text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
    return Injection(text, p.it.index, f'Rewrote the loan item with the obligee first and added interest at 0.05 % a day '
                     f'(18.25 % a year; the cap of 4 × the 1-year LPR is about 13.8–14.6 % in {src.date.year}): '
                     f'"{quote(p.it.text, 80)}" → "{quote(new_item2, 140)}".', "按日万分之五的标准")


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NEW_NAMES = ["孔德胜", "田秀兰", "覃志勇", "梁建华", "马玉珍", "秦海波"]
MASKED = ["卫某某", "蒋某", "沈某某"]


def _add_defendant(src: Src, rng: Random, relation) -> tuple[Edits, str, str] | None:
    defs = src.parties("defendant")
    if len(defs) != 1 or src.dtype != "judgment" or defs[0].kind != "person":
        return None
    who = defs[0].name
    pl = party_prefix(src, "defendant")
    ph = src.span("procedural_history")
    if not pl or not ph:
        return None
    pool = MASKED if "某" in who else NEW_NAMES
    new = next((n for n in rng.sample(pool, len(pool)) if n not in src.text), None)
    rel_text = relation(src, who)
    if not new or not rel_text:
        return None
    e = Edits(src.text)
    line = f"{pl[2]}{new}，{rel_text}。"
    e.insert(pl[1], "\n" + line)
    k = src.text.find("被告" + who, ph[0], ph[1])
    if k >= 0:
        e.insert(k + 2 + len(who), "、" + new)
    return e, new, line


def _co_borrower(src: Src, who: str) -> str | None:
    return "系在借条上共同签名的借款人" if re.search(r"借贷|借款", src.cause()[:80]) else None


def _principal(src: Src, who: str) -> str | None:
    cause = src.cause()[:80]
    if re.search(r"车牌号", src.section("facts") or ""):
        return "系涉案车辆的登记所有人"
    if re.search(r"劳务", cause):
        return "系涉案工程的实际发包人"
    if re.search(r"租赁", cause):
        return "系涉案车辆的实际使用人"
    if re.search(r"服务|培训|教育", cause):
        return f"系被告{who}所办培训机构的实际经营人"
    if re.search(r"买卖", cause):
        return f"系被告{who}所经营店铺的共同经营者"
    return None


def unc10_passive(src: Src, rng: Random) -> Injection | None:
    """Passive, the added co-borrower joined with 和: "借款30000元由被告A和B于…内返还原告X"."""
    for p in pays(src):
        if not p.deadline or p.who_role != "被告":
            continue
        got = _add_defendant(src, rng, _co_borrower)
        if not got:
            return None
        e, new, line = got
        new_item = f"{p.nm}{p.noun}{p.amount}由被告{p.who}和{new}{p.deadline}{p.verb}{p.to_role}{p.to}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
        return Injection(text, p.it.index, f'Added a defendant to the party block ("{line}") and the procedural history, and '
                         f'rewrote the payment item in the passive naming both obligors with no 连带/按份/补充 wording: '
                         f'"{quote(p.it.text, 80)}" → "{quote(new_item2, 90)}".', f"由被告{p.who}和{new}",
                         check=lambda d, n=new: n in {x.name for x in d.parties})
    return None


def unc10_entitled(src: Src, rng: Random) -> Injection | None:
    """Obligee first: "原告X有权要求被告A与被告B于…内支付…", B the actual principal or user the block now adds."""
    for p in pays(src):
        if not p.deadline or p.who_role != "被告" or p.to_role != "原告":
            continue
        got = _add_defendant(src, rng, _principal)
        if not got:
            return None
        e, new, line = got
        new_item = f"{p.nm}原告{p.to}有权要求被告{p.who}与被告{new}{p.deadline}{p.verb}{p.noun}{p.amount}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
        return Injection(text, p.it.index, f'Added a defendant to the party block ("{line}") and the procedural history, and '
                         f'rewrote the payment item with the obligee first naming both obligors with no 连带/按份/补充 '
                         f'wording: "{quote(p.it.text, 80)}" → "{quote(new_item2, 90)}".',
                         f"有权要求被告{p.who}与被告{new}", check=lambda d, n=new: n in {x.name for x in d.parties})
    return None


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

SH_DISTRICTS = "闵行|浦东|徐汇|长宁|静安|普陀|虹口|杨浦|宝山|嘉定|金山|松江|青浦|奉贤|崇明"
DISTRICT_RES = [re.compile(rf"^(上海)({SH_DISTRICTS})(.{{4,}})$"),
                re.compile(r"^([\u4e00-\u9fa5]{2,3}市)([\u4e00-\u9fa5]{2,3}(?:区|县))(.{4,})$")]


def unc11_district(src: Src, rng: Random) -> Injection | None:
    """A company or shop named in the item without the district of its registered name."""
    orgs = {p.name: p for p in src.doc.parties if p.kind == "organisation"}
    for it in src.clean_money_items():
        for name in [n for ob in it.obligations for n in ob.obligors + ob.obligees if n in orgs]:
            m = next((r.match(name) for r in DISTRICT_RES if r.match(name)), None)
            k = it.text.find(name)
            if not m or k < 0:
                continue
            short = m.group(1) + m.group(3)
            if short in src.text or short in orgs[name].aliases:
                continue
            text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), short)])
            return Injection(text, it.index, f'Wrote a party in the item without the district of its registered name, so '
                             f'that the name differs from the party block: "{name}" → "{short}".', short)
    return None


def unc11_redup(src: Src, rng: Random) -> Injection | None:
    """A reduplicated given name with one character dropped: 米雄雄 → 米雄."""
    persons = {p.name for p in src.doc.parties if p.kind == "person" and re.fullmatch(r"[\u4e00-\u9fa5]{3}", p.name)}
    for it in src.clean_money_items():
        for name in [n for ob in it.obligations for n in ob.obligors + ob.obligees if n in persons]:
            if name[1] != name[2]:
                continue
            short = name[:2]
            k = it.text.find(name)
            if k < 0 or any(p.name == short for p in src.doc.parties):
                continue
            text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), short)])
            role = re.search(r"(原告|被告)$", it.text[:k])
            marker = (role.group(1) if role else "") + short + it.text[k + len(name):k + len(name) + 2]
            return Injection(text, it.index, f'Dropped one character of a reduplicated given name in the item, so that '
                             f'the name differs from the party block: "{name}" → "{short}".', marker)
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_found, unc01_entitled]),
    "UNC-02": ("interest-bare", "unclear", [unc02_sub, unc02_benxi]),
    "UNC-03": ("vague-standard", "unclear", [unc03_pboc, unc03_local]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_monthly, unc04_daily]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_passive, unc10_entitled]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_district, unc11_redup]),
}
