"""CIT-*: the 迟延履行 sentence (article, presence), the appeal period, a repealed statute in the legal basis."""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Edits, Injection, Src

DELAY_ARTICLES = [(dt.date(1991, 4, 9), "第二百三十二条"), (dt.date(2008, 4, 1), "第二百二十九条"),
                  (dt.date(2013, 1, 1), "第二百五十三条"), (dt.date(2022, 1, 1), "第二百六十条"),
                  (dt.date(2024, 1, 1), "第二百六十四条")]
ARTICLE_RE = re.compile(r"第二百[二三五六][十]?[零一二三四五六七八九]?条")


def expected_delay_article(d: dt.date) -> str:
    return [a for start, a in DELAY_ARTICLES if d >= start][-1]


# --------------------------------------------------------------------------- CIT-01 wrong article

def cit01(src: Src, rng: Random) -> Injection | None:
    sp = src.span("delay_interest")
    if not sp or not src.date:
        return None
    t = src.text[sp[0]:sp[1]]
    m = ARTICLE_RE.search(t)
    right = expected_delay_article(src.date)
    if not m or m.group(0) != right:
        return None
    # a neighbouring revision's number: the older one, or the newer one for a 2023 judgment
    older = [a for _, a in DELAY_ARTICLES if a != right]
    pool = {"第二百六十条": ["第二百五十三条", "第二百六十四条"], "第二百六十四条": ["第二百六十条", "第二百五十三条"],
            "第二百五十三条": ["第二百六十条", "第二百二十九条"]}.get(right, older[-1:])
    wrong = rng.choice(pool)
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), wrong)
    return Injection(e.apply(), None, f'The 迟延履行 sentence of a judgment dated {src.date.isoformat()} (expected '
                     f'{right}) now cites the wrong article: "{m.group(0)}" → "{wrong}".', f"民事诉讼法》{wrong}",
                     section="delay_interest")


# --------------------------------------------------------------------------- CIT-02 missing 迟延履行 sentence

def cit02(src: Src, rng: Random) -> Injection | None:
    sp = src.span("delay_interest")
    if not sp or not src.money_items():
        return None
    t = src.text[sp[0]:sp[1]]
    start = src.text.rfind("\n", 0, sp[0]) + 1
    end = sp[1] + 1 if src.text[sp[1]:sp[1] + 1] == "\n" else sp[1]
    if src.text[start:sp[0]].strip() or end == sp[1]:
        return None  # the sentence does not have its own line
    e = Edits(src.text)
    e.replace(start, end, "")
    return Injection(e.apply(), None, f'Deleted the 迟延履行 sentence of a money judgment: "{t}".', "", absent=t,
                     check=lambda d: d.section("delay_interest") is None)


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03(src: Src, rng: Random) -> Injection | None:
    sp = src.span("appeal_notice")
    if not sp:
        return None
    t = src.text[sp[0]:sp[1]]
    m = re.search(r"(送达之日起)(十五|三十|十)日内", t)
    if not m:
        return None
    if src.dtype == "ruling":
        new = m.group(1) + "十五日内"
        why = "a 裁定 giving the 判决 period of 十五日"
    elif m.group(2) == "十五":
        new, why = rng.choice([(m.group(1) + "十日内", "a 判决 giving the 裁定 period of 十日"),
                               (m.group(1) + "15内", 'the period written "15内" without 日')])
    else:
        return None
    if new == m.group(0):
        return None
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Appeal period that does not fit ({why}): "{m.group(0)}" → "{new}".', new,
                     section="appeal_notice")


# --------------------------------------------------------------------------- CIT-04 repealed 合同法

CIVIL_TO_CONTRACT = {"第五百零九条": "第六十条", "第五百七十七条": "第一百零七条", "第五百七十九条": "第一百零九条",
                     "第五百八十四条": "第一百一十三条", "第五百八十五条": "第一百一十四条", "第六百七十五条": "第二百零六条",
                     "第六百七十六条": "第二百零七条", "第五百六十三条": "第九十四条", "第五百六十六条": "第九十七条",
                     "第六百二十六条": "第一百五十九条", "第四百六十五条": "第八条"}
CIVIL = "《中华人民共和国民法典》"
CONTRACT = "《中华人民共和国合同法》"


def cit04_insert(src: Src, rng: Random) -> Injection | None:
    sp = src.span("legal_basis")
    if not sp or not src.date or src.date < dt.date(2021, 1, 1):
        return None
    t = src.text[sp[0]:sp[1]]
    if "时间效力" in t or "合同法" in t or not t.startswith("依照"):
        return None
    if not re.search(r"合同|借贷|借款|买卖|租赁|服务", src.cause()):
        return None  # the 合同法 only fits a contract case
    art = rng.choice(["第一百零七条", "第六十条、第一百零七条", "第一百零九条"])
    ins = f"{CONTRACT}{art}、"
    e = Edits(src.text)
    e.insert(sp[0] + 2, ins)
    return Injection(e.apply(), None, f'The legal-basis sentence of a judgment dated {src.date.isoformat()} now cites the '
                     f'repealed 合同法 (repealed 2021-01-01) with no transition explanation: "依照《" → "依照{ins}《".',
                     f"{CONTRACT}{art}", section="legal_basis")


def cit04_replace(src: Src, rng: Random) -> Injection | None:
    sp = src.span("legal_basis")
    if not sp or not src.date or src.date < dt.date(2021, 1, 1):
        return None
    t = src.text[sp[0]:sp[1]]
    if "时间效力" in t or "合同法" in t:
        return None
    for m in re.finditer(re.escape(CIVIL) + r"(第[一二三四五六七八九十百零]+条)(?=[、，；]《|之规定|的规定)", t):
        if m.group(1) in CIVIL_TO_CONTRACT:
            new = CONTRACT + CIVIL_TO_CONTRACT[m.group(1)]
            e = Edits(src.text)
            e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
            return Injection(e.apply(), None, f'Replaced a 民法典 article by its repealed 合同法 counterpart in a judgment '
                             f'dated {src.date.isoformat()}, with no transition explanation: "{m.group(0)}" → "{new}".', new,
                             section="legal_basis")
    return None


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03]),
    "CIT-04": ("repealed-statute", "citation", [cit04_replace, cit04_insert]),
}
