"""From file to document: read → normalise → parse structure (→ extract → check, in later stages).

Stages are plain functions registered by name, in order; each reads the Document and extends it. A reader's failure
becomes ``status``/``error`` on the document (errors are data); a stage's bug becomes ``internal_error``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from extractors.formats import load_bytes, read_bytes
from extractors.normalize import normalise
from extractors.fields_stage import extract_fields
from extractors.structure import parse_structure
from zhixing import EXTRACTOR_VERSION
from zhixing.memo import new_document
from zhixing.document import Document, Problem, Source, Status
from zhixing.fields import NameMention
from zhixing.errors import IngestError

Stage = Callable[[Document], Document]
STAGES: dict[str, Stage] = {}
OPTIONAL: set[str] = set()  # stages that run only when asked for (costly ones, such as the learned name model)


def register_stage(name: str, optional: bool = False) -> Callable[[Stage], Stage]:
    """Register a document stage; stages run in registration order after ingestion and normalisation."""

    def wrap(fn: Stage) -> Stage:
        if name in STAGES:
            raise ValueError(f"stage {name!r} is already registered")
        STAGES[name] = fn
        if optional:
            OPTIONAL.add(name)
        return fn

    return wrap


def find_names_stage(doc: Document) -> Document:
    """Names in free text by the learned model (models/ner-zh, or ZHIXING_NER_MODEL)."""
    from models.ner import find_names

    free = [s.span for s in doc.sections if s.name in FREE_TEXT] or ([(0, len(doc.text))] if doc.press else [])
    for start, end in free:
        for s, e, label in find_names(doc.text[start:end]):
            doc.names.append(NameMention(text=doc.text[start + s:start + e], span=(start + s, start + e), label=label))
    return doc


FREE_TEXT = ("procedural_history", "claims", "defence", "lower_court", "facts", "reasoning")
register_stage("structure")(parse_structure)
register_stage("fields")(extract_fields)
register_stage("names", optional=True)(find_names_stage)


def check_stage(doc: Document) -> Document:
    from checks import run_checks

    doc.flags = run_checks(doc)
    return doc


register_stage("checks")(check_stage)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def process_path(path: Path, label: str | None = None, options: frozenset[str] = frozenset()) -> Document:
    label = label if label is not None else str(path)
    try:
        data = load_bytes(path)
    except IngestError as err:
        return _failed(Source(path=label, sha256=""), err)
    return process_bytes(data, label, suffix=path.suffix, options=options)


def process_bytes(data: bytes, label: str, suffix: str = "", options: frozenset[str] = frozenset()) -> Document:
    """``options`` names the optional stages to run as well (e.g. {"names"})."""
    new_document()  # readings shared between stages belong to one document
    source = Source(path=label, sha256=sha256_bytes(data), size_bytes=len(data))
    try:
        raw = read_bytes(data, suffix)
    except IngestError as err:
        from extractors.formats.sniff import sniff_format

        fmt = sniff_format(data, suffix.lower()) if data else None
        source.format = fmt
        return _failed(source, err)
    source.format = raw.format
    source.encoding = raw.encoding
    source.pages = raw.pages
    doc = Document(source=source, extractor_version=EXTRACTOR_VERSION, raw_text=raw.text)
    normalised = normalise(raw.text, raw.furniture, raw.soft_breaks)
    doc.text = normalised.text
    doc.offset_map = normalised.offset_map.runs
    doc.furniture = normalised.furniture
    if raw.needs_ocr:
        doc.status = Status.needs_ocr
        doc.error = Problem(code="needs_ocr", stage="ingest", message=IngestError("needs_ocr", raw.ocr_reason).message())
        return doc
    if raw.ocr_reason:
        doc.warnings.append(Problem(code="pages_need_ocr", stage="ingest", message=raw.ocr_reason))
    if not doc.text.strip():
        return _failed(source, IngestError("no_text"), doc)
    for name, stage in STAGES.items():
        if name in OPTIONAL and name not in options:
            continue
        try:
            doc = stage(doc)
        except Exception as exc:  # a bug in a stage must not lose the document: record it and go on
            doc.warnings.append(Problem(code="internal_error", stage=name, message=f"{type(exc).__name__}: {exc}"))
    return doc


def _failed(source: Source, err: IngestError, doc: Document | None = None) -> Document:
    doc = doc or Document(source=source, extractor_version=EXTRACTOR_VERSION)
    doc.status = Status.failed
    doc.error = Problem(code=err.code, message=err.message(), stage="ingest")
    return doc
