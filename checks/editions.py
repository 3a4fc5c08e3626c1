"""Laws cited with their edition (《中华人民共和国民事诉讼法》（2017年修正）第六十四条): for CIT-04, an edition that a later
one had replaced on the judgment date. The numbering of articles moves between editions (举证责任 is 第六十四条 in 2017
and 第六十七条 from 2022), so a superseded edition cited with its old number points the reader at the wrong text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# (the law's words in a citation, [(edition year as written, in force from)]): the 民事诉讼法 revisions and the 民诉法解释
# texts (../shared/domain/legal-rules.md §2), procedural, so the edition in force at the trial governs; and the
# substantive laws courts cite most in civil cases with their edition, where an older edition may still govern facts
# that happened before the new one took effect (法不溯及既往): those are asked about, not declared wrong
PROCEDURAL: list[tuple[str, list[tuple[int, dt.date]]]] = [
    ("关于适用〈中华人民共和国民事诉讼法〉的解释", [(2015, dt.date(2015, 2, 4)), (2020, dt.date(2021, 1, 1)),
                                   (2022, dt.date(2022, 4, 10))]),
    ("民事诉讼法", [(2007, dt.date(2008, 4, 1)), (2012, dt.date(2013, 1, 1)), (2017, dt.date(2017, 7, 1)),
               (2021, dt.date(2022, 1, 1)), (2023, dt.date(2024, 1, 1))]),
]
SUBSTANTIVE: list[tuple[str, list[tuple[int, dt.date]]]] = [
    ("公司法", [(2013, dt.date(2014, 3, 1)), (2018, dt.date(2018, 10, 26)), (2023, dt.date(2024, 7, 1))]),
    ("著作权法", [(2001, dt.date(2001, 10, 27)), (2010, dt.date(2010, 4, 1)), (2020, dt.date(2021, 6, 1))]),
    ("商标法", [(2001, dt.date(2001, 12, 1)), (2013, dt.date(2014, 5, 1)), (2019, dt.date(2019, 11, 1))]),
    ("专利法", [(2000, dt.date(2001, 7, 1)), (2008, dt.date(2009, 10, 1)), (2020, dt.date(2021, 6, 1))]),
    ("反不正当竞争法", [(2017, dt.date(2018, 1, 1)), (2019, dt.date(2019, 4, 23)), (2025, dt.date(2025, 10, 15))]),
    ("消费者权益保护法", [(2009, dt.date(2009, 8, 27)), (2013, dt.date(2014, 3, 15))]),
    ("劳动法", [(2009, dt.date(2009, 8, 27)), (2018, dt.date(2018, 12, 29))]),
    ("道路交通安全法", [(2007, dt.date(2008, 5, 1)), (2011, dt.date(2011, 5, 1)), (2021, dt.date(2021, 4, 29))]),
    ("保险法", [(2009, dt.date(2009, 10, 1)), (2014, dt.date(2014, 12, 1)), (2015, dt.date(2015, 4, 24))]),
    ("产品质量法", [(2009, dt.date(2009, 8, 27)), (2018, dt.date(2018, 12, 29))]),
    ("食品安全法", [(2015, dt.date(2015, 10, 1)), (2018, dt.date(2018, 12, 29)), (2021, dt.date(2021, 4, 29))]),
    ("土地管理法", [(2004, dt.date(2004, 8, 28)), (2019, dt.date(2020, 1, 1))]),
    ("农村土地承包法", [(2009, dt.date(2009, 8, 27)), (2018, dt.date(2019, 1, 1))]),
    ("城市房地产管理法", [(2007, dt.date(2007, 8, 30)), (2009, dt.date(2009, 8, 27)), (2019, dt.date(2020, 1, 1))]),
    ("建筑法", [(2011, dt.date(2011, 7, 1)), (2019, dt.date(2019, 4, 23))]),
    ("证券法", [(2014, dt.date(2014, 8, 31)), (2019, dt.date(2020, 3, 1))]),
    ("妇女权益保障法", [(2018, dt.date(2018, 10, 26)), (2022, dt.date(2023, 1, 1))]),
    ("老年人权益保障法", [(2015, dt.date(2015, 4, 24)), (2018, dt.date(2018, 12, 29))]),
]
EDITIONS = PROCEDURAL + SUBSTANTIVE
# texts named only by a date in practice, never by an edition year (the 民间借贷 provisions were amended twice in 2020):
# the year of a text here is the year it took effect
BY_DATE_ONLY: list[tuple[str, list[tuple[int, dt.date]]]] = [
    ("审理民间借贷案件适用法律若干问题的规定", [(2015, dt.date(2015, 9, 1)), (2020, dt.date(2020, 8, 20)),
                                 (2021, dt.date(2021, 1, 1))]),
]
DATED = EDITIONS + BY_DATE_ONLY
_BY_YEAR = {law for law, _ in EDITIONS}
_SUBSTANTIVE = {law for law, _ in SUBSTANTIVE}
# the edition right after the title, inside or outside its 《》: 民事诉讼法》（2017年修正） / 民事诉讼法（2021修正）》
_EDITION = re.compile(r"\s*》?\s*[（(]\s*(?P<year>(?:19|20)[0-9]{2})\s*年?\s*(?:第[一二三四五六七八九十]次)?(?:修正|修订|修改)(?:本)?\s*[）)]")

_EDITION_WORDS = ("修正", "修订", "修改", "通过", "施行", "实施", "生效")
_DATE = r"(?P<y>(?:19|20)[0-9]{2})\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*日"
# 《…的解释》（2014年12月18日最高人民法院审判委员会第1636次会议通过）: the day the text was adopted or amended
_ADOPTED = re.compile(rf"\s*》?\s*[（(]\s*{_DATE}[^）)]{{0,60}}?(?:通过|修正|修订|修改|公布)[^）)]{{0,20}}[）)]")
# 自2020年8月20日起施行的《…》: the day the text took effect
_EFFECTIVE_BEFORE = re.compile(rf"自?\s*{_DATE}\s*(?:起)?(?:施行|实施|生效)的\s*$")
_EDITION_BEFORE = re.compile(r"(?P<year>(?:19|20)[0-9]{2})\s*年\s*(?:第[一二三四五六七八九十]次)?(?:修正|修订|修改)(?:后)?的?\s*$")


@dataclass
class SupersededEdition:
    span: tuple[int, int]   # the title and its edition, in the text given
    law: str
    cited: int              # the edition year as written
    current: int            # the edition in force on the judgment date
    since: dt.date          # when the current edition took effect

    @property
    def substantive(self) -> bool:
        """An older edition may govern facts that happened before ``since``; a procedural text never does."""
        return self.law in _SUBSTANTIVE


def superseded_editions(text: str, day: dt.date) -> list[SupersededEdition]:
    """Each law of EDITIONS cited with an edition older than the one in force on ``day``: named by its year
    (（2017年修正） / 2009年修正的《…》), by the day it was adopted or amended (《…》（2014年12月18日…会议通过）) or by the
    day it took effect (自2020年8月20日起施行的《…》)."""
    out: list[SupersededEdition] = []
    if not any(w in text for w in _EDITION_WORDS):
        return out  # every way of naming an edition says 修正 / 修订 / 通过 / 施行 …; most citations name none
    taken: list[tuple[int, int]] = []
    for law, editions in DATED:
        if law not in text:
            continue
        in_force = [(year, since) for year, since in editions if since <= day]
        if not in_force:
            continue
        current, since = in_force[-1]
        for m in re.finditer(re.escape(law), text):
            if any(s <= m.start() < e for s, e in taken):
                continue  # 民事诉讼法 inside the title of the 民诉法解释
            title = re.search(r"《?(?:最高人民法院)?(?:关于)?(?:中华人民共和国)?$", text[max(0, m.start() - 14):m.start()])
            begin = m.start() - (len(title.group(0)) if title else 0)
            cited = _cited_edition(text, m, begin, editions, law in _BY_YEAR)
            if cited is None:
                continue
            year, span = cited
            taken.append(span)
            if year < current:
                out.append(SupersededEdition(span, law, year, current, since))
    return out


def _cited_edition(text: str, m: re.Match, begin: int, editions: list[tuple[int, dt.date]],
                   by_year: bool) -> tuple[int, tuple[int, int]] | None:
    """(the edition cited, the span of the title with its edition) for the title found at ``m`` (starting at
    ``begin`` with its 《 and 最高人民法院), or None where no edition is named."""
    close = m.end() + text.startswith("》", m.end())
    edition = _EDITION.match(text, m.end()) if by_year else None
    if edition:
        year = int(edition.group("year"))
        return (year, (begin, edition.end())) if year in [y for y, _ in editions] else None
    before = _EDITION_BEFORE.search(text[max(0, begin - 16):begin]) if by_year else None
    if before:  # 2009年修正的《中华人民共和国消费者权益保护法》: the edition named before the title
        year = int(before.group("year"))
        return (year, (begin - len(before.group(0)), close)) if year in [y for y, _ in editions] else None
    adopted = _ADOPTED.match(text, m.end())
    if adopted:  # the text adopted or amended that day took effect on it or later
        when = dt.date(int(adopted.group("y")), int(adopted.group("m")), int(adopted.group("d")))
        year = next((y for y, since in editions if since >= when), None)
        return (year, (begin, adopted.end())) if year is not None else None
    effective = _EFFECTIVE_BEFORE.search(text[max(0, begin - 20):begin])
    if effective:  # the text in force from that day
        when = dt.date(int(effective.group("y")), int(effective.group("m")), int(effective.group("d")))
        year = next((y for y, since in reversed(editions) if since <= when), None)
        return (year, (begin - len(effective.group(0)), close)) if year is not None else None
    return None
