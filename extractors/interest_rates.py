"""Interest rates inside one clause: 年/月/日 rates (百分之, 千分之, 万分之, %, ‰, 月息X分) converted to an annual
percentage, LPR multiples and markups, 中国人民银行 benchmark rates (not convertible: annual_rate_pct None), and the
two ways banking judgments tie a rate to another clause of the same passage: a markup on the rate just stated
(贷款利率为月利率6‰，逾期贷款罚息按原借款利率基础上加收50%) and a rate named by reference (按罚息利率计收复利).
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.numerals import parse_number

_VAL = r"[0-9０-９.．]+"
_RATE_PCT = re.compile(rf"(?P<period>年|月|日)(?:利率|息|利息|化利率|息率|费率)?(?:为|按|按照)?\s*(?P<val>{_VAL})\s*"
                       r"(?P<sign>[%％‰])")
_RATE_PCT_AFTER = re.compile(rf"(?P<val>{_VAL})\s*(?P<sign>[%％‰])\s*的?\s*(?P<period>年|月|日)(?:利率|息|利息)")
_RATE_CN = re.compile(r"(?P<period>年|月|日)(?:利率|息|利息|化利率)?(?:为|按|按照|加收|加计|计收|计|计算)?\s*"
                      r"(?P<scale>百分之?|千分之?|万分之?)(?P<val>[0-9０-９.．零〇一二两三四五六七八九十点]+)")
_RATE_FEN = re.compile(r"(?P<period>年|月)息\s*(?P<val>[0-9一二两三四五六七八九.]+)\s*分")
# 贷款利率为4.6% / 按利率6‰: no period named. Banks quote percentages a year and per-mille figures a month.
_RATE_BARE = re.compile(rf"利率(?:为|按|是)?\s*(?P<val>{_VAL})\s*(?P<sign>[%％‰])")
# 上浮30%即年利率7.8% / 下浮10%执行，即确定为月利率4.05‰: the figure after 即 / 确定 is the rate in force
_RESTATED = re.compile(r"(?:即|确定)(?:为|是)?\s*$")
_LPR = re.compile(r"(?:全国银行间同业拆借中心(?:授权)?(?:公布|发布)的)?(?:同期)?(?:一年期|1年期|五年期以上|5年期以上)?"
                  r"(?:贷款市场报价利率|LPR)(?:（LPR）|\(LPR\))?")
_LPR_MULT = re.compile(r"^[^，。；]{0,6}?(?:的)?\s*(?P<mult>[0-9０-９.．一二两三四五六七八九十点]+)\s*倍")
_LPR_MARKUP = re.compile(r"^[^，。；]{0,6}?(?:上浮|加计|加收|加)\s*(?P<pct>[0-9０-９.．]+)\s*[%％]")
_BENCHMARK = re.compile(r"(?:中国人民银行|人民银行|银行)?(?:同期同类|同期同档次?|同期|同档次)?(?:逾期)?(?:人民币)?(?:贷款|存款)?"
                        r"(?:基准)?利率(?:标准)?")
# a markup right after the rate (月利率8.4‰并加付30%罚息) or pointing back to it (…，并在此利率基础上加收50%的罚息)
_MARKUP = re.compile(r"^(?:[^，。；]{0,4}?|[^。；]{0,16}?(?:并|再|此利率|该利率)[^，。；]{0,8}?)"
                     r"(?:加付|加收|上浮|加计)\s*(?P<pct>[0-9０-９.．]+)\s*[%％]|^\s*的\s*(?P<mult>[0-9０-９.．]+)\s*倍")
# a penalty clause priced as a markup on a rate stated before it: 罚息利率为贷款利率上浮50%, 逾期部分加收利息100%
MARKUP_ONLY = re.compile(r"(?:加收|上浮|加计|加付|加)\s*(?:利息)?\s*(?P<pct>[0-9０-９.．]+)\s*[%％]")
# 按逾期利息利率 / 按罚息利率 / 按逾期罚息利率 / 按罚息率: the rate of the overdue-interest clause stated before
RATE_REFERENCE = re.compile(r"按(?:照)?(?:逾期利息|(?:逾期)?罚息)(?:利)?率")


def _dec(text: str) -> Decimal | None:
    return parse_number(text.replace("．", "."))


def _annual(period: str, value: Decimal) -> Decimal:
    return value * {"年": 1, "月": 12, "日": 365}[period]


def _explicit(segment: str) -> list[tuple[re.Match, Decimal]]:
    """Every stated rate in the segment as (match, annual percent), in order of position."""
    found: dict[int, tuple[re.Match, Decimal]] = {}
    for pattern in (_RATE_PCT, _RATE_PCT_AFTER):
        for m in pattern.finditer(segment):
            value = _dec(m.group("val"))
            if value is not None:
                found.setdefault(m.start(), (m, _annual(m.group("period"), value / 10 if m.group("sign") == "‰" else value)))
    for m in _RATE_CN.finditer(segment):
        value = parse_number(m.group("val"))
        if value is not None:
            scale = {"百": 1, "千": Decimal("0.1"), "万": Decimal("0.01")}[m.group("scale")[0]]  # 万分五 = 万分之五
            found.setdefault(m.start(), (m, _annual(m.group("period"), value * scale)))
    for m in _RATE_FEN.finditer(segment):  # 月息2分 = 2 % a month; 年息1分 = 10 % a year
        value = parse_number(m.group("val"))
        if value is not None:
            found.setdefault(m.start(), (m, _annual(m.group("period"), value if m.group("period") == "月" else value * 10)))
    for m in _RATE_BARE.finditer(segment):
        value = _dec(m.group("val"))
        covered = any(o.start() <= m.end() - 1 and m.start() < o.end() for o, _ in found.values())
        if value is not None and not covered:
            found[m.start()] = (m, _annual("月", value / 10) if m.group("sign") == "‰" else value)
    return [found[k] for k in sorted(found)]


def find_rate(segment: str) -> tuple[dict, tuple[int, int]] | None:
    """The clause's rate as Interest fields, with its span in ``segment``; None when no rate is stated."""
    m = _LPR.search(segment)
    if m:
        tail = segment[m.end():]
        out = {"annual_rate_pct": None, "lpr_multiple": Decimal(1)}  # the LPR itself unless a multiple follows
        end = m.end()
        mult, markup = _LPR_MULT.match(tail), _LPR_MARKUP.match(tail)
        if mult:
            out["lpr_multiple"] = _dec(mult.group("mult"))
            end += mult.end()
        elif markup:
            out["lpr_multiple"] = 1 + _dec(markup.group("pct")) / 100
            end += markup.end()
        out["rate_text"] = segment[m.start():end]
        return out, (m.start(), end)
    rates = _explicit(segment)
    restated = [r for r in rates if _RESTATED.search(segment[max(0, r[0].start() - 4):r[0].start()])]
    if restated:
        m, annual = restated[-1]
    elif len({a for _, a in rates}) > 1 and not MARKUP_ONLY.search(segment):
        # （借款年利率7.8%，罚息年利率11.7%）: two rates and no word on which one runs; do not guess
        return {"annual_rate_pct": None, "rate_text": rates[0][0].group(0)}, rates[0][0].span()
    elif rates:
        m, annual = rates[0]
    else:
        for b in _BENCHMARK.finditer(segment):
            if re.search(r"同期|同档|基准", b.group(0)):
                return {"rate_text": b.group(0), "annual_rate_pct": None}, b.span()
        return None
    end = m.end()
    markup = _MARKUP.match(segment[end:])
    if markup:  # 月利率8.4‰并加付30%罚息 / 月息11.781‰的1.5倍: the rate in force is the stated one raised
        annual = annual * (_dec(markup.group("mult")) if markup.group("mult") else 1 + _dec(markup.group("pct")) / 100)
        end += markup.end()
    return {"annual_rate_pct": annual, "rate_text": segment[m.start():end]}, (m.start(), end)


def raised(annual: Decimal, segment: str) -> Decimal | None:
    """The rate of a penalty clause that only states a markup (加收50%) on ``annual``, the rate stated before it."""
    m = MARKUP_ONLY.search(segment)
    if not m or re.search(r"基准|同期|人民银行|贷款市场报价", segment):
        return None
    return annual * (1 + _dec(m.group("pct")) / 100)
