"""Rules added after round 12 became development data (a plan counted in months of payment, a halved fee written after
the charged sum, a cost table flattened into the sentence, an appeal period that does not run on past holidays, the
reasons' own end point written with dots or as interest that stops after a day, a five-year LPR and 复利 beyond the
claims, the sum the reasons conclude on, a thing described by its value, 上述 pointing back to money, an act continued
by the contract, an injunction over rights at large, a holder or heir declared, a quarterly rate, a second debtor of
the same debt), each tested on wordings written for these tests (not round 12's) in a real judgment, with a correct
variant beside each defective one."""

from __future__ import annotations

import pytest

from tests.test_checks_general import CORPORA, D, LOAN, P, found, judgment
from tests.test_checks_round11_rules import DUE, two_defendants
from zhixing.pipeline import process_bytes


@pytest.mark.parametrize("months,bad", [("五个月", True), ("四个月", False)])
def test_a_plan_counted_in_months_of_payment(months, bad):
    doc = judgment(items=[f"{D}归还{P}借款20000元，首期8000元{DUE}付清，此后自2024年3月起每月10日前还款3000元，持续还款{months}。"])
    assert found(doc, "CAL-03", 1) is bad


@pytest.mark.parametrize("charged,bad", [("15元", True), ("150元", False)])
def test_a_halved_fee_said_after_the_sum_charged(charged, bad):
    doc = judgment(costs=f"本案案件受理费300元，依简易程序实际交纳{charged}(减半)，由被告金海林负担。")
    assert found(doc, "CAL-02") is bad


@pytest.mark.parametrize("plaintiff,bad", [("120元", True), ("100元", False)])
def test_a_cost_table_flattened_into_the_sentence(plaintiff, bad):
    doc = judgment(costs=f"本案案件受理费300元，负担情况如下：当事人|负担金额；被告金海林|200元；原告宁波恒艺餐饮有限公司|{plaintiff}。")
    assert found(doc, "CAL-04") is bad


@pytest.mark.parametrize("aside,bad", [("（期间不因休息日顺延）", True), ("", False)])
def test_an_appeal_period_that_does_not_run_on_past_holidays(aside, bad):
    doc = judgment(appeal=f"如不服本判决，可在判决书送达之日起十五日内{aside}，向本院递交上诉状，上诉于浙江省宁波市中级人民法院。")
    assert found(doc, "CIT-03") is bad


@pytest.mark.parametrize("reasons,bad", [
    ("综上，逾期利息以计至2024-03-31止为宜。", True),
    ("本院核算，截至2024年3月31日的逾期利息为900元，其后不再计息。", True),
    ("综上，逾期利息应计算至实际清偿之日止。", False),
])
def test_the_reasons_own_end_point_by_dotted_date_or_as_interest_that_stops(reasons, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元，并以20000元为基数按年利率14.6％支付自2023年2月24日起至实际清偿之日止的逾期利息。"],
                   reasoning=reasons)
    assert found(doc, "CON-03", 1) is bad


@pytest.mark.parametrize("term,bad", [("五年期以上", True), ("一年期", False)])
def test_a_five_year_lpr_where_the_claims_ask_the_lpr(term, bad):
    claims = "判令被告归还借款20000元，并按全国银行间同业拆借中心公布的贷款市场报价利率支付自2023年2月24日起至实际清偿之日止的利息。"
    doc = judgment(claims=claims, items=[
        f"{D}{DUE}归还{P}借款20000元，并以20000元为基数，按{term}贷款市场报价利率支付自2023年2月24日起至实际清偿之日止的利息。"])
    assert found(doc, "CON-04", 1) is bad


@pytest.mark.parametrize("tail,bad", [("，逾期不付的利息计收复利", True), ("，不计复利", False)])
def test_compound_interest_the_claims_never_ask_for(tail, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元，并以20000元为基数按年利率14.6％支付自2023年2月24日起至实际清偿之日止的"
                          f"逾期利息{tail}。"])
    assert found(doc, "CON-04", 1) is bad


@pytest.mark.parametrize("owed,bad", [("18000元", True), ("20000元", False)])
def test_the_sum_the_reasons_conclude_on(owed, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元。"], reasoning=f"据此，被告金海林尚欠原告借款{owed}，应予归还。")
    assert found(doc, "CON-05", 1) is bad


@pytest.mark.parametrize("thing,bad", [("价值约3000元的餐具", True), ("价值约3000元的“美的”牌MC-20型电磁炉一台", False)])
def test_a_thing_described_by_what_it_is_worth(thing, bad):
    doc = judgment(items=[f"{D}{DUE}返还{P}{thing}。"])
    assert found(doc, "EXE-01", 1) is bad
    assert not found(doc, "UNC-01", 1)  # a rough value is not a rough sum due


@pytest.mark.parametrize("second,bad", [
    (f"二、{D}{DUE}将前述物品交还{P}。", True),
    (f"二、{D}{DUE}将上述款项交付{P}。", False),
])
def test_a_thing_pointing_back_to_money(second, bad):
    doc = judgment(items=[f"一、{D}{DUE}归还{P}借款20000元。", second])
    assert found(doc, "EXE-01", 2) is bad


@pytest.mark.parametrize("item,bad", [
    (f"二、{D}应依照合同约定继续向{P}提供配送服务。", True),
    (f"二、{D}应继续向{P}提供配送服务，每日上午10时前配送餐料100份至宁波市海曙区中山西路8号。", False),
])
def test_an_act_continued_as_the_contract_says(item, bad):
    doc = judgment(items=[f"一、{D}{DUE}归还{P}借款20000元。", item])
    assert found(doc, "EXE-03", 2) is bad


@pytest.mark.parametrize("item,bad", [
    ("一、被告金海林对原告宁波恒艺餐饮有限公司负有不得损害其合法权益的义务。", True),
    ("一、被告金海林立即停止在宁波市海曙区中山西路8号门前堆放杂物，不得再侵犯原告宁波恒艺餐饮有限公司的通行权。", False),
])
def test_an_injunction_over_rights_at_large(item, bad):
    assert found(judgment(items=[item]), "EXE-05", 1) is bad


@pytest.mark.parametrize("items,bad", [
    (["一、原告宁波恒艺餐饮有限公司是宁波市海曙区中山西路8号房屋的所有权人。"], True),
    (["一、确认原告宁波恒艺餐饮有限公司为宁波市海曙区中山西路8号房屋的产权人。",
      f"二、{D}{DUE}腾退宁波市海曙区中山西路8号房屋并交付{P}。"], False),
])
def test_a_holder_declared_where_the_claims_ask_for_the_house(items, bad):
    doc = judgment(items=items, claims="判令被告腾退并交付宁波市海曙区中山西路8号房屋。")
    assert found(doc, "EXE-08") is bad


@pytest.mark.parametrize("rate,bad", [("季利率5%", True), ("季利率3%", False)])
def test_a_quarterly_rate_above_the_cap(rate, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元，并以20000元为基数按{rate}支付自2023年2月24日起至实际清偿之日止的利息。"])
    assert found(doc, "UNC-04", 1) is bad


@pytest.mark.parametrize("second,bad", [
    (f"被告李秀琴也应向{P}偿还该笔借款", True),
    ("被告李秀琴对上述借款承担连带清偿责任", False),
])
def test_a_second_debtor_of_the_same_debt(second, bad):
    doc = two_defendants(f"{D}{DUE}向{P}偿还借款20000元，{second}。")
    assert found(doc, "UNC-10", 1) is bad


def test_a_fee_stated_as_halved_is_not_halved_again():
    text = (CORPORA / LOAN).read_text(encoding="utf-8").replace("本案案件受理费300元，", "本案案件受理费150元（已减半），", 1)
    doc = process_bytes(text.encode("utf-8"), LOAN)
    assert not found(doc, "CAL-02")
