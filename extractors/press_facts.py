"""Facts in press releases: statistics (metric, value in base units, unit, period, comparison). Named people are in
press_people (re-exported here: find_people)."""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.money import find_amounts
from extractors.numerals import parse_number
from extractors.press_names import SURNAMES as _SURNAMES  # noqa: F401  (models/train_ner.py reads it from here)
from extractors.press_people import find_people  # noqa: F401
from extractors.press_stat_context import (
    is_claim,
    is_rate_term,
    is_repeat,
    is_threshold,
    is_vague,
    money_unit,
    quoted_rule,
)
from zhixing.fields import Statistic

_UNITS = [  # (written unit, English unit), longest first
    ("个百分点", "percentage-points"), ("人次", "person-times"), ("%", "percent"), ("％", "percent"),
    ("家企业", "enterprises"), ("家公司", "enterprises"), ("家法院", "courts"), ("平方米", "square-metres"),
    ("㎡", "square-metres"), ("公顷", "hectares"), ("小时", "hours"), ("起案件", "cases"), ("案件", "cases"), ("件", "cases"), ("人", "people"), ("名", "people"),
    ("家", "organisations"), ("户", "households"), ("个", "items"), ("项", "items"), ("起", "incidents"),
    ("次", "times"), ("份", "documents"), ("批", "batches"), ("条", "items"), ("倍", "times"), ("天", "days"),
    ("辆", "vehicles"), ("套", "units"), ("亩", "mu"), ("包", "items"), ("箱", "items"), ("瓶", "items"), ("台", "items"),
]
_UNIT_WORDS = {written: unit for written, unit in _UNITS}
_NUMBER = r"[0-9０-９][0-9０-９,，.．]*|[一二两三四五六七八九十百千][一二两三四五六七八九十百千零]*"
_STAT = re.compile(rf"(?P<approx>约|近|超过|逾|超|达|共|累计)?(?P<num>{_NUMBER})\s*(?P<scale>万亿|亿|万|千)?\s*"
                   rf"(?P<more>余|多)?(?P<unit>{'|'.join(re.escape(u) for u, _ in _UNITS)})")
_SCALE = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000)}
_METRIC_TRIM = re.compile(r"(?:分别|累计|共计|共|已|均|同比|达到|达|为|超过|突破|逾|约|近|有|是|占|其中)+$")
_CHANGE = (r"(?:同比|环比|较上年|较去年|比上年|比去年|较同期|近[一二三四五两]年|连续[一二三四五六七八九十两0-9]+年)?均?"
           r"(?:增长|上升|下降|减少|提高|增加|降低|提升|回落)了?(?:近|约|超过)?[0-9０-９.．]+\s*(?:个百分点|[%％]|倍)")
_COMPARISON = re.compile(rf"^[^，。；]{{0,4}}?(?:，|,)?\s*(?P<cmp>{_CHANGE}|连续[一二三四五六七八九十两0-9]+年)")
_PERIOD = re.compile(r"(?:20[0-9]{2}|19[0-9]{2})年(?:[0-9]{1,2}月)?(?:以来|来|至今|全年|上半年|下半年)?|近[一二三四五两]年|"
                     r"[一二三四五两]年来|今年以来|去年|今年|[0-9]{4}年至[0-9]{4}年")
# digits grouped by spaces (138 000元): made commas for the money reader, same length so that spans stay true
_SPACED_DIGITS = re.compile(r"(?<=\d) (?=\d{3}(?:[ ,]\d{3})*(?:\.\d+)?\s*(?:万|亿)?元)")


def find_statistics(text: str) -> list[Statistic]:
    stats: list[Statistic] = []
    for amount in find_amounts(_SPACED_DIGITS.sub(",", text)):
        if is_claim(text, amount.span[0]) or is_vague(text, amount.span[0]):
            continue  # a claim is not a finding, and 几千元 is no figure
        written = text[amount.span[0]:amount.span[1]]
        stats.append(_statistic(text, amount.span, written, amount.value, money_unit(text, amount.span, amount.currency),
                                amount.approximate))
    money_spans = [s.span for s in stats]
    for m in _STAT.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in money_spans):
            continue
        stat = _count(text, m)
        if stat is not None:
            stats.append(stat)
    stats = [st for st in stats if not _in_navigation(text, st.span[0]) and not _in_comparison(text, st.span[0])
             and not is_threshold(text, st.span) and not quoted_rule(text, st.span[0])]
    stats.sort(key=lambda st: st.span[0])
    # "…达到61.01%，同比增长2.7%": the change is the comparison of the figure before it, not a figure of its own
    kept: list[Statistic] = []
    for st in stats:
        prev = kept[-1] if kept else None
        if prev and prev.comparison and st.text in prev.comparison and st.span[0] - prev.span[1] <= 14:
            continue
        if is_repeat(text, st, kept):
            continue
        kept.append(st)
    return kept


def _count(text: str, m: re.Match) -> Statistic | None:
    """A count or a percentage (41.79万件, 50.59%), or None when the match is wording, a time or an identifier."""
    written_unit = m.group("unit")
    if not m.group("num")[0].isdigit() and not m.group("scale"):
        return None  # 一起 / 两个 / 十四个: counts written in words are wording, not reported figures
    if written_unit == "个" and re.match(r"季度|月|工作日|小时|百分点", text[m.end():m.end() + 3]):
        return None
    before = text[max(0, m.start() - 1):m.start()]
    if before in ("第", ":", "："):
        return None  # 第235条 (an article), 21：00起 (a clock time)
    if is_claim(text, m.start()):
        return None
    if written_unit not in ("%", "％", "个百分点") and is_rate_term(text, m.start()):
        return None  # 每周工作6天, 每天工作11小时: a schedule term, not a figure
    num = parse_number(m.group("num").replace("，", ","))
    if num is None:
        return None
    if m.group("scale"):
        num *= _SCALE[m.group("scale")]
    start = m.start("num") if not m.group("approx") else m.start()
    approximate = m.group("approx") in ("约", "近", "超过", "逾", "超") or bool(m.group("more"))
    unit = _UNIT_WORDS[written_unit]
    if unit == "incidents" and re.match(r"[\u4e00-\u9fff]{0,4}?(?:纠纷|案件|案)", text[m.end():m.end() + 8]):
        unit = "cases"  # 13起关联纠纷 / 5起执行案件
    return _statistic(text, (start, m.end()), text[start:m.end()], num, unit, approximate)


def _in_navigation(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start:line_start + 2].lstrip().startswith(("·", "•"))


def _in_comparison(text: str, pos: int) -> bool:
    """连续三年超过2万亿元: the 2万亿元 is a threshold the figure is compared with."""
    return bool(re.search(r"连续[一二三四五六七八九十两0-9]+年(?:超过|超|突破|高于)$", text[max(0, pos - 10):pos]))


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
