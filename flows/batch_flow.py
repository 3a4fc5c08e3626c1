"""The batch flow: discover → hash → skip done → process chunks in parallel → persist → summary."""

from __future__ import annotations

import os
import time
from dataclasses import asdict
from pathlib import Path
from typing import Callable

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from zhixing.batch import FileEntry, chunked, discover, open_store, plan_batch, process_chunk, summarise
from zhixing.config import Settings
from zhixing.store import finish_batch, start_batch

# Set by the runner when a terminal progress bar is wanted; called with (documents done, documents to do).
progress_hook: Callable[[int, int], None] | None = None


@task(cache_policy=NONE)
def plan_task(folder: str, settings: Settings):
    engine, done = open_store(settings)
    try:
        batch_id = start_batch(engine, folder)
    finally:
        engine.dispose()
    return plan_batch(discover(Path(folder)), done), batch_id


# Retried as a whole only when the chunk itself fails (database unreachable); documents already persisted are
# rewritten identically, so a retry duplicates nothing.
@task(cache_policy=NONE, retries=2, retry_delay_seconds=[2, 10])
def process_chunk_task(entries: list[dict], settings: Settings, batch_id: int) -> list[dict]:
    return process_chunk([FileEntry(**e) for e in entries], settings, batch_id)


def _task_runner(workers: int):
    return ProcessPoolTaskRunner(max_workers=workers) if workers > 1 else ThreadPoolTaskRunner(max_workers=1)


@flow(name="zhixing-batch", log_prints=False)
def batch_flow(folder: str, settings: Settings, workers: int = 0) -> dict:
    logger = get_run_logger()
    started = time.perf_counter()
    plan, batch_id = plan_task(folder, settings)
    logger.info("%d to process, %d already done, %d duplicates", len(plan.todo), len(plan.skipped),
                len(plan.duplicates))
    outcomes: list[dict] = []
    chunks = chunked(plan.todo, settings.chunk_size)
    if chunks:
        workers = workers or min(os.cpu_count() or 1, len(chunks))
        with _task_runner(workers) as runner:
            futures = [runner.submit(process_chunk_task, parameters={
                "entries": [asdict(e) for e in chunk], "settings": settings, "batch_id": batch_id})
                for chunk in chunks]
            for future in as_completed(futures):
                outcomes.extend(future.result())
                if progress_hook:
                    progress_hook(len(outcomes), len(plan.todo))
    outcomes.sort(key=lambda o: o["path"])
    summary = summarise(plan, outcomes, time.perf_counter() - started)
    summary["batch_id"] = batch_id
    engine, _ = open_store(settings)
    try:
        finish_batch(engine, batch_id, summary)
    finally:
        engine.dispose()
    logger.info("batch %s: %s", batch_id, summary["by_status"])
    return summary
