"""Rules added after round 15 became development data (a range or a count of trips in place of a sum, a rate by a
party's cost of funds, a half-year rate, 按份 named with one sum, a liability form for no debt, a branch of a party, the
month of an event and a time left to a later agreement, a 大写 made to prevail in brackets, 总数 / 合并计算 totals, an
interest end named by the day that counts and one at the signing of an agreement, a support that grows and a further
head of cost nobody claimed, a statement of account and the plaintiff's statement at the hearing against the item,
interpretations cited by the number of a text since amended, an edition the 民法典's transition rules do not explain,
two sides of four, a contract carried to its purpose, a right to respect, an exchange left to custom, a claim upheld
in words), each tested on wordings written for these tests (not round 15's) in a real judgment, with a correct
variant beside each defective one."""

from __future__ import annotations

import pytest

from tests.test_checks_general import CAR, D, P, found, judgment
from tests.test_checks_round11_rules import DUE
from tests.test_checks_round13_rules import edited

PLACE = "宁波市海曙区丽园北路1号"
SECOND = "被告：李红梅，女，1985年3月2日出生，汉族，住宁波市海曙区。\n"


@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}归还{P}借款18000元—20000元。", True),
    (f"{D}{DUE}支付{P}运输费（共计运货八趟次）。", True),
    (f"{D}{DUE}支付{P}运输费（共计运货八车次，合计8000元）。", False),
    (f"{D}{DUE}归还{P}借款20000元。", False),
])
def test_a_range_or_a_count_in_place_of_a_sum(item, bad):
    assert found(judgment(items=[item]), "UNC-01", 1) is bad


@pytest.mark.parametrize("rate,code", [("按原告向银行融资的成本", "UNC-03"), ("按半年利率12%", "UNC-04")])
def test_a_rate_by_a_cost_of_funds_or_per_half_year(rate, code):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元，并支付该款自2023年2月24日起{rate}计算至实际清偿之日止的利息。"])
    assert found(doc, code, 1)
    assert not found(doc, "UNC-03", 1) if code == "UNC-04" else True


def test_a_half_year_rate_is_converted():
    from extractors import find_interest

    [clause] = find_interest("以20000元为基数，自2023年2月24日起按半年利率3%计算至实际清偿之日止的利息")
    assert clause.annual_rate_pct == 6


def _two_defendants(item: str):
    return edited(("被告：金海林。\n", "被告：金海林。\n" + SECOND), ("被告金海林归还原告宁波恒艺餐饮有限公司借款20000元，并支付以本金"
                  "20000元中未履行部分为基数，按年利率14.6％从2023年2月24日计算至实际付清之日止的逾期利息，于本判决生效之日起十日内付清。",
                  item))


@pytest.mark.parametrize("item,bad", [
    (f"被告金海林、被告李红梅按份承担责任，{DUE}归还原告宁波恒艺餐饮有限公司借款20000元。", True),
    (f"被告金海林、被告李红梅按份承担责任，{DUE}分别归还原告宁波恒艺餐饮有限公司借款12000元、8000元。", False),
])
def test_several_shares_named_without_the_shares(item, bad):
    assert found(_two_defendants(item), "UNC-10", 1) is bad


@pytest.mark.parametrize("second,bad", [
    ("被告金海林与被告李红梅相互承担连带清偿责任。", True),
    ("被告李红梅对上述借款本金20000元承担连带清偿责任。", False),
])
def test_a_liability_form_for_no_debt(second, bad):
    doc = edited(("被告：金海林。\n", "被告：金海林。\n" + SECOND),
                 ("于本判决生效之日起十日内付清。\n", f"于本判决生效之日起十日内付清。\n{second}\n"))
    assert found(doc, "UNC-10", 2) is bad


@pytest.mark.parametrize("written,bad", [("宁波恒艺餐饮有限公司海曙营业部", True), ("宁波恒艺餐饮有限公司", False)])
def test_a_branch_is_not_the_party(written, bad):
    assert found(judgment(items=[f"{D}{DUE}归还原告{written}借款20000元。"]), "UNC-11", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}于其经营的餐馆转让款到账当日归还{P}借款20000元。", True),
    (f"{D}归还{P}借款20000元，还款日期在其房屋出售后由双方再行协商。", True),
    (f"{D}归还{P}借款20000元，具体还款时间由双方协商。", True),
    (f"{D}{DUE}归还{P}借款20000元。", False),
])
def test_the_day_of_an_event_or_a_time_left_to_a_later_agreement(item, bad):
    assert found(judgment(items=[item]), "UNC-21", 1) is bad


@pytest.mark.parametrize("gloss,bad", [("（即大写金额壹万捌仟元整）", True), ("（即大写金额贰万元整）", False)])
def test_a_gloss_in_words_after_the_figure(gloss, bad):
    assert found(judgment(items=[f"{D}{DUE}归还{P}借款20000元{gloss}。"]), "CON-01", 1) is bad


@pytest.mark.parametrize("total,bad", [("二者合并为21500元", True), ("总数为21000元", False), ("总数为21200元", True)])
def test_totals_named_otherwise(total, bad):
    assert found(judgment(items=[f"{D}{DUE}归还{P}借款20000元、支付利息1000元，{total}。"]), "CON-02", 1) is bad


@pytest.mark.parametrize("reasoning,bad", [
    ("关于逾期利息的截止时点，应以原告起诉之日为准。", True),
    ("关于逾期利息的截止时点，应以实际清偿之日为准。", False),
])
def test_an_end_point_named_by_the_day_that_counts(reasoning, bad):
    assert found(judgment(reasoning=reasoning), "CON-03", 1) is bad


@pytest.mark.parametrize("end,bad", [("双方达成分期还款协议之日", True), ("实际清偿之日", False)])
def test_an_end_at_the_signing_of_an_agreement(end, bad):
    doc = judgment(reasoning="被告应支付自2023年2月24日起至实际清偿之日止的逾期利息。",
                   items=[f"{D}{DUE}归还{P}借款20000元，并支付以20000元为基数，按年利率14.6％自2023年2月24日起计算至{end}止的逾期利息。"])
    assert found(doc, "CON-03", 1) is bad


@pytest.mark.parametrize("claims,extra,bad", [
    ("判令被告每月支付原告抚养费1000元至原告年满十八周岁止。", "（此后每年增加100元）", True),
    ("判令被告每月支付原告抚养费1000元，并每年增加100元，至原告年满十八周岁止。", "（此后每年增加100元）", False),
    ("判令被告每月支付原告抚养费1000元至原告年满十八周岁止。", "", False),
])
def test_a_support_that_grows_where_a_fixed_one_was_claimed(claims, extra, bad):
    doc = judgment(claims=claims, items=[f"{D}自2023年12月起每月支付{P}抚养费1000元{extra}，至原告年满十八周岁时止。"])
    assert found(doc, "CON-04", 1) is bad


@pytest.mark.parametrize("claims,bad", [("判令被告每月支付原告抚养费1000元。", True),
                                        ("判令被告每月支付原告抚养费1000元，并负担原告的教育费用。", False)])
def test_a_further_head_of_cost_nobody_claimed(claims, bad):
    doc = judgment(claims=claims, items=[f"{D}自2023年12月起每月支付{P}抚养费1000元。",
                                         f"{D}另外承担原告今后教育费用的一半（凭票据结算）。"])
    assert found(doc, "CON-04", 2) is bad


@pytest.mark.parametrize("owed,bad", [("22000元", True), ("20000元", False)])
def test_a_statement_of_account_against_the_item(owed, bad):
    doc = edited(("以上事实，有原告提供的", f"被告金海林签字确认的欠条写明：“今欠宁波恒艺餐饮有限公司借款{owed}。”\n以上事实，有原告提供的"))
    assert found(doc, "CON-05", 1) is bad


@pytest.mark.parametrize("owed,bad", [("26000元", True), ("20000元", False)])
def test_the_plaintiffs_statement_at_the_hearing_against_the_item(owed, bad):
    doc = edited(("本院依法缺席", f"原告宁波恒艺餐饮有限公司庭审中表示被告金海林仍欠其借款{owed}。本院依法缺席"))
    assert found(doc, "CON-05", 1) is bad


@pytest.mark.parametrize("cited,bad", [("《最高人民法院关于适用〈中华人民共和国保险法〉若干问题的解释（二）》（法释〔2013〕14号）", True),
                                       ("《最高人民法院关于适用〈中华人民共和国保险法〉若干问题的解释（二）》", False)])
def test_an_interpretation_cited_by_the_number_of_an_amended_text(cited, bad):
    doc = edited(("第五百七十七条；", f"第五百七十七条，{cited}第一条；"))
    assert found(doc, "CIT-04") is bad


@pytest.mark.parametrize("why,bad", [("《最高人民法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》第一条第二款，", True),
                                     ("因侵权行为发生在修正后的法律施行前，", False)])
def test_an_old_edition_is_not_explained_by_the_civil_codes_transition_rules(why, bad):
    doc = edited(("依照《中华人民共和国民法典》第五百零九条第一款、第五百七十七条；",
                  f"依照《中华人民共和国民法典》第五百零九条第一款、第五百七十七条；{why}《中华人民共和国消费者权益保护法（2009修正）》第二十四条；"))
    assert found(doc, "CIT-04") is bad


@pytest.mark.parametrize("sides,bad", [("西至河沟、南至公路", True),
                                       ("东至张某某宅基地、西至河沟、南至公路、北至村道", False)])
def test_two_sides_of_four_bound_nothing(sides, bad):
    assert found(judgment(items=[f"{D}{DUE}将{sides}的平房腾退交还{P}。"]), "EXE-02", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{P}与{D}将双方签订的《借款协议》履行到期满为止。", True),
    (f"{P}与{D}继续履行《借款协议》，{D}{DUE}归还{P}借款20000元。", False),
])
def test_a_contract_carried_to_an_end_no_one_can_see(item, bad):
    assert found(judgment(items=[item]), "EXE-03", 1) is bad


@pytest.mark.parametrize("item,bad", [(f"{D}应尊重{P}的商标专用权。", True),
                                      (f"{D}立即停止在其经营的店铺销售侵害{P}第123456号注册商标专用权的白酒。", False)])
def test_a_right_to_respect(item, bad):
    assert found(judgment(items=[item]), "EXE-05", 1) is bad


@pytest.mark.parametrize("paid,bad", [(f"{P}向{D}支付货款20000元，电脑与货款的交换依照商业惯例进行", True),
                                      (f"{P}于收到上述电脑之日起五日内向{D}支付货款20000元", False)])
def test_an_exchange_left_to_custom(paid, bad):
    item = f"{D}{DUE}向{P}返还联想X1型笔记本电脑10台（序列号见附表），{paid}。"
    assert found(judgment(items=[item]), "EXE-07", 1) is bad


@pytest.mark.parametrize("items,bad", [
    ([f"原告赵满斌要求被告旦智加交还{PLACE}房屋的请求，本院予以支持。"], True),
    ([f"被告旦智加于本判决生效之日起三十日内将{PLACE}房屋交还原告赵满斌。"], False),
])
def test_a_claim_upheld_in_words(items, bad):
    doc = judgment(source=CAR, claims=f"判令被告交还{PLACE}房屋。", items=items)
    assert found(doc, "EXE-08", 1) is bad


def test_an_end_in_a_month_without_a_day_is_kept_at_the_months_precision():
    from checks.meaning import end_kind

    assert end_kind("2023年12月") == "date:2023-12" and end_kind("2023年12月31日") == "date:2023-12-31"
    doc = judgment(reasoning="原告主张利息计算至实际清偿之日止。",
                   items=[f"{D}{DUE}归还{P}借款20000元，并支付以20000元为基数，按年利率14.6％自2023年2月24日起计算至2023年12月止的利息。"])
    assert not [f for f in doc.flags if f.severity == "info" and f.message.startswith("检查出错")]


@pytest.mark.parametrize("claims,item,bad", [
    # a division asked for: 归X所有 is the division itself, nothing was sought to be handed over
    (f"判令分割{PLACE}房屋。", f"{PLACE}房屋归原告赵满斌所有。", False),
    (f"判令被告交付{PLACE}房屋。", f"{PLACE}房屋归原告赵满斌所有。", True),
    # the one it is registered to keeps it
    (f"判令被告交付{PLACE}房屋。", f"现登记在原告赵满斌名下的、位于{PLACE}的房屋归原告赵满斌所有。", False),
    (f"判令被告交付{PLACE}房屋。", f"现登记在被告旦智加名下的、位于{PLACE}的房屋归原告赵满斌所有。", True),
])
def test_a_division_or_a_thing_kept_by_its_holder_needs_no_delivery(claims, item, bad):
    assert found(judgment(source=CAR, claims=claims, items=[item]), "EXE-08", 1) is bad
