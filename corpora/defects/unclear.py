"""UNC-*: 给付内容不明 (amount, interest, standard, rate, liability form, party name, deadline)."""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import (
    Edits,
    Injection,
    Src,
    context,
    item_edit,
    noun_before,
    quote,
    rel,
)

RATE_RE = re.compile(r"(年利率[\d.]+[%％]|[\d.]+‰的月利率|(?:同期)?全国银行间同业拆借中心公布的(?:一年期|同期)?贷款市场报价利率)")
END_RE = re.compile(r"(实际付清|实际清偿|实际履行|实际给付|实际支付|偿还完毕|款清|清偿)之日")
VARIANT_CHARS = dict(zip("林伟杰华明军丽斌英平红芳文静敏刚龙涛成和春荣全俊德兵慧霞元正新国玉云琴梅兰峰勇波辉鹏飞亮东凯良燕萍秀桂珍娟倩婷雪颖丹佳振宏志建金福祥喜爱莎银举计满",
                         "霖炜洁骅铭君莉彬瑛萍虹方雯靖闵钢隆韬诚禾椿蓉泉骏得冰惠侠源政鑫帼钰芸芹玫岚锋永博晖朋菲谅冬恺梁艳苹绣贵真涓茜亭薛莹单嘉震洪智健锦富翔禧艾沙垠矩记曼"))
MASKED_NAMES = ["李某某", "王某", "陈某某", "周某", "赵某某"]
NEW_NAMES = ["周建平", "陈玉兰", "李国强", "王秀英", "刘志军", "杨春燕", "黄德明", "吴桂芳"]


# --------------------------------------------------------------------------- UNC-01 payment without amount

def unc01(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        t = it.text
        if it.interest or "每月" in t or "元（" in t:
            continue
        spans = [rel(it, a.span) for a in it.amounts]
        if not all(noun_before(t, s) or re.search(r"(共计|合计)$", t[:s]) for s, _ in spans):
            continue
        has_total = any(re.search(r"(共计|合计)$", t[:s]) for s, _ in spans)
        if len(spans) > 1 and not has_total:
            spans = [spans[-1]]  # remove one figure of several
        ops = []
        for s, e in spans:
            m = re.search(r"(，)?(共计|合计)$", t[:s])
            if m:
                s -= len(m.group(0))
            ops.append((s, e, ""))
        text, new_item, marker = item_edit(src, it.index, ops)
        before = len(it.amounts)
        return Injection(text, it.index, f'Removed the amount from a payment item: "{quote(t, 80)}" → "{quote(new_item, 80)}".',
                         marker, check=lambda d, i=it.index, n=before: len(d.operative_items[i - 1].amounts) < n)
    return None


# --------------------------------------------------------------------------- UNC-02 bare interest

PAREN_RE = re.compile(r"(逾期利息损失|利息损失|逾期利息|利息|违约金)（[^（）]*(?:自|从|按|以)[^（）]*）")
INLINE_RE = re.compile(r"(并|及)(支付|赔偿)(?:该款|该转让债权)?(?:以本金.*?为基数，)?(?:自|从|按).*?(逾期利息|利息)(?=[，。；]|$)")


def unc02_strip(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        if not it.interest or "手续费" in it.text:
            continue
        t = it.text
        m = PAREN_RE.search(t) or INLINE_RE.search(t)
        if not m:
            continue
        new = m.group(1) if m.re is PAREN_RE else m.group(1) + m.group(2) + m.group(3)
        text, new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Replaced the full interest clause by a bare one: "{quote(m.group(0), 90)}" → "{new}".',
                         context(new_item, m.start(), m.start() + len(new), 4))
    return None


def _add_after_principal(src: Src, rng: Random, nouns: tuple, phrases: list[str]) -> Injection | None:
    for it in src.clean_money_items():
        if it.interest or len(it.amounts) != 1 or "每月" in it.text:
            continue
        s, e = rel(it, it.amounts[0].span)
        noun = noun_before(it.text, s)
        if noun not in nouns or not (e == len(it.text) or it.text[e] in "，。；"):
            continue
        phrase = rng.choice(phrases)
        text, _new_item, _ = item_edit(src, it.index, [(e, e, phrase)])
        return Injection(text, it.index, f'Added interest with no base, rate or period after the principal: '
                         f'"{noun}{it.amounts[0].text}" → "{noun}{it.amounts[0].text}{phrase}".', it.amounts[0].text + phrase)
    return None


def unc02_add_interest(src, rng):
    return _add_after_principal(src, rng, ("借款", "借款本金", "本金", "欠款"), ["及利息", "并支付利息", "及相应利息"])


def unc02_add_loss(src, rng):
    return _add_after_principal(src, rng, ("货款", "价款", "工程款", "承揽款", "租金", "劳务报酬", "服务费", "化肥款"),
                                ["及逾期付款损失", "并赔偿逾期付款损失", "及资金占用损失"])


# --------------------------------------------------------------------------- UNC-03 按约定 / 相应的 / 合理费用

def unc03_rate(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        m = RATE_RE.search(it.text)
        if not m or "约定" in it.text:
            continue
        new = rng.choice(["合同约定利率", "双方约定的利率", "约定利率"])
        text, _new_item, marker = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Replaced the interest rate by a reference to the contract: "{m.group(0)}" → "{new}".',
                         marker)
    return None


def unc03_fee(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        for a in it.amounts:
            s, e = rel(it, a.span)
            noun = noun_before(it.text, s)
            if not noun or noun in ("借款", "借款本金", "本金", "货款", "欠款") or (e < len(it.text) and it.text[e] == "（"):
                continue
            if noun == "违约金":
                ops, new = [(s - len(noun), e, "相应的违约金")], "相应的违约金"
            elif noun.endswith(("费", "费用", "损失")):
                new = rng.choice(["等合理费用", "等相关费用"]) if not noun.endswith("费用") else "等相应的费用"
                ops = [(s, e, new)]
            else:
                continue
            text, _new_item, _marker = item_edit(src, it.index, ops)
            return Injection(text, it.index, f'Replaced a figure by a vague stand-in: "{noun}{a.text}" → '
                             f'"{new if noun == "违约金" else noun + new}".', new)
    return None


# --------------------------------------------------------------------------- UNC-04 rate above the cap

def unc04(src: Src, rng: Random) -> Injection | None:
    if not src.date or src.date.year < 2021:
        return None
    reasoning = src.section("reasoning") or ""
    for it in src.clean_money_items():
        m = RATE_RE.search(it.text)
        if not m or "24%" in it.text or m.group(0) in reasoning:
            continue
        pct = "％" if "％" in m.group(0) else "%"
        new = rng.choice([f"年利率36{pct}", f"月利率3{pct}", "日千分之一", f"年利率24{pct}"])
        text, _new_item, _marker = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Set the interest rate above the legal cap (4 × 1-year LPR, about 14–15 % in '
                         f'{src.date.year}): "{m.group(0)}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

def _single_obligor_items(src: Src):
    for it in src.clean_money_items():
        if len(it.obligations) == 1 and len(it.obligations[0].obligors) == 1:
            yield it, it.obligations[0].obligors[0]


def unc10_existing(src: Src, rng: Random) -> Injection | None:
    defs = [p.name for p in src.parties("defendant")]
    if len(defs) < 2:
        return None
    for it, who in _single_obligor_items(src):
        others = [d for d in defs if d != who and d not in it.text]
        pos = it.text.find(who)
        if who not in defs or not others or pos < 0:
            continue
        add = "、" + others[0]
        text, _new_item, _ = item_edit(src, it.index, [(pos + len(who), pos + len(who), add)])
        return Injection(text, it.index, f'Named a second existing defendant as obligor with no 连带/按份/各自 wording: '
                         f'"{who}" → "{who}{add}".', who + add)
    return None


def unc10_added(src: Src, rng: Random) -> Injection | None:
    defs = src.parties("defendant")
    ps = src.span("parties")
    if len(defs) != 1 or not ps or src.dtype != "judgment":
        return None
    who = defs[0].name
    names = MASKED_NAMES if "某" in who else NEW_NAMES
    new = next(n for n in rng.sample(names, len(names)) if n not in src.text)
    for it, ob in _single_obligor_items(src):
        pos = it.text.find(who)
        if ob != who or pos < 0:
            continue
        e = Edits(src.text)
        line_start = src.text.rfind("\n", 0, defs[0].span[0]) + 1
        prefix = src.text[line_start:defs[0].span[0]]
        e.insert(ps[1], f"\n{prefix}{new}。")
        ph = src.span("procedural_history")
        k = src.text.find("被告" + who, ph[0], ph[1])
        if k >= 0:
            e.insert(k + 2 + len(who), "、" + new)
        add = rng.choice(["、" + new, "、被告" + new]) if it.text[max(0, pos - 2):pos] == "被告" else "、" + new
        text, _new_item, _ = item_edit(src, it.index, [(pos + len(who), pos + len(who), add)], e)
        return Injection(text, it.index, f'Added a second defendant "{new}" to the party block (line "{prefix}{new}。") and '
                         f'the procedural history, and made the payment item name both obligors with no 连带/按份/各自 '
                         f'wording: "{who}" → "{who}{add}".', who + add)
    return None


# --------------------------------------------------------------------------- UNC-11 name one character off

def unc11(src: Src, rng: Random) -> Injection | None:
    persons = {p.name for p in src.doc.parties if 2 <= len(p.name) <= 3 and not re.search(r"[某×X\d]", p.name)}
    for it in src.clean_money_items():
        names = [n for ob in it.obligations for n in ob.obligors + ob.obligees if n in persons]
        for name in names:
            pos = [i for i, ch in enumerate(name) if ch in VARIANT_CHARS and i > 0]
            k = it.text.find(name)
            if not pos or k < 0:
                continue
            i = pos[-1]
            wrong = name[:i] + VARIANT_CHARS[name[i]] + name[i + 1:]
            if wrong in src.text:
                continue
            text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), wrong)])
            return Injection(text, it.index, f'Misspelt a party name in the item, one character off the party block: '
                             f'"{name}" → "{wrong}".', wrong)
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01]),
    "UNC-02": ("interest-bare", "unclear", [unc02_strip, unc02_add_interest, unc02_add_loss]),
    "UNC-03": ("vague-standard", "unclear", [unc03_rate, unc03_fee]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_added, unc10_existing]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11]),
}
