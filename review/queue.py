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


# reason codes a reviewer gives with a decision (reviewers asked for one on every accept / reject / edit)
REASONS: dict[str, str] = {
    "confirmed": "确认存在问题",
    "reworded": "问题成立，已修改表述",
    "clear_in_context": "结合全文可以执行",
    "extraction_error": "系解析错误导致的误报",
    "not_material": "不影响执行",
    "duplicate": "与其他提示重复",
    "other": "其他（见评论）",
}


def _snapshot(item: ReviewItem) -> dict:
    return {"state": item.state, "claimed_by_id": item.claimed_by_id, "assignee_id": item.assignee_id,
            "edited_message": item.edited_message, "edited_suggestion": item.edited_suggestion,
            "reason": item.reason}


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
                                  cause=record.get("cause"), doc_type=record.get("doc_type"), doc_date=record.get("date"),
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
    # items assigned to this reviewer first, then unassigned ones; items assigned to someone else stay theirs
    mine = or_(ReviewItem.assignee_id.is_(None), ReviewItem.assignee_id == user_id)
    candidate = (select(ReviewItem.id).where(free, mine)
                 .order_by(ReviewItem.assignee_id.is_(None), ReviewItem.id).limit(1))
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
               suggestion: Optional[str] = None, reason: Optional[str] = None,
               reason_code: Optional[str] = None, commit: bool = True) -> ReviewItem:
    """Move ``item`` to state ``to`` if the workflow allows it (the claimer decides an item in review).
    ``reason`` is free text (needed to reopen); ``reason_code`` one of REASONS, kept with a decision."""
    if to not in TRANSITIONS.get(item.state, set()):
        raise TransitionError(f"{item.state} → {to} is not allowed")
    if item.state == "in_review" and to in DECISIONS and item.claimed_by_id not in (None, user_id):
        raise TransitionError("the item is claimed by another reviewer")
    if to == "pending" and item.state != "in_review" and not reason:
        raise TransitionError("reopening needs a reason")
    if reason_code is not None and reason_code not in REASONS:
        raise TransitionError(f"unknown reason code {reason_code!r}")
    before = _snapshot(item)
    item.state = to
    if to in DECISIONS:
        item.reason, item.decided_by_id, item.decided_at = reason_code, user_id, utcnow()
    if to == "edited":
        item.edited_message = message or item.edited_message
        item.edited_suggestion = suggestion or item.edited_suggestion
    if to == "pending" or to in DECISIONS:
        item.lease_until = None
    item.updated_at = utcnow()
    after = _snapshot(item) | ({"reason": reason} if reason else {})
    audit(session, item, user_id, {"pending": "reopened" if before["state"] != "in_review" else "released"}.get(
        to, to), before, after)
    if commit:
        session.commit()
    return item


def claim_item(session: Session, item_id: int, user_id: int, now: Optional[dt.datetime] = None,
               lease: dt.timedelta = LEASE) -> Optional[ReviewItem]:
    """Claim one given item (the reviewer opened it): succeeds when it is pending, its lease ran out, or the user
    already holds it; None when another reviewer holds it or it is decided. One conditional UPDATE, so two reviewers
    opening the same item cannot both win."""
    now = now or utcnow()
    free = or_(ReviewItem.state == "pending",
               and_(ReviewItem.state == "in_review", or_(ReviewItem.lease_until < now,
                                                          ReviewItem.claimed_by_id == user_id)))
    before = session.get(ReviewItem, item_id)
    if before is None:
        return None
    old_state = before.state
    claimed = session.execute(
        update(ReviewItem).where(ReviewItem.id == item_id, free)
        .values(state="in_review", claimed_by_id=user_id, lease_until=now + lease, updated_at=now)
        .returning(ReviewItem.id).execution_options(synchronize_session=False)).scalar()
    if claimed is None:
        session.rollback()
        return None
    session.expire_all()
    item = session.get(ReviewItem, item_id)
    if old_state != "in_review":
        audit(session, item, user_id, "claimed", {"state": old_state}, _snapshot(item))
    session.commit()
    return item


def decide(session: Session, item_id: int, user_id: int, to: str, **kwargs) -> ReviewItem:
    """Claim if needed, then accept / reject / edit: what a reviewer's button does."""
    item = session.get(ReviewItem, item_id)
    if item is None:
        raise TransitionError("no such item")
    if item.state in ("pending", "in_review"):
        item = claim_item(session, item_id, user_id)
        if item is None:
            raise TransitionError("the item is claimed by another reviewer")
    return transition(session, item, to, user_id, **kwargs)


def bulk_decide(session: Session, item_ids: list[int], user_id: int, to: str,
                reason_code: Optional[str] = None) -> tuple[list[int], list[int]]:
    """Accept or reject many items; each is claimed and decided on its own, so an item another reviewer holds (or
    one already decided) is skipped and reported, never overwritten. Returns (done, skipped)."""
    if to not in ("accepted", "rejected"):
        raise TransitionError("bulk actions accept or reject only")
    done, skipped = [], []
    for item_id in item_ids:
        try:
            decide(session, item_id, user_id, to, reason_code=reason_code)
            done.append(item_id)
        except TransitionError:
            session.rollback()
            skipped.append(item_id)
    return done, skipped


def assign(session: Session, item_ids: list[int], assignee_id: Optional[int], user_id: int) -> int:
    """Assign items to a reviewer (None: unassign); audited per item."""
    changed = 0
    for item in session.scalars(select(ReviewItem).where(ReviewItem.id.in_(item_ids))):
        if item.assignee_id == assignee_id:
            continue
        before = _snapshot(item)
        item.assignee_id = assignee_id
        item.updated_at = utcnow()
        audit(session, item, user_id, "assigned", before, _snapshot(item))
        changed += 1
    session.commit()
    return changed


def add_comment(session: Session, item: ReviewItem, user_id: int, text: str) -> Comment:
    comment = Comment(item_id=item.id, user_id=user_id, text=text)
    session.add(comment)
    audit(session, item, user_id, "commented", None, {"text": text})
    session.commit()
    return comment
