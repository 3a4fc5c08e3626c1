"""The reviewer's path in a real browser: Playwright drives Debian's chromium (headless) against the application
served by uvicorn on loopback, on PostgreSQL. `make test` installs chromium and fonts-wqy-microhei where missing.

Screenshots of the main pages go to $ZHIXING_SCREENSHOTS (default: the test's temporary folder) for people to look at.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from review.db import make_engine, migrate, sessions
from review.models import ReviewItem
from review.web.app import create_app
from tests.db import postgres_database
from tests.live_server import serving
from tests.web_support import PASSWORDS, seed

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `make test` (it installs chromium and fonts-wqy-microhei)")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield instance
        instance.close()


@pytest.fixture
def site():
    with postgres_database() as url:
        engine = make_engine(url)
        migrate(engine)
        seed(engine)
        with serving(create_app(url)) as base:
            yield base, sessions(engine)
        engine.dispose()


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("ZHIXING_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _states(make) -> dict[str, str]:
    with make() as s:
        return {f"{i.code}#{i.id}": i.state for i in s.scalars(select(ReviewItem).order_by(ReviewItem.id))}


def test_review_session_in_the_browser(browser, site, shots):
    base, make = site
    page = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True).new_page()
    page.goto(f"{base}/queue")
    assert page.url.startswith(f"{base}/login")  # not signed in: sent to the login page
    page.screenshot(path=shots / "login.png")
    page.fill("input[name=name]", "li")
    page.fill("input[name=password]", PASSWORDS["li"])
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/queue")
    assert "共 4 条" in page.inner_text("h1")
    page.screenshot(path=shots / "queue.png", full_page=True)

    # filter to the missing-amount items, open the first, accept it with the keyboard (a), reject the next (r)
    page.select_option("select[name=code]", "UNC-01")
    page.click("#apply-filters")
    page.wait_for_url(re.compile(r"/queue\?.*code=UNC-01"))
    assert "共 2 条" in page.inner_text("h1")
    page.click("tbody tr:first-child a[href^='/items/']")
    page.wait_for_selector("#operative mark")
    # the shortcuts live in a deferred script: a key pressed before it has run goes nowhere (seen on a loaded machine)
    page.wait_for_load_state("domcontentloaded")
    page.screenshot(path=shots / "item.png", full_page=True)
    page.select_option("#reason", "confirmed")
    with page.expect_navigation():
        page.keyboard.press("a")
    with page.expect_navigation():
        page.keyboard.press("r")
    states = _states(make)
    assert sorted(s for k, s in states.items() if k.startswith("UNC-01")) == ["accepted", "rejected"]

    # edit the fee item: e opens the editor, the reviewer rewrites the suggestion
    page.goto(f"{base}/queue?code=CAL-01")
    page.click("tbody tr:first-child a[href^='/items/']")
    page.wait_for_url(re.compile(r"/items/\d+"))
    page.wait_for_load_state("domcontentloaded")
    page.keyboard.press("e")
    page.fill("#edit-suggestion", "案件受理费1128.75元，由被告负担。")
    with page.expect_navigation():
        page.click("#save-edit")
    assert "edited" in _states(make).values()
    page.goto(f"{base}/queue?state=edited")
    page.click("tbody tr:first-child a[href^='/documents/']")
    page.screenshot(path=shots / "document.png", full_page=True)
    with page.expect_navigation():
        page.click("#make-letter")
    assert "已生成并发送执行建议书" in page.inner_text(".notice")
    with page.expect_download() as download:
        page.click("a[id^=letter-docx-]")
    letter = docx.Document(io.BytesIO(Path(download.value.path()).read_bytes()))
    assert "案件受理费1128.75元，由被告负担。" in "\n".join(p.text for p in letter.paragraphs)
    assert "sent" in _states(make).values()

    page.goto(f"{base}/dashboard")
    assert page.locator("svg.chart").count() == 4
    page.screenshot(path=shots / "dashboard.png", full_page=True)

    with page.expect_navigation():
        page.click("#logout")
    page.goto(f"{base}/queue")
    assert page.url.startswith(f"{base}/login")


def test_refusals_in_the_browser(browser, site):
    base, make = site
    context = browser.new_context()
    anonymous = context.request.get(f"{base}/api/documents")
    assert anonymous.status == 401
    page = context.new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=name]", "wang")
    page.fill("input[name=password]", PASSWORDS["wang"])
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/queue")
    item_id = min(int(k.split("#")[1]) for k in _states(make))
    # a forged form: the session cookie goes along, the CSRF token does not
    forged = context.request.post(f"{base}/items/{item_id}/decide", form={"action": "accepted"})
    assert forged.status == 403
    wrong = context.request.post(f"{base}/items/{item_id}/decide", form={"action": "accepted", "csrf_token": "forged"})
    assert wrong.status == 403
    assert set(_states(make).values()) == {"pending"}
    context.close()
