"""Plain text in UTF-8 (with or without BOM), GB18030/GBK, Big5 or UTF-16."""

from __future__ import annotations

from extractors.formats.base import RawExtraction
from extractors.formats.encoding import decode_text
from zhixing.document import DocFormat


def read_txt(data: bytes) -> RawExtraction:
    text, encoding = decode_text(data)
    return RawExtraction(text=text, format=DocFormat.txt, encoding=encoding)
