"""Rules from reading the development third of the CAIL loan judgments (corpora/cail_survey.py, loan-dev): caps are no
totals, a total in brackets sums what the brackets hold, interest summed up to a day runs on from it, a guarantor's
item takes the amount and period of the debt it answers for, a right over collateral orders no act, a date and a
named event may be one day, and sentences about what a party did are no party lines. Each is tested on wordings
written for these tests in a real judgment, with the defective variant beside the correct one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_checks_general import D, P, found, judgment
from zhixing.pipeline import process_bytes

DUE = "于本判决生效之日起十日内"
GUARANTOR = "被告金海森"


@pytest.mark.parametrize("cap", ["与其他债权合计不超过30000元", "优先受偿的总额以30000元为限", "总额分别以30000元、20000元为限"])
def test_a_cap_is_no_total(cap):
    doc = judgment(items=[f"一、{D}{DUE}归还{P}借款20000元、利息1000元；",
                          f"二、{P}有权以{D}抵押的车辆折价或拍卖、变卖所得价款优先受偿，但{cap}。"])
    assert not found(doc, "CON-02")


@pytest.mark.parametrize("total,bad", [("合计1500元", False), ("合计1600元", False)])
def test_a_total_in_brackets_sums_what_the_brackets_hold(total, bad):
    # the bracket names two heads without figures: nothing to add up, whatever the figure
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元、利息1000元以及逾期利息、复利（截至2023年6月30日，逾期利息和复利{total}）。"])
    assert found(doc, "CON-02", 1) is bad


def test_parts_after_a_total_belong_to_its_own_clause():
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元及利息（期内利息共计800元；截至2023年6月30日，逾期利息计300元、复利计20元）。"])
    assert not found(doc, "CON-02", 1)
    doc = judgment(items=[f"{D}{DUE}支付{P}损失共计3000元，其中医疗费1000元、误工费1500元。"])
    assert found(doc, "CON-02", 1)


@pytest.mark.parametrize("bracket,bad", [
    ("（计算至2023年6月30日为1200元，之后以20000元为基数按年利率3.65%计算至实际清偿之日止）", False),
    ("（以20000元为基数按年利率3.65%计算至实际清偿之日止）", True),
])
def test_interest_summed_up_to_a_day_runs_on_from_it(bracket, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元及利息{bracket}。"])
    assert found(doc, "UNC-02", 1) is bad


@pytest.mark.parametrize("second", [f"二、{GUARANTOR}对上述第一项债务承担连带清偿责任。",
                                    f"二、{GUARANTOR}对本判决第一项所列款项在30000元范围内承担连带清偿责任。"])
def test_a_guarantor_answers_for_the_debt_of_another_item(second):
    doc = judgment(items=[f"一、{D}{DUE}归还{P}借款20000元；", second])
    assert not found(doc, "UNC-20", 2) and not found(doc, "UNC-01", 2)


def test_a_guarantor_of_a_debt_without_period_leaves_it_open():
    doc = judgment(items=[f"一、{D}归还{P}借款20000元；", f"二、{GUARANTOR}对上述第一项债务承担连带清偿责任。"])
    assert found(doc, "UNC-20", 1)


def test_a_right_over_collateral_orders_no_act():
    doc = judgment(items=[f"一、{D}{DUE}归还{P}借款20000元；",
                          f"二、如{D}未按期履行上述第一项义务，{P}有权以{D}抵押的车辆折价或拍卖、变卖所得价款优先受偿。"])
    assert not found(doc, "UNC-20", 2)


def test_a_sentence_about_what_the_plaintiff_did_is_no_party_line():
    text = ("民事判决书\n原告举证如下：经审理查明，被告向原告借款10000元。\n本院认为，被告应当还款。\n判决如下：\n"
            "被告于本判决生效之日起十日内归还原告借款10000元。")
    doc = process_bytes(text.encode("utf-8"), "x.txt")
    assert not any("举证" in p.name for p in doc.parties)


@pytest.mark.parametrize("end,bad", [("2023年6月30日", False), ("实际清偿之日", True)])
def test_a_date_and_a_named_event_may_be_one_day(end, bad):
    doc = judgment(items=[f"{D}{DUE}归还{P}借款20000元，并支付以20000元为基数，按年利率3.65%自2023年1月1日起计算至{end}止的利息。"],
                   reasoning="本院认为，利息应计算至原告受让该债权之日。")
    assert found(doc, "CON-03", 1) is bad


def test_a_guarantor_in_the_same_item_does_not_hide_the_debtor_missing_amount():
    doc = judgment(items=[f"{D}{DUE}归还{P}借款，{GUARANTOR}对上述借款承担连带清偿责任。"])
    assert found(doc, "UNC-01", 1)


def test_a_share_paid_in_a_later_sentence_with_its_period():
    doc = judgment(items=[f"{D}获得的补偿款共计30000元，{P}分得12000元，其余归{D}所有。{D}{DUE}支付给{P}12000元。"])
    assert not found(doc, "UNC-20", 1)
    doc = judgment(items=[f"{D}获得的补偿款共计30000元，{P}分得12000元，其余归{D}所有。{D}支付给{P}12000元。"])
    assert found(doc, "UNC-20", 1)


CAIL = Path("/work/shared/corpora/fragments/cail2019-elements.jsonl")


@pytest.mark.skipif(not CAIL.exists(), reason="shared CAIL corpus not available")
@pytest.mark.parametrize("record_id,not_a_name", [("cail2019fe-loan-0107", "举证"), ("cail2019fe-labor-0121", "诉至")])
def test_real_records_that_open_with_what_a_party_did_give_no_such_party(record_id, not_a_name):
    record = next(r for r in map(json.loads, CAIL.open(encoding="utf-8")) if r["id"] == record_id)
    doc = process_bytes(("民事判决书\n" + record["text"]).encode("utf-8"), record_id + ".txt")
    assert doc.operative_items
    assert not any(not_a_name in p.name for p in doc.parties)
