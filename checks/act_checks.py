"""Non-executable acts, read from the 主文 clauses (checks/clause_view.py): 继续履行 without what and how; 排除妨碍 /
恢复原状 / repair without standard and time; 停止侵害 without the manner and scope; visitation without time, place and
hand-over; two parties owing each other performance with no order (法发〔2018〕9号 items 五 to 九)."""

from __future__ import annotations

import re

from checks import basis
from checks.clause_view import all_clauses, at, clauses, may_order
from checks.registry import Finding, check, item_no, quote
from extractors.clause_lexicon import ACT_RES, is_money
from zhixing.document import Document
from zhixing.scan import first_char_gate

_CONCRETE = {"pay", "return", "deliver", "take_back", "assist_transfer", "transfer_title", "vacate", "other",
             "remove_obstruction", "restore"}


@check("EXE-03", "继续履行未写明履行内容和方式", "non_executable", "error", basis.CONTINUE,
       ["合同有效，继续履行", "双方继续履行《房屋买卖合同》", "被告应依约履行合同项下的义务"])
def continue_without_content(doc: Document):
    """继续履行 / 恢复履行 / 依约履行 / 全面履行…项下的义务 / 履行剩余义务 names only the contract. It is definite when
    the clause itself names the act (继续履行交付…的义务) or the item orders a concrete act next to it."""
    for item in doc.operative_items:
        by_terms = _CONTINUED_BY_TERMS.search(item.text)
        if not (by_terms or _TERMS_NAMED.search(item.text) or may_order(item, ("continue_performance",))):
            continue
        found = clauses(doc, item)
        for c in found:
            # 配合原告完成买卖合同约定的事项: an act whose whole object is "what the contract says"; 负有按合同约定继续供货的
            # 义务: an act continued as the contract says, with no goods, quantity or time of its own
            vague_other = c.act == "other" and _BY_TERMS.search(c.object or "") or \
                c.act in ("other", "deliver") and by_terms is not None and not re.search(r"[0-9０-９]", c.text) and \
                c.span[0] <= by_terms.start() < c.span[1]
            if c.act != "continue_performance" and not vague_other:
                continue
            named = re.sub(r"《[^》]*》", "", c.object)  # the contract's title names no act
            inner = any(rx.search(named) for act, rx in ACT_RES if act in _CONCRETE)
            # a concrete act beside it is what is continued (继续履行合同，被告交付…); one ordered before it, with the
            # continuing joined on by 并 / 同时 / 另, is a duty of its own and leaves the continuing as vague as ever
            joined = _JOINED.match(c.text)
            beside = any(o.act in _CONCRETE and o.object for o in found
                         if o is not c and not (joined and o.span[0] < c.span[0]))
            if inner or beside:
                continue
            yield Finding(message=f"第{item_no(item.index)}项只判令“{c.verb}”，未写明谁应履行何种义务、以何种方式和期限履行。",
                          evidence=[at(item, c.verb_span)], item_index=item.index,
                          suggestion="写明具体义务，如“被告于本判决生效之日起十日内向原告交付……并办理……”。")
            break


_OPEN_LIST = re.compile(r"包括但不(?:仅)?限于|但不限于|等一切|一切(?:侵权|侵害)|等所有|所有(?:侵权|侵害)|任何形式的")
_JOINED = re.compile(r"[，,]?\s*(?:并且?|同时|另|且|还应?|此外|以及)")
_CONTINUED_BY_TERMS = re.compile(r"(?:按|依|依照|按照)(?:合同|协议|双方|原)?(?:的)?约定[^，。；]{0,2}?继续|依约继续|"
                                 r"继续按(?:照)?(?:合同|协议|原)?(?:的)?约定")
_TERMS_NAMED = re.compile(r"(?:约定|项下)的(?:事项|义务|内容|责任|条款)")  # whether an item can hold such an object
_BY_TERMS = first_char_gate(re.compile(r"(?:合同|协议|约定)[^，。；]{0,4}?(?:约定|项下)?的(?:事项|义务|内容|责任|条款)$|^(?:合同|协议)(?:约定|项下)的"))
_REMOVAL = re.compile(r"拆除|清除|移除|清理|清走|搬走|撤除|铲除|疏通")
_VAGUE_THING = re.compile(r"^(?:[^，。；]{0,20}的)?(?:施工)?(?:障碍物?|妨碍|妨害|影响|阻碍|隐患|危险)$")
_STANDARD = first_char_gate(re.compile(r"按照?[^，。；]{0,20}?(?:标准|规格|结构|原样|图纸|方案|鉴定|评估|设计)|达到|符合[^，。；]{0,10}(?:标准|要求|规定)|"
                       r"验收|[0-9０-９.]+\s*(?:米|厘米|毫米|平方米|㎡|立方米|块|根|株|棵)|高度|宽度|厚度|长度|材质|材料|型号|品牌|"
                       r"[长宽高深厚]\s*[0-9０-９]"))


@check("EXE-04", "排除妨碍、恢复原状未写明标准和时间", "non_executable", "error", basis.RESTORE,
       ["被告排除妨碍", "被告将涉案土地恢复原状", "被告将原告的车辆修复到位"])
def restore_without_standard(doc: Document):
    """排除妨碍 needs what is removed (拆除 / 清除 a named thing) and by when; 恢复原状 / 恢复至…状态 / 修复 / 修好 needs
    the standard of the result (按…标准, dimensions, material, 验收) and by when."""
    for item in doc.operative_items:
        if not may_order(item, ("remove_obstruction", "restore")):
            continue
        found = clauses(doc, item)
        for c in found:
            if c.act not in ("remove_obstruction", "restore"):
                continue
            text = c.text + "".join(o.text for o in found if o is not c and o.act == c.act)
            if _REMOVAL.fullmatch(c.verb):
                standard = bool(c.object) and not _VAGUE_THING.match(c.object)
            elif c.act == "remove_obstruction":  # 排除妨碍: what is to be removed must be said
                standard = any(_REMOVAL.fullmatch(o.verb) and o.object and not _VAGUE_THING.match(o.object)
                               for o in found) or bool(_STANDARD.search(text))
            else:
                standard = bool(_STANDARD.search(text))
            missing = [w for w, ok in (("标准", standard), ("时间", c.has_period)) if not ok]
            if not missing:
                continue
            yield Finding(message=(f"第{item_no(item.index)}项“{quote(c.verb + c.object, 22)}”未写明{'和'.join(missing)}，"
                                   "执行中无法判断是否履行完毕。"),
                          evidence=[at(item, c.verb_span)], item_index=item.index,
                          suggestion="写明应拆除、清除的物或恢复应达到的标准（尺寸、材质、验收方式）及完成期限，"
                                     "如“于本判决生效之日起十日内拆除……（长×米、宽×米）”。")
            break


_INFRINGE = re.compile(r"侵|权|不得|禁止")
_MANNER = re.compile(r"生产|制造|销售|许诺销售|使用|复制|发行|传播|展示|展览|进口|出口|出租|出版|表演|播放|放映|上传|发布|转载|"
                     r"宣传|经营|许可|链接|下载|张贴|散布|诋毁|跟踪|骚扰|干扰|打扰|侵扰|滋扰|纠缠|联系|接触|靠近|接近|进入|拨打|发送|占用|堆放|排放|施工|建设|搭建|通行|饲养|注册|登记|"
                     r"冒用|假冒|仿冒|印制|刊登|采集|收集|出售|提供")
_SCOPE = re.compile(r"《|》|[0-9０-９]{3,}|ZL|第[0-9０-９一二三四五六七八九十]+号|牌|型号|款式|网站|网店|店铺|公众号|微博|平台|账号|"
                    r"域名|链接|抖音|门店|位于|坐落|地块|[^，。；]{2,}(?:商标|专利|作品|著作权|商标权|专用权|专利权|名誉权|肖像权|"
                    r"隐私权|姓名权|名称权|商业秘密)")
# an act named only by what it is called in the case (被诉行为 / 涉案行为 / 上述行为 / 不正当竞争行为): no act to stop
_ACT_BY_NAME = re.compile(r"行为$")
_INFRINGING = re.compile(r"侵权|侵害|侵犯|侵占")
# an item that orders only an undefined consequence (承担相应的法律责任 / 后果自负 / 依法承担责任)
_CONSEQUENCE_ONLY = first_char_gate(re.compile(r"(?:应当?|须|将|则|自行)?(?:依法)?承担(?:相应的?|一切|全部)?(?:法律)?(?:责任|后果)(?=[。；;]?$)|"
                               r"后果自负(?=[。；;]?$)|(?:将|应)?依法(?:追究|处理)[^，。；]{0,10}?(?:责任)?(?=[。；;]?$)"))
_BY_CASE = re.compile(r"(?:涉案|涉诉|争议)[\u4e00-\u9fff]{1,6}$")
# 负有不再侵害原告合法权益的义务 / 不得侵犯原告的合法权利: an injunction whose only object is the holder's rights at
# large names neither the act nor the right
_RIGHTS_AT_LARGE = re.compile(r"(?:不再|不得(?:再)?|停止|禁止)(?:侵害|侵犯|侵扰|妨害|损害)[^，。；的]{0,16}?的?(?:合法)?"
                              r"(?:权益|权利|利益)(?![^，。；]{0,2}[（(《])")
_ALIKE = re.compile(r"相同或(?:者)?(?:近似|类似|相似)|近似|类似|相似|有关的|相关的")
_VAGUE_ACT = re.compile(r"骚扰|干扰|打扰|侵扰|滋扰|纠缠")
# the concrete ways of harassing an injunction can name: by phone or message, at the home or work place, within a distance
_HOW = first_char_gate(re.compile(r"电话|短信|微信|信息|上门|住所|住处|工作单位|单位|学校|[0-9０-９]+\s*米|跟踪|尾随|辱骂|殴打"))
# a standard of conduct in place of an act: 以不影响…为限 / 以不妨碍…为准; a distance without its figure
_CONDUCT_STANDARD = re.compile(r"以不(?:影响|妨碍|妨害|干扰|损害|侵害)[^，。；]{1,30}?为(?:限|准|原则|前提|标准)|"
                               r"保持(?:适当|合理|必要|一定|安全|足够)的?(?:距离|间距)|"
                               # 应当尊重原告的著作权 / 应尊重对方的隐私: a right to respect, no act to stop or keep to
                               r"(?:应当?|应予|须|必须)?尊重[^，。；]{0,24}?的?(?:[\u4e00-\u9fff]{0,6}权|权利|权益|隐私|人格|名誉)")
_RIGHT_NAMED = re.compile(r"《|ZL|第[0-9０-９一二三四五六七八九十]+号|商标|专利|作品|外观设计|著作权|字号")
_GENERIC_SCOPE = re.compile(r"侵权产品|侵权商品|侵权行为|合法权益|任何方式|一切|相关权利|其权利|权利$")


@check("EXE-05", "停止侵害未写明具体方式", "non_executable", "warning", basis.STOP,
       ["被告立即停止侵权", "被告不得再销售侵权产品"])
def stop_without_manner(doc: Document):
    """An injunction names the act to stop (生产、销售、发布 …) and what it concerns (the right and its holder, the
    work, mark or patent, the product or the medium); 停止侵权 / 侵权行为应予停止 / 不得再销售侵权产品 do not."""
    for item in doc.operative_items:
        threat = _CONSEQUENCE_ONLY.search(item.text) if _INFRINGING.search(item.text) else None
        if threat and item.item_type not in ("dismissal", "costs") and not item.amounts:
            # 如被告继续实施侵权行为，则应承担相应的法律责任: a warning, not an order anyone can enforce
            yield Finding(message=(f"第{item_no(item.index)}项仅称“{quote(threat.group(0), 30)}”，未判令停止何种行为，也未写明"
                                   "应承担的具体责任，执行中无法确定义务内容。"),
                          evidence=[at(item, threat.span())], item_index=item.index,
                          suggestion="写明应停止的具体行为及所涉权利、作品或产品，如“立即停止生产、销售侵害原告第××号注册商标"
                                     "专用权的××型号产品”；再犯的后果由执行或另诉处理，不宜写入判项。")
            continue
        at_large = _RIGHTS_AT_LARGE.search(item.text) if _INFRINGING.search(item.text) else None
        if at_large and item.item_type not in ("dismissal", "costs") and \
                not any(c.act in _CONCRETE and c.act != "other" for c in clauses(doc, item)):
            yield Finding(message=(f"第{item_no(item.index)}项仅称“{quote(at_large.group(0), 30)}”，未写明应停止的具体行为及所涉"
                                   "权利，执行中无法确定义务内容。"),
                          evidence=[at(item, at_large.span())], item_index=item.index,
                          suggestion="写明应停止的具体行为及所涉权利、作品或产品，如“立即停止在××处堆放××”或“立即停止生产、销售"
                                     "侵害原告第××号专利权的××产品”。")
            continue
        standard = _CONDUCT_STANDARD.search(item.text)
        if standard and item.item_type not in ("dismissal", "costs"):
            # 被告的行为以不影响原告正常居住为限 / 与原告保持适当距离: a measure of the result, no act to stop or keep to
            yield Finding(message=(f"第{item_no(item.index)}项仅以“{quote(standard.group(0), 30)}”为行为标准，未写明应停止或不得实施"
                                   "的具体行为，执行中无法判断是否违反。"),
                          evidence=[at(item, standard.span())], item_index=item.index,
                          suggestion="写明不得实施的具体行为及范围，如“不得进入原告位于××的住所”“不得在距原告住所××米范围内停留”。")
            continue
        if not may_order(item, ("stop_infringement",)):
            continue
        for c in clauses(doc, item):
            by_case = _BY_CASE.search(c.object.strip())  # 停止使用涉案图案: what 涉案 means stands only in the facts
            if c.act != "stop_infringement" or not (_INFRINGE.search(c.text) or _ACT_BY_NAME.search(c.object) or by_case):
                continue
            body = c.text[c.verb_span[0] - c.span[0]:]
            manner = _MANNER.search(body)
            if manner and _VAGUE_ACT.fullmatch(manner.group(0)) and not _HOW.search(body):
                manner = None  # 不得再骚扰原告: which acts count as harassment is left open
            if manner and _OPEN_LIST.search(body):
                manner = None  # 停止包括但不限于销售在内的…行为: the acts named are examples, the list stays open
            scope = _SCOPE.search(body) or any(n in body for n in c.obligees)
            # 与原告产品相同或近似的商品: likeness to a product, with no mark, design or patent named, sets no scope
            alike = _ALIKE.search(body) and not _RIGHT_NAMED.search(body)
            if manner and scope and not _GENERIC_SCOPE.fullmatch(c.object.strip()) and not by_case and not alike:
                continue
            what = "停止何种具体行为" if not manner else "停止行为所涉的权利、作品或产品范围"
            yield Finding(message=f"第{item_no(item.index)}项“{quote(c.text, 40)}”未写明{what}，执行中无法确定义务内容。",
                          evidence=[at(item, c.span)], item_index=item.index,
                          suggestion="写明应停止的具体行为及所涉权利、作品或产品，如“立即停止生产、销售侵害原告第××号注册商标"
                                     "专用权的××型号产品”。")
            break


_TIME = first_char_gate(re.compile(r"每(?:月|周|星期|年)[^，。；]{0,10}?(?:第[一二三四1-4]|周[一二三四五六日末]|星期[一二三四五六日天]|"
                   r"[0-9０-９一二三四五六七八九十]+[日号])|周[六日末]|星期[六日天]|[0-9０-９]+\s*[:：时点]|[一二三四五六七八九十]+[时点]|"
                   r"上午|下午|晚上|寒假|暑假|春节|国庆|法定节假日|节假日|[0-9０-９]+月[0-9０-９]+日"))
_PLACE = re.compile(r"(?:在|于|到|至|从)[^，。；]{1,24}(?:家|住所|住处|学校|小区|门口|楼下|处|地点|场所|公园|中心|法院|派出所)|"
                    r"地点为|住所地")
_HANDOVER = re.compile(r"接回|送回|接走|送还|交接|接送|负责接|负责送|带回|领回|送至|送到|交给|交还")


@check("EXE-06", "探视未写明方式、时间、地点和交接办法", "non_executable", "error", basis.VISIT,
       ["原告享有对婚生子的探视权", "被告每月可探视孩子两次"])
def visitation_unspecified(doc: Document):
    """A visitation item states when (days and hours, not only how often), where, and how the child is handed over
    and back; 由双方协商 / 随时 / 每月两次 leave all three open."""
    for item in doc.operative_items:
        if not may_order(item, ("visitation",)):
            continue
        visits = [c for c in clauses(doc, item) if c.act == "visitation"]
        if not visits and re.search(r"探望|探视", item.text) and item.item_type != "dismissal":
            visits = [c for c in clauses(doc, item)][:1]  # 被告探望孩子时，由…负责接送: the visit is read as the condition
        if not visits or re.search(r"中止|不得|暂停", item.text):
            continue
        missing = [w for w, p in (("具体时间", _TIME), ("地点", _PLACE), ("交接办法", _HANDOVER)) if not p.search(item.text)]
        if missing:
            yield Finding(message=f"第{item_no(item.index)}项确定探望，但未写明{'、'.join(missing)}。",
                          evidence=[at(item, visits[0].span)], item_index=item.index,
                          suggestion="写明探望方式、具体时间和地点以及交接办法，如“每月第一、三周周六上午9时在××接走，当日18时送回”。")


_PENALTY = re.compile(r"违约金|赔偿|损失|利息|罚息|滞纳金|诉讼费|受理费")
_EXCHANGE = {"pay", "return", "deliver", "take_back", "assist_transfer", "transfer_title", "vacate", "other"}
# both performances at once: 双方应相互配合完成…交接 / 车辆与押金…相互交付 / 车辆交接与购车款退还的时间，以…为准
_HANDING = r"(?:交接|交付|返还|退还|交还|移交|过户)"
_MUTUAL = first_char_gate(re.compile(rf"(?:双方|各方|原、被告)(?:应|应当)?(?:相互|互相)配合[^，。；]{{0,20}}?{_HANDING}|"
                     rf"(?:相互|互相){_HANDING}|"
                     rf"{_HANDING}(?:与|和|及)[\u4e00-\u9fff]{{1,8}}?(?:{_HANDING}|支付)|"
                     # 双方…退车退款 / 互退: the two returns named in one breath, as a mediation agreement writes them
                     r"(?:双方|各方)[^，。；]{0,10}?(?:退[\u4e00-\u9fff]{1,2}退[\u4e00-\u9fff]{1,2}|互退|互相退还)|"
                     # 退还购车款30000元（车辆由原告交回被告）: the counter-duty put in brackets after the refund
                     rf"(?:退还|返还|退回)[^，。；（(]{{0,20}}?[款金费][^，。；（(]{{0,16}}[（(][^）)]{{0,20}}?由[^）)]{{1,30}}?"
                     rf"(?:交回|{_HANDING})[^）)]*[）)]"))
# both performances at one meeting: 一手交钱、一手交车 / 车辆与上述款项由双方在本院主持下当面交接; fixed only by a day and hour
_AT_ONE_MEETING = re.compile(r"一手交钱[、，,\s]*一手交[\u4e00-\u9fff]{1,3}|一手交[\u4e00-\u9fff]{1,3}[、，,\s]*一手交钱|"
                             r"双方[^，。；]{0,16}?当面(?:交接|互换|交换|对换|清点交付)|"
                             r"[^，。；]{1,30}?与[^，。；]{1,16}?由双方[^，。；]{0,16}?(?:交接|互换|交换|对换)")
_MEETING_FIXED = re.compile(r"[0-9０-９〇○零一二三四五六七八九十]{1,4}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[日号]|"
                            r"[0-9０-９一二三四五六七八九十]+\s*(?:时|点|:|：)|上午|下午")
# 车辆与款项的交接按交易习惯办理 / 房屋与房款的交接由双方协商: the exchange left to custom or to a later agreement
_LEFT_TO_CUSTOM = re.compile(r"(?:交接|交换|互换|对换)[^，。；]{0,6}?(?:按|依|依照|按照|参照|根据)(?:交易|商业|行业|当地)?"
                             r"(?:习惯|惯例|常理|通常做法)|(?:交接|交换|互换|对换)[^，。；]{0,6}?由双方(?:自行|另行)?协商")
_ORDER_WORDS = re.compile(r"先行|先于|后于|同时履行|同时交付|一手交钱|互为条件|对待给付|以[^，。；]{1,30}为(?:前提|条件)")


@check("EXE-07", "互负给付义务未写明履行顺序", "non_executable", "error", basis.ORDER,
       ["原告向被告支付购房款，被告向原告交付房屋", "购车款由被告退还原告；车辆由原告返还被告"])
def mutual_without_order(doc: Document):
    """Two clauses in opposite directions (X owes Y, Y owes X), at least one of them a thing or an act rather than
    money, form an exchange; 违约金 / 损失 / 利息 are no counter-performance. The order is stated when either clause
    hangs on the other performance (于收到…之日起 / 待…后 / …后，有权取回) or says 先行 / 同时履行."""
    duties = []
    for item, c in all_clauses(doc):
        if c.act not in _EXCHANGE or _penalty(c):
            continue
        takers = c.obligees or _other_side(doc, c.obligors)
        duties += [(item, c, who, to) for who in c.obligors for to in takers if to != who]
    pairs = [(x, y) for x in duties for y in duties if x[2] == y[3] and x[3] == y[2]
             and (x[0].index, x[1].span) < (y[0].index, y[1].span)
             and not (_money(x[1]) and _money(y[1]))]
    for item in doc.operative_items:  # 双方应相互配合完成车辆交接与购车款退还: both duties at once, no order
        m = _MUTUAL.search(item.text)
        if m and not _ORDER_WORDS.search(item.text):
            yield Finding(message=f"第{item_no(item.index)}项判令双方“{m.group(0)}”，未写明谁先履行、如何交接。",
                          evidence=[at(item, m.span())], item_index=item.index,
                          suggestion="写明履行顺序，如“……于收到……后××日内交付……”，或写明同时履行。")
            return
        custom = _LEFT_TO_CUSTOM.search(item.text) if "交" in item.text or "换" in item.text else None
        if custom and not _ORDER_WORDS.search(item.text):
            yield Finding(message=(f"第{item_no(item.index)}项写作“{quote(custom.group(0), 30)}”，双方互负的交付义务由习惯或日后协商决定，"
                                   "未写明谁先履行、何时何地交接。"),
                          evidence=[at(item, custom.span())], item_index=item.index,
                          suggestion="写明履行顺序，如“……于收到……后××日内交付……”，或写明交接的日期、时间和地点。")
            return
        meeting = _AT_ONE_MEETING.search(item.text)
        if meeting and not _MEETING_FIXED.search(item.text):
            yield Finding(message=(f"第{item_no(item.index)}项写作“{quote(meeting.group(0), 30)}”，双方同时交付，但未写明交接的具体日期、"
                                   "时间和地点，一方不到场时执行中无法确定谁未履行。"),
                          evidence=[at(item, meeting.span())], item_index=item.index,
                          suggestion="写明交接的日期、时间和地点，如“双方于××年××月××日上午9时在××当面交接”，或写明履行顺序。")
            return
    pairs.sort(key=lambda p: (p[0][0].index != p[1][0].index, p[1][0].index))  # one item's own exchange first
    for x, y in pairs:
        if _ordered(x) or _ordered(y):
            continue
        yield Finding(message=f"{x[2]}与{y[2]}互负给付义务，判项未写明履行顺序。",
                      evidence=[at(x[0], x[1].span), at(y[0], y[1].span)], item_index=y[0].index,
                      suggestion="写明履行顺序，如“……于收到……后××日内交付……”，或写明同时履行。")
        return


_ASIDE = re.compile(r"[（(][^）)]*[）)]|(?:及|和|并)[^，。；]*$")  # brackets and what is added with 及 / 和 / 并


def _penalty(c) -> bool:
    """违约金 / 损失 / 利息 / 赔偿: a sanction, no counter-performance (本金…及利息 still is one)."""
    principal = _ASIDE.sub("", c.object or c.text)
    return c.verb == "赔偿" or bool(_PENALTY.search(principal))


def _money(c) -> bool:
    return c.act == "pay" or is_money(c.object) and c.act not in ("deliver", "take_back", "vacate", "assist_transfer")


def _ordered(duty) -> bool:
    item, c, _, _ = duty
    if _ORDER_WORDS.search(item.text):
        return True
    return bool(c.anchor or c.condition) and not c.inherited_period


def _other_side(doc: Document, obligors: list[str]) -> list[str]:
    """The parties on the other side of the case (plaintiffs against defendants), for a clause without a payee."""
    roles = {p.role for p in doc.parties if p.name in obligors}
    sides = [{"plaintiff", "appellant", "applicant"}, {"defendant", "appellee", "respondent"}]
    other = next((b for a, b in (sides, sides[::-1]) if roles and roles <= a), set())
    return [p.name for p in doc.parties if p.role in other]

