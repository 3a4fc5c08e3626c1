"""The check registry: every check is a small function registered with its stable code, category, severity, legal
basis and the real wordings it is meant to catch. ``run_checks`` runs them all over a document.

A check reads the document (never changes it) and returns findings; the registry turns them into ``Flag`` objects
with the check's code, category and basis. A changed meaning gets a new code version, never a silent edit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable, Literal, Optional

from zhixing.document import Document, Flag, Span

Category = Literal["unclear", "non_executable", "contradiction", "calculation", "citation"]
Severity = Literal["error", "warning", "info"]


@dataclass
class Finding:
    """What a check found: the item, the evidence, a message for the judge, and a proposed wording."""

    message: str
    evidence: list[Span]
    item_index: Optional[int] = None
    suggestion: Optional[str] = None
    severity: Optional[Severity] = None   # overrides the check's default (e.g. a small rounding difference)
    confidence: float = 1.0


@dataclass
class Check:
    code: str
    title: str
    category: Category
    severity: Severity
    basis: str
    examples: list[str]
    run: Callable[..., Iterable[Finding]] = field(repr=False)
    after_rules: bool = False  # a second opinion: runs after the rule checks and sees their flags


CHECKS: dict[str, Check] = {}
_CN = "一二三四五六七八九十"


def item_no(n: int) -> str:
    """第N项 in Chinese numerals, as judgments write it: 1 → 一, 12 → 十二, 21 → 二十一."""
    if n <= 10:
        return _CN[n - 1]
    return ("" if n < 20 else _CN[n // 10 - 1]) + "十" + (_CN[n % 10 - 1] if n % 10 else "")


def quote(text: str, limit: int = 30) -> str:
    """``text`` for a message, cut to about ``limit`` characters with …… where it is longer; never inside a figure or a
    name in quotation marks (“…790” would read as a wrong amount), so the cut moves forward to the end of either."""
    text = text.strip()
    if len(text) <= limit:
        return text
    end = limit
    in_figure = ".,，．"
    while end < len(text) and (text[end - 1].isdigit() or text[end - 1] in in_figure) and \
            (text[end].isdigit() or text[end] in in_figure + "元万"):
        end += 1
    opened = text.rfind("“", 0, end)
    if opened > text.rfind("”", 0, end):
        close = text.find("”", end)
        end = close + 1 if 0 <= close < limit + 40 else opened
    return text[:end].rstrip("，、；") + "……"


_LOG = logging.getLogger(__name__)


def check(code: str, title: str, category: Category, severity: Severity, basis: str, examples: list[str],
          after_rules: bool = False):
    """Register a check function under a stable code."""

    def wrap(fn: Callable[..., Iterable[Finding]]) -> Callable[..., Iterable[Finding]]:
        if code in CHECKS:
            raise ValueError(f"check {code} is already registered")
        CHECKS[code] = Check(code, title, category, severity, basis, examples, fn, after_rules)
        return fn

    return wrap


def run_checks(doc: Document, codes: Iterable[str] | None = None) -> list[Flag]:
    """All flags for ``doc``, ordered by item and position; a failing check is reported as an info flag, not a crash."""
    flags: list[Flag] = []
    if doc.doc_type not in ("judgment", "ruling", "mediation") or not doc.operative_items:
        return flags
    selected = [CHECKS[c] for c in (codes or CHECKS)]
    # rules first, second opinions after, each in registration order
    for spec in [c for c in selected if not c.after_rules] + [c for c in selected if c.after_rules]:
        try:
            findings = list(spec.run(doc, list(flags)) if spec.after_rules else spec.run(doc))
        except Exception as exc:  # a bug in one check must not hide the others
            # said in the log too: an info flag alone is easily overlooked in a batch
            _LOG.warning("check %s failed on %s: %s", spec.code, doc.source.path or "(text)", exc)
            flags.append(Flag(code=spec.code, category=spec.category, severity="info", message=f"检查出错：{exc}",
                              basis=spec.basis, confidence=0.0))
            continue
        for f in findings:
            flags.append(Flag(code=spec.code, category=spec.category, severity=f.severity or spec.severity,
                              item_index=f.item_index, evidence=f.evidence, message=f.message, basis=spec.basis,
                              suggestion=f.suggestion, confidence=f.confidence))
    flags.sort(key=lambda fl: (fl.item_index if fl.item_index is not None else 10**6,
                               fl.evidence[0][0] if fl.evidence else 0, fl.code))
    return flags
