"""One rebuilt judgment: the sections written in document order, then the gold record computed from them."""

from __future__ import annotations

import random

from .builder import Builder
from .closing import write_appeal_or_finality, write_signature
from .costs import write_costs
from .findings import write_facts, write_reasoning
from .gold import gold_record
from .opening import write_header, write_parties, write_procedural_history
from .operative import write_delay_interest, write_legal_basis, write_operative
from .pleadings import write_claims, write_defence
from .record import read_case
from .text import paragraphs


def build(rec: dict, rng: random.Random) -> tuple[str, dict, list[str]]:
    """-> (text, gold, log lines). The writers draw from rng in document order; keep that order, or the output at
    the current seed changes."""
    case = read_case(rec, rng)
    b = Builder()
    court, case_no = write_header(b, case, rng)
    agents = write_parties(b, case, rng)
    write_procedural_history(b, case, agents, rng)
    fact_lines = paragraphs(case.facts_raw)
    evidence_lines = write_claims(b, case, fact_lines, rng)
    write_defence(b, case, rng)
    write_facts(b, case, fact_lines, evidence_lines, rng)
    write_reasoning(b, case)
    inline_basis = write_legal_basis(b, case, rng)
    op_items = write_operative(b, case, rng)
    pays, article = write_delay_interest(b, case, rng)
    fee_note = write_costs(b, case, rng)
    write_appeal_or_finality(b, case, case_no, rng)
    members = write_signature(b, case, rng)

    text = b.text()
    gold = gold_record(rec, case, text, b, court=court, case_no=case_no, op_items=op_items, members=members)
    summary = (f"{case.rid}: {case.proc_name}, 立案 {case.filing}, judgment {case.judgment_date}, "
               f"items {len(op_items)}, delay_interest {'yes' if pays else 'no'} ({article if pays else '-'}), "
               f"{fee_note}, legal_basis {'inline' if inline_basis else 'own line'}")
    return text, gold, [summary] + ["    " + n for n in case.notes]
