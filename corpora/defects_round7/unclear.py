"""UNC-01 … UNC-11, round 7: wordings and sentence structures that rounds 1–6 do not use.

What rounds 1–6 wrote for these kinds is listed in the docstrings of corpora/defects_round4/unclear.py (rounds 1–3),
corpora/defects_round5/unclear.py (rounds 4 and 5), corpora/defects_round6/unclear.py (round 6) and in the READMEs of
rounds 4–6.

Here:
- UNC-01: topic first in the classical register with 款限…付清 and no figure ("被告Y所负原告X之借款，款限…付清"), and the
  award as a share of a loss the item never quantifies ("原告X因本案所受损失，由被告Y按百分之七十的比例赔偿，于…付清").
- UNC-02: the legal term 孳息 after the principal ("借款30800元及该款孳息"), and the banking formula "，利随本清" closing a
  loan item.
- UNC-03: the rate replaced by "按届时适用的市场利率", and the rate cut from the item with a second sentence that leaves it
  to the enforcement court ("。利率由执行法院参照市场行情确定").
- UNC-04: a rate written per hundred 元 a month ("每百元每月1.4元", 16.8 % a year), and two rates each under the cap whose sum
  is above it ("按年利率10%支付利息、按年利率6%支付违约金", 16 %; 民间借贷规定 第二十九条).
- UNC-10: two obligors with 均应 ("被告A、被告B均应于…"), and an added item "被告B对前项债务承担清偿责任" that names no
  liability form; the second obligor is added to the party block.
- UNC-11: a company's form written 有限责任公司 where it is registered as 有限公司, and a person's name masked in the item
  only (闫丽丽 → 闫某) while the party block gives the full name.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src, add_items, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round4.unclear import _loan_pay
from corpora.defects_round5.common import noun_total
from corpora.defects_round5.unclear import _rate_items
from corpora.defects_round7.common import (
    add_defendant,
    bare_period,
    cause,
    period,
    plain_noun,
)

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount


def _no_amount(i: int):
    return lambda d: not d.operative_items[i - 1].amounts


def unc01_owed(src: Src, rng: Random) -> Injection | None:
    """Topic first with 款限…付清: "被告Y所负原告X之借款，款限本判决生效之日起五日内付清"."""
    for p in pays(src):
        noun = plain_noun(p)
        if not noun or not p.deadline:
            continue
        new_item = f"{p.nm}{p.who_role}{p.who}所负{p.to_role}{p.to}之{noun}，款限{bare_period(p)}付清{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item topic first with 款限…付清 and without its amount: '
                         f'"{quote(p.it.text, 90)}" → "{quote(new_item2, 100)}".', f"所负{p.to_role}{p.to}之{noun}，款限",
                         check=_no_amount(p.it.index))
    return None


SHARE = ["百分之七十", "百分之八十"]


def unc01_share(src: Src, rng: Random) -> Injection | None:
    """A share of a loss the item never quantifies: "原告X因本案所受损失，由被告Y按百分之七十的比例赔偿，于…付清"."""
    for p in pays(src):
        noun = p.body_noun
        if not p.deadline or not re.search(r"损失|医疗费|维修费", noun) or "律师费" in noun:
            continue
        pct = rng.choice(SHARE)
        new_item = (f"{p.nm}{p.to_role}{p.to}因本案所受{noun}，由{p.who_role}{p.who}按{pct}的比例{p.verb}，"
                    f"{period(p)}付清{p.end}")
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item as a share of a loss the item does not quantify, '
                         f'without the amount: "{quote(p.it.text, 90)}" → "{quote(new_item2, 120)}".',
                         f"由{p.who_role}{p.who}按{pct}的比例{p.verb}", check=_no_amount(p.it.index))
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

PRINCIPAL = ("借款", "借款本金", "货款", "劳务报酬", "劳务费", "工程款", "承揽款", "手机款", "欠款")
LOANS = ("借款", "借款本金", "欠款")


def _principal_pays(src: Src, nouns: tuple):
    if any(re.search(r"利息|孳息|本息", it.text) for it in src.items):
        return
    for p in pays(src):
        if p.body_noun in nouns:
            yield p


def unc02_fruits(src: Src, rng: Random) -> Injection | None:
    """The legal term 孳息 after the principal: "借款30800元及该款孳息"."""
    for p in _principal_pays(src, PRINCIPAL):
        k = p.it.text.find(p.amount) + len(p.amount)
        ins = "及该款孳息"
        text, _new_item, _ = item_edit(src, p.it.index, [(k, k, ins)])
        return Injection(text, p.it.index, f'Added the fruits of the principal (孳息, i.e. its interest) with no base, rate, '
                         f'start or end: "{p.amount}" → "{p.amount}{ins}".', p.amount + ins)
    return None


def unc02_with(src: Src, rng: Random) -> Injection | None:
    """The banking formula "，利随本清" closing a loan item."""
    for p in _principal_pays(src, LOANS):
        t = p.it.text
        end = len(t) - len(p.end)
        ins = "，利随本清"
        text, new_item, _ = item_edit(src, p.it.index, [(end, end, ins)])
        return Injection(text, p.it.index, f'Closed the loan item with the formula 利随本清 (interest to be paid with the '
                         f'principal) without base, rate, start or end: "{quote(new_item, 110)}".',
                         f"{p.body_noun}{p.amount}{ins}" if t[:end].endswith(p.amount) else "利随本清")
    return None


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

def _rate_span(it, m) -> int:
    lead = re.search(r"按照?$", it.text[:m.start()])
    return lead.start() if lead else m.start()


def unc03_then(src: Src, rng: Random) -> Injection | None:
    """The rate replaced by "按届时适用的市场利率"."""
    for it, m in _rate_items(src):
        s = _rate_span(it, m)
        new = "按届时适用的市场利率"
        text, _new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Replaced the interest rate by "the market rate applicable at the time", which '
                         f'names neither the rate nor who publishes it: "{it.text[s:m.end()]}" → "{new}".', new)
    return None


def unc03_defer(src: Src, rng: Random) -> Injection | None:
    """The rate cut from the item and left to the enforcement court in a second sentence."""
    for it, m in _rate_items(src):
        s = _rate_span(it, m)
        t = it.text
        end = len(t) - (1 if t.endswith(("。", "；")) else 0)
        sentence, rate = "利率由执行法院参照市场行情确定", m.group(0)
        text, _new_item, _ = item_edit(src, it.index, [(s, m.end(), ""), (end, end, "。" + sentence)])
        return Injection(text, it.index, f'Removed the interest rate "{t[s:m.end()]}" from the item and added a second '
                         f'sentence that leaves the rate to the enforcement court: "{sentence}".', sentence,
                         check=lambda d, i=it.index, r=rate: r not in d.operative_items[i - 1].text)
    return None


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def _loan_case(src: Src) -> bool:
    c = cause(src)
    return bool(re.search(r"借贷|借款", c)) and not re.search(r"银行|信用卡|金融借款|小额贷款", c)


def unc04_per_hundred(src: Src, rng: Random) -> Injection | None:
    """The rate of a loan item written per hundred 元 a month: "每百元每月1.4元" (16.8 % a year)."""
    if not _loan_case(src) or not src.date or src.date.year > 2025:
        return None
    for it, m in _rate_items(src):
        new = "每百元每月1.4元的标准"
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Set the rate of the loan to 1.4元 per hundred a month (16.8 % a year; the cap of '
                         f'4 × the 1-year LPR is about 13.8–14.6 % in {src.date.year}): "{m.group(0)}" → "{new}".',
                         "每百元每月1.4元")
    return None


def unc04_sum(src: Src, rng: Random) -> Injection | None:
    """Interest at 10 % and a penalty at 6 % on a bare loan: each under the cap, together (16 %) above it."""
    got = _loan_pay(src)
    if not got:
        return None
    p, filed = got
    t = p.it.text
    end = len(t) - len(p.end)
    clause = (f"，并自{filed}起以{p.amount}为基数按年利率10%支付利息、按年利率6%支付违约金，均计算至实际清偿之日止")
    text, _new_item, _ = item_edit(src, p.it.index, [(end, end, clause)])
    return Injection(text, p.it.index, f'Added interest at 10 % and a penalty at 6 % a year on the loan: each is under the '
                     f'cap, together (16 % a year) they exceed 4 × the 1-year LPR (about 13.8–14.6 % in {src.date.year}; 民间借贷'
                     f'规定 第二十九条 caps interest, penalty and other charges together): "{clause[1:]}".',
                     "按年利率10%支付利息、按年利率6%支付违约金")


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["罗文斌", "雷淑芬", "包志远", "熊丽萍"]
MASKED = ["滕某某", "姚某"]
RELATION = [(r"借贷|借款", "系借条上载明的共同借款人"), (r"买卖", "系涉案货物的订货人"), (r"交通事故", "系肇事车辆的实际支配人"),
            (r"建设工程|建房", "系涉案工程的分包人"), (r"劳务|服务|培训|合同", "系涉案合同的履行辅助人")]


def _second(src: Src, rng: Random):
    rel_text = next((r for pat, r in RELATION if re.search(pat, cause(src))), None)
    if not rel_text:
        return None
    return add_defendant(src, NAMES, MASKED, rel_text, pick=int(rng.random() * 4))


def unc10_each(src: Src, rng: Random) -> Injection | None:
    """"被告A、被告B均应于…向原告X…": 均 leaves open whether each owes the whole or both together."""
    for p in pays(src):
        if not p.deadline or p.who_role != "被告":
            continue
        got = _second(src, rng)
        if not got:
            return None
        e, new, line = got
        new_item = f"{p.nm}被告{p.who}、被告{new}均应{period(p)}向{p.to_role}{p.to}{p.verb}{noun_total(p)}{p.amount}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
        return Injection(text, p.it.index, f'Added a defendant to the party block ("{line}") and the procedural history, and '
                         f'rewrote the item naming both obligors with 均应 and no 连带/按份/补充 wording: '
                         f'"{quote(p.it.text, 80)}" → "{quote(new_item2, 100)}".', f"被告{p.who}、被告{new}均应",
                         check=lambda d, n=new: n in {x.name for x in d.parties})
    return None


def unc10_bear(src: Src, rng: Random) -> Injection | None:
    """An added item "被告B对前项债务承担清偿责任": which liability (连带, 补充, 按份) is not said."""
    for p in pays(src):
        if not p.deadline or p.who_role != "被告" or (not p.nm and len(src.items) > 1):
            continue
        got = _second(src, rng)
        if not got:
            return None
        e, new, line = got
        body = f"被告{new}对前项债务承担清偿责任"
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added a defendant to the party block ("{line}") and the procedural history, and '
                         f'an item after item {p.it.index} that makes the new defendant answer for it without saying '
                         f'whether jointly, in a share or in the second place: "{body}".', body, n_items=len(src.items) + 1,
                         check=lambda d, n=new: n in {x.name for x in d.parties})
    return None


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

def _item_names(src: Src):
    for it in src.clean_money_items():
        for name in [n for ob in it.obligations for n in ob.obligors + ob.obligees]:
            yield it, name


def _lead(it, k: int) -> str:
    m = re.search(r"(原告|被告)$", it.text[:k])
    return m.group(1) if m else ""


def unc11_form(src: Src, rng: Random) -> Injection | None:
    """The company's form written 有限责任公司 where it is registered as 有限公司."""
    orgs = {p.name for p in src.doc.parties if p.kind == "organisation"}
    for it, name in _item_names(src):
        if name not in orgs or not name.endswith("有限公司") or name.endswith(("有限责任公司", "股份有限公司")):
            continue
        other = name[:-4] + "有限责任公司"
        k = it.text.find(name)
        if k < 0 or other in src.text:
            continue
        text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), other)])
        return Injection(text, it.index, f'Wrote the company in the item with another legal form than the one in the party '
                         f'block (有限责任公司 for 有限公司): "{name}" → "{other}".', _lead(it, k) + other)
    return None


def unc11_masked(src: Src, rng: Random) -> Injection | None:
    """A person masked in the item only: "闫丽丽" → "闫某", while the party block keeps the full name."""
    persons = {p.name for p in src.doc.parties if p.kind == "person" and re.fullmatch(r"[\u4e00-\u9fa5]{2,3}", p.name)}
    for it, name in _item_names(src):
        if name not in persons or "某" in name:
            continue
        other = name[0] + "某"
        k = it.text.find(name)
        if k < 0 or other in src.text:
            continue
        text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), other)])
        return Injection(text, it.index, f'Masked a person\'s name in the item only, so that the item names someone the party '
                         f'block does not (it gives the full name): "{name}" → "{other}".',
                         _lead(it, k) + other + it.text[k + len(name):k + len(name) + 2])
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_owed, unc01_share]),
    "UNC-02": ("interest-bare", "unclear", [unc02_fruits, unc02_with]),
    "UNC-03": ("vague-standard", "unclear", [unc03_then, unc03_defer]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_per_hundred, unc04_sum]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_each, unc10_bear]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_form, unc11_masked]),
}
