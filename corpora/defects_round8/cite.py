"""CIT-*, round 8.

What rounds 1–7 wrote is listed in corpora/defects_round4/cite.py (rounds 1–3), corpora/defects_round5/cite.py (rounds 4
and 5), corpora/defects_round6/cite.py (round 6), corpora/defects_round7/cite.py (round 7) and in the READMEs of rounds 4–7.

Here:
- CIT-01: a 2023 judgment citing the 2012/2017 text's article by the short name in Arabic digits, "《民事诉讼法》第253条"
  (260 is due); and a 2024 judgment citing the article on the time limit to apply for enforcement, "《中华人民共和国民事诉讼法》
  第二百五十条" (264 is due).
- CIT-02: the sentence cut off after the article, its consequence gone ("…第二百六十条之规定。"), and the sentence replaced by
  its contrary, "如未按期履行，迟延履行期间不另计利息。".
- CIT-03: the spoken "收到判决书后十天内", and fifteen days counted from the day the judgment is posted, "判决书邮寄之日起十五
  日内".
- CIT-04: the 1992 意见 on the Civil Procedure Law (repealed on 2015-02-04 by the 民诉法解释) for the 民诉法解释's rule on the
  burden of proof, and the repealed 《中华人民共和国担保法》 for the 民法典's rule on the guarantor's recourse.
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, light_parse
from corpora.defects_round2.cite import _basis, _own_line
from corpora.defects_round5.cite import _appeal, _replace_sentence
from corpora.defects_round6.cite import _article

# --------------------------------------------------------------------------- CIT-01 wrong article


def cit01_old_short(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《民事诉讼法》第253条", "cites, by the short name and in Arabic digits, the article of the 2012/2017 "
                    "text", dt.date(2022, 1, 1), dt.date(2023, 12, 31))


def cit01_apply_period(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《中华人民共和国民事诉讼法》第二百五十条", "cites the article on the time limit to apply for "
                    "enforcement (第二百五十条 of the 2023 text) instead of the one on doubled interest", dt.date(2024, 1, 1),
                    dt.date(2025, 12, 31))


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def cit02_cut_off(src: Src, rng: Random) -> Injection | None:
    """The sentence cut off after the article: "…第二百六十条之规定。" (no consequence at all)."""
    sp = src.span("delay_interest")
    t = src.text[sp[0]:sp[1]] if sp and src.money_items() and _own_line(src, sp) else ""
    m = re.search(r"(?:之)?规定，加倍支付迟延履行期间的债务利息(?=。$)", t)
    if not m:
        return None
    new = t[:m.start()] + m.group(0).split("，")[0] + t[m.end():]
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), m.group(0).split("，")[0])
    return Injection(e.apply(), None, f'Cut the 迟延履行 sentence of a money judgment off after the article, so that it states '
                     f'no consequence (no doubled interest): "{t}" → "{new}".', "", absent=t,
                     check=lambda d: "加倍支付迟延履行期间的债务利息" not in d.text and new in d.text)


def cit02_no_interest(src: Src, rng: Random) -> Injection | None:
    """The sentence replaced by its contrary: no interest at all during the delay."""
    inj = _replace_sentence(src, "如未按期履行，迟延履行期间不另计利息。", "its contrary, a sentence that no interest runs during "
                            "the delay")
    if not inj or len(light_parse(inj.text).operative_items) != len(src.items):
        return None  # the parser would read the new sentence as a 主文 item
    return inj


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03_ten_days(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "收到判决书后十天内", "ten days, in the spoken 收到…后…天")


def cit03_posted(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "判决书邮寄之日起十五日内", "counted from the day the judgment is posted, not from service")


# --------------------------------------------------------------------------- CIT-04 a repealed statute

OPINION_1992 = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉若干问题的意见》第七十四条"
INTERP_RE = re.compile(r"《最高人民法院关于适用〈?中华人民共和国民事诉讼法〉?的解释》第九十条")
GUARANTEE = {"第七百条": "第三十一条", "第六百八十八条": "第十八条", "第六百八十六条": "第十九条"}
GUARANTEE_RE = re.compile(r"《中华人民共和国民法典》(" + "|".join(GUARANTEE) + ")")


def _cite_swap(src: Src, pattern: re.Pattern, new_of, why: str) -> Injection | None:
    got = _basis(src)
    m = pattern.search(got[1]) if got else None
    if not m:
        return None
    sp, new = got[0], new_of(m)
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Cited {why} in a judgment dated {src.date.isoformat()}: "{m.group(0)}" → "{new}".',
                     new, section="legal_basis")


def cit04_opinion_1992(src: Src, rng: Random) -> Injection | None:
    return _cite_swap(src, INTERP_RE, lambda m: OPINION_1992, "the 1992 意见 on the Civil Procedure Law (repealed on "
                      "2015-02-04 by the 民诉法解释, 第五百五十二条) for the 民诉法解释's rule on the burden of proof")


def cit04_guarantee_law(src: Src, rng: Random) -> Injection | None:
    return _cite_swap(src, GUARANTEE_RE, lambda m: "《中华人民共和国担保法》" + GUARANTEE[m.group(1)],
                      "the 担保法 (repealed on 2021-01-01 by the 民法典) for the 民法典's article on guarantees")


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_old_short, cit01_apply_period]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_cut_off, cit02_no_interest]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_ten_days, cit03_posted]),
    "CIT-04": ("repealed-statute", "citation", [cit04_opinion_1992, cit04_guarantee_law]),
}
