"""CIT-*, round 13: the 迟延履行 sentence citing the 民诉法解释's article on the 迟延履行金 of non-money duties
("《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零五条"), and a 2022–2023 judgment citing the 2021 text's
article on the time limit to apply for enforcement ("第二百四十六条"); the sentence replaced, with 须, by the contractual
penalty for late payment ("…按双方约定的标准支付逾期违约金。"), and, with 务必, by a notice that the court will transfer the
case to enforcement of its own motion ("…本院将依职权移送执行。"); the appeal period of fifteen days written as fifty
("判决书送达之日起五十日内"), and qualified so that the day the court receives the appeal counts
("（以本院收到上诉状之日为准）"), though a period is kept when the appeal is posted before it ends; the 1993/2009 text of the
Consumer Rights Law named by its 2009 revision with its old article on prepayments ("2009年修正的《中华人民共和国消费者权益
保护法》第四十七条"), and the 2002 text of the interpretation on copyright disputes named by its document number
("（法释〔2002〕31号）").
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

NON_MONEY = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零五条"


def cit01_non_money(src: Src, rng: Random) -> Injection | None:
    return _article(src, NON_MONEY, "cites the 民诉法解释's article on the 迟延履行金 of duties other than money (第五百零五条) "
                    "in place of the article of the Civil Procedure Law on doubled interest", dt.date(2022, 4, 10),
                    dt.date(2025, 12, 31))


def cit01_time_limit(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《中华人民共和国民事诉讼法》第二百四十六条", "cites the 2021 text's article on the time limit to apply "
                    "for enforcement (第二百四十六条) instead of the one on doubled interest", dt.date(2022, 1, 1),
                    dt.date(2023, 12, 31))


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def cit02_penalty(src: Src, rng: Random) -> Injection | None:
    return _sentence(src, "义务人须在本判决指定的期间内履行给付金钱义务，逾期履行的，按双方约定的标准支付逾期违约金。",
                     "a sentence with 须 that puts the contractual penalty for late payment in its place")


def cit02_transfer(src: Src, rng: Random) -> Injection | None:
    return _sentence(src, "义务人务必按期履行，逾期不履行的，本院将依职权移送执行。", "a sentence with 务必 that announces "
                     "the transfer of the case to enforcement by the court of its own motion")


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03_fifty(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "判决书送达之日起五十日内", "fifty days, the digits of 十五 written the other way round")


def cit03_received(src: Src, rng: Random) -> Injection | None:
    inj = _appeal(src, "判决书送达之日起十五日内（以本院收到上诉状之日为准）", "fifteen days that end with the day the court "
                  "receives the appeal, while under the Civil Procedure Law a period does not include the time in the post and "
                  "an appeal posted before the period ends is in time")
    if inj:
        inj.marker = "（以本院收到上诉状之日为准）"  # the rest is the right period
    return inj


# --------------------------------------------------------------------------- CIT-04 a superseded text

CONSUMER = re.compile(r"《中华人民共和国消费者权益保护法》第五十三条")
COPYRIGHT = re.compile(r"《最高人民法院关于审理著作权民事纠纷案件适用法律若干问题的解释》(?!（)")


def cit04_consumer_2009(src: Src, rng: Random) -> Injection | None:
    return _cite_swap(src, CONSUMER, lambda m: "2009年修正的《中华人民共和国消费者权益保护法》第四十七条",
                      "the 2009 text of the Consumer Rights Law (superseded on 2014-03-15 by the 2013 revision, which "
                      "renumbered the article on prepaid goods and services from 第四十七条 to 第五十三条), named by its "
                      "revision before the title and with its old number")


def cit04_copyright_2002(src: Src, rng: Random) -> Injection | None:
    return _cite_swap(src, COPYRIGHT, lambda m: m.group(0) + "（法释〔2002〕31号）",
                      "the 2002 text of the interpretation on copyright disputes (法释〔2002〕31号, amended by 法释〔2020〕19号 "
                      "in force since 2021-01-01; its 第二十五条 then still applied the old 著作权法 第四十八条), named by its "
                      "document number")


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_non_money, cit01_time_limit]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_penalty, cit02_transfer]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_fifty, cit03_received]),
    "CIT-04": ("repealed-statute", "citation", [cit04_consumer_2009, cit04_copyright_2002]),
}
