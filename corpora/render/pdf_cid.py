"""cid-wsjd-004.pdf: a text layer with no Unicode mapping (Type0 Identity-H font, embedded TrueType subset without
a cmap table, no /ToUnicode), written by the small PDF writer in pdf_writer.py."""

from __future__ import annotations

import hashlib
import struct
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from .cjk_layout import layout_judgment
from .fonts import cjk_ttf_or_keep_previous
from .manifest import record, write_expected
from .paths import OUT, PRODUCER
from .pdf_writer import PdfObjects, stream
from .sources import Sources, judgment_source


def strip_ttf_tables(font: bytes, drop: set[str]) -> bytes:
    """Rebuild an sfnt without the tables in ``drop`` (checksums recomputed, head.checkSumAdjustment fixed)."""
    num = struct.unpack(">H", font[4:6])[0]
    tables = {}
    for i in range(num):
        tag, _cs, off, length = struct.unpack(">4sLLL", font[12 + 16 * i: 28 + 16 * i])
        tag = tag.decode("latin-1")
        if tag not in drop:
            tables[tag] = font[off:off + length]
    from reportlab.pdfbase.ttfonts import TTFontMaker

    maker = TTFontMaker()
    for tag, data in sorted(tables.items()):
        maker.add(tag, data)  # zeroes head.checkSumAdjustment and recomputes it
    return maker.makeStream()


def render_cid_pdf(src: Sources) -> None:
    from reportlab.pdfbase.ttfonts import TTFontFile

    name = "cid-wsjd-004.pdf"
    ttf_path = cjk_ttf_or_keep_previous(name)
    if ttf_path is None:
        return
    doc_id = "wsjd-004"
    lines = src.judgment(doc_id)
    ttf = TTFontFile(ttf_path, subfontIndex=0, validate=0)
    scale = 1000.0 / ttf.unitsPerEm

    # subset in order of first appearance; new glyph id = position (reportlab's makeSubset numbering)
    chars = []
    seen = set()
    for ch in "".join(lines):
        if ch not in seen:
            seen.add(ch)
            chars.append(ord(ch))
    glyph_set = {0: 0}  # old glyph -> new glyph, numbered exactly as makeSubset numbers them
    new_gid = {}
    for code in chars:
        old = ttf.charToGlyph.get(code, 0)
        if old not in glyph_set:
            glyph_set[old] = len(glyph_set)
        new_gid[code] = glyph_set[old]
    missing = [chr(c) for c in chars if new_gid[c] == 0]
    if missing:
        print(f"warning: {name}: no glyph for {missing}", file=sys.stderr)
    subset = ttf.makeSubset(chars)
    subset = strip_ttf_tables(subset, {"cmap"})  # no cmap: readers cannot map glyphs back to Unicode

    def gw(code: int) -> float:
        return ttf.hmetrics[ttf.charToGlyph.get(code, 0)][0] * scale

    size = 13.0
    pw, ph = A4
    left, right, top, bottom = 26 * mm, 26 * mm, 30 * mm, 28 * mm
    width = pw - left - right
    lead = size * 1.8
    laid = layout_judgment(lines, lambda c: gw(ord(c)) * size / 1000.0, width, size)
    pages, cur, y = [], [], ph - top
    for text, x, kind in laid:
        s = size + 6 if (kind == "centre" and text == lines[1].strip()) else size
        if kind == "centre" and s != size:
            x = (width - sum(gw(ord(c)) for c in text) * s / 1000.0) / 2
        if y - lead < bottom:
            pages.append(cur)
            cur, y = [], ph - top
        y -= lead * (1.3 if s != size else 1.0)
        if text:
            hexs = "".join(f"{new_gid[ord(c)]:04X}" for c in text)
            cur.append(f"BT /F1 {s:g} Tf 1 0 0 1 {left + x:.2f} {y:.2f} Tm <{hexs}> Tj ET")
    pages.append(cur)

    # widths array: new gid -> width
    widths = {}
    for code in chars:
        widths[new_gid[code]] = round(gw(code))
    max_gid = max(widths)
    warr = "[1 [" + " ".join(str(widths.get(g, 1000)) for g in range(1, max_gid + 1)) + "]]"

    pdf = PdfObjects()
    base_font = "QJXWZT+WenQuanYiMicroHei"
    catalog = pdf.add(b"")  # filled in below
    pages_id = pdf.add(b"")  # filled in below
    fontfile = pdf.add(stream(f"/Length1 {len(subset)}", subset, True))
    bbox = " ".join(str(round(v)) for v in ttf.bbox)
    descriptor = pdf.add(
        f"<< /Type /FontDescriptor /FontName /{base_font} /Flags 4 /FontBBox [{bbox}] /ItalicAngle 0 "
        f"/Ascent {round(ttf.ascent)} /Descent {round(ttf.descent)} /CapHeight {round(ttf.capHeight)} "
        f"/StemV {ttf.stemV} /FontFile2 {fontfile} 0 R >>".encode("latin-1"))
    cidfont = pdf.add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base_font} "
        f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        f"/FontDescriptor {descriptor} 0 R /DW 1000 /W {warr} /CIDToGIDMap /Identity >>".encode("latin-1"))
    type0 = pdf.add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{base_font} /Encoding /Identity-H "
                f"/DescendantFonts [{cidfont} 0 R] >>".encode("latin-1"))
    page_ids = []
    for content_lines in pages:
        content = ("\n".join(content_lines) + "\n").encode("latin-1")
        cid_ = pdf.add(stream("", content, False))
        pid = pdf.add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                  f"/Resources << /Font << /F1 {type0} 0 R >> >> /Contents {cid_} 0 R >>".encode("latin-1"))
        page_ids.append(pid)
    pdf.set(catalog, f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode("latin-1"))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    pdf.set(pages_id, f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode("latin-1"))
    info = pdf.add(f"<< /Producer ({PRODUCER}) /Creator (hand-built Type0 Identity-H without ToUnicode) >>"
               .encode("latin-1"))

    fid = hashlib.md5(b"cid-wsjd-004").hexdigest()
    (OUT / name).write_bytes(pdf.tobytes(root=catalog, info=info, file_id=fid))
    record(name, source_id=doc_id, source=judgment_source(doc_id), format="pdf", pages=len(page_ids),
           text_layer="cid", expected_text=write_expected(doc_id, lines),
           exercises=["text layer without a Unicode mapping: Type0 font, /Encoding /Identity-H, CIDFontType2 with an "
                      "embedded TrueType subset whose cmap table was removed and no /ToUnicode; pdfminer/pdfplumber "
                      "yield '(cid:N)' tokens, so the ingester must detect the garbage and treat the page as "
                      "needing OCR"],
           font=f"subset of {Path(ttf_path).name} (WenQuanYi Micro Hei), glyph ids in order of first appearance",
           notes="Written by a small hand-rolled PDF writer (uncompressed content streams, one BT/Tj per line).")
