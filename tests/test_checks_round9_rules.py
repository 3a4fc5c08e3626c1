"""Rules added after round 9 became development data (items that name other items, terms defined before the 主文,
rights declared instead of duties ordered, fees of a fixed schedule, names nobody else in the judgment bears …),
each tested on wordings written for these tests (not round 9's) in real judgments, with a correct variant beside
each defective one."""

from __future__ import annotations

import pytest

from checks.registry import quote
from tests.conftest import CORPORA
from tests.test_checks_general import CAR, D, P, found, judgment
from zhixing.pipeline import process_bytes

DUE = "于本判决生效之日起十日内"
LABOUR = "rebuilt/sc1-067.txt"   # a 劳动争议 judgment: 受理费10元, halved 5元
GYM = "rebuilt/sc1-032.txt"      # 於乐 v 岱山县斯巴达克健身俱乐部, 预付款1980元


def variant(source: str, old: str, new: str):
    text = (CORPORA / source).read_text(encoding="utf-8")
    assert old in text
    return process_bytes(text.replace(old, new, 1).encode("utf-8"), source)


@pytest.mark.parametrize("plan,bad", [
    ("二、第一项所列借款分两期归还：2024年3月31日前归还10000元，2024年6月30日前归还9000元。", True),
    ("二、第一项所列借款分两期归还：2024年3月31日前归还10000元，2024年6月30日前归还10000元。", False),
])
def test_a_plan_that_pays_the_sum_of_another_item(plan, bad):
    doc = judgment(items=[f"一、{D}按本判决第二项所列期限归还{P}借款20000元；", plan])
    assert found(doc, "CAL-03", 2) is bad
    assert not found(doc, "UNC-20", 1)  # item 1 takes its period from item 2


def test_a_period_taken_from_an_item_that_sets_none():
    doc = judgment(items=[f"一、{D}按本判决第二项确定的期限归还{P}借款20000元；", f"二、{D}支付{P}违约金1000元，{DUE}付清。"])
    assert not found(doc, "UNC-20", 1)
    doc = judgment(items=[f"一、{D}按本判决第二项确定的期限归还{P}借款20000元；", "二、驳回原告的其他诉讼请求。"])
    assert found(doc, "UNC-20", 1)


@pytest.mark.parametrize("costs,bad", [
    ("本案案件受理费1150元，由被告本溪市溪湖区石桥子街道办事处负担。", True),
    ("本案案件受理费10元，减半收取计5元，由被告本溪市溪湖区石桥子街道办事处负担。", False),
    ("本案案件受理费10元，由被告本溪市溪湖区石桥子街道办事处负担。", False),
])
def test_a_labour_dispute_pays_ten_yuan(costs, bad):
    text = (CORPORA / LABOUR).read_text(encoding="utf-8")
    line = next(s for s in text.splitlines() if s.startswith("本案案件受理费"))
    doc = process_bytes(text.replace(line, costs).encode("utf-8"), LABOUR)
    assert found(doc, "CAL-01") is bad


@pytest.mark.parametrize("law,bad", [
    ("《中华人民共和国民法典》第五百八十四条", True),
    ("《中华人民共和国民事诉讼法》第二百六十条", False),
])
def test_the_delay_sentence_cites_another_law(law, bad):
    doc = variant("rebuilt/sc1-001.txt", "《中华人民共和国民事诉讼法》第二百六十条之规定，加倍", f"{law}之规定，加倍")
    assert found(doc, "CIT-01") is bad


@pytest.mark.parametrize("period,bad", [("十五日以后", True), ("十五日内", False)])
def test_an_appeal_period_that_opens_after_it_ends(period, bad):
    doc = judgment(appeal=f"如不服本判决，可以在收到判决书之日起{period}，向本院递交上诉状，上诉于浙江省宁波市中级人民法院。")
    assert found(doc, "CIT-03") is bad


@pytest.mark.parametrize("cited,bad", [
    ("《最高人民法院关于民事诉讼时效制度若干问题的规定》（法释〔2008〕11号）第一条", True),
    ("《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》第一条", False),
])
def test_an_interpretation_cited_by_the_number_of_its_old_text(cited, bad):
    doc = variant("rebuilt/sc1-001.txt", "依照《中华人民共和国民法典》第五百零九条第一款", f"依照{cited}、《中华人民共和国民法典》第五百零九条第一款")
    assert found(doc, "CIT-04") is bad


def test_one_flag_for_a_repealed_law_cited_many_times():
    doc = variant("rebuilt/sc1-001.txt", "依照《中华人民共和国民法典》第五百零九条第一款",
                  "依照《中华人民共和国合同法》第六十条、《中华人民共和国合同法》第一百零七条、《中华人民共和国民法典》第五百零九条第一款")
    repealed = [f for f in doc.flags if f.code == "CIT-04"]
    assert len(repealed) == 1 and len(repealed[0].evidence) == 2 and "共引用2处" in repealed[0].message


@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}归还{P}借款20000元，并负担{P}支出的律师代理费2000元。", True),
    (f"{D}{DUE}归还{P}借款20000元。", False),
])
def test_a_head_of_loss_nobody_claimed(item, bad):
    assert found(judgment(items=[item]), "CON-04", 1) is bad


@pytest.mark.parametrize("start,bad", [("2022年2月24日", True), ("2023年2月24日", False)])
def test_interest_from_before_the_claimed_start(start, bad):
    item = f"{D}{DUE}归还{P}借款20000元，并以20000元为基数，按年利率14.6％自{start}起计付利息至实际清偿之日止。"
    assert found(judgment(items=[item]), "CON-04", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}归还{P}借款20000元，并赔偿逾期损失。", True),
    (f"{D}{DUE}归还{P}借款20000元，并以20000元为基数自2023年2月24日起按年利率14.6％赔偿逾期损失至实际清偿之日止。", False),
])
def test_interest_under_a_name_defined_in_the_reasons(item, bad):
    reasons = "本院认为，被告未按期还款，应赔偿原告因此产生的逾期付款利息损失（以下简称逾期损失）。"
    assert found(judgment(items=[item], reasoning=reasons), "UNC-02", 1) is bad


@pytest.mark.parametrize("item,bad", [
    ("一、原告赵满斌有权继续占用车牌号为青B×××××的车辆。", True),
    ("一、原告赵满斌有权要求被告旦智加交付车牌号为青B×××××的车辆。", True),
    (f"一、被告旦智加{DUE}向原告赵满斌交付车牌号为青B×××××的车辆。", False),
])
def test_a_right_declared_where_the_claims_ask_for_a_thing(item, bad):
    claims = "1．判令被告交付车牌号为青B×××××的车辆；2．本案诉讼费由被告承担。"
    assert found(judgment(CAR, items=[item], claims=claims), "EXE-08", 1) is bad


@pytest.mark.parametrize("obligee,bad", [("原告陈玉芬", True), (P, False)])
def test_a_name_the_judgment_never_mentions(obligee, bad):
    assert found(judgment(items=[f"{D}{DUE}归还{obligee}借款20000元。"]), "UNC-11", 1) is bad


@pytest.mark.parametrize("name,bad", [("於东", True), ("於乐", False)])
def test_a_two_character_name_one_character_off(name, bad):
    doc = variant(GYM, "退还原告於乐", f"退还原告{name}")
    assert found(doc, "UNC-11", 1) is bad


@pytest.mark.parametrize("tail,bad", [
    ("。汽车与购车款相互交还", True),
    ("。汽车的交接与购车款的支付，以双方实际办理为准", True),
    ("。原告赵满斌于收到购车款之日起三日内将汽车交还被告旦智加", False),
])
def test_both_performances_at_once(tail, bad):
    item = f"一、被告旦智加{DUE}退还原告赵满斌购车款30000元{tail}。"
    assert found(judgment(CAR, items=[item]), "EXE-07", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}视其经营收入情况分批归还{P}借款20000元。", True),
    (f"{D}{DUE}归还{P}借款20000元。", False),
])
def test_payment_paced_by_how_things_go(item, bad):
    assert found(judgment(items=[item]), "UNC-21", 1) is bad


@pytest.mark.parametrize("text,expected", [
    ("被告金海林按期归还原告借款20000元", "被告金海林按期归还原告借款20000元"),
    ("被告金海林于本判决生效之日起十日内归还原告借款20000元", "被告金海林于本判决生效之日起十日内归还原告借款20000元……"),
    ("原告有权要求被告协助办理“宁波市海曙区中山西路88号3幢201室”房屋的过户", "原告有权要求被告协助办理“宁波市海曙区中山西路88号3幢201室”……"),
])
def test_quotes_in_messages_never_cut_a_figure_or_a_quoted_name(text, expected):
    assert quote(text, 28) == expected


@pytest.mark.parametrize("item,bad", [
    (f"{D}归还{P}借款20000元，此款于本判决生效之日起十日内付清。", False),
    (f"{D}归还{P}借款，此款于本判决生效之日起十日内付清。", True),
])
def test_此款_after_the_sum_it_names(item, bad):
    assert found(judgment(items=[item]), "UNC-01", 1) is bad


@pytest.mark.parametrize("item,ordered", [
    (f"{D}不支付{P}违约金5000元。", False),
    ("诉讼期间的律师费由原告宁波恒艺餐饮有限公司自行负担。", False),
    (f"{D}{DUE}支付{P}违约金5000元。", True),
])
def test_no_duty_declared_before_the_verb(item, ordered):
    doc = judgment(items=[item])
    assert any(o.action == "pay" for o in doc.operative_items[0].obligations) is ordered


def test_a_period_is_no_object_of_a_handing_over():
    doc = judgment(CAR, items=["一、车牌号为青B×××××的车辆归原告赵满斌所有，由被告旦智加于本判决生效后五日内交付原告赵满斌。"])
    delivered = [o for o in doc.operative_items[0].obligations if o.action == "deliver"]
    assert delivered and all("日内" not in (o.object or "") for o in delivered)
