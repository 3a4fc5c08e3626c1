"""Who: several obligors or obligees without liability form; a name in the 主文 that is not a party (also one
character off); an obligee who is not a party."""

from __future__ import annotations

import re

from checks import basis
from checks.clause_view import at, clauses
from checks.party_names import (doubled_last_character, misnamed_parties, near_two_character_names, stranger_names,
                                 stranger_organisations, traditional_names)
from checks.registry import Finding, check, item_no
from extractors.clause_parties import mentioned, misspelt_party, subsequence
from zhixing.document import Document

_NAME_AFTER_ROLE = re.compile(r"(?:原告|被告|上诉人|被上诉人|第三人|申请人|被申请人)(?P<name>[\u4e00-\u9fff]{2,4}?)"
                              r"(?=于|在|向|支付|给付|偿还|归还|返还|赔偿|承担|负担|对|连带|共同|、|，|的|自|之)")


_SEVERAL_ACTS = {"pay", "return", "deliver", "take_back", "assist_transfer", "transfer_title", "vacate", "restore",
                 "remove_obstruction", "other"}
_FORM = re.compile(r"连带|按份|补充|各自|分别|一般保证")
_ANSWERS = re.compile(r"对[^，。；]{0,24}?(?:债务|款项|欠款|借款|货款|损失|给付义务)承担(?:相应的?|一定的?|适当的?)?"
                      # 承担保证责任: 一般保证 or 连带责任保证 (民法典 第六百八十六条) is the form left open
                      r"(?:清偿|赔偿|偿还|还款|保证|担保)?责任")
_EXTENT = re.compile(r"范围内|为限|[0-9０-９]+(?:\.[0-9]+)?\s*[%％]|百分之|分之|[0-9０-９]元")
# several, but by a measure the item does not give: 按各自过错程度 / 按责任比例 without the shares, or 分别 with one
# sum for several performers (each the whole sum, or which part?)
_SHARES_UNSTATED = re.compile(r"按(?:照)?各自(?:的)?(?:过错|责任|过失)(?:程度|大小|比例)?|按(?:照)?(?:过错|责任)(?:程度|大小|比例)|"
                              r"分别(?=向|支付|给付|偿还|归还|返还|赔偿|清偿|退还)|"
                              # 以按份责任的方式退还…30000元: 按份 named as the manner, with one sum and no shares
                              r"按份(?=责任|承担|清偿|赔偿|偿还|负担)|"
                              # 其中甲承担主要责任，乙承担次要责任: a degree of fault, not a share anyone can pay
                              r"承担(?:主要|次要|相应的?|一定的?|适当的?|部分)(?:赔偿|清偿)?责任")
_FIGURE = re.compile(r"[0-9０-９]+(?:[.,，][0-9]+)*\s*(?:万|元|%|％)|百分之|分之|[一二三四五六七八九十]成")
# 被告甲、被告乙互负连带责任 as an item of its own: a form of liability for no named debt, sum or creditor
_FORM_ONLY = re.compile(r"^(?!.*(?:范围|上述|前述|该|债务|款项|欠款|损失))(?:[一二三四五六七八九十]+[、.．]\s*)?[^，。；对为就]{2,40}?(?P<form>(?:互负|互相承担|相互承担|承担|负)"
                        r"(?:连带|按份|补充)(?:清偿|赔偿|偿还|保证)?责任)\s*[。；;]?\s*$")
_LIABLE_FOR = re.compile(r"对|承担|互负|负")
_SENTENCE_END = re.compile(r"[。；;]")


@check("UNC-10", "多名义务人未写明责任形式", "unclear", "error", basis.SEVERAL,
       ["被告甲、被告乙于本判决生效之日起十日内支付原告货款10000元", "二被告共同偿还借款",
        "对原告的损失，被告甲与被告乙应予赔偿"])
def several_obligors_without_form(doc: Document):
    """A clause whose performers are several parties of one side (被告甲、被告乙… / 由甲和乙… / 二被告… /
    对…的损失，甲与乙应…) with no 连带 / 按份 / 补充 / 各自 / shares, neither in the clause nor in a clause of the
    主文 that names the same parties with a liability form (甲、乙对上述债务承担连带责任). 共同 is no form."""
    stated = None  # read only when a clause has several performers: most items have one
    roles = {p.name: p.role for p in doc.parties}
    for item in doc.operative_items:
        bare = _FORM_ONLY.match(item.text) if "责任" in item.text else None  # every such item says 责任
        if bare:
            yield Finding(message=(f"第{item_no(item.index)}项只写明“{bare.group('form')}”，未写明对哪一笔债务、向谁、在多大数额"
                                   "范围内承担，执行中无法确定各义务人的责任范围。"),
                          evidence=[item.span], item_index=item.index,
                          suggestion="写明所对应的债务和数额，如“被告××对第一项确定的债务××元承担连带清偿责任”。")
            continue
        answers = _ANSWERS.search(item.text)
        if answers and not _FORM.search(item.text) and not _EXTENT.search(item.text):
            # 被告乙对上述债务承担相应的责任: a second debtor answers for the debt in no stated form or measure
            yield Finding(message=(f"第{item_no(item.index)}项“{answers.group(0)}”未写明是连带责任、补充责任还是按份责任及其范围，"
                                   "执行中无法确定该义务人的责任。"),
                          evidence=[at(item, answers.span())], item_index=item.index,
                          suggestion="写明责任形式和范围，如“被告××对上述债务承担连带清偿责任”。")
            continue
        for c in clauses(doc, item):
            if c.act not in _SEVERAL_ACTS or len(c.obligors) < 2:
                continue
            unshared = _SHARES_UNSTATED.search(c.text) if c.liability == "several" and len(c.obligees) <= 1 \
                and len(_FIGURE.findall(c.text)) <= 1 else None
            if unshared:
                names = "、".join(c.obligors)
                how = (f"对{names}的责任只写作“{unshared.group(0)}”" if unshared.group(0).startswith("承担") else
                       f"由{names}“{unshared.group(0)}”承担")
                yield Finding(message=(f"第{item_no(item.index)}项{how}，但未写明各自承担的数额或比例，执行中无法确定各义务人的"
                                       "责任范围。"),
                              evidence=[at(item, c.span)], item_index=item.index,
                              suggestion=f"写明{names}各自承担的数额（如“分别支付××元、××元”），或写明承担连带责任。")
                break
            if c.liability is not None:
                continue
            if len({_side(roles.get(n)) for n in c.obligors}) > 1:
                continue  # 原、被告相互返还: an exchange, not a shared debt
            if stated is None:  # who each sentence with a liability form is about
                stated = [set(mentioned(_LIABLE_FOR.split(sentence)[0], doc.parties)) for i in doc.operative_items
                          for sentence in _SENTENCE_END.split(i.text) if _FORM.search(sentence)]
            if any(set(c.obligors) <= names for names in stated if not _FORM.search(c.text)):
                continue  # 甲、乙对上述债务承担连带责任 in another sentence or item
            names = "、".join(c.obligors)
            yield Finding(message=(f"第{item_no(item.index)}项由{names}共同承担给付义务，但未写明是连带责任、按份责任还是"
                                   "各自承担，执行中无法确定各义务人的责任范围。"),
                          evidence=[at(item, c.span)], item_index=item.index,
                          suggestion=f"{names}对上述债务承担连带清偿责任（或：分别承担××元）。")
            break
        else:
            echo = _second_debtor(doc, item, roles)
            if echo:
                names = "、".join(echo)
                yield Finding(message=(f"第{item_no(item.index)}项先判令{echo[0]}给付，又判令{echo[1]}给付“上述”同一笔款项，未写明"
                                       "二者是连带责任、按份责任还是各自全额给付，执行中无法确定各义务人的责任范围。"),
                              evidence=[item.span], item_index=item.index,
                              suggestion=f"{names}对上述债务承担连带清偿责任（或写明各自承担的数额）。")


def _second_debtor(doc: Document, item, roles) -> tuple[str, str] | None:
    """被告甲向原告返还借款30000元，被告乙亦应向原告返还上述借款: a second debtor of the same side ordered to pay the
    debt just ordered (上述 / 该, no figure of its own), with no liability form in the item: the same debt once or twice?"""
    if _FORM.search(item.text):
        return None
    found = clauses(doc, item)
    for k, c in enumerate(found):
        if not c.refers_back or c.act not in ("pay", "return") or len(c.obligors) != 1 or _FIGURE.search(c.text):
            continue
        first = next((o for o in found[:k] if o.act in ("pay", "return") and len(o.obligors) == 1
                      and o.obligors != c.obligors and _FIGURE.search(o.text)
                      and _side(roles.get(o.obligors[0])) == _side(roles.get(c.obligors[0]))), None)
        if first:
            return first.obligors[0], c.obligors[0]
    return None


def _side(role):
    return "claimant" if role in ("plaintiff", "appellant", "applicant") else \
        "respondent" if role in ("defendant", "appellee", "respondent") else role


def _near(a: str, b: str) -> bool:
    """Same length and one character apart (张三峰 / 张三锋)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


@check("UNC-11", "判项中的当事人名称与当事人列表不一致", "unclear", "error", basis.FULL_NAMES,
       ["被告黄海真于本判决生效之日起十日内……（当事人列表为“黄海珍”）", "借款由金海琳归还（当事人列表为“金海林”）"])
def unknown_party_name(doc: Document):
    """A name in an item that is one character off a party's name (with or without 原告/被告 before it, in any
    position: 由X支付 / 向X支付 / 支付给X) and is no other party, agent or representative."""
    names = {p.name for p in doc.parties} | {a for p in doc.parties for a in p.aliases}
    if not names:
        return
    block = doc.section("parties")
    others = doc.span_text(block.span) if block else ""
    rest_of_doc = outside(doc)
    misnamed = misnamed_parties(doc)
    ordered = sorted(names)
    windowed = [n for n in ordered if len(n) >= 3 and _CJK_NAME.fullmatch(n)]  # read per document, not per item
    for item in doc.operative_items:
        seen = set()
        for start, written, close in [*_near_names(item.text, names, ordered, windowed),
                                      *near_two_character_names(item.text, names),
                                      *traditional_names(item.text, names), *doubled_last_character(item.text, names)]:
            if written in seen or written in others:
                continue
            seen.add(written)
            at = item.span[0] + start
            yield Finding(message=(f"第{item_no(item.index)}项写作“{written}”，当事人列表中为“{close}”，"
                                   "名称不一致，执行中无法确定义务主体。"),
                          evidence=[(at, at + len(written))], item_index=item.index,
                          suggestion=f"将“{written}”更正为“{close}”。")
        for start, written, meant in stranger_names(doc, item, names, rest_of_doc):
            if written in seen:
                continue
            seen.add(written)
            at = item.span[0] + start
            yield Finding(message=(f"第{item_no(item.index)}项写作“{written}”，该姓名既不在当事人列表中，也未在文书其他部分出现，"
                                   "执行中无法确定权利义务主体。"),
                          evidence=[(at, at + len(written))], item_index=item.index,
                          suggestion=f"将“{written}”更正为“{meant}”。" if meant else "核对并写明当事人的姓名或名称。")
        for start, written, meant in stranger_organisations(doc, item, names, rest_of_doc):
            if written in seen:
                continue
            seen.add(written)
            at = item.span[0] + start
            yield Finding(message=(f"第{item_no(item.index)}项以当事人身份写作“{written}”，该名称不在当事人列表中，"
                                   "执行中无法确定权利义务主体。"),
                          evidence=[(at, at + len(written))], item_index=item.index,
                          suggestion=f"将“{written}”更正为“{meant}”。" if meant else "核对并写明当事人的名称。")
        for start, written, meant in misnamed.get(item.index, ()):
            if written in seen:
                continue
            seen.add(written)
            at = item.span[0] + start
            yield Finding(message=(f"第{item_no(item.index)}项写作“{written}”，与当事人列表中的诉讼地位或名称不符，"
                                   "执行中无法确定权利义务主体。"),
                          evidence=[(at, at + len(written))], item_index=item.index,
                          suggestion=f"将“{written}”更正为“{meant}”。")
        for start, written, full in (_undefined_short_names(item.text, names, seen, others)
                                     if _ORG_KIND.search(item.text) else ()):
            at = item.span[0] + start
            yield Finding(message=(f"第{item_no(item.index)}项写作“{written}”，系当事人“{full}”的简称，但文书未以"
                                   "“以下简称”界定，执行中无法确定义务主体。"),
                          evidence=[(at, at + len(written))], item_index=item.index,
                          suggestion=f"写明全称“{full}”，或在当事人部分注明“以下简称{written}”。")


def outside(doc: Document) -> str:
    """The document's text without its 主文 (where a name in an item should also be found)."""
    items = doc.operative_items
    return doc.text[:items[0].span[0]] + "\n" + doc.text[items[-1].span[1]:] if items else doc.text


_ROLE_WORD = re.compile(r"原告|被告|上诉人|被上诉人|第三人|申请人|被申请人")
_MASKED_AFTER_ROLE = re.compile(r"(?:原告|被告|上诉人|被上诉人|第三人|申请人|被申请人)(?P<name>[\u4e00-\u9fff]{1,2}?某+[甲乙丙丁戊己0-9]?)")
# an organisation named after a role word: 被告祥翔公司 / 原告某某厂
_ORG_AFTER_ROLE = re.compile(r"(?:原告|被告|上诉人|被上诉人|第三人|申请人|被申请人)(?P<org>[\u4e00-\u9fff]{2,10}?"
                             r"(?P<kind>公司|厂|店|中心|医院|学校|银行|合作社|协会|事务所|商行))")


_ORG_KIND = re.compile(r"公司|厂|店|中心|医院|学校|银行|合作社|协会|事务所|商行")


def _undefined_short_names(text: str, names: set[str], seen: set[str], others: str):
    """(position, written, full name) for an organisation written after a role word by a short name that no
    以下简称 defines: its words, in order, inside exactly one party's longer name of the same kind."""
    for m in _ORG_AFTER_ROLE.finditer(text):
        written, kind = m.group("org"), m.group("kind")
        if written in names or written in seen or written in others:
            continue
        body = written[:-len(kind)]
        full = [n for n in names if len(n) > len(written) and kind in n and subsequence(body, n)]
        if len(full) == 1:
            seen.add(written)
            yield m.start("org"), written, full[0]

_CJK_NAME = re.compile(r"[\u4e00-\u9fff（）()]+")


def _occurrences(name: str, text: str) -> list[tuple[int, int]]:
    """Spans of ``name`` in ``text``, not overlapping, as re.finditer(re.escape(name)) gives them; str.find needs no
    pattern compiled per party name."""
    if not name:
        return [(i, i) for i in range(len(text) + 1)]
    out, at = [], text.find(name)
    while at >= 0:
        out.append((at, at + len(name)))
        at = text.find(name, at + len(name))
    return out


def _near_names(text: str, names: set[str], ordered: list[str], windowed: list[str]):
    """(position, written, party name): after a role word any name of 2–4 characters; elsewhere only names of three
    characters or more (a two-character window one character off is everywhere). ``ordered`` is ``names`` sorted,
    ``windowed`` its names of three CJK characters or more."""
    for m in _NAME_AFTER_ROLE.finditer(text):
        written = m.group("name")
        if written in names or any(n.startswith(written) or written.startswith(n) for n in names):
            continue
        close = [n for n in names if _near(n, written)]
        if close:
            yield m.start("name"), written, close[0]
    for m in _MASKED_AFTER_ROLE.finditer(text):  # 原告刘某 where the party block names 刘继成: masked in the item only
        written = m.group("name")
        surname = written[:written.index("某")]
        full = [n for n in names if n.startswith(surname) and "某" not in n and len(n) > len(surname)]
        if surname and written not in names and len(full) == 1:
            yield m.start("name"), written, full[0]
    for m in _ROLE_WORD.finditer(text):
        if text.startswith(tuple(names), m.end()):
            continue
        written, close = misspelt_party(text, m.end(), ordered)
        if close:  # a few characters left out or added: 泰安市满庄大鞋店 for 泰安市岱岳区满庄大鞋店
            yield m.end(), written, close
    taken = None  # where the names themselves stand: found only once a window one character off turns up
    for name in windowed:
        for i in _windows_sharing_a_half(text, name):
            window = text[i:i + len(name)]
            if window in names or not _near(name, window):
                continue
            if taken is None:
                taken = [span for n in names for span in _occurrences(n, text)]
            if any(s < i + len(name) and i < e for s, e in taken):
                continue
            odd = next(k for k, (x, y) in enumerate(zip(name, window)) if x != y)
            # the differing character must be inside the name (not the first or last of a short name) and a CJK char
            if not "\u4e00" <= window[odd] <= "\u9fff" or len(name) <= 3 and odd == 0:
                continue
            yield i, window, name


@check("UNC-12", "权利人不是本案当事人", "unclear", "warning", basis.EXECUTABLE,
       ["被告向案外人某某公司支付货款"])
def obligee_not_party(doc: Document):
    parties = {p.name for p in doc.parties}
    for item in doc.operative_items:
        for ob in item.obligations:
            if ob.action in ("pay", "return") and not ob.obligees and ob.obligors and \
                    re.search(r"向[^，。；]{2,30}?(?:支付|给付|偿还|返还)", ob.text):
                target = re.search(r"向([^，。；]{2,30}?)(?:支付|给付|偿还|返还)", ob.text).group(1)
                if not any(p in target for p in parties) and not re.search(r"原告|被告|申请人|上诉人", target):
                    start = ob.span[0] + ob.text.find(target)
                    yield Finding(message=f"第{item_no(item.index)}项的给付对象“{target}”不是本案当事人，请核实权利主体。",
                                  evidence=[(start, start + len(target))], item_index=item.index)


def _windows_sharing_a_half(text: str, name: str) -> list[int]:
    """Start positions of the windows of ``text`` that could be one character off ``name``: the character that differs
    lies in one half, so the other half is found verbatim (a str.find, instead of comparing every window)."""
    half = len(name) // 2
    starts = set()
    for part, offset in ((name[:half], 0), (name[half:], half)):
        at = text.find(part)
        while at >= 0:
            if 0 <= at - offset <= len(text) - len(name):
                starts.add(at - offset)
            at = text.find(part, at + 1)
    return sorted(starts)
