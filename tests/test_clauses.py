"""The clause reader (extractors/clauses.py) on real 主文 wording in the sentence forms courts use: who must do what
with what for whom, by when and on which condition."""

from __future__ import annotations

import pytest

from extractors.clause_parties import mentioned, misspelt_party, near_party
from extractors.clauses import read_clauses
from tests.conftest import CORPORA
from zhixing.document import Party
from zhixing.pipeline import process_path

PARTIES = [Party(name="赵满斌", role="plaintiff", role_text="原告", span=(0, 0)),
           Party(name="旦智加", role="defendant", role_text="被告", span=(0, 0)),
           Party(name="孔德胜", role="defendant", role_text="被告", span=(0, 0)),
           Party(name="上海苗惠绿化有限公司", role="third_party", role_text="第三人", span=(0, 0), aliases=["苗惠公司"])]


def read(text):
    return [(c.act, c.obligors, c.obligees) for c in read_clauses(text, PARTIES)]


@pytest.mark.parametrize("text,expected", [
    # active, with the period first or after the payee
    ("一、被告旦智加于本判决生效之日起十日内退还原告赵满斌购车款30000元；", [("return", ["旦智加"], ["赵满斌"])]),
    ("于本判决生效之日起十日内，被告旦智加退还原告赵满斌购车款30000元。", [("return", ["旦智加"], ["赵满斌"])]),
    # 将-form
    ("被告旦智加于本判决生效之日起十日内将车牌号为青A12345的本田CRV车辆交付给原告赵满斌。",
     [("deliver", ["旦智加"], ["赵满斌"])]),
    # passive 由X and object first
    ("购车款30000元由被告旦智加和孔德胜于本判决生效之日起十日内退还原告赵满斌。",
     [("return", ["旦智加", "孔德胜"], ["赵满斌"])]),
    ("原告赵满斌承租的车辆，由原告赵满斌于本判决生效之日起五日内返还被告旦智加。", [("return", ["赵满斌"], ["旦智加"])]),
    # topic first
    ("对原告赵满斌的损失，被告旦智加与被告孔德胜应于本判决生效之日起十日内予以赔偿。",
     [("pay", ["旦智加", "孔德胜"], ["赵满斌"])]),
    # duty and right forms
    ("被告旦智加负有向原告赵满斌返还购车款30000元的义务。", [("return", ["旦智加"], ["赵满斌"])]),
    ("原告赵满斌有权要求被告旦智加于本判决生效之日起十日内退还购车款30000元。", [("return", ["旦智加"], ["赵满斌"])]),
    ("被告旦智加退还购车款后，有权取回其交付原告赵满斌的车辆。", [("take_back", ["赵满斌"], ["旦智加"])]),
    # two acts of one subject; an alias; a group word
    ("被告旦智加返还原告赵满斌租金12100元，并支付保养费500元。",
     [("return", ["旦智加"], ["赵满斌"]), ("pay", ["旦智加"], ["赵满斌"])]),
    ("苗惠公司于本判决生效之日起十日内向原告赵满斌交付桂子树十株（规格13米）。", [("deliver", ["上海苗惠绿化有限公司"], ["赵满斌"])]),
    ("二被告于本判决生效之日起十日内共同偿还原告赵满斌借款5000元。", [("pay", ["旦智加", "孔德胜"], ["赵满斌"])]),
    # a new subject after a comma is a new clause
    ("被告旦智加于本判决生效之日起十日内退还原告赵满斌货款13,900元，同时原告赵满斌将购货发票退还被告旦智加。",
     [("return", ["旦智加"], ["赵满斌"]), ("return", ["赵满斌"], ["旦智加"])]),
    # ownership: the owner is no performer
    ("位于平凉市崆峒区白庙乡柴寺村六社26号的房屋的所有权属于原告赵满斌。", [("confirm", [], ["赵满斌"])]),
])
def test_who_does_what_for_whom(text, expected):
    assert read(text) == expected


def test_objects_as_written():
    objs = [c.object for c in read_clauses(
        "被告旦智加于本判决生效之日起十日内将车牌号为青A12345的本田CRV车辆交付给原告赵满斌；原告赵满斌寄存的物品，由被告旦智加"
        "返还；被告旦智加返还原告赵满斌购车款30000元；原告赵满斌房屋的原状由被告旦智加负责恢复。", PARTIES)]
    assert objs == ["车牌号为青A12345的本田CRV车辆", "原告赵满斌寄存的物品", "购车款30000元", "原告赵满斌房屋的原状"]


def test_period_in_the_clause_the_sentence_or_a_later_sentence():
    one, two = read_clauses("被告旦智加归还原告赵满斌借款20000元，并支付违约金2000元，于本判决生效之日起十日内付清。", PARTIES)
    assert one.inherited_period and two.deadline.days == 10
    first, rest = read_clauses("被告旦智加退还原告赵满斌购车款30000元。该款于2024年3月31日前支付。", PARTIES)
    assert first.has_period and first.inherited_period and rest.refers_back and str(rest.deadline.date) == "2024-03-31"
    first, rest = read_clauses("被告旦智加退还原告赵满斌购车款30000元。该款于2024年3月31日前付清。", PARTIES)
    assert first.inherited_period and rest.act is None
    (alone,) = read_clauses("原告赵满斌的货款53,150元由被告旦智加偿付。", PARTIES)
    assert not alone.has_period and alone.object == "原告赵满斌的货款53,150元"


def test_sub_items_take_the_period_of_their_heading():
    clauses = read_clauses("原、被告于本判决生效之日起五日内相互返还：（一）被告旦智加返还原告赵满斌租金12100元；（二）原告赵满斌"
                           "返还被告旦智加白色长安逸动460轿车一辆（车牌号为×××）。", PARTIES)
    assert [(c.obligors, c.has_period) for c in clauses[1:]] == [(["旦智加"], True), (["赵满斌"], True)]


@pytest.mark.parametrize("text,anchor,condition", [
    ("被告旦智加于涉案房屋拆迁后十日内支付原告赵满斌补偿款50000元。", "涉案房屋拆迁", None),
    ("被告旦智加在其自建房竣工以前返还原告赵满斌服务费5940元。", "其自建房竣工", None),
    ("被告旦智加不迟于其养殖的生猪出栏结算之日支付原告赵满斌货款5000元。", "其养殖的生猪出栏结算", None),
    ("一俟涉案房屋拆迁款到位，被告旦智加即支付原告赵满斌补偿款50000元。", None, "涉案房屋拆迁款到位"),
    ("原告赵满斌于收到被告旦智加返还的车辆之日起三日内退还被告旦智加购车款30000元。", "收到被告旦智加返还的车辆", None),
    ("被告旦智加于本判决生效之日起十日内支付原告赵满斌货款5000元，如被告旦智加未按期履行，原告赵满斌可申请强制执行。", None, None),
])
def test_anchors_and_conditions(text, anchor, condition):
    c = read_clauses(text, PARTIES)[0]
    assert (c.anchor, c.condition) == (anchor, condition)


def test_what_is_not_ordered():
    assert [c.ordered for c in read_clauses("驳回原告赵满斌要求被告旦智加返还车辆的诉讼请求。", PARTIES)] == [False]
    sold, = read_clauses("原告赵满斌于本判决生效之日起三日内将被告旦智加交付的车辆返还被告旦智加。", PARTIES)
    assert (sold.act, sold.verb, sold.obligors) == ("return", "返还", ["赵满斌"])  # 交付的 only describes the car


def test_misspelt_party_names():
    assert near_party("泰安市满庄大鞋店", ["泰安市岱岳区满庄大鞋店"]) == "泰安市岱岳区满庄大鞋店"
    assert near_party("黄海真", ["黄海珍"]) == "黄海珍" and near_party("米雄", ["米雄雄"]) == "米雄雄"
    assert near_party("黄海珍", ["黄海珍"]) is None and near_party("王强", ["李强"]) is None
    assert misspelt_party("原告杭州永琪清洗公司承揽款", 2, ["杭州永琪清洗有限公司"]) == ("杭州永琪清洗公司", "杭州永琪清洗有限公司")
    assert mentioned("原、被告双方", PARTIES) == ["赵满斌", "旦智加", "孔德胜"]


def test_real_items_read_as_before():
    """The published items keep their obligations (the extraction gold holds the rest)."""
    doc = process_path(CORPORA / "rebuilt" / "sc1-036.txt")
    third = doc.operative_items[2]
    assert [(o.action, o.obligors, o.obligees) for o in third.obligations] == [
        ("return", ["朱悦钦"], ["上海祥翔机动车驾驶员培训有限公司"])]
    assert "牌号为沪沪AXX**众汽车一辆" in third.obligations[0].object


@pytest.mark.parametrize("text,condition", [
    # the party first, then the condition: the party performs, the condition is the rest
    ("被告旦智加一俟其经营的门店转让成功，即退还原告赵满斌预付款1980元。", "其经营的门店转让成功"),
    ("被告旦智加待其承包的工程结算后，支付原告赵满斌工程款50000元。", "其承包的工程结算"),
    ("被告旦智加应当一俟涉案房屋拆迁款到位，即支付原告赵满斌补偿款50000元。", "涉案房屋拆迁款到位"),
    ("被告旦智加如获得征收补偿款，则支付原告赵满斌补偿款50000元。", "获得征收补偿款"),
])
def test_subject_before_a_condition(text, condition):
    (c,) = read_clauses(text, PARTIES)
    assert (c.obligors, c.obligees, c.condition) == (["旦智加"], ["赵满斌"], condition)


def test_arithmetic_and_linking_words_are_no_condition_or_topic():
    clauses = read_clauses("被告旦智加于本判决生效之日起十日内支付原告赵满斌货款72,000元。扣除已付的14,400元后，被告旦智加仍欠原告"
                           "赵满斌货款57,600元。", PARTIES)
    assert all(c.condition is None for c in clauses)
    last = read_clauses("被告旦智加退还原告赵满斌管理费12,839元。综上，被告旦智加累计应向原告赵满斌支付38,839元。", PARTIES)[-1]
    assert (last.obligors, last.form, last.object) == (["旦智加"], "active", "38,839元")


@pytest.mark.parametrize("text,expected", [
    # returning a thing, however worded
    ("原告赵满斌应向被告旦智加交回其持有的健身会员卡。", [("return", ["赵满斌"], ["旦智加"])]),
    ("被告旦智加于本判决生效之日起五日内发还原告赵满斌扣押的车辆行驶证。", [("return", ["旦智加"], ["赵满斌"])]),
    # taking the child to live with the visiting parent is 探望
    ("被告旦智加每年寒暑假期间可接原告赵满斌共同生活十日。", [("visitation", ["旦智加"], ["赵满斌"])]),
    ("被告旦智加每月可接原告赵满斌到其住处同住两日。", [("visitation", ["旦智加"], ["赵满斌"])]),
    # who obtains a thing: 由X取得 / 归X / X取得…所有权 (申请取得的 only describes the object)
    ("平凉市崆峒区白庙乡柴寺村六社26号的房屋由原告赵满斌取得。", [("confirm", [], ["赵满斌"])]),
    ("平凉市崆峒区白庙乡柴寺村六社26号的房屋归原告赵满斌。", [("confirm", [], ["赵满斌"])]),
    ("原告赵满斌取得平凉市崆峒区白庙乡柴寺村六社26号房屋的所有权。", [("confirm", [], ["赵满斌"])]),
    ("被告旦智加于本判决生效之日起三十日内将以原告赵满斌名义申请取得的宅基地使用权交还原告赵满斌。",
     [("deliver", ["旦智加"], ["赵满斌"])]),
])
def test_more_verbs_of_the_same_acts(text, expected):
    assert read(text) == expected
