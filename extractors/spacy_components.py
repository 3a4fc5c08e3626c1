"""The extractors as spaCy components on a ``zh`` pipeline (character segmenter, so every span aligns exactly).

    import spacy, extractors.spacy_components  # registers the factories
    nlp = spacy.blank("zh")
    nlp.add_pipe("zhixing_money"); nlp.add_pipe("zhixing_dates")
    doc = nlp(text)
    for span in doc.spans["money"]:
        print(span.text, span._.zhixing.value)

Each component puts its spans in ``doc.spans[<key>]`` with the label given below and the typed result (the same
object the plain function returns) in ``span._.zhixing``. ``make_pipeline()`` assembles all of them, plus the trained
name recogniser (models/ner-zh) when ``with_ner`` is true.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.dates import find_dates
from extractors.deadlines import find_deadlines
from extractors.interest import find_interest
from extractors.money import find_amounts
from extractors.press_facts import find_people, find_statistics

if not Span.has_extension("zhixing"):
    Span.set_extension("zhixing", default=None)

COMPONENTS: dict[str, tuple[Callable, str, str]] = {
    # factory name: (finder, spans key, label)
    "zhixing_money": (find_amounts, "money", "MONEY"),
    "zhixing_dates": (find_dates, "dates", "DATE"),
    "zhixing_deadlines": (find_deadlines, "deadlines", "DEADLINE"),
    "zhixing_interest": (find_interest, "interest", "INTEREST"),
    "zhixing_statistics": (find_statistics, "statistics", "STATISTIC"),
    "zhixing_people": (find_people, "people", "PERSON"),
}


class FieldComponent:
    """Runs one extractor over ``doc.text`` and stores its results as spans (look, then write)."""

    def __init__(self, finder: Callable, spans_key: str, label: str) -> None:
        self.finder, self.spans_key, self.label = finder, spans_key, label

    def predict(self, doc: Doc) -> list:
        return self.finder(doc.text)

    def set_annotations(self, doc: Doc, results: list) -> None:
        spans = []
        for result in results:
            span = doc.char_span(result.span[0], result.span[1], label=self.label, alignment_mode="strict")
            if span is None:  # cannot happen with the character segmenter; with another tokenizer, widen
                span = doc.char_span(result.span[0], result.span[1], label=self.label, alignment_mode="expand")
            span._.zhixing = result
            spans.append(span)
        doc.spans[self.spans_key] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc


def _register(name: str) -> None:
    finder, key, label = COMPONENTS[name]

    @Language.factory(name, default_config={"spans_key": key, "label": label})
    def make(nlp: Language, name: str, spans_key: str, label: str) -> FieldComponent:
        return FieldComponent(finder, spans_key, label)


for _name in COMPONENTS:
    if not Language.has_factory(_name):
        _register(_name)


def make_pipeline(with_ner: bool = False, ner_path: Path | None = None) -> Language:
    import spacy

    nlp = spacy.blank("zh")
    if with_ner:
        from models.ner import load_ner

        nlp.add_pipe("ner", source=load_ner(ner_path))
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
