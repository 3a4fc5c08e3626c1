"""Render real court judgments and press pieces into the file formats the ingester must read.

Command line of the corpora.render package (see its __init__.py); python corpora/render_formats.py calls main()."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .docx_files import render_docx
from .html_court import render_court_page
from .html_press import render_gbk_press_page, render_press_page
from .manifest import MANIFEST, write_manifest
from .paths import DEFAULT_SRC, OUT
from .pdf_cid import render_cid_pdf
from .pdf_encrypted import render_encrypted_pdf
from .pdf_judgment import render_judgment_pdfs
from .pdf_scan import render_scan_pdf
from .pdf_truncated import render_truncated_pdf
from .pdf_twocol import render_twocol_pdf
from .sources import Sources
from .txt_encodings import render_txt

RENDERERS = [render_judgment_pdfs, render_twocol_pdf, render_scan_pdf, render_cid_pdf, render_encrypted_pdf,
             render_truncated_pdf, render_docx, render_court_page, render_press_page, render_gbk_press_page,
             render_txt]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=None,
                    help="root of the shared source corpus (judgments-full/, press/seeds/); default: the repository's "
                         f"corpora/judgments and corpora/press if present, else {DEFAULT_SRC}")
    args = ap.parse_args(argv)
    src = Sources.from_root(args.src) if args.src else Sources.default()
    print(f"sources: {src.judgments}, {src.seeds}")
    OUT.mkdir(parents=True, exist_ok=True)
    MANIFEST.clear()
    for render in RENDERERS:
        render(src)
    write_manifest()
    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"wrote {len(MANIFEST)} files to {OUT} ({total / 1024:.0f} KiB in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
