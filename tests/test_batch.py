"""Batch logic without Prefect: plan, process, persist, skip, quarantine, retry; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import CORPORA
from tests.db import postgres_database
from zhixing import batch
from zhixing.batch import discover, open_store, plan_batch, process_chunk, summarise
from zhixing.config import Settings
from zhixing.store import documents, make_engine, quarantine


def make_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for name in ("wsjd-003.txt", "wsjd-006.txt", "wsjd-010.txt"):
        shutil.copy(CORPORA / "judgments" / name, folder / name)
    shutil.copy(CORPORA / "judgments" / "wsjd-003.txt", folder / "sub" / "copy-of-003.txt")  # same bytes
    shutil.copy(CORPORA / "press" / "001_f53ba57bbbbad008.txt", folder / "sub" / "press.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bad.docx").write_bytes(b"this is not a zip file")
    (folder / ".hidden.txt").write_text("ignored")
    return folder


def run_once(folder: Path, settings: Settings) -> dict:
    engine, done = open_store(settings)
    engine.dispose()
    plan = plan_batch(discover(folder), done)
    outcomes = process_chunk(plan.todo, settings, batch_id=None)
    return summarise(plan, outcomes, 0.0)


@pytest.fixture(params=["sqlite", "postgresql"])
def settings(request, tmp_path):
    if request.param == "sqlite":
        yield Settings.load(tmp_path / "data")
    else:
        with postgres_database() as url:
            yield Settings.load(tmp_path / "data", database_url=url)


def test_batch_processes_everything_once_and_skips_on_rerun(tmp_path, settings):
    folder = make_folder(tmp_path)
    first = run_once(folder, settings)
    assert first["discovered"] == 7 and first["processed"] == 6
    assert first["duplicates"] == [str(folder / "wsjd-003.txt")]  # sorted order: sub/copy-of-003.txt comes first
    assert first["by_status"] == {"ok": 4, "quarantined": 2}
    assert {q["code"] for q in first["quarantined"]} == {"empty_file", "docx_damaged"}
    second = run_once(folder, settings)
    assert second["processed"] == 0 and second["skipped_already_done"] == 6
    engine = make_engine(settings.database_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar() == 6
        assert conn.execute(select(func.count()).select_from(quarantine)).scalar() == 2
        paths = conn.execute(select(documents.c.result_path)).scalars().all()
    engine.dispose()
    for path in paths:  # every result is one complete JSON line
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        assert len(lines) == 1 and json.loads(lines[0])["source"]["sha256"] in path


def test_transient_failure_is_retried_then_quarantined(tmp_path, monkeypatch):
    settings = Settings.load(tmp_path / "data")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPORA / "judgments" / "wsjd-003.txt", folder / "a.txt")
    shutil.copy(CORPORA / "judgments" / "wsjd-004.txt", folder / "b.txt")
    real_write = batch.write_result_file
    calls = {"a": 0}
    monkeypatch.setattr(batch.time, "sleep", lambda s: None)

    def flaky(results_dir, sha, line):
        if '"path":"' + str(folder / "a.txt") in line:
            calls["a"] += 1
            if calls["a"] < 3:
                raise OSError("disk hiccup")
        if '"path":"' + str(folder / "b.txt") in line:
            raise OSError("disk gone")
        return real_write(results_dir, sha, line)

    monkeypatch.setattr(batch, "write_result_file", flaky)
    summary = run_once(folder, settings)
    assert calls["a"] == 3
    statuses = {Path(q["path"]).name: q["code"] for q in summary["quarantined"]}
    assert statuses == {"b.txt": "transient_failure"}
    assert summary["by_status"] == {"ok": 1, "quarantined": 1}
    # a transient failure is not recorded as done: the next run tries it again
    monkeypatch.setattr(batch, "write_result_file", real_write)
    again = run_once(folder, settings)
    assert again["processed"] == 1 and again["by_status"] == {"ok": 1}


def test_new_extractor_version_reprocesses(tmp_path, monkeypatch):
    settings = Settings.load(tmp_path / "data")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPORA / "judgments" / "wsjd-003.txt", folder / "a.txt")
    assert run_once(folder, settings)["processed"] == 1
    monkeypatch.setattr(batch, "EXTRACTOR_VERSION", "test-next")
    monkeypatch.setattr("zhixing.pipeline.EXTRACTOR_VERSION", "test-next")
    assert run_once(folder, settings)["processed"] == 1


def test_a_bug_is_quarantined_at_once_not_retried(tmp_path, monkeypatch):
    settings = Settings.load(tmp_path / "data")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPORA / "judgments" / "wsjd-003.txt", folder / "a.txt")
    calls = {"n": 0}

    def broken(*args, **kwargs):
        calls["n"] += 1
        raise ValueError("a bug in a stage")

    monkeypatch.setattr(batch, "write_result_file", broken)
    monkeypatch.setattr(batch.time, "sleep", lambda s: (_ for _ in ()).throw(AssertionError("no retry sleep")))
    summary = run_once(folder, settings)
    assert calls["n"] == 1
    assert [(q["code"], "ValueError" in q["reason"]) for q in summary["quarantined"]] == [("internal_error", True)]
