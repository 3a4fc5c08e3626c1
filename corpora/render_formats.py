#!/usr/bin/env python3
"""Render real court judgments and press pieces into the file formats the ingester must read.

Run from the repository root:

    .venv/bin/python corpora/render_formats.py [--src /work/shared/corpora]

By default the sources are the repository's copies (corpora/judgments/, corpora/press/) when present, else the shared
corpus (/work/shared/corpora/judgments-full/, press/seeds/); both hold the same bytes.

Writes into corpora/formats/ (next to this script).  The output is deterministic: running the script twice gives
byte-identical files (reportlab ``invariant=1``, fixed DOCX core properties and zip timestamps, seeded noise).
The generated files are committed; tests read them and never run this script.

Inputs (UTF-8, see the source corpus' PROVENANCE.md):
  wsjd-NNN.txt   judgments, one paragraph per line (court, title, 案号, parties, ..., signature, date)
  NNN_*.txt      press pieces (scraped pages)

Fonts: every normal PDF uses reportlab's built-in CID font STSong-Light (UniGB-UCS2-H, not embedded), so no font
file is needed.  Two outputs need a real CJK TrueType font (fonts-wqy-microhei, ``apt-get install
fonts-wqy-microhei``): scan-wsjd-003.pdf (text rasterised with Pillow) and cid-wsjd-004.pdf (embedded Identity-H
subset without a ToUnicode map).  Without that font those two files are left as they are and a warning is printed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "formats"
EXPECTED = OUT / "expected"
DEFAULT_SRC = Path("/work/shared/corpora")

FONT = "STSong-Light"
CJK_TTF_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
]
PRODUCER = "zhixing corpora/render_formats.py"

SIGNATURE_RE = re.compile(
    r"^(审[\s\u3000]*判[\s\u3000]*长|审[\s\u3000]*判[\s\u3000]*员|代理审判员|人民陪审员|法官助理|"
    r"书[\s\u3000]*记[\s\u3000]*员|本件与原本核对无异)"
    r"|^[〇○零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$"
)

MANIFEST: list[dict] = []


# ----------------------------------------------------------------------------------------------- sources

class Sources:
    def __init__(self, judgments: Path, seeds: Path):
        self.judgments, self.seeds = judgments, seeds

    @classmethod
    def from_root(cls, root: Path) -> "Sources":
        """The shared corpus layout: ROOT/judgments-full/wsjd-NNN.txt, ROOT/press/seeds/NNN_*.txt."""
        return cls(root / "judgments-full", root / "press" / "seeds")

    @classmethod
    def default(cls) -> "Sources":
        """The repository's own copies (corpora/judgments, corpora/press; byte-identical to the shared corpus) when
        present, else the shared corpus at /work/shared/corpora."""
        if (HERE / "judgments" / "wsjd-001.txt").is_file() and list((HERE / "press").glob("002_*.txt")):
            return cls(HERE / "judgments", HERE / "press")
        return cls.from_root(DEFAULT_SRC)

    def judgment(self, doc_id: str) -> list[str]:
        text = (self.judgments / f"{doc_id}.txt").read_text(encoding="utf-8")
        return [ln for ln in text.split("\n") if ln.strip()]

    def judgment_text(self, doc_id: str) -> str:
        return (self.judgments / f"{doc_id}.txt").read_text(encoding="utf-8")

    def seed_path(self, num: str) -> Path:
        (path,) = sorted(self.seeds.glob(f"{num}_*.txt"))
        return path

    def seed(self, num: str) -> list[str]:
        return self.seed_path(num).read_text(encoding="utf-8").split("\n")


def judgment_source(doc_id: str) -> str:
    return f"judgments-full/{doc_id}.txt"


def write_expected(name: str, paragraphs: list[str]) -> str:
    EXPECTED.mkdir(parents=True, exist_ok=True)
    path = EXPECTED / f"{name}.txt"
    path.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    return f"expected/{name}.txt"


def record(file: str, **info) -> None:
    data = (OUT / file).read_bytes()
    entry = {"file": file}
    entry.update(info)
    entry["bytes"] = len(data)
    entry["sha256"] = hashlib.sha256(data).hexdigest()
    MANIFEST.append(entry)


def split_signature(lines: list[str]) -> int:
    """Index of the first line of the trailing signature block (len(lines) if none)."""
    i = len(lines)
    while i > 0 and SIGNATURE_RE.search(lines[i - 1].strip()):
        i -= 1
    return i


# ----------------------------------------------------------------------------------------------- PDF (reportlab)

pdfmetrics.registerFont(UnicodeCIDFont(FONT))



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


def _encrypt_cid_system_info(path: Path, enc) -> None:
    """reportlab writes the CIDSystemInfo strings of its built-in CID fonts as raw literals ('(Adobe)', '(GB1)'),
    which it does not encrypt.  A reader that decrypts them (pdfminer) gets garbage, loses the Adobe-GB1 mapping and
    returns (cid:N) even with the right password.  Encrypt them the way every other string is encrypted (RC4 with the
    object key) and shift the xref offsets accordingly."""
    from reportlab.lib.pdfencrypt import encodePDF

    data = path.read_bytes()
    pos = data.index(b"/CIDSystemInfo")
    obj_start = data.rindex(b" 0 obj", 0, pos)
    objnum = int(data[data.rindex(b"\n", 0, obj_start) + 1:obj_start])
    end = data.index(b">>", pos)
    seg = data[pos:end]
    for lit in (b"Adobe", b"GB1"):
        cipher = encodePDF(enc.key, objnum, 0, lit, revision=enc.revision)
        seg = seg.replace(b"(" + lit + b")", b"<" + cipher.hex().encode("ascii") + b">")
    delta = len(seg) - (end - pos)
    data = data[:pos] + seg + data[end:]
    sx = data.rindex(b"startxref")
    xref_at = int(data[sx + 9:].split()[0])
    new_xref_at = xref_at + delta
    m = re.compile(rb"(\d{10}) (\d{5}) n")

    def shift(mo):
        off = int(mo.group(1))
        return b"%010d %s n" % (off + delta if off > pos else off, mo.group(2))

    trailer = m.sub(shift, data[new_xref_at:sx])
    data = data[:new_xref_at] + trailer + b"startxref\n%d\n%%%%EOF\n" % new_xref_at
    path.write_bytes(data)


def render_encrypted_and_truncated(src: Sources) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    doc_id = "wsjd-008"
    lines = src.judgment(doc_id)
    enc = StandardEncryption("zhixing-user", ownerPassword="zhixing-owner", canPrint=1, canModify=0, canCopy=0,
                             canAnnotate=0, strength=128)
    pages = build_judgment_pdf(OUT / "encrypted.pdf", lines, header=None, footer="dash", encrypt=enc,
                               title="", author="")
    _encrypt_cid_system_info(OUT / "encrypted.pdf", enc)
    record("encrypted.pdf", source_id=doc_id, source=judgment_source(doc_id), format="pdf", pages=pages,
           text_layer="encrypted", expected_text=write_expected(doc_id, lines),
           password={"user": "zhixing-user", "owner": "zhixing-owner"},
           exercises=["PDF encrypted with a user password (RC4 128-bit, standard security handler): opening without "
                      "the password must fail cleanly"])

    doc_id = "wsjd-003"
    lines = src.judgment(doc_id)
    buf_path = OUT / "truncated.pdf"
    pages = build_judgment_pdf(buf_path, lines, header=None, footer="dash")
    data = buf_path.read_bytes()
    cut = int(len(data) * 0.6)
    buf_path.write_bytes(data[:cut])
    record("truncated.pdf", source_id=doc_id, source=judgment_source(doc_id), format="pdf", pages=pages,
           text_layer="corrupt", original_bytes=len(data), expected_text=write_expected(doc_id, lines),
           exercises=[f"a complete {pages}-page PDF cut to its first 60% of bytes ({cut} of {len(data)}): no xref "
                      "table, no trailer, no %%EOF"])


# ----------------------------------------------------------------------------------------------- CJK TrueType

def find_cjk_ttf() -> str | None:
    for p in CJK_TTF_CANDIDATES:
        if Path(p).exists():
            return p
    return None


_PUNCT_NO_START = set("，。、；：？！）》」』”’】〕…—％,.;:?!)]")
_PUNCT_NO_END = set("（《「『“‘【〔([")


def _wordish(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == ".")


def wrap(text: str, width: float, measure, first_width: float | None = None) -> list[str]:
    """Greedy line breaking for Chinese text, with the rules a word processor applies: closing punctuation never
    starts a line (it hangs past the edge), opening brackets/quotes never end one, and a run of ASCII letters and
    digits (177084.85, 2017) is not split.  The first line may have its own width (first-line indent)."""
    lines: list[str] = []
    cur: list[str] = []
    w = 0.0
    limit = width if first_width is None else first_width
    for ch in text:
        cw = measure(ch)
        if cur and w + cw > limit + 1e-6 and ch not in _PUNCT_NO_START:
            carry: list[str] = []
            if _wordish(ch):
                j = len(cur)
                while j > 0 and _wordish(cur[j - 1]):
                    j -= 1
                if j > 0:
                    carry, cur = cur[j:], cur[:j]
            while len(cur) > 1 and cur[-1] in _PUNCT_NO_END:
                carry.insert(0, cur.pop())
            lines.append("".join(cur))
            cur, w, limit = carry, sum(measure(c) for c in carry), width
        cur.append(ch)
        w += cw
    if cur:
        lines.append("".join(cur))
    return lines


def layout_judgment(lines: list[str], measure, width: float, size: float):
    """Yield (line_text, x_offset, kind) for a judgment; kind in centre/right/body/blank.  x offsets in the same unit
    as width."""
    sig = split_signature(lines)
    out = []
    for i, line in enumerate(lines):
        s = line.strip()
        if i in (0, 1):
            out.append((s, (width - sum(measure(c) for c in s)) / 2, "centre"))
        elif i == 2 or i >= sig:
            if i == sig:
                out.append(("", 0, "blank"))
            out.append((s, width - sum(measure(c) for c in s) - (2 * size if i >= sig else 0), "right"))
        else:
            indent = 2 * size
            for k, ln in enumerate(wrap(s, width, measure, first_width=width - indent)):
                out.append((ln, indent if k == 0 else 0, "body"))
    return out


def render_scan_pdf(src: Sources) -> None:
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    ttf = find_cjk_ttf()
    name = "scan-wsjd-003.pdf"
    if ttf is None:
        print(f"warning: no CJK TrueType font found ({CJK_TTF_CANDIDATES}); {name} not regenerated", file=sys.stderr)
        if (OUT / name).exists():
            MANIFEST.append(_previous_entry(name))
        return
    doc_id = "wsjd-003"
    lines = src.judgment(doc_id)
    dpi = 150
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    img = Image.new("L", (W, H), 246)
    draw = ImageDraw.Draw(img)
    size_px = int(14 / 72 * dpi)
    font = ImageFont.truetype(ttf, size_px, index=0)
    big = ImageFont.truetype(ttf, int(20 / 72 * dpi), index=0)
    left, top = int(26 / 25.4 * dpi), int(32 / 25.4 * dpi)
    width = W - 2 * left
    y = top
    lead = int(size_px * 1.75)
    for text, x, kind in layout_judgment(lines, lambda c: font.getlength(c), width, size_px):
        if kind == "centre" and text == lines[1].strip():
            tw = big.getlength(text)
            draw.text((left + (width - tw) / 2, y), text, font=big, fill=25)
            y += int(lead * 1.3)
            continue
        if text:
            draw.text((left + x, y), text, font=font, fill=25)
        y += lead
    # a court seal imitation: red circle becomes a grey ring in a greyscale scan
    cx, cy, r = left + width - 2.2 * size_px * 3, y - lead * 2.2, int(18 / 25.4 * dpi)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=120, width=5)
    rng = random.Random(20240603)
    for _ in range(2500):  # dust
        px, py = rng.randrange(W), rng.randrange(H)
        draw.point((px, py), fill=rng.randrange(120, 220))
    img = img.rotate(0.4, resample=Image.BICUBIC, fillcolor=246, expand=False)
    jpeg = io.BytesIO()
    img.save(jpeg, format="JPEG", quality=55, optimize=False, progressive=False, dpi=(dpi, dpi))
    jpeg.seek(0)
    c = Canvas(str(OUT / name), pagesize=A4, invariant=1)
    c.setCreator("Scanner ImageWriter")
    c.setProducer(PRODUCER)
    c.drawImage(ImageReader(jpeg), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    record(name, source_id=doc_id, source=judgment_source(doc_id), format="pdf", pages=1, text_layer="none",
           expected_text=write_expected(doc_id, lines),
           exercises=["image-only page (150 dpi greyscale JPEG, slightly rotated, dust, seal ring): no text layer; "
                      "text extraction must come back empty and the document be flagged as needing OCR"],
           font=f"{Path(ttf).name} (rasterised by Pillow; nothing embedded)")


def _previous_entry(name: str) -> dict:
    old = json.loads((OUT / "MANIFEST.json").read_text(encoding="utf-8"))
    return next(e for e in old["files"] if e["file"] == name)


def _strip_ttf_table(font: bytes, drop: set[str]) -> bytes:
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

    ttf_path = find_cjk_ttf()
    name = "cid-wsjd-004.pdf"
    if ttf_path is None:
        print(f"warning: no CJK TrueType font found ({CJK_TTF_CANDIDATES}); {name} not regenerated", file=sys.stderr)
        if (OUT / name).exists():
            MANIFEST.append(_previous_entry(name))
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
    subset = _strip_ttf_table(subset, {"cmap"})  # no cmap: readers cannot map glyphs back to Unicode

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

    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def stream(dict_entries: str, data: bytes, compress: bool) -> bytes:
        if compress:
            data = zlib.compress(data, 9)
            dict_entries += " /Filter /FlateDecode"
        return (f"<< {dict_entries} /Length {len(data)} >>\nstream\n".encode("latin-1") + data
                + b"\nendstream")

    base_font = "QJXWZT+WenQuanYiMicroHei"
    catalog = add(b"")  # placeholder 1
    pages_id = add(b"")  # placeholder 2
    fontfile = add(stream(f"/Length1 {len(subset)}", subset, True))
    bbox = " ".join(str(round(v)) for v in ttf.bbox)
    descriptor = add(
        f"<< /Type /FontDescriptor /FontName /{base_font} /Flags 4 /FontBBox [{bbox}] /ItalicAngle 0 "
        f"/Ascent {round(ttf.ascent)} /Descent {round(ttf.descent)} /CapHeight {round(ttf.capHeight)} "
        f"/StemV {ttf.stemV} /FontFile2 {fontfile} 0 R >>".encode("latin-1"))
    cidfont = add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base_font} "
        f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        f"/FontDescriptor {descriptor} 0 R /DW 1000 /W {warr} /CIDToGIDMap /Identity >>".encode("latin-1"))
    type0 = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{base_font} /Encoding /Identity-H "
                f"/DescendantFonts [{cidfont} 0 R] >>".encode("latin-1"))
    page_ids = []
    for content_lines in pages:
        content = ("\n".join(content_lines) + "\n").encode("latin-1")
        cid_ = add(stream("", content, False))
        pid = add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                  f"/Resources << /Font << /F1 {type0} 0 R >> >> /Contents {cid_} 0 R >>".encode("latin-1"))
        page_ids.append(pid)
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode("latin-1")
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objs[pages_id - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode("latin-1")
    info = add(f"<< /Producer ({PRODUCER}) /Creator (hand-built Type0 Identity-H without ToUnicode) >>"
               .encode("latin-1"))

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode("latin-1") + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode("latin-1"))
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode("latin-1"))
    fid = hashlib.md5(b"cid-wsjd-004").hexdigest()
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R /Info {info} 0 R /ID [<{fid}> <{fid}>] >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode("latin-1"))
    (OUT / name).write_bytes(out.getvalue())
    record(name, source_id=doc_id, source=judgment_source(doc_id), format="pdf", pages=len(page_ids),
           text_layer="cid", expected_text=write_expected(doc_id, lines),
           exercises=["text layer without a Unicode mapping: Type0 font, /Encoding /Identity-H, CIDFontType2 with an "
                      "embedded TrueType subset whose cmap table was removed and no /ToUnicode; pdfminer/pdfplumber "
                      "yield '(cid:N)' tokens, so the ingester must detect the garbage and treat the page as "
                      "needing OCR"],
           font=f"subset of {Path(ttf_path).name} (WenQuanYi Micro Hei), glyph ids in order of first appearance",
           notes="Written by a small hand-rolled PDF writer (uncompressed content streams, one BT/Tj per line).")


# ----------------------------------------------------------------------------------------------- DOCX



def _set_run_font(run, east_asia: str, size_pt: float | None = None, bold: bool | None = None):
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), east_asia)
    if size_pt:
        run.font.size = Pt(size_pt)
    if bold is not None:
        run.font.bold = bold


def _add_field(paragraph, instr: str, result: str, east_asia="仿宋_GB2312", size=10.5):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld(kind):
        r = paragraph.add_run()
        _set_run_font(r, east_asia, size)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._element.append(el)

    fld("begin")
    r = paragraph.add_run()
    _set_run_font(r, east_asia, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._element.append(it)
    fld("separate")
    r = paragraph.add_run(result)
    _set_run_font(r, east_asia, size)
    fld("end")


def _deterministic_zip(data: bytes, date_time: tuple) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename), compresslevel=6)
    return out.getvalue()


def build_docx(path: Path, lines: list[str], *, props: dict, party_table: list[tuple[str, str]] | None,
               table_after: int | None, footer_fields: list, body_field: bool, when: str) -> None:
    """when: ISO date-time used for created/modified/last_printed and the zip member timestamps."""
    import datetime

    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")

    sig = split_signature(lines)
    body_paras = []
    for i, line in enumerate(lines):
        text = line.strip()
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = pf.space_after = Pt(0)
        pf.line_spacing = Pt(28)
        if i == 0:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_run_font(p.add_run(text), "宋体", 22, True)
        elif i == 1:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pf.line_spacing = Pt(36)
            r = p.add_run(text)
            _set_run_font(r, "宋体", 26, True)
            spacing = OxmlElement("w:spacing")  # character spacing, as court templates do
            spacing.set(qn("w:val"), "40")
            r._element.get_or_add_rPr().append(spacing)
        elif i == 2:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_run_font(p.add_run(text), "仿宋_GB2312", 16)
        elif i >= sig:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            pf.right_indent = Pt(32)
            _set_run_font(p.add_run(text), "仿宋_GB2312", 16)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            pf.first_line_indent = Pt(32)
            _set_run_font(p.add_run(text), "仿宋_GB2312", 16)
        body_paras.append(p)

    if party_table:
        table = doc.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = table.rows[0].cells
        for cell, text in zip(hdr, ("当事人", "诉讼地位")):
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_run_font(cell.paragraphs[0].add_run(text), "黑体", 12, True)
        for who, role in party_table:
            cells = table.add_row().cells
            _set_run_font(cells[0].paragraphs[0].add_run(who), "仿宋_GB2312", 12)
            _set_run_font(cells[1].paragraphs[0].add_run(role), "仿宋_GB2312", 12)
        # move the table (created at the end of the body) to just after the party block
        body_paras[table_after]._p.addnext(table._tbl)

    if body_field:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_run_font(p.add_run("- "), "仿宋_GB2312", 10.5)
        _add_field(p, " PAGE \\* MERGEFORMAT ", "1")
        _set_run_font(p.add_run(" -"), "仿宋_GB2312", 10.5)

    if footer_fields:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for part in footer_fields:
            if isinstance(part, str):
                _set_run_font(fp.add_run(part), "仿宋_GB2312", 10.5)
            else:
                _add_field(fp, *part)

    cp = doc.core_properties
    for k, v in props.items():
        setattr(cp, k, v)
    when = datetime.datetime.fromisoformat(when)
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_deterministic_zip(buf.getvalue(), when.timetuple()[:6]))


def render_docx(src: Sources) -> None:
    doc_id = "wsjd-006"
    lines = src.judgment(doc_id)
    parties = [("中国银行股份有限公司东乡支行", "原告"), ("曹丽华", "原告法定代表人"),
               ("胡继华", "原告委托诉讼代理人"), ("程国丽", "被告")]
    table_after = max(i for i, ln in enumerate(lines[:8]) if ln.startswith(("原告：", "被告：", "法定代表人", "委托")))
    build_docx(OUT / "wsjd-006.docx", lines,
               props=dict(author="Administrator", last_modified_by="罗雨婷", title=lines[2].strip(),
                          comments="（2017）1029民初383号 中国银行股份有限公司东乡支行与程国丽信用卡纠纷一审民事判决书",
                          subject="信用卡纠纷", category="民事判决书", keywords="信用卡纠纷;缺席判决"),
               party_table=parties, table_after=table_after,
               footer_fields=["第 ", (" PAGE \\* MERGEFORMAT ", "1"), " 页 共 ", (" NUMPAGES \\* MERGEFORMAT ", "1"),
                              " 页"],
               body_field=False, when="2017-08-28T09:30:00")
    record("wsjd-006.docx", source_id=doc_id, source=judgment_source(doc_id), format="docx",
           expected_text=write_expected(doc_id, lines),
           exercises=["one w:p per source line; centred court name and spaced title (w:spacing), right-aligned 案号 "
                      "and signature block, first-line indents",
                      f"a 2-column table (当事人 | 诉讼地位, header + {len(parties)} rows) inserted in the body after "
                      f"paragraph {table_after + 1} (end of the party block): reading order must keep it between the "
                      "party block and the procedural history, and its cells must not be mistaken for body "
                      "paragraphs",
                      "footer with PAGE and NUMPAGES complex fields (fldChar begin / instrText / separate / result "
                      "'1' / end): field-code residue ' PAGE \\* MERGEFORMAT ' must not leak into the text",
                      "core properties: author, title, comments, subject, category, keywords, last_modified_by, "
                      "fixed created/modified dates"],
           table={"after_paragraph": table_after + 1, "rows": [["当事人", "诉讼地位"]] + [list(p) for p in parties]},
           core_properties={"author": "Administrator", "last_modified_by": "罗雨婷", "title": lines[2].strip()})

    doc_id = "wsjd-002"
    lines = src.judgment(doc_id)
    build_docx(OUT / "wsjd-002.docx", lines,
               props=dict(author="微软用户", last_modified_by="Administrator", title=lines[2].strip(),
                          comments="上诉人黄成裕因与被上诉人黄仕金物权保护纠纷一案民事裁定书",
                          subject="物权保护纠纷", category="民事裁定书", keywords=""),
               party_table=None, table_after=None,
               footer_fields=[(" PAGE \\* MERGEFORMAT ", "1")], body_field=True, when="2014-11-08T10:05:00")
    record("wsjd-002.docx", source_id=doc_id, source=judgment_source(doc_id), format="docx",
           expected_text=write_expected(doc_id, lines),
           exercises=["one w:p per source line, centred spaced title, right-aligned signature block",
                      "the body's last paragraph (after 书记员, not in the source) is a centred page number "
                      "'- ' PAGE-field(result '1') ' -': w:instrText ' PAGE \\* MERGEFORMAT ' residue and a stray "
                      "'- 1 -' line at the end of the body",
                      "footer with a PAGE field",
                      "core properties filled (author 微软用户, last_modified_by Administrator, title = 案号, comments)"],
           extra_body_paragraphs=["- 1 -"],
           core_properties={"author": "微软用户", "last_modified_by": "Administrator", "title": lines[2].strip()})


# ----------------------------------------------------------------------------------------------- HTML

def _html_page(*, charset: str, title: str, site: str, nav: list[str], crumbs: list[str], main: str,
               sidebar: str, footer: str, script: str) -> str:
    nav_html = "\n".join(f'        <li><a href="/{i}.html">{escape(n)}</a></li>' for i, n in enumerate(nav))
    crumb_html = " &gt; ".join(
        f'<a href="/c{i}.html">{escape(c)}</a>' if i < len(crumbs) - 1 else f"<span>{escape(c)}</span>"
        for i, c in enumerate(crumbs))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} - {escape(site)}</title>
<link rel="stylesheet" href="/static/css/main.css">
<style>
  .content p {{ line-height: 2; margin: 0; }}
  .sidebar {{ float: right; width: 240px; }}
</style>
</head>
<body>
<div class="header">
  <div class="logo"><a href="/"><img src="/static/img/logo.png" alt="{escape(site)}"></a></div>
  <div class="site-name">{escape(site)}</div>
  <div class="nav">
    <ul>
{nav_html}
    </ul>
  </div>
  <form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form>
</div>
<div class="breadcrumb">当前位置：{crumb_html}</div>
<div class="main">
{main}
{sidebar}
</div>
<div class="footer">
{footer}
</div>
<script type="text/javascript">
{script}
</script>
</body>
</html>
"""


def render_html(src: Sources) -> None:
    # --- judgment page
    doc_id = "wsjd-007"
    lines = src.judgment(doc_id)
    site = "新疆维吾尔自治区高级人民法院伊犁哈萨克自治州分院"
    sig = split_signature(lines)
    paras = []
    for i, ln in enumerate(lines):
        s = escape(ln.strip())
        if i in (0, 1):
            paras.append(f'    <p style="text-align:center;">{s}</p>')
        elif i == 2 or i >= sig:
            paras.append(f'    <p style="text-align:right;">{s}</p>')
        else:
            paras.append(f'    <p style="text-indent:2em;">{s}</p>')
    title = "熊存理与伊犁昊丰房地产开发有限责任公司、贾仲培商品房销售合同纠纷一审民事裁定书"
    main = f"""  <div class="article">
    <h1 class="article-title">{escape(title)}</h1>
    <div class="article-info">发布时间：2017-07-10 10:21:35 &nbsp; 来源：审判管理办公室 &nbsp; 浏览次数：<span id="hits">1024</span>
      &nbsp; <a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div>
  <div class="content">
{chr(10).join(paras)}
  </div>
  <div class="article-nav"><a href="/ws/96.html">上一篇：（2017）新40民初96号民事裁定书</a>
    <a href="/ws/98.html">下一篇：（2017）新40民初98号民事判决书</a></div>
  </div>"""
    sidebar = """  <div class="sidebar">
    <h3>相关文书</h3>
    <ul>
      <li><a href="/ws/81.html">（2017）新40民初81号民事判决书</a></li>
      <li><a href="/ws/83.html">（2017）新40民终412号民事裁定书</a></li>
      <li><a href="/ws/90.html">（2017）新40执异12号执行裁定书</a></li>
    </ul>
    <h3>热点推荐</h3>
    <ul>
      <li><a href="/news/1.html">伊犁州分院召开执行工作推进会</a></li>
      <li><a href="/news/2.html">关于公布失信被执行人名单的公告</a></li>
    </ul>
  </div>"""
    footer = """  <p>版权所有：新疆维吾尔自治区高级人民法院伊犁哈萨克自治州分院 &nbsp; 地址：新疆伊宁市（示例地址）</p>
  <p>联系电话：0999-0000000 &nbsp; <a href="https://beian.miit.gov.cn/">新ICP备00000000号-1</a> &nbsp;
     <img src="/static/img/gongan.png" alt="">新公网安备 00000000000000号</p>
  <p>技术支持：某某信息技术有限公司 &nbsp; 建议使用1366*768分辨率浏览</p>"""
    script = """var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.example.invalid/hm.js?0000";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
document.getElementById("hits").innerHTML = "本院认为" + "（脚本文本，不属于正文）";"""
    page = _html_page(charset="utf-8", title=title, site=site,
                      nav=["首页", "法院概况", "审判执行", "裁判文书", "执行公开", "诉讼指南", "联系我们"],
                      crumbs=["首页", "裁判文书", "民事文书"], main=main, sidebar=sidebar, footer=footer,
                      script=script)
    (OUT / "wsjd-007.html").write_text(page, encoding="utf-8")
    record("wsjd-007.html", source_id=doc_id, source=judgment_source(doc_id), format="html", encoding="utf-8",
           expected_text=write_expected(doc_id, lines),
           exercises=["court web page boilerplate around the judgment: header with logo/nav/search form, breadcrumb, "
                      "article title and info line (发布时间/浏览次数/打印/关闭), prev/next links, sidebar of related "
                      "文书 links, footer with copyright/ICP/公网安备 text, a <script> block whose string literal "
                      "contains '本院认为'",
                      "the judgment itself: every source line as a <p> inside <div class=\"content\">"],
           content_selector="div.content")

    # --- press page (seed 001) with <br> breaks
    raw = [ln.strip() for ln in src.seed("001") if ln.strip()]
    headline, paras_src = raw[0], raw[1:]
    ends = tuple("。！？”：）;；:?!)")
    blocks: list[list[str]] = []
    for p in paras_src:
        if blocks and not blocks[-1][-1].endswith(ends) and blocks[-1][-1] != "问":
            blocks[-1].append(p)  # the scraped page split this paragraph mid-sentence: keep the split as <br>
        else:
            blocks.append([p])
    body_html = []
    for blk in blocks:
        if blk == ["问"]:
            body_html.append('    <p class="q"><strong>问</strong></p>')
        else:
            inner = "<br>\n".join("\u3000\u3000" + escape(blk[0]) if j == 0 else escape(s) for j, s in enumerate(blk))
            body_html.append(f"    <p>{inner}</p>")
    n_br = sum(len(b) - 1 for b in blocks)
    related = [src.seed(n) for n in ("000", "002", "003", "004")]
    rel_titles = ["全国法院执行工作的这场“头脑风暴”", "执行工作正向“执行不难”有力迈进", "执“交叉之钥” 启“沉案之锁”",
                  "推进执行改革 不断夯实人民群众获得感"]
    for t, r in zip(rel_titles, related):
        assert any(t in ln for ln in r), t
    related_html = "\n".join(f'        <li><a href="/news/{i}.html">{escape(t)}</a><span>2026-01-2{i}</span></li>'
                             for i, t in enumerate(rel_titles, 5))
    main = f"""  <div class="article">
    <h1>{escape(headline)}</h1>
    <div class="info"><span class="time">2026-01-27 08:30</span> <span class="source">来源：人民法院报</span>
      <span class="editor">责任编辑：王某</span></div>
    <div class="share">分享到：<a class="wx" href="#">微信</a> <a class="wb" href="#">微博</a>
      <a class="qq" href="#">QQ空间</a> <a class="print" href="javascript:window.print()">打印</a></div>
    <div class="content" id="article-body">
{chr(10).join(body_html)}
    </div>
    <div class="share bottom">分享到：<a class="wx" href="#">微信</a> <a class="wb" href="#">微博</a></div>
    <div class="related">
      <h3>相关新闻</h3>
      <ul>
{related_html}
      </ul>
    </div>
  </div>"""
    sidebar = """  <div class="sidebar">
    <h3>热门排行</h3>
    <ol><li><a href="/hot/1.html">最高法发布执行典型案例</a></li><li><a href="/hot/2.html">失信惩戒分级分类</a></li></ol>
  </div>"""
    footer = """  <p>Copyright © 人民法院新闻传媒总社（示例页面） All Rights Reserved</p>
  <p><a href="https://beian.miit.gov.cn/">京ICP备00000000号</a> &nbsp; 违法和不良信息举报电话：010-00000000</p>"""
    script = """window.shareConfig = { title: document.title, summary: "交叉执行成为破解执行难关键抓手" };
function share(t) { window.open("https://share.example.invalid/?t=" + t); }"""
    page = _html_page(charset="utf-8", title=headline, site="中国法院网（示例）",
                      nav=["首页", "新闻", "法院动态", "执行", "视频", "评论"], crumbs=["首页", "新闻", "执行"],
                      main=main, sidebar=sidebar, footer=footer, script=script)
    (OUT / "press-001.html").write_text(page, encoding="utf-8")
    record("press-001.html", source_id="press-001", source=f"press/seeds/{src.seed_path('001').name}",
           format="html", encoding="utf-8", expected_text=write_expected("press-001", raw),
           exercises=["news page boilerplate: nav, breadcrumb, info line, share buttons (top and bottom), '相关新闻' "
                      "list (titles of the other press seeds), hot list sidebar, footer, <script>",
                      f"{n_br} <br> breaks in mid-sentence: where the scraped source split a paragraph without "
                      "sentence-final punctuation, the pieces stay in one <p> separated by <br>",
                      "paragraphs start with two full-width spaces (U+3000 U+3000) as press pages do",
                      "'问' question markers as <p class=\"q\"><strong>问</strong></p>"],
           content_selector="div.content")

    # --- press page in GBK (seed 004)
    raw4 = [ln.strip() for ln in src.seed("004") if ln.strip()]
    clean = [re.sub(r"^#+\s*", "", ln) for ln in raw4]
    kicker, headline4 = clean[0], clean[1]
    body4 = clean[2:]
    phtml = []
    for ln in body4:
        if ln.startswith("问"):
            phtml.append(f"    <p><strong>{escape(ln)}</strong></p>")
        else:
            phtml.append(f"    <p>{escape(ln)}</p>")
    main = f"""  <div class="article">
    <div class="column">{escape(kicker)}</div>
    <h1>{escape(headline4)}</h1>
    <div class="info">发布时间：2025-04-08 &nbsp; 来源：人民法院报</div>
    <div class="content">
{chr(10).join(phtml)}
    </div>
  </div>"""
    footer = """  <p>版权所有 &copy; 人民法院报（示例页面） &nbsp; <a href="https://beian.miit.gov.cn/">京ICP备00000000号</a></p>"""
    page = _html_page(charset="gbk", title=headline4, site="人民法院报（示例）",
                      nav=["首页", "要闻", "执行", "评论"], crumbs=["首页", "要闻"], main=main,
                      sidebar="", footer=footer, script="var pageEncoding = 'gbk';")
    (OUT / "press-004-gbk.html").write_bytes(page.encode("gbk"))
    record("press-004-gbk.html", source_id="press-004", source=f"press/seeds/{src.seed_path('004').name}",
           format="html", encoding="gbk", expected_text=write_expected("press-004", clean),
           exercises=["HTML saved in GBK with <meta charset=\"gbk\"> (no BOM, no HTTP header): must be decoded by the "
                      "meta charset, not as UTF-8",
                      "Q&A press conference text (问:/答:) with the '[要 闻]' column kicker"],
           notes="Markdown '## ' prefixes of the scraped seed were removed; every character of the seed is in GBK.",
           content_selector="div.content")


# ----------------------------------------------------------------------------------------------- TXT encodings

def render_txt(src: Sources) -> None:
    doc_id = "wsjd-003"
    text = src.judgment_text(doc_id)
    lines = src.judgment(doc_id)
    expected = write_expected(doc_id, lines)
    variants = [
        ("utf8", "utf-8", "UTF-8 without BOM"),
        ("utf8-bom", "utf-8-sig", "UTF-8 with BOM (EF BB BF)"),
        ("gb18030", "gb18030", "GB18030 (identical bytes to GBK for this text: every character is in GBK)"),
        ("gbk", "gbk", "GBK (CP936)"),
        ("utf16", "utf-16", "UTF-16 little-endian with BOM (FF FE)"),
        ("utf16le-nobom", "utf-16-le", "UTF-16-LE without BOM: must be detected from the byte pattern"),
    ]
    for tag, codec, what in variants:
        name = f"{doc_id}.{tag}.txt"
        data = text.encode(codec)
        if codec == "utf-16":
            data = b"\xff\xfe" + text.encode("utf-16-le")  # explicit: Python's utf-16 BOM order is platform-native
        (OUT / name).write_bytes(data)
        record(name, source_id=doc_id, source=judgment_source(doc_id), format="txt", encoding=codec,
               expected_text=expected, exercises=[what, "LF line endings, one paragraph per line"])


# ----------------------------------------------------------------------------------------------- main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=None,
                    help="root of the shared source corpus (judgments-full/, press/seeds/); default: the repository's "
                         f"corpora/judgments and corpora/press if present, else {DEFAULT_SRC}")
    args = ap.parse_args(argv)
    src = Sources.from_root(args.src) if args.src else Sources.default()
    print(f"sources: {src.judgments}, {src.seeds}")
    OUT.mkdir(parents=True, exist_ok=True)
    MANIFEST.clear()
    render_judgment_pdfs(src)
    render_twocol_pdf(src)
    render_scan_pdf(src)
    render_cid_pdf(src)
    render_encrypted_and_truncated(src)
    render_docx(src)
    render_html(src)
    render_txt(src)
    MANIFEST.sort(key=lambda e: e["file"])
    manifest = {
        "generator": "corpora/render_formats.py",
        "source_corpus": "see /work/shared/corpora/PROVENANCE.md (judgments-full: xiaoluomati/wsjd @ "
                         "fb476dfd327b931504c7ed6de45894f6d11bc716; press/seeds: the project's founding documents)",
        "text_layer_values": {
            "yes": "extractable text", "none": "image only, no text", "cid": "text layer without Unicode mapping",
            "encrypted": "needs the user password", "corrupt": "truncated file"},
        "files": MANIFEST,
    }
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"wrote {len(MANIFEST)} files to {OUT} ({total / 1024:.0f} KiB in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
