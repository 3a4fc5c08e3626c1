"""A review queue filled from real documents (injected-defect judgments of corpora/defects and published judgments),
accounts, and a signed-in test client for the web tests."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from review.auth import create_user
from review.db import sessions
from review.queue import ingest_document

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = [
    "corpora/defects/docs/amount-missing-2-sc1-063.txt",
    "corpora/defects/docs/amount-missing-3-sc1-028.txt",
    "corpora/defects/docs/acceptance-fee-wrong-1-sc1-018.txt",
    "corpora/defects/docs/appeal-period-wrong-1-wsjd-014.txt",
    "corpora/judgments/wsjd-008.txt",
]
PASSWORDS = {"admin": "管理员口令-2026", "li": "审核员口令-2026", "wang": "审核员口令-2027"}


@lru_cache(maxsize=1)
def seed_records() -> tuple[dict, ...]:
    from zhixing.output import document_record
    from zhixing.pipeline import process_path

    records = []
    for name in SEED_FILES:
        record = document_record(process_path(ROOT / name))
        record["source"]["path"] = name
        records.append(record)
    return tuple(records)


def seed(engine) -> dict[str, int]:
    """Documents with their flags in the queue and three accounts; returns user ids by name."""
    make = sessions(engine)
    with make() as session:
        for record in seed_records():
            ingest_document(session, record)
        session.commit()
        ids = {name: create_user(session, name, password, "admin" if name == "admin" else "reviewer").id
               for name, password in PASSWORDS.items()}
    return ids


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the page has no CSRF field"
    return match.group(1)


def login(client, name: str) -> None:
    page = client.get("/login")
    response = client.post("/login", data={"name": name, "password": PASSWORDS[name], "csrf_token": csrf_of(page.text),
                                           "next": "/queue"}, follow_redirects=False)
    assert response.status_code == 303, response.text
