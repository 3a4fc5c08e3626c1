"""A minimal PDF writer: numbered objects, streams, a classic xref table and trailer (used for cid-wsjd-004.pdf)."""

from __future__ import annotations

import io
import zlib


def stream(dict_entries: str, data: bytes, compress: bool) -> bytes:
    """A stream object body; with compress, FlateDecode at level 9."""
    if compress:
        data = zlib.compress(data, 9)
        dict_entries += " /Filter /FlateDecode"
    return (f"<< {dict_entries} /Length {len(data)} >>\nstream\n".encode("latin-1") + data
            + b"\nendstream")


class PdfObjects:
    """The objects of one PDF file, numbered from 1 in the order they are added."""

    def __init__(self) -> None:
        self.objs: list[bytes] = []

    def add(self, body: bytes) -> int:
        """Add an object (b"" reserves a number to fill in with set()); returns its number."""
        self.objs.append(body)
        return len(self.objs)

    def set(self, num: int, body: bytes) -> None:
        self.objs[num - 1] = body

    def tobytes(self, *, root: int, info: int, file_id: str) -> bytes:
        """The whole file: header, objects, xref, trailer with /Root, /Info and /ID [<file_id> <file_id>]."""
        objs = self.objs
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(out.tell())
            out.write(f"{i} 0 obj\n".encode("latin-1") + body + b"\nendobj\n")
        xref = out.tell()
        out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode("latin-1"))
        for off in offsets:
            out.write(f"{off:010d} 00000 n \n".encode("latin-1"))
        out.write(f"trailer\n<< /Size {len(objs) + 1} /Root {root} 0 R /Info {info} 0 R "
                  f"/ID [<{file_id}> <{file_id}>] >>\nstartxref\n{xref}\n%%EOF\n".encode("latin-1"))
        return out.getvalue()
