"""CON-03 … CON-05, round 10: the interest end moved to a following sentence ("。上述利息计算至本判决宣判之日止") against
本院认为, and 本院认为 rejecting the claimed interest beyond two years against the item; a notary fee nobody claimed
after "；", and the rate one point above the claimed one; the period in a following sentence that names the debt with
another amount, and a bracket "（即借条载明的…元）".
"""

from __future__ import annotations

import re
from decimal import Decimal
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import Edits, Injection, Src, item_edit, quote
from corpora.defects.money import fmt_like
from corpora.defects.unclear import END_RE
from corpora.defects_round4.calc import _interest_item, _other
from corpora.defects_round4.common import pays
from corpora.defects_round5.calc import ENDS
from corpora.defects_round7.common import bare_period
from corpora.defects_round7.contra import _debt_pays
from corpora.defects_round8.common import body_end
from corpora.defects_round8.contra import PAID_RE
from corpora.defects_round10.common import pay_item, rewrite
from corpora.defects_round10.unclear import YEAR_RATE

END_FULL = re.compile(r"至(?:" + END_RE.pattern + r")止?")

# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为


def con03_pronounced(src: Src, rng: Random) -> Injection | None:
    """The end taken out of the clause, another one in a following sentence; 本院认为 runs interest to payment."""
    held = [s for s in (src.section("reasoning") or "").split("。") if re.search(r"予以支持|确定并计算|本院确定", s)]
    said = [m for s in held for m in PAID_RE.finditer(s)]
    got = _interest_item(src) if said else None
    m = END_FULL.search(got[0].text) if got else None
    if not m:
        return None
    it, end = got[0], body_end(got[0].text)
    tail = "。上述利息计算至本判决宣判之日止"
    text, new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), ""), (end, end, tail)])
    return Injection(text, it.index, f'Took the interest end "{m.group(0)}" out of the clause and ended interest in a '
                     f'following sentence on the day the judgment is pronounced, while 本院认为 (not changed) runs it 「{said[-1].group(0)}」: '
                     f'"{quote(it.text, 120)}" → "{quote(new_item, 160)}".', tail[1:])


def con03_cut_off(src: Src, rng: Random) -> Injection | None:
    """本院认为 rejects the claimed interest beyond two years; the item (unchanged) runs it to payment."""
    got, pos = _interest_item(src), _reasoning_insert(src)
    if pos is None or not got or re.search(ENDS, src.section("reasoning") or "") or not PAID_RE.search(src.claims_head()):
        return None
    it, m = got
    sentence = "原告主张利息计算至实际清偿之日，其中超过二年的部分，本院不予支持。"
    e = Edits(src.text)
    e.insert(pos, sentence)
    inj = Injection(e.apply(), it.index, f'Inserted in 本院认为: "{sentence}", while the item keeps its interest running to '
                    f'「{m.group(0)}」 (not changed).', m.group(0), check=lambda d, s=sentence: in_section(d, "reasoning", s))
    inj.wordings = [sentence]
    return inj


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_notary(src: Src, rng: Random) -> Injection | None:
    """"；另支付原告X为固定证据支出的公证费…元": a third head after "；", claimed by nobody."""
    if re.search(r"公证", src.text):
        return None
    for p in (x for x in pays(src) if x.to_role == "原告" and x.value >= 1000):
        ins = f"；另支付原告{p.to}为固定证据支出的公证费{rng.choice([800, 1500])}元"
        end = body_end(p.it.text)
        text, _new, _ = item_edit(src, p.it.index, [(end, end, ins)])
        return Injection(text, p.it.index, f'Added after "；" a notary fee that the claims never ask for (nor the facts '
                         f'mention): "{ins[1:]}".', ins[1:])
    return None


def con04_rate_up(src: Src, rng: Random) -> Injection | None:
    """The rate one point above the rate the claims ask for (and still below the cap)."""
    for it in src.clean_money_items():
        r = YEAR_RATE.search(it.text)
        if not r or not it.interest or r.group(1) not in src.claims_head() or Decimal(r.group(1)) + 1 > Decimal("13.8"):
            continue
        new = r.group(0).replace(r.group(1), f"{Decimal(r.group(1)) + 1}")
        text, _new, _ = item_edit(src, it.index, [(r.start(), r.end(), new)])
        return Injection(text, it.index, f'Raised the interest rate one point above the rate the claims ask for: '
                         f'"{r.group(0)}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def con05_period_sentence(src: Src, rng: Random) -> Injection | None:
    """The period in a following sentence that names the debt with another amount: "。该笔借款33000元限于…付清"."""
    for p, noun in _debt_pays(src):
        if not p.deadline:
            continue
        other = fmt_like(_other(src, p, rng), p.amount)
        tail = f"。该笔{noun}{other}元限于{bare_period(p)}付清"
        return rewrite(src, p, pay_item(p, "", tail), f'Moved the period to a following sentence that names the {noun} '
                       f'as {other}元, against {p.amount} ordered before it', tail[1:])
    return None


PAPERS = ("借条", "欠条", "对账单", "结算单", "送货单", "协议")


def con05_same_as(src: Src, rng: Random) -> Injection | None:
    """"借款30800元（即借条载明的33000元）": a bracket equates the figure with another one."""
    paper = next((w for w in PAPERS if w in (src.section("facts") or "")), None)
    for p, noun in (_debt_pays(src) if paper else ()):
        note = f"（即{paper}载明的{fmt_like(_other(src, p, rng), p.amount)}元）"
        k = p.it.text.find(p.amount) + len(p.amount)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, note)])
        return Injection(text, p.it.index, f'Added a bracket that equates the {noun} ordered with another amount: '
                         f'"{quote(p.it.text, 90)}" → "{quote(new_item, 140)}".', note)
    return None


KINDS = {
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_pronounced, con03_cut_off]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_notary, con04_rate_up]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_period_sentence, con05_same_as]),
}
