"""Who is asking: the signed-in browser (session cookie + CSRF token on every form) or a case system (API token).

Pages depend on `page_user`; forms additionally on `checked_form`, which refuses a POST whose csrf_token does not
match the session's. The login form, which has no session yet, uses a double-submit cookie instead.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from review.auth import csrf_matches, find_session, user_for_api_token
from review.models import User, WebSession

SESSION_COOKIE = "zx_session"
LOGIN_CSRF_COOKIE = "zx_login_csrf"


class LoginRequired(Exception):
    """Raised by page dependencies; the app answers with a redirect to the login page (or 401 for a POST)."""


@dataclass
class Viewer:
    user: User
    web_session: WebSession

    @property
    def csrf(self) -> str:
        return self.web_session.csrf_token

    @property
    def is_admin(self) -> bool:
        return self.user.role == "admin"


def db(request: Request):
    session: Session = request.app.state.sessions()
    try:
        yield session
    finally:
        session.close()


def page_user(request: Request, session: Session = Depends(db)) -> Viewer:
    found = find_session(session, request.cookies.get(SESSION_COOKIE))
    if found is None:
        raise LoginRequired()
    return Viewer(user=found[1], web_session=found[0])


async def checked_form(request: Request, viewer: Viewer = Depends(page_user)) -> dict:
    """The POSTed form, once its CSRF token matched the session's; 403 otherwise."""
    form = await request.form()
    if not csrf_matches(viewer.csrf, form.get("csrf_token")):
        raise HTTPException(status_code=403, detail="CSRF 校验失败：请刷新页面后重试 / CSRF token missing or wrong")
    values: dict = {}
    for key, value in form.multi_items():
        values.setdefault(key, []).append(value)
    return values


def require_admin(viewer: Viewer = Depends(page_user)) -> Viewer:
    if not viewer.is_admin:
        raise HTTPException(status_code=403, detail="仅管理员可以执行此操作 / admins only")
    return viewer


def new_login_csrf() -> str:
    return secrets.token_urlsafe(24)


def secure_cookie(request: Request) -> bool:
    setting = request.app.state.secure_cookies
    return request.url.scheme == "https" if setting is None else setting


bearer = HTTPBearer(auto_error=False, description="API token from `zhixing user token NAME`")


def api_user(credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer),
             session: Session = Depends(db)) -> User:
    user = user_for_api_token(session, credentials.credentials if credentials else None)
    if user is None:
        raise HTTPException(status_code=401, detail="需要有效的 API 令牌 / a valid API token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    return user
