"""Run the batch flow from the command line: Prefect's home under the data folder, a local server unless PREFECT_API_URL.

Prefect reads PREFECT_HOME when it is first imported, so this module sets it before importing the flow. Without
PREFECT_API_URL the flow talks to a server started for this batch (flows/local_server.py) before Prefect and the
pipeline are imported, so that it boots meanwhile; ZHIXING_PREFECT_EPHEMERAL=prefect uses Prefect's own ephemeral
server instead (it starts when the flow is called).
"""

from __future__ import annotations

import os
from pathlib import Path

from flows.local_server import LocalPrefectServer
from zhixing.config import Settings


def configure_prefect(settings: Settings) -> None:
    settings.prefect_home.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(settings.prefect_home))
    # keep the terminal readable for people: Prefect's own INFO lines go only to its API and logs
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def run_batch_flow(folder: Path, settings: Settings, show_progress: bool = False, workers: int = 0) -> dict:
    configure_prefect(settings)
    if os.environ.get("PREFECT_API_URL") or os.environ.get("ZHIXING_PREFECT_EPHEMERAL") == "prefect":
        return _run(folder, settings, show_progress, workers)
    server = LocalPrefectServer(Path(os.environ["PREFECT_HOME"])).start()  # set above unless the user set it
    try:
        from prefect.settings import PREFECT_API_URL, temporary_settings

        from flows import batch_flow  # noqa: F401  imported while the server boots

        server.wait_ready()
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            try:
                return _run(folder, settings, show_progress, workers)
            finally:
                _flush_prefect_workers()
    finally:
        server.stop()


def _flush_prefect_workers() -> None:
    # events and log lines still queued must reach the server before it stops, not retry against a closed port at exit
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    EventsWorker.drain_all(timeout=10)
    APILogWorker.drain_all(timeout=10)


def _run(folder: Path, settings: Settings, show_progress: bool, workers: int) -> dict:
    from flows import batch_flow as module

    if not show_progress:
        return module.batch_flow(str(folder.resolve()), settings, workers)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("处理中 processing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  transient=True) as progress:
        bar = progress.add_task("batch", total=None)

        def hook(done: int, total: int) -> None:
            progress.update(bar, completed=done, total=total)

        module.progress_hook = hook
        try:
            return module.batch_flow(str(folder.resolve()), settings, workers)
        finally:
            module.progress_hook = None
