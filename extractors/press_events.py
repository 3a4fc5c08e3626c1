"""More facts of press releases: the courts they name, the events they report (发布会, 培训班, 会议 … with the date
they give), and the cases a release lists (案例一 / 指导性案例251号 / X诉Y…案)."""

from __future__ import annotations

import re

from extractors.dates import find_dates
from zhixing.fields import CaseMention, CourtMention, Event

_COURT = re.compile(r"最高人民法院|最高法院?|(?:[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|自治州|县|区|旗))+(?:[\u4e00-\u9fff]{0,4}?)"
                    r"(?:中级|高级)?人民法院")
_LEAD = re.compile(r"^(?:不服|由|向|将|经|在|至|于|与|和|及|被|对|是|为|如|据|今年|去年|近日|日前|其中|比如|例如)+")
_PROVINCE = re.compile(r"北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
                       r"贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆")
_EVENT = re.compile(r"(?:召开|举行|举办|开展|发布(?!会)|启动|落下帷幕|闭幕|开幕)[^，。；,]{0,24}?"
                    r"(?:新闻发布会|发布会|培训班|座谈会|会议|推进会|论坛|专项行动|典型案例|指导性案例|研讨会)")
_CASE = re.compile(r"(?:案例[一二三四五六七八九十]+(?![件批])|指导性案例\s*[0-9]+\s*号(?:至\s*[0-9]+\s*号)?|"
                   r"(?<![关于规范和加强办理])[\u4e00-\u9fff]{1,12}诉[\u4e00-\u9fff]{1,20}?(?:纠纷)?案(?![件例])|"
                   r"[\u4e00-\u9fff]{2,12}(?:与|诉)[\u4e00-\u9fff]{2,20}?(?:纠纷)案)")


def find_courts(text: str) -> list[CourtMention]:
    out: list[CourtMention] = []
    for m in _COURT.finditer(text):
        name = m.group(0)
        province = _PROVINCE.search(name)
        lead = _LEAD.match(name)
        cut = province.start() if province else (lead.end() if lead else 0)
        name = name[cut:]
        if len(name) >= 4:
            out.append(CourtMention(text=name, span=(m.start() + cut, m.end()), name=name))
    return out


def find_events(text: str) -> list[Event]:
    out: list[Event] = []
    for m in _EVENT.finditer(text):
        sentence_start = max(text.rfind(ch, 0, m.start()) for ch in "。；\n") + 1
        dates = [d for d in find_dates(text[sentence_start:m.start()])]
        when = dates[-1].text if dates else None
        out.append(Event(text=m.group(0), span=m.span(), name=m.group(0), date_text=when))
    return out


def find_listed_cases(text: str) -> list[CaseMention]:
    return [CaseMention(text=m.group(0), span=m.span(), name=m.group(0)) for m in _CASE.finditer(text)]
