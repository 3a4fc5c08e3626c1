"""Helpers of bench_batch.py: the input corpus, the process-tree sampler (memory and roles of the CLI, the Prefect
server and the pool workers) and cold-import timing."""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import OUT, ROOT, judgment_files, press_files


def clean_env() -> dict:
    """The environment of a child run, without settings of the developer's shell that would redirect it."""
    env = dict(os.environ)
    for key in ("PREFECT_API_URL", "PREFECT_HOME", "ZHIXING_PREFECT_EPHEMERAL", "ZHIXING_DATABASE_URL", "ZHIXING_CHUNK_SIZE", "ZHIXING_DATA_DIR"):
        env.pop(key, None)
    return env


def serialisation_failures(paths: list[Path]) -> dict[str, str]:
    """Sources whose Document `document_line` cannot serialise today (a product bug): the batch would retry each
    copy three times with back-off sleeps (1.2 s) and quarantine it, which times sleeping, not processing."""
    sys.path.insert(0, str(ROOT))
    from zhixing.output import document_line
    from zhixing.pipeline import process_bytes

    failures = {}
    for p in paths:
        try:
            document_line(process_bytes(p.read_bytes(), str(p), p.suffix))
        except Exception as exc:  # noqa: BLE001 (reported, not raised)
            failures[str(p.relative_to(ROOT))] = f"{type(exc).__name__}: {exc}"[:200]
    return failures


def build_input(folder: Path, count: int, skip_failing: bool) -> dict:
    all_sources = judgment_files() + press_files()
    failing = serialisation_failures(all_sources)
    sources = [p for p in all_sources if str(p.relative_to(ROOT)) not in failing] if skip_failing else all_sources
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    total_bytes = 0
    for i in range(count):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8").rstrip("\n") + f"\n（副本 {i:04d}）\n"
        data = text.encode("utf-8")
        (folder / f"{i:04d}-{src.parent.name}-{src.stem}.txt").write_bytes(data)
        total_bytes += len(data)
    import hashlib

    hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    return {"files": count, "distinct_sha256": len(hashes), "bytes": total_bytes, "sources": len(sources),
            "judgments": sum(1 for p in sources if p.parent.name != "press"),
            "press": sum(1 for p in sources if p.parent.name == "press"),
            "unserialisable_sources": failing, "skipped_unserialisable": skip_failing and bool(failing)}


# ---------------------------------------------------------------------------------------------------- memory sampler

def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as fh:
                    kids.extend(int(x) for x in fh.read().split())
            except OSError:
                pass
    except OSError:
        pass
    return kids


def _status_kb(pid: int) -> tuple[int, int]:
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


def _role(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmd = fh.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "gone"
    if "uvicorn" in cmd:
        return "prefect server (uvicorn)"
    if "resource_tracker" in cmd:
        return "multiprocessing resource tracker"
    if "multiprocessing" in cmd or "spawn_main" in cmd:
        return "pool worker"
    if cmd.split(" ")[0].endswith("/time"):
        return "time wrapper"
    if "zhixing" in cmd:
        return "zhixing cli (flow)"
    return "other: " + cmd[:80]


class TreeSampler(threading.Thread):
    """Polls a process tree every ``interval`` s: per-process peak RSS (VmHWM) by role, and peak summed RSS."""

    def __init__(self, root_pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.root_pid, self.interval = root_pid, interval
        self.stop_event = threading.Event()
        self.procs: dict[int, dict] = {}
        self.peak_total_kb = 0
        self.max_procs = 0

    def run(self) -> None:
        t0 = time.perf_counter()
        while not self.stop_event.is_set():
            now = time.perf_counter() - t0
            stack, seen = [(self.root_pid, None)], []
            while stack:
                pid, parent = stack.pop()
                seen.append((pid, parent))
                stack.extend((kid, pid) for kid in _children(pid))
            total = 0
            live = 0
            for pid, parent in seen:
                rss, hwm = _status_kb(pid)
                if not rss and not hwm:
                    continue
                # the role is read again every time: a child seen between fork and exec still shows its parent's
                # command line
                role = _role(pid)
                if role == "gone":
                    continue
                parent_role = self.procs.get(parent, {}).get("role") if parent else None
                if role == "prefect server (uvicorn)" and parent_role == "pool worker":
                    role = "prefect server (uvicorn) started by a pool worker"
                info = self.procs.get(pid)
                if info is None:
                    info = self.procs[pid] = {"hwm_kb": 0, "first_s": round(now, 1)}
                info["role"] = role
                info["last_s"] = round(now, 1)
                if info["role"] == "time wrapper":
                    continue
                info["hwm_kb"] = max(info["hwm_kb"], hwm)
                total += rss
                live += 1
            self.peak_total_kb = max(self.peak_total_kb, total)
            self.max_procs = max(self.max_procs, live)
            self.stop_event.wait(self.interval)

    def report(self) -> dict:
        roles: dict[str, dict] = {}
        for info in self.procs.values():
            if info["role"] in ("time wrapper", "gone"):
                continue
            r = roles.setdefault(info["role"], {"processes": 0, "peak_rss_mib": 0.0, "first_seen_s": None,
                                                "last_seen_s": None})
            r["processes"] += 1
            r["peak_rss_mib"] = max(r["peak_rss_mib"], round(info["hwm_kb"] / 1024, 1))
            r["first_seen_s"] = info["first_s"] if r["first_seen_s"] is None else min(r["first_seen_s"],
                                                                                     info["first_s"])
            r["last_seen_s"] = info["last_s"] if r["last_seen_s"] is None else max(r["last_seen_s"], info["last_s"])
        return {"by_role": roles, "peak_total_rss_mib": round(self.peak_total_kb / 1024, 1),
                "max_live_processes": self.max_procs, "sample_interval_s": self.interval}


# ---------------------------------------------------------------------------------------------------- the real CLI

def measure_imports(repeats: int = 3) -> dict:
    """Cold-interpreter import times (median of ``repeats``): what every CLI run and every spawned worker pays."""
    home = OUT / "batch-data-imports" / "prefect"
    home.mkdir(parents=True, exist_ok=True)
    env = clean_env()
    env["PREFECT_HOME"] = str(home)
    out = {}
    for label, code in (("python -c pass", "pass"), ("import zhixing.batch", "import zhixing.batch"),
                        ("import prefect", "import prefect"), ("from flows import batch_flow",
                                                                "from flows import batch_flow")):
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
        out[label] = round(statistics.median(times), 3)
    return out


# ---------------------------------------------------------------------------------------------------- plain functions


# ------------------------------------------------------------------------------------------------- the CLI itself

def cli_command() -> list[str]:
    script = ROOT / ".venv" / "bin" / "zhixing"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "zhixing"]


def quarantine_reasons(items: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for q in items:
        key = f"{q.get('code')}: {(q.get('reason') or '')[:160]}"
        counts[key] = counts.get(key, 0) + 1
    return counts


def run_cli(folder: Path, data_dir: Path, chunk_size: int | None = None, fresh: bool = True,
            env: dict | None = None) -> dict:
    if fresh and data_dir.exists():
        shutil.rmtree(data_dir)
    # --no-review: the figure is the batch itself (documents → results), as in earlier runs; queue loading is
    # measured by bench_review_load.py
    cmd = [*cli_command(), "batch", str(folder), "--data-dir", str(data_dir), "--no-progress", "--no-review"]
    if chunk_size:
        cmd += ["--chunk-size", str(chunk_size)]
    time_bin = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    tfile = None
    if time_bin:
        fd, tfile = tempfile.mkstemp(prefix="time-", suffix=".txt", dir=OUT)
        os.close(fd)
        cmd = [time_bin, "-o", tfile, "-f", "%M %e %U %S", *cmd]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**clean_env(), **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.stop_event.set()
    sampler.join()
    children_maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # cumulative max over all children
    out = {"command": " ".join(cmd[cmd.index("batch") - 1:]) if "batch" in cmd else " ".join(cmd),
           "returncode": proc.returncode, "wall_s": round(wall, 3),
           "rusage_children_maxrss_mib_cumulative": round(children_maxrss / 1024, 1),
           "memory": sampler.report()}
    if tfile:
        try:
            fields = Path(tfile).read_text().strip().splitlines()[-1].split()
            out["time_maxrss_mib"] = round(int(fields[0]) / 1024, 1)  # largest single process in the tree
            out["time_user_s"], out["time_sys_s"] = float(fields[2]), float(fields[3])
        except (OSError, IndexError, ValueError):
            pass
        finally:
            Path(tfile).unlink(missing_ok=True)
    try:
        summary = json.loads(stdout)
        out["flow_seconds"] = summary.get("seconds")
        out["processed"] = summary.get("processed")
        out["by_status"] = summary.get("by_status")
        out["by_doc_type"] = summary.get("by_doc_type")
        out["quarantined"] = len(summary.get("quarantined") or [])
        out["quarantine_reasons"] = quarantine_reasons(summary.get("quarantined") or [])
    except json.JSONDecodeError:
        out["stdout_tail"] = stdout.decode(errors="replace")[-2000:]
    if proc.returncode not in (0, 1):
        out["stderr_tail"] = stderr.decode(errors="replace")[-3000:]
    return out
