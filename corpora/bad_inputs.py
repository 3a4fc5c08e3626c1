"""Bad inputs for ingestion tests, created on demand in a directory the test owns (e.g. pytest's tmp_path).

Importing this module has no side effects.  Every function takes the target directory (created if missing),
writes one file there and returns its path.  All of them together take well under 5 s and write about 55 MB
(50 MB of it the huge text file; the zip bomb is about 1 MB on disk).

    from corpora.bad_inputs import zip_bomb_docx
    path = zip_bomb_docx(tmp_path)      # 1 MB on disk, word/document.xml expands to 1 GiB

Functions: empty_file, binary_as_txt, huge_file, zip_bomb_docx, not_a_zip_docx, truncated_pdf, encrypted_pdf;
all_bad_inputs(dir) makes every one of them and returns {name: path}.
"""

from __future__ import annotations

import math
import random
import shutil
import struct
import zlib
from pathlib import Path

FORMATS = Path(__file__).resolve().parent / "formats"

__all__ = [
    "empty_file",
    "binary_as_txt",
    "huge_file",
    "zip_bomb_docx",
    "not_a_zip_docx",
    "truncated_pdf",
    "encrypted_pdf",
    "all_bad_inputs",
    "ZIP_BOMB_MEMBER",
    "ZIP_BOMB_EXPANDED_BYTES",
]

ZIP_BOMB_MEMBER = "word/document.xml"
ZIP_BOMB_EXPANDED_BYTES = 1 << 30  # at least this many bytes once word/document.xml is inflated

# A real paragraph (wsjd-003, 本院认为 ...), repeated to fill the huge text file.
_FILLER = (
    "本院认为，原告刘忠琴提出的撤诉申请符合法律规定的准许撤诉条件，应准许撤诉。依照《中华人民共和国民事诉讼法》"
    "第一百四十五条第一款、第一百五十四条第一款第（五）项之规定，裁定如下：\n"
    "准许原告刘忠琴撤回起诉。\n"
    "案件受理费10元，减半收取计5元，由原告刘忠琴负担。\n"
)


def _dir(directory) -> Path:
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    return d


def empty_file(directory, name: str = "empty.txt") -> Path:
    """A 0-byte .txt file."""
    path = _dir(directory) / name
    path.write_bytes(b"")
    return path


def _png(width: int, height: int, seed: int) -> bytes:
    rng = random.Random(seed)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b"")


def binary_as_txt(directory, name: str = "binary.txt") -> Path:
    """A valid 128x128 PNG of random noise (about 49 KB, NUL bytes and invalid UTF-8 throughout) named .txt."""
    path = _dir(directory) / name
    path.write_bytes(_png(128, 128, seed=20240603))
    return path


def huge_file(directory, size_mb: int = 50, name: str = "huge.txt") -> Path:
    """A valid UTF-8 text file of exactly size_mb MiB: a real judgment paragraph repeated, padded with newlines."""
    path = _dir(directory) / name
    size = size_mb * 1024 * 1024
    block = _FILLER.encode("utf-8")
    big = block * max(1, (1 << 20) // len(block))  # about 1 MiB of whole paragraphs
    written = 0
    with open(path, "wb") as f:
        while written + len(big) <= size:
            f.write(big)
            written += len(big)
        while written + len(block) <= size:
            f.write(block)
            written += len(block)
        f.write(b"\n" * (size - written))
    return path


# ------------------------------------------------------------------------------------------------ zip bomb

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    "</Relationships>"
)
_DOC_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    "<w:p><w:r><w:t>贵州省兴仁县人民法院</w:t></w:r></w:p><w:p><w:r><w:t>"
)
_DOC_TAIL = "</w:t></w:r></w:p><w:sectPr/></w:body></w:document>"

_DOS_TIME, _DOS_DATE = 0, (2016 - 1980) << 9 | 12 << 5 | 6  # 2016-12-06 00:00


def _raw_deflate(data: bytes, final: bool) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


class _ZipWriter:
    """Minimal zip writer that accepts pre-compressed (raw deflate) member data, so that a 1 GiB member never has
    to be compressed: its compressed form is one compressed 1 MiB block repeated."""

    def __init__(self, f):
        self.f = f
        self.central = []

    def add(self, name: str, pieces, crc: int, comp_size: int, size: int) -> None:
        fname = name.encode("utf-8")
        offset = self.f.tell()
        self.f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, _DOS_TIME, _DOS_DATE,
                                 crc, comp_size, size, len(fname), 0) + fname)
        for piece in pieces:
            self.f.write(piece)
        self.central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, _DOS_TIME, _DOS_DATE,
                                        crc, comp_size, size, len(fname), 0, 0, 0, 0, 0, offset) + fname)

    def add_bytes(self, name: str, data: bytes) -> None:
        comp = _raw_deflate(data, final=True)
        self.add(name, [comp], zlib.crc32(data), len(comp), len(data))

    def close(self) -> None:
        start = self.f.tell()
        for entry in self.central:
            self.f.write(entry)
        size = self.f.tell() - start
        self.f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(self.central), len(self.central), size, start, 0))


def zip_bomb_docx(directory, expanded_bytes: int = ZIP_BOMB_EXPANDED_BYTES, name: str = "bomb.docx") -> Path:
    """A .docx (valid zip, valid OOXML parts) whose word/document.xml inflates to at least ``expanded_bytes``
    (default 1 GiB; must stay below 4 GiB, no zip64) from about 1/1000 of that on disk.

    The member is one <w:t> holding '执行' repeated: the compressed stream is a compressed head, then the same
    compressed 1 MiB block (ending in a full flush, so the copies are independent) repeated, then a final block.
    Nothing of the expanded size is ever held in memory; only the CRC-32 is computed over it.
    """
    if expanded_bytes >= 1 << 32:
        raise ValueError("expanded_bytes must be < 4 GiB (no zip64)")
    path = _dir(directory) / name
    unit = "执行".encode("utf-8")  # 6 bytes
    block = unit * ((1 << 20) // len(unit))  # 1 048 572 bytes
    head, tail = _DOC_HEAD.encode("utf-8"), _DOC_TAIL.encode("utf-8")
    n = max(1, math.ceil((expanded_bytes - len(head) - len(tail)) / len(block)))
    c_head, c_block, c_tail = _raw_deflate(head, False), _raw_deflate(block, False), _raw_deflate(tail, True)
    size = len(head) + n * len(block) + len(tail)
    crc = zlib.crc32(head)
    for _ in range(n):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    comp_size = len(c_head) + n * len(c_block) + len(c_tail)

    def pieces():
        yield c_head
        batch = c_block * 64
        full, rest = divmod(n, 64)
        for _ in range(full):
            yield batch
        yield c_block * rest
        yield c_tail

    with open(path, "wb") as f:
        z = _ZipWriter(f)
        z.add_bytes("[Content_Types].xml", _CONTENT_TYPES.encode("utf-8"))
        z.add_bytes("_rels/.rels", _RELS.encode("utf-8"))
        z.add(ZIP_BOMB_MEMBER, pieces(), crc & 0xFFFFFFFF, comp_size, size)
        z.close()
    return path


def not_a_zip_docx(directory, name: str = "not_a_zip.docx") -> Path:
    """Plain UTF-8 text named .docx (as when a .txt or .doc is renamed)."""
    path = _dir(directory) / name
    path.write_text("贵州省兴仁县人民法院\n民 事 裁 定 书\n（2016）黔2322民初2580号\n这不是一个 DOCX 文件，只是改了扩展名的纯文本。\n",
                    encoding="utf-8")
    return path


def truncated_pdf(directory, name: str = "truncated.pdf") -> Path:
    """Copy of corpora/formats/truncated.pdf: wsjd-003 as PDF cut to 60% of its bytes (no xref, no %%EOF)."""
    path = _dir(directory) / name
    shutil.copyfile(FORMATS / "truncated.pdf", path)
    return path


def encrypted_pdf(directory, name: str = "encrypted.pdf") -> Path:
    """Copy of corpora/formats/encrypted.pdf: wsjd-008, user password 'zhixing-user' (see MANIFEST.json)."""
    path = _dir(directory) / name
    shutil.copyfile(FORMATS / "encrypted.pdf", path)
    return path


def all_bad_inputs(directory) -> dict[str, Path]:
    """Create every bad input in ``directory``; returns {function name: path}."""
    return {fn.__name__: fn(directory) for fn in (empty_file, binary_as_txt, huge_file, zip_bomb_docx,
                                                   not_a_zip_docx, truncated_pdf, encrypted_pdf)}
