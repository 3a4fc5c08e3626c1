"""The review data layer on SQLite and PostgreSQL: migrations, idempotent ingestion, the workflow's transitions,
the audit log, and claiming under concurrency (no item ever goes to two reviewers)."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import func, select

from review.db import sessions
from review.models import AuditEvent, ReviewItem, User
from review.queue import TransitionError, add_comment, claim_next, ingest_document, transition
from tests.conftest import CORPORA
from zhixing.output import document_record
from zhixing.pipeline import process_path


@pytest.fixture
def engine(review_engine):
    return review_engine


def add_users(Session, n: int) -> list[int]:
    with Session() as s:
        users = [User(name=f"审核员{i}", password_hash="x", role="reviewer") for i in range(n)]
        s.add_all(users)
        s.commit()
        return [u.id for u in users]


def record(name: str) -> dict:
    return document_record(process_path(CORPORA / name))


def test_ingest_is_idempotent_and_keeps_decisions(engine):
    Session = sessions(engine)
    (reviewer,) = add_users(Session, 1)
    rec = record("judgments/wsjd-006.txt")
    with Session() as s:
        _, added = ingest_document(s, rec)
        s.commit()
    assert added == 2  # UNC-02 and UNC-03 on item 1
    with Session() as s:
        item = claim_next(s, reviewer)
        transition(s, item, "accepted", reviewer)
    with Session() as s:
        _, again = ingest_document(s, json.loads(json.dumps(rec)))
        s.commit()
        assert again == 0
        assert s.scalar(select(func.count()).select_from(ReviewItem)) == 2
        assert s.scalar(select(ReviewItem.state).where(ReviewItem.id == item.id)) == "accepted"


def test_new_version_links_to_the_old_one(engine):
    Session = sessions(engine)
    old = record("judgments/wsjd-006.txt")
    new = json.loads(json.dumps(old))
    new["source"]["sha256"] = "f" * 64
    with Session() as s:
        first, _ = ingest_document(s, old)
        second, _ = ingest_document(s, new)
        s.commit()
        assert second.previous_id == first.id and second.case_number == first.case_number


def test_workflow_transitions_are_checked_and_audited(engine):
    Session = sessions(engine)
    a, b = add_users(Session, 2)
    with Session() as s:
        ingest_document(s, record("judgments/wsjd-006.txt"))
        s.commit()
    with Session() as s:
        item = claim_next(s, a)
        with pytest.raises(TransitionError):
            transition(s, item, "accepted", b)  # claimed by a
        with pytest.raises(TransitionError):
            transition(s, item, "sent", a)      # not decided yet
        transition(s, item, "edited", a, message="第一项利息未写明利率和起止时间。", suggestion="利息以……为基数")
        add_comment(s, item, b, "同意修改。")
        transition(s, item, "sent", a)
        transition(s, item, "resolved", a)
        with pytest.raises(TransitionError):
            transition(s, item, "pending", a)   # reopening needs a reason
        transition(s, item, "pending", a, reason="审判庭答复后仍不明确")
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.item_id == item.id)
                            .order_by(AuditEvent.id)).all()
    assert actions == ["created", "claimed", "edited", "commented", "sent", "resolved", "reopened"]


def test_rejected_items_cannot_be_sent(engine):
    Session = sessions(engine)
    (a,) = add_users(Session, 1)
    with Session() as s:
        ingest_document(s, record("judgments/wsjd-006.txt"))
        s.commit()
        item = claim_next(s, a)
        transition(s, item, "rejected", a)
        with pytest.raises(TransitionError):
            transition(s, item, "sent", a)


def test_expired_lease_returns_the_item_to_the_queue(engine):
    import datetime as dt

    Session = sessions(engine)
    a, b = add_users(Session, 2)
    with Session() as s:
        ingest_document(s, record("rebuilt/sc1-054.txt"))
        s.commit()
    with Session() as s:
        first = claim_next(s, a, lease=dt.timedelta(seconds=-1))  # already expired
    with Session() as s:
        second = claim_next(s, b)
        assert second.id == first.id and second.claimed_by_id == b


def test_concurrent_claimers_never_share_an_item(engine):
    Session = sessions(engine)
    reviewers = add_users(Session, 12)
    with Session() as s:
        for name in ("judgments/wsjd-006.txt", "rebuilt/sc1-054.txt", "rebuilt/sc1-044.txt", "rebuilt/sc1-060.txt",
                     "rebuilt/sc1-065.txt", "rebuilt/sc1-023.txt", "rebuilt/sc1-074.txt", "rebuilt/sc1-011.txt"):
            ingest_document(s, record(name))
        s.commit()
        total = s.scalar(select(func.count()).select_from(ReviewItem))
    claims: list[tuple[int, int]] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def claimer(user_id: int) -> None:
        try:
            while True:
                with Session() as s:
                    item = claim_next(s, user_id)
                if item is None:
                    return
                with lock:
                    claims.append((item.id, user_id))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=claimer, args=(r,)) for r in reviewers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    ids = [i for i, _ in claims]
    assert len(ids) == total and len(set(ids)) == total  # every item claimed exactly once
    with Session() as s:
        assert s.scalar(select(func.count()).select_from(ReviewItem).where(ReviewItem.state == "in_review")) == total
        owners = dict(s.execute(select(ReviewItem.id, ReviewItem.claimed_by_id)).all())
    assert all(owners[i] == u for i, u in claims)


def test_the_database_refuses_to_change_or_delete_audit_rows(engine):
    from sqlalchemy import delete, update
    from sqlalchemy.exc import DatabaseError

    Session = sessions(engine)
    with Session() as s:
        ingest_document(s, record("defects/docs/amount-missing-2-sc1-063.txt"))
        s.commit()
        assert s.scalar(select(func.count(AuditEvent.id))) == 1
    for statement in (update(AuditEvent).values(action="forged"), delete(AuditEvent)):
        with Session() as s:
            with pytest.raises(DatabaseError, match="append-only"):
                s.execute(statement)
                s.commit()
    with Session() as s:
        assert s.scalars(select(AuditEvent.action)).all() == ["created"]


def test_models_and_migrations_agree(engine):
    """A model change without its migration (or the reverse) fails here, on both databases."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from review.models import Base

    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert [d for d in diff if not (isinstance(d, tuple) and d[0] == "remove_table" and d[1].name == "alembic_version")] == []


def test_claim_next_serves_own_assignments_first_and_leaves_others_assignments(engine):
    from review.queue import assign

    Session = sessions(engine)
    a, b, admin = add_users(Session, 3)
    with Session() as s:
        for name in ("defects/docs/amount-missing-2-sc1-063.txt", "defects/docs/amount-missing-3-sc1-028.txt",
                     "defects/docs/acceptance-fee-wrong-1-sc1-018.txt"):
            ingest_document(s, record(name))
        s.commit()
        first, second, third = s.scalars(select(ReviewItem.id).order_by(ReviewItem.id)).all()
        assert assign(s, [third], b, admin) == 1 and assign(s, [first], a, admin) == 1
        assert s.scalars(select(AuditEvent.action).where(AuditEvent.item_id == third)).all()[-1] == "assigned"
    with Session() as s:
        assert claim_next(s, b).id == third  # b's own assignment before the older unassigned item
        assert claim_next(s, b).id == second  # then unassigned work
        assert claim_next(s, b) is None  # never a's assignment
        assert claim_next(s, a).id == first
