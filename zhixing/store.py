"""Where batch results live: one JSONL file per document and rows in a SQL database (SQLite by default).

A document is identified by (sha256 of its bytes, extractor version): processing it again with the same version is
skipped, and writing it again replaces the row instead of adding one. The JSONL file is written first and atomically
(temp file + rename), the row second, so a kill between the two only costs reprocessing that one document.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path

from sqlalchemy import (JSON, Column, DateTime, Integer, MetaData, String, Table, Text, UniqueConstraint, create_engine,
                        event, select)
from sqlalchemy.engine import Engine

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("path", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("error_code", String(64)),
    Column("doc_type", String(32)),
    Column("court", Text),
    Column("case_number", Text),
    Column("doc_date", String(10)),
    Column("items", Integer, nullable=False, default=0),
    Column("result_path", Text, nullable=False),
    Column("batch_id", Integer),
    Column("processed_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("sha256", "extractor_version", name="uq_documents_sha_version"),
)

quarantine = Table(
    "quarantine", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("path", Text, nullable=False),
    Column("code", String(64), nullable=False),
    Column("reason", Text, nullable=False),
    Column("attempts", Integer, nullable=False, default=1),
    Column("batch_id", Integer),
    Column("quarantined_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("sha256", "extractor_version", name="uq_quarantine_sha_version"),
)

batches = Table(
    "batches", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("folder", Text, nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("summary", JSON),
)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn, _record):  # WAL: readers never block the writer; wait instead of failing on a lock
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
    metadata.create_all(engine)
    return engine


def _upsert(engine: Engine, table: Table, row: dict, keys: tuple[str, ...]) -> None:
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(table).values(**row)
    stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_={k: v for k, v in row.items() if k not in keys})
    with engine.begin() as conn:
        conn.execute(stmt)


def result_file(results_dir: Path, sha256: str) -> Path:
    """Where the JSON line of the document with this hash lives: results/<sha[:2]>/<sha>.jsonl."""
    return results_dir / sha256[:2] / f"{sha256}.jsonl"


def write_result_file(results_dir: Path, sha256: str, line: str) -> Path:
    """Atomically write the document's JSON line to its result_file."""
    target = result_file(results_dir, sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".jsonl")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def record_document(engine: Engine, record: dict, result_path: Path, batch_id: int | None) -> None:
    source = record["source"]
    row = {
        "sha256": source["sha256"], "extractor_version": record["extractor_version"], "path": source["path"],
        "status": record["status"], "error_code": (record.get("error") or {}).get("code"),
        "doc_type": record.get("doc_type"), "court": record.get("court"), "case_number": record.get("case_number"),
        "doc_date": record.get("date"), "items": len(record.get("operative_items") or []),
        "result_path": str(result_path), "batch_id": batch_id, "processed_at": now(),
    }
    _upsert(engine, documents, row, ("sha256", "extractor_version"))


def record_quarantine(engine: Engine, sha256: str, version: str, path: str, code: str, reason: str, attempts: int,
                      batch_id: int | None) -> None:
    row = {"sha256": sha256, "extractor_version": version, "path": path, "code": code, "reason": reason,
           "attempts": attempts, "batch_id": batch_id, "quarantined_at": now()}
    _upsert(engine, quarantine, row, ("sha256", "extractor_version"))


def processed_hashes(engine: Engine, version: str) -> set[str]:
    with engine.connect() as conn:
        rows = conn.execute(select(documents.c.sha256, documents.c.result_path)
                            .where(documents.c.extractor_version == version)).all()
    return {sha for sha, result_path in rows if Path(result_path).exists()}


def start_batch(engine: Engine, folder: str) -> int:
    with engine.begin() as conn:
        return conn.execute(batches.insert().values(folder=folder, started_at=now())).inserted_primary_key[0]


def finish_batch(engine: Engine, batch_id: int, summary: dict) -> None:
    with engine.begin() as conn:
        conn.execute(batches.update().where(batches.c.id == batch_id)
                     .values(finished_at=now(), summary=json.loads(json.dumps(summary, default=str))))
