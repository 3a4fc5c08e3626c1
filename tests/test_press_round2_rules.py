"""Press wordings read after the first held-out press items (press-003, press-typical-040, -045, -050) became
development data, each tested on sentences written for these tests: the authors' bylines of a newspaper page
（张三 李四） / □ 张三 李四 / 张三摄, names masked in the middle (刘某军), a party or worker named after the word for their
part in the case however the sentence goes on, a name followed by 法官助理, a shop after a party's role, a title that is
the tail of another word (该院长安…), and units: 起…纠纷 as cases, 台, per day of delay and two measures in a price."""

from __future__ import annotations

from decimal import Decimal

from extractors.press_facts import find_people, find_statistics


def _names(text):
    return [p.name for p in find_people(text)]


def _stats(text):
    return [(st.value, st.unit) for st in find_statistics(text)]


def test_the_authors_bylines_of_a_newspaper_page():
    text = "执行干警当天即完成交付。\n（郑晓明 邱雨）\n□ 姚丽萍 孔德胜\n“我们终于拿到钱了。”\n韩冰摄\n"
    assert _names(text) == ["郑晓明", "邱雨", "姚丽萍", "孔德胜", "韩冰"]
    assert _names("本案中，当事人可以申请（再审）\n") == []  # a bracketed word is no byline


def test_a_name_masked_in_the_middle():
    text = "2023年，法院判决被执行人刘某军返还借款。刘某军却迟迟未履行。"
    assert "刘某军" in _names(text) and "刘某" not in _names(text)
    assert _names("法院判令刘某支付货款。") == ["刘某"]


def test_a_party_or_worker_named_after_their_part_in_the_case():
    assert _names("被执行人钱文斌长期拖欠工程款。") == ["钱文斌"]
    assert _names("申请执行人朱晓燕接过案款后连声道谢。") == ["朱晓燕"]
    assert _names("被告某县蔬菜超市拒不履行。") == []
    assert _names("被告罗记便利店未履行判决。") == []  # a shop, not a person


def test_a_name_before_a_title_of_two_words():
    assert _names("执行员梁志刚和邵宇航法官助理连夜赶赴现场。") == ["梁志刚", "邵宇航"]


def test_a_title_that_is_the_tail_of_another_word():
    assert _names("当事人向该院长安人民法庭送来锦旗。") == []


def test_disputes_counted_with_qi_are_cases_and_machines_with_tai_items():
    assert _stats("今年以来，该院化解了27起矛盾纠纷。") == [(Decimal("27"), "cases")]
    assert _stats("法院查封挖掘机3台。") == [(Decimal("3"), "items")]


def test_prices_per_day_of_delay_and_per_two_measures():
    assert _stats("合同约定，每逾期一日，承租人应支付500元的违约金。") == [(Decimal("500"), "yuan-per-day")]
    assert _stats("法院酌定按每平方米每月12元计算占用费。") == [(Decimal("12"), "yuan-per-square-metre-per-month")]
