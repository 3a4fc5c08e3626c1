"""wsjd-006.docx (party table, PAGE/NUMPAGES footer) and wsjd-002.docx (a PAGE field at the end of the body)."""

from __future__ import annotations

from .docx_build import build_docx
from .manifest import record, write_expected
from .paths import OUT
from .sources import Sources, judgment_source


def render_docx(src: Sources) -> None:
    doc_id = "wsjd-006"
    lines = src.judgment(doc_id)
    parties = [("中国银行股份有限公司东乡支行", "原告"), ("曹丽华", "原告法定代表人"),
               ("胡继华", "原告委托诉讼代理人"), ("程国丽", "被告")]
    table_after = max(i for i, ln in enumerate(lines[:8]) if ln.startswith(("原告：", "被告：", "法定代表人", "委托")))
    build_docx(OUT / "wsjd-006.docx", lines,
               props=dict(author="Administrator", last_modified_by="罗雨婷", title=lines[2].strip(),
                          comments="（2017）1029民初383号 中国银行股份有限公司东乡支行与程国丽信用卡纠纷一审民事判决书",
                          subject="信用卡纠纷", category="民事判决书", keywords="信用卡纠纷;缺席判决"),
               party_table=parties, table_after=table_after,
               footer_fields=["第 ", (" PAGE \\* MERGEFORMAT ", "1"), " 页 共 ", (" NUMPAGES \\* MERGEFORMAT ", "1"),
                              " 页"],
               body_field=False, when="2017-08-28T09:30:00")
    record("wsjd-006.docx", source_id=doc_id, source=judgment_source(doc_id), format="docx",
           expected_text=write_expected(doc_id, lines),
           exercises=["one w:p per source line; centred court name and spaced title (w:spacing), right-aligned 案号 "
                      "and signature block, first-line indents",
                      f"a 2-column table (当事人 | 诉讼地位, header + {len(parties)} rows) inserted in the body after "
                      f"paragraph {table_after + 1} (end of the party block): reading order must keep it between the "
                      "party block and the procedural history, and its cells must not be mistaken for body "
                      "paragraphs",
                      "footer with PAGE and NUMPAGES complex fields (fldChar begin / instrText / separate / result "
                      "'1' / end): field-code residue ' PAGE \\* MERGEFORMAT ' must not leak into the text",
                      "core properties: author, title, comments, subject, category, keywords, last_modified_by, "
                      "fixed created/modified dates"],
           table={"after_paragraph": table_after + 1, "rows": [["当事人", "诉讼地位"]] + [list(p) for p in parties]},
           core_properties={"author": "Administrator", "last_modified_by": "罗雨婷", "title": lines[2].strip()})

    doc_id = "wsjd-002"
    lines = src.judgment(doc_id)
    build_docx(OUT / "wsjd-002.docx", lines,
               props=dict(author="微软用户", last_modified_by="Administrator", title=lines[2].strip(),
                          comments="上诉人黄成裕因与被上诉人黄仕金物权保护纠纷一案民事裁定书",
                          subject="物权保护纠纷", category="民事裁定书", keywords=""),
               party_table=None, table_after=None,
               footer_fields=[(" PAGE \\* MERGEFORMAT ", "1")], body_field=True, when="2014-11-08T10:05:00")
    record("wsjd-002.docx", source_id=doc_id, source=judgment_source(doc_id), format="docx",
           expected_text=write_expected(doc_id, lines),
           exercises=["one w:p per source line, centred spaced title, right-aligned signature block",
                      "the body's last paragraph (after 书记员, not in the source) is a centred page number "
                      "'- ' PAGE-field(result '1') ' -': w:instrText ' PAGE \\* MERGEFORMAT ' residue and a stray "
                      "'- 1 -' line at the end of the body",
                      "footer with a PAGE field",
                      "core properties filled (author 微软用户, last_modified_by Administrator, title = 案号, comments)"],
           extra_body_paragraphs=["- 1 -"],
           core_properties={"author": "微软用户", "last_modified_by": "Administrator", "title": lines[2].strip()})
