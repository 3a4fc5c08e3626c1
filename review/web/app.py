"""Assemble the review application: database, templates, security headers, pages and the REST API.

`create_app(database_url)` is what `zhixing serve` runs and what the tests drive; the schema is migrated on start,
so the SQLite file in the data folder is created on first start.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from review.db import make_engine, migrate, sessions
from review.web.render import china_time
from review.web.security import LoginRequired

HERE = Path(__file__).resolve().parent
# no inline script or style anywhere: a judgment's text that slipped through escaping still could not run
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


def create_app(database_url: str, secure_cookies: bool | None = None, run_migrations: bool = True) -> FastAPI:
    """``secure_cookies``: mark cookies Secure (HTTPS only); None decides per request from its scheme."""
    from review.web import api, pages_auth, pages_documents, pages_queue

    engine = make_engine(database_url)
    if run_migrations:
        migrate(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        engine.dispose()

    app = FastAPI(title="zhixing 执行审核", version="1", docs_url="/api/docs", openapi_url="/api/openapi.json",
                  redoc_url=None, lifespan=lifespan)
    app.state.engine = engine
    app.state.sessions = sessions(engine)
    app.state.secure_cookies = secure_cookies
    # autoescape on every template: judgments can contain anything, markup included
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    env.filters["cst"] = china_time
    app.state.templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for module in (pages_auth, pages_queue, pages_documents):
        app.include_router(module.router)
    app.include_router(api.router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith("/static"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired):
        if request.method != "GET":
            return HTMLResponse("未登录或登录已过期 / not signed in", status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        from urllib.parse import quote

        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    return app


SERVE_URL_ENV, SERVE_SECURE_ENV = "ZHIXING_SERVE_DATABASE_URL", "ZHIXING_SERVE_SECURE_COOKIES"


def app_from_environment() -> FastAPI:
    """The factory each worker process of `zhixing serve --workers N` calls; the command migrated the schema once
    before starting them, so workers do not race to migrate."""
    secure = os.environ.get(SERVE_SECURE_ENV) == "1" or None
    return create_app(os.environ[SERVE_URL_ENV], secure_cookies=secure, run_migrations=False)
