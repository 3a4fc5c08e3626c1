"""UNC-01 … UNC-11, round 15 (examples of every wording: README.md, Kinds):
- UNC-01: a quantity with no unit price in place of the figure ("支付原告Y劳务费（计八十六个工日）"); a range of two figures
  in place of one, the figure at the top ("归还原告Y借款3500元至5000元").
- UNC-02: interest "至今", with neither base, rate nor start ("，并支付至今的利息"); interest left to the law
  ("，利息依法计付").
- UNC-03: the rate by the plaintiff's own cost of funds ("按原告的实际融资成本"); by an average of the banks' rates
  ("按各商业银行同类贷款的平均利率").
- UNC-04: a half-yearly rate ("按半年利率9.1%", 18.2 % a year); a yearly rate with its monthly equivalent in brackets
  ("按年利率18.9%（即月利率1.575%）", 18.9 % a year).
- UNC-10: two obligors and the liability named as a manner without the shares ("以按份责任的方式"); an added item that
  makes two defendants "互负连带责任" with no debt, amount or creditor (a real wording, legal-rules.md §5 item 8).
- UNC-11: 集团 put into a company's name (上海泉臣国际贸易有限公司 → 上海泉臣国际贸易集团有限公司); a branch of the court's
  district added after a company's name (…有限公司 → …有限公司松江分公司).
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import Injection, Src, add_items
from corpora.defects.money import fmt_like
from corpora.defects_round4.common import court, pays
from corpora.defects_round5.common import noun_total
from corpora.defects_round6.common import add_defendant
from corpora.defects_round8.common import cause, period, plain_noun
from corpora.defects_round9.unclear import _only_here
from corpora.defects_round11.common import rewrite
from corpora.defects_round12.unclear import _bare
from corpora.defects_round13.unclear import _high, _rate, _rename, _two
from corpora.defects_round15.common import PRIOR_YEARLY

HUNDRED = Decimal(100)

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount

QUANTITY = [(r"劳务|报酬|欠薪|工资", "（计八十六个工日）"), (r"货款|化肥", "（计送货十二车次）"), (r"租金", "（计租期十一个月）"),
            (r"服务费|预付款|培训", "（计剩余课时二十四节）"), (r"承揽|清洗", "（计清洗面积二千三百平方米）")]


def unc01_quantity(src: Src, rng: Random) -> Injection | None:
    """"被告X于…支付原告Y劳务费（计八十六个工日）": a quantity, but neither a unit price nor a sum."""
    for p in (x for x in pays(src) if x.deadline and plain_noun(x) and _only_here(src, x) and x.to_role and x.who_role):
        qty = next((q for pat, q in QUANTITY if re.search(pat, p.noun)), None)
        if not qty:
            continue
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{plain_noun(p)}{qty}{p.end}"
        return rewrite(src, p, new_item, f"Replaced the figure ({p.amount}) by a quantity in brackets, with neither a unit "
                       f"price nor a sum", qty)
    return None


def unc01_range(src: Src, rng: Random) -> Injection | None:
    """"被告X于…归还原告Y借款3500元至5000元": two figures, and the item does not say which is due."""
    for p in (x for x in pays(src) if x.deadline and plain_noun(x) and _only_here(src, x) and x.to_role and x.who_role
              and x.value >= 1000):
        lo = (p.value * Decimal("0.7") / HUNDRED).to_integral_value(rounding=ROUND_FLOOR) * HUNDRED
        span = f"{fmt_like(lo, p.amount)}元至{p.amount}"  # the top is the figure itself: nothing beyond the claims
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{plain_noun(p)}{span}{p.end}"
        return rewrite(src, p, new_item, f"Replaced the figure ({p.amount}) by a range of two figures, so that the item does "
                       f"not say how much is due", span)
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

def unc02_so_far(src: Src, rng: Random) -> Injection | None:
    """"，并支付至今的利息": an end that moves ("至今"), and neither base, rate nor start."""
    return _bare(src, lambda p, it: "，并支付至今的利息", "Wrote the interest as running 至今, with neither base, rate nor "
                 "start, and an end that moves with the day it is read")


def unc02_by_law(src: Src, rng: Random) -> Injection | None:
    """"，利息依法计付": the law named as the standard, none of the elements given."""
    return _bare(src, lambda p, it: "，利息依法计付", "Left the interest to the law (依法计付), with neither base, rate, start "
                 "nor end")


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

def unc03_funding(src: Src, rng: Random) -> Injection | None:
    return _rate(src, "按原告的实际融资成本", "Replaced the rate by the plaintiff's own cost of funds, which the judgment "
                 "does not state")


def unc03_average(src: Src, rng: Random) -> Injection | None:
    return _rate(src, "按各商业银行同类贷款的平均利率", "Replaced the rate by an average of the banks' rates for like loans, "
                 "without the banks, the period or the figure")


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def unc04_half_year(src: Src, rng: Random) -> Injection | None:
    """"，并以…为基数，自…起按半年利率9.1%计付利息至全部借款清偿时止": 18.2 % a year."""
    assert Decimal("18.2") not in PRIOR_YEARLY
    return _high(src, lambda base, start: f"，并以{base}为基数，自{start.year}年{start.month}月{start.day}日起按半年利率9.1%"
                 f"计付利息至全部借款清偿时止", "Wrote the interest at a half-yearly rate (半年利率9.1%, 18.2 % a year)")


def unc04_equivalent(src: Src, rng: Random) -> Injection | None:
    """"…按年利率18.9%（即月利率1.575%）计付利息…": a yearly rate with its monthly equivalent in brackets."""
    assert Decimal("18.9") not in PRIOR_YEARLY
    return _high(src, lambda base, start: f"，并以{base}为基数，自{start.year}年{start.month}月{start.day}日起按年利率18.9%"
                 f"（即月利率1.575%）计付利息至全部借款清偿时止", "Wrote a yearly rate with its monthly equivalent in brackets "
                 "(年利率18.9%（即月利率1.575%）, 18.9 % a year)")


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["卢建平", "韦秀梅", "黎国栋", "覃海燕"]
MASKED = ["覃某某", "卢某"]
RELATION = [(r"借贷|借款", "系涉案借款的共同借款人"), (r"买卖", "系涉案货物的共同买受人"), (r"租赁", "系涉案租赁合同的共同承租人"),
            (r"交通事故", "系肇事车辆的共同使用人"), (r"劳务|侵权|建设工程", "系涉案工程的共同承包人"),
            (r"服务|培训|合同", "系涉案服务的共同接受人")]


def _co(src: Src, rng: Random):
    """(payment item, edits, added defendant, party line) of a one-person-defendant judgment, or None."""
    rel = next((r for pat, r in RELATION if re.search(pat, cause(src))), None)
    p = next((x for x in pays(src) if x.deadline and x.who_role == "被告" and x.to_role == "原告"
              and (x.nm or len(src.items) == 1)), None)
    got = add_defendant(src, NAMES, MASKED, rel, pick=int(rng.random() * 4)) if rel and p else None
    return (p, *got) if got else None


def unc10_manner(src: Src, rng: Random) -> Injection | None:
    """"被告A、被告B以按份责任的方式于…偿还…": 按份 named as a manner, no share of either."""
    got = _co(src, rng)
    if not got:
        return None
    p, new = got[0], got[2]
    new_item = f"{p.nm}被告{p.who}、被告{new}以按份责任的方式{period(p)}{p.verb}原告{p.to}{noun_total(p)}{p.amount}{p.end}"
    return _two(src, got, new_item, "naming both obligors and 按份 as the manner of their liability, but no share of either",
                "以按份责任的方式")


def unc10_mutual(src: Src, rng: Random) -> Injection | None:
    """An added item "被告A、被告B互负连带责任" after the payment item that names only A: 连带 for what, towards whom?"""
    got = _co(src, rng)
    if not got:
        return None
    p, e, new, line = got
    body = f"被告{p.who}、被告{new}互负连带责任"
    idx = add_items(src, e, p.it.index, [body])
    return Injection(e.apply(), idx[0], f'Added a defendant to the party block ("{line}") and the procedural history, and '
                     f'after the payment item, which names only the first, an item that says the two "互负连带责任", without '
                     f'the debt, the amount or the creditor: "{body}".', "互负连带责任", n_items=len(src.items) + 1,
                     check=lambda d, n=new: n in {x.name for x in d.parties})


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

def _companies(src: Src):
    """(company party, first money item naming it) of the companies whose names end in 有限公司."""
    for x in (q for q in src.doc.parties if q.kind == "organisation" and q.role in ("plaintiff", "defendant")):
        its = [it for it in src.money_items() if x.name in it.text]
        if its and x.name.endswith("有限公司") and not re.search(r"银行|集团|分公司|支行|股份", x.name):
            yield x, its[0]


def unc11_group(src: Src, rng: Random) -> Injection | None:
    """集团 put before 有限公司: 上海泉臣国际贸易有限公司 → 上海泉臣国际贸易集团有限公司."""
    for x, it in _companies(src):
        new = x.name[:-len("有限公司")] + "集团有限公司"
        inj = _rename(src, x, it, new, "Wrote a company's name in the item with 集团 before 有限公司, a group the party block "
                      "does not name")
        if inj:
            inj.marker = new[:-len("有限公司")]
            return inj
    return None


def unc11_branch(src: Src, rng: Random) -> Injection | None:
    """A branch named after the court's district added to a company's name: …有限公司 → …有限公司松江分公司."""
    m = re.search(r"([\u4e00-\u9fa5]{2})(?:区|县|市)人民法院$", court(src))
    for x, it in _companies(src) if m else ():
        new = f"{x.name}{m.group(1)}分公司"
        inj = _rename(src, x, it, new, "Wrote a company in the item as its branch in the court's district, a branch the "
                      "party block does not name")
        if inj:
            inj.marker = f"公司{m.group(1)}分公司"
            return inj
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_quantity, unc01_range]),
    "UNC-02": ("interest-bare", "unclear", [unc02_so_far, unc02_by_law]),
    "UNC-03": ("vague-standard", "unclear", [unc03_funding, unc03_average]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_half_year, unc04_equivalent]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_manner, unc10_mutual]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_group, unc11_branch]),
}
