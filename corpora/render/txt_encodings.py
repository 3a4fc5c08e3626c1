"""wsjd-003 as TXT in six encodings (UTF-8 with and without BOM, GB18030, GBK, UTF-16-LE with and without BOM)."""

from __future__ import annotations

from .manifest import record, write_expected
from .paths import OUT
from .sources import Sources, judgment_source


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
