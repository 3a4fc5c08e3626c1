"""Press releases and typical-case releases: title, date, paragraphs, and 问/答 pairs of press-conference transcripts."""

from __future__ import annotations

import re

from extractors.structure.cndate import parse_any_date
from extractors.structure.paragraphs import split_paragraphs
from zhixing.document import PressStructure, QAPair

_QUESTION = re.compile(r"^(问|记者问|提问|记者)\s*[:：]?|^【?问】?\s*[:：]?\s*$|^[^，。：:]{0,20}记者[:：]")
_ANSWER = re.compile(r"^(答|回答)\s*[:：]?|^[^，。：:]{2,30}[:：](?=.)")
_NOT_TITLE = re.compile(r"^(记者|本报|□|【|<|来源|稿件来源|发布时间|作者|责任编辑|\d{4}年\d{1,2}月\d{1,2}日|\(?\s*\d{4}-\d{2}-\d{2})")
_DATE = re.compile(r"(20[0-9]{2}|19[0-9]{2})\s*[年\-./]\s*([0-9]{1,2})\s*[月\-./]\s*([0-9]{1,2})\s*日?")


def parse_press(text: str) -> PressStructure:
    paras = split_paragraphs(text)
    press = PressStructure(paragraphs=[(p.start, p.end) for p in paras])
    for para in paras[:12]:
        flat = para.text.strip("#* ").strip()
        if 4 <= len(flat) <= 60 and not _NOT_TITLE.match(flat) and not flat.endswith(("。", "，")) \
                and not re.search(r"上一[期篇]|下一[期篇]|返回|点击|字体|版面|PDF", flat):
            offset = para.text.find(flat)
            press.title = flat
            press.title_span = (para.start + offset, para.start + offset + len(flat))
            break
    for para in paras[:20]:
        m = _DATE.search(para.text)
        if m:
            press.date = parse_any_date(f"{m.group(1)}年{m.group(2)}月{m.group(3)}日")
            if press.date:
                break
    press.qa = _qa_pairs(paras)
    return press


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
