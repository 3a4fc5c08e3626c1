"""Interest clauses: base (以X元为基数, 以未付部分为基数), rate (interest_rates), start and end (interest_periods),
cap (以…为限, 不超过…). An item may hold several clauses: each 以…为基数 after the first, each new period (自A至B止，按…；
自C至D止，按…), each 罚息 / 复利 stated after a rate (逾期利率加收50%罚息, 对未按时支付的利息按罚息利率计收复利) opens one.
Clauses listed with 、 share what the last of them states (逾期利息以A为基数、复利以B为基数，均按年利率9.9%计算至…);
a clause cut by ； keeps its parts (从…至…止，计息本金为40万元；月息按5.85‰计算). A chunk after a comma that names its own
rate opens a clause too (…收取罚息，甲方有权每日…万分之五的罚息), as does each part of a principal broken down with its
own rate (其中100万元…月利率…，70万元…月利率…). An end stated once for all (均计算至…, …；上述利息均计算至…) and a
rate stated ahead of consecutive periods (按月利率X计算，支付自A至B的利息，及C起至…的利息) are shared.

A bare "及利息" with nothing else is reported too (every component None): the checks need to see it.
"""

from __future__ import annotations

import re

from extractors.dates import find_dates
from extractors.interest_bases import BASE_REFERENCE, KEYWORD, principal_before
from extractors.interest_context import (
    ADJUSTED,
    BY_REFERENCE,
    STOPPED,
    no_charge_at,
    one_off_penalty,
)
from extractors.interest_periods import count_starts, find_end, find_start
from extractors.interest_rates import find_rate, formula
from extractors.interest_sharing import (
    Draft,
    base_over_periods,
    end_for_the_above,
    join_pieces,
    rate_over_periods,
    rates_from_siblings,
    share_listed,
)
from extractors.money import find_amounts
from zhixing.fields import Interest

# 以X元为基数 / 计息本金为X元 / 以本金1546021元，按月利率2%… (the figure named as the principal, 为基数 left out)
_BASE = re.compile(r"以(?P<inner>(?:[^，,。；;（）()]|(?<=[0-9])[,，](?=[0-9])){0,40}?)为(?:计算|计息)?(?:基数|本金|基础)"
                   r"|计息(?:本金|基数)(?:为|是)(?P<stated>[0-9０-９.,，万亿千]+元)"
                   r"|以(?P<plain>[^，,。；;为]{0,6}?本金[0-9０-９.,，万亿千]+元)(?=[，,]?\s*(?:按|依|计|自|从))"
                   # 对逾期归还贷款本金人民币135000元每日按… / 6000元借款利息自…起按…: the sum the clause runs on
                   r"|对[^，,。；;]{0,12}?(?:本金|欠款|借款|贷款)(?:人民币)?(?P<owed>[0-9０-９.,，万亿千]+元)"
                   r"|(?<![0-9０-９.,，])(?P<lead>[0-9０-９.,，万亿千]+元)(?=(?:借款|欠款|贷款|本金)的?(?:利息|罚息|逾期利息))")
# words before an interest word that say no interest runs: none agreed or charged, a share of a fee, a one-off percentage
_NO_CLAUSE_BEFORE = re.compile(r"(?:未约定|没有约定|未约|不计|不收|免收|免除|无)[^，,。；;]{0,8}$|[0-9０-９.]+\s*[%％]\s*(?:为|的)[^，,。；;]{0,8}$")
_LISTED = re.compile(r"包括[^，。；]{0,12}、")
# a bare mention in a sentence that refuses it or says it is settled, and interest paid up to a day (a fact of the
# past: 只支付…利息至…, 已付息至…)
_NOT_RUNNING = re.compile(r"(?:担保|保证|抵押|质押)(?:的)?范围(?:为|包括|是)|不予支持|不予处理|不予采纳|不予认可|不予理涉|没有拖欠|未拖欠|没有欠|没欠|并无拖欠|逐月递减|逐期递减")
_PAID_UP = re.compile(r"(?:只|仅|已|已经|均|足额)[^，。；]{0,3}(?:支付|付清|结清|偿还|归还|交纳)(?:了)?[^，。；]{0,6}?"
                      r"(?:利息|罚息)(?:至|到)")
_ONE_OFF = re.compile(r"[0-9０-９.]+\s*[%％‰](?![^，。；]{0,6}(?:计|每))[^，。；%％‰]{0,12}$|百分之[^，。；]{1,6}$")
# a loan's term or a policy's period (贷款期限为36个月，自…至… / 保险期间为“自…起，至…止”): a period right after it
_TERM = r"(?:期限|期间)(?:[为是：:][^，,。；]{0,10}[，,]|[为是：:]|[，,])?\s*(?:即)?[“\"]?"  # 期限为15个月，即从…
_TERM_BEFORE = re.compile(rf"{_TERM}$")
_TERM_PERIOD = re.compile(rf"{_TERM}(?:自|从)")
_CAP = re.compile(r"以[^，,。；;]{1,30}?为限|(?:最高)?不(?:得)?超过[^，,。；;）)]{1,30}")
# 、复利按… / ，罚息以… : a named clause after another one
_CLAUSE_OPENER = re.compile(r"(?<=[、，,])\s*(?:(?:期内利息的|利息的|此后的|之后的|逾期)?(?:复利|罚息|逾期利息|违约金)"
                            r"(?:按|以|自|从))")
# ，逾期利率加收50%罚息 / ，罚息利率为贷款利率上浮50% / ，对未按时支付的利息，按逾期罚息利率计收复利 / ，逾期月利率为…
_PENALTY_OPENER = re.compile(r"[，,](?!按|依|以|计|均|并|且|再|即)(?=[^，。；]{0,30}?(?:罚息|复利|复息|加收|上浮|提高|"
                             r"逾期(?:贷款|借款)?[年月日]?利率))")
_COMPOUND_OPENER = re.compile(r"[，,](?:并)?(?=(?:对)?[^，。；]{0,14}利息[，,]?(?:按|有权|依据|依照|根据)[^。；]{0,20}?(?:计收|计算)复(?:利|息))")
_UNPAID_INTEREST = re.compile(r"(?:对|就)[^，,。；]{0,8}?(?:应付未付|未(?:按时|按期|按约)?(?:支付|偿还|归还|清偿)|不能按(?:时|期)支付)的?利息"
                             r"(?=[，,]?[^。；]{0,24}?(?:计收|计算|支付|收取)复(?:利|息))")
_ON_INTEREST = re.compile(r"利息[，,]?[^。；]{0,24}?(?:计收|计算|支付|收取)复(?:利|息)")
_PRICED = re.compile(r"(?:加收|上浮|加计|加付|提高|加)\s*(?:利息)?\s*(?:[0-9０-９.．]+\s*[%％]|百分之)|按(?:照)?[^，。；]{0,10}?罚息(?:利)?率|"
                     r"利率的\s*[0-9０-９.．]+\s*(?:[%％]|倍)")


def find_interest(text: str) -> list[Interest]:
    drafts: list[Draft] = []
    pieces = _pieces(text)
    for index, (p_start, p_end) in enumerate(pieces):
        for s_start, s_end, named, kind in _segments(text[p_start:p_end]):
            clause = _parse_clause(text, p_start + s_start, p_start + s_end, named, kind == "part")
            if clause:
                link = text[p_start + s_start - 1] if s_start else ""
                drafts.append(Draft(clause, index, link, named, text[p_start + s_start:p_start + s_end], kind))
    covered_pieces = join_pieces(drafts) | end_for_the_above(drafts)
    share_listed(drafts)
    rate_over_periods(drafts)
    rates_from_siblings(drafts)
    base_over_periods(drafts)
    quiet = _pieces_without_charge(text, pieces)
    clauses = [d.clause for d in drafts if not _summed_or_paid(text, d.clause)
               and not any(a <= d.clause.span[0] < b for a, b in quiet)
               and not _runs_nothing(text, d.clause, text[pieces[d.piece][0]:pieces[d.piece][1]])]
    covered_pieces |= {d.piece for d in drafts}
    _bare_keywords(text, pieces, clauses, covered_pieces)
    _by_reference(text, clauses)
    derived = {id(d.clause) for d in drafts if d.derived}
    for clause in clauses:
        # compound interest runs on the unpaid interest, not on the principal named before
        if clause.base is None and clause.base_text is None and id(clause) not in derived \
                and not _ON_INTEREST.match(text, clause.span[0]):
            found = principal_before(text, clause.span[0])
            if found:
                clause.base, clause.base_text = found
    _value_date(text, pieces, clauses)
    return sorted(clauses, key=lambda c: c.span[0])


# 借据上载明年利率为4.35%，…，起息日期为2016年5月24日: the loan's value date, written apart from its rate
_PENALTY_WORDS = re.compile(r"罚息|逾期|复利|违约金|滞纳金")
_VALUE_DATE = re.compile(r"起息日(?:期)?(?:为|是|：|:)?\s*(?P<date>[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)")


def _value_date(text: str, pieces: list[tuple[int, int]], clauses: list[Interest]) -> None:
    """The 起息日 of a sentence is the start of its first clause at the contract rate (a penalty or compound rate
    runs from default, not from the value date)."""
    for m in _VALUE_DATE.finditer(text):
        dates = find_dates(m.group("date"))
        if not dates or not dates[0].value:
            continue
        start, end = next(((a, b) for a, b in pieces if a <= m.start() < b), (0, len(text)))
        here = sorted((c for c in clauses if start <= c.span[0] < end), key=lambda c: c.span[0])
        for c in here:  # 罚息利率为6.525%，起息日期为…: the value date ends the penalty clause, it does not start it
            cut = c.text.rfind("，", 0, m.start() - c.span[0])
            if _PENALTY_WORDS.search(c.text) and c.span[0] < m.start() < c.span[1] and cut > 0:
                c.span, c.text = (c.span[0], c.span[0] + cut), c.text[:cut]
                c.start = None if c.start == dates[0].value else c.start
        first = here[0] if here else None
        if first is not None and first.start is None and not _PENALTY_WORDS.search(first.text):
            first.start = dates[0].value


# a rate a bank published, stated as a fact (中国人民银行公布的一年期贷款基准利率为年利率6%): no one is charged it
_PUBLISHED = re.compile(r"公布的[^，。；,;]{0,24}?利率(?:为|是)")
_CHARGED = re.compile(r"支付|计付|计收|计息|偿还|收取|计算|支持|给付|归还|加收|承担|主张|要求|请求")
# what a rate of interest or a penalty is named by; a sentence with none prices something else (车辆的折旧按每月6‰)
_CHARGE_NOUN = re.compile(r"利|息|违约|滞纳金|罚|占用|赔偿|损失|补偿|迟延|逾期|加收")


_REST = re.compile(r"[^，,。；;]*(?:[，,](?:按|依|以)[^，,。；;]*)?")


def _runs_nothing(text: str, c: Interest, sentence: str) -> bool:
    """A parsed clause that charges nothing: a penalty fixed once, a rate that may be adjusted, a period with no word
    or of charging in it (2017年4月10日至2018年4月9日期间的转让费), interest paid up to a day and then stopped."""
    unpriced = c.annual_rate_pct is None and c.lpr_multiple is None
    if unpriced and c.rate_text is None and c.start is None and c.end_kind is None and \
            any(w in c.text for w in ("违约金", "滞纳金")) and one_off_penalty(sentence):
        return True
    if unpriced and ADJUSTED.search(sentence):
        return True
    if unpriced and c.rate_text is None and c.base is None and not _CHARGE_NOUN.search(c.text) and \
            not _CHARGED.search(c.text):
        # …止按…约定计算的利息 / …止，按…合同约定…计付: the charge named after the period, or how it is computed
        rest = _REST.match(text, c.span[1]).group(0)
        if not _CHARGE_NOUN.search(rest) and not _CHARGED.search(rest):
            return True
    until = c.text.rfind("至")  # the clause's own 至…止, read on into what follows it
    return until >= 0 and STOPPED.match(text, c.span[0] + until) is not None


def _by_reference(text: str, clauses: list[Interest]) -> None:
    """借款的利率…以当票约定为准: a clause whose rate another paper sets (no figure here)."""
    for m in BY_REFERENCE.finditer(text):
        if not any(c.span[0] < m.end() and m.start() < c.span[1] for c in clauses):
            clauses.append(Interest(text=m.group(0), span=m.span()))


def _pieces_without_charge(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences whose rates charge no one: a published benchmark stated as a fact (and the arithmetic on it), or a
    rate with no word of interest or penalty in the sentence."""
    return [(a, b) for a, b in pieces
            if _PUBLISHED.search(text, a, b) and not _CHARGED.search(text, a, b) or not _CHARGE_NOUN.search(text, a, b)]


def _summed_or_paid(text: str, c: Interest) -> bool:
    """A period's interest given as its sum (2015年9月21日至2016年5月12日的利息95400.57元) or interest paid up to a day
    (只支付贷款利息至2013年11月20日): figures of the past, no charge that runs."""
    if c.annual_rate_pct is not None or c.rate_text or c.lpr_multiple is not None:
        return False
    summed = KEYWORD.search(c.text[-6:]) and re.match(r"\s*(?:为|共计|合计|计|：|:)?\s*(?:人民币)?\s*[0-9０-９][0-9０-９.,，]*\s*"
                                                       r"(?:万|亿)?元", text[c.span[1]:c.span[1] + 20])
    return bool(summed or _PAID_UP.search(text[max(0, c.span[0] - 12):c.span[1] + 3]))


_ENTITY_END = re.compile(r"&[A-Za-z]{2,8}$")  # the ; of &permil; ends an HTML entity, not a sentence


def _pieces(text: str) -> list[tuple[int, int]]:
    """Sentences: cut at 。 and at ；/; outside brackets (利息（截至…为X元；自…起…）is one passage; so is 利息（暂计至…
    为X元。之后至…的利息按…计算）when the bracket closes before the next 。)."""
    pieces, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "（(［[【":
            depth += 1
        elif ch in "）)］]】":
            depth = max(0, depth - 1)
        elif ch == "。" and depth and re.match(r"[^。（(]*[）)]", text[i + 1:]):
            continue
        elif ch == "。" or (ch in "；;" and depth == 0 and not _ENTITY_END.search(text, max(0, i - 9), i)):
            pieces.append((start, i))
            start, depth = i + 1, 0
    pieces.append((start, len(text)))
    return [(a, b) for a, b in pieces if b > a]


def _depths(piece: str) -> list[int]:
    depth, out = 0, []
    for ch in piece:
        out.append(depth)
        depth = depth + 1 if ch in "（(［[【" else max(0, depth - 1) if ch in "）)］]】" else depth
    return out


def _segments(piece: str) -> list[tuple[int, int, bool, str]]:
    """Cut the sentence where a clause opener starts a clause whose part the running segment already has."""
    depth = _depths(piece)
    openers: list[tuple[int, str]] = []
    for m in _BASE.finditer(piece):
        lead = re.search(r"[、，,（(]?[^、，,（()）]{0,12}$", piece[:m.start()])
        openers.append((m.start() if lead.group(0)[:1] not in "、，," else lead.start() + 1, "base"))
    for p in count_starts(piece):
        # 及逾期罚息757817.42元（从1995年1月1日计算至…）: the clause opens with the name before the bracket
        named_before = re.search(r"(?:[、，,]|及|和|并)[^、，,（(]{1,18}[（(]$", piece[max(0, p - 20):p])
        openers.append((p - len(named_before.group(0)) + 1 if named_before else p, "period"))
    openers += [(m.start(), "named") for m in _CLAUSE_OPENER.finditer(piece)]
    for m in _COMPOUND_OPENER.finditer(piece):
        if depth[m.start()] == 0:
            openers.append((m.end(), "compound"))
    for m in _UNPAID_INTEREST.finditer(piece):  # …为止对应付未付利息依据…计收复利: compound interest, even unpunctuated
        if depth[m.start()] == 0 and m.start() > 0:
            openers.append((m.start(), "compound"))
    for m in _PENALTY_OPENER.finditer(piece):
        run = re.match(r"[^，。；]*", piece[m.end():]).group(0)
        if depth[m.start()] == 0 and (_PRICED.search(run) or find_rate(run)):
            openers.append((m.end(), "penalty"))
    # ，甲方有权每日向乙方收取未付款项的万分之五的罚息: a chunk naming its own rate. Inside brackets only with its own
    # period (…，从借款到期之日至…止按照月千分之8.4加收30%的罚息): （借款年利率7.8%，罚息年利率11.7%） lists a contract's terms
    for m in re.finditer(r"[，,、]", piece):
        run = re.match(r"[^，,、。；]*" if m.group(0) == "、" else r"[^，,。；]*", piece[m.end():]).group(0)
        if m.group(0) == "、" and not (re.match(r"(?:并|另)?(?:按|依|以)", run) and
                                        find_rate(re.split(r"[，,、]", piece[:m.start()])[-1])):
            continue  # 按年利率10%支付利息、按年利率6%支付违约金: two charges listed, each with its own rate
        named_before = KEYWORD.search(piece, 0, m.start()) and find_rate(piece[:m.start()])
        if (KEYWORD.search(run) or named_before) and find_rate(run) \
                and (depth[m.start()] == 0 or count_starts(run) or find_end(run)):
            openers.append((m.end(), "rated"))  # …违约金每日按欠交额的千分之二，跨年度欠费部分的每日按…千分之三
    openers += _parts(piece)
    cuts: list[tuple[int, str, bool]] = [(0, "", False)]
    for pos, kind in sorted(set(openers)):
        seg = piece[cuts[-1][0]:pos]
        if pos <= cuts[-1][0] or not seg.strip("，,、 "):
            continue
        has_rate, has_base = find_rate(seg) is not None, bool(_BASE.search(seg))
        has_start = bool(count_starts(seg))
        priced_name = KEYWORD.search(seg) and _PRICED.search(seg)  # 罚息按合同利率上浮50%计收，复利按罚息利率计收
        if (kind == "base" and (has_base or (has_rate and piece[pos - 1] in "，,并"))
                or kind == "period" and has_start
                or kind == "named" and (has_rate or has_base or priced_name)
                or kind == "penalty" and has_rate
                or kind == "rated" and has_rate
                or kind == "part"
                or kind == "compound" and KEYWORD.search(seg)):
            cuts.append((pos, kind, kind in ("penalty", "compound") or kind == "named" and bool(priced_name)))
    bounds = [c for c, _, _ in cuts] + [len(piece)]
    priced = any(named for _, _, named in cuts)  # 按…加收50%计收罚息，并对未支付利息…计收复利: two named clauses
    return [(a, b, priced, kind) for (a, kind, _), b in zip(cuts, bounds[1:])]


def _parts(piece: str) -> list[tuple[int, str]]:
    """其中100万元于…出借，借款月利率为12.06‰，70万元于…出借，借款月利率为10.08‰: a principal broken down into parts
    each with its own rate; each part opens a clause whose base is the part."""
    found = []
    for m in re.finditer(r"其中", piece):
        amounts = [a for a in find_amounts(piece[m.end():]) if a.gloss_of is None]
        for k, a in enumerate(amounts):
            nxt = amounts[k + 1].span[0] if k + 1 < len(amounts) else len(piece) - m.end()
            run = piece[m.end() + a.span[1]:m.end() + nxt]
            rate = find_rate(run)
            if rate is None or rate[1][0] > 30 or re.search(r"[。；;]", run[:rate[1][0]]):
                break
            found.append((m.end() + a.span[0], "part"))
    return found if len(found) > 1 else []


def _parse_clause(text: str, start: int, end: int, named: bool, part: bool = False) -> Interest | None:
    segment = text[start:end]
    parts: list[tuple[int, int]] = []
    result: dict = {}
    m = _BASE.search(segment)
    computed = formula(segment)
    reference = BASE_REFERENCE.search(segment)
    if m and "利率" in (m.group("inner") or ""):
        m = None  # 以借款发放日中国人民银行…基准利率为基础上浮40%: the rate's basis, not the clause's base
    if m:
        inner = next(g for g in m.group("inner", "stated", "plain", "owed", "lead") if g is not None)
        amounts = find_amounts(inner) or find_amounts(inner + "元" if re.search(r"[0-9０-９]万?$", inner) else "")
        result["base"] = amounts[0].value if amounts else None
        result["base_text"] = inner
        parts.append(m.span())
    elif part:  # 100万元于1995年7月13日出借，借款月利率为12.06‰: the part named first is the base
        amount = find_amounts(segment)[0]
        result["base"], result["base_text"] = amount.value, amount.text
        parts.append(amount.span)
    elif computed:  # 1309000×7.572%×150%÷360×131: the figure multiplied is the base
        result["base"], result["base_text"] = computed[0], segment[computed[2][0]:computed[2][1]]
    elif reference:  # 按照各借款合同尚欠的借款本金…: a base named without a figure; the principal stated before is not it
        result["base"], result["base_text"] = None, reference.group(0)
        parts.append(reference.span())
    cap = _CAP.search(segment)
    rate = find_rate(segment[:cap.start()] + " " * (cap.end() - cap.start()) + segment[cap.end():] if cap else segment)
    if rate:
        result.update(rate[0])
        parts.append(rate[1])
    started = find_start(segment)
    if started and _TERM_BEFORE.search(text[max(0, start + started[1][0] - 20):start + started[1][0]]):
        started = None  # 贷款期限为36个月，自2015年11月9日至2018年11月9日: the loan's term, not the interest's period
    if started:
        if started[0]:
            result["start"] = started[0]
        parts.append(started[1])
    ended = find_end(segment)
    if ended and _TERM_PERIOD.search(text, max(0, start + ended[2][0] - 40), start + ended[2][0]) and \
            not KEYWORD.search(text, max(0, start + ended[2][0] - 40), start + ended[2][0]):
        ended = None
    if ended:
        result["end_kind"], result["end"] = ended[0], ended[1]
        parts.append(ended[2])
    if cap and parts:
        result["cap"] = cap.group(0)
        parts.append(cap.span())
    has_keyword = KEYWORD.search(segment)
    if not (rate or "base" in result) and not (has_keyword and (started or ended or named)):
        return None
    last = [k for k in KEYWORD.finditer(segment)][-1:] if has_keyword else []
    if not rate and last and len(KEYWORD.findall(segment)) == 1 and ended is None \
            and re.match(r"[为是]?\s*(?:人民币)?[0-9０-９]", segment[last[0].end():]) \
            and find_amounts(segment[last[0].end():last[0].end() + 16]):
        return None  # 自2011年3月31日起至今的欠款利息6756元: a sum already computed, not a running clause
    if not has_keyword and not rate and not (started or ended):
        return None  # 从…起至…止，计息本金为40万元 is a clause without naming it
    parts = parts or [has_keyword.span()]  # a named clause with nothing stated: 对未按时支付的利息，按约定计收复利
    lo, hi = min(p[0] for p in parts), max(p[1] for p in parts)
    lead = [k for k in KEYWORD.finditer(segment, 0, lo) if lo - k.end() <= 6 or k.start() == 0]
    if lead:  # "利息按照…" / "违约金自…" / "利息损失（利息损失自…": the clause starts with its name
        lo = lead[0].start()
    k = KEYWORD.search(segment, hi)
    # "…计算至实际付清之日止的逾期利息": the clause ends with its name; "利息…依照…规定计收复利": compound interest
    if k and k.start() - hi <= (24 if k.group(0) in ("复利", "复息") else 8):
        hi = k.end()
    lo, hi = start + lo, start + hi
    return Interest(text=text[lo:hi], span=(lo, hi), **result)


def _bare_keywords(text: str, pieces: list[tuple[int, int]], clauses: list[Interest], covered: set[int]) -> None:
    spans = [c.span for c in clauses]
    for m in KEYWORD.finditer(text):
        if any(s - 12 <= m.start() < e + 6 for s, e in spans):
            continue
        piece = next(i for i, (a, b) in enumerate(pieces + [(len(text), len(text) + 1)]) if a <= m.start() < b)
        if piece in covered:
            continue  # the sentence's clause already stands for it (利息、罚息、复利（…计算至…）)
        after = text[m.end():m.end() + 18]
        if _LISTED.search(text[max(0, m.start() - 16):m.end() + 2]) and \
                not re.search(r"元(?:及|和|以及)$", text[max(0, m.start() - 4):m.start()]):  # …460万元及利息 runs on 460万元
            continue  # 担保范围包括租金、利息、逾期利息、违约金…: kinds of debt listed, no charge running
        before = text[max(0, m.start() - 20):m.start()]
        if _ONE_OFF.search(before) and not re.search(r"[年月日天]|利率|息", before):
            continue  # 按累计应付款的1%向出卖人支付违约金: a one-off percentage, no time unit
        if find_amounts(after[:16]) and re.match(r"^[^，。；]{0,3}?[0-9０-９一二三四五六七八九壹贰叁]", after):
            continue  # 违约金5000元: a fixed sum, not a clause computed on a base
        if _NO_CLAUSE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # 未约定…利息 / 不计利息 / 2%为垫付款利息 / 本金20%的违约金: no interest runs
        sentence = text[pieces[piece][0]:pieces[piece][1]] if piece < len(pieces) else ""
        on_sum = re.search(r"元(?:及|和|以及)$", text[max(0, m.start() - 4):m.start()])  # 贷款金额460万元及利息
        if _NOT_RUNNING.search(sentence) and not on_sum or _PAID_UP.search(text[max(0, m.start() - 12):m.end() + 3]):
            continue  # …的利息，本院不予支持 / 利息也是按月支付…没有拖欠 / 只支付贷款利息至2013年11月20日: no charge runs
        if no_charge_at(text, m.start(), m.end(), sentence, m.group(0)):
            continue  # 违约金为20000元 / 保险人…负责赔偿 / 本金、利息共计…元 / 追索…违约金未果: no charge runs
        if m.group(0) in ("利息", "利息损失", "罚息", "复利", "逾期付款损失", "资金占用费", "资金占用损失", "占用资金损失",
                          "违约金", "滞纳金"):
            covered.add(piece)  # 利息、滞纳金（关于利息、滞纳金…）: one unstated clause, not four
            clauses.append(Interest(text=m.group(0), span=m.span()))
