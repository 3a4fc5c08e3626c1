"""Rules added after round 6 became development data, each tested on wordings written for these tests (not round 6's)
in the real judgment sc1-001 (宁波恒艺餐饮有限公司 v 金海林, claim 20000元, fee 300元), with a correct variant beside
each defective one."""

from __future__ import annotations

import pytest

from tests.test_checks_general import D, P, found, judgment


def pay(amount: str) -> list[str]:
    return [f"{D}于本判决生效之日起十日内归还{P}{amount}。"]


@pytest.mark.parametrize("costs,bad", [
    ("本案案件受理费300元，按二分之一收取200元，由被告金海林负担。", True),
    ("本案案件受理费300元，按二分之一收取150元，由被告金海林负担。", False),
    ("本案案件受理费300元，减半后应交180元，由被告金海林负担。", True),
    ("本案案件受理费300元，减半后应交150元，由被告金海林负担。", False),
])
def test_halving_in_other_words(costs, bad):
    assert found(judgment(costs=costs), "CAL-02") is bad


@pytest.mark.parametrize("costs,bad", [
    ("本案案件受理费按诉讼标的额计算为100元，由被告金海林负担。", True),
    ("本案案件受理费按诉讼标的额计算为300元，由被告金海林负担。", False),
])
def test_a_fee_stated_as_computed(costs, bad):
    assert found(judgment(costs=costs), "CAL-01") is bad


@pytest.mark.parametrize("award,bad", [
    ("借款12000元、违约金5000元，两项相加计1.8万元", True),
    ("借款12000元、违约金5000元，两项相加计1.7万元", False),
    ("借款12000元、违约金5000元，两项之和为17500元", True),
])
def test_totals_written_as_a_sum(award, bad):
    assert found(judgment(items=pay(award)), "CON-02", 1) is bad


@pytest.mark.parametrize("award,bad", [
    ("借款20000元的百分之一百一十", True),
    ("借款20000元的百分之九十", False),
    ("借款20000元的1.5倍", True),
])
def test_an_award_as_a_multiple_of_the_sum(award, bad):
    assert found(judgment(items=pay(award)), "CON-04", 1) is bad


def test_doubled_refund_goes_beyond_the_claims():
    doc = judgment(items=[f"{D}于本判决生效之日起十日内双倍返还{P}借款20000元。"])
    assert found(doc, "CON-04", 1)
    assert not found(judgment(items=[f"{D}于本判决生效之日起十日内返还{P}借款20000元。"]), "CON-04", 1)


@pytest.mark.parametrize("second,bad", [
    ("借款本金以本判决第一项确定的18000元为准。", True),
    ("借款本金以本判决第一项确定的20000元为准。", False),
])
def test_a_figure_said_to_be_an_earlier_items(second, bad):
    doc = judgment(items=[f"一、{D}于本判决生效之日起十日内归还{P}借款20000元；", f"二、{second}"])
    assert found(doc, "CON-05", 2) is bad


@pytest.mark.parametrize("reasoning,bad", [
    ("本院认为，逾期利息应计算至被告首次付款之日止。", True),
    ("本院认为，逾期利息应计算至借款实际清偿之日止。", False),
])
def test_an_end_at_one_past_payment_is_not_payment_in_full(reasoning, bad):
    item = f"{D}于本判决生效之日起十日内归还{P}借款20000元及利息（以20000元为基数，自2023年5月1日起按年利率3.45%计算至实际清偿之日止）。"
    assert found(judgment(items=[item], reasoning=reasoning), "CON-03") is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}于本判决生效之日起三十日内协助{P}办理锦绣花园小区房屋的过户登记手续。", True),
    (f"{D}于本判决生效之日起三十日内协助{P}办理锦绣花园小区3幢2单元501室房屋的过户登记手续。", False),
    (f"{D}于本判决生效之日起三十日内将面积为120平方米的厂房交还{P}。", True),
    (f"{D}于本判决生效之日起三十日内将位于宁波市鄞州区学士路18号、面积为120平方米的厂房交还{P}。", False),
])
def test_property_named_by_its_estate_or_area_only(item, bad):
    assert found(judgment(items=[item]), "EXE-02", 1) is bad


@pytest.mark.parametrize("item,bad", [
    ("被告金海林探视婚生女时，由原告宁波恒艺餐饮有限公司的负责人负责接送。", True),
    ("被告金海林于每月第一个周六上午9时在原告住所接走婚生女，当日18时送回原告住所。", False),
])
def test_visitation_written_as_a_condition(item, bad):
    assert found(judgment(items=[item]), "EXE-06", 1) is bad


def test_confirming_whose_a_house_is_in_other_words_when_the_claims_asked_for_it():
    claims = "1．判令被告金海林腾退并交还坐落于宁波市海曙区中山西路8号的房屋；2．案件受理费由被告负担。"
    doc = judgment(claims=claims, items=["一、坐落于宁波市海曙区中山西路8号的房屋实际为原告宁波恒艺餐饮有限公司所有；",
                                         "二、驳回原告宁波恒艺餐饮有限公司的其他诉讼请求。"])
    assert found(doc, "EXE-08", 1)
    ok = judgment(claims=claims, items=["一、坐落于宁波市海曙区中山西路8号的房屋实际为原告宁波恒艺餐饮有限公司所有；",
                                        f"二、{D}于本判决生效之日起三十日内将上述房屋腾退并交付{P}。"])
    assert not found(ok, "EXE-08")


def test_an_injunction_naming_its_object_only_as_the_one_in_the_case():
    assert found(judgment(items=[f"{D}于本判决生效后立即停止使用涉案标识。"]), "EXE-05", 1)


@pytest.mark.parametrize("appeal,bad", [
    ("如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，上诉于浙江省宁波市中级人民法院。", True),
    ("如不服本判决，可在判决书送达之日起半个月内，向本院递交上诉状，上诉于浙江省宁波市中级人民法院。", True),
    ("如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，上诉于浙江省宁波市中级人民法院。", False),
])
def test_appeal_notice_of_another_document_or_in_months(appeal, bad):
    assert found(judgment(appeal=appeal), "CIT-03") is bad


@pytest.mark.parametrize("rate,bad", [
    ("按一年期贷款市场报价利率加1100个基点", True),   # about 14.45 % in 2023: above 4 × LPR (about 13.8 %)
    ("按一年期贷款市场报价利率加100个基点", False),
])
def test_lpr_plus_basis_points_above_the_cap(rate, bad):
    item = f"{D}于本判决生效之日起十日内归还{P}借款20000元及利息（以20000元为基数，自2023年5月1日起{rate}计算至实际清偿之日止）。"
    assert found(judgment(items=[item]), "UNC-04", 1) is bad


def test_an_organisation_by_a_short_name_no_one_defined():
    doc = judgment(items=["原告恒艺公司于本判决生效之日起十日内向被告金海林交付收据。"])
    assert found(doc, "UNC-11", 1)
