"""Where a figure in a press release stands, to tell reported facts from other numbers: claims (请求判决…共计X元),
thresholds (超过100件的企业), schedule terms (每周工作6天), rules quoted from a statute or a policy (规定：“…”), and
restatements in the analysis of a 典型案例 (案例分析 / 裁判理由 / 典型意义 repeat the figures of the facts)."""

from __future__ import annotations

import re

_CLAIM = re.compile(r"请求|诉请|诉称|辩称|声称|索赔|主张|(?:公司|单位|原告|被告|上诉人|申请人|某某?|银行|医院)称[，,：:]|"
                    r"(?:诉至|起诉|诉讼)[^。；]{0,6}?要求")  # 遂诉至法院，要求…退还2万余元: what is asked of the court
# weaker words, only in the figure's own clause: 要求支付…5586元 is a claim, 最高法要求…，执结率达90% is not
_CLAUSE_CLAIM = re.compile(r"要求")
# a decision between the claim word and the figure: 法院支持其请求，判决被告支付X元 is an award again
_DECISION = re.compile(r"(?<!请求)(?<!要求)(?<!请)(?:判决|裁决|判令|改判|调解|认定|查明)")
_CLAIM_HEADING = re.compile(r"请求|诉称|主张|辩称")
_ANALYSIS_HEADING = re.compile(r"分析|理由|意义|解读|要旨|要点|评析|点评|提示")
_BACK_REFERENCE = re.compile(r"(?:原本|上述|前述|该笔|即)[\u4e00-\u9fff]{0,5}$")
_PER = {"月": "month", "年": "year", "天": "day", "日": "day", "平方米": "square-metre", "亩": "mu", "人": "person"}


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in "。；;\n") + 1


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in "，,。；;\n") + 1


def _heading(text: str, pos: int) -> str:
    """The last markdown heading (## 基本案情) before pos, or ''."""
    found = None
    for m in re.finditer(r"(?m)^#{2,6}\s*(.+)$", text[:pos]):
        found = m.group(1)
    return found or ""


def is_claim(text: str, pos: int) -> bool:
    """A figure a party asks for or asserts (请求裁决…加班费24000元, 某公司称…定价应为151 900元), not a finding."""
    if _CLAIM_HEADING.search(_heading(text, pos)):
        return True  # ## 申请人请求 / ## 原告诉讼请求: the whole section is the claim
    if _CLAUSE_CLAIM.search(text[_clause_start(text, pos):pos]):
        return True
    before = text[_sentence_start(text, pos):pos]
    claims = [m.end() for m in _CLAIM.finditer(before)]
    if not claims:
        return False
    decisions = [m.end() for m in _DECISION.finditer(before)]
    return not decisions or max(decisions) < max(claims)


def is_vague(text: str, pos: int) -> bool:
    """几千元 / 数万元: an order of magnitude, not a reported figure (the money reader sees only 千元)."""
    return text[pos - 1:pos] in ("几", "数") if pos else False


def is_rate_term(text: str, pos: int) -> bool:
    """每周工作6天, 每天工作11小时: a count per period is a term of a schedule or a contract."""
    return "每" in text[max(_clause_start(text, pos), pos - 8):pos]


def is_threshold(text: str, span: tuple[int, int]) -> bool:
    start, end = span
    before, after = text[max(0, start - 4):start], text[end:end + 12]
    written = text[start:end]
    if re.match(r"(?:以上|以下|以内|之内|内)(?![容部])", after):
        return True  # 10人以上, 30天内: a bound or a time limit
    bound = re.search(r"(?:超过|不超过|不得超过|高于|低于|不低于|不少于|少于|不足|不满|满)$", before) or \
        re.match(r"(?:超过|超|逾|突破)", written)
    if bound and after.startswith("的"):
        return True  # 涉终本案件数超过100件的3616家企业: a class of things, the 100 is its bound
    if bound and re.match(r"\s*[，,]\s*(?:达到|达|为)\s*[0-9０-９]", after):
        return True  # 超过60%，达到61.01%: the bound is restated by the exact figure
    if re.search(r"(?:不超过|不得超过|不低于|不少于|不足)$", before):
        return True  # a legal limit
    return bool(re.search(r"由$", before) and re.match(r"(?:上调|下调|提高|降低|增加|减少|调整|调)(?:至|为|到)", after))


def quoted_rule(text: str, pos: int) -> bool:
    """Inside a quotation of a statute or a policy (第五条规定：“…每日工作8小时…”): a rule, not a fact."""
    sentence = text[_sentence_start(text, pos):pos]
    if re.search(r"规定[：:]", sentence):
        return True  # 《通知》规定：…每月25元
    cited = re.search(r"第[一二三四五六七八九十百零0-9]+条[^。；]*?规定", sentence)
    if cited and not _DECISION.search(sentence, cited.end()):
        return True  # 依照消费者权益保护法第五十五条的规定，…不足五百元的，为五百元 (unless a decision follows)
    open_at = text.rfind("“", max(0, pos - 400), pos)
    if open_at < 0 or "”" in text[open_at:pos]:
        return False
    return bool(re.search(r"(?:规定|指出|明确|要求|载明)[：:，,]?\s*$", text[max(0, open_at - 6):open_at]))


def money_unit(text: str, span: tuple[int, int], currency: str) -> str:
    """CNY, or yuan-per-month / yuan-per-year … when the clause prices a period or a unit (每月30元, 30元/月)."""
    if currency != "CNY":
        return currency
    after = re.match(r"\s*/\s*(月|年|天|日|平方米|亩|人)", text[span[1]:span[1] + 6])
    if after:
        return f"yuan-per-{_PER[after.group(1)]}"
    # 每平方米每月10元 (two measures, in order) / 每逾期一日…1000元的违约金 (a day of delay)
    clause_at = _clause_start(text, span[0])
    lead = text[clause_at:span[0]]
    own = re.search(r"(?:^|[，,])(每(?:逾期|迟延|延迟|超期)?(?:一)?(?:月|年|天|日))[，,]\s*$", text[max(0, clause_at - 10):clause_at])
    if own and "每" not in lead:
        lead = own.group(1) + lead  # 每逾期一日，承租人应支付500元: the measure has a clause of its own
    pers = [m for m in re.finditer(r"每(?:逾期|迟延|延迟|超期)?(?:一)?(月|年|天|日|平方米|亩|人)", lead)
            if not re.search(r"[，,。；;]", lead[m.end():])] if "每" in lead else []
    if not pers or len(lead) - pers[0].end() > 16:
        return "CNY"
    return "yuan-" + "-".join(f"per-{_PER[m.group(1)]}" for m in pers)


def is_repeat(text: str, stat, kept: list) -> bool:
    """A figure already reported: the same metric with the same value again (a headline restated in the body), or
    restated in the analysis of a case, or referred back to (原本需承担70%)."""
    same = [k for k in kept if k.value == stat.value and k.unit == stat.unit]
    if not same:
        return False
    if any(k.metric == stat.metric and k.metric != k.text for k in same):
        return True
    pos = stat.span[0]
    return bool(_ANALYSIS_HEADING.search(_heading(text, pos)) or _BACK_REFERENCE.search(text[max(0, pos - 8):pos]))
