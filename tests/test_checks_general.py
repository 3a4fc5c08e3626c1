"""The 主文 checks over wordings a judge may write, not only the ones the defect rounds used: for each rule of
legal-rules.md the defective item and a correct one, in several sentence structures (active, passive 由X…, topic
first, 应予…, different verbs), written into real judgments (corpora/rebuilt)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import CORPORA
from zhixing.pipeline import process_bytes

LOAN = "rebuilt/sc1-001.txt"   # 宁波恒艺餐饮有限公司 v 金海林, claim 20000元, fee 300元
CAR = "rebuilt/sc1-029.txt"    # 赵满斌 v 旦智加, 购车协议 rescinded
P, D = "原告宁波恒艺餐饮有限公司", "被告金海林"


def judgment(source=LOAN, items=None, claims=None, reasoning=None, costs=None, appeal=None):
    """A real judgment with its 主文 items, claims, an added 本院认为 sentence, costs or appeal sentence replaced."""
    text = (CORPORA / source).read_text(encoding="utf-8")
    if items is not None:
        start = text.index("判决如下：\n") + len("判决如下：\n")
        end = text.index("如果未按", start)
        text = text[:start] + "\n".join(items) + "\n" + text[end:]
    if claims is not None:
        text = re.sub(r"(?<=向本院提出诉讼请求：)[^\n]*", claims, text, count=1)
    if reasoning is not None:
        at = text.index("\n依照《") + 1
        text = text[:at] + reasoning + "\n" + text[at:]
    if costs is not None:
        text = re.sub(r"(?m)^(?:本案)?案件受理费[^\n]*", costs, text, count=1)
    if appeal is not None:
        text = re.sub(r"(?m)^如不服本判决[^\n]*", appeal, text, count=1)
    return process_bytes(text.encode("utf-8"), source)


def found(doc, code, item=None):
    return any(f.code == code and f.severity in ("error", "warning") and (item is None or f.item_index == item)
               for f in doc.flags)


def flagged(doc, category, item=None):
    return any(f.category == category and f.severity in ("error", "warning") and
               (item is None or f.item_index == item) for f in doc.flags)


# --- CAL-01: 案件受理费 = 诉讼费用交纳办法 第十三条 on the claimed sum (several claims are added, 解释第二百零一条) -------------

@pytest.mark.parametrize("claims,costs,bad", [
    ("1．判令被告归还借款本金20000元；2．判令被告支付违约金5000元；3．诉讼费由被告承担。", "本案案件受理费600元，由被告金海林负担。", True),
    # computed on the principal claim alone: common practice, not flagged
    ("1．判令被告归还借款本金20000元；2．判令被告支付违约金5000元；3．诉讼费由被告承担。", "本案案件受理费300元，由被告金海林负担。", False),
    ("1．判令被告归还借款本金20000元；2．判令被告支付违约金5000元；3．诉讼费由被告承担。", "本案案件受理费425元，由被告金海林负担。", False),
    ("被告归还借款本金20000元及利息3000元，合计23000元。", "本案案件受理费500元，由被告金海林负担。", True),
    ("被告归还借款本金20000元及利息3000元，合计23000元。", "本案案件受理费375元，由被告金海林负担。", False),
    ("被告归还借款本金20000元。", "本案案件受理费减半收取计200元，由被告金海林负担。", True),
    ("被告归还借款本金20000元。", "本案案件受理费减半收取计150元，由被告金海林负担。", False),
    ("被告归还借款本金20000元。", "本案受理费200元，适用简易程序减半收取100元，由被告金海林负担。", True),
    ("被告归还借款本金20000元。", "案件受理费400元由被告金海林负担。", True),
    ("被告归还借款本金20000元，并以20000元为基数按年利率14.6％支付利息。", "本案案件受理费300元，由被告金海林负担。", False),
])
def test_acceptance_fee_from_the_claims(claims, costs, bad):
    assert found(judgment(claims=claims, costs=costs), "CAL-01") is bad


# --- CAL-03: the instalments of a plan add up to the sum ordered -----------------------------------------------------

@pytest.mark.parametrize("plan,bad", [
    ("分四期支付：于2024年1月31日前支付5000元，于2024年2月29日前支付5000元，于2024年3月31日前支付5000元，"
     "于2024年4月30日前支付4000元", True),
    ("分四期支付：于2024年1月31日前支付5000元，于2024年2月29日前支付5000元，于2024年3月31日前支付5000元，"
     "于2024年4月30日前支付5000元", False),
    ("自2024年1月起每月20日前支付3000元，共6期", True),
    ("自2024年1月起每月20日前支付2000元，共10期", False),
    ("由被告金海林分五期偿还，每期偿还3000元，第一期于2024年1月31日前偿还，以后每月月底前偿还一期", True),
    ("由被告金海林分五期偿还，每期偿还4000元，第一期于2024年1月31日前偿还，以后每月月底前偿还一期", False),
    ("首期于2024年1月31日前支付8000元，余款自2024年2月起每月末前支付2000元，分5期付清", True),
    ("首期于2024年1月31日前支付10000元，余款自2024年2月起每月末前支付2000元，分5期付清", False),
    ("第一期：2024年1月31日前支付10000元；第二期：2024年3月31日前支付5000元", True),
    ("第一期：2024年1月31日前支付10000元；第二期：2024年3月31日前支付10000元", False),
    ("按月分期支付，每月支付2500元，共计8个月", False),
    ("按月分期支付，每月支付2500元，共计7个月", True),
])
def test_instalments_add_up(plan, bad):
    doc = judgment(items=[f"{D}归还{P}借款共计20000元，{plan}。"])
    assert found(doc, "CAL-03", 1) is bad


# --- CAL-04: the shares of the costs add up to the fee charged -------------------------------------------------------

@pytest.mark.parametrize("costs,bad", [
    ("本案案件受理费300元，由原告宁波恒艺餐饮有限公司负担100元，被告金海林负担150元。", True),
    ("本案案件受理费300元，由原告宁波恒艺餐饮有限公司负担100元，被告金海林负担200元。", False),
    ("本案案件受理费300元，原告宁波恒艺餐饮有限公司负担100元，由被告金海林负担250元。", True),
    ("本案案件受理费300元，其中100元由原告宁波恒艺餐饮有限公司负担，250元由被告金海林负担。", True),
    ("本案案件受理费300元，其中100元由原告宁波恒艺餐饮有限公司负担，200元由被告金海林负担。", False),
    ("本案案件受理费300元，减半收取150元，由原告宁波恒艺餐饮有限公司负担50元，被告金海林负担120元。", True),
    ("本案案件受理费300元，减半收取150元，由原告宁波恒艺餐饮有限公司负担50元，被告金海林负担100元。", False),
    ("本案案件受理费300元，由原告宁波恒艺餐饮有限公司、被告金海林各负担150元。", False),
    ("本案案件受理费300元，由原告宁波恒艺餐饮有限公司、被告金海林各负担100元。", True),
    ("本案案件受理费300元，保全费200元，合计500元，由原告宁波恒艺餐饮有限公司负担50元，被告金海林负担400元。", True),
    ("本案案件受理费300元，保全费200元，合计500元，由原告宁波恒艺餐饮有限公司负担100元，被告金海林负担400元。", False),
    ("本案案件受理费300元，原告宁波恒艺餐饮有限公司负担100元，其余由被告金海林负担。", False),
])
def test_cost_shares_add_up(costs, bad):
    assert found(judgment(costs=costs), "CAL-04") is bad


# --- CIT-03: 上诉期 15 days for a judgment, 10 for a ruling, 30 for a party without domicile in China ----------------------

@pytest.mark.parametrize("appeal,bad", [
    ("如不服本判决，可在判决书送达之日起十日内，向本院递交上诉状，上诉于浙江省宁波市中级人民法院。", True),
    ("当事人如对本判决不服，可以在收到判决书之日起三十日内向本院递交上诉状，上诉于浙江省宁波市中级人民法院。", True),
    ("当事人如对本判决不服，可以在收到判决书之日起十五日内向本院递交上诉状，上诉于浙江省宁波市中级人民法院。", False),
    ("如不服本判决，可于判决书送达之次日起十日内向本院递交上诉状，上诉于浙江省宁波市中级人民法院。", True),
    ("不服本判决的，可以在判决书送达后二十日内向本院提交上诉状，上诉于浙江省宁波市中级人民法院。", True),
    ("不服本判决的，可以在判决书送达后15日内向本院提交上诉状，上诉于浙江省宁波市中级人民法院。", False),
    ("如不服本判决，可在本判决书送达之日起十日内向浙江省宁波市中级人民法院上诉。", True),
])
def test_appeal_period_wordings(appeal, bad):
    assert found(judgment(appeal=appeal), "CIT-03") is bad


# --- CON-01: a figure and its 大写 gloss state the same sum ----------------------------------------------------------

@pytest.mark.parametrize("amount,bad", [
    ("借款20000元（金额大写：贰万伍仟元整）", True),
    ("借款20000元（大写金额：贰万元整）", False),
    ("借款人民币贰万伍仟元（￥20000元）", True),
    ("借款人民币贰万元（￥20000元）", False),
    ("借款20,000.00元（人民币大写：贰万零伍佰元整）", True),
    ("借款20000元，大写人民币贰万伍仟元整，", True),
    ("借款20000元（即贰万伍仟元）", True),
])
def test_figure_and_gloss(amount, bad):
    doc = judgment(items=[f"{D}于本判决生效之日起十日内归还{P}{amount}。"])
    assert found(doc, "CON-01", 1) is bad


# --- CON-02: a 共计 / 合计 equals the sum of the amounts it totals ------------------------------------------------------

@pytest.mark.parametrize("award,bad", [
    ("医疗费1000元、误工费2000元，合计金额为3500元", True),
    ("医疗费1000元、误工费2000元，合计金额为3000元", False),
    ("各项损失共计3500元（其中医疗费1000元、误工费2000元）", True),
    ("各项损失共计3000元（其中医疗费1000元；误工费2000元）", False),
    ("医疗费1000元；误工费2000元；以上两项合计3500元", True),
    ("医疗费1000元；误工费2000元；以上两项合计3000元", False),
    ("医疗费1000元、误工费2000元，扣除被告已支付的500元，共计2500元", False),
    ("医疗费1000元、误工费2000元、护理费600元，总计人民币3900元", True),
])
def test_total_is_the_sum(award, bad):
    doc = judgment(items=[f"{D}于本判决生效之日起十日内赔偿{P}{award}。"])
    assert found(doc, "CON-02", 1) is bad


# --- CON-03: the interest end point of the 主文 is the one the 本院认为 gives ---------------------------------------------

ITEM_PAID = (f"{D}于本判决生效之日起十日内归还{P}借款20000元，并支付以20000元为基数，按年利率14.6％自2023年2月24日起计算至"
             "实际清偿之日止的逾期利息。")
ITEM_DUE = (f"{D}于本判决生效之日起十日内归还{P}借款20000元，并支付以20000元为基数，按年利率14.6％自2023年2月24日起计算至"
            "本判决确定的履行期限届满之日止的逾期利息。")


@pytest.mark.parametrize("reasoning,item,bad", [
    ("被告应自2023年2月24日起按年利率14.6％支付逾期利息至本判决确定的履行期限届满之日止。", ITEM_PAID, True),
    ("故逾期利息应计算至本判决生效之日。", ITEM_PAID, True),
    ("故利息计至借款还清之日止。", ITEM_DUE, True),
    ("原告主张利息计算至实际清偿之日止，本院调整为计算至本判决生效之日止。", ITEM_PAID, True),
    ("原告主张利息计算至实际清偿之日止，于法有据，本院予以支持。", ITEM_PAID, False),
    ("逾期利息应算至借款实际付清之日。", ITEM_PAID, False),
])
def test_interest_end_point_matches_reasoning(reasoning, item, bad):
    doc = judgment(items=[item], reasoning=reasoning)
    assert found(doc, "CON-03", 1) is bad


# --- CON-05: one debt, one amount and one period, wherever an item refers back to it --------------------------------

FIRST = f"一、{D}于本判决生效之日起十日内归还{P}借款20000元；"


@pytest.mark.parametrize("second,bad", [
    ("二、前述借款18000元由被告金海林于本判决生效之日起十日内付清。", True),
    (f"二、{D}应于本判决生效之日起十日内将本判决第一项确定的借款本金18000元支付给{P}。", True),
    (f"二、{D}应于本判决生效之日起十日内将本判决第一项确定的借款本金20000元支付给{P}。", False),
    ("二、上述借款由被告金海林于本判决生效之日起三十日内归还。", True),
    ("二、上述借款由被告金海林于本判决生效之日起十日内归还。", False),
    (f"二、{D}以第一项所列借款19000元为基数，自2023年2月24日起按年利率14.6％支付利息至实际清偿之日止。", True),
    (f"二、{D}在18000元范围内对上述借款承担清偿责任。", False),
])
def test_same_debt_in_two_items(second, bad):
    doc = judgment(items=[FIRST, second])
    assert flagged(doc, "contradiction", 2) is bad


# --- EXE-03: 继续履行 must say who performs what, how and when ------------------------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"{P}与{D}签订的《借款协议》继续履行。", True),
    ("原、被告双方应按照合同约定履行各自的义务。", True),
    (f"{D}于本判决生效之日起十日内继续履行《借款协议》。", True),
    (f"由{D}继续履行双方签订的《借款协议》约定的义务。", True),
    ("《借款协议》由原、被告双方继续履行。", True),
    (f"{D}应当继续按照《借款协议》的约定履行合同义务。", True),
    (f"{D}继续履行《借款协议》，于本判决生效之日起十日内向{P}支付借款20000元。", False),
    (f"{D}继续履行《借款协议》，于2024年3月31日前向{P}交付车牌号为浙B12345的大众牌轿车一辆并协助办理过户登记手续。", False),
])
def test_continue_performance(item, bad):
    assert found(judgment(items=[item]), "EXE-03", 1) is bad


# --- EXE-04: 排除妨碍 / 恢复原状 with the standard and the time ---------------------------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"{D}排除妨碍。", True),
    (f"{D}应于本判决生效之日起十日内排除对原告通行的妨碍。", True),
    (f"{D}在原告门前设置的障碍物应予排除。", True),
    (f"原告房屋的原状由{D}负责恢复。", True),
    (f"{D}将原告的围墙恢复原状。", True),
    (f"{D}堆放在原告宅基地东侧通道上的杂物由{D}负责清除。", True),
    (f"{D}将涉案土地恢复至原来的状态。", True),
    (f"{D}于本判决生效之日起十日内拆除其在原告房屋东侧搭建的彩钢棚（长6米、宽3米）。", False),
    (f"{D}于本判决生效之日起十五日内清除其堆放在原告宅基地东侧通道上的建筑垃圾。", False),
    (f"{D}于本判决生效之日起十日内将原告房屋西墙恢复原状（按原砖混结构重砌，高2.5米）。", False),
])
def test_remove_obstruction_and_restore(item, bad):
    assert found(judgment(items=[item]), "EXE-04", 1) is bad


# --- EXE-05: 停止侵害 names the act to stop -------------------------------------------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"{D}立即停止侵权。", True),
    (f"{D}对{P}名誉权的侵害应立即停止。", True),
    (f"{D}的侵权行为应予停止。", True),
    (f"{D}停止对{P}商标专用权的侵犯。", True),
    (f"由{D}立即停止侵害{P}的著作权。", True),
    (f"{D}立即停止在其微信公众号发布、传播涉及{P}的侵权文章。", False),
    (f"{D}立即停止生产、销售侵犯{P}注册商标专用权的产品。", False),
])
def test_stop_infringement(item, bad):
    assert found(judgment(items=[item]), "EXE-05", 1) is bad


# --- EXE-07: mutual performance needs an order -------------------------------------------------------------------

@pytest.mark.parametrize("items,item,bad", [
    (["一、原告赵满斌与被告旦智加签订的《购车协议》于2023年9月11日解除；",
      "二、被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元；",
      "三、原告赵满斌于本判决生效之日起十日内将车牌号为青A12345的本田CRV车辆返还被告旦智加。"], 3, True),
    (["一、购车款30000元由被告旦智加退还原告赵满斌；车牌号为青A12345的本田CRV车辆由原告赵满斌返还被告旦智加。"], 1, True),
    (["一、原告赵满斌向被告旦智加支付剩余购车款20000元，被告旦智加向原告赵满斌交付车牌号为青A12345的本田CRV车辆。"], 1, True),
    (["一、被告旦智加向原告赵满斌交付车牌号为青A12345的本田CRV车辆；原告赵满斌支付剩余购车款20000元。"], 1, True),
    (["一、原告赵满斌于被告旦智加交付车牌号为青A12345的本田CRV车辆之日起三日内向被告旦智加支付剩余购车款20000元。",
      "二、被告旦智加于本判决生效之日起十日内向原告赵满斌交付上述车辆。"], 2, False),
    (["一、被告旦智加于收到原告赵满斌返还的车牌号为青A12345的本田CRV车辆之日起三日内退还原告赵满斌购车款30000元；",
      "二、原告赵满斌于本判决生效之日起十日内将上述车辆返还被告旦智加。"], 2, False),
])
def test_mutual_performance_order(items, item, bad):
    doc = judgment(source=CAR, items=items)
    assert found(doc, "EXE-07", item) is bad


# --- EXE-08: a confirmed ownership the claims wanted handed over needs a 交付 / 协助办理 order ---------------------------

HOUSE = "位于宁波市海曙区中山西路88号3幢201室的房屋"
CLAIM_TRANSFER = f"1．确认{HOUSE}归原告所有；2．判令被告协助原告办理该房屋的过户登记手续。"


@pytest.mark.parametrize("item,bad", [
    (f"确认{HOUSE}属原告宁波恒艺餐饮有限公司所有。", True),
    (f"{HOUSE}的所有权归原告宁波恒艺餐饮有限公司所有，原告宁波恒艺餐饮有限公司于本判决生效之日起十日内支付被告金海林折价款20000元。",
     True),
    (f"原告宁波恒艺餐饮有限公司享有{HOUSE}的所有权。", True),
    (f"{HOUSE}的产权归原告宁波恒艺餐饮有限公司。", True),
    (f"{HOUSE}归原告宁波恒艺餐饮有限公司所有，被告金海林于本判决生效之日起三十日内协助原告宁波恒艺餐饮有限公司办理该房屋的"
     "不动产转移登记手续。", False),
])
def test_confirmation_without_transfer(item, bad):
    doc = judgment(items=[item], claims=CLAIM_TRANSFER)
    assert found(doc, "EXE-08", 1) is bad


# --- UNC-11: a name in the 主文 that is one character off a party ---------------------------------------------------

@pytest.mark.parametrize("item,bad", [
    (f"被告金海霖于本判决生效之日起十日内归还{P}借款20000元。", True),
    (f"借款20000元由金海琳于本判决生效之日起十日内归还{P}。", True),
    (f"{D}于本判决生效之日起十日内向原告宁波恒义餐饮有限公司归还借款20000元。", True),
    (f"{D}于本判决生效之日起十日内将借款20000元归还给宁波恒艺餐饮有限责任公司。", False),
    (f"{D}于本判决生效之日起十日内归还{P}借款20000元。", False),
    ("金海林于本判决生效之日起十日内将借款20000元归还宁波恒艺餐饮有限公司。", False),
])
def test_party_name_one_character_off(item, bad):
    assert found(judgment(items=[item]), "UNC-11", 1) is bad
