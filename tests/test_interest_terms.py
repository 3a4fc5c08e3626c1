"""Interest read out of contract terms quoted in findings, after interest round 3 became development data: the rules
are tested on wordings written for these tests, each beside a wording that must stay as it is."""

from __future__ import annotations

from decimal import Decimal

from extractors import find_interest


def test_a_bank_rate_named_with_its_multiple_is_a_clause():
    (c,) = find_interest("双方约定，借款利息按照中国人民银行贷款利率的三倍计算。")
    assert c.annual_rate_pct is None and "人民银行" in c.rate_text


def test_a_daily_rate_stated_far_from_its_day():
    (c,) = find_interest("乙方每迟延交房一日，应向甲方支付相当于本合同约定购房总价款万分之三的违约金。")
    assert c.annual_rate_pct == Decimal("10.95")


def test_premium_and_fee_rates_are_no_interest():
    assert find_interest("投保人每月按贷款本金缴纳保险费，月保费率为1.5%，逾期不缴的，保险人有权解除合同。") == []
    (c,) = find_interest("借款月利率为1.5%，逾期不还的，按日加收万分之五的罚息。")[:1]
    assert c.annual_rate_pct == Decimal("18")


def test_the_loan_term_is_not_the_interest_period():
    (c,) = find_interest("借款金额50000元，借款期限为12个月，自2020年1月1日至2020年12月31日，借款年利率为6%。")
    assert (c.annual_rate_pct, c.start, c.end_kind) == (Decimal("6"), None, None)
    (d,) = find_interest("自2021年1月1日起至实际清偿之日止按年利率6%支付逾期利息。")
    assert d.end_kind == "until_paid"


def test_kinds_of_debt_a_guarantee_covers_are_no_clause():
    assert find_interest("保证担保的范围包括主债权本金、利息、罚息、违约金和实现债权的费用。") == []
    (c,) = find_interest("保证担保的范围包括借款本金80000元及利息。")
    assert c.base == Decimal("80000")


def test_fixed_interest_sums_and_one_off_percentages_are_no_clause():
    assert find_interest("判令被告偿还借款本金300万元，利息12345678.90元。") == []
    assert find_interest("任何一方违约的，应按合同总价款的5%向对方支付违约金。") == []


def test_compound_interest_on_unpaid_interest_even_unpunctuated():
    text = ("借款本金60000元，借款年利率为7.2%，逾期罚息按日万分之三计收直至本息清偿为止"
            "对借款人不能按期支付的利息贷款人依照中国人民银行规定计收复利")
    found = find_interest(text)
    compound = [c for c in found if "复利" in c.text]
    assert len(compound) == 1 and compound[0].base is None  # it runs on the unpaid interest, not the principal
    assert found[0].base == Decimal("60000")
