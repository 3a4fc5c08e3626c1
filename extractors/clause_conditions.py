"""Conditions in 主文 clauses (used by extractors/clauses.py): whether a comma segment only states when the next
clause applies (一俟… / 待…后 / 如… / …后，), also when its performer is written first (被告X一俟…，即…)."""

from __future__ import annotations

import re

from extractors.clause_lexicon import ANCHOR, ARITHMETIC, CERTAIN_EVENT, CONDITION
from extractors.clause_parties import mentions


def subject_before_condition(text: str, a: int, b: int, names, parties, has_act: bool, nxt: str) -> int | None:
    """被告X一俟其门店转让成功，即… / 被告X待工程结算后，… / 被告X如获得补偿款，则…: a party, then a condition word (not
    被告X退还购车款后，…, where X's own act is the condition); where the condition starts, or None. A segment with an
    act (被告X待原告交付车辆后支付货款) counts only when it ends as a condition or the next starts with 即 / 则 …."""
    seg = text[a:b]
    found = mentions(seg, names, parties)
    if not found or found[0][0] != 0 or found[0][3] is not None:
        return None
    rest = re.match(r"(?:应当|应|须|则)?", seg[found[0][1]:]).end() + found[0][1]
    if not re.match(r"(?:一俟|俟|待|等到|一旦|如果|如|若|倘若|假如)", seg[rest:]) or not is_condition(seg[rest:]) or \
            has_act and not (re.search(r"(?:后|时|的情况下|的前提下)$", seg) or re.match(r"(?:即|就|则|再|方)", nxt)):
        return None
    return a + rest


def is_condition(seg: str) -> bool:
    """一俟… / 待…后 / …退还购车款后，: the segment only states when the next clause applies (扣除…后 is arithmetic)."""
    if ARITHMETIC.match(seg):
        return False
    if re.search(r"(?:之后|以后|后|时|的情况下|的前提下)$", seg) and not CERTAIN_EVENT.search(re.sub(r"^[于在自]", "", seg)):
        return True
    if re.match(r"(?:如果|如|若|倘若|假如|一旦|一俟|俟|待|等到)(?!数|实)", seg) and not ANCHOR.search(seg):
        return True
    m = CONDITION.match(seg)
    return bool(m) and m.end() >= len(seg) - 1
