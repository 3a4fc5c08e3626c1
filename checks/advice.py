"""The 执行建议书: a letter from the enforcement bureau to the trial department listing, for each error and warning
flag, the quoted 主文 item, the problem, the legal basis and the proposed wording. Rendered as DOCX (python-docx)
and as HTML (every text from the judgment escaped)."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from checks.registry import item_no
from zhixing.document import Document, Flag

SEVERITY_WORDS = {"error": "须补正", "warning": "请核实"}


@dataclass
class AdviceEntry:
    number: str
    heading: str
    quote: str
    problem: str
    basis: str
    suggestion: str | None
    severity: str


@dataclass
class Advice:
    title: str
    addressee: str
    opening: str
    entries: list[AdviceEntry]
    closing: str
    sender: str
    date: str




def _department(doc: Document) -> str:
    code = doc.case_number or ""
    if "商" in code:
        return "商事审判庭"
    if "民" in code:
        return "民事审判庭"
    return "承办审判庭"


def build_advice(doc: Document, department: str | None = None, today: dt.date | None = None) -> Advice:
    today = today or dt.date.today()
    flags = [f for f in doc.flags if f.severity in ("error", "warning")]
    items = {i.index: i for i in doc.operative_items}
    entries = []
    for k, flag in enumerate(flags, start=1):
        item = items.get(flag.item_index) if flag.item_index else None
        quote = item.text if item else "；".join(doc.text[s:e] for s, e in flag.evidence) or "（文书整体）"
        heading = f"关于主文第{item_no(flag.item_index)}项" if item else "关于文书其他部分"
        entries.append(AdviceEntry(number=item_no(k), heading=heading, quote=quote, problem=flag.message,
                                   basis=flag.basis, suggestion=flag.suggestion, severity=flag.severity))
    case = doc.case_number or "（案号不详）"
    kind = doc.title or "裁判文书"
    court = doc.court or "本院"
    opening = (f"本院执行机构在办理{case}{kind}（以下简称该文书）的执行立案审查中发现，该文书主文存在以下可能影响执行的"
               f"问题，共{len(entries)}处。根据《最高人民法院关于人民法院立案、审判与执行工作协调运行的意见》关于执行内容"
               "不明确时书面征询审判部门意见的规定，现提出执行建议如下：")
    closing = ("以上意见，请你庭审查。对需要明确或者补正的内容，请在收到本建议书之日起十五日内书面答复，或者依法以裁定补正"
               "（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十五条）。")
    return Advice(title="执行建议书", addressee=f"{court}{department or _department(doc)}：", opening=opening,
                  entries=entries, closing=closing, sender=f"{court}执行局",
                  date=f"{today.year}年{today.month}月{today.day}日")


def render_html(advice: Advice) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">', f"<title>{e(advice.title)}</title>",
             "<style>body{font-family:'WenQuanYi Micro Hei','SimSun',serif;max-width:46em;margin:2em auto;line-height:1.9}"
             "h1{text-align:center;letter-spacing:.5em}.quote{border-left:3px solid #999;padding-left:1em;color:#333}"
             ".sig{text-align:right}.sev{color:#a00}</style></head><body>",
             f"<h1>{e(advice.title)}</h1>", f"<p>{e(advice.addressee)}</p>", f"<p>{e(advice.opening)}</p>"]
    for entry in advice.entries:
        parts.append(f"<h2>{e(entry.number)}、{e(entry.heading)}"
                     f"<span class=\"sev\">（{e(SEVERITY_WORDS.get(entry.severity, ''))}）</span></h2>")
        parts.append(f"<p class=\"quote\">原文：“{e(entry.quote)}”</p>")
        parts.append(f"<p>问题：{e(entry.problem)}</p>")
        parts.append(f"<p>依据：{e(entry.basis)}</p>")
        if entry.suggestion:
            parts.append(f"<p>建议表述：{e(entry.suggestion)}</p>")
    parts += [f"<p>{e(advice.closing)}</p>", f"<p class=\"sig\">{e(advice.sender)}<br>{e(advice.date)}</p>",
              "</body></html>"]
    return "\n".join(parts)


def render_docx(advice: Advice, path: Path) -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(14)
    title = document.add_paragraph(advice.title)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.runs[0].bold = True
    title.runs[0].font.size = Pt(22)
    document.add_paragraph(advice.addressee)
    document.add_paragraph(advice.opening)
    for entry in advice.entries:
        heading = document.add_paragraph(f"{entry.number}、{entry.heading}（{SEVERITY_WORDS.get(entry.severity, '')}）")
        heading.runs[0].bold = True
        document.add_paragraph(f"原文：“{entry.quote}”")
        document.add_paragraph(f"问题：{entry.problem}")
        document.add_paragraph(f"依据：{entry.basis}")
        if entry.suggestion:
            document.add_paragraph(f"建议表述：{entry.suggestion}")
    document.add_paragraph(advice.closing)
    for line in (advice.sender, advice.date):
        p = document.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    core = document.core_properties
    core.title, core.author, core.comments = advice.title, "zhixing", ""
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


def flags_for_advice(flags: list[Flag]) -> list[Flag]:
    return [f for f in flags if f.severity in ("error", "warning")]
