"""The batch flow: plan (discover, hash, skip what is done) → process on a worker pool → summary.

Orchestration stays thin: one task per batch, whatever its size (planning is quick plain work in the flow body). The documents are processed by
zhixing.batch.process_parallel on a pool of plain worker processes; going through one Prefect task per chunk costs
about 0.2 s a task on this machine and made every worker start its own ephemeral API server (bench/README.md).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE

from review.load import load_into_queue
from zhixing.batch import Plan, discover, open_store, plan_batch, planned_results, process_parallel, summarise
from zhixing.config import Settings
from zhixing.store import finish_batch, start_batch

# Set by the runner when a terminal progress bar is wanted; called with (documents done, documents to do).
progress_hook: Callable[[int, int], None] | None = None


def plan(folder: str, settings: Settings) -> tuple[Plan, int]:
    engine, done = open_store(settings)
    try:
        batch_id = start_batch(engine, folder)
    finally:
        engine.dispose()
    return plan_batch(discover(Path(folder)), done), batch_id


# Retried as a whole only when it fails as a whole (database unreachable, a worker killed): documents already
# persisted are skipped on the next plan and rewritten identically here, so a retry duplicates nothing.
@task(cache_policy=NONE, retries=2, retry_delay_seconds=[2, 10])
def process_task(plan: Plan, settings: Settings, batch_id: int, workers: int) -> list[dict]:
    return process_parallel(plan.todo, settings, batch_id, workers, on_progress=progress_hook)


# Loading is idempotent, so a retry (database briefly unreachable) adds nothing twice.
@task(cache_policy=NONE, retries=2, retry_delay_seconds=[2, 10])
def review_task(result_files: list[Path], settings: Settings) -> dict:
    return load_into_queue(settings.database_url, result_files).as_dict()


@flow(name="zhixing-batch", log_prints=False)
def batch_flow(folder: str, settings: Settings, workers: int = 0) -> dict:
    logger = get_run_logger()
    started = time.perf_counter()
    todo, batch_id = plan(folder, settings)
    logger.info("%d to process, %d already done, %d duplicates", len(todo.todo), len(todo.skipped),
                len(todo.duplicates))
    outcomes = process_task(todo, settings, batch_id, workers or (os.cpu_count() or 1)) if todo.todo else []
    outcomes.sort(key=lambda o: o["path"])
    summary = summarise(todo, outcomes, time.perf_counter() - started)
    summary["batch_id"] = batch_id
    if settings.review_queue:
        summary["review"] = review_task(planned_results(todo, settings), settings)
    engine, _ = open_store(settings)
    try:
        finish_batch(engine, batch_id, summary)
    finally:
        engine.dispose()
    logger.info("batch %s: %s", batch_id, summary["by_status"])
    return summary
