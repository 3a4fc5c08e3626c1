"""Shared fixtures: paths to the project's corpora (copies of the real documents in ../shared/corpora)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
GOLD_STRUCTURE = CORPORA / "gold" / "structure"


def gold_files() -> list[Path]:
    return sorted(GOLD_STRUCTURE.glob("*.json"))


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def resolve_sections(text: str, sections: list[dict]) -> list[tuple[str, tuple[int, int] | None]]:
    """Turn gold snippets into exact spans: start = first snippet found after the previous section, end = last snippet."""
    out = []
    pos = 0
    for s in sections:
        start = text.find(s["first"], pos)
        end = text.find(s["last"], start) if start >= 0 else -1
        if start < 0 or end < 0:
            out.append((s["name"], None))
            continue
        out.append((s["name"], (start, end + len(s["last"]))))
        pos = end + len(s["last"])
    return out


@pytest.fixture(params=["sqlite", "postgresql"])
def review_engine(request, tmp_path):
    """A migrated, empty review database: SQLite in a temp folder, then a throw-away PostgreSQL database."""
    from review.db import make_engine, migrate
    from tests.db import postgres_database

    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'review.db'}")
        migrate(eng)
        yield eng
        eng.dispose()
    else:
        with postgres_database() as url:
            eng = make_engine(url)
            migrate(eng)
            yield eng
            eng.dispose()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
