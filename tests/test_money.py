"""find_amounts on real wording, and the failure categories other Chinese money parsers are known for
(../shared/domain/extraction-pitfalls.md), with our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors import find_amounts


def values(text: str) -> list[tuple[str, str]]:
    return [(format(a.value.normalize(), "f"), a.currency) for a in find_amounts(text)]


@pytest.mark.parametrize("text,expected", [
    # real 主文 and cost wordings from the corpus
    ("被告胡爱梅于本判决生效之日起十日内向原告李莎支付房屋租金等费用合计15,615.25元", [("15615.25", "CNY")]),
    ("案件受理费45,065.6元，减半收取计22,532.80元，由原告熊存理负担。", [("45065.6", "CNY"), ("22532.8", "CNY")]),
    ("本案受理费3841.70元，公告费600元，合计4431.70元由被告程国丽承担。",
     [("3841.7", "CNY"), ("600", "CNY"), ("4431.7", "CNY")]),
    # Arabic forms
    ("赔偿损失１２，５００．５０元", [("12500.5", "CNY")]),
    ("货款1,234,567.89元", [("1234567.89", "CNY")]),
    ("借款人民币100万元", [("1000000", "CNY")]),
    ("¥5,000及RMB 300", [("5000", "CNY"), ("300", "CNY")]),
    # 万 / 亿 with many decimals (JioNLP #147, #80)
    ("标的额1.234567亿元", [("123456700", "CNY")]),
    ("执行到位金额约2.2万亿元", [("2200000000000", "CNY")]),
    ("保证金12.3456万元", [("123456", "CNY")]),
    # 小写 and 大写 numerals, 角 / 分 (cn2an #65; JioNLP #49, #257)
    ("借款八万二千元", [("82000", "CNY")]),
    ("垫付一千零五十元", [("1050", "CNY")]),
    ("赔偿两万元", [("20000", "CNY")]),
    ("借款壹拾贰万伍仟元整", [("125000", "CNY")]),
    ("货款叁万零伍拾元伍角陆分", [("30050.56", "CNY")]),
    ("工资123元1角1分", [("123.11", "CNY")]),
    ("押金壹佰圆整", [("100", "CNY")]),
    # mixed shorthand (cn2an #57)
    ("补偿1万2千元", [("12000", "CNY")]),
    ("共计3.5万元", [("35000", "CNY")]),
    # foreign currencies, unit words doubled (JioNLP #109, #151)
    ("货款120000万美元", [("1200000000", "USD")]),
    ("运费港币50万元", [("500000", "HKD")]),
    ("赔偿欧元1,000元", [("1000", "EUR")]),
    ("租金5万元港币", [("50000", "HKD")]),
    ("价款300万日元", [("3000000", "JPY")]),
])
def test_amount_values(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "被告李四人民币借款纠纷一案",        # a name ending in a numeral before a currency word (JioNLP #135)
    "原告张三元与被告王五一案",          # 张三元: a name, not three yuan
    "共有100个人参加",                   # a head count (JioNLP #75)
    "按年利率14.6％计算",                # a rate
    "按日万分之一点七五计算",            # a rate in words
    "于2023年2月24日签订",               # a date
    "人民币",                            # a lone currency word
    "（2023）浙0203民初8954号",          # a case number
])
def test_not_amounts(text):
    assert find_amounts(text) == []


def test_approximate_amounts():
    found = find_amounts("涉案金额约3万元，另有5万余元、3000多元及100元左右未付")
    assert [(a.text, a.approximate) for a in found] == [
        ("约3万元", True), ("5万余元", True), ("3000多元", True), ("100元左右", True)]


def test_capital_gloss_is_paired_with_its_figure():
    found = find_amounts("支付货款100,000元（大写：壹拾万元整）")
    assert [a.value for a in found] == [Decimal(100000), Decimal(100000)]
    assert found[1].capital and found[1].gloss_of == 0 and found[0].gloss_of is None


def test_spans_are_exact_and_values_are_decimal():
    text = "被告于本判决生效之日起十日内偿还原告借款本金84406.72元及利息"
    (amount,) = find_amounts(text)
    assert text[amount.span[0]:amount.span[1]] == amount.text == "84406.72元"
    assert isinstance(amount.value, Decimal) and amount.value == Decimal("84406.72")


def test_docx_residue_is_not_money():
    # JioNLP #74: property residue glued to the signature line; our DOCX reader drops it before extraction
    from tests.conftest import CORPORA
    from zhixing.pipeline import process_path

    doc = process_path(CORPORA / "formats" / "wsjd-006.docx")
    assert all("Normal" not in a.text for item in doc.operative_items for a in item.amounts)
    assert [a.value for a in doc.operative_items[0].amounts] == [Decimal("128520.48")]


@pytest.mark.parametrize("text,expected", [
    # the approximation sits before the scale word, which still multiplies
    ("赔偿经济损失30多万元", [("30多万元", "300000", "CNY", True)]),
    ("累计支付现金贰拾余万元", [("贰拾余万元", "200000", "CNY", True)]),
    ("借款日元100多万元", [("日元100多万元", "1000000", "JPY", True)]),
    # a bracketed currency before the figure
    ("外币（美元）315831.49元", [("（美元）315831.49元", "315831.49", "USD", False)]),
    ("余额为人民币0元", [("人民币0元", "0", "CNY", False)]),
    ("净亏损人民币-3亿元", [("人民币-3亿元", "-300000000", "CNY", False)]),
    ("收条载明￥(5000.00)", [("￥(5000.00)", "5000.00", "CNY", False)]),
    # a name ending in a numeral, then a 大写 figure: the numeral is the name's
    ("老三付给老二壹仟伍佰元", [("壹仟伍佰元", "1500", "CNY", False)]),
    ("王x2借给李x1贰万元整", [("贰万元整", "20000", "CNY", False)]),
    ("赔偿给李x10人民币500元", [("500元", "500", "CNY", False)]),  # 李x10: an anonymised name, not 10 yuan
    ("两项分别为50多万元，25万余元", [("50多万元", "500000", "CNY", True), ("25万余元", "250000", "CNY", True)]),
    ("单价以万元计", []),
])
def test_wordings_found_on_cail_sentences(text, expected):
    got = [(a.text, str(a.value), a.currency, a.approximate) for a in find_amounts(text)]
    assert got == expected
    for a in find_amounts(text):
        assert text[a.span[0]:a.span[1]] == a.text
