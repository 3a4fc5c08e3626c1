"""Header: court, document title, 案号, and from them doc_type and instance."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.structure.paragraphs import Para, compact
from extractors.structure.patterns import CASE_NUMBER, PARTY_LINE, TITLE


@dataclass
class Header:
    end_para: int = -1          # index of the last header paragraph, -1 when none
    court: str | None = None
    title: str | None = None
    title_kind: str | None = None  # 判决书 / 裁定书 / 调解书 / 决定书
    case_number: str | None = None
    case_number_span: tuple[int, int] | None = None


def parse_header(paras: list[Para]) -> Header:
    """The header is the first lines up to the 案号 (at most six lines, before any party line)."""
    header = Header()
    for para in paras[:6]:
        if PARTY_LINE.match(para.text) and header.title:
            break
        flat = compact(para.text)
        m_case = CASE_NUMBER.search(para.text)
        if m_case and m_case.start() <= 2 and len(para.text) - m_case.end() <= 4:
            header.case_number = m_case.group(0).strip()
            header.case_number_span = (para.start + m_case.start(), para.start + m_case.end())
            header.end_para = para.index
            break
        m_title = TITLE.search(flat)
        if m_title and len(flat) <= 20 and header.title is None:
            header.title = flat
            header.title_kind = m_title.group(2)
            header.end_para = para.index
            continue
        if header.court is None and len(flat) <= 40 and re.search(r"(法院|法庭|分院|仲裁委员会)$", flat):
            header.court = para.text.strip()
            header.end_para = para.index
            continue
        if header.end_para < 0 and len(flat) <= 40 and not PARTY_LINE.match(para.text):
            continue  # a banner line before the court name
        break
    return header


def instance_from_case_number(case_number: str | None, title: str | None = None) -> str | None:
    code = case_number or ""
    if re.search(r"执", code):
        return "enforcement"
    if re.search(r"再|申|监|抗", code):
        return "retrial"
    if re.search(r"终", code):
        return "second"
    if re.search(r"初", code):
        return "first"
    if title:
        if "二审" in title:
            return "second"
        if "一审" in title:
            return "first"
    return "other" if code else None
