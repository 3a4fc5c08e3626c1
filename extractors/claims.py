"""The claims (诉讼请求 / 上诉请求 / 再审请求) as asked, and every amount they name: what the claimant asked for, before
the 事实和理由 told for it. Case systems record the claimed sum (标的额); the checks compare awards and the 案件受理费
with it and read it from here through the shared per-document amounts.
"""

from __future__ import annotations

import re

from extractors.money import amounts_in
from zhixing.document import Document
from zhixing.fields import Claims
from zhixing.memo import per_document

_CLAIMS = re.compile(r"诉讼请求|上诉请求|再审请求|请求判令|请求法院|请求依法|起诉请求")
_REASONS_HEAD = re.compile(r"事实(?:和|与|及)理由")


def operative_start(doc: Document) -> int:
    return doc.operative_items[0].span[0] if doc.operative_items else len(doc.text)


def claims_part(doc: Document) -> tuple[int, str] | None:
    """(offset, text) of the claims: the claims section, else the paragraph that states 诉讼请求 / 请求判令 / 上诉请求."""
    section = doc.section("claims")
    if section:
        return section.span[0], doc.span_text(section.span)
    m = _CLAIMS.search(doc.text, 0, operative_start(doc))
    if not m:
        return None
    start = doc.text.rfind("\n", 0, m.start()) + 1
    end = doc.text.find("\n", m.end())
    return start, doc.text[start:end if end >= 0 else len(doc.text)]


@per_document(maxsize=8)
def claims_asked(claims: str) -> str:
    """The claims text before 事实和理由 / 事实与理由 / 事实及理由: what is asked for, without the story told for it."""
    return _REASONS_HEAD.split(claims, 1)[0]


def find_claims(doc: Document) -> Claims | None:
    """The claims as asked, with their amounts (document offsets, 大写 glosses pointing at the figure they restate)."""
    part = claims_part(doc)
    if part is None:
        return None
    offset, text = part
    asked = claims_asked(text).rstrip()
    if not asked.strip():
        return None
    amounts = [a.model_copy(update={"span": (a.span[0] + offset, a.span[1] + offset)}) for a in amounts_in(asked)]
    return Claims(text=asked, span=(offset, offset + len(asked)), amounts=amounts)
