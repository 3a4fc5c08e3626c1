"""A check that raises does not stop the others: its failure becomes an info flag with the check's code and the error,
and a warning in the log, and the other checks' flags are still there."""

from __future__ import annotations

import logging

from checks import registry
from checks.registry import CHECKS, Check, run_checks
from tests.test_checks_general import D, P, judgment


def test_a_failing_check_becomes_an_info_flag_and_a_logged_warning(monkeypatch, caplog):
    def broken(doc):
        raise ValueError("boom")
        yield  # a generator, like the real checks

    monkeypatch.setitem(CHECKS, "TST-99", Check("TST-99", "test", "unclear", "error", "basis", [], broken))
    doc = judgment(items=[f"{D}归还{P}借款。"])  # no deadline, no amount: real checks flag it too
    with caplog.at_level(logging.WARNING, logger=registry.__name__):
        flags = run_checks(doc)
    failed = [f for f in flags if f.code == "TST-99"]
    assert len(failed) == 1 and failed[0].severity == "info" and "boom" in failed[0].message
    assert any("TST-99" in r.getMessage() and "boom" in r.getMessage() for r in caplog.records)
    assert any(f.code != "TST-99" and f.severity == "error" for f in flags)
