"""Held-out helpers on top of corpora.defects.common: what corpora/defects used (its records and its list of real
defects), items inserted before an item, the party line of a role."""

from __future__ import annotations

import json
import re

from corpora.defects.common import ROOT, Edits, Src, cn_num, item_number

FIRST = ROOT / "corpora" / "defects"


def first_set() -> list[dict]:
    """The records of corpora/defects/expected.jsonl (the set this one is held out from)."""
    path = FIRST / "expected.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def first_sources_by_code() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in first_set():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def known_defects() -> set[tuple]:
    """(source, code, item_index) of real defects the untouched sources carry (corpora/defects/known-real-defects.json)."""
    path = FIRST / "known-real-defects.json"
    if not path.exists():
        return set()
    return {(r["source"], r["code"], r.get("item_index")) for r in json.loads(path.read_text(encoding="utf-8"))}


def insert_items_before(src: Src, edits: Edits, before: int, bodies: list[str], punct: str = "") -> list[int]:
    """Insert new 主文 items (text without number) before old item `before`; renumber all; return the new indices.
    The old items keep their text; a document whose items were unnumbered gets 一、二、… throughout."""
    n_old = len(src.items)
    it = src.item(before)
    start = it.span[0]
    assert start == 0 or src.text[start - 1] == "\n", "item does not start its line"
    m = item_number(src, before)
    sep = m.group(2) if m else "、"
    k = len(bodies)
    # renumber every old item except `before`, whose number goes into the insertion below
    for i in range(1, n_old + 1):
        if i == before:
            continue
        n = i if i < before else i + k
        s = src.item(i).span[0]
        mi = item_number(src, i)
        if mi:
            if cn_num(n) != mi.group(1):
                edits.replace(s, s + len(mi.group(1)), cn_num(n))
        else:
            edits.insert(s, cn_num(n) + "、")
    lines = "".join(f"{cn_num(before + j)}{sep}{b.rstrip('。；;')}{punct}\n" for j, b in enumerate(bodies))
    mb = m.group(0) if m else ""
    edits.replace(start, start + len(mb), lines + f"{cn_num(before + k)}{sep}")
    return [before + j for j in range(k)]


def other_claims(src: Src, index: int, edits: Edits) -> bool:
    """Turn "驳回原告X的诉讼请求" / "…全部诉讼请求" in item `index` into "…其他诉讼请求" (an award now precedes it)."""
    it = src.item(index)
    m = re.search(r"(的)(全部)?(诉讼请求)", it.text)
    if not m or "驳回" not in it.text:
        return False
    s = it.span[0]
    edits.replace(s + m.start(), s + m.end(), "的其他诉讼请求")
    return True


def dismissal_only(src: Src) -> bool:
    return len(src.items) == 1 and "驳回" in src.items[0].text and not src.money_items()


def party_line(src: Src, role: str) -> tuple[int, int, str] | None:
    """(line start, line end, prefix such as "被告：") of the first party line of a role."""
    ps = src.parties(role)
    if not ps:
        return None
    p = ps[0]
    ls = src.text.rfind("\n", 0, p.span[0]) + 1
    le = src.text.find("\n", p.span[1])
    return ls, (le if le >= 0 else len(src.text)), src.text[ls:p.span[0]]


def cn_count(n: int) -> str:
    return {2: "两"}.get(n, cn_num(n))
