"""`zhixing eval`: precision, recall and F1 of the extractors per field on the hand-annotated gold
(corpora/gold/extraction, format in docs/gold-extraction.md), for the dev and the held-out split separately.

Counting: list-valued fields (parties, amounts, statistics, people, obligations) are compared as multisets of
normalised tuples; single-valued fields (deadline, costs figures, each interest component) count a true positive
when prediction and gold agree, a false positive when a prediction is wrong or spurious, a false negative when a gold
value is missed or wrong. Interest clauses are aligned in order within each item.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from zhixing.config import PROJECT_ROOT
from zhixing.document import Document
from zhixing.pipeline import process_bytes, process_path

GOLD_DIR = PROJECT_ROOT / "corpora" / "gold" / "extraction"
INTEREST_FIELDS = ("base", "annual_rate_pct", "lpr_multiple", "start", "end_kind", "end")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Score") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, dict[str, Score]] = field(default_factory=dict)  # split → field → score
    errors: list[str] = field(default_factory=list)

    def score(self, split: str, name: str) -> Score:
        return self.scores.setdefault(split, {}).setdefault(name, Score())

    def as_dict(self) -> dict:
        return {split: {name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                               "tp": s.tp, "fp": s.fp, "fn": s.fn} for name, s in sorted(fields.items())}
                for split, fields in sorted(self.scores.items())}


def _norm(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return format(Decimal(str(value)).normalize(), "f")
    text = str(value)
    try:
        return format(Decimal(text).normalize(), "f")
    except Exception:
        return text


def _multiset(score: Score, predicted: list, gold: list) -> None:
    p, g = Counter(predicted), Counter(gold)
    common = sum((p & g).values())
    score.tp += common
    score.fp += sum(p.values()) - common
    score.fn += sum(g.values()) - common


def _single(score: Score, predicted, gold) -> None:
    if gold is None and predicted is None:
        return
    if predicted == gold:
        score.tp += 1
        return
    if predicted is not None:
        score.fp += 1
    if gold is not None:
        score.fn += 1


def load_document(gold: dict) -> Document:
    path = gold["file"]
    if "#" in path:  # a record inside a JSON Lines file
        file, record_id = path.split("#", 1)
        for line in (PROJECT_ROOT / file).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] == record_id:
                return process_bytes(row["text"].encode("utf-8"), path, ".md")
        raise KeyError(path)
    return process_path(PROJECT_ROOT / path, label=path)


def evaluate(gold_dir: Path = GOLD_DIR) -> Report:
    report = Report()
    heldout = {line.strip() for line in (gold_dir / "HELDOUT").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        split = "heldout" if gold["id"] in heldout else "dev"
        doc = load_document(gold)
        if "items" in gold:
            _judgment(report, split, doc, gold)
        else:
            _press(report, split, doc, gold)
    for name, split in SENTENCE_SETS["interest"]:
        _interest_sentences(report, gold_dir.parent / name, split)
    for name, split in SENTENCE_SETS["money"]:
        _money_sentences(report, gold_dir.parent / name, split)
    return report


# Hand-annotated sentence sets by round. A held-out round becomes development data once its mistakes are read, and a
# new round, written without reading or running the extractors, takes its place (see each file's .md).
SENTENCE_SETS = {
    "interest": [("interest-dev.jsonl", "dev"), ("interest-heldout.jsonl", "dev"),  # rounds 1–3, read 2026-11-22
                 ("interest-heldout2.jsonl", "dev"), ("interest-heldout3.jsonl", "dev"),
                 ("interest-heldout4.jsonl", "dev"),  # round 4 read 2026-11-22
                 ("interest-heldout5.jsonl", "dev"),  # round 5 read 2026-11-22, seventh session
                 ("interest-heldout6.jsonl", "dev"),  # round 6 read 2026-11-22, eighth session
                 ("interest-heldout7.jsonl", "dev"),  # round 7 read 2026-11-22, ninth session
                 ("interest-heldout8.jsonl", "heldout")],
    "money": [("money-sentences.jsonl", "dev"), ("money-heldout.jsonl", "dev"),  # rounds 1–5, read 2026-11-22
              ("money-heldout2.jsonl", "dev"), ("money-heldout3.jsonl", "dev"), ("money-heldout4.jsonl", "dev"),
              ("money-heldout5.jsonl", "dev"), ("money-heldout6.jsonl", "dev"),  # round 6 read 2026-11-22
              ("money-heldout7.jsonl", "heldout")],
}


def _interest_sentences(report: Report, path: Path, split: str) -> None:
    """Sentences with interest clauses from CAIL loan judgments, annotated by hand (interest-dev / interest-heldout)."""
    if not path.exists():
        return
    from extractors.interest import find_interest

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            _interest(report, split, find_interest(row["text"]), row["clauses"])


def _money_sentences(report: Report, path: Path, split: str) -> None:
    """Sentences with money amounts from CAIL civil judgments, annotated by hand (see money-sentences.md)."""
    if not path.exists():
        return
    from extractors import find_amounts

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            _amounts(report.score(split, "amounts.sentences"), find_amounts(row["text"]), row["amounts"])


def _amounts(score: Score, predicted: list, gold: list) -> None:
    """Amounts as a multiset of (value, currency): predicted Amount objects against gold dicts."""
    _multiset(score, [(_norm(a.value), a.currency) for a in predicted],
              [(_norm(a["value"]), a["currency"]) for a in gold])


def _judgment(report: Report, split: str, doc: Document, gold: dict) -> None:
    _multiset(report.score(split, "parties"), [(p.name, p.role) for p in doc.parties],
              [(p["name"], p["role"]) for p in gold["parties"]])
    by_name = {p.name: p for p in doc.parties}
    for gp in gold["parties"]:
        pp = by_name.get(gp["name"])
        _single(report.score(split, "party.kind"), pp.kind if pp else None, gp.get("kind"))
        _single(report.score(split, "party.representative"), pp.representative if pp else None,
                gp.get("representative"))
        _single(report.score(split, "party.address"), pp.address if pp else None, gp.get("address"))
        _single(report.score(split, "party.birth_date"), _norm(pp.birth_date) if pp else None, gp.get("birth_date"))
        _multiset(report.score(split, "party.agents"), [(a.name, a.firm) for a in (pp.agents if pp else [])],
                  [(a["name"], a.get("firm")) for a in gp.get("agents", [])])
        _multiset(report.score(split, "party.aliases"), list(pp.aliases if pp else []), gp.get("aliases", []))
    items = {i.index: i for i in doc.operative_items}
    if len(items) != len(gold["items"]):
        report.errors.append(f"{gold['id']}: {len(items)} items found, gold has {len(gold['items'])}")
    for gi in gold["items"]:
        item = items.get(gi["index"])
        _single(report.score(split, "item_type"), item.item_type if item else None, gi.get("item_type"))
        _amounts(report.score(split, "amounts"), item.amounts if item else [], gi.get("amounts", []))
        gd = gi.get("deadline")
        pd = item.deadline if item else None
        _single(report.score(split, "deadline"),
                (pd.days, pd.anchor, _norm(pd.date)) if pd and (pd.days is not None or pd.date) else None,
                (gd["days"], gd["anchor"], gd.get("date")) if gd and (gd.get("days") is not None or gd.get("date"))
                else None)
        _interest(report, split, item.interest if item else [], gi.get("interest", []))
        _multiset(report.score(split, "obligations"),
                  [(o.action, tuple(sorted(o.obligors)), tuple(sorted(o.obligees)), o.liability)
                   for o in (item.obligations if item else [])],
                  [(o["action"], tuple(sorted(o["obligors"])), tuple(sorted(o["obligees"])), o.get("liability"))
                   for o in gi.get("obligations", [])])
    _costs(report, split, doc, gold.get("costs"))


def _interest(report: Report, split: str, predicted: list, gold: list) -> None:
    _single(report.score(split, "interest.clauses"), len(predicted) or None, len(gold) or None)
    for k in range(max(len(predicted), len(gold))):
        p = predicted[k] if k < len(predicted) else None
        g = gold[k] if k < len(gold) else None
        for name in INTEREST_FIELDS:
            _single(report.score(split, f"interest.{name}"), _norm(getattr(p, name)) if p else None,
                    _norm(g.get(name)) if g else None)


def _costs(report: Report, split: str, doc: Document, gold: dict | None) -> None:
    c = doc.costs
    for name in ("acceptance_fee", "charged"):
        _single(report.score(split, f"costs.{name}"), _norm(getattr(c, name)) if c else None,
                _norm(gold.get(name)) if gold else None)
    _single(report.score(split, "costs.halved"), (c.halved if c else None) if gold or c else None,
            gold.get("halved") if gold else None)
    _multiset(report.score(split, "costs.bearers"), [(b.party, _norm(b.amount)) for b in (c.bearers if c else [])],
              [(b["party"], _norm(b.get("amount"))) for b in (gold.get("bearers", []) if gold else [])])


def _press(report: Report, split: str, doc: Document, gold: dict) -> None:
    _multiset(report.score(split, "statistics"), [(_norm(s.value), s.unit) for s in doc.statistics],
              [(_norm(s["value"]), s["unit"]) for s in gold.get("statistics", [])])
    _multiset(report.score(split, "statistics.value"), [_norm(s.value) for s in doc.statistics],
              [_norm(s["value"]) for s in gold.get("statistics", [])])
    _multiset(report.score(split, "people"), [p.name for p in doc.people], [p["name"] for p in gold.get("people", [])])


def format_report(report: Report) -> str:
    lines = []
    for split, fields in report.as_dict().items():
        lines.append(f"== {split}")
        lines.append(f"{'field':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
        for name, s in fields.items():
            lines.append(f"{name:24} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                         f"{s['tp']:5d} {s['fp']:5d} {s['fn']:5d}")
    lines.extend(f"! {e}" for e in report.errors)
    return "\n".join(lines)
