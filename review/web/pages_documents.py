"""The document page (extraction as tables, its items, its 执行建议书), letter generation and download, and the
batch dashboard."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from review.letters import LetterError, generate_letter, letter_status, letters_of, record_answer
from review.models import AdviceLetter, ReviewDocument
from review.views import dashboard, document_items, user_names, versions
from review.web.charts import bar_chart, day_chart
from review.web.render import CATEGORY_NAMES, STATE_NAMES, check_titles, render
from review.web.security import Viewer, checked_form, db, page_user

router = APIRouter()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@router.get("/documents/{document_id}")
def document_page(document_id: int, request: Request, viewer: Viewer = Depends(page_user),
                  session: Session = Depends(db)):
    document = session.get(ReviewDocument, document_id)
    if document is None:
        raise HTTPException(404, "没有这份文书")
    items = document_items(session, document_id)
    return render(request, "document.html", viewer, document=document, record=document.record, items=items,
                  letters=letters_of(session, document_id), letter_problem=letter_status(items),
                  awaiting_answer=sum(1 for i in items if i.state == "sent"),
                  versions=versions(session, document), codes=check_titles(), users=user_names(session),
                  notice=request.query_params.get("notice", ""))


@router.post("/documents/{document_id}/letter")
def make_letter(document_id: int, form: dict = Depends(checked_form), viewer: Viewer = Depends(page_user),
                session: Session = Depends(db)):
    department = (form.get("department") or [""])[0].strip() or None
    try:
        letter = generate_letter(session, document_id, viewer.user.id, department)
    except LetterError as exc:
        session.rollback()
        return RedirectResponse(f"/documents/{document_id}?notice={quote(str(exc))}", status_code=303)
    return RedirectResponse(f"/documents/{document_id}?notice={quote(f'已生成并发送执行建议书（第{letter.id}号）')}",
                            status_code=303)


@router.post("/documents/{document_id}/answer")
def trial_answer(document_id: int, form: dict = Depends(checked_form), viewer: Viewer = Depends(page_user),
                 session: Session = Depends(db)):
    answer = (form.get("answer") or [""])[0][:4000]
    try:
        n = record_answer(session, document_id, viewer.user.id, answer)
    except LetterError as exc:
        session.rollback()
        return RedirectResponse(f"/documents/{document_id}?notice={quote(str(exc))}", status_code=303)
    return RedirectResponse(f"/documents/{document_id}?notice={quote(f'已记录审判庭答复，{n} 条提示已办结')}",
                            status_code=303)


def _letter(session: Session, letter_id: int) -> tuple[AdviceLetter, ReviewDocument]:
    letter = session.get(AdviceLetter, letter_id)
    if letter is None:
        raise HTTPException(404, "没有这份执行建议书")
    return letter, session.get(ReviewDocument, letter.document_id)


@router.get("/letters/{letter_id}.docx")
def letter_docx(letter_id: int, viewer: Viewer = Depends(page_user), session: Session = Depends(db)):
    letter, document = _letter(session, letter_id)
    return docx_response(letter, document)


@router.get("/letters/{letter_id}")
def letter_html(letter_id: int, viewer: Viewer = Depends(page_user), session: Session = Depends(db)):
    letter, _ = _letter(session, letter_id)
    return HTMLResponse(letter.html)  # rendered by checks/advice.py with every judgment text escaped


def docx_response(letter: AdviceLetter, document: ReviewDocument) -> Response:
    name = f"执行建议书-{document.case_number or document.sha256[:12]}-{letter.id}.docx"
    return Response(letter.docx, media_type=DOCX,
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})


@router.get("/dashboard")
def dashboard_page(request: Request, viewer: Viewer = Depends(page_user), session: Session = Depends(db)):
    board = dashboard(session)
    return render(request, "dashboard.html", viewer, board=board,
                  category_chart=bar_chart([(CATEGORY_NAMES.get(k, k), v) for k, v in
                                            sorted(board.by_category.items(), key=lambda kv: -kv[1])]),
                  state_chart=bar_chart([(STATE_NAMES.get(k, k), board.by_state.get(k, 0)) for k in STATE_NAMES]),
                  court_chart=bar_chart(board.by_court[:15]),
                  day_chart=day_chart(board.per_day))
