"""Extract + check together: judgments per second per core, and the share of the time the 主文 checks take
(goal: checks under 20 % of the total). The learned second opinion (ML-01) is timed separately.

    python bench/bench_checks.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import json
import time

from _common import judgment_files

from checks.registry import CHECKS, run_checks
from extractors.fields_stage import extract_fields
from extractors.formats import read_bytes
from extractors.normalize import normalise
from extractors.structure import parse_structure
from zhixing.document import Document, Source


def timed(fn, items, seconds: float) -> float:
    for item in items:
        fn(item)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for item in items:
            fn(item)
        done += len(items)
    return (time.perf_counter() - start) / done  # seconds per document


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    data = [(p.read_bytes(), p.suffix) for p in judgment_files()]

    def extract(item):
        raw = read_bytes(*item)
        norm = normalise(raw.text, raw.furniture, raw.soft_breaks)
        doc = Document(source=Source(path="", sha256=""), text=norm.text, raw_text=raw.text)
        return extract_fields(parse_structure(doc))

    docs = [extract(item) for item in data]
    rules = [c for c, spec in CHECKS.items() if not spec.after_rules]
    learned = [c for c, spec in CHECKS.items() if spec.after_rules]
    t_extract = timed(extract, data, args.seconds)
    t_rules = timed(lambda d: run_checks(d, rules), docs, args.seconds)
    t_learned = timed(lambda d: run_checks(d, learned), docs, args.seconds)
    total = t_extract + t_rules
    print(json.dumps({
        "documents": len(docs),
        "extract_plus_rule_checks_docs_per_s": round(1 / total, 1),
        "rule_checks_share_of_total": round(t_rules / total, 4),
        "rule_checks_ms_per_doc": round(1000 * t_rules, 3),
        "extract_ms_per_doc": round(1000 * t_extract, 3),
        "learned_check_ms_per_doc": round(1000 * t_learned, 3),
        "goal": "checks under 20 % of extract + check",
    }, indent=1))


if __name__ == "__main__":
    main()
