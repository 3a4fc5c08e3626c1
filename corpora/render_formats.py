#!/usr/bin/env python3
"""Render the files in corpora/formats/; the code is in corpora/render/ (see its __init__.py).
Run from the repository root:  .venv/bin/python corpora/render_formats.py [--src /work/shared/corpora]"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora.render.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
