"""Parties, item types, obligations and costs on real judgments; the extraction gold must not regress."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from tests.conftest import CORPORA, ROOT
from zhixing.evaluation import evaluate
from zhixing.pipeline import process_path


def test_party_details_from_a_real_second_instance_ruling():
    doc = process_path(CORPORA / "judgments" / "wsjd-004.txt")
    first, second = doc.parties
    assert (first.name, first.kind, first.representative) == ("保定天威英利新能源有限公司", "organisation", "苗连生")
    assert [(a.name, a.firm) for a in first.agents] == [("张涛", "该公司"), ("郭学涛", "河北博盛律师事务所")]
    assert first.address == "河北省保定市高开区复兴中路3055号" and first.aliases == ["天威英利公司"]
    assert second.aliases == ["华泰证券公司"]


def test_person_party_birth_date_and_address():
    doc = process_path(CORPORA / "judgments" / "wsjd-003.txt")
    plaintiff = doc.parties[0]
    assert (plaintiff.kind, str(plaintiff.birth_date), plaintiff.address) == ("person", "1947-10-07", "贵州省兴仁县")


def test_item_types_and_obligations_of_a_payment_judgment():
    doc = process_path(CORPORA / "rebuilt" / "sc1-028.txt")
    item = doc.operative_items[0]
    assert item.item_type == "payment"
    assert [(o.action, o.obligors, o.obligees, o.liability) for o in item.obligations] == [
        ("return", ["郭春平"], ["王文举"], "sole"), ("pay", ["郭春平"], ["王文举"], "sole")]


def test_procedural_and_formation_items():
    doc = process_path(CORPORA / "judgments" / "wsjd-001.txt")
    assert [i.item_type for i in doc.operative_items] == ["formation", "dismissal"]
    assert all(i.obligations == [] for i in doc.operative_items)


def test_a_confirmation_item_that_also_orders_a_transfer_has_that_obligation():
    from extractors.fields_stage import extract_item
    from zhixing.document import Document, OperativeItem, Party, Source

    text = "一、确认坐落于某市某区某路8号的房屋归原告李明所有，被告王强于本判决生效之日起三十日内协助原告李明办理该房屋的过户登记手续；"
    doc = Document(source=Source(path="", sha256=""), text=text, raw_text=text,
                   parties=[Party(name="李明", role="plaintiff", role_text="原告", span=(0, 0)),
                            Party(name="王强", role="defendant", role_text="被告", span=(0, 0))])
    item = OperativeItem(index=1, text=text, span=(0, len(text)))
    extract_item(item, doc, {})
    assert item.item_type == "confirmation"
    assert [(o.action, o.obligors, o.obligees) for o in item.obligations] == [("assist_transfer", ["王强"], ["李明"])]


def test_costs_with_refunds_and_halving():
    refund = process_path(CORPORA / "judgments" / "wsjd-001.txt").costs
    assert (refund.acceptance_fee, refund.charged, refund.bearers) == (Decimal(2360), Decimal(0), [])
    assert "予以退还" in refund.refund
    halved = process_path(CORPORA / "judgments" / "wsjd-003.txt").costs
    assert (halved.acceptance_fee, halved.halved, halved.charged) == (Decimal(10), True, Decimal(5))
    assert [(b.party, b.amount) for b in halved.bearers] == [("刘忠琴", Decimal(5))]


LEVELS = json.loads((ROOT / "corpora" / "gold" / "levels-extraction.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report():
    return evaluate().as_dict()


@pytest.mark.parametrize("split,name", [(s, n) for s, fields in LEVELS.items() for n in fields])
def test_extraction_f1_does_not_drop_below_its_recorded_level(report, split, name):
    assert report[split][name]["f1"] >= LEVELS[split][name] - 1e-9, (split, name, report[split][name])
