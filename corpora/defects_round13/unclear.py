"""UNC-01 … UNC-11, round 13 (examples of every wording: README.md, Kinds):
- UNC-01: the duty with 务必 and the whole of a debt paid at once ("务必于…将所欠原告Y的全部货款一次性付清"), no figure; two
  items merged into one sentence with 同时, the second head without its figure.
- UNC-02: interest "截至" a date in Chinese numerals (no start, no rate); interest on a base with nothing else
  ("，另以…元为基数计付利息").
- UNC-03: the rate of an interest clause replaced by a range ("按年利率3%至6%"); by a floor only ("按不低于…一年期贷款
  市场报价利率的标准").
- UNC-04: a rate per thousand a day in 大写 角 and 分 ("按每千元每日伍角伍分", 20.075 % a year); a yearly rate in Chinese
  numerals with the start in Chinese numerals ("自二〇二三年…起按年利率百分之十九", 19 % a year).
- UNC-10: two obligors with a main and a secondary share that are not quantified ("其中被告A承担主要责任，被告B承担次要
  责任"); two obligors and only their internal split ("二人内部各负担一半").
- UNC-11: a person's name in the item written in traditional characters (陳偉傑 for 陈伟杰); a two-character name with its
  last character typed twice in the item (何正 → 何正正).
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round5.common import noun_total
from corpora.defects_round6.common import add_defendant
from corpora.defects_round7.unclear import _loan_case
from corpora.defects_round8.common import cause, period, plain_noun
from corpora.defects_round9.unclear import _only_here
from corpora.defects_round11.common import interest_clause
from corpora.defects_round12.unclear import _bare
from corpora.defects_round13.common import cn_date, merge_next, month_end_cn, next_pay

REFUND = ("退还", "返还")

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount


def unc01_whole(src: Src, rng: Random) -> Injection | None:
    """"被告X务必于…将所欠原告Y的全部货款一次性付清": the whole of a debt whose amount the item does not give."""
    for p in (x for x in pays(src) if x.deadline and plain_noun(x) and _only_here(src, x) and x.to_role and x.who_role):
        owed = "应退" if p.verb in REFUND else "所欠"
        done = "退清" if p.verb in REFUND else "付清"
        mark = f"的全部{plain_noun(p)}一次性{done}"
        new_item = f"{p.nm}{p.who_role}{p.who}务必{period(p)}将{owed}{p.to_role}{p.to}{mark}{p.end}"
        text, new2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the item with 务必 and the whole of the debt paid at once, without its '
                         f'figure: "{quote(p.it.text, 90)}" → "{quote(new2, 200)}".', mark)
    return None


def unc01_merged(src: Src, rng: Random) -> Injection | None:
    """Two payment items of the same parties merged into one sentence with 同时; the second head loses its figure."""
    for p in (x for x in pays(src) if x.deadline and x.nm):
        q = next_pay(src, p)
        if not q or not plain_noun(q) or q.amount in p.it.text:
            continue
        core = p.it.text[:len(p.it.text) - len(p.end)]
        add = f"，同时{q.verb}{q.to_role}{q.to}{plain_noun(q)}"
        return merge_next(src, p.it, f"{core}{add}{q.end}", f"Merged two items into one sentence with 同时 and "
                          f"left out the figure of the second head ({q.amount})", add[1:])
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

def unc02_until(src: Src, rng: Random) -> Injection | None:
    """"，并支付截至二〇二四年一月三十一日的利息": an end in Chinese numerals, no start, no rate, no base."""
    if not src.date:
        return None
    until = month_end_cn(src.date, 1)
    return _bare(src, lambda p, it: f"，并支付截至{until}的利息", "Added interest with only its end, a date in Chinese "
                 "numerals, and neither start nor rate")


def unc02_base(src: Src, rng: Random) -> Injection | None:
    """"，另以30800元为基数计付利息": the base and nothing else."""
    def make(p, it):
        return f"，另以{(p.amount if p else it.amounts[0].text)}为基数计付利息"
    return _bare(src, make, "Added interest with only its base, and neither rate nor start nor end")


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

RATE = re.compile(r"按(?:照)?(?:同期)?(?:全国银行间同业拆借中心公布的)?[^，。；（）]{0,12}?(?:贷款市场报价利率|年利率\d+(?:\.\d+)?[%％]|"
                  r"\d+(?:\.\d+)?‰的月利率)")


def _rate(src: Src, new: str, why: str) -> Injection | None:
    for it in src.money_items():
        m = RATE.search(it.text)
        if not m or not it.interest:
            continue
        text, _new, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'{why}: "{m.group(0)}" → "{new}".', new)
    return None


def unc03_range(src: Src, rng: Random) -> Injection | None:
    """The rate of an interest clause replaced by a range, "按年利率3%至6%": which rate within it?"""
    return _rate(src, "按年利率3%至6%", "Replaced the rate by a range, which leaves open the rate to apply within it")


def unc03_floor(src: Src, rng: Random) -> Injection | None:
    """The rate replaced by a floor only, "按不低于…一年期贷款市场报价利率的标准": how much above it?"""
    return _rate(src, "按不低于全国银行间同业拆借中心公布的一年期贷款市场报价利率的标准", "Replaced the rate by a floor "
                 "only (not lower than the 1-year LPR), which does not say what rate to apply")


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

FILED = re.compile(r"(?:于|在)(\d{4})年(\d{1,2})月(\d{1,2})日(?:立案|受理)")


def _high(src: Src, make, why: str) -> Injection | None:
    """A complete interest clause at the rate of make(base, start) put in place of a loan item's own clause, or added
    after the principal of a plain loan item where the claims ask for interest and no item orders it."""
    if not _loan_case(src) or not src.date or src.date < dt.date(2021, 1, 1):
        return None
    for it in src.clean_money_items():
        got = interest_clause(it)
        if not got:
            continue
        s, e, start = got
        y, m, d = map(int, re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", start).groups())
        clause = make(it.amounts[0].text, dt.date(y, m, d))
        text, new_item, _ = item_edit(src, it.index, [(s, e, clause)])
        return Injection(text, it.index, f'{why}, in place of the interest clause (4 × the 1-year LPR is about 13.8–14.8 % '
                         f'for a loan made since 2022): "{quote(it.text, 150)}" → "{quote(new_item, 230)}".',
                         clause.lstrip("，"))
    filed = FILED.search(src.cause())
    if not filed or not re.search(r"利息", src.claims_head()) or any(it.interest for it in src.items):
        return None
    for p in (x for x in pays(src) if x.deadline and x.value >= 1000):
        clause = make(p.amount, dt.date(*map(int, filed.groups())))
        k = p.it.text.find(p.amount) + len(p.amount)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, clause)])
        return Injection(text, p.it.index, f'{why}, after the principal (the claims ask for interest; 4 × the 1-year LPR is '
                         f'about 13.8–14.8 % for a loan made since 2022): "{quote(p.it.text, 120)}" → '
                         f'"{quote(new_item, 230)}".', clause.lstrip("，"))
    return None


def unc04_per_thousand(src: Src, rng: Random) -> Injection | None:
    """"，并以…为基数，自…起按每千元每日伍角伍分计付利息至实际清偿之日止": 0.055 % a day, 20.075 % a year."""
    return _high(src, lambda base, start: f"，并以{base}为基数，自{start.year}年{start.month}月{start.day}日起按每千元每日"
                 f"伍角伍分计付利息至实际清偿之日止", "Wrote the rate per thousand 元 a day in 大写 角 and 分 "
                 "(每千元每日伍角伍分, 0.055 % a day, 20.075 % a year)")


def unc04_cn(src: Src, rng: Random) -> Injection | None:
    """"，并自二〇二三年…起按年利率百分之十九支付利息至实际清偿之日止": 19 % a year, start and rate in Chinese numerals."""
    return _high(src, lambda base, start: f"，并自{cn_date(start)}起以{base}为基数按年利率百分之十九支付利息至实际清偿之日止",
                 "Wrote the interest with its start and a yearly rate of 19 % in Chinese numerals")


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["滕玉华", "庄建国", "苏丽萍", "邵志强"]
MASKED = ["钱某某", "汤某"]
RELATION = [(r"借贷|借款", "系涉案借款的实际使用人"), (r"房屋", "系涉案房屋的共有人"), (r"租赁", "系涉案车辆的共同承租人"),
            (r"买卖", "系涉案交易的共同经营人"), (r"交通事故", "系肇事车辆的实际所有人"), (r"劳务|侵权|建设工程", "系涉案工程的实际发包人"),
            (r"服务|培训|合同", "系涉案合同的共同签约人")]


def _co(src: Src, rng: Random):
    """(payment item, edits, added defendant, party line) of a one-person-defendant judgment, or None."""
    rel = next((r for pat, r in RELATION if re.search(pat, cause(src))), None)
    p = next((x for x in pays(src) if x.deadline and x.who_role == "被告" and x.to_role == "原告"
              and (x.nm or len(src.items) == 1)), None)
    got = add_defendant(src, NAMES, MASKED, rel, pick=int(rng.random() * 4)) if rel and p else None
    return (p, *got) if got else None


def _two(src: Src, got, new_item: str, what: str, marker: str) -> Injection:
    p, e, new, line = got
    item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
    return Injection(e.apply(), p.it.index, f'Added a defendant to the party block ("{line}") and the procedural history, '
                     f'and rewrote the item {what}: "{quote(p.it.text, 80)}" → "{quote(new_item, 160)}".', marker,
                     check=lambda d, n=new: n in {x.name for x in d.parties})


def unc10_main(src: Src, rng: Random) -> Injection | None:
    """"被告A、被告B于…偿还…，其中被告A承担主要责任，被告B承担次要责任": shares named, never quantified."""
    got = _co(src, rng)
    if not got:
        return None
    p, new = got[0], got[2]
    tail = f"，其中被告{p.who}承担主要责任，被告{new}承担次要责任"
    new_item = f"{p.nm}被告{p.who}、被告{new}{period(p)}{p.verb}原告{p.to}{noun_total(p)}{p.amount}{tail}{p.end}"
    return _two(src, got, new_item, "naming both obligors with a main and a secondary share that it never quantifies, "
                "neither 连带 nor a figure per obligor", tail[1:])


def unc10_internal(src: Src, rng: Random) -> Injection | None:
    """"被告A、被告B于…偿还…，二人内部各负担一半": the split between them, nothing on what the creditor may ask of each."""
    got = _co(src, rng)
    if not got:
        return None
    p, new = got[0], got[2]
    tail = "，二人内部各负担一半"
    new_item = f"{p.nm}被告{p.who}、被告{new}{period(p)}{p.verb}原告{p.to}{noun_total(p)}{p.amount}{tail}{p.end}"
    return _two(src, got, new_item, "naming both obligors and only how they share the debt between themselves, not whether "
                "the creditor may claim the whole from either (连带) or half from each (按份)", tail[1:])


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

TRAD = {"张": "張", "刘": "劉", "陈": "陳", "赵": "趙", "孙": "孫", "杨": "楊", "吴": "吳", "黄": "黃", "继": "繼", "丽": "麗",
        "国": "國", "伟": "偉", "杰": "傑", "颖": "穎", "银": "銀", "华": "華", "贾": "賈", "谭": "譚", "庞": "龐"}
SAME = set("王方小何正明季岳定元和文周余卓茜娟春都信登慧育群敏洪良成建程于志英素强")


def _persons_in_items(src: Src):
    """(person party, money item) pairs where the item names the person and the name occurs nowhere else in the 主文."""
    for x in (x for x in src.doc.parties if x.kind == "person" and x.role in ("plaintiff", "defendant")):
        its = [it for it in src.money_items() if x.name in it.text]
        if len(its) == 1 and "某" not in x.name:
            yield x, its[0]


def _rename(src: Src, x, it, new: str, why: str) -> Injection | None:
    if new in src.text or new == x.name:
        return None
    ops = [(m.start(), m.end(), new) for m in re.finditer(re.escape(x.name), it.text)]
    text, new_item, _ = item_edit(src, it.index, ops)
    role = "原告" if x.role == "plaintiff" else "被告"
    said = role + new if role + new in new_item else new
    return Injection(text, it.index, f'{why}, so that the item names someone the party block does not: "{x.name}" → '
                     f'"{new}" (item now: "{quote(new_item, 120)}").', said,
                     check=lambda d, n=new: n not in {q.name for q in d.parties})


def unc11_traditional(src: Src, rng: Random) -> Injection | None:
    """The name in the item in traditional characters (an input method left on 繁体): 张模炎 → 張模炎."""
    for x, it in _persons_in_items(src):
        new = "".join(TRAD.get(c, c) for c in x.name)
        if sum(c in TRAD for c in x.name) >= 2 and all(c in TRAD or c in SAME for c in x.name):
            inj = _rename(src, x, it, new, "Wrote a person's name in the item in traditional characters")
            if inj:
                return inj
    return None


def unc11_doubled(src: Src, rng: Random) -> Injection | None:
    """A two-character name with its last character typed twice in the item (何正 → 何正正), another person's name."""
    for x, it in _persons_in_items(src):
        if len(x.name) != 2 or x.name[0] == x.name[1]:
            continue
        inj = _rename(src, x, it, x.name + x.name[-1], "Typed the last character of a two-character name twice in the item")
        if inj:
            return inj
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_whole, unc01_merged]),
    "UNC-02": ("interest-bare", "unclear", [unc02_until, unc02_base]),
    "UNC-03": ("vague-standard", "unclear", [unc03_range, unc03_floor]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_per_thousand, unc04_cn]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_main, unc10_internal]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_traditional, unc11_doubled]),
}
