"""Non-executable objects, read from the 主文 clauses (checks/clause_view.py): a thing handed over or returned that
cannot be told from others (no name, quantity and identifying features); real property without 坐落 or 权属证号; an
ownership confirmed where the claims sought a handing over and no 交付 / 协助办理 follows.

Whatever the sentence form (active, 将, passive 由X…, topic first, 有权取回, duty form), the clause reader gives the
act and its object; the rule is then about the object alone."""

from __future__ import annotations

import re

from checks import basis
from checks.clause_view import all_clauses, at, clauses, find_in
from checks.registry import Finding, check, item_no, quote
from extractors.clause_lexicon import (
    BACK_REF,
    CLAIM_UPHELD_WORDS,
    PROPERTY,
    RIGHT_OBJECT,
    is_money,
    is_property,
    property_identified,
    thing_identified,
)
from zhixing.document import Document
from zhixing.scan import first_char_gate

_HAND_OVER = {"return", "deliver", "take_back", "pay"}
_MAKES = re.compile(r"开具|出具|提供")  # a document made for the occasion (发票) is not a thing to be identified
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")


def _identified_before(doc: Document, item, clause, test) -> bool:
    """上述车辆 / 该房屋: the object named earlier in the 主文 (this item or one before) with what identifies it."""
    # a sum of money is not what 上述财物 points back to, whatever identifies it (上述款项 may well be)
    money_ok = bool(_MONEY.search(clause.object))
    for other_item, other in all_clauses(doc):
        if (other_item.index, other.span) >= (item.index, clause.span):
            break
        if (money_ok or not is_money(other.object)) and test(other.object, "".join(_BRACKETS.findall(other.text))):
            return True
    return any(test(i.text, "") for i in doc.operative_items if i.index < item.index
               and (money_ok or not all(is_money(c.object) for c in clauses(doc, i))))


@check("EXE-01", "交付、返还的物未写明名称、数量、特征", "non_executable", "error", basis.THING,
       ["依法判令解除合同，被告返还原告电脑13台", "被告于本判决生效之日起十日内将被继承人的遗物交付原告"])
def unidentified_thing(doc: Document):
    """An object handed over, returned or taken back that is neither money, real property nor a right must name the
    thing so that it can be told from others: a plate, frame or serial number, model or brand, specification, a list
    (清单 / 附件), or, for a party's one-of-a-kind document (营业执照, 公章), its owner."""
    for item in doc.operative_items:
        for c in clauses(doc, item):
            obj = c.object
            if c.act not in _HAND_OVER or not obj or _MAKES.search(c.verb) or is_money(obj) or is_property(obj) \
                    or RIGHT_OBJECT.search(obj) and not re.search(r"物|品|车|证", obj):
                continue
            if c.act == "pay" and not re.search(r"归还|交还|退还", c.verb):
                continue  # 支付 / 赔偿 with an object that is not money is a payment described in words
            context = "".join(_BRACKETS.findall(c.text))
            if thing_identified(obj, context) or c.refers_back and _identified_before(doc, item, c, thing_identified):
                continue
            yield Finding(message=(f"第{item_no(item.index)}项{c.verb}的“{obj}”未写明名称、数量和品牌型号、编号等特征，"
                                   "执行中无法确定应交付哪些物。"),
                          evidence=[find_in(item, obj, c.span)], item_index=item.index,
                          suggestion="列明物的名称、数量、品牌型号、编号等特征（物品较多的可另附清单）。")
            break


@check("EXE-02", "不动产未写明坐落或权属证号", "non_executable", "warning",
       basis.THING + "（不动产以坐落、面积、不动产权证号特定，系审判实践通行要求）",
       ["被告于本判决生效之日起十日内协助原告办理涉案房屋的过户手续", "被告腾退涉案房屋"])
def unidentified_property(doc: Document):
    """Whatever is done with real property (handed over, vacated, transferred, divided, confirmed, sold for a
    priority claim), the property must be identified by its 坐落 down to the number / building / room, its
    certificate or its boundaries; a share of it (一半, 应分得的部分) by its own boundaries or area. 上述 / 该 refer
    back to an earlier identified mention; 涉案 points to the facts, which enforcement does not read."""
    for item in doc.operative_items:
        for c in clauses(doc, item):
            # 协助办理名盛城小区房屋的产权过户手续: what is transferred stands in the clause, the object is the formality
            obj = c.object if c.act not in ("confirm", "assist_transfer", "transfer_title") else c.text
            if not is_property(obj):
                continue
            context = "".join(_BRACKETS.findall(c.text))
            if property_identified(obj, context):
                continue
            if BACK_REF.search(obj) and not re.search(r"涉案|涉诉|争议", obj) and \
                    _identified_before(doc, item, c, property_identified):
                continue
            word = _head_property(obj)
            yield Finding(message=f"第{item_no(item.index)}项涉及的{word}未写明坐落、面积或权属证号，执行中难以特定。",
                          evidence=[find_in(item, word, c.span)], item_index=item.index,
                          suggestion=f"写明{word}的坐落（××市××区××路××号××室）、面积及不动产权证号；分割的写明四至和面积。")
            break


_FORMALITY = re.compile(r"(?:转移|变更|产权|所有权)?登记|过户|权证|证|手续")


def _head_property(obj: str) -> str:
    """The property an object is about: 东至…承包地的房屋 is a house (the last property word), 商品房的不动产转移登记手续
    a 商品房 (不动产 there names the kind of registration)."""
    words = [m for m in PROPERTY.finditer(obj)]
    named = [m for m in words if not _FORMALITY.match(obj, m.end())] or words
    return named[-1].group(0) if len(named) > 1 and obj.startswith("的", named[-2].end()) else named[0].group(0)


# 现登记在原告尹某名下的、位于…的房屋归原告尹某所有: the thing goes to the one it is registered to or held by
_KEPT_BY_HOLDER = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,14}?)(?:名下|持有|占有|使用|保管)的?[^。；]{0,80}?归(?P<b>[\u4e00-\u9fff]{2,14}?)所有")
_ROLE_PREFIX = re.compile(r"^(?:现)?(?:登记在|在|由)?(?:原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)?")


def _same_holder(m: re.Match) -> bool:
    a, b = _ROLE_PREFIX.sub("", m.group("a")), _ROLE_PREFIX.sub("", m.group("b"))
    return bool(a) and (a == b or a.endswith(b) or b.endswith(a))


_SOUGHT = re.compile(r"交付|交出|交还|交给|交回|移交|过户|返还|腾退|腾空|搬出|搬离|迁出|归还|协助|转移登记|变更登记|分割")
# a thing or a place sought back: 搬出…将房子归还给原告 / 返还车辆 (not 返还货款)
_THING_SOUGHT = re.compile(r"腾退|腾空|搬出|搬离|迁出|(?:返还|归还|交还|交付|交出|交给|交回)[^，。；]{0,16}?(?:房|屋|宅|地|车|铺|门面|场地|物|证|章)|"
                           r"(?:房|屋|宅|地|车|铺|门面|场地|物|证|章)[^，。；]{0,8}?(?:返还|归还|交还|交付|交出|交给|交回)")
# the right to hold a thing ended, the thing not ordered back: 借用关系于本判决生效之日终止 / 解除…房屋租赁合同
_HOLDING_ENDED = re.compile(r"(?:借用|租赁|承租|出租|借住|居住|占用|使用)(?:关系|合同|协议)[^，。；]{0,24}?(?:终止|解除|结束)|"
                            r"(?:终止|解除)[^，。；]{0,40}?(?:借用|租赁|承租|借住)(?:关系|合同|协议)")
_TRANSFER_SOUGHT = re.compile(r"过户|转移登记|变更登记")
_VALID_ONLY = re.compile(r"(?:合同|协议)[^，。；]{0,6}?(?:合法有效|有效)[。；]?$")
_MONEY = re.compile(r"[0-9０-９]\s*(?:万)?元|[款金费]")  # 有权要求被告退还购车款: money, not a thing (EXE-08 is about things)
# a right declared and nothing ordered: 有权占有 / 享有继承权 / 对…享有所有权; and its negative, 确认被告对…房屋无权占有,
# where the claims ask for the house back
_RIGHT_ONLY = first_char_gate(re.compile(r"(?<!无)有权(?:继续)?(?:占有|使用|收益|居住|占用|取得|要求)[^，。；]{0,6}|"
                         r"享有[^，。；]{0,8}?(?:继承权|所有权|使用权|占有权|物权|产权)|"
                         r"无权(?:继续)?(?:占有|使用|居住|占用|经营|耕种)[^，。；]{0,6}|"
                         # 原告系…房屋的合法权利人 / 确认原告为…存款的合法继承人: who holds it, and nothing handed over
                         r"(?:系|是|为)[^，。；]{2,60}?(?:合法)?(?:权利人|所有权人|所有人|产权人|继承人|使用权人|承包经营权人)|"
                         # …的房屋确认为原告X的安置住房 / 认定属于被告的财产: the thing classed as a party's, nothing handed over
                         r"(?:确认|认定)(?:为|系|属于?)(?:原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)[^，。；]{0,30}"
                         r"(?=[。；;]?$)|"
                         # 原告要求被告返还…的诉讼请求成立: the claim upheld in words, nothing ordered
                         rf"{CLAIM_UPHELD_WORDS}(?=[。；;]?$)"))
_HANDED = {"deliver", "return", "take_back", "assist_transfer", "transfer_title", "vacate"}


@check("EXE-08", "只确认所有权而无交付或协助办理的给付内容", "non_executable", "warning", basis.EXECUTABLE,
       ["105平方米的房屋所有权归原告所有"])
def confirmation_without_transfer(doc: Document):
    """The claims asked for a thing to be handed over or transferred; an item only states whose it is (归X所有 /
    所有权…属于X / X享有…所有权 / 由X继承) and no clause of the 主文 hands anything over or orders 协助办理."""
    claims = doc.section("claims")
    if not claims or not _SOUGHT.search(doc.span_text(claims.span)):
        return
    pairs = all_clauses(doc)
    # 原告有权要求被告协助办理… states a right and orders no one: it hands nothing over
    if any(c.act in _HANDED and c.form != "right" for _, c in pairs):
        return
    declared = [(item, m) for item in doc.operative_items if item.item_type != "dismissal"
                for m in [_RIGHT_ONLY.search(item.text)] if m and not clauses(doc, item)] + \
        [(item, c) for item, c in pairs if c.act in _HANDED and c.form == "right" and not _MONEY.search(c.object)]
    for item, what in declared:
        span = at(item, what.span() if isinstance(what, re.Match) else what.verb_span)
        right = (0 if what.group(0).startswith("的") else what.start()) if isinstance(what, re.Match) else \
            item.text.find("有权")  # a claim upheld is quoted from the claim
        words = quote(item.text[right:] if right >= 0 else doc.text[span[0]:span[1]], 30)
        yield Finding(message=(f"诉讼请求要求交付、腾退或过户，第{item_no(item.index)}项仅作权利宣示（“{words}”），没有判令义务人"
                               "履行的给付内容，执行机构无法据此执行。"),
                      evidence=[span], item_index=item.index,
                      suggestion="改为给付判项，如“被告于本判决生效之日起××日内将……交付（腾退）给原告”或“……协助原告办理……的"
                                 "不动产转移登记手续”。")
        return
    asked = doc.claims.text if doc.claims else doc.span_text(claims.span)  # what is asked, not the story told for it
    if _THING_SOUGHT.search(asked):
        for item in doc.operative_items:
            ended = _HOLDING_ENDED.search(item.text) if item.item_type == "formation" else None
            if ended:
                yield Finding(message=(f"诉讼请求要求返还或腾退，第{item_no(item.index)}项仅写明“{quote(ended.group(0), 30)}”，没有判令返还、"
                                       "腾退的给付内容，关系终止后对方仍不交还的，执行机构无法据此执行。"),
                              evidence=[at(item, ended.span())], item_index=item.index,
                              suggestion="增加给付判项，如“被告于本判决生效之日起××日内从……搬出，并将该房屋交还原告”。")
                return
    if _TRANSFER_SOUGHT.search(asked):
        for item in doc.operative_items:
            valid = _VALID_ONLY.search(item.text)
            if valid and item.item_type != "dismissal":
                # 买卖合同合法有效 where the claims ask for the transfer: the sale is confirmed, nothing is ordered
                yield Finding(message=(f"诉讼请求要求办理过户，第{item_no(item.index)}项仅确认合同有效，没有协助办理过户的给付内容，"
                                       "执行机构无法据此执行。"),
                              evidence=[at(item, valid.span())], item_index=item.index,
                              suggestion="增加给付判项，如“被告于本判决生效之日起××日内协助原告办理……的不动产转移登记手续”。")
                return
    # a division asked for (分割) and nothing handed over or transferred: 归X所有 is the division itself
    division_only = {m.group(0) for m in _SOUGHT.finditer(asked)} == {"分割"}
    for item, c in pairs:
        if c.act != "confirm" or "优先受偿" in c.verb or item.item_type == "formation":
            continue
        kept = _KEPT_BY_HOLDER.search(item.text) if "归" in item.text else None
        if division_only or kept and _same_holder(kept):
            continue  # 登记在原告名下的…房屋归原告所有: the one who holds it keeps it, nothing is to be handed over
        yield Finding(message=(f"诉讼请求要求交付或过户，第{item_no(item.index)}项仅确认归属，没有交付、腾退或协助办理的给付内容，"
                               "执行机构无法据此执行。"),
                      evidence=[at(item, c.verb_span)], item_index=item.index,
                      suggestion="增加给付判项，如“被告于本判决生效之日起××日内协助原告办理……的不动产转移登记手续”。")
