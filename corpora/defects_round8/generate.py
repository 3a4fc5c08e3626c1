"""Generate the round-8 held-out defect set: `.venv/bin/python -m corpora.defects_round8.generate` from the repository root.

The kinds, codes and record format are those of rounds 1–7 (corpora/defects, corpora/defects_round2 … _round7); the seed,
the wordings and the sentence structures are new, and each kind prefers sources the earlier rounds did not use for it.
Per kind up to PER_KIND sources get one injected defect each; every written document is parsed again with process_path
(structure and fields only; doc.flags is never read) to check that the target item or section holds the injected wording,
and the run fails if a wording equals or is contained in one that rounds 1–7 wrote or their code can write for that kind
(round 6's and round 7's markers included).

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
from corpora.defects_round8 import calc, cite, contra, deadlines, execution, fees, orders, unclear
from corpora.defects_round8.common import prior_sources_by_code, prior_wordings

SEED = 20261201
PER_KIND = 2
OUT = ROOT / "corpora" / "defects_round8"
REL = "corpora/defects_round8"
MODULES = (unclear, deadlines, calc, contra, fees, cite, execution, orders)


def registry() -> dict:
    reg = {code: kind for mod in MODULES for code, kind in mod.KINDS.items()}
    assert sorted(reg) == sorted(ORDER), set(reg) ^ set(ORDER)
    return reg


def _fits(code: str, variant, sources: list[Src], known: set[tuple]) -> list[tuple[Src, Injection]]:
    """Every source the variant can inject into, with its injection under the seed, except known real defects."""
    out = []
    for src in sources:
        inj = variant(src, random.Random(f"{SEED}|{code}|{variant.__name__}|{src.id}"))
        if inj is not None and (src.id, code, inj.item_index) not in known:
            out.append((src, inj))
    return out


def pick(code: str, variants: list, sources: list[Src], usage: Counter, prior: set[str],
         known: set[tuple]) -> list[tuple[Src, Injection]]:
    """Up to PER_KIND (source, injection) pairs under round 8's SEED. Slot n tries the variants from the n-th on; within a
    variant it takes a source that rounds 1–7 did not use for this kind before one they did, then the source least used so
    far in this set, then a published document, then a seeded order; the wording is then drawn again for the slot."""
    order = {s.id: i for i, s in enumerate(random.Random(f"{SEED}|{code}").sample(sources, len(sources)))}
    pools = {v: _fits(code, v, sources, known) for v in variants}

    def rank(fit):
        sid = fit[0].id
        return sid in prior, usage[sid], not sid.startswith("wsjd"), order[sid]

    chosen: list[tuple[Src, Injection]] = []
    for slot in range(PER_KIND):
        taken = {s.id for s, _ in chosen}
        for k in range(len(variants)):
            v = variants[(slot + k) % len(variants)]
            pool = [f for f in pools[v] if f[0].id not in taken]
            if not pool:
                continue
            src, first = min(pool, key=rank)
            chosen.append((src, v(src, RotRandom(f"{SEED}|{code}|{v.__name__}|{src.id}", slot)) or first))
            usage[src.id] += 1
            break
    return chosen


def build(sources: list[Src]) -> list[tuple[str, Src, Injection, dict]]:
    """Every (relative path, source, injection, record) of the set, in ORDER."""
    reg, known, prior_by_code = registry(), known_defects(), prior_sources_by_code()
    usage: Counter = Counter()
    built = []
    for code in ORDER:
        slug, category, variants = reg[code]
        for n, (src, inj) in enumerate(pick(code, variants, sources, usage, prior_by_code.get(code, set()), known), 1):
            rel = f"{REL}/docs/{slug}-{n}-{src.id}.txt"
            built.append((rel, src, inj, {"file": rel, "source": src.id, "kind": slug, "code": code,
                                          "category": category, "item_index": inj.item_index,
                                          "description": inj.description}))
    return built


def _jsonl(built) -> str:
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for *_, rec in built)


def _write(built) -> None:
    docs = OUT / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for old in docs.glob("*.txt"):
        old.unlink()
    for rel, _src, inj, _rec in built:
        (ROOT / rel).write_text(body(inj), encoding="utf-8")
    (OUT / "expected.jsonl").write_text(_jsonl(built), encoding="utf-8")


def _compare(built) -> list[str]:
    """What differs between the committed files and a rebuild in memory."""
    problems = [f"{rel}: committed file differs from the generator's output" for rel, _s, inj, _r in built
                if not (ROOT / rel).exists() or (ROOT / rel).read_text(encoding="utf-8") != body(inj)]
    path = OUT / "expected.jsonl"
    if not path.exists() or path.read_text(encoding="utf-8") != _jsonl(built):
        problems.append("expected.jsonl differs from the generator's output")
    written = {rel.rsplit("/", 1)[1] for rel, *_ in built}
    problems += [f"{REL}/docs/{p.name}: not written by the generator" for p in sorted((OUT / "docs").glob("*.txt"))
                 if p.name not in written]
    return problems


def _checks(built, prior: dict) -> tuple[list[str], list[str]]:
    """Re-parse checks and the wording-disjointness check of every written document: (problems, notes)."""
    problems, notes = [], []
    for rel, src, inj, rec in built:
        if not (ROOT / rel).exists():
            continue
        code = rec["code"]
        problems += [f"{rel}: {err}" for err in verify(ROOT / rel, src, inj)]
        problems += [f"{rel}: wording {w!r} equals or is contained in a round-1–7 wording for {code}: {p!r}"
                     for w, p in reused(code, wordings_of(inj), prior)]
        notes += [f"{rel}: the marker {w!r} contains the round-1–7 wording {p!r}"
                  for w, p in contains_prior(code, getattr(inj, "wordings", None) or [inj.marker], prior)]
    return problems, notes


def _summary(built, prior_by_code: dict) -> None:
    reg = registry()
    print(f"{'code':<8}{'kind':<34}{'docs':>5}  sources (* = also used for this kind by round 1 … 7)")
    for code in ORDER:
        ids = [r["source"] + ("*" if r["source"] in prior_by_code.get(code, set()) else "")
               for *_, r in built if r["code"] == code]
        print(f"{code:<8}{reg[code][0]:<34}{len(ids):>5}  {', '.join(ids)}")
    print(f"total: {len(built)} documents from {len({r['source'] for *_, r in built})} sources")


def main(check_only: bool = False) -> int:
    sources = load_sources()
    built = build(sources)
    problems = _compare(built) if check_only else []
    if not check_only:
        _write(built)
    found, notes = _checks(built, prior_wordings(sources))
    problems += found
    _summary(built, prior_sources_by_code())
    print("".join(f"NOTE {n}\n" for n in notes), end="")
    print("".join(f"PROBLEM {p}\n" for p in problems), end="", file=sys.stderr)
    return int(bool(problems))


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
