"""CIT-*, round 3.

Round 1 cites 第二百五十三条 in 2023 and 第二百二十九条 in 2017 (its pool also holds 260 / 264 / 253), deletes "指定的期间"
sentences, writes 十五日 in a 裁定, "15内" and 十日 in a 判决, and cites the repealed 《合同法》. Round 2 cites 第二百三十二条 in 2023
and 第二百六十五条 in 2024, deletes a "指定的期限" sentence or replaces it by a bare enforcement notice, writes 二十日 and 三十日,
and cites 《婚姻法》 and 《民法通则》 (its code also maps some 民法典 articles to 《侵权责任法》).

Here: the article in Arabic digits with two digits transposed, 第206条 for 260 in 2023 and 第246条 for 264 in 2024 (CIT-01);
a sentence written "给付金钱的义务" deleted, and the sentence replaced by one on 迟延履行金, the consequence of a non-money
obligation (CIT-02); "15个工作日" and a period counted from 宣判 instead of 送达, both in Arabic digits (CIT-03); 《物权法》
for the 民法典 articles on co-ownership, and 《侵权责任法》第十九条 (property loss) cited next to the 民法典 (CIT-04).
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.cite import ARTICLE_RE, expected_delay_article
from corpora.defects.common import Edits, Injection, Src
from corpora.defects_round2.cite import CIVIL, FOREIGN_RE, GROUP_RE, _basis, _own_line

# --------------------------------------------------------------------------- CIT-01 wrong article

TRANSPOSED = {"第二百六十条": "第206条", "第二百六十四条": "第246条"}


def _cit01(src: Src, years: range) -> Injection | None:
    sp = src.span("delay_interest")
    if not sp or not src.date or src.date.year not in years:
        return None
    t = src.text[sp[0]:sp[1]]
    m = ARTICLE_RE.search(t)
    right = expected_delay_article(src.date)
    if not m or m.group(0) != right or right not in TRANSPOSED:
        return None
    wrong = TRANSPOSED[right]
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), wrong)
    return Injection(e.apply(), None, f'The 迟延履行 sentence of a judgment dated {src.date.isoformat()} (expected {right}) '
                     f'now cites the article in Arabic digits with two digits transposed: "{m.group(0)}" → "{wrong}".',
                     f"民事诉讼法》{wrong}", section="delay_interest")


def cit01_2023(src: Src, rng: Random) -> Injection | None:
    return _cit01(src, range(2022, 2024))


def cit01_2024(src: Src, rng: Random) -> Injection | None:
    return _cit01(src, range(2024, 2026))


# --------------------------------------------------------------------------- CIT-02 no 迟延履行 sentence

def cit02_delete(src: Src, rng: Random) -> Injection | None:
    """Delete the sentence where it is written "给付金钱的义务" (rounds 1 and 2 deleted "给付金钱义务" sentences)."""
    sp = src.span("delay_interest")
    if not sp or not src.money_items():
        return None
    t = src.text[sp[0]:sp[1]]
    line = _own_line(src, sp)
    if "给付金钱的义务" not in t or not line:
        return None
    e = Edits(src.text)
    e.replace(line[0], line[1], "")
    return Injection(e.apply(), None, f'Deleted the 迟延履行 sentence of a money judgment: "{t}".', "", absent=t,
                     check=lambda d: d.section("delay_interest") is None)


LATE_FEE = "如未按本判决指定的期间履行义务，应当依法支付迟延履行金。"


def cit02_late_fee(src: Src, rng: Random) -> Injection | None:
    """Replace the sentence by the 迟延履行金 notice of a non-money obligation: the doubled interest is not announced."""
    sp = src.span("delay_interest")
    if not sp or not src.money_items() or not _own_line(src, sp):
        return None
    t = src.text[sp[0]:sp[1]]
    e = Edits(src.text)
    e.replace(sp[0], sp[1], LATE_FEE)
    return Injection(e.apply(), None, f'Replaced the 迟延履行 sentence of a money judgment by the 迟延履行金 notice of a '
                     f'non-money obligation, without the doubled interest: "{t}" → "{LATE_FEE}".', "", absent=t,
                     check=lambda d: "加倍支付迟延履行期间的债务利息" not in d.text and LATE_FEE in d.text)


# --------------------------------------------------------------------------- CIT-03 appeal period

def _cit03(src: Src, pattern: str, new: str, why: str) -> Injection | None:
    sp = src.span("appeal_notice")
    if not sp or src.dtype != "judgment" or FOREIGN_RE.search(src.section("parties") or ""):
        return None
    t = src.text[sp[0]:sp[1]]
    m = re.search(pattern, t)
    if not m:
        return None
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Appeal period that does not fit a 判决 ({why}): "{m.group(0)}" → "{new}".', new,
                     section="appeal_notice")


def cit03_workdays(src: Src, rng: Random) -> Injection | None:
    return _cit03(src, r"送达之日起十五日内", "送达之日起15个工作日内",
                  "working days, while the 上诉期 is counted in calendar days")


def cit03_pronounced(src: Src, rng: Random) -> Injection | None:
    return _cit03(src, r"(判决书)?送达之日起十五日内", "本判决宣判之日起15日内",
                  "counted from the pronouncement, while it runs from 送达")


# --------------------------------------------------------------------------- CIT-04 a repealed statute

PROPERTY = {  # 民法典 物权编 article → 《物权法》 article (both repealed / in force as of 2021-01-01)
    "第二百三十五条": "第三十四条", "第二百三十六条": "第三十五条", "第二百三十七条": "第三十六条", "第二百九十七条": "第九十三条",
    "第二百九十八条": "第九十四条", "第二百九十九条": "第九十五条", "第三百零三条": "第九十九条", "第三百零四条": "第一百条",
}
PROPERTY_LAW = "《中华人民共和国物权法》"
TORT_LAW = "《中华人民共和国侵权责任法》"
TORT = {"第一千一百八十四条": "第十九条", "第一千一百六十七条": "第二十一条", "第一千一百八十六条": "第二十四条"}


def cit04_property(src: Src, rng: Random) -> Injection | None:
    """The 民法典 articles on co-ownership replaced by their 《物权法》 counterparts."""
    got = _basis(src)
    if not got:
        return None
    sp, t = got
    for m in GROUP_RE.finditer(t):
        arts = re.findall(r"第[一二三四五六七八九十百千零]+条", m.group(1))
        if not arts or not all(a in PROPERTY for a in arts):
            continue
        new = PROPERTY_LAW + "、".join(PROPERTY[a] for a in arts)
        e = Edits(src.text)
        e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
        return Injection(e.apply(), None, f'Replaced 民法典 articles by their counterparts in the repealed 物权法 (repealed '
                         f'2021-01-01) in a judgment dated {src.date.isoformat()}, with no transition explanation: '
                         f'"{m.group(0)}" → "{new}".', new, section="legal_basis")
    return None


def cit04_tort(src: Src, rng: Random) -> Injection | None:
    """One 民法典 article of a group is cited from the repealed 《侵权责任法》 instead, next to the 民法典."""
    got = _basis(src)
    if not got:
        return None
    sp, t = got
    for m in GROUP_RE.finditer(t):
        arts = re.findall(r"第[一二三四五六七八九十百千零]+条", m.group(1))
        hit = next((a for a in arts if a in TORT), None)
        if not hit:
            continue
        kept = [a for a in arts if a != hit]
        added = f"{TORT_LAW}{TORT[hit]}"
        new = (CIVIL + "、".join(kept) + "、" + added) if kept else added
        e = Edits(src.text)
        e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
        return Injection(e.apply(), None, f'Cited the repealed 侵权责任法 (repealed 2021-01-01) for the rule of 民法典 {hit} '
                         f'in a judgment dated {src.date.isoformat()}, next to the 民法典 and with no transition explanation: '
                         f'"{m.group(0)}" → "{new}".', added, section="legal_basis")
    return None


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_2023, cit01_2024]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_delete, cit02_late_fee]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_workdays, cit03_pronounced]),
    "CIT-04": ("repealed-statute", "citation", [cit04_property, cit04_tort]),
}
