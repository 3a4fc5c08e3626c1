"""Rules added after round 8 became development data (spoken register, items turned round), each tested on wordings
written for these tests (not round 8's) in real judgments (corpora/rebuilt), with a correct variant beside each
defective one."""

from __future__ import annotations

import pytest

from tests.test_checks_general import CAR, D, P, found, judgment

DUE = "于本判决生效之日起十日内"
FAMILY = "rebuilt/sc1-022.txt"   # a child-support judgment (竺某, 仇某1)


@pytest.mark.parametrize("item,bad", [
    (f"被告朱某某对被告金海林所欠{P}的借款承担相应的责任。", True),
    (f"被告朱某某对被告金海林所欠{P}的借款承担连带清偿责任。", False),
    (f"被告朱某某对被告金海林所欠{P}的借款在5000元范围内承担清偿责任。", False),
])
def test_answering_for_a_debt_in_no_stated_form(item, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元。", item])
    assert found(doc, "UNC-10", 2) is bad


@pytest.mark.parametrize("tail,bad", [
    ("，欠款按月计息，至付清时止", True),
    ("，并自2023年3月1日起按年利率3.65%计息至实际清偿之日止", False),
])
def test_interest_by_the_day_or_month_without_rate(tail, bad):
    assert found(judgment(items=[f"{D}{DUE}归还{P}借款20000元{tail}。"]), "UNC-02", 1) is bad


@pytest.mark.parametrize("rate,bad", [
    ("按同期贷款市场报价利率酌情上调", True),
    ("按同期贷款市场报价利率的1.5倍", False),
])
def test_a_rate_moved_by_an_unstated_measure(rate, bad):
    item = f"{D}{DUE}归还{P}借款20000元，并以20000元为基数自2023年3月1日起{rate}计付利息至实际清偿之日止。"
    assert found(judgment(items=[item]), "UNC-03", 1) is bad


@pytest.mark.parametrize("costs,bad", [
    ("案件受理费300元，对折收取计200元，由被告金海林负担。", True),
    ("案件受理费300元，对折收取计150元，由被告金海林负担。", False),
])
def test_halving_in_spoken_words(costs, bad):
    assert found(judgment(costs=costs), "CAL-02") is bad


@pytest.mark.parametrize("reasoning,bad", [
    ("本院认为，原告要求利息计算至实际清偿之日，于法无据，本院不予支持。", True),
    ("本院认为，原告要求利息计算至实际清偿之日，于法有据，本院予以支持。", False),
])
def test_an_end_point_the_reasons_reject(reasoning, bad):
    item = f"{D}{DUE}归还{P}借款20000元，并以20000元为基数自2023年3月1日起按年利率3.65%计付利息至实际清偿之日止。"
    assert found(judgment(items=[item], reasoning=reasoning), "CON-03") is bad


def test_an_end_point_written_as_a_duration():
    reasoning = "本院认为，原告主张利息计算至实际清偿之日止，于法有据，本院予以支持。"
    item = f"{D}{DUE}归还{P}借款20000元，并以20000元为基数自2023年3月1日起按年利率3.65%计付利息满六个月为止。"
    assert found(judgment(items=[item], reasoning=reasoning), "CON-03")


@pytest.mark.parametrize("figure,bad", [("21000", True), ("20000", False)])
def test_a_debt_settled_at_another_figure(figure, bad):
    items = [f"{D}{DUE}归还{P}借款20000元。", f"{P}与{D}之间的借款按{figure}元结算。"]
    assert found(judgment(items=items), "CON-05") is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}把借走的那些器材还给{P}。", True),
    (f"{D}{DUE}把借走的投影仪（爱普生CB-X06型）一台还给{P}。", False),
])
def test_things_handed_back_in_spoken_words(item, bad):
    assert found(judgment(items=[item]), "EXE-01", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}按照协议把剩下的装修做完。", True),
    (f"{P}与{D}应依诚实信用原则履行借款合同。", True),
    (f"{D}{DUE}为{P}铺设厨房地砖（规格600×600毫米，面积12平方米）。", False),
])
def test_performance_measured_only_by_the_contract(item, bad):
    assert found(judgment(items=[item]), "EXE-03", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}今后不得再纠缠{P}。", True),
    (f"{D}不得再以电话、短信方式联系{P}的员工。", False),
    (f"{D}不得再使用与{P}相关的图案。", True),
])
def test_injunctions_naming_no_act_or_scope(item, bad):
    assert found(judgment(items=[item]), "EXE-05", 1) is bad


def test_visits_in_spoken_words():
    assert found(judgment(source=FAMILY, items=["被告竺某可以随时来看看原告仇某1。"]), "EXE-06", 1)


def test_a_thing_said_to_be_a_partys_property_only():
    doc = judgment(source=CAR, claims="1．判令被告交付车辆；2．诉讼费由被告承担。",
                   items=["车牌号为藏A12345的小型轿车系原告赵满斌的合法财产。"])
    assert found(doc, "EXE-08", 1)


@pytest.mark.parametrize("claims,bad", [
    ("1．判令被告为原告办理车辆过户手续；2．诉讼费由被告承担。", True),
    ("1．确认原、被告之间的车辆买卖合同有效；2．诉讼费由被告承担。", False),
])
def test_a_sale_declared_valid_where_the_transfer_was_sought(claims, bad):
    doc = judgment(source=CAR, claims=claims, items=["原告赵满斌与被告旦智加订立的车辆买卖合同合法有效。"])
    assert found(doc, "EXE-08", 1) is bad
