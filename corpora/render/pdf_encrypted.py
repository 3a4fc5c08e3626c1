"""encrypted.pdf: a judgment PDF with RC4-128 standard security (user password zhixing-user)."""

from __future__ import annotations

import re
from pathlib import Path

from .manifest import record, write_expected
from .paths import OUT
from .pdf_judgment import build_judgment_pdf
from .sources import Sources, judgment_source


def encrypt_cid_system_info(path: Path, enc) -> None:
    """reportlab writes the CIDSystemInfo strings of its built-in CID fonts as raw literals ('(Adobe)', '(GB1)'),
    which it does not encrypt.  A reader that decrypts them (pdfminer) gets garbage, loses the Adobe-GB1 mapping and
    returns (cid:N) even with the right password.  Encrypt them the way every other string is encrypted (RC4 with the
    object key) and shift the xref offsets accordingly."""
    from reportlab.lib.pdfencrypt import encodePDF

    data = path.read_bytes()
    pos = data.index(b"/CIDSystemInfo")
    obj_start = data.rindex(b" 0 obj", 0, pos)
    objnum = int(data[data.rindex(b"\n", 0, obj_start) + 1:obj_start])
    end = data.index(b">>", pos)
    seg = data[pos:end]
    for lit in (b"Adobe", b"GB1"):
        cipher = encodePDF(enc.key, objnum, 0, lit, revision=enc.revision)
        seg = seg.replace(b"(" + lit + b")", b"<" + cipher.hex().encode("ascii") + b">")
    delta = len(seg) - (end - pos)
    data = data[:pos] + seg + data[end:]
    sx = data.rindex(b"startxref")
    xref_at = int(data[sx + 9:].split()[0])
    new_xref_at = xref_at + delta
    m = re.compile(rb"(\d{10}) (\d{5}) n")

    def shift(mo):
        off = int(mo.group(1))
        return b"%010d %s n" % (off + delta if off > pos else off, mo.group(2))

    trailer = m.sub(shift, data[new_xref_at:sx])
    data = data[:new_xref_at] + trailer + b"startxref\n%d\n%%%%EOF\n" % new_xref_at
    path.write_bytes(data)


def render_encrypted_pdf(src: Sources) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    doc_id = "wsjd-008"
    lines = src.judgment(doc_id)
    enc = StandardEncryption("zhixing-user", ownerPassword="zhixing-owner", canPrint=1, canModify=0, canCopy=0,
                             canAnnotate=0, strength=128)
    pages = build_judgment_pdf(OUT / "encrypted.pdf", lines, header=None, footer="dash", encrypt=enc,
                               title="", author="")
    encrypt_cid_system_info(OUT / "encrypted.pdf", enc)
    record("encrypted.pdf", source_id=doc_id, source=judgment_source(doc_id), format="pdf", pages=pages,
           text_layer="encrypted", expected_text=write_expected(doc_id, lines),
           password={"user": "zhixing-user", "owner": "zhixing-owner"},
           exercises=["PDF encrypted with a user password (RC4 128-bit, standard security handler): opening without "
                      "the password must fail cleanly"])
