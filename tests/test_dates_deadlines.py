"""Dates, deadlines and the time-parsing failure categories of other parsers (extraction-pitfalls.md §1.1)."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors import find_dates, find_deadlines


@pytest.mark.parametrize("text,expected", [
    ("二〇二三年十月十二日", dt.date(2023, 10, 12)),
    ("二○一六年十月二十四日", dt.date(2016, 10, 24)),
    ("二零二三年十一月十七日", dt.date(2023, 11, 17)),
    ("二0一七年二月二十七日", dt.date(2017, 2, 27)),
    ("二Ｏ一八年一月八日", dt.date(2018, 1, 8)),
    ("2023年2月24日", dt.date(2023, 2, 24)),
    ("２０２３年２月２４日", dt.date(2023, 2, 24)),
    ("2023-02-24", dt.date(2023, 2, 24)),
    ("2023.2.24", dt.date(2023, 2, 24)),
    ("2023/2/24", dt.date(2023, 2, 24)),
])
def test_full_dates(text, expected):
    (mention,) = find_dates(f"于{text}签订")
    assert mention.value == expected and mention.text == text


def test_partial_and_masked_dates_have_no_value():
    found = find_dates("2024年7月起，11月29日召开；落款二〇一六年十二月××日")
    assert [(m.year, m.month, m.day, m.value) for m in found] == [
        (2024, 7, None, None), (None, 11, 29, None), (2016, 12, None, None)]


@pytest.mark.parametrize("text", [
    "20231012",          # a compact eight-digit run is not a date here (JioNLP #211 read it as a year)
    "5G网络",            # a network generation (JioNLP #214)
    "（2023）浙0203民初8954号",
    "年利率14.6％",
])
def test_not_dates(text):
    assert find_dates(text) == []


def test_invalid_date_is_rejected():
    assert find_dates("2023年2月30日") == []


@pytest.mark.parametrize("text,days,anchor", [
    ("于本判决生效之日起十日内付清", 10, "effective"),
    ("判决发生法律效力后十五日内支付", 15, "effective"),
    ("于本判决送达之日起10日内", 10, "service"),
    ("限于本判决生效后三十日内", 30, "effective"),
    ("被告于本判决发生法律效力之日起十日内归还", 10, "effective"),
    ("被告立即停止侵权", 0, "effective"),
])
def test_relative_deadlines(text, days, anchor):
    (deadline,) = find_deadlines(text)
    assert (deadline.days, deadline.anchor, deadline.date) == (days, anchor, None)
    assert text[deadline.span[0]:deadline.span[1]] == deadline.text


def test_fixed_date_deadline():
    (deadline,) = find_deadlines("被告于2024年3月31日前支付原告50000元")
    assert (deadline.anchor, deadline.date, deadline.days) == ("fixed_date", dt.date(2024, 3, 31), None)


def test_instalments():
    (deadline,) = find_deadlines("被告自2024年1月起每月15日前支付原告2000元，共10期")
    assert len(deadline.instalments) == 10
    assert {(i.day_of_month, str(i.amount)) for i in deadline.instalments} == {(15, "2000")}


def test_no_deadline():
    assert find_deadlines("驳回原告的其他诉讼请求。") == []
