"""CIT-*, round 9.

What rounds 1–8 wrote is listed in corpora/defects_round4/cite.py (rounds 1–3), corpora/defects_round5/cite.py (rounds 4
and 5), corpora/defects_round6/cite.py … corpora/defects_round8/cite.py and in the READMEs of rounds 4–8.

Here:
- CIT-01: the 迟延履行 sentence citing the 民法典 instead of the Civil Procedure Law ("《中华人民共和国民法典》第六百七十六条", the
  article on overdue loan interest, or 第五百七十七条 on liability for breach); and a judgment of October–December 2023 citing
  the 2023 text, in force only from 2024-01-01, with the edition inside the 书名号 ("《中华人民共和国民事诉讼法（2023修正）》
  第264条"; 260 is due).
- CIT-02: the sentence replaced by the computation of the 2009 批复, repealed in 2014 ("…按照中国人民银行同期贷款基准利率的二倍
  支付迟延履行期间的债务利息。", no doubled-interest rule of the law, no article), and by a sentence that only keeps the
  awarded interest running ("如未按本判决指定的期间履行，本判决确定的利息继续计算至实际清偿之日。").
- CIT-03: six months, the time limit of an application for retrial ("判决书送达之日起六个月内"), and 后 for 内 ("判决书送达之日起
  十五日后").
- CIT-04: the 2004 interpretation on construction contracts and the 合同法 interpretation (二), both repealed on 2021-01-01, for
  the 民法典's articles on rescission; and the 2001 text of the 证据规定 (法释〔2001〕33号), whose 第二条 on the burden of proof
  was struck out in 2019, for the Civil Procedure Law's 第六十七条.
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Injection, Src, light_parse
from corpora.defects_round5.cite import _appeal, _replace_sentence
from corpora.defects_round6.cite import _article
from corpora.defects_round8.cite import _cite_swap
from corpora.defects_round8.common import cause

# --------------------------------------------------------------------------- CIT-01 wrong article


def cit01_civil_code(src: Src, rng: Random) -> Injection | None:
    loan = bool(re.search(r"借贷|借款", cause(src)))
    art = "第六百七十六条" if loan else "第五百七十七条"
    what = "overdue loan interest" if loan else "liability for breach of contract"
    return _article(src, f"《中华人民共和国民法典》{art}", f"cites the 民法典's article on {what} instead of the Civil "
                    f"Procedure Law's article on doubled interest", dt.date(2021, 1, 1), dt.date(2025, 12, 31))


def cit01_early_edition(src: Src, rng: Random) -> Injection | None:
    return _article(src, "《中华人民共和国民事诉讼法（2023修正）》第264条", "cites the 2023 text, in force only from "
                    "2024-01-01, with the edition inside the 书名号 and the article in Arabic digits", dt.date(2023, 10, 1),
                    dt.date(2023, 12, 31))


# --------------------------------------------------------------------------- CIT-02 no doubled interest

def _sentence(src: Src, new: str, why: str) -> Injection | None:
    inj = _replace_sentence(src, new, why)
    if not inj or len(light_parse(inj.text).operative_items) != len(src.items):
        return None  # the parser would read the new sentence as a 主文 item
    return inj


def cit02_old_formula(src: Src, rng: Random) -> Injection | None:
    return _sentence(src, "如果未按本判决指定的期间履行给付金钱义务，应当按照中国人民银行同期贷款基准利率的二倍支付迟延履行期间的"
                     "债务利息。", "the computation of the 2009 批复 (法释〔2009〕6号, replaced in 2014 by 法释〔2014〕8号)")


def cit02_keep_running(src: Src, rng: Random) -> Injection | None:
    if not any(it.interest for it in src.money_items()):
        return None
    return _sentence(src, "如未按本判决指定的期间履行，本判决确定的利息继续计算至实际清偿之日。",
                     "a sentence that only keeps the awarded interest running")


# --------------------------------------------------------------------------- CIT-03 appeal period

def cit03_six_months(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "判决书送达之日起六个月内", "six months, the time limit of an application for retrial")


def cit03_after(src: Src, rng: Random) -> Injection | None:
    return _appeal(src, "判决书送达之日起十五日后", "后 for 内: after fifteen days instead of within them")


# --------------------------------------------------------------------------- CIT-04 a repealed statute

CONSTRUCTION_2004 = "《最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释》"
CONTRACT_II = "《最高人民法院关于适用〈中华人民共和国合同法〉若干问题的解释（二）》"
END = r"(?=之规定|，|；|、《)"
RESCISSION_RE = re.compile(r"、第八百零六条" + END + r"|《中华人民共和国民法典》第五百六十五条" + END)
EVIDENCE_2001 = "《最高人民法院关于民事诉讼证据的若干规定》（法释〔2001〕33号）第二条"
BURDEN_RE = re.compile(r"《中华人民共和国民事诉讼法》第六十七条(?:第一款)?" + END)


def cit04_rescission(src: Src, rng: Random) -> Injection | None:
    def new_of(m):
        if "八百零六" in m.group(0):
            return "，" + CONSTRUCTION_2004 + "第八条"
        return CONTRACT_II + "第二十四条"
    return _cite_swap(src, RESCISSION_RE, new_of, "a repealed interpretation (the 2004 one on construction contracts, or "
                      "the 合同法 interpretation (二); both repealed on 2021-01-01 by 法释〔2020〕16号) for the 民法典's article "
                      "on rescission")


def cit04_evidence(src: Src, rng: Random) -> Injection | None:
    if not re.search(r"举证|提供证据", src.section("reasoning") or "") or "证据的若干规定" in (src.section("legal_basis") or ""):
        return None
    return _cite_swap(src, BURDEN_RE, lambda m: EVIDENCE_2001, "the 2001 text of the 证据规定, whose 第二条 on the burden of "
                      "proof was struck out by 法释〔2019〕19号 (in force 2020-05-01), for the Civil Procedure Law's "
                      "第六十七条")


KINDS = {
    "CIT-01": ("delay-article-wrong", "citation", [cit01_civil_code, cit01_early_edition]),
    "CIT-02": ("delay-sentence-missing", "citation", [cit02_old_formula, cit02_keep_running]),
    "CIT-03": ("appeal-period-wrong", "citation", [cit03_six_months, cit03_after]),
    "CIT-04": ("repealed-statute", "citation", [cit04_rescission, cit04_evidence]),
}
