"""The Prefect API server of one batch when no PREFECT_API_URL is set: started by zhixing itself, first thing.

Prefect's own ephemeral mode starts the same server (uvicorn on prefect.server.api.server:create_app, UI off) only when
the flow is first called, and imports the whole server application in the calling process before doing so (about
4 s of CPU here) although the application then runs in the subprocess. Starting the subprocess ourselves, before the
command line imports Prefect and the pipeline, lets the server boot (and create its database on a first run) while
those imports happen, and the calling process never imports the server. The flow then talks to it as to any server
named by PREFECT_API_URL. The server stops with the batch, and on Linux also when the command line is killed.

This module does not import Prefect: that is the point of it.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

# environment Prefect gives its own ephemeral subprocess (prefect.server.api.server.SubprocessASGIServer)
EPHEMERAL_SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
STARTUP_TIMEOUT_S = 90.0
PORT_IN_USE_EXIT_CODE = 3  # uvicorn's exit code when the port was taken between our check and its bind


class LocalServerError(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    # PR_SET_PDEATHSIG: the kernel sends SIGTERM to the server when the command line dies, even by SIGKILL,
    # so a killed batch leaves no server behind.
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(1, signal.SIGTERM)


def _prefect_parent_dir() -> str:
    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        raise LocalServerError("未安装 Prefect / Prefect is not installed")
    return str(Path(list(spec.submodule_search_locations)[0]).parent)


class LocalPrefectServer:
    """One uvicorn subprocess serving Prefect's API on a free loopback port; its output goes to server.log."""

    def __init__(self, home: Path):
        self.home = home
        self.log_path = home / "server.log"
        self.port = 0
        self.process: subprocess.Popen | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> "LocalPrefectServer":
        self.home.mkdir(parents=True, exist_ok=True)
        self.port = _free_port()
        command = [sys.executable, "-m", "uvicorn", "--app-dir", _prefect_parent_dir(), "--factory",
                   "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
                   "--log-level", "error", "--lifespan", "on"]
        env = {**os.environ, "PREFECT_HOME": str(self.home), **EPHEMERAL_SERVER_ENV}
        env.pop("PREFECT_API_URL", None)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                            preexec_fn=_die_with_parent if sys.platform == "linux" else None)
        return self

    def wait_ready(self, timeout_s: float = STARTUP_TIMEOUT_S) -> None:
        assert self.process is not None, "start() first"
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code == PORT_IN_USE_EXIT_CODE:
                self.start()
                continue
            if code is not None:
                raise LocalServerError(f"本地 Prefect 服务已退出 / the local Prefect server exited with code {code}; "
                                       f"see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.05)
        self.stop()
        raise LocalServerError(f"本地 Prefect 服务未响应 / the local Prefect server did not answer within "
                               f"{timeout_s:.0f} s; see {self.log_path}")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None
