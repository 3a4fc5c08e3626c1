"""The Prefect batch flow for real: `zhixing batch` in a subprocess, killed half way (SIGKILL) and run again.

One Prefect home is shared by the tests of this module so the ephemeral server's database is set up once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from review.models import ReviewItem
from tests.conftest import CORPORA, ROOT
from zhixing.store import documents

pytestmark = pytest.mark.prefect


@pytest.fixture(scope="module")
def prefect_env(tmp_path_factory):
    env = dict(os.environ)
    env["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    env.pop("PREFECT_API_URL", None)
    return env


def make_corpus(folder: Path, copies: int) -> int:
    sources = sorted((CORPORA / "judgments").glob("*.txt")) + sorted((CORPORA / "rebuilt").glob("*.txt"))
    folder.mkdir(parents=True)
    n = 0
    for k in range(copies):
        for src in sources:
            text = src.read_text(encoding="utf-8") + f"\n（副本{k}）\n"
            (folder / f"{src.stem}-{k}.txt").write_text(text, encoding="utf-8")
            n += 1
    return n


def batch_cmd(folder: Path, data: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "zhixing", "batch", str(folder), "--data-dir", str(data), "--no-progress", *extra]


def queued_flags(data: Path) -> int:
    """Flags in the result files that the review queue should hold (info notes are not queued), checked against
    the rows of the queue itself."""
    expected = sum(1 for f in (data / "results").glob("*/*.jsonl")
                   for flag in json.loads(f.read_text(encoding="utf-8"))["flags"] if flag["severity"] != "info")
    engine = create_engine(f"sqlite:///{data / 'zhixing.db'}")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ReviewItem)).scalar() == expected
    engine.dispose()
    return expected


def test_batch_command_runs_the_flow_and_is_idempotent(tmp_path, prefect_env):
    folder = tmp_path / "in"
    total = make_corpus(folder, 1)
    (folder / "empty.txt").write_bytes(b"")
    data = tmp_path / "data"
    first = subprocess.run(batch_cmd(folder, data, "--chunk-size", "20", "--no-review"), cwd=ROOT, env=prefect_env,
                           capture_output=True, timeout=300)
    assert first.returncode == 1, first.stderr.decode()[-2000:]  # one document quarantined
    summary = json.loads(first.stdout)
    assert summary["processed"] == total + 1 and summary["by_status"] == {"ok": total, "quarantined": 1}
    assert summary["quarantined"][0]["code"] == "empty_file"
    assert "review" not in summary
    # a run that processes nothing still queues the folder's documents processed before (review is the default)
    second = subprocess.run(batch_cmd(folder, data), cwd=ROOT, env=prefect_env, capture_output=True,
                            timeout=300)
    again = json.loads(second.stdout)
    assert again["processed"] == 0 and again["skipped_already_done"] == total + 1
    assert again["review"]["documents_loaded"] == total and again["review"]["errors"] == []
    assert again["review"]["items_added"] == queued_flags(data) > 0
    engine = create_engine(f"sqlite:///{data / 'zhixing.db'}")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar() == total + 1
    engine.dispose()


def test_killed_batch_resumes_and_loses_nothing(tmp_path, prefect_env):
    folder = tmp_path / "in"
    total = make_corpus(folder, 10)
    data = tmp_path / "data"
    results = data / "results"
    proc = subprocess.Popen(batch_cmd(folder, data, "--chunk-size", "10", "--no-review"), cwd=ROOT, env=prefect_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        done = len(list(results.glob("*/*.jsonl"))) if results.exists() else 0
        if done >= 40 or proc.poll() is not None:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the flow and its worker processes, without warning
    proc.wait(timeout=30)
    killed_at = len(list(results.glob("*/*.jsonl")))
    assert 0 < killed_at < total
    rerun = subprocess.run(batch_cmd(folder, data, "--review"), cwd=ROOT, env=prefect_env, capture_output=True,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()[-2000:]
    summary = json.loads(rerun.stdout)
    # the documents the killed run finished are queued too, not only those processed now
    assert summary["review"]["documents_loaded"] == total
    assert summary["review"]["items_added"] == queued_flags(data)
    assert summary["processed"] + summary["skipped_already_done"] == total
    assert summary["skipped_already_done"] > 0 and summary["by_status"] == {"ok": summary["processed"]}
    files = list(results.glob("*/*.jsonl"))
    assert len(files) == total and not list(results.glob("*/.tmp-*"))
    for f in files:
        record = json.loads(f.read_text(encoding="utf-8"))
        assert record["status"] == "ok" and record["operative_items"]
    engine = create_engine(f"sqlite:///{data / 'zhixing.db'}")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar() == total
        assert conn.execute(select(func.count(func.distinct(documents.c.sha256)))).scalar() == total
    engine.dispose()


def test_batch_against_a_running_prefect_server(tmp_path, prefect_env):
    """PREFECT_API_URL mode: the flow and its task run are recorded by a real `prefect server`, not an ephemeral one."""
    import httpx

    from tests.live_server import free_port

    port = free_port()
    server_env = dict(prefect_env, PREFECT_HOME=str(tmp_path / "server-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
                      PREFECT_UI_ENABLED="false")
    prefect_cli = Path(sys.executable).with_name("prefect")
    server = subprocess.Popen([str(prefect_cli), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=server_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "prefect server did not start"
            time.sleep(0.5)
        folder = tmp_path / "in"
        total = make_corpus(folder, 1)
        run = subprocess.run(batch_cmd(folder, tmp_path / "data", "--no-review"), cwd=ROOT,
                             env=dict(prefect_env, PREFECT_API_URL=api), capture_output=True, timeout=300)
        assert run.returncode == 0, run.stderr.decode()[-2000:]
        assert json.loads(run.stdout)["processed"] == total
        runs = httpx.post(f"{api}/flow_runs/filter", json={"limit": 10}, timeout=10).json()
        assert [(r["name"] is not None, r["state_type"]) for r in runs] == [(True, "COMPLETED")]
        flows = httpx.post(f"{api}/flows/filter", json={"limit": 10}, timeout=10).json()
        assert [f["name"] for f in flows] == ["zhixing-batch"]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
