"""Accounts, browser sessions and API tokens of the review application.

Passwords are hashed with argon2id (argon2-cffi). A browser session is a random token in a cookie whose SHA-256 is
stored with the session's CSRF token; an API token is a random string whose SHA-256 is stored on the user. Random
tokens carry 256 bits, so a plain SHA-256 is enough to store them (a slow hash guards guessable secrets only).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from review.models import User, WebSession, utcnow

ROLES = ("admin", "reviewer")
SESSION_LIFETIME = dt.timedelta(hours=12)
MIN_PASSWORD = 8
MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
_hasher = PasswordHasher()


class AccountError(ValueError):
    """A user cannot be created or changed as asked (unknown role, short password, name taken)."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_user(session: Session, name: str, password: str, role: str) -> User:
    name = name.strip()
    if role not in ROLES:
        raise AccountError(f"角色只能是 admin 或 reviewer / role must be admin or reviewer, not {role!r}")
    if not name or len(name) > 64:
        raise AccountError("用户名须为 1–64 个字符 / the name must have 1–64 characters")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"密码至少 {MIN_PASSWORD} 位 / the password needs at least {MIN_PASSWORD} characters")
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise AccountError(f"用户 {name} 已存在 / user {name} exists")
    user = User(name=name, password_hash=_hasher.hash(password), role=role)
    session.add(user)
    session.commit()
    return user


class AccountLocked(Exception):
    """Too many wrong passwords in a row: the account refuses sign-in until ``until``."""

    def __init__(self, until: dt.datetime):
        super().__init__(f"locked until {until.isoformat()}")
        self.until = until


def authenticate(session: Session, name: str, password: str, now: Optional[dt.datetime] = None) -> Optional[User]:
    """The user when the password is right; None when not. MAX_FAILURES wrong passwords in a row lock the account
    for LOCKOUT (raises AccountLocked), which slows down guessing without locking anyone out for long."""
    now = now or utcnow()
    user = session.scalar(select(User).where(User.name == name.strip()))
    if user is None:
        _hasher.hash(password)  # same work as a real check, so a wrong name is not faster than a wrong password
        return None
    locked = user.locked_until
    if locked is not None and (locked if locked.tzinfo else locked.replace(tzinfo=dt.timezone.utc)) > now:
        raise AccountLocked(locked)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins = (user.failed_logins or 0) + 1
        if user.failed_logins >= MAX_FAILURES:
            user.failed_logins, user.locked_until = 0, now + LOCKOUT
        session.commit()
        return None
    user.failed_logins, user.locked_until = 0, None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    session.commit()
    return user


def start_session(session: Session, user: User) -> tuple[str, WebSession]:
    """A new browser session; returns the cookie token (shown once) and the row."""
    token = secrets.token_urlsafe(32)
    row = WebSession(token_hash=token_hash(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32),
                     expires_at=utcnow() + SESSION_LIFETIME)
    session.add(row)
    session.commit()
    return token, row


def find_session(session: Session, token: Optional[str]) -> Optional[tuple[WebSession, User]]:
    if not token:
        return None
    row = session.scalar(select(WebSession).where(WebSession.token_hash == token_hash(token)))
    if row is None:
        return None
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=dt.timezone.utc)
    if expires < utcnow():
        session.delete(row)
        session.commit()
        return None
    user = session.get(User, row.user_id)
    return (row, user) if user else None


def end_session(session: Session, token: Optional[str]) -> None:
    if token:
        session.execute(delete(WebSession).where(WebSession.token_hash == token_hash(token)))
        session.commit()


def csrf_matches(expected: str, given: Optional[str]) -> bool:
    return bool(given) and hmac.compare_digest(expected.encode(), given.encode())


def issue_api_token(session: Session, name: str) -> str:
    """A new API token for the user (replaces the old one); returned once, stored hashed."""
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise AccountError(f"没有用户 {name} / no user {name}")
    token = "zx_" + secrets.token_urlsafe(32)
    user.api_token_hash = token_hash(token)
    session.commit()
    return token


def user_for_api_token(session: Session, token: Optional[str]) -> Optional[User]:
    if not token:
        return None
    return session.scalar(select(User).where(User.api_token_hash == token_hash(token)))
