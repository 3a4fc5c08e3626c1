"""CON-03 … CON-05, round 16: 本院认为 closed by a partial support that keeps only the interest up to the filing of the case
("对原告主张的利息，本院仅支持截至本案受理之日的部分。"), against an item that runs it to payment; the item's end moved to the
end of the loan's term ("至借款期限届满之日止"; a contract: "至合同履行期限届满之日止"), against 本院认为 that runs it to
payment; a claim withdrawn at trial ("庭审中，原告X撤回要求被告Y支付律师费损失的诉讼请求。") while its item still awards it,
and a rescission of the contract nobody asked for, added as an item ("原告X与被告Y之间的买卖合同于本判决生效之日解除"); 本院认为
closed by the court's confirmation of the defendant's admission of another amount ("被告Y对其所欠原告X借款…元的事实予以认可，
本院予以确认。"), and the plaintiff's own account in the 事实和理由 closed by another amount ("经原告多次催讨，被告Y仍欠…元未付。"; a refund: "…未退。").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src, item_edit
from corpora.defects.money import fmt_like
from corpora.defects_round2.execution import _add
from corpora.defects_round3.execution import _contract
from corpora.defects_round4.common import pays
from corpora.defects_round7.contra import _debt_pays
from corpora.defects_round12.contra import RUNS, _insert, _running
from corpora.defects_round14.contra import PAID, _another
from corpora.defects_round16.common import add_sentence

# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为


def con03_filed(src: Src, rng: Random):
    """本院认为 closed by "对原告主张的利息，本院仅支持截至本案受理之日的部分。"."""
    got = _running(src)
    if not got:
        return None
    it, m, _start = got
    return _insert(src, it, m.group(0), "对原告主张的利息，本院仅支持截至本案受理之日的部分。", "a partial support that "
                   "keeps only the interest up to the day the case was accepted")


def con03_term(src: Src, rng: Random):
    """The item's run to payment moved to "至借款期限届满之日止", while 本院认为 runs it to payment."""
    said = PAID.search(src.section("reasoning") or "")
    if not said:
        return None
    loan = bool(re.search(r"借贷|借款", src.cause()[:80]))
    new = "至借款期限届满之日止" if loan else "至合同履行期限届满之日止"
    for it in (x for x in src.money_items() if x.interest):
        m = RUNS.search(it.text)
        if not m:
            continue
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Ended the item\'s interest at the end of the {"loan" if loan else "contract"}\'s term '
                         f'(the document gives no such day), while 本院认为 (not changed) runs it 「{said.group(0)}」: '
                         f'"{m.group(0)}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_withdrawn(src: Src, rng: Random):
    """The claims closed by the withdrawal of a head at trial, while the item that awards it stays."""
    head, first = src.claims_head(), next((it.index for it in src.money_items()), 0)
    for p in (x for x in pays(src) if x.nm and x.it.index > first and x.to_role == "原告" and x.who_role == "被告"):
        noun = p.body_noun
        if not re.fullmatch(r"[\u4e00-\u9fa5]{2,8}", noun) or not any(k in head for k in (noun, noun.removesuffix("损失"),
                                                                                           noun[-3:])):
            continue
        sentence = f"庭审中，原告{p.to}撤回要求被告{p.who}{p.verb}{noun}的诉讼请求。"
        return add_sentence(src, "claims", sentence, p.it.index, f'Closed the claims with "{sentence}", while item '
                            f'{p.it.index} (not changed) still awards the {noun} ({p.amount}), which nobody claims any more.',
                            p.noun + p.amount)
    return None


def con04_rescind(src: Src, rng: Random):
    """An added item that rescinds the contract, which the claims never ask for (they ask for money)."""
    got = _contract(src)
    if not got or re.search(r"解除", src.claims_head()):
        return None
    p, d, title = got
    body = f"原告{p}与被告{d}之间的{title}于本判决生效之日解除"
    return _add(src, [body], f'Added an item that rescinds the {title}, which the claims never ask for (they ask for payment): '
                f'"{body}".', "于本判决生效之日解除")


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def con05_admitted(src: Src, rng: Random):
    """本院认为 closed by "被告Y对其所欠原告X借款…元的事实予以认可，本院予以确认。" while the item orders another amount."""
    for p, noun in _debt_pays(src):
        other = fmt_like(_another(src, p, rng), p.amount)
        sentence = f"被告{p.who}对其所欠原告{p.to}{noun}{other}元的事实予以认可，本院予以确认。"
        return add_sentence(src, "reasoning", sentence, p.it.index, f'Closed 本院认为 with "{sentence}", while the item (not '
                            f'changed) orders {p.amount} for the same debt and nothing explains the difference.', p.amount)
    return None


def con05_account(src: Src, rng: Random):
    """The plaintiff's account in the 事实和理由 closed by "经原告多次催讨，被告Y仍欠…元未付（未退）。"."""
    if "事实和理由" not in (src.section("claims") or ""):
        return None
    for p, noun in _debt_pays(src):
        other = fmt_like(_another(src, p, rng), p.amount)
        owed = "未退" if p.verb in ("退还", "返还") else "未付"
        sentence = f"经原告多次催讨，被告{p.who}仍欠{noun}{other}元{owed}。"
        return add_sentence(src, "claims", sentence, p.it.index, f'Closed the plaintiff\'s 事实和理由 with "{sentence}", while '
                            f'the claims and the item (not changed) ask and order {p.amount} for the same debt and nothing '
                            f'explains the difference.', p.amount)
    return None


KINDS = {
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_filed, con03_term]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_withdrawn, con04_rescind]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_admitted, con05_account]),
}
