"""Full extraction: judgments per second per core from the parsed document model to the filled extraction (rule
extractors), with the learned name recogniser's cost reported separately.

    python bench/bench_extract.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import json
import time

from _common import judgment_files

from extractors.fields_stage import extract_fields
from extractors.formats import read_bytes
from extractors.normalize import normalise
from extractors.structure import parse_structure
from zhixing.document import Document, Source


def parsed_documents() -> list[Document]:
    docs = []
    for path in judgment_files():
        raw = read_bytes(path.read_bytes(), path.suffix)
        norm = normalise(raw.text, raw.furniture, raw.soft_breaks)
        docs.append(parse_structure(Document(source=Source(path=str(path), sha256=""), text=norm.text,
                                             raw_text=raw.text)))
    return docs


def rate(fn, items, seconds: float) -> float:
    for item in items:  # warm-up
        fn(item)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for item in items:
            fn(item)
        done += len(items)
    return done / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    docs = parsed_documents()
    # extract_fields fills the document in place; run it on copies so every pass does the full work
    extraction = rate(lambda d: extract_fields(d.model_copy(deep=True)), docs, args.seconds)
    copying = rate(lambda d: d.model_copy(deep=True), docs, args.seconds)
    rules_per_s = 1 / (1 / extraction - 1 / copying)
    result = {"documents": len(docs), "rule_extraction_docs_per_s": round(rules_per_s, 1)}
    try:
        from models.ner import load_ner

        nlp = load_ner()
        texts = [d.text for d in docs]
        result["ner_docs_per_s"] = round(rate(nlp, texts, args.seconds), 2)
        result["ner_ms_per_1000_chars"] = round(1000 * 1000 / (result["ner_docs_per_s"] *
                                                               (sum(map(len, texts)) / len(texts))), 2)
    except FileNotFoundError as exc:
        result["ner"] = str(exc)
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
