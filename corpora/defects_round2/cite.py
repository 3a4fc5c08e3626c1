"""CIT-*, held out.

corpora/defects cites 第二百五十三条 in 2023 and 第二百二十九条 in 2017 (its pool also holds 260/264/253 for neighbouring
revisions), deletes the 迟延履行 sentence, writes 十五日 in a 裁定, "15内" and 十日 in a 判决, and cites the repealed
《合同法》. Here: a 2023 judgment citing the 1991 number 第二百三十二条 and a 2024 judgment with the one-off 第二百六十五条
(CIT-01); the sentence deleted where it says "指定的期限", or replaced by a bare enforcement notice (CIT-02); 二十日 and
三十日 in a 判决 between domestic parties (CIT-03); the repealed 《民法通则》, 《侵权责任法》 and 《婚姻法》 (CIT-04).
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.cite import ARTICLE_RE, expected_delay_article
from corpora.defects.common import Edits, Injection, Src

# --------------------------------------------------------------------------- CIT-01 wrong article

WRONG_BY_YEAR = {2022: "第二百三十二条", 2023: "第二百三十二条", 2024: "第二百六十五条", 2025: "第二百六十五条"}


def _cit01(src: Src, years: range) -> Injection | None:
    sp = src.span("delay_interest")
    if not sp or not src.date or src.date.year not in years:
        return None
    t = src.text[sp[0]:sp[1]]
    m = ARTICLE_RE.search(t)
    right = expected_delay_article(src.date)
    if not m or m.group(0) != right:
        return None
    wrong = WRONG_BY_YEAR[src.date.year]
    why = ("the 1991 number" if wrong == "第二百三十二条" else "one off the 2023 number")
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), wrong)
    return Injection(e.apply(), None, f'The 迟延履行 sentence of a judgment dated {src.date.isoformat()} (expected {right}) '
                     f'now cites {wrong} ({why}).', f"民事诉讼法》{wrong}", section="delay_interest")


def cit01_old(src: Src, rng: Random) -> Injection | None:
    """A 2022–2023 judgment citing the 1991 number."""
    return _cit01(src, range(2022, 2024))


def cit01_next(src: Src, rng: Random) -> Injection | None:
    """A 2024 judgment citing the article after the right one."""
    return _cit01(src, range(2024, 2026))


# --------------------------------------------------------------------------- CIT-02 no 迟延履行 sentence

def _own_line(src: Src, sp) -> tuple[int, int] | None:
    start = src.text.rfind("\n", 0, sp[0]) + 1
    end = sp[1] + 1 if src.text[sp[1]:sp[1] + 1] == "\n" else sp[1]
    if src.text[start:sp[0]].strip() or end == sp[1]:
        return None
    return start, end


def cit02_delete(src: Src, rng: Random) -> Injection | None:
    """Delete the sentence where it is written "指定的期限" (corpora/defects deleted "指定的期间" sentences)."""
    sp = src.span("delay_interest")
    if not sp or not src.money_items():
        return None
    t = src.text[sp[0]:sp[1]]
    line = _own_line(src, sp)
    if "指定的期限" not in t or not line:
        return None
    e = Edits(src.text)
    e.replace(line[0], line[1], "")
    return Injection(e.apply(), None, f'Deleted the 迟延履行 sentence of a money judgment: "{t}".', "", absent=t,
                     check=lambda d: d.section("delay_interest") is None)


ENFORCE = ["若被告逾期不履行本判决确定的义务，原告可向本院申请强制执行。",
           "本判决生效后，负有义务的一方当事人应当自觉履行，逾期不履行的，对方当事人可以申请强制执行。"]


def cit02_notice(src: Src, rng: Random) -> Injection | None:
    """Replace the sentence by an enforcement notice that says nothing of the doubled interest."""
    sp = src.span("delay_interest")
    if not sp or not src.money_items():
        return None
    t = src.text[sp[0]:sp[1]]
    if not _own_line(src, sp):
        return None
    new = rng.choice(ENFORCE)
    e = Edits(src.text)
    e.replace(sp[0], sp[1], new)
    return Injection(e.apply(), None, f'Replaced the 迟延履行 sentence of a money judgment by an enforcement notice without '
                     f'the doubled interest: "{t}" → "{new}".', "", absent=t,
                     check=lambda d, n=new: d.section("delay_interest") is None and n in d.text)


# --------------------------------------------------------------------------- CIT-03 appeal period

FOREIGN_RE = re.compile(r"英国|美国|日本|韩国|香港|澳门|台湾|国外|境外|外国|LTD|Ltd|Inc|GmbH")


def cit03(src: Src, rng: Random) -> Injection | None:
    sp = src.span("appeal_notice")
    if not sp or src.dtype != "judgment" or FOREIGN_RE.search(src.section("parties") or ""):
        return None
    t = src.text[sp[0]:sp[1]]
    m = re.search(r"(送达之日起)十五日内", t)
    if not m:
        return None
    days = rng.choice(["二十", "三十"])
    new = m.group(1) + days + "日内"
    why = ("二十日, a period no law gives" if days == "二十"
           else "三十日, the period of a party without domicile in China, though every party is domestic")
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Appeal period that does not fit a 判决 ({why}): "{m.group(0)}" → "{new}".', new,
                     section="appeal_notice")


# --------------------------------------------------------------------------- CIT-04 a repealed statute

CIVIL = "《中华人民共和国民法典》"
REPEALED = {  # 民法典 article → (repealed law, its article); all three laws were repealed on 2021-01-01
    "第一千一百六十五条": ("《中华人民共和国侵权责任法》", "第六条"),
    "第一千一百七十三条": ("《中华人民共和国侵权责任法》", "第二十六条"),
    "第一千一百七十九条": ("《中华人民共和国侵权责任法》", "第十六条"),
    "第一千一百八十二条": ("《中华人民共和国侵权责任法》", "第二十条"),
    "第一千一百八十三条": ("《中华人民共和国侵权责任法》", "第二十二条"),
    "第一千一百九十二条": ("《中华人民共和国侵权责任法》", "第三十五条"),
    "第一千二百零八条": ("《中华人民共和国侵权责任法》", "第四十八条"),
    "第一千零六十七条": ("《中华人民共和国婚姻法》", "第二十一条"),
    "第一千零八十五条": ("《中华人民共和国婚姻法》", "第三十七条"),
}
ART = r"第[一二三四五六七八九十百千零]+条(?:第[一二三四五六七八九十]+款)?(?:第[（(]?[一二三四五六七八九十]+[)）]?项)?"
GROUP_RE = re.compile(re.escape(CIVIL) + rf"({ART}(?:、{ART})*)(?=[，；、]《|之规定|的规定|，|；)")


def _basis(src: Src) -> tuple[tuple[int, int], str] | None:
    sp = src.span("legal_basis")
    if not sp or not src.date or src.date < dt.date(2021, 1, 1) or src.dtype != "judgment":
        return None
    t = src.text[sp[0]:sp[1]]
    if "时间效力" in t or re.search(r"合同法|民法通则|侵权责任法|婚姻法|担保法|继承法|物权法", t):
        return None
    return sp, t


def cit04_replace(src: Src, rng: Random) -> Injection | None:
    """Each 民法典 article of one citation group replaced by its counterpart in the repealed 侵权责任法 / 婚姻法."""
    got = _basis(src)
    if not got:
        return None
    sp, t = got
    for m in GROUP_RE.finditer(t):
        arts = re.findall(r"第[一二三四五六七八九十百千零]+条", m.group(1))
        if not arts or not all(a in REPEALED for a in arts) or len({REPEALED[a][0] for a in arts}) != 1:
            continue
        law = REPEALED[arts[0]][0]
        new = law + "、".join(REPEALED[a][1] for a in arts)
        e = Edits(src.text)
        e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
        return Injection(e.apply(), None, f'Replaced 民法典 articles by their counterparts in the repealed {law} (repealed '
                         f'2021-01-01) in a judgment dated {src.date.isoformat()}, with no transition explanation: '
                         f'"{m.group(0)}" → "{new}".', new, section="legal_basis")
    return None


def cit04_gpcl(src: Src, rng: Random) -> Injection | None:
    """《民法通则》第一百零八条 (债务应当清偿) cited first in a loan judgment."""
    got = _basis(src)
    if not got or not re.search(r"借贷|借款", src.cause()[:80]):
        return None
    sp, t = got
    if not t.startswith("依照《"):
        return None
    art = rng.choice(["第一百零八条", "第八十四条、第一百零八条"])
    ins = f"《中华人民共和国民法通则》{art}、"
    e = Edits(src.text)
    e.insert(sp[0] + 2, ins)
    return Injection(e.apply(), None, f'The legal-basis sentence of a judgment dated {src.date.isoformat()} now cites the '
                     f'repealed 民法通则 (repealed 2021-01-01) with no transition explanation: "依照《" → "依照{ins}《".',
                     f"《中华人民共和国民法通则》{art}", section="legal_basis")


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_old, cit01_next]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_delete, cit02_notice]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03]),
    "CIT-04": ("repealed-statute", "citation", [cit04_replace, cit04_gpcl]),
}
