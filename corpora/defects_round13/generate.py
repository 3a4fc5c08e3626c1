"""Generate the round-13 held-out defect set: `.venv/bin/python -m corpora.defects_round13.generate` from the repository
root (``--check`` writes nothing: it rebuilds every document in memory, compares it with the committed files and
expected.jsonl, and runs the same checks on the committed files).

Round 8's selection, writing and comparison functions (`registry`, `_fits`, `pick`, `build`, `_jsonl`, `_write`,
`_compare`, `main`), as in rounds 9–12, are rebound to a copy of round 8's module namespace in which SEED, OUT, REL,
MODULES, `load_sources`, `prior_wordings`, `prior_sources_by_code`, `_checks` and `_summary` are round 13's. Unlike rounds
1–12, the sources and the written documents are read with `common.parse_file` (format, normalisation, structure and fields
only): the pipeline's checks stage is never run and doc.flags never exists. The run fails if a re-parse check fails or a
wording equals or is contained in one that rounds 1–12 wrote or their code can write for that kind.
"""

from __future__ import annotations

import sys
import types

from corpora.defects.common import ROOT
from corpora.defects.generate import ORDER
from corpora.defects_round4.generate import contains_prior, reused, wordings_of
from corpora.defects_round8 import generate as g8
from corpora.defects_round13 import (
    calc,
    cite,
    contra,
    deadlines,
    execution,
    fees,
    orders,
    unclear,
)
from corpora.defects_round13.common import (
    load_sources,
    prior_sources_by_code,
    prior_wordings,
    verify,
)

SEED = 20270113
PER_KIND = 2
OUT = ROOT / "corpora" / "defects_round13"
REL = "corpora/defects_round13"
MODULES = (unclear, deadlines, calc, contra, fees, cite, execution, orders)


def _checks(built, prior: dict) -> tuple[list[str], list[str]]:
    """Re-parse checks and the wording-disjointness check of every written document: (problems, notes)."""
    problems, notes = [], []
    for rel, src, inj, rec in built:
        if not (ROOT / rel).exists():
            continue
        code, mine = rec["code"], getattr(inj, "wordings", None) or [inj.marker]
        problems += [f"{rel}: {err}" for err in verify(ROOT / rel, src, inj)]
        problems += [f"{rel}: wording {w!r} equals or is contained in a round-1–12 wording for {code}: {p!r}"
                     for w, p in reused(code, wordings_of(inj), prior)]
        notes += [f"{rel}: the marker {w!r} contains the round-1–12 wording {p!r}"
                  for w, p in contains_prior(code, mine, prior)]
    return problems, notes


def _summary(built, prior_by_code: dict) -> None:
    reg = registry()
    print(f"{'code':<8}{'kind':<34}{'docs':>5}  sources (* = also used for this kind by round 1 … 12)")
    for code in ORDER:
        ids = [r["source"] + ("*" if r["source"] in prior_by_code.get(code, set()) else "")
               for *_, r in built if r["code"] == code]
        print(f"{code:<8}{reg[code][0]:<34}{len(ids):>5}  {', '.join(ids)}")
    print(f"total: {len(built)} documents from {len({r['source'] for *_, r in built})} sources")


_NS = dict(vars(g8))
_NS.update(SEED=SEED, PER_KIND=PER_KIND, OUT=OUT, REL=REL, MODULES=MODULES, load_sources=load_sources,
           prior_wordings=prior_wordings, prior_sources_by_code=prior_sources_by_code, _checks=_checks, _summary=_summary)
for _name in ("registry", "_fits", "pick", "build", "_jsonl", "_write", "_compare", "main"):
    _fn = getattr(g8, _name)
    _NS[_name] = types.FunctionType(_fn.__code__, _NS, _name, _fn.__defaults__, _fn.__closure__)
registry, pick, build, main = _NS["registry"], _NS["pick"], _NS["build"], _NS["main"]


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
