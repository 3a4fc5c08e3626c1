"""The committed round-7 defect set (corpora/defects_round7) is complete and is exactly what its generator writes.

Nothing is regenerated on disk: the generator's check mode rebuilds every document in memory, compares it byte for byte
with the committed file and expected.jsonl, and re-runs the re-parse and wording-disjointness checks on the committed files.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "corpora" / "defects_round7"
CODES = ["UNC-01", "UNC-02", "UNC-03", "UNC-04", "UNC-10", "UNC-11", "UNC-20", "UNC-21", "CAL-01", "CAL-02", "CAL-03",
         "CAL-04", "CON-01", "CON-02", "CON-03", "CON-04", "CON-05", "CIT-01", "CIT-02", "CIT-03", "CIT-04", "EXE-01",
         "EXE-02", "EXE-03", "EXE-04", "EXE-05", "EXE-06", "EXE-07", "EXE-08"]
FIELDS = {"file", "source", "kind", "code", "category", "item_index", "description"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    lines = (SET / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_58_records_with_the_line_format_of_earlier_rounds(records):
    assert len(records) == 58
    assert all(set(r) == FIELDS for r in records)


def test_every_file_exists_and_nothing_else_is_in_docs(records):
    files = {r["file"] for r in records}
    assert len(files) == 58
    for f in files:
        assert (ROOT / f).is_file(), f
        assert f.startswith("corpora/defects_round7/docs/")
    assert {p.name for p in (SET / "docs").glob("*.txt")} == {f.rsplit("/", 1)[1] for f in files}


def test_two_documents_per_kind_and_all_29_codes(records):
    counts = Counter(r["code"] for r in records)
    assert sorted(counts) == sorted(CODES)
    assert set(counts.values()) == {2}


def test_codes_kinds_and_categories_match_round_6(records):
    earlier = {}
    for line in (ROOT / "corpora" / "defects_round6" / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        earlier[r["code"]] = (r["kind"], r["category"])
    assert all((r["kind"], r["category"]) == earlier[r["code"]] for r in records)


def test_the_seed_is_new():
    from corpora.defects.generate import SEED as s1
    from corpora.defects_round2.generate import SEED as s2
    from corpora.defects_round3.generate import SEED as s3
    from corpora.defects_round4.generate import SEED as s4
    from corpora.defects_round5.generate import SEED as s5
    from corpora.defects_round6.generate import SEED as s6
    from corpora.defects_round7.generate import SEED

    assert SEED not in {s1, s2, s3, s4, s5, s6}


def test_generator_reproduces_the_committed_files_and_its_checks_pass(capsys):
    from corpora.defects_round7.generate import main

    rc = main(check_only=True)
    err = capsys.readouterr().err
    assert rc == 0, err
