"""Load extraction results into the review queue: the JSON Lines of `zhixing extract` or a batch's results folder.

Each record is committed on its own, so one broken line costs that line only; it is reported with its file and line
number. Loading the same results again adds nothing (ingest_document is idempotent) and changes no decision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from sqlalchemy.engine import Engine

from review.db import make_engine, migrate, sessions
from review.queue import ingest_document


@dataclass
class LoadSummary:
    records: int = 0
    documents_loaded: int = 0
    items_added: int = 0
    not_ok: list[str] = field(default_factory=list)  # documents that failed or need OCR: no flags to review
    errors: list[dict] = field(default_factory=list)  # {"file", "line", "reason"}

    def as_dict(self) -> dict:
        return {"records": self.records, "documents_loaded": self.documents_loaded, "items_added": self.items_added,
                "not_ok": self.not_ok, "errors": self.errors}


def result_files(paths: list[Path]) -> Iterator[Path]:
    """The given files, and every *.jsonl under a given folder (a batch writes results/<sha[:2]>/<sha>.jsonl)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.jsonl") if not p.name.startswith(".tmp-"))
        else:
            yield path


def iter_lines(path: Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, record, error) for each non-empty line of one file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield 0, None, f"无法读取文件 / cannot read the file: {type(exc).__name__}: {exc}"
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, None, f"不是有效的 JSON / not valid JSON: {exc}"
            continue
        if not isinstance(record, dict) or not isinstance(record.get("source"), dict):
            yield number, None, "不是 zhixing 的文书记录（缺少 source）/ not a zhixing document record (no source)"
            continue
        yield number, record, None


def load_results(engine: Engine, paths: list[Path]) -> LoadSummary:
    migrate(engine)
    Session = sessions(engine)
    summary = LoadSummary()
    for path in result_files(paths):
        for number, record, error in iter_lines(path):
            if error is not None:
                summary.errors.append({"file": str(path), "line": number, "reason": error})
                continue
            summary.records += 1
            if record.get("status") != "ok" or not record["source"].get("sha256"):
                summary.not_ok.append(f"{record['source'].get('path', path)}: {record.get('status')}")
                continue
            try:
                with Session.begin() as session:
                    _, added = ingest_document(session, record)
            except (KeyError, TypeError, ValueError) as exc:  # a record of another schema version or a hand-edited one
                summary.errors.append({"file": str(path), "line": number,
                                       "reason": f"记录缺少字段或格式不符 / malformed record: {type(exc).__name__}: {exc}"})
                continue
            summary.documents_loaded += 1
            summary.items_added += added
    return summary


def load_into_queue(database_url: str, paths: list[Path]) -> LoadSummary:
    """load_results on a database named by URL (the batch flow and the command line use this)."""
    engine = make_engine(database_url)
    try:
        return load_results(engine, paths)
    finally:
        engine.dispose()
