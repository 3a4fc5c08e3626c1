"""The 案由 (cause of action) of a judgment, as the procedural history states it: "原告X与被告Y民间借贷纠纷一案".

The cause is the run of words between the last party named before 一案 and 一案 itself. Party names and their
aliases mark where it starts; where a name is not among the parties (another court's case, an unknown alias), the
cause starts after the last separator or organisation suffix. Reviewers filter the queue by it.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

CASE_MARK = re.compile(r"(?:纠纷|争议|之诉)(?:案件|一案|两案|二案|系列案)")
# what can come right before the cause: a separator, or the end of an organisation's or a person's role
PUNCTUATION = re.compile(r"[，,、；;：:（）()\s]")
STARTS = re.compile(r"[，,、；;：:（）()\s与诉因]|公司|银行|支行|分行|中心|委员会|医院|学校|事务所|合作社|集团|分局")
ROLE = re.compile(r"(?:原审|反诉)?(?:被上诉人|上诉人|被告|原告|第三人(?!撤销)|被申请人|申请人)")
CAUSE_CHARS = re.compile(r"[\u4e00-\u9fff]+")
MAX_CAUSE = 24
SEARCH_LIMIT = 4000  # the procedural history opens the document; a cause named later is about another case


def find_cause(text: str, party_names: Iterable[str] = ()) -> Optional[tuple[str, tuple[int, int]]]:
    """(cause, span) for the first "…纠纷一案" in the opening part of ``text``, or None."""
    names = sorted({n for n in party_names if n and len(n) >= 2}, key=len, reverse=True)
    for match in CASE_MARK.finditer(text, 0, min(len(text), SEARCH_LIMIT)):
        end = match.start() + 2  # keep 纠纷 / 争议 / 之诉
        # the sentence that names the case: a name in the party block above it says nothing about the cause
        window_start = max(0, end - 80, text.rfind("\n", 0, end) + 1, text.rfind("。", 0, end) + 1)
        window = text[window_start:end]
        by_name = _after_last_name(window, names)
        by_role = _after_last(ROLE, window, 0) or None
        if by_name is not None and (by_role is None or by_name >= by_role):
            start = _after_last(PUNCTUATION, window, by_name)
        else:  # the last party is not among the parties found (a near-miss name, another court's case)
            start = _after_last(STARTS, window, _after_near_miss(window, by_role or 0, names))
        cause = window[start:]
        run = CAUSE_CHARS.fullmatch(cause)
        if run is None or not 2 < len(cause) <= MAX_CAUSE:
            continue
        return cause, (window_start + start, end)
    return None


def _after_last_name(window: str, names: list[str]) -> Optional[int]:
    best = None
    for name in names:
        at = window.rfind(name)
        if at >= 0:
            stop = at + len(name)
            # a closing alias bracket belongs to the name: 华泰证券股份有限公司（以下简称华泰证券公司）证券纠纷
            alias = re.match(r"[（(]以下简称[^）)]{1,20}[）)]", window[stop:])
            if alias:
                stop += alias.end()
            best = stop if best is None else max(best, stop)
    return best


def _after_last(pattern: re.Pattern, window: str, start: int) -> int:
    last = start
    for m in pattern.finditer(window, start, len(window) - 2):
        last = m.end()
    return last


def _after_near_miss(window: str, start: int, names: list[str]) -> int:
    """Skip a name written one character off a party's name (张成 for 张志成): the cause follows it."""
    for name in names:
        for size in (len(name) - 1, len(name), len(name) + 1):
            if size >= 2 and _one_edit(window[start:start + size], name):
                return start + size
    return start


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
