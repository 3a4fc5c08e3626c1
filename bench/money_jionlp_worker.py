"""Runs JioNLP's extract_money on sentences read from stdin (JSON list); prints values and timing as JSON.

Executed by bench/bench_money.py with the interpreter of a separate virtualenv (bench/.venv-jionlp) that has jionlp
installed; jionlp is never a dependency of zhixing.
"""

import json
import sys
import time

import jionlp as jio

sentences = json.load(sys.stdin)
repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 3
results = []
for s in sentences:  # warm-up and the values used for accuracy
    out = []
    for item in jio.ner.extract_money(s, with_parsing=True):
        detail = item.get("detail") or {}
        num = detail.get("num")
        if isinstance(num, list):
            num = num[0]
        out.append({"text": item.get("text"), "num": num, "case": detail.get("case")})
    results.append(out)
start = time.perf_counter()
for _ in range(repeat):
    for s in sentences:
        jio.ner.extract_money(s, with_parsing=True)
seconds = time.perf_counter() - start
print(json.dumps({"results": results, "seconds": seconds, "calls": repeat * len(sentences)}, ensure_ascii=False))
