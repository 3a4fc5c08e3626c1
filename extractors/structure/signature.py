"""Signature block: 审判长 / 审判员 / 人民陪审员 / 法官助理 / 书记员 lines and the date."""

from __future__ import annotations

from extractors.dates import parse_cn_date
from extractors.structure.paragraphs import Para, compact
from extractors.structure.patterns import CN_DATE, SIGNATURE_ROLE
from zhixing.document import Signature, SignatureMember


def is_signature_line(text: str) -> bool:
    flat = compact(text)
    m = SIGNATURE_ROLE.match(flat)
    return bool(m) and len(flat) <= 16 and not any(p in flat for p in "，。；：:")


def is_date_line(text: str) -> bool:
    flat = compact(text)
    m = CN_DATE.fullmatch(flat)
    return bool(m)


def signature_range(paras: list[Para], start: int) -> tuple[int, int] | None:
    """(first, last) paragraph indexes of the signature block, searching from ``start``."""
    first = next((p.index for p in paras[start:] if is_signature_line(p.text)), None)
    if first is None:
        dated = next((p.index for p in paras[start:] if is_date_line(p.text)), None)
        return (dated, dated) if dated is not None else None
    last = first
    for para in paras[first + 1:]:
        flat = compact(para.text)
        if is_signature_line(para.text) or is_date_line(para.text) or flat in ("本件与原本核对无异", "本件与原本核对无误") \
                or (len(flat) <= 8 and flat.startswith("（") and flat.endswith("）")):  # （院印）
            last = para.index
        else:
            break
    return first, last


def parse_signature(paras: list[Para], first: int, last: int) -> tuple[Signature, object]:
    """The members and the date; returns (Signature, date or None)."""
    signature = Signature()
    date = None
    for para in paras[first:last + 1]:
        flat = compact(para.text)
        m = SIGNATURE_ROLE.match(flat)
        if m and is_signature_line(para.text):
            role = m.group(1)
            name = m.group(2)
            # span of the name: from the first non-blank character after the role characters
            consumed, i = 0, 0
            while i < len(para.text) and consumed < len(role):
                if not para.text[i].isspace():
                    consumed += 1
                i += 1
            while i < len(para.text) and para.text[i].isspace():
                i += 1
            signature.members.append(SignatureMember(role=role, name=name, span=(para.start + i, para.end)))
        elif is_date_line(para.text):
            signature.date_text = para.text
            signature.date_span = (para.start, para.end)
            date = parse_cn_date(flat)[0]
    return signature, date
