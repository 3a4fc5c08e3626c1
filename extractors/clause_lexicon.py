"""Words the clause reader (extractors/clauses.py) works with: the acts a 主文 orders, grouped by meaning, the words
that mark who performs and who receives, conditions and back references, and what an object is (money, real
property, a thing, a right) and whether it is identified.

The act list is by meaning, not by the wordings of one defect set: a court writes 返还 / 退还 / 退回 / 交还 for the
same return, 修复 / 修好 / 修复到位 / 维修 for the same repair, 停止 / 不得 / 禁止 / 终止…行为 for the same injunction.
"""

from __future__ import annotations

import re

# (act, pattern); at one position the longest match wins, across positions the first act that is not a modifier
ACTS: list[tuple[str, str]] = [
    ("assist_transfer", r"(?:协助|配合)[^，。；]{0,30}?(?:办理|完成)[^，。；]{0,60}?(?:过户|变更登记|转移登记|登记|产权|手续)"),
    ("assist_transfer", r"办理[^，。；]{0,40}?(?:过户|转移登记|变更登记|产权登记)|(?:协助|配合)(?:其|对方)?办理"),
    ("transfer_title", r"(?:过户|转移登记|变更登记)(?:至|到|给)"),
    ("vacate", r"腾退|腾空|搬离|迁出|搬出|腾房|退出(?=[^，。；]{0,12}(?:房|地|场|铺|门面))"),
    ("continue_performance", (r"(?:继续|恢复|接着|照常|重新)(?:按照?|依照?|根据)?[^，。；]{0,16}?履行|依约履行|按约履行|全面履行|"
                             r"(?:按|依|按照|依照|根据)原?[^，。；]{0,20}?约定[^，。；]{0,6}?履行|"
                             r"履行(?:完毕)?[^，。；]{0,24}?(?:剩余|各自|合同|协议|约定|项下)[^，。；]{0,8}?义务|"
                             # 双方按约行使权利、承担义务: the contract's terms, no act named
                             r"(?:按|依)(?:照)?约(?:定)?(?:行使|享有)[^，。；]{0,6}?权利|(?:按|依)(?:照)?约(?:定)?承担[^，。；]{0,6}?义务|"
                             # 照合同把没做完的事做完 / 本着诚实信用原则履行…合同: the contract as the only measure
                             r"(?:照|按照?|依照?)(?:合同|协议)(?:约定)?[^，。；]{0,12}?(?:做完|干完|办完|完成)|"
                             r"履行(?=[^，。；]{0,16}(?:合同|协议)(?:[，。；]|$))|"
                             # 将双方之间的…合同履行至合同目的实现时止: the contract carried to an end no one can see
                             r"将[^，。；]{0,30}?(?:合同|协议)[^，。；]{0,2}?履行(?=至|到|完毕|下去)|"
                             # 完成买卖合同剩余部分的履行 / 合同其余部分的履行: performance as a noun, the contract its object
                             r"完成[^，。；]{0,24}?(?:合同|协议)[^，。；]{0,12}?的?履行|"
                             r"(?:合同|协议)[^，。；]{0,12}?(?:剩余|其余|余下|未履行|未完成)的?部分的?(?:履行|义务)|"
                             # 恢复双方的合作关系: a business relationship resumed names no act either
                             r"恢复[^，。；]{0,10}?(?:合作|合同|协议|业务|供货|承包|租赁|经营)关系")),
    ("stop_infringement", r"停止|不得再?|禁止|终止(?=[^，。；]{0,24}(?:行为|侵|使用|销售|生产|经营|传播|发布|制造))|"
                          # 结束其侵权状态 / 消除侵权状态: the state ended, no act named
                          r"(?:结束|消除|解除)(?=[^，。；]{0,6}侵(?:权|害)(?:状态|行为|局面))"),
    ("remove_obstruction", r"排除[^，。；]{0,24}?妨(?:碍|害)|消除(?=[^，。；]{0,40}?(?:危险|隐患))|(?:拆除|清除|移除|清理|清走|搬走|撤除|铲除|疏通)(?![费款金工])"),
    ("remove_obstruction", r"(?<=[应予以负责])排除"),
    # 确保…的通道畅通 / 保证…正常通行: an obstruction removed, named by the result
    ("remove_obstruction", r"(?:确保|保证|保持)[^，。；]{0,30}?(?:畅通|通畅|正常通行)"),
    ("restore", (r"(?:恢复原状|恢复(?!履行|名誉|信誉|声誉|劳动关系|[^，。；]{0,40}?关系)|修复(?:到位|完好|原状)?|修好|修缮|修理|维修|(?<!恢)复原(?!告)|重建|重砌|"
                r"整改|整修|返工)(?![费款金工厂])")),
    ("apologise", r"赔礼道歉|道歉"),
    # 探望 is also written as taking the child to live with the visiting parent for a time (可接孩子共同生活十日)
    ("visitation", r"探视|探望|看望|看看(?=[原被]告|孩子|小孩|子女|儿子|女儿|婚生)|(?:接|带)(?:走|回)?[^，。；]{0,16}?(?:共同生活|同住|居住|小住|过夜|过周末|度周末|度假|"
                   r"过节|过年|过寒假|过暑假)"),
    ("take_back", r"取回|收回|领回|拉回"),
    ("return", r"返还|退还|退回|退给|交回|发还|还给(?![^，。；]{0,20}?[0-9０-９]+(?:\.[0-9]+)?元)"),
    ("deliver", r"交付|交还|移交|交出|交给|交由|交与|提供|开具|出具|补发|寄送(?!达|费)|寄还|送还|送交(?!费)|交(?=原告|被告|第三人|申请人|上诉人|被上诉人)"),
    # 拆迁补偿收益由被告享有: 补偿 naming what is received, not an act
    # 被告X应付原告Y货款…元 / 应还原告借款…: 应 with a bare 付 / 还 and the payee orders a payment too
    ("pay", r"支付|给付|偿还|归还|赔偿|偿付|清偿|付清|还款|补偿(?!收益|利益|权益)|补足|缴纳|负担|赔付|退赔|垫付|付给|还清|结清|"
            r"(?<=应)(?:当)?[付还](?=给|原告|被告|第三人|申请人|被申请人|上诉人|被上诉人)|(?<=应当)[付还](?=给|原告|被告|第三人|申请人|被申请人|上诉人|被上诉人)"),
    # who obtains a thing, however worded: 归X所有 / 归X / 分归X / 所有权属于X / 由X继承、取得、分得 / X取得…所有权
    # (申请取得的宅基地使用权 / 其享有的股权: a verb before 的 only describes the object)
    ("confirm", (r"归[^，。；]{1,30}?所有|(?:分|判)?归(?=原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)|"
                r"属于?[^，。；]{1,24}?所有|(?:所有权|产权|使用权)(?:人)?[^，。；]{0,16}?(?:归|属于?|为)|"
                # 双方确认…的房屋为原告X所有 / 登记在被告名下的…房屋实际为原告X所有
                r"为(?:原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)[^，。；]{0,20}?所有|"
                # …房屋应当登记在原告X名下: whose it is, said by the register
                r"系(?:原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)[^，。；]{0,20}?(?:的(?:合法)?(?:财产|所有物)|所有)|"
                r"(?:应当?|应予)?登记(?:在|于)(?:原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)[^，。；]{0,20}?名下|"
                r"(?:享有|取得)(?!的)[^，。；]{0,40}?(?:所有权|产权|使用权)|由[^，。；]{1,24}?(?:继承|享有|所有|取得|分得)(?!的)|"
                r"优先受偿")),
    ("other", r"(?:补种|种植|安装|更换|施工|交货|供货|分出|分割|配合)(?![费款金工])"),
]
ACT_RES = [(act, re.compile(p)) for act, p in ACTS]

# acts that hand something over: their object must be identifiable
TRANSFER_ACTS = {"pay", "return", "deliver", "take_back", "vacate", "assist_transfer", "transfer_title"}
# acts a deadline belongs to (法释〔2014〕8号: the period decides when delay interest starts)
PERFORMANCE_ACTS = TRANSFER_ACTS | {"remove_obstruction", "restore", "other"}

ROLE_WORDS = {"原告": "plaintiff", "被告": "defendant", "第三人": "third_party", "上诉人": "appellant",
              "被上诉人": "appellee", "申请人": "applicant", "被申请人": "respondent"}
# words for a whole side or both sides: 原、被告 / 双方 / 二被告 …
GROUPS = [(re.compile(r"原、?被告(?:双方)?|原告、被告|双方(?:当事人)?|各方|上诉人、被上诉人"), ("plaintiff", "defendant", "appellant",
                                                                                       "appellee", "applicant",
                                                                                       "respondent")),
          (re.compile(r"[二两三四各众诸全体]+被告|被告[二两三四]人|被告双方"), ("defendant",)),
          (re.compile(r"[二两三四各]+原告|原告[二两三四]人"), ("plaintiff",))]

# a segment that only links to what was said before (综上，… / 据此，…): neither a topic nor an object
DISCOURSE = re.compile(r"(?:综上(?:所述)?|据此|为此|因此|故此?|总之|由此)")
# 扣除已付的…后 / 减去…后: arithmetic on the sum, not an event the performance waits for
ARITHMETIC = re.compile(r"(?:在)?(?:扣除|扣减|减去|减除|抵扣|抵销|冲抵|折抵|除去)")
LEAD = re.compile(r"^(?:并且?|另|同时|且|再|以及|及|则|即|并由|另由|应当|应)+")
LIABILITY = [(re.compile(r"连带"), "joint"), (re.compile(r"按份|各自|分别|各(?=支付|赔偿|负担|承担|偿还|返还|给付|[0-9０-９])|其中"),
                                              "several"), (re.compile(r"补充"), "supplementary")]
BACK_REF = re.compile(r"该款|该笔|此款|此笔|这笔|上述|前述|以上|前款|上列|所述|前列|本判决第[一二三四五六七八九十]+项|剩余部分|余款")
# 原告…不支付被告经济补偿金: a declaration that nothing is owed (劳动争议 judgments on the employer's claim)
# (read in the words before the verb: 不 / 互不 / 自行 end them); NOT_OWED is the same reading over a whole item
# (已返还部分 / 已支付的…: what was done describes a part of the object, the clause still orders the rest)
NOT_ORDERED = re.compile(r"驳回|不予支持|诉讼请求|无需|无须|不再|不必|免除|已(?:经)?(?:支付|给付|偿还|归还|返还|交付|退还)(?!部分|的)|"
                         r"(?:不予|互不|自行|不)$")
# 原告要求被告返还…房屋的诉讼请求成立: the act is what a claim asked for, found well founded and still not ordered
CLAIM_UPHELD_WORDS = r"的(?:诉讼)?(?:请求|诉请|主张)[，,]?\s*(?:本院)?(?:依法)?(?:成立|有理|合法有据|于法有据|(?:予以|应予)支持)"
CLAIM_UPHELD = re.compile(CLAIM_UPHELD_WORDS + r"[。；]?$")
NOT_OWED = re.compile(r"无需|无须|不再|不必|免除|互不|自行(?:负担|承担)|不(?:予)?(?:支付|给付|返还|退还|偿还|赔偿|承担)")

# --- conditions and anchors ---------------------------------------------------------------------------------------
_N = r"[0-9０-９一二两三四五六七八九十百]+"
ANCHOR = re.compile(rf"(?P<prep>应于|须于|于|在|自)(?P<event>[^，。；]{{2,40}}?)"
                    rf"(?P<rel>(?:之日起|之日|起|后|之后|以后|当日)?\s*{_N}\s*(?:日|天|个工作日|个月)(?:内|以内|之内)|"
                    rf"(?<!之日)(?:以前|之前|前)(?!期)|后(?=[^，。；]{{0,4}}(?:立即|即|支付|给付|返还|交付|偿还|归还|退还|付清))|"
                    # …到账当月偿付 / …之日当天交付: the month or the day of the event
                    r"(?:之日|的)?(?:当月|当日|当天|次日|次月|同月|同日)(?=[^，。；]{0,4}(?:立即|即|支付|给付|返还|交付|偿还|"
                    r"归还|退还|付清|偿付|清偿|结清|交还)))|"
                    rf"(?P<prep2>不迟于)(?P<event2>[^，。；]{{2,40}}?)(?P<rel2>之日|以前|之前|前|时)")
CONDITION = re.compile(r"(?:^|(?<=[，,。；]))(?P<prep>一俟|俟|待|等到|一旦|如果|如|若|倘若|假如|在)(?P<event>[^，。；]{2,40}?)"
                       r"(?P<rel>之后|以后|后|时|的情况下|的前提下|(?=[，,]?(?:即|就|则|再|方)))")
DEFAULT_CONDITION = re.compile(r"^(?:未|不|逾期|没有|拒不|到期不|不能|无法)")
CERTAIN_EVENT = re.compile(r"^(?:本|该|此)?(?:判决书?|裁定书?|调解书|民事调解书|调解协议)?[^，。；]{0,6}(?:生效|送达|发生法律效力)|"
                           r"^[0-9０-９〇○零一二三四五六七八九十]{2,4}\s*年|^[0-9０-９一二三四五六七八九十]+\s*月|^每(?:月|年|周|季)|"
                           r"^(?:春节|元旦|国庆|中秋)")
THIRD = re.compile(r"案外人|他人|第三方|其他人|银行|政府|单位|部门")

# --- totals -----------------------------------------------------------------------------------------------------
# the words that name a sum as the total of figures before it: 共计 / 合计 / 总数为 / 两者合并计算为
TOTAL_WORDS = r"共计|合计|总计|累计|总额|小计|总数|总金额|总和|合并计算|合并"

# --- objects ----------------------------------------------------------------------------------------------------
# a debt owed to someone outside the case, shared out between the parties (共同债务…由原告自行偿还 / 欠张某十万元由原告偿还):
# the creditor's own terms govern it, the judgment orders no payment between the parties
OUTSIDE_DEBT = re.compile(r"债务|贷款|信用社|银行|负责偿还|自行偿还|各自偿还|(?:^|[，、；：:])欠[^，。；]{1,12}?[0-9０-９一二三四五六七八九十]")
MONEY_WORD = re.compile(r"(?:款|费|金|租金|押金|利息|工资|报酬|损失|债务|借款|本金|欠款|价款|罚息|滞纳金|补助|收益|赔偿)"
                        r"(?:[0-9０-９（(一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]|及|和|、|$)|"
                        r"[0-9０-９][0-9０-９,，.．]*\s*(?:万|千)?元|[一二两三四五六七八九十百千万]+元|人民币|美元")
PROPERTY = re.compile(r"房屋|房产|住宅|商品房|楼房|平房|商铺|铺面|门面|店面|土地|宅基地|厂房|车位|车库|不动产|林地|山林|山场|耕地|"
                      r"承包地|仓库|场地|鱼塘|院落|地块|坡地|旱地|水田|田地|荒地|菜地|自留地|园地|果园|茶园|草场|牧场|林场|"
                      # a house named as people speak of it (家的老宅, 祖屋, 房子)
                      r"老宅|祖宅|宅院|祖屋|老屋|旧屋|房子|住房|公寓|别墅|写字楼|办公楼|门市房?|店铺|库房|车间|庭院")
PROPERTY_ID = re.compile(r"不动产权证|房屋所有权证|房产证|土地使用权证|林权证|林证|权证号|证号|宗地号|不动产单元号|地号|"
                         r"四至|东至|西至|南至|北至|界址点|界址线|面积[为约]?\s*[0-9０-９]|[0-9０-９.]+\s*(?:平方米|㎡|亩)|"
                         r"[0-9０-９×Ｘ*＊]+\s*(?:号|栋|幢|单元|室|层|号楼|组)|[一二三四五六七八九十]+(?:号楼|栋|幢|单元|层|室|组)|"
                         r"[A-Za-z][0-9]+(?:号|栋|幢|室)")
PART_OF = re.compile(r"一半|部分|份额|应分得|[0-9一二三四五六七八九十]+分之[0-9一二三四五六七八九十]+")
BOUNDARY = re.compile(r"四至|东至|西至|南至|北至|界址点|界址线|面积|[0-9０-９.]+\s*(?:平方米|㎡|亩)|附图|图示")
# what makes a movable thing specific: a plate, a frame or serial number, a model or brand, a specification, a list
THING_ID = re.compile(r"车牌|牌号|号牌|牌照|车架号|发动机号|识别代号|VIN|型号|品牌|[\u4e00-\u9fffA-Za-z]{1,8}牌(?!照|号)|编号|序列号|"
                      r"串号|IMEI|规格|颜色|色的|证号|账号|卡号|号码|号为|《|清单|附件|附表|明细|详见|[A-Za-z]{1,4}[-－]?[0-9]{2,}|"
                      r"[0-9]{5,}|金额为|面额|位于|坐落")
# documents a party has only one of: named with their owner they are identified
UNIQUE_THING = re.compile(r"营业执照|公章|合同专用章|财务专用章|法人章|身份证|户口簿|户口本|结婚证|离婚证|房产证|不动产权证书?|"
                          r"土地使用权证|驾驶证|行驶证|机动车登记证书|护照|毕业证|学位证|出生医学证明|会员卡|工作证|出入证")
RIGHT_OBJECT = re.compile(r"股权|股份|债权|份额|权利|权益|资格|名额|使用权|经营权|承包权")


# 价值800元左右的车辆配件: a thing described by what it is worth is neither money nor told apart by the figure
_VALUED = re.compile(r"(?:价值|价格|作价|折价|估价|市价|原价)(?:为|约|约为|人民币)*\s*[0-9０-９][0-9０-９,，.．]*\s*(?:万|千)?元"
                     r"(?:左右|以上|以下|许|余|多)?(?:的)?")


def is_money(obj: str) -> bool:
    return bool(MONEY_WORD.search(_VALUED.sub("", obj) if "价" in obj else obj))  # every value word holds 价


def is_property(obj: str) -> bool:
    """Real property is the object when a property word heads it (房屋租金 is money, 房屋钥匙 a thing) or when one
    particular property is meant (双方共有的林地产生的收益 / 涉案房屋的租金: that property must be identified)."""
    for m in PROPERTY.finditer(obj):
        if re.match(r"(?:的)?(?:上|内|中|里|旁|边|前|后|门前|四周|周围|附近|通道|东侧|西侧|南侧|北侧)", obj[m.end():]) and \
                not PART_OF.search(obj[m.end():]):
            continue  # 堆放在原告承包地上的砂石: the property is where the thing lies (林地中…应分得的部分 is a part)
        if re.search(r"(?:的|涉案|涉诉|该|上述|前述|共有|所购|承包)$", obj[:m.start()]):
            return True
        if not is_money(obj[m.start():]) and not re.match(r"(?:的)?(?:钥匙|证书|证件|权证|门禁卡|租金|收益)", obj[m.end():]):
            return True
    return False


# identification left to a paper the judgment neither quotes nor annexes (以原告提供的清单为准 / 坐落、面积以不动产权证书
# 记载为准, the words it defers with it): enforcement cannot read it, so it identifies nothing; an annexed list
# (以本判决附件清单为准) does
_DEFERRED = re.compile(r"(?:(?:坐落|四至|面积|位置|范围|界址|权属|数量|名称)[、及和与]?)*"
                       r"以(?![^，。；（）()]{0,20}?(?:附件|附表|附图|所附|本判决))[^，。；（）()]{0,24}?"
                       r"(?:提供|出具|提交|主张|陈述|确认|记载|登记|载明|清单|证书)[^，。；（）()]{0,8}?为准")


def without_deferred(text: str) -> str:
    return _DEFERRED.sub("", text) if "为准" in text else text


def property_identified(obj: str, context: str = "") -> bool:
    """坐落 down to the number / building / room, a certificate number, or the boundaries; a part of a property
    (一半, 应分得的部分) needs its own boundaries or area. An area alone (面积为0.4亩的宅基地) tells a part from the
    rest, not one property from another."""
    obj, context = without_deferred(obj), without_deferred(context)
    if PART_OF.search(obj):
        return bool(BOUNDARY.search(obj + context))
    text = obj + context
    marks = [m.group(0) for m in PROPERTY_ID.finditer(text) if not _AREA_ONLY.fullmatch(m.group(0))]
    if marks and all(mark in _SIDES for mark in marks) and len(set(marks)) < 4:
        return False  # 东至村道、北至…的房屋: two sides of four bound nothing
    return bool(marks)


_SIDES = ("东至", "西至", "南至", "北至")
_AREA_ONLY = re.compile(r"面积[为约]?\s*[0-9０-９]|[0-9０-９.]+\s*(?:平方米|㎡|亩)")


# a thing described by its likeness to another the judgment does not describe (与原订单同规格、同型号的化肥): the likeness
# identifies nothing
_LIKENESS = re.compile(r"(?:与|和|跟|按)?[^，。；、]{0,12}?(?:同|相同|一样|一致)(?:的)?(?:规格|型号|品牌|种类|款式|品种|质量|标准)"
                       r"(?:[、和及与](?:同|相同)?(?:规格|型号|品牌|种类|款式|品种|质量|标准))*(?:相同|一致|一样)?的?|"
                       r"(?:规格|型号|品牌|款式|品种)(?:[、和及与](?:规格|型号|品牌|款式|品种))*(?:相同|一致|一样|相当)的?")


def thing_identified(obj: str, context: str = "") -> bool:
    obj, context = without_deferred(obj), without_deferred(context)
    obj, context = _LIKENESS.sub("", obj), _LIKENESS.sub("", context)
    if "价" in obj or "价" in context:
        obj, context = _VALUED.sub("", obj), _VALUED.sub("", context)
    text = obj + context
    if THING_ID.search(text):
        return True
    return bool(UNIQUE_THING.search(obj)) and not re.search(r"等|相关|有关|其他|证照|证件", obj)
