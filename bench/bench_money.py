"""Money extraction: zhixing's find_amounts vs JioNLP's jio.ner.extract_money, side by side in one run on the same
sentences, with both accuracies.

Sentences: every 主文 item of the hand-annotated gold (corpora/gold/extraction, 65 judgments, amounts checked by
hand) plus the pitfall sentences of tests/test_money.py (expected values written by hand). Accuracy: per sentence,
the multiset of (value, currency) must equal the expected one exactly; also amount-level precision and recall.

    python bench/bench_money.py   (needs bench/.venv-jionlp with jionlp installed: see bench/README.md)
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors import find_amounts  # noqa: E402
from zhixing.evaluation import GOLD_DIR  # noqa: E402
from zhixing.pipeline import process_path  # noqa: E402

JIO_PYTHON = ROOT / "bench" / ".venv-jionlp" / "bin" / "python"
CURRENCY = {"元": "CNY", "人民币": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD", "欧元": "EUR", "日元": "JPY",
            "英镑": "GBP"}


def norm(value) -> str:
    return format(Decimal(str(value)).normalize(), "f")


def gold_sentences() -> list[tuple[str, list[tuple[str, str]]]]:
    out = []
    for path in sorted(GOLD_DIR.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "items" not in gold:
            continue
        doc = process_path(ROOT / gold["file"])
        items = {i.index: i for i in doc.operative_items}
        for gi in gold["items"]:
            if gi["index"] in items:
                out.append((items[gi["index"]].text, [(norm(a["value"]), a["currency"]) for a in gi["amounts"]]))
    sys.path.insert(0, str(ROOT / "tests"))
    import test_money

    for mark in test_money.test_amount_values.pytestmark:
        if mark.name == "parametrize":
            out += [(text, expected) for text, expected in mark.args[1]]
    out += [(text, []) for text in [m for mark in test_money.test_not_amounts.pytestmark
                                    if mark.name == "parametrize" for m in mark.args[1]]]
    return out


def score(predicted: list[list[tuple[str, str]]], expected: list[list[tuple[str, str]]]) -> dict:
    exact = sum(1 for p, e in zip(predicted, expected) if Counter(p) == Counter(e))
    tp = sum(sum((Counter(p) & Counter(e)).values()) for p, e in zip(predicted, expected))
    npred = sum(len(p) for p in predicted)
    ngold = sum(len(e) for e in expected)
    precision = tp / npred if npred else 1.0
    recall = tp / ngold if ngold else 1.0
    return {"sentences_exact": round(exact / len(expected), 4), "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(2 * precision * recall / (precision + recall), 4)}


def heldout_sentences() -> list[tuple[str, list[tuple[str, str]]]]:
    """The held-out CAIL passages (corpora/gold/money-heldout7.jsonl, round 7): written by hand without either extractor."""
    path = ROOT / "corpora" / "gold" / "money-heldout7.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["text"], [(norm(a["value"]), a["currency"]) for a in r["amounts"]]) for r in rows]


def run(repeat: int = 20) -> dict:
    result = compare(gold_sentences(), repeat)
    result["heldout"] = compare(heldout_sentences(), repeat)
    return result


def compare(data: list[tuple[str, list[tuple[str, str]]]], repeat: int) -> dict:
    sentences = [s for s, _ in data]
    expected = [e for _, e in data]
    ours = [[(norm(a.value), a.currency) for a in find_amounts(s)] for s in sentences]
    start = time.perf_counter()
    for _ in range(repeat):
        for s in sentences:
            find_amounts(s)
    ours_rate = repeat * len(sentences) / (time.perf_counter() - start)
    result = {"sentences": len(sentences), "zhixing": {"sentences_per_s": round(ours_rate, 1), **score(ours, expected)}}
    if JIO_PYTHON.exists():
        proc = subprocess.run([str(JIO_PYTHON), str(ROOT / "bench" / "money_jionlp_worker.py"), str(repeat)],
                              input=json.dumps(sentences, ensure_ascii=False), capture_output=True, text=True,
                              timeout=1800)
        jio = json.loads(proc.stdout.strip().splitlines()[-1])
        theirs = []
        for found in jio["results"]:
            values = []
            for item in found:
                try:
                    values.append((norm(item["num"]), CURRENCY.get(item.get("case") or "元", item.get("case"))))
                except Exception:
                    values.append(("?", item.get("case")))
            theirs.append(values)
        result["jionlp"] = {"sentences_per_s": round(jio["calls"] / jio["seconds"], 1), **score(theirs, expected)}
    else:
        result["jionlp"] = "not installed: python3 -m venv bench/.venv-jionlp && bench/.venv-jionlp/bin/pip install jionlp"
    return result


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=1))
