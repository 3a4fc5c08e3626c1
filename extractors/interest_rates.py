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
# ‰, and the HTML entity that scraped texts keep unconverted (日3&permil;)
_PER_MILLE = ("‰", "&permil;")
# (年利率提高至25% / 调整为18%: the rate in force after the change)
# (季利率4.4% / 季度利息为2%: a quarter's rate, four to the year; 季 only before a rate word, 第三季度3% is no rate;
# 半年利率9.1%: a half-year's rate, two to the year)
_RATE_PCT = re.compile(rf"(?P<period>半年(?=利率|息|利息|化利率)|年|月|日|季(?:度)?(?=利率|息|利息|化利率))(?:利率|息|利息|化利率|息率|费率)?"
                       r"(?:为|按|按照|(?:提高|调整|调高|上调|变更|增加|增)(?:至|到|为))?\s*"
                       rf"(?P<val>{_VAL})\s*"
                       r"(?P<sign>[%％‰]|&permil;)")
_RATE_PCT_AFTER = re.compile(rf"(?P<val>{_VAL})\s*(?P<sign>[%％‰]|&permil;)\s*的?\s*(?P<period>年|月|日)化?(?:利率|息|利息)")
_RATE_CN = re.compile(r"(?P<period>半年(?=利率|息|利息|化利率)|年|月|日|季(?:度)?(?=利率|息|利息|化利率))(?:利率|息|利息|化利率)?(?:为|按|按照|加收|加计|计收|计|计算)?\s*"
                      r"(?P<scale>百分之?|千分之?|万分之?)(?P<val>[0-9０-９.．零〇一二两三四五六七八九十点]+)")
# 月息2分 / 月息按1分5计算 (1.5 分: the figure after 分 is tenths of a 分) / 年息1分 / 月利率2分 / 月息8厘 (0.8 分)
_RATE_FEN = re.compile(r"(?P<period>年|月)(?:息|利率|利息)(?:按|为|按照)?\s*(?P<val>[0-9一二两三四五六七八九.]+)\s*"
                       r"(?:(?P<fen>分)(?!之)(?P<tenth>[0-9一二三四五六七八九](?![0-9.]))?|厘)")
# 千分之六的月利率 / 万分之五的日利率: the figure before its period
_RATE_CN_AFTER = re.compile(r"(?P<scale>百分之?|千分之?|万分之?)(?P<val>[0-9０-９.．零〇一二两三四五六七八九十点]+)\s*的?\s*"
                            r"(?P<period>年|月|日)(?:利率|息|利息)")
# a daily (or monthly) rate whose period is stated apart from the figure: 每日按借款金额的万分之五, 按日按应付款的千分之一,
# 每逾期支付一天，应承担支付金额千分之二的违约金, 每迟延一日，违约金为合同价款的万分之二点五
_RATE_APART = re.compile(r"(?:(?P<day>每日|按日|每天|按天|每?(?:逾期|迟延|延迟|延期|超期)[\u4e00-\u9fff]{0,4}?(?:一|1)(?:日|天))"
                         r"|(?P<month>每月|按月(?!租金|工资|收入|利率)))"
                         # 每月按其月收入的百分之二十: a share of an income, not a rate on a debt
                         r"(?:(?!收入|工资|所得|营业额|利润|收益|薪)[^。；;%％‰]){0,28}?(?<!提高)(?<!上浮)(?<!加收)(?<!增加)"
                         r"(?:(?P<scale>百分之?|千分之?|万分之?)(?P<val>[0-9０-９.．零〇一二两三四五六七八九十点]+)"
                         rf"|(?P<fig>{_VAL})\s*(?P<sign>[%％‰]|&permil;))")
# 万分之8.3/日, 0.05%/天: the period written after the figure
_RATE_PER = re.compile(rf"(?:(?P<scale>百分之?|千分之?|万分之?)(?P<cval>[0-9０-９.．零〇一二两三四五六七八九十点]+)"
                       rf"|(?P<val>{_VAL})\s*(?P<sign>[%％‰]|&permil;))\s*[/每]\s*(?P<period>日|天|月|年)")
# 贷款利率为4.6% / 按利率6‰: no period named. Banks quote percentages a year and per-mille figures a month.
_RATE_BARE = re.compile(rf"利率(?:为|按|是)?\s*(?P<val>{_VAL})\s*(?P<sign>[%％‰]|&permil;)")
# 上浮30%即年利率7.8% / 下浮10%执行，即确定为月利率4.05‰: the figure after 即 / 确定 is the rate in force
_RESTATED = re.compile(r"(?:即|确定|执行)(?:为|是)?\s*$")
_LPR = re.compile(r"(?:同期)?(?:全国银行间同业拆借中心(?:授权)?(?:公布|发布)的)?(?:同期)?(?:一年期|1年期|五年期以上|5年期以上)?"
                  r"(?:贷款市场报价利率|LPR)(?:（LPR）|\(LPR\))?")
_LPR_STATED = re.compile(rf"\s*[（(](?:即|为|折合)?\s*年(?:利率|息)?\s*(?:为)?\s*(?P<val>{_VAL})\s*[%％][）)]")
_LPR_MULT = re.compile(r"^[^，。；]{0,6}?(?:的)?\s*(?P<mult>[0-9０-９.．一二两三四五六七八九十点]+)\s*倍")
# LPR加177个基点 / 基准利率加48.5个基点: a spread in basis points (0.01 percentage points), not a multiple
_BASIS_POINTS = re.compile(r"^[^，。；]{0,6}?(?:加|上浮|加上)\s*(?P<bp>[0-9０-９.．]+)\s*(?:个)?(?:基点|BP|bp)")
_LPR_MARKUP = re.compile(r"^[^，。；]{0,6}?(?:上浮|加计|加收|加)\s*(?P<pct>[0-9０-９.．]+)\s*[%％]")
_BENCHMARK = re.compile(r"(?:中国人民银行|人民银行|银行)?(?:同期同类|同期同档次?|同期|同档次)?(?:逾期)?(?:人民币)?"
                        r"(?:[1-5一二三五]年期(?:以上)?|六个月|半年期)?(?:贷款|存款)?"
                        r"(?:基准)?利率(?:标准)?")
_FORMULA = re.compile(r"(?P<base>[0-9][0-9.,，]*)\s*[×*]\s*(?P<rate>[0-9.]+)\s*[%％](?P<more>(?:\s*[×*]\s*[0-9.]+\s*[%％])*)"
                      r"\s*[÷/]\s*(?:360|365)\s*[×*]\s*[0-9]+")
# a markup right after the rate (月利率8.4‰并加付30%罚息) or pointing back to it (…，并在此利率基础上加收50%的罚息)
_MARKUP = re.compile(r"^(?:[^，。；]{0,4}?|[^。；]{0,16}?(?:并|再|此利率|该利率)[^，。；]{0,8}?)"
                     r"(?:加付|加收|上浮|加计)\s*(?P<pct>[0-9０-９.．]+)\s*[%％]|^\s*的\s*(?P<mult>[0-9０-９.．]+)\s*倍")
# a penalty clause priced as a markup on a rate stated before it: 罚息利率为贷款利率上浮50%, 逾期部分加收利息100%
MARKUP_ONLY = re.compile(r"(?:加收|上浮|加计|加付|提高|加)\s*(?:利息)?\s*(?:(?P<pct>[0-9０-９.．]+)\s*[%％]|百分之(?P<cn>[0-9０-９零一二两三四五六七八九十点]+))")
# 按逾期利息利率 / 按罚息利率 / 按逾期罚息利率 / 按罚息率: the rate of the overdue-interest clause stated before
RATE_REFERENCE = re.compile(r"按(?:照)?(?:逾期利息|(?:逾期)?罚息)(?:利)?率")


def _dec(text: str) -> Decimal | None:
    return parse_number(text.replace("．", "."))


def _annual(period: str, value: Decimal) -> Decimal:
    return value * {"年": 1, "半": 2, "季": 4, "月": 12, "日": 365}[period[0]]


_SCALES = {"百": Decimal(1), "千": Decimal("0.1"), "万": Decimal("0.01")}  # 万分五 = 万分之五


def _overlaps(found: dict, start: int, end: int) -> bool:
    return any(o.start() < end and start < o.end() for o, _ in found.values())


def _explicit(segment: str) -> list[tuple[re.Match, Decimal]]:
    """Every stated rate in the segment as (match, annual percent), in order of position."""
    found: dict[int, tuple[re.Match, Decimal]] = {}
    for pattern in (_RATE_PCT, _RATE_PCT_AFTER):
        for m in pattern.finditer(segment):
            value = _dec(m.group("val"))
            if value is not None:
                found.setdefault(m.start(), (m, _annual(m.group("period"), value / 10 if m.group("sign") in _PER_MILLE else value)))
    for m in [*_RATE_CN.finditer(segment), *_RATE_CN_AFTER.finditer(segment)]:
        value = parse_number(m.group("val"))
        if value is not None:
            found.setdefault(m.start(), (m, _annual(m.group("period"), value * _SCALES[m.group("scale")[0]])))
    for m in _RATE_FEN.finditer(segment):  # 月息2分 = 2 % a month; 年息1分 = 10 % a year
        value = parse_number(m.group("val"))
        if value is not None:
            value += parse_number(m.group("tenth")) / 10 if m.group("tenth") else 0
            value = value if m.group("fen") else value / 10  # 1 厘 = 0.1 分
            found.setdefault(m.start(), (m, _annual(m.group("period"), value if m.group("period") == "月" else value * 10)))
    for m in _RATE_PER.finditer(segment):
        value = parse_number(m.group("cval") or "") if m.group("scale") else _dec(m.group("val"))
        if value is not None and not _overlaps(found, m.start(), m.end()):
            pct = value * _SCALES[m.group("scale")[0]] if m.group("scale") else value / 10 if m.group("sign") in _PER_MILLE else value
            found[m.start()] = (m, _annual({"天": "日"}.get(m.group("period"), m.group("period")), pct))
    for m in _RATE_APART.finditer(segment):
        if m.group("scale"):
            value, at = parse_number(m.group("val")), m.start("scale")
            value = value * _SCALES[m.group("scale")[0]] if value is not None else None
        else:  # 每日1% / 每天本金5‰
            value, at = _dec(m.group("fig")), m.start("fig")
            value = value / 10 if value is not None and m.group("sign") in _PER_MILLE else value
        if value is not None and not _overlaps(found, at, m.end()):
            found[m.start()] = (m, _annual("日" if m.group("day") else "月", value))
    for m in _RATE_BARE.finditer(segment):
        value = _dec(m.group("val"))
        if value is not None and not _overlaps(found, m.start(), m.end()):
            found[m.start()] = (m, _annual("月", value / 10) if m.group("sign") in _PER_MILLE else value)
    return [found[k] for k in sorted(found)]


def formula(segment: str) -> tuple[Decimal, Decimal, tuple[int, int]] | None:
    """(base, annual percent, span) of a computation written out: 1309000×7.572%×150%÷360×131 (base × annual rate
    × markup ÷ days of the year × days)."""
    m = _FORMULA.search(segment)
    if not m:
        return None
    base, rate = _dec(m.group("base").replace(",", "").replace("，", "")), _dec(m.group("rate"))
    if base is None or rate is None:
        return None
    for factor in re.findall(r"[×*]\s*([0-9.]+)\s*[%％]", m.group("more") or ""):
        rate = rate * _dec(factor) / 100
    return base, rate, m.span()


_FEE_RATE = re.compile(r"保费率|保险费率|费率|保费")


def find_rate(segment: str) -> tuple[dict, tuple[int, int]] | None:
    """The clause's rate as Interest fields, with its span in ``segment``; None when no rate is stated."""
    computed = formula(segment)
    if computed:
        return {"annual_rate_pct": computed[1], "rate_text": segment[computed[2][0]:computed[2][1]]}, computed[2]
    m = _LPR.search(segment)
    if m:
        tail = segment[m.end():]
        out = {"annual_rate_pct": None, "lpr_multiple": Decimal(1)}  # the LPR itself unless a multiple follows
        end = m.end()
        mult, markup = _LPR_MULT.match(tail), _LPR_MARKUP.match(tail)
        bp = _BASIS_POINTS.match(tail)
        if bp:  # LPR + a spread: no multiple of the LPR, and no figure without the LPR of the day
            out["lpr_multiple"] = None
            end += bp.end()
        elif mult:
            out["lpr_multiple"] = _dec(mult.group("mult"))
            end += mult.end()
        elif markup:
            out["lpr_multiple"] = 1 + _dec(markup.group("pct")) / 100
            end += markup.end()
        # 按LPR（年利率3.45％）: the LPR of the day stated as its figure
        stated = _LPR_STATED.match(segment, end)
        if stated and out["lpr_multiple"] == 1:
            out["annual_rate_pct"] = _dec(stated.group("val"))
            end = stated.end()
        out["rate_text"] = segment[m.start():end]
        return out, (m.start(), end)
    # 每月保费率为1.65% / 手续费率: a premium or fee rate is no interest rate
    rates = [r for r in _explicit(segment) if not _FEE_RATE.search(segment[max(0, r[0].start() - 6):r[0].end()])]
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
            # 中国人民银行贷款利率的4倍: the bank's rate named with its multiple is the benchmark too
            if re.search(r"同期|同档|基准", b.group(0)) or "人民银行" in b.group(0) and \
                    re.match(r"的?\s*[0-9０-９一二三四五六七八九十]+(?:\.[0-9]+)?\s*倍", segment[b.end():]):
                bp = _BASIS_POINTS.match(segment[b.end():])
                end = b.end() + (bp.end() if bp else 0)
                return {"rate_text": segment[b.start():end], "annual_rate_pct": None}, (b.start(), end)
        return None
    end = m.end()
    markup = _MARKUP.match(segment[end:])
    if markup:  # 月利率8.4‰并加付30%罚息 / 月息11.781‰的1.5倍: the rate in force is the stated one raised
        annual = annual * (_dec(markup.group("mult")) if markup.group("mult") else 1 + _dec(markup.group("pct")) / 100)
        end += markup.end()
    return {"annual_rate_pct": annual, "rate_text": segment[m.start():end]}, (m.start(), end)


# 罚息利率为借款利率的150% / 按合同利率的1.5倍: the penalty rate as a share or multiple of the rate stated before
_SHARE_OF_RATE = re.compile(r"利率的\s*(?:(?P<pct>[0-9０-９.．]+)\s*[%％]|(?P<times>[0-9０-９.．]+)\s*倍)")


def raised(annual: Decimal, segment: str) -> Decimal | None:
    """The rate of a penalty clause that only states a markup (加收50%) on ``annual``, the rate stated before it."""
    share = _SHARE_OF_RATE.search(segment)
    if share and not re.search(r"基准|同期|人民银行|贷款市场报价|LPR", segment[:share.start()]):
        figure = _dec(share.group("pct") or share.group("times"))
        if figure is None:
            return None
        return annual * (figure / 100 if share.group("pct") else figure)
    m = MARKUP_ONLY.search(segment)
    if not m or re.search(r"基准|同期|人民银行|贷款市场报价", segment):
        return None
    pct = _dec(m.group("pct")) if m.group("pct") else parse_number(m.group("cn"))
    return annual * (1 + pct / 100) if pct is not None else None
