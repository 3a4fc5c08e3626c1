"""The claims as asked (extractors/claims.py): text before 事实和理由, document offsets, every amount they name."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import CORPORA
from zhixing.pipeline import process_path


def test_claims_of_a_real_judgment_with_their_amounts():
    doc = process_path(CORPORA / "rebuilt" / "sc1-004.txt")
    claims = doc.claims
    assert claims is not None and doc.text[claims.span[0]:claims.span[1]] == claims.text
    assert "诉讼请求" in claims.text and "事实" not in claims.text
    assert [a.value for a in claims.amounts] == [Decimal(17000)]
    for a in claims.amounts:
        assert doc.text[a.span[0]:a.span[1]] == a.text


def test_every_real_first_instance_judgment_with_a_claims_paragraph_gets_its_claims():
    judgments = sorted((CORPORA / "rebuilt").glob("*.txt")) + sorted((CORPORA / "judgments").glob("*.txt"))
    read = 0
    for path in judgments:
        doc = process_path(path)
        if doc.doc_type != "judgment" or doc.instance != "first" or "诉讼请求" not in doc.text:
            continue
        read += 1
        assert doc.claims is not None, path.name
        assert doc.text[doc.claims.span[0]:doc.claims.span[1]] == doc.claims.text
        assert all(doc.text[a.span[0]:a.span[1]] == a.text for a in doc.claims.amounts)
    assert read >= 40


def test_press_releases_have_no_claims():
    doc = process_path(CORPORA / "press" / sorted(p.name for p in (CORPORA / "press").iterdir())[0])
    assert doc.claims is None
