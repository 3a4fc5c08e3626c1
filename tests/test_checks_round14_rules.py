"""Rules added after round 14 became development data (a payment ordered with 应付 / 应还, a verb inside an event after
the performers, the rest of a contract carried on, a hazard to remove, a standard of conduct or a distance without its
figure, an exchange at one meeting with no day, things named by exclusion or by an alternative, the right to hold a
thing ended without its return, a delivery sought and never ordered, a floor or a unit price instead of a sum, two
rates to choose from, a period put off to an event, a gloss with Chinese units, an end capped in brackets, a remedy or a
support period nobody claimed, a defendant's admission and a changed claim granted in full against the item, a text
named by the day it was adopted or took effect), each tested on wordings written for these tests (not round 14's) in a
real judgment, with a correct variant beside each defective one."""

from __future__ import annotations

import pytest

from tests.test_checks_general import D, P, found, judgment
from tests.test_checks_round11_rules import DUE
from tests.test_checks_round13_rules import edited

PLACE = "宁波市海曙区丽园北路1号"


@pytest.mark.parametrize("item,bad", [(f"{D}应还{P}借款20000元。", True),
                                      (f"{D}应还{P}借款20000元，{DUE}还清。", False)])
def test_a_payment_ordered_with_ying_huan_needs_its_period(item, bad):
    assert found(judgment(items=[item]), "UNC-20", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{P}与{D}在{D}归还上述借款后重新履行双方签订的《借款协议》。", True),
    (f"{P}与{D}在{D}归还上述借款后继续履行《借款协议》，{P}{DUE}向{D}交付借款10000元。", False),
])
def test_the_contract_carried_on_after_an_event(item, bad):
    assert found(judgment(items=[item]), "EXE-03", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}消除其在{PLACE}院内堆放物品造成的消防隐患。", True),
    (f"{D}{DUE}清除其堆放在{PLACE}院内的木材，恢复院内通道宽度至3米。", False),
])
def test_a_hazard_to_remove(item, bad):
    assert found(judgment(items=[item]), "EXE-04", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}的经营活动以不干扰原告正常营业为准。", True),
    (f"{D}应与原告的法定代表人保持一定距离。", True),
    (f"{D}{DUE}归还{P}借款20000元。", False),
])
def test_a_standard_of_conduct_or_a_distance_without_its_figure(item, bad):
    assert found(judgment(items=[item]), "EXE-05", 1) is bad


_GOODS = f"{D}{DUE}向{P}返还联想X1型笔记本电脑10台（序列号见附表），{P}向{D}支付货款20000元"


@pytest.mark.parametrize("meeting,bad", [
    ("，双方一手交货、一手交钱。", True),
    ("，上述电脑与货款由双方当面清点交接。", True),
    ("，双方于2023年12月1日上午9时在本院一手交货、一手交钱。", False),
])
def test_an_exchange_at_one_meeting_needs_its_day(meeting, bad):
    assert found(judgment(items=[_GOODS + meeting]), "EXE-07", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}将其保管的原告物品中除已退还的部分外的其他物品返还{P}。", True),
    (f"{D}{DUE}向{P}返还借用的设备或者同等价值的替代品。", True),
    (f"{D}{DUE}将其保管的联想X1型笔记本电脑一台（序列号PF12345）返还{P}。", False),
])
def test_things_named_by_exclusion_or_by_an_alternative(item, bad):
    assert found(judgment(items=[item]), "EXE-01", 1) is bad


@pytest.mark.parametrize("claims,items,bad", [
    (f"判令被告搬出并交还{PLACE}的房屋。", [f"{P}与{D}之间就{PLACE}房屋的租赁合同于本判决生效之日解除。"], True),
    (f"判令被告搬出并交还{PLACE}的房屋。", [f"{P}与{D}之间就{PLACE}房屋的租赁合同于本判决生效之日解除。",
                                     f"{D}{DUE}从{PLACE}房屋搬出并将该房屋交还{P}。"], False),
    ("判令被告将其保管的房产证交给原告。", [f"{PLACE}房屋（不动产权证号：浙（2020）宁波市不动产权第0012345号）归{P}所有。"], True),
    ("判令被告将其保管的房产证交给原告。", [f"{PLACE}房屋（不动产权证号：浙（2020）宁波市不动产权第0012345号）归{P}所有。",
                                 f"{D}{DUE}将上述房屋的不动产权证书交付{P}。"], False),
])
def test_a_holding_ended_or_a_right_declared_where_the_thing_was_sought(claims, items, bad):
    assert found(judgment(claims=claims, items=items), "EXE-08", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}归还{P}借款至少15000元。", True),
    (f"{D}{DUE}按每天200元的标准支付{P}场地占用费。", True),
    (f"{D}{DUE}按每天200元的标准支付{P}场地占用费，共30天。", False),
    (f"{D}{DUE}归还{P}借款15000元。", False),
])
def test_a_floor_or_a_unit_price_instead_of_a_sum(item, bad):
    assert found(judgment(items=[item]), "UNC-01", 1) is bad


@pytest.mark.parametrize("rate,bad", [("按年利率6%或一年期贷款市场报价利率（由原告选择适用）", True), ("按年利率6%", False)])
def test_two_rates_to_choose_from(rate, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元，并支付该款自2023年2月24日起{rate}计算至实际清偿之日止的利息。"])
    assert found(doc, "UNC-03", 1) is bad


@pytest.mark.parametrize("later,bad", [("如届时其承包的工程尚未结算，则延至工程结算后十五日内", True),
                                       ("如届时其承包的工程尚未结算，则延至2024年3月31日前", False)])
def test_a_period_put_off_to_an_event(later, bad):
    assert found(judgment(items=[f"{D}{DUE}归还{P}借款20000元（{later}）。"]), "UNC-21", 1) is bad


@pytest.mark.parametrize("gloss,bad", [("2千5百元", True), ("2千元", False)])
def test_a_gloss_with_chinese_units(gloss, bad):
    assert found(judgment(items=[f"{D}{DUE}归还{P}借款20000元，并支付利息损失2000元（{gloss}）。"]), "CON-01", 1) is bad


@pytest.mark.parametrize("cap,bad", [("（最迟计至原告起诉之日）", True), ("", False)])
def test_an_interest_end_capped_in_brackets(cap, bad):
    doc = judgment(reasoning="被告应支付自2023年2月24日起至实际清偿之日止的逾期利息。",
                   items=[f"{D}{DUE}归还{P}借款20000元，并支付以20000元为基数，按年利率14.6％自2023年2月24日起计算至实际清偿之日止"
                          f"{cap}的逾期利息。"])
    assert found(doc, "CON-03", 1) is bad


@pytest.mark.parametrize("claims,bad", [("判令被告归还借款20000元。", True), ("判令被告归还借款20000元并向原告赔礼道歉。", False)])
def test_an_apology_nobody_claimed(claims, bad):
    doc = judgment(claims=claims, items=[f"{D}{DUE}归还{P}借款20000元。", f"{D}{DUE}向{P}公开赔礼道歉。"])
    assert found(doc, "CON-04", 2) is bad


@pytest.mark.parametrize("end,bad", [("原告参加工作时止", True), ("原告年满十八周岁时止", False)])
def test_a_support_period_beyond_the_claimed_end(end, bad):
    doc = judgment(claims="判令被告每月支付原告抚养费1000元至原告年满十八周岁止。",
                   items=[f"{D}自2023年12月起每月支付{P}抚养费1000元，至{end}。"])
    assert found(doc, "CON-04", 1) is bad


@pytest.mark.parametrize("admitted,bad", [("25000元", True), ("15000元", False)])
def test_a_defendants_admission_against_the_item(admitted, bad):
    doc = edited(("被告金海林经本院合法传唤，无正当理由未到庭参加诉讼，亦未提交书面答辩意见。",
                  f"被告金海林辩称，其确认尚欠原告借款{admitted}，但无力偿还。"))
    assert found(doc, "CON-05", 1) is bad


@pytest.mark.parametrize("changed,bad", [("25000元", True), ("20000元", False)])
def test_a_changed_claim_granted_in_full_against_the_item(changed, bad):
    doc = edited(("并按年利率14.6％支付自2023年2月24日起计算至实际清偿之日止的逾期利息。",
                  f"并按年利率14.6％支付自2023年2月24日起计算至实际清偿之日止的逾期利息。审理中，原告将诉讼请求变更为要求被告归还借款{changed}。"))
    assert found(doc, "CON-05", 1) is bad


_INTERPRETATION = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
_LOANS = "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》"


@pytest.mark.parametrize("old,new,bad", [
    (_INTERPRETATION, _INTERPRETATION + "（2020年12月23日最高人民法院审判委员会第1823次会议修正）", True),
    (_INTERPRETATION, _INTERPRETATION + "（2022年3月22日最高人民法院审判委员会第1866次会议修正）", False),
    (_LOANS, "自2015年9月1日起施行的" + _LOANS, True),
    (_LOANS, "自2021年1月1日起施行的" + _LOANS, False),
])
def test_a_text_named_by_the_day_it_was_adopted_or_took_effect(old, new, bad):
    assert found(edited((old + "第", new + "第")), "CIT-04") is bad
