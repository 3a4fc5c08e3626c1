"""Rules added after interest round 6 became development data, each tested on sentences written for these tests (not
round 6's), with a correct variant beside each: the ‰ sign kept as the HTML entity &permil; (its ; ends no sentence),
a published benchmark rate stated as a fact, a rate with no word of interest or penalty in its sentence, an 起息日
written apart from the rate it starts, and quarterly rates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from extractors import find_interest


@pytest.mark.parametrize("sign", ["&permil;", "‰"])
def test_per_mille_written_as_an_html_entity(sign):
    found = find_interest(f"双方约定借款30万元,月利率为9{sign},逾期未还的按日5{sign}支付违约金")
    assert [c.annual_rate_pct for c in found] == [Decimal("10.8"), Decimal("182.5")]


@pytest.mark.parametrize("sentence,clauses", [
    ("经查，2019年8月20日全国银行间同业拆借中心公布的一年期贷款市场报价利率为4.25%。", 0),
    ("经查，中国人民银行公布的六个月至一年贷款基准利率为年利率5.6%，上浮30%后为年利率7.28%。", 0),
    ("原告要求被告按中国人民银行公布的同期贷款基准利率为标准支付利息。", 1),
])
def test_a_published_benchmark_stated_as_a_fact(sentence, clauses):
    assert len(find_interest(sentence)) == clauses


@pytest.mark.parametrize("sentence,clauses", [
    ("设备的损耗按每年8%计算。", 0),
    ("管理费按每月2‰收取。", 0),
    ("逾期付款的，按每月2‰支付违约金。", 1),
])
def test_a_rate_that_prices_something_other_than_money_owed(sentence, clauses):
    assert len(find_interest(sentence)) == clauses


def test_a_value_date_written_apart_from_its_rate():
    found = find_interest("银行向被告发放贷款500万元，借款凭证记载年利率为5.22%，逾期罚息利率为7.83%，起息日为2017年3月1日。")
    assert [(c.annual_rate_pct, c.start) for c in found] == [(Decimal("5.22"), dt.date(2017, 3, 1)),
                                                             (Decimal("7.83"), None)]
    assert found[1].text == "罚息利率为7.83%"  # the value date is cut off the penalty clause


@pytest.mark.parametrize("rate,annual", [("季利率3%", Decimal("12")), ("季度利率为百分之二", Decimal("8")),
                                         ("年利率3%", Decimal("3"))])
def test_quarterly_rates(rate, annual):
    found = find_interest(f"被告应以借款10万元为基数，按{rate}支付利息。")
    assert [c.annual_rate_pct for c in found] == [annual]


def test_a_quarter_without_a_rate_word_is_no_rate():
    assert find_interest("第三季度营业额增长3%。") == []
