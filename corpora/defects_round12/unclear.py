"""UNC-01 … UNC-11, round 12 (examples of every wording: README.md, Kinds):
- UNC-01: the duty as "对原告Y承担…的给付义务" with no figure; a refund "在其实际收取的…范围内" (the sum is the unstated
  receipt).
- UNC-02: interest "按季" with neither rate nor start nor end; interest "按…第四条的约定计付" (a clause the judgment does
  not quote).
- UNC-03: the price of goods as a formula of unstated figures ("按送货单载明的单价乘以实际收货数量计算"); the rate of an
  interest clause replaced by "按同期银行存款利率" (which bank, which term?).
- UNC-04: "自…的次日起…按季利率4.4%" (17.6 % a year); a following sentence "逾期利息…按日利率0.048%计收" (17.52 % a year).
- UNC-10: an added co-defendant and the duty "A、B…对原告Y负有…的义务"; a list of obligors, the second "亦应" pay "上述"
  sum (the same debt once, twice, jointly or in part?).
- UNC-11: a homophone typed into the party block, the item keeping the right name; the number of an anonymised name
  (兰某1 / 兰某2) dropped in the item, so that it names either party or the other parent.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round5.common import noun_total
from corpora.defects_round6.common import add_defendant
from corpora.defects_round7.unclear import _loan_case
from corpora.defects_round8.common import body_end, cause, period, plain_noun
from corpora.defects_round9.unclear import _only_here
from corpora.defects_round11.common import interest_clause
from corpora.defects_round12.common import rewrite

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount


def unc01_duty(src: Src, rng: Random) -> Injection | None:
    """"被告X于…对原告Y承担服务费的给付义务": the duty is named, the sum is not."""
    for p in (x for x in pays(src) if x.deadline and plain_noun(x) and _only_here(src, x) and x.to_role and x.who_role):
        mark = f"承担{plain_noun(p)}的给付义务"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}对{p.to_role}{p.to}{mark}{p.end}"
        return rewrite(src, p, new_item, "Rewrote the item as a duty (承担…的给付义务) that names what is owed but no figure",
                       mark)
    return None


REFUND = ("退还", "返还")


def unc01_within(src: Src, rng: Random) -> Injection | None:
    """"被告X于…在其实际收取的预付款范围内退还原告Y": the sum is whatever was received, which the item does not say."""
    for p in (x for x in pays(src) if x.verb in REFUND and plain_noun(x) and _only_here(src, x) and x.to_role):
        mark = f"在其实际收取的{plain_noun(p)}范围内"
        mid = period(p) if p.deadline else ""
        new_item = f"{p.nm}{p.who_role}{p.who}{mid}{mark}{p.verb}{p.to_role}{p.to}{p.end}"
        return rewrite(src, p, new_item, "Replaced the figure by the limit of what the obligor actually received, which "
                       "the item does not state", mark)
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

def _bare(src: Src, make, why: str) -> Injection | None:
    """An interest clause put in place of a complete one, or added after the principal of a plain payment item where the
    claims ask for interest: make(p, item) gives the clause."""
    for it in src.clean_money_items():
        got = interest_clause(it)
        if got:
            s, e, _date = got
            clause = make(None, it)
            text, new_item, _ = item_edit(src, it.index, [(s, e, clause)])
            return Injection(text, it.index, f'{why}, in place of the complete interest clause: "{quote(it.text, 150)}" → '
                             f'"{quote(new_item, 200)}".', clause.lstrip("，"))
    if not re.search(r"利息|逾期付款损失|资金占用", src.claims_head()) or any(it.interest for it in src.items):
        return None  # interest only where the claims ask for it and no item orders it yet
    for p in (x for x in pays(src) if x.deadline and x.value >= 1000):
        clause = make(p, p.it)
        k = p.it.text.find(p.amount) + len(p.amount)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, clause)])
        return Injection(text, p.it.index, f'{why}: "{quote(p.it.text, 120)}" → "{quote(new_item, 200)}".',
                         clause.lstrip("，"))
    return None


def unc02_quarterly(src: Src, rng: Random) -> Injection | None:
    """"，并按季支付利息": how often, but not at what rate, from when or until when."""
    return _bare(src, lambda p, it: "，并按季支付利息", "Added an interest duty that says only that it is paid by the "
                 "quarter (按季), with neither rate nor start nor end")


def _paper(src: Src) -> str:
    c = cause(src)
    return next((d for pat, d in ((r"借贷|借款", "借条"), (r"租赁", "租赁合同"), (r"买卖", "买卖合同"), (r"服务|培训", "服务协议"))
                 if re.search(pat, c)), "合同")


def unc02_clause(src: Src, rng: Random) -> Injection | None:
    """"，利息按借条第四条的约定计付": the elements are in a clause the judgment does not quote."""
    paper = _paper(src)
    return _bare(src, lambda p, it: f"，利息按{paper}第四条的约定计付", f"Added interest to be paid by clause 4 of the {paper}, "
                 f"which the judgment does not quote, so that rate, start and end are not in the item")


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

GOODS = ("货款", "化肥款", "手机款", "购机款", "苗木款")


def unc03_formula(src: Src, rng: Random) -> Injection | None:
    """The price of goods "（按送货单载明的单价乘以实际收货数量计算）": a formula of figures the judgment does not give."""
    if not re.search(r"买卖", cause(src)):
        return None
    for p in (x for x in pays(src) if x.deadline and x.body_noun in GOODS and x.verb not in REFUND and _only_here(src, x)):
        note = "（按送货单载明的单价乘以实际收货数量计算）"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{p.body_noun}{note}{p.end}"
        return rewrite(src, p, new_item, "Replaced the figure by a formula of unit price and quantity received, neither of "
                       "which the judgment states", note)
    return None


RATE = re.compile(r"按(?:照)?(?:同期)?(?:全国银行间同业拆借中心公布的)?[^，。；（）]{0,12}?(?:贷款市场报价利率|年利率\d+(?:\.\d+)?[%％]|"
                  r"\d+(?:\.\d+)?‰的月利率)")


def unc03_deposit(src: Src, rng: Random) -> Injection | None:
    """The rate of an interest clause replaced by "按同期银行存款利率": which bank, which deposit, which term?"""
    for it in src.money_items():
        m = RATE.search(it.text)
        if not m or not it.interest:
            continue
        new = "按同期银行存款利率"
        text, _new, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Replaced the rate of the interest by the deposit rate of "the bank" for "the same '
                         f'period", which names neither bank, deposit nor term: "{m.group(0)}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def _over(src: Src, make, why: str) -> Injection | None:
    if not _loan_case(src) or not src.date:
        return None
    for it in src.clean_money_items():
        got = interest_clause(it)
        if not got:
            continue
        s, e, date = got
        ops, marker = make(it, s, e, date)
        text, new_item, _ = item_edit(src, it.index, ops)
        return Injection(text, it.index, f'{why} (4 × the 1-year LPR is about 13.8–14.6 % in {src.date.year}): '
                         f'"{quote(it.text, 150)}" → "{quote(new_item, 220)}".', marker)
    return None


def unc04_quarter(src: Src, rng: Random) -> Injection | None:
    """"，并自…的次日起以…为基数按季利率4.4%支付利息…": 17.6 % a year."""
    def make(it, s, e, date):
        clause = f"，并自{date}的次日起以{it.amounts[0].text}为基数按季利率4.4%支付利息至实际清偿之日止"
        return [(s, e, clause)], "按季利率4.4%"
    return _over(src, make, "Rewrote the interest clause with a quarterly rate of 4.4 % counted from the day after the "
                 "start, 17.6 % a year")


def unc04_daily(src: Src, rng: Random) -> Injection | None:
    """The clause cut to "及逾期利息" and a following "逾期利息自…次日起按日利率0.048%计收…": 17.52 % a year."""
    def make(it, s, e, date):
        end = body_end(it.text)
        tail = f"。逾期利息自{date}次日起按日利率0.048%计收，至借款还清之日止"
        return [(s, e, "及逾期利息"), (end, end, tail)], "按日利率0.048%计收"
    return _over(src, make, "Moved the interest into a following sentence at a daily rate of 0.048 %, 17.52 % a year")


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["聂海波", "孟庆芳", "卜文斌", "鲍秀兰"]
MASKED = ["郑某某", "邱某"]
RELATION = [(r"借贷|借款", "系涉案借款的共同受益人"), (r"租赁", "系涉案车辆的实际承租人"), (r"买卖", "系涉案交易的实际受益人"),
            (r"交通事故", "系肇事车辆的承租人"), (r"劳务|侵权|建设工程", "系涉案工地的现场负责人"),
            (r"服务|培训|合同", "系涉案项目的实际受益人")]


def _co(src: Src, rng: Random):
    rel = next((r for pat, r in RELATION if re.search(pat, cause(src))), None)
    p = next((x for x in pays(src) if x.deadline and x.who_role == "被告" and x.to_role == "原告"
              and (x.nm or len(src.items) == 1)), None)
    got = add_defendant(src, NAMES, MASKED, rel, pick=int(rng.random() * 4)) if rel and p else None
    return (p, *got) if got else None


def _two(src: Src, got, new_item: str, what: str, marker: str) -> Injection:
    p, e, new, line = got
    item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
    return Injection(e.apply(), p.it.index, f'Added a defendant to the party block ("{line}") and the procedural history, '
                     f'and rewrote the item {what}: "{quote(p.it.text, 80)}" → "{quote(new_item, 140)}".', marker,
                     check=lambda d, n=new: n in {x.name for x in d.parties})


def unc10_duty(src: Src, rng: Random) -> Injection | None:
    """"被告A、被告B于…对原告Y负有偿还借款…的义务": a duty of both, neither 连带 nor 按份."""
    got = _co(src, rng)
    if not got:
        return None
    p, new = got[0], got[2]
    new_item = f"{p.nm}被告{p.who}、被告{new}{period(p)}对原告{p.to}负有{p.verb}{noun_total(p)}{p.amount}的义务{p.end}"
    return _two(src, got, new_item, "as a duty (负有…的义务) of both obligors, with no 连带/按份 wording",
                f"、被告{new}{period(p)}对原告{p.to}负有")


def unc10_also(src: Src, rng: Random) -> Injection | None:
    """"被告A于…向原告Y偿还借款…，被告B亦应向原告Y偿还上述借款": once, twice, jointly, or a part?"""
    got = _co(src, rng)
    if not got:
        return None
    p, new = got[0], got[2]
    new_item = (f"{p.nm}被告{p.who}{period(p)}向原告{p.to}{p.verb}{noun_total(p)}{p.amount}，被告{new}亦应向原告{p.to}"
                f"{p.verb}上述{p.body_noun}{p.end}")
    return _two(src, got, new_item, "as a list of obligors, the second of whom 亦应 pay 「上述」 sum (the same debt once or "
                "twice, jointly or in part?)", f"被告{new}亦应向原告{p.to}{p.verb}上述")


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

SOUND = {"爱": "艾", "彬": "斌", "颖": "影", "锋": "峰", "军": "君", "毅": "义", "平": "萍", "炎": "岩", "项": "向", "英": "瑛",
         "俊": "骏", "慧": "惠", "浪": "朗", "春": "椿", "娟": "鹃", "敏": "民", "红": "宏", "强": "蔷"}


def unc11_party_line(src: Src, rng: Random) -> Injection | None:
    """A homophone typed into the party block; the item (unchanged) names the party as everywhere else."""
    ps = src.span("parties")
    for x in (x for x in src.doc.parties if x.kind == "person" and x.role in ("plaintiff", "defendant")):
        k = next((i for i in range(len(x.name) - 1, 0, -1) if x.name[i] in SOUND), None)
        its = [it for it in src.money_items() if x.name in it.text]
        if k is None or not its or not ps or not ps[0] <= x.span[0] < ps[1] or "某" in x.name:
            continue
        typo = x.name[:k] + SOUND[x.name[k]] + x.name[k + 1:]
        if typo in src.text or src.text[x.span[0]:x.span[1]] != x.name:
            continue
        e = Edits(src.text)
        e.replace(x.span[0], x.span[1], typo)
        role = "原告" if x.role == "plaintiff" else "被告"
        line_end = src.text.find("\n", x.span[1])
        line = (src.text[src.text.rfind("\n", 0, x.span[0]) + 1:line_end]).replace(x.name, typo)
        said = role + x.name if role + x.name in its[0].text else x.name
        inj = Injection(e.apply(), its[0].index, f'Typed a homophone into the party block ("{line}"), so that the item, '
                        f'which names the party as the rest of the judgment does, names someone the party block does not: '
                        f'"{x.name}" → "{typo}" in the party line only.', said,
                        check=lambda d, t=typo, n=x.name: t in {q.name for q in d.parties} and n not in {q.name for q in d.parties})
        inj.wordings = [line]
        return inj
    return None


def unc11_unnumbered(src: Src, rng: Random) -> Injection | None:
    """"原告兰某1" → "原告兰某" in the item: the anonymised name without its number fits either party (or a parent)."""
    masked = [x for x in src.doc.parties if re.fullmatch(r"[\u4e00-\u9fa5]某\d", x.name)]
    for x in masked:
        stem = x.name[:-1]
        for it in (i for i in src.money_items() if x.name in i.text):
            ops = [(m.start(), m.end(), stem) for m in re.finditer(re.escape(x.name), it.text)]
            text, new_item, _ = item_edit(src, it.index, ops)
            role = "原告" if x.role == "plaintiff" else "被告"
            k = re.search(re.escape(role + stem) + r"(?!\d)", new_item).start() + len(role)
            return Injection(text, it.index, f'Dropped the number of the anonymised name in the item ("{role}{x.name}" → '
                             f'"{role}{stem}"), so that it names no party in the party block and could be either '
                             f'{stem}1 or {stem}2: "{quote(it.text, 90)}" → "{quote(new_item, 120)}".',
                             new_item[max(0, k - 4):k + len(stem) + 2])
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_duty, unc01_within]),
    "UNC-02": ("interest-bare", "unclear", [unc02_quarterly, unc02_clause]),
    "UNC-03": ("vague-standard", "unclear", [unc03_formula, unc03_deposit]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_quarter, unc04_daily]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_duty, unc10_also]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_party_line, unc11_unnumbered]),
}
