"""Run the review application on a free loopback port in a background thread (uvicorn), for browser and load
tests; stops it cleanly afterwards."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager

import uvicorn


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(app):
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the review application did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def serve_process(url: str | None, port: int, workers: int = 1, data_dir=None):
    """`zhixing serve` in its own process (as deployed), once it answers; the caller terminates or kills it.
    ``url`` None: the embedded default, SQLite in ``data_dir``."""
    import subprocess
    import sys
    from pathlib import Path

    import httpx

    root = Path(__file__).resolve().parent.parent
    where = ["--db", url] if url else ["--data-dir", str(data_dir)]
    proc = subprocess.Popen([sys.executable, "-m", "zhixing.cli", "serve", *where, "--port", str(port),
                             "--workers", str(workers)], cwd=root, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/login", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("zhixing serve did not start: " + proc.stderr.read().decode(errors="replace")[-2000:])
