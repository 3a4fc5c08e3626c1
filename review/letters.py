"""Batch 执行建议书: for a judgment whose review items are all decided, render the letter from its accepted and
edited flags (the renderer of checks/advice.py, with the reviewers' wording), store it and mark the items sent."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from checks.advice import build_advice, render_docx, render_html
from review.models import AdviceLetter, Comment, ReviewDocument, ReviewItem
from review.queue import TransitionError, audit, transition
from zhixing.document import SCHEMA_VERSION, Document, Flag

OPEN_STATES = ("pending", "in_review")
SENDABLE = ("accepted", "edited")


class LetterError(ValueError):
    """The letter cannot be generated yet (items still open, nothing accepted)."""


def reviewed_document(document: ReviewDocument, items: list[ReviewItem]) -> Document:
    """The stored extraction with its flags replaced by the reviewers' decisions (edited wording wins)."""
    record = {**document.record, "schema_version": SCHEMA_VERSION}  # older records: 1.x only ever adds fields
    doc = Document.model_validate(record)
    doc.flags = [Flag(code=i.code, category=i.category, severity=i.severity, item_index=i.item_index,
                      evidence=[tuple(span) for span in i.evidence], message=i.edited_message or i.message,
                      basis=i.basis, suggestion=i.edited_suggestion or i.suggestion, confidence=i.confidence)
                 for i in items]
    return doc


def letter_status(items: list[ReviewItem]) -> Optional[str]:
    """Why no letter can be generated now, in Chinese, or None when it can."""
    open_items = [i for i in items if i.state in OPEN_STATES]
    if open_items:
        return f"还有 {len(open_items)} 条提示尚未审核完毕"
    if not any(i.state in SENDABLE for i in items):
        return "没有已接受或已修改的提示，无需发送执行建议书"
    return None


def generate_letter(session: Session, document_id: int, user_id: int, department: Optional[str] = None,
                    today: Optional[dt.date] = None) -> AdviceLetter:
    """Render, store and send the letter in one transaction: either the letter exists and its items are sent, or
    nothing changed."""
    document = session.get(ReviewDocument, document_id)
    if document is None:
        raise LetterError("没有这份文书")
    items = list(session.scalars(select(ReviewItem).where(ReviewItem.document_id == document_id)
                                 .order_by(ReviewItem.item_index.is_(None), ReviewItem.item_index, ReviewItem.id)
                                 .with_for_update()))
    problem = letter_status(items)
    if problem:
        raise LetterError(problem)
    chosen = [i for i in items if i.state in SENDABLE]
    advice = build_advice(reviewed_document(document, chosen), department, today)
    with tempfile.TemporaryDirectory() as tmp:
        docx_bytes = render_docx(advice, Path(tmp) / "letter.docx").read_bytes()
    letter = AdviceLetter(document_id=document_id, created_by_id=user_id, item_ids=[i.id for i in chosen],
                          docx=docx_bytes, html=render_html(advice))
    session.add(letter)
    session.flush()
    audit(session, None, user_id, "letter_sent", None, {"document_id": document_id, "letter_id": letter.id,
                                                        "item_ids": letter.item_ids})
    try:
        for item in chosen:
            transition(session, item, "sent", user_id, commit=False)
    except TransitionError:
        session.rollback()
        raise
    session.commit()
    return letter


def record_answer(session: Session, document_id: int, user_id: int, answer: str) -> int:
    """The trial department answered the letter: its sent items become resolved, each with the answer as a comment.
    Returns how many items were resolved."""
    answer = answer.strip()
    if not answer:
        raise LetterError("请填写审判庭的答复内容")
    sent = list(session.scalars(select(ReviewItem).where(ReviewItem.document_id == document_id,
                                                         ReviewItem.state == "sent").with_for_update()))
    if not sent:
        raise LetterError("没有已发送、待答复的提示")
    for item in sent:
        session.add(Comment(item_id=item.id, user_id=user_id, text=f"审判庭答复：{answer}"))
        transition(session, item, "resolved", user_id, reason=answer, commit=False)
    session.commit()
    return len(sent)


def letters_of(session: Session, document_id: int) -> list[AdviceLetter]:
    return list(session.scalars(select(AdviceLetter).where(AdviceLetter.document_id == document_id)
                                .order_by(AdviceLetter.id)))
