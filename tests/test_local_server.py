"""flows/local_server.py: the Prefect API server zhixing starts for a batch when no PREFECT_API_URL is set."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from flows import local_server
from flows.local_server import LocalPrefectServer, LocalServerError
from tests.conftest import ROOT

pytestmark = pytest.mark.prefect


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie still answers kill(0); it is dead for our purpose
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split()[2] != "Z"


def test_server_answers_and_stops(tmp_path):
    server = LocalPrefectServer(tmp_path / "home").start()
    try:
        server.wait_ready()
        with urllib.request.urlopen(f"{server.api_url}/health", timeout=5) as response:
            assert response.status == 200 and json.loads(response.read()) is True
        # its database lives in the home it was given, not in the user's ~/.prefect
        assert (tmp_path / "home" / "prefect.db").exists()
        pid = server.process.pid
    finally:
        server.stop()
    assert server.process is None and not _alive(pid)


def test_server_dies_with_a_killed_command_line(tmp_path):
    """SIGKILL of the process that started the server (not of its process group) leaves no server behind."""
    script = ("import sys; from pathlib import Path; from flows.local_server import LocalPrefectServer; "
              "s = LocalPrefectServer(Path(sys.argv[1])).start(); s.wait_ready(); "
              "print(s.process.pid, flush=True); import time; time.sleep(600)")
    parent = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "home")], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    server_pid = int(parent.stdout.readline())
    assert _alive(server_pid)
    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=10)
    deadline = time.monotonic() + 20
    while _alive(server_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(server_pid), "the Prefect server outlived the killed command line"


def test_a_server_that_cannot_start_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(local_server.sys, "executable", "/bin/false")
    server = LocalPrefectServer(tmp_path / "home").start()
    with pytest.raises(LocalServerError, match="server.log"):
        server.wait_ready(timeout_s=10)
    server.stop()
