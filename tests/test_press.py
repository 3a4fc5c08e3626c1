"""Press releases (the five seed pieces in corpora/press): type, headline, date, paragraphs, 问/答 pairs, repeats."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import CORPORA
from zhixing.pipeline import process_bytes, process_path

TITLES = {
    "000_90c55f315b9a4671": "全国法院执行工作的这场“头脑风暴”",
    "001_f53ba57bbbbad008": "交叉执行成为破解“执行难”关键抓手",
    "002_032cb3dd55144ace": "人民法院执行到位金额连续三年超2万亿元",   # behind the newspaper page's navigation
    "003_83cad1b0d91b84db": "执“交叉之钥” 启“沉案之锁”",             # after the column label and the byline
    "004_afafabeafa17aa83": "推进执行改革 不断夯实人民群众获得感",       # a markdown heading
}


@pytest.mark.parametrize("name,title", TITLES.items())
def test_press_type_and_headline(name, title):
    doc = process_path(CORPORA / "press" / f"{name}.txt")
    assert doc.doc_type == "press_release" and doc.status == "ok"
    assert doc.title == title
    assert doc.span_text(doc.press.title_span) == title
    assert doc.operative_items == [] and doc.sections == []


def test_press_conference_questions_and_answers():
    doc = process_path(CORPORA / "press" / "001_f53ba57bbbbad008.txt")
    qa = doc.press.qa
    assert len(qa) == 3
    assert doc.span_text(qa[0].question).startswith("问\n根据最新通报,交叉执行改革两年以来")
    assert doc.span_text(qa[0].answer).startswith("答:推进交叉执行两年来")
    assert doc.span_text(qa[2].question).startswith("问\n我们注意到,失信名单人数在2024年和2025年连续下降")
    # the sentence the page broke across a blank line is whole again
    assert "打破固有僵局。" in doc.text


def test_feature_article_has_no_false_questions():
    doc = process_path(CORPORA / "press" / "000_90c55f315b9a4671.txt")
    assert doc.press.qa == []  # "记者 蒋安杰" is a byline, "记者了解到" a sentence


def test_dated_newspaper_page():
    doc = process_path(CORPORA / "press" / "002_032cb3dd55144ace.txt")
    assert doc.date == dt.date(2026, 1, 27)


def test_scraped_page_repeats_are_removed():
    doc = process_path(CORPORA / "press" / "004_afafabeafa17aa83.txt")
    lines = [ln.strip() for ln in doc.raw_text.split("\n") if len(ln.strip()) > 40]
    tripled = {ln for ln in lines if lines.count(ln) >= 3}
    assert len(tripled) == 5  # the page carries these blocks three times over
    for paragraph in tripled:
        assert doc.text.count(paragraph) == 1
    assert sum(1 for f in doc.furniture if f.kind == "repeated_block") >= 10


def test_typical_case_releases_are_press_with_their_headline():
    import json

    rows = [json.loads(line) for line in (CORPORA / "press" / "typical-cases.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) == 52
    from zhixing.pipeline import process_bytes

    for row in rows:
        doc = process_bytes(row["text"].encode("utf-8"), row["id"], ".md")
        headline = row["text"].split("\n")[0].lstrip("# ").strip()
        assert (doc.doc_type, doc.title) == ("press_release", headline), row["id"]
        assert "<!--" not in doc.text  # the scraper's marker comment is not content


def test_press_courts_events_dates_and_listed_cases():
    doc = process_path(CORPORA / "press" / "004_afafabeafa17aa83.txt")
    assert "河南省安阳市文峰区人民法院" in [c.name for c in doc.press.courts]
    assert doc.press.cases[0].name == "指导性案例251号至253号"
    assert any(e.date_text == "4月7日" and e.name.startswith("召开") for e in doc.press.events)
    for mention in doc.press.courts + doc.press.cases + doc.press.events + doc.press.dates:
        assert doc.text[mention.span[0]:mention.span[1]] == mention.text
    typical = process_path(CORPORA / "press" / "001_f53ba57bbbbad008.txt")
    assert any(c.name == "案例一" for c in typical.press.cases)


# ---- statistics and people: wordings of real releases (the seed pieces and the 典型案例 in corpora/press)

from decimal import Decimal

from extractors.press_facts import find_people, find_statistics


def _stats(text):
    found = find_statistics(text)
    for st in found:
        assert text[st.span[0]:st.span[1]] == st.text
    return [(st.value, st.unit) for st in found]


def test_change_after_a_figure_is_its_comparison():
    text = "2024年执行完毕率40.13%,增长5.13个百分点,执行到位率54.29%,上升8.1个百分点。"
    found = find_statistics(text)
    assert [(s.value, s.unit, s.comparison) for s in found] == [
        (Decimal("40.13"), "percent", "增长5.13个百分点"), (Decimal("54.29"), "percent", "上升8.1个百分点")]
    assert find_statistics("执行完毕率为39.29%,近三年均增长近8%。")[0].comparison == "近三年均增长近8%"
    assert len(find_statistics("执行完毕率为39.29%,近三年均增长近8%。")) == 1


def test_thresholds_are_not_figures():
    assert _stats("对涉终本案件数超过100件的3616家企业，进行“清单指导”") == [(Decimal(3616), "enterprises")]
    assert _stats("民事裁判自动履行率超过60%,达到61.01%,同比增长2.7%") == [(Decimal("61.01"), "percent")]
    assert _stats("李某工亡前每月休息时间不超过3日，每日工作时间基本超过11小时。") == []


def test_claims_and_party_assertions_are_not_findings():
    text = ("## 原告诉讼请求\n请求判决某科技公司与某快递公司支付加班费82261元。\n## 裁判结果\n"
            "二审法院改判：某科技公司与某快递公司连带支付肖某加班费24404.89元。")
    assert _stats(text) == [(Decimal("24404.89"), "CNY")]
    text = "惠某等请求判决某服务公司与某传媒公司连带支付医疗费、丧葬补助金、供养亲属抚恤金，共计1193821元。"
    assert _stats(text) == []
    text = "合力华通公司称，对于车辆曾进行维修之事已在销售时明确告知张莉，并据此予以较大幅度优惠，该车销售定价应为151 900元。"
    assert _stats(text) == []


def test_schedule_terms_and_quoted_rules_are_not_figures():
    assert _stats("林某主张其工作期间每周工作6天，并提交了某打卡APP打卡记录。") == []
    text = "《国务院关于职工工作时间的规定》第三条规定：“职工每日工作8小时、每周工作40小时。”"
    assert _stats(text) == []
    assert _stats("故自21：00起算加班。") == []


def test_hours_area_spaced_digits_and_prices_per_month():
    assert _stats("2018年8月、9月、11月，李某月工时分别为319小时、293小时、322.5小时。") == [
        (Decimal(319), "hours"), (Decimal(293), "hours"), (Decimal("322.5"), "hours")]
    assert _stats("在面积达100754.2平方米的涉案土地上") == [(Decimal("100754.2"), "square-metres")]
    assert _stats("购买上海通用雪佛兰景程轿车一辆，价格138 000元，双方签有《汽车销售合同》。") == [(Decimal(138000), "CNY")]
    assert _stats("数字电视基本收视维护费每月最低标准由25元上调至30元。") == [(Decimal(30), "yuan-per-month")]


def test_restated_figure_is_not_counted_twice():
    text = ("小凡应负事故主要责任，需承担交强险承保范围外的赔偿责任的70%。\n"
            "认定小凡在原本需承担70%的赔偿责任的基础上依法酌定减轻10%，即小凡需对小胡的各项损失承担63%的责任。")
    assert _stats(text) == [(Decimal(70), "percent"), (Decimal(10), "percent"), (Decimal(63), "percent")]


def _names(text):
    found = find_people(text)
    for p in found:
        assert text[p.span[0]:p.span[1]] == p.text
    return [p.name for p in found]


def test_words_after_a_title_are_not_names():
    assert _names("## 法官解读\n无偿搭乘,也叫好意同乘。") == []
    assert _names("既维护了劳动者合法权益，也排除了劳动者权利。") == []
    assert _names("“高院执行局长都没有配到位，怎么能‘号令三军’？”") == []
    assert _names("执行法官应主动释明。") == []


def test_bylines_and_name_lists():
    assert _names("文/北京市通州区人民法院 法官助理 何娇") == ["何娇"]
    people = find_people("文/北京市朝阳区人民法院法官 郭天天")
    assert [(p.name, p.title, p.organization) for p in people] == [("郭天天", "法官", "北京市朝阳区人民法院")]
    assert _names("本报讯（记者 蒋安杰 通讯员 李明 王小五）近日") == ["蒋安杰", "李明", "王小五"]
    assert _names("最高人民法院执行局局长黄文俊、副局长邵长茂、王富博分别授课") == ["黄文俊", "邵长茂", "王富博"]
    assert _names("执行法官李明带领干警前往现场。") == ["李明"]
    assert _names("“交叉执行打破了地域壁垒。”刘建国说。") == ["刘建国"]


def test_anonymised_names_honorifics_and_pseudonyms():
    assert _names("本案中，根据周某实际工作时间折算，表明某汽车服务公司未依法足额支付周某加班费。") == ["周某"]
    assert _names("仲裁委员会裁决某医药公司支付吴某2019年12月至2020年11月加班费50000元。") == ["吴某"]
    assert _names("## 徐某某诉张某某婚姻家庭案\n") == ["徐某某", "张某某"]
    text = "小凡与小胡系同乡。在一次电话闲聊中,小凡得知小胡要回老家但没买到票,热情的小凡邀请小胡免费搭乘其车辆回家。"
    assert _names(text) == ["小凡", "小胡"]
    assert _names("经过一个交叉路口时,小凡没有按照规定让行,以致与小阎驾驶的车辆相撞。小区门口的小店") == []
    assert _names("74岁的宋先生和50岁的周先生都是羽毛球业余爱好者") == ["宋先生", "周先生"]
    assert _names("原告吴小秦诉称：吴小秦遂缴纳了3个月费用90元") == ["吴小秦"]
    assert _names("申请执行人小李（化名）拿到了执行款。随后王梅（化名）也来了。") == ["小李", "王梅"]


def _people(text):
    return [(p.name, p.title, p.span) for p in find_people(text)]


def test_names_without_a_title_in_newspaper_frames():
    # X介绍 / 据X介绍 / X表示: the speech verb ends the name (王丽华表示, not 王丽 + 华表)
    assert _people("王丽华表示，执行款已全部到位。") == [("王丽华", None, (0, 3))]
    assert _people("据周磊介绍，该案涉及3家企业。") == [("周磊", None, (1, 3))]
    assert _people("“钱终于拿到了。”老王说。") == [("老王", None, (9, 11))]
    # X是…法官: the title is read from the sentence, without 该院 / 的一名
    assert _people("张建国是该院执行局的一名法官，办案十余年。") == [("张建国", "法官", (0, 3))]
    # 由X担任审判长, X等N人
    assert _people("合议庭由李明担任审判长。") == [("李明", "审判长", (4, 6))]
    assert _people("随后，陈晨等3人到庭。") == [("陈晨", None, (3, 5))]
    # a later 。X法官 mention
    assert _people("案件顺利执结。李立新法官随即回访。") == [("李立新", "法官", (7, 12))]


def test_frames_do_not_take_words_places_or_forms_of_address():
    assert _names("高院表示，将加大力度。区院介绍，共有两起。") == []
    assert _names("文明说，石家庄表示") == []          # jieba tags both nr: common words all the same
    assert _names("姜庭长说：“不行，得给他打电话。”") == []  # a surname with a title is not a name
    assert _names("小区说明了情况。") == []


def test_lettered_names_and_places_after_mou():
    text = "被继承人张乙与赵某系夫妻。张甲系张乙独子，张甲起诉。甲方与乙方订立协议，由甲方负责。"
    assert _people(text)[:3] == [("张乙", None, (4, 6)), ("赵某", None, (7, 9)), ("张甲", None, (13, 15))]
    assert [n for n in _names(text) if n.endswith(("甲", "乙"))] == ["张乙", "张甲"]
    assert _names("某某公司向某法院申请强制执行，南岸区某村84号房屋") == []
    assert _names("后两人向某区消保委投诉未果") == []


def test_title_of_the_second_name_in_a_list_is_its_own():
    people = find_people("对坐的是执行局局长张立才、法庭庭长姜辉和执行局执行员顾玉斌")
    assert [(p.name, p.title) for p in people] == [("张立才", "执行局局长"), ("姜辉", "法庭庭长"), ("顾玉斌", "执行局执行员")]


@pytest.mark.parametrize("name", ["001_f53ba57bbbbad008", "003_83cad1b0d91b84db", "004_afafabeafa17aa83"])
def test_a_release_reposted_in_traditional_characters_reads_the_same(name):
    """The same release in traditional characters (OpenCC s2t, one character for one here): the same type,
    statistics and people, each span an offset into the traditional text and its text as written there."""
    import opencc

    text = (CORPORA / "press" / f"{name}.txt").read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t").convert(text)
    assert len(traditional) == len(text) and traditional != text
    plain, converted = process_bytes(text.encode("utf-8"), f"{name}.txt"), \
        process_bytes(traditional.encode("utf-8"), f"{name}.txt")
    assert converted.doc_type == "press_release"
    assert [(s.value, s.unit, s.metric) for s in converted.statistics] == \
        [(s.value, s.unit, s.metric) for s in plain.statistics]
    assert [p.name for p in converted.people] == [p.name for p in plain.people]
    assert all(converted.text[s.span[0]:s.span[1]] == s.text for s in converted.statistics + converted.people)
