"""REST API for case systems under /api/ (token auth; OpenAPI at /api/openapi.json, docs at /api/docs).

Documents with their extraction and review items, the decisions since a timestamp (incremental sync: pass the
returned `next_since` back), and the 执行建议书 of a document.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from review.letters import letters_of
from review.models import ReviewDocument, ReviewItem, User
from review.views import decisions_since, document_dict, document_items, item_dict, user_names
from review.web.pages_documents import docx_response
from review.web.security import api_user, db

router = APIRouter(prefix="/api", tags=["case systems"], dependencies=[Depends(api_user)])


class ItemOut(BaseModel):
    id: int
    code: str
    category: str
    severity: str
    item_index: Optional[int]
    evidence: list[list[int]]
    message: str
    basis: str
    suggestion: Optional[str]
    confidence: float
    state: str
    reason: Optional[str]
    edited_message: Optional[str]
    edited_suggestion: Optional[str]
    decided_by: Optional[str]
    decided_at: Optional[dt.datetime]


class DocumentSummary(BaseModel):
    id: int
    sha256: str
    case_number: Optional[str]
    court: Optional[str]
    cause: Optional[str]
    doc_type: Optional[str]
    date: Optional[str]
    previous_id: Optional[int]
    created_at: dt.datetime
    items: int


class DocumentOut(DocumentSummary):
    extraction: dict[str, Any]
    review_items: list[ItemOut]
    letters: list[int]


class DocumentList(BaseModel):
    total: int
    documents: list[DocumentSummary]


class DecisionOut(BaseModel):
    event_id: int
    at: dt.datetime
    action: str
    user: Optional[str]
    document_sha256: str
    item: ItemOut
    before: Optional[dict]
    after: Optional[dict]


class DecisionList(BaseModel):
    decisions: list[DecisionOut]
    next_since: Optional[dt.datetime]


def item_out(item: ReviewItem, names: dict[int, str]) -> ItemOut:
    return ItemOut(**item_dict(item, names))


@router.get("/documents", response_model=DocumentList)
def documents(since: Optional[dt.datetime] = Query(None, description="only documents stored after this time"),
              limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0), session: Session = Depends(db)):
    query = select(ReviewDocument)
    if since is not None:
        query = query.where(ReviewDocument.created_at > since)
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    rows = session.scalars(query.order_by(ReviewDocument.id).limit(limit).offset(offset)).all()
    counts = dict(session.execute(select(ReviewItem.document_id, func.count(ReviewItem.id))
                                  .where(ReviewItem.document_id.in_([d.id for d in rows]))
                                  .group_by(ReviewItem.document_id)).all())
    return DocumentList(total=total or 0,
                        documents=[DocumentSummary(**document_dict(d, counts.get(d.id, 0))) for d in rows])


def _document_out(session: Session, document: ReviewDocument) -> DocumentOut:
    items = document_items(session, document.id)
    names = user_names(session)
    return DocumentOut(**document_dict(document, len(items)), extraction=document.record,
                       review_items=[item_out(i, names) for i in items],
                       letters=[letter.id for letter in letters_of(session, document.id)])


@router.get("/documents/by-sha256/{sha256}", response_model=DocumentOut)
def document_by_hash(sha256: str, session: Session = Depends(db)):
    document = session.scalar(select(ReviewDocument).where(ReviewDocument.sha256 == sha256.lower()))
    if document is None:
        raise HTTPException(404, "no such document")
    return _document_out(session, document)


@router.get("/documents/{document_id}", response_model=DocumentOut)
def document(document_id: int, session: Session = Depends(db)):
    found = session.get(ReviewDocument, document_id)
    if found is None:
        raise HTTPException(404, "no such document")
    return _document_out(session, found)


@router.get("/decisions", response_model=DecisionList)
def decisions(since: dt.datetime = Query(..., description="ISO 8601; changes strictly after it"),
              limit: int = Query(1000, ge=1, le=5000), session: Session = Depends(db)):
    if since.tzinfo is None:
        since = since.replace(tzinfo=dt.timezone.utc)
    names = user_names(session)
    rows = decisions_since(session, since, limit)
    out = [DecisionOut(event_id=event.id, at=event.at, action=event.action, user=names.get(event.user_id),
                       document_sha256=item.sha256, item=item_out(item, names), before=event.before,
                       after=event.after) for event, item in rows]
    return DecisionList(decisions=out, next_since=out[-1].at if out else since)


@router.get("/documents/{document_id}/advice", responses={200: {"content": {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {}, "text/html": {}}}})
def advice(document_id: int, format: Literal["docx", "html"] = "docx", session: Session = Depends(db)):
    found = session.get(ReviewDocument, document_id)
    letters = letters_of(session, document_id) if found else []
    if not letters:
        raise HTTPException(404, "no 执行建议书 for this document yet")
    latest = letters[-1]
    return HTMLResponse(latest.html) if format == "html" else docx_response(latest, found)


@router.get("/me")
def me(user: User = Depends(api_user)) -> dict:
    return {"name": user.name, "role": user.role}
