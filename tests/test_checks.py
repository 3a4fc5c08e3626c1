"""The 主文 checks on real wording: the published judgments' own defects, and the defect wordings catalogued in
../shared/domain/legal-rules.md §5 written into real judgments."""

from __future__ import annotations

import json

import pytest

from checks import CHECKS
from checks.citation_checks import expected_delay_article
from checks.fee_checks import property_fee
from tests.conftest import CORPORA, ROOT
from zhixing.pipeline import process_bytes, process_path


def flags_of(path, codes=None):
    doc = process_path(path)
    return doc, [(f.code, f.severity, f.item_index) for f in doc.flags if codes is None or f.code in codes]


def with_item(source: str, old: str, new: str):
    """A real judgment with one 主文 wording replaced; returns the document."""
    text = (CORPORA / source).read_text(encoding="utf-8")
    assert old in text, old
    anchor = max(text.rfind("判决如下"), text.rfind("裁定如下"))
    at = text.find(old, anchor) if text.find(old, anchor) >= 0 else text.find(old)  # the 主文's wording first
    return process_bytes((text[:at] + new + text[at + len(old):]).encode("utf-8"), source)


def codes(doc, severity=("error", "warning")):
    return {(f.code, f.item_index) for f in doc.flags if f.severity in severity}


def test_registry_snapshot():
    snapshot = {code: [c.category, c.severity] for code, c in sorted(CHECKS.items())}
    assert snapshot == json.loads((ROOT / "tests" / "checks_registry.json").read_text(encoding="utf-8"))
    for spec in CHECKS.values():
        assert spec.basis and spec.examples and spec.title


# --- defects the published judgments really have ---------------------------------------------------------------

def test_interest_left_to_the_contract_in_a_published_judgment():
    doc, found = flags_of(CORPORA / "judgments" / "wsjd-006.txt")
    assert ("UNC-02", "error", 1) in found and ("UNC-03", "error", 1) in found
    flag = next(f for f in doc.flags if f.code == "UNC-03")
    assert doc.text[flag.evidence[0][0]:flag.evidence[0][1]] == "以双方约定为准"
    assert "128520.48元为基数" in next(f for f in doc.flags if f.code == "UNC-02").suggestion


def test_several_obligors_without_liability_form_in_a_2023_judgment():
    _, found = flags_of(CORPORA / "rebuilt" / "sc1-054.txt", {"UNC-10"})
    assert found == [("UNC-10", "error", 2)]


def test_clean_judgment_has_no_error():
    doc, _ = flags_of(CORPORA / "rebuilt" / "sc1-001.txt")
    assert [f for f in doc.flags if f.severity == "error"] == []


# --- catalogued defect wordings in real judgments -----------------------------------------------------------------

ITEM = "被告金海林归还原告宁波恒艺餐饮有限公司借款20000元"


@pytest.mark.parametrize("new,code", [
    ("被告金海林归还原告宁波恒艺餐饮有限公司借款", "UNC-01"),
    ("被告金海霖归还原告宁波恒艺餐饮有限公司借款20000元", "UNC-11"),
    ("被告金海林返还原告宁波恒艺餐饮有限公司电脑13台，归还借款20000元", "EXE-01"),
])
def test_catalogued_defects_in_sc1_001(new, code):
    doc = with_item("rebuilt/sc1-001.txt", ITEM, new)
    assert (code, 1) in codes(doc)


def test_missing_deadline_and_event_deadline():
    doc = with_item("rebuilt/sc1-001.txt", "，于本判决生效之日起十日内付清。", "。")
    assert ("UNC-20", 1) in codes(doc)
    doc = with_item("rebuilt/sc1-001.txt", "于本判决生效之日起十日内付清", "于涉案房屋拆迁后十日内付清")
    assert ("UNC-21", 1) in codes(doc)


def test_rate_above_the_cap_for_a_2023_contract():
    doc = with_item("rebuilt/sc1-001.txt", "按年利率14.6％", "按年利率36％")
    assert ("UNC-04", 1) in codes(doc)
    assert ("UNC-04", 1) not in codes(process_path(CORPORA / "rebuilt" / "sc1-001.txt"))  # 14.6 % = 4 × 3.65


def test_figure_and_capital_gloss_disagree():
    doc = with_item("rebuilt/sc1-001.txt", "借款20000元，", "借款20000元（大写：贰万伍仟元整），")
    assert ("CON-01", 1) in codes(doc)


def test_total_not_the_sum_of_its_parts():
    doc = with_item("rebuilt/sc1-002.txt", "共计17650元", "共计17560元")
    assert ("CON-02", 1) in codes(doc)
    assert ("CON-02", 1) not in codes(process_path(CORPORA / "rebuilt" / "sc1-002.txt"))


def test_interest_end_contradicts_the_reasoning():
    doc = with_item("rebuilt/sc1-001.txt", "于法有据，本院亦予支持。",
                    "于法有据，本院亦予支持，利息应计算至本判决确定的履行期限届满之日。")
    assert ("CON-03", 1) in codes(doc)


def test_delay_article_and_missing_delay_sentence():
    assert expected_delay_article(__import__("datetime").date(2024, 3, 1)) == 264
    doc = process_path(CORPORA / "rebuilt" / "sc1-001.txt")
    section = doc.section("delay_interest")
    assert section and not [f for f in doc.flags if f.code in ("CIT-01", "CIT-02")]
    text = doc.text.replace("第二百六十条", "第二百五十三条")
    wrong = process_bytes(text.encode("utf-8"), "x.txt")
    assert any(f.code == "CIT-01" for f in wrong.flags)
    removed = process_bytes(doc.text.replace(doc.span_text(section.span), "").encode("utf-8"), "y.txt")
    assert any(f.code == "CIT-02" for f in removed.flags)


def test_appeal_period_of_a_ruling_and_foreign_parties():
    doc = with_item("judgments/wsjd-003.txt", "准许原告刘忠琴撤回起诉。\n",
                    "准许原告刘忠琴撤回起诉。\n如不服本裁定，可在裁定书送达之日起十五日内，向本院递交上诉状。\n")
    assert any(f.code == "CIT-03" for f in doc.flags)
    _, found = flags_of(CORPORA / "judgments" / "wsjd-014.txt", {"CIT-03"})
    assert found == []  # 三十日: the parties have no domicile in China


def test_repealed_statute_without_transition():
    doc = with_item("rebuilt/sc1-001.txt", "依照《中华人民共和国民法典》第五百零九条第一款",
                    "依照《中华人民共和国合同法》第一百零七条、《中华人民共和国民法典》第五百零九条第一款")
    assert any(f.code == "CIT-04" and f.severity == "warning" for f in doc.flags)


def test_fee_schedule_and_fee_arithmetic():
    assert [property_fee(__import__("decimal").Decimal(x)) for x in (10000, 50000, 100000, 300000, 1000000,
                                                                    20000000)] == [50, 1050, 2300, 5800, 13800, 141800]
    doc = with_item("judgments/wsjd-003.txt", "减半收取计5元", "减半收取计6元")
    assert any(f.code == "CAL-02" for f in doc.flags)


@pytest.mark.parametrize("new,code", [
    ("原告与被告继续履行双方签订的《借款协议》", "EXE-03"),
    ("被告于本判决生效之日起十日内将涉案土地恢复原状", "EXE-04"),
    ("原告每月可探视婚生子一次", "EXE-06"),
])
def test_non_executable_acts(new, code):
    doc = with_item("rebuilt/sc1-001.txt", "被告金海林归还原告宁波恒艺餐饮有限公司借款20000元，并支付以本金20000元中"
                    "未履行部分为基数，按年利率14.6％从2023年2月24日计算至实际付清之日止的逾期利息，于本判决生效之日起十日内付清。",
                    new + "。")
    assert (code, 1) in codes(doc)


def test_advice_letter_reads_back_from_docx(tmp_path):
    import docx

    from checks.advice import build_advice, render_docx, render_html

    doc = process_path(CORPORA / "judgments" / "wsjd-006.txt")
    advice = build_advice(doc, today=__import__("datetime").date(2026, 11, 21))
    path = render_docx(advice, tmp_path / "advice.docx")
    paragraphs = [p.text for p in docx.Document(path).paragraphs]
    assert paragraphs[0] == "执行建议书"
    assert paragraphs[1] == "江西省抚州市东乡区人民法院民事审判庭："
    assert any(p.startswith("原文：“被告程国丽于本于本判决生效之日起十日内") for p in paragraphs)
    assert any(p.startswith("问题：第一项") for p in paragraphs)
    assert any(p.startswith("依据：《人民法院民事裁判文书制作规范》") for p in paragraphs)
    assert paragraphs[-2:] == ["江西省抚州市东乡区人民法院执行局", "2026年11月21日"]
    page = render_html(advice)
    assert "执行建议书" in page and "须补正" in page


def test_advice_html_escapes_document_text():
    from checks.advice import build_advice, render_html

    doc = with_item("rebuilt/sc1-001.txt", "借款20000元，", "借款<script>alert(1)</script>，")
    page = render_html(build_advice(doc))
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_learned_second_opinion_flags_vague_wording_and_defers_to_rules():
    metrics = json.loads((ROOT / "models" / "unclear-zh" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["precision"] >= 0.7 and metrics["recall"] >= 0.7
    doc = with_item("rebuilt/sc1-001.txt", "被告金海林归还原告宁波恒艺餐饮有限公司借款20000元",
                    "被告金海林归还原告宁波恒艺餐饮有限公司借款20000元，并配合做好相关工作")  # no rule names this
    ml = [f for f in doc.flags if f.code == "ML-01"]
    assert ml and 0.5 <= ml[0].confidence <= 1.0 and ml[0].item_index == 1
    rule_flagged = process_path(CORPORA / "judgments" / "wsjd-006.txt")
    assert not [f for f in rule_flagged.flags if f.code == "ML-01" and f.item_index == 1]


def test_check_recall_and_false_flags_do_not_regress():
    from zhixing.check_evaluation import evaluate_checks

    levels = json.loads((ROOT / "corpora" / "gold" / "levels-checks.json").read_text(encoding="utf-8"))
    report = evaluate_checks()
    for category, recall in levels["recall"].items():
        assert report["recall"][category]["recall"] >= recall - 1e-9, (category, report["recall"][category]["missed"])
    assert report["false_flags_per_document"] <= levels["false_flags_per_document"] + 1e-9, report["false_flags"]


def test_the_held_out_report_names_no_missed_file():
    from zhixing.check_evaluation import format_check_report

    report = {"recall": {"unclear": {"injected": 2, "found": 1, "recall": 0.5, "recall_exact_code": 0.5,
                                     "missed": [{"file": "corpora/x/docs/amount-missing-1.txt", "code": "UNC-01",
                                                 "item": 1}]}},
              "clean_documents": 0, "false_flags": [], "false_flags_per_document": 0,
              "false_errors_per_20_documents": 0, "real_defects_flagged": []}
    assert "amount-missing" in format_check_report(report)
    hidden = format_check_report(report, show_misses=False)
    assert "amount-missing" not in hidden and "1 injected defects missed" in hidden
