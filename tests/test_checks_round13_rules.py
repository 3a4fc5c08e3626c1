"""Rules added after round 13 became development data (a plan counted in weeks, a fee written after its bearer, the
half of a fee given as what the bearer pays or after 减半即, shares listed after 分别, an appeal period counted to the
court's receipt, an edition named before the title, interpretations cited by the number of their first text, a fee
nobody asked for, an award to a defendant who never counterclaimed, the checked sum that closes the facts, a contract's
rest to be completed, an infringing state ended, an open list of acts, a thing classed as a party's, a rate range or
floor, main and secondary shares, a name in traditional characters or with a character typed twice), each tested on
wordings written for these tests (not round 13's) in a real judgment, with a correct variant beside each defective
one."""

from __future__ import annotations

import pytest

from tests.test_checks_general import CORPORA, D, LOAN, P, found, judgment
from tests.test_checks_round11_rules import DUE, two_defendants
from zhixing.pipeline import process_bytes


def edited(*replacements: tuple[str, str]):
    """The loan judgment with each (old, new) replaced once."""
    text = (CORPORA / LOAN).read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new, 1)
    return process_bytes(text.encode("utf-8"), LOAN)


@pytest.mark.parametrize("weeks,bad", [("五个星期", True), ("四个星期", False)])
def test_a_plan_counted_in_weeks(weeks, bad):
    doc = judgment(items=[f"{D}归还{P}借款20000元，自本判决生效后的次周起，每星期一前支付人民币伍仟元整，分{weeks}付清。"])
    assert found(doc, "CAL-03", 1) is bad


@pytest.mark.parametrize("fee,bad", [("150元", True), ("300元", False)])
def test_a_fee_written_after_its_bearer(fee, bad):
    assert found(judgment(costs=f"本案案件受理费由被告金海林负担，共计{fee}。"), "CAL-01") is bad


@pytest.mark.parametrize("costs,bad", [
    ("本案案件受理费300元，减半收取后应由被告金海林负担105元。", True),
    ("本案案件受理费300元，减半收取后应由被告金海林负担150元。", False),
    ("本案案件受理费300元，减半即120元，由被告金海林负担。", True),
    ("本案案件受理费300元，减半即150元，由被告金海林负担。", False),
])
def test_the_half_of_a_fee_as_what_the_bearer_pays_or_after_jian_ban_ji(costs, bad):
    assert found(judgment(costs=costs), "CAL-02") is bad


@pytest.mark.parametrize("shares,bad", [("100元、250元", True), ("100元、200元", False)])
def test_fee_shares_listed_after_fenbie(shares, bad):
    doc = judgment(costs=f"本案案件受理费300元，由原告宁波恒艺餐饮有限公司、被告金海林分别负担{shares}。")
    assert found(doc, "CAL-04") is bad


@pytest.mark.parametrize("aside,bad", [("（以法院实际收到上诉状的日期为准）", True), ("", False)])
def test_an_appeal_period_counted_to_the_courts_receipt(aside, bad):
    doc = judgment(appeal=f"如不服本判决，可在判决书送达之日起十五日内{aside}，向本院递交上诉状，上诉于浙江省宁波市中级人民法院。")
    assert found(doc, "CIT-03") is bad


@pytest.mark.parametrize("edition,bad", [("2009年修改后的", True), ("", False)])
def test_an_edition_named_before_the_title(edition, bad):
    doc = edited(("依照《中华人民共和国民法典》", f"依照{edition}《中华人民共和国消费者权益保护法》第二十四条、《中华人民共和国民法典》"))
    assert found(doc, "CIT-04") is bad


@pytest.mark.parametrize("number,bad", [("法释〔2002〕32号", True), ("法释〔2020〕19号", False)])
def test_an_interpretation_cited_by_the_number_of_its_first_text(number, bad):
    doc = edited(("依照《中华人民共和国民法典》",
                  f"依照《最高人民法院关于审理商标民事纠纷案件适用法律若干问题的解释》（{number}）第十七条、《中华人民共和国民法典》"))
    assert found(doc, "CIT-04") is bad


@pytest.mark.parametrize("claims,bad", [
    ("判令被告支付原告20800元。", True),
    ("判令被告支付原告借款20000元及保管费800元。", False),
])
def test_a_fee_nobody_asked_for(claims, bad):
    doc = judgment(claims=claims, items=[f"{D}{DUE}归还{P}借款20000元，并支付{P}保管费800元。"])
    assert found(doc, "CON-04", 1) is bad


@pytest.mark.parametrize("first,bad", [
    (f"{D}{DUE}归还{P}借款20000元。", True),
    # a price paid for what the defendant transfers: the plaintiff's payment is the counter-performance
    (f"{D}{DUE}协助{P}办理宁波市海曙区丽园北路1号房屋的过户登记手续。", False),
])
def test_an_award_to_a_defendant_who_never_counterclaimed(first, bad):
    doc = judgment(items=[first, f"{P}{DUE}向被告金海林支付劳务费3000元。"])
    assert found(doc, "CON-04", 2) is bad


@pytest.mark.parametrize("checked,later,bad", [
    ("25000元", "", True),
    ("20000元", "", False),
    # a payment the reasons tell after the check: the sum owed changed since
    ("25000元", "庭审中被告又归还原告5000元。", False),
])
def test_the_checked_sum_that_closes_the_facts(checked, later, bad):
    doc = edited(("被告未归还借款。", f"被告未归还借款。经双方对账，被告尚欠原告借款{checked}。"),
                 ("本院认为，", f"本院认为，{later}"))
    assert found(doc, "CON-05", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}{DUE}归还{P}借款20000元，同时依约完成借款协议其余部分的履行。", True),
    (f"继续履行借款协议，{D}{DUE}归还{P}借款20000元。", False),
])
def test_the_rest_of_a_contract_to_be_completed(item, bad):
    assert found(judgment(items=[item]), "EXE-03", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"{D}立即消除其侵权状态。", True),
    (f"{D}立即停止包括但不限于生产、销售在内的侵害原告第1234567号注册商标专用权的行为。", True),
    (f"{D}立即停止生产、销售侵害原告第1234567号注册商标专用权的商品。", False),
])
def test_an_infringing_state_ended_or_an_open_list_of_acts(item, bad):
    assert found(judgment(items=[item]), "EXE-05", 1) is bad


@pytest.mark.parametrize("item,bad", [
    (f"宁波市海曙区丽园北路1号的商铺认定为{P}的经营场所。", True),
    (f"{D}{DUE}腾退宁波市海曙区丽园北路1号的商铺并交还{P}。", False),
])
def test_a_thing_classed_as_a_partys_where_its_return_was_sought(item, bad):
    doc = judgment(claims="判令被告腾退并返还宁波市海曙区丽园北路1号的商铺。", items=[item])
    assert found(doc, "EXE-08", 1) is bad


@pytest.mark.parametrize("rate,bad", [("按月利率1%至1.5%", True), ("按不低于一年期贷款市场报价利率的1.5倍", True), ("按年利率6%", False)])
def test_a_rate_range_or_floor(rate, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元，并支付该款自2023年2月24日起{rate}计算至实际清偿之日止的利息。"])
    assert found(doc, "UNC-03", 1) is bad


@pytest.mark.parametrize("shares,bad", [("被告金海林承担次要责任，被告李秀琴承担主要责任", True),
                                        ("被告金海林承担8000元，被告李秀琴承担12000元", False)])
def test_main_and_secondary_shares(shares, bad):
    doc = two_defendants(f"被告金海林、被告李秀琴{DUE}赔偿{P}损失共计20000元，其中{shares}。")
    assert found(doc, "UNC-10", 1) is bad


@pytest.mark.parametrize("name,bad", [("寧波恆藝餐飲有限公司", True), ("金海林林", True), ("宁波恒艺餐饮有限公司", False)])
def test_a_name_in_traditional_characters_or_with_a_character_typed_twice(name, bad):
    obligee, obligor = (name, "金海林") if "公司" in name else ("宁波恒艺餐饮有限公司", name)
    doc = judgment(items=[f"被告{obligor}{DUE}归还原告{obligee}借款20000元。"])
    assert found(doc, "UNC-11", 1) is bad
