"""UNC-01 … UNC-11, round 5: wordings and sentence structures that rounds 1–4 do not use.

What rounds 1–4 wrote for these kinds is listed in the docstrings of corpora/defects_round4/unclear.py (rounds 1–3) and in
corpora/defects_round4/README.md (round 4: passive …由被告Y…, obligee first 原告X有权要求…, sub-items （一）（二）, 本息 with
the principal only, the PBOC benchmark, a provincial compensation standard, 月利率百分之一点八, 日万分之五, a co-borrower joined
with 和 / 与, a district left out of a company name, a reduplicated given name cut).

Here:
- UNC-01: the 将 form with the sum pointing at a document outside the judgment ("…将借条载明的借款偿还给原告X"), and the
  item in two sentences, the second deferring the sum ("…支付原告X货款。具体数额以双方最终结算为准").
- UNC-02: "连本带息" before the verb with only the principal stated, and a second sentence "被告Y还应向原告X支付上述借款的
  利息" without base, rate or period.
- UNC-03: the rate replaced by "国家规定的利率标准", and by "参照当地同期民间借贷市场利率".
- UNC-04: a second sentence "另，被告Y应自…起…按年利率百分之二十向原告X支付利息" (20 %), and a bracketed clause on a 人民币
  base "按一年期贷款市场报价利率的4.5倍计算" (about 15.5 % in 2023).
- UNC-10: topic first with 应…予以 ("对原告X的借款…，被告A与被告B应于…予以归还"), and the 将 form with two obligors ("被告A、
  被告B于…将货款…支付给原告X"); the second obligor is added to the party block.
- UNC-11: a word of a company's trade name replaced by a near synonym (科技 → 技术, 贸易 → 商贸, 开发 → 发展 …), and the two
  characters of a person's given name transposed (费武斌 → 费斌武).
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, item_edit, quote
from corpora.defects.unclear import RATE_RE
from corpora.defects_round3.common import party_prefix
from corpora.defects_round4.common import pays
from corpora.defects_round4.unclear import _loan_pay
from corpora.defects_round5.common import noun_total, period

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount

VOUCHER = {"借款": "借条", "借款本金": "借条", "货款": "送货单", "劳务报酬": "结算单", "劳务费": "结算单", "租金": "租赁合同",
           "预付款": "收款凭证", "服务费": "收款收据", "工程款": "收条", "购车款": "收款凭证", "手机款": "分期销售合同"}


def unc01_voucher(src: Src, rng: Random) -> Injection | None:
    """The 将 form, the sum pointing at a document the judgment does not reproduce: "…将借条载明的借款偿还给原告X"."""
    for p in pays(src):
        noun = p.body_noun
        if noun not in VOUCHER or not p.deadline:
            continue
        doc = VOUCHER[noun]
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}将{doc}载明的{noun}{p.verb}给{p.to_role}{p.to}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item in the 将 form with the sum only pointing at a document '
                         f'outside the judgment, no amount: "{quote(p.it.text, 90)}" → "{quote(new_item2, 100)}".',
                         f"将{doc}载明的{noun}{p.verb}给", check=lambda d, i=p.it.index: not d.operative_items[i - 1].amounts)
    return None


LATER = ["具体数额以双方最终结算为准", "数额由双方另行核对后确定"]


def unc01_later(src: Src, rng: Random) -> Injection | None:
    """Two sentences, the second deferring the sum: "…支付原告X货款。具体数额以双方最终结算为准"."""
    for p in pays(src):
        noun = p.body_noun
        if not re.fullmatch(r"[\u4e00-\u9fa5]{2,6}", noun) or not p.deadline:
            continue
        later = rng.choice(LATER)
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{noun}。{later}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Removed the amount and added a second sentence that leaves the sum to the '
                         f'parties: "{quote(p.it.text, 90)}" → "{quote(new_item2, 100)}".', f"{noun}。{later}",
                         check=lambda d, i=p.it.index: not d.operative_items[i - 1].amounts)
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

PRINCIPAL = ("借款", "借款本金", "货款", "欠款", "手机款", "劳务报酬")


def unc02_together(src: Src, rng: Random) -> Injection | None:
    """"连本带息" before the verb; only the principal is stated."""
    for p in pays(src):
        if p.body_noun not in PRINCIPAL or not p.deadline or any("利息" in it.text for it in src.items):
            continue
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}连本带息{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Added interest as "连本带息" before the verb, with only the principal stated (no '
                         f'base, rate, start or end): "{quote(p.it.text, 90)}" → "{quote(new_item2, 100)}".',
                         f"连本带息{p.verb}")
    return None


def unc02_also(src: Src, rng: Random) -> Injection | None:
    """A second sentence "被告Y还应向原告X支付上述借款的利息"."""
    for p in pays(src):
        if p.body_noun not in PRINCIPAL or any("利息" in it.text for it in src.items):
            continue
        t = p.it.text
        end = len(t) - len(p.end)
        sentence = f"{p.who_role}{p.who}还应向{p.to_role}{p.to}支付上述{p.body_noun}的利息"
        text, _new_item, _ = item_edit(src, p.it.index, [(end, end, "。" + sentence)])
        return Injection(text, p.it.index, f'Added a second sentence that owes interest without base, rate, start or end: '
                         f'"{sentence}".', f"还应向{p.to_role}{p.to}支付上述{p.body_noun}的利息")
    return None


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

STATE = ["国家规定的利率标准", "国家有关规定的利率"]


def _rate_items(src: Src):
    for it in src.clean_money_items():
        m = RATE_RE.search(it.text)
        if m and "约定" not in it.text:
            yield it, m


def unc03_state(src: Src, rng: Random) -> Injection | None:
    for it, m in _rate_items(src):
        new = rng.choice(STATE)
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Replaced the interest rate by a reference to unnamed national rules: '
                         f'"{m.group(0)}" → "{new}".', new)
    return None


def unc03_market(src: Src, rng: Random) -> Injection | None:
    for it, m in _rate_items(src):
        s = m.start() - 1 if it.text[m.start() - 1:m.start()] == "按" else m.start()
        new = "参照当地同期民间借贷市场利率"
        text, _new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Replaced the interest rate by a market rate nobody publishes: '
                         f'"{it.text[s:m.end()]}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def unc04_another(src: Src, rng: Random) -> Injection | None:
    """A second sentence "另，被告Y应自…起至还清之日止，按年利率百分之二十向原告X支付利息" (20 %)."""
    got = _loan_pay(src)
    if not got:
        return None
    p, filed = got
    t = p.it.text
    end = len(t) - len(p.end)
    sentence = f"另，{p.who_role}{p.who}应自{filed}起至还清之日止，按年利率百分之二十向{p.to_role}{p.to}支付利息"
    text, _new_item, _ = item_edit(src, p.it.index, [(end, end, "。" + sentence)])
    return Injection(text, p.it.index, f'Added a second sentence with interest at 20 % a year (the cap of 4 × the 1-year LPR '
                     f'is about 13.8–14.6 % in {src.date.year}): "{sentence}".', "按年利率百分之二十")


def unc04_multiple(src: Src, rng: Random) -> Injection | None:
    """A bracketed clause on a 人民币 base at 4.5 × the 1-year LPR (about 15.5 %)."""
    got = _loan_pay(src)
    if not got:
        return None
    p, filed = got
    base = p.amount.replace(",", "")
    clause = (f"及利息（以人民币{base}为基数，自{filed}起按一年期贷款市场报价利率的4.5倍计算至实际清偿之日止）")
    t = p.it.text
    k = t.find(p.amount) + len(p.amount)
    text, _new_item, _ = item_edit(src, p.it.index, [(k, k, clause)])
    return Injection(text, p.it.index, f'Added interest at 4.5 × the 1-year LPR (about 15.5 % a year in {src.date.year}; the '
                     f'cap is 4 ×): "{p.amount}" → "{p.amount}{clause}".', "一年期贷款市场报价利率的4.5倍")


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["龚德明", "邵红梅", "尹国强", "廖春燕"]
MASKED = ["韦某某", "邱某"]
RELATION = [(r"借贷|借款", "系涉案借款的实际使用人"), (r"买卖", "系涉案货物的共同收货人"),
            (r"服务|培训|教育|合同", "系涉案合同的共同签约人"), (r"交通事故", "系肇事车辆的所有人"),
            (r"劳务", "系涉案建房工程的合伙承包人")]


def add_defendant(src: Src, rng: Random) -> tuple[Edits, str, str] | None:
    """A defendant added to the party block and the procedural history, with a relation that fits the 案由."""
    defs = src.parties("defendant")
    if len(defs) != 1 or src.dtype != "judgment" or defs[0].kind != "person":
        return None
    who = defs[0].name
    pl, ph = party_prefix(src, "defendant"), src.span("procedural_history")
    rel_text = next((r for pat, r in RELATION if re.search(pat, src.cause()[:80])), None)
    pool = MASKED if "某" in who else NAMES
    free = [n for n in pool if n not in src.text]
    new = rng.choice(free) if free else None
    if not pl or not ph or not rel_text or not new:
        return None
    e = Edits(src.text)
    line = f"{pl[2]}{new}，{rel_text}。"
    e.insert(pl[1], "\n" + line)
    k = src.text.find("被告" + who, ph[0], ph[1])
    if k >= 0:
        e.insert(k + 2 + len(who), "、" + new)
    return e, new, line


def unc10_topic(src: Src, rng: Random) -> Injection | None:
    """Topic first: "对原告X的借款…，被告A与被告B应于…予以归还"."""
    for p in pays(src):
        if not p.deadline or p.who_role != "被告":
            continue
        got = add_defendant(src, rng)
        if not got:
            return None
        e, new, line = got
        new_item = f"{p.nm}对{p.to_role}{p.to}的{noun_total(p)}{p.amount}，被告{p.who}与被告{new}应{period(p)}予以{p.verb}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
        return Injection(text, p.it.index, f'Added a defendant to the party block ("{line}") and the procedural history, and '
                         f'rewrote the item topic first naming both obligors with no 连带/按份/补充 wording: '
                         f'"{quote(p.it.text, 80)}" → "{quote(new_item2, 100)}".', f"被告{p.who}与被告{new}应",
                         check=lambda d, n=new: n in {x.name for x in d.parties})
    return None


def unc10_jiang(src: Src, rng: Random) -> Injection | None:
    """The 将 form: "被告A、被告B于…将货款…支付给原告X"."""
    for p in pays(src):
        if not p.deadline or p.who_role != "被告":
            continue
        got = add_defendant(src, rng)
        if not got:
            return None
        e, new, line = got
        new_item = f"{p.nm}被告{p.who}、被告{new}{period(p)}将{noun_total(p)}{p.amount}{p.verb}给{p.to_role}{p.to}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
        return Injection(text, p.it.index, f'Added a defendant to the party block ("{line}") and the procedural history, and '
                         f'rewrote the item in the 将 form naming both obligors with no 连带/按份/补充 wording: '
                         f'"{quote(p.it.text, 80)}" → "{quote(new_item2, 100)}".', f"被告{p.who}、被告{new}{period(p)}将",
                         check=lambda d, n=new: n in {x.name for x in d.parties})
    return None


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

SYNONYM = [("科技", "技术"), ("贸易", "商贸"), ("开发", "发展"), ("清洗", "清洁"), ("绿化", "园林"), ("驾驶员培训", "驾驶培训"),
           ("餐饮", "饮食"), ("供应链", "物流"), ("股份有限公司", "有限公司")]


def unc11_synonym(src: Src, rng: Random) -> Injection | None:
    """A word of a company's name replaced by a near synonym: 安徽和分期网络科技有限公司 → 安徽和分期网络技术有限公司."""
    orgs = {p.name: p for p in src.doc.parties if p.kind == "organisation"}
    for it in src.clean_money_items():
        for name in [n for ob in it.obligations for n in ob.obligors + ob.obligees if n in orgs]:
            k = it.text.find(name)
            pair = next(((a, b) for a, b in SYNONYM if a in name), None)
            if k < 0 or not pair:
                continue
            other = name.replace(pair[0], pair[1], 1)
            if other in src.text or other in orgs[name].aliases:
                continue
            text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), other)])
            return Injection(text, it.index, f'Wrote a party in the item with one word of its registered name changed '
                             f'(「{pair[0]}」 → 「{pair[1]}」), so that the name differs from the party block: "{name}" → '
                             f'"{other}".', other)
    return None


def unc11_transposed(src: Src, rng: Random) -> Injection | None:
    """The two characters of a given name transposed: 费武斌 → 费斌武."""
    persons = {p.name for p in src.doc.parties if p.kind == "person" and re.fullmatch(r"[\u4e00-\u9fa5]{3}", p.name)}
    for it in src.clean_money_items():
        for name in [n for ob in it.obligations for n in ob.obligors + ob.obligees if n in persons]:
            if name[1] == name[2] or "某" in name:
                continue
            other = name[0] + name[2] + name[1]
            k = it.text.find(name)
            if k < 0 or other in src.text:
                continue
            text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), other)])
            lead = re.search(r"(原告|被告)$", it.text[:k])
            marker = (lead.group(1) if lead else "") + other + it.text[k + len(name):k + len(name) + 2]
            return Injection(text, it.index, f'Transposed the two characters of a given name in the item, so that the name '
                             f'differs from the party block: "{name}" → "{other}".', marker)
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_voucher, unc01_later]),
    "UNC-02": ("interest-bare", "unclear", [unc02_together, unc02_also]),
    "UNC-03": ("vague-standard", "unclear", [unc03_state, unc03_market]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_another, unc04_multiple]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_topic, unc10_jiang]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_synonym, unc11_transposed]),
}
