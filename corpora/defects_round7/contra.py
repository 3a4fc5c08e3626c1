"""CON-03 … CON-05, round 7.

What rounds 1–6 wrote is listed in corpora/defects_round4/calc.py (rounds 1–3), corpora/defects_round5/calc.py (rounds 4
and 5), corpora/defects_round6/calc.py (round 6) and in the READMEs of rounds 4–6.

Here:
- CON-03: 本院认为 ends interest, topic first with 至于, on "原告起诉前一日" while the item runs it to payment, and an item
  ending interest "至被告收到起诉状副本之日止" against a reasoning that runs it to payment.
- CON-04: a head the claims never ask for, with the verb 承担 ("，并承担原告X为实现债权支出的差旅费…元"), and an added item
  "被告Y另向原告X支付补偿金…元" that takes the award above the claims.
- CON-05: an added item with the verb 欠付 that gives the same debt another amount ("被告Y欠付原告X的借款计…元，由被告Y按前
  项期限清偿"), and an added guarantor's item that states the secured debt with another amount ("被告B对被告Y所负原告X借款
  …元承担连带清偿责任").
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, Decimal
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import Edits, Injection, Src, add_items, item_edit, rel
from corpora.defects.money import claim_amounts, fmt_like
from corpora.defects_round4.calc import _interest_item, _other
from corpora.defects_round4.common import pays
from corpora.defects_round5.calc import ENDS
from corpora.defects_round7.common import add_defendant, cause, plain_noun

# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为


def con03_eve(src: Src, rng: Random) -> Injection | None:
    """本院认为 ends interest on the day before the action was brought; the item runs it to payment (unchanged)."""
    pos = _reasoning_insert(src)
    if pos is None or re.search(ENDS, src.section("reasoning") or ""):
        return None
    got = _interest_item(src)
    if not got or "利息" not in got[0].text:
        return None
    it, m = got
    sentence = "至于利息的截止时间，本院确定为原告起诉前一日。"
    e = Edits(src.text)
    e.insert(pos, sentence)
    inj = Injection(e.apply(), it.index, f'Inserted in 本院认为: "{sentence}", while the item keeps its interest running to '
                    f'「{m.group(0)}」 (not changed).', m.group(0), check=lambda d, s=sentence: in_section(d, "reasoning", s))
    inj.wordings = [sentence]
    return inj


def con03_served(src: Src, rng: Random) -> Injection | None:
    """The item ends interest on the day the defendant received the statement of claim; 本院认为 (unchanged) runs it to
    payment."""
    reasoning = src.section("reasoning") or ""
    said = None
    for said in re.finditer(r"至(?:款项)?(?:实际)?(?:付清|还清|清偿|给付|履行|支付)(?:完毕)?之日", reasoning):
        pass
    if not said or re.search(r"届满之日|生效之日|作出之日|送达之日|立案之日|执行之日|起诉", reasoning):
        return None
    got = _interest_item(src)
    if not got:
        return None
    it, m = got
    new = "被告收到起诉状副本之日"
    text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
    return Injection(text, it.index, f'Changed the item\'s interest end "{m.group(0)}" → "{new}", while 本院认为 (not changed) '
                     f'runs it 「{said.group(0)}」.', f"至{new}")


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_travel(src: Src, rng: Random) -> Injection | None:
    """A head the claims never ask for: "，并承担原告X为实现债权支出的差旅费…元"."""
    claims = src.section("claims") or ""
    amounts = claim_amounts(src.claims_head())
    if not amounts or re.search(r"差旅|交通|车费|路费|油费|实现债权", claims):
        return None
    for p in pays(src):
        if p.to_role != "原告" or "，" in p.it.text[rel(p.it, p.it.amounts[0].span)[1]:]:
            continue
        n = Decimal(rng.choice([860, 1240]))
        ins = f"，并承担{p.to_role}{p.to}为实现债权支出的差旅费{n}元"
        t = p.it.text
        end = len(t) - len(p.end)
        text, _new_item, _ = item_edit(src, p.it.index, [(end, end, ins)])
        return Injection(text, p.it.index, f'Added a head the claims never ask for (差旅费, {n}元; the claims ask at most '
                         f'{max(amounts)}元 and no travel costs): "{ins[1:]}".', ins[1:])
    return None


def con04_extra(src: Src, rng: Random) -> Injection | None:
    """An added item "被告Y另向原告X支付补偿金…元" that takes the award above the claims."""
    amounts = claim_amounts(src.claims_head())
    if not amounts or re.search(r"补偿", src.section("claims") or ""):
        return None
    claim = max(amounts)
    for p in pays(src):
        if p.to_role != "原告" or p.who_role != "被告" or not claim / 2 <= p.value <= claim or (not p.nm and len(src.items) > 1):
            continue
        n = ((claim - p.value + claim * Decimal("0.15")) / 100).to_integral_value(rounding=ROUND_CEILING) * 100
        body = f"被告{p.who}另向原告{p.to}支付补偿金{fmt_like(n, p.amount)}元"
        e = Edits(src.text)
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added an item after item {p.it.index} with a compensation nobody claimed; with '
                         f'it the award ({p.value + n}元) exceeds the claims (at most {claim}元): "{body}".', body,
                         n_items=len(src.items) + 1)
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def _debt_pays(src: Src):
    for p in pays(src):
        noun = plain_noun(p)
        if not noun or noun in ("损失", "费用", "赔偿款", "违约金", "律师费损失") or p.value < 1000:
            continue
        if (not p.nm and len(src.items) > 1) or p.to_role != "原告" or p.who_role != "被告":
            continue
        yield p, noun


def con05_owing(src: Src, rng: Random) -> Injection | None:
    """An added item with 欠付 that gives the same debt another amount: "被告Y欠付原告X的借款计…元，由被告Y按前项期限清偿"."""
    for p, noun in _debt_pays(src):
        other = _other(src, p, rng)
        body = f"被告{p.who}欠付原告{p.to}的{noun}计{fmt_like(other, p.amount)}元，由被告{p.who}按前项期限清偿"
        e = Edits(src.text)
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added an item after item {p.it.index} that states the same {noun} as owed in '
                         f'another amount ({fmt_like(other, p.amount)}元 against {p.amount} in item {p.it.index}): '
                         f'"{body}".', f"欠付原告{p.to}的{noun}计{fmt_like(other, p.amount)}元", n_items=len(src.items) + 1)
    return None


GUARANTORS = ["万振东", "樊秀云"]
MASKED = ["鲍某某", "岑某"]


def con05_guarantor(src: Src, rng: Random) -> Injection | None:
    """An added guarantor whose item states the secured debt with another amount."""
    if not re.search(r"借贷|借款|买卖", cause(src)):
        return None
    for p, noun in _debt_pays(src):
        got = add_defendant(src, GUARANTORS, MASKED, f"系该笔{noun}的连带责任保证人", pick=int(rng.random() * 2))
        if not got:
            return None
        e, new, line = got
        other = _other(src, p, rng)
        body = f"被告{new}对被告{p.who}所负原告{p.to}{noun}{fmt_like(other, p.amount)}元承担连带清偿责任"
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added a guarantor to the party block ("{line}") and the procedural history, and '
                         f'an item after item {p.it.index} that states the secured {noun} with another amount '
                         f'({fmt_like(other, p.amount)}元 against {p.amount}): "{body}".',
                         f"所负原告{p.to}{noun}{fmt_like(other, p.amount)}元承担连带清偿责任", n_items=len(src.items) + 1,
                         check=lambda d, n=new: n in {x.name for x in d.parties})
    return None


KINDS = {
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_eve, con03_served]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_travel, con04_extra]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_owing, con05_guarantor]),
}
