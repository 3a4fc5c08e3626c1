"""Settings with named defaults, overridable by environment variables (ZHIXING_*) or command-line options."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    """ZHIXING_DATA_DIR, else the project's data/ folder (a source checkout), else ~/.zhixing."""
    env = os.environ.get("ZHIXING_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    if (PROJECT_ROOT / "pyproject.toml").exists():
        return PROJECT_ROOT / "data"
    return Path.home() / ".zhixing"


@dataclass
class Settings:
    data_dir: Path
    database_url: str
    chunk_size: int = 25
    review_queue: bool = False  # also load the flags of the batch's documents into the review queue

    @classmethod
    def load(cls, data_dir: Path | None = None, database_url: str | None = None, chunk_size: int | None = None,
             review_queue: bool = False):
        data_dir = (data_dir or default_data_dir()).resolve()
        url = database_url or os.environ.get("ZHIXING_DATABASE_URL") or f"sqlite:///{data_dir / 'zhixing.db'}"
        size = chunk_size or int(os.environ.get("ZHIXING_CHUNK_SIZE", "25"))
        if size < 1:
            raise ValueError("chunk size must be at least 1")
        return cls(data_dir=data_dir, database_url=url, chunk_size=size, review_queue=review_queue)

    @property
    def results_dir(self) -> Path:
        return self.data_dir / "results"

    @property
    def prefect_home(self) -> Path:
        return self.data_dir / "prefect"
