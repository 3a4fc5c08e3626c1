"""UNC-01 … UNC-11, round 10 (examples of every wording: README.md, Kinds):
- UNC-01: a note that deducts an unstated sum ("（已还部分予以扣除）"); an approximate figure in 万元 ("4.3万余元").
- UNC-02: the clause cut to its start, in a following sentence ("。利息从…起算"); interest up to the judgment, the rest
  "往后另行计算".
- UNC-03: a mark-up on an unnamed bank rate ("按同期银行贷款利率上浮50%"); child support as a share of an unstated income.
- UNC-04: a monthly 资金服务费 on top of the interest (together above 4 × LPR); a daily rate in per cent ("按每日0.045%").
- UNC-10: an added guarantor's "承担保证责任" (一般 or 连带?); a collective short name "被告方" defined in the procedural
  history.
- UNC-11: a short name defined in the party block and written with a homophone in the item; a non-party as the obligor.
"""

from __future__ import annotations

import re
from decimal import Decimal
from random import Random

from corpora.defects.common import Edits, Injection, Src, add_items, item_edit, quote
from corpora.defects.money import fmt_like
from corpora.defects_round3.common import ymd
from corpora.defects_round4.common import pays
from corpora.defects_round6.common import add_defendant
from corpora.defects_round7.unclear import _lead, _loan_case
from corpora.defects_round8.common import body_end, cause, period, plain_noun
from corpora.defects_round9.unclear import _only_here, _rate_items, _rate_swap
from corpora.defects_round10.common import pay_item

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount

REPAID = re.compile(r"已还|已偿还|已付|已支付|扣除|归还借款\d")


def unc01_deduct(src: Src, rng: Random) -> Injection | None:
    """"借款30800元（已还部分予以扣除）": how much was repaid the judgment does not say in the item."""
    if not REPAID.search((src.section("facts") or "") + (src.section("reasoning") or "")):
        return None
    for p in (x for x in pays(src) if x.deadline and plain_noun(x)):
        note = "（已还部分予以扣除）" if "借" in p.noun else "（已付部分予以扣除）"
        k = p.it.text.find(p.amount) + len(p.amount)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, note)])
        return Injection(text, p.it.index, f'Added a note after the figure that deducts an unstated sum, so that the amount '
                         f'to pay is open: "{quote(p.it.text, 80)}" → "{quote(new_item, 120)}".', note)
    return None


def unc01_approx(src: Src, rng: Random) -> Injection | None:
    """"赔偿原告X损失4.3万余元": an approximate figure in 万元 with a decimal."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 10_000 and x.value % 1000 and _only_here(src, x)):
        approx = f"{(p.value // 1000) / 10}万余元"
        k = p.it.text.find(p.amount)
        text, _new, _ = item_edit(src, p.it.index, [(k, k + len(p.amount), approx)])
        return Injection(text, p.it.index, f'Replaced the figure by an approximate sum in 万元: "{p.amount}" → "{approx}".',
                         p.it.text[k - 2:k] + approx)
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

PAREN = re.compile(r"(利息(?:损失)?)（(?:利息(?:损失)?)?(从|自)(\d{4}年\d{1,2}月\d{1,2}日)起[^）]*）")


def unc02_start_only(src: Src, rng: Random) -> Injection | None:
    """The interest clause cut to its start, in a following sentence: "…及利息。利息从2023年6月1日起算"."""
    for it in src.clean_money_items():
        m = PAREN.search(it.text)
        if not m or not it.deadline or it.deadline.span[0] > it.span[0] + m.start():
            continue
        end = body_end(it.text)
        tail = f"。{m.group(1)}{m.group(2)}{m.group(3)}起算"
        text, new_item, _ = item_edit(src, it.index, [(m.start() + len(m.group(1)), m.end(), ""), (end, end, tail)])
        return Injection(text, it.index, f'Cut the interest clause to its start and moved it into a sentence of its own, '
                         f'without rate or end: "{quote(it.text, 150)}" → "{quote(new_item, 150)}".', tail[1:])
    return None


CLAUSE = re.compile(r"(，并|及)(?:支付)?[^。；，]*?(?:利息(?:损失)?（[^）]*）|的(?:逾期)?利息)")
YEAR_RATE = re.compile(r"年利率(\d+(?:\.\d+)?)[%％]")
START = re.compile(r"(?:自|从)(\d{4})年(\d{1,2})月(\d{1,2})日")


def unc02_open_after(src: Src, rng: Random) -> Injection | None:
    """"及利息（计算至…为…元，往后另行计算）": interest after the judgment without base, rate or end."""
    import datetime as dt
    for it in src.clean_money_items():
        m = CLAUSE.search(it.text)
        r, s = (YEAR_RATE.search(m.group(0)), START.search(m.group(0))) if m else (None, None)
        if not r or not s or not src.date:
            continue
        days = (src.date - dt.date(*map(int, s.groups()))).days
        due = (it.amounts[0].value * Decimal(r.group(1)) / 100 * days / 365).quantize(Decimal("0.01"))
        new = f"{'，并支付' if m.group(1) == '，并' else '及'}利息（计算至{ymd((src.date.year, src.date.month, src.date.day))}" \
              f"为{fmt_like(due, '1.00元')}元，往后另行计算）"
        text, _new, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Replaced the interest clause by a sum up to the judgment and interest after it '
                         f'"另行计算", without base, rate or end: "{m.group(0)}" → "{new}".', new.lstrip("，并支付及"))
    return None


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

def unc03_bank_float(src: Src, rng: Random) -> Injection | None:
    return _rate_swap(src, "按同期银行贷款利率上浮50%", "a mark-up on an unnamed bank rate (which bank, which term, which "
                      "benchmark after the 2019 LPR reform?)")


def unc03_income(src: Src, rng: Random) -> Injection | None:
    """Monthly child support as a share of an income the judgment does not state."""
    for it in src.items:
        m = re.search(r"每月(\d+日前)?(给付|支付)(原告\S*?)抚养费(\d[\d,]*元)", it.text)
        if not m:
            continue
        new = f"每月{m.group(1) or ''}按其月收入的百分之二十{m.group(2)}{m.group(3)}抚养费"
        text, _new, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Replaced the monthly child support by a share of the payer\'s income, which the '
                         f'judgment does not state: "{m.group(0)}" → "{new}".', "按其月收入的百分之二十")
    return None


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def unc04_service_fee(src: Src, rng: Random) -> Injection | None:
    """"，另以…为基数，自…起按每月1.1%的标准支付资金服务费…": 13.2 % a year on top of the interest."""
    if not _loan_case(src):
        return None
    for it, m in _rate_items(src):
        s = START.search(it.text)
        if not s or re.search(r"付清|履行完毕$", it.text.rstrip("。；")):
            continue
        rate = YEAR_RATE.search(m.group(0))
        yearly = Decimal(rate.group(1)) if rate else Decimal("3.45")
        end = body_end(it.text)
        clause = (f"，另以{it.amounts[0].text}为基数，{s.group(0)}起按每月1.1%的标准支付资金服务费至实际清偿之日止")
        text, _new, _ = item_edit(src, it.index, [(end, end, clause)])
        return Injection(text, it.index, f'Added a monthly "资金服务费" of 1.1 % (13.2 % a year) to the interest of '
                         f'{yearly} % a year; together {yearly + Decimal("13.2")} % a year, above 4 × the 1-year LPR (about '
                         f'13.8–14.6 % in {src.date.year}; 民间借贷规定 第二十九条): "{clause[1:]}".', "按每月1.1%的标准支付资金服务费")
    return None


def unc04_daily(src: Src, rng: Random) -> Injection | None:
    if not src.date:
        return None
    return _rate_swap(src, "按每日0.045%", f"a daily rate in per cent (0.045 % a day, 16.425 % a year; 4 × the 1-year LPR is "
                      f"about 13.8–14.6 % in {src.date.year})", loans_only=True)


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["柴永胜", "葛秋云", "尤建平", "苗春燕"]
MASKED = ["范某某", "郝某"]
DEBTS = [(r"房屋", "款项"), (r"借贷|借款", "借款"), (r"买卖", "货款"), (r"租赁", "租金"), (r"服务|培训|合同", "欠款")]


def _added(src: Src, rng: Random, relation):
    p = next((x for x in pays(src) if x.deadline and x.who_role == "被告" and (x.nm or len(src.items) == 1)), None)
    debt = next((w for pat, w in DEBTS if re.search(pat, cause(src))), None)
    got = add_defendant(src, NAMES, MASKED, relation(p.who, debt), pick=int(rng.random() * 4)) if p and debt else None
    return (p, *got) if got else None


def unc10_surety(src: Src, rng: Random) -> Injection | None:
    """An added guarantor item "被告B对被告A的上述债务承担保证责任": 一般保证 or 连带责任保证?"""
    if not (got := _added(src, rng, lambda who, debt: f"系被告{who}所负{debt}的保证人")):
        return None
    p, e, new, line = got
    body = f"被告{new}对被告{p.who}的上述债务承担保证责任"
    idx = add_items(src, e, p.it.index, [body])
    return Injection(e.apply(), idx[0], f'Added a guarantor to the party block ("{line}") and the procedural history, and an '
                     f'item after item {p.it.index} that leaves open whether the 保证责任 is 一般保证 or 连带责任保证: '
                     f'"{body}".', body, n_items=len(src.items) + 1,
                     check=lambda d, n=new: n in {x.name for x in d.parties})


def unc10_alias(src: Src, rng: Random) -> Injection | None:
    """The collective short name "被告方", defined in the procedural history, as the obligor."""
    if not (got := _added(src, rng, lambda who, debt: f"系涉案{debt}的共同债务人")):
        return None
    p, e, new, line = got
    new_item = pay_item(p, head=p.nm + "被告方")
    item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
    pair = f"被告{p.who}、{new}"
    text = e.apply()
    if pair not in text[:text.find(new_item)]:
        return None
    text = text.replace(pair, pair + "（以下合称被告方）", 1)
    return Injection(text, p.it.index, f'Added a co-debtor to the party block ("{line}") and the procedural history, defined '
                     f'there the collective short name "（以下合称被告方）", and wrote the item with it as the obligor, with no '
                     f'连带/按份 wording: "{quote(p.it.text, 80)}" → "{quote(new_item, 100)}".', "被告方" + period(p),
                     check=lambda d, n=new: n in {x.name for x in d.parties})


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

PLACES = r"^(?:上海闵行|浙江义乌|上海|安徽|杭州|浙江|宁波|义乌市|永康市|德清|晋江|泰安市岱岳区|揭阳市榕城区|岱山县)"
HOMOPHONE = {"泉": "全", "臣": "辰", "惠": "慧", "尚": "上", "宇": "雨", "顺": "舜", "捷": "杰", "恒": "衡", "艺": "易",
             "和": "禾", "琪": "琦", "乐": "勒", "永": "勇", "华": "桦", "睿": "锐", "苗": "淼"}


def unc11_alias(src: Src, rng: Random) -> Injection | None:
    """A short name defined in the party block and written with a homophone in the item: "（以下简称苗惠公司）" → "苗慧公司"."""
    ps = src.span("parties")
    for it, name in ((x, n) for x in src.clean_money_items() for ob in x.obligations[:1] for n in ob.obligors + ob.obligees):
        m = re.match(PLACES, name)
        k, line = it.text.find(name), src.text.find(name, *ps) if ps else -1
        if not m or not name.endswith("有限公司") or k < 0 or line < 0 or "以下简称" in src.text[line:line + len(name) + 6]:
            continue
        core = name[m.end():m.end() + 2]
        ch = next((c for c in core if c in HOMOPHONE), None)
        if not ch:
            continue
        short, wrong = core + "公司", core.replace(ch, HOMOPHONE[ch]) + "公司"
        if wrong in src.text:
            continue
        e = Edits(src.text)
        e.insert(line + len(name), f"（以下简称{short}）")
        text, _new, _ = item_edit(src, it.index, [(k, k + len(name), wrong)], e)
        return Injection(text, it.index, f'Defined the short name "（以下简称{short}）" for {name} in the party block and '
                         f'wrote it in the item with a homophone: "{name}" → "{wrong}".', _lead(it, k) + wrong)
    return None


ORG = re.compile(r"(?<=[与和、向])[\u4e00-\u9fa5]{4,24}?(?:有限责任公司|有限公司)")


def unc11_outsider(src: Src, rng: Random) -> Injection | None:
    """A non-party named in the claims or the items (the company on the other side of the contract) as the obligor."""
    parties = {x.name for x in src.doc.parties}
    seen = src.claims_head() + "".join(it.text for it in src.items)
    outs = [o for o in ORG.findall(seen) if o not in parties and not any(o in x or x in o for x in parties)
            and not re.search(r"XX|某|×|原告|被告|判决", o)]
    for it in (x for x in src.clean_money_items() if outs):
        who = it.obligations[0].obligors[0] if it.obligations and it.obligations[0].obligors else None
        k = it.text.find(who) if who else -1
        if k < 0:
            continue
        text, _new, _ = item_edit(src, it.index, [(k, k + len(who), outs[0])])
        return Injection(text, it.index, f'Named as the obligor a company that is not a party (it appears in the claims or '
                         f'the items as the other side of the contract): "{who}" → "{outs[0]}".',
                         _lead(it, k) + re.sub("有限(责任)?公司$", "", outs[0]))
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_deduct, unc01_approx]),
    "UNC-02": ("interest-bare", "unclear", [unc02_start_only, unc02_open_after]),
    "UNC-03": ("vague-standard", "unclear", [unc03_bank_float, unc03_income]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_service_fee, unc04_daily]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_surety, unc10_alias]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_alias, unc11_outsider]),
}
