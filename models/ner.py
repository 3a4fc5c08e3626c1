"""The trained name recogniser (PER / ORG) for free text: where to find it and how to load it.

The shipped model is models/ner-zh (a spaCy ``ner`` component on a character-segmented ``zh`` pipeline, a few MB),
trained by ``python -m models.train_ner``. A larger local checkpoint can replace it: set ZHIXING_NER_MODEL to a
folder saved by spaCy (nlp.to_disk) with an ``ner`` component. Nothing is ever downloaded.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent / "ner-zh"


def ner_path(path: Path | None = None) -> Path:
    return Path(path or os.environ.get("ZHIXING_NER_MODEL") or DEFAULT_PATH)


@lru_cache(maxsize=2)
def load_ner(path: Path | None = None):
    import spacy

    folder = ner_path(path)
    if not (folder / "config.cfg").exists():
        raise FileNotFoundError(f"no spaCy model in {folder}: train one with `python -m models.train_ner` "
                                f"or set ZHIXING_NER_MODEL to a local model folder")
    return spacy.load(folder)


def find_names(text: str, path: Path | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) of person (PER) and organisation (ORG) names the model finds in ``text``."""
    nlp = load_ner(path)
    return [(ent.start_char, ent.end_char, ent.label_) for ent in nlp(text).ents]
