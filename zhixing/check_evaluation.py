"""`zhixing eval checks`: recall per category on the injected-defect set (corpora/defects) and the false-flag rate
on the untouched originals.

A defect counts as found when the document has an error or warning flag of the expected category on the expected
主文 item (or anywhere, for a document-level defect); the exact code is reported as well. On the clean originals,
every error or warning flag is a false flag unless corpora/defects/known-real-defects.json lists it as a real
defect of that published judgment, with the reason.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from zhixing.config import PROJECT_ROOT
from zhixing.pipeline import process_path

DEFECTS = PROJECT_ROOT / "corpora" / "defects"
# Rounds 1–15 were each measured as unseen data and then used while building the checks (see README); round 16 is the
# held-out round, made after the work on rounds 1–15 by someone who never read the checks, with new wordings and
# structures, and is only measured.
DEFECT_SETS = {"round1": DEFECTS, "round2": PROJECT_ROOT / "corpora" / "defects_round2",
               "round3": PROJECT_ROOT / "corpora" / "defects_round3", "round4": PROJECT_ROOT / "corpora" / "defects_round4",
               "round5": PROJECT_ROOT / "corpora" / "defects_round5", "round6": PROJECT_ROOT / "corpora" / "defects_round6",
               "round7": PROJECT_ROOT / "corpora" / "defects_round7",
               "round8": PROJECT_ROOT / "corpora" / "defects_round8",
               "round9": PROJECT_ROOT / "corpora" / "defects_round9",
               "round10": PROJECT_ROOT / "corpora" / "defects_round10",
               "round11": PROJECT_ROOT / "corpora" / "defects_round11",
               "round12": PROJECT_ROOT / "corpora" / "defects_round12",
               "round13": PROJECT_ROOT / "corpora" / "defects_round13",
               "round14": PROJECT_ROOT / "corpora" / "defects_round14",
               "round15": PROJECT_ROOT / "corpora" / "defects_round15",
               "round16": PROJECT_ROOT / "corpora" / "defects_round16"}


# the set only ever measured: its report gives aggregates, not the names of the files missed (a name tells what
# was injected, and reading it would make the set development data)
HELD_OUT = "round16"


def _flags(path: Path):
    doc = process_path(path)
    return doc, [f for f in doc.flags if f.severity in ("error", "warning")]


def evaluate_checks(defects_dir: Path = DEFECTS) -> dict:
    expected = [json.loads(line) for line in (defects_dir / "expected.jsonl").read_text("utf-8").splitlines() if line]
    per_category: dict[str, dict] = defaultdict(lambda: {"injected": 0, "found": 0, "found_exact_code": 0,
                                                         "missed": []})
    for case in expected:
        _, flags = _flags(PROJECT_ROOT / case["file"])
        row = per_category[case["category"]]
        row["injected"] += 1
        at_item = [f for f in flags if case["item_index"] is None or f.item_index == case["item_index"]]
        if any(f.category == case["category"] for f in at_item):
            row["found"] += 1
        else:
            row["missed"].append({"file": case["file"], "code": case["code"], "item": case["item_index"]})
        if any(f.code == case["code"] for f in at_item):
            row["found_exact_code"] += 1
    recall = {cat: {**row, "recall": round(row["found"] / row["injected"], 4),
                    "recall_exact_code": round(row["found_exact_code"] / row["injected"], 4)}
              for cat, row in sorted(per_category.items())}
    known = json.loads((DEFECTS / "known-real-defects.json").read_text("utf-8"))
    known_keys = {(k["source"], k["code"], k["item_index"]) for k in known}
    clean_file = defects_dir / "clean.jsonl"
    clean = [json.loads(line) for line in clean_file.read_text("utf-8").splitlines() if line] if clean_file.exists() else []
    false_flags, real = [], []
    errors = 0
    for case in clean:
        _, flags = _flags(PROJECT_ROOT / case["file"])
        for f in flags:
            entry = {"source": case["source"], "code": f.code, "severity": f.severity, "item_index": f.item_index}
            if (case["source"], f.code, f.item_index) in known_keys:
                real.append(entry)
            else:
                false_flags.append(entry)
                errors += f.severity == "error"
    return {
        "recall": recall,
        "clean_documents": len(clean),
        "false_flags": false_flags,
        "false_flags_per_document": round(len(false_flags) / max(len(clean), 1), 4),
        "false_errors_per_20_documents": round(20 * errors / max(len(clean), 1), 3),
        "real_defects_flagged": real,
    }


def format_check_report(report: dict, show_misses: bool = True) -> str:
    lines = [f"{'category':16} {'injected':>8} {'found':>6} {'recall':>7} {'exact code':>10}"]
    for cat, row in report["recall"].items():
        lines.append(f"{cat:16} {row['injected']:8d} {row['found']:6d} {row['recall']:7.3f} {row['recall_exact_code']:10.3f}")
    lines.append(f"clean documents: {report['clean_documents']}; false flags (errors and warnings): "
                 f"{len(report['false_flags'])} ({report['false_flags_per_document']:.3f} per document; "
                 f"{report['false_errors_per_20_documents']:.2f} errors per 20 documents); real defects flagged: "
                 f"{len(report['real_defects_flagged'])}")
    for f in report["false_flags"]:
        lines.append(f"  false flag: {f['source']} {f['code']} ({f['severity']}) item {f['item_index']}")
    if not show_misses:
        missed = sum(len(row["missed"]) for row in report["recall"].values())
        lines.append(f"  {missed} injected defects missed (held-out set: file names not shown; --show-misses lists them)")
        return "\n".join(lines)
    for cat, row in report["recall"].items():
        for miss in row["missed"]:
            lines.append(f"  missed {cat}: {miss['file']} {miss['code']} item {miss['item']}")
    return "\n".join(lines)
