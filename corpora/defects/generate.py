"""Generate the defect evaluation set: `.venv/bin/python -m corpora.defects.generate` from the repository root.

For each defect kind, pick up to PER_KIND real source documents (spread over the corpus), inject exactly one defect
of that kind into the normalised text, write the document, and record what was done; then re-parse every written
document and check that the target item (or section) holds the injected wording.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

from corpora.defects import calc, cite, deadlines, execution, fees, unclear
from corpora.defects.common import ROOT, Injection, RotRandom, Src, load_sources

SEED = 20240611
PER_KIND = 3
OUT = ROOT / "corpora" / "defects"
ORDER = ["UNC-01", "UNC-02", "UNC-03", "UNC-04", "UNC-10", "UNC-11", "UNC-20", "UNC-21", "CAL-03", "CON-01", "CON-02",
         "CON-03", "CON-04", "CON-05", "CAL-01", "CAL-02", "CAL-04", "CIT-01", "CIT-02", "CIT-03", "CIT-04", "EXE-01",
         "EXE-02", "EXE-03", "EXE-04", "EXE-05", "EXE-06", "EXE-07", "EXE-08"]


def registry() -> dict:
    reg = {}
    for mod in (unclear, deadlines, calc, fees, cite, execution):
        reg.update(mod.KINDS)
    assert sorted(reg) == sorted(ORDER), set(reg) ^ set(ORDER)
    return reg


def candidates(code: str, variant, sources: list[Src]) -> list[tuple[Src, Injection]]:
    out = []
    for src in sources:
        rng = random.Random(f"{SEED}|{code}|{variant.__name__}|{src.id}")
        inj = variant(src, rng)
        if inj is not None:
            out.append((src, inj))
    return out


def known_defects() -> set[tuple]:
    """(source, code, item_index) of defects the untouched sources already carry (known-real-defects.json, if any):
    injecting the same kind into the same place would not tell a detector's hit from its baseline."""
    path = OUT / "known-real-defects.json"
    if not path.exists():
        return set()
    return {(r["source"], r["code"], r.get("item_index")) for r in json.loads(path.read_text(encoding="utf-8"))}


def choose(code: str, variants: list, sources: list[Src], usage: Counter) -> list[tuple[Src, Injection]]:
    """Up to PER_KIND (source, injection) pairs: rotate over the variants, prefer the least-used documents."""
    order = {s.id: i for i, s in enumerate(random.Random(f"{SEED}|{code}").sample(sources, len(sources)))}
    known = known_defects()
    pools = {v: [(s, i) for s, i in candidates(code, v, sources) if (s.id, code, i.item_index) not in known]
             for v in variants}
    chosen: list[tuple[Src, Injection]] = []
    for n in range(PER_KIND):
        for k in range(len(variants)):
            v = variants[(n + k) % len(variants)]
            pool = [(s, i) for s, i in pools[v] if s.id not in {c[0].id for c in chosen}]
            if pool:
                # least used first; on a tie a published document before a rebuilt one; then the seeded order
                src, inj = min(pool, key=lambda p: (usage[p[0].id], not p[0].id.startswith("wsjd"), order[p[0].id]))
                again = v(src, RotRandom(f"{SEED}|{code}|{v.__name__}|{src.id}", n))  # vary wording by slot
                chosen.append((src, again or inj))
                usage[src.id] += 1
                break
    return chosen


def changed_region(old: str, new: str) -> tuple[int, int]:
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return p, len(old) - s


def verify(path: Path, src: Src, inj: Injection) -> list[str]:
    from zhixing.pipeline import process_path

    doc = process_path(path)
    errs = []
    if getattr(doc.doc_type, "value", doc.doc_type) != src.dtype:
        errs.append(f"doc_type {doc.doc_type} != {src.dtype}")
    if doc.date != src.date:
        errs.append(f"date {doc.date} != {src.date}")
    want = inj.n_items if inj.n_items is not None else len(src.items)
    if len(doc.operative_items) != want:
        errs.append(f"{len(doc.operative_items)} items, expected {want}")
    if inj.item_index is not None:
        if not 1 <= inj.item_index <= len(doc.operative_items):
            errs.append(f"item {inj.item_index} missing")
        elif inj.marker not in doc.operative_items[inj.item_index - 1].text:
            errs.append(f"marker {inj.marker!r} not in item {inj.item_index}: {doc.operative_items[inj.item_index - 1].text!r}")
    elif inj.section:
        sec = doc.section(inj.section)
        if not sec or inj.marker not in doc.text[sec.span[0]:sec.span[1]]:
            errs.append(f"marker {inj.marker!r} not in section {inj.section}")
    if inj.absent and inj.absent in doc.text:
        errs.append("deleted text still present")
    if inj.check and not inj.check(doc):
        errs.append("extra check failed")
    head, sig = src.span("header"), src.span("signature")
    a, b = changed_region(src.text, inj.text)
    if head and a < head[1] or sig and b > sig[0]:
        errs.append(f"edit touches header or signature ({a}, {b})")
    return errs


def main() -> int:
    reg = registry()
    sources = load_sources()
    docs_dir = OUT / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    for old in docs_dir.glob("*.txt"):
        old.unlink()
    usage: Counter = Counter()
    records, problems, counts = [], [], {}
    for code in ORDER:
        slug, category, variants = reg[code]
        picked = choose(code, variants, sources, usage)
        counts[code] = (slug, len(picked))
        for n, (src, inj) in enumerate(picked, 1):
            rel = f"corpora/defects/docs/{slug}-{n}-{src.id}.txt"
            path = ROOT / rel
            path.write_text(inj.text if inj.text.endswith("\n") else inj.text + "\n", encoding="utf-8")
            records.append({"file": rel, "source": src.id, "kind": slug, "code": code, "category": category,
                            "item_index": inj.item_index, "description": inj.description})
            for err in verify(path, src, inj):
                problems.append(f"{rel}: {err}")
    with open(OUT / "expected.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with open(OUT / "clean.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"file": s.path, "source": s.id}, ensure_ascii=False) + "\n" for s in sources)
    print(f"{'code':<8}{'kind':<34}{'docs':>5}  sources")
    for code in ORDER:
        slug, k = counts[code]
        ids = [r["source"] for r in records if r["code"] == code]
        print(f"{code:<8}{slug:<34}{k:>5}  {', '.join(ids)}")
    print(f"total: {len(records)} documents from {len({r['source'] for r in records})} sources; "
          f"clean set: {len(sources)} documents")
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
