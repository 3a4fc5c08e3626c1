"""Facts in press releases: statistics (metric, value in base units, unit, period, comparison) and named people with
their titles and organisations (最高法执行局局长黄文俊)."""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.money import find_amounts
from extractors.numerals import parse_number
from zhixing.fields import Person, Statistic

_UNITS = [  # (written unit, English unit), longest first
    ("个百分点", "percentage-points"), ("人次", "person-times"), ("%", "percent"), ("％", "percent"),
    ("件", "cases"), ("人", "people"), ("名", "people"), ("家", "organisations"), ("户", "households"),
    ("个", "items"), ("项", "items"), ("起", "incidents"), ("次", "times"), ("份", "documents"), ("批", "batches"),
    ("条", "items"), ("倍", "times"), ("天", "days"), ("辆", "vehicles"), ("套", "units"), ("亩", "mu"),
]
_NUMBER = r"[0-9０-９][0-9０-９,，.．]*|[一二两三四五六七八九十百千][一二两三四五六七八九十百千零]*"
_STAT = re.compile(rf"(?P<approx>约|近|超过|逾|超|达|共|累计)?(?P<num>{_NUMBER})\s*(?P<scale>万亿|亿|万|千)?\s*"
                   rf"(?P<unit>{'|'.join(re.escape(u) for u, _ in _UNITS)})")
_METRIC_TRIM = re.compile(r"(?:分别|累计|共计|共|已|均|同比|达到|达|为|超过|突破|逾|约|近|有|是|占|其中)+$")
_COMPARISON = re.compile(r"^[^，。；]{0,4}?(?:，|,)?\s*(?P<cmp>同比(?:增长|上升|下降|减少|提高|增加)[0-9０-９.．]+\s*[%％]|"
                         r"(?:增长|上升|下降|减少|提高)[0-9０-９.．]+\s*[%％]|连续[一二三四五六七八九十两0-9]+年)")
_PERIOD = re.compile(r"(?:20[0-9]{2}|19[0-9]{2})年(?:[0-9]{1,2}月)?(?:以来|来|至今|全年|上半年|下半年)?|近[一二三四五两]年|"
                     r"[一二三四五两]年来|今年以来|去年|今年|[0-9]{4}年至[0-9]{4}年")
_TITLES = ("首席大法官|大法官|专职委员|审判委员会委员|副局长|局长|副院长|院长|副庭长|庭长|副主任|主任|副部长|部长|副书记|书记|"
           "执行法官|法官助理|法官|审判员|执行员|书记员|记者|通讯员|研究员|教授|律师|干警|负责人|发言人|主持人")
_ORGS = r"最高人民法院|最高法院|最高法|最高人民检察院|[\u4e00-\u9fff]{2,16}?(?:人民法院|法院|检察院|委员会|政府|研究院|大学|律师事务所)"
_PERSON = re.compile(rf"(?P<org>{_ORGS})?(?P<dept>[\u4e00-\u9fff]{{0,10}}?)(?P<title>{_TITLES})、?\s*"
                     rf"(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=说|表示|介绍|指出|称|等|、|，|,|。|出席|主持|作|在|同志|强调|认为|"
                     rf"告诉|回答|向|对|的|\s|（|\(|$)")
_NOT_NAME = re.compile(r"^(同志|表示|介绍|认为|主持|出席|强调|指出|一行|们|队伍|工作|部门|以上)")


def find_statistics(text: str) -> list[Statistic]:
    stats: list[Statistic] = []
    for amount in find_amounts(text):
        if amount.value >= 1000 or any(s in amount.text for s in "万亿"):
            stats.append(_statistic(text, amount.span, amount.text, amount.value, "CNY" if amount.currency == "CNY"
                                    else amount.currency, amount.approximate))
    money_spans = [s.span for s in stats]
    for m in _STAT.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in money_spans):
            continue
        num = parse_number(m.group("num").replace("，", ","))
        if num is None:
            continue
        if m.group("scale"):
            num *= {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000)}[
                m.group("scale")]
        unit = dict(_UNITS)[m.group("unit")]
        if unit in ("items", "times", "days", "people") and num < 2 and not m.group("scale"):
            continue  # 一个 / 一次 / 一人 are words, not figures
        start = m.start("num") if not m.group("approx") else m.start()
        approximate = m.group("approx") in ("约", "近", "超过", "逾", "超")
        stats.append(_statistic(text, (start, m.end()), text[start:m.end()], num, unit, approximate))
    return sorted(stats, key=lambda s: s.span[0])


def _statistic(text: str, span, written: str, value: Decimal, unit: str, approximate: bool) -> Statistic:
    clause_start = max(text.rfind(ch, 0, span[0]) for ch in "，,。；;：:\n（(") + 1
    metric = _METRIC_TRIM.sub("", text[clause_start:span[0]].strip())
    metric = re.sub(r"^(?:其中|同时|此外|另外|并且|全国法院|人民法院)\s*[，,]?", "", metric)[-20:]
    tail = _COMPARISON.match(text[span[1]:span[1] + 30])
    sentence_start = max(text.rfind(ch, 0, span[0]) for ch in "。；;\n") + 1
    period = None
    for p in _PERIOD.finditer(text, sentence_start, span[0]):
        period = p.group(0)
    return Statistic(text=written, span=span, metric=metric or written, value=value, unit=unit, period=period,
                     comparison=tail.group("cmp") if tail else None, approximate=approximate)


def find_people(text: str) -> list[Person]:
    people: list[Person] = []
    for m in _PERSON.finditer(text):
        name = m.group("name")
        if _NOT_NAME.match(name) or _NOT_NAME.match(text[m.start("name"):m.start("name") + 3]):
            continue
        org = m.group("org")
        title = (m.group("dept") or "") + m.group("title")
        people.append(Person(text=m.group(0), span=m.span(), name=name, title=title, organization=org))
        # 副局长王富博、毛立华、邵长茂: the names after a 、 share the title
        pos = m.end()
        while True:
            nxt = re.match(r"、([\u4e00-\u9fff]{2,3}?)(?=、|，|,|。|出席|等|和|\s)", text[pos:])
            if not nxt:
                break
            people.append(Person(text=nxt.group(1), span=(pos + 1, pos + 1 + len(nxt.group(1))), name=nxt.group(1),
                                 title=title, organization=org))
            pos += nxt.end()
    unique: dict[str, Person] = {}
    for person in people:
        unique.setdefault(person.name, person)
    return sorted(unique.values(), key=lambda p: p.span[0])
