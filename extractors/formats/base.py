"""What every format reader returns, and the limits every reader respects."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from zhixing.document import DocFormat, Furniture

DEFAULT_MAX_FILE_MB = 40
# A DOCX may expand to at most this many bytes, and at most this many times its compressed size.
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 200


def max_file_bytes() -> int:
    return int(float(os.environ.get("ZHIXING_MAX_FILE_MB", DEFAULT_MAX_FILE_MB)) * 1024 * 1024)


@dataclass
class RawExtraction:
    """The text a reader got out of a file, before normalisation.

    ``soft_breaks`` are offsets of newlines that the reader knows to be line wraps inside a paragraph (from PDF
    geometry); normalisation removes them. ``furniture`` marks raw spans that are not content (page headers, footers,
    page numbers); normalisation leaves them out of ``text``.
    """

    text: str
    format: DocFormat
    encoding: str | None = None
    pages: int | None = None
    furniture: list[Furniture] = field(default_factory=list)
    soft_breaks: set[int] = field(default_factory=set)
    needs_ocr: bool = False
    ocr_reason: str = ""
