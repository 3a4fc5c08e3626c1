"""Generate the round-7 held-out defect set: `.venv/bin/python -m corpora.defects_round7.generate` from the repository root.

Same kinds, codes and line format as rounds 1–6 (corpora/defects, corpora/defects_round2 … _round6). Every injected wording
and sentence structure is one that none of those rounds uses for that kind; the sources are, where the corpus allows,
documents none of them used for that kind; and the seed differs. For each kind pick up to PER_KIND sources, inject one
defect, write the document, record it, then re-parse every written document with process_path (structure and fields only:
doc.flags is never read) and check that the target item (or section) holds the injected wording, and that no wording equals
or is contained in a round-1–6 wording of that kind (or one their code can write, or one of round 6's markers).

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
from corpora.defects_round5.generate import body
from corpora.defects_round7 import (
    calc,
    cite,
    contra,
    deadlines,
    execution,
    fees,
    orders,
    unclear,
)
from corpora.defects_round7.common import prior_sources_by_code, prior_wordings

SEED = 20261122
PER_KIND = 2
OUT = ROOT / "corpora" / "defects_round7"
REL = "corpora/defects_round7"


def registry() -> dict:
    reg = {}
    for mod in (unclear, deadlines, calc, contra, fees, cite, execution, orders):
        reg.update(mod.KINDS)
    assert sorted(reg) == sorted(ORDER), set(reg) ^ set(ORDER)
    return reg


def pick(code: str, variants: list, sources: list[Src], usage: Counter, prior: set[str],
         known: set[tuple]) -> list[tuple[Src, Injection]]:
    """Up to PER_KIND (source, injection) pairs under round 7's SEED: the n-th document starts its search at the n-th
    variant; within a variant a source rounds 1–6 did not use for this kind comes first, then the source least used so far
    in this set, then a published document, then a seeded order. The wording is drawn again for the slot."""
    rank = {s.id: i for i, s in enumerate(random.Random(f"{SEED}|{code}").sample(sources, len(sources)))}
    fits: dict = {}
    for v in variants:
        fits[v] = [(s, inj) for s in sources
                   if (inj := v(s, random.Random(f"{SEED}|{code}|{v.__name__}|{s.id}"))) is not None
                   and (s.id, code, inj.item_index) not in known]
    out: list[tuple[Src, Injection]] = []
    for n in range(PER_KIND):
        taken = {s.id for s, _ in out}
        order = variants[n % len(variants):] + variants[:n % len(variants)]
        for v in order:
            free = [(s, i) for s, i in fits[v] if s.id not in taken]
            if free:
                s, inj = min(free, key=lambda f: (f[0].id in prior, usage[f[0].id], not f[0].id.startswith("wsjd"),
                                                  rank[f[0].id]))
                out.append((s, v(s, RotRandom(f"{SEED}|{code}|{v.__name__}|{s.id}", n)) or inj))
                usage[s.id] += 1
                break
    return out


def build(sources: list[Src]) -> tuple[list[tuple[str, Src, Injection, dict]], dict]:
    """Every (relative path, source, injection, record) of the set, in ORDER, and code → (slug, number of documents)."""
    reg, known = registry(), known_defects()
    prior_by_code = prior_sources_by_code()
    usage: Counter = Counter()
    out, counts = [], {}
    for code in ORDER:
        slug, category, variants = reg[code]
        chosen = pick(code, variants, sources, usage, prior_by_code.get(code, set()), known)
        counts[code] = (slug, len(chosen))
        for n, (src, inj) in enumerate(chosen, 1):
            rel = f"{REL}/docs/{slug}-{n}-{src.id}.txt"
            out.append((rel, src, inj, {"file": rel, "source": src.id, "kind": slug, "code": code, "category": category,
                                        "item_index": inj.item_index, "description": inj.description}))
    return out, counts


def main(check_only: bool = False) -> int:
    sources = load_sources()
    built, counts = build(sources)
    prior, prior_by_code = prior_wordings(sources), prior_sources_by_code()
    problems, notes = [], []
    docs = OUT / "docs"
    if not check_only:
        docs.mkdir(parents=True, exist_ok=True)
        for old in docs.glob("*.txt"):
            old.unlink()
    for rel, src, inj, rec in built:
        path = ROOT / rel
        if not check_only:
            path.write_text(body(inj), encoding="utf-8")
        elif not path.exists() or path.read_text(encoding="utf-8") != body(inj):
            problems.append(f"{rel}: committed file differs from the generator's output")
            continue
        problems += [f"{rel}: {err}" for err in verify(path, src, inj)]
        problems += [f"{rel}: wording {w!r} equals or is contained in a round-1–6 wording for {rec['code']}: {p!r}"
                     for w, p in reused(rec["code"], wordings_of(inj), prior)]
        notes += [f"{rel}: the marker {w!r} contains the round-1–6 wording {p!r}"
                  for w, p in contains_prior(rec["code"], getattr(inj, "wordings", None) or [inj.marker], prior)]
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for *_, r in built)
    if check_only:
        if (OUT / "expected.jsonl").read_text(encoding="utf-8") != lines:
            problems.append("expected.jsonl differs from the generator's output")
        extra = {p.name for p in docs.glob("*.txt")} - {rel.rsplit("/", 1)[1] for rel, *_ in built}
        problems += [f"{REL}/docs/{x}: not written by the generator" for x in sorted(extra)]
    else:
        (OUT / "expected.jsonl").write_text(lines, encoding="utf-8")
    print(f"{'code':<8}{'kind':<34}{'docs':>5}  sources (* = also used for this kind by round 1, 2, 3, 4, 5 or 6)")
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
