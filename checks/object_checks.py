"""Non-executable objects and acts: a thing without identifying features; property without 坐落 or 权属证号;
继续履行 without what and how; 排除妨碍 / 恢复原状 without standard and time; 停止侵害 without the manner; visitation
without time, place and hand-over; mutual obligations without order; 确认…所有 with no 交付 / 协助办理."""

from __future__ import annotations

import re

from checks import basis
from checks.registry import Finding, check, item_no
from extractors.obligations import find_obligations
from zhixing.document import Document

_COUNTED_THING = re.compile(r"(?:返还|交付|交还|退还|归还)[^，。；]{0,24}?(?P<count>[0-9一二两三四五六七八九十百]+)\s*"
                            r"(?P<unit>台|辆|件|套|部|头|只|箱|吨|株|棵|块|张|把|条)(?P<thing>[\u4e00-\u9fff]{0,8})")
_IDENTIFIED = re.compile(r"品牌|型号|编号|车牌|牌照|车架号|发动机号|规格|序列号|颜色|《|清单|附件|附表|号为|号码")
_PROPERTY = re.compile(r"房屋|房产|住宅|商铺|土地|宅基地|厂房|车位|不动产|门面|林地|山林|耕地|承包地|仓库|场地|鱼塘")
_PROPERTY_CONTEXT = re.compile(r"优先受偿|拍卖|变卖|折价|腾退|腾空|搬出|过户|转移登记|交付|返还|归[^，。；]{1,20}所有|享有|收益|使用权|"
                               r"交由|交给|经营管理")
_UNNAMED_THING = re.compile(r"(?:将|把)?(?P<thing>[^，。；]{0,12}?(?:遗物|物品|财物|货物|产品|设备|材料|物资|财产|动产|东西|用品|资料|证件|证照|证书|票证|印章|公章|原件|账册|账簿|钥匙))"
                            r"(?:交付|交还|返还|退还|交出)|(?:交付|交还|返还|退还|交出)[^，。；]{0,24}?"
                            r"(?P<thing2>(?:遗物|物品|财物|货物|产品|设备|材料|物资|财产|动产|东西|用品|资料|证件|证照|证书|票证|"
                            r"印章|公章|原件|账册|账簿|钥匙))")
# a property is identified by a certificate, or an address down to its number / building / room, or its boundaries
_PROPERTY_ID = re.compile(r"不动产权证|房屋所有权证|房产证|土地使用权证|林权证|林证|权证号|四至|"
                          r"[0-9０-９×Ｘ]+\s*(?:号|栋|幢|单元|室|层|号楼)|[一二三四五六七八九十]+(?:号楼|栋|幢|单元|层|室)|"
                          r"面积[为约]?[0-9０-９]")
_MUTUAL = re.compile(r"同时|互相|相互|各自向对方")


@check("EXE-01", "交付、返还的物未写明名称、数量、特征", "non_executable", "error", basis.THING,
       ["依法判令解除合同，被告返还原告电脑13台"])
def unidentified_thing(doc: Document):
    for item in doc.operative_items:
        unnamed = _UNNAMED_THING.search(item.text)
        if unnamed and not _IDENTIFIED.search(item.text) and not _COUNTED_THING.search(item.text):
            start = item.span[0] + unnamed.start()
            yield Finding(message=(f"第{item_no(item.index)}项交付、返还的“{unnamed.group('thing') or unnamed.group('thing2')}”"
                                   "未写明名称、数量和特征，执行中无法确定交付何物。"),
                          evidence=[(start, start + len(unnamed.group(0)))], item_index=item.index,
                          suggestion="列明物的名称、数量、品牌型号等特征（物品较多的可另附清单）。")
            continue
        for m in _COUNTED_THING.finditer(item.text):
            if _IDENTIFIED.search(item.text):
                continue
            start = item.span[0] + m.start()
            yield Finding(message=(f"第{item_no(item.index)}项“{m.group(0)}”未写明品牌、型号、编号等特征，执行中无法确定交付哪些物。"),
                          evidence=[(start, start + len(m.group(0)))], item_index=item.index,
                          suggestion=f"{m.group(0)}（品牌：××，型号：××，编号：××；或附清单）")


@check("EXE-02", "不动产未写明坐落或权属证号", "non_executable", "warning",
       basis.THING + "（不动产以坐落、面积、不动产权证号特定，系审判实践通行要求）",
       ["被告于本判决生效之日起十日内协助原告办理涉案房屋的过户手续", "被告腾退涉案房屋"])
def unidentified_property(doc: Document):
    for item in doc.operative_items:
        if not any(o.action in ("assist_transfer", "transfer_title", "vacate", "deliver", "return")
                   for o in item.obligations) and not _PROPERTY_CONTEXT.search(item.text):
            continue
        m = _PROPERTY.search(item.text)
        if m and not _PROPERTY_ID.search(item.text):
            start = item.span[0] + m.start()
            yield Finding(message=f"第{item_no(item.index)}项涉及的{m.group(0)}未写明坐落、面积或权属证号，执行中难以特定。",
                          evidence=[(start, start + len(m.group(0)))], item_index=item.index,
                          suggestion=f"写明{m.group(0)}的坐落（××市××区××路××号××室）、面积及不动产权证号。")


# 继续履行 / 恢复履行 / 继续按…约定履行 / 按照合同约定履行各自的义务: performance named only by the contract
_CONTINUE = re.compile(r"(?:继续|恢复)(?:按照?|依照?|根据)?[^，。；]{0,16}?履行[^，。；]{0,20}|(?:按|依|按照|依照|根据)[^，。；]{0,12}?"
                       r"约定履行[^，。；]{0,12}|履行各自(?:的)?义务")


@check("EXE-03", "继续履行未写明履行内容和方式", "non_executable", "error", basis.CONTINUE,
       ["合同有效，继续履行", "双方继续履行《房屋买卖合同》"])
def continue_without_content(doc: Document):
    for item in doc.operative_items:
        m = _CONTINUE.search(item.text)
        if m and len(item.amounts) == 0 and not re.search(r"交付|支付|办理|于[^，。；]{0,20}前", item.text):
            start = item.span[0] + m.start()
            yield Finding(message=f"第{item_no(item.index)}项只判令“继续履行”，未写明谁应履行何种义务、以何种方式和期限履行。",
                          evidence=[(start, start + len(m.group(0)))], item_index=item.index,
                          suggestion="写明具体义务，如“被告于本判决生效之日起十日内向原告交付……并办理……”。")


# the remedy in either order: 排除…妨碍 / 妨碍应予排除 / 障碍物应予排除 / 恢复原状 / 原状由X恢复 / 恢复至原来的状态
_RESTORE = re.compile(r"排除[^，。；]{0,24}?妨(?:碍|害)|妨(?:碍|害)[^，。；]{0,16}?(?:应予|予以|由[^，。；]{1,20}?)?(?:负责)?排除|"
                      r"障碍物?[^，。；]{0,8}?(?:应予|予以)排除|恢复[^，。；]{0,20}?原状|原状[^，。；]{0,20}?恢复|"
                      r"恢复(?:至|到)[^，。；]{0,16}?(?:原来|原有|原始|原貌|原样|之前|以前)[^，。；]{0,6}|修复原状|复原")
_REMOVAL = re.compile(r"(?:负责|予以|应予)?(?:清除|拆除|移除|清理|搬离|疏通)(?!费)")
_STANDARD = re.compile(r"拆除|清除|移除|恢复至|标准|高度|面积|米|结构|验收|规格")


@check("EXE-04", "排除妨碍、恢复原状未写明标准和时间", "non_executable", "error", basis.RESTORE,
       ["被告排除妨碍", "被告将涉案土地恢复原状"])
def restore_without_standard(doc: Document):
    for item in doc.operative_items:
        m = _RESTORE.search(item.text)
        removal = _REMOVAL.search(item.text)
        if not m and removal and item.deadline is None:  # 杂物由被告负责清除: the act is named, the time is not
            start = item.span[0] + removal.start()
            yield Finding(message=f"第{item_no(item.index)}项“{removal.group(0)}”未写明完成的时间，执行中无法判断是否逾期。",
                          evidence=[(start, start + len(removal.group(0)))], item_index=item.index,
                          suggestion="写明期限，如“于本判决生效之日起十日内清除……”。")
            continue
        if m and (item.deadline is None or not _STANDARD.search(item.text)):
            start = item.span[0] + m.start()
            missing = "标准和时间" if item.deadline is None else "标准"
            yield Finding(message=f"第{item_no(item.index)}项“{m.group(0)}”未写明{missing}，执行中无法判断是否履行完毕。",
                          evidence=[(start, start + len(m.group(0)))], item_index=item.index)


@check("EXE-05", "停止侵害未写明具体方式", "non_executable", "warning", basis.STOP,
       ["被告立即停止侵权"])
def stop_without_manner(doc: Document):
    for item in doc.operative_items:
        m = re.search(r"(?:停止|不得再?)[^，。；]{0,20}?(?:侵害|侵权|侵犯)[^，。；]{0,40}|"
                      r"[^，。；]{0,30}(?:侵害|侵权|侵犯)[^，。；]{0,30}?(?:应予|予以|应当|应|立即|即行|须)+停止", item.text)
        # the act must be named (生产、销售 …); "侵犯…著作权的行为" names only the right
        if m and not re.search(r"生产|销售|使用|许诺销售|传播|复制|发行|展示|进口|制造|出租|出版|表演|播放|上传|删除", m.group(0)):
            start = item.span[0] + m.start()
            yield Finding(message=f"第{item_no(item.index)}项“{m.group(0)}”未写明停止何种具体行为，执行中无法确定义务内容。",
                          evidence=[(start, start + len(m.group(0)))], item_index=item.index)


@check("EXE-06", "探视未写明方式、时间、地点和交接办法", "non_executable", "error", basis.VISIT,
       ["原告享有对婚生子的探视权", "被告每月可探视孩子两次"])
def visitation_unspecified(doc: Document):
    for item in doc.operative_items:
        m = re.search(r"探视|探望", item.text)
        if not m:
            continue
        missing = [w for w, p in (("时间", r"每(?:月|周)|周[六日]|星期|[0-9一二三四五六七八九十]+时|上午|下午|寒暑假|节假日"),
                                  ("地点", r"在[^，。；]{1,20}(?:家|处|住所|地点)|地点"),
                                  ("交接办法", r"接回|送回|交接|接送|接走"))
                   if not re.search(p, item.text)]
        if missing:
            yield Finding(message=f"第{item_no(item.index)}项确定探视，但未写明{'、'.join(missing)}。",
                          evidence=[item.span], item_index=item.index,
                          suggestion="写明探视方式、具体时间和地点以及交接办法，如“每月第一、三周周六上午9时在××接走，当日18时送回”。")


_THING_ACTS = {"deliver", "return", "assist_transfer", "transfer_title", "vacate", "other"}
_PENALTY = re.compile(r"违约金|赔偿|损失|利息|罚息|滞纳金|诉讼费|受理费")
_ORDER = re.compile(r"先行|先于|后于|(?:收到|交付|支付|返还|退还|办理|完成|付清|交还)(?:(?!判决|裁定|调解|生效)[^，。；\s]){0,30}?"
                    r"(?:后|之后|之日起|同时)|"
                    r"履行完毕后|同时履行|同时交付|一手交钱|在[^，。；]{0,20}之后|以[^，。；]{0,20}为前提|互为条件|对待给付")


@check("EXE-07", "互负给付义务未写明履行顺序", "non_executable", "error", basis.ORDER,
       ["原告向被告支付购房款，被告向原告交付房屋", "购车款由被告退还原告；车辆由原告返还被告"])
def mutual_without_order(doc: Document):
    """Two parties owing each other performance in exchange (money against a thing or an act, or thing against
    thing, as in 相互返还 after rescission) need an order; 违约金 / 损失 / 利息 are no counter-performance. A clause
    with no payee owes the other side (…；原告支付剩余购车款20000元)."""
    duties = [(item, ob, who, to) for item in doc.operative_items for ob in _sentence_obligations(doc, item)
              for who in ob.obligors for to in (ob.obligees or _other_side(doc, ob.obligors))]
    pairs = [(x, y) for x in duties for y in duties if x[2] == y[3] and x[3] == y[2]
             and (x[0].index, x[1].span) < (y[0].index, y[1].span)
             and not _PENALTY.search(x[1].object or x[1].text) and not _PENALTY.search(y[1].object or y[1].text)
             and {x[1].action, y[1].action} & _THING_ACTS]
    pairs.sort(key=lambda p: (p[0][0].index != p[1][0].index, p[1][0].index))  # one item's own exchange first
    for x, y in pairs[:1]:
        if not _ORDER.search(x[0].text) and not _ORDER.search(y[0].text):
            yield Finding(message=f"{x[2]}与{y[2]}互负给付义务，判项未写明履行顺序。",
                          evidence=[x[1].span, y[1].span], item_index=y[0].index,
                          suggestion="写明履行顺序，如“……于收到……后××日内交付……”，或写明同时履行。")


def _sentence_obligations(doc: Document, item):
    """The item's obligations, read sentence by sentence (；。) with the project's extractor, so that two duties
    written in one item (购车款由被告退还原告；车辆由原告返还被告) stay two."""
    aliases = {a: p.name for p in doc.parties for a in p.aliases}
    names = sorted({p.name for p in doc.parties} | set(aliases), key=len, reverse=True)
    # a new duty starts at ；。 and at a comma followed by another party (…支付购车款，被告旦智加向原告交付…)
    who = "|".join(map(re.escape, names)) or "原告|被告"
    pieces = re.split(rf"(?<=[；。;])|(?<=[，,])(?=(?:由)?(?:原告|被告|上诉人|被上诉人|第三人|申请人|被申请人)?(?:{who}))",
                      item.text)
    out, pos = [], 0
    for sentence in pieces:
        at, pos = pos, pos + len(sentence)
        for ob in find_obligations(sentence, doc.parties, aliases):
            s = item.span[0] + at
            update = {"span": (ob.span[0] + s, ob.span[1] + s)}
            by = re.search(rf"由(?:原告|被告|上诉人|被上诉人|第三人|申请人|被申请人)?({who})", ob.text)
            if by:  # passive 车辆由原告X返还被告Y: X performs, whatever stands before 由
                obligor = aliases.get(by.group(1), by.group(1))
                update.update(obligors=[obligor], obligees=[n for n in ob.obligees + ob.obligors if n != obligor])
            out.append(ob.model_copy(update=update))
    return out or item.obligations


def _other_side(doc: Document, obligors: list[str]) -> list[str]:
    """The parties on the other side of the case (plaintiffs against defendants), for a clause without a payee."""
    roles = {p.role for p in doc.parties if p.name in obligors}
    sides = [{"plaintiff", "appellant", "applicant"}, {"defendant", "appellee", "respondent"}]
    other = next((b for a, b in (sides, sides[::-1]) if roles and roles <= a), set())
    return [p.name for p in doc.parties if p.role in other]


# 归X所有 / 属X所有 / 所有权归X / 产权归X / X享有…的所有权 / 由X继承: ownership stated, nothing handed over
_OWNED = re.compile(r"(?:确认)?[^，。；]{0,30}归[^，。；]{1,30}所有|(?:所有权|产权|使用权)(?:人)?(?:归|属于?|为)[^，。；]{1,20}|"
                    r"享有[^，。；]{0,40}?(?:所有权|产权)|由[^，。；]{1,20}(?:享有|继承)|属(?:于)?[^，。；]{1,20}所有")


@check("EXE-08", "只确认所有权而无交付或协助办理的给付内容", "non_executable", "warning", basis.EXECUTABLE,
       ["105平方米的房屋所有权归原告所有"])
def confirmation_without_transfer(doc: Document):
    claims = doc.section("claims")
    sought = claims and re.search(r"交付|交出|交还|移交|过户|返还|腾退|腾空|搬出|归还|协助|转移登记|变更登记|分割",
                                  doc.span_text(claims.span))
    if not sought:
        return
    has_transfer = any(o.action in ("deliver", "return", "assist_transfer", "transfer_title", "vacate")
                       for i in doc.operative_items for o in i.obligations)
    for item in doc.operative_items:
        m = _OWNED.search(item.text)
        if m and not has_transfer and item.item_type not in ("dismissal", "costs", "formation"):
            start = item.span[0] + m.start()
            yield Finding(message=(f"诉讼请求要求交付或过户，第{item_no(item.index)}项仅确认归属，没有交付、腾退或协助办理的给付内容，"
                                   "执行机构无法据此执行。"),
                          evidence=[(start, start + len(m.group(0)))], item_index=item.index,
                          suggestion="增加给付判项，如“被告于本判决生效之日起××日内协助原告办理……的不动产转移登记手续”。")
