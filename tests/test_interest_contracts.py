"""Interest clauses in contract terms quoted in findings of fact (daily and monthly rates written apart from their
figure, markups on the contract rate, repayment schedules, 违约金 that are no running interest), in sentences written
for these tests."""

from __future__ import annotations

from decimal import Decimal

from extractors import find_interest


def fields(text: str) -> list[tuple]:
    clauses = find_interest(text)
    for c in clauses:
        assert text[c.span[0]:c.span[1]] == c.text
    return [(c.base, c.annual_rate_pct, c.start, c.end_kind, c.end) for c in clauses]


def test_daily_and_monthly_rates_with_a_sign_apart_from_their_period():
    assert fields("乙方逾期付款的，每日按应付未付金额的2‰支付违约金")[0][1] == Decimal(73)
    assert fields("逾期一日，则承租人需按月租金的1%支付违约金")[0][1] == Decimal(365)
    assert fields("若未按时付款，按月5%的标准支付逾期付款违约金")[0][1] == Decimal(60)


def test_a_markup_in_words_on_the_contract_rate_stated_before():
    text = ("借款月利率为千分之六，借款人发生逾期的，贷款人对逾期借款按日在本合同约定借款利率水平上提高百分之五十计收利息")
    assert [f[1] for f in fields(text)] == [Decimal("7.2"), Decimal("10.8")]


def test_the_rate_in_force_after_zhixing():
    assert fields("贷款利率按同期基准利率4.9%上浮20%执行，首期执行年利率5.88%")[0][1] == Decimal("5.88")


def test_an_overdue_rate_listed_after_the_rate_opens_its_own_clause():
    assert [f[1] for f in fields("向被告发放贷款10万元，执行利率6%，逾期利率9%")] == [Decimal(6), Decimal(9)]


def test_two_daily_rates_for_two_parts_of_the_debt():
    text = "违约金每日按欠款额的千分之一，超过一年部分的每日按欠款额的千分之二计付"
    assert [f[1] for f in fields(text)] == [Decimal("36.5"), Decimal(73)]


def test_repayment_schedules_and_interest_paid_up_are_no_period():
    text = "约定出借金额100000元，2018年1月1日至2018年12月31日偿还50%，出借金额的利息按月息1%计算"
    assert fields(text) == [(Decimal(100000), Decimal(12), None, None, None)]
    assert fields("借据载明借款执行利率为月6‰，借款人仅支付利息至2012年5月1日")[0][3:] == (None, None)


def test_until_delivered_and_until_it_reaches_the_account_are_until_paid():
    text = "自约定交付期限的第二天起至实际交付之日止，出卖人按日向买受人支付已付房款万分之三的违约金"
    assert fields(text) == [(None, Decimal("10.95"), None, "until_paid", None)]
    assert fields("乙方应向甲方支付每天本金3‰的赔偿金，直至应付款项到达甲方账户为止")[0][1:] == (
        Decimal("109.5"), None, "until_paid", None)


def test_a_loan_amount_listed_among_the_terms_is_the_base():
    assert fields("约定：借款金额5万元；借款利率为固定年利率8%")[0][:2] == (Decimal(50000), Decimal(8))


def test_no_clause_where_no_interest_runs():
    assert find_interest("原告向被告借款30000元，未约定还款期限及利息") == []
    assert find_interest("按所交保险费（不计利息）的110%给付保险金") == []
    assert find_interest("其中4%为甲方垫付款利息") == []
    assert find_interest("应另行支付全部借款本金10%的违约金") == []
    assert find_interest("要求支付自2015年1月1日起至今的利息3200元") == []


def test_a_basis_rate_is_not_a_base():
    (c,) = find_interest("借款金额6万元，借款利率以中国人民银行同期同档次贷款基准利率为基础上浮30%")
    assert c.base == Decimal(60000) and c.annual_rate_pct is None
