"""The review application through its HTTP interface (FastAPI's TestClient), on SQLite and on PostgreSQL: sign-in,
refusals (no session, no CSRF token, no API token), decisions, claims, filters, bulk actions, letters, escaping."""

from __future__ import annotations

import io
import re

import docx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from review.db import sessions
from review.models import AdviceLetter, AuditEvent, ReviewDocument, ReviewItem
from review.web.app import create_app
from tests.web_support import PASSWORDS, csrf_of, login, seed


@pytest.fixture
def app_and_db(review_engine):
    ids = seed(review_engine)
    app = create_app(review_engine.url.render_as_string(hide_password=False))
    with TestClient(app) as client:
        yield client, sessions(review_engine), ids


def _items(make) -> list[ReviewItem]:
    with make() as s:
        return list(s.scalars(select(ReviewItem).order_by(ReviewItem.id)))


def _form(client, url: str) -> str:
    return csrf_of(client.get(url).text)


def test_pages_refuse_anonymous_requests(app_and_db):
    client, make, _ = app_and_db
    page = client.get("/queue?state=pending", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=%2Fqueue%3Fstate%3Dpending"
    assert client.post("/items/1/decide", data={"action": "accepted"}, follow_redirects=False).status_code == 401
    assert client.get("/api/documents").status_code == 401
    assert client.get("/api/documents", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert {i.state for i in _items(make)} == {"pending"}


def test_login_rejects_a_wrong_password_and_logout_ends_the_session(app_and_db):
    client, _, _ = app_and_db
    page = client.get("/login")
    wrong = client.post("/login", data={"name": "li", "password": "not-it", "csrf_token": csrf_of(page.text)})
    assert wrong.status_code == 401 and "用户名或密码错误" in wrong.text
    login(client, "li")
    cookie = client.cookies.get("zx_session")
    assert cookie and client.get("/queue").status_code == 200
    client.post("/logout", data={"csrf_token": _form(client, "/queue")})
    client.cookies.set("zx_session", cookie)  # the old cookie replayed after logout opens nothing
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_forms_without_the_csrf_token_are_refused(app_and_db):
    client, make, _ = app_and_db
    login(client, "li")
    item = _items(make)[0]
    forged = client.post(f"/items/{item.id}/decide", data={"action": "accepted"})
    assert forged.status_code == 403
    other = client.post(f"/items/{item.id}/decide", data={"action": "accepted", "csrf_token": "x" * 43})
    assert other.status_code == 403
    assert _items(make)[0].state == "pending"
    page = client.get("/login")  # the login form has its own token: a cross-site login attempt is refused
    assert client.post("/login", data={"name": "li", "password": PASSWORDS["li"]}).status_code == 403
    assert page.status_code == 200


def test_accept_reject_edit_are_recorded_with_reason_and_audit(app_and_db):
    client, make, ids = app_and_db
    login(client, "li")
    first, second, third = _items(make)[:3]
    token = _form(client, f"/items/{first.id}")
    done = client.post(f"/items/{first.id}/decide", data={"action": "accepted", "reason_code": "confirmed",
                                                          "csrf_token": token}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == f"/items/{second.id}"
    client.post(f"/items/{second.id}/decide", data={"action": "rejected", "reason_code": "extraction_error",
                                                    "csrf_token": token})
    client.post(f"/items/{third.id}/decide", data={"action": "edited", "message": "请写明受理费的计算依据",
                                                   "suggestion": "案件受理费1128.75元，由被告负担", "csrf_token": token})
    first, second, third = _items(make)[:3]
    assert (first.state, first.reason, first.decided_by_id) == ("accepted", "confirmed", ids["li"])
    assert (second.state, second.reason) == ("rejected", "extraction_error")
    assert third.state == "edited" and third.edited_message == "请写明受理费的计算依据"
    assert third.message != third.edited_message  # the original wording is kept beside the edit
    with make() as s:
        actions = [a for (a,) in s.execute(select(AuditEvent.action).where(AuditEvent.item_id == first.id)
                                           .order_by(AuditEvent.id))]
    assert actions == ["created", "claimed", "accepted"]
    page = client.get(f"/items/{third.id}").text
    assert "请写明受理费的计算依据" in page and "修改" in page


def test_an_item_held_by_one_reviewer_cannot_be_decided_by_another(app_and_db):
    client, make, _ = app_and_db
    item = _items(make)[0]
    login(client, "li")
    client.post(f"/items/{item.id}/claim", data={"csrf_token": _form(client, "/queue")})
    assert _items(make)[0].state == "in_review"
    client.post("/logout", data={"csrf_token": _form(client, "/queue")})
    login(client, "wang")
    page = client.get(f"/items/{item.id}").text
    assert "正由 li 审核" in page and 'id="accept"' not in page
    refused = client.post(f"/items/{item.id}/decide", data={"action": "rejected", "csrf_token": _form(client, "/queue")})
    assert refused.status_code == 409
    assert _items(make)[0].state == "in_review"


def test_filters_and_counts(app_and_db):
    client, make, _ = app_and_db
    login(client, "li")
    everything = client.get("/queue").text
    assert "共 4 条" in everything
    by_code = client.get("/queue?code=UNC-01").text
    assert "共 2 条" in by_code and "CAL-01" not in by_code.split("<tbody>")[1]
    assert "共 1 条" in client.get("/queue?court=" + "海事法院").text
    assert "共 1 条" in client.get("/queue?cause=" + "买卖合同").text
    assert "共 0 条" in client.get("/queue?state=accepted").text
    assert "共 3 条" in client.get("/queue?severity=error").text
    assert "共 1 条" in client.get("/queue?date_to=2017-01-01").text


def test_bulk_accept_skips_items_another_reviewer_holds(app_and_db):
    client, make, _ = app_and_db
    items = _items(make)
    login(client, "wang")
    client.post(f"/items/{items[0].id}/claim", data={"csrf_token": _form(client, "/queue")})
    client.post("/logout", data={"csrf_token": _form(client, "/queue")})
    login(client, "li")
    answer = client.post("/items/bulk", data={"item_id": [str(i.id) for i in items[:3]], "action": "accepted",
                                              "reason_code": "confirmed", "csrf_token": _form(client, "/queue")})
    assert "已处理 2 条" in answer.text and "跳过 1 条" in answer.text
    assert [i.state for i in _items(make)[:3]] == ["in_review", "accepted", "accepted"]


def test_letter_waits_for_the_review_then_carries_the_edited_wording(app_and_db):
    client, make, _ = app_and_db
    login(client, "admin")
    with make() as s:
        document = s.scalar(select(ReviewDocument).where(ReviewDocument.path.contains("acceptance-fee")))
        item = s.scalar(select(ReviewItem).where(ReviewItem.document_id == document.id))
    token = _form(client, f"/documents/{document.id}")
    assert "尚未审核完毕" in client.get(f"/documents/{document.id}").text
    early = client.post(f"/documents/{document.id}/letter", data={"csrf_token": token})
    assert "尚未审核完毕" in early.text
    client.post(f"/items/{item.id}/decide", data={"action": "edited", "suggestion": "案件受理费1128.75元，由被告负担",
                                                  "csrf_token": token})
    sent = client.post(f"/documents/{document.id}/letter", data={"csrf_token": token, "department": "民事审判第一庭"})
    assert "已生成并发送执行建议书" in sent.text
    assert _items(make)[item.id - 1].state == "sent"
    with make() as s:
        letter = s.scalar(select(AdviceLetter))
        assert s.scalar(select(func.count(AdviceLetter.id))) == 1
    download = client.get(f"/letters/{letter.id}.docx")
    assert download.status_code == 200 and "attachment" in download.headers["content-disposition"]
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(download.content)).paragraphs)
    assert "执行建议书" in text and "案件受理费1128.75元，由被告负担" in text and "民事审判第一庭" in text
    # the trial department answers: the sent items are resolved, the answer kept as a comment
    answered = client.post(f"/documents/{document.id}/answer", data={"csrf_token": token,
                                                                     "answer": "已于2026年12月1日作出补正裁定"})
    assert "1 条提示已办结" in answered.text
    assert _items(make)[item.id - 1].state == "resolved"
    assert "审判庭答复：已于2026年12月1日作出补正裁定" in client.get(f"/items/{item.id}").text


def test_judgment_text_is_escaped_everywhere(app_and_db):
    client, make, _ = app_and_db
    with make() as s:
        document = s.scalar(select(ReviewDocument).where(ReviewDocument.path.contains("amount-missing-2")))
        item = s.scalar(select(ReviewItem).where(ReviewItem.document_id == document.id))
        record = dict(document.record)
        start, end = item.evidence[0]
        hostile = "<script>alert(1)</script>"
        record["text"] = record["text"][:start] + hostile + record["text"][start + len(hostile):]
        record["parties"] = [{**record["parties"][0], "name": "<img src=x onerror=alert(2)>"}] + record["parties"][1:]
        document.record = record
        document.court = "<b>法院</b>"
        s.commit()
    login(client, "li")
    for url in (f"/items/{item.id}", f"/documents/{document.id}", "/queue", "/dashboard"):
        page = client.get(url)
        assert page.status_code == 200
        assert "<script>alert" not in page.text and "<img src=x" not in page.text and "<b>法院</b>" not in page.text
        assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(f"/items/{item.id}").text


def test_login_redirect_stays_on_this_site(app_and_db):
    client, _, _ = app_and_db
    page = client.get("/login?next=//evil.example/")
    assert 'name="next" value="/queue"' in page.text
    answer = client.post("/login", data={"name": "li", "password": PASSWORDS["li"], "csrf_token": csrf_of(page.text),
                                         "next": "https://evil.example/"}, follow_redirects=False)
    assert answer.headers["location"] == "/queue"
    assert re.search(r"HttpOnly", answer.headers["set-cookie"], re.I) and "samesite=strict" in answer.headers[
        "set-cookie"].lower()


def test_repeated_wrong_passwords_lock_the_account_for_a_while(app_and_db):
    client, make, ids = app_and_db
    token = csrf_of(client.get("/login").text)
    for _ in range(5):
        answer = client.post("/login", data={"name": "wang", "password": "guess-guess", "csrf_token": token})
        assert answer.status_code == 401
    locked = client.post("/login", data={"name": "wang", "password": PASSWORDS["wang"], "csrf_token": token})
    assert locked.status_code == 429 and "暂时锁定" in locked.text  # even the right password, for now
    from review.auth import authenticate
    import datetime as dt

    with make() as s:  # after the lockout the right password works and the counter starts again
        later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=16)
        assert authenticate(s, "wang", PASSWORDS["wang"], now=later).id == ids["wang"]
