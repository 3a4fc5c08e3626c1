"""Press releases and typical-case releases: title, date, paragraphs, and 问/答 pairs of press-conference transcripts."""

from __future__ import annotations

import re

from extractors.dates import parse_date
from extractors.structure.paragraphs import split_paragraphs
from zhixing.document import PressStructure, QAPair

_QUESTION = re.compile(r"^(问|记者问|提问)\s*[:：]|^【?问】?\s*[:：]?\s*$|^[^，。：:]{0,20}记者(提问)?[:：]")
_ANSWER = re.compile(r"^(答|回答)\s*[:：]?|^[^，。：:]{2,30}[:：](?=.)")
_NOT_TITLE = re.compile(r"^(记者|本报|□|【|<|来源|稿件来源|发布时间|作者|责任编辑|\d{4}年\d{1,2}月\d{1,2}日|\(?\s*\d{4}-\d{2}-\d{2})")
_DATE = re.compile(r"(20[0-9]{2}|19[0-9]{2})\s*[年\-./]\s*([0-9]{1,2})\s*[月\-./]\s*([0-9]{1,2})\s*日?")


def parse_press(text: str) -> PressStructure:
    paras = split_paragraphs(text)
    press = PressStructure(paragraphs=[(p.start, p.end) for p in paras])
    title = _find_title(paras)
    if title is not None:
        press.title, press.title_span = title
    for para in paras[:20]:
        m = _DATE.search(para.text)
        if m:
            press.date = parse_date(f"{m.group(1)}年{m.group(2)}月{m.group(3)}日")
            if press.date:
                break
    press.qa = _qa_pairs(paras)
    return press


_BYLINE = re.compile(r"^(□\s*)?(本报|新华社|人民网|见习)?(见习)?(记者|通讯员)|稿件来源|^来源[:：]|本报讯|^[（(]\s*\d{4}-\d{2}-\d{2}\s*[)）]")
_SKIP = re.compile(r"^[·•\-]|^[【\[].*[】\]]$|上一[期篇]|下一[期篇]|返回|点击|字体|版面|PDF|^\d")


def _title_candidate(text: str) -> str | None:
    heading = text.startswith("# ")  # a markdown level-1 heading is the title whatever it ends with
    flat = text.strip().lstrip("#").strip()
    if heading and 4 <= len(flat) <= 80:
        return flat
    if _SKIP.search(flat) or _BYLINE.search(flat) or flat.startswith(("——", "—")):
        return None
    if not 8 <= len(flat) <= 60 or flat.endswith(("。", "，", "；", ",")):
        return None
    return flat


def _find_title(paras) -> tuple[str, tuple[int, int]] | None:
    """The headline: the first line of the block of headline-like lines just before the byline, or the first
    headline-like line when there is no byline (or nothing headline-like before it)."""
    head = paras[:25]
    byline = next((i for i, p in enumerate(head) if _BYLINE.search(p.text.strip())), None)
    chosen = None
    if byline is not None:
        i = byline - 1
        while i >= 0 and (_title_candidate(head[i].text) or head[i].text.strip().startswith("——")):
            if _title_candidate(head[i].text):
                chosen = i
            i -= 1
    if chosen is None:
        chosen = next((i for i, p in enumerate(head) if _title_candidate(p.text)), None)
    if chosen is None:
        return None
    para = head[chosen]
    flat = _title_candidate(para.text)
    offset = para.text.find(flat)
    return flat, (para.start + offset, para.start + offset + len(flat))


def _qa_pairs(paras) -> list[QAPair]:
    pairs: list[QAPair] = []
    question = None
    answer = None
    for para in paras:
        flat = para.text.strip()
        if _QUESTION.match(flat) and not flat.startswith("答"):
            if question:
                pairs.append(QAPair(question=question, answer=answer))
            # a bare "问" line: the question is the next paragraph
            question = (para.start, para.end)
            answer = None
        elif question and (flat.startswith(("答", "回答")) or (answer is None and _ANSWER.match(flat) and question)):
            if answer is None:
                answer = (para.start, para.end)
            else:
                answer = (answer[0], para.end)
        elif question and answer is not None:
            answer = (answer[0], para.end)  # the answer continues over several paragraphs
        elif question and answer is None and len(flat) > 0:
            question = (question[0], para.end)
    if question:
        pairs.append(QAPair(question=question, answer=answer))
    return pairs
