"""CIT-*, round 4.

Rounds 1–3 cite, in the 迟延履行 sentence, 第二百五十三条 (2023), 第二百二十九条 (2017), 第二百三十二条 (2023), 第二百六十五条 (2024),
第206条 (2023) and 第246条 (2024), and their pools hold 260 / 264 (CIT-01); delete the sentence ("指定的期间 / 期限", "给付金钱的义务")
or replace it by an enforcement notice or by the 迟延履行金 notice (CIT-02); write 十五日 in a 裁定, "15内", 十日, 二十日, 三十日,
"15个工作日" and "宣判之日起15日内" (CIT-03); cite the repealed 合同法, 婚姻法, 民法通则, 侵权责任法 and 物权法 (CIT-04).

Here:
- CIT-01: the edition named in brackets, "《中华人民共和国民事诉讼法》（2017年修正）第二百五十二条" in a 2017 judgment (the 2017
  text puts the rule in 第二百五十三条); and the article on the duty to perform a judgment instead of the one on doubled
  interest, 第二百四十三条 (2021 text) in a 2023 judgment or 第二百四十七条 (2023 text) in a 2024 one, written "的规定".
- CIT-02: the consequence replaced by a vague "应当依法承担相应的法律责任", and the sentence replaced by a single-rate interest
  notice "若未按本判决指定的期限履行，义务人应按…一年期贷款市场报价利率支付迟延履行期间的利息" (no doubled interest, no article).
- CIT-03: "判决书送达之次日起一个月内", and an appeal notice (十五日) replacing "本判决为终审判决" in a small-claims judgment
  (小额诉讼, 一审终审: no appeal lies).
- CIT-04: the repealed 《中华人民共和国继承法》第十六条 for 民法典 第一千一百三十三条 in an inheritance judgment, and the repealed
  《中华人民共和国民法总则》 for the 民法典's general-part articles.
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.cite import ARTICLE_RE, expected_delay_article
from corpora.defects.common import Edits, Injection, Src
from corpora.defects_round2.cite import CIVIL, FOREIGN_RE, GROUP_RE, _basis, _own_line
from corpora.defects_round4.common import APPEAL_COURT, court

# --------------------------------------------------------------------------- CIT-01 wrong article

BELOW = {"第二百五十三条": "第二百五十二条", "第二百六十条": "第二百五十九条", "第二百六十四条": "第二百六十三条"}
EDITION = [(dt.date(2017, 7, 1), "2017年修正"), (dt.date(2022, 1, 1), "2021年修正"), (dt.date(2024, 1, 1), "2023年修正")]
PERFORM = {"第二百六十条": "第二百四十三条", "第二百六十四条": "第二百四十七条"}


def _delay(src: Src):
    sp = src.span("delay_interest")
    if not sp or not src.date:
        return None
    t = src.text[sp[0]:sp[1]]
    m = ARTICLE_RE.search(t)
    right = expected_delay_article(src.date)
    if not m or m.group(0) != right or "民事诉讼法》" + right not in t:
        return None
    return sp, t, m, right


def cit01_edition(src: Src, rng: Random) -> Injection | None:
    """A judgment of the 2017 edition's time naming that edition, with the article one below the rule."""
    got = _delay(src)
    if not got or not dt.date(2017, 7, 1) <= src.date < dt.date(2022, 1, 1):
        return None
    sp, t, m, right = got
    edition = [e for start, e in EDITION if src.date >= start][-1]
    wrong = BELOW[right]
    k = t.rfind("》", 0, m.start())
    e = Edits(src.text)
    e.replace(sp[0] + k + 1, sp[0] + m.end(), f"（{edition}）{wrong}")
    marker = f"民事诉讼法》（{edition}）{wrong}"
    return Injection(e.apply(), None, f'The 迟延履行 sentence of a judgment dated {src.date.isoformat()} (expected {right} of the '
                     f'{edition} text) now names the edition and cites the article below the rule: "《中华人民共和国民事诉讼法》'
                     f'{m.group(0)}" → "《中华人民共和国民事诉讼法》（{edition}）{wrong}".', marker, section="delay_interest")


def cit01_perform(src: Src, rng: Random) -> Injection | None:
    """The article that obliges the parties to perform a judgment (243 in the 2021 text, 247 in the 2023 text) cited
    instead of the one on doubled interest, with "的规定"."""
    got = _delay(src)
    if not got or src.date.year not in (2022, 2023, 2024, 2025):
        return None
    sp, t, m, right = got
    wrong = PERFORM.get(right)
    if not wrong:
        return None
    e = Edits(src.text)
    tail = re.match(r"之规定|的规定|规定", t[m.end():])
    end = m.end() + (tail.end() if tail else 0)
    e.replace(sp[0] + m.start(), sp[0] + end, f"{wrong}的规定")
    return Injection(e.apply(), None, f'The 迟延履行 sentence of a judgment dated {src.date.isoformat()} (expected {right}) now '
                     f'cites the article on the duty to perform a judgment, written "的规定": "{t[m.start():end]}" → '
                     f'"{wrong}的规定".', f"民事诉讼法》{wrong}的规定", section="delay_interest")


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def cit02_vague(src: Src, rng: Random) -> Injection | None:
    """The condition stays, the consequence becomes "应当依法承担相应的法律责任": no doubled interest, no article."""
    sp = src.span("delay_interest")
    if not sp or not src.money_items() or not _own_line(src, sp):
        return None
    t = src.text[sp[0]:sp[1]]
    m = re.match(r"^([^，]*?未按本判决指定的(?:期间|期限)履行[^，]*?义务)，", t)
    if not m:
        return None
    new = f"{m.group(1)}，应当依法承担相应的法律责任。"
    e = Edits(src.text)
    e.replace(sp[0], sp[1], new)
    return Injection(e.apply(), None, f'Replaced the consequence in the 迟延履行 sentence of a money judgment by a vague '
                     f'reference to "legal liability", without the doubled interest or the article: "{t}" → "{new}".', "",
                     absent=t, check=lambda d, n=new: "加倍支付迟延履行期间的债务利息" not in d.text and n in d.text)


SINGLE = "若未按本判决指定的期限履行，义务人应按全国银行间同业拆借中心公布的一年期贷款市场报价利率支付迟延履行期间的利息。"


def cit02_single(src: Src, rng: Random) -> Injection | None:
    """The sentence replaced by a notice of single-rate interest for the delay: the doubled interest is not announced."""
    sp = src.span("delay_interest")
    if not sp or not src.money_items() or not _own_line(src, sp):
        return None
    t = src.text[sp[0]:sp[1]]
    e = Edits(src.text)
    e.replace(sp[0], sp[1], SINGLE)
    return Injection(e.apply(), None, f'Replaced the 迟延履行 sentence of a money judgment by a notice of single-rate interest '
                     f'for the delay, without the doubled interest or the article: "{t}" → "{SINGLE}".', "", absent=t,
                     check=lambda d: "加倍支付迟延履行期间的债务利息" not in d.text and SINGLE in d.text)


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03_month(src: Src, rng: Random) -> Injection | None:
    sp = src.span("appeal_notice")
    if not sp or src.dtype != "judgment" or FOREIGN_RE.search(src.section("parties") or ""):
        return None
    t = src.text[sp[0]:sp[1]]
    m = re.search(r"(判决书送达)之日起十五日内", t)
    if not m:
        return None
    new = "判决书送达之次日起一个月内"
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
    return Injection(e.apply(), None, f'Appeal period that does not fit a 判决 (one month from the day after service; the law '
                     f'gives 十五日 from service): "{m.group(0)}" → "{new}".', new, section="appeal_notice")


def cit03_final(src: Src, rng: Random) -> Injection | None:
    """A small-claims judgment (一审终审) that tells the parties they may appeal within 十五日."""
    if src.dtype != "judgment" or "小额诉讼" not in src.cause() or src.span("appeal_notice"):
        return None
    higher = APPEAL_COURT.get(court(src))
    m = re.search(r"(?m)^本判决为终审判决。?$", src.text)
    if not higher or not m:
        return None
    new = (f"如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于{higher}。")
    e = Edits(src.text)
    e.replace(m.start(), m.end(), new)
    return Injection(e.apply(), None, f'A small-claims judgment (小额诉讼程序, 一审终审 under 民事诉讼法 第一百六十五条: no appeal '
                     f'lies) now grants an appeal period: "{m.group(0)}" → "{new}".', "可在判决书送达之日起十五日内，向本院递交上诉状",
                     section="appeal_notice")


# --------------------------------------------------------------------------- CIT-04 a repealed statute

INHERIT = {"第一千一百三十三条": "第十六条", "第一千一百二十三条": "第五条", "第一千一百二十二条": "第三条",
           "第一千一百二十一条": "第二条"}
INHERIT_LAW = "《中华人民共和国继承法》"
GENERAL_LAW = "《中华人民共和国民法总则》"
ART_RE = re.compile(r"第([一二三四五六七八九十百千零]+)条")
CN = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _article_no(art: str) -> int:
    s = ART_RE.fullmatch(art).group(1)
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (cur or 1) * unit
            cur = 0
    return total + cur


def _parts(m) -> list[str]:
    """The articles of a citation group as written ("第一百七十六条", "第五百零九条第一款" …)."""
    return m.group(1).split("、")


def _head(part: str) -> str:
    return re.match(r"第[一二三四五六七八九十百千零]+条", part).group(0)


def cit04_inherit(src: Src, rng: Random) -> Injection | None:
    """The 民法典 article on wills replaced in place by the repealed 《继承法》's article."""
    got = _basis(src)
    if not got or not re.search(r"继承", src.cause()[:80]):
        return None
    sp, t = got
    for m in GROUP_RE.finditer(t):
        parts = _parts(m)
        k = next((i for i, a in enumerate(parts) if _head(a) in INHERIT and _head(a) == "第一千一百三十三条"), None)
        if k is None:
            continue
        hit = _head(parts[k])
        before, after = parts[:k], parts[k + 1:]
        new = (CIVIL + "、".join(before) + "、" if before else "") + INHERIT_LAW + INHERIT[hit] \
            + ("、" + CIVIL + "、".join(after) if after else "")
        e = Edits(src.text)
        e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
        return Injection(e.apply(), None, f'Cited the repealed 继承法 (repealed 2021-01-01) for the rule of 民法典 {hit} in a '
                         f'judgment dated {src.date.isoformat()}, next to the 民法典 and with no transition explanation: '
                         f'"{m.group(0)}" → "{new}".', INHERIT_LAW + INHERIT[hit], section="legal_basis")
    return None


def cit04_general(src: Src, rng: Random) -> Injection | None:
    """The 民法典's general-part articles (up to 第二百零四条) cited from the repealed 《民法总则》, which had the same numbers."""
    got = _basis(src)
    if not got:
        return None
    sp, t = got
    for m in GROUP_RE.finditer(t):
        parts = _parts(m)
        n = 0
        while n < len(parts) and _article_no(_head(parts[n])) <= 204:
            n += 1
        if not n:
            continue
        gen, rest = parts[:n], parts[n:]
        new = GENERAL_LAW + "、".join(gen) + ("、" + CIVIL + "、".join(rest) if rest else "")
        e = Edits(src.text)
        e.replace(sp[0] + m.start(), sp[0] + m.end(), new)
        return Injection(e.apply(), None, f'Cited the repealed 民法总则 (repealed 2021-01-01) for the 民法典\'s general-part '
                         f'articles in a judgment dated {src.date.isoformat()}, with no transition explanation: '
                         f'"{m.group(0)}" → "{new}".', GENERAL_LAW + "、".join(gen), section="legal_basis")
    return None


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_edition, cit01_perform]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_vague, cit02_single]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_month, cit03_final]),
    "CIT-04": ("repealed-statute", "citation", [cit04_inherit, cit04_general]),
}
