"""Interest clauses that share terms or take them from their sentence (extractors/interest_sharing.py and the base and
period rules behind them), in sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extractors import find_interest


def fields(text: str) -> list[tuple]:
    clauses = find_interest(text)
    for c in clauses:
        assert text[c.span[0]:c.span[1]] == c.text
    return [(c.base, c.annual_rate_pct, c.start, c.end_kind, c.end) for c in clauses]


def test_jun_an_shares_rate_and_end_back_over_commas():
    text = ("支付借款本金80万元及罚息、复利（复利以期内利息5200元为基数，罚息以本金80万元为基数，"
            "均按年利率10.5%计算至本判决确定的履行期限届满之日止）。")
    assert fields(text) == [(Decimal(5200), Decimal("10.5"), None, "until_due", None),
                            (Decimal(800000), Decimal("10.5"), None, "until_due", None)]


def test_an_end_standing_alone_at_the_tail_serves_every_clause():
    text = ("偿还借款9000元及利息（4000元借款利息自2019年3月1日起按照月利率1%计算，5000元借款利息自2019年6月1日起"
            "按照月利率1.5%计算，至借款实际还清之日止）。")
    assert fields(text) == [(Decimal(4000), Decimal(12), dt.date(2019, 3, 1), "until_paid", None),
                            (Decimal(5000), Decimal(18), dt.date(2019, 6, 1), "until_paid", None)]


def test_a_period_stated_ahead_reaches_the_clause_after_he():
    text = ("并支付自2020年1月1日起至实际履行之日止以本金50万元为基数按年利率6%计算的罚息和以期内利息3000元为基数"
            "按年利率6%计算的复利。")
    assert fields(text) == [(Decimal(500000), Decimal(6), dt.date(2020, 1, 1), "until_paid", None),
                            (Decimal(3000), Decimal(6), dt.date(2020, 1, 1), "until_paid", None)]


def test_a_following_period_runs_on_the_stated_base():
    text = ("以200000元为本金，自2018年1月1日至2018年6月30日止，按照年利率12%计息；自2018年7月1日至实际清偿之日止，"
            "按照年利率12%上浮50%计收罚息。")
    assert fields(text) == [(Decimal(200000), Decimal(12), dt.date(2018, 1, 1), "date", dt.date(2018, 6, 30)),
                            (Decimal(200000), Decimal(18), dt.date(2018, 7, 1), "until_paid", None)]


def test_a_full_stop_inside_the_bracket_does_not_cut_the_clause_from_its_principal():
    text = ("归还垫款本金150000元及利息（暂计至2016年5月31日的利息为8000元。之后至实际清偿之日止的利息按日万分之四计算）。")
    assert fields(text) == [(Decimal(150000), Decimal("14.6"), None, "until_paid", None)]


def test_a_clause_inside_brackets_after_a_semicolon_finds_the_principal_of_its_sentence():
    text = ("偿付借款本金300万元及期内利息2万元、复利、逾期罚息（期内利息的复利自2017年1月2日起以2万元为基数，按年利率9%"
            "计算至债务履行完毕之日止；逾期罚息自2017年1月1日起按年利率9%计算至债务履行完毕之日止）。")
    assert fields(text) == [(Decimal(20000), Decimal(9), dt.date(2017, 1, 2), "until_paid", None),
                            (Decimal(3000000), Decimal(9), dt.date(2017, 1, 1), "until_paid", None)]


def test_the_sum_named_after_dui_is_the_base():
    text = "支付自2012年3月1日起至还清借款之日止对逾期归还借款本金人民币60000元每日按万分之五计算的逾期利息。"
    assert fields(text) == [(Decimal(60000), Decimal("18.25"), dt.date(2012, 3, 1), "until_paid", None)]


def test_a_base_described_as_what_is_owed_has_no_figure():
    text = "此后的违约金按照被告应偿还的本息金额日千分之一计算至实际偿还之日止。"
    assert fields(text) == [(None, Decimal("36.5"), None, "until_paid", None)]


def test_ends_by_the_judgment_in_other_words():
    for end in ("计至本案生效判决确定的履行期限届满之日止", "计算至判决书限定债务人自动履行债务期限届满之日止"):
        (c,) = find_interest(f"以30000元为本金，按照中国人民银行同期贷款利率从2015年5月1日起{end}。")
        assert c.end_kind == "until_due" and c.start == dt.date(2015, 5, 1)


def test_a_date_after_jiezhi_dao_is_an_accrued_figure_not_the_end():
    text = "偿还借款本金500万元及截止到2016年3月4日的利息20万元及从2016年3月5日起至2016年9月30日止按合同约定计算的利息。"
    (c,) = find_interest(text)
    assert (c.start, c.end_kind, c.end) == (dt.date(2016, 3, 5), "date", dt.date(2016, 9, 30))
