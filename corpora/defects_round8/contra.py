"""CON-03 … CON-05, round 8.

What rounds 1–7 wrote is listed in corpora/defects_round4/calc.py (rounds 1–3), corpora/defects_round5/calc.py (rounds 4
and 5), corpora/defects_round6/calc.py (round 6), corpora/defects_round7/contra.py (round 7) and in the READMEs of rounds
4–7.

Here:
- CON-03: 本院认为 rejects in so many words the end the item keeps ("原告主张利息计至实际清偿之日，缺乏依据，本院不予支持。"),
  and an item that runs interest for a fixed year from its start ("…起…计算满一年为止") against a reasoning that runs it to
  payment.
- CON-04: an unclaimed head in the spoken register ("，另外再赔原告X误工费…元"), and an added item of punitive damages nobody
  asked for ("被告Y按货款…元的三倍向原告X支付惩罚性赔偿金…元").
- CON-05: an enforcement clause that names the debt with another amount ("。逾期未付的，原告X可就欠款…元申请执行"), and an
  added item settling the same debt at another amount ("原告X与被告Y之间的借款按…元结算").
"""

from __future__ import annotations

import re
from decimal import Decimal
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import Edits, Injection, Src, add_items, item_edit
from corpora.defects.money import claim_amounts, fmt_like
from corpora.defects_round4.calc import _interest_item, _other
from corpora.defects_round4.common import pays
from corpora.defects_round5.calc import ENDS
from corpora.defects_round7.contra import _debt_pays
from corpora.defects_round8.common import body_end, cause

# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为

REJECT = "原告主张利息计至实际清偿之日，缺乏依据，本院不予支持。"


def con03_rejected(src: Src, rng: Random) -> Injection | None:
    """本院认为 rejects interest to payment; the item (unchanged) runs it to payment."""
    got, pos = _interest_item(src), _reasoning_insert(src)
    if pos is None or not got or "利息" not in got[0].text or re.search(ENDS, src.section("reasoning") or ""):
        return None
    it, m = got
    e = Edits(src.text)
    e.insert(pos, REJECT)
    inj = Injection(e.apply(), it.index, f'Inserted in 本院认为: "{REJECT}", while the item keeps its interest running to '
                    f'「{m.group(0)}」 (not changed).', m.group(0), check=lambda d: in_section(d, "reasoning", REJECT))
    inj.wordings = [REJECT]
    return inj


PAID_RE = re.compile(r"至(?:款项|欠款|借款)?(?:实际)?(?:付清|还清|清偿|给付|履行|支付)(?:完毕)?之日")


def con03_one_year(src: Src, rng: Random) -> Injection | None:
    """The item runs interest for one year from its start; 本院认为 (unchanged) runs it to payment."""
    held = [s for s in (src.section("reasoning") or "").split("。") if re.search(r"予以支持|确定并计算", s)]
    said = [m for s in held for m in PAID_RE.finditer(s)]
    if not said or any(re.search(r"满一年|届满之日|生效之日|作出之日|送达之日|起诉之日", s) for s in held):
        return None
    if not (got := _interest_item(src)):
        return None
    it, m = got
    s = m.start() - (it.text[m.start() - 1:m.start()] == "至")
    e = m.end() + (it.text[m.end():m.end() + 1] == "止")
    new = "满一年为止"
    text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
    return Injection(text, it.index, f'Replaced the item\'s interest end by a fixed duration of one year from its start: '
                     f'"{it.text[s:e]}" → "{new}", while 本院认为 (not changed) runs it 「{said[-1].group(0)}」.', new)


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_lost_time(src: Src, rng: Random) -> Injection | None:
    """An unclaimed head in the spoken register: "，另外再赔原告X误工费…元"."""
    amounts = claim_amounts(src.claims_head())
    if not amounts or re.search(r"误工", src.section("claims") or ""):
        return None
    for p in pays(src):
        if p.to_role != "原告":
            continue
        n = Decimal(rng.choice([680, 1350]))
        ins = f"，另外再赔{p.to_role}{p.to}误工费{n}元"
        end = body_end(p.it.text)
        text, _new_item, _ = item_edit(src, p.it.index, [(end, end, ins)])
        return Injection(text, p.it.index, f'Added, in the spoken register, a head the claims never ask for (误工费, {n}元; '
                         f'the claims ask at most {max(amounts)}元 and no lost earnings): "{ins[1:]}".', ins[1:])
    return None


def con04_punitive(src: Src, rng: Random) -> Injection | None:
    """An added item of punitive damages, three times the price, that nobody asked for."""
    amounts = claim_amounts(src.claims_head())
    if not amounts or not re.search(r"买卖|服务", cause(src)) or re.search(r"惩罚|三倍|倍赔偿", src.section("claims") or ""):
        return None
    for p in pays(src):
        if p.verb not in ("退还", "返还") or p.to_role != "原告" or p.who_role != "被告" or (not p.nm and len(src.items) > 1):
            continue
        n = p.value * 3
        body = f"被告{p.who}按{p.body_noun}{p.amount}的三倍向原告{p.to}支付惩罚性赔偿金{fmt_like(n, p.amount)}元"
        e = Edits(src.text)
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added an item after item {p.it.index} with punitive damages of three times the '
                         f'price that the claims never ask for; with it the award ({p.value + n}元) exceeds the claims (at '
                         f'most {max(amounts)}元): "{body}".', body, n_items=len(src.items) + 1)
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def con05_enforce(src: Src, rng: Random) -> Injection | None:
    """A second sentence naming the debt with another amount: "。逾期未付的，原告X可就欠款…元申请执行"."""
    for p, noun in _debt_pays(src):
        if not p.deadline:
            continue
        other = fmt_like(_other(src, p, rng), p.amount)
        sentence = f"逾期未付的，原告{p.to}可就欠款{other}元申请执行"
        end = body_end(p.it.text)
        text, _new_item, _ = item_edit(src, p.it.index, [(end, end, "。" + sentence)])
        return Injection(text, p.it.index, f'Added a second sentence whose enforcement clause names the same {noun} as a debt '
                         f'of {other}元 against {p.amount} ordered in the first: "{sentence}".', f"可就欠款{other}元申请执行")
    return None


def con05_settled(src: Src, rng: Random) -> Injection | None:
    """An added item settling the same debt at another amount: "原告X与被告Y之间的借款按…元结算"."""
    for p, noun in _debt_pays(src):
        other = fmt_like(_other(src, p, rng), p.amount)
        body = f"原告{p.to}与被告{p.who}之间的{noun}按{other}元结算"
        e = Edits(src.text)
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added an item after item {p.it.index} that settles the same {noun} at '
                         f'{other}元 against {p.amount} in item {p.it.index}: "{body}".', body, n_items=len(src.items) + 1)
    return None


KINDS = {
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_rejected, con03_one_year]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_lost_time, con04_punitive]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_enforce, con05_settled]),
}
