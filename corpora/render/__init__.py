"""Render real court judgments and press pieces into the file formats the ingester must read.

Run from the repository root:

    .venv/bin/python corpora/render_formats.py [--src /work/shared/corpora]     (or: python -m corpora.render)

By default the sources are the repository's copies (corpora/judgments/, corpora/press/) when present, else the shared
corpus (/work/shared/corpora/judgments-full/, press/seeds/); both hold the same bytes.

Writes into corpora/formats/.  The output is deterministic: running the script twice gives byte-identical files
(reportlab ``invariant=1``, fixed DOCX core properties and zip timestamps, seeded noise).  The generated files are
committed; tests read them and never run this script.

Inputs (UTF-8, see the source corpus' PROVENANCE.md):
  wsjd-NNN.txt   judgments, one paragraph per line (court, title, 案号, parties, ..., signature, date)
  NNN_*.txt      press pieces (scraped pages)

Fonts: every normal PDF uses reportlab's built-in CID font STSong-Light (UniGB-UCS2-H, not embedded), so no font
file is needed.  Two outputs need a real CJK TrueType font (fonts-wqy-microhei, ``apt-get install
fonts-wqy-microhei``): scan-wsjd-003.pdf (text rasterised with Pillow) and cid-wsjd-004.pdf (embedded Identity-H
subset without a ToUnicode map).  Without that font those two files are left as they are and a warning is printed.

Modules:
  __main__.py       command line; renders every file in a fixed order, then writes MANIFEST.json
  paths.py          output directory, default source root, the PDF /Producer string
  sources.py        reading the judgments and press seeds
  manifest.py       MANIFEST.json entries and expected/<id>.txt
  fonts.py          STSong-Light registration; finding the CJK TrueType font
  cjk_layout.py     Chinese line breaking and the judgment layout (signature block detection included)
  pdf_flowables.py  reportlab styles and flowables (CJKPara, RightLine) for judgment PDFs
  pdf_judgment.py   wsjd-006.pdf, wsjd-001.pdf, wsjd-005.pdf (and build_judgment_pdf for the next two)
  pdf_encrypted.py  encrypted.pdf
  pdf_truncated.py  truncated.pdf
  pdf_twocol.py     press-002-twocol.pdf
  pdf_scan.py       scan-wsjd-003.pdf
  pdf_writer.py     a minimal hand-rolled PDF writer
  pdf_cid.py        cid-wsjd-004.pdf
  docx_build.py     a judgment as DOCX (python-docx), deterministic zip
  docx_files.py     wsjd-006.docx, wsjd-002.docx
  html_template.py  the page template shared by the HTML files
  html_court.py     wsjd-007.html
  html_press.py     press-001.html, press-004-gbk.html
  txt_encodings.py  wsjd-003.*.txt
"""
