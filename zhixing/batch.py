"""Batch logic in plain functions (the Prefect flow in flows/ only orchestrates them).

discover → hash → plan (skip what this extractor version already processed) → process in chunks → persist →
summarise. A document that cannot be read is written like any other (its JSON line says why) and quarantined with
its reason; a transient failure (I/O, a locked database) is retried before it is quarantined. Nothing is dropped:
every discovered file ends up processed, skipped as already done, or quarantined, and the summary counts each.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from zhixing import EXTRACTOR_VERSION
from zhixing.config import Settings
from zhixing.errors import PERMANENT
from zhixing.output import document_line, document_record
from zhixing.pipeline import process_bytes
from zhixing.store import (make_engine, processed_hashes, record_document, record_quarantine, result_file,
                           write_result_file)

TRANSIENT_ATTEMPTS = 3
_IGNORED_NAMES = (".", "~$", "Thumbs.db", "desktop.ini")


@dataclass
class FileEntry:
    path: str
    sha256: str
    size: int


@dataclass
class Plan:
    todo: list[FileEntry] = field(default_factory=list)
    skipped: list[FileEntry] = field(default_factory=list)     # already processed with this extractor version
    duplicates: list[FileEntry] = field(default_factory=list)  # same bytes as another file in this batch
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): could not even be hashed


def discover(folder: Path) -> list[Path]:
    """Every regular file under ``folder`` (recursively), in a stable order; hidden and editor temp files skipped."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(_IGNORED_NAMES)
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts[:-1]))


def hash_file(path: Path, block: int = 1 << 20) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(block):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def plan_batch(paths: list[Path], done: set[str]) -> Plan:
    plan = Plan()
    seen: set[str] = set()
    for path in paths:
        try:
            sha, size = hash_file(path)
        except OSError as exc:
            plan.unreadable.append((str(path), f"{type(exc).__name__}: {exc}"))
            continue
        entry = FileEntry(str(path), sha, size)
        if sha in seen:
            plan.duplicates.append(entry)
        elif sha in done:
            plan.skipped.append(entry)
        else:
            plan.todo.append(entry)
        seen.add(sha)
    return plan


def chunked(entries: list[FileEntry], size: int) -> list[list[FileEntry]]:
    return [entries[i:i + size] for i in range(0, len(entries), size)]


def process_entry(entry: FileEntry, settings: Settings, engine, batch_id: int | None) -> dict:
    """Process and persist one document; returns its outcome for the summary."""
    attempts = 0
    while True:
        attempts += 1
        try:
            data = Path(entry.path).read_bytes()
            doc = process_bytes(data, entry.path, suffix=Path(entry.path).suffix)
            line = document_line(doc)
            result_path = write_result_file(settings.results_dir, doc.source.sha256 or entry.sha256, line)
            record_document(engine, document_record(doc), result_path, batch_id)
            break
        except Exception as exc:
            if not _transient(exc):  # a bug is not cured by waiting: quarantine it at once, under its own reason
                reason = f"{type(exc).__name__}: {exc}"
                record_quarantine(engine, entry.sha256, EXTRACTOR_VERSION, entry.path, "internal_error",
                                  f"处理时发生内部错误 / internal error: {reason}", attempts, batch_id)
                return {"path": entry.path, "sha256": entry.sha256, "status": "quarantined",
                        "code": "internal_error", "reason": reason}
            if attempts >= TRANSIENT_ATTEMPTS:
                reason = f"{type(exc).__name__}: {exc}"
                record_quarantine(engine, entry.sha256, EXTRACTOR_VERSION, entry.path, "transient_failure",
                                  f"{TRANSIENT_ATTEMPTS} 次重试后仍失败 / failed after {attempts} attempts: {reason}",
                                  attempts, batch_id)
                return {"path": entry.path, "sha256": entry.sha256, "status": "quarantined",
                        "code": "transient_failure", "reason": reason}
            time.sleep(0.2 * 2 ** attempts)
    outcome = {"path": entry.path, "sha256": entry.sha256, "status": doc.status, "doc_type": doc.doc_type,
               "items": len(doc.operative_items)}
    if doc.error is not None and doc.error.code in PERMANENT:
        record_quarantine(engine, entry.sha256, EXTRACTOR_VERSION, entry.path, doc.error.code, doc.error.message,
                          attempts, batch_id)
        outcome.update(status="quarantined" if doc.status == "failed" else doc.status, code=doc.error.code,
                       reason=doc.error.message)
    return outcome


def _transient(exc: BaseException) -> bool:
    """I/O trouble (file vanished, disk full) and database trouble (locked, connection lost) may pass; bugs do not."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    return isinstance(exc, (OSError, OperationalError, DBAPIError, TimeoutError))


def process_chunk(entries: list[FileEntry], settings: Settings, batch_id: int | None = None) -> list[dict]:
    engine = make_engine(settings.database_url)
    try:
        return [process_entry(entry, settings, engine, batch_id) for entry in entries]
    finally:
        engine.dispose()


def process_parallel(entries: list[FileEntry], settings: Settings, batch_id: int | None = None, workers: int = 1,
                     on_progress=None) -> list[dict]:
    """Process all entries in chunks of ``settings.chunk_size`` on a pool of ``workers`` processes.

    The workers run plain functions only (no orchestration client), so a pool costs one interpreter start per
    worker and nothing per chunk. ``on_progress(done, total)`` is called in this process as chunks finish.
    """
    chunks = chunked(entries, settings.chunk_size)
    outcomes: list[dict] = []
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            outcomes.extend(process_chunk(chunk, settings, batch_id))
            if on_progress:
                on_progress(len(outcomes), len(entries))
        return outcomes
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    context = multiprocessing.get_context("spawn")  # a clean interpreter: no threads or sockets of the parent
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(process_chunk, chunk, settings, batch_id) for chunk in chunks]
        for future in as_completed(futures):
            outcomes.extend(future.result())
            if on_progress:
                on_progress(len(outcomes), len(entries))
    return outcomes


def planned_results(plan: Plan, settings: Settings) -> list[Path]:
    """The result files of every document of this batch's folder that has one (processed now or before): what a
    review-queue load covers, so documents processed by a killed run are not left out of the queue."""
    files = (result_file(settings.results_dir, e.sha256) for e in plan.todo + plan.skipped)
    return [f for f in files if f.exists()]


def summarise(plan: Plan, outcomes: list[dict], seconds: float) -> dict:
    by_status: dict[str, int] = {}
    by_type: dict[str, int] = {}
    for o in outcomes:
        by_status[o["status"]] = by_status.get(o["status"], 0) + 1
        if o.get("doc_type"):
            by_type[o["doc_type"]] = by_type.get(o["doc_type"], 0) + 1
    quarantined = [{"path": o["path"], "code": o.get("code"), "reason": o.get("reason")}
                   for o in outcomes if o["status"] in ("quarantined", "needs_ocr")]
    quarantined += [{"path": p, "code": "unreadable", "reason": r} for p, r in plan.unreadable]
    return {
        "extractor_version": EXTRACTOR_VERSION,
        "discovered": len(plan.todo) + len(plan.skipped) + len(plan.duplicates) + len(plan.unreadable),
        "processed": len(outcomes),
        "skipped_already_done": len(plan.skipped),
        "duplicates": [d.path for d in plan.duplicates],
        "by_status": by_status,
        "by_doc_type": by_type,
        "operative_items": sum(o.get("items", 0) for o in outcomes),
        "quarantined": quarantined,
        "seconds": round(seconds, 3),
    }


def open_store(settings: Settings):
    settings.results_dir.mkdir(parents=True, exist_ok=True)
    for stale in settings.results_dir.glob("*/.tmp-*"):  # left by a run killed while writing: never a result
        stale.unlink(missing_ok=True)
    engine = make_engine(settings.database_url)
    return engine, processed_hashes(engine, EXTRACTOR_VERSION)
