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


def values(text: str) -> list[tuple]:
    found = find_interest(text)
    for c in found:
        assert text[c.span[0]:c.span[1]] == c.text
    return [(c.base, c.annual_rate_pct, c.start, c.end_kind, c.end) for c in found]


def test_accrued_sum_before_the_running_clause_is_not_the_base():
    assert values("一、被告于本判决生效之日起十日内偿还原告借款本金3700万元及相应利息（含罚息、复利，暂算至2016年12月31日为"
                  "1296050.56元，自2017年1月1日起至被告实际偿还之日止按照案涉《人民币流动资金借款合同》的约定计算）。") == [
        (Decimal(37000000), None, dt.date(2017, 1, 1), "until_paid", None)]
    assert values("归还原告借款本金372000元，支付利息、复利1562.40元，并支付自2013年7月13日起至实际清偿之日止按《流动资金借款合同》"
                  "约定标准计算的利息、罚息、复利") == [(Decimal(372000), None, dt.date(2013, 7, 13), "until_paid", None)]


def test_accrued_figure_and_running_clause_in_one_bracket_across_a_semicolon():
    assert values("偿还原告借款利息20万元及利息的复利（截止2015年12月14日，利息的复利31980元；自2015年12月15日起，利息的复利"
                  "以所欠利息20万元为基数，依照年利率10.8%计算至本判决确定的履行之日止）。") == [
        (Decimal(200000), Decimal("10.8"), dt.date(2015, 12, 15), "until_due", None)]


def test_two_bases_listed_share_start_rate_and_end():
    assert values("自2015年10月9日起，利息的复利以所欠利息412646.67元为基数、罚息以所欠本金680万元为基数，"
                  "均依照年利率9.9%计算至本判决确定的履行之日止") == [
        (Decimal("412646.67"), Decimal("9.9"), dt.date(2015, 10, 9), "until_due", None),
        (Decimal(6800000), Decimal("9.9"), dt.date(2015, 10, 9), "until_due", None)]


def test_consecutive_periods_are_separate_clauses():
    assert values("偿还借款本金3万元及利息（利息计算：自2009年1月19日至2010年1月15日止，按月利率8.4‰计算，"
                  "自2010年1月16日至本判决确定的给付之日止，按月利率8.4‰并加付30%罚息）") == [
        (Decimal(30000), Decimal("10.08"), dt.date(2009, 1, 19), "date", dt.date(2010, 1, 15)),
        (Decimal(30000), Decimal("13.104"), dt.date(2010, 1, 16), "until_due", None)]
    found = values("返还借款1500万元，并支付自2014年9月21日至2015年8月18日止按合同约定计算的利息、复利，以及自2015年8月19日起"
                   "至实际履行之日止以1500万元为基数按合同约定计算的罚息以及2015年8月19日起至实际履行之日止以期内利息为基数"
                   "按合同约定计算的复利")
    assert found == [(Decimal(15000000), None, dt.date(2014, 9, 21), "date", dt.date(2015, 8, 18)),
                     (Decimal(15000000), None, dt.date(2015, 8, 19), "until_paid", None),
                     (None, None, dt.date(2015, 8, 19), "until_paid", None)]


def test_penalty_rate_as_markup_and_compound_interest_by_reference():
    assert values("借款利率为年利率6.79%，还款方式为按月结息，到期一次性偿还，逾期（包括被宣布提前到期）罚息按贷款利率基础上"
                  "加收50%确定，未按时支付的利息，按逾期罚息利率计收复利。") == [
        (None, Decimal("6.79"), None, None, None), (None, Decimal("10.185"), None, None, None),
        (None, Decimal("10.185"), None, None, None)]
    assert [v[1] for v in values("贷款利息为月利率8.4‰，逾期还款则按借款合同载明的贷款利率加收30%的罚息。")] == [
        Decimal("10.08"), Decimal("13.104")]


def test_rate_restated_after_a_benchmark_markup():
    assert values("贷款利率为贷款日贷款基准利率上浮25%（即年利率7.5%），按季浮动")[0][1] == Decimal("7.5")
    assert values("贷款执行利率为固定利率，在年利率6％的基础上上浮30％即年7.8％")[0][1] == Decimal("7.8")
    assert values("贷款利率在人民银行规定的基准利率基础上下浮10%执行，即确定为月利率4.05‰")[0][1] == Decimal("4.86")


def test_rates_without_period_and_other_daily_and_monthly_forms():
    assert values("贷款3450000元，贷款期限为12个月，贷款利率为4.6%")[0][:2] == (Decimal(3450000), Decimal("4.6"))
    assert values("并自2016年12月31日起按利率6‰计算利息，并在此利率基础上加收50%的罚息")[0][1] == Decimal("10.8")
    assert values("以5000元为基数按日计万分之五计算利息")[0][1] == Decimal("18.25")
    assert values("利息按月息11.781‰的1.5倍计算")[0][1] == Decimal("21.2058")


def test_loan_term_is_not_the_interest_period():
    assert values("申请贷款5万元，月利率为6‰，贷款期限为12个月，自2015年7月8日起至2016年7月8日止。") == [
        (Decimal(50000), Decimal("7.2"), None, None, None)]
    assert values("借款18万元，借款期限为2个月，从1994年11月1日至1994年12月31日止，借款利息为月息21‰，按到期结息，"
                  "逾期还款则逾期部分加收利息100%。") == [(Decimal(180000), Decimal("25.2"), None, None, None),
                                            (None, Decimal("50.4"), None, None, None)]


def test_start_without_zi_and_end_wordings():
    assert values("仍应按原合同约定利率标准计付2015年5月9日起至款项还清之日止的利息") == [
        (None, None, dt.date(2015, 5, 9), "until_paid", None)]
    assert values("偿还原告借款本金1万元及利息（利息从2013年5月30日起按中国人民银行同期贷款基准利率计算至履行完毕止）")[0][3] == \
        "until_paid"
    assert values("并自2017年1月1日起按年息6%向原告支付延期付款利息至被告给付之日止")[0][3] == "until_paid"
    assert values("按照合同约定支付自2014年4月22日起至判决确定的履行日止的利息、罚息及复利")[0][3] == "until_due"
    assert values("对逾期贷款的罚息利率按计收罚息之日的执行利率上浮50％即年利率11.7％，直至清偿全部贷款本息为止")[0][3] == \
        "until_paid"


def test_accrued_until_date_is_not_the_end_and_a_base_stated_before_serves_the_next_part():
    assert values("付清所欠借款70万元的利息，上述利息以借款70万元为本金按以下方式计付：1、至2003年12月31日止的利息为"
                  "829977.1元；2、2004年1月1日至2009年12月11日止的利息，按中国人民银行同期逾期贷款利率的标准计付。") == [
        (Decimal(700000), None, dt.date(2004, 1, 1), "date", dt.date(2009, 12, 11))]


def test_a_clause_cut_by_a_semicolon_keeps_its_rate():
    assert values("从1999年1月26日起至1999年4月26日止，计息本金为40万元；月息按5.85‰计算；") == [
        (Decimal(400000), Decimal("7.02"), dt.date(1999, 1, 26), "date", dt.date(1999, 4, 26))]
    assert values("之后的逾期利息、复利按年利率10.8%计算至本判决确定的履行之日止；复利以610700元为基数计付）；") == [
        (None, Decimal("10.8"), None, "until_due", None), (Decimal(610700), Decimal("10.8"), None, "until_due", None)]


def test_two_rates_in_a_contract_reference_are_not_guessed():
    found = values("偿还本金7799944.05元、利息315338.75元及自2015年3月11日起至2015年5月8日止，按两份《小企业借款合同》约定利率"
                   "（借款年利率7.8%，罚息年利率11.7%，对未按时支付的利息按罚息利率计收复利）计算的利息")
    assert found == [(Decimal("7799944.05"), None, dt.date(2015, 3, 11), "date", dt.date(2015, 5, 8))]


def test_daily_rate_stated_apart_from_its_figure():
    assert values("甲方有权每日按借款金额的万分之五收取罚息")[0][1] == Decimal("18.25")
    assert values("买受人逾期付款时，按日按应付款的千分之一支付违约金")[0][1] == Decimal("36.5")
    assert values("每逾期支付一天，应承担支付金额千分之二的逾期违约金")[0][1] == Decimal(73)
    assert values("违约金，每迟延一日，违约金为合同价款（含安装费）的万分之二点五")[0][1] == Decimal("9.125")
    assert values("应按逾期贷款万分之8.3/日支付违约金，违约金计算至被告清偿代偿款之日止")[0][1:4] == (
        Decimal("30.295"), None, "until_paid")
    assert values("以10万元为基数，按日利率0.05%计算违约金")[0][:2] == (Decimal(100000), Decimal("18.25"))
    assert values("以10万元为基数，按年化利率15.4%计算利息")[0][1] == Decimal("15.4")


def test_two_clauses_each_with_its_own_rate_after_a_comma():
    assert [v[1] for v in values("如延期付款，则乙方有权每日按借款金额的万分之五收取罚息，甲方有权每日向乙方收取未付款项的"
                                 "万分之五的罚息")] == [Decimal("18.25"), Decimal("18.25")]


def test_second_period_opened_by_an_event_with_its_own_rate():
    assert values("偿还借款3万元以及利息（借款期间利息按月千分之8.4计付，从借款到期之日至判决确定的给付之日止按照月千分之8.4"
                  "加收30%的罚息）。") == [(Decimal(30000), Decimal("10.08"), None, None, None),
                                   (Decimal(30000), Decimal("13.104"), None, "until_due", None)]


def test_principal_broken_down_with_its_own_rates():
    assert values("欠原告借款本金170万元，其中100万元于1995年7月13日出借，借款月利率为12.06‰，70万元于1996年4月22日出借，"
                  "借款月利率为10.08‰。") == [(Decimal(1000000), Decimal("14.472"), None, None, None),
                                     (Decimal(700000), Decimal("12.096"), None, None, None)]


def test_formula_gives_base_and_raised_rate():
    assert values("2015年9月21日至2016年1月29日的逾期利息计算方式为1309000×7.572%×150%÷360×131＝54101.62元") == [
        (Decimal(1309000), Decimal("11.358"), dt.date(2015, 9, 21), "date", dt.date(2016, 1, 29))]


def test_base_is_the_amount_ordered_in_the_item():
    assert values("要求被告支付原告20万元，并按同期贷款利率向原告支付迟延履行利息10700元（自2014年4月7日至2015年3月27日）")[0][0] == \
        Decimal(200000)
    assert values("被告立即返还原告出资款130万元整以及利息（自2014年11月25日起按中国人民银行同期贷款利率计算至还清欠款之日止）")[0] == \
        (Decimal(1300000), None, dt.date(2014, 11, 25), "until_paid", None)
    assert values("返还不当得利人民币37900元，同时支付该笔款项的利息（从2016年4月29日起至付清该笔款项之日止）")[0][0] == Decimal(37900)
    assert values("赔偿理赔金额69588.09元，并支付违约金70979.85元（按每日千分之一计算，自2015年2月25日暂计算至2017年12月12日，"
                  "此后的违约金顺延计算至款项清偿之日止）") == [
        (Decimal("69588.09"), Decimal("36.5"), dt.date(2015, 2, 25), "until_paid", None)]
    assert values("丁方自愿承担自2014年4月23日起，以本金1546021元，按月利率2%继续计算至本息全部付清之日止")[0][:2] == (
        Decimal(1546021), Decimal(24))


def test_base_by_reference_has_no_figure():
    assert values("偿还借款本金23295000元，并按照各借款合同尚欠的借款本金及约定的利率计付方式支付自2015年6月1日起至各笔借款"
                  "款清日止的利息")[0][:2] == (None, None)
    assert values("支付货款10万元及利息（以未付款项为基数，自2023年1月1日起按年利率6%计算至实际付清之日止）")[0][:2] == (
        None, Decimal(6))
    assert values("被告在13200000元范围内承担连带清偿责任，及2013年8月1日起利息的复利")[0][0] is None


def test_value_date_and_basis_points():
    c = one("借款利息按一年期贷款市场报价利率（LPR）加177个基点计算，起息日为2021年3月1日")
    assert (c.annual_rate_pct, c.lpr_multiple, c.start) == (None, None, dt.date(2021, 3, 1))
    assert c.rate_text.endswith("加177个基点")
    assert one("借款利率为1年期贷款基准利率加177个基点（一个基点为0.01%）").rate_text == "1年期贷款基准利率加177个基点"
    assert one("按一年期LPR的四倍计算利息").lpr_multiple == Decimal(4)
    assert one("按同期全国银行间同业拆借中心公布的贷款市场报价利率计算利息").rate_text.startswith("同期全国")


def test_monthly_rate_in_fen_with_tenths_and_month_words():
    assert values("今借现金捌拾万元整（月息按1分5计算）")[0][:2] == (Decimal(800000), Decimal(18))
    assert values("提出按月息一分的利率计算逾期利息")[0][1] == Decimal(12)
    assert values("按照约定利率每月千分之十八，自2015年5月23日计算至还款之日")[0][1:4] == (
        Decimal("21.6"), dt.date(2015, 5, 23), "until_paid")


def test_accrued_up_to_a_date_then_running_until_paid():
    assert values("利息以89000元为基数，按照贷款利率4.35%计算，暂计算2018年6月18日-2018年10月16日为1290.5元利息主张直至"
                  "归还之日止") == [(Decimal(89000), Decimal("4.35"), dt.date(2018, 6, 18), "until_paid", None)]
    assert values("以10万元为基数按年利率6%计算利息，暂计至2022年12月31日")[0][3:] == (None, None)
    assert values("支付工程款3414365.28元，支付利息409723.82元（自2013年7月1日至2015年6月30日，月利率5‰），并按月利率5‰继续"
                  "支付本金自2015年7月1日至本判决履行期限届满时止的利息") == [
        (Decimal("3414365.28"), Decimal(6), dt.date(2013, 7, 1), "date", dt.date(2015, 6, 30)),
        (Decimal("3414365.28"), Decimal(6), dt.date(2015, 7, 1), "until_due", None)]


def test_rate_stated_before_the_periods_governs_them():
    assert values("偿还贷款本金40000000元，并按月利率7.725‰计算，支付自2012年9月21日起至2015年9月19日止的利息11093100元，"
                  "及2015年9月20日起至实际给付日止的利息") == [
        (Decimal(40000000), Decimal("9.27"), dt.date(2012, 9, 21), "date", dt.date(2015, 9, 19)),
        (Decimal(40000000), Decimal("9.27"), dt.date(2015, 9, 20), "until_paid", None)]


def test_penalty_and_compound_interest_named_with_markup_or_reference():
    found = values("逾期罚息按合同利率上浮50%计收，复利按罚息利率计收")
    assert len(found) == 2 and all(v == (None, None, None, None, None) for v in found)
    assert values("支付借款本金10万元及利息（自2021年1月1日起至2021年12月31日按年利率15.4%计算；自2022年1月1日起按一年期"
                  "LPR的四倍计算至实际清偿之日止）")[1][:4] == (Decimal(100000), None, dt.date(2022, 1, 1), "until_paid")


def test_end_stated_once_for_all_clauses():
    assert [v[3] for v in values("利息按年利率6%计算，罚息按年利率9%计算，均计算至实际清偿之日止")] == ["until_paid"] * 2
    assert values("偿还借款本金10万元及利息（自2015年1月1日起按年利率6%计算）；罚息以5万元为基数按年利率9%计算；"
                  "上述利息、罚息均计算至本判决确定的履行之日止。") == [
        (Decimal(100000), Decimal(6), dt.date(2015, 1, 1), "until_due", None),
        (Decimal(50000), Decimal(9), None, "until_due", None)]
