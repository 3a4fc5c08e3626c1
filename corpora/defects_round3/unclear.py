"""UNC-01 … UNC-11, round 3: wordings that neither corpora/defects (round 1) nor corpora/defects_round2 (round 2) uses.

Round 1 removes a bare figure (UNC-01); adds 及利息 / 并支付利息 / 及相应利息 / 及逾期付款损失 / 及资金占用损失 or strips a clause to
逾期利息 (UNC-02); writes 合同约定利率 / 约定利率 / 等合理费用 / 等相关费用 / 相应的违约金 (UNC-03), 年利率36% / 月利率3% / 日千分之一 /
年利率24% (UNC-04), two obligors "A、B" (UNC-10) and the last character of a person's name (UNC-11).
Round 2 writes 所欠货款 / 剩余借款本金 / 拖欠的劳务报酬 … (UNC-01); "（利息按同期银行利率计算至还清之日）", "（利息自起诉之日起计算）",
"，并支付自逾期之日起的利息", "，并支付资金占用费" (UNC-02); 按照双方协议约定的标准计算的违约金, 合理的律师费, "（以实际发生的票据金额
为准）" (UNC-03); 月息二分五厘, 日万分之八 (UNC-04); "A、B、C…共同支付", "A及其配偶B" (UNC-10); a middle-character or surname typo,
常州武进 → 常州伍进 (UNC-11).

Here: the total replaced by a back-reference "等上列 / 等前述各项损失", and the period moved before the obligor with the
figure replaced by "已交纳的服务费 / 已支付的购车款" (UNC-01); the clause cut down to its rate only, and the interest moved into a
second sentence "。该款利息由被告…一并支付" (UNC-02); "按法律保护的上限标准", "按实际出工天数计算的劳务费", "按律师服务收费标准
计算的律师费损失" (UNC-03); five times the 1-year LPR and 年息18% (UNC-04); a guarantor "A及担保人B" and a partner with the period
first "于…内，被告A与其合伙人B…" (UNC-10); a company name without 有限, and a homophone in a 被上诉人's name in a second-instance
ruling (UNC-11).
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import (
    NUM_RE,
    Edits,
    Injection,
    Src,
    item_edit,
    quote,
    rel,
)
from corpora.defects.unclear import RATE_RE, VARIANT_CHARS
from corpora.defects_round2.unclear import TYPO, _loan_case
from corpora.defects_round3.common import party_prefix

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount

LIST_RE = re.compile(r"(?:[\u4e00-\u9fa5]{1,10}(?:费|金|损失)、){2,}[\u4e00-\u9fa5]{1,10}(?:费|金|损失)$")


def unc01_listref(src: Src, rng: Random) -> Injection | None:
    """"医疗费、误工费、…交通费共计69363.02元" → "医疗费、误工费、…交通费等上列各项损失": the heads stay, the total goes."""
    for it in src.clean_money_items():
        t = it.text
        if it.interest or "每月" in t or len(it.amounts) != 1:
            continue
        s, e = rel(it, it.amounts[0].span)
        m = re.search(r"(等各项损失|等各项费用)?(共计|合计)$", t[:s])
        if not m or not LIST_RE.search(t[:m.start()]):
            continue
        new = rng.choice(["等上列各项损失", "等前述各项损失"])
        text, new_item, _ = item_edit(src, it.index, [(m.start(), e, new)])
        return Injection(text, it.index, f'Replaced the total of the listed heads by a back-reference without any figure: '
                         f'"{t[m.start():e]}" → "{new}" (item now: "{quote(new_item, 110)}").', new,
                         check=lambda d, i=it.index: not d.operative_items[i - 1].amounts)
    return None


REFUND_QUAL = {"服务费": "已交纳的服务费", "货款": "已支付的货款", "购车款": "已支付的购车款", "工程款": "多支付的工程款"}


def unc01_front(src: Src, rng: Random) -> Injection | None:
    """A refund item is rewritten with the period first and the refunded sum only described:
    "被告A于…内退还原告B购车款30000元" → "于…内，被告A退还原告B已支付的购车款"."""
    for it in src.clean_money_items():
        t = it.text
        if it.interest or len(it.amounts) != 1 or not it.deadline or it.deadline.text == "立即" or len(it.obligations) != 1:
            continue
        ob = it.obligations[0]
        if len(ob.obligors) != 1 or len(ob.obligees) != 1:
            continue
        who, to = ob.obligors[0], ob.obligees[0]
        num = NUM_RE.match(t)
        nm = num.group(0) if num else ""
        ds, de = rel(it, it.deadline.span)
        s, e = rel(it, it.amounts[0].span)
        pat = (rf"^{re.escape(nm)}(被告)?{re.escape(who)}{re.escape(t[ds:de])}(退还|返还)(原告)?{re.escape(to)}(支付的)?"
               rf"({'|'.join(REFUND_QUAL)}){re.escape(t[s:e])}([。；]?)$")
        m = re.match(pat, t)
        if not m:
            continue
        qual = REFUND_QUAL[m.group(5)]
        new_item = f"{nm}{t[ds:de]}，{m.group(1) or ''}{who}{m.group(2)}{m.group(3) or ''}{to}{qual}{m.group(6)}"
        text, new_item2, _ = item_edit(src, it.index, [(0, len(t), new_item)])
        return Injection(text, it.index, f'Rewrote the refund item with the period first and the sum only described, without '
                         f'its amount: "{quote(t, 90)}" → "{quote(new_item2, 90)}".', qual,
                         check=lambda d, i=it.index: not d.operative_items[i - 1].amounts)
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

RATE = (r"(?P<rate>年利率[\d.]+[%％]|[\d.]+‰的月利率|(?:同期)?全国银行间同业拆借中心公布的(?:一年期|同期)?贷款市场报价利率)")
PAREN_RE = re.compile(r"(?P<conn>及|并支付|并赔偿)(?P<noun>逾期利息损失|利息损失|逾期利息|利息)（[^（）]*?(?:按照|按|以)" + RATE
                      + r"[^（）]*）")
INLINE_RE = re.compile(r"(?P<lead>，)?(?P<conn>并支付|及支付)(?:该款|该转让债权)?(?:自\d{4}年\d{1,2}月\d{1,2}日起)?(?:至[^，。；]*?之日止)?"
                       r"按" + RATE + r"计算(?:至[^，。；]*?之日止)?的(?P<noun>利息)")


def _interest_clause(it) -> re.Match | None:
    if not it.interest or "手续费" in it.text or "违约金" in it.text:
        return None
    return PAREN_RE.search(it.text) or INLINE_RE.search(it.text)


def unc02_rate_only(src: Src, rng: Random) -> Injection | None:
    """The full clause is cut down to its rate: no base, no start, no end."""
    for it in src.clean_money_items():
        m = _interest_clause(it)
        if not m:
            continue
        if m.re is PAREN_RE:
            new = f"{m.group('conn')}按{m.group('rate')}计算的{m.group('noun')}"
            s = m.start()
        else:
            new = f"{m.group('conn')[0]}按{m.group('rate')}支付利息"
            s = m.start("conn")
        text, _new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Cut the interest clause down to its rate, without base, start or end: '
                         f'"{it.text[s:m.end()]}" → "{new}".', new)
    return None


SPLIT = ["该款利息由被告{who}一并支付", "该笔款项的利息由被告{who}另行给付"]


def unc02_split(src: Src, rng: Random) -> Injection | None:
    """The clause leaves the item; a second sentence orders the interest with no element at all."""
    for it in src.clean_money_items():
        m = _interest_clause(it)
        if not m or len(it.obligations) != 1 or len(it.obligations[0].obligors) != 1:
            continue
        t = it.text
        s = m.start()
        rest = t[m.end():]
        if rest not in ("", "。", "；"):
            continue
        who = it.obligations[0].obligors[0]
        sentence = rng.choice(SPLIT).format(who=who)
        new = "。" + sentence
        text, new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Moved the interest out of its clause into a second sentence with no base, rate, '
                         f'start or end: "{t[s:m.end()]}" → "{new}" (item now: "{quote(new_item, 100)}").', sentence)
    return None


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

CAP_STD = ["法律保护的上限标准", "民间借贷司法解释规定的最高标准"]


def unc03_cap(src: Src, rng: Random) -> Injection | None:
    """The rate becomes "the legal upper limit": which limit, at which date, is not said."""
    for it in src.clean_money_items():
        m = RATE_RE.search(it.text)
        if not m or not _loan_case(src, it):
            continue
        new = rng.choice(CAP_STD)
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Replaced the interest rate by a standard that is not stated: "{m.group(0)}" → '
                         f'"{new}".', new)
    return None


STD = {"劳务费": "按实际出工天数计算的", "劳务报酬": "按实际出工天数计算的", "律师费损失": "按律师服务收费标准计算的",
       "教育费": "按就读学校收费标准计算的"}


def unc03_std(src: Src, rng: Random) -> Injection | None:
    """A figure is replaced by the standard it should have been computed with."""
    for it in src.clean_money_items():
        for a in it.amounts:
            s, e = rel(it, a.span)
            noun = next((n for n in STD if it.text[:s].endswith(n)), None)
            if not noun or (e < len(it.text) and it.text[e] == "（"):
                continue
            new = STD[noun] + noun
            text, _new_item, _ = item_edit(src, it.index, [(s - len(noun), e, new)])
            return Injection(text, it.index, f'Replaced a figure by the standard it is to be computed with, without the '
                             f'figures of that standard: "{noun}{a.text}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def _unc04(src: Src, new_of) -> Injection | None:
    if not src.date or src.date.year < 2021:
        return None
    reasoning = src.section("reasoning") or ""
    for it in src.clean_money_items():
        m = RATE_RE.search(it.text)
        if not m or m.group(0) in reasoning or not _loan_case(src, it):
            continue
        ops, marker, after = new_of(m)
        text, _new_item, _ = item_edit(src, it.index, ops)
        return Injection(text, it.index, f'Set the interest rate above the legal cap (4 × 1-year LPR, about 14–15 % in '
                         f'{src.date.year}): "{m.group(0)}" → "{after}".', marker)
    return None


LPR5 = "全国银行间同业拆借中心公布的一年期贷款市场报价利率的五倍"


def unc04_multiple(src: Src, rng: Random) -> Injection | None:
    """Five times the 1-year LPR (17.25 % at 3.45 %)."""
    def new_of(m):
        if "贷款市场报价利率" in m.group(0):
            return [(m.end(), m.end(), "的五倍")], "贷款市场报价利率的五倍", m.group(0) + "的五倍"
        return [(m.start(), m.end(), LPR5)], LPR5, LPR5
    return _unc04(src, new_of)


def unc04_yearly(src: Src, rng: Random) -> Injection | None:
    """年息18% (the cap is about 13.8–14.6 % for 2023–24)."""
    def new_of(m):
        pct = "％" if "％" in m.group(0) else "%"
        new = f"年息18{pct}"
        return [(m.start(), m.end(), new)], new, new
    return _unc04(src, new_of)


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NEW_NAMES = ["范国华", "许丽萍", "潘振东", "邵美玲", "龚建军", "韦秀珍"]
MASKED = ["郑某", "冯某某", "褚某某"]


def _unc10(src: Src, rng: Random, kind: str) -> Injection | None:
    defs = src.parties("defendant")
    if len(defs) != 1 or src.dtype != "judgment" or defs[0].kind != "person":
        return None
    who = defs[0].name
    pl = party_prefix(src, "defendant")
    ph = src.span("procedural_history")
    cause = src.cause()[:80]
    if not pl or not ph:
        return None
    if kind == "guarantor" and not re.search(r"借贷|借款", cause):
        return None
    if kind == "partner" and not re.search(r"买卖|承揽|建设工程|劳务", cause):
        return None
    pool = MASKED if "某" in who else NEW_NAMES
    new = next((n for n in rng.sample(pool, len(pool)) if n not in src.text), None)
    if not new:
        return None
    for it in src.clean_money_items():
        obs = it.obligations
        if len(obs) != 1 or obs[0].obligors != [who]:
            continue
        t = it.text
        pos = t.find(who)
        if pos < 0:
            continue
        e = Edits(src.text)
        line = f"{pl[2]}{new}，系被告{who}借款的担保人。" if kind == "guarantor" else f"{pl[2]}{new}，系被告{who}的合伙人。"
        e.insert(pl[1], "\n" + line)
        k = src.text.find("被告" + who, ph[0], ph[1])
        if k >= 0:
            e.insert(k + 2 + len(who), "、" + new)
        if kind == "guarantor":
            add = f"及担保人{new}"
            ops = [(pos + len(who), pos + len(who), add)]
            marker = who + add
            wording = f'"{who}" → "{marker}"'
        else:
            if not it.deadline or it.deadline.text == "立即":
                continue
            num = NUM_RE.match(t)
            nm = num.group(0) if num else ""
            ds, de = rel(it, it.deadline.span)
            head = t[len(nm):pos]
            if head not in ("", "被告") or t[pos + len(who):ds] != "":
                continue
            marker = f"{who}与其合伙人{new}"
            new_item = f"{nm}{t[ds:de]}，{head}{marker}{t[de:]}"
            ops = [(0, len(t), new_item)]
            wording = f'"{quote(t, 60)}" → "{quote(new_item, 70)}" (the period moved before the obligors)'
        text, _new_item, _ = item_edit(src, it.index, ops, e)
        return Injection(text, it.index, f'Added a defendant to the party block ("{line}") and the procedural history, and '
                         f'made the payment item name both obligors with no 连带/按份/补充 wording: {wording}.', marker,
                         check=lambda d, n=new: n in {p.name for p in d.parties})
    return None


def unc10_guarantor(src: Src, rng: Random) -> Injection | None:
    return _unc10(src, rng, "guarantor")


def unc10_partner(src: Src, rng: Random) -> Injection | None:
    return _unc10(src, rng, "partner")


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

def unc11_company(src: Src, rng: Random) -> Injection | None:
    """A company named without 有限 in the item (the 2016 规范 asks for the full name)."""
    parties = {p.name: p for p in src.doc.parties if p.kind == "organisation"}
    for it in src.clean_money_items():
        names = [n for ob in it.obligations for n in ob.obligees + ob.obligors if n in parties]
        for name in names:
            m = re.search(r"有限(责任)?公司$", name)
            k = it.text.find(name)
            if not m or k < 0:
                continue
            short = name[:m.start()] + "公司"
            if short in src.text or short in parties[name].aliases:
                continue
            text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), short)])
            return Injection(text, it.index, f'Wrote a company party in the item without "有限", so that the name differs '
                             f'from the party block: "{name}" → "{short}".', short)
    return None


# homophones typed by pinyin input; none of these characters is in the tables of rounds 1 and 2
HOMOPHONE = {"任": "仁", "仕": "士", "增": "曾", "岳": "越", "卓": "桌", "义": "艺", "模": "摩"}
HOMOPHONE = {k: v for k, v in HOMOPHONE.items()
             if not {k, v} & (set(VARIANT_CHARS) | set(VARIANT_CHARS.values()) | set(TYPO) | set(TYPO.values()))}


def unc11_appeal(src: Src, rng: Random) -> Injection | None:
    """A second-instance ruling whose item names the 被上诉人 / 上诉人 with a homophone in the middle of the name."""
    if src.dtype != "ruling":
        return None
    parties = {p.name for p in src.doc.parties if p.role in ("appellant", "appellee") and len(p.name) == 3}
    for it in src.items:
        for m in re.finditer(r"(被上诉人|上诉人)([\u4e00-\u9fa5]{3})", it.text):
            name = m.group(2)
            if name not in parties or name[1] not in HOMOPHONE:
                continue
            wrong = name[0] + HOMOPHONE[name[1]] + name[2]
            if wrong in src.text:
                continue
            text, _new_item, _ = item_edit(src, it.index, [(m.start(2), m.end(2), wrong)])
            return Injection(text, it.index, f'Misspelt the {m.group(1)}\'s name in an item of a second-instance ruling with '
                             f'a homophone: "{m.group(0)}" → "{m.group(1)}{wrong}".', m.group(1) + wrong)
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_listref, unc01_front]),
    "UNC-02": ("interest-bare", "unclear", [unc02_rate_only, unc02_split]),
    "UNC-03": ("vague-standard", "unclear", [unc03_cap, unc03_std]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_multiple, unc04_yearly]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_guarantor, unc10_partner]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_company, unc11_appeal]),
}
