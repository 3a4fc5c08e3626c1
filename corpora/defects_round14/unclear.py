"""UNC-01 … UNC-11, round 14 (examples of every wording: README.md, Kinds):
- UNC-01: a floor in place of the figure ("支付原告Y货款不低于3000元"); a unit price with no quantity in place of the
  figure ("按每日300元的标准支付原告Y劳务费").
- UNC-02: interest only as the consequence of late payment, after the item's period ("；如逾期未付，则自逾期之日起另计
  利息"); interest for a number of months and nothing else ("，并支付三个月的利息").
- UNC-03: the rate left to the plaintiff's choice between two ("…或年利率6%（由原告择一主张）"); the rate by
  reference to what the court usually allows in like cases ("按本院同类案件通常适用的利率标准").
- UNC-04: a monthly rate in per mille ("按月利率16.5‰", 19.8 % a year); the interest as a fixed sum per month ("每月另付
  利息…元", a yearly value that no round used).
- UNC-10: two obligors joined by 或 ("被告A或被告B于…偿还…"); a spouse added and the debt paid "以夫妻共同财产".
- UNC-11: a person named by the other party's surname and his own given name (王强 / 张素英 → 张强); a company with its
  region moved into brackets after the trade name (上海泉臣国际贸易有限公司 → 泉臣（上海）国际贸易有限公司).
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects.money import amount_value
from corpora.defects_round4.common import pays
from corpora.defects_round5.common import noun_total
from corpora.defects_round6.common import add_defendant
from corpora.defects_round8.common import body_end, cause, period, plain_noun
from corpora.defects_round9.unclear import _only_here
from corpora.defects_round11.common import interest_clause, rewrite
from corpora.defects_round12.unclear import _bare
from corpora.defects_round13.unclear import (
    _high,
    _persons_in_items,
    _rate,
    _rename,
    _two,
)
from corpora.defects_round14.common import PRIOR_YEARLY

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount

def unc01_floor(src: Src, rng: Random) -> Injection | None:
    """"被告X于…支付原告Y货款不低于3000元": a floor, not the sum to pay."""
    for p in (x for x in pays(src) if x.deadline and plain_noun(x) and _only_here(src, x) and x.to_role and x.who_role
              and x.value >= 1000):
        floor = (p.value * Decimal("0.8") / 1000).to_integral_value(rounding=ROUND_FLOOR) * 1000
        bound = f"不低于{floor}元"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{plain_noun(p)}{bound}{p.end}"
        return rewrite(src, p, new_item, f"Replaced the figure ({p.amount}) by a floor below it, so that the item says how "
                       f"much at least, not how much", f"{plain_noun(p)}{bound}")
    return None


UNITS = [(r"劳务", "按每日300元的标准"), (r"承揽", "按每平方米18元的单价"), (r"租金", "按每月1100元的标准"),
         (r"货款", "按每件120元的单价"), (r"服务费|预付款", "按每课时150元的标准")]


def unc01_unit(src: Src, rng: Random) -> Injection | None:
    """"被告X于…按每日300元的标准支付原告Y劳务费": a unit price, no number of units, no sum."""
    for p in (x for x in pays(src) if x.deadline and plain_noun(x) and _only_here(src, x) and x.to_role and x.who_role):
        unit = next((u for pat, u in UNITS if re.search(pat, p.noun)), None)
        if not unit:
            continue
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{unit}{p.verb}{p.to_role}{p.to}{plain_noun(p)}{p.end}"
        return rewrite(src, p, new_item, f"Replaced the figure ({p.amount}) by a unit price without the number of units",
                       unit)
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

def unc02_if_late(src: Src, rng: Random) -> Injection | None:
    """"…，于本判决生效之日起十日内付清；如逾期未付，则自逾期之日起另计利息": neither base, rate nor end."""
    clause = "；如逾期未付，则自逾期之日起另计利息"
    for it in src.clean_money_items():
        got = interest_clause(it)
        if not got:
            continue
        s, e, _start = got
        k = body_end(it.text)
        text, new_item, _ = item_edit(src, it.index, [(s, e, ""), (k, k, clause)])
        return Injection(text, it.index, f'Took out the complete interest clause and put, after the period, interest only '
                         f'as the consequence of late payment: "{quote(it.text, 150)}" → "{quote(new_item, 200)}".',
                         clause[1:])
    if not re.search(r"利息|逾期付款损失|资金占用", src.claims_head()) or any(it.interest for it in src.items):
        return None
    for p in (x for x in pays(src) if x.deadline and x.value >= 1000):
        k = body_end(p.it.text)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, clause)])
        return Injection(text, p.it.index, f'Added, after the period, interest only as the consequence of late payment (the '
                         f'claims ask for interest): "{quote(p.it.text, 120)}" → "{quote(new_item, 200)}".', clause[1:])
    return None


def unc02_months(src: Src, rng: Random) -> Injection | None:
    """"，并支付三个月的利息": a number of months, and neither base, rate, start nor end."""
    return _bare(src, lambda p, it: "，并支付三个月的利息", "Added interest for a number of months only, with neither base, "
                 "rate, start nor end")


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

def unc03_choice(src: Src, rng: Random) -> Injection | None:
    """The rate left to the plaintiff's choice between the LPR and the agreed rate."""
    return _rate(src, "按全国银行间同业拆借中心公布的一年期贷款市场报价利率或年利率6%（由原告择一主张）",
                 "Left the rate to the plaintiff's choice between two, so that the judgment does not say which applies")


def unc03_practice(src: Src, rng: Random) -> Injection | None:
    """The rate by reference to what the court usually applies in like cases."""
    return _rate(src, "按本院同类案件通常适用的利率标准", "Replaced the rate by a reference to the court's practice in like "
                 "cases, which the judgment does not state")


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def unc04_per_mille(src: Src, rng: Random) -> Injection | None:
    """"，并以…为基数，自…起按月利率16.5‰计付利息至借款还清之日止": 1.65 % a month, 19.8 % a year."""
    return _high(src, lambda base, start: f"，并以{base}为基数，自{start.year}年{start.month}月{start.day}日起按月利率16.5‰"
                 f"计付利息至借款还清之日止", "Wrote the interest at a monthly rate in per mille (月利率16.5‰, 19.8 % a year)")


def _monthly(base: str) -> tuple[Decimal, Decimal]:
    """A monthly interest sum on `base`, in whole tens of 元, and its yearly rate (%), which no earlier round used."""
    value = amount_value(base)
    for step in range(0, 200, 10):
        x = (value * Decimal("0.014") / 10).to_integral_value(rounding=ROUND_CEILING) * 10 + step
        yearly = (x * 12 * 100 / value).quantize(Decimal("0.01"))
        if yearly not in PRIOR_YEARLY and yearly > Decimal("14.8"):
            return x, yearly
    raise AssertionError(base)


def unc04_monthly_sum(src: Src, rng: Random) -> Injection | None:
    """"，并自…起每月另付利息…元至借款还清之日止": a fixed monthly sum, above the cap as a yearly rate."""
    why, seen = "Wrote the interest as a fixed sum per month", {}

    def make(base, start):
        seen["x"], seen["y"] = _monthly(base)
        seen["base"] = base
        return f"，并自{start.year}年{start.month}月{start.day}日起每月另付利息{seen['x']}元至借款还清之日止"
    inj = _high(src, make, why)
    if inj:
        inj.description = inj.description.replace(why, f"{why} ({seen['x']}元 a month on {seen['base']}, "
                                                  f"{seen['y']} % a year)", 1)
    return inj


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["韦志刚", "覃秀兰", "蒙建军", "陆桂芳"]
MASKED = ["甘某某", "黎某"]
RELATION = [(r"借贷|借款", "系涉案借款的共同签名人"), (r"买卖", "系涉案货物的共同收货人"), (r"租赁", "系涉案车辆的实际使用人"),
            (r"交通事故", "系事故车辆的登记车主"), (r"劳务|侵权|建设工程", "系涉案工程的合伙人"),
            (r"服务|培训|合同", "系涉案协议的共同付款人")]


def _co(src: Src, rng: Random, relation=None):
    """(payment item, edits, added defendant, party line) of a one-person-defendant judgment, or None."""
    p = next((x for x in pays(src) if x.deadline and x.who_role == "被告" and x.to_role == "原告"
              and (x.nm or len(src.items) == 1)), None)
    rel = relation(p) if relation and p else next((r for pat, r in RELATION if re.search(pat, cause(src))), None)
    got = add_defendant(src, NAMES, MASKED, rel, pick=int(rng.random() * 4)) if rel and p else None
    return (p, *got) if got else None


def unc10_or(src: Src, rng: Random) -> Injection | None:
    """"被告A或被告B于…偿还原告…": which of the two is to pay, or both?"""
    got = _co(src, rng)
    if not got:
        return None
    p, new = got[0], got[2]
    new_item = f"{p.nm}被告{p.who}或被告{new}{period(p)}{p.verb}原告{p.to}{noun_total(p)}{p.amount}{p.end}"
    return _two(src, got, new_item, "naming the two obligors with 或, so that it does not say whether one of them, either "
                "of them or both must pay", f"被告{p.who}或被告{new}")


def unc10_common_property(src: Src, rng: Random) -> Injection | None:
    """"被告A、被告B以夫妻共同财产于…偿还…": the spouse liable how far, with what, and for how much?"""
    got = _co(src, rng, relation=lambda p: f"系被告{p.who}的配偶")
    if not got:
        return None
    p, new = got[0], got[2]
    new_item = (f"{p.nm}被告{p.who}、被告{new}以夫妻共同财产{period(p)}{p.verb}原告{p.to}{noun_total(p)}{p.amount}{p.end}")
    return _two(src, got, new_item, "naming both spouses and only the property the debt is paid from (夫妻共同财产), neither "
                "连带 nor 按份 nor a limit", "以夫妻共同财产")


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

def unc11_blend(src: Src, rng: Random) -> Injection | None:
    """The other party's surname with the person's own given name (王强 against 张素英 → 张强)."""
    for x, it in _persons_in_items(src):
        other = next((q.name for q in src.doc.parties if q.kind == "person" and q.role != x.role
                      and q.role in ("plaintiff", "defendant") and q.name[0] != x.name[0] and "某" not in q.name), None)
        if other and len(x.name) in (2, 3):
            inj = _rename(src, x, it, other[0] + x.name[1:], f"Gave a person in the item the surname of the other party "
                          f"({other})")
            if inj:
                return inj
    return None


PLACES = ("上海闵行", "浙江义乌", "上海", "宁波", "杭州", "安徽", "义乌市", "永康市", "晋江")
TRADES = ("国际贸易", "贸易", "绿化", "清洗", "餐饮", "网络科技", "供应链", "轿车租赁", "林业开发", "鞋业")


def unc11_region(src: Src, rng: Random) -> Injection | None:
    """The region of a company's name moved into brackets after the trade name: 上海泉臣国际贸易有限公司 → 泉臣（上海）国际贸易有限公司."""
    for x in (q for q in src.doc.parties if q.kind == "organisation" and q.role in ("plaintiff", "defendant")):
        place = next((pl for pl in PLACES if x.name.startswith(pl)), None)
        its = [it for it in src.money_items() if x.name in it.text]
        rest = x.name[len(place):] if place else ""
        k = min((rest.find(t) for t in TRADES if rest.find(t) > 0), default=-1)
        if k < 2 or len(its) != 1:
            continue
        moved = f"{rest[:k]}（{place.rstrip('市')}）"
        inj = _rename(src, x, its[0], moved + rest[k:], "Wrote a company's name in the item with its region in brackets "
                      "after the trade name, a name the party block does not have")
        if inj:
            inj.marker = moved
            return inj
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_floor, unc01_unit]),
    "UNC-02": ("interest-bare", "unclear", [unc02_if_late, unc02_months]),
    "UNC-03": ("vague-standard", "unclear", [unc03_choice, unc03_practice]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_per_mille, unc04_monthly_sum]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_or, unc10_common_property]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_blend, unc11_region]),
}
