"""CIT-*, round 15: a 2024 judgment citing, by the law's full name without 书名号, the 2023 text's article on effective
judgments ("中华人民共和国民事诉讼法第一百五十八条"), and a 2022–2023 judgment citing by the short name 民诉法 without 书名号
the 2021 text's article on what a judgment states ("民诉法第一百五十五条"); the sentence replaced by a reservation of the
creditor's claim for the loss of the delay ("权利人就迟延履行造成的损失，可另行向义务人主张。"), and by a daily sum at the
rate of the doubled part alone, with neither 加倍 nor the article ("…每逾期一日，应按未付金额的万分之一点七五另行支付。");
the appeal period given as two alternatives ("判决书送达之日起十五日或三十日内"), and left to the law with no figure
("在法定上诉期间内"); a superseded interpretation cited by its document number alone, without its title
("法释〔2008〕6号第十一条"), and a superseded text of a law named by its edition inside the 书名号
("《中华人民共和国道路交通安全法（2011修正）》", "《中华人民共和国农村土地承包法（2009修正）》").
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects_round6.cite import _article
from corpora.defects_round8.cite import _cite_swap
from corpora.defects_round9.cite import _sentence
from corpora.defects_round14.cite import _appeal_sub

# --------------------------------------------------------------------------- CIT-01 wrong article


def cit01_unmarked(src: Src, rng: Random) -> Injection | None:
    return _article(src, "中华人民共和国民事诉讼法第一百五十八条", "names the law in full without 书名号 and cites the 2023 "
                    "text's article on effective judgments (第一百五十八条) instead of the article on doubled interest",
                    dt.date(2024, 1, 1), dt.date(2025, 12, 31))


def cit01_short(src: Src, rng: Random) -> Injection | None:
    return _article(src, "民诉法第一百五十五条", "names the law by the short name 民诉法 without 书名号 and cites the 2021 "
                    "text's article on what a judgment states (第一百五十五条) instead of the article on doubled interest",
                    dt.date(2022, 1, 1), dt.date(2023, 12, 31))


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def _replaced(src: Src, sentence: str, why: str) -> Injection | None:
    """Round 9's replacement of the 迟延履行 sentence, with the new sentence as the wording the checks compare."""
    inj = _sentence(src, sentence, why)
    if inj:
        inj.wordings = [sentence]
    return inj


def cit02_reserved(src: Src, rng: Random) -> Injection | None:
    return _replaced(src, "权利人就迟延履行造成的损失，可另行向义务人主张。", "a reservation of the creditor's claim for the loss "
                     "of the delay, to be brought separately")


def cit02_daily(src: Src, rng: Random) -> Injection | None:
    return _replaced(src, "如未按本判决指定的期间履行给付金钱义务，每逾期一日，应按未付金额的万分之一点七五另行支付。",
                     "a daily sum at the rate of the doubled part alone (日万分之一点七五, 法释〔2014〕8号), written as a "
                     "penalty")


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03_either(src: Src, rng: Random) -> Injection | None:
    return _appeal_sub(src, r"判决书送达之日起十五日内", "判决书送达之日起十五日或三十日内", "two periods as alternatives, the "
                       "thirty days of a party without domicile in China among them", "判决书送达之日起十五日或三十日内")


def cit03_lawful(src: Src, rng: Random) -> Injection | None:
    return _appeal_sub(src, r"在判决书送达之日起十五日内", "在法定上诉期间内", "the period left to the law, with neither "
                       "its length nor its start", "在法定上诉期间内")


# --------------------------------------------------------------------------- CIT-04 a superseded text

COMPANY_2 = re.compile(r"《最高人民法院关于适用〈中华人民共和国公司法〉若干问题的规定（二）》")
EDITIONS = [  # (the title, the edition put inside its 书名号, what that text is)
    ("中华人民共和国道路交通安全法", "2011修正",
     "the 道路交通安全法 in its text amended in 2011 (superseded on 2021-04-29 by the text amended that day)"),
    ("中华人民共和国农村土地承包法", "2009修正",
     "the 农村土地承包法 in its text amended in 2009 (superseded on 2019-01-01 by the text amended on 2018-12-29)"),
]


def cit04_number_only(src: Src, rng: Random) -> Injection | None:
    return _cite_swap(src, COMPANY_2, lambda m: "法释〔2008〕6号", "the 公司法 provisions (二) by the document number of "
                      "their first text alone, without the title (法释〔2008〕6号, amended in 2014 and again in 2020, the text "
                      "in force being 法释〔2020〕18号)")


def cit04_edition(src: Src, rng: Random) -> Injection | None:
    """A superseded text of a law named by its edition inside the 书名号. Round 8's `_cite_swap` skips every basis that
    cites the 民法典's time-effect provisions (they may call for the repealed civil laws); neither law here is one of those,
    so the basis is read directly."""
    sp = src.span("legal_basis")
    if not sp or not src.date or src.date < dt.date(2021, 1, 1) or src.dtype != "judgment":
        return None
    t = src.text[sp[0]:sp[1]]
    for title, edition, what in EDITIONS:
        k = t.find(f"《{title}》")
        if k < 0:
            continue
        old, new = f"《{title}》", f"《{title}（{edition}）》"
        e = Edits(src.text)
        e.replace(sp[0] + k, sp[0] + k + len(old), new)
        return Injection(e.apply(), None, f'Cited {what}, named inside the 书名号, in a judgment dated '
                         f'{src.date.isoformat()}: "{old}" → "{new}".', new, section="legal_basis")
    return None


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_unmarked, cit01_short]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_reserved, cit02_daily]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_either, cit03_lawful]),
    "CIT-04": ("repealed-statute", "citation", [cit04_number_only, cit04_edition]),
}
