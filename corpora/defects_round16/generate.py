"""Generate the round-16 held-out defect set: `.venv/bin/python -m corpora.defects_round16.generate` from the repository
root (``--check`` writes nothing: it rebuilds every document in memory, compares it with the committed files and
expected.jsonl, and runs the same checks on the committed files).

Round 14's `rebind` makes a copy of round 8's module namespace with round 16's SEED, OUT, REL, MODULES, the parser-only
reader (round 13's `load_sources`, which never imports `checks`), `prior_wordings` and `prior_sources_by_code`, and binds
round 8's `registry`, `_fits`, `pick`, `build`, `_jsonl`, `_write`, `_compare` and `main` to it. Round 14's own `_checks`
(re-parse checks and wording disjointness) and `_summary` are bound the same way, with round 15's `_round14`, to a copy of
round 14's namespace in which the earlier rounds are 1 … 15 and `registry` is round 16's. The run fails if a re-parse check
fails or a wording equals or is contained in one that rounds 1–15 wrote or their code can write for that kind.
"""

from __future__ import annotations

import sys

from corpora.defects.common import ROOT
from corpora.defects_round14 import generate as g14
from corpora.defects_round15.generate import _round14
from corpora.defects_round16 import (
    calc,
    cite,
    contra,
    deadlines,
    execution,
    fees,
    orders,
    unclear,
)
from corpora.defects_round16.common import (
    load_sources,
    prior_sources_by_code,
    prior_wordings,
)

SEED = 20270116
PER_KIND = 2
OUT = ROOT / "corpora" / "defects_round16"
REL = "corpora/defects_round16"
MODULES = (unclear, deadlines, calc, contra, fees, cite, execution, orders)
EARLIER = "round 1 … 15"

_G14 = dict(vars(g14), EARLIER=EARLIER)
_NS = g14.rebind(SEED=SEED, PER_KIND=PER_KIND, OUT=OUT, REL=REL, MODULES=MODULES, load_sources=load_sources,
                 prior_wordings=prior_wordings, prior_sources_by_code=prior_sources_by_code,
                 _checks=_round14("_checks", _G14), _summary=_round14("_summary", _G14))
registry, pick, build, main = _NS["registry"], _NS["pick"], _NS["build"], _NS["main"]
_G14["registry"] = registry


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
