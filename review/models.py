"""Tables of the reviewer queue (SQLAlchemy 2 declarative). Schema changes go through Alembic (review/migrations)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

STATES = ("pending", "in_review", "accepted", "rejected", "edited", "sent", "resolved")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "review_users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))  # admin | reviewer
    api_token_hash: Mapped[Optional[str]] = mapped_column(String(128), nullable=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[Optional[dt.datetime]] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewDocument(Base):
    __tablename__ = "review_documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    case_number: Mapped[Optional[str]] = mapped_column(Text, index=True)
    court: Mapped[Optional[str]] = mapped_column(Text, index=True)
    cause: Mapped[Optional[str]] = mapped_column(Text, index=True)  # 案由
    doc_type: Mapped[Optional[str]] = mapped_column(String(32))
    doc_date: Mapped[Optional[str]] = mapped_column(String(10))
    path: Mapped[str] = mapped_column(Text)
    extractor_version: Mapped[str] = mapped_column(String(32))
    previous_id: Mapped[Optional[int]] = mapped_column(ForeignKey("review_documents.id"), nullable=True)
    # the zhixing extract line; deferred: the queue lists documents by their columns and never needs the whole text
    record: Mapped[dict] = mapped_column(JSON, deferred=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewItem(Base):
    """One flag to review. Keyed by (document sha256, flag code, evidence span): re-ingesting never duplicates it."""

    __tablename__ = "review_items"
    __table_args__ = (UniqueConstraint("sha256", "code", "evidence_start", "evidence_end", name="uq_review_item_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("review_documents.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(16), index=True)
    category: Mapped[str] = mapped_column(String(32), index=True)
    severity: Mapped[str] = mapped_column(String(16), index=True)
    item_index: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[list] = mapped_column(JSON)
    message: Mapped[str] = mapped_column(Text)
    basis: Mapped[str] = mapped_column(Text)
    suggestion: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    assignee_id: Mapped[Optional[int]] = mapped_column(ForeignKey("review_users.id"), nullable=True)
    claimed_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("review_users.id"), nullable=True)
    lease_until: Mapped[Optional[dt.datetime]] = mapped_column(DateTime(timezone=True), nullable=True)
    edited_message: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    edited_suggestion: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    reason: Mapped[Optional[str]] = mapped_column(String(32), nullable=True)  # reason code of the last decision
    decided_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("review_users.id"), nullable=True)
    decided_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime(timezone=True), nullable=True, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Comment(Base):
    __tablename__ = "review_comments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("review_items.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("review_users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEvent(Base):
    """Every change: who, when, before, after. Rows are only ever inserted."""

    __tablename__ = "review_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[Optional[int]] = mapped_column(ForeignKey("review_items.id"), nullable=True, index=True)
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("review_users.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(32))
    before: Mapped[Optional[dict]] = mapped_column(JSON, nullable=True)
    after: Mapped[Optional[dict]] = mapped_column(JSON, nullable=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WebSession(Base):
    """A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a leaked table opens
    nothing. Signing out deletes the row."""

    __tablename__ = "review_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("review_users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class AdviceLetter(Base):
    """A 执行建议书 generated from the accepted and edited items of one document and recorded as sent."""

    __tablename__ = "review_advice"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("review_documents.id"), index=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("review_users.id"))
    item_ids: Mapped[list] = mapped_column(JSON)
    docx: Mapped[bytes] = mapped_column(LargeBinary)
    html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
