"""Generate the round-4 held-out defect set: `.venv/bin/python -m corpora.defects_round4.generate` from the repository root.

Same kinds, codes and line format as rounds 1–3 (corpora/defects, corpora/defects_round2, corpora/defects_round3). Every
injected wording and sentence structure is one that none of those rounds uses for that kind; the sources are, where the
corpus allows, documents none of them used for that kind; and the seed differs. For each kind pick up to PER_KIND
sources, inject one defect, write the document, record it, then re-parse every written document with process_path
(structure and fields only: doc.flags is never read) and check that the target item (or section) holds the injected
wording, and that no wording equals or is contained in a round-1/2/3 wording of that kind.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter

from corpora.defects.common import ROOT, Injection, RotRandom, Src, load_sources
from corpora.defects.generate import ORDER, verify
from corpora.defects_round4 import calc, cite, deadlines, execution, fees, unclear
from corpora.defects_round4.common import (
    after_wordings,
    known_defects,
    prior_sources_by_code,
    prior_wordings,
)

SEED = 20260316
PER_KIND = 2
OUT = ROOT / "corpora" / "defects_round4"


def registry() -> dict:
    reg = {}
    for mod in (unclear, deadlines, calc, fees, cite, execution):
        reg.update(mod.KINDS)
    assert sorted(reg) == sorted(ORDER), set(reg) ^ set(ORDER)
    return reg


def candidates(code: str, variant, sources: list[Src]) -> list[tuple[Src, Injection]]:
    out = []
    for src in sources:
        inj = variant(src, random.Random(f"{SEED}|{code}|{variant.__name__}|{src.id}"))
        if inj is not None:
            out.append((src, inj))
    return out


def choose(code: str, variants: list, sources: list[Src], usage: Counter, prior: set[str],
           known: set[tuple]) -> list[tuple[Src, Injection]]:
    """Up to PER_KIND (source, injection) pairs: rotate over the variants; prefer a source rounds 1–3 did not use for this
    kind, then the source least used so far here, then a published document, then a seeded order."""
    order = {s.id: i for i, s in enumerate(random.Random(f"{SEED}|{code}").sample(sources, len(sources)))}
    pools = {v: [(s, i) for s, i in candidates(code, v, sources) if (s.id, code, i.item_index) not in known]
             for v in variants}
    chosen: list[tuple[Src, Injection]] = []
    for n in range(PER_KIND):
        for k in range(len(variants)):
            v = variants[(n + k) % len(variants)]
            pool = [(s, i) for s, i in pools[v] if s.id not in {c[0].id for c in chosen}]
            if not pool:
                continue
            src, inj = min(pool, key=lambda p: (p[0].id in prior, usage[p[0].id], not p[0].id.startswith("wsjd"),
                                                order[p[0].id]))
            again = v(src, RotRandom(f"{SEED}|{code}|{v.__name__}|{src.id}", n))  # vary the wording by slot
            chosen.append((src, again or inj))
            usage[src.id] += 1
            break
    return chosen


def wordings_of(inj: Injection) -> list[str]:
    """The wordings a document injects: its marker (or its inserted sentences) and the quoted "after" wordings of its
    description."""
    return (getattr(inj, "wordings", None) or [inj.marker]) + after_wordings(inj.description)


def reused(code: str, wordings: list[str], prior: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(ours, theirs) where a wording of ours equals or is contained in a round-1/2/3 wording of the same kind."""
    hits = []
    for w in wordings:
        if len(w) < 4:
            continue
        hits += [(w, p) for p in prior.get(code, []) if w == p or w in p]
    return hits


def contains_prior(code: str, wordings: list[str], prior: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(ours, theirs) where a round-1/2/3 wording of the same kind (4 characters or more) is inside one of ours: printed for
    review, not a failure (it also catches shared names, amounts and article numbers)."""
    return [(w, p) for w in wordings for p in sorted(set(prior.get(code, []))) if len(p) >= 4 and p in w and p != w]


def main() -> int:
    reg = registry()
    sources = load_sources()
    prior = prior_wordings()
    prior_by_code = prior_sources_by_code()
    known = known_defects()
    docs_dir = OUT / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    for old in docs_dir.glob("*.txt"):
        old.unlink()
    usage: Counter = Counter()
    records, problems, notes, counts = [], [], [], {}
    for code in ORDER:
        slug, category, variants = reg[code]
        used_before = prior_by_code.get(code, set())
        picked = choose(code, variants, sources, usage, used_before, known)
        counts[code] = (slug, len(picked))
        for n, (src, inj) in enumerate(picked, 1):
            rel = f"corpora/defects_round4/docs/{slug}-{n}-{src.id}.txt"
            path = ROOT / rel
            path.write_text(inj.text if inj.text.endswith("\n") else inj.text + "\n", encoding="utf-8")
            records.append({"file": rel, "source": src.id, "kind": slug, "code": code, "category": category,
                            "item_index": inj.item_index, "description": inj.description})
            for err in verify(path, src, inj):
                problems.append(f"{rel}: {err}")
            for w, p in reused(code, wordings_of(inj), prior):
                problems.append(f"{rel}: wording {w!r} equals or is contained in a round-1/2/3 wording for {code}: {p!r}")
            for w, p in contains_prior(code, getattr(inj, "wordings", None) or [inj.marker], prior):
                notes.append(f"{rel}: the marker {w!r} contains the round-1/2/3 wording {p!r}")
    with open(OUT / "expected.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    print(f"{'code':<8}{'kind':<34}{'docs':>5}  sources (* = also used for this kind by round 1, 2 or 3)")
    for code in ORDER:
        slug, k = counts[code]
        used_before = prior_by_code.get(code, set())
        ids = [r["source"] + ("*" if r["source"] in used_before else "") for r in records if r["code"] == code]
        print(f"{code:<8}{slug:<34}{k:>5}  {', '.join(ids)}")
    print(f"total: {len(records)} documents from {len({r['source'] for r in records})} sources")
    for note in notes:
        print("NOTE", note)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
