"""CON-03 … CON-05, round 13: 本院认为 closing the interest at a date "暂计算至…" and leaving the rest to another suit ("此后
的利息原告可另行主张"), against an item that runs it to payment; the item's end moved to the day the plaintiff applied for
the preservation of property, against 本院认为 that runs it to payment; a collection fee nobody claimed joined to the
item with 同时 ("，同时支付原告Y催收费用600元"); a sum ordered, in the passive, to the defendant, who never counterclaimed
("车辆使用费…元由原告X…支付给被告Y"); the facts closing with the debt in another amount ("经核对，被告X欠原告Y借款…元未还。"), and the item confirming, with 同时, another amount for the debt it orders.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from random import Random

from corpora.defects.calc import in_section
from corpora.defects.common import Edits, Injection, Src, item_edit, quote
from corpora.defects.money import fmt_like
from corpora.defects_round2.execution import _add, _pd
from corpora.defects_round4.calc import _other
from corpora.defects_round4.common import pays
from corpora.defects_round7.contra import _debt_pays
from corpora.defects_round12.contra import RUNS, _insert, _running

# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为


def con03_reserved(src: Src, rng: Random) -> Injection | None:
    """本院认为: "利息暂计算至2023年11月30日，此后的利息原告可另行主张。" — the rest left to another suit."""
    got = _running(src)
    if not got:
        return None
    it, m, start = got
    last = src.date.replace(day=1) - dt.timedelta(days=1)
    if last <= start:
        return None
    sentence = f"利息暂计算至{last.year}年{last.month}月{last.day}日，此后的利息原告可另行主张。"
    return _insert(src, it, m.group(0), sentence, "interest closed at the end of the month before the judgment, the rest "
                   "left to another suit")


def con03_preservation(src: Src, rng: Random) -> Injection | None:
    """The item's end moved to the day the plaintiff applied for preservation, while 本院认为 runs it to payment."""
    reasoning = src.section("reasoning") or ""
    if "财产保全" not in src.text or not re.search(r"至(?:款项)?(?:实际)?(?:付清|还清|清偿)之日", reasoning):
        return None
    for it in (x for x in src.money_items() if x.interest):
        m = RUNS.search(it.text)
        if not m:
            continue
        new = "至原告申请诉讼财产保全之日止"
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        said = re.search(r"至(?:款项)?(?:实际)?(?:付清|还清|清偿)之日", reasoning).group(0)
        return Injection(text, it.index, f'Moved the item\'s interest end to the day the plaintiff applied for the '
                         f'preservation of property, while 本院认为 (not changed) runs it 「{said}」: "{m.group(0)}" → '
                         f'"{new}".', new)
    return None


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_collection(src: Src, rng: Random) -> Injection | None:
    """"，同时支付原告Y催收费用600元": a head joined with 同时 that the claims never ask for."""
    if re.search(r"催收|催讨费", (src.section("claims") or "")):
        return None
    for p in (x for x in pays(src) if x.to_role == "原告" and x.who_role == "被告" and x.value >= 1000
              and re.search(r"借|货款|欠款|租金", x.noun) and x.it.text[:len(x.it.text) - len(x.end)].endswith(x.amount)):
        k = len(p.it.text) - len(p.end)
        add = f"，同时支付原告{p.to}催收费用600元"
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, add)])
        return Injection(text, p.it.index, f'Joined to the item with 同时 a collection fee that the claims never ask for '
                         f'(nor the facts mention): "{quote(p.it.text, 100)}" → "{quote(new_item, 200)}".', add[1:])
    return None


USE = [(r"购车|租车|车辆", "车辆使用费"), (r"早教|培训|健身", "已提供服务的费用")]


def con04_to_defendant(src: Src, rng: Random) -> Injection | None:
    """"车辆使用费…元由原告X于…支付给被告Y": a sum for the defendant, who never counterclaimed (where the plaintiff gets a
    refund for a car or a service he has had the use of)."""
    p, d = _pd(src)
    if not p or "反诉" in src.text or not src.money_items():
        return None
    refunds = [x for x in pays(src) if x.verb in ("退还", "返还") and x.to_role == "原告"]
    facts = (src.section("facts") or "") + src.cause()[:80]
    thing = next((t for pat, t in USE if re.search(pat, facts)), None) if refunds else None
    if not thing:
        return None
    first = src.money_items()[0].amounts[0].value
    amt = max(Decimal(500), (first * Decimal("0.1") / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 100)
    body = f"{thing}{amt}元由原告{p}于本判决生效之日起十日内支付给被告{d}"
    return _add(src, [body], f'Added an item in the passive that orders the plaintiff to pay the defendant, who neither '
                f'counterclaimed nor asked for anything: "{body}".', f"由原告{p}于本判决生效之日起十日内支付给被告{d}")


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def _facts_end(src: Src) -> int | None:
    sp = src.span("facts")
    if not sp:
        return None
    end = sp[1]
    while end > sp[0] and src.text[end - 1] in " \n":
        end -= 1
    return end if src.text[end - 1] == "。" else None


def con05_facts(src: Src, rng: Random) -> Injection | None:
    """The facts close with "经核对，被告X欠原告Y借款33000元未还。" while the item orders 30800元."""
    pos = _facts_end(src)
    for p, noun in (_debt_pays(src) if pos is not None else ()):
        other = fmt_like(_other(src, p, rng), p.amount)
        sentence = f"经核对，被告{p.who}欠原告{p.to}{noun}{other}元未还。"
        e = Edits(src.text)
        e.insert(pos, sentence)
        inj = Injection(e.apply(), p.it.index, f'Inserted at the end of the facts "{sentence}", while the item (not changed) '
                        f'orders {p.amount} for the same debt and nothing explains the difference.', p.amount,
                        check=lambda d, s=sentence: in_section(d, "facts", s))
        inj.wordings = [sentence]
        return inj
    return None


def con05_confirm(src: Src, rng: Random) -> Injection | None:
    """"…偿还原告Y借款30800元，同时确认被告X所负原告Y的借款为33000元": the item orders one sum, confirms another."""
    for p, noun in _debt_pays(src):
        other = fmt_like(_other(src, p, rng), p.amount)
        k = len(p.it.text) - len(p.end)
        add = f"，同时确认被告{p.who}所负原告{p.to}的{noun}为{other}元"
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, add)])
        return Injection(text, p.it.index, f'Joined to the item with 同时 a confirmation of the same debt in another amount '
                         f'({other}元 against {p.amount} ordered): "{quote(p.it.text, 90)}" → "{quote(new_item, 200)}".',
                         add[1:])
    return None


KINDS = {
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_reserved, con03_preservation]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_collection, con04_to_defendant]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_facts, con05_confirm]),
}
