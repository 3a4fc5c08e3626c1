"""CON-03 … CON-05, round 15: 本院认为 closed by a question and its answer that end the interest at the first hearing
("关于利息计算的截止时间，应以本案第一次开庭之日为准。"), against an item that runs it to payment; the item's end moved to the
day the parties signed a repayment agreement ("至双方签订还款协议之日止"), against 本院认为 that runs it to payment; child
support that rises every year where the claims ask a fixed sum ("（自2025年起每年在上一年基础上递增10%）"), and half of the
child's future medical costs, which nobody claimed, added as an item ("被告Y另行负担原告X今后医疗费用的百分之五十…"); the
facts closed by the words of an IOU in another amount ("被告Y出具给原告X的欠条载明：“今欠X借款…元。”"; a company's:
"被告Y盖章确认的对账单载明：“尚欠X…元。”"), and the procedural history given the plaintiff's statement of another amount
before "本案现已审理终结" ("原告X当庭陈述被告Y尚欠其…元。").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.calc import in_section
from corpora.defects.common import Edits, Injection, Src, item_edit
from corpora.defects.money import fmt_like
from corpora.defects_round2.execution import _add
from corpora.defects_round4.execution import _child_case
from corpora.defects_round7.contra import _debt_pays
from corpora.defects_round12.contra import RUNS, _insert, _running
from corpora.defects_round14.common import add_sentence
from corpora.defects_round14.contra import PAID, _another

# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为


def con03_hearing(src: Src, rng: Random) -> Injection | None:
    """本院认为 closed by "关于利息计算的截止时间，应以本案第一次开庭之日为准。"."""
    got = _running(src)
    if not got:
        return None
    it, m, _start = got
    return _insert(src, it, m.group(0), "关于利息计算的截止时间，应以本案第一次开庭之日为准。", "a question and its answer "
                   "that end the interest at the first hearing")


def con03_agreement(src: Src, rng: Random) -> Injection | None:
    """The item's run to payment moved to "至双方签订还款协议之日止", while 本院认为 runs it to payment."""
    said = PAID.search(src.section("reasoning") or "")
    if not said:
        return None
    for it in (x for x in src.money_items() if x.interest):
        m = RUNS.search(it.text)
        if not m:
            continue
        new = "至双方签订还款协议之日止"
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Ended the item\'s interest on the day the parties signed a repayment agreement '
                         f'(the document mentions none), while 本院认为 (not changed) runs it 「{said.group(0)}」: '
                         f'"{m.group(0)}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_rising(src: Src, rng: Random) -> Injection | None:
    """Monthly child support that rises by 10 % a year, where the claims ask the same monthly sum, fixed."""
    for it in src.money_items():
        m = re.search(r"每月[^，。；]{0,16}?抚养费(\d+元)", it.text)
        if not m or not re.search(r"每月[^，。；]{0,8}?抚养费" + m.group(1), src.claims_head()) or not src.date:
            continue
        bracket = f"（自{src.date.year + 2}年起每年在上一年基础上递增10%）"
        text, _new_item, _ = item_edit(src, it.index, [(m.end(), m.end(), bracket)])
        return Injection(text, it.index, f'Made the monthly child support rise by 10 % a year, which the claims never ask for '
                         f'(they ask {m.group(1)} a month, fixed): "{m.group(0)}" → "{m.group(0)}{bracket}".', bracket)
    return None


def con04_medical(src: Src, rng: Random) -> Injection | None:
    """An added item: half of the child's future medical costs, which the claims never ask for."""
    got = _child_case(src)
    if not got or not src.money_items() or re.search(r"医疗|医药", src.claims_head()):
        return None
    p, d = got
    body = f"被告{d}另行负担原告{p}今后医疗费用的百分之五十（凭医疗机构票据结算）"
    return _add(src, [body], f'Added an item that puts half of the child\'s future medical costs on the defendant, which the '
                f'claims never ask for (they ask for support only): "{body}".', "今后医疗费用的百分之五十")


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def con05_iou(src: Src, rng: Random) -> Injection | None:
    """The facts close with the words of an IOU (of a company: its statement of account) for the same debt in another
    amount."""
    for p, noun in _debt_pays(src):
        other = fmt_like(_another(src, p, rng), p.amount)
        org = any(x.name == p.who and x.kind == "organisation" for x in src.doc.parties)
        sentence = (f"被告{p.who}盖章确认的对账单载明：“尚欠{p.to}{noun}{other}元。”" if org else
                    f"被告{p.who}出具给原告{p.to}的欠条载明：“今欠{p.to}{noun}{other}元。”")
        return add_sentence(src, "facts", sentence, p.it.index, f'Closed the facts with "{sentence}", while the item (not '
                            f'changed) orders {p.amount} for the same debt and nothing explains the difference.', p.amount)
    return None


def con05_history(src: Src, rng: Random) -> Injection | None:
    """The procedural history gives, before "本案现已审理终结", the plaintiff's statement of another amount."""
    sp = src.span("procedural_history")
    k = src.text.find("本案现已审理终结", *sp) if sp else -1
    if k < 0:
        return None
    for p, noun in _debt_pays(src):
        other = fmt_like(_another(src, p, rng), p.amount)
        sentence = f"原告{p.to}当庭陈述被告{p.who}尚欠其{noun}{other}元。"
        e = Edits(src.text)
        e.insert(k, sentence)
        inj = Injection(e.apply(), p.it.index, f'Put into the procedural history, before "本案现已审理终结", "{sentence}", '
                        f'while the item (not changed) orders {p.amount} for the same debt and nothing explains the '
                        f'difference.', p.amount, check=lambda d, s=sentence: in_section(d, "procedural_history", s))
        inj.wordings = [sentence]
        return inj
    return None


KINDS = {
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_hearing, con03_agreement]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_rising, con04_medical]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_iou, con05_history]),
}
