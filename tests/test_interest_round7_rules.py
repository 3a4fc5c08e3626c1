"""Rules added after interest round 7 became development data: mentions of interest and penalties that run no charge
(a penalty fixed once, an insurer's cover, a repayment order, sums added up, a failed demand, a breach term naming a
penalty and nothing of it, a rate that may be adjusted, the period of something else, interest paid up to a day and
then stopped) and a rate set by another paper, each on wordings written for these tests (not round 7's), beside a
running charge that is still read."""

from __future__ import annotations

import pytest

from extractors import find_interest


@pytest.mark.parametrize("text", [
    "如承租方擅自转租，应向出租方支付违约金5000元，并赔偿由此造成的损失",
    "若乙方中途退出，其已交的定金转为违约金，甲方不予退还",
    "违约金的数额为年度承包费的3倍，由违约方一次性支付",
    "一方违约的，守约方可解除合同，违约方另应支付违约金",
    "保险人对被保险人应收回而未收回的贷款本金及利息承担赔偿责任",
    "借款人的还款依次冲抵实现债权的费用、利息、本金，按此顺序清偿",
    "担保公司代为清偿借款本金、利息、罚息合计86000元",
    "原告多次向被告催要货款及违约金未果",
    "如遇国家调整存款利率，本合同的计息标准相应调整",
    "被告应支付2022年3月1日至2022年8月31日期间的场地使用费",
    "被告按季度支付借款利息至2021年3月20日止，此后一直未再支付",
])
def test_mentions_that_run_no_charge(text):
    assert find_interest(text) == []


@pytest.mark.parametrize("text,rate", [
    ("逾期付款的，每日按欠款金额的千分之二支付违约金", "73"),
    ("被告按月利率1.5%向原告支付自2022年3月1日起至实际清偿之日止的利息", "18"),
    ("若乙方逾期交货，每逾期一天，按合同总价的万分之五支付违约金", "18.25"),
])
def test_running_charges_are_still_read(text, rate):
    found = find_interest(text)
    assert len(found) == 1 and str(found[0].annual_rate_pct.normalize()) == rate


def test_a_rate_set_by_another_paper_is_a_clause_without_figure():
    found = find_interest("本协议项下借款的利率以借款借据载明为准")
    assert len(found) == 1 and found[0].annual_rate_pct is None and found[0].rate_text is None
