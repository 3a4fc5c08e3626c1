"""The queue list (filters, counts, bulk actions, assignment) and the item page (decide, comment, reopen)."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from review.models import ReviewDocument, ReviewItem, User
from review.queue import (REASONS, TransitionError, add_comment, assign, bulk_decide, claim_item, claim_next,
                          decide, transition)
from review.views import ItemFilter, counts, item_history, list_items, neighbours, similar_decisions, user_names
from review.web.render import check_titles, marked_segments, render, section_span
from review.web.security import Viewer, checked_form, db, page_user

router = APIRouter()
PAGE_SIZE = 50


def _one(form: dict, key: str, default: str = "") -> str:
    return (form.get(key) or [default])[0].strip()


def _back(form: dict, fallback: str) -> str:
    target = _one(form, "back")
    return target if target.startswith("/") and not target.startswith("//") else fallback


@router.get("/queue")
def queue_page(request: Request, page: int = 1, viewer: Viewer = Depends(page_user), session: Session = Depends(db)):
    flt = ItemFilter.from_mapping(request.query_params)
    page = max(page, 1)
    rows, total = list_items(session, flt, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    return render(request, "queue.html", viewer, rows=rows, total=total, page=page,
                  pages=max(1, -(-total // PAGE_SIZE)), flt=flt, query=flt.query_string(),
                  state_query=replace(flt, state="").query_string(),
                  by_state=counts(session, flt, ReviewItem.state), by_category=counts(session, flt, ReviewItem.category),
                  codes=check_titles(), users=user_names(session), notice=request.query_params.get("notice", ""))


@router.post("/queue/next")
def next_item(form: dict = Depends(checked_form), viewer: Viewer = Depends(page_user), session: Session = Depends(db)):
    item = claim_next(session, viewer.user.id)
    if item is None:
        return RedirectResponse("/queue?notice=" + "队列中没有待审核的提示", status_code=303)
    return RedirectResponse(f"/items/{item.id}", status_code=303)


@router.post("/items/bulk")
def bulk(form: dict = Depends(checked_form), viewer: Viewer = Depends(page_user), session: Session = Depends(db)):
    ids = [int(v) for v in form.get("item_id", []) if v.isdigit()]
    action = _one(form, "action")
    back = _back(form, "/queue")
    sep = "&" if "?" in back else "?"
    if not ids:
        return RedirectResponse(f"{back}{sep}notice=未选择任何提示", status_code=303)
    if action == "assign":
        if not viewer.is_admin:
            raise HTTPException(403, "仅管理员可以分配 / admins only")
        name = _one(form, "assignee")
        assignee = session.scalar(select(User.id).where(User.name == name)) if name else None
        if name and assignee is None:
            raise HTTPException(400, f"没有用户 {name}")
        n = assign(session, ids, assignee, viewer.user.id)
        return RedirectResponse(f"{back}{sep}notice=已分配 {n} 条", status_code=303)
    if action not in ("accepted", "rejected"):
        raise HTTPException(400, "未知操作 / unknown action")
    reason = _one(form, "reason_code") or None
    if reason is not None and reason not in REASONS:
        raise HTTPException(400, "未知理由 / unknown reason code")
    done, skipped = bulk_decide(session, ids, viewer.user.id, action, reason)
    note = f"已处理 {len(done)} 条" + (f"，跳过 {len(skipped)} 条（他人审核中或已处理）" if skipped else "")
    return RedirectResponse(f"{back}{sep}notice={note}", status_code=303)


@router.get("/items/{item_id}")
def item_page(item_id: int, request: Request, viewer: Viewer = Depends(page_user), session: Session = Depends(db)):
    item = session.get(ReviewItem, item_id)
    if item is None:
        raise HTTPException(404, "没有这条提示")
    document = session.get(ReviewDocument, item.document_id)
    record = document.record
    flt = ItemFilter.from_mapping(request.query_params)
    previous, following = neighbours(session, item_id, flt)
    operative = section_span(record, "operative")
    text = record.get("text", "")
    evidence = [tuple(span) for span in item.evidence]
    outside = [span for span in evidence if operative is None or not (operative[0] <= span[0] < operative[1])]
    comments, events = item_history(session, item_id)
    return render(request, "item.html", viewer, item=item, document=document, flt=flt, query=flt.query_string(),
                  previous=previous, following=following, codes=check_titles(), users=user_names(session),
                  operative=marked_segments(text, operative, evidence) if operative else [],
                  outside=[marked_segments(text, (max(0, s - 40), min(len(text), e + 40)), [(s, e)])
                           for s, e in outside],
                  comments=comments, events=events, similar=similar_decisions(session, item),
                  held_by_other=item.state == "in_review" and item.claimed_by_id not in (None, viewer.user.id),
                  notice=request.query_params.get("notice", ""))


@router.post("/items/{item_id}/claim")
def claim(item_id: int, form: dict = Depends(checked_form), viewer: Viewer = Depends(page_user),
          session: Session = Depends(db)):
    back = _back(form, f"/items/{item_id}")
    if claim_item(session, item_id, viewer.user.id) is None:
        return RedirectResponse(f"{back}{'&' if '?' in back else '?'}notice=无法领取：他人审核中或已处理",
                                status_code=303)
    return RedirectResponse(back, status_code=303)


@router.post("/items/{item_id}/decide")
def decide_item(item_id: int, form: dict = Depends(checked_form), viewer: Viewer = Depends(page_user),
                session: Session = Depends(db)):
    action = _one(form, "action")
    if action not in ("accepted", "rejected", "edited"):
        raise HTTPException(400, "未知操作 / unknown action")
    reason = _one(form, "reason_code") or None
    if reason is not None and reason not in REASONS:
        raise HTTPException(400, "未知理由 / unknown reason code")
    message, suggestion = _one(form, "message") or None, _one(form, "suggestion") or None
    if action == "edited" and not (message or suggestion):
        raise HTTPException(400, "修改时须填写新的说明或建议表述")
    try:
        decide(session, item_id, viewer.user.id, action, message=message, suggestion=suggestion, reason_code=reason)
    except TransitionError as exc:
        session.rollback()
        raise HTTPException(409, f"无法完成操作：{exc}") from exc
    return _after_decision(session, item_id, form)


def _after_decision(session: Session, item_id: int, form: dict):
    """Go to the next item of the same filtered queue, as a reviewer working down the list expects."""
    query = _one(form, "query")
    flt = ItemFilter.from_mapping(dict(parse_qsl(query)))
    _, following = neighbours(session, item_id, flt)
    suffix = f"?{query}" if query else ""
    return RedirectResponse(f"/items/{following}{suffix}" if following else f"/items/{item_id}{suffix}",
                            status_code=303)


@router.post("/items/{item_id}/reopen")
def reopen(item_id: int, form: dict = Depends(checked_form), viewer: Viewer = Depends(page_user),
           session: Session = Depends(db)):
    item = session.get(ReviewItem, item_id)
    reason = _one(form, "reason")
    if item is None:
        raise HTTPException(404, "没有这条提示")
    try:
        transition(session, item, "pending", viewer.user.id, reason=reason or None)
    except TransitionError as exc:
        session.rollback()
        raise HTTPException(409, f"无法重新打开：{exc}") from exc
    return RedirectResponse(f"/items/{item_id}", status_code=303)


@router.post("/items/{item_id}/comment")
def comment(item_id: int, form: dict = Depends(checked_form), viewer: Viewer = Depends(page_user),
            session: Session = Depends(db)):
    item = session.get(ReviewItem, item_id)
    text = _one(form, "text")
    if item is None:
        raise HTTPException(404, "没有这条提示")
    if not text:
        raise HTTPException(400, "评论不能为空")
    add_comment(session, item, viewer.user.id, text[:4000])
    return RedirectResponse(f"/items/{item_id}#comments", status_code=303)
