"""Generate the round-5 held-out defect set: `.venv/bin/python -m corpora.defects_round5.generate` from the repository root.

Same kinds, codes and line format as rounds 1–4 (corpora/defects, corpora/defects_round2, _round3, _round4). Every injected
wording and sentence structure is one that none of those rounds uses for that kind; the sources are, where the corpus
allows, documents none of them used for that kind; and the seed differs. For each kind pick up to PER_KIND sources, inject
one defect, write the document, record it, then re-parse every written document with process_path (structure and fields
only: doc.flags is never read) and check that the target item (or section) holds the injected wording, and that no wording
equals or is contained in a round-1/2/3/4 wording of that kind.

`main(check_only=True)` (``--check``) writes nothing: it rebuilds every injection in memory and compares it with the
committed files and expected.jsonl, then runs the same re-parse and wording checks on the committed files.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter

from corpora.defects.common import ROOT, Injection, RotRandom, Src, load_sources
from corpora.defects.generate import ORDER, verify
from corpora.defects_round4.common import known_defects
from corpora.defects_round4.generate import contains_prior, reused, wordings_of
from corpora.defects_round5 import calc, cite, deadlines, execution, fees, unclear
from corpora.defects_round5.common import prior_sources_by_code, prior_wordings

SEED = 20260521
PER_KIND = 2
OUT = ROOT / "corpora" / "defects_round5"
REL = "corpora/defects_round5"


def registry() -> dict:
    reg = {}
    for mod in (unclear, deadlines, calc, fees, cite, execution):
        reg.update(mod.KINDS)
    assert sorted(reg) == sorted(ORDER), set(reg) ^ set(ORDER)
    return reg


def choose(code: str, variants: list, sources: list[Src], usage: Counter, prior: set[str],
           known: set[tuple]) -> list[tuple[Src, Injection]]:
    """Up to PER_KIND (source, injection) pairs, seeded with round 5's SEED: rotate over the variants; prefer a source rounds
    1–4 did not use for this kind, then the source least used so far here, then a published document, then a seeded order."""
    order = {s.id: i for i, s in enumerate(random.Random(f"{SEED}|{code}").sample(sources, len(sources)))}
    pools = {}
    for v in variants:
        pools[v] = []
        for s in sources:
            inj = v(s, random.Random(f"{SEED}|{code}|{v.__name__}|{s.id}"))
            if inj is not None and (s.id, code, inj.item_index) not in known:
                pools[v].append((s, inj))
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


def build() -> tuple[list[tuple[str, Src, Injection, dict]], dict]:
    """Every (relative path, source, injection, record) of the set, in ORDER, and code → (slug, number of documents)."""
    reg = registry()
    sources = load_sources()
    prior_by_code = prior_sources_by_code()
    known = known_defects()
    usage: Counter = Counter()
    out, counts = [], {}
    for code in ORDER:
        slug, category, variants = reg[code]
        picked = choose(code, variants, sources, usage, prior_by_code.get(code, set()), known)
        counts[code] = (slug, len(picked))
        for n, (src, inj) in enumerate(picked, 1):
            rel = f"{REL}/docs/{slug}-{n}-{src.id}.txt"
            rec = {"file": rel, "source": src.id, "kind": slug, "code": code, "category": category,
                   "item_index": inj.item_index, "description": inj.description}
            out.append((rel, src, inj, rec))
    return out, counts


def body(inj: Injection) -> str:
    return inj.text if inj.text.endswith("\n") else inj.text + "\n"


def main(check_only: bool = False) -> int:
    built, counts = build()
    prior = prior_wordings()
    prior_by_code = prior_sources_by_code()
    problems, notes = [], []
    docs_dir = OUT / "docs"
    if not check_only:
        docs_dir.mkdir(parents=True, exist_ok=True)
        for old in docs_dir.glob("*.txt"):
            old.unlink()
    for rel, src, inj, rec in built:
        path = ROOT / rel
        if check_only:
            if not path.exists() or path.read_text(encoding="utf-8") != body(inj):
                problems.append(f"{rel}: committed file differs from the generator's output")
                continue
        else:
            path.write_text(body(inj), encoding="utf-8")
        for err in verify(path, src, inj):
            problems.append(f"{rel}: {err}")
        for w, p in reused(rec["code"], wordings_of(inj), prior):
            problems.append(f"{rel}: wording {w!r} equals or is contained in a round-1/2/3/4 wording for {rec['code']}: {p!r}")
        for w, p in contains_prior(rec["code"], getattr(inj, "wordings", None) or [inj.marker], prior):
            notes.append(f"{rel}: the marker {w!r} contains the round-1/2/3/4 wording {p!r}")
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for *_, r in built)
    if check_only:
        if (OUT / "expected.jsonl").read_text(encoding="utf-8") != lines:
            problems.append("expected.jsonl differs from the generator's output")
        extra = {p.name for p in docs_dir.glob("*.txt")} - {rel.rsplit("/", 1)[1] for rel, *_ in built}
        problems += [f"{REL}/docs/{x}: not written by the generator" for x in sorted(extra)]
    else:
        (OUT / "expected.jsonl").write_text(lines, encoding="utf-8")
    print(f"{'code':<8}{'kind':<34}{'docs':>5}  sources (* = also used for this kind by round 1, 2, 3 or 4)")
    for code in ORDER:
        slug, k = counts[code]
        used = prior_by_code.get(code, set())
        ids = [r["source"] + ("*" if r["source"] in used else "") for *_, r in built if r["code"] == code]
        print(f"{code:<8}{slug:<34}{k:>5}  {', '.join(ids)}")
    print(f"total: {len(built)} documents from {len({r['source'] for *_, r in built})} sources")
    for note in notes:
        print("NOTE", note)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(check_only="--check" in sys.argv[1:]))
