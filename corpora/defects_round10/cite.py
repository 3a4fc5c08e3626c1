"""CIT-*, round 10: the 民诉法解释's article on when delay interest starts (第五百零四条), and the superseded 2021 text in a
2024 judgment ("（2021修正）第260条"); the debt itself doubled, and a bare warning of "法律后果"; the appeal period in a
following sentence as a month, and 十 dropped ("五日内"); the 2017 text of the Civil Procedure Law ("（2017年修正）第六十四
条") and the 2012 text of the 买卖合同 interpretation (法释〔2012〕8号).
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Edits, Injection, Src
from corpora.defects_round5.cite import FOREIGN_RE, _appeal
from corpora.defects_round6.cite import _article
from corpora.defects_round8.cite import _cite_swap
from corpora.defects_round8.common import cause
from corpora.defects_round9.cite import _sentence

# --------------------------------------------------------------------------- CIT-01 wrong article


def cit01_start_rule(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零四条", "cites the 民诉法解释's "
                    "article on when delay interest starts instead of the law's article on doubled interest",
                    dt.date(2022, 4, 10), dt.date(2025, 12, 31))


def cit01_bracket_edition(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《中华人民共和国民事诉讼法》（2021修正）第260条", "cites the superseded 2021 text, with the "
                    "edition in brackets after the title and the article in Arabic digits", dt.date(2024, 1, 1),
                    dt.date(2025, 12, 31))


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def cit02_double_debt(src: Src, rng: Random) -> Injection | None:
    return _sentence(src, "如未按本判决指定的期间履行给付金钱义务，应当加倍支付本判决确定的金钱债务。",
                     "a sentence that doubles the debt itself instead of the interest for the delay")


def cit02_consequences(src: Src, rng: Random) -> Injection | None:
    return _sentence(src, "如未按本判决指定的期间履行，由此产生的法律后果由义务人自行承担。", "a bare warning of legal "
                     "consequences")


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03_month(src: Src, rng: Random) -> Injection | None:
    """The period taken out of the appeal sentence and stated after it as a month."""
    sp = src.span("appeal_notice")
    if not sp or src.dtype != "judgment" or FOREIGN_RE.search(src.section("parties") or ""):
        return None
    t = src.text[sp[0]:sp[1]]
    m = re.search(r"(可以?)在判决书送达之日起十五日内，", t)
    if not m or not t.endswith("。"):
        return None
    new = "上诉期限为判决书送达之日起一个月。"
    e = Edits(src.text)
    e.replace(sp[0] + m.start(), sp[0] + m.end(), m.group(1))
    e.insert(sp[1], new)
    return Injection(e.apply(), None, f'Took the period out of the appeal sentence ("{m.group(0)}" → "{m.group(1)}") and '
                     f'stated it in a following sentence as a month (the law gives 十五日 from service): "{new}".',
                     new[:-1], section="appeal_notice")


def cit03_five(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "判决书送达之日起五日内", "十 dropped from 十五日: five days")


# --------------------------------------------------------------------------- CIT-04 a repealed statute

END = r"(?=之规定|，|；|、《)"
BURDEN_RE = re.compile(r"《中华人民共和国民事诉讼法》第六十七条(第一款)?" + END)
SALES_2012 = "《最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释》（法释〔2012〕8号）第二十四条第四款"
LOSS_RE = re.compile(r"第五百(?:七十七|八十三|八十四)条" + END)


def cit04_cpl_2017(src: Src, rng: Random) -> Injection | None:
    return _cite_swap(src, BURDEN_RE, lambda m: "《中华人民共和国民事诉讼法》（2017年修正）第六十四条" + (m.group(1) or ""),
                      "the 2017 text of the Civil Procedure Law (superseded by the 2021 text on 2022-01-01) with its old "
                      "number for the burden of proof")


def cit04_sales_2012(src: Src, rng: Random) -> Injection | None:
    if not re.search(r"买卖|服务|合同纠纷", cause(src)) or not any(it.interest for it in src.money_items()):
        return None
    return _cite_swap(src, LOSS_RE, lambda m: m.group(0) + "、" + SALES_2012, "the 2012 text of the 买卖合同 interpretation "
                      "(replaced by 法释〔2020〕17号 on 2021-01-01, where the rule is 第十八条第四款 and counts from the LPR) "
                      "for the loss from late payment")


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_start_rule, cit01_bracket_edition]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_double_debt, cit02_consequences]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_month, cit03_five]),
    "CIT-04": ("repealed-statute", "citation", [cit04_cpl_2017, cit04_sales_2012]),
}
