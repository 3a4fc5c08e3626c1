"""UNC-01 … UNC-11, round 16 (examples of every wording: README.md, Kinds):
- UNC-01: a ceiling in brackets in place of the figure ("…借款（以30000元为上限）"); the difference of two sums the judgment
  does not state ("…借款本金与已还款项之间的差额").
- UNC-02: interest left to the parties to settle ("，利息由双方自行结算"); interest from an undated event and nothing else
  ("，并支付自借款之日起的利息").
- UNC-03: the rate by a judicial interpretation's "相关规定" (the 民间借贷 provisions give several); an approximate rate
  ("按年利率百分之四左右").
- UNC-04: the cap itself with a surcharge ("按年利率13.8%加收50%", 20.7 % a year); a weekly rate ("按周利率0.4%", 20.8 %).
- UNC-10: the obligors' capacity in place of the liability form ("被告A、被告B作为共同借款人…"); each obligor liable within
  a range of benefit nobody measures ("在各自受益范围内").
- UNC-11: the trade word of a company's name replaced by a near-synonym (清洗 → 清洁, 贸易 → 商贸); the middle character of
  a three-character name dropped (赵满斌 → 赵斌).
"""

from __future__ import annotations

import re
from decimal import Decimal
from random import Random

from corpora.defects.common import Src
from corpora.defects_round4.common import pays
from corpora.defects_round5.common import noun_total, period
from corpora.defects_round6.common import add_defendant
from corpora.defects_round8.common import cause, plain_noun
from corpora.defects_round9.unclear import _only_here
from corpora.defects_round11.common import rewrite
from corpora.defects_round12.unclear import _bare
from corpora.defects_round13.unclear import (
    _high,
    _persons_in_items,
    _rate,
    _rename,
    _two,
)
from corpora.defects_round16.common import PRIOR_YEARLY

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount


def unc01_ceiling(src: Src, rng: Random):
    """"被告X于…返还原告Y借款（以30000元为上限）": a ceiling, not the sum to pay."""
    for p in (x for x in pays(src) if x.deadline and plain_noun(x) and _only_here(src, x) and x.to_role and x.who_role):
        cap = f"（以{p.amount}为上限）"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{plain_noun(p)}{cap}{p.end}"
        return rewrite(src, p, new_item, f"Replaced the figure ({p.amount}) by a ceiling in brackets, so that the item says how "
                       f"much at most, not how much", cap)
    return None


DIFFERENCE = [(r"借款|本金", "借款本金与已还款项之间的差额"), (r"货款|化肥", "货款总额与已付货款之间的差额"),
              (r"预付款|服务费|培训", "已付预付款与已消费金额之间的差额"), (r"工程款", "已付工程款与已完工程价款之间的差额"),
              (r"劳务|报酬", "应付劳务报酬与已付劳务报酬之间的差额"), (r"租金|押金", "已付租金与实际使用期间租金之间的差额")]


def unc01_difference(src: Src, rng: Random):
    """"被告X于…返还原告Y借款本金与已还款项之间的差额": two sums, neither of them stated."""
    for p in (x for x in pays(src) if x.deadline and plain_noun(x) and _only_here(src, x) and x.to_role and x.who_role):
        diff = next((d for pat, d in DIFFERENCE if re.search(pat, p.noun)), None)
        if not diff:
            continue
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{diff}{p.end}"
        return rewrite(src, p, new_item, f"Replaced the noun and the figure ({p.amount}) by the difference of two sums that the "
                       f"judgment does not state", diff)
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

def unc02_settle(src: Src, rng: Random):
    """"，利息由双方自行结算": the interest awarded, its base, rate, start and end left to the parties."""
    return _bare(src, lambda p, it: "，利息由双方自行结算", "Left the interest to the parties to settle between themselves, "
                 "with neither base, rate, start nor end")


STARTS = [(r"借贷|借款", "借款之日"), (r"买卖|供应链|货", "交货之日"), (r"", "欠款之日")]


def unc02_event_start(src: Src, rng: Random):
    """"，并支付自借款之日起的利息": a start by an undated event, and neither base, rate nor end."""
    start = next(s for pat, s in STARTS if re.search(pat, cause(src)))
    return _bare(src, lambda p, it: f"，并支付自{start}起的利息", f"Wrote the interest as running from an undated event "
                 f"({start}), with neither base, rate nor end")


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

RULES = [(r"民间借贷", "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》"),
         (r"买卖|供应链", "《最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释》"), (r"", "《中华人民共和国民法典》")]


def unc03_rules(src: Src, rng: Random):
    """The rate by "the relevant provisions" of a judicial interpretation, which give several rates (or none)."""
    rules = next(r for pat, r in RULES if re.search(pat, cause(src)))
    return _rate(src, f"按{rules}的相关规定", "Replaced the rate by the relevant provisions of a law or judicial interpretation, "
                 "which name several rates or none and not the one to apply")


def unc03_about(src: Src, rng: Random):
    return _rate(src, "按年利率百分之四左右", "Replaced the rate by an approximate one (左右), which does not say the rate to "
                 "apply")


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def _ymd(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def unc04_surcharge(src: Src, rng: Random):
    """"，并按年利率13.8%加收50%支付逾期利息（以…为基数，自…起计至实际还清之日止）": 20.7 % a year."""
    assert Decimal("20.7") not in PRIOR_YEARLY
    return _high(src, lambda base, start: f"，并按年利率13.8%加收50%支付逾期利息（以{base}为基数，自{_ymd(start)}起计至实际"
                 f"还清之日止）", "Wrote the interest as the cap itself (13.8 %, 4 × the 1-year LPR of 3.45 %) with a 50 % "
                 "surcharge (加收50%, 20.7 % a year), the rate first and base and period in brackets after it")


def unc04_weekly(src: Src, rng: Random):
    """"，利息按周利率0.4%计算，自…起以…为基数计至还清之日": 20.8 % a year (52 weeks)."""
    assert Decimal("20.8") not in PRIOR_YEARLY
    return _high(src, lambda base, start: f"，利息按周利率0.4%计算，自{_ymd(start)}起以{base}为基数计至还清之日",
                 "Wrote the interest at a weekly rate (周利率0.4%, 20.8 % a year), as a clause of its own")


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["黄建新", "莫丽娟", "梁振宇", "蓝春花"]
MASKED = ["莫某某", "梁某"]
CAPACITY = [(r"借贷|借款", "共同借款人", "与{w}共同向原告出具借条"), (r"买卖", "共同经营者", "与{w}共同经营涉案生意"),
            (r"租赁", "共同承租人", "与{w}共同承租涉案车辆"), (r"交通事故|侵权", "共同侵权人", "与{w}共同驾驶肇事车辆"),
            (r"建设工程", "共同承揽人", "与{w}共同承揽涉案工程"), (r"劳务", "共同雇主", "与{w}共同雇用原告"),
            (r"服务|培训|合同", "共同委托人", "与{w}共同签订涉案协议")]


def _co(src: Src, rng: Random, relation):
    """(payment item, edits, added defendant, party line) of a one-person-defendant judgment, the relation made by
    relation(p), or None."""
    p = next((x for x in pays(src) if x.deadline and x.who_role == "被告" and x.to_role == "原告"
              and (x.nm or len(src.items) == 1)), None)
    rel = relation(p) if p else None
    got = add_defendant(src, NAMES, MASKED, rel, pick=int(rng.random() * 4)) if rel else None
    return (p, *got) if got else None


def _capacity(src: Src):
    return next(((c, r) for pat, c, r in CAPACITY if re.search(pat, cause(src))), None)


def unc10_capacity(src: Src, rng: Random):
    """"被告A、被告B作为共同借款人于…偿还…": a capacity, but neither 连带 nor 按份 nor a share."""
    cap = _capacity(src)
    got = _co(src, rng, lambda p: cap[1].format(w=p.who)) if cap else None
    if not got:
        return None
    p, new = got[0], got[2]
    new_item = f"{p.nm}被告{p.who}、被告{new}作为{cap[0]}{period(p)}{p.verb}原告{p.to}{noun_total(p)}{p.amount}{p.end}"
    return _two(src, got, new_item, f"naming both obligors by their capacity ({cap[0]}) in place of a liability form",
                f"作为{cap[0]}")


def unc10_benefit(src: Src, rng: Random):
    """"被告A、被告B在各自受益范围内于…偿还…": each liable as far as he benefited, which nobody measures."""
    got = _co(src, rng, lambda p: f"与{p.who}共同使用涉案款项")
    if not got:
        return None
    p, new = got[0], got[2]
    new_item = f"{p.nm}被告{p.who}、被告{new}在各自受益范围内{period(p)}{p.verb}原告{p.to}{noun_total(p)}{p.amount}{p.end}"
    return _two(src, got, new_item, "naming both obligors, each liable within the range of his own benefit, which the "
                "judgment does not measure (neither 连带 nor a share)", "在各自受益范围内")


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

SYNONYMS = [("清洗", "清洁"), ("国际贸易", "国际商贸"), ("贸易", "商贸"), ("绿化", "园林"), ("餐饮", "饮食"), ("供应链", "物流"),
            ("鞋业", "制鞋"), ("网络科技", "信息科技"), ("轿车租赁", "汽车租赁"),
            ("林业开发", "林业发展"), ("管理咨询", "管理顾问")]


def unc11_synonym(src: Src, rng: Random):
    """The trade word of a company's name replaced by a near-synonym: 杭州永琪清洗有限公司 → 杭州永琪清洁有限公司."""
    for x in (q for q in src.doc.parties if q.kind == "organisation" and q.role in ("plaintiff", "defendant")):
        its = [it for it in src.money_items() if x.name in it.text]
        pair = next(((a, b) for a, b in SYNONYMS if a in x.name and "银行" not in x.name), None)
        if not its or not pair:
            continue
        new = x.name.replace(pair[0], pair[1], 1)
        inj = _rename(src, x, its[0], new, f"Wrote an organisation's name in the item with a near-synonym of its trade word "
                      f"({pair[0]} → {pair[1]})")
        if inj:
            k = new.find(pair[1])
            inj.marker = new[max(0, k - 2):k + len(pair[1]) + 2]
            return inj
    return None


def unc11_middle(src: Src, rng: Random):
    """The middle character of a three-character name dropped in the item: 赵满斌 → 赵斌."""
    for x, it in _persons_in_items(src):
        if len(x.name) != 3 or x.name[1] == x.name[2]:
            continue
        inj = _rename(src, x, it, x.name[0] + x.name[2], "Dropped the middle character of a three-character name in the "
                      "item")
        if inj:
            return inj
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_ceiling, unc01_difference]),
    "UNC-02": ("interest-bare", "unclear", [unc02_settle, unc02_event_start]),
    "UNC-03": ("vague-standard", "unclear", [unc03_rules, unc03_about]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_surcharge, unc04_weekly]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_capacity, unc10_benefit]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_synonym, unc11_middle]),
}
