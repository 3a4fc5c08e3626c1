"""reportlab flowables for judgment PDFs: styles, the CJK body paragraph and the right-aligned signature line."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer

from .cjk_layout import split_signature, wrap
from .fonts import FONT


def styles(base: float = 14):
    lead = base * 1.75
    return {
        "court": ParagraphStyle("court", fontName=FONT, fontSize=base + 4, leading=(base + 4) * 1.5,
                                alignment=TA_CENTER, wordWrap="CJK"),
        "title": ParagraphStyle("title", fontName=FONT, fontSize=base + 8, leading=(base + 8) * 1.6,
                                alignment=TA_CENTER, wordWrap="CJK", spaceAfter=base * 0.3),
        "caseno": ParagraphStyle("caseno", fontName=FONT, fontSize=base, leading=lead, alignment=TA_RIGHT,
                                 wordWrap="CJK", spaceAfter=base * 0.5),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=base, leading=lead, alignment=TA_JUSTIFY,
                               firstLineIndent=2 * base, wordWrap="CJK"),
        "sign": ParagraphStyle("sign", fontName=FONT, fontSize=base, leading=lead, alignment=TA_RIGHT,
                               wordWrap="CJK", rightIndent=base * 2),
    }


class CJKPara(Flowable):
    """A body paragraph laid out line by line with :func:`wrap`, justified with character spacing (Tc) the way a word
    processor spreads Chinese text, last line ragged.  Splits between lines at page/column breaks.

    reportlab's own Paragraph is not used for body text: when it splits a CJK paragraph across a page break it
    rebuilds the remainder by joining its lines with ASCII spaces, which end up as U+0020 inside the Chinese text of
    the PDF (一、原审判决 遗漏…)."""

    def __init__(self, text: str, style: ParagraphStyle, first_indent: float | None = None,
                 justify_last: bool = False):
        super().__init__()
        self.text, self.style, self.justify_last = text, style, justify_last
        self.first_indent = style.firstLineIndent if first_indent is None else first_indent
        self._lines: list[tuple[str, float, bool]] = []
        self._avail = None

    def _measure(self, ch: str) -> float:
        return pdfmetrics.stringWidth(ch, self.style.fontName, self.style.fontSize)

    def wrap(self, avail_w, avail_h):
        if self._avail != avail_w:
            wrapped = wrap(self.text, avail_w, self._measure, first_width=avail_w - self.first_indent)
            self._lines = [(ln, self.first_indent if k == 0 else 0.0, self.justify_last or k < len(wrapped) - 1)
                           for k, ln in enumerate(wrapped)]
            self._avail = avail_w
        self.width = avail_w
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_w, avail_h):
        self.wrap(avail_w, avail_h)
        n = int((avail_h + 1e-6) // self.style.leading)
        if n <= 0:
            return []
        if n >= len(self._lines):
            return [self]
        head = "".join(t for t, _, _ in self._lines[:n])
        return [CJKPara(head, self.style, self.first_indent, justify_last=True),
                CJKPara(self.text[len(head):], self.style, first_indent=0.0, justify_last=self.justify_last)]

    def draw(self):
        st = self.style
        c = self.canv
        for k, (text, indent, justify) in enumerate(self._lines):
            y = self.height - k * st.leading - st.fontSize - (st.leading - st.fontSize) * 0.35
            t = c.beginText(indent, y)
            t.setFont(st.fontName, st.fontSize)
            if justify and len(text) > 1:
                used = sum(self._measure(ch) for ch in text)
                t.setCharSpace((self.width - indent - used) / (len(text) - 1))
            t.textOut(text)
            c.drawText(t)


class RightLine(Flowable):
    """One unwrapped, right-aligned line drawn with drawRightString.  Used for signature lines because Paragraph
    collapses their full-width spaces (审　判　长　　艾文辉) into single ASCII spaces."""

    def __init__(self, text: str, style: ParagraphStyle):
        super().__init__()
        self.text, self.style = text, style

    def wrap(self, avail_w, avail_h):
        self.avail_w = avail_w
        return avail_w, self.style.leading

    def draw(self):
        st = self.style
        self.canv.setFont(st.fontName, st.fontSize)
        baseline = st.leading - st.fontSize * 1.1
        self.canv.drawRightString(self.avail_w - st.rightIndent, baseline, self.text)


def judgment_flowables(lines: list[str], st) -> list:
    sig = split_signature(lines)
    flow = []
    for i, line in enumerate(lines):
        text = escape(line.strip())
        if i == 0:
            flow.append(Paragraph(text, st["court"]))
        elif i == 1:
            flow.append(Paragraph(text, st["title"]))
        elif i == 2:
            flow.append(Paragraph(text, st["caseno"]))
        elif i >= sig:
            if i == sig:
                flow.append(Spacer(1, st["body"].leading * 0.5))
            flow.append(RightLine(line.strip(), st["sign"]))
        else:
            flow.append(CJKPara(line.strip(), st["body"]))
    return flow
