"""CON-03 … CON-05, round 14: 本院认为 closed by a 综上 sentence that runs the interest to the parties' last reconciliation of
accounts ("…至双方最后一次对账之日止的利息"), against an item that runs it to payment; the item's run to payment capped by
a bracket at the day the plaintiff gave notice to rescind the contract, or declared the loan due early ("（最迟计至原告通知
解除合同之日）"), against 本院认为 that runs it to payment; a written apology nobody claimed, added as an item of a tort
judgment ("被告Y于…向原告X书面赔礼道歉"), and child support run "直至原告X大学毕业时止" where the claims stop at eighteen;
the defendant's admission of the debt in another amount closing the defence ("被告Y当庭确认其欠原告X借款…元。"), and the
claims amended to another amount at trial while 本院认为 grants them in full ("庭审中，原告X将诉讼请求变更为…").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src, item_edit
from corpora.defects.money import fmt_like
from corpora.defects_round2.execution import _add, _pd
from corpora.defects_round4.calc import _other
from corpora.defects_round7.contra import _debt_pays
from corpora.defects_round12.contra import RUNS, _insert, _running
from corpora.defects_round14.common import add_sentence

# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为


def con03_summary(src: Src, rng: Random) -> Injection | None:
    """本院认为 closed by "综上，被告X应向原告Y支付…元及自…起至双方最后一次对账之日止的利息。"."""
    got = _running(src)
    if not got:
        return None
    it, m, start = got
    ob = it.obligations[0]
    sentence = (f"综上，被告{ob.obligors[0]}应向原告{ob.obligees[0]}支付{it.amounts[0].text}及自{start.year}年{start.month}月"
                f"{start.day}日起至双方最后一次对账之日止的利息。")
    return _insert(src, it, m.group(0), sentence, "a 综上 sentence that runs the interest to the last reconciliation of "
                   "accounts")


PAID = re.compile(r"至(?:款项|借款|欠款)?(?:实际)?(?:付清|还清|清偿|给付|履行)之日")


def con03_capped(src: Src, rng: Random) -> Injection | None:
    """The item's run to payment capped by a bracket "（最迟计至原告通知解除合同之日）" (a loan: declared due early), while
    本院认为 runs it to payment."""
    said = PAID.search(src.section("reasoning") or "")
    if not said:
        return None
    loan = bool(re.search(r"借贷|借款|债权", src.cause()[:80]))
    cap = "（最迟计至原告宣布借款提前到期之日）" if loan else "（最迟计至原告通知解除合同之日）"
    for it in (x for x in src.money_items() if x.interest):
        m = RUNS.search(it.text)
        if not m:
            continue
        text, _new_item, _ = item_edit(src, it.index, [(m.end(), m.end(), cap)])
        return Injection(text, it.index, f'Capped the item\'s interest, which runs 「{m.group(0)}」, by a bracket that ends it '
                         f'at the latest on the day the plaintiff {"declared the loan due early" if loan else "gave notice to rescind the contract"}, '
                         f'while 本院认为 (not changed) runs it 「{said.group(0)}」: "{m.group(0)}" → "{m.group(0)}{cap}".', cap)
    return None


# --------------------------------------------------------------------------- CON-04 award beyond the claims

TORT = r"侵权|交通事故|受害|著作权|发行权"


def con04_apology(src: Src, rng: Random) -> Injection | None:
    """"被告Y于本判决生效之日起十日内向原告X书面赔礼道歉": a remedy nobody asked for."""
    p, d = _pd(src, one_defendant=False)
    if not p or not src.money_items() or not re.search(TORT, src.cause()[:80]) or re.search(r"道歉|赔礼", src.text):
        return None
    body = f"被告{d}于本判决生效之日起十日内向原告{p}书面赔礼道歉"
    return _add(src, [body], f'Added an item ordering a written apology, which the claims never ask for (they ask for '
                f'money only): "{body}".', f"向原告{p}书面赔礼道歉")


def con04_graduation(src: Src, rng: Random) -> Injection | None:
    """Child support "直至原告X大学毕业时止" where the claims ask for it until eighteen."""
    if not re.search(r"18周岁|十八周岁|成年", src.claims_head()):
        return None
    for it in src.money_items():
        m = re.search(r"直至原告(\S{0,6}?)(?:成年|年满十八周岁|18周岁|十八周岁)时止", it.text)
        if not m or "抚养费" not in it.text:
            continue
        new = f"直至原告{m.group(1)}大学毕业时止"
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Ran the child support beyond the end the claims ask for (eighteen): '
                         f'"{m.group(0)}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def _another(src: Src, p, rng: Random):
    """Round 4's other amount for the same debt (the claims' figure if they give one), 400元 further where round 4 would
    add its fixed 1,200元 or 2,500元 to the award."""
    v = _other(src, p, rng)
    return v + 400 if v - p.value in (1200, 2500) else v


def con05_defence(src: Src, rng: Random) -> Injection | None:
    """The defence closes with "被告Y当庭确认其欠原告X借款33000元。" while the item orders 30800元."""
    if "辩称" not in (src.section("defence") or ""):
        return None
    for p, noun in _debt_pays(src):
        other = fmt_like(_another(src, p, rng), p.amount)
        sentence = f"被告{p.who}当庭确认其欠原告{p.to}{noun}{other}元。"
        return add_sentence(src, "defence", sentence, p.it.index, f'Closed the defence with "{sentence}", while the item '
                            f'(not changed) orders {p.amount} for the same debt and nothing explains the difference.',
                            p.amount)
    return None


def con05_amended(src: Src, rng: Random) -> Injection | None:
    """The claims amended at trial to another amount, "庭审中，原告X将诉讼请求变更为要求被告Y偿还借款…元。", while 本院认为
    grants the claims in full and the item orders the old amount."""
    reasoning = src.section("reasoning") or ""
    if not re.search(r"诉讼请求[^。]{0,20}予以支持", reasoning) or any("驳回" in it.text for it in src.items):
        return None
    for p, noun in _debt_pays(src):
        if p.amount not in src.claims_head():
            continue
        other = fmt_like(_another(src, p, rng), p.amount)
        sentence = f"庭审中，原告{p.to}将诉讼请求变更为要求被告{p.who}{p.verb}{noun}{other}元。"
        return add_sentence(src, "claims", sentence, p.it.index, f'Closed the claims with "{sentence}", while 本院认为 (not '
                            f'changed) grants the claims in full and the item (not changed) orders {p.amount} for the same '
                            f'debt.', p.amount)
    return None


KINDS = {
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_summary, con03_capped]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_apology, con04_graduation]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_defence, con05_amended]),
}
