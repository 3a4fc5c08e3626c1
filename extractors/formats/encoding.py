"""Decode text bytes in any encoding Chinese documents come in, and say which one was used.

Order: BOM (UTF-8, UTF-16, UTF-32) → UTF-16 without BOM (NUL pattern) → strict UTF-8 → GBK / GB18030 → Big5 →
charset-normalizer. A candidate is accepted only when it decodes strictly and the result looks like text.
"""

from __future__ import annotations

import re
import unicodedata

from zhixing.errors import IngestError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises IngestError for binary data or undecodable bytes."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(name), name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(data.decode(utf16), utf16)
    if b"\x00" in data[:65536]:
        raise IngestError("binary_content", "NUL bytes")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for name in ("gbk", "gb18030", "big5"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _cjk_share(text) >= 0.2 or name == "gb18030":
            return _checked(text, name)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError("undecodable_text")
    return _checked(str(best), best.encoding)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if not sample:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII-heavy UTF-16 has NULs in one lane; Chinese UTF-16 has few NULs: accept when strict decoding gives mostly CJK
    for name, nul_lane in (("utf-16-le", odd_nul), ("utf-16-be", even_nul)):
        if nul_lane > half * 0.3:
            try:
                data.decode(name)
                return name
            except UnicodeDecodeError:
                continue
    if b"\x00" in sample:
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _cjk_share(text) > 0.5:
                return name
    return None


def _cjk_share(text: str) -> float:
    sample = [c for c in text[:4000] if not c.isspace()]
    if not sample:
        return 0.0
    return sum(1 for c in sample if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef") / len(sample)


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff]")


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """Reject decodings that are not text: many control, private-use or unassigned code points."""
    sample = text[:20000]
    if sample:
        # control / private / surrogate characters by one regex pass; unassigned ones on a shorter sample
        bad = len(_CONTROL.findall(sample)) + sum(1 for c in sample[:2000] if unicodedata.category(c) == "Cn")
        if bad / len(sample) > 0.02:
            raise IngestError("binary_content", f"{bad} control/unassigned characters in the first {len(sample)}")
    if encoding == "utf-8-sig" and text.startswith("\ufeff"):
        text = text[1:]
    return text.lstrip("\ufeff"), encoding
