"""Train the PER / ORG name recogniser from weak labels: the names of each judgment's party block (parties, their
representatives and agents, law firms, the court) projected onto the rest of the same judgment.

    python -m models.train_ner [--epochs 12] [--out models/ner-zh]

Training data: the dev split of corpora/gold/extraction (judgments only). Evaluation, written to
models/ner-zh/metrics.json: (1) the held-out judgments, scored against their own projected labels (silver);
(2) the hand-annotated people of the press gold (name-level recall and precision of PER entities).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from zhixing.config import PROJECT_ROOT
from zhixing.document import Document
from zhixing.evaluation import GOLD_DIR, load_document

FREE_TEXT = ("procedural_history", "claims", "defence", "lower_court", "facts", "reasoning")
_COURT = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:人民法院|仲裁委员会|公安局|派出所|律师事务所)")
MODEL_CONFIG = {
    "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
    "hidden_width": 64, "maxout_pieces": 2, "use_upper": True,
    "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 96, "depth": 4,
                "embed_size": 2000, "window_size": 1, "maxout_pieces": 3, "subword_features": True},
}


def surfaces(doc: Document) -> dict[str, str]:
    names: dict[str, str] = {}
    for p in doc.parties:
        label = "PER" if p.kind == "person" else "ORG"
        for surface in [p.name, *p.aliases]:
            names[surface] = label
        if p.representative:
            names[p.representative] = "PER"
        for agent in p.agents:
            names[agent.name] = "PER"
            if agent.firm and not agent.firm.startswith("该"):
                names[agent.firm] = "ORG"
    if doc.court:
        names[doc.court] = "ORG"
    return {s: lab for s, lab in names.items() if len(s) >= 2 and "某" not in s or len(s) >= 3}


def weak_examples(doc: Document) -> list[tuple[str, list[tuple[int, int, str]]]]:
    names = sorted(surfaces(doc).items(), key=lambda x: -len(x[0]))
    out = []
    for section in doc.sections:
        if section.name not in FREE_TEXT:
            continue
        text = doc.span_text(section.span)
        for sentence, offset in _sentences(text):
            ents: list[tuple[int, int, str]] = []
            taken: list[tuple[int, int]] = []
            for surface, label in names:
                for m in re.finditer(re.escape(surface), sentence):
                    if not any(m.start() < e and s < m.end() for s, e in taken):
                        ents.append((m.start(), m.end(), label))
                        taken.append(m.span())
            for m in _COURT.finditer(sentence):
                if not any(m.start() < e and s < m.end() for s, e in taken):
                    ents.append((m.start(), m.end(), "ORG"))
                    taken.append(m.span())
            out.append((sentence, sorted(ents)))
    return out


def _sentences(text: str):
    pos = 0
    for piece in re.split(r"(?<=[。；！？\n])", text):
        if piece.strip() and len(piece) <= 400:
            yield piece, pos
        pos += len(piece)


def gold_docs() -> tuple[list[Document], list[Document], list[dict]]:
    heldout = {line.strip() for line in (GOLD_DIR / "HELDOUT").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    dev, held, press = [], [], []
    for path in sorted(GOLD_DIR.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "items" not in gold:
            press.append(gold)
            continue
        (held if gold["id"] in heldout else dev).append(load_document(gold))
    return dev, held, press


def train(epochs: int, out: Path, seed: int = 7) -> dict:
    import spacy
    from spacy.training import Example
    from spacy.util import minibatch

    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    dev_docs, held_docs, press = gold_docs()
    nlp = spacy.blank("zh")
    ner = nlp.add_pipe("ner", config={"model": MODEL_CONFIG})
    for label in ("PER", "ORG"):
        ner.add_label(label)
    train_data = [ex for d in dev_docs for ex in weak_examples(d)]
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in train_data]
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(epochs):
        random.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses['ner']:.1f}")
    held_examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for d in held_docs
                     for t, e in weak_examples(d)]
    scores = nlp.evaluate(held_examples)
    metrics = {
        "training_sentences": len(examples), "heldout_sentences": len(held_examples), "epochs": epochs,
        "heldout_silver": {"precision": round(scores["ents_p"], 4), "recall": round(scores["ents_r"], 4),
                           "f1": round(scores["ents_f"], 4),
                           "per_type": {k: {m: round(v, 4) for m, v in s.items()} for k, s in
                                        scores["ents_per_type"].items()}},
        "press_people_gold": press_people_score(nlp, press),
    }
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=1), encoding="utf-8")
    return metrics


def press_people_score(nlp, press: list[dict]) -> dict:
    """Name-level: a gold person counts as found when a PER entity's text equals the name."""
    tp = fp = fn = 0
    for gold in press:
        doc = load_document(gold)
        found = {e.text for e in nlp(doc.text).ents if e.label_ == "PER"}
        names = {p["name"] for p in gold["people"]}
        tp += len(found & names)
        fp += len(found - names)
        fn += len(names - found)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "tp": tp, "fp": fp, "fn": fn}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "models" / "ner-zh")
    args = parser.parse_args()
    print(json.dumps(train(args.epochs, args.out), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
