"""Generate the held-out defect set: `.venv/bin/python -m corpora.defects_round2.generate` from the repository root.

Same kinds, codes and line format as corpora/defects, but every injected wording is one that corpora/defects does not
use for that kind, the sources are, where the corpus allows, other documents than corpora/defects used for that kind,
and the seed differs. For each kind pick up to PER_KIND sources, inject one defect, write the document, record it, then
re-parse every written document and check that the target item (or section) holds the injected wording.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter

from corpora.defects.common import ROOT, Injection, RotRandom, Src, load_sources
from corpora.defects.generate import ORDER, verify
from corpora.defects_round2 import calc, cite, deadlines, execution, fees, unclear
from corpora.defects_round2.common import (
    first_set,
    first_sources_by_code,
    known_defects,
)

SEED = 20250917
PER_KIND = 2
OUT = ROOT / "corpora" / "defects_round2"


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


def choose(code: str, variants: list, sources: list[Src], usage: Counter, first: set[str],
           known: set[tuple]) -> list[tuple[Src, Injection]]:
    """Up to PER_KIND (source, injection) pairs: rotate over the variants; prefer a source corpora/defects did not use
    for this kind, then the source least used so far here, then a published document, then a seeded order."""
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
            src, inj = min(pool, key=lambda p: (p[0].id in first, usage[p[0].id], not p[0].id.startswith("wsjd"),
                                                order[p[0].id]))
            again = v(src, RotRandom(f"{SEED}|{code}|{v.__name__}|{src.id}", n))  # vary the wording by slot
            chosen.append((src, again or inj))
            usage[src.id] += 1
            break
    return chosen


def quoted_after(description: str) -> list[str]:
    """The wordings corpora/defects wrote: quoted strings after an arrow, and quoted added items."""
    out = []
    for part in re.split(r"→", description)[1:]:
        m = re.match(r'\s*"([^"]+)"', part)
        if m:
            out.append(m.group(1))
    out += re.findall(r'(?:Added[^"]*|now says|the added item only confirms ownership): "([^"]+)"', description)
    return out


def reused_wording(code: str, marker: str, first_records: list[dict]) -> str | None:
    """A wording of corpora/defects for this kind that equals or contains the injected marker, if any."""
    if len(marker) < 4:
        return None
    for r in first_records:
        if r["code"] != code:
            continue
        for w in quoted_after(r["description"]):
            if marker == w or marker in w:
                return w
    return None


def main() -> int:
    reg = registry()
    sources = load_sources()
    first_records = first_set()
    first_by_code = first_sources_by_code()
    known = known_defects()
    docs_dir = OUT / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    for old in docs_dir.glob("*.txt"):
        old.unlink()
    usage: Counter = Counter()
    records, problems, counts = [], [], {}
    for code in ORDER:
        slug, category, variants = reg[code]
        first = first_by_code.get(code, set())
        picked = choose(code, variants, sources, usage, first, known)
        counts[code] = (slug, len(picked))
        for n, (src, inj) in enumerate(picked, 1):
            rel = f"corpora/defects_round2/docs/{slug}-{n}-{src.id}.txt"
            path = ROOT / rel
            path.write_text(inj.text if inj.text.endswith("\n") else inj.text + "\n", encoding="utf-8")
            records.append({"file": rel, "source": src.id, "kind": slug, "code": code, "category": category,
                            "item_index": inj.item_index, "description": inj.description})
            for err in verify(path, src, inj):
                problems.append(f"{rel}: {err}")
            w = reused_wording(code, inj.marker, first_records)
            if w:
                problems.append(f"{rel}: injected wording {inj.marker!r} is one corpora/defects uses for {code}: {w!r}")
    with open(OUT / "expected.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    print(f"{'code':<8}{'kind':<34}{'docs':>5}  sources (* = also used for this kind by corpora/defects)")
    for code in ORDER:
        slug, k = counts[code]
        first = first_by_code.get(code, set())
        ids = [r["source"] + ("*" if r["source"] in first else "") for r in records if r["code"] == code]
        print(f"{code:<8}{slug:<34}{k:>5}  {', '.join(ids)}")
    print(f"total: {len(records)} documents from {len({r['source'] for r in records})} sources")
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
