#!/usr/bin/env python3
"""Rebuild the judgments in corpora/rebuilt/ and their gold files; the code is in corpora/rebuild/ (see its
__init__.py).  Run from the repository root:  python corpora/rebuild_judgments.py [-v]"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora.rebuild.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
