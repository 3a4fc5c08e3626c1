"""CIT-*, round 16: a 2024 judgment citing the 2023 text's article on the appeal period of a party without domicile, its
number written digit by digit ("《中华人民共和国民事诉讼法》第二八六条"), and a 2022–2023 judgment citing the 2021 text's
article on pronouncing a judgment under the name "新民事诉讼法" ("《新民事诉讼法》第一百五十一条"); the sentence replaced by
contractual liability under the Civil Code ("…应当依照《中华人民共和国民法典》第五百七十七条的规定承担违约责任。"), and by a
warning of fines, detention and criminal liability ("拒不履行本判决的，本院将依法予以罚款、拘留；…"); the appeal period given
as one day, not a period ("在判决书送达后的第十五日"), and capped by an outer limit the law does not have ("…十五日内（最迟不
超过本判决作出之日起三十日）"); a repealed interpretation cited by its short title ("《合同法解释（二）》第二十九条"), and
one marked as former with 原 and cited all the same ("原《最高人民法院关于贯彻执行〈中华人民共和国继承法〉若干问题的意见》第三条").
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects_round2.cite import _basis
from corpora.defects_round6.cite import _article
from corpora.defects_round14.cite import _appeal_sub
from corpora.defects_round15.cite import _replaced

# --------------------------------------------------------------------------- CIT-01 wrong article


def cit01_digits(src: Src, rng: Random):
    return _article(src, "《中华人民共和国民事诉讼法》第二八六条", "cites the 2023 text's article on the appeal period of a "
                    "party without domicile in China (第二百八十六条), its number written digit by digit without 百 and 十, "
                    "instead of the article on doubled interest", dt.date(2024, 1, 1), dt.date(2025, 12, 31))


def cit01_new_law(src: Src, rng: Random):
    return _article(src, "《新民事诉讼法》第一百五十一条", "names the law 新民事诉讼法 and cites the 2021 text's article on "
                    "pronouncing a judgment (第一百五十一条) instead of the article on doubled interest",
                    dt.date(2022, 1, 1), dt.date(2023, 12, 31))


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def cit02_breach(src: Src, rng: Random):
    return _replaced(src, "如未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民法典》第五百七十七条的规定承担违约"
                     "责任。", "contractual liability under the Civil Code (第五百七十七条), in place of the doubled interest "
                     "of the Civil Procedure Law")


def cit02_sanctions(src: Src, rng: Random):
    return _replaced(src, "拒不履行本判决的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。", "a warning of fines, "
                     "detention and criminal liability for refusing to perform")


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03_one_day(src: Src, rng: Random):
    return _appeal_sub(src, r"在判决书送达之日起十五日内", "在判决书送达后的第十五日", "one day, the fifteenth after service, "
                       "instead of a period", "在判决书送达后的第十五日")


def cit03_outer_limit(src: Src, rng: Random):
    return _appeal_sub(src, r"判决书送达之日起十五日内", "判决书送达之日起十五日内（最迟不超过本判决作出之日起三十日）",
                       "an outer limit counted from the day the judgment was made, which cuts the period short where "
                       "service is late", "（最迟不超过本判决作出之日起三十日）")


# --------------------------------------------------------------------------- CIT-04 a superseded text

PROCEDURE = re.compile(r"([、，；]?)《中华人民共和国民事诉讼法》")


def _add_citation(src: Src, cite: str, what: str) -> Injection | None:
    """The citation put into the legal basis just before the Civil Procedure Law (with the same separator)."""
    got = _basis(src)
    m = PROCEDURE.search(got[1]) if got else None
    if not m or not m.group(1):
        return None
    sp = got[0]
    e = Edits(src.text)
    e.insert(sp[0] + m.start(1), m.group(1) + cite)
    return Injection(e.apply(), None, f'Cited {what} in a judgment dated {src.date.isoformat()}, before the Civil Procedure Law: '
                     f'"{m.group(0)}" → "{m.group(1)}{cite}{m.group(0)}".', cite, section="legal_basis")


def cit04_short_title(src: Src, rng: Random):
    """The 合同法解释（二） (法释〔2009〕5号, repealed on 2021-01-01) cited by its short title."""
    items = "".join(it.text for it in src.items)
    basis = src.section("legal_basis") or ""
    if "违约金" in items:
        art, rule = "第二十九条", "its rule on reducing a penalty that is too high"
    elif "第五百六十三条" in basis:
        art, rule = "第二十四条", "its rule on objections to a rescission"
    else:
        return None
    return _add_citation(src, f"《合同法解释（二）》{art}", f"the 合同法解释（二） (法释〔2009〕5号, repealed on 2021-01-01 by "
                         f"法释〔2020〕16号), {rule}, by its short title")


def cit04_former(src: Src, rng: Random):
    """The 1985 意见 on the Inheritance Law (repealed on 2021-01-01) marked 原 and cited all the same."""
    if "继承" not in src.cause()[:80]:
        return None
    return _add_citation(src, "原《最高人民法院关于贯彻执行〈中华人民共和国继承法〉若干问题的意见》第三条", "the 1985 意见 on the "
                         "Inheritance Law (repealed on 2021-01-01 by 法释〔2020〕16号), on the property an heir may inherit, "
                         "marked as former (原) and applied all the same")


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_digits, cit01_new_law]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_breach, cit02_sanctions]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_one_day, cit03_outer_limit]),
    "CIT-04": ("repealed-statute", "citation", [cit04_short_title, cit04_former]),
}
