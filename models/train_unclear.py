"""Train the unclear-wording classifier (spaCy textcat, character n-grams) on the project's own 主文 items.

    python -m models.train_unclear [--out models/unclear-zh]

Split by source document: the documents listed in corpora/gold/extraction/HELDOUT are held out. Writes the model and
metrics.json (precision / recall at the 0.5 threshold on held-out items; recall on the real defects the rules flag
on the held-out published judgments).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from models.unclear_data import build_examples
from zhixing.config import PROJECT_ROOT

CONFIG = {"threshold": 0.5, "model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
                                      "ngram_size": 3, "no_output_layer": False, "length": 262144}}


def load_corpus():
    from zhixing.pipeline import process_path

    files = sorted((PROJECT_ROOT / "corpora" / "judgments").glob("*.txt")) + \
        sorted((PROJECT_ROOT / "corpora" / "rebuilt").glob("*.txt"))
    docs = [(f.stem, process_path(f)) for f in files]
    flagged = {(sid, fl.item_index) for sid, d in docs for fl in d.flags
               if fl.category in ("unclear", "non_executable") and fl.item_index and fl.code != "ML-01"}
    return docs, flagged


def train(out: Path, epochs: int = 10, seed: int = 5) -> dict:
    import spacy
    from spacy.training import Example
    from spacy.util import minibatch

    heldout = {line.strip() for line in (PROJECT_ROOT / "corpora" / "gold" / "extraction" / "HELDOUT").read_text()
               .splitlines() if line.strip() and not line.startswith("#")}
    docs, flagged = load_corpus()
    examples = build_examples(docs, flagged)
    train_rows = [e for e in examples if e[2] not in heldout]
    test_rows = [e for e in examples if e[2] in heldout]
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("zh")
    textcat = nlp.add_pipe("textcat_multilabel", config=CONFIG)
    textcat.add_label("UNCLEAR")
    make = lambda rows: [Example.from_dict(nlp.make_doc(t), {"cats": {"UNCLEAR": float(y)}}) for t, y, _ in rows]  # noqa
    train_examples = make(train_rows)
    optimizer = nlp.initialize(lambda: train_examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(train_examples)
        for batch in minibatch(train_examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.1)
    tp = fp = fn = tn = 0
    for text, label, _ in test_rows:
        predicted = nlp(text).cats["UNCLEAR"] >= 0.5
        tp += predicted and label
        fp += predicted and not label
        fn += (not predicted) and label
        tn += (not predicted) and not label
    metrics = {"train_items": len(train_rows), "heldout_items": len(test_rows),
               "heldout_unclear": tp + fn, "heldout_clear": fp + tn,
               "precision": round(tp / (tp + fp), 4) if tp + fp else None,
               "recall": round(tp / (tp + fn), 4) if tp + fn else None,
               "threshold": 0.5, "heldout_documents": sorted(heldout & {s for _, _, s in examples})}
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=1), encoding="utf-8")
    return metrics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "models" / "unclear-zh")
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()
    print(json.dumps(train(args.out, args.epochs), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
