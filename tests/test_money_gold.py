"""The hand-annotated sentence sets in corpora/gold are well formed: every sentence is an exact substring of its CAIL
record, every amount or clause text a substring of its sentence, every value a decimal (amounts with an ISO currency
code), and each held-out round shares no record with any other set.

money: money-sentences.jsonl (dev), money-heldout.jsonl … money-heldout4.jsonl (rounds 1–4, dev since 2026-11-22),
money-heldout5.jsonl (held out); interest: interest-dev.jsonl, interest-heldout.jsonl and
interest-heldout2.jsonl … interest-heldout7.jsonl (rounds 1–7, dev since 2026-11-22), interest-heldout8.jsonl (held
out)."""

import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "corpora" / "gold"
MONEY = {"money-sentences.jsonl": 80, "money-heldout.jsonl": 80, "money-heldout2.jsonl": 100, "money-heldout3.jsonl": 100,
         "money-heldout4.jsonl": 100, "money-heldout5.jsonl": 100}
INTEREST = {"interest-dev.jsonl": 199, "interest-heldout.jsonl": 60, "interest-heldout2.jsonl": 60,
            "interest-heldout3.jsonl": 23, "interest-heldout5.jsonl": 68, "interest-heldout6.jsonl": 67,
            "interest-heldout7.jsonl": 55, "interest-heldout8.jsonl": 72}
HELDOUT_ROUNDS = ["money-heldout.jsonl", "money-heldout2.jsonl", "money-heldout3.jsonl", "money-heldout4.jsonl",
                  "money-heldout5.jsonl",
                  "interest-heldout.jsonl",
                  "interest-heldout2.jsonl", "interest-heldout3.jsonl", "interest-heldout7.jsonl",
                  "interest-heldout8.jsonl"]
SHARED = Path("/work/shared/corpora/fragments")
SOURCES = [SHARED / "cail2019-civil-facts.jsonl", SHARED / "cail2019-elements.jsonl"]
KEYS = {"text", "value", "currency", "approximate", "capital"}
CLAUSE_KEYS = {"text", "base", "annual_rate_pct", "lpr_multiple", "start", "end_kind", "end"}


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _decimal(value, where: str) -> None:
    try:
        Decimal(value)
    except InvalidOperation:
        pytest.fail(f"{where}: value {value!r} is not a decimal")


@pytest.mark.parametrize("name", MONEY)
def test_rows_and_amounts_are_well_formed(name):
    rows = _rows(name)
    assert len(rows) == MONEY[name]
    assert len({(r["source_id"], r["text"]) for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"source_id", "text", "amounts"}, row
        pos = 0
        for amount in row["amounts"]:
            assert set(amount) == KEYS, amount
            start = row["text"].find(amount["text"], pos)
            assert start >= 0, (row["source_id"], amount["text"])  # a substring, in order of appearance
            pos = start + len(amount["text"])
            _decimal(amount["value"], row["source_id"])
            assert re.fullmatch(r"[A-Z]{3}", amount["currency"]), amount
            assert isinstance(amount["approximate"], bool) and isinstance(amount["capital"], bool), amount


@pytest.mark.parametrize("name", INTEREST)
def test_interest_clauses_are_well_formed(name):
    rows = _rows(name)
    assert len(rows) == INTEREST[name]
    for row in rows:
        for clause in row["clauses"]:
            assert set(clause) == CLAUSE_KEYS, clause
            assert clause["text"] in row["text"], (row["source_id"], clause["text"])
            for key in ("base", "annual_rate_pct", "lpr_multiple"):
                if clause[key] is not None:
                    _decimal(clause[key], row["source_id"])
            for key in ("start", "end"):
                if clause[key] is not None:
                    date.fromisoformat(clause[key])
            assert clause["end_kind"] in (None, "until_paid", "until_due", "date"), clause
            assert (clause["end"] is not None) == (clause["end_kind"] == "date"), clause


@pytest.mark.parametrize("name", HELDOUT_ROUNDS)
def test_a_heldout_round_shares_no_record_with_any_other_set(name):
    others = set()
    for other in [*MONEY, *INTEREST]:
        if other not in (name, *BY_WORDING):  # rounds 5 and 6 are disjoint by wording only (test below)
            others |= {row["source_id"] for row in _rows(other)}
    assert not others & {row["source_id"] for row in _rows(name)}


BY_WORDING = ("interest-heldout5.jsonl", "interest-heldout6.jsonl")


@pytest.mark.parametrize("name", BY_WORDING)
def test_interest_rounds_5_and_6_share_no_wording_with_any_other_set(name):
    """Rounds 5 and 6 come (round 6 in part) from loan judgments whose other sentences earlier rounds used: they are
    held out for wording, so no passage may share a run of 20 characters with a passage of another set."""
    runs = set()
    for other in [*MONEY, *INTEREST]:
        if other != name:
            for row in _rows(other):
                runs |= {row["text"][i:i + 20] for i in range(len(row["text"]) - 19)}
    for row in _rows(name):
        text = row["text"]
        assert not any(text[i:i + 20] in runs for i in range(len(text) - 19)), text


@pytest.mark.skipif(not all(p.exists() for p in SOURCES), reason="shared CAIL corpus not available")
@pytest.mark.parametrize("name", [*MONEY, *INTEREST])
def test_sentences_are_substrings_of_their_records(name):
    records = {}
    for source in SOURCES:
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records[record["id"]] = record["text"]
    for row in _rows(name):
        if row["source_id"].startswith("sc1-"):
            continue  # interest-dev also holds sentences of the rebuilt 2023 judgments (corpora/rebuilt), not CAIL
        assert row["text"] in records[row["source_id"]], row["source_id"]
