"""EXTRACTOR_VERSION (zhixing/__init__.py) changes whenever the extraction does: the batch flow reprocesses a stored
document only when the version that produced it differs, so extraction that changes under the same version leaves
users with stale results. The digest of every corpus document's extraction (all of the `zhixing extract` line but the
flags, which the checks snapshot guards, and the version itself) is recorded with the version it belongs to:

    .venv/bin/python tests/test_extractor_version.py --record     (after bumping EXTRACTOR_VERSION)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RECORD = ROOT / "tests" / "extraction_digest.json"
FOLDERS = ["judgments", "rebuilt", "samples", "press"]
SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}


def extraction_digest() -> str:
    from zhixing.output import document_record
    from zhixing.pipeline import process_path

    digest = hashlib.sha256()
    for folder in FOLDERS:
        for path in sorted((ROOT / "corpora" / folder).iterdir()):
            if not path.is_file() or path.suffix.lower() not in SUFFIXES or path.name == "README.md":
                continue
            label = str(path.relative_to(ROOT))
            record = json.loads(json.dumps(document_record(process_path(path, label=label)), ensure_ascii=False))
            record.pop("flags", None)
            record.pop("extractor_version", None)
            digest.update(json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return digest.hexdigest()


def test_extraction_changes_come_with_a_new_extractor_version():
    from zhixing import EXTRACTOR_VERSION

    recorded = json.loads(RECORD.read_text("utf-8"))
    if recorded["extractor_version"] != EXTRACTOR_VERSION:
        raise AssertionError(f"EXTRACTOR_VERSION is {EXTRACTOR_VERSION} but the digest was recorded for "
                             f"{recorded['extractor_version']}: record it with "
                             "`python tests/test_extractor_version.py --record`")
    assert extraction_digest() == recorded["digest"], (
        f"the extraction changed under EXTRACTOR_VERSION {EXTRACTOR_VERSION}: bump it in zhixing/__init__.py (stored "
        "results are reprocessed only when it changes), then record the digest with "
        "`python tests/test_extractor_version.py --record`")


if __name__ == "__main__":
    if sys.argv[1:] != ["--record"]:
        sys.exit("usage: python tests/test_extractor_version.py --record")
    from zhixing import EXTRACTOR_VERSION

    RECORD.write_text(json.dumps({"extractor_version": EXTRACTOR_VERSION, "digest": extraction_digest()}, indent=1)
                      + "\n", "utf-8")
    print(f"recorded the extraction digest for {EXTRACTOR_VERSION} in {RECORD.relative_to(ROOT)}")
