"""CIT-*, round 7.

What rounds 1–6 wrote is listed in corpora/defects_round4/cite.py (rounds 1–3), corpora/defects_round5/cite.py (rounds 4
and 5), corpora/defects_round6/cite.py (round 6) and in the READMEs of rounds 4–6.

Here:
- CIT-01: a 2024 judgment citing the 2012/2017 text's article in full-width digits, "《中华人民共和国民事诉讼法》第２５３条"
  (264 is due); and a judgment of late 2023 citing the 2023 text's article (in force only from 2024-01-01) in Arabic digits
  under the full name, "《中华人民共和国民事诉讼法》第264条" (260 is due).
- CIT-02: the sentence kept with its article but without 加倍 ("…之规定，支付迟延履行期间的债务利息。": single interest), and
  the sentence replaced by one that sends the reader to the SPC interpretation on computing the interest, with no article
  of the law and no doubled interest.
- CIT-03: "判决书送达之日起两周内", and the fifteen days counted from the day the judgment is made, "本判决作出之日起十五日内".
- CIT-04: the 1991 《最高人民法院关于人民法院审理借贷案件的若干意见》 (repealed by 法释〔2015〕18号) for the 民间借贷 provisions,
  and the 婚姻法解释（一） (repealed 2021-01-01) for the 民法典婚姻家庭编解释（一） in a child-support judgment.
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, light_parse
from corpora.defects_round2.cite import _basis, _own_line
from corpora.defects_round5.cite import MARRIAGE_RE, _appeal, _replace_sentence
from corpora.defects_round6.cite import _article

# --------------------------------------------------------------------------- CIT-01 wrong article


def cit01_fullwidth(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《中华人民共和国民事诉讼法》第２５３条",
                    "cites the 2012/2017 text's article in full-width Arabic digits", dt.date(2024, 1, 1),
                    dt.date(2025, 12, 31))


def cit01_early(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《中华人民共和国民事诉讼法》第264条",
                    "cites, in Arabic digits, the article of the 2023 text, which is in force only from 2024-01-01",
                    dt.date(2023, 9, 1), dt.date(2023, 12, 31))


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def cit02_single(src: Src, rng: Random) -> Injection | None:
    """The sentence kept with its article, 加倍 removed: single interest only."""
    sp = src.span("delay_interest")
    if not sp or not src.money_items() or not _own_line(src, sp):
        return None
    t = src.text[sp[0]:sp[1]]
    m = re.search(r"(?:之)?规定，加倍支付迟延履行期间的债务利息", t)
    if not m:
        return None
    new_part = m.group(0).replace("加倍支付", "支付")
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new_part)
    new = t[:m.start()] + new_part + t[m.end():]
    return Injection(e.apply(), None, f'Removed 加倍 from the 迟延履行 sentence of a money judgment (the article is kept; the '
                     f'sentence now announces single interest only): "{t}" → "{new}".', new_part, section="delay_interest",
                     absent=t, check=lambda d: "加倍支付迟延履行期间的债务利息" not in d.text and new in d.text)


INTERP = "《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》"


def cit02_interp(src: Src, rng: Random) -> Injection | None:
    """The sentence replaced by one that points to the SPC interpretation: no article of the law, no 加倍."""
    new = f"如逾期履行，迟延履行期间的债务利息按照{INTERP}计算。"
    inj = _replace_sentence(src, new, "a sentence that only points to the SPC interpretation on computing that interest")
    if not inj or len(light_parse(inj.text).operative_items) != len(src.items):
        return None  # the parser would read the new sentence as a 主文 item
    inj.marker = new
    return inj


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03_weeks(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "判决书送达之日起两周内", "two weeks instead of a number of days")


def cit03_made(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "本判决作出之日起十五日内", "counted from the day the judgment is made, not from service")


# --------------------------------------------------------------------------- CIT-04 a repealed statute

LOAN_RULES_RE = re.compile(r"《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第[一二三四五六七八九十百零]+条(?:第[一二三四五]款)?")
LOAN_1991 = "《最高人民法院关于人民法院审理借贷案件的若干意见》第六条"
MARRIAGE_2001 = "《最高人民法院关于适用〈中华人民共和国婚姻法〉若干问题的解释（一）》第二十一条"


def cit04_loans_1991(src: Src, rng: Random) -> Injection | None:
    """The 民间借贷 provisions replaced by the 1991 意见 on loans (repealed 2015-09-01 by 法释〔2015〕18号 第三十三条)."""
    got = _basis(src)
    if not got or not re.search(r"借贷|借款", src.cause()[:80]):
        return None
    sp, t = got
    m = LOAN_RULES_RE.search(t)
    if not m:
        return None
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), LOAN_1991)
    return Injection(e.apply(), None, f'Cited the 1991 意见 on loan cases (repealed on 2015-09-01 by 法释〔2015〕18号 第三十三条) '
                     f'instead of the 民间借贷 provisions in a judgment dated {src.date.isoformat()}: "{m.group(0)}" → '
                     f'"{LOAN_1991}".', LOAN_1991, section="legal_basis")


def cit04_marriage_2001(src: Src, rng: Random) -> Injection | None:
    """The 民法典婚姻家庭编解释（一） (法释〔2020〕22号) replaced by the 婚姻法解释（一）, repealed on 2021-01-01."""
    got = _basis(src)
    if not got or "抚养费" not in src.cause()[:80]:
        return None
    sp, t = got
    m = MARRIAGE_RE.search(t)
    if not m:
        return None
    new = MARRIAGE_2001 + ("、" if m.group(1).endswith("、") else "")
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Cited the 婚姻法解释（一） (repealed on 2021-01-01) instead of the 民法典婚姻家庭编解释（一） '
                     f'in a child-support judgment dated {src.date.isoformat()}: "{m.group(0)}" → "{new.rstrip("、")}".',
                     MARRIAGE_2001, section="legal_basis")


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_fullwidth, cit01_early]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_single, cit02_interp]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_weeks, cit03_made]),
    "CIT-04": ("repealed-statute", "citation", [cit04_loans_1991, cit04_marriage_2001]),
}
