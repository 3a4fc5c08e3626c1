"""MANIFEST.json and expected/<id>.txt: what every rendered file is, and the text it was built from."""

from __future__ import annotations

import hashlib
import json

from .paths import EXPECTED, OUT

MANIFEST: list[dict] = []  # one entry per rendered file, filled by record()


def write_expected(name: str, paragraphs: list[str]) -> str:
    EXPECTED.mkdir(parents=True, exist_ok=True)
    path = EXPECTED / f"{name}.txt"
    path.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    return f"expected/{name}.txt"


def record(file: str, **info) -> None:
    data = (OUT / file).read_bytes()
    entry = {"file": file}
    entry.update(info)
    entry["bytes"] = len(data)
    entry["sha256"] = hashlib.sha256(data).hexdigest()
    MANIFEST.append(entry)


def keep_previous_entry(name: str) -> None:
    """For a file that could not be regenerated: keep its entry from the MANIFEST.json on disk, if the file exists."""
    if (OUT / name).exists():
        old = json.loads((OUT / "MANIFEST.json").read_text(encoding="utf-8"))
        MANIFEST.append(next(e for e in old["files"] if e["file"] == name))


def write_manifest() -> None:
    MANIFEST.sort(key=lambda e: e["file"])
    manifest = {
        "generator": "corpora/render_formats.py",
        "source_corpus": "see /work/shared/corpora/PROVENANCE.md (judgments-full: xiaoluomati/wsjd @ "
                         "fb476dfd327b931504c7ed6de45894f6d11bc716; press/seeds: the project's founding documents)",
        "text_layer_values": {
            "yes": "extractable text", "none": "image only, no text", "cid": "text layer without Unicode mapping",
            "encrypted": "needs the user password", "corrupt": "truncated file"},
        "files": MANIFEST,
    }
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
