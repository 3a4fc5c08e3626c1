"""ML-01: the learned second opinion on unclear wording (models/unclear-zh, trained by `python -m models.train_unclear`).

It scores every 主文 item that no rule flagged as unclear or non-executable and reports items scoring at least the
threshold, with the score as confidence (severity info; warning from 0.9). It never replaces a rule's flag. A local
model folder can be used instead: ZHIXING_UNCLEAR_MODEL=/path. Without a model the check reports nothing.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from checks import basis
from checks.registry import Finding, check, item_no
from zhixing.document import Document, Flag

DEFAULT = Path(__file__).resolve().parent.parent / "models" / "unclear-zh"
THRESHOLD = 0.5


@lru_cache(maxsize=1)
def _model():
    import spacy

    folder = Path(os.environ.get("ZHIXING_UNCLEAR_MODEL") or DEFAULT)
    if not (folder / "config.cfg").exists():
        return None
    return spacy.load(folder)


@check("ML-01", "模型提示：判项措辞可能不明确", "unclear", "info", basis.CLEAR_LIST + "（模型提示，供参考，不替代规则检查）",
       ["被告尽快支付原告相关费用", "被告配合做好相关工作"], after_rules=True)
def unclear_wording_model(doc: Document, rule_flags: list[Flag]):
    nlp = _model()
    if nlp is None:
        return
    covered = {f.item_index for f in rule_flags if f.category in ("unclear", "non_executable")}
    for item in doc.operative_items:
        if item.index in covered:
            continue
        score = nlp(item.text).cats.get("UNCLEAR", 0.0)
        if score >= THRESHOLD:
            yield Finding(message=f"模型提示：第{item_no(item.index)}项措辞可能不够明确（置信度{score:.2f}），请人工核对数额、期限与履行方式。",
                          evidence=[item.span], item_index=item.index, confidence=round(float(score), 4),
                          severity="warning" if score >= 0.9 else "info")
