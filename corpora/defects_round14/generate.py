"""Generate the round-14 held-out defect set: `.venv/bin/python -m corpora.defects_round14.generate` from the repository
root (``--check`` writes nothing: it rebuilds every document in memory, compares it with the committed files and
expected.jsonl, and runs the same checks on the committed files).

As in rounds 9–13, round 8's selection, writing and comparison functions (`registry`, `_fits`, `pick`, `build`,
`_jsonl`, `_write`, `_compare`, `main`) run against a copy of round 8's module namespace; `rebind` makes that copy, so
that a later round can call it with its own values instead of copying this file. Here SEED, OUT, REL, MODULES, the
parser-only reader (round 13's `load_sources`, which never imports `checks`), `prior_wordings`, `prior_sources_by_code`,
`_checks` and `_summary` are round 14's. The run fails if a re-parse check fails or a wording equals or is contained in
one that rounds 1–13 wrote or their code can write for that kind.
"""

from __future__ import annotations

import sys
import types

from corpora.defects.common import ROOT
from corpora.defects.generate import ORDER
from corpora.defects_round4.generate import contains_prior, reused, wordings_of
from corpora.defects_round8 import generate as g8
from corpora.defects_round14 import (
    calc,
    cite,
    contra,
    deadlines,
    execution,
    fees,
    orders,
    unclear,
)
from corpora.defects_round14.common import (
    load_sources,
    prior_sources_by_code,
    prior_wordings,
    verify,
)

SEED = 20270114
PER_KIND = 2
OUT = ROOT / "corpora" / "defects_round14"
REL = "corpora/defects_round14"
MODULES = (unclear, deadlines, calc, contra, fees, cite, execution, orders)
EARLIER = "round 1 … 13"
REBOUND = ("registry", "_fits", "pick", "build", "_jsonl", "_write", "_compare", "main")


def _checks(built, prior: dict) -> tuple[list[str], list[str]]:
    """Re-parse checks and the wording-disjointness check of every written document: (problems, notes)."""
    problems, notes = [], []
    for rel, src, inj, rec in built:
        if not (ROOT / rel).exists():
            continue
        code, mine = rec["code"], getattr(inj, "wordings", None) or [inj.marker]
        problems += [f"{rel}: {err}" for err in verify(ROOT / rel, src, inj)]
        problems += [f"{rel}: wording {w!r} equals or is contained in a {EARLIER} wording for {code}: {p!r}"
                     for w, p in reused(code, wordings_of(inj), prior)]
        notes += [f"{rel}: the marker {w!r} contains the {EARLIER} wording {p!r}"
                  for w, p in contains_prior(code, mine, prior)]
    return problems, notes


def _summary(built, prior_by_code: dict) -> None:
    reg = registry()
    print(f"{'code':<8}{'kind':<34}{'docs':>5}  sources (* = also used for this kind by {EARLIER})")
    for code in ORDER:
        ids = [r["source"] + ("*" if r["source"] in prior_by_code.get(code, set()) else "")
               for *_, r in built if r["code"] == code]
        print(f"{code:<8}{reg[code][0]:<34}{len(ids):>5}  {', '.join(ids)}")
    print(f"total: {len(built)} documents from {len({r['source'] for *_, r in built})} sources")


def rebind(**values) -> dict:
    """A copy of round 8's generator namespace with `values` in it, and round 8's functions REBOUND to that copy."""
    ns = dict(vars(g8))
    ns.update(values)
    for name in REBOUND:
        fn = getattr(g8, name)
        ns[name] = types.FunctionType(fn.__code__, ns, name, fn.__defaults__, fn.__closure__)
    return ns


_NS = rebind(SEED=SEED, PER_KIND=PER_KIND, OUT=OUT, REL=REL, MODULES=MODULES, load_sources=load_sources,
             prior_wordings=prior_wordings, prior_sources_by_code=prior_sources_by_code, _checks=_checks, _summary=_summary)
registry, pick, build, main = _NS["registry"], _NS["pick"], _NS["build"], _NS["main"]


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
