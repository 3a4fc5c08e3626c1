"""scan-wsjd-003.pdf: an image-only page (150 dpi greyscale JPEG with rotation, dust and a seal ring)."""

from __future__ import annotations

import io
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4

from .cjk_layout import layout_judgment
from .fonts import cjk_ttf_or_keep_previous
from .manifest import record, write_expected
from .paths import OUT, PRODUCER
from .sources import Sources, judgment_source


def render_scan_pdf(src: Sources) -> None:
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    name = "scan-wsjd-003.pdf"
    ttf = cjk_ttf_or_keep_previous(name)
    if ttf is None:
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
