"""What the contradiction, calculation and citation checks compare, read by meaning rather than by wording: article
references (第二百六十条 / 第260条 / 二百六十条, with or without 《》 and 中华人民共和国), periods (value, unit and the
event they run from), interest end points by kind, and the parts of a judgment (本院认为, the claims, the tail after
the 主文) found by their opening words when the structure stage did not label them.

Amounts are read with extractors.money.find_amounts everywhere; this module adds no amount reading of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass

# the claims are read by the field stage (extractors/claims.py); the checks read them through the same functions
from extractors.claims import claims_asked, claims_part, operative_start  # noqa: F401  (re-exported to the checks)
from extractors.numerals import DIGITS, fold_digits, parse_number
from zhixing.document import Document
from zhixing.memo import per_document
from zhixing.scan import first_char_gate

_CN_NUM = "零〇一二两三四五六七八九十百千"


# --- article references ---------------------------------------------------------------------------------------------

@dataclass
class ArticleRef:
    law: str | None        # the statute's short name (民事诉讼法, 合同法 …), None where no law is named before it
    number: int
    span: tuple[int, int]


# a statute: 《中华人民共和国民事诉讼法》, 《民事诉讼法》（2017年修正）, 中华人民共和国合同法, 民事诉讼法 — bare names end in 法/法典
_QUOTED_LAW = re.compile(r"《(?P<quoted>[^》]{2,80})》")
# the end of a bare name (…法 / …法典) right before an article; the name itself is read backwards from there, which
# is much cheaper than trying a name at every position of a long reasoning section
_BARE_LAW_END = re.compile(rf"(?:法典|法)(?=(?:（[^）]{{0,16}}）)?\s*第?[{_CN_NUM}0-9]+\s*条)")
_PRC = "中华人民共和国"
_LEAD_VERB = re.compile(r"依照|根据|依据|按照|适用|参照|违反")  # 应当依照民诉法第253条: the name starts after the verb
# the lookahead lets the scan skip characters that cannot start an article number (the parts after it are optional)
_NUMBER = re.compile(rf"(?=[第\s{_CN_NUM}0-9０-９])第?\s*(?P<n>[{_CN_NUM}]+|[0-9０-９]+)\s*条")


_LAW_MARKS = re.compile(r"[《》〈〉]|（[^）]*）|\([^)]*\)")  # brackets and editions around a statute's name


@per_document(maxsize=256)  # a judgment names the same statutes again and again (《民法典》 before each article)
def law_name(raw: str) -> str:
    """民事诉讼法 from 《中华人民共和国民事诉讼法》 / 中华人民共和国民事诉讼法（2017年修正） / 民事诉讼法."""
    name = _LAW_MARKS.sub("", raw)
    name = name.replace("中华人民共和国", "", 1) if name.startswith("中华人民共和国") else name
    return "民事诉讼法" if name == "民诉法" else name  # the abbreviation judges also write


def article_refs(text: str, numbers: set[int] | None = None) -> list[ArticleRef]:
    """Every 第N条 in ``text`` with the statute named last before it in the same sentence (第六十条、第一百零七条
    share the 合同法 before them). Numbers in Arabic or Chinese, with or without 第. With ``numbers``, only the
    articles of those numbers: the numbers are read first, and the statutes only where one of them is cited."""
    if "条" not in text:
        return []  # every article ends in 条: a text without one cites none
    units = {n % 10 for n in numbers} if numbers is not None else None
    found = []
    for m in _NUMBER.finditer(text):
        if units is not None and len(m.group("n")) <= 20 and _last_digit(m.group("n")) not in units:
            continue  # the number cannot be one asked for: not parsed
        value = parse_number(m.group("n"))
        if value is not None and (numbers is None or value in numbers):
            found.append((m, int(value)))
    if not found:
        return []
    laws = [(m.start(), m.end(), law_name(m.group("quoted"))) for m in _QUOTED_LAW.finditer(text)]
    for m in _BARE_LAW_END.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 8 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        if text.endswith(_PRC, 0, start):
            start -= len(_PRC)
        laws.append((start, m.end(), law_name(_LEAD_VERB.split(text[start:m.end()])[-1])))
    laws.sort()
    out = []
    for m, number in found:
        at = m.start()
        if not m.group(0).startswith("第") and not any(e <= at <= e + 14 for _, e, _ in laws):
            continue  # 二百六十条 without 第 counts only right after a statute's name
        sentence_start = max(text.rfind("。", 0, at), text.rfind("；", 0, at), text.rfind("\n", 0, at)) + 1
        before = [name for s, e, name in laws if sentence_start <= s and e <= at]
        out.append(ArticleRef(law=before[-1] if before else None, number=number, span=m.span()))
    return out


def _last_digit(numeral: str) -> int:
    """The units digit of a numeral as ``_NUMBER`` captures it (Arabic, or Chinese digits with 十百千), without parsing
    it: the last digit itself, 0 after a unit (一百六十 / 二百) — the units 十百千 only ever add multiples of ten."""
    last = numeral[-1]
    if last in "0123456789０１２３４５６７８９":
        return int(fold_digits(last))
    return DIGITS.get(last, 0)


def cites(text: str, law: str, numbers: set[int]) -> bool:
    """Whether ``text`` cites one of ``numbers`` of ``law`` (as read by ``article_refs``)."""
    return any(r.law == law for r in article_refs(text, numbers))


# --- periods --------------------------------------------------------------------------------------------------------

@dataclass
class Period:
    value: int | None      # the number as written (十五 → 15)
    unit: str | None       # 日, 工作日, 月, 周; None when the unit is missing (15内)
    anchor: str | None     # service (送达 / 收到 / 接到 / 签收), effective (生效), pronounced (宣判 / 作出), None
    span: tuple[int, int]
    lead: str              # the clause before the number: what the period runs from


# the lookahead lets the scan skip at once the characters no number starts with
_PERIOD = re.compile(r"(?=[0-9０-９一二两三四五六七八九十百半])(?:(?P<n>[0-9０-９]+|[一二两三四五六七八九十百]+)|(?P<half>半))\s*"
                     r"(?P<unit>个工作日|工作日|日|天|个月|月|周|星期)?\s*"
                     # 上诉期限为判决书送达之日起一个月。: a period that ends the sentence needs no 内
                     r"(?:内|以内|之内|(?<=[日天月周期])(?=[。；;，,]|$))")
_ANCHORS = (("service", re.compile(r"送达|收到|接到|签收|领取")), ("effective", re.compile(r"生效")),
            ("pronounced", re.compile(r"宣判|宣告|作出|判决之日|裁定之日|公告")))


_RUNS_FROM = re.compile(r"起|后|之日|次日|算")


def periods(text: str) -> list[Period]:
    """Each "N日内" of a sentence with the event it runs from, read back to the clause start (…送达之日起十五日内 /
    收到判决书后15日内 / 本判决生效之日起七日内)."""
    out = []
    for m in _PERIOD.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in "第年月":
            continue  # 第十五日 / 2024年1月31日内: a date, not a period
        at = m.start()
        clause_start = max(text.rfind("，", 0, at), text.rfind("。", 0, at), text.rfind("；", 0, at),
                           text.rfind(",", 0, at), text.rfind(";", 0, at)) + 1
        lead = text[clause_start:at]
        if not _RUNS_FROM.search(lead) and m.group("unit") is None:
            continue
        if m.group("half") and m.group("unit") not in ("个月", "月"):
            continue  # 半 alone is no period; 半个月内 is half a month
        anchor = next((kind for kind, rx in _ANCHORS if rx.search(lead)), None)
        unit = m.group("unit")
        unit = {"天": "日", "个工作日": "工作日", "个月": "月", "星期": "周"}.get(unit, unit)
        value = parse_number(m.group("n")) if m.group("n") else None
        out.append(Period(int(value) if value is not None else None, unit, anchor, m.span(), lead))
    return out


# a share in per cent, in figures or words: 30% / 30％ / 百分之三十 / 百分之二十五
PERCENT = r"(?:(?P<pct>[0-9０-９]+(?:\.[0-9]+)?)\s*[%％]|百分之(?P<cn>[零一二两三四五六七八九十百点]+))"


def percent_value(m: re.Match):
    """The Decimal a PERCENT match states (30 for 30% and for 百分之三十), or None."""
    return parse_number(fold_digits(m.group("pct")) if m.group("pct") else m.group("cn"))


# --- interest end points ----------------------------------------------------------------------------------------------

_EVENTS = (("起诉", r"起诉|提起诉讼|诉讼之日|诉至|递交诉状"), ("立案", r"立案|受理"), ("辩论终结", r"辩论终结"),
           ("判决送达", r"送达"), ("判决生效", r"生效"), ("判决作出", r"判决作出|判决之日|宣判|本判决作出|判决书作出|裁判之日"),
           ("合同解除", r"解除"), ("交付", r"交付"))


def end_kind(what: str) -> str | None:
    """The kind of an interest end point from the words after 至: until_paid (实际清偿 / 付清 / 还清 …), until_due
    (判决确定的履行期限届满), date:ISO-ish, event:<name> (判决生效, 起诉, 立案 …, or the event's own words, such as
    原告首次催款), None when the words are no end point."""
    what = re.sub(r"\s", "", what)
    if re.search(r"届满|履行期", what):
        return "until_due"
    # 至被告最后一次还款之日 / 至首次付款之日: one past payment, a fixed day, not the day the debt is paid off
    once = re.search(r"(?:最后一次|最后一笔|首次|第一次|上一次|某一次)[^，。；]{0,6}", what)
    if once:
        words = re.sub(r"^(?:本案|本判决|原告|被告|双方|该|上述)+", "", what)
        return f"event:{words[:12]}"
    if re.search(r"签订|签署|订立|达成", what):
        # 至双方签订还款协议之日: the day an agreement is signed, an event of its own, not the day the debt is paid
        return f"event:{re.sub(r'^(?:本案|本判决|原告|被告|双方|该|上述)+', '', what)[:12]}"
    if re.search(r"实际|清偿|付清|还清|结清|款清|给付|履行完毕|支付完毕|偿还|还款|履行之|全部付|清结|支付之|付款之|归还之", what):
        return "until_paid"
    # 2023年12月31日, or 2023.12.31 / 2023-12-31 / 2023/12/31
    date = re.search(r"(?P<y>[0-9]{4})\s*年\s*(?P<m>[0-9]{1,2})\s*月(?:\s*(?P<d>[0-9]{1,2})\s*日?)?|"
                     r"(?P<y2>[0-9]{4})[.．/\-](?P<m2>[0-9]{1,2})[.．/\-](?P<d2>[0-9]{1,2})(?![0-9])", what)
    if date:
        y, m, d = (date.group("y"), date.group("m"), date.group("d")) if date.group("y") else \
            (date.group("y2"), date.group("m2"), date.group("d2"))
        # 至2023年12月: a month with no day is kept at the month's precision (date:2023-12), never a day 00
        return "date:{}-{:02d}-{:02d}".format(int(y), int(m), int(d)) if d else "date:{}-{:02d}".format(int(y), int(m))
    for name, rx in _EVENTS:
        if re.search(rx, what):
            return f"event:{name}"
    words = re.sub(r"^(?:本案|本判决|原告|被告|双方|该|上述)+", "", what)
    return f"event:{words}" if 2 <= len(words) <= 12 and not re.search(r"[0-9元%％]", words) else None


def party_names(doc: Document) -> list[str]:
    """Every party's name and alias, longest first (so 某某有限公司 is taken before 某某)."""
    return sorted({p.name for p in doc.parties} | {a for p in doc.parties for a in p.aliases}, key=len, reverse=True)


# 计算至…之日 / 支持至…止 / 以…之日为止 / 截止日应确定为…之日; 截至 / 暂计算至 name the day accrued interest was counted to, not the end point
END_OF = first_char_gate(re.compile(r"(?<!截)(?<!暂计算)(?<!已计算)(?<!暂算)(?<!已算)(?<!暂计)(?:(?:计算|计付|计|算|支付|给付|支持)?至|"
                    # 自…起满一年为止: a duration from the start
                    r"满(?=[0-9０-９一二两三四五六七八九十]+(?:年|个月|日|天)为止)|"
                    r"以(?=[^，。；（）]{2,24}?(?:之日|之时|日|时)为止)|"
                    r"截止(?:日期?|时间|时点)?(?:应当?|可)?(?:确定|认定|计算|定)?为|"
                    # 关于利息计算的截止时间，应以…之日为准: the end point named by the day that counts
                    r"截止(?:日期?|时间|时点)[，,]?\s*(?:应当?|可)?以(?=[^，。；（）]{2,24}?(?:之日|之时|日|时)为准))\s*"
                    r"(?P<what>[^，。；（）]{2,24}?)(?:之日|之时|为止|时|日|止)"))


def end_words(key: str) -> str:
    return {"until_paid": "实际清偿之日", "until_due": "判决确定的履行期限届满之日"}.get(key) or key.split(":", 1)[1] + (
        "之日" if key.startswith("event:") else "")


# --- parts of a judgment, by their opening words ---------------------------------------------------------------------

_REASONING = re.compile(r"本院(?:经审理|经审查|审查|二审|再审)?认为|本院经审理后认为")


def reasoning_part(doc: Document) -> tuple[int, str] | None:
    """(offset, text) of the court's reasons: the reasoning section, else from the last 本院认为 / 本院经审查认为 before the
    主文 to the legal basis (a paragraph that runs facts and reasons together is still read)."""
    section = doc.section("reasoning")
    if section:
        return section.span[0], doc.span_text(section.span)
    stop = operative_start(doc)
    starts = [m.start() for m in _REASONING.finditer(doc.text, 0, stop)]
    if not starts:
        return None
    basis = doc.text.rfind("依照", starts[-1], stop)
    end = basis if basis > starts[-1] else stop
    return starts[-1], doc.text[starts[-1]:end]


def basis_part(doc: Document) -> tuple[int, str] | None:
    """(offset, text) of the legal basis: its section, else the last 依照 / 根据 … sentence before the 主文."""
    section = doc.section("legal_basis")
    if section:
        return section.span[0], doc.span_text(section.span)
    stop = operative_start(doc)
    starts = [m.start() for m in re.finditer(r"依照|根据|依据", doc.text[:stop])]
    if not starts or "判决如下" not in doc.text[starts[-1]:stop] and "裁定如下" not in doc.text[starts[-1]:stop]:
        return None
    return starts[-1], doc.text[starts[-1]:stop]


def tail_sentences(doc: Document, with_last_item: bool = True,
                   having: re.Pattern | None = None) -> list[tuple[int, str]]:
    """(offset, sentence) of every sentence after the 主文 up to the signature, and of the last item (a tail sentence is
    sometimes glued to it): where the 迟延履行, costs and appeal sentences stand, whatever the sections say. With
    ``having``, only the sentences the pattern finds something in."""
    if not doc.operative_items:
        return []
    last = doc.operative_items[-1]
    start = last.span[0] if with_last_item else last.span[1]
    signature = doc.section("signature")
    end = signature.span[0] if signature and signature.span[0] > start else len(doc.text)
    if having is None:
        return list(_sentences_between(doc.text, start, end))
    return list(_sentences_having(doc.text, start, end, having))


_SENTENCE = re.compile(r"[^。\n]+[。]?")


@per_document(maxsize=64)
def _sentences_between(text: str, start: int, end: int) -> tuple[tuple[int, str], ...]:
    """The tail is read by CIT-01, CIT-02 and CIT-03 alike: split once per document (a str caches its hash, so the
    key costs nothing)."""
    return tuple((start + m.start(), m.group(0)) for m in _SENTENCE.finditer(text[start:end]))


@per_document(maxsize=64)
def _sentences_having(text: str, start: int, end: int, having: re.Pattern) -> tuple[tuple[int, str], ...]:
    """CIT-01 and CIT-02 both look for the 迟延履行 sentences: picked once per document."""
    return tuple((at, s) for at, s in _sentences_between(text, start, end) if having.search(s))
