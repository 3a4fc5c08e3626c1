"""What the contradiction, calculation and citation checks compare, read by meaning rather than by wording: article
references (第二百六十条 / 第260条 / 二百六十条, with or without 《》 and 中华人民共和国), periods (value, unit and the
event they run from), interest end points by kind, and the parts of a judgment (本院认为, the claims, the tail after
the 主文) found by their opening words when the structure stage did not label them.

Amounts are read with extractors.money.find_amounts everywhere; this module adds no amount reading of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.numerals import parse_number
from zhixing.document import Document
from zhixing.memo import per_document

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
_NUMBER = re.compile(rf"第?\s*(?P<n>[{_CN_NUM}]+|[0-9０-９]+)\s*条")


def law_name(raw: str) -> str:
    """民事诉讼法 from 《中华人民共和国民事诉讼法》 / 中华人民共和国民事诉讼法（2017年修正） / 民事诉讼法."""
    name = re.sub(r"[《》〈〉]|（[^）]*）|\([^)]*\)", "", raw)
    name = name.replace("中华人民共和国", "", 1) if name.startswith("中华人民共和国") else name
    return "民事诉讼法" if name == "民诉法" else name  # the abbreviation judges also write


def article_refs(text: str) -> list[ArticleRef]:
    """Every 第N条 in ``text`` with the statute named last before it in the same sentence (第六十条、第一百零七条
    share the 合同法 before them). Numbers in Arabic or Chinese, with or without 第."""
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
    for m in _NUMBER.finditer(text):
        if not m.group(0).startswith("第") and not any(e <= m.start() <= e + 14 for _, e, _ in laws):
            continue  # 二百六十条 without 第 counts only right after a statute's name
        sentence_start = max(text.rfind(ch, 0, m.start()) for ch in "。；\n") + 1
        before = [name for s, e, name in laws if sentence_start <= s and e <= m.start()]
        value = parse_number(m.group("n"))
        if value is not None:
            out.append(ArticleRef(law=before[-1] if before else None, number=int(value), span=m.span()))
    return out


# --- periods --------------------------------------------------------------------------------------------------------

@dataclass
class Period:
    value: int | None      # the number as written (十五 → 15)
    unit: str | None       # 日, 工作日, 月, 周; None when the unit is missing (15内)
    anchor: str | None     # service (送达 / 收到 / 接到 / 签收), effective (生效), pronounced (宣判 / 作出), None
    span: tuple[int, int]
    lead: str              # the clause before the number: what the period runs from


_PERIOD = re.compile(r"(?P<n>[0-9０-９]+|[一二两三四五六七八九十百]+)\s*(?P<unit>个工作日|工作日|日|天|个月|月|周|星期)?"
                     r"\s*(?:内|以内|之内)")
_ANCHORS = (("service", re.compile(r"送达|收到|接到|签收|领取")), ("effective", re.compile(r"生效")),
            ("pronounced", re.compile(r"宣判|宣告|作出|判决之日|裁定之日|公告")))


def periods(text: str) -> list[Period]:
    """Each "N日内" of a sentence with the event it runs from, read back to the clause start (…送达之日起十五日内 /
    收到判决书后15日内 / 本判决生效之日起七日内)."""
    out = []
    for m in _PERIOD.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in "第年月":
            continue  # 第十五日 / 2024年1月31日内: a date, not a period
        clause_start = max(text.rfind(ch, 0, m.start()) for ch in "，。；,;") + 1
        lead = text[clause_start:m.start()]
        if not re.search(r"起|后|之日|次日|算", lead) and m.group("unit") is None:
            continue
        anchor = next((kind for kind, rx in _ANCHORS if rx.search(lead)), None)
        unit = m.group("unit")
        unit = {"天": "日", "个工作日": "工作日", "个月": "月", "星期": "周"}.get(unit, unit)
        value = parse_number(m.group("n"))
        out.append(Period(int(value) if value is not None else None, unit, anchor, m.span(), lead))
    return out


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
    if re.search(r"实际|清偿|付清|还清|结清|款清|给付|履行完毕|支付完毕|偿还|还款|履行之|全部付|清结|支付之|付款之|归还之", what):
        return "until_paid"
    date = re.search(r"(?P<y>[0-9]{4})\s*年\s*(?P<m>[0-9]{1,2})\s*月(?:\s*(?P<d>[0-9]{1,2})\s*日?)?", what)
    if date:
        return "date:{}-{:02d}-{:02d}".format(int(date.group("y")), int(date.group("m")), int(date.group("d") or 0))
    for name, rx in _EVENTS:
        if re.search(rx, what):
            return f"event:{name}"
    words = re.sub(r"^(?:本案|本判决|原告|被告|双方|该|上述)+", "", what)
    return f"event:{words}" if 2 <= len(words) <= 12 and not re.search(r"[0-9元%％]", words) else None


# 计算至…之日 / 支持至…止 / 以…之日为止 / 截止日应确定为…之日; 截至 / 暂计算至 name the day accrued interest was counted to, not the end point
END_OF = re.compile(r"(?<!截)(?<!暂计算)(?<!已计算)(?<!暂算)(?<!已算)(?<!暂计)(?:(?:计算|计付|计|算|支付|给付|支持)?至|"
                    r"以(?=[^，。；（）]{2,24}?(?:之日|之时|日|时)为止)|"
                    r"截止(?:日期?|时间|时点)?(?:应当?|可)?(?:确定|认定|计算|定)?为)\s*"
                    r"(?P<what>[^，。；（）]{2,24}?)(?:之日|之时|时|日|止)")


def end_words(key: str) -> str:
    return {"until_paid": "实际清偿之日", "until_due": "判决确定的履行期限届满之日"}.get(key) or key.split(":", 1)[1] + (
        "之日" if key.startswith("event:") else "")


# --- parts of a judgment, by their opening words ---------------------------------------------------------------------

_REASONING = re.compile(r"本院(?:经审理|经审查|审查|二审|再审)?认为|本院经审理后认为")
_CLAIMS = re.compile(r"诉讼请求|上诉请求|再审请求|请求判令|请求法院|请求依法|起诉请求")


def operative_start(doc: Document) -> int:
    return doc.operative_items[0].span[0] if doc.operative_items else len(doc.text)


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


def claims_part(doc: Document) -> tuple[int, str] | None:
    """(offset, text) of the claims: the claims section, else the paragraph that states 诉讼请求 / 请求判令 / 上诉请求."""
    section = doc.section("claims")
    if section:
        return section.span[0], doc.span_text(section.span)
    m = _CLAIMS.search(doc.text, 0, operative_start(doc))
    if not m:
        return None
    start = doc.text.rfind("\n", 0, m.start()) + 1
    end = doc.text.find("\n", m.end())
    return start, doc.text[start:end if end >= 0 else len(doc.text)]


def tail_sentences(doc: Document, with_last_item: bool = True) -> list[tuple[int, str]]:
    """(offset, sentence) of every sentence after the 主文 up to the signature, and of the last item (a tail sentence is
    sometimes glued to it): where the 迟延履行, costs and appeal sentences stand, whatever the sections say."""
    if not doc.operative_items:
        return []
    last = doc.operative_items[-1]
    start = last.span[0] if with_last_item else last.span[1]
    signature = doc.section("signature")
    end = signature.span[0] if signature and signature.span[0] > start else len(doc.text)
    return list(_sentences_between(doc.text, start, end))


@per_document(maxsize=64)
def _sentences_between(text: str, start: int, end: int) -> tuple[tuple[int, str], ...]:
    """The tail is read by CIT-01, CIT-02 and CIT-03 alike: split once per document (a str caches its hash, so the
    key costs nothing)."""
    return tuple((start + m.start(), m.group(0)) for m in re.finditer(r"[^。\n]+[。]?", text[start:end]))
