"""CON-03 … CON-05, round 9.

What rounds 1–8 wrote is listed in corpora/defects_round4/calc.py (rounds 1–3), corpora/defects_round5/calc.py (rounds 4
and 5), corpora/defects_round6/calc.py, corpora/defects_round7/contra.py, corpora/defects_round8/contra.py and in the
READMEs of rounds 4–8.

Here:
- CON-03: 本院认为 fixes the interest end at a quarter's last day ("综合本案情况，利息以计算至2023年12月31日为宜。") while the item
  runs it to payment; and an item that ends interest "至本判决指定的履行期间届满之日" while 本院认为 runs it to payment.
- CON-04: the premium of a preservation insurance nobody claimed ("，并负担原告X为申请财产保全支出的保险费…元"), and interest
  whose start is moved before the one the claims ask for (the filing date → a year earlier).
- CON-05: an added invoice item that names the price of item 1 with another amount ("原告X收到本判决第一项所列货款72,500元后，
  应向被告Y开具等额发票"), and an added item that deducts a payment from item 1 restated with another amount ("被告Y在诉讼中
  已支付的1,000元，应从本判决第一项所列借款33,300元中予以扣减").
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import Edits, Injection, Src, add_items, cn_num, item_edit
from corpora.defects.money import claim_amounts, fmt_like
from corpora.defects_round3.common import ymd
from corpora.defects_round4.calc import _interest_item, _other
from corpora.defects_round4.common import pays
from corpora.defects_round5.calc import ENDS
from corpora.defects_round7.contra import _debt_pays
from corpora.defects_round8.common import body_end, cause
from corpora.defects_round8.contra import PAID_RE

DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")

# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为


def _quarter_end(src: Src, start: dt.date) -> dt.date | None:
    """The last quarter's end before the judgment, if it falls after the start of the interest."""
    d = src.date
    q = dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1) - dt.timedelta(days=1)
    return q if q > start else None


def con03_quarter(src: Src, rng: Random) -> Injection | None:
    """本院认为 ends interest on a quarter's last day; the item (unchanged) runs it to payment."""
    got, pos = _interest_item(src), _reasoning_insert(src)
    if pos is None or not got or not src.date or re.search(ENDS, src.section("reasoning") or ""):
        return None
    it, m = got
    start = DATE_RE.search(it.text)
    end = _quarter_end(src, dt.date(*map(int, start.groups()))) if start else None
    if not end:
        return None
    sentence = f"综合本案情况，利息以计算至{ymd((end.year, end.month, end.day))}为宜。"
    e = Edits(src.text)
    e.insert(pos, sentence)
    inj = Injection(e.apply(), it.index, f'Inserted in 本院认为: "{sentence}", while the item keeps its interest running to '
                    f'「{m.group(0)}」 (not changed).', m.group(0), check=lambda d, s=sentence: in_section(d, "reasoning", s))
    inj.wordings = [sentence]
    return inj


def con03_period_end(src: Src, rng: Random) -> Injection | None:
    """The item ends interest when the period it sets runs out; 本院认为 (unchanged) runs it to payment."""
    held = [s for s in (src.section("reasoning") or "").split("。") if re.search(r"予以支持|确定并计算|本院确定", s)]
    said = [m for s in held for m in PAID_RE.finditer(s)]
    if not said or any(re.search(r"届满之日|生效之日|作出之日|送达之日|起诉之日", s) for s in held):
        return None
    if not (got := _interest_item(src)):
        return None
    it, m = got
    new = "本判决指定的履行期间届满之日"
    text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
    return Injection(text, it.index, f'Changed the item\'s interest end "{m.group(0)}" → "{new}", while 本院认为 (not changed) '
                     f'runs it 「{said[-1].group(0)}」.', new)


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_premium(src: Src, rng: Random) -> Injection | None:
    """"，并负担原告X为申请财产保全支出的保险费…元": a loss (not a court fee) nobody claimed."""
    amounts = claim_amounts(src.claims_head())
    if not amounts or re.search(r"保全|保险|担保费", src.section("claims") or ""):
        return None
    for p in (x for x in pays(src) if x.to_role == "原告" and x.value >= 5000):
        premium = max(Decimal(300), (p.value * Decimal("0.002")).quantize(Decimal(10)))
        ins = f"，并负担{p.to_role}{p.to}为申请财产保全支出的保险费{premium}元"
        end = body_end(p.it.text)
        text, _new_item, _ = item_edit(src, p.it.index, [(end, end, ins)])
        return Injection(text, p.it.index, f'Added the premium of a preservation insurance, a loss the plaintiff must claim '
                         f'(not a court fee the court allocates of its own motion), which the claims never ask for (they ask '
                         f'at most {fmt_like(max(amounts), "1元")}元 and nothing for preservation): "{ins[1:]}".', ins[1:])
    return None


def con04_earlier(src: Src, rng: Random) -> Injection | None:
    """Interest from a year before the start the claims ask for (the filing date or the date they name)."""
    head = src.claims_head()
    filed = re.search(r"于(\d{4}年\d{1,2}月\d{1,2}日)(?:立案|受理)", src.cause())
    for it in src.clean_money_items():
        m = re.search(r"(?:自|从)(\d{4})年(\d{1,2})月(\d{1,2})日起", it.text)
        if not m or not it.interest:
            continue
        asked = m.group(0)[1:-1]
        if asked not in head and not (filed and filed.group(1) == asked and re.search(r"(?:自|从)(?:起诉|诉讼)之日", head)):
            continue
        new = f"{m.group(0)[0]}{int(m.group(1)) - 1}年{m.group(2)}月{m.group(3)}日起"
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Moved the start of the interest a year before the start the claims ask for '
                         f'({asked}): "{m.group(0)}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def con05_invoice(src: Src, rng: Random) -> Injection | None:
    """An added invoice item that names the price of item 1 with another amount."""
    if not re.search(r"买卖|承揽|服务", cause(src)):
        return None
    for p, noun in _debt_pays(src):
        other = fmt_like(_other(src, p, rng), p.amount)
        body = f"原告{p.to}收到本判决第{cn_num(p.it.index)}项所列{noun}{other}元后，应向被告{p.who}开具等额发票"
        e = Edits(src.text)
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added an invoice item after item {p.it.index} that names the {noun} of item '
                         f'{p.it.index} as {other}元 against {p.amount} ordered there: "{body}".', f"所列{noun}{other}元",
                         n_items=len(src.items) + 1)
    return None


def con05_deduct(src: Src, rng: Random) -> Injection | None:
    """An added item that deducts a payment from item 1, restated with another amount."""
    for p, noun in _debt_pays(src):
        other = _other(src, p, rng)
        paid = Decimal(1000 if p.value >= 5000 else 500)
        if other - paid == p.value:
            other += 300
        body = (f"被告{p.who}在诉讼中已支付的{fmt_like(paid, p.amount)}元，应从本判决第{cn_num(p.it.index)}项所列{noun}"
                f"{fmt_like(other, p.amount)}元中予以扣减")
        e = Edits(src.text)
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added an item after item {p.it.index} that deducts a payment from the {noun} of '
                         f'item {p.it.index}, restated as {fmt_like(other, p.amount)}元 against {p.amount} ordered there: '
                         f'"{body}".', f"所列{noun}{fmt_like(other, p.amount)}元中予以扣减", n_items=len(src.items) + 1)
    return None


KINDS = {
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_quarter, con03_period_end]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_premium, con04_earlier]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_invoice, con05_deduct]),
}
