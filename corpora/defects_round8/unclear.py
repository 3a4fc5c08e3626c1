"""UNC-01 … UNC-11, round 8: wordings and sentence structures that rounds 1–7 do not use.

What rounds 1–7 wrote for these kinds is listed in the docstrings of corpora/defects_round4/unclear.py (rounds 1–3),
corpora/defects_round5/unclear.py (rounds 4 and 5), corpora/defects_round6/unclear.py (round 6),
corpora/defects_round7/unclear.py (round 7) and in the READMEs of rounds 4–7.

Here:
- UNC-01: the colloquial 把 form with the debt named and no figure ("被告Y于…把欠原告X的借款还清"), and a drafting template
  whose figure was never filled in ("…偿付原告X货款×××元").
- UNC-02: interest tacked on in the spoken register ("借款30800元外加利息"), and a second clause that says only that the debt
  bears interest by the day ("，所欠借款按日计息，至还清时止": no rate, no base, no start).
- UNC-03: the rate replaced by the spoken "照银行利息" (which bank, which product, which rate?), and by "按一年期贷款市场报价利率
  适当上浮" (a mark-up that is never quantified).
- UNC-04: a folk rate written "按月息一分六" (1.6 % a month, 19.2 % a year), and a bare loan given interest "按年化22%"
  from the filing date.
- UNC-10: two obligors "两人一起" in the spoken register, and an added item "被告B对上述债务承担相应的责任" (neither the form
  nor the extent of the liability is said).
- UNC-11: the city or province unit put into a company's name where the registered name has none (上海苗惠绿化有限公司 →
  上海市苗惠绿化有限公司), and a bank's sub-branch written as the city branch above it (常州武进支行 → 常州分行).
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src, add_items, item_edit, quote
from corpora.defects_round4.common import pays
from corpora.defects_round4.unclear import _loan_pay
from corpora.defects_round5.common import noun_total
from corpora.defects_round5.unclear import _rate_items
from corpora.defects_round7.unclear import _item_names, _lead, _loan_case, _no_amount, _principal_pays, _rate_span
from corpora.defects_round8.common import add_defendant, body_end, cause, period, plain_noun

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount


def unc01_ba(src: Src, rng: Random) -> Injection | None:
    """The colloquial 把 form, the debt named, no figure: "被告Y于…把欠原告X的借款还清"."""
    for p in (x for x in pays(src) if x.deadline and plain_noun(x)):
        noun = plain_noun(p)
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}把欠{p.to_role}{p.to}的{noun}还清{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item in the spoken 把 form, naming the debt but not its '
                         f'amount: "{quote(p.it.text, 90)}" → "{quote(new_item2, 100)}".', f"把欠{p.to_role}{p.to}的{noun}还清",
                         check=_no_amount(p.it.index))
    return None


def unc01_template(src: Src, rng: Random) -> Injection | None:
    """A drafting template whose figure was never filled in: "…货款×××元"."""
    for p in pays(src):
        noun = plain_noun(p)
        if not noun or not p.amount.endswith("元") or "×" in src.text:
            continue
        k = p.it.text.find(p.amount)
        new = "×××元"
        text, _new_item, _ = item_edit(src, p.it.index, [(k, k + len(p.amount), new)])
        return Injection(text, p.it.index, f'Left the figure of the payment item as the unfilled placeholder of a drafting '
                         f'template: "{p.amount}" → "{new}".', f"{noun}{new}", check=_no_amount(p.it.index))
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

def unc02_extra(src: Src, rng: Random) -> Injection | None:
    """Interest tacked on in the spoken register: "借款30800元外加利息"."""
    for p in _principal_pays(src, ("借款", "借款本金", "货款", "劳务报酬", "劳务费", "工程款", "欠款")):
        k = p.it.text.find(p.amount) + len(p.amount)
        text, _new_item, _ = item_edit(src, p.it.index, [(k, k, "外加利息")])
        return Injection(text, p.it.index, f'Added interest in the spoken register with no base, rate, start or end: '
                         f'"{p.amount}" → "{p.amount}外加利息".', p.amount + "外加利息")
    return None


def unc02_daily(src: Src, rng: Random) -> Injection | None:
    """A second clause "，所欠借款按日计息，至还清时止": a daily accrual with no rate, base or start."""
    for p in _principal_pays(src, ("借款", "借款本金", "欠款", "货款")):
        end = body_end(p.it.text)
        ins = f"，所欠{p.body_noun}按日计息，至还清时止"
        text, _new_item, _ = item_edit(src, p.it.index, [(end, end, ins)])
        return Injection(text, p.it.index, f'Added a clause saying only that the debt bears interest by the day until paid, '
                         f'without rate, base or start: "{ins[1:]}".', ins[1:])
    return None


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

def _rate_swap(src: Src, new: str, why: str, lpr_only: bool = False) -> Injection | None:
    for it, m in _rate_items(src):
        if lpr_only and "贷款市场报价利率" not in m.group(0):
            continue
        s = _rate_span(it, m)
        text, _new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Replaced the interest rate by {why}: "{it.text[s:m.end()]}" → "{new}".', new)
    return None


def unc03_bank(src: Src, rng: Random) -> Injection | None:
    return _rate_swap(src, "照银行利息", "the spoken 照银行利息, 'as the bank's interest' (which bank, which product, which "
                      "rate?)")


def unc03_markup(src: Src, rng: Random) -> Injection | None:
    return _rate_swap(src, "按一年期贷款市场报价利率适当上浮", "the 1-year LPR with a mark-up that is never quantified "
                      "(适当上浮)", lpr_only=True)


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def unc04_folk(src: Src, rng: Random) -> Injection | None:
    """A folk rate "按月息一分六" (1.6 % a month, 19.2 % a year) in a loan item."""
    if not _loan_case(src) or not src.date:
        return None
    for it, m in _rate_items(src):
        s = _rate_span(it, m)
        new = "按月息一分六"
        text, _new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Set the rate of the loan in the folk form 月息一分六, i.e. 1.6 % a month (19.2 % a '
                         f'year; the cap of 4 × the 1-year LPR is at most 15.4 % for any contract since 2020-04-20): '
                         f'"{it.text[s:m.end()]}" → "{new}".', "月息一分六")
    return None


def unc04_annualised(src: Src, rng: Random) -> Injection | None:
    """A bare loan given interest "按年化22%" from the filing date."""
    if not (got := _loan_pay(src)):
        return None
    p, filed = got
    end = body_end(p.it.text)
    clause = f"，另按年化22%的利率向{p.to_role}{p.to}支付自{filed}起至还清之日止的利息"
    text, _new_item, _ = item_edit(src, p.it.index, [(end, end, clause)])
    return Injection(text, p.it.index, f'Added interest on the loan at an annualised 22 % (the cap of 4 × the 1-year LPR is '
                     f'about 13.8–14.6 % in {src.date.year}): "{clause[1:]}".', "按年化22%的利率")


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["邱建华", "柯美娟", "段国强", "殷秋菊"]
MASKED = ["郝某", "蔡某某"]
RELATION = [(r"借贷|借款", "系借款时在场并签字的亲属"), (r"买卖", "系涉案交易的共同经手人"), (r"交通事故", "系肇事车辆的登记车主"),
            (r"建设工程|建房", "系涉案工程的带班负责人"), (r"劳务|服务|培训|合同", "系涉案业务的共同经营人")]


def _second(src: Src, rng: Random):
    rel_text = next((r for pat, r in RELATION if re.search(pat, cause(src))), None)
    return add_defendant(src, NAMES, MASKED, rel_text, pick=int(rng.random() * 4)) if rel_text else None


def _with_second(src: Src, rng: Random, alone: bool):
    """The first payment item of a defendant with a period (alone: numbered, or the only item) and a second defendant added
    to the party block: (item, edits, name, party line) or None."""
    p = next((x for x in pays(src) if x.deadline and x.who_role == "被告" and (not alone or x.nm or len(src.items) == 1)),
             None)
    got = _second(src, rng) if p else None
    return (p, *got) if got else None


def unc10_together(src: Src, rng: Random) -> Injection | None:
    """"被告A、被告B两人一起于…向原告X…": 一起 says neither 连带 nor 按份."""
    if not (got := _with_second(src, rng, alone=False)):
        return None
    p, e, new, line = got
    new_item = f"{p.nm}被告{p.who}、被告{new}两人一起{period(p)}向{p.to_role}{p.to}{p.verb}{noun_total(p)}{p.amount}{p.end}"
    text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
    return Injection(text, p.it.index, f'Added a defendant to the party block ("{line}") and the procedural history, and '
                     f'rewrote the item naming both obligors with the spoken 两人一起 and no 连带/按份/补充 wording: '
                     f'"{quote(p.it.text, 80)}" → "{quote(new_item2, 100)}".', f"被告{new}两人一起",
                     check=lambda d, n=new: n in {x.name for x in d.parties})


def unc10_fitting(src: Src, rng: Random) -> Injection | None:
    """An added item "被告B对上述债务承担相应的责任": neither the form nor the extent of the liability."""
    if not (got := _with_second(src, rng, alone=True)):
        return None
    p, e, new, line = got
    body = f"被告{new}对上述债务承担相应的责任"
    idx = add_items(src, e, p.it.index, [body])
    return Injection(e.apply(), idx[0], f'Added a defendant to the party block ("{line}") and the procedural history, and an '
                     f'item after item {p.it.index} that makes the new defendant answer "相应的责任" for it, without the form '
                     f'(连带, 按份, 补充) or the extent: "{body}".', body, n_items=len(src.items) + 1,
                     check=lambda d, n=new: n in {x.name for x in d.parties})


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

UNITS = [("上海", "上海市"), ("杭州", "杭州市"), ("宁波", "宁波市"), ("安徽", "安徽省"), ("浙江", "浙江省")]


def _org_edit(src: Src, new_of, why: str, mark) -> Injection | None:
    orgs = {p.name for p in src.doc.parties if p.kind == "organisation"}
    for it, name in _item_names(src):
        other = new_of(name) if name in orgs else None
        k = it.text.find(name)
        if not other or k < 0 or other in src.text:
            continue
        text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), other)])
        return Injection(text, it.index, f'Wrote the organisation in the item {why}: "{name}" → "{other}".',
                         mark(_lead(it, k), other))
    return None


def unc11_unit(src: Src, rng: Random) -> Injection | None:
    def new_of(name):
        hit = next(((a, b) for a, b in UNITS if name.startswith(a) and not name.startswith(b)), None)
        return hit[1] + name[len(hit[0]):] if hit else None
    return _org_edit(src, new_of, "with an administrative unit (市 / 省) its registered name in the party block does not "
                     "have", lambda lead, other: lead + other[:other.find("有限")])


def unc11_branch(src: Src, rng: Random) -> Injection | None:
    def new_of(name):
        m = re.fullmatch(r"(.*?公司)([\u4e00-\u9fa5]{2})[\u4e00-\u9fa5]{2}支行", name)
        return f"{m.group(1)}{m.group(2)}分行" if m else None
    return _org_edit(src, new_of, "as the city branch above the sub-branch that is the party (支行 → 分行, another "
                     "establishment of the bank)", lambda lead, other: other[other.rfind("公司") + 2:])


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_ba, unc01_template]),
    "UNC-02": ("interest-bare", "unclear", [unc02_extra, unc02_daily]),
    "UNC-03": ("vague-standard", "unclear", [unc03_bank, unc03_markup]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_folk, unc04_annualised]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_together, unc10_fitting]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_unit, unc11_branch]),
}
