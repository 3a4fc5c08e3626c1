"""The `zhixing extract` JSON line: the document model, without raw-text internals unless asked for."""

from __future__ import annotations

import json

from zhixing.document import Document

RAW_FIELDS = {"raw_text", "offset_map", "furniture"}


def document_record(doc: Document, with_raw: bool = False) -> dict:
    return doc.model_dump(mode="json", exclude=None if with_raw else RAW_FIELDS)


def document_line(doc: Document, with_raw: bool = False) -> str:
    return json.dumps(document_record(doc, with_raw), ensure_ascii=False, separators=(",", ":"))
