"""DOCX via python-docx: body paragraphs and tables in reading order, without metadata or field-code residue.

Only the main body is read: document properties (author, template, timestamps) and page headers/footers never enter
the text, so they cannot leak digits into later extractors. Fields such as PAGE / NUMPAGES keep neither their
instruction nor their result; other fields (hyperlinks, references) keep their visible result.
"""

from __future__ import annotations

import io
import zipfile

from extractors.formats.base import MAX_UNZIPPED_BYTES, MAX_ZIP_RATIO, RawExtraction
from zhixing.document import DocFormat
from zhixing.errors import IngestError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RESIDUE_FIELDS = ("PAGE", "NUMPAGES", "SECTIONPAGES", "DATE", "TIME", "FILENAME", "AUTHOR", "TITLE", "DOCPROPERTY",
                   "CREATEDATE", "SAVEDATE", "PRINTDATE", "EDITTIME", "NUMWORDS", "MERGEFIELD")


def check_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IngestError("docx_damaged", str(exc)) from exc
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED_BYTES or total > max(len(data), 1) * MAX_ZIP_RATIO:
        raise IngestError("zip_bomb", f"{total} bytes unpacked from {len(data)}")
    if "word/document.xml" not in {i.filename for i in infos}:
        raise IngestError("docx_damaged", "no word/document.xml")
    return archive


def read_docx(data: bytes) -> RawExtraction:
    check_zip(data)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds (KeyError, ValueError, lxml errors)
        raise IngestError("docx_damaged", f"{type(exc).__name__}: {exc}") from exc
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == W + "p":
            lines.append(paragraph_text(block))
        elif block.tag == W + "tbl":
            lines.extend(table_lines(block))
        elif block.tag == W + "sdt":  # content controls wrap ordinary paragraphs
            for p in block.iter(W + "p"):
                lines.append(paragraph_text(p))
    return RawExtraction(text="\n".join(lines), format=DocFormat.docx)


def table_lines(tbl) -> list[str]:
    """One line per row, cells separated by a full-width space, nested tables flattened in place."""
    rows = []
    for tr in tbl.iterchildren(W + "tr"):
        cells = []
        for tc in tr.iterchildren(W + "tc"):
            cells.append("".join(paragraph_text(p) for p in tc.iterchildren(W + "p")))
        rows.append("\u3000".join(c for c in cells if c))
    return rows


def paragraph_text(p) -> str:
    out: list[str] = []
    had_residue = False
    field_stack: list[dict] = []  # one entry per open complex field: its instruction and whether we are in its result
    for el in p.iter():
        tag = el.tag
        if tag == W + "fldChar":
            kind = el.get(W + "fldCharType")
            if kind == "begin":
                field_stack.append({"instr": "", "result": False})
            elif kind == "separate" and field_stack:
                field_stack[-1]["result"] = True
            elif kind == "end" and field_stack:
                field_stack.pop()
            continue
        if tag == W + "instrText":
            if field_stack:
                field_stack[-1]["instr"] += el.text or ""
            continue
        if tag == W + "fldSimple":
            if _is_residue(el.get(W + "instr", "")):
                had_residue = True
                # skip the result runs inside the simple field
                for t in el.iter(W + "t"):
                    t.set("_zhixing_skip", "1")
            continue
        if field_stack and (not field_stack[-1]["result"] or _is_residue(field_stack[-1]["instr"])):
            had_residue = had_residue or _is_residue(field_stack[-1]["instr"])
            continue
        if tag == W + "t" and not el.get("_zhixing_skip"):
            out.append(el.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
    text = "".join(out)
    # "- 1 -" built from a PAGE field leaves "-  -": nothing but punctuation once the field is gone
    if had_residue and not any(ch.isalnum() for ch in text):
        return ""
    return text


def _is_residue(instr: str) -> bool:
    words = instr.strip().split()
    return bool(words) and words[0].upper() in _RESIDUE_FIELDS
