"""How the clauses of one passage share their terms: a base stated alone before its clause, a rate stated alone after
it (cut by ；), an end for all the clauses above, clauses listed with 、/和/及 sharing the rate and end stated after the
last of them and the start stated before the first, 均按 / 均计算至 sharing a rate and an end across a comma, a rate
stated ahead of consecutive periods, a markup on the rate just stated, and a rate named by reference (按罚息利率).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from extractors.interest_bases import KEYWORD
from extractors.interest_periods import find_end, find_start
from extractors.interest_rates import RATE_REFERENCE, find_rate, raised
from zhixing.fields import Interest


@dataclass
class Draft:
    clause: Interest
    piece: int
    link: str  # the character before the clause's segment: 、 for clauses listed together
    named: bool
    segment: str  # the text the clause was read from (its own text may be only its name)
    kind: str = ""  # the opener that started the segment: period, part, rated, …
    derived: bool = False


def has_rate(c: Interest) -> bool:
    return c.annual_rate_pct is not None or c.rate_text is not None


def join_pieces(drafts: list[Draft]) -> set[int]:
    """Clauses cut by ；: a base stated alone serves the next clause (以借款70万元为本金按以下方式计付：…；2、2004年1月1日
    至…止的利息…); a rate stated alone completes the clause before (…计息本金为40万元；月息按5.85‰计算); a base stated
    alone after a clause naming it takes that clause's terms (…复利按年利率11.7%计算至…止；复利以52650元为基数计付)."""
    covered: set[int] = set()
    k = 0
    while k + 1 < len(drafts):
        a, b = drafts[k], drafts[k + 1]
        ca, cb = a.clause, b.clause
        if b.piece != a.piece + 1:
            k += 1
            continue
        a_terms, b_terms = ca.start or ca.end_kind, cb.start or cb.end_kind
        # (a base named without a figure, 按逾期部分的本金, belongs to its own clause: it is no principal to pass on)
        if ca.base is not None and not (has_rate(ca) or a_terms) and cb.base_text is None and (has_rate(cb) or b_terms):
            cb.base, cb.base_text = ca.base, ca.base_text
            covered.add(a.piece)
            del drafts[k]
            continue
        if has_rate(cb) and not (cb.base_text or b_terms or KEYWORD.search(cb.text)) and not has_rate(ca) \
                and (ca.base_text or a_terms):
            ca.annual_rate_pct, ca.rate_text, ca.lpr_multiple = cb.annual_rate_pct, cb.rate_text, cb.lpr_multiple
            covered.add(b.piece)
            del drafts[k + 1]
            continue
        name = KEYWORD.search(cb.text)
        if cb.base_text and not (has_rate(cb) or b_terms) and name and name.group(0) in ca.text \
                and (has_rate(ca) or a_terms):
            cb.annual_rate_pct, cb.rate_text, cb.start, cb.end_kind, cb.end = \
                ca.annual_rate_pct, ca.rate_text, ca.start, ca.end_kind, ca.end
        k += 1
    return covered


def end_for_the_above(drafts: list[Draft]) -> set[int]:
    """…；上述利息均计算至实际清偿之日止: a sentence that only ends the clauses before it is no clause of its own."""
    covered: set[int] = set()
    for k in range(len(drafts) - 1, 0, -1):
        d, c = drafts[k], drafts[k].clause
        if c.end_kind and not (has_rate(c) or c.base_text or c.start) and d.piece != drafts[k - 1].piece \
                and re.match(r"\s*(?:[0-9一二三四五六七八九十]+[、.．])?(?:上述|以上|前述)", d.segment):
            for other in drafts[:k]:
                if other.clause.end_kind is None:
                    other.clause.end_kind, other.clause.end = c.end_kind, c.end
            covered.add(d.piece)
            del drafts[k]
    return covered


def share_listed(drafts: list[Draft]) -> None:
    """逾期利息以A为基数、复利以B为基数，均按…计算至…: clauses listed with 、 share the rate and end stated after the
    last of them and the start stated before the first; 均按 shares a rate across a ，as well."""
    for a, b in pairwise(drafts):
        if a.piece != b.piece:
            continue
        ca, cb = a.clause, b.clause
        if b.link == "、":
            if not has_rate(ca):
                ca.annual_rate_pct, ca.rate_text, ca.lpr_multiple = cb.annual_rate_pct, cb.rate_text, cb.lpr_multiple
            if ca.end_kind is None:
                ca.end_kind, ca.end = cb.end_kind, cb.end
        if b.link == "、" and cb.start is None:
            cb.start = ca.start
        # 以X元为基数按年利率10%支付利息、按年利率6%支付违约金: a charge listed with its own rate runs on the same base
        if b.link == "、" and b.kind == "rated" and cb.base is None and cb.base_text is None:
            cb.base, cb.base_text = ca.base, ca.base_text
        # 从A起至B止以X为基数…计算的罚息和以Y为基数…计算的复利: the period stated ahead of the first clause
        if b.link in ("和", "及", "与") and cb.start is None and cb.end_kind is None and (ca.start or ca.end_kind):
            cb.start, cb.end_kind, cb.end = ca.start, ca.end_kind, ca.end
    for d in reversed(drafts):  # 均按: a rate named once for every clause of the sentence
        c = d.clause
        if not has_rate(c) and re.search(r"均按|均依照|分别按", c.text):
            for other in drafts:
                if other.piece == d.piece and other is not d and has_rate(other.clause):
                    c.annual_rate_pct, c.rate_text = other.clause.annual_rate_pct, other.clause.rate_text
                    break
    for k, d in enumerate(drafts):  # 复利以A为基数，罚息以B为基数，均按年利率R计算至…: 均 reaches back over the commas
        c = d.clause
        if has_rate(c) and re.search(r"[，,]\s*均(?:按|依照?|以)", d.segment):
            for other in drafts[:k]:
                if other.piece == d.piece and not has_rate(other.clause):
                    o = other.clause
                    o.annual_rate_pct, o.rate_text, o.lpr_multiple = c.annual_rate_pct, c.rate_text, c.lpr_multiple
                    if o.end_kind is None:
                        o.end_kind, o.end = c.end_kind, c.end
    for k, d in enumerate(drafts):  # A自X起按R1计算，B自Y起按R2计算，至实际付清之日止: an end standing alone at the tail
        c = d.clause
        ended = find_end(d.segment)
        if c.end_kind and ended and re.search(r"[，,]\s*(?:均|并)?(?:计算|计付|计)?$", d.segment[:ended[2][0]]) \
                and not re.search(r"[，,]", d.segment[ended[2][1]:].strip("，,。；;）) ")):
            before = [o for o in drafts[:k] if o.piece == d.piece]
            if before and all(o.clause.end_kind is None for o in before) and has_rate(c) \
                    and all(has_rate(o.clause) for o in before):
                for o in before:
                    o.clause.end_kind, o.clause.end = c.end_kind, c.end
    for d in drafts:  # …，均计算至实际清偿之日止: an end named once for every clause of the sentence
        if d.clause.end_kind and re.search(r"均(?:计算|计付|计|算)?(?:至|到)", d.segment):
            for other in drafts:
                if other.piece == d.piece and other.clause.end_kind is None:
                    other.clause.end_kind, other.clause.end = d.clause.end_kind, d.clause.end


def rate_over_periods(drafts: list[Draft]) -> None:
    """并按月利率7.725‰计算，支付自A起至B止的利息…，及C起至实际给付日止的利息: a rate stated ahead of the first period
    governs the periods listed after it."""
    for a, b in pairwise(drafts):
        if a.piece != b.piece or b.kind != "period" or has_rate(b.clause) or not has_rate(a.clause):
            continue
        rate, started = find_rate(a.segment), find_start(a.segment)
        if rate and started and rate[1][0] < started[1][0]:
            b.clause.annual_rate_pct, b.clause.rate_text, b.clause.lpr_multiple = \
                a.clause.annual_rate_pct, a.clause.rate_text, a.clause.lpr_multiple


# 按合同约定的利率加收50% / 在本合同约定借款利率水平上提高百分之五十 / 执行利率基础上上浮50%: the rate stated before
_CONTRACT_RATE = re.compile(r"(?:约定的?|执行|借款|贷款|合同|原)(?:借款|贷款)?(?:执行)?利率(?:水平|基础)?上?")


def rates_from_siblings(drafts: list[Draft]) -> None:
    """罚息利率为贷款利率上浮50%: a markup on the rate stated just before in the sentence; 按罚息利率计收复利 / 按逾期
    利息利率: the rate of the overdue-interest clause stated before in the passage."""
    for k, d in enumerate(drafts):
        c = d.clause
        if has_rate(c):
            continue
        before = [p for p in drafts[:k] if p.clause.annual_rate_pct is not None]
        same = [p for p in before if p.piece == d.piece]
        if not same and _CONTRACT_RATE.search(d.segment):
            same = before[-1:]  # the contract rate named by reference, stated in a sentence before
        if (d.named or _CONTRACT_RATE.search(d.segment)) and same:
            value = raised(same[-1].clause.annual_rate_pct, d.segment)
            if value is not None:
                c.annual_rate_pct, d.derived = value, True
                continue
        if RATE_REFERENCE.search(d.segment):
            penalty = [p for p in before if re.search(r"逾期|罚息", p.segment)]
            if penalty:
                c.annual_rate_pct = penalty[-1].clause.annual_rate_pct
                d.derived = d.derived or d.piece == penalty[-1].piece and d.named


def base_over_periods(drafts: list[Draft]) -> None:
    """以X元为本金，自A至B止，按…计息；自C至实际清偿之日止，按…计收罚息: a period that follows one ending on a fixed
    date runs on the same stated base."""
    for a, b in pairwise(drafts):
        ca, cb = a.clause, b.clause
        opens_with_period = b.kind == "period" or (find_start(b.segment) or (None, (99, 0)))[1][0] <= 1
        if opens_with_period and cb.base is None and cb.base_text is None and ca.base_text is not None \
                and ca.end_kind == "date" and b.piece - a.piece <= 1:
            cb.base, cb.base_text = ca.base, ca.base_text
