"""Terms a judgment defines before its 主文 (资金占用损失（以下简称占用损失） / 占用的房屋（以下简称争议房屋）) and an item
then uses in their short form: a check reads what the short form stands for."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.meaning import operative_start
from zhixing.document import Document
from zhixing.memo import per_document

_DEFINED = re.compile(r"[（(](?:以下|下文)?简称[：:]?[“\"]?(?P<short>[\u4e00-\u9fff]{2,10}?)[”\"]?[）)]")
_PHRASE_START = re.compile(r"[，。；、：:\n]")


@dataclass(frozen=True)
class Term:
    short: str
    phrase: str                 # the words before the bracket, back to the clause start
    span: tuple[int, int]       # of the phrase and its bracket in the document


def defined_terms(doc: Document) -> tuple[Term, ...]:
    """Every 以下简称 before the 主文, party aliases included (a check looks for the meaning it needs)."""
    return _terms(doc.text, operative_start(doc))


@per_document(maxsize=8)
def _terms(text: str, stop: int) -> tuple[Term, ...]:
    out = []
    for m in (_DEFINED.finditer(text, 0, stop) if "简称" in text else ()):  # most judgments define no term
        begin = max((x.end() for x in _PHRASE_START.finditer(text, max(0, m.start() - 30), m.start())),
                    default=max(0, m.start() - 30))
        phrase = text[begin:m.start()]
        # 应当赔偿原告由此造成的资金占用损失: the noun after the last 的 is what is named
        noun = phrase.rsplit("的", 1)[-1]
        if len(noun) >= 2:
            begin, phrase = m.start() - len(noun), noun
        out.append(Term(m.group("short"), phrase, (begin, m.end())))
    return tuple(out)
