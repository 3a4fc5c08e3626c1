"""Command line: zhixing extract | batch | queue-load | eval | advise | schema | serve | user | export.

Exit codes: 0 every document read; 1 at least one document failed or needs OCR (its line is still printed);
2 wrong usage; 3 the batch could not run (database or flow error).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_DOCUMENT_FAILED, EXIT_USAGE, EXIT_BATCH_FAILED = 0, 1, 2, 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="zhixing", description="执行: read court judgments and press releases")
    sub = parser.add_subparsers(dest="command", required=True)

    p_extract = sub.add_parser("extract", help="print one JSON object per document (JSON Lines), in input order")
    p_extract.add_argument("paths", nargs="+", help="files; '-' reads text from standard input")
    p_extract.add_argument("--raw", action="store_true", help="also print raw_text, offset_map and furniture")
    p_extract.add_argument("--ner", action="store_true",
                           help="also run the learned name recogniser over free text (slower: see README)")

    p_batch = sub.add_parser("batch", help="run the batch flow over a folder of new documents")
    p_batch.add_argument("folder", type=Path)
    p_batch.add_argument("--data-dir", type=Path, help="where results, the database and Prefect's home live")
    p_batch.add_argument("--db", dest="database_url", help="SQLAlchemy database URL (default: SQLite in the data dir)")
    p_batch.add_argument("--chunk-size", type=int, help="documents per Prefect task (default 25)")
    p_batch.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    p_batch.add_argument("--review", action=argparse.BooleanOptionalAction, default=True,
                         help="put the flags of the folder's documents in the review queue, same database "
                              "(default; --no-review to leave the queue alone)")

    p_load = sub.add_parser("queue-load", help="put flags from extract output or a batch results folder in the review queue")
    p_load.add_argument("paths", nargs="+", type=Path, help="JSON Lines files of `zhixing extract`, or results folders")
    p_load.add_argument("--data-dir", type=Path, help="data folder whose database to use (as for batch)")
    p_load.add_argument("--db", dest="database_url", help="SQLAlchemy database URL (default: SQLite in the data dir)")

    p_eval = sub.add_parser("eval", help="precision / recall / F1 of the extractors on the hand-annotated gold")
    p_eval.add_argument("target", nargs="?", default="extraction", choices=["extraction", "checks"])
    p_eval.add_argument("--json", action="store_true", help="machine-readable output")
    p_eval.add_argument("--set", dest="defect_set", default="round1", choices=["round1", "round2", "round3", "round4",
                                                                           "round5", "round6", "round7",
                                                                           "round8", "round9", "round10",
                                                                           "round11", "round12", "round13", "round14",
                                                                           "round15", "round16"],
                        help="checks: which defect set (round16 is the held-out one; rounds 1–15 were used while "
                             "building the checks)")
    p_eval.add_argument("--show-misses", action="store_true",
                        help="checks: list the missed files of the held-out set too (they are hidden by default)")
    p_eval.add_argument("--record", action="store_true",
                        help="record the current F1 per field as the level the tests hold (corpora/gold/levels-extraction.json)")

    p_advise = sub.add_parser("advise", help="write the 执行建议书 for one judgment (DOCX and HTML)")
    p_advise.add_argument("path", type=Path)
    p_advise.add_argument("-o", "--out", type=Path, default=Path("."), help="folder for the files (default: .)")
    p_advise.add_argument("--department", help="承办庭室 the letter is addressed to (default: from the 案号)")

    p_schema = sub.add_parser("schema", help="write the JSON Schema of the document model")
    p_schema.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")

    from zhixing import cli_review

    cli_review.add_parsers(sub)
    args = parser.parse_args(argv)
    if args.command in ("serve", "user", "export"):
        return cli_review.run(args)
    if args.command == "extract":
        return _extract(args.paths, args.raw, frozenset({"names"}) if args.ner else frozenset())
    if args.command == "batch":
        return _batch(args)
    if args.command == "queue-load":
        return _queue_load(args)
    if args.command == "eval":
        return _eval(args)
    if args.command == "advise":
        return _advise(args)
    return _schema(args.output)


def _extract(paths: list[str], with_raw: bool, options: frozenset[str] = frozenset()) -> int:
    from zhixing.output import document_line
    from zhixing.pipeline import process_bytes, process_path

    code = EXIT_OK
    for given in paths:
        if given == "-":
            doc = process_bytes(sys.stdin.buffer.read(), "-", suffix=".txt", options=options)
        else:
            doc = process_path(Path(given), label=given, options=options)
        sys.stdout.write(document_line(doc, with_raw) + "\n")
        sys.stdout.flush()
        if doc.status != "ok":
            code = EXIT_DOCUMENT_FAILED
            print(f"zhixing: {given}: {doc.error.message if doc.error else doc.status}", file=sys.stderr)
    return code


def _batch(args) -> int:
    from zhixing.config import Settings

    if not args.folder.is_dir():
        print(f"zhixing: {args.folder}: 不是文件夹 / not a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        settings = Settings.load(args.data_dir, args.database_url, args.chunk_size, review_queue=args.review)
    except ValueError as exc:
        print(f"zhixing: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from flows.runner import run_batch_flow

    show_progress = sys.stderr.isatty() and not args.no_progress
    try:
        summary = run_batch_flow(args.folder, settings, show_progress=show_progress)
    except Exception as exc:  # the flow itself failed (database unreachable, Prefect error)
        print(f"zhixing: 批处理失败 / batch failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_BATCH_FAILED
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return EXIT_OK if not summary.get("quarantined") else EXIT_DOCUMENT_FAILED


def _queue_load(args) -> int:
    from zhixing.config import Settings

    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"zhixing: 找不到 / not found: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    settings = Settings.load(args.data_dir, args.database_url)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    from review.load import load_into_queue

    try:
        summary = load_into_queue(settings.database_url, args.paths)
    except Exception as exc:  # database unreachable or migration failed: nothing per document to report
        print(f"zhixing: 无法写入审核队列 / cannot write the review queue: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_BATCH_FAILED
    for err in summary.errors:
        print(f"zhixing: {err['file']}:{err['line']}: {err['reason']}", file=sys.stderr)
    print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=1))
    return EXIT_DOCUMENT_FAILED if summary.errors else EXIT_OK


def _advise(args) -> int:
    from checks.advice import build_advice, render_docx, render_html
    from zhixing.pipeline import process_path

    doc = process_path(args.path)
    if doc.status != "ok":
        print(f"zhixing: {args.path}: {doc.error.message if doc.error else doc.status}", file=sys.stderr)
        return EXIT_DOCUMENT_FAILED
    advice = build_advice(doc, args.department)
    stem = args.out / f"执行建议书-{args.path.stem}"
    render_docx(advice, stem.with_suffix(".docx"))
    stem.with_suffix(".html").write_text(render_html(advice), encoding="utf-8")
    print(json.dumps({"docx": str(stem.with_suffix(".docx")), "html": str(stem.with_suffix(".html")),
                      "entries": len(advice.entries)}, ensure_ascii=False))
    return EXIT_OK


def _eval(args) -> int:
    if args.target == "checks":
        return _eval_checks(args)
    from zhixing.evaluation import evaluate, format_report

    report = evaluate()
    if args.record:
        from zhixing.evaluation import GOLD_DIR

        levels = {split: {name: s["f1"] for name, s in fields.items()} for split, fields in report.as_dict().items()}
        (GOLD_DIR.parent / "levels-extraction.json").write_text(json.dumps(levels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps({"scores": report.as_dict(), "errors": report.errors}, ensure_ascii=False, indent=1))
    else:
        print(format_report(report))
    return EXIT_OK


def _eval_checks(args) -> int:
    from zhixing.check_evaluation import DEFECT_SETS, DEFECTS, HELD_OUT, evaluate_checks, format_check_report

    report = evaluate_checks(DEFECT_SETS[args.defect_set])
    if args.record and args.defect_set == "round1":
        levels = {"recall": {c: r["recall"] for c, r in report["recall"].items()},
                  "false_flags_per_document": report["false_flags_per_document"]}
        (DEFECTS.parent / "gold" / "levels-checks.json").write_text(json.dumps(levels, indent=1) + "\n", "utf-8")
    show = args.show_misses or args.defect_set != HELD_OUT
    if args.json and not show:  # the JSON report hides the held-out names as the text report does
        for row in report["recall"].values():
            row["missed"] = len(row["missed"])
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else format_check_report(report, show))
    return EXIT_OK


def _schema(output: Path | None) -> int:
    from zhixing.document import document_json_schema

    text = json.dumps(document_json_schema(), ensure_ascii=False, indent=1) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        print(f"zhixing: wrote {output}", file=sys.stderr)
    return EXIT_OK


def entry() -> None:
    """Console entry point: a closed pipe (zhixing extract … | head) ends quietly."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_OK
    sys.exit(code)


if __name__ == "__main__":
    entry()
