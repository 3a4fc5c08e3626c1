"""The contradiction, calculation and citation checks over wordings the defect rounds did not use: amounts with 人民币,
in 大写 or in 万; glosses before or after the figure, bracketed or not; totals before their parts; end points named as
events; articles in Arabic digits or without 书名号; appeal periods from the wrong anchor; repealed interpretations.
Each rule has defective and correct variants, written into the real judgment sc1-001 (宁波恒艺餐饮有限公司 v 金海林,
claim 20000元, fee 300元, dated 2023-11-20: 迟延履行 article 260) from the wording real judgments use."""

from __future__ import annotations

import pytest

from tests.conftest import CORPORA
from tests.test_checks import with_item
from tests.test_checks_general import D, P, found, judgment
from zhixing.pipeline import process_bytes

DELAY = "如果未按本判决指定的期限履行给付金钱的义务，应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍支付迟延履行期间的债务利息。"
APPEAL = "如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于浙江省宁波市中级人民法院。"
COSTS = "本案案件受理费300元，由被告金海林负担。"


def pay(amount: str) -> list[str]:
    return [f"{D}于本判决生效之日起十日内归还{P}{amount}。"]


# --- CON-01: a figure and its restatement in another script are one sum ----------------------------------------------

@pytest.mark.parametrize("amount,bad", [
    ("借款人民币贰万伍仟元（20000元）", True),          # 大写 first, the figure in an unlabelled bracket
    ("借款人民币贰万元（20000元）", False),
    ("借款20000元（即人民币贰万伍仟元）", True),
    ("借款2万元（即人民币贰万元整）", False),
    ("借款贰万伍仟元整（小写：20000元）", True),
    ("借款20000元，即人民币贰万伍仟元整", True),
    ("借款20000元，即人民币贰万元整", False),
    ("借款2万元（大写：贰万伍仟元整）", True),
    ("借款20,000.00元(RMB贰万伍仟元)", True),
    ("借款20000元。该款大写为人民币贰万伍仟元整", True),
    ("借款20000元及违约金3000元（20000元×15%）", False),  # a computation in brackets, no gloss
])
def test_figure_and_restatement(amount, bad):
    assert found(judgment(items=pay(amount)), "CON-01", 1) is bad


def test_gloss_in_the_costs_sentence():
    doc = judgment(costs="本案案件受理费300元（大写：叁佰伍拾元），由被告金海林负担。")
    assert found(doc, "CON-01")
    assert not found(judgment(costs="本案案件受理费300元（大写：叁佰元），由被告金海林负担。"), "CON-01")


# --- CON-02: a total equals its parts, wherever it stands ------------------------------------------------------------

@pytest.mark.parametrize("award,bad", [
    ("损失共计人民币叁仟伍佰元（其中医疗费1000元、误工费2000元）", True),
    ("损失共计人民币叁仟元（其中医疗费1000元、误工费2000元）", False),
    ("损失共计3500元，其中医疗费1000元，误工费2000元", True),
    ("损失共计3000元，其中医疗费1000元，误工费2000元", False),
    ("医疗费1000元、误工费2000元。综上，被告累计应赔偿原告3500元", True),
    ("医疗费1000元、误工费2000元。综上，被告累计应赔偿原告3000元", False),
    ("医疗费壹仟元、误工费贰仟元，合计人民币叁仟伍佰元", True),
    ("医疗费0.1万元、误工费2000元，共计3500元", True),
    ("医疗费0.1万元、误工费2000元，共计3000元", False),
    ("以下款项：医疗费1000元；误工费2000元；上述费用总额为3500元", True),
    ("损失共计3500元。其中，医疗费1000元，误工费2000元", True),       # the parts in the next sentence
    ("损失共计3000元。其中，医疗费1000元，误工费2000元", False),
    ("损失合计叁仟伍佰元（医疗费1000元+误工费2000元）", True),
])
def test_total_wherever_it_stands(award, bad):
    doc = judgment(items=[f"{D}于本判决生效之日起十日内赔偿{P}{award}。"])
    assert found(doc, "CON-02", 1) is bad


@pytest.mark.parametrize("third,bad", [
    ("三、上述第一、二项款项总额为人民币叁万伍仟元整，于本判决生效之日起十日内一并付清。", True),
    ("三、上述第一、二项款项总额为人民币叁万元整，于本判决生效之日起十日内一并付清。", False),
    ("三、以上第一至二项合计35000元。", True),
])
def test_total_across_items(third, bad):
    """A total over earlier items is a total like any other (CON-02); CON-06 only reports one CON-02 missed, so the
    judge reads one flag per wrong total."""
    items = [f"一、{D}于本判决生效之日起十日内归还{P}借款20000元；", f"二、{D}于本判决生效之日起十日内支付{P}违约金10000元；", third]
    doc = judgment(items=items)
    assert found(doc, "CON-02", 3) is bad
    assert not found(doc, "CON-06", 3)


@pytest.mark.parametrize("closing,bad", [
    # a closing sentence that sums what the items before ordered, however it is introduced
    ("三、综上，被告金海林累计应向原告宁波恒艺餐饮有限公司支付30,500元。", True),
    ("三、综上，被告金海林累计应向原告宁波恒艺餐饮有限公司支付30,000元。", False),
    ("三、以上两项合计人民币叁万伍仟元，于本判决生效之日起十日内一并付清。", True),
    ("三、以上各项款项共计30000元，被告金海林应于本判决生效之日起十日内付清。", False),
])
def test_closing_total_of_earlier_items(closing, bad):
    items = [f"一、{D}于本判决生效之日起十日内归还{P}借款20000元；", f"二、{D}于本判决生效之日起十日内支付{P}违约金10000元；", closing]
    assert found(judgment(items=items), "CON-02", 3) is bad


def test_closing_total_inside_the_last_item():
    items = [f"一、{D}于本判决生效之日起十日内归还{P}借款20000元；",
             f"二、{D}于本判决生效之日起十日内支付{P}违约金10000元。综上，{D}累计应向{P}支付31,000元。"]
    assert found(judgment(items=items), "CON-02", 2)
    items[1] = f"二、{D}于本判决生效之日起十日内支付{P}违约金10000元。综上，{D}累计应向{P}支付30,000元。"
    assert not found(judgment(items=items), "CON-02", 2)


# --- CON-03: the 主文's interest end point is the one the court gives in its reasons ---------------------------------

def interest_to(end: str) -> list[str]:
    return [(f"{D}于本判决生效之日起十日内归还{P}借款20000元，并支付以20000元为基数，按年利率14.6％自2023年2月24日起计算至"
             f"{end}止的逾期利息。")]


@pytest.mark.parametrize("reasoning,end,bad", [
    ("本院认为，逾期利息应计算至原告首次催款之日。", "本案立案之日", True),   # two events
    ("本院认为，逾期利息应计算至本案立案之日。", "本院立案之日", False),
    ("本院经审查认为，利息应计算至原告起诉之日。", "实际清偿之日", True),
    ("本院经审查认为，利息应计算至原告提起诉讼之日。", "原告起诉之日", False),
    ("故被告应支付的利息计至2023年10月31日。", "2023年12月31日", True),
    ("故被告应支付的利息计至2023年10月31日。", "2023年10月31日", False),
    ("利息暂计算至2023年6月30日为1000元，此后的利息继续计算至实际清偿之日。", "实际清偿之日", False),
    ("对原告主张的利息，本院支持至本判决生效之日止。", "借款还清之日", True),
    ("对原告主张的利息，本院支持至借款还清之日止。", "实际清偿之日", False),
    ("本院认为，利息应以原告起诉之日为止。", "实际清偿之日", True),
    ("本院认为，利息应以原告起诉之日为止。", "原告起诉之日", False),
])
def test_end_point_by_kind(reasoning, end, bad):
    doc = judgment(items=interest_to(end), reasoning=reasoning)
    assert found(doc, "CON-03", 1) is bad


# --- CON-04: no award beyond the claims, however the sum is written --------------------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"{D}于本判决生效之日起十日内归还{P}借款人民币贰万伍仟元。", True),
    (f"{D}于本判决生效之日起十日内归还{P}借款人民币贰万元整。", False),
    (f"{D}于本判决生效之日起十日内归还{P}借款2.5万元。", True),
    (f"{D}于本判决生效之日起十日内归还{P}借款2万元。", False),
    (f"{D}于本判决生效之日起十日内归还{P}借款。该款数额为25000元。", True),
    (f"{D}于本判决生效之日起十日内归还{P}借款。该款数额为20000元。", False),
    (f"{P}的借款25000元，由{D}于本判决生效之日起十日内归还。", True),
])
def test_award_beyond_claims(item, bad):
    assert found(judgment(items=[item]), "CON-04", 1) is bad


@pytest.mark.parametrize("claims,bad", [
    ("请求判令被告归还借款人民币壹万伍仟元。", True),
    ("请求判令被告归还借款1.5万元。", True),
    ("请求判令被告归还借款人民币贰万元。", False),
])
def test_claims_in_any_script(claims, bad):
    doc = judgment(items=pay("借款20000元"), claims=claims)
    assert found(doc, "CON-04", 1) is bad


@pytest.mark.parametrize("second,bad", [
    (f"二、{D}于本判决生效之日起十日内支付{P}违约金5000元。", True),   # a head of its own the claims never asked for
    (f"二、{D}于本判决生效之日起十日内支付{P}违约金人民币伍仟元。", True),
    ("二、被告金某某在5000元范围内对上述借款承担连带清偿责任。", False),
])
def test_awards_together_beyond_claims(second, bad):
    doc = judgment(items=[f"一、{D}于本判决生效之日起十日内归还{P}借款20000元；", second], claims="请求判令被告归还借款本金20000元。")
    assert found(doc, "CON-04", 2) is bad
    # within the claimed sum, a 违约金 the claims never ask for is still beyond them (a head of its own, since round 11)
    lower = judgment(items=[f"一、{D}于本判决生效之日起十日内归还{P}借款15000元；", second], claims="请求判令被告归还借款本金20000元。")
    assert found(lower, "CON-04", 2) is bad
    assert not found(lower, "CON-04", 1)


# --- CON-05: one debt, one amount ------------------------------------------------------------------------------------

@pytest.mark.parametrize("items,item,bad", [
    ([f"一、确认{P}对{D}享有的借款债权为25000元；", f"二、{D}于本判决生效之日起十日内归还{P}借款20000元。"], 2, True),
    ([f"一、确认{P}对{D}享有的借款债权为20000元；", f"二、{D}于本判决生效之日起十日内归还{P}借款20000元。"], 2, False),
    ([f"一、确认{D}尚欠{P}借款25000元；", f"二、{D}于本判决生效之日起十日内归还{P}借款20000元。"], 2, True),
    ([f"{D}于本判决生效之日起十日内归还{P}借款25000元，扣除已付的3000元后仍欠20000元。"], 1, True),
    ([f"{D}于本判决生效之日起十日内归还{P}借款23000元，扣除已付的3000元后仍欠20000元。"], 1, False),
    ([f"{D}于本判决生效之日起十日内归还{P}借款20000元。本判项所称借款为25000元。"], 1, True),
    ([f"一、{D}于本判决生效之日起十日内归还{P}借款20000元；", f"二、{D}于本判决生效之日起十日内支付{P}上述借款人民币贰万伍仟元的利息。"],
     2, True),
    ([f"一、{D}于本判决生效之日起十日内归还{P}借款20000元；", f"二、{D}于本判决生效之日起十日内支付{P}上述借款人民币贰万元的利息。"],
     2, False),
])
def test_one_debt_one_amount(items, item, bad):
    assert found(judgment(items=items), "CON-05", item) is bad


# --- CAL-01 / CAL-02: the fee from the schedule, halved once ----------------------------------------------------------

@pytest.mark.parametrize("costs,bad", [
    ("本案案件受理费人民币伍佰元，由被告金海林负担。", True),       # 2.5 % of the whole claim
    ("本案案件受理费人民币叁佰元，由被告金海林负担。", False),
    ("本案案件受理费250元，由被告金海林负担。", True),               # the first 50元 left out
    ("案件受理费300元，按百分之五十收取150元，由被告金海林负担。", False),
    ("本案受理费人民币叁佰元，适用简易程序减半收取计人民币壹佰伍拾元，由被告金海林负担。", False),
    ("本案案件受理费300元。该费用由被告金海林负担。", False),
])
def test_fee_from_the_schedule(costs, bad):
    assert found(judgment(costs=costs), "CAL-01") is bad


@pytest.mark.parametrize("costs,bad", [
    ("案件受理费300元，按百分之五十收取200元，由被告金海林负担。", True),
    ("案件受理费300元，按50%收取计150元，由被告金海林负担。", False),
    ("本案受理费人民币叁佰元，减半收取计人民币壹佰柒拾伍元，由被告金海林负担。", True),
    ("本案受理费人民币叁佰元，减半收取计人民币壹佰伍拾元，由被告金海林负担。", False),
    ("本案案件受理费300元，减半收取即75元，由被告金海林负担。", True),
])
def test_halving(costs, bad):
    assert found(judgment(costs=costs), "CAL-02") is bad


@pytest.mark.parametrize("costs,bad", [
    ("本案案件受理费300元，由原告宁波恒艺餐饮有限公司负担人民币壹佰元，被告金海林负担人民币壹佰伍拾元。", True),
    ("本案案件受理费300元，由原告宁波恒艺餐饮有限公司负担人民币壹佰元，被告金海林负担人民币贰佰元。", False),
    ("本案案件受理费叁佰元。由原告宁波恒艺餐饮有限公司负担100元，由被告金海林负担250元。", True),
    ("本案案件受理费300元，原告宁波恒艺餐饮有限公司负担三分之一即100元，被告金海林负担三分之二即150元。", True),
])
def test_fee_shares_in_any_script(costs, bad):
    assert found(judgment(costs=costs), "CAL-04") is bad


# --- CAL-03: a plan of dated payments adds up to the sum --------------------------------------------------------------

@pytest.mark.parametrize("plan,bad", [
    ("按下列期限履行：（一）不迟于2024年1月31日支付8000元；（二）不迟于2024年3月31日支付8000元；（三）不迟于2024年5月31日支付2000元", True),
    ("按下列期限履行：（一）不迟于2024年1月31日支付8000元；（二）不迟于2024年3月31日支付8000元；（三）不迟于2024年5月31日支付4000元", False),
    ("于2024年1月31日前支付人民币壹万元，于2024年3月31日前支付人民币伍仟元", True),
    ("于2024年1月31日前支付1万元，于2024年3月31日前支付1万元", False),
])
def test_dated_payments_add_up(plan, bad):
    doc = judgment(items=[f"{D}归还{P}借款20000元，{plan}。"])
    assert found(doc, "CAL-03", 1) is bad


@pytest.mark.parametrize("plan,bad", [
    # the remainder paid on its own date is the last instalment, in a second sentence or not, with or without 于
    ("。该款于2023年12月31日前支付12000元，剩余部分7500元于2024年2月29日前付清", True),
    ("。该款于2023年12月31日前支付12000元，剩余部分8000元于2024年2月29日前付清", False),
    ("，2023年12月31日前支付12000元，余款7500元在2024年2月29日以前付清", True),
    ("，首期于2023年12月31日前支付12000元，余下8500元于2024年2月29日前付清", True),
])
def test_remainder_on_its_own_date(plan, bad):
    doc = judgment(items=[f"{D}归还{P}借款共计20000元{plan}。"])
    assert found(doc, "CAL-03", 1) is bad


@pytest.mark.parametrize("costs,bad", [
    # 分担 as well as 负担; a joint bearing split by 其中 is not itself a share
    ("本案案件受理费300元，由原告宁波恒艺餐饮有限公司与被告金海林分担，其中原告分担100元，被告分担150元。", True),
    ("本案案件受理费300元，由原告宁波恒艺餐饮有限公司与被告金海林分担，其中原告分担100元，被告分担200元。", False),
    ("本案案件受理费300元，由原、被告负担，其中原告负担100元，被告负担150元。", True),
    ("本案案件受理费300元，原告分担人民币壹佰元，被告分担人民币贰佰元。", False),
])
def test_shares_however_borne(costs, bad):
    assert found(judgment(costs=costs), "CAL-04") is bad


@pytest.mark.parametrize("reasoning,end,bad", [
    # the court fixes the end point itself (截止日应确定为…), after adopting a party's claim in other words
    ("被告应付利息的截止日应确定为原告首次催款之日。", "实际清偿之日", True),
    ("被告应付利息的截止日应确定为原告首次催款之日。", "原告首次催款之日", False),
    ("对原告要求利息计算至实际清偿之日的主张，本院予以支持。利息的截止日期应认定为本案立案之日。", "实际清偿之日", True),
    ("利息的截止时间为2023年10月31日。", "2023年12月31日", True),
])
def test_end_point_fixed_by_the_court(reasoning, end, bad):
    assert found(judgment(items=interest_to(end), reasoning=reasoning), "CON-03", 1) is bad


@pytest.mark.parametrize("item,bad", [
    # a remainder after deductions, in the next sentence and with the parties named in between
    (f"{D}于本判决生效之日起十日内归还{P}借款25000元。扣除已付的3000元后，{D}仍欠{P}借款21,500元。", True),
    (f"{D}于本判决生效之日起十日内归还{P}借款25000元。扣除已付的3000元后，{D}仍欠{P}借款22,000元。", False),
    (f"{D}于本判决生效之日起十日内归还{P}借款25000元。减去{D}已归还的5000元，{D}尚欠{P}借款21000元。", True),
    # the same debt stated as still owed, in its own sentence, with another figure
    (f"{D}于本判决生效之日起十日内归还{P}借款25000元。{D}尚欠{P}借款20000元。", True),
])
def test_remainder_and_debt_owed_in_another_sentence(item, bad):
    assert found(judgment(items=[item]), "CON-05", 1) is bad


# --- CIT-01 / CIT-02: the 迟延履行 sentence and its article ------------------------------------------------------------

@pytest.mark.parametrize("sentence,bad", [
    (DELAY.replace("第二百六十条", "第253条"), True),
    (DELAY.replace("第二百六十条", "第260条"), False),
    (DELAY.replace("《中华人民共和国民事诉讼法》第二百六十条", "民事诉讼法第二百五十三条"), True),
    (DELAY.replace("《中华人民共和国民事诉讼法》第二百六十条", "《民事诉讼法》第二百六十条"), False),
    (DELAY.replace("《中华人民共和国民事诉讼法》第二百六十条", "《中华人民共和国民事诉讼法》（2017年修正）第二百五十三条"), True),
    (DELAY.replace("第二百六十条", "二百六十四条"), True),
    (DELAY.replace("《中华人民共和国民事诉讼法》第二百六十条", "民诉法第253条"), True),
])
def test_delay_article_by_meaning(sentence, bad):
    assert found(with_item("rebuilt/sc1-001.txt", DELAY, sentence), "CIT-01") is bad


def test_delay_sentence_glued_to_the_last_item():
    doc = with_item("rebuilt/sc1-001.txt", "于本判决生效之日起十日内付清。\n" + DELAY,
                    "于本判决生效之日起十日内付清。" + DELAY.replace("第二百六十条", "第二百五十三条"))
    assert found(doc, "CIT-01")


@pytest.mark.parametrize("sentence,bad", [
    ("本判决生效后，当事人应自觉履行。", True),
    ("如未按本判决指定的期间履行给付金钱义务，应当依法支付迟延履行金。", True),
    ("如未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，支付迟延履行期间的债务利息。", True),
    ("被告如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条的规定，加倍支付迟延履行期间的债务利息。",
     False),
    ("义务人逾期不履行给付金钱义务的，应当依照民事诉讼法第二百六十条规定加倍支付迟延履行期间的债务利息。", False),
])
def test_delay_sentence_by_meaning(sentence, bad):
    assert found(with_item("rebuilt/sc1-001.txt", DELAY, sentence), "CIT-02") is bad


# --- CIT-03: 上诉期 by value and anchor ------------------------------------------------------------------------------

@pytest.mark.parametrize("appeal,bad", [
    (APPEAL.replace("判决书送达之日起十五日内", "本判决生效之日起十五日内"), True),
    (APPEAL.replace("十五日内", "七日内"), True),
    (APPEAL.replace("判决书送达之日起十五日内", "收到判决书之日起15日内"), False),
    (APPEAL.replace("十五日内", "一个月内"), True),
    (APPEAL.replace("可在判决书送达之日起十五日内", "可在本判决作出之日起十五日内"), True),
    ("当事人不服本判决的，可以自判决书送达之日起十五日内向本院递交上诉状，上诉于浙江省宁波市中级人民法院。", False),
    ("当事人不服本判决的，可以自判决书送达之日起十日内向本院递交上诉状，上诉于浙江省宁波市中级人民法院。", True),
    ("如不服本判决，可在判决书送达之日起十五个工作日内，向本院递交上诉状，上诉于浙江省宁波市中级人民法院。", True),
])
def test_appeal_period_by_value_and_anchor(appeal, bad):
    assert found(with_item("rebuilt/sc1-001.txt", APPEAL, appeal), "CIT-03") is bad


def test_no_appeal_from_a_small_claims_judgment():
    text = (CORPORA / "rebuilt" / "sc1-001.txt").read_text(encoding="utf-8")
    small = text.replace("第一百四十七条；", "第一百四十七条、第一百六十五条；")
    assert found(process_bytes(small.encode("utf-8"), "small.txt"), "CIT-03")
    final = small.replace(APPEAL, "本判决为终审判决。")
    assert not found(process_bytes(final.encode("utf-8"), "final.txt"), "CIT-03")
    assert not found(process_bytes(text.encode("utf-8"), "plain.txt"), "CIT-03")


# --- CIT-04: repealed laws and interpretations, however cited -------------------------------------------------------

@pytest.mark.parametrize("cited,bad", [
    ("中华人民共和国合同法第一百零七条", True),
    ("《合同法》第107条", True),
    ("《最高人民法院关于人民法院审理离婚案件处理子女抚养问题的若干具体意见》第七条", True),
    ("《最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释》（法释〔2003〕20号）第十七条", True),
    ("《最高人民法院关于适用〈中华人民共和国担保法〉若干问题的解释》第四十二条", True),
    ("《中华人民共和国劳动合同法》第三十条", False),
    ("《最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释》第十七条", False),
])
def test_repealed_law_however_cited(cited, bad):
    doc = with_item("rebuilt/sc1-001.txt", "依照《中华人民共和国民法典》第五百零九条第一款", f"依照{cited}、《中华人民共和国民法典》第五百零九条第一款")
    assert found(doc, "CIT-04") is bad


def test_repealed_law_applied_in_the_reasons():
    doc = judgment(reasoning="根据《中华人民共和国合同法》第二百零六条的规定，借款人应当按照约定的期限返还借款。")
    assert found(doc, "CIT-04")
    told = judgment(reasoning="原《中华人民共和国合同法》第二百零六条亦有相同规定，本案适用民法典。")
    assert not found(told, "CIT-04")
