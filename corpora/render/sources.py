"""The source documents: judgments (wsjd-NNN.txt) and press seeds (NNN_*.txt)."""

from __future__ import annotations

from pathlib import Path

from .paths import CORPORA_DIR, DEFAULT_SRC


class Sources:
    def __init__(self, judgments: Path, seeds: Path):
        self.judgments, self.seeds = judgments, seeds

    @classmethod
    def from_root(cls, root: Path) -> "Sources":
        """The shared corpus layout: ROOT/judgments-full/wsjd-NNN.txt, ROOT/press/seeds/NNN_*.txt."""
        return cls(root / "judgments-full", root / "press" / "seeds")

    @classmethod
    def default(cls) -> "Sources":
        """The repository's own copies (corpora/judgments, corpora/press; byte-identical to the shared corpus) when
        present, else the shared corpus at /work/shared/corpora."""
        if (CORPORA_DIR / "judgments" / "wsjd-001.txt").is_file() and list((CORPORA_DIR / "press").glob("002_*.txt")):
            return cls(CORPORA_DIR / "judgments", CORPORA_DIR / "press")
        return cls.from_root(DEFAULT_SRC)

    def judgment(self, doc_id: str) -> list[str]:
        text = (self.judgments / f"{doc_id}.txt").read_text(encoding="utf-8")
        return [ln for ln in text.split("\n") if ln.strip()]

    def judgment_text(self, doc_id: str) -> str:
        return (self.judgments / f"{doc_id}.txt").read_text(encoding="utf-8")

    def seed_path(self, num: str) -> Path:
        (path,) = sorted(self.seeds.glob(f"{num}_*.txt"))
        return path

    def seed(self, num: str) -> list[str]:
        return self.seed_path(num).read_text(encoding="utf-8").split("\n")


def judgment_source(doc_id: str) -> str:
    return f"judgments-full/{doc_id}.txt"
