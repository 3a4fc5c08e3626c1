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
from zhixing.memo import new_document


def timed_pair(first, second, items, seconds: float) -> tuple[float, float]:
    """Seconds per document of ``first(item)`` and of ``second(first's result)``, document by document as the
    pipeline runs them (the checks reuse the clause reading of the field stage of the same document); every
    document starts with an empty per-document memory, so a document read again pays again. One untimed warm-up."""
    for item in items:
        new_document()
        second(first(item))
    t_first = t_second = 0.0
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for item in items:
            new_document()
            t0 = time.perf_counter()
            result = first(item)
            t1 = time.perf_counter()
            second(result)
            t_first += t1 - t0
            t_second += time.perf_counter() - t1
        done += len(items)
    return t_first / done, t_second / done


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
    t_extract, t_rules = timed_pair(extract, lambda d: run_checks(d, rules), data, args.seconds)
    _, t_learned = timed_pair(lambda d: d, lambda d: run_checks(d, learned), docs, args.seconds)
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
