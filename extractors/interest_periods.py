"""The period of an interest clause: its start (自2015年2月1日起, 从…开始, 2013年8月1日起的…, 2004年1月1日至…止的利息)
and its end: until_paid (至实际清偿之日, 至履行完毕止, 直至清偿本息为止, 至利息还清日), until_due (至本判决确定的履行
期限届满之日, 至判决确定的履行日止) or a fixed date. A period that is the loan term (借款期限为12个月，自…起至…止)
or an accrued figure (截至2015年3月20日的利息为X元) is not the clause's period.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.dates import find_dates

_DATE = (r"(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日"
         r"|[〇○0零一二三四五六七八九]{4}年[〇○0零一二三四五六七八九十]{1,3}月[〇○0零一二三四五六七八九十]{1,3}日)")
# 自/从 X 起; 自/从 DATE; DATE起 / DATE开始 (the 自 left out); DATE至DATE (a range: 2004年1月1日至2009年12月11日止的利息).
# 至自2016年5月10日 belongs to an end, and 自本判决生效之日起十日内 is the payment deadline, not a start.
START = re.compile(rf"(?<!至)(?:自|从|由)\s*(?P<what>[^，,。；;至到自从]{{2,24}}?)\s*(?:起|开始|始)(?!\s*[0-9０-９一二三四五六七八九十]+日内)|"
                   rf"(?<!至)(?:自|从)\s*(?P<date>{_DATE})|"
                   rf"(?<![至到自从0-9０-９])(?P<bare>{_DATE})\s*(?:起|开始|(?=\s*(?:至|到|[-－—~～])\s*{_DATE})"
                   r"|(?=\s*(?:至|到)[^，,。；;]{0,8}?(?:清偿|付清|还清|偿还完毕|履行完毕|给付之日|判决)))|"
                   rf"起息日(?:期)?(?:为|是|：|:)?\s*(?P<value_date>{_DATE})|"
                   r"(?<!至)(?:自|从)(?P<event>[^，,。；;至到自从]{2,12}?之日)(?=\s*(?:至|到))")
_TERM_BEFORE = re.compile(r"(?:期限(?!的第)|借期|期间为|借款日|出借)(?:为|是)?[^，。；届]{0,8}[，,]?\s*$")
# 至本判决确定的履行期限届满之日 / 至判决确定的给付之日 / 至本判决履行期限届满时 (确定 left out)
END_DUE = re.compile(r"(?:计算)?(?:至|到)(?:本|该)?判决(?:书)?(?:所)?(?:(?:确定|指定)的?)?(?:给付|履行|还款|还清款项)?"
                     r"(?:期限|期间|期)?(?:届满|满)?(?:之?日|时)(?:止)?|(?:计算)?(?:至|到)(?:本|该)?判决(?:书)?(?:所)?(?:确定|指定)的?(?:给付|履行|还款)期届满之日(?:止)?"
                     # 至本案生效判决确定的履行期限届满之日 / 至判决书限定债务人自动履行债务期限届满之日
                     r"|(?:计算)?(?:至|到)(?:本案|该案)?(?:生效)?判决(?:书)?[^，,。；;]{0,12}?(?:履行|给付|还款)[^，,。；;]{0,6}?"
                     r"(?:期限|期间)(?:届满|满)(?:之?日|时)(?:止)?")
# 给付 / 履行 alone only right before 之日 (至被告给付之日止): 至借款合同履行期限届满之日 is a term, not payment
_PAID_WORD = (r"(?:清偿|付清|还清|结清|履行完毕|给付完毕|支付完毕|偿还完毕|款清|清结|实际给付|实际支付|实际还款|实际履行|"
              r"实际偿还|实际交付|执行完毕|到账|到达[^，,。；;]{0,6}?账户|(?:给付|履行|归还|返还|偿还|支付|付款|还款(?:到账)?)(?=之?日|止|时|为止))")
END_PAID = re.compile(rf"(?:计算|计付|支付|给付)?(?:直至|至|到)(?:被告|原告|债务人)?[^，,。；;]{{0,10}}?(?:实际|全部)?{_PAID_WORD}"
                      r"[^，,。；;）)]{0,6}?(?:之?日|时|为止|止)(?:止)?")
# 截至/至 DATE 止的利息为X元 is an accrued figure, not the end of a running clause
# (暂计至 / 暂算至 likewise: the claim runs on). A formula after 为 (…的利息计算方式为1309000×7.572%…) is no figure.
# 截至2013年7月12日的利息 with no figure after it is the end of what is claimed; 至转让债权时即2005年8月8日止 names the
# day after the event
END_DATE = re.compile(r"(?<![算暂已])(?<!暂计)(?<!截止)(?:计算)?(?:至|到)\s*(?:[^，,。；;至到即]{1,12}?即\s*)?"
                      r"(?P<date>[0-9０-９]{4}\s*年[^，,。；;止]{2,8}?日|"
                      r"[〇○0零一二三四五六七八九]{4}年[^，,。；;止]{2,8}?日)\s*(?:止)?"
                      r"(?![止]|的?[^，。；]{0,10}?(?:为|是|共计|合计|计)\s*[0-9０-９][0-9０-９.,，]*(?![0-9０-９.,，]|\s*[×*]))")
_START_WORDS = re.compile(r"起诉|立案|受理|逾期|借款|到期|判决|违约")


def is_term(segment: str, pos: int) -> bool:
    """借款期限为12个月，自2015年7月8日起至2016年7月8日止: the loan term stands right before ``pos``."""
    return bool(_TERM_BEFORE.search(segment[max(0, pos - 16):pos]))


_SCHEDULE_AFTER = re.compile(r"\s*(?:止)?\s*(?:偿还|归还|还款|还本)")
_PAID_UP_BEFORE = re.compile(r"(?:仅|已|只)(?:支付|付|偿还|归还)?(?:了)?(?:借款|贷款)?(?:利息|息)?(?:计算)?$|付息$")


def _schedule(segment: str, start: int) -> bool:
    """2016年9月1日至2017年8月31日偿还20%: an instalment of the loan's repayment, not an interest period."""
    m = re.match(rf"[^，,。；;]{{0,4}}?{_DATE}\s*(?:至|到|[-－—~～])\s*{_DATE}", segment[start:])
    return bool(m and _SCHEDULE_AFTER.match(segment, start + m.end()))


def find_start(segment: str) -> tuple[dt.date | None, tuple[int, int]] | None:
    """The start date (None when the start is an event such as 逾期之日) and the span of the start phrase."""
    for m in START.finditer(segment):
        if is_term(segment, m.start()) or _schedule(segment, m.start()):
            continue
        what = m.group("what") or m.group("event") or ""
        dates = find_dates(m.group("date") or m.group("bare") or m.group("value_date") or what)
        if dates and dates[0].value:
            return dates[0].value, m.span()
        if _START_WORDS.search(what):
            return None, m.span()
    return None


def find_end(segment: str) -> tuple[str, dt.date | None, tuple[int, int]] | None:
    """(end_kind, end date, span) of the clause's end, the loan term's end left out."""
    for pattern, kind in ((END_DUE, "until_due"), (END_PAID, "until_paid"), (END_DATE, "date")):
        for m in pattern.finditer(segment):
            if kind == "date" and (re.search(r"期限|期间|借期", segment[max(0, m.start() - 16):m.start()])
                                   or any(s.end() in (m.start(), m.start() - 1) and is_term(segment, s.start())
                                          for s in START.finditer(segment))):
                continue  # 借款期限为2个月，从1994年11月1日至1994年12月31日止: the term's end
            if kind != "date" and is_term(segment, m.start()):
                continue
            if kind == "date" and (_SCHEDULE_AFTER.match(segment, m.end())
                                   or _PAID_UP_BEFORE.search(segment[max(0, m.start() - 8):m.start()])):
                continue  # …至2017年8月31日偿还20% / 仅支付利息至2011年3月21日: a repayment or what was paid
            end = None
            if kind == "date":
                dates = find_dates(m.group("date"))
                end = dates[0].value if dates else None
            return kind, end, m.span()
    return None


def count_starts(segment: str) -> list[int]:
    """Positions of the start phrases in ``segment`` (the loan term left out): each may open a clause."""
    return [m.start() for m in START.finditer(segment) if not is_term(segment, m.start())
            and not _schedule(segment, m.start())]
