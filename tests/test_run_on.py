"""A judgment pasted or scraped as one run-on paragraph (CAIL's texts, many web copies) is read as the same
sections and 主文 items as its paragraphed original: the structure parser cuts the paragraph where the next
section's opening words start a sentence."""

from __future__ import annotations

import re

import pytest

from tests.conftest import CORPORA
from zhixing.pipeline import process_bytes


def run_on(text: str) -> str:
    """The text with every paragraph from the procedural history to the signature glued to the one before it, with
    the punctuation a run-on copy keeps between them (；before a numbered item, 。elsewhere, where the line has none)."""
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if "一案" in line)
    last = next(i for i, line in enumerate(lines) if line.startswith("审判"))
    body = ""
    for line in lines[first:last]:
        if body and body[-1] not in "。；;：:":
            body += "；" if re.match(r"[一二三四五六七八九十]+、", line) else "。"
        body += line
    return "\n".join(lines[:first] + [body] + lines[last:])


@pytest.mark.parametrize("source", ["rebuilt/sc1-001.txt", "rebuilt/sc1-029.txt", "rebuilt/sc1-067.txt"])
def test_a_run_on_judgment_has_the_items_and_tail_of_its_original(source):
    text = (CORPORA / source).read_text(encoding="utf-8")
    original = process_bytes(text.encode("utf-8"), source)
    glued = process_bytes(run_on(text).encode("utf-8"), source)
    assert "\n判决如下" not in glued.text and glued.text.count("\n") < original.text.count("\n")
    assert [i.text.rstrip("。；;") for i in glued.operative_items] == \
        [i.text.rstrip("。；;") for i in original.operative_items]
    tail = {"reasoning", "legal_basis", "operative", "delay_interest", "costs", "appeal_notice"}
    assert {s.name for s in glued.sections} & tail == {s.name for s in original.sections} & tail
    assert glued.costs is not None and glued.costs.acceptance_fee == original.costs.acceptance_fee
    assert {f.code for f in glued.flags if f.severity == "error"} == \
        {f.code for f in original.flags if f.severity == "error"}


def test_本院认为_inside_a_paragraphed_facts_section_stays_there():
    text = (CORPORA / "rebuilt/sc1-023.txt").read_text(encoding="utf-8")
    doc = process_bytes(text.encode("utf-8"), "sc1-023.txt")
    facts = doc.section("facts")
    assert "本院认为，原告提供的证据符合证据" in doc.span_text(facts.span)
