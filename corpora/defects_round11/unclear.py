"""UNC-01 … UNC-11, round 11 (examples of every wording: README.md, Kinds):
- UNC-01: the obligee's money first with 应当 and the sum left to the enforcement stage ("具体数额在执行阶段据实核算");
  a following "如…的，以…为准" that lets an unstated settlement replace the figure.
- UNC-02: principal and interest as sub-items ①② with the end of the interest gone; the clause replaced by a formula
  without figures in a following sentence ("利息的计算公式为：本金×利率×逾期天数").
- UNC-03: a penalty "按…的一定比例" without the share; goods paid "（按付款时的市场价格结算）" without quantity or price.
- UNC-04: the interest in a following sentence "利息计算方式为：…按年利率17.4%计算" (4 × the old 4.35 % benchmark); sub-items ①② with
  "按每万元每月170元的标准" (20.4 % a year).
- UNC-10: an added co-defendant and "按各自过错程度" without the shares; "分别向原告…清偿" (each the whole, or a part?).
- UNC-11: the company's 法定代表人, added under its party line, named in the item for the company; the role words of
  obligor and obligee swapped.
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
from corpora.defects_round11.common import interest_clause, rewrite, sub_items

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount


def unc01_enforcement(src: Src, rng: Random) -> Injection | None:
    """"原告Y的租金，被告X应当于…返还，具体数额在执行阶段据实核算": the figure left to the enforcement stage."""
    for p in (x for x in pays(src) if x.deadline and plain_noun(x) and _only_here(src, x) and x.to_role):
        new_item = (f"{p.nm}{p.to_role}{p.to}的{plain_noun(p)}，{p.who_role}{p.who}应当{period(p)}{p.verb}，"
                    f"具体数额在执行阶段据实核算{p.end}")
        return rewrite(src, p, new_item, "Turned the item round, the obligee's money first with 应当, and left the sum to the "
                       "enforcement stage without any figure", "具体数额在执行阶段据实核算")
    return None


def unc01_settlement(src: Src, rng: Random) -> Injection | None:
    """A following "如双方另有结算的，以结算数额为准": whether the figure or an unstated settlement is owed is open."""
    for p in (x for x in pays(src) if x.deadline and x.value >= 1000):
        end = body_end(p.it.text)
        tail = "。如双方另有结算的，以结算数额为准"
        text, new_item, _ = item_edit(src, p.it.index, [(end, end, tail)])
        return Injection(text, p.it.index, f'Added a following sentence that lets a settlement the judgment does not state '
                         f'replace the figure, so that the sum to pay is open: "{quote(p.it.text, 80)}" → '
                         f'"{quote(new_item, 140)}".', tail[1:])
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

PAREN = re.compile(r"(?:，并|并|及)(?:支付|赔偿|给付)?[\u4e00-\u9fa5]{0,4}利息(?:损失)?（(?:利息(?:损失)?)?"
                   r"(?P<from>从|自)(?P<date>\d{4}年\d{1,2}月\d{1,2}日)起(?P<rate>按[^）]*?)(?:计算|计付)至[^）]*）")


def unc02_no_end(src: Src, rng: Random) -> Injection | None:
    """Principal and interest as sub-items ①②, the interest with its start and rate but no end."""
    for it in src.clean_money_items():
        m = PAREN.search(it.text)
        second = f"利息，{m.group('from')}{m.group('date')}起{m.group('rate')}计算" if m else ""
        head = sub_items(it, m.start(), second) if m else None
        if not head:
            continue
        new_item = head + it.text[m.end():]
        text, new2, _ = item_edit(src, it.index, [(0, len(it.text), new_item)])
        return Injection(text, it.index, f'Split principal and interest into sub-items ①②; the interest keeps its start and '
                         f'rate but has no end: "{quote(it.text, 150)}" → "{quote(new2, 200)}".', "；②" + second)
    return None


def unc02_formula(src: Src, rng: Random) -> Injection | None:
    """The interest clause cut to "及利息" and a following formula without figures for rate, start or end."""
    for it in src.clean_money_items():
        got = interest_clause(it)
        if not got:
            continue
        s, e, _date = got
        end = body_end(it.text)
        tail = "。利息的计算公式为：本金×利率×逾期天数"
        text, new_item, _ = item_edit(src, it.index, [(s, e, "及利息"), (end, end, tail)])
        return Injection(text, it.index, f'Cut the interest clause to "及利息" and added a following formula that gives '
                         f'neither rate nor start nor end: "{quote(it.text, 150)}" → "{quote(new_item, 160)}".', tail[1:])
    return None


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

BASES = [(r"租赁", "租金总额"), (r"买卖", "合同价款"), (r"", "合同总价款")]


def unc03_share(src: Src, rng: Random) -> Injection | None:
    """"按租金总额的一定比例支付原告Y违约金": the share is not stated."""
    for p in (x for x in pays(src) if x.deadline and x.body_noun in ("违约金", "律师费损失")):
        base = "诉讼标的额" if p.body_noun == "律师费损失" else next(b for pat, b in BASES if re.search(pat, cause(src)))
        mark = f"按{base}的一定比例"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{mark}{p.verb}{p.to_role}{p.to}{p.body_noun}{p.end}"
        return rewrite(src, p, new_item, f'Replaced the figure by "a certain share" of the {base}, which the judgment '
                       f'does not state', mark)
    return None


GOODS = ("货款", "化肥款", "手机款", "购机款", "苗木款")


def unc03_market(src: Src, rng: Random) -> Injection | None:
    """The price of goods "（按付款时的市场价格结算）": neither quantity nor price is stated."""
    if not re.search(r"买卖", cause(src)):
        return None
    for p in (x for x in pays(src) if x.deadline and x.body_noun in GOODS and x.who_role == "被告"
              and x.verb not in ("退还", "返还") and _only_here(src, x)):
        note = "（按付款时的市场价格结算）"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{p.body_noun}{note}{p.end}"
        return rewrite(src, p, new_item, 'Replaced the figure by a settlement at the market price of the day of payment, '
                       'with neither quantity nor price', note)
    return None


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def unc04_formula(src: Src, rng: Random) -> Injection | None:
    """"及利息。利息计算方式为：以…为基数，自…起至实际清偿之日止，按年利率17.4%计算": 4 × the old benchmark."""
    if not _loan_case(src) or not src.date:
        return None
    for it in src.clean_money_items():
        got = interest_clause(it)
        if not got:
            continue
        s, e, date = got
        end = body_end(it.text)
        tail = f"。利息计算方式为：以{it.amounts[0].text}为基数，自{date}起至实际清偿之日止，按年利率17.4%计算"
        text, new_item, _ = item_edit(src, it.index, [(s, e, "及利息"), (end, end, tail)])
        return Injection(text, it.index, f'Moved the interest into a following sentence at 17.4 % a year, four times the 1-year '
                         f'benchmark rate of 4.35 % that the PBOC no longer publishes since 2019 (4 × the 1-year LPR is '
                         f'about 13.8–14.6 % in {src.date.year}): '
                         f'"{quote(it.text, 150)}" → "{quote(new_item, 220)}".', tail[1:])
    return None


def unc04_per_wan(src: Src, rng: Random) -> Injection | None:
    """Sub-items ①②, the interest "按每万元每月170元的标准" (1.7 % a month, 20.4 % a year)."""
    if not _loan_case(src) or not src.date:
        return None
    for it in src.clean_money_items():
        got = interest_clause(it)
        if not got:
            continue
        s, e, date = got
        second = f"利息：以{it.amounts[0].text}为基数，自{date}起按每万元每月170元的标准计算至实际清偿之日止"
        head = sub_items(it, s, second)
        if not head:
            continue
        text, new_item, _ = item_edit(src, it.index, [(0, len(it.text), head + it.text[e:])])
        return Injection(text, it.index, f'Split principal and interest into sub-items ①② with interest at 170元 per 10,000元 '
                         f'a month (20.4 % a year; 4 × the 1-year LPR is about 13.8–14.6 % in {src.date.year}): '
                         f'"{quote(it.text, 150)}" → "{quote(new_item, 220)}".', "按每万元每月170元的标准")
    return None


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["韦德胜", "宋晓红", "邝立新", "樊淑芬"]
MASKED = ["汤某某", "冉某"]
TORT = [(r"交通事故", "系涉案事故中另一车辆的驾驶人"), (r"提供劳务者受害|劳务", "系涉案劳务的另一接受人"),
        (r"建设工程|建房", "系涉案工程的分包人"), (r"侵权", "系涉案纠纷的另一行为人")]
DEBT = [(r"借贷|借款", "系涉案借款的共同借款人"), (r"租赁", "系涉案车辆的共同承租人"), (r"买卖", "系涉案货款的共同付款人"),
        (r"服务|培训|合同", "系涉案合同的共同签约人")]


def _co_debtor(src: Src, rng: Random, table):
    rel = next((r for pat, r in table if re.search(pat, cause(src))), None)
    p = next((x for x in pays(src) if x.deadline and x.who_role == "被告" and x.to_role == "原告"
              and (x.nm or len(src.items) == 1)), None)
    got = add_defendant(src, NAMES, MASKED, rel, pick=int(rng.random() * 4)) if rel and p else None
    return (p, *got) if got else None


def _with_co_debtor(src: Src, got, middle: str, verb: str, what: str) -> Injection | None:
    p, e, new, line = got
    new_item = f"{p.nm}被告{p.who}、被告{new}{period(p)}{middle}向原告{p.to}{verb}{noun_total(p)}{p.amount}{p.end}"
    item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
    return Injection(e.apply(), p.it.index, f'Added a defendant to the party block ("{line}") and the procedural history, '
                     f'and rewrote the item naming both obligors {what}: "{quote(p.it.text, 80)}" → '
                     f'"{quote(new_item, 120)}".', f"、被告{new}{period(p)}{middle}向原告",
                     check=lambda d, n=new: n in {x.name for x in d.parties})


def unc10_fault(src: Src, rng: Random) -> Injection | None:
    """"被告A、被告B于…按各自过错程度向原告Y赔偿…": shares by fault, none stated (按份? in which shares?)."""
    got = _co_debtor(src, rng, TORT)
    return _with_co_debtor(src, got, "按各自过错程度", got[0].verb, "to answer 按各自过错程度 without stating the shares, "
                           "the amount or the form (按份 or 连带)") if got else None


def unc10_each(src: Src, rng: Random) -> Injection | None:
    """"被告A、被告B于…分别向原告Y清偿…": does each owe the whole, or a part, and which?"""
    got = _co_debtor(src, rng, DEBT)
    return _with_co_debtor(src, got, "分别", "清偿", "with 分别 (each the whole sum, or each a part, and which?) and no "
                           "连带/按份 wording") if got else None


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

REPS = ["韩立军", "邹海燕"]


def unc11_representative(src: Src, rng: Random) -> Injection | None:
    """The 法定代表人 of a company party, added under its party line, named in the item in place of the company."""
    orgs = [x for x in src.doc.parties if x.kind != "person" and x.role in ("plaintiff", "defendant")]
    rep = next((r for r in REPS if r not in src.text), None)
    ps = src.span("parties")
    for org in (o for o in orgs if rep and ps and ps[0] <= o.span[0] < ps[1]):
        line_end = src.text.find("\n", org.span[1])
        its = [it for it in src.clean_money_items() if org.name in it.text]
        if line_end < 0 or "法定代表人" in src.text[line_end:line_end + 12] or not its:
            continue
        it = its[0]
        k = it.text.find(org.name)
        e = Edits(src.text)
        line = f"法定代表人：{rep}，该公司执行董事。"
        e.insert(line_end, "\n" + line)
        role = "原告" if org.role == "plaintiff" else "被告"
        text, _new, _ = item_edit(src, it.index, [(k, k + len(org.name), rep)], e)
        return Injection(text, it.index, f'Added the company\'s legal representative under its party line ("{line}") and '
                         f'named him in the item in place of the company party: "{role}{org.name}" → "{role}{rep}".',
                         it.text[max(0, k - 2):k] + rep)
    return None


def unc11_roles(src: Src, rng: Random) -> Injection | None:
    """The role words of obligor and obligee swapped: "被告X…原告Y" → "原告X…被告Y"."""
    people = {x.name for x in src.doc.parties if x.kind == "person"}
    for p in (x for x in pays(src) if x.who_role == "被告" and x.to_role == "原告" and x.who in people):
        t = p.it.text
        a, b = t.find("被告" + p.who), t.find("原告" + p.to)
        if t.count("被告" + p.who) != 1 or t.count("原告" + p.to) != 1 or a < 0 or b < a:
            continue
        text, new_item, _ = item_edit(src, p.it.index, [(a, a + 2, "原告"), (b, b + 2, "被告")])
        return Injection(text, p.it.index, f'Swapped the role words of obligor and obligee, so that the item calls the '
                         f'defendant 原告 and the plaintiff 被告: "{quote(t, 90)}" → "{quote(new_item, 90)}".',
                         f"原告{p.who}")
    return None


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_enforcement, unc01_settlement]),
    "UNC-02": ("interest-bare", "unclear", [unc02_no_end, unc02_formula]),
    "UNC-03": ("vague-standard", "unclear", [unc03_share, unc03_market]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_formula, unc04_per_wan]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_fault, unc10_each]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_representative, unc11_roles]),
}
