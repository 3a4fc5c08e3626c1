"""UNC-01 … UNC-11, round 9: wordings and sentence structures that rounds 1–8 do not use, in the formal register of real,
imperfect 主文.

What rounds 1–8 wrote for these kinds is listed in the docstrings of corpora/defects_round4/unclear.py (rounds 1–3),
corpora/defects_round5/unclear.py (rounds 4 and 5), corpora/defects_round6/unclear.py … corpora/defects_round8/unclear.py
and in the READMEs of rounds 4–8.

Here:
- UNC-01: the amount replaced by a reference to an annex the judgment does not have ("…货款，金额详见本判决附件一《货款明细表》"),
  and by a reference to a report whose figure the judgment never states ("按照车辆损失评估报告确定的数额赔偿…").
- UNC-02: "及利息（利息计算方法见本判决附表）" with no annex, and a term defined in 本院认为 without base, rate or dates
  ("…资金占用损失（以下简称占用损失）。") and used in the item ("，并赔偿占用损失").
- UNC-03: the rate replaced by an anaphora to a standard that neither the 主文 nor 本院认为 states ("按本院认定的上述标准"), and
  by the rural folk benchmark "按当地农村信用社同期贷款利率" (which 信用社, which product, which term?).
- UNC-04: interest on default "如…未按期还款，则…按日万分之六…" (21.9 % a year), and a contract rate carried over uncut
  ("按借条约定的年利率15%").
- UNC-10: a second defendant and the collective "两被告" in place of the names, and an added item that refers to another item
  by number ("被告B就本判决第一项确定的款项与被告A共同负责清偿").
- UNC-11: the name of someone from another case left in the item by the template (王盈盈 → 李秀梅), and a surname written
  with its variant character, which the household register keeps apart (闫 / 阎, 于 / 於, 钟 / 锺).
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import (
    Edits,
    Injection,
    Src,
    add_items,
    cn_num,
    item_edit,
    quote,
)
from corpora.defects_round4.common import pays
from corpora.defects_round4.unclear import _loan_pay
from corpora.defects_round5.common import noun_total
from corpora.defects_round5.unclear import _rate_items
from corpora.defects_round6.common import add_defendant
from corpora.defects_round7.unclear import (
    _item_names,
    _lead,
    _loan_case,
    _no_amount,
    _principal_pays,
    _rate_span,
)
from corpora.defects_round8.common import body_end, cause, period, plain_noun

NO_ANNEX = re.compile(r"附件|附表|附图|清单")

# --------------------------------------------------------------------------- UNC-01 a payment item without its amount


def _only_here(src: Src, p) -> bool:
    """No other 主文 item repeats the amount (an interest base would give it away)."""
    return not any(p.amount in it.text for it in src.items if it is not p.it)


def unc01_annex(src: Src, rng: Random) -> Injection | None:
    """The figure replaced by an annex the judgment does not have: "…货款，金额详见本判决附件一《货款明细表》"."""
    if NO_ANNEX.search(src.text):
        return None
    for p in (x for x in pays(src) if x.deadline and plain_noun(x) and _only_here(src, x)):
        noun = plain_noun(p)
        tail = f"，金额详见本判决附件一《{noun}明细表》"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{noun}{tail}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the figure of the payment item by a reference to an annex that the '
                         f'judgment does not contain: "{quote(p.it.text, 90)}" → "{quote(new_item2, 120)}".', tail[1:],
                         check=_no_amount(p.it.index))
    return None


REPORTS = [(r"交通事故|试驾", "车辆损失评估报告"), (r"建设工程|建房|施工", "工程造价鉴定意见书"),
           (r"承揽|清洗", "结算审计报告")]


def unc01_report(src: Src, rng: Random) -> Injection | None:
    """"按照车辆损失评估报告确定的数额赔偿原告X损失": the report is named, its figure is not."""
    report = next((r for pat, r in REPORTS if re.search(pat, cause(src))), None)
    for p in (x for x in pays(src) if report and x.deadline and _only_here(src, x)):
        noun = plain_noun(p)
        if not noun or not re.search(r"损失|赔偿款|工程款|维修费|承揽款", noun):
            continue
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}按照{report}确定的数额{p.verb}{p.to_role}{p.to}{noun}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the figure of the payment item by the amount "determined by" a report '
                         f'the judgment neither quotes nor annexes: "{quote(p.it.text, 90)}" → "{quote(new_item2, 120)}".',
                         f"按照{report}确定的数额", check=_no_amount(p.it.index))
    return None


# --------------------------------------------------------------------------- UNC-02 interest without its elements

PRINCIPAL = ("借款", "借款本金", "货款", "劳务报酬", "劳务费", "工程款", "承揽款", "手机款", "欠款", "化肥款")


def unc02_schedule(src: Src, rng: Random) -> Injection | None:
    """"借款30800元及利息（利息计算方法见本判决附表）", and no 附表."""
    if NO_ANNEX.search(src.text) or not re.search(r"利息|资金占用", src.claims_head()):
        return None  # interest the claims ask for, so that the item does not also go beyond them
    for p in _principal_pays(src, PRINCIPAL):
        k = p.it.text.find(p.amount) + len(p.amount)
        ins = "及利息（利息计算方法见本判决附表）"
        text, _new_item, _ = item_edit(src, p.it.index, [(k, k, ins)])
        return Injection(text, p.it.index, f'Added interest whose base, rate, start and end are left to a schedule the '
                         f'judgment does not contain: "{p.amount}" → "{p.amount}{ins}".', ins[3:])
    return None


def unc02_defined(src: Src, rng: Random) -> Injection | None:
    """A term defined in 本院认为 with no elements ("资金占用损失（以下简称占用损失）") and used in the item."""
    pos = _reasoning_insert(src)
    if pos is None or "以下简称" in (src.section("reasoning") or ""):
        return None
    for p in _principal_pays(src, PRINCIPAL):
        late = "逾期还款" if "借" in p.body_noun else "逾期付款"
        sentence = f"被告{late}，应当赔偿原告由此造成的资金占用损失（以下简称占用损失）。"
        ins = "，并赔偿占用损失"
        e = Edits(src.text)
        e.insert(pos, sentence)
        end = body_end(p.it.text)
        text, _new_item, _ = item_edit(src, p.it.index, [(end, end, ins)], e)
        inj = Injection(text, p.it.index, f'Inserted in 本院认为 a defined term with no base, rate, start or end: '
                        f'"{sentence}", and used it in the item: "{ins[1:]}".', ins[1:],
                        check=lambda d, s=sentence: in_section(d, "reasoning", s))
        inj.wordings = [ins[1:], sentence]
        return inj
    return None


# --------------------------------------------------------------------------- UNC-03 a standard that is not stated

def _in_reasoning(src: Src, m) -> bool:
    """Whether 本院认为 states the rate the item gives."""
    r, num = src.section("reasoning") or "", re.search(r"\d[\d.]*", m.group(0))
    return num.group(0) in r if num else bool(re.search(r"贷款市场报价利率|LPR", r))


def _rate_swap(src: Src, new: str, why: str, loans_only: bool = False, unstated: bool = False) -> Injection | None:
    if loans_only and not _loan_case(src):
        return None
    for it, m in _rate_items(src):
        if unstated and _in_reasoning(src, m):
            continue
        s = _rate_span(it, m)
        text, _new_item, _ = item_edit(src, it.index, [(s, m.end(), new)])
        return Injection(text, it.index, f'Replaced the interest rate by {why}: "{it.text[s:m.end()]}" → "{new}".', new)
    return None


def unc03_above(src: Src, rng: Random) -> Injection | None:
    return _rate_swap(src, "按本院认定的上述标准", "an anaphora (上述标准) to a standard that neither the 主文 nor 本院认为 "
                      "states", unstated=True)


def unc03_credit_union(src: Src, rng: Random) -> Injection | None:
    return _rate_swap(src, "按当地农村信用社同期贷款利率", "the rural folk benchmark of the local credit union's loan rate "
                      "(which 信用社, which product, which term?)", loans_only=True)


# --------------------------------------------------------------------------- UNC-04 a rate above the 4 × LPR cap

def unc04_on_default(src: Src, rng: Random) -> Injection | None:
    """"；如被告Y未按期还款，则自…起按日万分之六计付利息至实际清偿之日止" (21.9 % a year)."""
    if not (got := _loan_pay(src)):
        return None
    p, filed = got
    end = body_end(p.it.text)
    clause = (f"；如{p.who_role}{p.who}未按期还款，则以{p.amount}为基数，自{filed}起按日万分之六计付利息至实际清偿之日止")
    text, _new_item, _ = item_edit(src, p.it.index, [(end, end, clause)])
    return Injection(text, p.it.index, f'Added interest on default at 0.06 % a day (21.9 % a year; the cap of 4 × the 1-year '
                     f'LPR is about 13.8–14.6 % in {src.date.year}): "{clause[1:]}".', "按日万分之六计付利息")


def unc04_agreed(src: Src, rng: Random) -> Injection | None:
    """A contract rate carried over uncut: "按借条约定的年利率15%" (the cap is about 13.8–14.6 %)."""
    if not _loan_case(src) or not src.date:
        return None
    return _rate_swap(src, "按借条约定的年利率15%", f"the rate of the IOU carried over without cutting it to the cap (15 % "
                      f"a year; 4 × the 1-year LPR is about 13.8–14.6 % in {src.date.year})")


# --------------------------------------------------------------------------- UNC-10 several obligors, no liability form

NAMES = ["郜振林", "翟慧芳", "鲍永强", "甘丽萍"]
MASKED = ["邵某某", "龚某"]
RELATION = [(r"借贷|借款", "系被告{who}的配偶"), (r"买卖", "系涉案买卖的共同买受人"), (r"交通事故", "系肇事车辆的出借人"),
            (r"建设工程|建房", "系涉案工程的挂靠承包人"), (r"提供劳务者受害", "系涉案雇佣活动的合伙雇主"),
            (r"劳务|服务|培训|合同", "系涉案款项的共同收款人")]


def _second(src: Src, rng: Random):
    """The first payment item of a person with a period, and a second defendant added: (item, edits, name, line)."""
    p = next((x for x in pays(src) if x.deadline and x.who_role == "被告" and (x.nm or len(src.items) == 1)), None)
    rel = next((r for pat, r in RELATION if re.search(pat, cause(src))), None)
    got = add_defendant(src, NAMES, MASKED, rel.format(who=p.who), pick=int(rng.random() * 4)) if p and rel else None
    return (p, *got) if got else None


def unc10_both(src: Src, rng: Random) -> Injection | None:
    """"两被告于…向原告X偿还借款…": the collective term, no 连带/按份."""
    if not (got := _second(src, rng)):
        return None
    p, e, new, line = got
    new_item = f"{p.nm}两被告{period(p)}向{p.to_role}{p.to}{p.verb}{noun_total(p)}{p.amount}{p.end}"
    text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)], e)
    return Injection(text, p.it.index, f'Added a defendant to the party block ("{line}") and the procedural history, and '
                     f'rewrote the item with the collective "两被告" in place of the names, with no 连带/按份/补充 wording: '
                     f'"{quote(p.it.text, 80)}" → "{quote(new_item2, 100)}".', f"两被告{period(p)}",
                     check=lambda d, n=new: n in {x.name for x in d.parties})


def unc10_jointly(src: Src, rng: Random) -> Injection | None:
    """An added item "被告B就本判决第一项确定的款项与被告A共同负责清偿": 共同负责 is neither 连带 nor 按份."""
    if not (got := _second(src, rng)):
        return None
    p, e, new, line = got
    body = f"被告{new}就本判决第{cn_num(p.it.index)}项确定的款项与被告{p.who}共同负责清偿"
    idx = add_items(src, e, p.it.index, [body])
    return Injection(e.apply(), idx[0], f'Added a defendant to the party block ("{line}") and the procedural history, and an '
                     f'item after item {p.it.index} that refers to it by number and makes the new defendant "共同负责", '
                     f'without the form (连带, 按份, 补充) or the extent: "{body}".', body, n_items=len(src.items) + 1,
                     check=lambda d, n=new: n in {x.name for x in d.parties})


# --------------------------------------------------------------------------- UNC-11 a party name not as in the party block

VARIANT = {"闫": "阎", "阎": "闫", "于": "於", "於": "于", "钟": "锺", "肖": "萧", "萧": "肖", "付": "傅", "傅": "付"}


def _person_edit(src: Src, new_of, why: str) -> Injection | None:
    people = {p.name for p in src.doc.parties if p.kind == "person"}
    for it, name in _item_names(src):
        other = new_of(name) if name in people and "某" not in name else None
        k = it.text.find(name)
        if not other or k < 0 or other in src.text:
            continue
        text, _new_item, _ = item_edit(src, it.index, [(k, k + len(name), other)])
        return Injection(text, it.index, f'Wrote the party\'s name in the item {why}: "{name}" → "{other}".',
                         _lead(it, k) + other)
    return None


RESIDUE = ["张建国", "李秀梅", "王志刚", "刘桂英"]


def unc11_residue(src: Src, rng: Random) -> Injection | None:
    """The name of someone from another case left in the item by the template (张建国 for 孙正元)."""
    free = [n for n in RESIDUE if n not in src.text]
    pick = free[int(rng.random() * len(free))] if free else None
    return _person_edit(src, lambda n: pick if len(n) == 3 else None, "as a name the document never mentions, left over "
                        "from the template of another case")


def unc11_variant(src: Src, rng: Random) -> Injection | None:
    return _person_edit(src, lambda n: VARIANT[n[0]] + n[1:] if n[0] in VARIANT else None,
                        "with the variant character of the surname, a different surname in the household register")


KINDS = {
    "UNC-01": ("amount-missing", "unclear", [unc01_annex, unc01_report]),
    "UNC-02": ("interest-bare", "unclear", [unc02_schedule, unc02_defined]),
    "UNC-03": ("vague-standard", "unclear", [unc03_above, unc03_credit_union]),
    "UNC-04": ("rate-above-cap", "unclear", [unc04_on_default, unc04_agreed]),
    "UNC-10": ("liability-form-missing", "unclear", [unc10_both, unc10_jointly]),
    "UNC-11": ("party-name-mismatch", "unclear", [unc11_residue, unc11_variant]),
}
