"""Parse throughput: text judgments per second on one core, file bytes → Document, and where the time goes.

Corpus: the 65 real text judgments (corpora/judgments/*.txt + corpora/rebuilt/*.txt), bytes loaded into memory once.
End to end: ``zhixing.pipeline.process_bytes`` on every file, one warm-up pass (not timed), then whole passes until
at least --seconds (default 5) have been spent. Stage shares: the same files through the stage functions called
directly, in the order pipeline.process_bytes chains them, each stage timed on its own:

  read+decode  extractors.formats.read_bytes (size checks, format sniffing, charset detection, decode)
  normalise    extractors.normalize.normalise (line/paragraph rebuilding, offset map)
  structure    extractors.structure.parse_structure, and each further stage registered in pipeline.STAGES that
               process_bytes runs by default (each reported under its own name, e.g. fields)
  model        the rest of process_bytes: sha256 of the bytes, Source/Document construction, field assignment

Optional stages (pipeline.OPTIONAL, run by process_bytes only when asked for, e.g. the learned name model) are not
part of the figures above; each is timed on its own on the default pipeline's Documents (first call, which loads
the model, excluded), and reported separately. --no-optional skips that.

Usage: .venv/bin/python bench/bench_parse.py [--seconds 5] [--no-optional]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections import Counter

from _common import ROOT, judgment_files, run_for, spread, write_json

sys.path.insert(0, str(ROOT))

from extractors.formats import read_bytes  # noqa: E402
from extractors.normalize import normalise  # noqa: E402
from zhixing import EXTRACTOR_VERSION  # noqa: E402
from zhixing.document import Document, Source  # noqa: E402
from zhixing.output import document_line  # noqa: E402
import zhixing.pipeline as pipeline  # noqa: E402
from zhixing.pipeline import STAGES, process_bytes  # noqa: E402

OPTIONAL: set[str] = set(getattr(pipeline, "OPTIONAL", set()))  # stages process_bytes runs only when asked for
DEFAULT_STAGES = [name for name in STAGES if name not in OPTIONAL]

GOAL_DOCS_PER_S = 100.0


def staged(data: bytes, label: str, suffix: str, acc: dict[str, float]) -> Document:
    """process_bytes for a good text file, split into separately timed stages (same calls, same order)."""
    t0 = time.perf_counter()
    source = Source(path=label, sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data))
    t1 = time.perf_counter()
    raw = read_bytes(data, suffix)
    t2 = time.perf_counter()
    source.format = raw.format
    source.encoding = raw.encoding
    source.pages = raw.pages
    doc = Document(source=source, extractor_version=EXTRACTOR_VERSION, raw_text=raw.text)
    t3 = time.perf_counter()
    normalised = normalise(raw.text, raw.furniture, raw.soft_breaks)
    t4 = time.perf_counter()
    doc.text = normalised.text
    doc.offset_map = normalised.offset_map.runs
    doc.furniture = normalised.furniture
    t5 = time.perf_counter()
    acc["read+decode"] += t2 - t1
    acc["normalise"] += t4 - t3
    acc["model"] += (t1 - t0) + (t3 - t2) + (t5 - t4)
    for name, stage in STAGES.items():
        if name in OPTIONAL:  # process_bytes skips them unless asked for; timed on their own below
            continue
        s0 = time.perf_counter()
        doc = stage(doc)
        acc[name] += time.perf_counter() - s0
    return doc


def time_optional_stage(name: str, corpus, min_seconds: float) -> dict:
    """An optional stage (e.g. the learned name model) on the default pipeline's Documents: load excluded."""
    stage = STAGES[name]
    base = [process_bytes(d, label, suffix) for d, label, suffix in corpus]
    try:
        t0 = time.perf_counter()
        stage(base[0].model_copy(deep=True))  # warm-up: loads the model
        load_s = time.perf_counter() - t0
    except Exception as exc:  # noqa: BLE001 (e.g. the model is not installed: reported, not raised)
        return {"error": f"{type(exc).__name__}: {exc}"[:300]}
    docs = 0
    spent = 0.0
    cpu0 = time.process_time()
    while spent < min_seconds or docs < len(base):
        for doc in base:
            copy = doc.model_copy(deep=True)
            t0 = time.perf_counter()
            stage(copy)
            spent += time.perf_counter() - t0
            docs += 1
        if docs >= 10 * len(base):
            break
    cpu = time.process_time() - cpu0
    return {"first_call_s": round(load_s, 3), "docs": docs, "seconds": round(spent, 3),
            "cpu_per_wall": round(cpu / spent, 2),
            "ms_per_doc": round(spent * 1000 / docs, 3), "docs_per_s": round(docs / spent, 1)}


COLD_SNIPPET = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from zhixing.pipeline import process_bytes
t1 = time.perf_counter()
data = open(sys.argv[1], "rb").read()
process_bytes(data, sys.argv[1], ".txt")
t2 = time.perf_counter()
process_bytes(data, sys.argv[1], ".txt")
t3 = time.perf_counter()
print(json.dumps({"import_s": round(t1 - t0, 3), "first_call_s": round(t2 - t1, 3), "second_call_s": round(t3 - t2, 4),
                  "maxrss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def cold_start(path: str, repeats: int = 3) -> dict:
    """What a fresh interpreter (a CLI call, a batch worker) pays before its first Document: import + first call."""
    import json
    import statistics
    import subprocess

    runs = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", COLD_SNIPPET, path], cwd=ROOT, capture_output=True, text=True)
        if out.returncode != 0:
            return {"error": out.stderr[-500:]}
        runs.append(json.loads(out.stdout))
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]} | {"runs": repeats, "file": path}


def _same(a: Document, b: Document) -> bool:
    try:
        return a.model_dump() == b.model_dump()
    except Exception:  # noqa: BLE001 (a Document that cannot be serialised: compare field by field instead)
        return repr(a) == repr(b)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="minimum timed seconds per measurement")
    parser.add_argument("--no-optional", dest="optional", action="store_false",
                        help="do not time the optional stages (process_bytes runs them only when asked for)")
    args = parser.parse_args(argv)

    files = judgment_files()
    corpus = [(p.read_bytes(), str(p.relative_to(ROOT)), p.suffix) for p in files]
    n = len(corpus)
    total_bytes = sum(len(d) for d, _, _ in corpus)

    # warm-up (imports, regex compilation, charset tables): not timed
    docs = [process_bytes(d, label, suffix) for d, label, suffix in corpus]
    statuses = Counter(str(getattr(doc.status, "value", doc.status)) for doc in docs)
    doc_types = Counter(str(doc.doc_type) for doc in docs)
    total_chars = sum(len(doc.text) for doc in docs)
    internal_errors = sum(1 for doc in docs for w in doc.warnings if w.code == "internal_error")
    # not part of the timed path, but a Document the batch cannot serialise is retried and quarantined there
    serialisation_errors = []
    for doc in docs:
        try:
            document_line(doc)
        except Exception as exc:  # noqa: BLE001 (reported, not raised)
            serialisation_errors.append({"path": doc.source.path, "error": f"{type(exc).__name__}: {exc}"[:200]})

    # the staged re-run must give the same document as process_bytes, or the stage split would be measuring
    # something else
    scratch = {k: 0.0 for k in ("read+decode", "normalise", "model", *DEFAULT_STAGES)}
    same = all(_same(staged(d, label, suffix, scratch), doc) for (d, label, suffix), doc in zip(corpus, docs))

    # end to end: whole passes over the 65 files
    def one_pass() -> None:
        for d, label, suffix in corpus:
            process_bytes(d, label, suffix)

    cpu0 = time.process_time()
    pass_times = run_for(one_pass, args.seconds)
    cpu_used = time.process_time() - cpu0
    wall = sum(pass_times)
    docs_per_s = n * len(pass_times) / wall

    # per-document end-to-end time (one more set of passes, for the slowest files)
    per_doc = {label: [] for _, label, _ in corpus}
    for _ in range(5):
        for d, label, suffix in corpus:
            t0 = time.perf_counter()
            process_bytes(d, label, suffix)
            per_doc[label].append(time.perf_counter() - t0)
    sizes = {label: len(d) for d, label, _ in corpus}
    slowest = sorted(((min(v), k) for k, v in per_doc.items()), reverse=True)[:5]

    # stage split: whole passes through the stage functions
    acc = {k: 0.0 for k in ("read+decode", "normalise", "model", *DEFAULT_STAGES)}

    def staged_pass() -> None:
        for d, label, suffix in corpus:
            staged(d, label, suffix, acc)

    staged_times = run_for(staged_pass, args.seconds)
    staged_total = sum(acc.values())
    stage_names = ["read+decode", "normalise", *DEFAULT_STAGES, "model"]
    stages = {name: {"seconds": round(acc[name], 4),
                     "share": round(acc[name] / staged_total, 4),
                     "ms_per_doc": round(acc[name] * 1000 / (n * len(staged_times)), 4)} for name in stage_names}
    # the structure stage alone, and all registered stages together
    structure_docs_per_s = n * len(staged_times) / acc["structure"] if acc.get("structure") else None
    stages_docs_per_s = (n * len(staged_times) / sum(acc[name] for name in DEFAULT_STAGES)
                         if DEFAULT_STAGES else None)

    result = {
        "benchmark": "parse",
        "corpus": {"files": n, "bytes": total_bytes, "normalised_chars": total_chars,
                   "sources": ["corpora/judgments/*.txt", "corpora/rebuilt/*.txt"],
                   "statuses": dict(statuses), "doc_types": dict(doc_types), "internal_errors": internal_errors,
                   "serialisation_errors": serialisation_errors},
        "staged_equals_pipeline": same,
        "end_to_end": {
            **spread(pass_times),
            "docs": n * len(pass_times),
            "docs_per_s": round(docs_per_s, 1),
            "ms_per_doc": round(1000 / docs_per_s, 4),
            "mb_per_s": round(total_bytes * len(pass_times) / wall / 1e6, 3),
            "cpu_s": round(cpu_used, 3),
            "cpu_per_wall": round(cpu_used / wall, 3),
            "median_pass_docs_per_s": round(n / spread(pass_times)["median_s"], 1),
        },
        "stages": stages,
        "staged": {**spread(staged_times), "docs_per_s": round(n * len(staged_times) / sum(staged_times), 1)},
        "registered_stages": DEFAULT_STAGES,
        "optional_stages": {name: time_optional_stage(name, corpus, args.seconds) if args.optional else "not run"
                            for name in STAGES if name in OPTIONAL},
        "structure_only_docs_per_s": round(structure_docs_per_s, 1) if structure_docs_per_s else None,
        "registered_stages_docs_per_s": round(stages_docs_per_s, 1) if stages_docs_per_s else None,
        "cold_start": cold_start(corpus[1][1]),
        "slowest_docs": [{"path": k, "bytes": sizes[k], "ms": round(t * 1000, 3)} for t, k in slowest],
        "goal_docs_per_s_per_core": GOAL_DOCS_PER_S,
        "meets_goal": docs_per_s >= GOAL_DOCS_PER_S,
        "pid_cpu_affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
    }
    write_json("parse", result)
    e = result["end_to_end"]
    print(f"parse: {e['docs_per_s']} docs/s on one core ({e['ms_per_doc']} ms/doc, {e['rounds']} passes × {n} "
          f"files in {e['total_s']} s, cpu/wall {e['cpu_per_wall']}); goal {GOAL_DOCS_PER_S:g}/s")
    for name in stage_names:
        s = stages[name]
        print(f"  {name:12s} {s['share'] * 100:5.1f}%  {s['ms_per_doc']:.4f} ms/doc")
    print(f"  staged path equals process_bytes: {same}; statuses {dict(statuses)}; default stages {DEFAULT_STAGES}")
    print(f"  cold start (fresh interpreter): {result['cold_start']}")
    for name, o in result["optional_stages"].items():
        print(f"  optional stage {name}: {o}")
    if serialisation_errors:
        print(f"  WARNING: {len(serialisation_errors)} document(s) cannot be serialised (document_line): "
              f"{serialisation_errors[0]}")
    return result


if __name__ == "__main__":
    main()
