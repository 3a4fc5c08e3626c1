"""CIT-04: texts cited that were repealed or rewritten on the judgment date — the statutes the 民法典 replaced, the
interpretations cited by the number of a text since repealed or amended, and superseded editions of a law
(checks/editions.py)."""

from __future__ import annotations

import datetime as dt
import re

from checks import basis
from checks.editions import superseded_editions
from checks.meaning import article_refs, basis_part, reasoning_part
from checks.registry import Finding, check
from zhixing.document import Document
from zhixing.scan import first_char_gate

# Statutes the 民法典 replaced on 2021-01-01 (第一千二百六十条), the interpretations built on them, and interpretations
# cited by the number of a text since repealed or rewritten (法释〔2020〕16号 / 17号; 民诉法解释 2015): (pattern, from,
# words every match contains one of). Most texts hold none of the words, and a str.find for them is much cheaper than
# the pattern (whose optional 中华人民共和国 leaves the regex engine no first character to look for).
_CIVIL_CODE = dt.date(2021, 1, 1)
_OLD_LAWS = ("合同法", "婚姻法", "担保法", "民法通则", "物权法", "侵权责任法", "继承法", "收养法", "民法总则")
REPEALED = [
    (first_char_gate(re.compile(rf"(?<!劳动)(?<!劳动合同)(?:中华人民共和国)?(?:{'|'.join(_OLD_LAWS)})(?!律)")), _CIVIL_CODE,
     _OLD_LAWS),
    (re.compile(r"处理子女抚养问题的若干具体意见|处理财产分割问题的若干具体意见|夫妻感情确已破裂的若干具体意见"), _CIVIL_CODE,
     ("若干具体意见",)),
    (re.compile(r"法释〔(?:2003)〕(?:20|7)号|法释〔2001〕7号|法释〔2004〕14号|法释〔2012〕(?:8|19)号|法释〔2000〕44号"
                r"|法释〔(?:2001|2003)〕(?:30|19)号|法释〔2009〕5号|法释〔2011〕18号"), _CIVIL_CODE, ("法释〔",)),
    # the 民诉法解释 of 2015 (rewritten from 2021-01-01), 夫妻债务 (2018) and 婚姻法解释二 补充规定 (2017), abolished then
    (re.compile(r"法释〔2015〕5号|法释〔2018〕2号|法释〔2017〕6号"), _CIVIL_CODE, ("法释〔",)),
    # interpretations amended from 2021-01-01, cited by the number of their first text: the intellectual-property ones
    # (法释〔2020〕19号: 著作权, 商标, 专利纠纷, 技术合同, 专利侵权 一/二, 域名) and civil ones (法释〔2020〕17号: 城镇房屋租赁,
    # 国有土地使用权合同, 农村土地承包, 建筑物区分所有权, 物业服务)
    (re.compile(r"法释〔2002〕3[12]号|法释〔2001〕2[14]号|法释〔2004〕20号|法释〔2009〕(?:21|11|7|8)号|法释〔2016〕1号|"
                r"法释〔2005〕[56]号"), _CIVIL_CODE, ("法释〔",)),
    # commercial interpretations amended from 2021-01-01 (法释〔2020〕18号), cited by the number of an earlier text: the
    # 公司法 provisions (一)–(三) (first amended by 法释〔2014〕2号 from 2014-03-01), (四) and (五), the 保险法 provisions
    # (二)–(四), the 企业破产法 provisions (二) and (三), the 票据纠纷 provisions
    (re.compile(r"法释〔2006〕3号|法释〔2008〕6号|法释〔2011〕3号"), dt.date(2014, 3, 1), ("法释〔",)),
    (re.compile(r"法释〔2017〕16号|法释〔2019〕7号|法释〔2013〕14号|法释〔2015〕21号|法释〔2018〕13号|法释〔2013〕22号|"
                r"法释〔2019〕3号|法释〔2000〕32号"), _CIVIL_CODE, ("法释〔",)),
    # the 民间借贷 provisions of 2015, rewritten by 法释〔2020〕6号 from 2020-08-20 (and 17号 from 2021-01-01)
    (re.compile(r"法释〔2015〕18号"), dt.date(2020, 8, 20), ("法释〔2015〕18号",)),
    # texts since rewritten, cited by the number of the old text: the 证据规定 of 2001 (rewritten by 法释〔2019〕19号 from
    # 2020-05-01: its 第二条 on the burden of proof is gone), the 诉讼时效 provisions of 2008 (法释〔2020〕17号)
    (re.compile(r"法释〔2001〕33号"), dt.date(2020, 5, 1), ("法释〔2001〕33号",)),
    (re.compile(r"法释〔2008〕11号"), _CIVIL_CODE, ("法释〔2008〕11号",)),
    # interpretations abolished in the clean-up for the 民法典 (法释〔2020〕16号), cited by title: the 1991 意见 on loan
    # cases, the 劳动争议 interpretations (一)–(四) of 2001–2013, the 建设工程 interpretations of 2004 and 2018 (the new ones
    # say 适用法律问题的解释（一）), 名誉权 解答/解释, 夫妻债务
    (re.compile(r"人民法院审理借贷案件的若干意见|审理劳动争议案件适用法律若干问题的解释|"
                r"建设工程施工合同纠纷案件适用法律问题的解释(?:（二）)?(?!（)|审理名誉权案件若干问题的(?:解答|解释)|"
                r"涉及夫妻债务纠纷案件适用法律有关问题的解释"), _CIVIL_CODE,
     ("借贷案件的若干意见", "劳动争议案件适用法律若干", "建设工程施工合同纠纷", "名誉权案件", "夫妻债务纠纷")),
    (re.compile(r"法发〔1992〕22号|关于适用〈中华人民共和国民事诉讼法〉若干问题的意见"), dt.date(2015, 2, 4),
     ("法发〔1992〕22号", "若干问题的意见")),
]
_TRANSITION = re.compile(r"时间效力|民法典施行前|法律事实引起的民事纠纷")
# why a court applies an older edition of a law: the facts predate the new one
_OLD_EDITION_WHY = re.compile(r"时间效力|不溯及既往|行为发生时|施行前|修正前|修订前|修改前")
# the 民法典's own transition rules (时间效力的若干规定, 民法典施行前的法律事实) keep old civil law for old facts; they say
# nothing of another law's edition, so a citation of them explains no older edition of the 道路交通安全法 or 公司法
_CIVIL_CODE_TRANSITION = re.compile(r"民法典[〉》]?\s*时间效力|民法典施行前")


def _old_edition_why(text: str) -> bool:
    return bool(_OLD_EDITION_WHY.search(_CIVIL_CODE_TRANSITION.sub("", text)))


_HISTORIC = re.compile(r"原\s*《?$|已废止|当时")


@check("CIT-04", "引用裁判时已废止的法律", "citation", "warning", basis.REPEALED,
       ["（2023年判决）依照《中华人民共和国合同法》第六十条第一款……之规定"])
def repealed_statute(doc: Document):
    """A statute or interpretation the legal basis relies on must be in force on the judgment date, however it is
    named (《中华人民共和国合同法》 / 合同法 / 《合同法》, an interpretation by title or by its 法释 number); citing one the
    民法典 replaced is allowed only with the 时间效力 rule that keeps old facts under old law."""
    basis_text = basis_part(doc)
    if basis_text is None or doc.date is None:
        return
    reasoning = reasoning_part(doc)
    # the legal basis, and the articles the reasons apply (根据《合同法》第一百零七条…): a citation with its article
    # (the reasons are read for articles only where they name a repealed text at all: most do not, and reading every
    # article of a long reasoning is the dearest step of the citation checks)
    named = reasoning and any(doc.date >= since and any(w in reasoning[1] for w in words) and rx.search(reasoning[1])
                              for rx, since, words in REPEALED)
    cited = [basis_text] + ([(reasoning[0] + r.span[0] - 40, reasoning[1][max(0, r.span[0] - 40):r.span[1]])
                             for r in article_refs(reasoning[1]) if r.law] if named else [])
    seen: set[int] = set()
    found: dict[tuple[str, dt.date], list[tuple[int, int]]] = {}  # one flag per text, with every place it is cited
    for offset, text in cited:
        for rx, since, words in REPEALED:
            if doc.date < since or not any(w in text for w in words):
                continue
            for m in rx.finditer(text):
                start = offset + m.start()
                if start in seen or _HISTORIC.search(text[max(0, m.start() - 3):m.start()]) or \
                        _HISTORIC.match(text[m.end():m.end() + 5]):
                    continue
                seen.add(start)
                found.setdefault((m.group(0).removeprefix("中华人民共和国"), since), []).append(
                    (start, start + len(m.group(0))))
    editions = {}  # one flag per superseded edition, with every place it is cited
    for offset, text in cited:
        for e in superseded_editions(text, doc.date):
            editions.setdefault((e.law, e.cited), (e, []))[1].append((offset + e.span[0], offset + e.span[1]))
    for e, spans in editions.values():
        if e.substantive:
            explained = bool(_old_edition_why(basis_text[1]) or reasoning and _old_edition_why(reasoning[1]))
            yield Finding(message=(f"裁判日期{doc.date.isoformat()}时，{doc.text[spans[0][0]:spans[0][1]]}已被{e.current}年文本"
                                   f"取代（{e.since.year}年{e.since.month}月{e.since.day}日起施行），条文序号随之变动；如系新文本"
                                   "施行前的法律事实而适用旧文本，应在本院认为中说明理由，否则应引用现行文本的条文。"),
                          evidence=spans, severity="info" if explained else "warning",
                          confidence=0.6 if explained else 0.8,
                          suggestion=f"核对法律事实发生的时间：适用{e.current}年文本的，引用其条文序号。")
            continue
        yield Finding(message=(f"裁判日期{doc.date.isoformat()}时，{doc.text[spans[0][0]:spans[0][1]]}已被"
                               f"{e.current}年修正文本取代（{e.since.year}年{e.since.month}月{e.since.day}日起施行），条文序号随之变动，"
                               "应引用现行文本的条文。"),
                      evidence=spans, severity="warning", confidence=0.7 if (doc.date - e.since).days <= 60 else 0.9,
                      suggestion=f"引用{e.current}年修正后的现行文本及其条文序号。")
    if found:
        explained = bool(_TRANSITION.search(basis_text[1]) or reasoning and _TRANSITION.search(reasoning[1]))
    for (_, since), spans in found.items():
        times = f"（共引用{len(spans)}处）" if len(spans) > 1 else ""
        said = f"裁判日期{doc.date.isoformat()}时“{doc.text[spans[0][0]:spans[0][1]]}”已废止或已修改{times}；"
        if since != _CIVIL_CODE:  # a text rewritten on its own date, not by the 民法典: the new text governs the trial
            yield Finding(message=said + f"该文本自{since.year}年{since.month}月{since.day}日起已被修改后的文本取代，应引用现行规定。",
                          evidence=spans, severity="warning", confidence=0.9)
            continue
        yield Finding(message=(said + ("文书已援引时间效力规定，请确认案件事实发生在新法施行前。" if explained else
                                       "如系新法施行前的法律事实，应同时援引《最高人民法院关于适用〈中华人民共和国民法典〉"
                                       "时间效力的若干规定》说明适用旧法的理由。")),
                      evidence=spans, severity="info" if explained else "warning", confidence=0.6 if explained else 0.9)
