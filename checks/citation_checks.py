"""Citations: the 迟延履行 article for the judgment date, a missing 迟延履行 sentence in a money judgment, the appeal
period for the document type. Statutes repealed on the judgment date are checks/repealed_checks.py."""

from __future__ import annotations

import datetime as dt
import re

from checks import basis
from checks.meaning import (
    article_refs,
    cites,
    operative_start,
    periods,
    tail_sentences,
)
from checks.registry import Finding, check
from zhixing.document import Document

# 民事诉讼法 revisions in force (legal-rules.md §2.1, §2.2)
DELAY_ARTICLES = [(dt.date(1991, 4, 9), 232), (dt.date(2008, 4, 1), 229), (dt.date(2013, 1, 1), 253),
                  (dt.date(2022, 1, 1), 260), (dt.date(2024, 1, 1), 264)]


def expected_delay_article(day: dt.date) -> int | None:
    value = None
    for start, article in DELAY_ARTICLES:
        if day >= start:
            value = article
    return value


def _cn_article(n: int) -> str:
    digits = "零一二三四五六七八九"
    h, t, u = n // 100, n // 10 % 10, n % 10
    return f"{digits[h]}百" + (f"{digits[t]}十" if t else ("零" if u else "")) + (digits[u] if u else "")


_DELAY_WORDS = re.compile(r"迟延履行|加倍支付|延迟履行")
_OTHER_LAW = re.compile(r"解释|规定|意见|批复|通知")


def _delay_sentences(doc: Document) -> list[tuple[int, str]]:
    """The sentences after the 主文 (and in its last item, where the sentence is sometimes glued on) that speak of
    迟延履行 / 加倍支付, whatever the sections are called."""
    return tail_sentences(doc, having=_DELAY_WORDS)


@check("CIT-01", "迟延履行条文序号与裁判日期不符", "citation", "warning", basis.DELAY,
       ["（2024年判决）应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍支付迟延履行期间的债务利息"])
def delay_article_for_date(doc: Document):
    """The 民事诉讼法 article the 迟延履行 sentence cites (read by number: 第二百六十条 / 第260条 / 二百六十条, with or
    without 《》 or an edition) must be the one in force on the judgment date."""
    expected = expected_delay_article(doc.date) if doc.date else None
    if expected is None:
        return
    for offset, sentence in _delay_sentences(doc):
        refs = [r for r in article_refs(sentence) if r.law is None or r.law == "民事诉讼法" or
                "民事诉讼法" in r.law and not _OTHER_LAW.search(r.law)]
        if not refs:
            # 《民法典》第五百七十七条, or the 民诉法解释 alone (第五百零四条 says when delay interest starts): neither is
            # the article that orders the doubled interest
            other = next((r for r in article_refs(sentence) if r.law), None)
            if other is not None:
                start, end = offset + other.span[0], offset + other.span[1]
                cited = doc.text[start:end] if other.law in doc.text[start:end] else f"《{other.law}》{doc.text[start:end]}"
                yield Finding(message=(f"加倍支付迟延履行期间债务利息的依据是民事诉讼法第{_cn_article(expected)}条，文书引用的是"
                                       f"{cited}。"),
                              evidence=[(start, end)], severity="error",
                              suggestion=f"应当依照《中华人民共和国民事诉讼法》第{_cn_article(expected)}条之规定，加倍支付迟延履行"
                                         "期间的债务利息。")
                return
            continue
        ref = refs[0]
        if ref.number == expected:
            return
        start, end = offset + ref.span[0], offset + ref.span[1]
        near_revision = any(abs((doc.date - s).days) <= 60 for s, _ in DELAY_ARTICLES)
        numbers = [a for _, a in DELAY_ARTICLES]
        far = ref.number in numbers and abs(numbers.index(ref.number) - numbers.index(expected)) > 1
        yield Finding(message=(f"裁判日期为{doc.date.isoformat()}，迟延履行条文应为民事诉讼法第{_cn_article(expected)}条，"
                               f"文书引用的是{doc.text[start:end]}。"),
                      evidence=[(start, end)], item_index=None,
                      suggestion=f"应当依照《中华人民共和国民事诉讼法》第{_cn_article(expected)}条之规定，加倍支付迟延履行期间的债务利息。",
                      severity="error" if far else "warning", confidence=0.7 if near_revision else 1.0)
        return


# the notice the law asks for: the debt interest doubled for the time of delay (加倍 / 双倍 / 一倍 … 迟延履行期间的 … 利息)
_DOUBLED = re.compile(r"(?:加倍|双倍|两倍|一倍)[^。]{0,12}迟延履行期间[^。]{0,6}利息|迟延履行期间[^。]{0,8}(?:加倍|双倍)[^。]{0,8}利息")
_PAY = re.compile(r"支付|给付|偿还|归还|返还|赔偿|退还|付清|清偿|补偿|交纳|缴纳")


@check("CIT-02", "金钱给付判决缺少迟延履行告知", "citation", "warning", basis.DELAY_NOTICE,
       ["（判项判令支付金钱，但全文没有“加倍支付迟延履行期间的债务利息”）"])
def delay_sentence_missing(doc: Document):
    """A judgment ordering money must tell the debtor that the debt interest is doubled for the delay; a sentence that
    says something else (迟延履行金, single interest, 承担法律责任, 申请强制执行) does not."""
    if doc.doc_type != "judgment":
        return
    if any(_DOUBLED.search(s) for _, s in tail_sentences(doc)):
        return  # the notice is there (most judgments): the items are not read
    # an item that orders money, however its type was read (topic-first 借款…由被告X归还 included)
    money_items = [i for i in doc.operative_items if i.amounts and i.item_type not in ("dismissal", "costs", "confirmation")
                   and (any(o.action in ("pay", "return") for o in i.obligations) or _PAY.search(i.text))]
    if not money_items or doc.instance == "second" and not any(i.item_type == "payment" for i in doc.operative_items):
        return
    expected = expected_delay_article(doc.date) if doc.date else None
    article = f"第{_cn_article(expected)}条" if expected else "迟延履行条文"
    said = _delay_sentences(doc)
    yield Finding(message=("判决判令给付金钱，但迟延履行告知未写明加倍支付迟延履行期间的债务利息。" if said else
                           "判决判令给付金钱，但未告知未按期履行应加倍支付迟延履行期间的债务利息。"),
                  evidence=[(said[0][0], said[0][0] + len(said[0][1]))] if said else [money_items[-1].span],
                  item_index=None,
                  suggestion=(f"如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》{article}"
                              "之规定，加倍支付迟延履行期间的债务利息。"))


_NO_DOMICILE = re.compile(r"没有住所|无住所|境外|国外|外国|港澳台")
_SERVICE = "可在判决书送达之日起十五日内（裁定书为十日内）"
# 小额诉讼: 一审终审 (民事诉讼法 2012/2017 第一百六十二条, 2021/2023 第一百六十五条)
_SMALL_CLAIMS = ("小额诉讼", "一审终审")


def _says_small_claims(text: str, start: int = 0, end: int | None = None) -> bool:
    """str.find, not a regex: the words are looked for in everything before the 主文, and find is much faster there."""
    return any(text.find(w, start, len(text) if end is None else end) >= 0 for w in _SMALL_CLAIMS)


_JUDGMENT_WORD = re.compile(r"判决|裁定")


def _notices(doc: Document) -> list[tuple[int, str]]:
    """(offset, text) of the appeal sentences after the 主文, however introduced (如不服本判决… / 当事人不服… /
    不服本裁定的… / 当事人如对本判决不服…): the sentences that speak of 上诉."""
    return [(at, s) for at, s in tail_sentences(doc, with_last_item=False) if "上诉" in s]


def _no_appeal_lies(doc: Document) -> str | None:
    """Why no appeal lies, if none does: a small-claims judgment (一审终审) or a second-instance judgment."""
    if doc.instance == "second" and doc.doc_type == "judgment":
        return "二审判决为终审判决"
    small = {162} if doc.date and doc.date < dt.date(2022, 1, 1) else {165}
    basis_section = doc.section("legal_basis")
    if basis_section and cites(doc.span_text(basis_section.span), "民事诉讼法", small) or \
            _says_small_claims(doc.text, 0, operative_start(doc)) or \
            any(_says_small_claims(s) or s.startswith("本判决为终审判决") for _, s in tail_sentences(doc, False)):
        return "适用小额诉讼程序的案件实行一审终审"
    return None


@check("CIT-03", "上诉期间与文书类型不符", "citation", "error", basis.APPEAL,
       ["如不服本裁定，可在裁定书送达之日起十五日内……", "可在判决书送达之日起15内",
        "当事人如对本判决不服，可以在收到判决书之日起三十日内向本院递交上诉状（当事人均在境内有住所）"])
def appeal_period(doc: Document):
    """Each period of the appeal sentence, read by value, unit and anchor: days counted from service (送达 / 收到),
    15 for a judgment, 10 for a ruling (the sentence's own 不服本判决 / 不服本裁定 decides), 30 for a party without
    domicile in China; and no appeal sentence at all where the judgment is final (小额诉讼, 二审)."""
    notices = _notices(doc)
    final = _no_appeal_lies(doc) if notices and doc.doc_type == "judgment" else None
    if final:
        at, sentence = notices[0]
        yield Finding(message=f"{final}，文书却告知可以上诉。", evidence=[(at, at + len(sentence))],
                      suggestion="本判决为终审判决。")
        return
    foreign_doc = _foreign_party(doc)
    stated = False
    for offset, text in notices:
        if doc.doc_type == "judgment" and _RULING_ONLY.search(text) and not _JUDGMENT_SAID.search(text):
            stated = True
            # 如不服本裁定，可以在裁定书送达之日起十日内…, at the end of a 判决: the notice is another document's
            yield Finding(message="本文书为判决书，上诉告知却写作“不服本裁定”，上诉期间应按判决的十五日告知。",
                          evidence=[(offset, offset + len(text))], suggestion="如不服本判决，可在判决书送达之日起十五日内")
            continue
        unextended = _NO_EXTENSION.search(text)
        if unextended:
            stated = True
            yield Finding(message=(f"上诉告知写作“{unextended.group(0)}”，但期间的最后一日是法定休假日的，以休假日后的第一日为期间届满"
                                   "的日期，告知缩短了法定上诉期间。"),
                          evidence=[(offset + unextended.start(), offset + unextended.end())],
                          suggestion="删去“" + unextended.group(0) + "”的表述。")
            continue
        received = _RECEIPT_DECIDES.search(text)
        if received:
            stated = True
            yield Finding(message=(f"上诉告知写作“{received.group(0)}”，但期间不包括在途时间，上诉状在期满前交邮的不算过期，"
                                   "以法院收到之日计算缩短了法定上诉期间。"),
                          evidence=[(offset + received.start(), offset + received.end())],
                          suggestion="删去“" + received.group(0) + "”的表述。")
            continue
        late = _AFTER_PERIOD.search(text)
        if late:  # 送达之日起十五日后: the appeal would open when the period has run out
            stated = True
            kind = _kind(text[:late.end()], doc) or "判决"
            yield Finding(message=(f"上诉期间写作“{late.group(0)}”，意为期满之后才能上诉，与民事诉讼法“送达之日起{late.group('n')}"
                                   "日内”提起上诉的规定相反。"), evidence=[(offset + late.start(), offset + late.end())],
                          suggestion=f"可在{kind}书送达之日起{'十五' if kind == '判决' else '十'}日内")
            continue
        # a period that runs from the judgment (送达 / 生效 / 作出 …); 上诉后七日内交纳上诉费 is another period
        found = [p for p in periods(text) if p.anchor or _JUDGMENT_WORD.search(p.lead)]
        stated = stated or bool(found)
        for p in found:
            evidence = [(offset + p.span[0], offset + p.span[1])]
            written = text[p.span[0]:p.span[1]]
            if p.unit is None:
                yield Finding(message="上诉期间缺少“日”字，期间表述不完整。", evidence=evidence,
                              suggestion=written.replace("内", "日内", 1))
                continue
            if p.unit != "日" or p.anchor != "service":
                what = {"工作日": "以工作日计算", "月": "以月计算", "周": "以周计算"}.get(p.unit) or "不是自送达之日起计算"
                yield Finding(message=f"上诉期间{what}，与民事诉讼法“自判决书、裁定书送达之日起”按日计算的规定不符。",
                              evidence=evidence, suggestion=_SERVICE)
                continue
            clause_start = max(text.rfind("；", 0, p.span[0]), text.rfind("，", 0, max(0, p.span[0] - 12)))
            clause = text[max(0, clause_start):p.span[1]]
            kind = _kind(text[:p.span[1]], doc)
            domestic = {"判决": 15, "裁定": 10}.get(kind)
            if _NO_DOMICILE.search(clause) or foreign_doc and len(found) == 1:
                if p.value == 30 or len(found) == 1 and p.value == domestic:
                    continue  # 30 days for a party without domicile; the domestic period for the others
                expected = 30
            else:
                expected = domestic
            if expected and p.value != expected:
                words = {15: "十五", 10: "十", 30: "三十"}[expected]
                yield Finding(message=f"不服{kind}的上诉期间为{expected}日，文书写作{written}。", evidence=evidence,
                              suggestion=f"可在{kind}书送达之日起{words}日内")
    telling = [(at, s) for at, s in notices if _TELLS_APPEAL.search(s)]
    if telling and not stated and doc.doc_type in ("judgment", "ruling"):
        # 如不服本判决，可以向本院递交上诉状…: the notice says where to appeal, but not within what time
        at, sentence = telling[0]
        kind = "裁定" if doc.doc_type == "ruling" else "判决"
        yield Finding(message=f"上诉告知未写明上诉期间（不服{kind}的上诉期间为送达之日起{'十' if kind == '裁定' else '十五'}日）。",
                      evidence=[(at, at + len(sentence))],
                      suggestion=f"如不服本{kind}，可在{kind}书送达之日起{'十' if kind == '裁定' else '十五'}日内")


_RULING_ONLY = re.compile(r"本裁定|裁定书")
# a sentence that tells how to appeal (not one that only names the 上诉人 or the 二审 fee)
_TELLS_APPEAL = re.compile(r"不服[^。]{0,30}?上诉|上诉于|递交上诉状|提起上诉|提出上诉")
# a period that "does not run on" past a holiday: the law moves its last day to the next working day (民事诉讼法
# 2021/2023 第八十五条, 2012/2017 第八十二条), so the notice shortens the period the law gives
_NO_EXTENSION = re.compile(r"(?:节假日|节日|假日|休息日|休假日|假期)[^，。；）)]{0,4}?不(?:予|再|得)?顺延|"
                           r"不因[^，。；）)]{0,8}?(?:节假日|节日|假日|休息日|休假日|假期)[^，。；）)]{0,4}?(?:顺延|延长)")
# a period that ends when the court receives the appeal (以本院收到上诉状之日为准 / 须在期间内寄达本院 / 在途时间计入上诉期间):
# the time in the post is not part of a period and an appeal posted in time is in time (same article)
_RECEIPT_DECIDES = re.compile(r"以[^，。；（）()]{0,6}?(?:法院|本院|我院)(?:实际)?(?:收到|收悉|签收)[^，。；（）()]{0,8}?(?:之日|时间|日期)?为准|"
                              r"(?:送达|寄达|到达|递交至?)(?:本院|法院|我院)[^，。；]{0,4}?为准|在途(?:时间|期间)[^，。；]{0,4}?计入")
_AFTER_PERIOD = re.compile(r"(?:送达|收到|接到)[^，。；]{0,6}?(?:之日|次日)?起?\s*"
                           r"(?P<n>[0-9０-９]+|[一二两三四五六七八九十]+)\s*(?:日|天)\s*(?:后|以后|之后)")
_JUDGMENT_SAID = re.compile(r"本判决|判决书")
_SAID_KIND = re.compile(r"本(判决|裁定)|(判决|裁定)书")


def _kind(text: str, doc: Document) -> str | None:
    """判决 or 裁定: what the sentence itself says is appealed, else the document type."""
    said = _SAID_KIND.findall(text)
    if said:
        return next(x for x in said[-1] if x)
    return {"judgment": "判决", "ruling": "裁定"}.get(doc.doc_type)


# a place abroad, or a name in Latin letters; looked for word by word (str.find) and one pattern for the letters: one
# alternation of them all gives the regex engine no first character to skip ahead to
_FOREIGN = ("英国", "美国", "日本", "韩国", "德国", "法国", "新加坡", "香港", "澳门", "台湾", "荷兰", "意大利", "加拿大", "澳大利亚",
            "俄罗斯", "印度", "马来西亚", "泰国", "越南", "瑞士", "瑞典", "丹麦", "挪威", "比利时", "西班牙", "巴西", "开曼", "维尔京",
            "百慕大", "境外", "国外")
_LATIN_NAME = re.compile(r"[A-Za-z]{4,}")


def _foreign_party(doc: Document) -> bool:
    block = doc.section("parties")
    if not block:
        return False
    text = doc.span_text(block.span)
    return any(w in text for w in _FOREIGN) or bool(_LATIN_NAME.search(text))
