"""TXT in every encoding Chinese documents come in: detected, reported, decoded to the same text."""

from __future__ import annotations

import pytest

from extractors.formats.encoding import decode_text
from tests.conftest import CORPORA
from zhixing.errors import IngestError
from zhixing.pipeline import process_bytes

REAL = (CORPORA / "judgments" / "wsjd-004.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gbk"), ("gbk", "gbk"), ("utf-16", "utf-16"),
    ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
def test_real_judgment_in_each_encoding(encoding, expected):
    text, used = decode_text(REAL.encode(encoding))
    assert text == REAL
    assert used == expected


def test_gb18030_only_characters_are_reported_as_gb18030():
    text = REAL + "\n补充：𠀀䶮。"  # characters outside GBK need GB18030
    decoded, used = decode_text(text.encode("gb18030"))
    assert decoded == text and used == "gb18030"


def test_encoding_is_reported_in_the_document():
    doc = process_bytes(REAL.encode("gbk"), "wsjd-004.gbk.txt", ".txt")
    assert doc.source.encoding == "gbk" and doc.status == "ok"
    assert doc.case_number == "(2017)苏01民辖终1549号".replace("(", "（").replace(")", "）")


def test_binary_named_txt_is_refused():
    with pytest.raises(IngestError) as err:
        decode_text(bytes(range(256)) * 40)
    assert err.value.code == "binary_content"
