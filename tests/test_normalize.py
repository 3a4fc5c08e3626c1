"""Normalisation: joins, collapses, de-duplication, furniture removal; every character maps back to the raw text."""

from __future__ import annotations

from extractors.normalize import fold_width, normalise
from zhixing.document import Furniture


def _assert_maps(raw: str, result) -> None:
    for i, ch in enumerate(result.text):
        assert raw[result.offset_map.to_raw(i)] == ch


def test_spaced_title_and_signature_role_collapse():
    raw = "海南省第一中级人民法院\n民 事 裁 定 书\n审　判　长　　叶枝仁\n书 记 员　马 欣 悦\n"
    result = normalise(raw)
    assert result.text.split("\n") == ["海南省第一中级人民法院", "民事裁定书", "审判长　　叶枝仁", "书记员马欣悦"]
    _assert_maps(raw, result)


def test_court_line_is_not_joined_to_title():
    raw = "新疆维吾尔自治区高级人民法院伊犁哈萨克自治州分院\n民 事 裁 定 书\n（2017）新40民初97号\n"
    assert normalise(raw).text.split("\n")[0] == "新疆维吾尔自治区高级人民法院伊犁哈萨克自治州分院"


def test_press_line_broken_mid_sentence_is_joined():
    # press seed 001 breaks "打破固有\n\n僵局。" across a blank line
    raw = ("特别是对那些长期未结、矛盾集中、社会关注度高的重大疑难复杂案件和人民群众关心的信访案件,"
           "交叉执行能够注入新的执行力量与思路,打破固有\n\n僵局。二是系列关联案件或涉众型执行案件。\n")
    result = normalise(raw)
    assert "打破固有僵局。" in result.text and "\n" not in result.text
    _assert_maps(raw, result)


def test_judgment_item_without_full_stop_is_not_joined():
    raw = ("民事判决书\n（2023）浙0203民初1号\n判决如下：\n被告张某于本判决生效之日起十日内归还原告王某借款22990元\n"
           "如未按本判决指定的期间履行给付金钱义务，应当加倍支付迟延履行期间的债务利息。\n")
    lines = normalise(raw).text.split("\n")
    assert lines[3] == "被告张某于本判决生效之日起十日内归还原告王某借款22990元"


def test_hard_wrapped_text_is_joined_by_width():
    para = "人民法院执行工作核心质效持续高位运行，其中执行到位金额达到约二点二万亿元，连续三年超过二万亿元。" * 4
    raw = "\n".join(para[i:i + 30] for i in range(0, len(para), 30))
    result = normalise(raw)
    assert result.text == para
    _assert_maps(raw, result)


def test_repeated_scraped_blocks_are_dropped_and_recorded():
    block = "1月26日，最高人民法院召开新闻发布会，发布人民法院以交叉执行为牵引有效解决执行难工作情况及典型案例。"
    raw = f"标题\n{block}\n其他内容。\n{block}\n{block}\n"
    result = normalise(raw)
    assert result.text.count(block) == 1
    assert [f.kind for f in result.furniture] == ["repeated_block", "repeated_block"]


def test_furniture_lines_leave_the_text():
    raw = "江苏省高级人民法院\n第一段正文。\n第 1 页 共 2 页\n第二段正文。\n"
    start = raw.index("第 1 页")
    result = normalise(raw, [Furniture(kind="page_number", raw_span=(start, start + 9), page=1)])
    assert result.text == "江苏省高级人民法院\n第一段正文。\n第二段正文。"
    _assert_maps(raw, result)


def test_soft_breaks_from_geometry_are_removed():
    raw = "本院认为，上诉人的上诉理由不能成立\n应予驳回。\n"
    result = normalise(raw, soft_breaks={raw.index("\n")}, join_wrapped=False)
    assert result.text == "本院认为，上诉人的上诉理由不能成立应予驳回。"


def test_fold_width_keeps_length():
    text = "（２０２３）浙０２０３民初８９５４号，金额１２，５００．５０元"
    folded = fold_width(text)
    assert len(folded) == len(text)
    assert folded == "(2023)浙0203民初8954号,金额12,500.50元"
