"""Where the rendered files go and where the sources are looked for."""

from __future__ import annotations

from pathlib import Path

CORPORA_DIR = Path(__file__).resolve().parent.parent   # corpora/
OUT = CORPORA_DIR / "formats"
EXPECTED = OUT / "expected"
DEFAULT_SRC = Path("/work/shared/corpora")

# written into every PDF's /Producer and so part of the output bytes: it names the entry script, not this package
PRODUCER = "zhixing corpora/render_formats.py"
