"""The non-executable checks (EXE-01 … EXE-08) and the who/when checks (UNC-10, UNC-11, UNC-20, UNC-21) read the
clauses of the 主文 (extractors/clauses.py), so that the rule holds whatever the sentence form: active, 将,
passive 由X…, topic first (对…，X应… / OBJ，由X…), duty form (负有…义务), right form (有权要求 / 有权取回), two
sentences (…。该款于…), conditions (一俟…即… / 待…后). Each case is a real judgment (corpora/rebuilt) with its
主文 replaced by the item; wordings follow real 主文 (交付 / 返还 / 腾退 / 协助办理 / 恢复原状 / 排除妨碍 / 停止侵害 /
探望 / 继续履行), defective and correct variants side by side."""

from __future__ import annotations

import pytest

from tests.test_checks_general import CAR, judgment

P, D = "原告宁波恒艺餐饮有限公司", "被告金海林"
TWO = "rebuilt/sc1-056.txt"      # 陕西定边农村商业银行股份有限公司 v 庞登慧, 王娥英
BANK, D1, D2 = "原告陕西定边农村商业银行股份有限公司", "被告庞登慧", "被告王娥英"
CHILD = "rebuilt/sc1-076.txt"    # 兰某1 (child) v 兰某2 (father)
DUE = "于本判决生效之日起十日内"


def flags(doc, code, item=1):
    return any(f.code == code and f.severity in ("error", "warning") and f.item_index == item for f in doc.flags)


# --- EXE-01: a thing handed over or returned is named, counted and identified -------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}将其签收的商品返还{P}。", True),
    (f"{D}{DUE}向{P}交付相关资料。", True),
    (f"{P}寄存的物品，由{D}{DUE}返还。", True),
    (f"{D}负有{DUE}向{P}返还电脑13台的义务。", True),
    (f"{D}{DUE}返还{P}车辆一辆。", True),
    (f"{P}支付货款后，有权取回其交付{D}的设备及随机工具。", True),
    (f"{D}{DUE}将车牌号为浙B12345的大众牌帕萨特轿车一辆返还{P}。", False),
    (f"{D}{DUE}向{P}交付联想ThinkPad E14型笔记本电脑13台（序列号见附件清单）。", False),
    (f"{P}的营业执照正本及公章，由{D}{DUE}返还。", False),
    (f"{D}{DUE}返还{P}借款20000元。", False),
    (f"{D}{DUE}向{P}开具金额为20000元的增值税普通发票。", False),
])
def test_thing_identified(item, bad):
    assert flags(judgment(items=[item]), "EXE-01") is bad


def test_thing_named_in_an_earlier_item_is_identified_by_reference():
    doc = judgment(source=CAR, items=[
        "一、被告旦智加于本判决生效之日起十日内向原告赵满斌交付车牌号为青A12345的本田CRV车辆一辆；",
        "二、原告赵满斌于收到上述车辆之日起三日内将上述车辆的钥匙及行驶证交付被告旦智加。"])
    assert not flags(doc, "EXE-01", 2)


# --- EXE-02: real property is identified by 坐落 / certificate / boundaries ----------------------------------------

HOUSE = "位于宁波市海曙区中山西路88号3幢201室的房屋"


@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}协助{P}办理涉案房屋的过户手续。", True),
    (f"{P}所购商品房的不动产转移登记手续，由{D}{DUE}协助办理。", True),
    (f"{D}{DUE}将其位于宁波市海曙区的房屋一套交付{P}。", True),
    (f"{P}与{D}共同购买的山场，由{D}{DUE}分出一半交{P}管理。", True),
    (f"{D}{DUE}腾退双方争议的房屋。", True),
    (f"{D}{DUE}协助{P}办理{HOUSE}的不动产转移登记手续。", False),
    (f"{D}{DUE}将{HOUSE}（不动产权证号：浙（2020）宁波市不动产权第0012345号）交付{P}。", False),
    ((f"{P}与{D}共同购买的位于宁波市海曙区龙观乡李岙村的山场（林权证号：海林证字第0123号），由{D}{DUE}将其中东至山脊、"
     f"西至溪沟、南至公路、北至李某山场的部分（面积20亩）交{P}管理。"), False),
])
def test_property_identified(item, bad):
    assert flags(judgment(items=[item]), "EXE-02") is bad


# --- EXE-03: 继续履行 must say what and how -------------------------------------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"{D}应依约履行与{P}签订的《借款协议》。", True),
    (f"{D}应全面履行《借款协议》项下的义务。", True),
    (f"{P}与{D}之间借款合同中尚未履行的部分，由{D}按原约定履行完毕。", True),
    (f"{P}有权要求{D}依照《借款协议》的约定履行剩余义务。", True),
    (f"{D}负有继续履行《借款协议》的义务。", True),
    (f"{D}继续履行《借款协议》，{DUE}向{P}支付借款20000元。", False),
    (f"{D}继续履行向{P}交付车牌号为浙B12345的大众牌轿车的义务，于2024年3月31日前交付。", False),
])
def test_continue_performance_forms(item, bad):
    assert flags(judgment(items=[item]), "EXE-03") is bad


# --- EXE-04: remove / restore / repair with standard and time ---------------------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"{D}应将{P}受损的车辆修复到位。", True),
    (f"{D}{DUE}将{P}店铺的卷帘门修好。", True),
    (f"{P}院落内的施工障碍，由{D}负责清除。", True),
    (f"对{P}通行的妨碍，{D}应予排除。", True),
    (f"{P}有权要求{D}将碰撞的车辆前保险杠恢复至碰撞前的状态。", True),
    (f"{D}{DUE}将{P}店铺的卷帘门修复（按原规格更换同型号卷帘门，经{P}验收合格）。", False),
    (f"{D}{DUE}拆除其在{P}店铺门前搭建的铁皮棚（长4米、宽2米）。", False),
    (f"于本判决生效之日起十五日内，{D}清除其堆放在{P}仓库东侧通道上的建筑垃圾。", False),
])
def test_restore_and_remove_forms(item, bad):
    assert flags(judgment(items=[item]), "EXE-04") is bad


# --- EXE-05: an injunction names the act and its scope ---------------------------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"{D}不得再销售侵权产品。", True),
    (f"禁止{D}侵害{P}的合法权益。", True),
    (f"{D}应立即终止侵权行为。", True),
    (f"{D}立即停止在其淘宝店铺“金记小铺”销售侵害{P}第12345678号注册商标专用权的产品。", False),
    (f"{D}立即停止在其经营场所使用{P}的“恒艺”字号。", False),
])
def test_stop_infringement_forms(item, bad):
    assert flags(judgment(items=[item]), "EXE-05") is bad


# --- EXE-06: visitation with time, place and hand-over -------------------------------------------------------

@pytest.mark.parametrize("item,bad", [
    ("被告兰某2对原告兰某1的探望，每次以四小时为限，并应提前三日通知原告一方。", True),
    ("被告兰某2每月可看望原告兰某1两次，具体由双方协商。", True),
    ("被告兰某2于每月第一、三周的星期六上午9时至原告兰某1住所接走原告兰某1探望，当日下午6时前送回。", False),
])
def test_visitation_forms(item, bad):
    assert flags(judgment(source=CHILD, items=[item, "二、驳回原告兰某1的其他诉讼请求"]), "EXE-06") is bad


# --- EXE-07: mutual performance needs an order ----------------------------------------------------------------

@pytest.mark.parametrize("items,item,bad", [
    ([("一、被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元，同时原告赵满斌将车牌号为青A12345的本田CRV车辆"
      "返还被告旦智加。")], 1, True),
    ([("一、被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元。原告赵满斌于本判决生效之日起十日内将车牌号为"
      "青A12345的本田CRV车辆交付给被告旦智加。")], 1, True),
    ([("一、原、被告于本判决生效之日起十日内相互返还：（一）被告旦智加返还原告赵满斌购车款30000元；（二）原告赵满斌返还被告"
      "旦智加车牌号为青A12345的本田CRV车辆。")], 1, True),
    ([("一、被告旦智加负有向原告赵满斌交付车牌号为青A12345的本田CRV车辆的义务；原告赵满斌负有向被告旦智加支付剩余购车款"
      "20000元的义务。")], 1, True),
    (["一、被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元；",
      "二、被告旦智加退还购车款后，有权取回车牌号为青A12345的本田CRV车辆。"], 2, False),
    (["一、原告赵满斌于收到被告旦智加交付的车牌号为青A12345的本田CRV车辆之日起三日内支付剩余购车款20000元；",
      "二、被告旦智加于本判决生效之日起十日内向原告赵满斌交付上述车辆。"], 2, False),
    (["一、被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元；", ("二、被告旦智加支付原告赵满斌违约金5000元，"
      "于本判决生效之日起十日内付清。")], 2, False),
])
def test_mutual_performance_forms(items, item, bad):
    assert flags(judgment(source=CAR, items=items), "EXE-07", item) is bad


# --- EXE-08: a confirmed ownership the claims wanted handed over ----------------------------------------------

CLAIM = f"1．确认{HOUSE}归原告所有；2．判令被告将该房屋交付原告并协助办理过户登记手续。"


@pytest.mark.parametrize("item,bad", [
    (f"{HOUSE}，其所有权自本判决生效之日起属于原告宁波恒艺餐饮有限公司。", True),
    (f"{HOUSE}由原告宁波恒艺餐饮有限公司所有。", True),
    (f"{HOUSE}归原告宁波恒艺餐饮有限公司所有；{D}于本判决生效之日起三十日内将该房屋交付原告宁波恒艺餐饮有限公司。", False),
])
def test_confirmation_forms(item, bad):
    assert flags(judgment(items=[item], claims=CLAIM), "EXE-08") is bad


# --- UNC-10: several obligors without a liability form ----------------------------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"对{BANK}的借款本金199972.42元，{D1}与{D2}应{DUE}予以偿还。", True),
    (f"借款本金199972.42元由{D1}、{D2}{DUE}偿还{BANK}。", True),
    (f"{BANK}有权要求{D1}与{D2}{DUE}偿还借款本金199972.42元。", True),
    (f"二被告{DUE}共同偿还{BANK}借款本金199972.42元。", True),
    (f"{D1}、{D2}{DUE}连带偿还{BANK}借款本金199972.42元。", False),
    (f"{D1}{DUE}偿还{BANK}借款本金199972.42元；{D2}对上述债务承担连带清偿责任。", False),
    (f"{D1}、{D2}{DUE}分别偿还{BANK}借款本金100000元、99972.42元。", False),
])
def test_several_obligors_forms(item, bad):
    assert flags(judgment(source=TWO, items=[item]), "UNC-10") is bad


# --- UNC-11: a party written with characters left out or added -----------------------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"被告金海林{DUE}归还原告宁波恒艺餐饮公司借款20000元。", True),
    (f"{D}{DUE}归还原告宁波恒艺有限公司借款20000元。", True),
    (f"{D}{DUE}归还{P}借款20000元。", False),
])
def test_party_name_left_out_characters(item, bad):
    assert flags(judgment(items=[item]), "UNC-11") is bad


# --- UNC-20: every payment clause has a period, also when written in the next sentence ----------------------------

@pytest.mark.parametrize("item,bad", [
    (f"{P}的借款20000元由{D}偿还。", True),
    (f"{D}负有向{P}归还借款20000元的义务。", True),
    (f"{D}{DUE}归还{P}借款20000元；{D}另支付{P}违约金2000元。", True),
    (f"{D}归还{P}借款20000元。该款于2024年3月31日前付清。", False),
    (f"{D}归还{P}借款20000元，并支付违约金2000元，于本判决生效之日起十日内付清。", False),
    (f"于本判决生效之日起十日内，由{D}归还{P}借款20000元。", False),
])
def test_payment_period_forms(item, bad):
    assert flags(judgment(items=[item]), "UNC-20") is bad


# --- UNC-21: a period or condition hanging on an event that may never happen --------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"一俟{D}名下房屋拆迁款到位，{D}即归还{P}借款20000元。", True),
    (f"{D}归还{P}借款20000元。该款于{D}与案外人的合伙账目清算完毕后十日内付清。", True),
    (f"{D}在其承包的工程竣工验收以前归还{P}借款20000元。", True),
    (f"{D}不迟于其经营的酒吧转让完成之日归还{P}借款20000元。", True),
    (f"{D}于2024年3月31日前归还{P}借款20000元。", False),
    (f"{D}{DUE}归还{P}借款20000元，如{D}未按期付清，{P}有权申请强制执行。", False),
])
def test_uncertain_event_forms(item, bad):
    assert flags(judgment(items=[item]), "UNC-21") is bad


def test_counter_performance_is_no_uncertain_event():
    doc = judgment(source=CAR, items=[
        "一、原告赵满斌于收到被告旦智加交付的车牌号为青A12345的本田CRV车辆之日起三日内支付被告旦智加剩余购车款20000元；",
        "二、被告旦智加于本判决生效之日起十日内向原告赵满斌交付上述车辆。"])
    assert not flags(doc, "UNC-21", 1) and not flags(doc, "UNC-20", 1)


# --- forms the fifth round showed, and their relatives in other verbs and orders ---------------------------------

@pytest.mark.parametrize("item,bad", [
    # an injunction that names the act only by what the case calls it
    (f"{D}应当立即终止被诉行为。", True),
    (f"{D}立即停止涉案不正当竞争行为。", True),
    (f"{D}应于本判决生效之日起停止上述行为。", True),
    (f"{D}不得再实施被控行为。", True),
    (f"{D}立即停止在其经营场所使用{P}的“恒艺”字号。", False),
])
def test_injunction_naming_only_the_act(item, bad):
    assert flags(judgment(items=[item]), "EXE-05") is bad


@pytest.mark.parametrize("item,bad", [
    # 探望 written as taking the child to live with the visiting parent
    ("被告兰某2每年寒暑假期间可接原告兰某1共同生活十日。", True),
    ("被告兰某2每月可将原告兰某1接回其住处同住两日。", True),
    ("被告兰某2每年春节期间可带原告兰某1回老家小住三天。", True),
    ("被告兰某2于每年暑假的7月1日上午9时至原告兰某1住所接原告兰某1共同生活十日，7月11日上午9时前送回原告兰某1住所。", False),
])
def test_visitation_as_living_together(item, bad):
    assert flags(judgment(source=CHILD, items=[item, "二、驳回原告兰某1的其他诉讼请求"]), "EXE-06") is bad


@pytest.mark.parametrize("items,item,bad", [
    # the counter-performance in its own sentence after ；, with 交回 / 发还
    ([("一、被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元；原告赵满斌应向被告旦智加交回车牌号为青A12345的本田CRV"
       "车辆及其钥匙")], 1, True),
    (["一、被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元；原告赵满斌将车牌号为青A12345的本田CRV车辆发还被告旦智加"],
     1, True),
    ([("一、被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元；原告赵满斌于收到上述款项之日起三日内向被告旦智加交回车牌号"
       "为青A12345的本田CRV车辆")], 1, False),
])
def test_counter_performance_in_another_sentence(items, item, bad):
    assert flags(judgment(source=CAR, items=items), "EXE-07", item) is bad


@pytest.mark.parametrize("item,bad", [
    # who obtains the house, however said, without handing it over
    (f"{HOUSE}由原告宁波恒艺餐饮有限公司取得。", True),
    (f"{HOUSE}归原告宁波恒艺餐饮有限公司。", True),
    (f"原告宁波恒艺餐饮有限公司取得{HOUSE}的所有权。", True),
    (f"{HOUSE}由原告宁波恒艺餐饮有限公司取得；{D}于本判决生效之日起三十日内将该房屋腾空并交付原告宁波恒艺餐饮有限公司。", False),
])
def test_obtaining_without_handing_over(item, bad):
    assert flags(judgment(items=[item], claims=CLAIM), "EXE-08") is bad


@pytest.mark.parametrize("item,bad", [
    # the performer first, then the condition
    (f"{D}一俟其经营的酒吧转让成功，即归还{P}借款20000元。", True),
    (f"{D}待其承包的工程结算后，归还{P}借款20000元。", True),
    (f"{D}如获得拆迁补偿款，则归还{P}借款20000元。", True),
    (f"{D}{DUE}归还{P}借款20000元。", False),
    # 扣除…后 is arithmetic, not an event
    (f"{D}{DUE}支付{P}货款72,000元。扣除已付的14,400元后，{D}仍欠{P}货款57,600元。", False),
])
def test_performer_before_the_condition(item, bad):
    assert flags(judgment(items=[item]), "UNC-21") is bad


# --- UNC-02 / UNC-03 / UNC-05: interest in words only; a standard named without its figures -------------------------

@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}连本带息归还{P}借款20000元。", True),
    (f"{D}{DUE}归还{P}借款本息，其中本金为20000元。", True),
    (f"{D}{DUE}归还{P}借款20000元并付息。", True),
    (f"{D}{DUE}归还{P}借款本息合计25000元。", False),
    (f"{D}{DUE}连本带息共计25000元归还{P}。", False),
])
def test_interest_in_words_only(item, bad):
    assert flags(judgment(items=[item]), "UNC-02") is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}归还{P}借款20000元，并支付逾期利息（自2023年2月24日起按国家规定的利率标准计付至实际履行之日止）。", True),
    (f"{D}{DUE}归还{P}借款20000元，并支付参照当地同期民间借贷市场利率自2023年2月24日计算至实际付清之日止的逾期利息。", True),
    (f"{D}{DUE}归还{P}借款20000元，并支付按法律保护的上限标准计算的逾期利息。", True),
    (f"{D}{DUE}赔偿{P}按浙江省上一年度人身损害赔偿标准计算的各项损失。", True),
    (f"{D}{DUE}支付{P}按实际出工天数计算的劳务费。", True),
    (f"{D}{DUE}支付{P}按照双方协议约定的标准计算的违约金。", True),
    ((f"{D}{DUE}归还{P}借款20000元，并支付逾期利息（自2023年2月24日起按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算至实际"
      "清偿之日止）。"), False),
    (f"{D}{DUE}归还{P}借款20000元，并支付逾期利息（以20000元为基数，按年利率14.6％自2023年2月24日起计算至实际清偿之日止）。", False),
])
def test_standard_without_its_figures(item, bad):
    assert flags(judgment(items=[item]), "UNC-03") is bad


@pytest.mark.parametrize("rate,start,bad", [
    ("中国人民银行同期同类贷款利率", "2018年8月3日", True),   # runs past 2019-08-20 until payment
    ("中国人民银行同期贷款基准利率", "2019年9月1日", True),
    ("全国银行间同业拆借中心公布的一年期贷款市场报价利率", "2018年8月3日", False),
])
def test_benchmark_rate_running_past_the_reform(rate, start, bad):
    item = f"{D}{DUE}归还{P}借款20000元，并支付以20000元为基数，按{rate}自{start}起计算至实际清偿之日止的逾期利息。"
    assert flags(judgment(items=[item]), "UNC-05") is bad
