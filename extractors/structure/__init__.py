"""Structure parser: fills doc_type, header fields, sections, parties, operative items and signature (or press)."""

from __future__ import annotations

from extractors.structure.doctype import detect_doc_type
from extractors.structure.header import instance_from_case_number
from extractors.structure.judgment import missing_sections, parse_judgment
from extractors.structure.press import parse_press
from zhixing.document import Document, Problem


def parse_structure(doc: Document) -> Document:
    """Fill the structure fields of ``doc`` from ``doc.text`` (in place; returns ``doc``)."""
    judgment = parse_judgment(doc.text)
    doc.doc_type = detect_doc_type(doc.text, judgment.header.title_kind)
    if doc.doc_type in ("press_release", "other") and not judgment.anchor_found:
        doc.press = parse_press(doc.text)
        doc.title = doc.press.title
        doc.date = doc.press.date
        return doc
    header = judgment.header
    doc.title = header.title
    doc.court = header.court
    doc.case_number = header.case_number
    doc.instance = instance_from_case_number(header.case_number, header.title)
    doc.parties = judgment.parties
    doc.sections = judgment.sections
    doc.operative_items = judgment.operative_items
    doc.signature = judgment.signature
    doc.date = judgment.date
    doc.missing = missing_sections(doc.doc_type, doc.sections)
    for code, zh, en, absent in (
        ("no_case_number", "未找到案号", "case number not found", doc.case_number is None),
        ("no_court", "未找到法院名称", "court name not found", doc.court is None),
        ("no_operative", "未找到主文（判决如下/裁定如下）", "operative part not found", not doc.operative_items),
        ("no_date", "未找到落款日期", "signature date not found", doc.date is None),
    ):
        if absent:
            doc.warnings.append(Problem(code=code, message=f"{zh} / {en}", stage="structure"))
    if doc.missing:
        doc.warnings.append(Problem(code="missing_sections", stage="structure",
                                    message="未找到以下部分 / sections not found: " + ", ".join(doc.missing)))
    return doc
