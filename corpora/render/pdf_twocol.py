"""press-002-twocol.pdf: a newspaper page in two columns under a full-width headline block."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
)

from .fonts import FONT
from .manifest import record, write_expected
from .paths import OUT, PRODUCER
from .pdf_flowables import CJKPara
from .sources import Sources


def render_twocol_pdf(src: Sources) -> None:
    raw = src.seed("002")
    start = next(i for i, ln in enumerate(raw) if ln.strip() == "人民法院执行到位金额连续三年超2万亿元")
    end = next(i for i, ln in enumerate(raw) if ln.strip().startswith("本报北京1月26日讯"))
    lines = [ln.strip().replace("\u00a0", " ") for ln in raw[start:end + 1] if ln.strip()]
    kicker, headline, dateline, byline = lines[0], lines[1], lines[2], lines[3]
    body = lines[4:]
    base = 11.5
    st_kicker = ParagraphStyle("kicker", fontName=FONT, fontSize=12, leading=18, alignment=TA_CENTER, wordWrap="CJK")
    st_head = ParagraphStyle("head", fontName=FONT, fontSize=22, leading=30, alignment=TA_CENTER, wordWrap="CJK")
    st_small = ParagraphStyle("small", fontName=FONT, fontSize=9, leading=14, alignment=TA_CENTER, wordWrap="CJK")
    st_by = ParagraphStyle("by", fontName=FONT, fontSize=base, leading=base * 1.6, alignment=TA_LEFT,
                           wordWrap="CJK", firstLineIndent=2 * base)
    st_body = ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.6, alignment=TA_JUSTIFY,
                             firstLineIndent=2 * base, wordWrap="CJK")
    st_sub = ParagraphStyle("sub", fontName=FONT, fontSize=base + 1.5, leading=(base + 1.5) * 1.8,
                            alignment=TA_CENTER, wordWrap="CJK")

    header_text = "法治日报　2026年1月27日　星期二　政法"
    path = OUT / "press-002-twocol.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=24 * mm, bottomMargin=18 * mm, title=headline, author="法治日报",
                          creator=PRODUCER, producer=PRODUCER, subject="")
    gap = 8 * mm
    colw = (doc.width - gap) / 2
    title_h = 42 * mm
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f_title = Frame(doc.leftMargin, doc.bottomMargin + doc.height - title_h, doc.width, title_h, id="title", **pad)
    colh1 = doc.height - title_h - 4 * mm
    f_l1 = Frame(doc.leftMargin, doc.bottomMargin, colw, colh1, id="left1", **pad)
    f_r1 = Frame(doc.leftMargin + colw + gap, doc.bottomMargin, colw, colh1, id="right1", **pad)
    f_l = Frame(doc.leftMargin, doc.bottomMargin, colw, doc.height, id="left", **pad)
    f_r = Frame(doc.leftMargin + colw + gap, doc.bottomMargin, colw, doc.height, id="right", **pad)

    def on_page(canvas, d):
        canvas.saveState()
        w, h = A4
        canvas.setFont(FONT, 9)
        canvas.drawString(d.leftMargin, h - 14 * mm, header_text)
        canvas.drawRightString(w - d.rightMargin, h - 14 * mm, f"第{d.page + 2}版")
        canvas.setLineWidth(1.2)
        canvas.line(d.leftMargin, h - 16 * mm, w - d.rightMargin, h - 16 * mm)
        # column rule
        x = d.leftMargin + colw + gap / 2
        top = h - d.topMargin - (title_h + 4 * mm if d.page == 1 else 0)
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(colors.grey)
        canvas.line(x, d.bottomMargin, x, top)
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="first", frames=[f_title, f_l1, f_r1], onPage=on_page),
                          PageTemplate(id="later", frames=[f_l, f_r], onPage=on_page)])
    flow = [Paragraph(escape(kicker), st_kicker), Paragraph(escape(headline), st_head),
            Paragraph(escape(dateline), st_small), NextPageTemplate("later"), FrameBreak(),
            CJKPara(byline, st_by)]
    for ln in body:
        if len(ln) <= 12 and not re.search(r"[。，,：:]", ln) and not ln.startswith("本报"):
            flow.append(Paragraph(escape(ln), st_sub))
        else:
            flow.append(CJKPara(ln, st_body))
    doc.build(flow)
    record("press-002-twocol.pdf", source_id="press-002", source=f"press/seeds/{src.seed_path('002').name}",
           format="pdf", pages=doc.page, text_layer="yes",
           expected_text=write_expected("press-002", lines),
           exercises=["two text columns per page: text flows down the left column, then the right column "
                      "(extractors that group by y interleave the columns)",
                      "full-width headline block above the columns on page 1",
                      f"running header line '{header_text}' + '第N版' with a rule, on every page",
                      "short section subheads centred inside a column"],
           notes="Only the article was laid out (from the kicker line to '本报北京1月26日讯'); the scraped page's "
                 "navigation lines and '相关文章' were dropped; leading spaces stripped; U+00A0 replaced by a space.",
           font="STSong-Light (UniGB-UCS2-H, not embedded)")
