"""Write every rebuilt judgment and its gold file.  python corpora/rebuild_judgments.py [-v]"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from .document import build

SEED = "zhixing-rebuild-judgments-v1"
SOURCE = Path("/work/shared/corpora/judgments-structured.jsonl")
ROOT = Path(__file__).resolve().parent.parent.parent
OUT_TXT = ROOT / "corpora" / "rebuilt"
OUT_GOLD = ROOT / "corpora" / "gold" / "structure"


def main() -> int:
    OUT_TXT.mkdir(parents=True, exist_ok=True)
    OUT_GOLD.mkdir(parents=True, exist_ok=True)
    records = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    log = []
    for rec in records:
        rng = random.Random(f"{SEED}:{rec['id']}")
        text, gold, notes = build(rec, rng)
        (OUT_TXT / f"{rec['id']}.txt").write_text(text, encoding="utf-8", newline="\n")
        (OUT_GOLD / f"{rec['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8", newline="\n")
        log.extend(notes)
    if "-v" in sys.argv:
        print("\n".join(log))
    print(f"wrote {len(records)} documents to {OUT_TXT.relative_to(ROOT)} and gold to {OUT_GOLD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
