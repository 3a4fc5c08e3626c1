"""CIT-*, round 6.

What rounds 1–5 wrote is listed in corpora/defects_round4/cite.py (rounds 1–3), corpora/defects_round5/cite.py (rounds 4
and 5) and in the READMEs of rounds 4 and 5.

Here:
- CIT-01: a 2024 judgment naming the superseded edition before the law, "2021年修正的《中华人民共和国民事诉讼法》第二百六十条"
  (264 of the 2023 text is due); and a 2023 judgment citing the law by the short name 《民诉法》 with the article one above
  the rule, "《民诉法》第二百六十一条" (260 is due).
- CIT-02: the sentence replaced by a notice of the time limit to apply for enforcement ("权利人可在本判决规定的履行期限届满后
  二年内向本院申请执行。"), and the sentence kept up to the article but ending "之规定处理" (no doubled interest).
- CIT-03: a 判决 whose appeal notice is written for a 裁定 with 十日 ("如不服本裁定，可以在裁定书送达之日起十日内"), and a
  period of "半个月".
- CIT-04: the 2015 民间借贷 provisions named by their document number "（法释〔2015〕18号）" in a 2023 judgment (the text was
  revised in 2020), and 民法典 articles cited by the numbers of the repealed 合同法 ("《中华人民共和国民法典》第一百零七条").
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.cite import CIVIL_TO_CONTRACT
from corpora.defects.common import Edits, Injection, Src, light_parse
from corpora.defects_round2.cite import FOREIGN_RE, GROUP_RE, _basis, _own_line
from corpora.defects_round4.cite import _delay
from corpora.defects_round5.cite import _appeal, _replace_sentence

# --------------------------------------------------------------------------- CIT-01 wrong article


def _article(src: Src, new: str, why: str, first: dt.date, last: dt.date) -> Injection | None:
    got = _delay(src)
    if not got or not first <= src.date <= last:
        return None
    sp, t, m, right = got
    k = t.rfind("《", 0, m.start())
    e = Edits(src.text)
    e.replace(sp[0] + k, sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'The 迟延履行 sentence of a judgment dated {src.date.isoformat()} (expected {right}) '
                     f'{why}: "{t[k:m.end()]}" → "{new}".', new, section="delay_interest")


def cit01_edition(src: Src, rng: Random) -> Injection | None:
    return _article(src, "2021年修正的《中华人民共和国民事诉讼法》第二百六十条",
                    "names the superseded 2021 edition before the law and cites its article", dt.date(2024, 1, 1),
                    dt.date(2025, 12, 31))


def cit01_short(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《民诉法》第二百六十一条", "cites the law by its short name with the article one above the rule",
                    dt.date(2022, 1, 1), dt.date(2023, 12, 31))


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def cit02_apply(src: Src, rng: Random) -> Injection | None:
    inj = _replace_sentence(src, "权利人可在本判决规定的履行期限届满后二年内向本院申请执行。",
                            "a notice of the time limit to apply for enforcement")
    if inj and len(light_parse(inj.text).operative_items) != len(src.items):
        return None  # the parser would read the notice as a 主文 item
    return inj


def cit02_cut(src: Src, rng: Random) -> Injection | None:
    """The sentence kept up to the article, its consequence replaced by "之规定处理"."""
    sp = src.span("delay_interest")
    if not sp or not src.money_items() or not _own_line(src, sp):
        return None
    t = src.text[sp[0]:sp[1]]
    m = re.search(r"(?:之)?规定，加倍支付迟延履行期间的债务利息", t)
    if not m:
        return None
    new = t[:m.start()] + "之规定处理" + t[m.end():]
    e = Edits(src.text)
    e.replace(sp[0], sp[1], new)
    return Injection(e.apply(), None, f'Cut the consequence of the 迟延履行 sentence of a money judgment (no doubled interest; '
                     f'the article is kept): "{t}" → "{new}".', "之规定处理", section="delay_interest", absent=t,
                     check=lambda d: "加倍支付迟延履行期间的债务利息" not in d.text and new in d.text)


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03_ruling(src: Src, rng: Random) -> Injection | None:
    """A 判决 whose appeal notice is written for a 裁定, with 十日."""
    sp = src.span("appeal_notice")
    if not sp or src.dtype != "judgment" or FOREIGN_RE.search(src.section("parties") or ""):
        return None
    t = src.text[sp[0]:sp[1]]
    m = re.match(r"如不服本判决，可(?:以)?在判决书送达之日起十五日内", t)
    if not m:
        return None
    new = "如不服本裁定，可以在裁定书送达之日起十日内"
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'The appeal notice of a 判决 is written for a 裁定, with the 裁定\'s ten days (a 判决 '
                     f'gives 十五日 from service): "{m.group(0)}" → "{new}".', "裁定书送达之日起十日内", section="appeal_notice")


def cit03_half_month(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "判决书送达之日起半个月内", "half a month instead of a number of days")


# --------------------------------------------------------------------------- CIT-04 a repealed statute

LOAN_RULES = "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》"
MORE = {"第六百六十七条": "第一百九十六条", "第六百七十九条": "第二百一十条", "第五百九十五条": "第一百三十条"}


def cit04_loan_2015(src: Src, rng: Random) -> Injection | None:
    """The 民间借贷 provisions named by the 2015 document number in a 2023 judgment."""
    got = _basis(src)
    if not got or not re.search(r"借贷|借款", src.cause()[:80]) or src.date.year < 2021:
        return None
    sp, t = got
    k = t.find(LOAN_RULES)
    if k < 0:
        return None
    k += len(LOAN_RULES)
    ins = "（法释〔2015〕18号）"
    e = Edits(src.text)
    e.insert(sp[0] + k, ins)
    return Injection(e.apply(), None, f'Named the 民间借贷 provisions by the document number of their 2015 text (法释〔2015〕18号; '
                     f'revised in 2020 by 法释〔2020〕6号 and 17号) in a judgment dated {src.date.isoformat()}: "{LOAN_RULES}" → '
                     f'"{LOAN_RULES}{ins}".', LOAN_RULES + ins, section="legal_basis")


def cit04_old_numbers(src: Src, rng: Random) -> Injection | None:
    """民法典 articles cited by the numbers of the repealed 合同法: 《中华人民共和国民法典》第五百七十七条 → 第一百零七条."""
    got = _basis(src)
    if not got:
        return None
    sp, t = got
    table = {**CIVIL_TO_CONTRACT, **MORE}
    for m in GROUP_RE.finditer(t):
        arts = re.findall(r"第[一二三四五六七八九十百千零]+条", m.group(1))
        if not arts or not all(a in table for a in arts):
            continue
        new = m.group(0)
        for a in arts:
            new = new.replace(a, table[a], 1)
        e = Edits(src.text)
        e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
        return Injection(e.apply(), None, f'Cited 民法典 articles by the numbers of their counterparts in the repealed 合同法 '
                         f'(repealed 2021-01-01), under the 民法典\'s name, in a judgment dated {src.date.isoformat()}: '
                         f'"{m.group(0)}" → "{new}".', new, section="legal_basis")
    return None


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_edition, cit01_short]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_apply, cit02_cut]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_ruling, cit03_half_month]),
    "CIT-04": ("repealed-statute", "citation", [cit04_loan_2015, cit04_old_numbers]),
}
