"""Citations: the 迟延履行 article for the judgment date, a missing 迟延履行 sentence in a money judgment, the appeal
period for the document type, statutes repealed on the judgment date."""

from __future__ import annotations

import datetime as dt
import re

from checks import basis
from checks.registry import Finding, check
from extractors.numerals import parse_number
from zhixing.document import Document

# 民事诉讼法 revisions in force (legal-rules.md §2.1, §2.2)
DELAY_ARTICLES = [(dt.date(1991, 4, 9), 232), (dt.date(2008, 4, 1), 229), (dt.date(2013, 1, 1), 253),
                  (dt.date(2022, 1, 1), 260), (dt.date(2024, 1, 1), 264)]
_ARTICLE = re.compile(r"第([零一二三四五六七八九十百]+|[0-9]+)条")
_REPEALED = re.compile(r"《中华人民共和国(合同法|婚姻法|担保法|民法通则|物权法|侵权责任法|继承法|收养法|民法总则)》")
_TRANSITION = re.compile(r"时间效力|民法典施行前|法律事实引起的民事纠纷")


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


@check("CIT-01", "迟延履行条文序号与裁判日期不符", "citation", "warning", basis.DELAY,
       ["（2024年判决）应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍支付迟延履行期间的债务利息"])
def delay_article_for_date(doc: Document):
    section = doc.section("delay_interest")
    if not section or doc.date is None:
        return
    text = doc.span_text(section.span)
    m = _ARTICLE.search(text)
    expected = expected_delay_article(doc.date)
    if not m or expected is None:
        return
    cited = parse_number(m.group(1))
    if cited is not None and int(cited) != expected:
        start = section.span[0] + m.start()
        near_revision = any(abs((doc.date - s).days) <= 60 for s, _ in DELAY_ARTICLES)
        versions = {a for _, a in DELAY_ARTICLES}
        far = int(cited) in versions and abs([a for _, a in DELAY_ARTICLES].index(int(cited)) -
                                             [a for _, a in DELAY_ARTICLES].index(expected)) > 1
        yield Finding(message=(f"裁判日期为{doc.date.isoformat()}，迟延履行条文应为民事诉讼法第{_cn_article(expected)}条，"
                               f"文书引用的是第{m.group(1)}条。"),
                      evidence=[(start, start + len(m.group(0)))], item_index=None,
                      suggestion=f"应当依照《中华人民共和国民事诉讼法》第{_cn_article(expected)}条之规定，加倍支付迟延履行期间的债务利息。",
                      severity="error" if far else "warning", confidence=0.7 if near_revision else 1.0)


@check("CIT-02", "金钱给付判决缺少迟延履行告知", "citation", "warning", basis.DELAY_NOTICE,
       ["（判项判令支付金钱，但全文没有“加倍支付迟延履行期间的债务利息”）"])
def delay_sentence_missing(doc: Document):
    section = doc.section("delay_interest")
    if section and "加倍支付" in doc.span_text(section.span):
        return
    if doc.doc_type != "judgment" or doc.instance == "second" and not any(
            i.item_type == "payment" for i in doc.operative_items):
        return
    money_items = [i for i in doc.operative_items if i.item_type == "payment" and i.amounts and
                   any(o.action in ("pay", "return") for o in i.obligations)]
    if money_items:
        expected = expected_delay_article(doc.date) if doc.date else None
        article = f"第{_cn_article(expected)}条" if expected else "迟延履行条文"
        yield Finding(message="判决判令给付金钱，但未告知未按期履行应加倍支付迟延履行期间的债务利息。",
                      evidence=[money_items[-1].span], item_index=None,
                      suggestion=(f"如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》{article}"
                                  "之规定，加倍支付迟延履行期间的债务利息。"))


_PERIOD = re.compile(r"(?P<anchor>送达|宣判|作出|收到|接到|签收)(?P<mid>[^，。；0-9一二三四五六七八九十]{0,10}?)"
                     r"(?P<n>[0-9一二三四五六七八九十]+)\s*(?P<unit>个工作日|工作日|日|天)?\s*(?:内|以内|之内)")
_NOTICE = re.compile(r"[^。\n]*(?:不服|上诉)[^。\n]*上诉[^。\n]*|[^。\n]*不服[^。\n]*(?:送达|收到|接到)[^。\n]*")
_NO_DOMICILE = re.compile(r"没有住所|无住所|境外|国外|外国|港澳台")


def _notices(doc: Document) -> list[tuple[int, str]]:
    """(offset, text) of the appeal sentences: the appeal_notice section, else any sentence after the 主文 that speaks
    of 上诉 / 不服 (如不服本判决… / 当事人如对本判决不服… / 不服本裁定的…)."""
    section = doc.section("appeal_notice")
    if section:
        return [(section.span[0], doc.span_text(section.span))]
    after = doc.operative_items[-1].span[1] if doc.operative_items else 0
    return [(after + m.start(), m.group(0)) for m in _NOTICE.finditer(doc.text[after:])]


@check("CIT-03", "上诉期间与文书类型不符", "citation", "error", basis.APPEAL,
       ["如不服本裁定，可在裁定书送达之日起十五日内……", "可在判决书送达之日起15内",
        "当事人如对本判决不服，可以在收到判决书之日起三十日内向本院递交上诉状（当事人均在境内有住所）"])
def appeal_period(doc: Document):
    """Each period of the appeal sentence: counted in days from service, 15 for a judgment, 10 for a ruling (the
    sentence's own 不服本判决 / 不服本裁定 decides), 30 for a party without domicile in China."""
    for offset, text in _notices(doc):
        periods = list(_PERIOD.finditer(text))
        foreign_doc = _foreign_party(doc)
        for m in periods:
            start = offset + m.start()
            evidence = [(start, start + len(m.group(0)))]
            if not m.group("unit"):
                yield Finding(message="上诉期间缺少“日”字，期间表述不完整。", evidence=evidence,
                              suggestion=m.group(0).replace(m.group("n"), m.group("n") + "日"))
                continue
            if "工作日" in m.group("unit") or m.group("anchor") in ("宣判", "作出"):
                what = "以工作日计算" if "工作日" in m.group("unit") else f"自{m.group('anchor')}之日起计算"
                yield Finding(message=f"上诉期间{what}，与民事诉讼法“自判决书、裁定书送达之日起”按日计算的规定不符。",
                              evidence=evidence, suggestion="可在判决书送达之日起十五日内（裁定书为十日内）")
                continue
            clause = text[max(0, text.rfind("；", 0, m.start()), text.rfind("，", 0, m.start() - 12)):m.end()]
            kind = _kind(text[:m.end()], doc)
            domestic = {"判决": 15, "裁定": 10}.get(kind)
            days = int(parse_number(m.group("n")) or 0)
            if _NO_DOMICILE.search(clause) or foreign_doc and len(periods) == 1:
                if days == 30 or len(periods) == 1 and days == domestic:
                    continue  # 30 days for a party without domicile; the domestic period for the others
                expected = 30
            else:
                expected = domestic
            if expected and days != expected:
                words = {15: "十五", 10: "十", 30: "三十"}[expected]
                yield Finding(message=f"不服{kind}的上诉期间为{expected}日，文书写作{days}日。", evidence=evidence,
                              suggestion=f"可在{kind}书送达之日起{words}日内")


def _kind(text: str, doc: Document) -> str | None:
    """判决 or 裁定: what the sentence itself says is appealed, else the document type."""
    said = re.findall(r"本(判决|裁定)|(判决|裁定)书", text)
    if said:
        return next(x for x in said[-1] if x)
    return {"judgment": "判决", "ruling": "裁定"}.get(doc.doc_type)


_FOREIGN = re.compile(r"英国|美国|日本|韩国|德国|法国|新加坡|香港|澳门|台湾|荷兰|意大利|加拿大|澳大利亚|俄罗斯|印度|马来西亚|泰国|"
                      r"越南|瑞士|瑞典|丹麦|挪威|比利时|西班牙|巴西|开曼|维尔京|百慕大|境外|国外|[A-Za-z]{4,}")


def _foreign_party(doc: Document) -> bool:
    block = doc.section("parties")
    return bool(block and _FOREIGN.search(doc.span_text(block.span)))


@check("CIT-04", "引用裁判时已废止的法律", "citation", "warning", basis.REPEALED,
       ["（2023年判决）依照《中华人民共和国合同法》第六十条第一款……之规定"])
def repealed_statute(doc: Document):
    section = doc.section("legal_basis")
    if not section or doc.date is None or doc.date < dt.date(2021, 1, 1):
        return
    text = doc.span_text(section.span)
    explained = _TRANSITION.search(text) or _TRANSITION.search(doc.span_text(doc.section("reasoning").span)
                                                                if doc.section("reasoning") else "")
    for m in _REPEALED.finditer(text):
        start = section.span[0] + m.start()
        yield Finding(message=(f"裁判日期{doc.date.isoformat()}时{m.group(0)}已废止（民法典自2021年1月1日施行）；"
                               + ("文书已援引时间效力规定，请确认案件事实发生在民法典施行前。" if explained else
                                  "如系民法典施行前的法律事实，应同时援引《最高人民法院关于适用〈中华人民共和国民法典〉"
                                  "时间效力的若干规定》说明适用旧法的理由。")),
                      evidence=[(start, start + len(m.group(0)))],
                      severity="info" if explained else "warning", confidence=0.6 if explained else 0.9)
