"""Exact section boundaries, 主文 items, header fields and parties on the real judgments and the rebuilt ones.

Gold: corpora/gold/structure/wsjd-*.json were annotated by hand from the 15 published documents; sc1-*.json were
written by corpora/rebuild_judgments.py together with the documents it rebuilt from real labelled fields.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, gold_files, load_gold, resolve_sections
from zhixing.offsets import OffsetMap
from zhixing.pipeline import process_path

GOLD = gold_files()


def test_gold_set_is_large_enough():
    real = [g for g in GOLD if g.name.startswith("wsjd-")]
    assert len(real) == 15 and len(GOLD) >= 60


@pytest.fixture(scope="module", params=GOLD, ids=[g.stem for g in GOLD])
def case(request):
    gold = load_gold(request.param)
    return gold, process_path(ROOT / gold["file"])


def test_sections_exact(case):
    gold, doc = case
    expected = resolve_sections(doc.text, gold["sections"])
    assert all(span is not None for _, span in expected), "gold snippet not found in the normalised text"
    assert [(s.name, tuple(s.span)) for s in doc.sections] == expected


def test_operative_items_exact(case):
    gold, doc = case
    assert [i.text for i in doc.operative_items] == [i["text"] for i in gold["operative_items"]]
    assert [i.number for i in doc.operative_items] == [i["number"] for i in gold["operative_items"]]
    for item in doc.operative_items:
        assert doc.text[item.span[0]:item.span[1]] == item.text
        assert [s.text for s in item.sub_items] == [s["text"] for s in
                                                    gold["operative_items"][item.index - 1]["sub_items"]]


def test_header_fields(case):
    gold, doc = case
    assert doc.doc_type == gold["doc_type"]
    assert doc.court == gold["court"]
    assert doc.case_number == gold["case_number"]
    assert doc.instance == gold["instance"]
    if len(gold["date"]) == 10:
        assert str(doc.date) == gold["date"]
    else:  # a masked day (二〇一六年十二月××日): no date, but the signature keeps the text
        assert doc.date is None and doc.signature.date_text


def test_parties(case):
    gold, doc = case
    assert [(p.name, p.role_text, p.role) for p in doc.parties] == \
        [(p["name"], p["role_text"], p["role"]) for p in gold["parties"]]
    for party in doc.parties:
        assert doc.text[party.span[0]:party.span[1]] == party.name


def test_every_character_maps_to_raw_text(case):
    _, doc = case
    offsets = OffsetMap(list(doc.offset_map))
    assert all(doc.raw_text[offsets.to_raw(i)] == ch for i, ch in enumerate(doc.text))
    for section in doc.sections:
        start, end = doc.to_raw_span(section.span)
        assert doc.raw_text[start] == doc.text[section.span[0]] and doc.raw_text[end - 1] == doc.text[section.span[1] - 1]
