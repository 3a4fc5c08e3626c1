"""The shipped name recogniser: loads offline from models/ner-zh, is small, finds names in sentences it never saw,
and its measured scores are recorded with the model."""

from __future__ import annotations

import json

from models.ner import DEFAULT_PATH, find_names
from tests.conftest import CORPORA
from zhixing.pipeline import process_path


def test_model_is_shipped_small_with_its_metrics():
    size = sum(f.stat().st_size for f in DEFAULT_PATH.rglob("*") if f.is_file())
    assert size < 10 * 1024 * 1024
    metrics = json.loads((DEFAULT_PATH / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["heldout_silver"]["per_type"]["PER"]["f"] >= 0.5
    assert metrics["press_people_gold"]["recall"] >= 0.4


def test_finds_person_and_organisation_names_in_new_text():
    # names that occur in no training document
    text = "原告欧阳明远与被告杭州鑫瑞贸易有限公司买卖合同纠纷一案，原告欧阳明远诉称，被告杭州鑫瑞贸易有限公司拖欠货款。"
    found = {(text[s:e], label) for s, e, label in find_names(text)}
    assert ("欧阳明远", "PER") in found
    assert any(label == "ORG" and "鑫瑞贸易有限公司" in name for name, label in found)


def test_names_stage_is_optional_and_spans_are_exact():
    plain = process_path(CORPORA / "rebuilt" / "sc1-071.txt")
    assert plain.names == []
    doc = process_path(CORPORA / "rebuilt" / "sc1-071.txt", options=frozenset({"names"}))
    assert doc.names
    for name in doc.names:
        assert doc.text[name.span[0]:name.span[1]] == name.text
        assert name.label in ("PER", "ORG")
