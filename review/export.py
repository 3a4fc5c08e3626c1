"""`zhixing export`: extractions and review decisions as JSON Lines (one document per line, with its extraction and
its items) or CSV (one review item per line, with its document's columns), carrying the review state."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Iterator, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from review.models import ReviewDocument, ReviewItem
from review.views import document_dict, document_items, item_dict, user_names

CSV_COLUMNS = ["document_id", "sha256", "case_number", "court", "cause", "date", "item_id", "item_index", "code",
               "category", "severity", "message", "suggestion", "confidence", "state", "reason", "edited_message",
               "edited_suggestion", "decided_by", "decided_at", "evidence"]


def _documents(session: Session, since: Optional[dt.datetime]) -> Iterator[ReviewDocument]:
    query = select(ReviewDocument).order_by(ReviewDocument.id)
    if since is not None:
        # a document is exported again when any of its items changed after `since`
        changed = select(ReviewItem.document_id).where(ReviewItem.updated_at > since)
        query = query.where((ReviewDocument.created_at > since) | ReviewDocument.id.in_(changed))
    yield from session.scalars(query.execution_options(yield_per=200))


def _plain(value):
    return value.isoformat() if isinstance(value, (dt.datetime, dt.date)) else value


def export_jsonl(session: Session, out: Path, since: Optional[dt.datetime] = None) -> int:
    names = user_names(session)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for document in _documents(session, since):
            items = document_items(session, document.id)
            line = {"document": {k: _plain(v) for k, v in document_dict(document, len(items)).items()},
                    "extraction": document.record,
                    "review_items": [{k: _plain(v) for k, v in item_dict(i, names).items()} for i in items]}
            handle.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
            count += 1
    return count


def export_csv(session: Session, out: Path, since: Optional[dt.datetime] = None) -> int:
    names = user_names(session)
    count = 0
    # utf-8-sig: Excel on court desktops opens it with the Chinese intact
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for document in _documents(session, since):
            for item in document_items(session, document.id):
                row = item_dict(item, names)
                writer.writerow({"document_id": document.id, "sha256": document.sha256,
                                 "case_number": document.case_number, "court": document.court,
                                 "cause": document.cause, "date": document.doc_date, "item_id": item.id,
                                 **{k: _plain(row[k]) for k in CSV_COLUMNS[7:-1]},
                                 "evidence": json.dumps(row["evidence"])})
                count += 1
    return count
