"""Loading extraction results into the review queue: from `zhixing extract` output and from a batch results folder."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from review.db import make_engine
from review.load import load_results
from review.models import ReviewDocument, ReviewItem
from tests.conftest import CORPORA
from zhixing.cli import main
from zhixing.output import document_line
from zhixing.pipeline import process_path
from zhixing.store import write_result_file

JUDGMENTS = ["judgments/wsjd-006.txt", "rebuilt/sc1-054.txt", "defects/docs/amount-missing-1-sc1-065.txt"]


def reviewable_flags(line: str) -> int:
    return sum(1 for f in json.loads(line)["flags"] if f["severity"] != "info")


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return [document_line(process_path(CORPORA / name)) for name in JUDGMENTS]


@pytest.fixture
def engine(review_engine):
    return review_engine


def test_extract_output_loads_every_flag_once(engine, lines, tmp_path):
    expected = sum(reviewable_flags(line) for line in lines)
    assert expected > 0, "the chosen judgments must carry flags for this test to mean anything"
    extract = tmp_path / "extract.jsonl"
    extract.write_text("\n".join(lines) + "\n", encoding="utf-8")

    first = load_results(engine, [extract])
    again = load_results(engine, [extract])

    assert (first.records, first.documents_loaded, first.items_added, first.errors) == (3, 3, expected, [])
    assert (again.documents_loaded, again.items_added) == (3, 0)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ReviewItem)) == expected
        assert conn.scalar(select(func.count()).select_from(ReviewDocument)) == 3


def test_batch_results_folder_and_broken_lines(engine, lines, tmp_path):
    results = tmp_path / "results"
    for line in lines[:2]:
        write_result_file(results, json.loads(line)["source"]["sha256"], line)
    broken = tmp_path / "broken.jsonl"
    broken.write_text(lines[2][:200] + "\n" + json.dumps({"status": "ok"}) + "\n" + lines[2] + "\n", encoding="utf-8")

    summary = load_results(engine, [results, broken])

    assert summary.documents_loaded == 3
    assert summary.items_added == sum(reviewable_flags(line) for line in lines)
    assert [(e["file"], e["line"]) for e in summary.errors] == [(str(broken), 1), (str(broken), 2)]
    assert "JSON" in summary.errors[0]["reason"] and "source" in summary.errors[1]["reason"]


def test_failed_documents_are_reported_not_queued(tmp_path):
    scanned = process_path(CORPORA / "judgments" / "wsjd-001.txt")
    record = json.loads(document_line(scanned))
    record["status"], record["flags"] = "needs_ocr", []
    extract = tmp_path / "extract.jsonl"
    extract.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    engine = make_engine(f"sqlite:///{tmp_path / 'review.db'}")
    summary = load_results(engine, [extract])
    engine.dispose()
    assert summary.documents_loaded == 0 and len(summary.not_ok) == 1 and summary.not_ok[0].endswith("needs_ocr")


def test_cli_queue_load(lines, tmp_path, capsys):
    extract = tmp_path / "extract.jsonl"
    extract.write_text("\n".join(lines) + "\n{not json\n", encoding="utf-8")
    code = main(["queue-load", str(extract), "--data-dir", str(tmp_path / "data")])
    out, err = capsys.readouterr()
    assert code == 1  # the broken line is an error; the good lines are still loaded
    assert json.loads(out)["documents_loaded"] == 3
    assert f"{extract}:4:" in err
    assert (tmp_path / "data" / "zhixing.db").exists()
    assert main(["queue-load", str(tmp_path / "missing.jsonl")]) == 2
