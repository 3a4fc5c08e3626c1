"""PDF: pypdfium2 for text and line geometry (fast), pdfplumber as the second engine and for (cid:N) detection.

Both engines produce line segments; ``pdf_layout`` turns them into reading order, marks running headers, footers and
page numbers as furniture, and finds line wraps. A page without a text layer, or whose text is (cid:N) / U+FFFD
garbage, is reported: the document gets status ``needs_ocr`` when such pages dominate.
"""

from __future__ import annotations

import io
import re

from extractors.formats.base import RawExtraction
from extractors.formats.pdf_layout import (EDGE_ZONE, PageLines, T_line, column_metrics, find_furniture, find_gutter, line_wraps,
                                           order_columns, wrapped_lines)
from zhixing.document import DocFormat, Furniture
from zhixing.errors import IngestError

_CID = re.compile(r"\(cid:\d+\)")


def read_pdf(data: bytes, engine: str = "pdfium") -> RawExtraction:
    pages = _pdfium_pages(data) if engine == "pdfium" else _plumber_pages(data)
    bad_pages = [i for i, page in enumerate(pages) if not _usable(page)]
    if bad_pages and engine == "pdfium":
        # pdfium shows glyph garbage where pdfplumber shows (cid:N): ask pdfplumber about the suspicious pages only
        bad_pages = [i for i in bad_pages if not _plumber_page_usable(data, i)]
    return assemble(pages, bad_pages)


def assemble(pages: list[PageLines], bad_pages: list[int]) -> RawExtraction:
    furniture_marks = find_furniture(pages)
    parts: list[str] = []
    furniture: list[Furniture] = []
    soft_breaks: set[int] = set()
    offset = 0
    previous_last: tuple[T_line, int] | None = None  # last body line of the previous page, and its raw end offset
    for p, page in enumerate(pages):
        body = [ln for i, ln in enumerate(page.lines) if (p, i) not in furniture_marks]
        wraps = wrapped_lines(body)
        if previous_last is not None and body:
            # a paragraph running over the page break: judged with this page's column metrics
            metrics = column_metrics(body)
            if metrics and line_wraps(previous_last[0], body[0], metrics) and previous_last[0][4][-1:] not in "。：:":
                soft_breaks.add(previous_last[1])
        body_index = -1
        for i, line in enumerate(page.lines):
            text = line[4]
            if parts:
                parts.append("\n")
                offset += 1
            kind = furniture_marks.get((p, i))
            if kind:
                furniture.append(Furniture(kind=kind, raw_span=(offset, offset + len(text)), page=p + 1))
            else:
                body_index += 1
                if body_index in wraps:
                    soft_breaks.add(offset + len(text))
                previous_last = (line, offset + len(text))
            parts.append(text)
            offset += len(text)
    text = "".join(parts)
    needs_ocr = bool(pages) and len(bad_pages) * 2 > len(pages)
    if not text.strip() and pages:
        needs_ocr = True
    reason = ""
    if bad_pages:
        reason = "pages without a usable text layer: " + ", ".join(str(i + 1) for i in bad_pages)
    return RawExtraction(text=text, format=DocFormat.pdf, pages=len(pages), furniture=furniture,
                         soft_breaks=soft_breaks, needs_ocr=needs_ocr, ocr_reason=reason)


def _usable(page: PageLines) -> bool:
    text = "".join(ln[4] for ln in page.lines)
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return False
    bad = sum(1 for c in chars if c == "\ufffd" or "\ue000" <= c <= "\uf8ff" or ord(c) < 32)
    cid_chars = sum(len(m) for m in _CID.findall(text))
    if (bad + cid_chars) / len(chars) > 0.2:
        return False
    cjk = sum(1 for c in chars if "\u4e00" <= c <= "\u9fff")
    # a Chinese court PDF whose page has almost no Chinese characters is suspicious: let pdfplumber confirm
    return cjk / len(chars) >= 0.15 or len(chars) < 20


def _pdfium_pages(data: bytes) -> list[PageLines]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise _pdf_error(str(exc)) from exc
    pages = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            rects = [textpage.get_rect(r) for r in range(textpage.count_rects())]
            boxes = [(left, height - top, right, height - bottom, "") for left, bottom, right, top in rects]
            # pdfium may merge a left- and a right-column line on one baseline into one rect: cut at the gutter
            gutter = find_gutter(boxes, width, height)
            if gutter is not None:  # only lines level with the columns are cut, not a title or header above them
                in_columns = [b for b in boxes if (b[2] <= gutter or b[0] >= gutter)
                              and height * EDGE_ZONE < b[1] and b[3] < height * (1 - EDGE_ZONE)]
                columns_top = min(b[1] for b in in_columns) - 1
                columns_bottom = max(b[3] for b in in_columns) + 1
            segments: list[T_line] = []
            for left, bottom, right, top in rects:
                pieces = [(left, right)]
                if gutter is not None and left < gutter - 1 < gutter + 1 < right \
                        and columns_top <= height - top and height - bottom <= columns_bottom:
                    pieces = [(left, gutter), (gutter, right)]
                for a, b in pieces:
                    text = textpage.get_text_bounded(a, bottom, b, top).replace("\r", "").replace("\n", "")
                    if text.strip():
                        segments.append((a, height - top, b, height - bottom, text))
            pages.append(PageLines(width, height, order_columns(segments, width, height)))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return pages


def _open_plumber(data: bytes):
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        return pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect as exc:
        raise IngestError("pdf_encrypted") from exc
    except (PDFSyntaxError, Exception) as exc:  # pdfminer raises many kinds on damaged files
        raise _pdf_error(f"{type(exc).__name__}: {exc}") from exc


def _plumber_pages(data: bytes) -> list[PageLines]:
    pages = []
    with _open_plumber(data) as pdf:
        for page in pdf.pages:
            try:
                lines = page.extract_text_lines(return_chars=False)
            except Exception as exc:
                raise _pdf_error(f"{type(exc).__name__}: {exc}") from exc
            segments = [(ln["x0"], ln["top"], ln["x1"], ln["bottom"], ln["text"]) for ln in lines]
            pages.append(PageLines(float(page.width), float(page.height),
                                   order_columns(segments, float(page.width), float(page.height))))
    return pages


def _plumber_page_usable(data: bytes, index: int) -> bool:
    with _open_plumber(data) as pdf:
        text = pdf.pages[index].extract_text() or ""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return False
    cid_chars = sum(len(m) for m in _CID.findall(text))
    return cid_chars / len(chars) < 0.2 and text.count("\ufffd") / len(chars) < 0.2


def _pdf_error(message: str) -> IngestError:
    lowered = message.lower()
    if "password" in lowered or "encrypt" in lowered or "security" in lowered:
        return IngestError("pdf_encrypted", message)
    return IngestError("pdf_damaged", message)
