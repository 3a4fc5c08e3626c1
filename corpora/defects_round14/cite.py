"""CIT-*, round 14: a 2024 judgment citing, down to paragraph and item, the 2023 text's rule on rulings that correct
clerical errors ("…第一百五十七条第一款第七项"), and a 2022–2023 judgment citing the 2021 text's article on the
appeal period under an abbreviation it defines in the sentence ("《中华人民共和国民事诉讼法》（以下简称民事诉讼法）第一百
七十一条"); the sentence replaced by one in which the interest of the delay is left, as a topic, to the enforcement court
("迟延履行期间的债务利息，由执行法院依照有关规定计算。"), and by a warning with 一旦…即 of an unnamed 迟延履行责任; the appeal
period given per party, the defendant's twenty-five days ("原告可在…十五日内、被告可在…二十五日内"), and as a range of
twelve days ("自判决书送达之日起至第十二日止"); the 民诉法解释 named by the meeting that adopted its first text
("（2014年12月18日最高人民法院审判委员会第1636次会议通过）"), and the 民间借贷 provisions by the day their August 2020
text took effect ("自2020年8月20日起施行的《…规定》").
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects_round2.cite import FOREIGN_RE
from corpora.defects_round6.cite import _article
from corpora.defects_round8.cite import _cite_swap
from corpora.defects_round9.cite import _sentence

# --------------------------------------------------------------------------- CIT-01 wrong article


def cit01_paragraph(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《中华人民共和国民事诉讼法》第一百五十七条第一款第七项", "cites, down to paragraph and item, the "
                    "2023 text's rule on rulings that correct clerical errors (第一百五十七条第一款第七项) instead of the "
                    "article on doubled interest", dt.date(2024, 1, 1), dt.date(2025, 12, 31))


def cit01_defined(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《中华人民共和国民事诉讼法》（以下简称民事诉讼法）第一百七十一条", "defines an abbreviation of the "
                    "law in the sentence and cites the 2021 text's article on the appeal period (第一百七十一条) instead of "
                    "the one on doubled interest", dt.date(2022, 1, 1), dt.date(2023, 12, 31))


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def cit02_topic(src: Src, rng: Random) -> Injection | None:
    return _sentence(src, "迟延履行期间的债务利息，由执行法院依照有关规定计算。", "a sentence that leaves the interest of the "
                     "delay, as its topic, to the enforcement court, without doubling it")


def cit02_once(src: Src, rng: Random) -> Injection | None:
    return _sentence(src, "一旦逾期未履行，义务人即应承担相应的迟延履行责任。", "a warning with 一旦…即 of an unnamed "
                     "迟延履行责任")


# --------------------------------------------------------------------------- CIT-03 appeal period

def _appeal_sub(src: Src, pattern: str, new: str, why: str, marker: str) -> Injection | None:
    sp = src.span("appeal_notice")
    if not sp or src.dtype != "judgment" or FOREIGN_RE.search(src.section("parties") or ""):
        return None
    t = src.text[sp[0]:sp[1]]
    m = re.search(pattern, t)
    if not m:
        return None
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Appeal period that does not fit a 判决 ({why}; the law gives every party 十五日 from '
                     f'service): "{m.group(0)}" → "{new}".', marker, section="appeal_notice")


def cit03_per_party(src: Src, rng: Random) -> Injection | None:
    return _appeal_sub(src, r"可(?:以)?在判决书送达之日起十五日内",
                       "原告可在判决书送达之日起十五日内、被告可在判决书送达之日起二十五日内",
                       "a period per party, twenty-five days for the defendant", "被告可在判决书送达之日起二十五日内")


def cit03_range(src: Src, rng: Random) -> Injection | None:
    return _appeal_sub(src, r"在判决书送达之日起十五日内", "自判决书送达之日起至第十二日止", "a range that ends on the "
                       "twelfth day", "自判决书送达之日起至第十二日止")


# --------------------------------------------------------------------------- CIT-04 a superseded text

INTERP = re.compile(r"《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》(?!（)")
LENDING = re.compile(r"(?<!施行的)《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》(?!（)")


def cit04_adopted(src: Src, rng: Random) -> Injection | None:
    return _cite_swap(src, INTERP, lambda m: m.group(0) + "（2014年12月18日最高人民法院审判委员会第1636次会议通过）",
                      "the 民诉法解释 in its first text (法释〔2015〕5号, amended in 2020 and again in 2022, the text in force "
                      "since 2022-04-10), named by the meeting that adopted it")


def cit04_august_2020(src: Src, rng: Random) -> Injection | None:
    return _cite_swap(src, LENDING, lambda m: "自2020年8月20日起施行的" + m.group(0),
                      "the 民间借贷 provisions in the text amended on 2020-08-18 (法释〔2020〕6号) and in force from "
                      "2020-08-20, superseded on 2021-01-01 by the text amended on 2020-12-23 (法释〔2020〕17号), named by "
                      "the day it took effect")


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_paragraph, cit01_defined]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_topic, cit02_once]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_per_party, cit03_range]),
    "CIT-04": ("repealed-statute", "citation", [cit04_adopted, cit04_august_2020]),
}
