"""Rendering helpers shared by the pages: Chinese labels, the template call, the 主文 with evidence marked."""

from __future__ import annotations

import datetime as dt

from fastapi import Request
from fastapi.responses import HTMLResponse

from review.queue import REASONS

STATE_NAMES = {"pending": "待审核", "in_review": "审核中", "accepted": "已接受", "rejected": "已驳回",
               "edited": "已修改", "sent": "已发送", "resolved": "已答复"}
CATEGORY_NAMES = {"unclear": "内容不明确", "non_executable": "不具可执行性", "contradiction": "前后矛盾",
                  "calculation": "计算错误", "citation": "引用错误"}
SEVERITY_NAMES = {"error": "须补正", "warning": "请核实", "info": "提示"}
ITEM_TYPE_NAMES = {"payment": "给付", "confirmation": "确认", "formation": "形成", "dismissal": "驳回",
                   "procedural": "程序", "costs": "诉讼费用"}
LIABILITY_NAMES = {"joint": "连带", "several": "按份", "supplementary": "补充", "sole": "单独"}
ACTION_NAMES = {"created": "生成", "claimed": "领取", "accepted": "接受", "rejected": "驳回", "edited": "修改",
                "sent": "发送", "resolved": "答复", "reopened": "重新打开", "released": "释放", "commented": "评论",
                "assigned": "分配", "letter_sent": "发送执行建议书"}


CHINA = dt.timezone(dt.timedelta(hours=8), "CST")


def china_time(value: dt.datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """Times are stored in UTC (SQLite hands them back without a zone); reviewers read Beijing time."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(CHINA).strftime(fmt)


def check_titles() -> dict[str, str]:
    from checks.registry import CHECKS

    return {code: spec.title for code, spec in CHECKS.items()}


def render(request: Request, template: str, viewer=None, status_code: int = 200, **context) -> HTMLResponse:
    templates = request.app.state.templates
    context.update(request=request, viewer=viewer, states=STATE_NAMES, categories=CATEGORY_NAMES,
                   severities=SEVERITY_NAMES, reasons=REASONS, actions=ACTION_NAMES, item_types=ITEM_TYPE_NAMES,
                   liabilities=LIABILITY_NAMES)
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def marked_segments(text: str, span: tuple[int, int], evidence: list) -> list[tuple[str, bool]]:
    """The text of ``span`` cut into (piece, is_evidence) runs, so the template can mark evidence without ever
    writing unescaped judgment text."""
    start, end = span
    cuts = sorted((max(s, start), min(e, end)) for s, e in evidence if s < end and e > start)
    pieces, pos = [], start
    for s, e in cuts:
        if s < pos:
            s = pos
        if s >= e:
            continue
        if s > pos:
            pieces.append((text[pos:s], False))
        pieces.append((text[s:e], True))
        pos = e
    if pos < end:
        pieces.append((text[pos:end], False))
    return pieces


def section_span(record: dict, name: str) -> tuple[int, int] | None:
    for section in record.get("sections", []):
        if section["name"] == name:
            return tuple(section["span"])
    return None
