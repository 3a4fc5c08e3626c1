"""Format readers behind one entry point: ``read_bytes`` / ``read_path`` → RawExtraction, or IngestError."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from extractors.formats.base import RawExtraction, max_file_bytes
from extractors.formats.docx import read_docx
from extractors.formats.html import read_html
from extractors.formats.pdf import read_pdf
from extractors.formats.sniff import sniff_format
from extractors.formats.txt import read_txt
from zhixing.document import DocFormat
from zhixing.errors import IngestError

READERS: dict[DocFormat, Callable[[bytes], RawExtraction]] = {
    DocFormat.txt: read_txt,
    DocFormat.docx: read_docx,
    DocFormat.html: read_html,
    DocFormat.pdf: read_pdf,
}


def load_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is not a readable file or is over the size limit."""
    if not path.exists():
        raise IngestError("file_not_found")
    if not path.is_file():
        raise IngestError("not_a_file")
    size = path.stat().st_size
    limit = max_file_bytes()
    if size > limit:
        raise IngestError("too_large", f"{size} bytes", {"limit_mb": limit // (1024 * 1024)})
    return path.read_bytes()


def read_bytes(data: bytes, suffix: str = "") -> RawExtraction:
    if not data:
        raise IngestError("empty_file")
    if len(data) > max_file_bytes():
        raise IngestError("too_large", f"{len(data)} bytes", {"limit_mb": max_file_bytes() // (1024 * 1024)})
    fmt = sniff_format(data, suffix.lower())
    if fmt is None:
        raise IngestError("unsupported_format")
    return READERS[fmt](data)


__all__ = ["READERS", "RawExtraction", "load_bytes", "read_bytes", "sniff_format"]
