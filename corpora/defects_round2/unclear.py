"""UNC-01 … UNC-11, held out: wordings that corpora/defects does not use.

corpora/defects removes a bare figure (UNC-01), adds 及利息 / 并支付利息 / 及相应利息 / 及逾期付款损失 / 及资金占用损失 or
strips a clause to 逾期利息 (UNC-02), writes 合同约定利率 / 约定利率 / 等合理费用 / 等相关费用 / 相应的违约金 (UNC-03), 年利率36% /
月利率3% / 日千分之一 / 年利率24% (UNC-04), two obligors "A、B" (UNC-10), and the last character of a person's name
(UNC-11). None of those is written here.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import (
    Edits,
    Injection,
    Src,
    item_edit,
    noun_before,
    quote,
    rel,
)
from corpora.defects.unclear import RATE_RE, VARIANT_CHARS
from corpora.defects_round2.common import party_line

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount

# the figure goes, a qualifier that only points at the debt stays ("所欠货款", "剩余款项")
VAGUE_DEBT = {
    "货款": ["所欠货款", "尚欠的全部货款"],
    "借款": ["所欠借款", "剩余借款"],
    "借款本金": ["尚欠的借款本金", "剩余借款本金"],
    "欠款": ["所欠款项", "剩余欠款"],
    "劳务报酬": ["拖欠的劳务报酬", "剩余劳务报酬"],
    "劳务费": ["拖欠的劳务费", "剩余劳务费"],
    "工程款": ["多收取的工程款", "剩余工程款"],
    "预付款": ["未消费部分的预付款", "剩余预付款"],
    "服务费": ["未履行部分的服务费", "剩余服务费"],
    "承揽款": ["尚欠的承揽款", "剩余承揽款"],
    "化肥款": ["所欠化肥款", "剩余化肥款"],
    "手机款": ["所欠手机款", "剩余手机款"],
    "租金": ["拖欠的租金", "剩余租金"],
}


def unc01(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        t = it.text
        if it.interest or "每月" in t or len(it.amounts) != 1 or "共计" in t or "合计" in t:
            continue
        s, e = rel(it, it.amounts[0].span)
        noun = noun_before(t, s)
        if noun not in VAGUE_DEBT or t[s - len(noun):s] != noun:
            continue
        new = rng.choice(VAGUE_DEBT[noun])
        text, new_item, _ = item_edit(src, it.index, [(s - len(noun), e, new)])
        return Injection(text, it.index, f'Replaced the debt and its amount by a wording that only points at the debt: '
                         f'"{noun}{it.amounts[0].text}" → "{new}" (item now: "{quote(new_item, 90)}").', new,
                         check=lambda d, i=it.index: not d.operative_items[i - 1].amounts)
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

PAREN_RE = re.compile(r"(及|并支付|并赔偿)(利息|利息损失|逾期利息)（[^（）]*(?:自|从)[^（）]*(?:之日|止)[^（）]*）")
INLINE_RE = re.compile(r"(并支付)该款(自\d{4}年\d{1,2}月\d{1,2}日起按年利率[\d.]+[%％]计算至[^，。；]*?之日止的)(利息)")
PARTIAL = ["（利息按同期银行利率计算至还清之日）", "（利息自起诉之日起计算）"]
BARE_NOUNS = ("借款", "借款本金", "本金", "欠款", "货款", "工程款", "劳务报酬", "承揽款", "化肥款", "预付款")


def unc02_partial(src: Src, rng: Random) -> Injection | None:
    """Keep the interest clause but drop its base and start (or its rate and end)."""
    for it in src.clean_money_items():
        if not it.interest:
            continue
        m = PAREN_RE.search(it.text)
        if m:
            new = m.group(1) + m.group(2) + rng.choice(PARTIAL)
            old = m.group(0)
            s, e = m.start(), m.end()
        else:
            m = INLINE_RE.search(it.text)
            if not m:
                continue
            new = "并支付利息" + rng.choice(PARTIAL)
            old, s, e = m.group(0), m.start(), m.end()
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Cut the interest clause down so that its base and start (or its rate and end) are '
                         f'missing: "{old}" → "{new}".', new)
    return None


def unc02_bare(src: Src, rng: Random) -> Injection | None:
    """A principal-only item gets an interest-like charge with no base, rate, start or end."""
    for it in src.clean_money_items():
        if it.interest or len(it.amounts) != 1 or "每月" in it.text:
            continue
        s, e = rel(it, it.amounts[0].span)
        noun = noun_before(it.text, s)
        if noun not in BARE_NOUNS or not (e == len(it.text) or it.text[e] in "，。；"):
            continue
        phrase = rng.choice(["，并支付自逾期之日起的利息", "，并支付资金占用费"])
        text, _new_item, _ = item_edit(src, it.index, [(e, e, phrase)])
        return Injection(text, it.index, f'Added an interest charge with no base, rate or period (or only a vague start): '
                         f'"{noun}{it.amounts[0].text}" → "{noun}{it.amounts[0].text}{phrase}".', phrase[1:])
    return None


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

PENALTY_STD = ["按照双方协议约定的标准计算的违约金", "按合同约定标准计付的违约金"]
FEE_NOUNS = ("律师费损失", "律师费", "车辆维修费", "维修费", "鉴定费", "交通费", "误工费", "护理费", "教育费")


def unc03_penalty(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        for a in it.amounts:
            s, e = rel(it, a.span)
            if not it.text[:s].endswith("违约金"):
                continue
            new = rng.choice(PENALTY_STD)
            text, _new_item, _ = item_edit(src, it.index, [(s - 3, e, new)])
            return Injection(text, it.index, f'Replaced the penalty figure by a reference to the contract\'s standard: '
                             f'"违约金{a.text}" → "{new}".', new)
    return None


def unc03_fee(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        for a in it.amounts:
            s, e = rel(it, a.span)
            noun = next((n for n in FEE_NOUNS if it.text[:s].endswith(n)), None)
            if not noun or (e < len(it.text) and it.text[e] == "（"):
                continue
            how = rng.choice(["reasonable", "receipts"])
            if how == "reasonable":
                new, ops = f"合理的{noun}", [(s - len(noun), e, f"合理的{noun}")]
            else:
                new, ops = f"{noun}（以实际发生的票据金额为准）", [(s, e, "（以实际发生的票据金额为准）")]
            text, _new_item, _ = item_edit(src, it.index, ops)
            return Injection(text, it.index, f'Replaced a figure by a standard that is not stated: "{noun}{a.text}" → '
                             f'"{new}".', new)
    return None


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

ABOVE_CAP = ["月息二分五厘", "日万分之八"]  # 30 % and 29.2 % a year; the cap in 2023–24 is about 13.8–14.6 %


def _loan_case(src: Src, it) -> bool:
    """A debt between private parties (the 4 × LPR cap of the 民间借贷 rules), not a bank's or a penalty on rent."""
    cause = src.cause()[:80]
    if re.search(r"银行|信用卡|金融借款|小额贷款|融资担保", cause) or "违约金" in it.text:
        return False
    return bool(re.search(r"借贷|借款|债权转让", cause) or (re.search(r"被告\S+?合同纠纷", cause) and "利息" in it.text))


def unc04_replace(src: Src, rng: Random) -> Injection | None:
    if not src.date or src.date.year < 2021:
        return None
    reasoning = src.section("reasoning") or ""
    for it in src.clean_money_items():
        m = RATE_RE.search(it.text)
        if not m or m.group(0) in reasoning or "24%" in it.text or not _loan_case(src, it):
            continue
        new = rng.choice(ABOVE_CAP)
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Set the interest rate above the legal cap (4 × 1-year LPR, about 14–15 % in '
                         f'{src.date.year}): "{m.group(0)}" → "{new}".', new)
    return None


def unc04_add(src: Src, rng: Random) -> Injection | None:
    """A complete interest clause (base, start, end) at a rate above the cap, added to a principal-only loan item."""
    if not src.date or src.date.year < 2021:
        return None
    filed = re.search(r"于(\d{4}年\d{1,2}月\d{1,2}日)(?:立案|受理)", src.cause())
    if not filed:
        return None
    for it in src.clean_money_items():
        if it.interest or len(it.amounts) != 1 or "每月" in it.text or not _loan_case(src, it):
            continue
        s, e = rel(it, it.amounts[0].span)
        noun = noun_before(it.text, s)
        if noun not in ("借款", "借款本金", "本金") or not (e == len(it.text) or it.text[e] in "，。；"):
            continue
        rate = rng.choice(ABOVE_CAP)
        phrase = (f"，并以{it.amounts[0].text}为基数，按{rate}支付自{filed.group(1)}起至实际清偿之日止的利息")
        text, _new_item, _ = item_edit(src, it.index, [(e, e, phrase)])
        return Injection(text, it.index, f'Added a complete interest clause at a rate above the legal cap (4 × 1-year LPR, '
                         f'about 14–15 % in {src.date.year}): "{phrase[1:]}".', f"按{rate}")
    return None


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NEW_NAMES = ["蒋立新", "邓海燕", "曹永福", "彭淑芬", "唐国栋", "谢春兰", "韩志刚", "冯素珍"]
MASKED = ["张某某", "孙某", "钱某某", "吴某"]


def _fresh_names(src: Src, k: int, rng: Random) -> list[str]:
    who = src.parties("defendant")[0].name
    pool = MASKED if "某" in who else NEW_NAMES
    names = [n for n in rng.sample(pool, len(pool)) if n not in src.text]
    return names[:k] if len(names) >= k else []


def _unc10(src: Src, rng: Random, k: int) -> Injection | None:
    defs = src.parties("defendant")
    if len(defs) != 1 or src.dtype != "judgment" or defs[0].kind != "person":
        return None
    who = defs[0].name
    pl = party_line(src, "defendant")
    ph = src.span("procedural_history")
    if not pl or not ph:
        return None
    for it in src.clean_money_items():
        obs = it.obligations
        if len(obs) != 1 or obs[0].obligors != [who]:
            continue
        pos = it.text.find(who)
        if pos < 0:
            continue
        new = _fresh_names(src, k, rng)
        if not new:
            return None
        prefix = pl[2]
        e = Edits(src.text)
        if k == 1:
            lines = [f"{prefix}{new[0]}，系被告{who}的配偶。"]
        else:
            lines = [f"{prefix}{n}。" for n in new]
        e.insert(pl[1], "".join("\n" + ln for ln in lines))
        kk = src.text.find("被告" + who, ph[0], ph[1])
        if kk >= 0:
            e.insert(kk + 2 + len(who), "".join("、" + n for n in new))
        after = it.text[pos + len(who):]
        if k == 1:
            add = f"及其配偶{new[0]}"
            ops = [(pos + len(who), pos + len(who), add)]
            marker = who + add
            wording = f'"{who}" → "{who}{add}"'
        else:
            add = "".join("、" + n for n in new)
            m = re.match(r"(于[^，。；]*?内)?(向)?", after)
            verb_at = pos + len(who) + (m.end() if m else 0)
            if verb_at == pos + len(who):
                ops = [(verb_at, verb_at, add + "共同")]
            else:
                ops = [(pos + len(who), pos + len(who), add), (verb_at, verb_at, "共同")]
            marker = who + add
            wording = f'"{who}" → "{who}{add}", and "共同" before the act'
        text, _new_item, _ = item_edit(src, it.index, ops, e)
        return Injection(text, it.index, f'Added {"a defendant" if k == 1 else "two defendants"} to the party block '
                         f'({" / ".join(lines)}) and the procedural history, and made the payment item name '
                         f'{"both" if k == 1 else "all three"} obligors with no 连带/按份 wording: {wording}.', marker,
                         check=lambda d, ns=tuple(new): all(n in {p.name for p in d.parties} for n in ns))
    return None


def unc10_three(src: Src, rng: Random) -> Injection | None:
    return _unc10(src, rng, 2)


def unc10_spouse(src: Src, rng: Random) -> Injection | None:
    if not re.search(r"借贷|借款", src.cause()[:80]):
        return None
    return _unc10(src, rng, 1)


# --------------------------------------------------------------------------- UNC-11 a name one character off

# homophones or look-alikes typed by pinyin input; none of these characters is in corpora/defects' table
TYPO = dict(zip("武浪月项模炎甫素继何王张吴严朱徐刘杨臣宇琪睿迦",
                "伍朗悦向谟岩辅苏纪贺汪章武颜祝许柳阳辰雨棋瑞伽"))
TYPO = {k: v for k, v in TYPO.items() if k not in VARIANT_CHARS and v not in VARIANT_CHARS.values()
        and k not in VARIANT_CHARS.values() and v not in VARIANT_CHARS}


def _typo(name: str, organisation: bool) -> str | None:
    """One character changed, never the last one of a person's name (corpora/defects changes that one)."""
    if organisation:
        core = re.sub(r"(有限责任公司|有限公司|股份有限公司|合伙企业|俱乐部|鞋厂|鞋店|支行|分公司)$", "", name)
        order = list(range(len(core) - 1, -1, -1))
    else:
        order = list(range(len(name) - 2, -1, -1))  # middle first, then the surname
    for i in order:
        if name[i] in TYPO:
            wrong = name[:i] + TYPO[name[i]] + name[i + 1:]
            return wrong
    return None


def _unc11(src: Src, org: bool) -> Injection | None:
    parties = {p.name: p for p in src.doc.parties if not re.search(r"[某×X\d]", p.name)}
    for it in src.clean_money_items():
        names = [n for ob in it.obligations for n in ob.obligees + ob.obligors if n in parties]
        for name in names:
            p = parties[name]
            if (p.kind == "organisation") != org or (not org and not 2 <= len(name) <= 3):
                continue
            k = it.text.find(name)
            wrong = _typo(name, org)
            if k < 0 or not wrong or wrong in src.text:
                continue
            text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), wrong)])
            return Injection(text, it.index, f'Misspelt a party name in the item, one character off the party '
                             f'block{" (a company name)" if org else ""}: "{name}" → "{wrong}".', wrong)
    return None


def unc11_person(src: Src, rng: Random) -> Injection | None:
    return _unc11(src, False)


def unc11_company(src: Src, rng: Random) -> Injection | None:
    return _unc11(src, True)


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01]),
    "UNC-02": ("interest-bare", "unclear", [unc02_partial, unc02_bare]),
    "UNC-03": ("vague-standard", "unclear", [unc03_penalty, unc03_fee]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_replace, unc04_add]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_three, unc10_spouse]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_person, unc11_company]),
}
