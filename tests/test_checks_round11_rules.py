"""Rules added after round 11 became development data (role words that contradict the party block, a party's agent
named as the party, several debtors 按各自过错 / 分别 with one sum, rights declared where a handing over was sought,
things identified by likeness, houses named as people speak of them, an infringer warned instead of ordered, a sum
left to enforcement, a debt confirmed again with another figure, an interest end date the reasons never give, an LPR
multiple and a penalty beyond the claims, payment plans dated in Chinese numerals, halving worded around the
minimum fee, fee shares joined by 、, superseded editions of substantive laws), each tested on wordings written for
these tests (not round 11's) in a real judgment, with a correct variant beside each defective one."""

from __future__ import annotations

import pytest

from tests.test_checks_general import CORPORA, D, LOAN, P, found, judgment
from tests.test_checks_round9_rules import variant
from zhixing.pipeline import process_bytes

DUE = "于本判决生效之日起十日内"


def two_defendants(item: str):
    """The loan judgment with a second defendant in the party block and the one item given."""
    text = (CORPORA / LOAN).read_text(encoding="utf-8").replace("被告：金海林。", "被告：金海林。\n被告：李秀琴。", 1)
    start = text.index("判决如下：\n") + len("判决如下：\n")
    text = text[:start] + item + "\n" + text[text.index("如果未按", start):]
    return process_bytes(text.encode("utf-8"), LOAN)


@pytest.mark.parametrize("item,bad", [
    ("原告金海林于本判决生效之日起十日内归还被告宁波恒艺餐饮有限公司借款20000元。", True),
    (f"{D}{DUE}归还{P}借款20000元。", False),
])
def test_role_words_that_contradict_the_party_block(item, bad):
    assert found(judgment(items=[item]), "UNC-11", 1) is bad


@pytest.mark.parametrize("payee,bad", [("原告王梦贤", True), (P, False)])
def test_the_agent_named_in_place_of_the_party(payee, bad):
    doc = judgment(items=[f"{D}{DUE}向{payee}归还借款20000元。"])
    assert found(doc, "UNC-11", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"被告金海林、被告李秀琴{DUE}按照各自的责任大小向{P}偿还借款20000元。", True),
    (f"被告金海林、被告李秀琴{DUE}分别偿还{P}借款20000元。", True),
    (f"被告金海林、被告李秀琴{DUE}分别偿还{P}借款12000元、8000元。", False),
    (f"被告金海林、被告李秀琴{DUE}连带偿还{P}借款20000元。", False),
])
def test_several_debtors_with_one_sum_and_no_shares(item, bad):
    assert found(two_defendants(item), "UNC-10", 1) is bad


@pytest.mark.parametrize("items,bad", [
    (["一、原告宁波恒艺餐饮有限公司对宁波市海曙区中山西路8号房屋享有所有权。"], True),
    (["一、确认被告金海林对宁波市海曙区中山西路8号房屋无权使用。"], True),
    (["一、确认被告金海林对宁波市海曙区中山西路8号房屋无权使用。",
      f"二、{D}{DUE}腾退宁波市海曙区中山西路8号房屋并交付{P}。"], False),
])
def test_a_right_declared_where_the_claims_ask_for_the_house(items, bad):
    doc = judgment(items=items, claims="判令被告腾退并交付宁波市海曙区中山西路8号房屋。")
    assert found(doc, "EXE-08") is bad


@pytest.mark.parametrize("thing,bad", [
    ("与展示样品款式相同的餐椅", True),
    ("和原合同同品牌、同规格的冷柜", True),
    ("型号为HY-200的餐椅二十把", False),
])
def test_a_thing_identified_only_by_its_likeness_to_another(thing, bad):
    doc = judgment(items=[f"{D}{DUE}向{P}补发{thing}。"])
    assert found(doc, "EXE-01", 1) is bad


@pytest.mark.parametrize("where,bad", [("其父亲留下的祖屋", True), ("位于宁波市海曙区中山西路8号的祖屋", False)])
def test_a_house_named_as_people_speak_of_it(where, bad):
    doc = judgment(items=[f"{D}{DUE}腾退{where}并交还{P}。"])
    assert found(doc, "EXE-02", 1) is bad


@pytest.mark.parametrize("item,bad", [
    ("一、被告金海林今后若再侵犯原告的商标专用权，将依法承担相应的法律责任。", True),
    (f"一、{D}{DUE}归还{P}借款20000元；若逾期不还，后果自负。", False),  # no infringement: a default, not an injunction
])
def test_an_infringer_warned_instead_of_ordered(item, bad):
    assert found(judgment(items=[item]), "EXE-05", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{P}的餐饮服务费，{D}应{DUE}支付，具体金额由执行部门据实结算。", True),
    (f"{D}{DUE}退还{P}购房款。", True),
    (f"{D}{DUE}退还{P}购房款20000元。", False),
])
def test_a_sum_left_open_or_named_after_a_thing(item, bad):
    doc = judgment(items=[item])
    assert (found(doc, "UNC-01", 1) or found(doc, "UNC-03", 1)) is bad


@pytest.mark.parametrize("owed,bad", [("18000元", True), ("20000元", False)])
def test_a_debt_confirmed_again_with_another_figure(owed, bad):
    doc = judgment(items=[f"一、{D}{DUE}归还{P}借款20000元。经核对，被告金海林拖欠的借款为{owed}。"])
    assert found(doc, "CON-05", 1) is bad


@pytest.mark.parametrize("end,reasons,bad", [
    ("至2024年3月31日止", "原告主张逾期利息计算至实际清偿之日止。", True),
    ("至实际清偿之日止", "原告主张逾期利息计算至实际清偿之日止。", False),
    ("至2024年3月31日止", "原告主张逾期利息计算至实际清偿之日止，但双方已约定最迟于2024年3月31日结清。", False),
])
def test_an_interest_end_date_the_reasons_never_give(end, reasons, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元，并以20000元为基数按年利率14.6％支付自2023年2月24日起{end}的逾期利息。"],
                   reasoning=reasons)
    assert found(doc, "CON-03", 1) is bad


@pytest.mark.parametrize("rate,bad", [("一年期贷款市场报价利率的二倍", True), ("一年期贷款市场报价利率", False)])
def test_an_lpr_multiple_above_the_one_claimed(rate, bad):
    claims = "判令被告归还借款20000元，并按一年期贷款市场报价利率支付自2023年2月24日起至实际清偿之日止的利息。"
    doc = judgment(claims=claims, items=[
        f"{D}{DUE}归还{P}借款20000元，并以20000元为基数，按{rate}支付自2023年2月24日起至实际清偿之日止的利息。"])
    assert found(doc, "CON-04", 1) is bad


@pytest.mark.parametrize("claims,bad", [
    ("判令被告归还借款20000元。", True),
    ("判令被告归还借款20000元，并支付违约金2000元。", False),
])
def test_a_penalty_the_claims_never_ask_for(claims, bad):
    doc = judgment(claims=claims, items=[f"{D}{DUE}归还{P}借款20000元；若被告金海林未按期还款，则另行支付违约金2000元。"])
    assert found(doc, "CON-04", 1) is bad
    assert not found(doc, "UNC-20", 1)  # the penalty falls due with the default


@pytest.mark.parametrize("rest,bad", [("11000元", True), ("12000元", False)])
def test_a_plan_dated_in_chinese_numerals(rest, bad):
    doc = judgment(items=[f"{D}归还{P}借款20000元，于二〇二四年三月三十一日前归还8000元，余下{rest}于二〇二四年六月三十日前还清。"])
    assert found(doc, "CAL-03", 1) is bad


@pytest.mark.parametrize("charged,bad", [("300元", True), ("150元", False)])
def test_halving_worded_around_the_procedure(charged, bad):
    doc = judgment(costs=f"本案案件受理费300元，减半后依简易程序收取{charged}，由被告金海林负担。")
    assert found(doc, "CAL-02") is bad


@pytest.mark.parametrize("plaintiff,bad", [("50元", True), ("100元", False)])
def test_fee_shares_joined_by_a_list_comma(plaintiff, bad):
    doc = judgment(costs=f"本案案件受理费300元，由被告金海林负担200元、原告宁波恒艺餐饮有限公司负担{plaintiff}。")
    assert found(doc, "CAL-04") is bad


@pytest.mark.parametrize("edition,bad", [("（2013年修正）", True), ("（2019年修正）", False)])
def test_a_superseded_edition_of_a_substantive_law(edition, bad):
    doc = variant(LOAN, "依照《中华人民共和国民法典》", f"依照《中华人民共和国商标法》{edition}第五十七条、《中华人民共和国民法典》")
    assert found(doc, "CIT-04") is bad
