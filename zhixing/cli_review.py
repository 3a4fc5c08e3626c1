"""The review application's commands: `zhixing serve`, `zhixing user add|token`, `zhixing export`."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parsers(sub) -> None:
    p_serve = sub.add_parser("serve", help="start the review web application (queue, items, 执行建议书, REST API)")
    p_serve.add_argument("--host", default="127.0.0.1")
    p_serve.add_argument("--port", type=int, default=8000)
    p_serve.add_argument("--workers", type=int, default=1,
                         help="worker processes (PostgreSQL; SQLite serialises writes, keep 1 there)")
    _data_options(p_serve)
    p_serve.add_argument("--secure-cookies", action="store_true",
                         help="mark cookies Secure even when a proxy in front terminates HTTPS")

    p_user = sub.add_parser("user", help="manage reviewer accounts")
    user_sub = p_user.add_subparsers(dest="user_command", required=True)
    p_add = user_sub.add_parser("add", help="create an account (password prompted, or read from standard input)")
    p_add.add_argument("name")
    p_add.add_argument("--role", choices=["admin", "reviewer"], required=True)
    _data_options(p_add)
    p_token = user_sub.add_parser("token", help="issue an API token for a user (replaces the old one)")
    p_token.add_argument("name")
    _data_options(p_token)

    p_export = sub.add_parser("export", help="write extractions and review decisions as JSON Lines or CSV")
    p_export.add_argument("-o", "--out", type=Path, required=True, help="file to write (.jsonl or .csv)")
    p_export.add_argument("--format", choices=["jsonl", "csv"], help="default: from the file's suffix")
    p_export.add_argument("--since", help="only documents stored, or with items changed, after this ISO time")
    _data_options(p_export)


def _data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="data folder whose database to use (as for batch)")
    parser.add_argument("--db", dest="database_url", help="SQLAlchemy database URL (default: SQLite in the data dir)")


def _database_url(args) -> str:
    from zhixing.config import Settings

    settings = Settings.load(args.data_dir, args.database_url)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return settings.database_url


def run(args) -> int:
    if args.command == "serve":
        return _serve(args)
    if args.command == "user":
        return _user(args)
    return _export(args)


def _serve(args) -> int:
    import os

    import uvicorn

    from review.db import make_engine, migrate
    from review.web.app import SERVE_SECURE_ENV, SERVE_URL_ENV, create_app

    url = _database_url(args)
    print(f"zhixing: 审核系统 / review application on http://{args.host}:{args.port}/", file=sys.stderr)
    if args.workers <= 1:
        app = create_app(url, secure_cookies=True if args.secure_cookies else None)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
        return EXIT_OK
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    os.environ[SERVE_URL_ENV] = url
    os.environ[SERVE_SECURE_ENV] = "1" if args.secure_cookies else ""
    uvicorn.run("review.web.app:app_from_environment", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level="warning")
    return EXIT_OK


def _session(args):
    from review.db import make_engine, migrate, sessions

    engine = make_engine(_database_url(args))
    migrate(engine)
    return sessions(engine)()


def _user(args) -> int:
    from review.auth import AccountError, create_user, issue_api_token

    with _session(args) as session:
        try:
            if args.user_command == "token":
                print(issue_api_token(session, args.name))
                return EXIT_OK
            password = _read_password()
            user = create_user(session, args.name, password, args.role)
        except AccountError as exc:
            print(f"zhixing: {exc}", file=sys.stderr)
            return EXIT_USAGE
    print(f"zhixing: 已创建用户 / created user {user.name} ({user.role})", file=sys.stderr)
    return EXIT_OK


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("密码 / password: ")
        if getpass.getpass("再输入一次 / again: ") != first:
            from review.auth import AccountError

            raise AccountError("两次输入的密码不一致 / the passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _export(args) -> int:
    from review.export import export_csv, export_jsonl

    fmt = args.format or ("csv" if args.out.suffix.lower() == ".csv" else "jsonl")
    since = None
    if args.since:
        try:
            since = dt.datetime.fromisoformat(args.since)
        except ValueError:
            print(f"zhixing: --since 不是 ISO 时间 / not an ISO time: {args.since}", file=sys.stderr)
            return EXIT_USAGE
        since = since if since.tzinfo else since.replace(tzinfo=dt.timezone.utc)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with _session(args) as session:
        count = (export_csv if fmt == "csv" else export_jsonl)(session, args.out, since)
    print(json.dumps({"out": str(args.out), "format": fmt, "rows" if fmt == "csv" else "documents": count},
                     ensure_ascii=False))
    return EXIT_OK
