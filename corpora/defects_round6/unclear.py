"""UNC-01 … UNC-11, round 6: wordings and sentence structures that rounds 1–5 do not use.

What rounds 1–5 wrote for these kinds is listed in the docstrings of corpora/defects_round4/unclear.py (rounds 1–3),
corpora/defects_round5/unclear.py (round 4 and round 5) and in the READMEs of rounds 4 and 5.

Here:
- UNC-01: the obligation stated with 须 and the verb 结清, no figure ("被告Y须于…向原告X结清货款"), and a rule of computation
  instead of the figure ("…支付货款，金额按双方往来账目轧差后的余额计算").
- UNC-02: the interest put into an added item of its own, stated with 应当负责 ("被告Y应当负责支付前述借款逾期期间的利息"),
  and a bracket "（利息另计）" after the principal.
- UNC-03: the rate replaced by "原告主张的利率标准", and by "双方交易习惯确定的利率".
- UNC-04: the interest put into an added item of its own, stated with 须 and a monthly rate in words ("…须以…为基数，按月利率
  百分之一点三…支付…利息", 15.6 % a year), and a rate written as the LPR plus basis points ("一年期贷款市场报价利率加1200个
  基点", about 15.45 % in 2023).
- UNC-10: two obligors counted with 二人 and the duty stated with 应当 ("被告A、被告B二人应当于…"), and two obligors joined by
  会同 with 必须 ("被告A会同被告B必须于…"); the second obligor is added to the party block.
- UNC-11: a person's surname written with a look-alike character (季 → 李, 谭 → 潭, 陆 → 陈 …), and a company named in the item
  by an abbreviation the judgment never defines ("泉臣公司" for 上海泉臣国际贸易有限公司).
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, add_items, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round4.unclear import _loan_pay
from corpora.defects_round5.common import noun_total
from corpora.defects_round5.unclear import _rate_items
from corpora.defects_round6.common import add_defendant, cause, period

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount

ACCOUNT = ("货款", "工程款", "承揽款", "劳务费", "劳务报酬", "服务费", "租金", "预付款", "借款", "借款本金", "手机款")


def _no_amount(i: int):
    return lambda d: not d.operative_items[i - 1].amounts


def unc01_settle(src: Src, rng: Random) -> Injection | None:
    """须 and 结清 without a figure: "被告Y须于…向原告X结清货款"."""
    for p in pays(src):
        noun = p.body_noun
        if not p.deadline or not re.fullmatch(r"[\u4e00-\u9fa5]{2,6}", noun):
            continue
        new_item = f"{p.nm}{p.who_role}{p.who}须{period(p)}向{p.to_role}{p.to}结清{noun}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item with 须 and the verb 结清, without its amount: '
                         f'"{quote(p.it.text, 90)}" → "{quote(new_item2, 100)}".',
                         f"须{period(p)}向{p.to_role}{p.to}结清{noun}", check=_no_amount(p.it.index))
    return None


def unc01_formula(src: Src, rng: Random) -> Injection | None:
    """A rule of computation instead of the figure: "…支付货款，金额按双方往来账目轧差后的余额计算"."""
    for p in pays(src):
        noun = p.body_noun
        if not p.deadline or noun not in ACCOUNT:
            continue
        rule = "金额按双方往来账目轧差后的余额计算"
        new_item = f"{p.nm}{p.who_role}{p.who}应当{period(p)}向{p.to_role}{p.to}{p.verb}{noun}，{rule}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the amount by a rule of computation whose figures the judgment does '
                         f'not give: "{quote(p.it.text, 90)}" → "{quote(new_item2, 110)}".', f"{noun}，{rule}",
                         check=_no_amount(p.it.index))
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

PRINCIPAL = ("借款", "借款本金", "货款", "劳务报酬", "劳务费", "工程款", "承揽款")


def _principal_pays(src: Src):
    if any("利息" in it.text for it in src.items):
        return
    for p in pays(src):
        if p.body_noun in PRINCIPAL:
            yield p


def unc02_item(src: Src, rng: Random) -> Injection | None:
    """An added item of its own, with 应当负责: "被告Y应当负责支付前述借款逾期期间的利息"."""
    for p in _principal_pays(src):
        if (not p.nm and len(src.items) > 1) or p.who_role != "被告":
            continue
        body = f"被告{p.who}应当负责支付原告{p.to}前述{p.body_noun}逾期期间的利息"
        e = Edits(src.text)
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added an item of its own after item {p.it.index} owing interest on the principal '
                         f'without base, rate, start or end: "{body}".', f"负责支付原告{p.to}前述{p.body_noun}逾期期间的利息",
                         n_items=len(src.items) + 1)
    return None


def unc02_extra(src: Src, rng: Random) -> Injection | None:
    """A bracket "（利息另计）" after the principal."""
    for p in _principal_pays(src):
        k = p.it.text.find(p.amount) + len(p.amount)
        ins = "（利息另计）"
        text, _new_item, _ = item_edit(src, p.it.index, [(k, k, ins)])
        return Injection(text, p.it.index, f'Added interest as a bracket after the principal with no base, rate, start or '
                         f'end: "{p.amount}" → "{p.amount}{ins}".', p.amount + ins)
    return None


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

def _rate_swap(src: Src, new: str, why: str) -> Injection | None:
    for it, m in _rate_items(src):
        lead = re.search(r"按照?$", it.text[:m.start()])
        s = lead.start() if lead else m.start()
        text, _new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Replaced the interest rate by {why}: "{it.text[s:m.end()]}" → "{new}".', new)
    return None


def unc03_claimed(src: Src, rng: Random) -> Injection | None:
    return _rate_swap(src, "按原告主张的利率标准", "a reference to what the plaintiff asked, without the figure")


def unc03_custom(src: Src, rng: Random) -> Injection | None:
    return _rate_swap(src, "按双方交易习惯确定的利率", "the parties' course of dealing, without the figure")


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def unc04_item(src: Src, rng: Random) -> Injection | None:
    """An added item of its own with 须 and a monthly rate in words, 百分之一点三 (15.6 % a year)."""
    got = _loan_pay(src)
    if not got:
        return None
    p, filed = got
    if (not p.nm and len(src.items) > 1) or p.who_role != "被告":
        return None
    body = (f"被告{p.who}须以{p.amount}为基数，按月利率百分之一点三向原告{p.to}支付自{filed}起至实际清偿之日止的利息")
    e = Edits(src.text)
    idx = add_items(src, e, p.it.index, [body])
    return Injection(e.apply(), idx[0], f'Added an interest item of its own at 1.3 % a month (15.6 % a year; the cap of 4 × '
                     f'the 1-year LPR is about 13.8–14.6 % in {src.date.year}): "{body}".', "按月利率百分之一点三",
                     n_items=len(src.items) + 1)


def unc04_points(src: Src, rng: Random) -> Injection | None:
    """The rate of a loan item written as the LPR plus 1200 basis points (about 15.45 % in 2023)."""
    if not re.search(r"借贷|借款", cause(src)) or not src.date or src.date.year > 2024:
        return None
    for it, m in _rate_items(src):
        if "贷款市场报价利率" in m.group(0):
            continue
        new = "一年期贷款市场报价利率加1200个基点"
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Set the rate of the loan to the 1-year LPR plus 1200 basis points (about 15.45 % '
                         f'a year in {src.date.year}; the cap of 4 × the LPR is about 13.8–14.6 %): "{m.group(0)}" → '
                         f'"{new}".', new)
    return None


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["骆振华", "汤丽君", "柯玉梅", "钟国庆"]
MASKED = ["蓝某某", "甘某"]
RELATION = [(r"借贷|借款", "系涉案借款的实际收款人"), (r"买卖", "系涉案货物的实际提货人"), (r"交通事故", "系肇事车辆的挂靠单位负责人"),
            (r"建设工程|建房", "系涉案工程的合伙施工人"), (r"劳务|服务|培训|合同", "系涉案业务的实际经办人")]


def _two(src: Src, rng: Random, form, desc: str):
    rel_text = next((r for pat, r in RELATION if re.search(pat, cause(src))), None)
    if not rel_text:
        return None
    for p in pays(src):
        if not p.deadline or p.who_role != "被告":
            continue
        got = add_defendant(src, NAMES, MASKED, rel_text, pick=int(rng.random() * 4))
        if not got:
            return None
        e, new, line = got
        new_item, marker = form(p, new)
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
        return Injection(text, p.it.index, f'Added a defendant to the party block ("{line}") and the procedural history, and '
                         f'rewrote the item {desc} with no 连带/按份/补充 wording: "{quote(p.it.text, 80)}" → '
                         f'"{quote(new_item2, 100)}".', marker, check=lambda d, n=new: n in {x.name for x in d.parties})
    return None


def unc10_pair(src: Src, rng: Random) -> Injection | None:
    """"被告A、被告B二人应当于…向原告X…"."""
    def form(p, new):
        item = f"{p.nm}被告{p.who}、被告{new}二人应当{period(p)}向{p.to_role}{p.to}{p.verb}{noun_total(p)}{p.amount}{p.end}"
        return item, f"被告{p.who}、被告{new}二人应当"
    return _two(src, rng, form, "naming both obligors counted with 二人 and 应当")


def unc10_jointly(src: Src, rng: Random) -> Injection | None:
    """"被告A会同被告B必须于…向原告X…"."""
    def form(p, new):
        item = f"{p.nm}被告{p.who}会同被告{new}必须{period(p)}向{p.to_role}{p.to}{p.verb}{noun_total(p)}{p.amount}{p.end}"
        return item, f"被告{p.who}会同被告{new}必须"
    return _two(src, rng, form, "naming both obligors joined by 会同 with 必须")


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

LOOK_ALIKE = {"季": "李", "谭": "潭", "宦": "宫", "於": "于", "卢": "芦", "代": "伐", "陆": "陈", "柏": "栢"}


def _item_names(src: Src):
    for it in src.clean_money_items():
        for name in [n for ob in it.obligations for n in ob.obligors + ob.obligees]:
            yield it, name


def unc11_surname(src: Src, rng: Random) -> Injection | None:
    """A person's surname written with a look-alike character: 季纪明 → 李纪明."""
    persons = {p.name for p in src.doc.parties if p.kind == "person" and "某" not in p.name}
    for it, name in _item_names(src):
        if name not in persons or name[0] not in LOOK_ALIKE:
            continue
        other = LOOK_ALIKE[name[0]] + name[1:]
        k = it.text.find(name)
        if k < 0 or other in src.text:
            continue
        text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), other)])
        lead = re.search(r"(原告|被告)$", it.text[:k])
        return Injection(text, it.index, f'Wrote a person\'s surname in the item with a look-alike character, so that the '
                         f'name differs from the party block: "{name}" → "{other}".', (lead.group(1) if lead else "") + other)
    return None


PROVINCES = "安徽|浙江|江苏|江西|山东|河南|河北|湖南|湖北|广东|广西|福建|四川|云南|贵州|陕西|山西|甘肃|青海|辽宁|吉林|海南"
PLACE_RE = re.compile(rf"^(?:上海|北京|天津|重庆|(?:{PROVINCES})省?|[\u4e00-\u9fa5]{{2}}市)?(?:闵行|[\u4e00-\u9fa5]{{2}}[区县市])?"
                      r"(?P<core>[\u4e00-\u9fa5]{2})[\u4e00-\u9fa5]*有限公司$")


def unc11_short(src: Src, rng: Random) -> Injection | None:
    """A company named in the item by an abbreviation the judgment never defines: 上海泉臣国际贸易有限公司 → 泉臣公司."""
    if "以下简称" in src.text:
        return None
    orgs = {p.name for p in src.doc.parties if p.kind == "organisation"}
    for it, name in _item_names(src):
        m = PLACE_RE.match(name)
        if name not in orgs or not m or re.search(r"[省市区县]", m.group("core")):
            continue
        short = m.group("core") + "公司"
        k = it.text.find(name)
        if k < 0 or short in src.text or short.endswith("分公司"):
            continue
        text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), short)])
        lead = re.search(r"(原告|被告)$", it.text[:k])
        return Injection(text, it.index, f'Named a company in the item by an abbreviation the judgment never defines (no '
                         f'「以下简称」), instead of its full registered name: "{name}" → "{short}".',
                         (lead.group(1) if lead else "") + short + it.text[k + len(name):k + len(name) + 2])
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_settle, unc01_formula]),
    "UNC-02": ("interest-bare", "unclear", [unc02_item, unc02_extra]),
    "UNC-03": ("vague-standard", "unclear", [unc03_claimed, unc03_custom]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_item, unc04_points]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_pair, unc10_jointly]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_surname, unc11_short]),
}
