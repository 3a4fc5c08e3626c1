"""Detect a file's format from its bytes (the name's extension only breaks ties between text formats)."""

from __future__ import annotations

import re

from zhixing.document import DocFormat

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|div|p|title)\b", re.I | re.S)
_TEXT_EXTENSIONS = {".txt", ".text", ".md", ""}
_HTML_EXTENSIONS = {".html", ".htm", ".shtml", ".xhtml"}


def sniff_format(data: bytes, suffix: str) -> DocFormat | None:
    """The format of ``data``; None when it is a container we do not read (other zip, images …)."""
    head = data[:2048]
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return DocFormat.pdf
    if head.startswith(b"PK\x03\x04"):
        return DocFormat.docx if suffix in (".docx", ".docm", "") or b"word/" in data[:65536] else None
    suffix = suffix.lower()
    if suffix in _HTML_EXTENSIONS:
        return DocFormat.html
    if suffix == ".docx":
        return DocFormat.docx  # not a zip: the DOCX reader says it is damaged
    if suffix == ".pdf":
        return DocFormat.pdf
    if _HTML_START.match(_strip_bom_and_nul(head)):
        return DocFormat.html
    return DocFormat.txt


def _strip_bom_and_nul(head: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom):]
            break
    return head.replace(b"\x00", b"")
