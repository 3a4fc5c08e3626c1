"""Interest clauses: base, rate (annual / monthly / daily, LPR multiple or markup, benchmark), start, end, cap."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extractors import find_interest


def one(text: str):
    (clause,) = find_interest(text)
    assert text[clause.span[0]:clause.span[1]] == clause.text
    return clause


def test_real_item_with_base_rate_start_and_end():
    c = one("被告金海林归还原告宁波恒艺餐饮有限公司借款20000元，并支付以本金20000元中未履行部分为基数，"
            "按年利率14.6％从2023年2月24日计算至实际付清之日止的逾期利息，于本判决生效之日起十日内付清。")
    assert (c.base, c.annual_rate_pct, c.start, c.end_kind) == (Decimal(20000), Decimal("14.6"), dt.date(2023, 2, 24),
                                                                "until_paid")


def test_lpr_multiple_in_parentheses():
    c = one("支付货款732000元及利息（以732000元为基数，自2024年5月1日起至实际清偿之日止，"
            "按全国银行间同业拆借中心公布的一年期贷款市场报价利率的1.3倍计算）")
    assert (c.base, c.annual_rate_pct, c.lpr_multiple, c.start, c.end_kind) == (
        Decimal(732000), None, Decimal("1.3"), dt.date(2024, 5, 1), "until_paid")
    assert "贷款市场报价利率的1.3倍" in c.rate_text


def test_lpr_four_times_and_markup():
    assert one("按一年期贷款市场报价利率的四倍计算利息").lpr_multiple == Decimal(4)
    assert one("按一年期贷款市场报价利率上浮50%计算利息").lpr_multiple == Decimal("1.5")
    assert one("以5000元为基数按全国银行间同业拆借中心公布的贷款市场报价利率计算利息").lpr_multiple == Decimal(1)


def test_monthly_and_daily_rates_become_annual():
    assert one("以10000元为基数按月利率2%计算利息").annual_rate_pct == Decimal(24)
    assert one("以5000元为基数按日万分之五计算违约金").annual_rate_pct == Decimal("18.25")
    assert one("利息按照9.3878‰的月利率计算，从2023年8月5日起计算至偿还完毕之日止").annual_rate_pct == \
        Decimal("11.26536")


def test_until_due_and_fixed_end():
    c = one("以10000元为基数按月利率2%自2020年1月1日起计算至本判决确定的履行期限届满之日止的利息")
    assert c.end_kind == "until_due"
    c = one("以5000元为基数按年利率6%计算至2023年10月10日止的利息")
    assert (c.end_kind, c.end) == ("date", dt.date(2023, 10, 10))


def test_several_clauses_in_one_item():
    found = find_interest("以10000元为基数按年利率6%计算利息；以20000元为基数按年利率8%计算违约金")
    assert [(c.base, c.annual_rate_pct) for c in found] == [(Decimal(10000), Decimal(6)), (Decimal(20000), Decimal(8))]


def test_cap_rate_is_not_the_rate():
    c = one("支付自2023年4月18日起至实际付清之日止按合同约定标准计算的利息（以不超过年利率24%为限）")
    assert c.annual_rate_pct is None and c.cap == "以不超过年利率24%为限" and c.end_kind == "until_paid"


def test_benchmark_rate_is_not_convertible():
    c = one("以30000元为基数按中国人民银行同期贷款基准利率计算利息")
    assert c.annual_rate_pct is None and "同期贷款基准利率" in c.rate_text


def test_bare_interest_is_reported_with_the_principal_as_base():
    c = one("归还借款本金84406.72元及利息")
    assert (c.text, c.base, c.annual_rate_pct, c.start, c.end_kind) == ("利息", Decimal("84406.72"), None, None, None)


def test_fixed_penalty_is_not_an_interest_clause():
    assert find_interest("支付违约金5000元") == []
