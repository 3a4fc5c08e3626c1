"""Shared helpers for the benchmarks: corpus lists, timing loops, machine description, JSON output."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
CORPORA = ROOT / "corpora"

if str(ROOT) not in sys.path:  # so `python bench/x.py` finds zhixing/extractors/flows without installing
    sys.path.insert(0, str(ROOT))

# The real, well-formed PDFs (scan-*, cid-*, encrypted, truncated are bad inputs and stay out of speed figures).
GOOD_PDFS = ["wsjd-001.pdf", "wsjd-005.pdf", "wsjd-006.pdf", "press-002-twocol.pdf"]


def judgment_files() -> list[Path]:
    """The 65 real text judgments: 15 published ones and 50 rebuilt from real labelled fields."""
    return sorted((CORPORA / "judgments").glob("*.txt")) + sorted((CORPORA / "rebuilt").glob("*.txt"))


def press_files() -> list[Path]:
    return sorted((CORPORA / "press").glob("*.txt"))


def pdf_files() -> list[Path]:
    return [CORPORA / "formats" / name for name in GOOD_PDFS]


def run_for(fn: Callable[[], object], min_seconds: float, min_rounds: int = 3) -> list[float]:
    """Call ``fn`` repeatedly until at least ``min_seconds`` have passed (and ``min_rounds`` calls); per-call times."""
    times: list[float] = []
    total = 0.0
    while total < min_seconds or len(times) < min_rounds:
        t0 = time.perf_counter()
        fn()
        dt_ = time.perf_counter() - t0
        times.append(dt_)
        total += dt_
    return times


def spread(times: list[float]) -> dict:
    return {"rounds": len(times), "total_s": round(sum(times), 4), "median_s": round(statistics.median(times), 6),
            "min_s": round(min(times), 6), "max_s": round(max(times), 6)}


def package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict:
    mem_total = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_total = f"{int(line.split()[1]) // 1024} MiB"
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "affinity_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu_model": cpu_model(),
        "memory": mem_total,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "packages": {name: package_version(name) for name in
                     ("zhixing", "pypdfium2", "pdfplumber", "pdfminer.six", "prefect", "pydantic", "SQLAlchemy")},
        "date": dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds"),
    }


def code_fingerprint() -> dict:
    """sha256 over the product's Python sources (every top-level package but tests/ and bench/): shows whether the
    code changed while the benchmarks ran."""
    import hashlib

    digest = hashlib.sha256()
    packages = sorted(d for d in ROOT.iterdir() if d.is_dir() and (d / "__init__.py").exists()
                      and d.name not in ("tests", "bench") and not d.name.startswith("."))
    files = sorted(p for d in packages for p in d.rglob("*.py"))
    latest = 0.0
    for p in files:
        digest.update(str(p.relative_to(ROOT)).encode() + b"\0" + p.read_bytes())
        latest = max(latest, p.stat().st_mtime)
    return {"sha256": digest.hexdigest()[:16], "files": len(files), "packages": [d.name for d in packages],
            "newest_mtime": dt.datetime.fromtimestamp(latest, dt.timezone.utc).isoformat(timespec="seconds")}


def _spin(n: int) -> float:
    t0 = time.perf_counter()
    x = 0
    for i in range(n):
        x += i * i
    return time.perf_counter() - t0


def cpu_scaling(n: int = 10_000_000) -> dict:
    """The same pure-Python loop in 1 process, then in one process per CPU at once: effective parallel cores =
    processes × (time alone / time together). A VM can list 2 CPUs and give about one core's worth."""
    import multiprocessing

    procs = os.cpu_count() or 1
    alone = min(_spin(n) for _ in range(2))
    with multiprocessing.get_context("spawn").Pool(procs) as pool:
        together = pool.map(_spin, [n] * procs)
    return {"processes": procs, "alone_s": round(alone, 3), "together_s": [round(t, 3) for t in together],
            "effective_cores": round(procs * alone / max(together), 2)}


def write_json(name: str, payload: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
