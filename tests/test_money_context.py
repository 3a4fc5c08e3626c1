"""Money the context makes (extractors/money_context.py) and figures glued to masked names, in sentences written for
these tests; and the figures that must stay no money."""

from __future__ import annotations

from decimal import Decimal

from extractors import find_amounts


def values(text: str) -> list[Decimal]:
    found = find_amounts(text)
    for a in found:
        assert text[a.span[0]:a.span[1]] == a.text
    return [a.value for a in found]


def test_both_ends_of_a_range_and_no_negative_amount():
    assert values("剩余装修款3,000-3,500元待验收后结清") == [Decimal(3000), Decimal(3500)]
    assert values("家庭年收入在5-6万元左右") == [Decimal(50000), Decimal(60000)]
    assert values("差额为(7000元-2500元)=4500元") == [Decimal(7000), Decimal(2500), Decimal(4500)]


def test_a_masked_name_glued_to_the_figure_keeps_its_digits():
    assert values("被告赔偿原告赵x312000元") == [Decimal(12000)]
    # the same name written elsewhere with two digits decides the split
    assert values("刘x12向原告借款，后刘x1250000元未还") == [Decimal(50000)]
    assert values("王X3元旦前到达") == []


def test_figures_after_words_only_money_follows():
    assert values("原告货币出资80万，占注册资本的40%") == [Decimal(800000)]
    assert values("发票记载“单价2,360”、“金额2,360”") == [Decimal(2360), Decimal(2360)]
    assert values("支付经济补偿金12，000.00元和额外经济补偿金8，000.00；") == [Decimal(12000), Decimal(8000)]
    assert values("本欠款在月底前付贰万，其余年底付清") == [Decimal(20000)]


def test_weak_leads_need_money_in_the_passage():
    assert values("分两次转款62万、8万元，共计70万") == [Decimal(620000), Decimal(80000), Decimal(700000)]
    assert values("共计70万，其中男性35万") == []  # no money named anywhere: a head count is as likely


def test_a_bracketed_figure_restating_a_capital_amount():
    assert values("今借到人民币叁拾万元整(小写300000.00)") == [Decimal(300000), Decimal(300000)]


def test_jiao_in_a_price():
    assert values("每斤收代收费3角，超期每斤每月加收一角钱") == [Decimal("0.3"), Decimal("0.1")]


def test_no_money_from_counts_dates_shares_and_percentages():
    assert values("借款2015年到期，欠款3笔，还2个月内") == []
    assert values("主体完成后支付20%，竣工后支付30%，验收后支付40") == []
    assert values("孙某出资90万股") == []
    assert values("三角形地块一处") == []


def test_names_masked_with_xx_carry_no_number():
    assert values("原告借李XX3600元，又借王XX2万元") == [Decimal(3600), Decimal(20000)]


def test_a_separator_lost_to_the_encoding():
    found = find_amounts("合计欠款12?500元")
    assert [a.value for a in found] == [Decimal(12500)] and found[0].text == "12?500元"


def test_chinese_range_heads_take_the_unit_of_the_second_end():
    assert values("每月收入有三、四千元") == [Decimal(3000), Decimal(4000)]
    assert values("大约六、七万元") == [Decimal(60000), Decimal(70000)]


def test_cash_card_and_halved_fee_figures_and_per_unit_prices_without_yuan():
    assert values("收据注明：刷卡5200、现金300。") == [Decimal(5200), Decimal(300)]
    assert values("案件受理费50元，减半收取25由原告负担。") == [Decimal(50), Decimal(25)]
    assert values("商铺单价6500/㎡，面积80㎡") == [Decimal(6500)]


def test_after_round_3_became_development_data():
    # a range whose first end has its own scale
    assert values("单价在8万至1.5万元不等") == [Decimal(80000), Decimal(15000)]
    # Chinese numerals with 万 after a money word, approximate with 余
    found = find_amounts("此前的治疗费用二十余万均由其垫付")
    assert [(a.value, a.approximate) for a in found] == [(Decimal(200000), True)]
    assert values("该村共有人口三十余万人") == []
    # bare 万 figures in a passage that names sums in 万元
    assert values("房产折300万元、车辆20万、存款45万，合计365万") == [
        Decimal(3000000), Decimal(200000), Decimal(450000), Decimal(3650000)]
    assert values("辖区常住人口20万、流动人口5万") == []
    # a 大写 gloss in brackets before the 元
    assert values("借款人民币200000(贰拾万)元") == [Decimal(200000), Decimal(200000)]


def test_after_round_4_became_development_data():
    assert values("实际修理费68000由于被告拒付") == [Decimal(68000)]
    assert values("家庭存款20000—30000元") == [Decimal(20000), Decimal(30000)]
    found = find_amounts("购买了一辆价值8万多的轿车")
    assert [(a.value, a.approximate) for a in found] == [(Decimal(80000), True)]
    assert values("折价补偿（30000＋15000.5＋200000）÷2=122500.25元") == [
        Decimal(30000), Decimal("15000.5"), Decimal(200000), Decimal("122500.25")]
    assert values("残疾赔偿金600000元(30000.00×20年)") == [Decimal(600000), Decimal(30000)]
    assert values("二至四层每层面积为12.24×13.38+4.24×0.6=166.31平方米") == []


def test_a_figure_ends_before_a_separator_that_follows_it():
    assert values("规格:500G/袋,单价:36.80,数量:20袋") == [Decimal("36.80")]
    assert values("合同约定货物单价12.5,金额125;运费另计") == [Decimal("12.5"), Decimal(125)]


def test_money_words_ending_in_额():
    assert values("车辆损失险的免赔额1500”,原告另支出评估费800元") == [Decimal(1500), Decimal(800)]
    assert values("双方约定的赔偿额为62000.50,被告至今未付") == [Decimal("62000.50")]
    assert values("该房屋份额为50,由原告继承") == []


def test_a_figure_the_passage_stated_in_yuan_before():
    assert values("原告主张鉴定费2600元，被告对鉴定费2600不予认可") == [Decimal(2600), Decimal(2600)]
    assert values("原告主张误工费3000元，误工费3000天系笔误") == [Decimal(3000)]
    assert values("加班工资40天，每天按40元计算") == [Decimal(40)]


def test_more_than_a_figure_after_a_money_word():
    found = find_amounts("其丈夫在外务工，月工资6000多，无其他收入")
    assert [(a.value, a.approximate) for a in found] == [(Decimal(6000), True)]
    assert values("该厂房面积3000多平方米") == []


def test_a_negative_balance_written_with_负():
    assert values("扣除社保费后，当月工资余额为负126.40元") == [Decimal("-126.40")]
    assert values("胜负300元的赌约无效") == [Decimal(300)]


def test_an_indefinite_numeral_states_no_figure():
    assert values("原告称其损失了几千元，被告称只有数百元") == []
    assert values("上百元的礼品不予退还") == []
    assert values("一千元的礼品") == [Decimal(1000)]


def test_the_one_sum_a_product_multiplies():
    assert values("请求判令被告支付经济补偿4200×0.5×6＝12600元") == [Decimal(4200), Decimal(12600)]
    assert values("护理费150×120=18000元") == [Decimal(18000)]  # which factor is the daily rate is not written
    assert values("加班工资30天×50元=1500元") == [Decimal(50), Decimal(1500)]
