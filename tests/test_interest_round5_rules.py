"""Interest wordings read after held-out round 5 became development data, each tested on sentences written for these
tests (not round 5's): a rate raised to a new level (提高至 / 调整为), a penalty rate as a share or multiple of the
loan's rate, an end the claims set with 截至 and no figure, an end given as an event restated as a day (即…止), and
mentions of interest that run no charge: a period's interest given as its sum, interest paid up to a day, interest
refused or said to be settled, and the kinds of debt a guarantee covers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extractors.interest import find_interest


def test_a_rate_raised_to_a_new_level():
    (clause,) = find_interest("借款到期未还的，逾期部分的年利率调整为18%。")
    assert clause.annual_rate_pct == Decimal("18")
    (raised,) = find_interest("借款人违约的，借款月利率提高至1.5%。")
    assert raised.annual_rate_pct == Decimal("18")


def test_a_penalty_rate_as_a_share_or_multiple_of_the_loan_rate():
    first, penalty = find_interest("双方约定借款年利率为8%，逾期罚息利率为借款利率的130%。")
    assert first.annual_rate_pct == Decimal("8") and penalty.annual_rate_pct == Decimal("10.4")
    _, doubled = find_interest("合同约定月利率6‰，逾期后按合同利率的2倍计收罚息。")
    assert doubled.annual_rate_pct == Decimal("14.4")


def test_an_end_the_claims_set_with_jiezhi_and_no_figure():
    (clause,) = find_interest("原告要求被告支付截至2019年4月30日的利息，本院予以支持。")
    assert clause.end_kind == "date" and clause.end == dt.date(2019, 4, 30)
    # with its figure it is a sum, not a running clause
    assert find_interest("截至2019年4月30日的利息为3200元。") == []


def test_an_end_event_restated_as_a_day():
    (clause,) = find_interest("被告应支付从2018年1月1日起至债权转让时即2019年6月30日止的利息。")
    assert clause.start == dt.date(2018, 1, 1) and clause.end == dt.date(2019, 6, 30)


def test_a_periods_interest_given_as_its_sum_runs_no_charge():
    assert find_interest("请求判令被告支付2020年3月1日至2021年2月28日的利息12600元。") == []
    (running,) = find_interest("请求判令被告支付自2020年3月1日起至实际清偿之日止的利息。")
    assert running.end_kind == "until_paid"


def test_interest_paid_up_to_a_day_is_a_fact():
    assert find_interest("借款发放后，被告仅向银行偿还贷款利息至2016年8月20日。") == []


def test_interest_refused_or_settled_runs_no_charge():
    assert find_interest("原告另主张的逾期利息，缺乏事实依据，本院不予支持。") == []
    assert find_interest("被告称其每月均按时支付利息，并无拖欠。") == []


def test_kinds_of_debt_a_guarantee_covers():
    assert find_interest("保证范围为主合同项下的借款本金、利息、罚息及实现债权的费用。") == []
    (clause,) = find_interest("保证范围包括借款本金30万元及利息。")
    assert clause.base == Decimal("300000")
