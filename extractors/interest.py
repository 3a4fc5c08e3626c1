"""Interest clauses: base (以X元为基数, 以未付部分为基数), rate (年/月/日; 百分之/万分之; LPR multiple or markup;
同期贷款基准利率), start (自…起), end (至实际清偿之日 = until_paid; 至本判决确定的履行期限届满之日 = until_due; a date),
cap (以…为限, 不超过…). An item may hold several clauses (；-separated, or each 以…为基数 opening a new one).

A bare "及利息" with nothing else is reported too (every component None): the checks need to see it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.dates import find_dates
from extractors.money import find_amounts
from extractors.numerals import parse_number
from zhixing.fields import Interest

_KEYWORD = re.compile(r"利息|违约金|滞纳金|资金占用费|资金占用损失|逾期付款损失|占用资金损失|利息损失|罚息|复利")
_BASE = re.compile(r"以(?P<inner>(?:[^，,。；;（）()]|(?<=[0-9])[,，](?=[0-9]))"
                   r"{0,40}?)为(?:计算|计息)?(?:基数|本金|基础)")
_RATE_PCT = re.compile(r"(?P<period>年|月|日)(?:利率|息|利息|化利率|息率|费率)?(?:为|按|按照)?\s*(?P<val>[0-9０-９.．]+)\s*(?P<sign>[%％‰])")
_RATE_PCT_AFTER = re.compile(r"(?P<val>[0-9０-９.．]+)\s*(?P<sign>[%％‰])\s*的?\s*(?P<period>年|月|日)(?:利率|息|利息)")
_RATE_CN = re.compile(r"(?P<period>年|月|日)(?:利率|息|利息|化利率)?(?:为|按|按照|加收|加计|计收)?\s*(?P<scale>百分之|千分之|万分之)"
                      r"(?P<val>[0-9０-９.．零〇一二两三四五六七八九十点]+)")
_RATE_FEN = re.compile(r"(?P<period>年|月)息\s*(?P<val>[0-9一二两三四五六七八九.]+)\s*分")
_LPR = re.compile(r"(?:全国银行间同业拆借中心(?:授权)?(?:公布|发布)的)?(?:同期)?(?:一年期|1年期|五年期以上|5年期以上)?"
                  r"(?:贷款市场报价利率|LPR)(?:（LPR）|\(LPR\))?")
_LPR_MULT = re.compile(r"^[^，。；]{0,6}?(?:的)?\s*(?P<mult>[0-9０-９.．一二两三四五六七八九十点]+)\s*倍")
_LPR_MARKUP = re.compile(r"^[^，。；]{0,6}?(?:上浮|加计|加收|加)\s*(?P<pct>[0-9０-９.．]+)\s*[%％]")
_BENCHMARK = re.compile(r"(?:中国人民银行|人民银行|银行)?(?:同期同类|同期)?(?:人民币)?(?:贷款|存款)?(?:基准)?利率(?:标准)?")
_START = re.compile(r"(?:自|从|由)\s*(?P<what>[^，,。；;至到]{2,24}?)\s*(?:起|开始|始)|"
                    r"(?:自|从)\s*(?P<date>[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日)")
_END_PAID = re.compile(r"(?:计算|计付|支付|给付)?(?:至|到)(?:被告|原告|债务人)?[^，,。；;]{0,8}?(?:实际|全部|款项)?"
                       r"(?:清偿|付清|还清|履行完毕|给付完毕|支付完毕|偿还完毕|款清|清结|实际给付|实际支付|实际还款|实际履行|实际偿还)"
                       r"[^，,。；;）)]{0,6}?(?:之?日|时)(?:止)?")
_END_DUE = re.compile(r"(?:计算)?(?:至|到)(?:本|该)?判决(?:书)?(?:所)?(?:确定|指定)的?(?:给付|履行|还款|还清款项)?(?:期限|期间)?"
                      r"(?:届满)?之日(?:止)?|(?:计算)?(?:至|到)(?:本|该)?判决(?:书)?(?:所)?(?:确定|指定)的?(?:给付|履行|还款)期届满之日(?:止)?")
_END_DATE = re.compile(r"(?<![截算暂已])(?:计算)?(?:至|到)\s*(?P<date>[0-9０-９]{4}\s*年[^，,。；;止]{2,8}?日|[〇○0零一二三四五六七八九]{4}年[^，,。；;止]{2,8}?日)\s*(?:止)?(?!的)")
_CAP = re.compile(r"以[^，,。；;]{1,30}?为限|(?:最高)?不(?:得)?超过[^，,。；;）)]{1,30}")
_SPLIT = re.compile(r"[；;。]")


def _dec(text: str) -> Decimal | None:
    return parse_number(text.replace("．", "."))


def _annual(period: str, value: Decimal) -> Decimal:
    return value * {"年": 1, "月": 12, "日": 365}[period]


def find_interest(text: str) -> list[Interest]:
    clauses: list[Interest] = []
    pos = 0
    for piece in _SPLIT.split(text):
        start = text.find(piece, pos)
        pos = start + len(piece)
        for sub_start, sub_end in _sub_clauses(piece):
            clause = _parse_clause(text, start + sub_start, start + sub_end)
            if clause:
                clauses.append(clause)
    covered = [c.span for c in clauses]
    clause_sentences = {max(text.rfind(ch, 0, s) for ch in "。；;") for s, _ in covered}
    bare_sentences: set[int] = set()
    for m in _KEYWORD.finditer(text):
        if any(s - 12 <= m.start() < e + 6 for s, e in covered):
            continue
        sentence = max(text.rfind(ch, 0, m.start()) for ch in "。；;")
        if sentence in clause_sentences:
            continue  # the sentence's clause already stands for it (利息、罚息、复利（…计算至…）)
        if sentence in bare_sentences:
            continue  # 利息、滞纳金（关于利息、滞纳金…）: one unstated clause, not four
        bare_sentences.add(sentence)
        after = text[m.end():m.end() + 12]
        if find_amounts(after[:10]) and re.match(r"^[^，。；]{0,3}?[0-9０-９一二三四五六七八九壹贰叁]", after):
            continue  # 违约金5000元: a fixed sum, not a clause computed on a base
        if m.group(0) in ("利息", "利息损失", "罚息", "复利", "逾期付款损失", "资金占用费", "资金占用损失", "占用资金损失", "违约金", "滞纳金"):
            clauses.append(Interest(text=m.group(0), span=m.span()))
    _bases_from_principal(text, clauses)
    _shared_rates(text, clauses)
    return sorted(clauses, key=lambda c: c.span[0])


_SHARED = re.compile(r"均按|分别按|按(?:逾期利息|上述|前述|同一|原)(?:的)?利率")


def _shared_rates(text: str, clauses: list[Interest]) -> None:
    """"逾期利息以A为基数、复利以B为基数，均按年利率11.7%…": one stated rate serves every clause of the sentence."""
    for clause in clauses:
        if clause.annual_rate_pct is not None or clause.rate_text:
            continue
        sentence = max(text.rfind(ch, 0, clause.span[0]) for ch in "。；;")
        siblings = [c for c in clauses if c is not clause and c.annual_rate_pct is not None
                    and max(text.rfind(ch, 0, c.span[0]) for ch in "。；;") == sentence]
        end = min([i for i in (text.find(ch, clause.span[1]) for ch in "。；;") if i >= 0] or [len(text)])
        if siblings and _SHARED.search(text[sentence + 1:end]):
            clause.annual_rate_pct, clause.rate_text = siblings[0].annual_rate_pct, siblings[0].rate_text


_PRINCIPAL_BEFORE = re.compile(r"(?P<amount>[0-9０-９.,，万千]+元)(?:的|及其|及|和|并|，并|，|、)?(?:赔偿|支付|偿付|给付|承担)?(?:其)?"
                               r"(?:逾期|资金占用期间的|相应的?)?$")


def _bases_from_principal(text: str, clauses: list[Interest]) -> None:
    """"借款84406.72元及利息": without 以…为基数, the interest runs on the sum it is attached to."""
    for clause in clauses:
        if clause.base is not None:
            continue
        # "…元及逾期利息损失（利息损失自…）": the principal stands before the clause or before its name
        anchors = [clause.span[0]] + [k.start() for k in _KEYWORD.finditer(text, max(0, clause.span[0] - 14),
                                                                             clause.span[0])]
        m = None
        for anchor in anchors:
            m = _PRINCIPAL_BEFORE.search(text[max(0, anchor - 30):anchor])
            if m:
                break
        if m:
            amounts = find_amounts(m.group("amount"))
            if amounts:
                clause.base = amounts[0].value
                clause.base_text = m.group("amount")
                continue
        principal = _sentence_principal(text, clause.span[0])
        if principal is not None:
            clause.base, clause.base_text = principal.value, principal.text


_PRINCIPAL_WORD = re.compile(r"本金|借款|欠款|贷款|垫付款|垫款|债务|代偿款|借到|出借|所欠|借给|货款")
_ACCRUED_WORD = re.compile(r"利息|罚息|复利|手续费|违约金|滞纳金|费")


def _sentence_principal(text: str, pos: int):
    """The principal the sentence names before ``pos`` (借款本金X元 …), not an accrued-interest figure."""
    start = max(text.rfind(ch, 0, pos) for ch in "。；;") + 1
    best = None
    for amount in find_amounts(text[start:pos]):
        lead = text[max(start, start + amount.span[0] - 8):start + amount.span[0]]
        tail = re.split(r"[，,、]", lead)[-1]
        if _PRINCIPAL_WORD.search(tail) and not _ACCRUED_WORD.search(tail.split("本金")[-1] if "本金" in tail else tail):
            best = amount
    return best


_CLAUSE_OPENER = re.compile(r"(?<=[、，,])\s*(?:(?:期内利息的|利息的|此后的|之后的|逾期)?(?:复利|罚息|逾期利息|违约金)"
                            r"(?:按|以|自|从))")


def _sub_clauses(piece: str) -> list[tuple[int, int]]:
    """With two or more openers (以…为基数, 、复利按… / ，罚息按…) in one sentence, each opener after the first starts
    a new clause; a single opener does not split (支付…的利息（以X元为基数，按…计算）is one clause)."""
    openers = sorted({m.start() for m in _BASE.finditer(piece)} | {m.start() for m in _CLAUSE_OPENER.finditer(piece)})
    if len(openers) <= 1:
        return [(0, len(piece))]
    cuts = [0] + openers[1:] + [len(piece)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _parse_clause(text: str, start: int, end: int) -> Interest | None:
    segment = text[start:end]
    parts: list[tuple[int, int]] = []
    result: dict = {}
    m = _BASE.search(segment)
    if m:
        inner = m.group("inner")
        amounts = find_amounts(inner)
        result["base"] = amounts[0].value if amounts else None
        result["base_text"] = inner
        parts.append(m.span())
    cap = _CAP.search(segment)
    rate = _rate(segment[:cap.start()] + " " * (cap.end() - cap.start()) + segment[cap.end():] if cap else segment)
    if rate:
        result.update(rate[0])
        parts.append(rate[1])
    m = _START.search(segment)
    if m and re.search(r"期限|期间为|借款日|出借", segment[max(0, m.start() - 6):m.start()]):
        m = None  # 借款期限自…起至…止: the loan term, not the interest period
    if m:
        dates = find_dates(m.group("what") or m.group("date"))
        if dates and dates[0].value:
            result["start"] = dates[0].value
            parts.append(m.span())
        elif re.search(r"起诉|立案|受理|逾期|借款|到期|判决|违约", m.group("what") or ""):
            parts.append(m.span())
    for pattern, kind in ((_END_DUE, "until_due"), (_END_PAID, "until_paid"), (_END_DATE, "date")):
        m = pattern.search(segment)
        if m and kind == "date" and re.search(r"期限|期间|借期", segment[max(0, m.start() - 16):m.start()]):
            m = None
        if m:
            result["end_kind"] = kind
            if kind == "date":
                dates = find_dates(m.group("date"))
                result["end"] = dates[0].value if dates else None
            parts.append(m.span())
            break
    if cap and parts:
        result["cap"] = cap.group(0)
        parts.append(cap.span())
    has_keyword = _KEYWORD.search(segment)
    if not (rate or "base" in result) and not (has_keyword and ("start" in result or "end_kind" in result)):
        return None
    if not has_keyword and not rate:
        return None
    lo = min(p[0] for p in parts)
    hi = max(p[1] for p in parts)
    lead = [k for k in _KEYWORD.finditer(segment, 0, lo) if lo - k.end() <= 6 or k.start() == 0]
    if lead:  # "利息按照…" / "违约金自…" / "利息损失（利息损失自…": the clause starts with its name
        lo = lead[0].start()
    k = _KEYWORD.search(segment, hi)
    if k and k.start() - hi <= 8:  # "…计算至实际付清之日止的逾期利息": the clause ends with its name
        hi = k.end()
    lo, hi = start + lo, start + hi
    return Interest(text=text[lo:hi], span=(lo, hi), **result)


_MARKUP = re.compile(r"^[^，。；]{0,4}?(?:并|再)?(?:加付|加收|上浮|加计)\s*(?P<pct>[0-9０-９.．]+)\s*[%％]")


def _with_markup(segment: str, m: re.Match, annual: Decimal) -> tuple[dict, tuple[int, int]]:
    """月利率8.4‰并加付30%罚息: the effective rate is the stated one raised by the markup."""
    end = m.end()
    markup = _MARKUP.match(segment[end:])
    if markup:
        annual = annual * (1 + _dec(markup.group("pct")) / 100)
        end += markup.end()
    return {"annual_rate_pct": annual, "rate_text": segment[m.start():end]}, (m.start(), end)


def _rate(segment: str) -> tuple[dict, tuple[int, int]] | None:
    m = _LPR.search(segment)
    if m:
        tail = segment[m.end():]
        out = {"rate_text": m.group(0), "annual_rate_pct": None}
        end = m.end()
        mult = _LPR_MULT.match(tail)
        markup = _LPR_MARKUP.match(tail)
        if mult:
            out["lpr_multiple"] = _dec(mult.group("mult"))
            end += mult.end()
        elif markup:
            out["lpr_multiple"] = 1 + _dec(markup.group("pct")) / 100
            end += markup.end()
        else:
            out["lpr_multiple"] = Decimal(1)  # the LPR itself
        out["rate_text"] = segment[m.start():end]
        return out, (m.start(), end)
    m = _RATE_PCT.search(segment) or _RATE_PCT_AFTER.search(segment)
    if m:
        value = _dec(m.group("val"))
        if value is not None:
            if m.group("sign") == "‰":
                value = value / 10
            return _with_markup(segment, m, _annual(m.group("period"), value))
    m = _RATE_CN.search(segment)
    if m:
        value = parse_number(m.group("val"))
        if value is not None:
            scale = {"百分之": 1, "千分之": Decimal("0.1"), "万分之": Decimal("0.01")}[m.group("scale")]
            return _with_markup(segment, m, _annual(m.group("period"), value * scale))
    m = _RATE_FEN.search(segment)
    if m:  # 月息2分 = 2 % a month; 年息1分 = 10 % a year
        value = parse_number(m.group("val"))
        if value is not None:
            pct = value if m.group("period") == "月" else value * 10
            return {"annual_rate_pct": _annual(m.group("period"), pct), "rate_text": m.group(0)}, m.span()
    m = _BENCHMARK.search(segment)
    if m and ("同期" in m.group(0) or "基准" in m.group(0)):
        return {"rate_text": m.group(0), "annual_rate_pct": None}, m.span()
    return None
