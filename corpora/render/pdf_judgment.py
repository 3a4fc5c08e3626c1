"""Judgment PDFs laid out with reportlab (running header, page-number footer): wsjd-006.pdf, wsjd-001.pdf,
wsjd-005.pdf; build_judgment_pdf is also used for the encrypted and truncated files."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .fonts import FONT
from .manifest import record, write_expected
from .paths import OUT, PRODUCER
from .pdf_flowables import judgment_flowables, styles
from .sources import Sources, judgment_source


def count_pages(make_doc, flowables_fn) -> int:
    buf = io.BytesIO()
    doc = make_doc(buf, lambda c, d: None)
    doc.build(flowables_fn())
    return doc.page


def build_judgment_pdf(path: Path, lines: list[str], *, header: str | None, footer: str, base=14,
                       encrypt=None, title="", author="") -> int:
    """footer: 'total' -> 第 N 页 共 M 页, 'dash' -> - N -.  Header/footer are drawn at page start (before the body in
    the content stream).  Returns the page count."""
    st = styles(base)
    margins = dict(leftMargin=26 * mm, rightMargin=26 * mm, topMargin=30 * mm, bottomMargin=28 * mm)

    def make_doc(target, on_page, encrypt=None):
        doc = BaseDocTemplate(target, pagesize=A4, invariant=1, encrypt=encrypt, title=title, author=author,
                              creator=PRODUCER, producer=PRODUCER, subject="", **margins)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        return doc

    total = count_pages(make_doc, lambda: judgment_flowables(lines, st))

    def on_page(canvas, doc):
        canvas.saveState()
        w, h = A4
        if header:
            canvas.setFont(FONT, 10.5)
            canvas.drawCentredString(w / 2, h - 17 * mm, header)
            canvas.setLineWidth(0.6)
            canvas.line(doc.leftMargin, h - 19 * mm, w - doc.rightMargin, h - 19 * mm)
        canvas.setFont(FONT, 10.5)
        n = doc.page
        label = f"第 {n} 页 共 {total} 页" if footer == "total" else f"- {n} -"
        canvas.drawCentredString(w / 2, 15 * mm, label)
        canvas.restoreState()

    doc = make_doc(str(path), on_page, encrypt)  # the page-count pass above runs unencrypted
    doc.build(judgment_flowables(lines, st))
    assert doc.page == total
    return total


def render_judgment_pdfs(src: Sources) -> None:
    for doc_id in ("wsjd-006", "wsjd-001"):
        lines = src.judgment(doc_id)
        name = f"{doc_id}.pdf"
        pages = build_judgment_pdf(OUT / name, lines, header=lines[0].strip(), footer="total",
                                   title=f"{lines[2].strip()} {lines[1].replace(' ', '')}", author=lines[0].strip())
        record(name, source_id=doc_id, source=judgment_source(doc_id), format="pdf", pages=pages,
               text_layer="yes",
               expected_text=write_expected(doc_id, lines),
               exercises=["running header line with the court name at the top of every page "
                          f"('{lines[0].strip()}', identical to the body's first line)",
                          "footer page number '第 N 页 共 M 页' on every page",
                          "CJK wrapping at the page width, first-line indent, centred court/title, right-aligned 案号 "
                          "and signature block",
                          "header/footer drawn before the body in each page's content stream"]
               + (["long document: paragraphs broken across many pages"] if pages > 3 else []),
               font="STSong-Light (UniGB-UCS2-H, not embedded)")

    doc_id = "wsjd-005"
    lines = src.judgment(doc_id)
    pages = build_judgment_pdf(OUT / "wsjd-005.pdf", lines, header=None, footer="dash",
                               title=f"{lines[2].strip()} {lines[1].replace(' ', '')}", author=lines[0].strip())
    record("wsjd-005.pdf", source_id=doc_id, source=judgment_source(doc_id), format="pdf", pages=pages,
           text_layer="yes", expected_text=write_expected(doc_id, lines),
           exercises=["footer page numbers written '- N -' (no header)",
                      "paragraphs continued across page breaks"],
           font="STSong-Light (UniGB-UCS2-H, not embedded)")
