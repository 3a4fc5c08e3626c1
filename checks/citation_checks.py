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


_PERIOD = re.compile(r"(?P<anchor>送达|宣判|作出|收到)(?:之日起|后)\s*(?P<n>[0-9一二三四五六七八九十]+)\s*"
                     r"(?P<unit>个工作日|工作日|日|天)?\s*内")


@check("CIT-03", "上诉期间与文书类型不符", "citation", "error", basis.APPEAL,
       ["如不服本裁定，可在裁定书送达之日起十五日内……", "可在判决书送达之日起15内"])
def appeal_period(doc: Document):
    section = doc.section("appeal_notice")
    if not section:
        return
    text = doc.span_text(section.span)
    m = _PERIOD.search(text)
    if not m:
        return
    start = section.span[0] + m.start()
    evidence = [(start, start + len(m.group(0)))]
    if not m.group("unit"):
        yield Finding(message="上诉期间缺少“日”字，期间表述不完整。", evidence=evidence,
                      suggestion=m.group(0).replace(m.group("n"), m.group("n") + "日"))
        return
    if "工作日" in m.group("unit") or m.group("anchor") != "送达":
        what = "以工作日计算" if "工作日" in m.group("unit") else f"自{m.group('anchor')}之日起计算"
        yield Finding(message=f"上诉期间{what}，与民事诉讼法“自判决书、裁定书送达之日起”按日计算的规定不符。",
                      evidence=evidence, suggestion="可在判决书送达之日起十五日内（裁定书为十日内）")
        return
    days = int(parse_number(m.group("n")) or 0)
    foreign = "没有住所" in text or "无住所" in text or _foreign_party(doc)
    expected = 30 if foreign else (15 if doc.doc_type == "judgment" else 10 if doc.doc_type == "ruling" else None)
    if foreign and days in (30, 15 if doc.doc_type == "judgment" else 10):
        return  # 30 days for a party without domicile in China; the domestic period for the others
    if expected and days != expected:
        kind = {"judgment": "判决", "ruling": "裁定"}.get(doc.doc_type, "文书")
        yield Finding(message=f"不服{kind}的上诉期间为{expected}日，文书写作{days}日。", evidence=evidence,
                      suggestion=f"可在{kind}书送达之日起{'十五' if expected == 15 else '十' if expected == 10 else '三十'}日内")


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
