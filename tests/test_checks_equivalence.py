"""The checks' flags on every corpus document stay exactly as recorded: a guard for work that must change how the
checks run (speed, sharing of readings) but never what they say. Any difference in code, category, severity, item,
evidence, message, suggestion, basis or confidence fails.

The snapshot (tests/checks_snapshot.json) is only ever written on purpose, when a check's meaning is meant to change:

    .venv/bin/python tests/test_checks_equivalence.py --record

Round 16 (corpora/defects_round16) is the held-out set and is never read here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # so `python tests/test_checks_equivalence.py --record` finds the packages
    sys.path.insert(0, str(ROOT))

SNAPSHOT = ROOT / "tests" / "checks_snapshot.json"
CORPORA = ROOT / "corpora"
# rounds 1–15 only: round 16 is held out and must not be read while the checks are worked on
FOLDERS = ["judgments", "rebuilt", "samples", "defects/docs", "defects_round2/docs", "defects_round3/docs",
           "defects_round4/docs", "defects_round5/docs", "defects_round6/docs", "defects_round7/docs",
           "defects_round8/docs", "defects_round9/docs", "defects_round10/docs", "defects_round11/docs",
           "defects_round12/docs", "defects_round13/docs", "defects_round14/docs", "defects_round15/docs"]
SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}


def corpus_files() -> list[Path]:
    return [p for folder in FOLDERS for p in sorted((CORPORA / folder).iterdir())
            if p.is_file() and p.suffix.lower() in SUFFIXES and p.name != "README.md"]


def current_flags() -> dict[str, list[dict]]:
    from zhixing.pipeline import process_path

    return {str(p.relative_to(ROOT)): [f.model_dump(mode="json") for f in process_path(p).flags]
            for p in corpus_files()}


def test_flags_match_the_snapshot():
    assert SNAPSHOT.exists(), "no snapshot: record one on purpose with `python tests/test_checks_equivalence.py --record`"
    expected = json.loads(SNAPSHOT.read_text("utf-8"))
    got = current_flags()
    assert sorted(got) == sorted(expected), "the corpus changed: re-record the snapshot on purpose"
    changed = [name for name in expected if got[name] != expected[name]]
    assert not changed, f"flags changed in {len(changed)} documents, first {changed[0]}:\n" \
                        f"expected {json.dumps(expected[changed[0]], ensure_ascii=False)}\n" \
                        f"got      {json.dumps(got[changed[0]], ensure_ascii=False)}"


if __name__ == "__main__":
    if sys.argv[1:] != ["--record"]:
        sys.exit("usage: python tests/test_checks_equivalence.py --record   (overwrites the snapshot)")
    flags = current_flags()
    # one document a line: reviewable diffs
    lines = [f"{json.dumps(n)}: {json.dumps(flags[n], ensure_ascii=False, sort_keys=True)}" for n in sorted(flags)]
    SNAPSHOT.write_text("{\n" + ",\n".join(lines) + "\n}\n", "utf-8")
    print(f"recorded {sum(map(len, flags.values()))} flags of {len(flags)} documents in {SNAPSHOT.relative_to(ROOT)}")
