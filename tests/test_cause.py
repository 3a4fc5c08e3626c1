"""案由 (cause of action) on real judgments: the 15 published ones read by hand, the 50 rebuilt ones against the
案由 label of the structured corpus (where the source's own text names another cause, the text wins)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.cause import find_cause
from zhixing.pipeline import process_path

ROOT = Path(__file__).resolve().parent.parent
STRUCTURED = Path("/work/shared/corpora/judgments-structured.jsonl")

# read by hand from the first "…一案" sentence of each published judgment
PUBLISHED = {
    "wsjd-001": "第三人撤销之诉", "wsjd-002": "物权保护纠纷", "wsjd-003": "追索劳动报酬纠纷", "wsjd-004": "证券纠纷",
    "wsjd-005": "合同纠纷", "wsjd-006": "信用卡纠纷", "wsjd-007": "商品房销售合同纠纷",
    "wsjd-008": "民间借贷纠纷",  # "被告张成民间借贷纠纷": the party is 张志成, written one character off
    "wsjd-009": "所有权确认纠纷", "wsjd-010": "合同纠纷",
    "wsjd-011": "买卖合同纠纷",  # a jurisdiction ruling between two cases; the first named is 买卖合同纠纷
    "wsjd-012": "劳务合同纠纷", "wsjd-013": "机动车交通事故责任纠纷", "wsjd-014": "海上货物运输合同纠纷",
    "wsjd-015": "机动车交通事故责任纠纷",
}
# the rebuilt text keeps its source's wording; three sources name a narrower or other cause than their label
TEXT_DIFFERS_FROM_LABEL = {"sc1-005": "信息网络买卖合同纠纷", "sc1-036": "其他合同纠纷", "sc1-048": "快递服务合同纠纷"}


def _labels() -> dict[str, str]:
    rows = (json.loads(line) for line in STRUCTURED.read_text(encoding="utf-8").splitlines() if line.strip())
    return {r["id"]: r["fields"]["案由"].strip() for r in rows}


@pytest.mark.parametrize("stem", sorted(PUBLISHED))
def test_cause_of_published_judgments(stem):
    doc = process_path(ROOT / "corpora" / "judgments" / f"{stem}.txt")
    assert doc.cause == PUBLISHED[stem]


def test_cause_of_rebuilt_judgments_matches_the_structured_label():
    labels = _labels()
    paths = sorted((ROOT / "corpora" / "rebuilt").glob("sc1-*.txt"))
    assert len(paths) == 50
    for path in paths:
        doc = process_path(path)
        assert doc.cause == TEXT_DIFFERS_FROM_LABEL.get(path.stem, labels[path.stem]), path.name


def test_cause_span_is_an_exact_offset_and_separators_bound_it():
    text = "本院在审理原告甲贸易有限公司与被告乙银行股份有限公司借记卡纠纷一案中"
    cause, (start, end) = find_cause(text)
    assert cause == "借记卡纠纷" and text[start:end] == cause
    # a cause that itself begins with 公司 is kept whole when the party before it is known
    assert find_cause("原告张三与被告某某有限公司公司决议效力确认纠纷一案", ["张三", "某某有限公司"])[0] == "公司决议效力确认纠纷"
    assert find_cause("申请人王五与被申请人赵六劳动争议一案", ["王五", "赵六"])[0] == "劳动争议"
    assert find_cause("本判决为终审判决。") is None
