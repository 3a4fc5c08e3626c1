"""CIT-*, round 12: the 2014 interpretation on the interest of the delay period cited in place of the article of the Civil
Procedure Law ("《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》第一条"), and a 2023 judgment
citing the fifth revision, adopted but not yet in force, by its date and with the new number in Arabic digits
("《中华人民共和国民事诉讼法》（2023年9月1日修正）第264条"); the 迟延履行 sentence replaced by a sentence that the duty
survives the delay ("…不免除其继续履行的义务。") and by a warning of 限制高消费; the appeal period counted from the day
after service with the ten days of a 裁定, and the fifteen days qualified "（遇节假日不顺延）"; the superseded 2012 text of the
interpretation on road-traffic damages (法释〔2012〕19号) and the 2001 text of the interpretation on damages for mental
distress (法释〔2001〕7号), each with its old article number.
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

# --------------------------------------------------------------------------- CIT-01 wrong article

INTEREST_2014 = "《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》第一条"


def cit01_interpretation(src: Src, rng: Random) -> Injection | None:
    return _article(src, INTEREST_2014, "cites the first article of the 2014 interpretation on computing the interest of "
                    "the delay period (法释〔2014〕8号), which only says how that interest is computed, in place of the "
                    "article of the Civil Procedure Law that imposes it", dt.date(2022, 1, 1), dt.date(2025, 12, 31))


def cit01_not_in_force(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《中华人民共和国民事诉讼法》（2023年9月1日修正）第264条", "names the fifth revision by the date of "
                    "its adoption and cites its number in Arabic digits, though that text only came into force on "
                    "2024-01-01", dt.date(2022, 1, 1), dt.date(2023, 12, 31))


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def cit02_not_released(src: Src, rng: Random) -> Injection | None:
    return _sentence(src, "如未按本判决指定的期间履行给付金钱义务，不免除其继续履行的义务。", "a sentence that the duty "
                     "survives the delay")


def cit02_consumption(src: Src, rng: Random) -> Injection | None:
    return _sentence(src, "逾期不履行的，本院将依法对其采取限制高消费措施。", "a warning of the restriction of high "
                     "consumption")


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03_next_day(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "判决书送达之次日起十日内", "the ten days of a 裁定, counted from the day after service")


def cit03_holidays(src: Src, rng: Random) -> Injection | None:
    inj = _appeal(src, "判决书送达之日起十五日内（遇节假日不顺延）", "fifteen days that do not run on past a public "
                   "holiday, while under the Civil Procedure Law a period whose last day is a holiday ends on the next "
                   "working day")
    if inj:
        inj.marker = "（遇节假日不顺延）"  # the rest is the right period
    return inj


# --------------------------------------------------------------------------- CIT-04 a superseded interpretation

TRAFFIC_2012 = "《最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释》（法释〔2012〕19号）第十四条"
MENTAL_2001 = "《最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释》（法释〔2001〕7号）第十条"
PROCEDURE = re.compile(r"《中华人民共和国民事诉讼法》")


def cit04_traffic_2012(src: Src, rng: Random) -> Injection | None:
    if "交通事故" not in src.cause()[:80]:
        return None
    return _cite_swap(src, PROCEDURE, lambda m: TRAFFIC_2012 + "，" + m.group(0),
                      "the 2012 text of the interpretation on road-traffic damages (法释〔2012〕19号, amended and renumbered "
                      "by 法释〔2020〕17号 in force since 2021-01-01), with its old article on 人身伤亡 and 财产损失, placed "
                      "before the Civil Procedure Law")


def cit04_mental_2001(src: Src, rng: Random) -> Injection | None:
    if not re.search(r"侵权|受害|交通事故", src.cause()[:80]):
        return None
    return _cite_swap(src, PROCEDURE, lambda m: MENTAL_2001 + "，" + m.group(0),
                      "the 2001 text of the interpretation on damages for mental distress (法释〔2001〕7号, amended and "
                      "renumbered by 法释〔2020〕17号 in force since 2021-01-01), with its old article on the amount, "
                      "placed before the Civil Procedure Law")


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_interpretation, cit01_not_in_force]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_not_released, cit02_consumption]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_next_day, cit03_holidays]),
    "CIT-04": ("repealed-statute", "citation", [cit04_traffic_2012, cit04_mental_2001]),
}
