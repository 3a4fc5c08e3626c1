"""Sign in and sign out."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from review.auth import AccountLocked, authenticate, csrf_matches, end_session, start_session
from review.web.render import render
from review.web.security import LOGIN_CSRF_COOKIE, SESSION_COOKIE, checked_form, db, new_login_csrf, secure_cookie

router = APIRouter()


def _safe_next(target: str | None) -> str:
    # only paths on this site: an open redirect would let a link send a reviewer elsewhere after signing in
    return target if target and target.startswith("/") and not target.startswith("//") else "/queue"


@router.get("/login")
def login_page(request: Request, next: str = "/queue"):
    token = new_login_csrf()
    response = render(request, "login.html", login_csrf=token, next=_safe_next(next), error=None)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=secure_cookie(request))
    return response


@router.post("/login")
def login(request: Request, name: str = Form(...), password: str = Form(...), csrf_token: str = Form(""),
          next: str = Form("/queue"), session: Session = Depends(db)):
    if not csrf_matches(request.cookies.get(LOGIN_CSRF_COOKIE, ""), csrf_token):
        return render(request, "login.html", status_code=403, login_csrf=request.cookies.get(LOGIN_CSRF_COOKIE, ""),
                      next=_safe_next(next), error="表单已过期，请重新登录")
    try:
        user = authenticate(session, name, password)
    except AccountLocked:
        return render(request, "login.html", status_code=429, login_csrf=request.cookies.get(LOGIN_CSRF_COOKIE, ""),
                      next=_safe_next(next), error="密码错误次数过多，账户已暂时锁定，请 15 分钟后再试")
    if user is None:
        return render(request, "login.html", status_code=401, login_csrf=request.cookies.get(LOGIN_CSRF_COOKIE, ""),
                      next=_safe_next(next), error="用户名或密码错误")
    token, _ = start_session(session, user)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", secure=secure_cookie(request),
                        max_age=12 * 3600)
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


@router.post("/logout")
def logout(request: Request, form: dict = Depends(checked_form), session: Session = Depends(db)):
    end_session(session, request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/")
def home():
    return RedirectResponse("/queue", status_code=303)
