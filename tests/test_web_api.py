"""The case-system side: REST API with token auth (documents, incremental decisions, 执行建议书), `zhixing export`
(JSON Lines and CSV with the review state) and the account commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys

import docx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from review.auth import issue_api_token
from review.db import sessions
from review.export import export_csv, export_jsonl
from review.letters import generate_letter
from review.models import ReviewItem
from review.queue import decide
from review.web.app import create_app
from tests.web_support import ROOT, seed


@pytest.fixture
def api(review_engine):
    ids = seed(review_engine)
    make = sessions(review_engine)
    with make() as s:
        token = issue_api_token(s, "admin")
    app = create_app(review_engine.url.render_as_string(hide_password=False))
    with TestClient(app, headers={"Authorization": f"Bearer {token}"}) as client:
        yield client, make, ids


def test_documents_list_and_fetch_with_extraction_and_review_state(api):
    client, make, ids = api
    listing = client.get("/api/documents").json()
    assert listing["total"] == 5 and len(listing["documents"]) == 5
    first = listing["documents"][0]
    assert first["case_number"] and first["cause"] and len(first["sha256"]) == 64
    full = client.get(f"/api/documents/{first['id']}").json()
    assert full["extraction"]["operative_items"] and full["extraction"]["parties"]
    assert full["review_items"][0]["state"] == "pending" and full["review_items"][0]["code"] == "UNC-01"
    assert client.get(f"/api/documents/by-sha256/{first['sha256']}").json()["id"] == first["id"]
    assert client.get("/api/documents/999999").status_code == 404
    assert client.get("/api/documents?limit=2&offset=4").json()["documents"][0]["id"] == listing["documents"][4]["id"]
    assert client.get("/api/openapi.json").json()["paths"]["/api/decisions"]


def test_decisions_since_a_timestamp_for_incremental_sync(api):
    client, make, ids = api
    start = client.get("/api/decisions", params={"since": "2000-01-01T00:00:00Z"}).json()
    created = [d for d in start["decisions"] if d["action"] == "created"]
    assert len(created) == 4
    cursor = start["next_since"]
    with make() as s:
        first, second = s.scalars(select(ReviewItem).order_by(ReviewItem.id)).all()[:2]
        decide(s, first.id, ids["li"], "accepted", reason_code="confirmed")
    after = client.get("/api/decisions", params={"since": cursor}).json()
    assert [d["action"] for d in after["decisions"]] == ["claimed", "accepted"]
    accepted = after["decisions"][-1]
    assert accepted["user"] == "li" and accepted["item"]["state"] == "accepted" and accepted["item"]["reason"] == "confirmed"
    assert client.get("/api/decisions", params={"since": after["next_since"]}).json()["decisions"] == []
    assert client.get("/api/decisions").status_code == 422  # since is required


def test_advice_by_document_after_the_letter_was_sent(api):
    client, make, ids = api
    with make() as s:
        item = s.scalars(select(ReviewItem).order_by(ReviewItem.id)).first()
        assert client.get(f"/api/documents/{item.document_id}/advice").status_code == 404
        decide(s, item.id, ids["li"], "accepted")
        generate_letter(s, item.document_id, ids["admin"], today=dt.date(2026, 11, 21))
    answer = client.get(f"/api/documents/{item.document_id}/advice")
    assert answer.status_code == 200
    paragraphs = [p.text for p in docx.Document(io.BytesIO(answer.content)).paragraphs]
    assert paragraphs[0] == "执行建议书" and "2026年11月21日" in paragraphs
    html = client.get(f"/api/documents/{item.document_id}/advice", params={"format": "html"}).text
    assert "<h1>执行建议书</h1>" in html
    assert client.get(f"/api/documents/{item.document_id}").json()["review_items"][0]["state"] == "sent"


def test_export_carries_the_review_state(review_engine, tmp_path):
    ids = seed(review_engine)
    make = sessions(review_engine)
    with make() as s:
        first = s.scalars(select(ReviewItem).order_by(ReviewItem.id)).first()
        decide(s, first.id, ids["li"], "edited", suggestion="被告王元甫于本判决生效之日起五日内归还原告严壮借款5000元",
               reason_code="reworded")
        assert export_jsonl(s, tmp_path / "out.jsonl") == 5
        assert export_csv(s, tmp_path / "out.csv") == 4
        later = dt.datetime.now(dt.timezone.utc)
        assert export_jsonl(s, tmp_path / "none.jsonl", since=later) == 0
    lines = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    edited = next(i for line in lines for i in line["review_items"] if i["id"] == first.id)
    assert edited["state"] == "edited" and edited["decided_by"] == "li" and edited["reason"] == "reworded"
    assert edited["edited_suggestion"].endswith("5000元") and lines[0]["extraction"]["operative_items"]
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8-sig")))
    assert {r["state"] for r in rows} == {"edited", "pending"} and rows[0]["case_number"].startswith("（2023）")


def test_user_and_export_commands(tmp_path):
    env_args = ["--data-dir", str(tmp_path)]
    cli = [sys.executable, "-m", "zhixing.cli"]
    made = subprocess.run(cli + ["user", "add", "zhao", "--role", "reviewer"] + env_args, input="长口令-足够长的口令\n",
                          capture_output=True, text=True, cwd=ROOT)
    assert made.returncode == 0, made.stderr
    again = subprocess.run(cli + ["user", "add", "zhao", "--role", "reviewer"] + env_args, input="长口令-足够长的口令\n",
                           capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 2 and "已存在" in again.stderr
    short = subprocess.run(cli + ["user", "add", "qian", "--role", "admin"] + env_args, input="short\n",
                           capture_output=True, text=True, cwd=ROOT)
    assert short.returncode == 2 and "至少" in short.stderr
    token = subprocess.run(cli + ["user", "token", "zhao"] + env_args, capture_output=True, text=True, cwd=ROOT)
    assert token.returncode == 0 and token.stdout.startswith("zx_")
    out = tmp_path / "decisions.csv"
    exported = subprocess.run(cli + ["export", "-o", str(out)] + env_args, capture_output=True, text=True, cwd=ROOT)
    assert exported.returncode == 0 and json.loads(exported.stdout) == {"out": str(out), "format": "csv", "rows": 0}
    assert out.read_text(encoding="utf-8-sig").startswith("document_id,sha256,case_number")


def test_serve_creates_the_embedded_database_on_first_start(tmp_path):
    import httpx

    from tests.live_server import free_port, serve_process

    data = tmp_path / "data"
    port = free_port()
    server = serve_process(None, port, data_dir=data)
    try:
        assert (data / "zhixing.db").exists()
        login = httpx.get(f"http://127.0.0.1:{port}/login")
        assert login.status_code == 200 and "登录" in login.text
        assert httpx.get(f"http://127.0.0.1:{port}/api/documents").status_code == 401
    finally:
        server.terminate()
        server.wait(timeout=20)
