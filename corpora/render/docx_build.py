"""A judgment as a DOCX file with python-docx: court-template styling, optional party table, PAGE/NUMPAGES fields,
fixed core properties and zip timestamps (deterministic bytes)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from .cjk_layout import split_signature


def set_run_font(run, east_asia: str, size_pt: float | None = None, bold: bool | None = None):
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), east_asia)
    if size_pt:
        run.font.size = Pt(size_pt)
    if bold is not None:
        run.font.bold = bold


def add_field(paragraph, instr: str, result: str, east_asia="仿宋_GB2312", size=10.5):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld(kind):
        r = paragraph.add_run()
        set_run_font(r, east_asia, size)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._element.append(el)

    fld("begin")
    r = paragraph.add_run()
    set_run_font(r, east_asia, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._element.append(it)
    fld("separate")
    r = paragraph.add_run(result)
    set_run_font(r, east_asia, size)
    fld("end")


def deterministic_zip(data: bytes, date_time: tuple) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename), compresslevel=6)
    return out.getvalue()


def build_docx(path: Path, lines: list[str], *, props: dict, party_table: list[tuple[str, str]] | None,
               table_after: int | None, footer_fields: list, body_field: bool, when: str) -> None:
    """when: ISO date-time used for created/modified/last_printed and the zip member timestamps."""
    import datetime

    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")

    sig = split_signature(lines)
    body_paras = []
    for i, line in enumerate(lines):
        text = line.strip()
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = pf.space_after = Pt(0)
        pf.line_spacing = Pt(28)
        if i == 0:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run_font(p.add_run(text), "宋体", 22, True)
        elif i == 1:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pf.line_spacing = Pt(36)
            r = p.add_run(text)
            set_run_font(r, "宋体", 26, True)
            spacing = OxmlElement("w:spacing")  # character spacing, as court templates do
            spacing.set(qn("w:val"), "40")
            r._element.get_or_add_rPr().append(spacing)
        elif i == 2:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            set_run_font(p.add_run(text), "仿宋_GB2312", 16)
        elif i >= sig:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            pf.right_indent = Pt(32)
            set_run_font(p.add_run(text), "仿宋_GB2312", 16)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            pf.first_line_indent = Pt(32)
            set_run_font(p.add_run(text), "仿宋_GB2312", 16)
        body_paras.append(p)

    if party_table:
        table = doc.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = table.rows[0].cells
        for cell, text in zip(hdr, ("当事人", "诉讼地位")):
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run_font(cell.paragraphs[0].add_run(text), "黑体", 12, True)
        for who, role in party_table:
            cells = table.add_row().cells
            set_run_font(cells[0].paragraphs[0].add_run(who), "仿宋_GB2312", 12)
            set_run_font(cells[1].paragraphs[0].add_run(role), "仿宋_GB2312", 12)
        # move the table (created at the end of the body) to just after the party block
        body_paras[table_after]._p.addnext(table._tbl)

    if body_field:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run_font(p.add_run("- "), "仿宋_GB2312", 10.5)
        add_field(p, " PAGE \\* MERGEFORMAT ", "1")
        set_run_font(p.add_run(" -"), "仿宋_GB2312", 10.5)

    if footer_fields:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for part in footer_fields:
            if isinstance(part, str):
                set_run_font(fp.add_run(part), "仿宋_GB2312", 10.5)
            else:
                add_field(fp, *part)

    cp = doc.core_properties
    for k, v in props.items():
        setattr(cp, k, v)
    when = datetime.datetime.fromisoformat(when)
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(deterministic_zip(buf.getvalue(), when.timetuple()[:6]))
