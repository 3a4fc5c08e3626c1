"""CIT-*, round 11: the current edition named inside the 书名号 with the superseded number in Arabic digits
("《中华人民共和国民事诉讼法（2023修正）》第260条" in 2024), and the article two above the rule in 2023 (第二百六十二条);
the 迟延履行 sentence replaced by a warning of the list of dishonest debtors, and by a sentence on who bears the 申请执行费; the appeal period as a calendar date in Chinese numerals, and as twenty-one
days; the repealed 2001 interpretation on labour disputes (法释〔2001〕14号) and the 2010 text of the Copyright Law.
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects_round5.cite import _appeal
from corpora.defects_round6.cite import _article
from corpora.defects_round8.cite import _cite_swap
from corpora.defects_round9.cite import _sentence
from corpora.defects_round11.common import cn_ymd

# --------------------------------------------------------------------------- CIT-01 wrong article


def cit01_edition_number(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《中华人民共和国民事诉讼法（2023修正）》第260条", "names the 2023 edition inside the 书名号 but "
                    "cites, in Arabic digits, the number of the article in the superseded 2021 text", dt.date(2024, 1, 1),
                    dt.date(2025, 12, 31))


def cit01_two_above(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《中华人民共和国民事诉讼法》第二百六十二条", "cites the article two above the rule (on 限制出境 and "
                    "the credit record of a debtor who does not perform)", dt.date(2022, 1, 1), dt.date(2023, 12, 31))


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def cit02_blacklist(src: Src, rng: Random) -> Injection | None:
    return _sentence(src, "如未按本判决指定的期间履行，本院将依法将其纳入失信被执行人名单。", "a warning of the list of "
                     "dishonest judgment debtors")


def cit02_enforcement_fee(src: Src, rng: Random) -> Injection | None:
    return _sentence(src, "如未按本判决指定的期间履行，申请执行费由被执行人负担。", "a sentence on who bears the fee of an "
                     "application for enforcement")


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03_calendar(src: Src, rng: Random) -> Injection | None:
    """The period as a calendar date in Chinese numerals, fifteen days after the judgment was made, not after service."""
    if not src.date:
        return None
    d = src.date + dt.timedelta(days=15)
    return _appeal(src, f"{cn_ymd((d.year, d.month, d.day))}前", "a calendar date in Chinese numerals fifteen days after "
                   "the judgment was made, whatever the day of service")


def cit03_three_weeks(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "判决书送达之日起二十一日内", "twenty-one days")


# --------------------------------------------------------------------------- CIT-04 a repealed statute

LABOUR_2001 = "《最高人民法院关于审理劳动争议案件适用法律若干问题的解释》（法释〔2001〕14号）第一条"
COPYRIGHT = re.compile(r"(《中华人民共和国著作权法》)(第[^《]*?)第五十三条、第五十四条")


def cit04_labour_2001(src: Src, rng: Random) -> Injection | None:
    if "劳动争议" not in src.cause()[:80]:
        return None
    return _cite_swap(src, re.compile(r"《中华人民共和国民事诉讼法》"), lambda m: LABOUR_2001 + "，" + m.group(0),
                      "the 2001 interpretation on labour disputes (repealed on 2021-01-01 by 法释〔2020〕26号, whose 解释（一） "
                      "replaces it), placed before the Civil Procedure Law")


def cit04_copyright_2010(src: Src, rng: Random) -> Injection | None:
    if not src.date or src.date < dt.date(2021, 6, 1):
        return None
    return _cite_swap(src, COPYRIGHT, lambda m: f"{m.group(1)}（2010年修正）{m.group(2)}第四十八条、第四十九条",
                      "the 2010 text of the Copyright Law (superseded on 2021-06-01 by the 2020 text, where the articles on "
                      "infringement and damages are 第五十三条 and 第五十四条) with its old numbers")


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_edition_number, cit01_two_above]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_blacklist, cit02_enforcement_fee]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_calendar, cit03_three_weeks]),
    "CIT-04": ("repealed-statute", "citation", [cit04_labour_2001, cit04_copyright_2010]),
}
