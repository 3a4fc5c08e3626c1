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
