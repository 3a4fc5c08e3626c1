"""Gold structure: section snippets that resolve to the spans written, 主文 items and parties."""

from __future__ import annotations

from .builder import Builder
from .record import Case

# the sections a first-instance judgment can be expected to have (docs/sections.md names, document order); an absent
# one is listed in "missing". lower_court (second instance only) and appendix (optional) are not expected.
EXPECTED_SECTIONS = ["header", "parties", "procedural_history", "claims", "defence", "facts", "reasoning",
                     "legal_basis", "operative", "delay_interest", "costs", "appeal_notice", "finality", "signature"]


def snippet_first(text: str, start: int, end: int) -> str:
    out = ""
    for ch in text[start:min(end, start + 12)]:
        if ch.isspace():
            break
        out += ch
    return out


def snippet_last(text: str, start: int, end: int, size: int = 12) -> str:
    out = ""
    i = end - 1
    while i >= max(start, end - size) and not text[i].isspace():
        out = text[i] + out
        i -= 1
    return out


def resolving_last(text: str, start: int, end: int) -> str:
    """The shortest suffix of at most 12 characters, or longer only where a 12-character one occurs earlier in the
    section (a checker takes the first occurrence after the section's start)."""
    size = 12
    while True:
        last = snippet_last(text, start, end, size)
        if text.find(last, start) + len(last) == end or len(last) < size:
            return last
        size += 1


def section_snippets(text: str, b: Builder, rid: str) -> list[dict]:
    """The sections in document order with their first/last snippets; asserts that each pair resolves back to the
    span written (start = text.find(first, end of the previous section), end = text.find(last, start) + len(last))."""
    sections = []
    prev_end = 0
    for name in b.order:
        start, end = b.spans[name]
        seg = text[start:end]
        assert seg == seg.strip() and seg, (rid, name)
        first_s, last_s = snippet_first(text, start, end), resolving_last(text, start, end)
        assert first_s and last_s and not any(c.isspace() for c in first_s + last_s), (rid, name, first_s, last_s)
        s2 = text.find(first_s, prev_end)
        e2 = text.find(last_s, s2) + len(last_s)
        assert (s2, e2) == (start, end), f"{rid}: snippet of {name} resolves to {(s2, e2)}, not {(start, end)}"
        sections.append({"name": name, "first": first_s, "last": last_s})
        prev_end = end
    # no overlap and document order
    ends = [b.spans[n] for n in b.order]
    assert all(ends[k][1] <= ends[k + 1][0] for k in range(len(ends) - 1)), rid
    return sections


def gold_record(rec: dict, case: Case, text: str, b: Builder, *, court: str, case_no: str,
                op_items: list[tuple[str, str]], members: list[tuple[str, str]]) -> dict:
    """The gold structure file of one rebuilt judgment, computed from what was written."""
    rid = case.rid
    sections = section_snippets(text, b, rid)
    op_start = b.spans["operative"][0]
    gold_items = []
    for k, (num, itext) in enumerate(op_items):
        pos = text.find(itext, op_start)
        assert pos >= 0
        op_start = pos + len(itext)
        gold_items.append({"number": num, "text": itext, "sub_items": []})
    gold_parties = ([{"name": n, "role_text": "原告", "role": "plaintiff"} for n in case.p_names]
                    + [{"name": n, "role_text": "被告", "role": "defendant"} for n in case.d_names])
    for gp in gold_parties:
        assert gp["name"] in text[b.spans["parties"][0]:b.spans["parties"][1]], (rid, gp)
    for role, name in members:
        assert name in text[b.spans["signature"][0]:b.spans["signature"][1]]
    return {
        "id": rid,
        "file": f"corpora/rebuilt/{rid}.txt",
        "doc_type": "judgment",
        "court": court,
        "case_number": case_no,
        "date": case.judgment_date.isoformat(),
        "instance": "first",
        "sections": sections,
        "operative_items": gold_items,
        "parties": gold_parties,
        "missing": [n for n in EXPECTED_SECTIONS if n not in b.spans],
        "generated": True,
        "notes": "; ".join(["rebuilt from labelled fields by corpora/rebuild_judgments.py",
                            f"procedure {case.proc_name}"] + case.notes),
        "source": {"repo": rec["source_repo"], "path": rec["source_path"], "commit": rec["source_commit"],
                   "line": rec["line_in_source_path"]},
    }
