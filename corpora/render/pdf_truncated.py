"""truncated.pdf: a normal one-page judgment PDF cut to its first 60% of bytes (no xref, no trailer, no %%EOF)."""

from __future__ import annotations

from .manifest import record, write_expected
from .paths import OUT
from .pdf_judgment import build_judgment_pdf
from .sources import Sources, judgment_source


def render_truncated_pdf(src: Sources) -> None:
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
