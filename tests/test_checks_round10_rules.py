"""Rules added after round 10 became development data (shares of a sum that do not make the whole, notices without
a period, superseded editions, identification left to a paper the judgment does not hold, counter-duties in brackets,
sums less an unstated payment, a guarantor's form left open, a company given a party's role, a rate above the one
claimed, a share of an unstated income …), each tested on wordings written for these tests (not round 10's) in real
judgments, with a correct variant beside each defective one."""

from __future__ import annotations

import pytest

from extractors.interest import find_interest
from tests.test_checks_general import CAR, D, P, found, judgment
from tests.test_checks_round9_rules import variant
from zhixing.pipeline import process_bytes

DUE = "于本判决生效之日起十日内"


@pytest.mark.parametrize("shares,bad", [("40%、40%、10%", True), ("40%、40%、20%", False)])
def test_instalments_as_shares_of_the_sum(shares, bad):
    a, b, c = shares.split("、")
    doc = judgment(items=[f"{D}归还{P}借款20000元，分三期给付：2024年3月31日前给付总额的{a}，2024年6月30日前给付总额的{b}，"
                          f"2024年9月30日前给付总额的{c}。"])
    assert found(doc, "CAL-03", 1) is bad


@pytest.mark.parametrize("costs,bad", [
    ("本案案件受理费300元，由原告宁波恒艺餐饮有限公司负担40%，被告金海林负担50%。", True),
    ("本案案件受理费300元，由原告宁波恒艺餐饮有限公司负担40%，被告金海林负担60%。", False),
])
def test_fee_shares_in_per_cent_make_the_whole(costs, bad):
    assert found(judgment(costs=costs), "CAL-04") is bad


@pytest.mark.parametrize("costs,bad", [
    ("本案案件受理费300元，适用简易程序半数收取计100元，由被告金海林负担。", True),
    ("本案案件受理费300元，适用简易程序半数收取计150元，由被告金海林负担。", False),
])
def test_a_fee_halved_in_other_words(costs, bad):
    assert found(judgment(costs=costs), "CAL-02") is bad


@pytest.mark.parametrize("law,bad", [
    ("《最高人民法院关于执行程序中计算迟延履行期间的债务利息的解释》第一条", True),
    ("《中华人民共和国民事诉讼法》第二百六十条", False),
])
def test_the_delay_sentence_cites_an_interpretation_alone(law, bad):
    doc = variant("rebuilt/sc1-001.txt", "《中华人民共和国民事诉讼法》第二百六十条之规定，加倍", f"{law}之规定，加倍")
    assert found(doc, "CIT-01") is bad


@pytest.mark.parametrize("appeal,bad", [
    ("如不服本判决，可以向本院递交上诉状，并按对方当事人的人数提出副本，上诉于浙江省宁波市中级人民法院。", True),
    ("如不服本判决，可以向本院递交上诉状，上诉于浙江省宁波市中级人民法院。上诉期限为判决书送达之日起两个月。", True),
    ("如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于浙江省宁波市中级人民法院。", False),
])
def test_an_appeal_notice_without_its_period(appeal, bad):
    assert found(judgment(appeal=appeal), "CIT-03") is bad


def test_a_fee_sentence_naming_the_appellant_is_no_appeal_notice():
    doc = judgment(appeal="上诉人预交的二审案件受理费300元予以退还。")
    assert not found(doc, "CIT-03")


@pytest.mark.parametrize("edition,bad", [("（2017年修正）", True), ("（2021年修正）", False), ("", False)])
def test_a_superseded_edition_of_the_civil_procedure_law(edition, bad):
    doc = variant("rebuilt/sc1-001.txt", "；《中华人民共和国民事诉讼法", f"；《中华人民共和国民事诉讼法》{edition}第六十四条、《中华人民共和国民事诉讼法")
    assert found(doc, "CIT-04") is bad


@pytest.mark.parametrize("aside,bad", [("（以被告出具的借用清单为准）", True), ("（详见本判决所附清单）", False)])
def test_things_identified_by_a_paper_the_judgment_does_not_hold(aside, bad):
    doc = judgment(items=[f"一、{D}归还{P}借款20000元，{DUE}付清；", f"二、{D}{DUE}将其借用的工具返还{P}{aside}。"])
    assert found(doc, "EXE-01", 2) is bad


@pytest.mark.parametrize("aside,bad", [("（四至、面积以土地使用权证记载为准）", True),
                                       ("（不动产权证号：浙（2020）宁波市不动产权第0012345号）", False)])
def test_property_identified_by_a_certificate_not_quoted(aside, bad):
    doc = judgment(items=[f"一、{D}{DUE}将其占用的{P}的仓库{aside}腾退交还{P}。"])
    assert found(doc, "EXE-02", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"二、被告旦智加{DUE}退还原告赵满斌购车款30000元（所购车辆由原告赵满斌开回被告旦智加处交付）。", True),
    ("二、被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元。双方同意互相退还。", True),
    ("二、被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元。", False),
])
def test_a_counter_duty_in_brackets_or_an_agreement(item, bad):
    doc = judgment(source=CAR, items=["一、原告赵满斌与被告旦智加签订的《购车协议》于2023年9月11日解除；", item])
    assert found(doc, "EXE-07", 2) is bad


@pytest.mark.parametrize("item,bad", [
    (f"二、{D}对其承建的{P}厂房屋面渗漏问题进行整改。", True),
    (f"二、{D}于本判决生效之日起三十日内按照设计图纸对其承建的{P}厂房屋面进行整改并经验收合格。", False),
])
def test_a_rectification_without_standard_and_time(item, bad):
    doc = judgment(items=[f"一、{D}归还{P}借款20000元，{DUE}付清；", item])
    assert found(doc, "EXE-04", 2) is bad


def test_a_business_relationship_resumed_is_continued_performance_without_content():
    doc = judgment(items=[f"一、{P}与{D}恢复双方之间的供货关系。"])
    assert found(doc, "EXE-03", 1) and not found(doc, "EXE-04", 1)
    doc = judgment(items=[f"一、恢复{P}与{D}之间的劳动关系。"])
    assert not found(doc, "EXE-03", 1) and not found(doc, "EXE-04", 1)


@pytest.mark.parametrize("sum_,bad", [
    ("借款20000元（被告已归还的款项应予扣减）", True),
    ("借款2万余元", True),
    ("借款20000元（已扣除被告已归还的5000元）", False),
])
def test_a_sum_less_an_unstated_payment_or_only_about_so_much(sum_, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}{sum_}。"])
    assert found(doc, "UNC-01", 1) is bad


@pytest.mark.parametrize("form,bad", [("承担保证责任", True), ("承担连带保证责任", False), ("承担一般保证责任", False)])
def test_a_guarantor_without_the_form_of_guarantee(form, bad):
    doc = judgment(items=[f"一、{D}{DUE}归还{P}借款20000元；", f"二、被告金海森对被告金海林的上述债务{form}。"])
    assert found(doc, "UNC-10", 2) is bad


@pytest.mark.parametrize("who,bad", [("被告宁波恒发贸易有限公司", True), ("被告金海林", False)])
def test_a_company_given_a_party_role_it_does_not_have(who, bad):
    doc = judgment(items=[f"{who}{DUE}归还{P}借款20000元。"])
    assert found(doc, "UNC-11", 1) is bad


def test_a_garbled_party_line_is_no_party():
    text = "民事判决书\n原告于2012年11月8日诉至本院仲裁委员会，要求被告支付工资。\n本院认为，被告应当支付工资。\n判决如下：\n被告支付原告工资2100元。"
    doc = process_bytes(text.encode("utf-8"), "x.txt")
    assert not any(p.name.startswith("于") for p in doc.parties)


@pytest.mark.parametrize("rate,bad", [("15.4％", True), ("14.6％", False)])
def test_a_rate_above_the_rate_claimed(rate, bad):
    doc = variant("rebuilt/sc1-001.txt", "按年利率14.6％从2023年2月24日", f"按年利率{rate}从2023年2月24日")
    assert found(doc, "CON-04", 1) is bad


@pytest.mark.parametrize("aside,bad", [("（即借条所载的25000元）", True), ("（即借条所载的20000元）", False)])
def test_a_bracket_that_equates_the_sum_with_another(aside, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元{aside}。"])
    assert found(doc, "CON-05", 1) is bad
    assert not found(doc, "CON-04", 1)  # the bracket restates the debt: no second head beyond the claims


def test_a_share_of_an_unstated_income():
    item = "被告每月按其工资收入的百分之二十五给付原告抚养费"
    assert find_interest(item) == []  # a share of an income is no interest rate
    doc = judgment(items=[f"{D}自2024年1月起{item.removeprefix('被告')}，至孩子年满十八周岁时止。"])
    assert found(doc, "UNC-03", 1)
    assert not found(doc, "UNC-04", 1)
