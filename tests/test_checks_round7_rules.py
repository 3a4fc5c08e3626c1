"""Rules added after round 7 became development data, each tested on wordings written for these tests (not round 7's)
in real judgments (corpora/rebuilt), with a correct variant beside each defective one."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors import find_deadlines, find_interest
from tests.conftest import CORPORA
from tests.test_checks_general import CAR, D, P, found, judgment
from zhixing.pipeline import process_bytes

DUE = "于本判决生效之日起十日内"


@pytest.mark.parametrize("item,bad", [
    (f"{D}欠{P}之借款，限于本判决生效后十五日内还清。", True),   # topic first, no figure anywhere
    (f"{D}欠{P}之借款20000元，限于本判决生效后十五日内还清。", False),
])
def test_payment_without_any_figure_the_obligation_reader_cannot_split(item, bad):
    assert found(judgment(items=[item]), "UNC-01", 1) is bad


@pytest.mark.parametrize("tail,bad", [
    ("借款20000元及其孳息", True),
    ("借款20000元，本利一并归还", True),
    ("借款20000元", False),
    ("借款20000元，本利合计21000元", False),
])
def test_interest_in_legal_or_banking_formulas(tail, bad):
    assert found(judgment(items=[f"{D}{DUE}归还{P}{tail}。"]), "UNC-02", 1) is bad


@pytest.mark.parametrize("rates,bad", [
    ("按年利率9%支付利息、按年利率8%支付违约金", True),      # 17 % together, each under the cap
    ("按年利率6%支付利息、按年利率3%支付违约金", False),
])
def test_interest_and_penalty_over_the_cap_together(rates, bad):
    item = f"{D}{DUE}归还{P}借款20000元，并自2023年3月1日起以20000元为基数{rates}，均计算至实际清偿之日止。"
    assert found(judgment(items=[item]), "UNC-04", 1) is bad


@pytest.mark.parametrize("name,bad", [("金某", True), ("金海林", False)])
def test_a_name_masked_in_the_item_only(name, bad):
    assert found(judgment(items=[f"被告{name}{DUE}归还{P}借款20000元。"]), "UNC-11", 1) is bad


@pytest.mark.parametrize("plan,bad", [
    ("该款分两笔付清：第一笔8000元于2024年1月31日前付清，第二笔10000元于2024年3月31日前付清", True),
    ("该款分两笔付清：第一笔8000元于2024年1月31日前付清，第二笔12000元于2024年3月31日前付清", False),
    ("于2024年1月底前付8000元、2024年3月底前付8000元，余款3000元于2024年5月底前结清", True),
    ("于2024年1月底前付8000元、2024年3月底前付8000元，余款4000元于2024年5月底前结清", False),
])
def test_tranches_and_month_ends(plan, bad):
    doc = judgment(items=[f"{D}归还{P}借款20000元。{plan}。"])
    assert found(doc, "CAL-03", 1) is bad
    assert not found(doc, "UNC-20", 1)  # a month end is a deadline


@pytest.mark.parametrize("costs,bad", [
    ("案件受理费300元，由原告宁波恒艺餐饮有限公司、被告金海林平均负担，每人负担160元。", True),
    ("案件受理费300元，由原告宁波恒艺餐饮有限公司、被告金海林平均负担，每人负担150元。", False),
])
def test_halves_stated_once_for_each_party(costs, bad):
    assert found(judgment(costs=costs), "CAL-04") is bad


@pytest.mark.parametrize("title,bad", [
    ("《最高人民法院关于人民法院审理借贷案件的若干意见》第六条", True),
    ("《最高人民法院关于审理劳动争议案件适用法律若干问题的解释（三）》第九条", True),
    ("《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十八条第一款", False),
    ("《最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）》第二十六条", False),
])
def test_interpretations_abolished_for_the_civil_code(title, bad):
    text = (CORPORA / "rebuilt/sc1-001.txt").read_text(encoding="utf-8").replace(
        "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十八条第一款", title, 1)
    assert found(process_bytes(text.encode("utf-8"), "sc1-001.txt"), "CIT-04") is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}应协助{P}履行完成租赁协议约定的义务。", True),
    (f"{D}应配合{P}完成借款合同约定的事项。", True),
    (f"{P}与{D}之间的借款合同继续有效，双方依约承担义务。", True),
    (f"{D}应协助{P}于本判决生效之日起十日内办理车辆过户登记手续。", False),
])
def test_performance_named_only_by_the_contract(item, bad):
    assert found(judgment(items=[item]), "EXE-03", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}应保证{P}仓库门前道路正常通行。", True),
    (f"{D}于本判决生效之日起十日内拆除其堆放在{P}仓库门前道路上的钢管（长6米，共40根）。", False),
])
def test_an_obstruction_named_by_the_result(item, bad):
    assert found(judgment(items=[item]), "EXE-04", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}不得再销售与{P}产品类似的餐具。", True),
    (f"{D}不得再销售侵害{P}第1234567号注册商标专用权的餐具。", False),
])
def test_an_injunction_scoped_by_likeness(item, bad):
    assert found(judgment(items=[item]), "EXE-05", 1) is bad


def test_visits_named_as_a_stay():
    bad = judgment(source="rebuilt/sc1-022.txt", items=["被告竺某可以接原告仇某1到其家中度假。"])
    assert found(bad, "EXE-06", 1)


@pytest.mark.parametrize("item,bad", [
    ("原告赵满斌将车辆交还被告旦智加、被告旦智加退还原告赵满斌购车款30000元。", True),
    ("双方应互相配合办理车辆返还与购车款退还。", True),
    ("原告赵满斌于收到购车款之日起三日内将车辆交还被告旦智加，被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元。",
     False),
])
def test_exchanges_without_order(item, bad):
    assert found(judgment(source=CAR, items=[item]), "EXE-07") is bad


def test_registered_name_is_only_a_confirmation():
    doc = judgment(source=CAR, claims="1．判令被告将车辆过户至原告名下；2．诉讼费由被告承担。",
                   items=["车牌号为藏A12345的小型轿车应登记在原告赵满斌名下。"])
    assert found(doc, "EXE-08", 1)


def test_a_guarantor_item_restating_the_debt_with_another_figure():
    items = [f"{D}{DUE}归还{P}借款20000元。",
             f"被告金海林对其所欠{P}借款21000元承担清偿责任。"]
    assert found(judgment(items=items), "CON-05")


def test_late_fee_end_point_adopted_in_the_reasons():
    reasoning = ("本院认为，对于原告要求被告承担滞纳金至实际清偿之日的主张，于法有据，本院予以支持。")
    item = (f"{D}{DUE}归还{P}借款20000元，并支付自2023年3月1日起至{P}起诉之日止的滞纳金"
            "（以20000元为基数，按年利率3.45%计算）。")
    assert found(judgment(items=[item], reasoning=reasoning), "CON-03")


# --- the extraction these rules read --------------------------------------------------------------------------------

def test_month_end_deadlines():
    (d,) = find_deadlines("被告于2024年2月底前付清")
    assert (d.anchor, d.date) == ("fixed_date", dt.date(2024, 2, 29))


def test_charges_listed_with_their_own_rates_share_base_and_start():
    found_ = find_interest("自2023年3月1日起以20000元为基数按年利率9%支付利息、按日万分之三支付违约金，均计算至实际清偿之日止")
    assert [(str(c.base), str(c.annual_rate_pct), c.start, c.end_kind) for c in found_] == [
        ("20000", "9", dt.date(2023, 3, 1), "until_paid"),
        ("20000", "10.95", dt.date(2023, 3, 1), "until_paid")]
