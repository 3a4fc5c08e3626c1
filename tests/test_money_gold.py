"""corpora/gold/money-sentences.jsonl (dev) and money-heldout.jsonl (held out) are well formed: every sentence is an
exact substring of its CAIL record, every amount text a substring of its sentence, in order, and every value a decimal
with an ISO currency code; the held-out file shares no record with the dev file."""

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpora" / "gold" / "money-sentences.jsonl"
HELDOUT = ROOT / "corpora" / "gold" / "money-heldout.jsonl"
FILES = pytest.mark.parametrize("path", [GOLD, HELDOUT], ids=["dev", "heldout"])
SHARED = Path("/work/shared/corpora/fragments")
SOURCES = [SHARED / "cail2019-civil-facts.jsonl", SHARED / "cail2019-elements.jsonl"]
KEYS = {"text", "value", "currency", "approximate", "capital"}


def _rows(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@FILES
def test_rows_and_amounts_are_well_formed(path):
    rows = _rows(path)
    assert len(rows) == 80
    assert len({(r["source_id"], r["text"]) for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"source_id", "text", "amounts"}, row
        pos = 0
        for amount in row["amounts"]:
            assert set(amount) == KEYS, amount
            start = row["text"].find(amount["text"], pos)
            assert start >= 0, (row["source_id"], amount["text"])  # a substring, in order of appearance
            pos = start + len(amount["text"])
            try:
                Decimal(amount["value"])
            except InvalidOperation:
                pytest.fail(f"{row['source_id']}: value {amount['value']!r} is not a decimal")
            assert re.fullmatch(r"[A-Z]{3}", amount["currency"]), amount
            assert isinstance(amount["approximate"], bool) and isinstance(amount["capital"], bool), amount


@FILES
def test_not_the_interest_records(path):
    used = set()
    for name in ("interest-dev.jsonl", "interest-heldout.jsonl"):
        interest = ROOT / "corpora" / "gold" / name
        if interest.exists():
            used |= {json.loads(line)["source_id"] for line in interest.read_text(encoding="utf-8").splitlines()
                     if line.strip()}
    assert not used & {row["source_id"] for row in _rows(path)}


def test_heldout_shares_no_record_with_dev():
    assert not {row["source_id"] for row in _rows(HELDOUT)} & {row["source_id"] for row in _rows(GOLD)}


@pytest.mark.skipif(not all(p.exists() for p in SOURCES), reason="shared CAIL corpus not available")
@FILES
def test_sentences_are_substrings_of_their_records(path):
    records = {}
    for source in SOURCES:
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records[record["id"]] = record["text"]
    for row in _rows(path):
        assert row["source_id"] in records, row["source_id"]
        assert row["text"] in records[row["source_id"]], row["source_id"]
