"""The review workflow: ingest flags as items, claim with a lease, decide, comment, reopen; every change audited.

States: pending → in_review (claimed, lease) → accepted / rejected / edited → sent (in a 执行建议书) → resolved;
reopen returns a decided item to pending (with a reason). Transitions are checked here, on the server.
Claiming never gives one item to two reviewers: on PostgreSQL the candidate row is locked with
SELECT … FOR UPDATE SKIP LOCKED inside the claiming UPDATE; on SQLite the claim is one UPDATE statement, which
SQLite runs under its single write lock.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from review.models import AuditEvent, Comment, ReviewDocument, ReviewItem, utcnow

TRANSITIONS: dict[str, set[str]] = {
    "pending": {"in_review"},
    "in_review": {"pending", "accepted", "rejected", "edited"},
    "accepted": {"sent", "pending"},
    "edited": {"sent", "pending"},
    "rejected": {"pending"},
    "sent": {"resolved", "pending"},
    "resolved": {"pending"},
}
DECISIONS = {"accepted", "rejected", "edited"}
LEASE = dt.timedelta(minutes=15)


class TransitionError(ValueError):
    """A change the workflow does not allow (e.g. sending a rejected item)."""


def _snapshot(item: ReviewItem) -> dict:
    return {"state": item.state, "claimed_by_id": item.claimed_by_id, "assignee_id": item.assignee_id,
            "edited_message": item.edited_message, "edited_suggestion": item.edited_suggestion}


def audit(session: Session, item: Optional[ReviewItem], user_id: Optional[int], action: str,
          before: Optional[dict], after: Optional[dict]) -> None:
    session.add(AuditEvent(item_id=item.id if item else None, user_id=user_id, action=action, before=before,
                           after=after))


def ingest_document(session: Session, record: dict) -> tuple[ReviewDocument, int]:
    """Store one `zhixing extract` record and its flags; returns (document, items added). Re-ingesting the same
    document adds nothing and changes no decision; a new version (new sha256, same 案号) links to the previous one."""
    sha = record["source"]["sha256"]
    document = session.scalar(select(ReviewDocument).where(ReviewDocument.sha256 == sha))
    if document is None:
        previous = None
        if record.get("case_number"):
            previous = session.scalar(select(ReviewDocument).where(ReviewDocument.case_number == record["case_number"])
                                      .order_by(ReviewDocument.id.desc()).limit(1))
        document = ReviewDocument(sha256=sha, case_number=record.get("case_number"), court=record.get("court"),
                                  doc_type=record.get("doc_type"), doc_date=record.get("date"),
                                  path=record["source"]["path"], extractor_version=record.get("extractor_version", ""),
                                  previous_id=previous.id if previous else None, record=record)
        session.add(document)
        session.flush()
    added = 0
    for flag in record.get("flags", []):
        if flag["severity"] == "info":
            continue
        start, end = (flag["evidence"][0] if flag["evidence"] else (0, 0))
        key = and_(ReviewItem.sha256 == sha, ReviewItem.code == flag["code"], ReviewItem.evidence_start == start,
                   ReviewItem.evidence_end == end)
        if session.scalar(select(ReviewItem.id).where(key)) is not None:
            continue
        item = ReviewItem(document_id=document.id, sha256=sha, code=flag["code"], category=flag["category"],
                          severity=flag["severity"], item_index=flag.get("item_index"), evidence_start=start,
                          evidence_end=end, evidence=flag["evidence"], message=flag["message"], basis=flag["basis"],
                          suggestion=flag.get("suggestion"), confidence=flag.get("confidence", 1.0))
        session.add(item)
        session.flush()
        audit(session, item, None, "created", None, _snapshot(item))
        added += 1
    return document, added


def claim_next(session: Session, user_id: int, now: Optional[dt.datetime] = None,
               lease: dt.timedelta = LEASE) -> Optional[ReviewItem]:
    """Give the user the oldest pending item (or one whose lease ran out); None when the queue is empty."""
    now = now or utcnow()
    free = or_(ReviewItem.state == "pending", and_(ReviewItem.state == "in_review", ReviewItem.lease_until < now))
    candidate = select(ReviewItem.id).where(free).order_by(ReviewItem.id).limit(1)
    if session.get_bind().dialect.name == "postgresql":
        candidate = candidate.with_for_update(skip_locked=True)
    claimed = session.execute(
        update(ReviewItem).where(ReviewItem.id == candidate.scalar_subquery(), free)
        .values(state="in_review", claimed_by_id=user_id, lease_until=now + lease, updated_at=now)
        .returning(ReviewItem.id)).scalar()
    if claimed is None:
        session.rollback()
        return None
    item = session.get(ReviewItem, claimed)
    audit(session, item, user_id, "claimed", {"state": "pending"}, _snapshot(item))
    session.commit()
    return item


def transition(session: Session, item: ReviewItem, to: str, user_id: int, *, message: Optional[str] = None,
               suggestion: Optional[str] = None, reason: Optional[str] = None) -> ReviewItem:
    """Move ``item`` to state ``to`` if the workflow allows it (the claimer decides an item in review)."""
    if to not in TRANSITIONS.get(item.state, set()):
        raise TransitionError(f"{item.state} → {to} is not allowed")
    if item.state == "in_review" and to in DECISIONS and item.claimed_by_id not in (None, user_id):
        raise TransitionError("the item is claimed by another reviewer")
    if to == "pending" and item.state != "in_review" and not reason:
        raise TransitionError("reopening needs a reason")
    before = _snapshot(item)
    item.state = to
    if to == "edited":
        item.edited_message = message or item.edited_message
        item.edited_suggestion = suggestion or item.edited_suggestion
    if to == "pending" or to in DECISIONS:
        item.lease_until = None
    item.updated_at = utcnow()
    after = _snapshot(item) | ({"reason": reason} if reason else {})
    audit(session, item, user_id, {"pending": "reopened" if before["state"] != "in_review" else "released"}.get(
        to, to), before, after)
    session.commit()
    return item


def add_comment(session: Session, item: ReviewItem, user_id: int, text: str) -> Comment:
    comment = Comment(item_id=item.id, user_id=user_id, text=text)
    session.add(comment)
    audit(session, item, user_id, "commented", None, {"text": text})
    session.commit()
    return comment
