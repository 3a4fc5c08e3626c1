"""Laws cited with their edition (《中华人民共和国民事诉讼法》（2017年修正）第六十四条): for CIT-04, an edition that a later
one had replaced on the judgment date. The numbering of articles moves between editions (举证责任 is 第六十四条 in 2017
and 第六十七条 from 2022), so a superseded edition cited with its old number points the reader at the wrong text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# (the law's words in a citation, [(edition year as written, in force from)]): the 民事诉讼法 revisions and the 民诉法解释
# texts (../shared/domain/legal-rules.md §2), and the 公司法 revisions courts cite most in civil cases
EDITIONS: list[tuple[str, list[tuple[int, dt.date]]]] = [
    ("关于适用〈中华人民共和国民事诉讼法〉的解释", [(2015, dt.date(2015, 2, 4)), (2020, dt.date(2021, 1, 1)),
                                   (2022, dt.date(2022, 4, 10))]),
    ("民事诉讼法", [(2007, dt.date(2008, 4, 1)), (2012, dt.date(2013, 1, 1)), (2017, dt.date(2017, 7, 1)),
               (2021, dt.date(2022, 1, 1)), (2023, dt.date(2024, 1, 1))]),
    ("公司法", [(2013, dt.date(2014, 3, 1)), (2018, dt.date(2018, 10, 26)), (2023, dt.date(2024, 7, 1))]),
]
# the edition right after the title, inside or outside its 《》: 民事诉讼法》（2017年修正） / 民事诉讼法（2021修正）》
_EDITION = re.compile(r"\s*》?\s*[（(]\s*(?P<year>(?:19|20)[0-9]{2})\s*年?\s*(?:第[一二三四五六七八九十]次)?(?:修正|修订|修改)(?:本)?\s*[）)]")


@dataclass
class SupersededEdition:
    span: tuple[int, int]   # the title and its edition, in the text given
    law: str
    cited: int              # the edition year as written
    current: int            # the edition in force on the judgment date
    since: dt.date          # when the current edition took effect


def superseded_editions(text: str, day: dt.date) -> list[SupersededEdition]:
    """Each law of EDITIONS cited with an edition older than the one in force on ``day``."""
    out: list[SupersededEdition] = []
    taken: list[tuple[int, int]] = []
    for law, editions in EDITIONS:
        if law not in text:
            continue
        in_force = [(year, since) for year, since in editions if since <= day]
        if not in_force:
            continue
        current, since = in_force[-1]
        for m in re.finditer(re.escape(law), text):
            if any(s <= m.start() < e for s, e in taken):
                continue  # 民事诉讼法 inside the title of the 民诉法解释
            edition = _EDITION.match(text, m.end())
            if not edition:
                continue
            title = re.search(r"《?(?:最高人民法院)?(?:中华人民共和国)?$", text[max(0, m.start() - 12):m.start()])
            begin = m.start() - (len(title.group(0)) if title else 0)
            taken.append((begin, edition.end()))
            year = int(edition.group("year"))
            known = [y for y, _ in editions]
            if year in known and year < current:
                out.append(SupersededEdition((begin, edition.end()), law, year, current, since))
    return out
