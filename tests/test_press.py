"""Press releases (the five seed pieces in corpora/press): type, headline, date, paragraphs, 问/答 pairs, repeats."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import CORPORA
from zhixing.pipeline import process_path

TITLES = {
    "000_90c55f315b9a4671": "全国法院执行工作的这场“头脑风暴”",
    "001_f53ba57bbbbad008": "交叉执行成为破解“执行难”关键抓手",
    "002_032cb3dd55144ace": "人民法院执行到位金额连续三年超2万亿元",   # behind the newspaper page's navigation
    "003_83cad1b0d91b84db": "执“交叉之钥” 启“沉案之锁”",             # after the column label and the byline
    "004_afafabeafa17aa83": "推进执行改革 不断夯实人民群众获得感",       # a markdown heading
}


@pytest.mark.parametrize("name,title", TITLES.items())
def test_press_type_and_headline(name, title):
    doc = process_path(CORPORA / "press" / f"{name}.txt")
    assert doc.doc_type == "press_release" and doc.status == "ok"
    assert doc.title == title
    assert doc.span_text(doc.press.title_span) == title
    assert doc.operative_items == [] and doc.sections == []


def test_press_conference_questions_and_answers():
    doc = process_path(CORPORA / "press" / "001_f53ba57bbbbad008.txt")
    qa = doc.press.qa
    assert len(qa) == 3
    assert doc.span_text(qa[0].question).startswith("问\n根据最新通报,交叉执行改革两年以来")
    assert doc.span_text(qa[0].answer).startswith("答:推进交叉执行两年来")
    assert doc.span_text(qa[2].question).startswith("问\n我们注意到,失信名单人数在2024年和2025年连续下降")
    # the sentence the page broke across a blank line is whole again
    assert "打破固有僵局。" in doc.text


def test_feature_article_has_no_false_questions():
    doc = process_path(CORPORA / "press" / "000_90c55f315b9a4671.txt")
    assert doc.press.qa == []  # "记者 蒋安杰" is a byline, "记者了解到" a sentence


def test_dated_newspaper_page():
    doc = process_path(CORPORA / "press" / "002_032cb3dd55144ace.txt")
    assert doc.date == dt.date(2026, 1, 27)


def test_scraped_page_repeats_are_removed():
    doc = process_path(CORPORA / "press" / "004_afafabeafa17aa83.txt")
    lines = [ln.strip() for ln in doc.raw_text.split("\n") if len(ln.strip()) > 40]
    tripled = {ln for ln in lines if lines.count(ln) >= 3}
    assert len(tripled) == 5  # the page carries these blocks three times over
    for paragraph in tripled:
        assert doc.text.count(paragraph) == 1
    assert sum(1 for f in doc.furniture if f.kind == "repeated_block") >= 10


def test_typical_case_releases_are_press_with_their_headline():
    import json

    rows = [json.loads(line) for line in (CORPORA / "press" / "typical-cases.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) == 52
    from zhixing.pipeline import process_bytes

    for row in rows:
        doc = process_bytes(row["text"].encode("utf-8"), row["id"], ".md")
        headline = row["text"].split("\n")[0].lstrip("# ").strip()
        assert (doc.doc_type, doc.title) == ("press_release", headline), row["id"]
        assert "<!--" not in doc.text  # the scraper's marker comment is not content


def test_press_courts_events_dates_and_listed_cases():
    doc = process_path(CORPORA / "press" / "004_afafabeafa17aa83.txt")
    assert "河南省安阳市文峰区人民法院" in [c.name for c in doc.press.courts]
    assert doc.press.cases[0].name == "指导性案例251号至253号"
    assert any(e.date_text == "4月7日" and e.name.startswith("召开") for e in doc.press.events)
    for mention in doc.press.courts + doc.press.cases + doc.press.events + doc.press.dates:
        assert doc.text[mention.span[0]:mention.span[1]] == mention.text
    typical = process_path(CORPORA / "press" / "001_f53ba57bbbbad008.txt")
    assert any(c.name == "案例一" for c in typical.press.cases)
