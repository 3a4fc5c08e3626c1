"""Money inside the formula that shows how an amount was computed (extractors/money_formulas.py), on wordings written
for these tests: terms of a sum and the base of a product are money, counts, rates and pay-month days are not."""

from __future__ import annotations

from decimal import Decimal

from extractors import find_amounts


def values(text: str) -> list[Decimal]:
    return sorted(a.value for a in find_amounts(text))


def test_the_base_of_a_product_is_money_the_counts_are_not():
    assert values("被告应支付经济补偿金13500元（4500月×3月）。") == [Decimal("4500"), Decimal("13500")]


def test_terms_of_a_halved_difference_are_money():
    got = values("原告应补偿被告房屋折价款40000元［（150000－50000－20000）÷2］。")
    assert got == [Decimal("20000"), Decimal("40000"), Decimal("50000"), Decimal("150000")]


def test_figures_restated_from_the_passage_are_money_pay_days_are_not():
    got = values("月工资3045元，病假工资为1120元（3045÷21.75×8天）。")
    assert got == [Decimal("1120"), Decimal("3045"), Decimal("3045")]


def test_quantities_and_counts_stay_out():
    assert values("扣除退回的货款2400元（1.5吨×1600元）。") == [Decimal("1600"), Decimal("2400")]
    assert values("加班工资6000元［加班60天（每年20天）×3年×100元/天÷3］。").count(Decimal("60")) == 0


def test_a_formula_that_does_not_give_the_amount_adds_nothing():
    assert values("赔偿金9000元（2000×4）。") == [Decimal("9000")]


def test_stock_money_written_in_wan_without_yuan():
    assert Decimal("80000") in values("被告经手的股金8万归原告所有。")
