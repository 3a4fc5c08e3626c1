"""Load test of the review application on PostgreSQL: concurrent simulated reviewers on loopback.

Usage: .venv/bin/python bench/bench_review_load.py [--reviewers 50] [--seconds 30] [--think 1.0] [--documents 400]

The application runs as `zhixing serve` in its own process (as deployed), on a fresh PostgreSQL database filled with
copies of real judgments' records (each copy a new document: new sha256 and 案号). Each simulated reviewer signs in,
then loops: open the pending queue (GET /queue?state=pending), claim the next item (POST /queue/next), decide it
(POST /items/N/decide, accept or reject), then waits a random think time (uniform 0..2×--think seconds; a person
reads the item before deciding). --think 0 runs the reviewers flat out: that measures the saturation throughput, not
a working office. Latency is measured per request at the client; figures: requests/s and p50/p95/p99 per operation.
Correctness is checked after the run: no item decided twice, every decision acknowledged to a client is in the
database, and no claim is held by two reviewers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import sys
import time
import uuid

import httpx

from _common import OUT, ROOT, machine

sys.path.insert(0, str(ROOT))
PG_ADMIN_URL = os.environ.get("ZHIXING_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PASSWORD = "压测口令-2026-足够长"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def fill_database(url: str, documents: int, reviewers: int) -> int:
    from review.auth import create_user
    from review.db import make_engine, migrate, sessions
    from review.queue import ingest_document
    from tests.web_support import seed_records

    engine = make_engine(url)
    migrate(engine)
    make = sessions(engine)
    items = 0
    with make() as session:
        records = seed_records()
        for k in range(documents):
            record = json.loads(json.dumps(records[k % len(records)]))
            record["source"]["sha256"] = uuid.uuid4().hex + uuid.uuid4().hex
            record["case_number"] = f"{record.get('case_number') or '（2023）'}-压测{k}"
            items += ingest_document(session, record)[1]
        session.commit()
        for r in range(reviewers):
            create_user(session, f"reviewer{r}", PASSWORD, "reviewer")
    engine.dispose()
    return items


async def reviewer(base: str, name: str, seconds: float, think: float, timings: dict, decided: list,
                   rng: random.Random, everyone_in: asyncio.Barrier):
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        page = await client.get("/login")
        await client.post("/login", data={"name": name, "password": PASSWORD,
                                          "csrf_token": CSRF.search(page.text).group(1), "next": "/queue"})
        # signing in (argon2, deliberately slow) is not what is measured: the clock starts when all are in
        await everyone_in.wait()
        timings.setdefault("_start", time.monotonic())
        until = time.monotonic() + seconds
        await asyncio.sleep(rng.uniform(0, think))  # reviewers do not all click at the same instant
        while time.monotonic() < until:
            t0 = time.perf_counter()
            listing = await client.get("/queue", params={"state": "pending"})
            timings["queue list"].append(time.perf_counter() - t0)
            token = CSRF.search(listing.text).group(1)
            t0 = time.perf_counter()
            claimed = await client.post("/queue/next", data={"csrf_token": token})
            timings["claim"].append(time.perf_counter() - t0)
            target = claimed.headers.get("location", "")
            if not target.startswith("/items/"):
                break  # the queue is empty
            item_id = int(target.split("/")[2])
            action = rng.choice(["accepted", "accepted", "rejected"])
            t0 = time.perf_counter()
            answer = await client.post(f"/items/{item_id}/decide", data={"action": action, "csrf_token": token,
                                                                         "reason_code": "confirmed"})
            timings["decide"].append(time.perf_counter() - t0)
            if answer.status_code == 303:
                decided.append((item_id, action, name))
            if think:
                await asyncio.sleep(rng.uniform(0, 2 * think))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def verify(url: str, decided: list) -> dict:
    from sqlalchemy import func, select

    from review.db import make_engine, sessions
    from review.models import AuditEvent, ReviewItem

    engine = make_engine(url)
    with sessions(engine)() as session:
        states = dict(session.execute(select(ReviewItem.id, ReviewItem.state)).all())
        decisions = session.execute(select(AuditEvent.item_id, func.count()).where(
            AuditEvent.action.in_(["accepted", "rejected"])).group_by(AuditEvent.item_id)).all()
    engine.dispose()
    ids = [item_id for item_id, _, _ in decided]
    return {"acknowledged_decisions": len(decided), "acknowledged_in_database": sum(
        states.get(i) == a for i, a, _ in decided), "items_decided_twice": sum(1 for _, n in decisions if n > 1),
        "acknowledged_twice": len(ids) - len(set(ids))}


async def drive(base: str, reviewers: int, seconds: float, think: float) -> tuple[dict, list, float]:
    timings = {"queue list": [], "claim": [], "decide": []}
    decided: list = []
    barrier = asyncio.Barrier(reviewers)
    await asyncio.gather(*(reviewer(base, f"reviewer{r}", seconds, think, timings, decided, random.Random(r), barrier)
                           for r in range(reviewers)))
    return timings, decided, time.monotonic() - timings.pop("_start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reviewers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--think", type=float, default=1.0, help="mean think time in seconds (0: flat out)")
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2, help="worker processes of zhixing serve")
    args = parser.parse_args()

    from tests.db import postgres_database

    with postgres_database() as url:
        items = fill_database(url, args.documents, args.reviewers)
        from tests.live_server import serve_process

        server = serve_process(url, args.port, args.workers)
        try:
            timings, decided, wall = asyncio.run(drive(f"http://127.0.0.1:{args.port}", args.reviewers,
                                                       args.seconds, args.think))
        finally:
            server.terminate()
            server.wait(timeout=20)
        checks = verify(url, decided)
    total = sum(len(v) for v in timings.values())
    result = {"machine": machine(), "database": "postgresql", "server_workers": args.workers,
              "reviewers": args.reviewers, "think_s": args.think,
              "seconds": round(wall, 1), "items": items, "requests": total,
              "requests_per_s": round(total / wall, 1), "checks": checks,
              "operations": {op: {"n": len(v), "p50_ms": round(1000 * statistics.median(v), 1),
                                  "p95_ms": round(1000 * percentile(v, 0.95), 1),
                                  "p99_ms": round(1000 * percentile(v, 0.99), 1)} for op, v in timings.items() if v}}
    OUT.mkdir(parents=True, exist_ok=True)
    name = f"review_load_think{args.think:g}_workers{args.workers}.json"
    (OUT / name).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
