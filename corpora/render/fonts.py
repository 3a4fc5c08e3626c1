"""Fonts: reportlab's built-in CID font for the normal PDFs, and a CJK TrueType font for the scan and cid files."""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

from .manifest import keep_previous_entry

FONT = "STSong-Light"  # UniGB-UCS2-H, not embedded: no font file needed
CJK_TTF_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
]

pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def find_cjk_ttf() -> str | None:
    for p in CJK_TTF_CANDIDATES:
        if Path(p).exists():
            return p
    return None


def cjk_ttf_or_keep_previous(name: str) -> str | None:
    """The CJK TrueType font that output file `name` needs, or None: then a warning is printed, the file is left as
    it is and its entry in the previous MANIFEST.json is kept."""
    ttf = find_cjk_ttf()
    if ttf is None:
        print(f"warning: no CJK TrueType font found ({CJK_TTF_CANDIDATES}); {name} not regenerated", file=sys.stderr)
        keep_previous_entry(name)
    return ttf
