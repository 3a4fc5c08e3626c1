"""Nothing is lost: `zhixing serve` on PostgreSQL is killed (SIGKILL) while reviewers are deciding items. Every
decision acknowledged to a browser is in the database afterwards, every item's state matches the last entry of its
audit log (state and audit are written in one transaction), and a restarted server goes on from there."""

from __future__ import annotations

import datetime as dt
import re
import signal
import threading
import time

import httpx
from sqlalchemy import select

from review.db import make_engine, migrate, sessions
from review.models import STATES, AuditEvent, ReviewItem
from review.queue import claim_next
from tests.db import postgres_database
from tests.live_server import free_port, serve_process
from tests.web_support import PASSWORDS, seed

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def _reviewer(base: str, name: str, acknowledged: list, stop: threading.Event) -> None:
    try:
        with httpx.Client(base_url=base, timeout=10) as client:
            page = client.get("/login")
            client.post("/login", data={"name": name, "password": PASSWORDS[name],
                                        "csrf_token": CSRF.search(page.text).group(1)})
            while not stop.is_set():
                token = CSRF.search(client.get("/queue").text).group(1)
                claimed = client.post("/queue/next", data={"csrf_token": token})
                target = claimed.headers.get("location", "")
                if not target.startswith("/items/"):
                    time.sleep(0.05)
                    continue
                item_id = int(target.split("/")[2])
                answer = client.post(f"/items/{item_id}/decide", data={"action": "rejected", "csrf_token": token})
                if answer.status_code == 303:
                    acknowledged.append(item_id)
    except httpx.HTTPError:
        return  # the server is gone


def test_killing_the_server_loses_no_acknowledged_decision(tmp_path):
    with postgres_database() as url:
        engine = make_engine(url)
        migrate(engine)
        seed(engine)
        make = sessions(engine)
        with make() as s:  # more items, so the kill lands while decisions are in flight
            from review.queue import ingest_document
            from tests.web_support import seed_records

            for k in range(40):
                record = dict(seed_records()[k % 4])
                record["source"] = {**record["source"], "sha256": f"{k:064x}"}
                ingest_document(s, record)
            s.commit()
        port = free_port()
        server = serve_process(url, port)
        acknowledged: list[int] = []
        stop = threading.Event()
        threads = [threading.Thread(target=_reviewer, args=(f"http://127.0.0.1:{port}", name, acknowledged, stop))
                   for name in ("li", "wang", "admin")]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 60
        while len(acknowledged) < 8 and time.monotonic() < deadline:
            time.sleep(0.02)
        server.send_signal(signal.SIGKILL)
        server.wait()
        stop.set()
        for t in threads:
            t.join(timeout=15)
        assert len(acknowledged) >= 8

        with make() as s:
            items = {i.id: i for i in s.scalars(select(ReviewItem))}
            last_after: dict[int, dict] = {}
            for event in s.scalars(select(AuditEvent).where(AuditEvent.item_id.is_not(None)).order_by(AuditEvent.id)):
                if event.after and "state" in event.after:
                    last_after[event.item_id] = event.after
        for item_id in acknowledged:
            assert items[item_id].state == "rejected" and items[item_id].decided_by_id is not None
        for item in items.values():
            assert item.state in STATES
            assert last_after[item.id]["state"] == item.state, item.id
            if item.state == "in_review":  # claimed, then the server died: the lease brings it back
                assert item.claimed_by_id is not None and item.lease_until is not None

        # a restarted server serves the same queue, and an item left in review returns when its lease runs out
        server = serve_process(url, port)
        try:
            assert httpx.get(f"http://127.0.0.1:{port}/login").status_code == 200
        finally:
            server.terminate()
            server.wait(timeout=20)
        stranded = [i for i in items.values() if i.state == "in_review"]
        if stranded:
            with make() as s:
                later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
                again = claim_next(s, stranded[0].claimed_by_id, now=later)
                assert again is not None
        engine.dispose()
