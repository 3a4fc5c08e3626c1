"""CIT-*, round 5.

What rounds 1–4 wrote is listed in corpora/defects_round4/cite.py (rounds 1–3, and round 4: the edition in brackets with the
article one below, 第二百四十三条 / 第二百四十七条 "的规定"; "应当依法承担相应的法律责任", a single-rate notice; "判决书送达之次日起
一个月内", an appeal notice in a small-claims judgment; 继承法, 民法总则).

Here:
- CIT-01: a 2024 judgment citing the 2021 text's article in short form, "《民事诉讼法》第260条"; and a 2023 judgment citing the
  2023 text's article (in force only from 2024-01-01) without 书名号, "依照民事诉讼法第二百六十四条".
- CIT-02: the sentence replaced by a bare exhortation "本判决发生法律效力后，当事人应当自觉履行本判决确定的义务。", and by a
  sentence that only says from when the delay runs ("如未按本判决指定的期间履行，迟延履行期间自该期间届满之日起计算。"): no
  doubled interest, no article.
- CIT-03: "判决书送达之日起七日内", and a period counted from the day the judgment takes effect, "本判决生效之日起十五日内".
- CIT-04: 《最高人民法院关于人民法院审理离婚案件处理子女抚养问题的若干具体意见》 (repealed 2021-01-01) in a 抚养费 judgment, and
  the 2003 人身损害赔偿 interpretation's 雇员受害 article (法释〔2003〕20号 第十一条, deleted by the 2020 revision) in a
  提供劳务者受害 judgment.
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects_round2.cite import CIVIL, FOREIGN_RE, _basis, _own_line
from corpora.defects_round4.cite import _delay

# --------------------------------------------------------------------------- CIT-01 wrong article


def cit01_short(src: Src, rng: Random) -> Injection | None:
    """A 2024 judgment (264 due) citing 260 of the 2021 text in short form: "《民事诉讼法》第260条"."""
    got = _delay(src)
    if not got or src.date < dt.date(2024, 1, 1):
        return None
    sp, t, m, right = got
    k = t.rfind("《", 0, m.start())
    new = "《民事诉讼法》第260条"
    e = Edits(src.text)
    e.replace(sp[0] + k, sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'The 迟延履行 sentence of a judgment dated {src.date.isoformat()} (expected {right} of the '
                     f'2023 text) cites the 2021 text\'s article in short form: "{t[k:m.end()]}" → "{new}".', new,
                     section="delay_interest")


def cit01_bare(src: Src, rng: Random) -> Injection | None:
    """A 2023 judgment (260 due) citing 264 of the 2023 text, in force only from 2024-01-01, without 书名号."""
    got = _delay(src)
    if not got or not dt.date(2023, 9, 1) <= src.date < dt.date(2024, 1, 1):
        return None
    sp, t, m, right = got
    k = t.rfind("《", 0, m.start())
    new = "民事诉讼法第二百六十四条"
    e = Edits(src.text)
    e.replace(sp[0] + k, sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'The 迟延履行 sentence of a judgment dated {src.date.isoformat()} (expected {right}) cites '
                     f'the article of the 2023 text, not yet in force, without 书名号: "{t[k:m.end()]}" → "{new}".',
                     "依照" + new if t[:k].endswith("依照") else new, section="delay_interest")


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def _replace_sentence(src: Src, new: str, why: str) -> Injection | None:
    sp = src.span("delay_interest")
    if not sp or not src.money_items() or not _own_line(src, sp):
        return None
    t = src.text[sp[0]:sp[1]]
    e = Edits(src.text)
    e.replace(sp[0], sp[1], new)
    return Injection(e.apply(), None, f'Replaced the 迟延履行 sentence of a money judgment by {why}, without the doubled '
                     f'interest or the article: "{t}" → "{new}".', "", absent=t,
                     check=lambda d: "加倍支付迟延履行期间的债务利息" not in d.text and new in d.text)


def cit02_exhort(src: Src, rng: Random) -> Injection | None:
    return _replace_sentence(src, "本判决发生法律效力后，当事人应当自觉履行本判决确定的义务。", "a bare exhortation to perform")


def cit02_start(src: Src, rng: Random) -> Injection | None:
    return _replace_sentence(src, "如未按本判决指定的期间履行，迟延履行期间自该期间届满之日起计算。",
                             "a sentence that only says from when the delay runs")


# --------------------------------------------------------------------------- CIT-03 appeal period

def _appeal(src: Src, new: str, why: str) -> Injection | None:
    sp = src.span("appeal_notice")
    if not sp or src.dtype != "judgment" or FOREIGN_RE.search(src.section("parties") or ""):
        return None
    t = src.text[sp[0]:sp[1]]
    m = re.search(r"判决书送达之日起十五日内", t)
    if not m:
        return None
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Appeal period that does not fit a 判决 ({why}; the law gives 十五日 from service): '
                     f'"{m.group(0)}" → "{new}".', new, section="appeal_notice")


def cit03_seven(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "判决书送达之日起七日内", "seven days")


def cit03_effect(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "本判决生效之日起十五日内", "counted from the day the judgment takes effect, when no appeal lies any more")


# --------------------------------------------------------------------------- CIT-04 a repealed statute

MARRIAGE_RE = re.compile(r"《最高人民法院关于适用〈中华人民共和国民法典〉婚姻家庭编的解释（一）》((?:第[一二三四五六七八九十百零]+条、?)+)")
CUSTODY = "《最高人民法院关于人民法院审理离婚案件处理子女抚养问题的若干具体意见》"
INJURY_2003 = "《最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释》（法释〔2003〕20号）第十一条"


def cit04_custody(src: Src, rng: Random) -> Injection | None:
    """The 婚姻家庭编解释（一） replaced by the repealed 1993 意见 on child support (第七条)."""
    got = _basis(src)
    if not got or "抚养费" not in src.cause()[:80]:
        return None
    sp, t = got
    m = MARRIAGE_RE.search(t)
    if not m:
        return None
    new = CUSTODY + "第七条" + ("、" if m.group(1).endswith("、") else "")
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Cited the repealed 1993 意见 on child support (repealed 2021-01-01 by 法释〔2020〕16号) '
                     f'instead of the 婚姻家庭编解释（一） in a judgment dated {src.date.isoformat()}: "{m.group(0)}" → '
                     f'"{new.rstrip("、")}".', CUSTODY + "第七条", section="legal_basis")


def cit04_employee(src: Src, rng: Random) -> Injection | None:
    """民法典 第一千一百九十二条 replaced by the 2003 interpretation's 雇员受害 article, deleted in 2020."""
    got = _basis(src)
    if not got or not re.search(r"提供劳务者受害|劳务", src.cause()[:80]):
        return None
    sp, t = got
    m = re.search(re.escape(CIVIL) + r"第一千一百九十二条(?:第一款)?", t)
    if m:
        s, e_ = m.start(), m.end()
    else:
        m = re.search(r"(、)第一千一百九十二条(?:第一款)?", t)
        if not m:
            return None
        s, e_ = m.start() + 1, m.end()
    e = Edits(src.text)
    e.replace(sp[0] + s, sp[0] + e_, INJURY_2003)
    return Injection(e.apply(), None, f'Cited the 2003 人身损害赔偿 interpretation\'s 雇员受害 article (deleted by the 2020 '
                     f'revision, 法释〔2020〕17号) for 民法典 第一千一百九十二条 in a judgment dated {src.date.isoformat()}: '
                     f'"{t[s:e_]}" → "{INJURY_2003}".', INJURY_2003, section="legal_basis")


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_short, cit01_bare]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_exhort, cit02_start]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_seven, cit03_effect]),
    "CIT-04": ("repealed-statute", "citation", [cit04_custody, cit04_employee]),
}
