"""Interest wordings read after held-out round 4 became development data, each tested on sentences written for these
tests (not round 4's): a second rate opened by 逾期月利率, a loan term introduced by 即从…, a yearly rate written as
N%年化利息, the LPR stated with its figure, and a principal named in the sentence before the interest clause."""

from __future__ import annotations

from decimal import Decimal

from extractors.interest import find_interest


def test_a_term_rate_and_an_overdue_monthly_rate_are_two_clauses():
    text = "双方约定借款期限为六个月，即从2021年3月1日至2021年9月1日，期内月利率为5‰，逾期月利率为7.5‰，按月付息。"
    found = find_interest(text)
    assert [c.annual_rate_pct for c in found] == [Decimal("6"), Decimal("9")]
    assert found[0].start is None and found[0].end_kind is None  # the loan's term is no interest period


def test_a_yearly_rate_written_after_its_figure():
    (clause,) = find_interest("借条载明借款50000元，到期不还的，按6％年化利息计付。")
    assert clause.annual_rate_pct == Decimal("6")


def test_the_lpr_stated_with_its_figure():
    (clause,) = find_interest("被告自2024年1月1日起按LPR（年利率3.45％）向原告支付利息。")
    assert clause.annual_rate_pct == Decimal("3.45") and clause.lpr_multiple == Decimal("1")
    (plain,) = find_interest("被告自2024年1月1日起按LPR向原告支付利息。")
    assert plain.annual_rate_pct is None and plain.lpr_multiple == Decimal("1")


def test_a_principal_named_in_the_sentence_before():
    (clause,) = find_interest("原告要求被告返还货款12000元，本院予以支持；其要求逾期利息自2023年5月1日起按年利率3.65%计算，亦予支持。")
    assert clause.base == Decimal("12000")
    # two sums before: which one the interest runs on is not said
    (open_,) = find_interest("被告应返还货款12000元及押金3000元；利息自2023年5月1日起按年利率3.65%计算。")
    assert open_.base is None
