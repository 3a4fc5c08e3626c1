"""Generate the round-15 held-out defect set: `.venv/bin/python -m corpora.defects_round15.generate` from the repository
root (``--check`` writes nothing: it rebuilds every document in memory, compares it with the committed files and
expected.jsonl, and runs the same checks on the committed files).

Round 14's `rebind` makes a copy of round 8's module namespace with round 15's SEED, OUT, REL, MODULES, the parser-only
reader (round 13's `load_sources`, which never imports `checks`), `prior_wordings` and `prior_sources_by_code`, and binds
round 8's `registry`, `_fits`, `pick`, `build`, `_jsonl`, `_write`, `_compare` and `main` to it. Round 14's own `_checks`
(re-parse checks and wording disjointness) and `_summary` are bound the same way to a copy of round 14's namespace in which
the earlier rounds are 1 … 14 and `registry` is round 15's. The run fails if a re-parse check fails or a wording equals or
is contained in one that rounds 1–14 wrote or their code can write for that kind.
"""

from __future__ import annotations

import sys
import types

from corpora.defects.common import ROOT
from corpora.defects_round14 import generate as g14
from corpora.defects_round15 import (
    calc,
    cite,
    contra,
    deadlines,
    execution,
    fees,
    orders,
    unclear,
)
from corpora.defects_round15.common import (
    load_sources,
    prior_sources_by_code,
    prior_wordings,
)

SEED = 20270115
PER_KIND = 2
OUT = ROOT / "corpora" / "defects_round15"
REL = "corpora/defects_round15"
MODULES = (unclear, deadlines, calc, contra, fees, cite, execution, orders)
EARLIER = "round 1 … 14"


def _round14(name: str, ns: dict):
    """Round 14's function `name` with the globals `ns`."""
    fn = getattr(g14, name)
    return types.FunctionType(fn.__code__, ns, name, fn.__defaults__, fn.__closure__)


_G14 = dict(vars(g14), EARLIER=EARLIER)
_NS = g14.rebind(SEED=SEED, PER_KIND=PER_KIND, OUT=OUT, REL=REL, MODULES=MODULES, load_sources=load_sources,
                 prior_wordings=prior_wordings, prior_sources_by_code=prior_sources_by_code,
                 _checks=_round14("_checks", _G14), _summary=_round14("_summary", _G14))
registry, pick, build, main = _NS["registry"], _NS["pick"], _NS["build"], _NS["main"]
_G14["registry"] = registry


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
