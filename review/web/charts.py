"""Inline SVG charts for the dashboard: drawn on the server, no script and no external library (court intranets
have no CDN). Every label is escaped here, so the result can be placed in a page as markup."""

from __future__ import annotations

import datetime as dt
from html import escape

from markupsafe import Markup

BAR_HEIGHT, GAP, LABEL_WIDTH, WIDTH = 22, 6, 230, 640


def bar_chart(rows: list[tuple[str, int]]) -> Markup:
    """Horizontal bars, one per (label, count)."""
    if not rows:
        return Markup('<p class="muted">暂无数据</p>')
    top = max(n for _, n in rows) or 1
    height = len(rows) * (BAR_HEIGHT + GAP)
    parts = [f'<svg class="chart" role="img" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}">']
    for k, (label, n) in enumerate(rows):
        y = k * (BAR_HEIGHT + GAP)
        length = round((WIDTH - LABEL_WIDTH - 60) * n / top)
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 16}" text-anchor="end">{escape(str(label))}</text>'
                     f'<rect x="{LABEL_WIDTH}" y="{y}" width="{max(length, 1)}" height="{BAR_HEIGHT}" class="bar">'
                     f'<title>{escape(str(label))}：{n}</title></rect>'
                     f'<text x="{LABEL_WIDTH + length + 6}" y="{y + 16}">{n}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def day_chart(series: list[tuple[dt.date, int]], height: int = 160) -> Markup:
    """Vertical bars per day (flags by the day their document entered the queue), with the first and last dates."""
    if not series:
        return Markup('<p class="muted">暂无数据</p>')
    top = max(n for _, n in series) or 1
    step = (WIDTH - 40) / len(series)
    parts = [f'<svg class="chart" role="img" width="{WIDTH}" height="{height + 40}" '
             f'viewBox="0 0 {WIDTH} {height + 40}">']
    for k, (day, n) in enumerate(series):
        h = round(height * n / top)
        x = 20 + k * step
        parts.append(f'<rect x="{x:.1f}" y="{height - h}" width="{max(step - 2, 1):.1f}" height="{h}" class="bar">'
                     f'<title>{day.isoformat()}：{n}</title></rect>')
    parts.append(f'<line x1="20" y1="{height}" x2="{WIDTH - 20}" y2="{height}" class="axis"/>')
    parts.append(f'<text x="20" y="{height + 20}">{series[0][0].isoformat()}</text>')
    parts.append(f'<text x="{WIDTH - 20}" y="{height + 20}" text-anchor="end">{series[-1][0].isoformat()}</text>')
    parts.append(f'<text x="20" y="{height + 36}">最高 {top} 条/日</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
