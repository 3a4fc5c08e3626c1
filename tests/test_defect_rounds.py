"""The committed defect sets of rounds 5 to 16 (corpora/defects_roundN) are complete and exactly what their
generators write.

Nothing is regenerated on disk: each generator's check mode rebuilds every document in memory, compares it byte for
byte with the committed file and expected.jsonl, and re-runs the re-parse and wording-disjointness checks on the
committed files.
"""

from __future__ import annotations

import importlib
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
CODES = ["UNC-01", "UNC-02", "UNC-03", "UNC-04", "UNC-10", "UNC-11", "UNC-20", "UNC-21", "CAL-01", "CAL-02", "CAL-03",
         "CAL-04", "CON-01", "CON-02", "CON-03", "CON-04", "CON-05", "CIT-01", "CIT-02", "CIT-03", "CIT-04", "EXE-01",
         "EXE-02", "EXE-03", "EXE-04", "EXE-05", "EXE-06", "EXE-07", "EXE-08"]
FIELDS = {"file", "source", "kind", "code", "category", "item_index", "description"}
SEED_MODULES = ["corpora.defects.generate"] + [f"corpora.defects_round{n}.generate" for n in range(2, 17)]


def _records(n: int) -> list[dict]:
    lines = (ROOT / "corpora" / f"defects_round{n}" / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("n", ROUNDS)
def test_58_records_two_per_kind_in_the_line_format_of_earlier_rounds(n):
    records = _records(n)
    assert len(records) == 58 and all(set(r) == FIELDS for r in records)
    counts = Counter(r["code"] for r in records)
    assert sorted(counts) == sorted(CODES) and set(counts.values()) == {2}


@pytest.mark.parametrize("n", ROUNDS)
def test_every_file_exists_and_nothing_else_is_in_docs(n):
    files = {r["file"] for r in _records(n)}
    assert len(files) == 58
    for f in files:
        assert (ROOT / f).is_file(), f
        assert f.startswith(f"corpora/defects_round{n}/docs/")
    docs = ROOT / "corpora" / f"defects_round{n}" / "docs"
    assert {p.name for p in docs.glob("*.txt")} == {f.rsplit("/", 1)[1] for f in files}


@pytest.mark.parametrize("n", ROUNDS)
def test_codes_kinds_and_categories_match_the_round_before(n):
    earlier = {r["code"]: (r["kind"], r["category"]) for r in _records(n - 1)}
    assert all((r["kind"], r["category"]) == earlier[r["code"]] for r in _records(n))


def test_every_round_has_its_own_seed():
    seeds = [importlib.import_module(m).SEED for m in SEED_MODULES]
    assert len(set(seeds)) == len(seeds)


@pytest.mark.parametrize("n", ROUNDS)
def test_generator_reproduces_the_committed_files_and_its_checks_pass(n, capsys):
    main = importlib.import_module(f"corpora.defects_round{n}.generate").main
    rc = main(check_only=True)
    err = capsys.readouterr().err
    assert rc == 0, err
