"""Read-side queries of the review application: the filtered queue, counts, one document, the dashboard, the
decisions since a time. Pages and the REST API both read through these; nothing here writes."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass, fields
from typing import Optional

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from review.models import AuditEvent, Comment, ReviewDocument, ReviewItem, User


@dataclass
class ItemFilter:
    """The queue's filters; every field empty means "all". Dates bound the judgment's date (YYYY-MM-DD)."""

    court: str = ""
    cause: str = ""
    code: str = ""
    category: str = ""
    severity: str = ""
    state: str = ""
    assignee: str = ""
    date_from: str = ""
    date_to: str = ""

    @classmethod
    def from_mapping(cls, values) -> "ItemFilter":
        return cls(**{f.name: str(values.get(f.name) or "").strip()[:200] for f in fields(cls)})

    def query_string(self) -> str:
        from urllib.parse import urlencode

        return urlencode({k: v for k, v in asdict(self).items() if v})

    def apply(self, query: Select, session: Session) -> Select:
        if self.court:
            query = query.where(ReviewDocument.court.contains(self.court))
        if self.cause:
            query = query.where(ReviewDocument.cause.contains(self.cause))
        for column, value in ((ReviewItem.code, self.code), (ReviewItem.category, self.category),
                              (ReviewItem.severity, self.severity), (ReviewItem.state, self.state)):
            if value:
                query = query.where(column == value)
        if self.assignee:
            user_id = session.scalar(select(User.id).where(User.name == self.assignee))
            query = query.where(ReviewItem.assignee_id == (user_id or -1))
        if self.date_from:
            query = query.where(ReviewDocument.doc_date >= self.date_from)
        if self.date_to:
            query = query.where(ReviewDocument.doc_date <= self.date_to)
        return query


def _joined(*columns) -> Select:
    return select(*columns).join(ReviewDocument, ReviewItem.document_id == ReviewDocument.id)


def list_items(session: Session, flt: ItemFilter, limit: int = 100, offset: int = 0
               ) -> tuple[list[tuple[ReviewItem, ReviewDocument]], int]:
    query = flt.apply(_joined(ReviewItem, ReviewDocument), session)
    total = session.scalar(flt.apply(_joined(func.count(ReviewItem.id)), session))
    rows = session.execute(query.order_by(ReviewItem.id).limit(limit).offset(offset)).all()
    return [(item, document) for item, document in rows], total or 0


def counts(session: Session, flt: ItemFilter, column) -> dict[str, int]:
    """Items per value of ``column`` (state, category, …) under the filter, ignoring that column's own filter."""
    name = column.key
    unfiltered = ItemFilter(**{**asdict(flt), name: ""}) if name in asdict(flt) else flt
    query = unfiltered.apply(_joined(column, func.count(ReviewItem.id)), session).group_by(column)
    return {value or "": n for value, n in session.execute(query).all()}


def neighbours(session: Session, item_id: int, flt: ItemFilter) -> tuple[Optional[int], Optional[int]]:
    """Previous and next item id in the filtered queue (j / k on the item page)."""
    base = flt.apply(_joined(ReviewItem.id), session)
    previous = session.scalar(base.where(ReviewItem.id < item_id).order_by(ReviewItem.id.desc()).limit(1))
    following = session.scalar(base.where(ReviewItem.id > item_id).order_by(ReviewItem.id).limit(1))
    return previous, following


def user_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(User.id, User.name)).all())


def item_history(session: Session, item_id: int) -> tuple[list[Comment], list[AuditEvent]]:
    comments = session.scalars(select(Comment).where(Comment.item_id == item_id).order_by(Comment.id)).all()
    events = session.scalars(select(AuditEvent).where(AuditEvent.item_id == item_id).order_by(AuditEvent.id)).all()
    return list(comments), list(events)


def similar_decisions(session: Session, item: ReviewItem, limit: int = 5) -> list[ReviewItem]:
    """Decided items of the same check on other documents: reviewers compare to stay consistent."""
    query = (select(ReviewItem).where(ReviewItem.code == item.code, ReviewItem.id != item.id,
                                      ReviewItem.decided_at.is_not(None))
             .order_by(ReviewItem.decided_at.desc()).limit(limit))
    return list(session.scalars(query).all())


def document_items(session: Session, document_id: int) -> list[ReviewItem]:
    return list(session.scalars(select(ReviewItem).where(ReviewItem.document_id == document_id)
                                .order_by(ReviewItem.item_index.is_(None), ReviewItem.item_index, ReviewItem.id)))


def versions(session: Session, document: ReviewDocument) -> list[ReviewDocument]:
    """Other versions of the same judgment (same 案号), oldest first."""
    if not document.case_number:
        return []
    return list(session.scalars(select(ReviewDocument).where(ReviewDocument.case_number == document.case_number,
                                                             ReviewDocument.id != document.id)
                                .order_by(ReviewDocument.id)))


@dataclass
class Dashboard:
    total_items: int
    documents: int
    by_state: dict[str, int]
    by_category: dict[str, int]
    by_court: list[tuple[str, int]]
    per_day: list[tuple[dt.date, int]]  # flags by the day their document entered the queue


def dashboard(session: Session, days: int = 30) -> Dashboard:
    group = lambda column: dict(session.execute(select(column, func.count(ReviewItem.id)).group_by(column)).all())
    by_court = session.execute(_joined(ReviewDocument.court, func.count(ReviewItem.id))
                               .group_by(ReviewDocument.court).order_by(func.count(ReviewItem.id).desc())).all()
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    created = session.scalars(select(ReviewItem.created_at).where(ReviewItem.created_at >= since)).all()
    per_day = Counter(c.date() for c in created)
    today = dt.date.today()
    series = [(today - dt.timedelta(days=k), per_day.get(today - dt.timedelta(days=k), 0))
              for k in range(days - 1, -1, -1)]
    return Dashboard(total_items=session.scalar(select(func.count(ReviewItem.id))) or 0,
                     documents=session.scalar(select(func.count(ReviewDocument.id))) or 0,
                     by_state=group(ReviewItem.state), by_category=group(ReviewItem.category),
                     by_court=[(court or "（未识别法院）", n) for court, n in by_court], per_day=series)


def decisions_since(session: Session, since: dt.datetime, limit: int = 1000) -> list[tuple[AuditEvent, ReviewItem]]:
    """Every audited change of an item after ``since`` (incremental sync for case systems), oldest first."""
    query = (select(AuditEvent, ReviewItem).join(ReviewItem, AuditEvent.item_id == ReviewItem.id)
             .where(AuditEvent.at > since).order_by(AuditEvent.at, AuditEvent.id).limit(limit))
    return [(event, item) for event, item in session.execute(query).all()]


def item_dict(item: ReviewItem, names: dict[int, str]) -> dict:
    """One review item as plain data, with its review state (API and export)."""
    return dict(id=item.id, code=item.code, category=item.category, severity=item.severity,
                item_index=item.item_index, evidence=[list(span) for span in item.evidence], message=item.message,
                basis=item.basis, suggestion=item.suggestion, confidence=item.confidence, state=item.state,
                reason=item.reason, edited_message=item.edited_message, edited_suggestion=item.edited_suggestion,
                decided_by=names.get(item.decided_by_id), decided_at=item.decided_at)


def document_dict(document: ReviewDocument, items: int) -> dict:
    return dict(id=document.id, sha256=document.sha256, case_number=document.case_number, court=document.court,
                cause=document.cause, doc_type=document.doc_type, date=document.doc_date,
                previous_id=document.previous_id, created_at=document.created_at, items=items)
