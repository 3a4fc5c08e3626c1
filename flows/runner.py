"""Run the batch flow from the command line: Prefect's home under the data folder, ephemeral unless PREFECT_API_URL.

Prefect reads PREFECT_HOME when it is first imported, so this module sets it before importing the flow.
"""

from __future__ import annotations

import os
from pathlib import Path

from zhixing.config import Settings


def configure_prefect(settings: Settings) -> None:
    settings.prefect_home.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(settings.prefect_home))
    # keep the terminal readable for people: Prefect's own INFO lines go only to its API and logs
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def run_batch_flow(folder: Path, settings: Settings, show_progress: bool = False, workers: int = 0) -> dict:
    configure_prefect(settings)
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
