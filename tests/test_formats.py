"""Every input format of a real document gives the same document; unreadable ones say why.

The files in corpora/formats were rendered from the real documents by corpora/render_formats.py (see its README).
"""

from __future__ import annotations

import pytest

from extractors.formats.pdf import read_pdf
from tests.conftest import CORPORA, GOLD_STRUCTURE, load_gold, resolve_sections
from zhixing.pipeline import process_path

FORMATS = CORPORA / "formats"


def _same_as_gold(doc, gold_id: str, skip: tuple[str, ...] = ()) -> None:
    gold = load_gold(GOLD_STRUCTURE / f"{gold_id}.json")
    expected = [(n, s) for n, s in resolve_sections(doc.text, gold["sections"]) if n not in skip]
    assert [(s.name, tuple(s.span)) for s in doc.sections if s.name not in skip] == expected
    assert [i.text for i in doc.operative_items] == [i["text"] for i in gold["operative_items"]]
    assert (doc.court, doc.case_number, str(doc.date)) == (gold["court"], gold["case_number"], gold["date"])


@pytest.mark.parametrize("name,gold_id,pages", [("wsjd-006.pdf", "wsjd-006", 3), ("wsjd-001.pdf", "wsjd-001", 17),
                                                ("wsjd-005.pdf", "wsjd-005", 4)])
def test_pdf_gives_the_gold_structure(name, gold_id, pages):
    doc = process_path(FORMATS / name)
    assert doc.status == "ok" and doc.source.format == "pdf" and doc.source.pages == pages
    _same_as_gold(doc, gold_id)
    # running headers and page numbers are furniture: out of the text, kept as raw spans
    kinds = {f.kind for f in doc.furniture}
    assert "page_number" in kinds
    assert "第 2 页" not in doc.text and "- 2 -" not in doc.text
    txt = process_path(CORPORA / "judgments" / f"{gold_id}.txt")
    assert "".join(doc.text.split()) == "".join(txt.text.split())


def test_pdf_header_line_repeated_on_every_page_is_furniture():
    doc = process_path(FORMATS / "wsjd-006.pdf")
    headers = [f for f in doc.furniture if f.kind == "page_header"]
    assert [f.page for f in headers] == [1, 2, 3]
    assert all(doc.raw_text[f.raw_span[0]:f.raw_span[1]] == "江西省抚州市东乡区人民法院" for f in headers)
    assert doc.text.startswith("江西省抚州市东乡区人民法院\n民事判决书")


def test_two_column_page_reads_left_column_first():
    doc = process_path(FORMATS / "press-002-twocol.pdf")
    expected = (FORMATS / "expected" / "press-002.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in expected.split("\n") if len(p.strip()) > 30]
    flat = "".join(doc.text.split())
    positions = [flat.find("".join(p.split())) for p in paragraphs]
    assert all(pos >= 0 for pos in positions) and positions == sorted(positions)


@pytest.mark.parametrize("name", ["scan-wsjd-003.pdf", "cid-wsjd-004.pdf"])
def test_pdf_without_usable_text_needs_ocr(name):
    doc = process_path(FORMATS / name)
    assert doc.status == "needs_ocr" and doc.error.code == "needs_ocr"
    assert doc.operative_items == []


def test_pdfplumber_engine_reads_the_same_text():
    data = (FORMATS / "wsjd-005.pdf").read_bytes()
    fast, plumber = read_pdf(data, "pdfium"), read_pdf(data, "pdfplumber")
    assert fast.pages == plumber.pages == 4
    body = lambda raw: "".join(  # noqa: E731
        raw.text[s:e] for s, e in _complement([f.raw_span for f in raw.furniture], len(raw.text))).split()
    assert "".join(body(fast)) == "".join(body(plumber))


def _complement(spans, n):
    pos = 0
    for s, e in sorted(spans):
        yield pos, s
        pos = e
    yield pos, n


def test_docx_reading_order_without_metadata_or_field_residue():
    doc = process_path(FORMATS / "wsjd-006.docx")
    assert doc.status == "ok" and doc.source.format == "docx"
    _same_as_gold(doc, "wsjd-006", skip=("procedural_history",))
    # the party table sits right after the party block, one line per row
    parties_end = doc.section("parties").span[1]
    table = doc.text[parties_end:doc.section("procedural_history").span[1]].strip().split("\n")
    assert table[0] == "当事人\u3000诉讼地位" and table[1].endswith("原告")
    docx2 = process_path(FORMATS / "wsjd-002.docx")
    _same_as_gold(docx2, "wsjd-002")
    for text in (doc.text, docx2.text):
        assert "PAGE" not in text and "NUMPAGES" not in text and "Normal.dotm" not in text
    assert docx2.text.rstrip().endswith("苏\u3000芸")  # nothing after the signature: "- 1 -" field residue dropped


def test_court_web_page_keeps_the_judgment_and_drops_the_site():
    doc = process_path(FORMATS / "wsjd-007.html")
    assert doc.source.format == "html" and doc.source.encoding == "utf-8"
    _same_as_gold(doc, "wsjd-007")
    for chrome in ("首页", "当前位置", "版权所有", "ICP", "上一篇", "相关文书", "_hmt"):
        assert chrome not in doc.text


def test_press_pages_in_utf8_and_gbk():
    doc = process_path(FORMATS / "press-001.html")
    assert doc.doc_type == "press_release" and doc.title == "交叉执行成为破解“执行难”关键抓手"
    assert "打破固有僵局" in doc.text  # <br> inside a sentence joined again
    assert len(doc.press.qa) == 3
    gbk = process_path(FORMATS / "press-004-gbk.html")
    assert gbk.source.encoding == "gbk" and gbk.title == "推进执行改革 不断夯实人民群众获得感"


@pytest.mark.parametrize("name,encoding", [
    ("wsjd-003.utf8.txt", "utf-8"), ("wsjd-003.utf8-bom.txt", "utf-8-sig"), ("wsjd-003.gb18030.txt", "gbk"),
    ("wsjd-003.gbk.txt", "gbk"), ("wsjd-003.utf16.txt", "utf-16"), ("wsjd-003.utf16le-nobom.txt", "utf-16-le")])
def test_text_encodings(name, encoding):
    doc = process_path(FORMATS / name)
    assert doc.source.encoding == encoding
    _same_as_gold(doc, "wsjd-003")
